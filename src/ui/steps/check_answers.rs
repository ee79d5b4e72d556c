//! Check your answers, each with a Change link that returns here, then Send (GOV.UK check
//! answers). Identity numbers are masked; sending is reported as it happens.

use leptos::prelude::*;

use crate::domain::answers::Value;
use crate::domain::config::Config;
use crate::domain::field::Field;
use crate::domain::journey::Journey;
use crate::domain::message_id;
use crate::domain::step::Step;
use crate::domain::validate::summary_text;
use crate::domain::wizard::{Event, Wizard};
use crate::platform;
use crate::platform::submit::Progress;
use crate::ui::i18n::{fl, message_with};
use crate::ui::steps::{back_link, page_heading, submit_form};
use crate::ui::wizard_ctx::{SEND_ERROR_ID, SendState, WizardCtx};
use crate::ui::wording::Wording;

/// How an answer reads on the summary.
pub fn answer_text(wizard: &Wizard, field: Field, today: crate::domain::Date) -> String {
    let wording = Wording::of(wizard);
    let answers = wizard.answers();
    match answers.get(field) {
        Some(Value::Choice(key)) => wording.option(field, key),
        Some(Value::Choices(keys)) => keys
            .iter()
            .map(|key| wording.option(field, key))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Text(text)) if !text.trim().is_empty() => {
            summary_text(wizard.country(), field, answers, today)
        }
        Some(Value::Date(parts)) => format!(
            "{}-{:0>2}-{:0>2}",
            parts.year.trim(),
            parts.month.trim(),
            parts.day.trim()
        ),
        Some(Value::Text(_)) | None => fl!("check-answers-not-answered"),
    }
}

/// The rows of the summary: (page, field, label, answer).
pub fn summary_rows(
    wizard: &Wizard,
    today: crate::domain::Date,
) -> Vec<(Step, Field, String, String)> {
    let wording = Wording::of(wizard);
    wizard
        .answered_steps(today)
        .into_iter()
        .flat_map(|step| step.fields().iter().map(move |&field| (step, field)))
        .map(|(step, field)| {
            (
                step,
                field,
                wording.label(field),
                answer_text(wizard, field, today),
            )
        })
        .collect()
}

fn send_message(state: SendState) -> Option<(bool, String)> {
    let config = expect_context::<Config>();
    let contact = || {
        vec![
            ("municipality", config.municipality.clone()),
            ("phone", config.contact.phone.clone()),
        ]
    };
    match state {
        SendState::Idle | SendState::Progress(Progress::Sending) => None,
        SendState::Progress(Progress::Retrying { .. }) => Some((false, fl!("submit-retrying"))),
        SendState::Progress(Progress::WaitingForNetwork) => Some((false, fl!("submit-queued"))),
        SendState::Failed(error) => Some((
            true,
            message_with(&message_id::submit_error(error.code()), &contact()),
        )),
    }
}

/// # Accessibility
/// - A description list: each question is a `<dt>`, its answer and Change link `<dd>`s.
/// - Each Change link has hidden text naming the question ("Ändra land").
/// - Sending progress is announced in a polite live region; a failure is an alert that takes
///   focus, and the answers stay on the page.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let today = ctx.today();
    let rows = ctx.with_untracked(|wizard| summary_rows(wizard, today));
    let journey = ctx.with_untracked(|wizard| Journey::of(wizard.answers()));
    let rows = rows
        .into_iter()
        .map(|(step, field, label, answer)| {
            let hidden = platform::dom::lowercase(&label);
            view! {
                <div class="iw-summary-list__row">
                    <dt class="iw-summary-list__key">{label}</dt>
                    <dd class="iw-summary-list__value">{answer}</dd>
                    <dd class="iw-summary-list__actions">
                        <button
                            type="button"
                            class="iw-link-button"
                            id=format!("iw-change-{}", field.id())
                            on:click=move |_| ctx.dispatch(Event::Change(step))
                        >
                            {fl!("check-answers-change")}
                            <span class="iw-visually-hidden">" " {hidden}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let has_id = ctx.with_untracked(|wizard| {
        wizard.answered_steps(today).iter().any(|step| {
            step.fields()
                .iter()
                .any(|field| matches!(field, Field::PersonId | Field::VolunteerPersonId))
        })
    });
    let send_state = ctx.send_state();
    let sending = ctx.slice(Wizard::is_sending);
    let status = move || {
        send_message(send_state.get()).map(|(failed, text)| {
            if failed {
                view! {
                    <div class="iw-error-summary" id=SEND_ERROR_ID role="alert" tabindex="-1">
                        <p class="iw-error-summary__title">{text}</p>
                    </div>
                }
                .into_any()
            } else {
                view! { <p class="iw-notice">{text}</p> }.into_any()
            }
        })
    };
    let send_text = match journey {
        Some(Journey::Volunteer) => fl!("check-answers-send-volunteer"),
        _ => fl!("check-answers-send-family"),
    };
    let failed = move || matches!(send_state.get(), SendState::Failed(_));
    view! {
        {back_link()}
        {page_heading(Step::CheckAnswers)}
        <dl class="iw-summary-list">{rows}</dl>
        {has_id.then(|| view! { <p class="iw-hint">{fl!("check-answers-masked-id-hint")}</p> })}
        <p class="iw-body">{fl!("check-answers-declaration")}</p>
        <div aria-live="polite">{status}</div>
        {submit_form((), view! {
            <button type="submit" class="iw-button" aria-disabled=move || sending.get().then_some("true")>
                {move || {
                    if sending.get() {
                        fl!("check-answers-sending")
                    } else if failed() {
                        fl!("button-try-again")
                    } else {
                        send_text.clone()
                    }
                }}
            </button>
        })}
    }
}
