//! Hint text under a label or legend, referenced by the field's `aria-describedby`.

use leptos::prelude::*;

/// # Accessibility
/// - Has an id that the field lists in `aria-describedby`, so it is read with the field.
#[component]
pub fn Hint(
    /// Id referenced by the field's `aria-describedby`.
    id: String,
    /// The hint text.
    text: String,
) -> impl IntoView {
    view! { <div class="iw-hint" id=id>{text}</div> }
}
