//! The preliminary indication: which measures may fit, why (each reason with its legal
//! reference), and who must agree. Always worded as preliminary: the municipality decides.

use leptos::prelude::*;

use crate::domain::field::Field;
use crate::domain::law::{LegalRef, Verified};
use crate::domain::message_id;
use crate::domain::rules::{Assessment, ConsentRequirement, Reason};
use crate::domain::step::Step;
use crate::ui::i18n::{fl, message, message_with};
use crate::ui::steps::{back_link, continue_form, page_heading};
use crate::ui::wizard_ctx::WizardCtx;
use crate::ui::wording::Wording;

/// A legal reference as a link, marked when it is not confirmed against the statute text.
pub fn legal_reference(basis: &'static LegalRef) -> impl IntoView {
    let act = message(&message_id::act(basis.act));
    let text = message_with(
        "reference-link",
        &[("act", act), ("cite", basis.cite.to_owned())],
    );
    let unconfirmed = basis.verified != Verified::Confirmed;
    view! {
        <span class="iw-reference">
            <a class="iw-link" href=basis.url rel="noreferrer" target="_blank">{text}</a>
            {unconfirmed
                .then(|| {
                    view! {
                        " "
                        <strong
                            class="iw-tag"
                            title=message(&message_id::verified(basis.verified))
                        >
                            {fl!("reference-unconfirmed")}
                        </strong>
                    }
                })}
        </span>
    }
}

fn reason_item(reason: Reason) -> impl IntoView {
    view! {
        <li>
            {message(&message_id::reason(reason.code))}
            {reason.basis.map(|basis| view! { " " {legal_reference(basis)} })}
        </li>
    }
}

/// Who must ask for or agree to each measure, with the flags that apply; without rows, that
/// no one else needs to, or (`known` false) that it cannot be told yet.
pub fn consent_list(
    consents: Vec<ConsentRequirement>,
    known: bool,
    wording: Wording,
) -> impl IntoView {
    if consents.is_empty() {
        let text = if known {
            wording.text("consents-none")
        } else {
            wording.text("consents-unknown")
        };
        return view! { <p class="iw-body">{text}</p> }.into_any();
    }
    let items = consents
        .into_iter()
        .map(|consent| {
            let who = message(&message_id::consenter(consent.consenter));
            let role = message(&message_id::consent_role(consent.role));
            let measure = message(&message_id::measure(consent.measure));
            let flags = consent
                .flags
                .iter()
                .map(|flag| view! { <li>{wording.text(&message_id::consent_flag(*flag))}</li> })
                .collect_view();
            view! {
                <li class="iw-consent">
                    <p class="iw-body">
                        <strong>{who}</strong>
                        " – "
                        {role}
                        " ("
                        {measure}
                        ") "
                        {legal_reference(consent.basis)}
                    </p>
                    <ul class="iw-list iw-list--bullet">
                        {flags}
                        {consent.legal_review.then(|| view! { <li>{fl!("consent-legal-review")}</li> })}
                    </ul>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="iw-list iw-consent-list">{items}</ul> }.into_any()
}

/// One person's indication (under their name when there are several).
fn assessment_view(assessment: Assessment, wording: Wording) -> impl IntoView {
    let measures = assessment
        .measures
        .iter()
        .map(|measure| {
            view! {
                <li>
                    <strong>{message(&message_id::measure(*measure))}</strong>
                    <br />
                    {message(&message_id::measure_description(*measure))}
                </li>
            }
        })
        .collect_view();
    let none = assessment.measures.is_empty();
    let known = assessment.consents_known();
    let reasons = assessment
        .reasons
        .into_iter()
        .map(reason_item)
        .collect_view();
    view! {
        <div class="iw-panel">
            <p class="iw-body">
                <strong>{message(&message_id::outcome(assessment.outcome))}</strong>
            </p>
        </div>
        <h3 class="iw-heading-s">{fl!("indication-measures-heading")}</h3>
        {if none {
            view! { <p class="iw-body">{fl!("indication-no-measure")}</p> }.into_any()
        } else {
            view! { <ul class="iw-list iw-list--spaced">{measures}</ul> }.into_any()
        }}
        <h3 class="iw-heading-s">{fl!("indication-reasons-heading")}</h3>
        <ul class="iw-list iw-list--bullet iw-list--spaced">{reasons}</ul>
        <h3 class="iw-heading-s">{fl!("indication-consents-heading")}</h3>
        {consent_list(assessment.consents, known, wording)}
    }
}

/// Each person's assessment with their name (under a heading when there are several), from
/// the answers on the route.
fn per_person(
    ctx: WizardCtx,
    wording: Wording,
    each: &dyn Fn(Assessment, bool) -> AnyView,
) -> impl IntoView + use<> {
    let today = ctx.today();
    let (assessments, names) = ctx.with_untracked(|wizard| {
        let answers = wizard.answers_on_route(today);
        let names: Vec<String> = (0..answers.people())
            .map(|person| answers.person(person).text(Field::PersonName).to_owned())
            .collect();
        (wizard.assessments(today), names)
    });
    let several = assessments.len() > 1;
    assessments
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(person, (assessment, name))| {
            let heading = several.then(|| {
                view! { <h3 class="iw-heading-s iw-heading-m">{wording.person_heading(person, &name)}</h3> }
            });
            view! {
                {heading}
                {each(assessment, several)}
            }
        })
        .collect_view()
}

/// # Accessibility
/// - Headings (`h3`) under the page heading structure the indication for screen readers.
/// - "Reference not confirmed" is text, not colour alone; links name the act and section.
#[component]
pub fn IndicationPage(step: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let wording = ctx.wording();
    let municipality = WizardCtx::expect_context().config().municipality.clone();
    let people = per_person(ctx, wording, &|assessment, _| {
        assessment_view(assessment, wording).into_any()
    });
    view! {
        {back_link()}
        {continue_form(view! {
            {page_heading(step)}
            <p class="iw-body">{fl!("indication-intro")}</p>
            {people}
            <div class="iw-notice" role="note">
                <p class="iw-body">{fl!("indication-preliminary", municipality = municipality)}</p>
            </div>
        })}
    }
}

/// The top of the consents page: who must agree in this case, then the statement on secrecy,
/// kept apart from the one line about the privacy notice.
#[component]
pub fn ConsentsIntro() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let wording = ctx.wording();
    let municipality = WizardCtx::expect_context().config().municipality.clone();
    let people = per_person(ctx, wording, &|assessment, _| {
        let known = assessment.consents_known();
        consent_list(assessment.consents, known, wording).into_any()
    });
    view! {
        <p class="iw-body">{fl!("consents-intro")}</p>
        {people}
        <h3 class="iw-heading-s">{wording.text("consents-secrecy-heading")}</h3>
        <p class="iw-body">{wording.text("consents-secrecy-body")}</p>
        <p class="iw-body">{fl!("consents-privacy", municipality = municipality)}</p>
    }
}
