//! Check your answers, each with a Change link that returns here (GOV.UK check answers).

use leptos::prelude::*;

use crate::domain::answers::Value;
use crate::domain::field::Field;
use crate::domain::step::Step;
use crate::domain::wizard::Event;
use crate::platform;
use crate::ui::i18n::{fl, message};
use crate::ui::steps::{back_link, page_heading};
use crate::ui::wizard_ctx::WizardCtx;

/// How an answer reads on the summary.
pub fn answer_text(field: Field, value: Option<&Value>) -> String {
    let option = |key: &str| message(&format!("field-{}-option-{key}", field.id()));
    match value {
        Some(Value::Choice(key)) => option(key),
        Some(Value::Choices(keys)) => keys
            .iter()
            .map(|key| option(key))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Text(text)) => text.trim().to_owned(),
        Some(Value::Date(parts)) => format!(
            "{}-{}-{}",
            parts.year.trim(),
            parts.month.trim(),
            parts.day.trim()
        ),
        None => String::new(),
    }
}

/// # Accessibility
/// - A description list: each question is a `<dt>`, its answer and Change link `<dd>`s.
/// - Each Change link has hidden text naming the question ("Ändra land").
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let rows = ctx.with_untracked(|wizard| {
        wizard
            .answered_steps(ctx.today())
            .into_iter()
            .flat_map(|step| step.fields().iter().map(move |&field| (step, field)))
            .map(|(step, field)| {
                let label = message(&format!("field-{}-label", field.id()));
                let answer = answer_text(field, wizard.answers().get(field));
                (step, field, label, answer)
            })
            .collect::<Vec<_>>()
    });
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
    view! {
        {back_link()}
        {page_heading(Step::CheckAnswers)}
        <dl class="iw-summary-list">{rows}</dl>
        <div class="iw-notice">
            <p class="iw-notice__title">{fl!("pending-notice")}</p>
            <p class="iw-body">{fl!("check-answers-sending-pending")}</p>
        </div>
    }
}
