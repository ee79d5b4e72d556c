//! Several children: taking a child away (Remove, or leaving one just added untouched) and
//! keeping the pages confirmed for the others.

use super::Wizard;
use crate::domain::answers::Answers;
use crate::domain::step::{PersonPage, Step};

impl Wizard {
    /// Leaving the first page of a child just added without answering anything takes the
    /// child away again. Returns whether it did.
    #[inline(never)] // called twice; inlined, it is two copies in the wasm
    pub(super) fn drop_untouched_child(&mut self) -> bool {
        let last = self.answers.people() - 1;
        let untouched = self
            .answers
            .siblings()
            .last()
            .is_some_and(Answers::is_empty);
        if self.at != Step::Sibling(last as u8, PersonPage::Person) || !untouched {
            return false;
        }
        self.answers.remove_person(last);
        self.forget_person(last);
        true
    }

    /// After person `removed` is taken away, the pages confirmed for the children after
    /// them move up one place; a further child taking the first child's place keeps
    /// what it confirmed.
    #[inline(never)]
    pub(super) fn forget_person(&mut self, removed: usize) {
        self.confirmed.retain_mut(|step| {
            let Step::Sibling(person, page) = *step else {
                return true;
            };
            match usize::from(person) {
                1 if removed == 0 => *step = page.step(),
                person if person == removed => return false,
                person if person > removed => *step = Step::Sibling(person as u8 - 1, page),
                _ => {}
            }
            true
        });
    }
}
