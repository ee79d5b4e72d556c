//! The wizard's state in one signal, the dispatch of events, and the carrying out of effects.

use leptos::prelude::*;

use crate::domain::Date;
use crate::domain::answers::Value;
use crate::domain::config::Config;
use crate::domain::draft::Restored;
use crate::domain::field::Field;
use crate::domain::journey::Setup;
use crate::domain::payload::Payload;
use crate::domain::retry::Policy;
use crate::domain::retry::SubmitError;
use crate::domain::step::Step;
use crate::domain::validate::FieldError;
use crate::domain::wizard::{Effect, Event, History, Wizard};
use crate::platform;
use crate::platform::embed::{EarlyInput, RootHandle, WizardRoot};
use crate::platform::submit::{self, Progress, Submission};
use crate::ui::drafts::Drafts;
use crate::ui::i18n::I18n;
use crate::ui::wording::Wording;

/// Id of the focusable heading of every page.
pub const HEADING_ID: &str = "iw-heading";
/// Id of the error summary.
pub const ERROR_SUMMARY_ID: &str = "iw-error-summary";

/// Where sending stands, for the check-answers page to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendState {
    Idle,
    Progress(Progress),
    Failed(SubmitError),
}

/// The wizard shared with every component through context.
#[derive(Clone, Copy)]
pub struct WizardCtx {
    state: RwSignal<Wizard>,
    send_state: RwSignal<SendState>,
    /// The last submission that failed for the network: sent again (same bytes, same
    /// Idempotency-Key) until an answer changes.
    unsent: StoredValue<Option<Submission>>,
    today: Date,
    /// The host element and shadow root this wizard lives in.
    root: RootHandle,
    /// Its drafts and unsent application, and its settings (here rather than contexts of
    /// their own: each context type adds its lookup to the wasm).
    drafts: Drafts,
    config: &'static Config,
}

impl WizardCtx {
    pub fn provide(
        setup: Setup,
        today: Date,
        root: WizardRoot,
        drafts: Drafts,
        config: &'static Config,
    ) -> WizardCtx {
        let ctx = WizardCtx {
            state: RwSignal::new(Wizard::new(setup)),
            send_state: RwSignal::new(SendState::Idle),
            unsent: StoredValue::new(None),
            today,
            root: root.keep(),
            drafts,
            config,
        };
        provide_context(ctx);
        ctx
    }

    pub fn expect_context() -> WizardCtx {
        expect_context::<WizardCtx>()
    }

    /// This wizard's drafts (`ui::drafts`).
    pub fn drafts(self) -> Drafts {
        self.drafts
    }

