//! Save and return (README "Drafts"): "Save and continue later" on every question page, the
//! page with the resume code, the offer to resume on the next visit, and an application that
//! could not be sent kept to send on the next visit. Everything stored is encrypted under a
//! code only the user has (`platform::vault`); the code and key live in memory only.

use leptos::prelude::*;

use crate::domain::config::Config;
use crate::domain::draft::{self, Draft, Pending, Stored};
use crate::domain::field::{InputMode, TextFormat, TextInput as TextInputSpec};
use crate::domain::retry::{Policy, SubmitError};
use crate::domain::step::Step;
use crate::domain::wizard::Wizard;
use crate::platform;
use crate::platform::submit::Submission;
use crate::platform::vault::{self, SealingKey, VaultError};
use crate::ui::components::Question;
use crate::ui::components::button::{Button, ButtonStyle};
use crate::ui::components::error_summary::{ErrorLink, ErrorSummary};
use crate::ui::components::text_input::TextInput;
use crate::ui::i18n::{I18n, fl};
use crate::ui::wizard_ctx::{HEADING_ID, WizardCtx};

/// Days an application that could not be sent is kept when drafts are off (`draftDays` 0):
/// the family has pressed send, so it is kept anyway, encrypted like a draft.
const PENDING_DAYS_WHEN_DRAFTS_ARE_OFF: u32 = 7;

/// What is stored: a draft, or an application waiting to be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Draft,
    Pending,
}

/// What is shown instead of the wizard's page, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Panel {
    /// The wizard's own page.
    Wizard,
    /// The draft is being saved (no expiry yet), is saved until `expires`, or could not be
    /// (`expires` empty after `failed`).
    Saved {
        code: String,
        expires: Option<String>,
        failed: bool,
    },
    /// A record of this kind is stored: asks for its code, saying what went wrong before.
    Open {
        kind: Kind,
        error: Option<OpenError>,
        busy: bool,
    },
    /// The waiting application was sent and stored under this reference.
    Sent { reference: String },
}

/// Why a stored record did not open (or, for a waiting application, was not sent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Not 16 Crockford base-32 characters.
    NotACode,
    /// The code does not open it.
    WrongCode,
    /// The browser's Web Crypto failed.
    Unavailable,
    /// Opened, but sending it failed again.
    NotSent,
}

impl OpenError {
    fn text(self) -> String {
        match self {
            OpenError::NotACode => fl!("draft-code-invalid"),
            OpenError::WrongCode => fl!("draft-code-wrong"),
            OpenError::Unavailable => fl!("draft-unavailable"),
            OpenError::NotSent => fl!("pending-not-sent"),
        }
    }
}

/// The drafts of one wizard, shared through context.
#[derive(Clone, Copy)]
pub struct Drafts {
    panel: RwSignal<Panel>,
    /// The storage name of this settings file's records (`iw:<settings file>:`).
    slot: StoredValue<String>,
    days: u32,
    /// The code shown and, once derived, its key, while the user keeps saving under it (never
    /// stored).
    key: StoredValue<Option<(String, Option<SealingKey>)>, LocalStorage>,
    /// After resuming a draft of questions that changed since: the page resumed on, and the
    /// pages to check again (said on that page).
    changed: StoredValue<Option<(Step, Vec<Step>)>>,
    /// The code of the application kept on "not sent yet".
    pending_code: RwSignal<Option<String>>,
    /// The code typed on an offer, kept while the offer is shown again (after a wrong code).
    typed: RwSignal<String>,
}

impl Drafts {
    /// Deletes what has expired and offers what is left: first an application waiting to be
    /// sent, then a draft.
    pub fn new(days: u32, settings_file: &str, today: crate::domain::Date) -> Drafts {
        let drafts = Drafts {
            panel: RwSignal::new(Panel::Wizard),
            slot: StoredValue::new(format!("iw:{settings_file}:")),
            days,
            key: StoredValue::new_local(None),
            changed: StoredValue::new(None),
            pending_code: RwSignal::new(None),
            typed: RwSignal::new(String::new()),
        };
        for kind in [Kind::Draft, Kind::Pending] {
            if drafts
                .load(kind)
                .is_some_and(|stored| stored.is_expired(today))
            {
                drafts.remove(kind);
            }
        }
        drafts.offer(&[Kind::Pending, Kind::Draft]);
        drafts
    }

