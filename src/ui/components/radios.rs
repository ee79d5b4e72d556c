//! One answer from a list (GOV.UK radios), in a fieldset whose legend is the question.

use leptos::prelude::*;

use super::choices::{Choice, ChoiceKind, choice_list};
use super::{FieldIds, Question, QuestionFieldset};

/// # Accessibility
/// - A `<fieldset>` with the question as `<legend>`; each radio has its own `<label>`.
/// - The fieldset's `aria-describedby` names the hint and the error message.
/// - The first radio carries the field's id, so the error summary link lands on it.
/// - Arrow keys move between the radios (native behaviour of a radio group).
#[component]
pub fn Radios(
    /// The field's `name`, and the stem of its ids.
    name: &'static str,
    question: Question,
    #[prop(optional_no_strip)] hint: Option<String>,
    choices: Vec<Choice>,
    /// The chosen key.
    #[prop(into)]
    selected: Signal<Option<&'static str>>,
    /// The error message to show, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    on_select: Callback<&'static str>,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let list = choice_list(
        ChoiceKind::Radio,
        name,
        &ids,
        choices,
        move |key| selected.get() == Some(key),
        move |key| on_select.run(key),
    );
    view! { <QuestionFieldset ids question hint error>{list}</QuestionFieldset> }
}
