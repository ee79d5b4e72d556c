//! The pages asked again for each further child a guardian adds, and how a further child's
//! page is named in the browser's history.

use super::Step;

/// The pages asked again for each further child, in route order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PersonPage {
    Person,
    PersonId,
    BirthDate,
    ProtectedIdentity,
    Needs,
    ChildView,
    Lss,
    WholeFamily,
}

impl PersonPage {
    /// The first child's page this one repeats: its questions, messages and checks.
    pub fn step(self) -> Step {
        match self {
            PersonPage::Person => Step::Person,
            PersonPage::PersonId => Step::PersonId,
            PersonPage::BirthDate => Step::BirthDate,
            PersonPage::ProtectedIdentity => Step::ProtectedIdentity,
            PersonPage::Needs => Step::Needs,
            PersonPage::ChildView => Step::ChildView,
            PersonPage::Lss => Step::Lss,
            PersonPage::WholeFamily => Step::WholeFamily,
        }
    }

    /// The per-person page `step` is, if it is one.
    pub fn of(step: Step) -> Option<PersonPage> {
        Some(match step {
            Step::Person => PersonPage::Person,
            Step::PersonId => PersonPage::PersonId,
            Step::BirthDate => PersonPage::BirthDate,
            Step::ProtectedIdentity => PersonPage::ProtectedIdentity,
            Step::Needs => PersonPage::Needs,
            Step::ChildView => PersonPage::ChildView,
            Step::Lss => PersonPage::Lss,
            Step::WholeFamily => PersonPage::WholeFamily,
            _ => return None,
        })
    }
}

impl Step {
    /// The value kept in the browser's history entry: the id, with a further child's number
    /// in front (`2:needs`).
    pub fn history_id(self) -> String {
        match self {
            Step::Sibling(person, page) => {
                let mut id = String::from(char::from(b'1' + person));
                id.push(':');
                id.push_str(page.step().id());
                id
            }
            step => step.id().to_owned(),
        }
    }

    /// The page a history entry names (`history_id`).
    pub fn from_history_id(id: &str) -> Option<Step> {
        match id.as_bytes() {
            // "2:needs": child 2 to 6, a per-person page.
            [number @ b'2'..=b'6', b':', ..] => {
                let page = PersonPage::of(Step::from_id(&id[2..])?)?;
                Some(Step::Sibling(number - b'1', page))
            }
            _ => Step::from_id(id),
        }
    }
}