    pub fn panel(self) -> RwSignal<Panel> {
        self.panel
    }

    /// Whether "Save and continue later" is offered (`draftDays` above 0).
    pub fn enabled(self) -> bool {
        self.days > 0
    }

    pub fn pending_code(self) -> ReadSignal<Option<String>> {
        self.pending_code.read_only()
    }

    fn name(self, kind: Kind) -> String {
        let tail = match kind {
            Kind::Draft => "draft",
            Kind::Pending => "pending",
        };
        self.slot.with_value(|slot| format!("{slot}{tail}"))
    }

    fn load(self, kind: Kind) -> Option<Stored> {
        vault::load(&self.name(kind))
    }

    fn remove(self, kind: Kind) {
        vault::remove(&self.name(kind));
    }

    /// Shows the offer for the first of `kinds` that is stored, or the wizard's page.
    fn offer(self, kinds: &[Kind]) {
        self.typed.set(String::new());
        let kind = kinds
            .iter()
            .copied()
            .find(|kind| self.load(*kind).is_some());
        self.panel.set(match kind {
            Some(kind) => Panel::Open {
                kind,
                error: None,
                busy: false,
            },
            None => Panel::Wizard,
        });
    }

    /// "Save and continue later": a new code the first time, then the same code again.
    pub fn save(self, ctx: WizardCtx) {
        let held = self
            .key
            .with_value(|held| held.as_ref().map(|(code, _)| code.clone()));
        let code = match held {
            Some(code) => Ok(code),
            None => vault::random::<10>().map(draft::resume_code),
        };
        let Ok(code) = code else {
            return self.panel.set(Panel::Saved {
                code: String::new(),
                expires: None,
                failed: true,
            });
        };
        self.panel.set(Panel::Saved {
            code: code.clone(),
            expires: None,
            failed: false,
        });
        if self.key.with_value(Option::is_none) {
            self.key.set_value(Some((code, None)));
        }
        platform::task::spawn(async move {
            let saved = self.store_draft(ctx).await;
            self.panel.update(|panel| {
                if let Panel::Saved {
                    expires, failed, ..
                } = panel
                {
                    *failed = saved.is_none();
                    *expires = saved;
                }
            });
        });
    }

    /// Seals and stores the draft of the wizard as it stands under the code held (deriving
    /// its key the first time); returns the expiry date, or `None` if it could not be stored.
    async fn store_draft(self, ctx: WizardCtx) -> Option<String> {
        let (code, key) = self.key.get_value()?;
        let key = match key {
            Some(key) => key,
            None => {
                let key = SealingKey::derive(&normalized(&code)).await.ok()?;
                self.key.set_value(Some((code, Some(key.clone()))));
                key
            }
        };
        let expires = draft::expires(ctx.today(), self.days)?;
        let json = serde_json::to_vec(&ctx.with_untracked(Wizard::draft)).ok()?;
        let data = key.seal(&json).await.ok()?;
        let record = Stored { expires, data };
        vault::store(&self.name(Kind::Draft), &record).then_some(record.expires)
    }

    /// After each page: the draft saved under a code shown before follows the answers.
    pub fn follow(self, ctx: WizardCtx) {
        if self.key.with_value(Option::is_some) {
            platform::task::spawn(async move {
                self.store_draft(ctx).await;
            });
        }
    }

    /// Once the application is stored: nothing of it stays on the device.
    pub fn forget(self) {
        self.key.set_value(None);
        self.remove(Kind::Draft);
        self.remove(Kind::Pending);
        self.pending_code.set(None);
    }

