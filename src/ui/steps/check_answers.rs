//! Check your answers, each with a Change link that returns here, then Send (GOV.UK check
//! answers). Identity numbers are masked; sending is reported as it happens.

use leptos::prelude::*;

use crate::domain::field::Field;
use crate::domain::journey::Journey;
use crate::domain::message_id;
use crate::domain::step::Step;
use crate::domain::summary::{Shown, Summary, SummaryRow};
use crate::domain::wizard::{Event, Wizard};
use crate::platform;
use crate::platform::submit::Progress;
use crate::ui::drafts::pending_notice;
use crate::ui::i18n::{fl, message_with};
use crate::ui::steps::{back_link, page_heading, submit_form};
use crate::ui::wizard_ctx::{SEND_ERROR_ID, SendState, WizardCtx};
use crate::ui::wording::Wording;

/// How an answer reads on the summary, in the user's language.
pub fn shown_text(answer: &Shown, field: Field, wording: Wording) -> String {
    match answer {
        Shown::Options(keys) => keys
            .iter()
            .map(|key| wording.option(field, key))
            .collect::<Vec<_>>()
            .join(", "),
        Shown::Text(text) => text.clone(),
        Shown::NotAnswered => fl!("check-answers-not-answered"),
    }
}

fn send_message(state: SendState) -> Option<(bool, String)> {
    let config = WizardCtx::expect_context().config();
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

/// The summary's sections as description lists, each child's under a heading; with
/// `changes`, a Change link on each row and, with several children, a Remove button for each.
pub fn summary_lists(summary: Summary, wording: Wording, changes: bool) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let several = summary
        .sections
        .iter()
        .filter(|section| section.person.is_some())
        .count()
        > 1;
    summary
        .sections
        .into_iter()
        .map(|section| {
            let heading = section.person.map(|person| {
                let text = wording.person_heading(person, &section.name);
                let remove = (changes && several).then(|| remove_button(person, text.clone()));
                view! {
                    <h3 class="iw-heading-s iw-heading-m">{text}</h3>
                    {remove}
                }
            });
            let has_rows = !section.rows.is_empty();
            let rows = section
                .rows
                .into_iter()
                .map(
                    |SummaryRow {
                         step,
                         field,
                         answer,
                     }| {
                        let label = wording.label(field);
                        let answer = shown_text(&answer, field, wording);
                        let change = changes.then(|| {
                            let hidden = platform::dom::lowercase(&label);
                            let id = match step.person() {
                                0 => format!("iw-change-{}", field.id()),
                                person => format!("iw-change-{}-{}", person + 1, field.id()),
                            };
                            view! {
                                <dd class="iw-summary-list__actions">
                                    <button
                                        type="button"
                                        class="iw-link-button"
                                        id=id
                                        on:click=move |_| ctx.dispatch(Event::Change(step))
                                    >
                                        {fl!("check-answers-change")}
                                        <span class="iw-visually-hidden">" " {hidden}</span>
                                    </button>
                                </dd>
                            }
                        });
                        view! {
                            <div class="iw-summary-list__row">
                                <dt class="iw-summary-list__key">{label}</dt>
                                <dd class="iw-summary-list__value">{answer}</dd>
                                {change}
                            </div>
                        }
                    },
                )
                .collect_view();
            let rows = has_rows.then(|| view! { <dl class="iw-summary-list">{rows}</dl> });
            view! {
                {heading}
                {rows}
            }
        })
        .collect_view()
}

/// A Remove button for one of several children; `name` is read after "Remove".
pub fn remove_button(person: usize, name: String) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    view! {
        <button
            type="button"
            class="iw-link-button"
            id=format!("iw-remove-{}", person + 1)
            on:click=move |_| ctx.dispatch(Event::Remove(person))
        >
            {fl!("children-remove")}
            <span class="iw-visually-hidden">" " {name}</span>
        </button>
    }
}

/// # Accessibility
/// - A description list: each question is a `<dt>`, its answer and Change link `<dd>`s; with
///   several children, each child's list under a heading with its Remove button.
/// - Each Change link has hidden text naming the question ("Ändra land").
/// - Sending progress is announced in a polite live region; a failure is an alert that takes
///   focus, and the answers stay on the page.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let today = ctx.today();
    let wording = ctx.wording();
    let summary = ctx.with_untracked(|wizard| wizard.summary(today));
    let journey = ctx.with_untracked(|wizard| Journey::of(wizard.answers()));
    let has_id = summary.masks_an_identity_number;
    let lists = summary_lists(summary, wording, true);
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
        {lists}
        {has_id.then(|| view! { <p class="iw-hint">{fl!("check-answers-masked-id-hint")}</p> })}
        <p class="iw-body">{fl!("check-answers-declaration")}</p>
        <div aria-live="polite">{status}</div>
        {pending_notice()}
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
