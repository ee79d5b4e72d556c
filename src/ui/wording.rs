//! Messages that change with the journey: every step title, field label, hint, option and
//! "required" error gets `$applicant` and `$country`, so a guardian reads "the child" where a
//! young person reads "you", and Denmark reads CPR where Sweden reads personnummer.

use crate::domain::field::Field;
use crate::domain::locale::Country;
use crate::domain::message_id;
use crate::domain::step::Step;
use crate::domain::wizard::Wizard;
use crate::ui::i18n::{has, message_with};

/// The variables every journey message receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    applicant: &'static str,
    country: &'static str,
}

impl Wording {
    pub fn of(wizard: &Wizard) -> Wording {
        let answers = wizard.answers();
        Wording {
            applicant: answers.choice(Field::Applicant).unwrap_or("none"),
            country: wizard
                .setup()
                .country(answers)
                .unwrap_or(Country::Se)
                .code(),
        }
    }

    /// A built id, with the journey variables and any others.
    pub fn text_with(self, id: &str, extra: &[(&str, String)]) -> String {
        let mut args = vec![
            ("applicant", self.applicant.to_owned()),
            ("country", self.country.to_owned()),
        ];
        args.extend(extra.iter().cloned());
        message_with(id, &args)
    }

    pub fn text(self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message if the id exists (optional hints).
    pub fn optional(self, id: &str) -> Option<String> {
        has(id).then(|| self.text(id))
    }

    /// The title of a page: its heading, and the middle of the document title.
    pub fn step_title(self, step: Step) -> String {
        let title = self.text(&message_id::step_title(step));
        match step {
            Step::Sibling(..) => self.text_with(
                "sibling-step-title",
                &[
                    ("title", title),
                    ("number", (step.person() + 1).to_string()),
                ],
            ),
            _ => title,
        }
    }

    /// "Barn 2: Elis Lind": the heading over one child's answers or indication.
    pub fn person_heading(self, person: usize, name: &str) -> String {
        let name = name.trim();
        let args = [
            ("number", (person + 1).to_string()),
            ("name", name.to_owned()),
        ];
        if name.is_empty() {
            self.text_with("person-heading-unnamed", &args)
        } else {
            self.text_with("person-heading", &args)
        }
    }

    pub fn label(self, field: Field) -> String {
        self.text(&message_id::field_label(field))
    }

    pub fn hint(self, field: Field) -> Option<String> {
        self.optional(&message_id::field_hint(field))
    }

    pub fn option(self, field: Field, key: &str) -> String {
        self.text(&message_id::field_option(field, key))
    }

    pub fn option_hint(self, field: Field, key: &str) -> Option<String> {
        self.optional(&message_id::field_option_hint(field, key))
    }
}