    /// Sending failed for the network: the exact submission (bytes, key, digest) is kept
    /// encrypted under a new code, shown on "not sent yet", to send on the next visit.
    pub fn keep_pending(self, submission: &Submission, today: crate::domain::Date) {
        let pending = Pending {
            body: submission.body.clone(),
            key: submission.key.clone(),
            digest: submission.digest.clone(),
        };
        let days = if self.days == 0 {
            PENDING_DAYS_WHEN_DRAFTS_ARE_OFF
        } else {
            self.days
        };
        let (Ok(random), Some(expires), Ok(json)) = (
            vault::random::<10>(),
            draft::expires(today, days),
            serde_json::to_vec(&pending),
        ) else {
            return;
        };
        let code = draft::resume_code(random);
        platform::task::spawn(async move {
            if let Ok(data) = vault::seal(&normalized(&code), &json).await
                && vault::store(&self.name(Kind::Pending), &Stored { expires, data })
            {
                self.pending_code.set(Some(code));
            }
        });
    }

    /// The user typed a code on the offer: opens the record and resumes the draft, or sends
    /// the waiting application.
    pub fn open(self, kind: Kind, typed: &str, ctx: WizardCtx) {
        let fail = move |error| {
            self.panel.set(Panel::Open {
                kind,
                error: Some(error),
                busy: false,
            });
            ctx.focus_after_render(crate::ui::wizard_ctx::ERROR_SUMMARY_ID);
        };
        let (Some(code), Some(stored)) = (draft::normalize_code(typed), self.load(kind)) else {
            return fail(OpenError::NotACode);
        };
        // Read here, under the wizard's owner: the task below runs outside it.
        let config = ctx.config();
        self.panel.set(Panel::Open {
            kind,
            error: None,
            busy: true,
        });
        platform::task::spawn(async move {
            let plain = match vault::open(&code, &stored.data).await {
                Ok(plain) => String::from_utf8(plain).unwrap_or_default(),
                Err(VaultError::WrongCode) => return fail(OpenError::WrongCode),
                Err(VaultError::Unavailable) => return fail(OpenError::Unavailable),
            };
            match kind {
                Kind::Draft => {
                    let Ok(draft) = platform::json::read::<Draft>(&plain) else {
                        return fail(OpenError::WrongCode);
                    };
                    let restored = draft.restore();
                    let changed = restored.changed.clone();
                    ctx.resume(restored);
                    self.changed
                        .set_value(Some((ctx.with_untracked(Wizard::at), changed)));
                    // The draft follows the answers again, under the same code.
                    self.key.set_value(Some((draft::group(&code), None)));
                    self.panel.set(Panel::Wizard);
                }
                Kind::Pending => {
                    let Ok(pending) = platform::json::read::<Pending>(&plain) else {
                        return fail(OpenError::WrongCode);
                    };
                    match send_pending(config, pending).await {
                        Ok(reference) => {
                            // Sent: nothing of it, nor a draft of it, stays on the device.
                            self.forget();
                            self.panel.set(Panel::Sent { reference });
                            ctx.focus_after_render(HEADING_ID);
                        }
                        Err(_) => fail(OpenError::NotSent),
                    }
                }
            }
        });
    }

    /// "Start over" on a draft's offer deletes it; "Not now" on a waiting application keeps
    /// it for the next visit. Either way the next thing stored is offered, or the wizard.
    pub fn decline(self, kind: Kind, ctx: WizardCtx) {
        match kind {
            Kind::Draft => {
                self.remove(Kind::Draft);
                self.offer(&[]);
            }
            // Offered again on the next visit; a draft, if any, now.
            Kind::Pending => self.offer(&[Kind::Draft]),
        }
        ctx.focus_after_render(HEADING_ID);
    }
}

/// The code as the key is derived from it (the groups' hyphens left out).
fn normalized(code: &str) -> String {
    draft::normalize_code(code).unwrap_or_default()
}

/// Sends a kept application with its own Idempotency-Key and digest, so the receiver cannot
/// store it twice; returns the reference.
async fn send_pending(config: &Config, pending: Pending) -> Result<String, SubmitError> {
    let submission = Submission {
        body: pending.body,
        key: pending.key,
        digest: pending.digest,
    };
    platform::submit::send(
        &config.endpoint,
        config.reference_pointer.as_deref(),
        &submission,
        Policy::default(),
        &|_| {},
    )
    .await
    .map(|receipt| receipt.reference)
}

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
        Panel::Saved {
            code: saved,
            expires,
            failed,
        } => {
            let language = untrack(|| I18n::expect_context().language());
            code = (!failed).then_some(saved);
            status = Some(match (failed, expires) {
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
