//! A page of questions with the error summary and Continue (GOV.UK question page).

use leptos::prelude::*;

use crate::domain::step::Step;
use crate::domain::wizard::Event;
use crate::ui::components::Question;
use crate::ui::components::button::Button;
use crate::ui::components::error_summary::{ErrorLink, ErrorSummary};
use crate::ui::field::{FieldView, control_id, error_text};
use crate::ui::i18n::{fl, message};
use crate::ui::steps::{back_link, page_heading, step_title};
use crate::ui::wizard_ctx::WizardCtx;

/// # Accessibility
/// - With one question, its legend or label is the page heading (GOV.UK "question pages").
/// - The error summary appears above the form after a failed Continue and takes focus.
/// - `novalidate`: the browser's own bubbles are replaced by the accessible error pattern.
#[component]
pub fn QuestionPage(step: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let fields = step.fields();
    let single = fields.len() == 1;
    let progress = ctx.with_untracked(|wizard| wizard.progress());
    let errors = ctx.errors();
    let summary = move || {
        let links: Vec<ErrorLink> = errors
            .get()
            .into_iter()
            .map(|error| ErrorLink {
                target_id: control_id(error.field),
                text: error_text(error),
            })
            .collect();
        (!links.is_empty()).then(|| view! { <ErrorSummary errors=links /> })
    };
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
                    text: message(&format!("field-{}-label", field.id())),
                    page_heading: None,
                }
            };
            view! { <FieldView field question /> }
        })
        .collect_view();
    view! {
        {back_link()}
        <form
            class="iw-form"
            novalidate
            on:submit=move |event| {
                event.prevent_default();
                ctx.dispatch(Event::Continue);
            }
        >
            {summary}
            {(!single).then(|| page_heading(step))}
            {questions}
            <Button text=fl!("button-continue") submit=true />
        </form>
    }
}
