//! Check answers, the confirmation and the print view, as data: one row per question on the
//! route, with the answer in the form shown (identity numbers masked, dates as
//! `YYYY-MM-DD`, choices as their option keys). The UI only translates and lays it out.

use super::Date;
use super::answers::Value;
use super::field::{Field, FieldKind, TextFormat};
use super::step::Step;
use super::validate::summary_text;
use super::wizard::Wizard;

/// The answers on the route, page by page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub rows: Vec<SummaryRow>,
    /// Some row shows a masked identity number (the page then says why).
    pub masks_an_identity_number: bool,
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
        let mut rows = Vec::new();
        let mut masks_an_identity_number = false;
        for step in self.answered_steps(today) {
            for &field in step.fields() {
                let answer = match answers.get(field) {
                    Some(Value::Choice(key)) => Shown::Options(vec![*key]),
                    Some(Value::Choices(keys)) if !keys.is_empty() => Shown::Options(keys.clone()),
                    Some(Value::Text(text)) if !text.trim().is_empty() => {
                        masks_an_identity_number |= is_identity_number(field);
                        Shown::Text(summary_text(self.country(), field, answers, today))
                    }
                    Some(value @ Value::Date(parts)) if !value.is_blank() => Shown::Text(format!(
                        "{}-{:0>2}-{:0>2}",
                        parts.year.trim(),
                        parts.month.trim(),
                        parts.day.trim()
                    )),
                    _ => Shown::NotAnswered,
                };
                rows.push(SummaryRow {
                    step,
                    field,
                    answer,
                });
            }
        }
        Summary {
            rows,
            masks_an_identity_number,
        }
    }
}

fn is_identity_number(field: Field) -> bool {
    matches!(
        field.kind(),
        FieldKind::Text(input) if input.format == TextFormat::PersonId
    )
}
