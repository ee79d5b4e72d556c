//! Information to read before the volunteer registration starts.

use leptos::prelude::*;

use crate::domain::step::Step;
use crate::ui::steps::{back_link, continue_form, page_heading};
use crate::ui::wizard_ctx::WizardCtx;

/// The paragraphs of the volunteer information page, in order.
const VOLUNTEER_INFO_MESSAGES: &[&str] = &[
    "volunteer-info-what",
    "volunteer-info-how-often",
    "volunteer-info-pay",
    "volunteer-info-support",
    "volunteer-info-ending",
    "volunteer-info-confidentiality",
    "volunteer-info-investigation",
    "volunteer-info-education",
];

/// # Accessibility
/// - Ordinary paragraphs between the heading and Continue.
#[component]
pub fn InformationPage(step: Step) -> impl IntoView {
    let wording = WizardCtx::expect_context().wording();
    let paragraphs = VOLUNTEER_INFO_MESSAGES
        .iter()
        .map(|id| view! { <p class="iw-body">{wording.text(id)}</p> })
        .collect_view();
    view! {
        {back_link()}
        {continue_form(view! {
            {page_heading(step)}
            {paragraphs}
        })}
    }
}
