//! Legal references as dated data: which act and section a rule rests on, and when it applies.
//!
//! Each reference carries how well it was checked (`Verified`, from the markers in
//! `legal-rules.md` and `legal-verify.md`) and the period in which it is the citation in force.
//! `Topic`s group the references that replaced one another, so `in_force(topic, today)` picks,
//! for example, SoL (2001:453) 3 kap. 6 b § before 2025-07-01 and SoL (2025:400) 13 kap. 7 §
//! from that day. Citations are data (they are the statute's own words), never prose.

use time::macros::date;

use super::Date;

/// A page under riksdagen.se's Svensk författningssamling.
macro_rules! riksdagen {
    ($slug:literal) => {
        concat!(
            "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/",
            $slug
        )
    };
}

/// A statute (or ordinance) that a rule cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Act {
    /// Socialtjänstlag (2001:453), repealed on 2025-07-01.
    Sol2001_453,
    /// Socialtjänstlag (2025:400), in force from 2025-07-01.
    Sol2025_400,
    /// Lag (1993:387) om stöd och service till vissa funktionshindrade.
    Lss1993_387,
    /// Lag (1990:52) med särskilda bestämmelser om vård av unga.
    Lvu1990_52,
    /// Föräldrabalk (1949:381).
    Fb1949_381,
    /// Förordning (1999:1134) om belastningsregister.
    Belastningsregister1999_1134,
    /// Lov om social service (serviceloven); for children only until 2023-12-31.
    Serviceloven,
    /// Barnets lov, in force from 2024-01-01.
    BarnetsLov,
    /// Forældreansvarsloven.
    Foraeldreansvarsloven,
    /// Lov om indhentelse af børneattest i forbindelse med ansættelse af personale m.v.
    Borneattestloven,
    /// Lag (2005:429) om god man för ensamkommande barn.
    GodManEnsamkommande2005_429,
}

impl Act {
    pub const ALL: &'static [Act] = &[
        Act::Sol2001_453,
        Act::Sol2025_400,
        Act::Lss1993_387,
        Act::Lvu1990_52,
        Act::Fb1949_381,
        Act::Belastningsregister1999_1134,
        Act::Serviceloven,
        Act::BarnetsLov,
        Act::Foraeldreansvarsloven,
        Act::Borneattestloven,
        Act::GodManEnsamkommande2005_429,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Act::Sol2001_453 => "sol-2001-453",
            Act::Sol2025_400 => "sol-2025-400",
            Act::Lss1993_387 => "lss-1993-387",
            Act::Lvu1990_52 => "lvu-1990-52",
            Act::Fb1949_381 => "fb-1949-381",
            Act::Belastningsregister1999_1134 => "forordning-1999-1134",
            Act::Serviceloven => "serviceloven",
            Act::BarnetsLov => "barnets-lov",
            Act::Foraeldreansvarsloven => "foraeldreansvarsloven",
            Act::Borneattestloven => "borneattestloven",
            Act::GodManEnsamkommande2005_429 => "lag-2005-429",
        }
    }

    /// The act's official short title or abbreviation with its number, as lawyers cite it.
    /// A name, not prose: it is the same in every language.
    pub fn short_title(self) -> &'static str {
        match self {
            Act::Sol2001_453 => "SoL (2001:453)",
            Act::Sol2025_400 => "SoL (2025:400)",
            Act::Lss1993_387 => "LSS (1993:387)",
            Act::Lvu1990_52 => "LVU (1990:52)",
            Act::Fb1949_381 => "FB (1949:381)",
            Act::Belastningsregister1999_1134 => "Förordning (1999:1134) om belastningsregister",
            Act::Serviceloven => "Serviceloven",
            Act::BarnetsLov => "Barnets lov",
            Act::Foraeldreansvarsloven => "Forældreansvarsloven",
            Act::Borneattestloven => "Børneattestloven",
            Act::GodManEnsamkommande2005_429 => "Lag (2005:429) om god man för ensamkommande barn",
        }
    }

    /// The official consolidated text (riksdagen.se, retsinformation.dk), or lagen.nu where
    /// the riksdagen.se address could not be confirmed.
    pub const fn url(self) -> &'static str {
        match self {
            Act::Sol2001_453 => riksdagen!("socialtjanstlag-2001453_sfs-2001-453/"),
            Act::Sol2025_400 => riksdagen!("socialtjanstlag-2025400_sfs-2025-400/"),
            Act::Lss1993_387 => {
                riksdagen!("lag-1993387-om-stod-och-service-till-vissa_sfs-1993-387/")
            }
            Act::Lvu1990_52 => "https://lagen.nu/1990:52",
            Act::Fb1949_381 => riksdagen!("foraldrabalk-1949381_sfs-1949-381/"),
            Act::Belastningsregister1999_1134 => "https://lagen.nu/1999:1134",
            // LBK nr 67 af 22/01/2024, the first consolidation for adults only.
            Act::Serviceloven => "https://www.retsinformation.dk/eli/lta/2024/67",
            // LBK nr 282 af 17/03/2025.
            Act::BarnetsLov => "https://www.retsinformation.dk/eli/lta/2025/282",
            // LBK nr 1256 af 07/11/2018.
            Act::Foraeldreansvarsloven => "https://www.retsinformation.dk/eli/lta/2018/1256",
            Act::Borneattestloven => "https://www.retsinformation.dk/Forms/R0710.aspx?id=144970",
            Act::GodManEnsamkommande2005_429 => "https://lagen.nu/2005:429",
        }
    }
}

