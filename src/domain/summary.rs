//! Check answers, the confirmation and the print view, as data: one row per question on the
//! route, with the answer in the form shown (identity numbers masked, dates as
//! `YYYY-MM-DD`, choices as their option keys). The UI only translates and lays it out.

use super::Date;
use super::answers::{Answers, Value};
use super::field::{Field, FieldKind, TextFormat};
use super::step::Step;
use super::validate::summary_text;
use super::wizard::Wizard;

/// The answers on the route, page by page, in sections: with several children (a guardian's
/// route through the children page), the answers about the application before the first
/// child's, then each child's, then the rest about the application; else one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub sections: Vec<Section>,
    /// Some row shows a masked identity number (the page then says why).
    pub masks_an_identity_number: bool,
}

impl Summary {
    /// Every row, section by section.
    pub fn rows(&self) -> impl Iterator<Item = &SummaryRow> {
        self.sections.iter().flat_map(|section| section.rows.iter())
    }
}

/// Rows about the application (`person` is `None`), or about one child (its person index and
/// name as typed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub person: Option<usize>,
    pub name: String,
    pub rows: Vec<SummaryRow>,
}

/// One question and its answer; `step` is the page a Change link returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    pub step: Step,
    pub field: Field,
    pub answer: Shown,
}

/// An answer as the summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The option keys chosen, in option order (`field-<id>-option-<key>`).
    Options(Vec<&'static str>),
    /// Text as shown: trimmed and normalised, an identity number masked, a date `YYYY-MM-DD`.
    Text(String),
    /// Nothing entered.
    NotAnswered,
}

impl Wizard {
    /// The summary of the answers on the route on `today`.
    pub fn summary(&self, today: Date) -> Summary {
        let answers = self.answers();
        let steps = self.answered_steps(today);
        let per_child = self.projected_path(today).contains(&Step::Children);
        let section = |person| Section {
            person,
            name: String::new(),
            rows: Vec::new(),
        };
        let mut before = section(None);
        let mut children: Vec<Section> = Vec::new();
        let mut after = section(None);
        let mut masks_an_identity_number = false;
        for person in 0..answers.people() {
            let own = answers.person(person);
            for &step in steps.iter().filter(|step| step.person() == person) {
                for &field in step.fields() {
                    if field == Field::AddAnotherChild || (person > 0 && !field.is_per_person()) {
                        continue;
                    }
                    let answer = shown(self, field, &own, today);
                    masks_an_identity_number |=
                        matches!(answer, Shown::Text(_)) && is_identity_number(field);
                    let row = SummaryRow {
                        step,
                        field,
                        answer,
                    };
                    let target = if !per_child || !field.is_per_person() {
                        if children.is_empty() {
                            &mut before
                        } else {
                            &mut after
                        }
                    } else {
                        if children.len() <= person {
                            let mut child = section(Some(person));
                            child.name = own.text(Field::PersonName).trim().to_owned();
                            children.push(child);
                        }
                        &mut children[person]
                    };
                    target.rows.push(row);
                }
            }
        }
        let mut sections = vec![before];
        sections.append(&mut children);
        sections.push(after);
        sections.retain(|section| !section.rows.is_empty());
        Summary {
            sections,
            masks_an_identity_number,
        }
    }
}

impl Wizard {
    /// The children page's list: a section, without rows, for each child added so far.
    pub fn children(&self) -> Summary {
        let answers = self.answers();
        let sections = (0..answers.people())
            .map(|person| Section {
                person: Some(person),
                name: answers.person(person).text(Field::PersonName).to_owned(),
                rows: Vec::new(),
            })
            .collect();
        Summary {
            sections,
            masks_an_identity_number: false,
        }
    }
}

/// One answer as the summary shows it.
fn shown(wizard: &Wizard, field: Field, answers: &Answers, today: Date) -> Shown {
    match answers.get(field) {
        Some(Value::Choice(key)) => Shown::Options(vec![*key]),
        Some(Value::Choices(keys)) if !keys.is_empty() => Shown::Options(keys.clone()),
        Some(Value::Text(text)) if !text.trim().is_empty() => {
            Shown::Text(summary_text(wizard.country(), field, answers, today))
        }
        Some(value @ Value::Date(parts)) if !value.is_blank() => Shown::Text(format!(
            "{}-{:0>2}-{:0>2}",
            parts.year.trim(),
            parts.month.trim(),
            parts.day.trim()
        )),
        _ => Shown::NotAnswered,
    }
}

fn is_identity_number(field: Field) -> bool {
    matches!(
        field.kind(),
        FieldKind::Text(input) if input.format == TextFormat::PersonId
    )
}
