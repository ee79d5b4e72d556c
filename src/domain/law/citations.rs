//! The citations themselves, and the days the acts changed: one `LegalRef` per provision a
//! rule rests on, with how well it was checked and the period it is in force (`super::Topic`
//! groups those that replaced one another).

use time::macros::date;

use super::{Act, LegalRef, Verified};
use crate::domain::Date;

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
