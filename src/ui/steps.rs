//! One view per kind of page: questions, information, exits, the indication, check answers
//! and the confirmation.

pub mod check_answers;
pub mod confirmation;
pub mod exit;
pub mod indication;
pub mod information;
pub mod question;

use leptos::prelude::*;

use crate::domain::step::Step;
use crate::domain::wizard::Event;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::button::Button;
use crate::ui::components::step_indicator::StepIndicator;
use crate::ui::i18n::fl;
use crate::ui::wizard_ctx::{HEADING_ID, WizardCtx};

/// The title of a page (its heading, and the middle of the document title).
pub fn step_title(step: Step) -> String {
    WizardCtx::expect_context().wording().step_title(step)
}

/// A form whose submit button continues (GOV.UK "Continue"), around a page's content.
pub fn continue_form(content: impl IntoView + 'static) -> impl IntoView {
    submit_form(
        content,
        view! { <Button text=fl!("button-continue") submit=true /> },
    )
}

/// A form that dispatches `Continue` when `button` (a submit button) is pressed.
pub fn submit_form(
    content: impl IntoView + 'static,
    button: impl IntoView + 'static,
) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    view! {
        <form
            class="iw-form"
            novalidate
            on:submit=move |event| {
                event.prevent_default();
                ctx.dispatch(Event::Continue);
            }
        >
            {content}
            {button}
        </form>
    }
}

/// The Back link, when there is a page to go back to.
pub fn back_link() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let has_previous = ctx.with_untracked(|wizard| wizard.previous(ctx.today()).is_some());
    has_previous.then(|| {
        view! { <BackLink on_back=Callback::new(move |()| ctx.dispatch(Event::Back)) /> }
    })
}

/// A page heading with the step indicator, focusable for the move of focus on page change.
pub fn page_heading(step: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let progress = ctx.with_untracked(|wizard| wizard.progress(ctx.today()));
    view! {
        <h2 class="iw-heading" id=HEADING_ID tabindex="-1">
            <StepIndicator progress />
            {step_title(step)}
        </h2>
    }
}
