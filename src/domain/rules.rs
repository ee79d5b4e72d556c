//! Eligibility rules: which measures may fit, who must ask or agree, and what a volunteer needs.
//!
//! Every answer is a preliminary indication built from codes and legal references; the
//! municipality decides after its own investigation. The rules are static tables with in-force
//! dates (`measure::MEASURE_RULES`, `consent_rows::CONSENT_RULES`,
//! `information::INFORMATION_RULES`), and `today` is always a
//! parameter, so a browser and a server give the same answer for the same case and date.

pub mod assess;
pub mod case;
pub mod consent;
pub mod consent_rows;
pub mod information;
pub mod measure;
pub mod reason;
pub mod volunteer;

pub use assess::{Assessment, assess};
pub use case::{AdultCircumstance, Answer, Applicant, Case, Custody, Need, OtherGuardian};
pub use consent::{
    Applies, ConsentFlag, ConsentRequirement, ConsentRole, ConsentRule, Consenter, consents,
};
pub use measure::{Measure, MeasureRule};
pub use reason::{Outcome, Reason, ReasonCode};
pub use volunteer::{
    CheckStatus, SupportGroup, VolunteerAssessment, VolunteerCase, VolunteerCheck,
    VolunteerOutcome, VolunteerRule, check_volunteer, implies_children_under_15,
};
