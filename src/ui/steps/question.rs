//! A page of questions with the error summary and Continue (GOV.UK question page).

use leptos::prelude::*;

use crate::domain::message_id;
use crate::domain::step::Step;
use crate::ui::components::Question;
use crate::ui::components::error_summary::{ErrorLink, ErrorSummary};
use crate::ui::drafts::save_button;
use crate::ui::field::{FieldView, control_id, error_text};
use crate::ui::steps::{back_link, continue_form, page_heading, step_title};
use crate::ui::wizard_ctx::WizardCtx;

/// # Accessibility
/// - With one question, its legend or label is the page heading (GOV.UK "question pages").
/// - The error summary appears above the form after a failed Continue and takes focus.
/// - `novalidate`: the browser's own bubbles are replaced by the accessible error pattern.
#[component]
pub fn QuestionPage(
    step: Step,
    /// Content between the heading and the questions (the consents page's list).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let fields = step.fields();
    let single = fields.len() == 1 && children.is_none();
    let progress = ctx.with_untracked(|wizard| wizard.progress(ctx.today()));
    let wording = ctx.wording();
    let errors = ctx.errors();
    let summary = move || {
        let links: Vec<ErrorLink> = errors
            .get()
            .into_iter()
            .map(|error| ErrorLink {
                target_id: control_id(error.field),
                text: error_text(error, wording),
            })
            .collect();
        (!links.is_empty()).then(|| view! { <ErrorSummary errors=links /> })
    };
    // A paragraph under the heading where the page has one.
    let intro = wording
        .optional(&message_id::step_intro(step))
        .map(|text| view! { <p class="iw-body">{text}</p> });
    let questions = fields
        .iter()
        .map(|&field| {
            let question = if single {
                Question {
                    text: step_title(step),
                    page_heading: Some(progress),
                }
            } else {
                Question {
                    text: wording.label(field),
                    page_heading: None,
                }
            };
            view! { <FieldView field question /> }
        })
        .collect_view();
    view! {
        {back_link()}
        {continue_form(view! {
            {summary}
            {(!single).then(|| page_heading(step))}
            {intro}
            {children.map(|children| children())}
            {questions}
        })}
        {save_button()}
    }
}