/// How well a citation was checked against the statute text (legal-rules.md markers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verified {
    /// [C]: a public source or the statute text states it.
    Confirmed,
    /// [K]: believed right from knowledge of the statute, but not checked against its text.
    BelievedCorrect,
    /// [U]: not confirmed; the best reading until a lawyer or the primary source settles it.
    Unconfirmed,
}

impl Verified {
    pub const ALL: &'static [Verified] = &[
        Verified::Confirmed,
        Verified::BelievedCorrect,
        Verified::Unconfirmed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Verified::Confirmed => "confirmed",
            Verified::BelievedCorrect => "believed-correct",
            Verified::Unconfirmed => "unconfirmed",
        }
    }
}

/// When a citation or a rule applies: `from` and `until` are inclusive; `None` is open. The
/// one period type of the legal references, the measure rules, the consent rows and the
/// information rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Period {
    /// Open at both ends.
    pub const ALWAYS: Period = Period {
        from: None,
        until: None,
    };

    /// The same period, starting on `day`.
    pub const fn from(self, day: Date) -> Period {
        Period {
            from: Some(day),
            ..self
        }
    }

    /// The same period, ending on `day`.
    pub const fn until(self, day: Date) -> Period {
        Period {
            until: Some(day),
            ..self
        }
    }

    /// Whether `day` lies in the period.
    pub fn contains(self, day: Date) -> bool {
        self.from.is_none_or(|from| from <= day) && self.until.is_none_or(|until| day <= until)
    }
}

/// One citation: an act, the place in it, a link, how well it was checked, and the period in
/// which it is the citation in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LegalRef {
    pub act: Act,
    /// In the statute's own citation style (`13 kap. 7 § första stycket`, `§ 32, stk. 1, nr. 3`).
    pub cite: &'static str,
    pub url: &'static str,
    pub verified: Verified,
    pub in_force: Period,
}

impl LegalRef {
    const fn new(act: Act, cite: &'static str, verified: Verified) -> LegalRef {
        LegalRef {
            act,
            cite,
            url: act.url(),
            verified,
            in_force: Period::ALWAYS,
        }
    }

    const fn from(self, day: Date) -> LegalRef {
        LegalRef {
            in_force: self.in_force.from(day),
            ..self
        }
    }

    const fn until(self, day: Date) -> LegalRef {
        LegalRef {
            in_force: self.in_force.until(day),
            ..self
        }
    }

    const fn at(self, url: &'static str) -> LegalRef {
        LegalRef { url, ..self }
    }

    /// Whether this is the citation in force on `day`.
    pub fn in_force_on(&self, day: Date) -> bool {
        self.in_force.contains(day)
    }
}

use Verified::{BelievedCorrect, Confirmed, Unconfirmed};

