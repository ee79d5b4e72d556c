//! Any number of answers from a list (GOV.UK checkboxes).

use leptos::prelude::*;

use super::choices::{Choice, ChoiceKind, choice_list};
use super::{FieldIds, Question, QuestionFieldset};

/// # Accessibility
/// - A `<fieldset>` with the question as `<legend>`; each checkbox has its own `<label>`.
/// - The fieldset's `aria-describedby` names the hint and the error message.
/// - The first checkbox carries the field's id, so the error summary link lands on it.
#[component]
pub fn Checkboxes(
    /// The field's `name`, and the stem of its ids.
    name: &'static str,
    question: Question,
    #[prop(optional_no_strip)] hint: Option<String>,
    choices: Vec<Choice>,
    /// The ticked keys.
    #[prop(into)]
    ticked: Signal<Vec<&'static str>>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Called with the new set of ticked keys.
    on_change: Callback<Vec<&'static str>>,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let list = choice_list(
        ChoiceKind::Checkbox,
        name,
        &ids,
        choices,
        move |key| ticked.with(|keys| keys.contains(&key)),
        move |key| {
            let mut keys = ticked.get_untracked();
            if keys.contains(&key) {
                keys.retain(|ticked_key| *ticked_key != key);
            } else {
                keys.push(key);
            }
            on_change.run(keys);
        },
    );
    view! { <QuestionFieldset ids question hint error>{list}</QuestionFieldset> }
}
