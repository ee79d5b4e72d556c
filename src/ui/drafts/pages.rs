//! The drafts' views: "Save and continue later", the panel shown instead of the wizard's page
//! (the code saved, the offer to resume or send, what was sent), "Not sent yet" and the pages
//! to check again after resuming.

use leptos::prelude::*;

use super::{Kind, OpenError, Panel};
use crate::domain::draft;
use crate::domain::field::{InputMode, TextFormat, TextInput as TextInputSpec};
use crate::domain::step::Step;
use crate::platform;
use crate::ui::components::Question;
use crate::ui::components::button::{Button, ButtonStyle};
use crate::ui::components::error_summary::{ErrorLink, ErrorSummary};
use crate::ui::components::text_input::TextInput;
use crate::ui::i18n::{I18n, fl};
use crate::ui::wizard_ctx::{HEADING_ID, WizardCtx};

/// "Save and continue later", under a question page's Continue.
pub fn save_button() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let drafts = ctx.drafts();
    drafts.enabled().then(|| {
        view! {
            <p class="iw-body">
                <button
                    type="button"
                    class="iw-link-button"
                    id="iw-save"
                    on:click=move |_| {
                        drafts.save(ctx);
                        ctx.focus_after_render(HEADING_ID);
                    }
                >
                    {fl!("draft-save")}
                </button>
            </p>
        }
    })
}

/// The code, large and easy to copy, with Copy and Print.
fn code_block(code: String, ctx: WizardCtx) -> impl IntoView {
    let copied = RwSignal::new(false);
    let copy = code.clone();
    view! {
        <p class="iw-body">
            {fl!("draft-code-label")}
            <br />
            <strong class="iw-reference-number" id="iw-resume-code">{code}</strong>
        </p>
        <p class="iw-body">
            <Button
                text=fl!("draft-copy")
                style=ButtonStyle::Secondary
                on_press=Callback::new(move |()| {
                    platform::dom::copy_text(&copy);
                    copied.set(true);
                })
            />
            " "
            <Button
                text=fl!("draft-print")
                style=ButtonStyle::Secondary
                on_press=Callback::new(move |()| {
                    ctx.with_root(|root| platform::dom::print(root.host()));
                })
            />
        </p>
        <p class="iw-hint" aria-live="polite">{move || copied.get().then(|| fl!("draft-copied"))}</p>
    }
}

/// The page shown instead of the wizard's, if any: one layout for every panel, each part
/// there or not (one view type in the wasm rather than one per panel).
pub fn panel_view(panel: Panel) -> AnyView {
    let ctx = WizardCtx::expect_context();
    let drafts = ctx.drafts();
    let mut error = None;
    let mut code = None;
    let mut status = None;
    let mut reference = None;
    let mut form = None;
    let (title, body) = match panel {
        Panel::Wizard => return ().into_any(),
        Panel::Saved { code: saved } => {
            let language = untrack(|| I18n::expect_context().language());
            let failed = saved.is_none();
            code = saved;
            let until = drafts.until;
            // Only this text follows the saving: the page around it, focus included, stays.
            status = Some(move || match (failed, until.get()) {
                (true, _) => fl!("draft-unavailable"),
                (false, Some(date)) => fl!(
                    "draft-saved-until",
                    date = draft::shown_date(&date, language)
                ),
                (false, None) => fl!("draft-saving"),
            });
            (fl!("draft-saved-title"), Some(fl!("draft-saved-body")))
        }
        Panel::Open {
            kind,
            error: failed,
            busy,
        } => {
            error = failed.map(OpenError::text);
            let (title, body, go, decline) = match kind {
                Kind::Draft => (
                    fl!("draft-resume-title"),
                    fl!("draft-resume-body"),
                    fl!("draft-resume"),
                    fl!("draft-start-over"),
                ),
                Kind::Pending => (
                    fl!("pending-resume-title"),
                    fl!("pending-resume-body"),
                    fl!("pending-send"),
                    fl!("pending-not-now"),
                ),
            };
            let go = if busy { fl!("draft-opening") } else { go };
            form = Some((kind, go, busy, decline));
            (title, Some(body))
        }
        Panel::Sent { reference: sent } => {
            reference = Some(sent);
            (fl!("pending-sent-title"), None)
        }
    };
    let summary = error.clone().map(|text| {
        view! {
            <ErrorSummary errors=vec![ErrorLink { target_id: "iw-resume-code-input".into(), text }] />
        }
    });
    let typed = drafts.typed;
    let form = form.map(|(kind, go, busy, decline)| {
        let question = Question {
            text: fl!("draft-code-input"),
            page_heading: None,
        };
        let spec = TextInputSpec {
            autocomplete: "off",
            input_mode: InputMode::Text,
            max_chars: 20,
            spellcheck: false,
            format: TextFormat::Plain,
        };
        view! {
            <form
                class="iw-form"
                novalidate
                on:submit=move |event| {
                    event.prevent_default();
                    if !busy {
                        drafts.open(kind, &typed.get_untracked(), ctx);
                    }
                }
            >
                <TextInput
                    name="resume-code-input"
                    question
                    hint=Some(fl!("draft-code-hint"))
                    spec
                    value=typed
                    error=Signal::stored(error)
                    on_input=Callback::new(move |text| typed.set(text))
                />
                <button type="submit" class="iw-button" aria-disabled=busy.then_some("true")>
                    {go}
                </button>
            </form>
            <Button
                text=decline
                style=ButtonStyle::Secondary
                on_press=Callback::new(move |()| drafts.decline(kind, ctx))
            />
        }
    });
    let back = form.is_none().then(|| {
        view! {
            <Button
                text=fl!("draft-back")
                on_press=Callback::new(move |()| {
                    drafts.panel.set(Panel::Wizard);
                    ctx.focus_after_render(HEADING_ID);
                })
            />
        }
    });
    view! {
        {summary}
        <h2 class="iw-heading" id=HEADING_ID tabindex="-1">{title}</h2>
        {body.map(|body| view! { <p class="iw-body">{body}</p> })}
        {reference.map(|reference| view! {
            <p class="iw-body">
                {fl!("confirmation-reference-label")}
                <br />
                <strong class="iw-reference-number" id="iw-sent-reference">{reference}</strong>
            </p>
        })}
        {code.map(|code| code_block(code, ctx))}
        {status.map(|status| view! { <p class="iw-body" aria-live="polite">{status}</p> })}
        {form}
        {back}
    }
    .into_any()
}

/// On "not sent yet" (check answers after sending failed for the network): the code the
/// application is kept under.
pub fn pending_notice() -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let drafts = ctx.drafts();
    move || {
        drafts.pending_code.get().map(|code| {
            view! {
                <h3 class="iw-heading-s" id="iw-not-sent">{fl!("pending-title")}</h3>
                <p class="iw-body">{fl!("pending-body")}</p>
                {code_block(code, ctx)}
            }
        })
    }
}

/// After resuming a draft of questions that changed since: the pages to check again, on the
/// page resumed on.
pub fn changed_notice(at: Step) -> impl IntoView {
    let ctx = WizardCtx::expect_context();
    let wording = ctx.wording();
    ctx.drafts()
        .changed
        .get_value()
        .filter(|(resumed_at, changed)| *resumed_at == at && !changed.is_empty())
        .map(|(_, changed)| {
            let pages = changed
                .iter()
                .map(|step| wording.step_title(*step))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <p class="iw-notice" id="iw-changed">{fl!("draft-changed", pages = pages)}</p> }
        })
}