/// SoL (2001:453) in the numbering of SFS 2012:776.
pub const SE_2013: Date = date!(2013 - 01 - 01);
/// The 12–14 route without the guardians (prop. 2022/23:64), and the day before it.
pub const SE_2023: Date = date!(2023 - 07 - 01);
pub const SE_2023_LAST: Date = date!(2023 - 06 - 30);
/// The last day of SoL (2001:453), and the first of SoL (2025:400).
pub const SE_2001_LAST: Date = date!(2025 - 06 - 30);
pub const SE_2025: Date = date!(2025 - 07 - 01);
/// The last day of serviceloven for children, and the first of barnets lov.
pub const DK_SEL_LAST: Date = date!(2023 - 12 - 31);
pub const DK_2024: Date = date!(2024 - 01 - 01);

/// SoL (2001:453) in the numbering of SFS 2012:776, in force 2013-01-01 to 2025-06-30.
const fn sol_2001(cite: &'static str, verified: Verified) -> LegalRef {
    LegalRef::new(Act::Sol2001_453, cite, verified)
        .from(SE_2013)
        .until(SE_2001_LAST)
}

const fn sol_2025(cite: &'static str, verified: Verified) -> LegalRef {
    LegalRef::new(Act::Sol2025_400, cite, verified).from(SE_2025)
}

/// Serviceloven as it applied to children until barnets lov (LBK nr 170 af 24/01/2022).
const fn sel_children(cite: &'static str, verified: Verified) -> LegalRef {
    LegalRef::new(Act::Serviceloven, cite, verified)
        .until(DK_SEL_LAST)
        .at("https://www.retsinformation.dk/eli/lta/2022/170")
}

const fn barnets_lov(cite: &'static str, verified: Verified) -> LegalRef {
    LegalRef::new(Act::BarnetsLov, cite, verified).from(DK_2024)
}

// Sweden: socialtjänstlagen (2001:453), until 2025-06-30.

/// The committee may appoint a kontaktperson or kontaktfamilj if the person asks or agrees.
pub static SOL_2001_3_6B_1: LegalRef = sol_2001("3 kap. 6 b § första stycket", Confirmed);
/// The committee may appoint a särskilt kvalificerad kontaktperson for a young person at risk.
pub static SOL_2001_3_6B_2: LegalRef = sol_2001("3 kap. 6 b § andra stycket", Confirmed);
/// Under 15 the guardians ask or agree; from 15 the young person asks or agrees.
pub static SOL_2001_3_6B_CONSENT: LegalRef = sol_2001("3 kap. 6 b §", BelievedCorrect);
/// From 12, a kontaktperson or SKK may be appointed without the guardians if suitable and the
/// child agrees (the enacted wording, and that kontaktfamilj is left out, are not confirmed).
pub static SOL_2001_3_6B_2023: LegalRef =
    sol_2001("3 kap. 6 b § (prop. 2022/23:64)", Unconfirmed).from(SE_2023);
/// A person who cannot meet their needs otherwise has a right to bistånd.
pub static SOL_2001_4_1: LegalRef = sol_2001("4 kap. 1 §", Confirmed).from(date!(2002 - 01 - 01));
/// A child is given information and the chance to express their views in matters about them
/// (the section number in the old act is not confirmed).
pub static SOL_2001_11_10: LegalRef = sol_2001("11 kap. 10 §", Unconfirmed);
/// Professionals must, and anyone else should, report a child who may be at risk.
pub static SOL_2001_14_1: LegalRef = sol_2001("14 kap. 1 och 1 c §§", BelievedCorrect);

// Sweden: socialtjänstlagen (2025:400), from 2025-07-01.

/// The committee may appoint a kontaktperson or kontaktfamilj if the person asks or agrees.
pub static SOL_2025_13_7_1: LegalRef = sol_2025("13 kap. 7 § första stycket", Confirmed);
/// The committee may appoint a särskilt kvalificerad kontaktperson for a person under 21 at risk.
pub static SOL_2025_13_7_2: LegalRef = sol_2025("13 kap. 7 § andra stycket", Confirmed);
/// For a child under 12, a measure for the child's personal needs needs the guardians' consent.
pub static SOL_2025_21_1_1: LegalRef = sol_2025("21 kap. 1 § första stycket", Confirmed);
/// From 12, such a measure may be given without the guardians if suitable and the child agrees.
pub static SOL_2025_21_1_2: LegalRef = sol_2025("21 kap. 1 § andra stycket", Confirmed);
/// From 15, without the guardians if suitable and the young person asks or agrees.
pub static SOL_2025_21_1_3: LegalRef = sol_2025("21 kap. 1 § tredje stycket", Confirmed);
/// A child has the right to express their views in matters about them, and to information.
pub static SOL_2025_3_2: LegalRef = sol_2025("3 kap. 2 och 3 §§", Confirmed);
/// A person who cannot meet their personal needs otherwise has a right to insatser.
pub static SOL_2025_11_1: LegalRef = sol_2025("11 kap. 1 §", Confirmed);
/// Professionals must, and anyone else should, report a child who may be at risk.
pub static SOL_2025_19_1_4: LegalRef = sol_2025("19 kap. 1 och 4 §§", Confirmed);

