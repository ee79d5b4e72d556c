//! One answer from a list (GOV.UK radios), in a fieldset whose legend is the question.

use leptos::prelude::*;

use super::{FieldIds, Question, group_class, hint_and_error};

/// One radio: its key, its label and an optional hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: String,
    pub hint: Option<String>,
}

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
    let has_hint = hint.is_some();
    let described_ids = ids.clone();
    let size = question.size_class();
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = if index == 0 {
                ids.control.clone()
            } else {
                format!("{}-{}", ids.control, choice.key)
            };
            let choice_hint_id = format!("{id}-hint");
            let key = choice.key;
            let described = choice.hint.as_ref().map(|_| choice_hint_id.clone());
            view! {
                <div class="iw-radios__item">
                    <input
                        class="iw-radios__input"
                        type="radio"
                        id=id.clone()
                        name=name
                        value=key
                        aria-describedby=described
                        prop:checked=move || selected.get() == Some(key)
                        on:change=move |_| on_select.run(key)
                    />
                    <label class="iw-label iw-radios__label" for=id>
                        {choice.label}
                    </label>
                    {choice
                        .hint
                        .map(|text| {
                            view! {
                                <div class="iw-hint iw-radios__hint" id=choice_hint_id>
                                    {text}
                                </div>
                            }
                        })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class(error)>
            <fieldset
                class="iw-fieldset"
                aria-describedby=move || described_ids.described_by(has_hint, error.get().is_some())
            >
                <legend class=format!("iw-fieldset__legend {size}")>{question.render()}</legend>
                {hint_and_error(&ids, hint, error)}
                <div class="iw-radios">{items}</div>
            </fieldset>
        </div>
    }
}
