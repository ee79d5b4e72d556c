//! "Steg 2 av 5" above the page heading (GOV.UK caption).

use leptos::prelude::*;

use crate::domain::wizard::Progress;
use crate::ui::i18n::fl;

/// The text of the step indicator, also used in the document title.
pub fn step_indicator_text(progress: Progress) -> String {
    fl!(
        "step-indicator",
        number = progress.number,
        total = progress.total
    )
}

/// # Accessibility
/// - Rendered inside the page heading, so it is read with the heading when focus moves there.
#[component]
pub fn StepIndicator(progress: Progress) -> impl IntoView {
    view! { <span class="iw-caption">{step_indicator_text(progress)}</span> }
}