// Sweden: other acts.

/// LSS measures include biträde av kontaktperson.
pub static LSS_9_4: LegalRef = LegalRef::new(Act::Lss1993_387, "9 § 4", Confirmed);
/// LSS applies to the personkrets in 1 §: intellectual disability, autism, and some others.
pub static LSS_1: LegalRef = LegalRef::new(Act::Lss1993_387, "1 §", Confirmed);
/// LSS measures are given only on the person's request; a guardian, god man or förvaltare may
/// request them only for a child under 15 or someone clearly unable to decide.
pub static LSS_8: LegalRef = LegalRef::new(Act::Lss1993_387, "8 §", Confirmed);
/// A child is informed and may express their views on an LSS measure.
pub static LSS_8_2: LegalRef = LegalRef::new(Act::Lss1993_387, "8 § andra stycket", Confirmed);
/// A god man for an unaccompanied child decides, in the guardian's place, on the child's
/// personal matters (believed from the act, not read for this wizard).
pub static GOD_MAN_ENSAMKOMMANDE_4: LegalRef =
    LegalRef::new(Act::GodManEnsamkommande2005_429, "4 §", BelievedCorrect);
/// The committee may decide on SKK contact for a person under 20 without consent (information).
pub static LVU_22: LegalRef = LegalRef::new(Act::Lvu1990_52, "22 §", Confirmed);
/// The committee may go ahead with a kontaktperson, kontaktfamilj or some LSS measures when only
/// one of two guardians agrees, if the child's best interests require it.
pub static FB_6_13A: LegalRef =
    LegalRef::new(Act::Fb1949_381, "6 kap. 13 a §", Confirmed).from(date!(2012 - 05 - 01));
/// The committee may obtain criminal records when appointing a kontaktperson or kontaktfamilj
/// for a person under 21, in the wording before SFS 2025:478 (which cited SoL 2001:453); that
/// wording and the day it came into force were not read.
pub static BELASTNING_11_8A_2001: LegalRef = LegalRef::new(
    Act::Belastningsregister1999_1134,
    "11 § första stycket 8 a",
    Unconfirmed,
)
.until(SE_2001_LAST);
/// The committee may obtain criminal records when appointing a kontaktperson or kontaktfamilj
/// under 13 kap. 7 § SoL (2025:400) for a person under 21 (SFS 2025:478, as amended by SFS
/// 2025:693; unchanged by SFS 2025:1106 and 2025:1504).
pub static BELASTNING_11_8A: LegalRef = LegalRef::new(
    Act::Belastningsregister1999_1134,
    "11 § första stycket 8 a",
    Confirmed,
)
.from(SE_2025);

// Denmark: serviceloven for children, until 2023-12-31.

/// The council may appoint a fast kontaktperson for the child or young person or the family.
pub static SEL_52_3_6: LegalRef = sel_children("§ 52, stk. 3, nr. 6", Confirmed);
/// Measures under § 52 need the consent of the forældremyndighedsindehaver.
pub static SEL_52: LegalRef = sel_children("§ 52", BelievedCorrect);
/// The child is spoken with before a decision on support.
pub static SEL_48: LegalRef = sel_children("§ 48", BelievedCorrect);
/// Young people aged 18–22 may keep or get a fast kontaktperson (efterværn).
pub static SEL_76: LegalRef = sel_children("§ 76", Confirmed);
/// The measures for children and families, relief stays among them (the item not read).
pub static SEL_52_3: LegalRef = sel_children("§ 52, stk. 3", BelievedCorrect);
/// Professionals have the stricter duty (§ 153); anyone who knows of neglect or conditions
/// that endanger a child's health or development must notify the council (§ 154).
pub static SEL_153_154: LegalRef = sel_children("§§ 153–154", BelievedCorrect);

