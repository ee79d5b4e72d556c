//! The consent table: one row per consenter, age band, measure group and period.
//!
//! Swedish rows follow SoL (2001:453) 3 kap. 6 b § until 2025-06-30 and SoL (2025:400)
//! 21 kap. 1 § and 13 kap. 7 § from 2025-07-01, LSS 8 § throughout; Danish rows follow
//! serviceloven until 2023-12-31 and barnets lov from 2024-01-01. Rows whose reading a lawyer
//! should confirm have `legal_review: true`.

use crate::domain::Date;
use crate::domain::law::{
    self, DK_2024, DK_SEL_LAST, LegalRef, Period, SE_2001_LAST, SE_2013, SE_2023, SE_2023_LAST,
    SE_2025,
};

use super::consent::{Applies, ConsentFlag, ConsentRole, ConsentRule, Consenter};
use super::measure::Measure::{self, *};

const SOL: &[Measure] = &[
    Kontaktperson,
    Kontaktfamilj,
    SarskiltKvalificeradKontaktperson,
];
const KP_SKK: &[Measure] = &[Kontaktperson, SarskiltKvalificeradKontaktperson];
const KP_KF: &[Measure] = &[Kontaktperson, Kontaktfamilj];
const KF: &[Measure] = &[Kontaktfamilj];
const SKK: &[Measure] = &[SarskiltKvalificeradKontaktperson];
const LSS: &[Measure] = &[LssBitradeAvKontaktperson];
const FAST: &[Measure] = &[FastKontaktpersonBarn, FastKontaktpersonFamilie];

use ConsentFlag::{
    ChildPartyFrom10, CommitteeMayProceedWithoutGuardians, OnlyIfClearlyUnableToDecide,
};
use ConsentRole::{Consents, IsHeard, Requests, RequestsOrConsents};
use Consenter::{CustodyHolders, Guardians, LegalRepresentative, Person};

type Who = (Consenter, ConsentRole);

const GUARDIANS_ASK: Who = (Guardians, RequestsOrConsents);
const GUARDIANS_REQUEST: Who = (Guardians, Requests);
const PERSON_ASKS: Who = (Person, RequestsOrConsents);
const PERSON_AGREES: Who = (Person, Consents);
const PERSON_REQUESTS: Who = (Person, Requests);
const PERSON_HEARD: Who = (Person, IsHeard);
const CUSTODY_AGREES: Who = (CustodyHolders, Consents);
const REPRESENTATIVE_REQUESTS: Who = (LegalRepresentative, Requests);

const fn row(
    measures: &'static [Measure],
    ages: (u32, Option<u32>),
    who: (Consenter, ConsentRole),
    basis: &'static LegalRef,
) -> ConsentRule {
    ConsentRule {
        measures,
        min_age: ages.0,
        below_age: ages.1,
        in_force: Period::ALWAYS,
        consenter: who.0,
        role: who.1,
        flags: &[],
        applies: Applies::Always,
        basis,
        legal_review: false,
    }
}

impl ConsentRule {
    const fn from(self, day: Date) -> ConsentRule {
        ConsentRule {
            in_force: self.in_force.from(day),
            ..self
        }
    }

    const fn until(self, day: Date) -> ConsentRule {
        ConsentRule {
            in_force: self.in_force.until(day),
            ..self
        }
    }

    const fn flags(self, flags: &'static [ConsentFlag]) -> ConsentRule {
        ConsentRule { flags, ..self }
    }

    const fn applies(self, applies: Applies) -> ConsentRule {
        ConsentRule { applies, ..self }
    }

    const fn review(self) -> ConsentRule {
        ConsentRule {
            legal_review: true,
            ..self
        }
    }
}

const WITHOUT_GUARDIANS: &[ConsentFlag] = &[CommitteeMayProceedWithoutGuardians];
const UNABLE: &[ConsentFlag] = &[OnlyIfClearlyUnableToDecide];

