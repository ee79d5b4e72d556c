//! Coming back to a draft (`domain::draft`): the wizard is rebuilt from the saved answers by
//! pressing Continue through the route, as the user did, then shows the page they were on,
//! or the first page that now needs them (a question that changed, an answer no longer valid).

use super::{Date, Setup, Step, Wizard};
use crate::domain::draft::{Draft, Restored};

impl Wizard {
    /// The draft of this wizard's answers, on the page being shown.
    pub fn draft(&self) -> Draft {
        Draft::of(&self.answers, self.at)
    }

    /// A wizard with a draft's answers, on the page it was saved on if the route still
    /// reaches it, else on the first page that needs an answer. Every page the answers
    /// complete is confirmed, as before saving, so Back, Change and the progress are the same.
    pub fn resume(setup: Setup, restored: Restored, today: Date) -> Wizard {
        let mut wizard = Wizard::new(setup);
        wizard.answers = restored.answers;
        // Each Continue moves one page on, so the route's length bounds the walk.
        for _ in 0..256 {
            let here = wizard.at;
            if here == Step::CheckAnswers {
                break;
            }
            wizard.continue_from_here(today);
            if !wizard.errors.is_empty() || wizard.at == here {
                break;
            }
        }
        wizard.errors.clear();
        if let Some(at) = restored.at.filter(|at| wizard.can_visit(*at, today)) {
            wizard.at = at;
        }
        wizard
    }
}
