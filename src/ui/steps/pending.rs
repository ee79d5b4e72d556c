//! A journey that is not built yet: it says so plainly and says how to get help instead.

use leptos::prelude::*;

use crate::domain::config::Config;
use crate::domain::step::Step;
use crate::domain::wizard::Event;
use crate::ui::components::button::Button;
use crate::ui::i18n::fl;
use crate::ui::steps::{back_link, page_heading};
use crate::ui::wizard_ctx::WizardCtx;

/// # Accessibility
/// - The notice is ordinary text under the heading, read when focus moves to the heading.
#[component]
pub fn PendingPage(step: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let config = expect_context::<Config>();
    let municipality = config.municipality.clone();
    let phone = config.contact.phone.clone();
    let body = match step {
        Step::VolunteerPending => fl!(
            "pending-volunteer-body",
            municipality = municipality,
            phone = phone
        ),
        _ => fl!(
            "pending-family-body",
            municipality = municipality,
            phone = phone
        ),
    };
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
            {page_heading(step)}
            <div class="iw-notice">
                <p class="iw-notice__title">{fl!("pending-notice")}</p>
                <p class="iw-body">{body}</p>
            </div>
            <p class="iw-body">{fl!("pending-check-answers")}</p>
            <Button text=fl!("button-continue") submit=true />
        </form>
    }
}
