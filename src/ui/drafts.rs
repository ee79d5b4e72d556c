//! Save and return (README "Drafts"): "Save and continue later" on every question page, the
//! page with the resume code, the offer to resume on the next visit, and an application that
//! could not be sent kept to send on the next visit. Everything stored is encrypted under a
//! code only the user has (`platform::vault`); the code and key live in memory only.

use leptos::prelude::*;

mod pages;

pub use pages::{changed_notice, panel_view, pending_notice, save_button};

use crate::domain::config::Config;
use crate::domain::draft::{self, Draft, Pending, Stored};
use crate::domain::retry::{Policy, SubmitError};
use crate::domain::step::Step;
use crate::domain::wizard::Wizard;
use crate::platform;
use crate::platform::submit::Submission;
use crate::platform::vault::{self, SealingKey, VaultError};
use crate::ui::i18n::fl;
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
    /// The draft saved under `code`, or `None` if it could not be. Until when it is kept is
    /// in `Drafts::until`, set there rather than here once stored: a new panel builds the page
    /// again, and that takes focus off its heading.
    Saved { code: Option<String> },
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
    /// The expiry date of the draft on the "saved" page, once stored.
    until: RwSignal<Option<String>>,
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
            until: RwSignal::new(None),
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
            return self.panel.set(Panel::Saved { code: None });
        };
        self.until.set(None);
        self.panel.set(Panel::Saved {
            code: Some(code.clone()),
        });
        if self.key.with_value(Option::is_none) {
            self.key.set_value(Some((code, None)));
        }
        platform::task::spawn(async move {
            match self.store_draft(ctx).await {
                Some(until) => self.until.set(Some(until)),
                None => {
                    self.panel.set(Panel::Saved { code: None });
                    ctx.focus_after_render(HEADING_ID);
                }
            }
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
