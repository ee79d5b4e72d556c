//! Expandable help text (GOV.UK details).

use leptos::prelude::*;

/// # Accessibility
/// - Native `<details>`/`<summary>`: keyboard and screen-reader support come from the browser.
#[component]
pub fn Details(
    /// The link-like text that opens it.
    summary: String,
    /// The text shown when open.
    text: String,
) -> impl IntoView {
    view! {
        <details class="iw-details">
            <summary class="iw-details__summary">
                <span class="iw-details__summary-text">{summary}</span>
            </summary>
            <div class="iw-details__text">{text}</div>
        </details>
    }
}
