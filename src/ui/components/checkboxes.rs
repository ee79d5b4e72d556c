//! Any number of answers from a list (GOV.UK checkboxes).

use leptos::prelude::*;

use super::radios::Choice;
use super::{FieldIds, Question, group_class, hint_and_error};

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
                <div class="iw-checkboxes__item">
                    <input
                        class="iw-checkboxes__input"
                        type="checkbox"
                        id=id.clone()
                        name=name
                        value=key
                        aria-describedby=described
                        prop:checked=move || ticked.get().contains(&key)
                        on:change=move |_| {
                            let mut keys = ticked.get_untracked();
                            if keys.contains(&key) {
                                keys.retain(|ticked_key| *ticked_key != key);
                            } else {
                                keys.push(key);
                            }
                            on_change.run(keys);
                        }
                    />
                    <label class="iw-label iw-checkboxes__label" for=id>
                        {choice.label}
                    </label>
                    {choice
                        .hint
                        .map(|text| {
                            view! {
                                <div class="iw-hint iw-checkboxes__hint" id=choice_hint_id>
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
                <div class="iw-checkboxes">{items}</div>
            </fieldset>
        </div>
    }
}
