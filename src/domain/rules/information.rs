//! Information-only rules: what the committee or council can do without an application, which
//! the indication mentions for a need and an age band. One row per period, like the measures.

use crate::domain::Date;
use crate::domain::law::{self, DK_2024, LegalRef, Period};
use crate::domain::locale::Country;

use super::case::Need;
use super::reason::ReasonCode;

/// One row: for a person of these ages in this country with this need, on these dates, the
/// indication mentions `reason`. Ages are completed years, `below_age` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InformationRule {
    pub reason: ReasonCode,
    pub country: Country,
    pub need: Need,
    pub min_age: u32,
    pub below_age: Option<u32>,
    pub in_force: Period,
    pub basis: &'static LegalRef,
}

impl InformationRule {
    /// Whether the row applies in `country` to a person of `age` with `needs` on `day`.
    pub fn matches(&self, country: Country, needs: &[Need], age: u32, day: Date) -> bool {
        self.country == country
            && needs.contains(&self.need)
            && self.min_age <= age
            && self.below_age.is_none_or(|below| age < below)
            && self.in_force.contains(day)
    }
}

/// Every information rule.
pub static INFORMATION_RULES: &[InformationRule] = &[
    // LVU 22 §: the committee may decide on contact with an SKK without consent for a person
    // under 20.
    InformationRule {
        reason: ReasonCode::Lvu22Information,
        country: Country::Se,
        need: Need::RiskBehaviour,
        min_age: 0,
        below_age: Some(20),
        in_force: Period::ALWAYS,
        basis: &law::LVU_22,
    },
    // Barnets lov § 39: the council can order support for a child of 10–17 without consent,
    // from 2024-01-01 (serviceloven had no such order).
    InformationRule {
        reason: ReasonCode::YouthOrderInformation,
        country: Country::Dk,
        need: Need::RiskBehaviour,
        min_age: 10,
        below_age: Some(18),
        in_force: Period::ALWAYS.from(DK_2024),
        basis: &law::BL_39,
    },
];
