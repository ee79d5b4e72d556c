//! Several lines of text with a character count (GOV.UK textarea and character count).

use leptos::prelude::*;

use super::{FieldIds, Question, group_class, hint_and_error};
use crate::ui::i18n::fl;

/// # Accessibility
/// - A `<label for>` names the textarea; `aria-describedby` names the hint, the count and the error.
/// - The count ("You have 12 characters remaining") is a polite live region, so screen readers
///   hear it without losing their place; typing past the limit is allowed (nothing is lost)
///   and the count says by how much it is over.
#[component]
pub fn Textarea(
    /// The field's `name`, and the stem of its ids.
    name: &'static str,
    question: Question,
    #[prop(optional_no_strip)] hint: Option<String>,
    max_chars: usize,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    on_input: Callback<String>,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let has_hint = hint.is_some();
    let count_id = format!("{}-count", ids.control);
    let described_ids = ids.clone();
    let described_count = count_id.clone();
    let count_text = move || {
        let used = value.with(|text| text.chars().count());
        if used <= max_chars {
            let count = max_chars - used;
            fl!("character-count-remaining", count = count)
        } else {
            let count = used - max_chars;
            fl!("character-count-over", count = count)
        }
    };
    let over = move || value.with(|text| text.chars().count()) > max_chars;
    let label_class = format!("iw-label {}", question.size_class());
    view! {
        <div class=group_class(error)>
            <label class=label_class for=ids.control.clone()>{question.render()}</label>
            {hint_and_error(&ids, hint, error)}
            <textarea
                class="iw-textarea"
                id=ids.control.clone()
                name=name
                rows="5"
                aria-describedby=move || {
                    let mut described = described_count.clone();
                    if let Some(rest) = described_ids.described_by(has_hint, error.get().is_some()) {
                        described = format!("{rest} {described}");
                    }
                    described
                }
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
            <div
                class=move || {
                    if over() { "iw-character-count iw-character-count--over" } else { "iw-character-count" }
                }
                id=count_id
                aria-live="polite"
            >
                {count_text}
            </div>
        </div>
    }
}
