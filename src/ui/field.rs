//! Renders one domain `Field` with the component its kind asks for, wired to the wizard.

use leptos::prelude::*;

use crate::domain::answers::{DateParts, Value};
use crate::domain::field::{DateAutocomplete, Field, FieldKind};
use crate::domain::message_id;
use crate::domain::validate::{ErrorCode, FieldError};
use crate::ui::components::Question;
use crate::ui::components::checkboxes::Checkboxes;
use crate::ui::components::choices::Choice;
use crate::ui::components::date_input::DateInput;
use crate::ui::components::radios::Radios;
use crate::ui::components::text_input::TextInput;
use crate::ui::components::textarea::Textarea;
use crate::ui::i18n::{has, message, message_with};
use crate::ui::wizard_ctx::WizardCtx;
use crate::ui::wording::Wording;

/// The message for an error on a field: `error-<field>-<code>` if the field has its own,
/// else `error-<code>` (with the field's limit as `$max` where it has one).
pub fn error_text(error: FieldError, wording: Wording) -> String {
    let specific = message_id::field_error(error.field, error.code.code());
    if has(&specific) {
        return wording.text(&specific);
    }
    let max = match error.field.kind() {
        FieldKind::Text(input) => input.max_chars,
        FieldKind::TextArea { max_chars } => max_chars,
        _ => 0,
    };
    match error.code {
        ErrorCode::TooLong => message_with("error-too-long", &[("max", max.to_string())]),
        code => message(&message_id::error(code.code())),
    }
}

/// The choices of a radios or checkboxes field, with their labels and optional hints.
pub fn choices(field: Field, wording: Wording) -> Vec<Choice> {
    field
        .options()
        .iter()
        .map(|&key| Choice {
            key,
            label: wording.option(field, key),
            hint: wording.option_hint(field, key),
        })
        .collect()
}

/// The id of the control an error summary link should move focus to.
pub fn control_id(field: Field) -> String {
    format!("iw-{}", field.id())
}

/// One question, rendered from the domain's description of it.
#[component]
pub fn FieldView(field: Field, question: Question) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let name = field.id();
    let wording = ctx.wording();
    let hint = wording.hint(field);
    let error = ctx.slice(move |wizard| {
        wizard
            .error(field)
            .map(|error| error_text(error, Wording::of(wizard)))
    });
    let error: Signal<Option<String>> = error.into();
    // One memo of the answer, whatever its kind, read by the control as its kind's shape:
    // a memo per shape measured more wasm than the derived signals.
    let answer = ctx.slice(move |wizard| wizard.answers_of(field).get(field).cloned());
    let text = move || match answer.get() {
        Some(Value::Text(text)) => text,
        _ => String::new(),
    };
    match field.kind() {
        FieldKind::Radios { .. } => {
            let selected = Signal::derive(move || match answer.get() {
                Some(Value::Choice(key)) => Some(key),
                _ => None,
            });
            view! {
                <Radios
                    name
                    question
                    hint
                    choices=choices(field, wording)
                    selected
                    error
                    on_select=Callback::new(move |key| ctx.answer(field, Value::Choice(key)))
                />
            }
            .into_any()
        }
        FieldKind::Checkboxes { .. } => {
            let ticked = Signal::derive(move || match answer.get() {
                Some(Value::Choices(keys)) => keys,
                _ => Vec::new(),
            });
            view! {
                <Checkboxes
                    name
                    question
                    hint
                    choices=choices(field, wording)
                    ticked
                    error
                    on_change=Callback::new(move |keys| ctx.answer(field, Value::Choices(keys)))
                />
            }
            .into_any()
        }
        FieldKind::Text(mut spec) => {
            spec.autocomplete = ctx.with_untracked(|wizard| field.autocomplete(wizard.answers()));
            let value = Signal::derive(text);
            view! {
                <TextInput
                    name
                    question
                    hint
                    spec
                    value
                    error
                    on_input=Callback::new(move |text| ctx.answer(field, Value::Text(text)))
                />
            }
            .into_any()
        }
        FieldKind::TextArea { max_chars } => {
            let value = Signal::derive(text);
            view! {
                <Textarea
                    name
                    question
                    hint
                    max_chars
                    value
                    error
                    on_input=Callback::new(move |text| ctx.answer(field, Value::Text(text)))
                />
            }
            .into_any()
        }
        FieldKind::Date { autocomplete } => {
            let own = ctx.with_untracked(|wizard| field.is_own_birthday(wizard.answers()));
            let autocomplete = if own {
                autocomplete
            } else {
                DateAutocomplete::Off
            };
            let value = Signal::derive(move || match answer.get() {
                Some(Value::Date(parts)) => parts,
                _ => DateParts::default(),
            });
            view! {
                <DateInput
                    name
                    question
                    hint
                    autocomplete
                    value
                    error
                    on_change=Callback::new(move |parts| ctx.answer(field, Value::Date(parts)))
                />
            }
            .into_any()
        }
    }
}
