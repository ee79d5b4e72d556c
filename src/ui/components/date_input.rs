//! A date as day, month and year in three boxes (GOV.UK date input).

use leptos::prelude::*;

use super::{FieldIds, Question, QuestionFieldset};
use crate::domain::answers::DateParts;
use crate::domain::field::DateAutocomplete;
use crate::ui::i18n::fl;

/// Which box of the date changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Day,
    Month,
    Year,
}

/// # Accessibility
/// - A `<fieldset>` with the question as `<legend>`; each box has its own `<label>`
///   ("Dag", "Månad", "År"), `inputmode="numeric"` and, for birthdays, `bday-day` etc.
/// - The first box carries the field's id, so the error summary link lands on it.
#[component]
pub fn DateInput(
    /// The field's `name`, and the stem of its ids.
    name: &'static str,
    question: Question,
    #[prop(optional_no_strip)] hint: Option<String>,
    autocomplete: DateAutocomplete,
    #[prop(into)] value: Signal<DateParts>,
    #[prop(into)] error: Signal<Option<String>>,
    on_change: Callback<DateParts>,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let boxes = [
        (
            Part::Day,
            fl!("date-input-day"),
            "bday-day",
            "iw-input--width-2",
        ),
        (
            Part::Month,
            fl!("date-input-month"),
            "bday-month",
            "iw-input--width-2",
        ),
        (
            Part::Year,
            fl!("date-input-year"),
            "bday-year",
            "iw-input--width-4",
        ),
    ]
    .into_iter()
    .map(|(part, label, birthday_token, width)| {
        let id = match part {
            Part::Day => ids.control.clone(),
            Part::Month => format!("{}-month", ids.control),
            Part::Year => format!("{}-year", ids.control),
        };
        let token = match autocomplete {
            DateAutocomplete::Birthday => birthday_token,
            DateAutocomplete::Off => "off",
        };
        let read = move || {
            value.with(|parts| match part {
                Part::Day => parts.day.clone(),
                Part::Month => parts.month.clone(),
                Part::Year => parts.year.clone(),
            })
        };
        view! {
            <div class="iw-date-input__item">
                <label class="iw-label iw-date-input__label" for=id.clone()>{label}</label>
                <input
                    class=move || {
                        if error.get().is_some() {
                            format!("iw-input {width} iw-input--error")
                        } else {
                            format!("iw-input {width}")
                        }
                    }
                    id=id
                    name=format!("{name}-{}", format!("{part:?}").to_ascii_lowercase())
                    type="text"
                    inputmode="numeric"
                    autocomplete=token
                    spellcheck="false"
                    prop:value=read
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        let mut parts = value.get_untracked();
                        match part {
                            Part::Day => parts.day = typed,
                            Part::Month => parts.month = typed,
                            Part::Year => parts.year = typed,
                        }
                        on_change.run(parts);
                    }
                />
            </div>
        }
    })
    .collect_view();
    view! {
        <QuestionFieldset ids question hint error role="group">
            <div class="iw-date-input">{boxes}</div>
        </QuestionFieldset>
    }
}