// Denmark: barnets lov, from 2024-01-01.

/// The council may appoint a fast kontaktperson for the child or young person or the whole family.
pub static BL_32_1_3: LegalRef = barnets_lov("§ 32, stk. 1, nr. 3", Confirmed);
/// The supporting measures for children and families, relief stays among them (the item not
/// read).
pub static BL_32_1: LegalRef = barnets_lov("§ 32, stk. 1", BelievedCorrect);
/// Measures under § 32 need the consent of the forældremyndighedsindehaver (save §§ 37–39).
pub static BL_32_2: LegalRef = barnets_lov("§ 32, stk. 2", Confirmed);
/// A child who has turned 10 is a party in cases about § 32 measures.
pub static BL_3: LegalRef = barnets_lov("§ 3", Confirmed);
/// The child's own views are obtained before a decision.
pub static BL_5: LegalRef = barnets_lov("§ 5", Confirmed);
/// The council can order support for a child aged 10–17 without consent (information only).
pub static BL_39: LegalRef = barnets_lov("§ 39", Confirmed);
/// Young people aged 18–22 who agree may keep or get support, such as a kontaktperson.
pub static BL_113_116: LegalRef = barnets_lov("§§ 113–116", BelievedCorrect);
/// Notifications about a child at risk (chapter 16): anyone may notify; anyone who knows of
/// neglect or conditions that endanger a child's health or development must (as serviceloven
/// § 154 said); professionals have the stricter duty. The chapter is confirmed; that split
/// within it is believed, not read.
pub static BL_132_138: LegalRef = barnets_lov("§§ 132–138", BelievedCorrect);

// Denmark: other acts.

/// Socialpædagogisk støtte for adults with reduced function or special social problems.
pub static SEL_85: LegalRef = LegalRef::new(Act::Serviceloven, "§ 85", Confirmed);
/// A special kontaktperson for deafblind adults.
pub static SEL_98: LegalRef = LegalRef::new(Act::Serviceloven, "§ 98", Confirmed);
/// A støtte- og kontaktperson for adults with mental illness, substance misuse or special
/// social problems who have no home or cannot stay in one.
pub static SEL_99: LegalRef = LegalRef::new(Act::Serviceloven, "§ 99", Confirmed);
/// With joint custody, significant decisions need both parents (that a kontaktperson is one
/// is not confirmed: the wizard says the municipality normally asks both, and flags the row
/// for legal review).
pub static FAL_3: LegalRef = LegalRef::new(Act::Foraeldreansvarsloven, "§ 3, stk. 1", Unconfirmed);
/// A børneattest is obtained, with consent, before engaging someone in regular direct contact
/// with children under 15.
pub static BORNEATTEST_2: LegalRef = LegalRef::new(Act::Borneattestloven, "§ 2, stk. 1", Confirmed);

/// What a citation is about. A topic has one reference per period, so the reference in force
/// on a date is unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    SeKontaktperson,
    SeSkk,
    SeConsentUnder12,
    SeConsentFrom12WithoutGuardians,
    SeConsentFrom15,
    SeInsatser,
    SeChildViews,
    SeLssChildViews,
    SeOrosanmalan,
    SeLssKontaktperson,
    SeLssPersonkrets,
    SeLssRequest,
    SeLvu22,
    SeOneGuardianRefuses,
    SeUnaccompaniedChild,
    SeRegisterCheck,
    DkFastKontaktperson,
    DkConsent,
    DkChildViews,
    DkChildParty,
    DkYouthOrder,
    DkUngestotte,
    DkUnderretning,
    DkJointCustody,
    DkReliefStays,
    DkSel85,
    DkSel98,
    DkSel99,
    DkBorneattest,
}

