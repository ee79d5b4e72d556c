//! The error summary at the top of a page (GOV.UK error summary).

use leptos::prelude::*;

use crate::ui::i18n::fl;
use crate::ui::wizard_ctx::{ERROR_SUMMARY_ID, WizardCtx};

/// One entry: the id of the field to jump to, and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLink {
    pub target_id: String,
    pub text: String,
}

/// # Accessibility
/// - Receives focus when shown (the wizard moves focus to it after a failed Continue), so
///   screen readers read it at once; `tabindex="-1"` makes it focusable without a tab stop.
/// - Each message is a link that moves focus to its field, without touching the page's URL
///   (a fragment link could not reach into the wizard's shadow root).
#[component]
pub fn ErrorSummary(
    /// The problems on the page, in page order.
    errors: Vec<ErrorLink>,
) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let items = errors
        .into_iter()
        .map(|ErrorLink { target_id, text }| {
            let href = format!("#{target_id}");
            view! {
                <li>
                    <a
                        href=href
                        on:click=move |event| {
                            event.prevent_default();
                            ctx.with_root(|root| root.focus(&target_id));
                        }
                    >
                        {text}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div
            class="iw-error-summary"
            id=ERROR_SUMMARY_ID
            tabindex="-1"
            aria-labelledby="iw-error-summary-title"
        >
            <h2 class="iw-error-summary__title" id="iw-error-summary-title">
                {fl!("error-summary-title")}
            </h2>
            <ul class="iw-error-summary__list">{items}</ul>
        </div>
    }
}
