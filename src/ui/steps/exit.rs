//! The end of a route with no form: a worried third party, or a volunteer under 18.
//! Nothing is sent; the page says what to do instead and how to reach the municipality.

use leptos::prelude::*;

use crate::domain::step::Step;
use crate::ui::i18n::fl;
use crate::ui::steps::indication::legal_reference;
use crate::ui::steps::{back_link, page_heading};
use crate::ui::wizard_ctx::WizardCtx;

/// # Accessibility
/// - Plain paragraphs under the heading, which takes focus when the page opens.
/// - The emergency number is a `tel:` link.
#[component]
pub fn ExitPage(step: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let wording = ctx.wording();
    // The duty to report, cited as the rules cite it on this day.
    let basis = ctx
        .with_untracked(|wizard| wizard.assessment(ctx.today()))
        .and_then(|assessment| assessment.reasons.first().and_then(|reason| reason.basis));
    let config = ctx.config();
    let municipality = config.municipality.clone();
    let phone = config.contact.phone.clone();
    let tel = format!("tel:{}", phone.replace([' ', '-'], ""));
    let body = match step {
        Step::ThirdParty => view! {
            <p class="iw-body">
                {wording.text_with("third-party-body", &[("municipality", municipality.clone())])}
            </p>
            <p class="iw-body">
                {wording.text("third-party-professional")}
                {basis.map(|basis| view! { " " {legal_reference(basis)} })}
            </p>
            <div class="iw-notice" role="note">
                <p class="iw-notice__title">{fl!("third-party-emergency")}</p>
            </div>
            <p class="iw-body">
                <a class="iw-link" href=tel>
                    {fl!("third-party-contact", municipality = municipality, phone = phone)}
                </a>
            </p>
        }
        .into_any(),
        _ => view! {
            <div class="iw-notice">
                <p class="iw-notice__title">{fl!("too-young-body")}</p>
            </div>
            <p class="iw-body">{fl!("too-young-next", municipality = municipality)}</p>
        }
        .into_any(),
    };
    view! {
        {back_link()}
        {page_heading(step)}
        {body}
    }
}
