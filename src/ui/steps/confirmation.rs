//! After sending: the receiver's reference, the digest of what was sent, what happens next,
//! and the answers for printing.

use leptos::prelude::*;

use crate::domain::journey::Journey;
use crate::domain::message_id;
use crate::domain::rules::VolunteerAssessment;
use crate::platform;
use crate::ui::components::button::{Button, ButtonStyle};
use crate::ui::i18n::{fl, message};
use crate::ui::steps::check_answers::summary_lists;
use crate::ui::steps::indication::legal_reference;
use crate::ui::wizard_ctx::{HEADING_ID, WizardCtx};

/// What happens next for a volunteer: the preliminary indication, then each requirement with
/// its status and legal reference (the requirements check that was sent).
fn requirements_list(assessment: VolunteerAssessment) -> impl IntoView {
    let items = assessment
        .checks
        .into_iter()
        .map(|check| {
            view! {
                <li>
                    <strong>{message(&message_id::volunteer_status(check.status))}</strong>
                    ": "
                    {message(&message_id::volunteer_rule(check.rule))}
                    {check.basis.map(|basis| view! { " " {legal_reference(basis)} })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="iw-body">
            {message(&message_id::volunteer_outcome(assessment.outcome))}
        </p>
        <ul class="iw-list iw-list--bullet iw-requirements">{items}</ul>
    }
}

/// # Accessibility
/// - The panel's heading takes focus; the reference is plain text, easy to copy.
/// - The full digest is behind a native `<details>`.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let today = ctx.today();
    let config = WizardCtx::expect_context().config();
    let municipality = config.municipality.clone();
    let phone = config.contact.phone.clone();
    let wording = ctx.wording();
    let (receipt, journey, summary, requirements) = ctx.with_untracked(|wizard| {
        (
            wizard.receipt().cloned(),
            Journey::of(wizard.answers()),
            wizard.summary(today),
            wizard.volunteer_assessment(today),
        )
    });
    let (reference, short, digest) = receipt
        .map(|receipt| {
            (
                receipt.reference.clone(),
                receipt.short_digest(),
                receipt.digest,
            )
        })
        .unwrap_or_default();
    let (title, next) = match journey {
        Some(Journey::Volunteer) => (
            fl!("confirmation-panel-title-volunteer"),
            fl!(
                "confirmation-next-volunteer",
                municipality = municipality.clone()
            ),
        ),
        _ => (
            fl!("confirmation-panel-title-family"),
            fl!(
                "confirmation-next-family",
                municipality = municipality.clone()
            ),
        ),
    };
    view! {
        <div class="iw-panel iw-panel--confirmation">
            <h2 class="iw-panel__title" id=HEADING_ID tabindex="-1">{title}</h2>
            <div class="iw-panel__body">
                {fl!("confirmation-reference-label")}
                <br />
                <strong class="iw-reference-number">{reference}</strong>
            </div>
        </div>
        <p class="iw-body">
            {fl!("confirmation-digest-label")} ": " <code class="iw-code">{short}</code>
        </p>
        <p class="iw-hint">{fl!("confirmation-digest-hint")}</p>
        <details class="iw-details">
            <summary class="iw-details__summary">
                <span class="iw-details__summary-text">{fl!("confirmation-digest-show")}</span>
            </summary>
            <div class="iw-details__text">
                <code class="iw-code iw-code--wrap">{digest}</code>
            </div>
        </details>
        <h3 class="iw-heading-s">{fl!("confirmation-next-heading")}</h3>
        <p class="iw-body">{next}</p>
        {requirements.map(requirements_list)}
        <p class="iw-body">{fl!("confirmation-contact", municipality = municipality, phone = phone)}</p>
        <h3 class="iw-heading-s">{fl!("confirmation-answers-heading")}</h3>
        {summary_lists(summary, wording, false)}
        <Button
            text=fl!("confirmation-print")
            style=ButtonStyle::Secondary
            on_press=Callback::new(move |()| {
                ctx.with_root(|root| platform::dom::print(root.host()));
            })
        />
    }
}
