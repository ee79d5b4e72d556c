//! What someone offering to be a kontaktperson needs: age, SKK background, and consent to the
//! register check (SE) or børneattest (DK).
//!
//! Only yes/no answers and consents; the wizard never collects register extracts or convictions.
//! The municipality carries out the checks and its own suitability investigation.

use crate::domain::Date;
use crate::domain::age::age_on;
use crate::domain::law::{self, LegalRef, Topic};
use crate::domain::locale::Country;

use super::case::Answer;

/// A volunteer's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolunteerCase {
    pub country: Country,
    pub birth_date: Option<Date>,
    /// SE: offers to be a särskilt kvalificerad kontaktperson.
    pub wants_skk: bool,
    pub psychosocial_education: bool,
    pub psychosocial_experience: bool,
    /// DK: the assignment involves regular direct contact with children under 15.
    pub children_under_15: Option<Answer>,
    /// SE: agrees that the municipality checks the registers.
    pub consents_to_register_check: bool,
    /// DK: agrees that the municipality obtains a børneattest.
    pub consents_to_borneattest: bool,
}

impl VolunteerCase {
    /// A volunteer with only the country known.
    pub fn new(country: Country) -> VolunteerCase {
        VolunteerCase {
            country,
            birth_date: None,
            wants_skk: false,
            psychosocial_education: false,
            psychosocial_experience: false,
            children_under_15: None,
            consents_to_register_check: false,
            consents_to_borneattest: false,
        }
    }
}

/// A requirement for volunteers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VolunteerRule {
    /// 18 or older on the day (municipal practice in both countries, not statute).
    AtLeast18,
    /// SE SKK: education and/or experience in psychosocial work (municipal practice).
    SkkEducationOrExperience,
    /// SE: consent to the municipality's register check.
    RegisterCheckConsent,
    /// DK: consent to a børneattest, required when the assignment involves children under 15.
    BorneattestConsent,
}

impl VolunteerRule {
    pub const ALL: &'static [VolunteerRule] = &[
        VolunteerRule::AtLeast18,
        VolunteerRule::SkkEducationOrExperience,
        VolunteerRule::RegisterCheckConsent,
        VolunteerRule::BorneattestConsent,
    ];

    pub fn code(self) -> &'static str {
        match self {
            VolunteerRule::AtLeast18 => "at-least-18",
            VolunteerRule::SkkEducationOrExperience => "skk-education-or-experience",
            VolunteerRule::RegisterCheckConsent => "register-check-consent",
            VolunteerRule::BorneattestConsent => "borneattest-consent",
        }
    }
}

/// Whether one requirement is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CheckStatus {
    Met,
    NotMet,
    /// The answers do not tell.
    Unknown,
}

impl CheckStatus {
    pub const ALL: &'static [CheckStatus] =
        &[CheckStatus::Met, CheckStatus::NotMet, CheckStatus::Unknown];

    pub fn code(self) -> &'static str {
        match self {
            CheckStatus::Met => "met",
            CheckStatus::NotMet => "not-met",
            CheckStatus::Unknown => "unknown",
        }
    }
}

/// The overall indication for a volunteer; the municipality's suitability investigation decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VolunteerOutcome {
    /// Every requirement that applies is met: the municipality may go on with its investigation.
    MayProceed,
    /// At least one requirement is not met.
    RequirementsNotMet,
    /// Nothing is unmet, but something is unknown.
    Unclear,
}

impl VolunteerOutcome {
    pub const ALL: &'static [VolunteerOutcome] = &[
        VolunteerOutcome::MayProceed,
        VolunteerOutcome::RequirementsNotMet,
        VolunteerOutcome::Unclear,
    ];

    pub fn code(self) -> &'static str {
        match self {
            VolunteerOutcome::MayProceed => "may-proceed",
            VolunteerOutcome::RequirementsNotMet => "requirements-not-met",
            VolunteerOutcome::Unclear => "unclear",
        }
    }
}

/// One requirement and its status; `basis` is `None` for municipal practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VolunteerCheck {
    pub rule: VolunteerRule,
    pub status: CheckStatus,
    pub basis: Option<&'static LegalRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolunteerAssessment {
    pub outcome: VolunteerOutcome,
    pub checks: Vec<VolunteerCheck>,
}

/// The minimum age for volunteers (practice in both countries; `legal-rules.md` §2.6, §3.6).
pub const MINIMUM_AGE: u32 = 18;

/// Checks the requirements that apply to `case` on `today`.
pub fn check_volunteer(case: &VolunteerCase, today: Date) -> VolunteerAssessment {
    let met = |yes: bool| {
        if yes {
            CheckStatus::Met
        } else {
            CheckStatus::NotMet
        }
    };
    let age = match case.birth_date {
        Some(birth) if birth <= today => met(age_on(birth, today) >= MINIMUM_AGE),
        _ => CheckStatus::Unknown,
    };
    let mut checks = vec![VolunteerCheck {
        rule: VolunteerRule::AtLeast18,
        status: age,
        basis: None,
    }];
    match case.country {
        Country::Se => {
            if case.wants_skk {
                checks.push(VolunteerCheck {
                    rule: VolunteerRule::SkkEducationOrExperience,
                    status: met(case.psychosocial_education || case.psychosocial_experience),
                    basis: None,
                });
            }
            checks.push(VolunteerCheck {
                rule: VolunteerRule::RegisterCheckConsent,
                status: met(case.consents_to_register_check),
                basis: law::in_force(Topic::SeRegisterCheck, today),
            });
        }
        Country::Dk => {
            let status = match (case.children_under_15, case.consents_to_borneattest) {
                (Some(Answer::No), _) => None,
                (_, true) => Some(CheckStatus::Met),
                (Some(Answer::Yes), false) => Some(CheckStatus::NotMet),
                (Some(Answer::DontKnow) | None, false) => Some(CheckStatus::Unknown),
            };
            if let Some(status) = status {
                checks.push(VolunteerCheck {
                    rule: VolunteerRule::BorneattestConsent,
                    status,
                    basis: law::in_force(Topic::DkBorneattest, today),
                });
            }
        }
    }
    let outcome = if checks
        .iter()
        .any(|check| check.status == CheckStatus::NotMet)
    {
        VolunteerOutcome::RequirementsNotMet
    } else if checks
        .iter()
        .any(|check| check.status == CheckStatus::Unknown)
    {
        VolunteerOutcome::Unclear
    } else {
        VolunteerOutcome::MayProceed
    };
    VolunteerAssessment { outcome, checks }
}
