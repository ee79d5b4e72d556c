//! One line of text (GOV.UK text input).

use leptos::prelude::*;

use super::{FieldIds, Question, group_class, hint_and_error};
use crate::domain::field::{InputMode, TextInput as TextInputSpec};

/// # Accessibility
/// - A `<label for>` names the input; as the only question on a page the label is the heading.
/// - `aria-describedby` names the hint and the error message; `aria-invalid` marks an error.
/// - `autocomplete`, `inputmode` and `spellcheck` come from the field's definition.
#[component]
pub fn TextInput(
    /// The field's `name`, and the stem of its ids.
    name: &'static str,
    question: Question,
    #[prop(optional_no_strip)] hint: Option<String>,
    spec: TextInputSpec,
    /// The text as typed.
    #[prop(into)]
    value: Signal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    on_input: Callback<String>,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let has_hint = hint.is_some();
    let described_ids = ids.clone();
    let input_type = match spec.input_mode {
        InputMode::Tel => "tel",
        InputMode::Email => "email",
        InputMode::Text | InputMode::Numeric => "text",
    };
    let label_class = format!("iw-label {}", question.size_class());
    view! {
        <div class=group_class(error)>
            <label class=label_class for=ids.control.clone()>{question.render()}</label>
            {hint_and_error(&ids, hint, error)}
            <input
                class=move || {
                    let base = match spec.max_chars {
                        0..=2 => "iw-input iw-input--width-2",
                        3..=10 => "iw-input iw-input--width-10",
                        11..=20 => "iw-input iw-input--width-20",
                        _ => "iw-input",
                    };
                    if error.get().is_some() { format!("{base} iw-input--error") } else { base.to_owned() }
                }
                id=ids.control.clone()
                name=name
                type=input_type
                autocomplete=spec.autocomplete
                inputmode=spec.input_mode.attr()
                spellcheck=if spec.spellcheck { "true" } else { "false" }
                aria-describedby=move || described_ids.described_by(has_hint, error.get().is_some())
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        </div>
    }
}
