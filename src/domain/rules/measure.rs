//! The measures a family or person may apply for, and the ages and dates each applies to.
//!
//! Information-only routes (LVU 22 §, barnets lov § 39) are never measures: nobody applies for
//! them, so they appear only as reasons.

use crate::domain::Date;
use crate::domain::law::{
    self, DK_2024, DK_SEL_LAST, LegalRef, Period, SE_2001_LAST, SE_2013, SE_2025, Topic,
};
use crate::domain::locale::Country;

/// A measure the wizard may indicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// SE: kontaktperson under SoL, for a child or an adult.
    Kontaktperson,
    /// SE: kontaktfamilj under SoL.
    Kontaktfamilj,
    /// SE: särskilt kvalificerad kontaktperson (SKK) under SoL.
    SarskiltKvalificeradKontaktperson,
    /// SE: biträde av kontaktperson under LSS 9 § 4.
    LssBitradeAvKontaktperson,
    /// DK: fast kontaktperson for the child or young person.
    FastKontaktpersonBarn,
    /// DK: fast kontaktperson for the whole family.
    FastKontaktpersonFamilie,
    /// DK: ungestøtte for 18–22-year-olds (a kontaktperson kept or appointed after 18).
    Ungestotte,
    /// DK: socialpædagogisk støtte for adults (serviceloven § 85).
    Sel85,
    /// DK: kontaktperson for deafblind adults (serviceloven § 98).
    Sel98,
    /// DK: støtte- og kontaktperson (serviceloven § 99).
    Sel99,
}

impl Measure {
    /// In the order the summary lists them.
    pub const ALL: &'static [Measure] = &[
        Measure::Kontaktperson,
        Measure::Kontaktfamilj,
        Measure::SarskiltKvalificeradKontaktperson,
        Measure::LssBitradeAvKontaktperson,
        Measure::FastKontaktpersonBarn,
        Measure::FastKontaktpersonFamilie,
        Measure::Ungestotte,
        Measure::Sel85,
        Measure::Sel98,
        Measure::Sel99,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Measure::Kontaktperson => "kontaktperson",
            Measure::Kontaktfamilj => "kontaktfamilj",
            Measure::SarskiltKvalificeradKontaktperson => "sarskilt-kvalificerad-kontaktperson",
            Measure::LssBitradeAvKontaktperson => "lss-bitrade-av-kontaktperson",
            Measure::FastKontaktpersonBarn => "fast-kontaktperson-barn",
            Measure::FastKontaktpersonFamilie => "fast-kontaktperson-familie",
            Measure::Ungestotte => "ungestotte",
            Measure::Sel85 => "sel-85",
            Measure::Sel98 => "sel-98",
            Measure::Sel99 => "sel-99",
        }
    }

    pub fn country(self) -> Country {
        match self {
            Measure::Kontaktperson
            | Measure::Kontaktfamilj
            | Measure::SarskiltKvalificeradKontaktperson
            | Measure::LssBitradeAvKontaktperson => Country::Se,
            Measure::FastKontaktpersonBarn
            | Measure::FastKontaktpersonFamilie
            | Measure::Ungestotte
            | Measure::Sel85
            | Measure::Sel98
            | Measure::Sel99 => Country::Dk,
        }
    }

    /// What the measure's legal basis is about.
    pub fn topic(self) -> Topic {
        match self {
            Measure::Kontaktperson | Measure::Kontaktfamilj => Topic::SeKontaktperson,
            Measure::SarskiltKvalificeradKontaktperson => Topic::SeSkk,
            Measure::LssBitradeAvKontaktperson => Topic::SeLssKontaktperson,
            Measure::FastKontaktpersonBarn | Measure::FastKontaktpersonFamilie => {
                Topic::DkFastKontaktperson
            }
            Measure::Ungestotte => Topic::DkUngestotte,
            Measure::Sel85 => Topic::DkSel85,
            Measure::Sel98 => Topic::DkSel98,
            Measure::Sel99 => Topic::DkSel99,
        }
    }

    /// The rule that makes this measure available to a person of `age` on `day`, if any.
    pub fn rule(self, age: u32, day: Date) -> Option<&'static MeasureRule> {
        MEASURE_RULES.iter().find(|rule| {
            rule.measure == self
                && rule.min_age <= age
                && rule.below_age.is_none_or(|below| age < below)
                && rule.in_force.contains(day)
        })
    }

    /// The measure's legal basis in force on `day`.
    pub fn basis(self, day: Date) -> Option<&'static LegalRef> {
        law::in_force(self.topic(), day)
    }
}

