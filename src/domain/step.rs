//! The pages of the wizard and the route between them, worked out from the answers.
//!
//! Routing is a pure function of the answers and the municipality's settings (`Setup`); the
//! engine in `wizard` never stores where the user "is" on the route, only which page they are
//! looking at, and checks it against the route.

use super::answers::Answers;
use super::field::Field;
use super::locale::Country;

/// Every page of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Sweden or Denmark (skipped when the municipality's settings name the country).
    Country,
    /// Applying for support, or registering interest as a contact person.
    Purpose,
    /// The family application journey: not built yet, and the page says so.
    FamilyPending,
    /// The contact-person registration journey: not built yet, and the page says so.
    VolunteerPending,
    /// Check your answers, with a Change link for each.
    CheckAnswers,
}

/// What a page is made of; the UI chooses the page layout from this alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// One or more questions and a Continue button.
    Question,
    /// A journey that is not built yet: a visible notice, and Continue to check answers.
    Pending,
    /// The answers on the route, each with a Change link.
    CheckAnswers,
}

/// The municipality's settings that shape the route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    /// When set, the country question is not asked.
    pub preset_country: Option<Country>,
}

impl Step {
    pub const ALL: &'static [Step] = &[
        Step::Country,
        Step::Purpose,
        Step::FamilyPending,
        Step::VolunteerPending,
        Step::CheckAnswers,
    ];

    /// Stable id: the stem of the step's Fluent messages (`step-<id>-title`) and the value
    /// kept in the browser's history entry.
    pub fn id(self) -> &'static str {
        match self {
            Step::Country => "country",
            Step::Purpose => "purpose",
            Step::FamilyPending => "family-pending",
            Step::VolunteerPending => "volunteer-pending",
            Step::CheckAnswers => "check-answers",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|step| step.id() == id)
    }

    pub fn kind(self) -> StepKind {
        match self {
            Step::Country | Step::Purpose => StepKind::Question,
            Step::FamilyPending | Step::VolunteerPending => StepKind::Pending,
            Step::CheckAnswers => StepKind::CheckAnswers,
        }
    }

    /// The questions on this page, in the order shown.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Country => &[Field::Country],
            Step::Purpose => &[Field::Purpose],
            Step::FamilyPending | Step::VolunteerPending | Step::CheckAnswers => &[],
        }
    }
}

impl Setup {
    /// The first page of the route.
    pub fn first(self) -> Step {
        match self.preset_country {
            Some(_) => Step::Purpose,
            None => Step::Country,
        }
    }

    /// The page after `step`. Where an answer it depends on is missing, it follows the most
    /// likely branch, so that the projected route (and "Step 2 of N") is always defined.
    pub fn next(self, step: Step, answers: &Answers) -> Option<Step> {
        match step {
            Step::Country => Some(Step::Purpose),
            Step::Purpose => match answers.choice(Field::Purpose) {
                Some("volunteer") => Some(Step::VolunteerPending),
                _ => Some(Step::FamilyPending),
            },
            Step::FamilyPending | Step::VolunteerPending => Some(Step::CheckAnswers),
            Step::CheckAnswers => None,
        }
    }
}