    /// This wizard's settings.
    pub fn config(self) -> &'static Config {
        self.config
    }

    pub fn today(self) -> Date {
        self.today
    }

    /// Runs `f` with the host element and shadow root this wizard lives in.
    pub fn with_root<T>(self, f: impl FnOnce(&WizardRoot) -> T) -> Option<T> {
        self.root.with(f)
    }

    /// Moves focus to the element with this id in this wizard, once the DOM has caught up
    /// with the state (the next animation frame).
    pub fn focus_after_render(self, id: &str) {
        let id = id.to_owned();
        request_animation_frame(move || {
            self.root.with(|root| root.focus(&id));
        });
    }

    /// Reads the state without subscribing.
    pub fn with_untracked<T>(self, f: impl FnOnce(&Wizard) -> T) -> T {
        self.state.with_untracked(f)
    }

    /// A memoised slice of the state, so a view updates only when its part changes.
    pub fn slice<T: PartialEq + Send + Sync + 'static>(
        self,
        f: impl Fn(&Wizard) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let state = self.state;
        Memo::new(move |_| state.with(&f))
    }

    /// The journey variables for messages, as the answers stand now (not subscribed).
    pub fn wording(self) -> Wording {
        self.state.with_untracked(Wording::of)
    }

    pub fn send_state(self) -> ReadSignal<SendState> {
        self.send_state.read_only()
    }

    pub fn errors(self) -> Memo<Vec<FieldError>> {
        self.slice(|wizard| wizard.errors().to_vec())
    }

    pub fn answer(self, field: Field, value: Value) {
        self.dispatch(Event::Answer(field, value));
    }

    /// Carries over what the visitor did in the pre-rendered pages before the wizard started:
    /// the options chosen, the page reached, the focus, and "Continue" if it was pressed.
    pub fn take_over(self, early: EarlyInput) {
        for field in Field::ALL.iter().copied() {
            let checked: Vec<&str> = early
                .checked
                .iter()
                .filter(|(name, _)| name == field.id())
                .map(|(_, value)| value.as_str())
                .collect();
            if checked.is_empty() {
                continue;
            }
            if let Some(value) = Value::from_checked(field, &checked) {
                self.answer(field, value);
            }
        }
        // loader.js moved on through the copies: the wizard continues to the same page, one
        // Continue at a time as if pressed there, unless its own rules stop it before.
        if let Some(shown) = early.page.as_deref().and_then(Step::from_id) {
            for _ in Step::ALL {
                let at = self.with_untracked(Wizard::at);
                if at == shown {
                    break;
                }
                self.dispatch(Event::Continue);
                if self.with_untracked(Wizard::at) == at {
                    return; // stopped with its errors shown, and focus on their summary
                }
            }
        }
        if early.continued {
            self.dispatch(Event::Continue);
        } else if let Some(id) = early.focused {
            self.focus_after_render(&id);
        }
    }

    /// Continues from a draft (`Wizard::resume`): its page is shown as a new history entry.
    pub fn resume(self, restored: Restored) {
        let wizard = self
            .state
            .with_untracked(|wizard| Wizard::resume(wizard.setup(), restored, self.today));
        let step = wizard.at();
        self.state.set(wizard);
        self.carry_out(Effect::ShowStep {
            step,
            history: History::Push,
        });
    }

    /// Applies an event to the state, then carries out the effects it returns.
    pub fn dispatch(self, event: Event) {
        let today = self.today;
        if matches!(event, Event::Answer(..) | Event::Remove(_)) {
            // Other answers make another submission, with a key of its own.
            self.unsent.set_value(None);
        }
        let effects = self
            .state
            .try_update(|wizard| wizard.update(event, today))
            .unwrap_or_default();
        for effect in effects {
            self.carry_out(effect);
        }
    }

    fn carry_out(self, effect: Effect) {
        match effect {
            Effect::ShowStep { step, history } => {
                // The history entry can wait until the new page is on screen: `pushState` is
                // slow enough (≈ 5 ms at 4× CPU throttling) to delay the paint of the new page.
                let id = step.history_id();
                let key = self
                    .root
                    .with(|root| root.key().to_owned())
                    .unwrap_or_default();
                match history {
                    History::Push => after_paint(move || platform::history::push(&key, &id)),
                    History::Replace => after_paint(move || platform::history::replace(&key, &id)),
                    History::Keep => {}
                }
                self.focus_after_render(HEADING_ID);
            }
            Effect::FocusErrorSummary => self.focus_after_render(ERROR_SUMMARY_ID),
            Effect::Send => self.send(),
        }
    }

    /// Builds the payload from the answers on the route and sends it; the engine has already
    /// made sure this happens once per submission.
    fn send(self) {
        let config = self.config;
        let language = untrack(|| I18n::expect_context().language());
        let today = self.today;
        let submitted_at = platform::clock::now_rfc3339();
        let body = self.state.with_untracked(|wizard| {
            payload_json(wizard, &config.municipality, language, &submitted_at, today)
        });
        let drafts = self.drafts;
        let unsent = self.unsent;
        let send_state = self.send_state;
        send_state.set(SendState::Progress(Progress::Sending));
        platform::task::spawn(async move {
            let Some(body) = body else {
                send_state.set(SendState::Failed(SubmitError::Rejected));
                self.dispatch(Event::SendFailed);
                return;
            };
            // The same answers as a submission that failed for the network: the same bytes
            // and key, so the receiver cannot store them twice if the first did arrive.
            let again = unsent.get_value();
            let reused = again.is_some();
            let submission = match again {
                Some(submission) => Ok(submission),
                None => submit::prepare(body).await,
            };
            // Kept on the device as soon as it is clear the network is in the way: while
            // waiting to be online, or when sending has failed for good.
            let kept = std::cell::Cell::new(reused);
            let keep = |submission: &Submission| {
                if !kept.replace(true) {
                    drafts.keep_pending(submission, today);
                    unsent.set_value(Some(submission.clone()));
                }
            };
            let result = match &submission {
                Ok(submission) => {
                    submit::send(
                        &config.endpoint,
                        config.reference_pointer.as_deref(),
                        submission,
                        Policy::default(),
                        &|progress| {
                            if progress == Progress::WaitingForNetwork {
                                keep(submission);
                            }
                            send_state.set(SendState::Progress(progress));
                        },
                    )
                    .await
                }
                Err(error) => Err(*error),
            };
            match (result, &submission) {
                (Ok(receipt), _) => {
                    let reference = receipt.reference.clone();
                    unsent.set_value(None);
                    drafts.forget();
                    send_state.set(SendState::Idle);
                    self.dispatch(Event::Sent(receipt));
                    self.root.with(|root| {
                        root.emit("submitted", &[("reference", reference.as_str().into())]);
                    });
                }
                (Err(error), submission) => {
                    // "Not sent yet": kept on the device, encrypted, for the next visit
                    // (once: sending the same again keeps the same record and code).
                    if let (true, Ok(submission)) = (error.is_for_the_network(), submission) {
                        keep(submission);
                    }
                    send_state.set(SendState::Failed(error));
                    self.dispatch(Event::SendFailed);
                    self.focus_after_render(SEND_ERROR_ID);
                }
            }
        });
    }
}

/// Id of the alert that says why sending failed.
pub const SEND_ERROR_ID: &str = "iw-send-error";

/// Runs `f` just after the next paint (a task queued from the next animation frame), for work
/// the user need not wait for: the history entry, the document title. `f` runs under the
/// caller's reactive owner, so it reads that wizard's context (its language).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let owner = Owner::current();
    let f = move || match owner {
        Some(owner) => owner.with(f),
        None => f(),
    };
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// The JSON body for the answers on the route, or `None` if the route is not complete (the
/// engine emits `Send` only from a complete route, so this does not happen in practice).
fn payload_json(
    wizard: &Wizard,
    municipality: &str,
    language: crate::domain::locale::Language,
    submitted_at: &str,
    today: Date,
) -> Option<String> {
    let payload = Payload::build(
        wizard.setup(),
        wizard.answers(),
        language,
        municipality,
        submitted_at,
        today,
    )
    .ok()?;
    serde_json::to_string(&payload).ok()
}
