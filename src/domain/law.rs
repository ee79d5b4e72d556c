//! Legal references as dated data: which act and section a rule rests on, and when it applies.
//!
//! Each reference carries how well it was checked (`Verified`, from the markers in
//! `legal-rules.md` and `legal-verify.md`) and the period in which it is the citation in force.
//! `Topic`s group the references that replaced one another, so `in_force(topic, today)` picks,
//! for example, SoL (2001:453) 3 kap. 6 b § before 2025-07-01 and SoL (2025:400) 13 kap. 7 §
//! from that day. Citations are data (they are the statute's own words), never prose.

use super::Date;

mod citations;

pub use citations::*;

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