/// Every consent rule, Swedish then Danish. One row per line, so the table reads as a table.
#[rustfmt::skip]
pub static CONSENT_RULES: &[ConsentRule] = &[
    // SE, SoL (2001:453), until 2025-06-30.
    // Under 12, the guardians ask or agree.
    row(SOL, (0, Some(12)), GUARDIANS_ASK, &law::SOL_2001_3_6B_CONSENT).from(SE_2013).until(SE_2001_LAST),
    // The child's views are obtained whenever the guardians decide.
    row(SOL, (0, Some(12)), PERSON_HEARD, &law::SOL_2001_11_10).from(SE_2013).until(SE_2001_LAST),
    // 12–14 before 2023-07-01, and kontaktfamilj until 2025-06-30: still the guardians.
    row(KP_SKK, (12, Some(15)), GUARDIANS_ASK, &law::SOL_2001_3_6B_CONSENT).from(SE_2013).until(SE_2023_LAST),
    row(KP_SKK, (12, Some(15)), PERSON_HEARD, &law::SOL_2001_11_10).from(SE_2013).until(SE_2023_LAST),
    row(KF, (12, Some(15)), GUARDIANS_ASK, &law::SOL_2001_3_6B_CONSENT).from(SE_2013).until(SE_2001_LAST),
    row(KF, (12, Some(15)), PERSON_HEARD, &law::SOL_2001_11_10).from(SE_2013).until(SE_2001_LAST),
    // From 2023-07-01, a kontaktperson or SKK for a 12–14-year-old may be decided without the
    // guardians if suitable and the child agrees. The child's consent is the condition for
    // going ahead without them; when the guardians apply, the child is heard.
    row(KP_SKK, (12, Some(15)), GUARDIANS_ASK, &law::SOL_2001_3_6B_2023).from(SE_2023).until(SE_2001_LAST).flags(WITHOUT_GUARDIANS),
    row(KP_SKK, (12, Some(15)), PERSON_AGREES, &law::SOL_2001_3_6B_2023).from(SE_2023).until(SE_2001_LAST).applies(Applies::UnlessGuardianApplies),
    row(KP_SKK, (12, Some(15)), PERSON_HEARD, &law::SOL_2001_11_10).from(SE_2023).until(SE_2001_LAST).applies(Applies::WhenGuardianApplies),
    // From 15, the young person's own request or consent decides.
    row(SOL, (15, Some(18)), PERSON_ASKS, &law::SOL_2001_3_6B_CONSENT).from(SE_2013).until(SE_2001_LAST),
    // Adults ask or agree themselves; an SKK is for a person under 21.
    row(KP_KF, (18, None), PERSON_ASKS, &law::SOL_2001_3_6B_1).from(SE_2013).until(SE_2001_LAST),
    row(SKK, (18, Some(21)), PERSON_ASKS, &law::SOL_2001_3_6B_2).from(SE_2013).until(SE_2001_LAST),
    // SE, SoL (2025:400), from 2025-07-01.
    // Under 12, the guardians' consent is required.
    row(SOL, (0, Some(12)), GUARDIANS_ASK, &law::SOL_2025_21_1_1).from(SE_2025),
    row(SOL, (0, Some(12)), PERSON_HEARD, &law::SOL_2025_3_2).from(SE_2025),
    // 12–14: without the guardians if suitable and the child agrees, for every measure for the
    // child's personal needs; when the guardians apply, the child is heard.
    row(KP_SKK, (12, Some(15)), GUARDIANS_ASK, &law::SOL_2025_21_1_2).from(SE_2025).flags(WITHOUT_GUARDIANS),
    row(KP_SKK, (12, Some(15)), PERSON_AGREES, &law::SOL_2025_21_1_2).from(SE_2025).applies(Applies::UnlessGuardianApplies),
    row(KP_SKK, (12, Some(15)), PERSON_HEARD, &law::SOL_2025_3_2).from(SE_2025).applies(Applies::WhenGuardianApplies),
    // Kontaktfamilj is not among the exceptions in 21 kap. 1 § 4 st., so on the wording it is
    // covered too; prop. 2024/25:89 has not been read on this.
    row(KF, (12, Some(15)), GUARDIANS_ASK, &law::SOL_2025_21_1_2).from(SE_2025).flags(WITHOUT_GUARDIANS).review(),
    row(KF, (12, Some(15)), PERSON_AGREES, &law::SOL_2025_21_1_2).from(SE_2025).applies(Applies::UnlessGuardianApplies).review(),
    row(KF, (12, Some(15)), PERSON_HEARD, &law::SOL_2025_3_2).from(SE_2025).applies(Applies::WhenGuardianApplies),
    // 15–17: the young person asks or agrees; the guardians too, unless the committee finds it
    // suitable to go without them. The old rule had no guardians at 15; whether that change is
    // intended has not been checked in prop. 2024/25:89.
    row(SOL, (15, Some(18)), PERSON_ASKS, &law::SOL_2025_21_1_3).from(SE_2025).review(),
    row(SOL, (15, Some(18)), GUARDIANS_ASK, &law::SOL_2025_21_1_3).from(SE_2025).flags(WITHOUT_GUARDIANS).review(),
    row(KP_KF, (18, None), PERSON_ASKS, &law::SOL_2025_13_7_1).from(SE_2025),
    row(SKK, (18, Some(21)), PERSON_ASKS, &law::SOL_2025_13_7_2).from(SE_2025),
    // SE, LSS 8 §: only on the person's own request; for a child under 15 the guardians ask.
    row(LSS, (0, Some(15)), GUARDIANS_REQUEST, &law::LSS_8),
    // The child is informed and may express their views (8 § andra stycket).
    row(LSS, (0, Some(15)), PERSON_HEARD, &law::LSS_8_2),
    // 15–17 ask themselves. Whether the guardians must also agree is not addressed in 8 §.
    row(LSS, (15, Some(18)), PERSON_REQUESTS, &law::LSS_8).review(),
    row(LSS, (15, Some(18)), GUARDIANS_REQUEST, &law::LSS_8).flags(UNABLE).applies(Applies::WhenGuardianApplies),
    row(LSS, (18, None), PERSON_REQUESTS, &law::LSS_8),
    row(LSS, (18, None), REPRESENTATIVE_REQUESTS, &law::LSS_8).flags(UNABLE).applies(Applies::WhenRepresentativeApplies),
    // DK, serviceloven, until 2023-12-31: the forældremyndighedsindehaver consents; the child
    // is spoken with.
    row(FAST, (0, Some(18)), CUSTODY_AGREES, &law::SEL_52).until(DK_SEL_LAST),
    row(FAST, (0, Some(18)), PERSON_HEARD, &law::SEL_48).until(DK_SEL_LAST),
    row(&[Ungestotte], (18, Some(23)), PERSON_AGREES, &law::SEL_76).until(DK_SEL_LAST),
    // DK, barnets lov, from 2024-01-01: the forældremyndighedsindehaver consents (§ 32, stk. 2);
    // the child's views are obtained (§ 5), and from 10 the child is a party (§ 3).
    row(FAST, (0, Some(18)), CUSTODY_AGREES, &law::BL_32_2).from(DK_2024),
    row(FAST, (0, Some(10)), PERSON_HEARD, &law::BL_5).from(DK_2024),
    row(FAST, (10, Some(18)), PERSON_HEARD, &law::BL_5).from(DK_2024).flags(&[ChildPartyFrom10]),
    // Ungestøtte needs the young person's agreement.
    row(&[Ungestotte], (18, Some(23)), PERSON_AGREES, &law::BL_113_116).from(DK_2024),
    // DK adults apply or accept themselves.
    row(&[Sel85], (18, None), PERSON_ASKS, &law::SEL_85),
    row(&[Sel98], (18, None), PERSON_ASKS, &law::SEL_98),
    row(&[Sel99], (18, None), PERSON_ASKS, &law::SEL_99),
];