/// Who a measure is for and when the rule applies: ages in completed years, `below_age`
/// exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureRule {
    pub measure: Measure,
    pub min_age: u32,
    pub below_age: Option<u32>,
    pub in_force: Period,
    pub basis: &'static LegalRef,
}

const fn rule(measure: Measure, ages: (u32, Option<u32>), basis: &'static LegalRef) -> MeasureRule {
    MeasureRule {
        measure,
        min_age: ages.0,
        below_age: ages.1,
        in_force: Period::ALWAYS,
        basis,
    }
}

impl MeasureRule {
    const fn from(self, day: Date) -> MeasureRule {
        MeasureRule {
            in_force: self.in_force.from(day),
            ..self
        }
    }

    const fn until(self, day: Date) -> MeasureRule {
        MeasureRule {
            in_force: self.in_force.until(day),
            ..self
        }
    }
}

use Measure::*;

/// Every measure's age range and period. One row per period, never an `if` on the date.
pub static MEASURE_RULES: &[MeasureRule] = &[
    // A kontaktperson or kontaktfamilj may be appointed for anyone, child or adult.
    rule(Kontaktperson, (0, None), &law::SOL_2001_3_6B_1)
        .from(SE_2013)
        .until(SE_2001_LAST),
    rule(Kontaktperson, (0, None), &law::SOL_2025_13_7_1).from(SE_2025),
    rule(Kontaktfamilj, (0, None), &law::SOL_2001_3_6B_1)
        .from(SE_2013)
        .until(SE_2001_LAST),
    rule(Kontaktfamilj, (0, None), &law::SOL_2025_13_7_1).from(SE_2025),
    // An SKK is for a young person; the new act says under 21, which is read into the old
    // act's "ung person" too.
    rule(
        SarskiltKvalificeradKontaktperson,
        (0, Some(21)),
        &law::SOL_2001_3_6B_2,
    )
    .from(SE_2013)
    .until(SE_2001_LAST),
    rule(
        SarskiltKvalificeradKontaktperson,
        (0, Some(21)),
        &law::SOL_2025_13_7_2,
    )
    .from(SE_2025),
    // LSS 9 § 4 has no age limit (the 65/66/67 limit concerns personlig assistans only).
    rule(LssBitradeAvKontaktperson, (0, None), &law::LSS_9_4),
    // A fast kontaktperson is a measure for children under 18, or their family.
    rule(FastKontaktpersonBarn, (0, Some(18)), &law::SEL_52_3_6).until(DK_SEL_LAST),
    rule(FastKontaktpersonBarn, (0, Some(18)), &law::BL_32_1_3).from(DK_2024),
    rule(FastKontaktpersonFamilie, (0, Some(18)), &law::SEL_52_3_6).until(DK_SEL_LAST),
    rule(FastKontaktpersonFamilie, (0, Some(18)), &law::BL_32_1_3).from(DK_2024),
    // Ungestøtte (efterværn) can be granted or re-established until the 23rd birthday.
    rule(Ungestotte, (18, Some(23)), &law::SEL_76).until(DK_SEL_LAST),
    rule(Ungestotte, (18, Some(23)), &law::BL_113_116).from(DK_2024),
    // Serviceloven §§ 85, 98 and 99 are for adults.
    rule(Sel85, (18, None), &law::SEL_85),
    rule(Sel98, (18, None), &law::SEL_98),
    rule(Sel99, (18, None), &law::SEL_99),
];