/// Every reference with its topic, in the order of the README table. A reference may serve
/// more than one topic; it is listed once per topic.
pub static PROVISIONS: &[(Topic, &LegalRef)] = &[
    (Topic::SeKontaktperson, &SOL_2001_3_6B_1),
    (Topic::SeKontaktperson, &SOL_2025_13_7_1),
    (Topic::SeSkk, &SOL_2001_3_6B_2),
    (Topic::SeSkk, &SOL_2025_13_7_2),
    (Topic::SeConsentUnder12, &SOL_2001_3_6B_CONSENT),
    (Topic::SeConsentUnder12, &SOL_2025_21_1_1),
    (Topic::SeConsentFrom12WithoutGuardians, &SOL_2001_3_6B_2023),
    (Topic::SeConsentFrom12WithoutGuardians, &SOL_2025_21_1_2),
    (Topic::SeConsentFrom15, &SOL_2001_3_6B_CONSENT),
    (Topic::SeConsentFrom15, &SOL_2025_21_1_3),
    (Topic::SeInsatser, &SOL_2001_4_1),
    (Topic::SeInsatser, &SOL_2025_11_1),
    (Topic::SeChildViews, &SOL_2001_11_10),
    (Topic::SeChildViews, &SOL_2025_3_2),
    (Topic::SeOrosanmalan, &SOL_2001_14_1),
    (Topic::SeOrosanmalan, &SOL_2025_19_1_4),
    (Topic::SeLssKontaktperson, &LSS_9_4),
    (Topic::SeLssPersonkrets, &LSS_1),
    (Topic::SeLssRequest, &LSS_8),
    (Topic::SeLssChildViews, &LSS_8_2),
    (Topic::SeLvu22, &LVU_22),
    (Topic::SeOneGuardianRefuses, &FB_6_13A),
    (Topic::SeUnaccompaniedChild, &GOD_MAN_ENSAMKOMMANDE_4),
    (Topic::SeRegisterCheck, &BELASTNING_11_8A_2001),
    (Topic::SeRegisterCheck, &BELASTNING_11_8A),
    (Topic::DkFastKontaktperson, &SEL_52_3_6),
    (Topic::DkFastKontaktperson, &BL_32_1_3),
    (Topic::DkConsent, &SEL_52),
    (Topic::DkConsent, &BL_32_2),
    (Topic::DkChildViews, &SEL_48),
    (Topic::DkChildViews, &BL_5),
    (Topic::DkChildParty, &BL_3),
    (Topic::DkYouthOrder, &BL_39),
    (Topic::DkUngestotte, &SEL_76),
    (Topic::DkUngestotte, &BL_113_116),
    (Topic::DkUnderretning, &SEL_153_154),
    (Topic::DkUnderretning, &BL_132_138),
    (Topic::DkJointCustody, &FAL_3),
    (Topic::DkReliefStays, &SEL_52_3),
    (Topic::DkReliefStays, &BL_32_1),
    (Topic::DkSel85, &SEL_85),
    (Topic::DkSel98, &SEL_98),
    (Topic::DkSel99, &SEL_99),
    (Topic::DkBorneattest, &BORNEATTEST_2),
];

/// The reference for `topic` in force on `day`, or `None` if the topic has no rule then
/// (party rights from 10 and the § 39 order exist only from 2024-01-01, for example).
pub fn in_force(topic: Topic, day: Date) -> Option<&'static LegalRef> {
    PROVISIONS
        .iter()
        .filter(|(row_topic, _)| *row_topic == topic)
        .map(|(_, reference)| *reference)
        .find(|reference| reference.in_force_on(day))
}

/// Every distinct reference, in table order.
pub fn references() -> Vec<&'static LegalRef> {
    let mut all: Vec<&'static LegalRef> = Vec::new();
    for (_, reference) in PROVISIONS {
        if !all.iter().any(|seen| std::ptr::eq(*seen, *reference)) {
            all.push(reference);
        }
    }
    all
}

/// The README "Legal references" table as Markdown: act, citation, link, verified, in force
/// from, until. Column headings are English because the README is.
pub fn references_markdown() -> String {
    let mut out = String::from(
        "| Act | Citation | Link | Verified | In force from | Until |\n\
         |---|---|---|---|---|---|\n",
    );
    let day = |day: Option<Date>| day.map_or_else(|| "—".to_owned(), |day| day.to_string());
    for reference in references() {
        out.push_str(&format!(
            "| {} | {} | <{}> | {} | {} | {} |\n",
            reference.act.short_title(),
            reference.cite,
            reference.url,
            reference.verified.code(),
            day(reference.in_force.from),
            day(reference.in_force.until),
        ));
    }
    out
}
