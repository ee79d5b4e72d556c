//! The inline error message above a field (GOV.UK error message).

use leptos::prelude::*;

use crate::ui::i18n::fl;

/// # Accessibility
/// - Starts with a visually hidden "Fel:"/"Fejl:"/"Error:" so screen readers announce it as an error.
/// - Has an id that the field lists in `aria-describedby`.
#[component]
pub fn ErrorMessage(
    /// Id referenced by the field's `aria-describedby`.
    id: String,
    /// What is wrong and how to fix it.
    text: String,
) -> impl IntoView {
    view! {
        <p class="iw-error-message" id=id>
            <span class="iw-visually-hidden">{fl!("error-prefix")} " "</span>
            {text}
        </p>
    }
}
