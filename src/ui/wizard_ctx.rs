//! The wizard's state in one signal, the dispatch of events, and the carrying out of effects.

use leptos::prelude::*;

use crate::domain::Date;
use crate::domain::answers::Value;
use crate::domain::field::Field;
use crate::domain::step::{Setup, Step};
use crate::domain::validate::FieldError;
use crate::domain::wizard::{Effect, Event, History, Wizard};
use crate::platform;

/// Id of the focusable heading of every page.
pub const HEADING_ID: &str = "iw-heading";
/// Id of the error summary.
pub const ERROR_SUMMARY_ID: &str = "iw-error-summary";

/// The wizard shared with every component through context.
#[derive(Clone, Copy)]
pub struct WizardCtx {
    state: RwSignal<Wizard>,
    today: Date,
}

impl WizardCtx {
    pub fn provide(setup: Setup, today: Date) -> WizardCtx {
        let ctx = WizardCtx {
            state: RwSignal::new(Wizard::new(setup)),
            today,
        };
        provide_context(ctx);
        ctx
    }

    pub fn expect_context() -> WizardCtx {
        expect_context::<WizardCtx>()
    }

    pub fn today(self) -> Date {
        self.today
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

    pub fn at(self) -> Memo<Step> {
        self.slice(Wizard::at)
    }

    pub fn errors(self) -> Memo<Vec<FieldError>> {
        self.slice(|wizard| wizard.errors().to_vec())
    }

    pub fn answer(self, field: Field, value: Value) {
        self.dispatch(Event::Answer(field, value));
    }

    /// Applies an event to the state, then carries out the effects it returns.
    pub fn dispatch(self, event: Event) {
        let today = self.today;
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
                let id = step.id();
                match history {
                    History::Push => after_paint(move || platform::history::push(id)),
                    History::Replace => after_paint(move || platform::history::replace(id)),
                    History::Keep => {}
                }
                focus_after_render(HEADING_ID);
            }
            Effect::FocusErrorSummary => focus_after_render(ERROR_SUMMARY_ID),
        }
    }
}

/// Runs `f` just after the next paint (a task queued from the next animation frame), for work
/// the user need not wait for: the history entry, the document title.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Focus moves once the new content is in the DOM (after Leptos's effects, before paint).
fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        platform::dom::focus_by_id(id);
    });
}
