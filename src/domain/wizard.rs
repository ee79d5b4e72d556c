//! The wizard engine: a reducer over `Event`s that returns `Effect`s for the caller to carry out.
//!
//! Modelled on GOV.UK Forms' `Journey`: the route is derived from the answers every time
//! (`Wizard::path`), never stored; a page can be visited only if it is on that route; the
//! check-answers page ends the route; a Change link from it returns to it. The engine does no
//! IO: moving browser history, focusing a heading or sending data are `Effect`s, carried out by
//! the UI through `platform`.

use std::collections::BTreeSet;

use super::Date;
use super::answers::{Answers, Value};
use super::field::Field;
use super::step::{Setup, Step, StepKind};
use super::validate::{FieldError, validate_step};

/// Something the user did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// An answer changed (typed, ticked or chosen).
    Answer(Field, Value),
    /// The Continue button: check this page, then move on.
    Continue,
    /// The Back link.
    Back,
    /// The browser's Back or Forward button arrived at this page.
    Visit(Step),
    /// A Change link on the check-answers page.
    Change(Step),
}

/// What the caller must do after an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A new page is shown: move focus to its heading, name it in the document title, and
    /// record it in the browser's history as `history` says.
    ShowStep { step: Step, history: History },
    /// The page has errors: show the error summary and move focus to it.
    FocusErrorSummary,
}

/// How a page change is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry, so the browser's Back button returns to the page before.
    Push,
    /// Overwrite the current entry (the browser asked for a page that is not on the route).
    Replace,
    /// Leave it alone (the browser has already moved).
    Keep,
}

/// "Step 2 of 5": the position of the page on the projected route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
}

/// The state of one user's way through the wizard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wizard {
    setup: Setup,
    answers: Answers,
    /// Pages the user has pressed Continue on. A page is on the route only if every page
    /// before it is confirmed and still valid.
    confirmed: BTreeSet<Step>,
    /// The page being shown; always on the route.
    at: Step,
    /// Errors from the last Continue on this page.
    errors: Vec<FieldError>,
    /// Set by a Change link: Continue then returns to check answers as soon as it can.
    returning_to_check_answers: bool,
}

impl Wizard {
    pub fn new(setup: Setup) -> Wizard {
        Wizard {
            setup,
            answers: Answers::default(),
            confirmed: BTreeSet::new(),
            at: setup.first(),
            errors: Vec::new(),
            returning_to_check_answers: false,
        }
    }

    pub fn setup(&self) -> Setup {
        self.setup
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The page being shown.
    pub fn at(&self) -> Step {
        self.at
    }

    /// The errors to show on this page (empty until Continue finds some).
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// The error on one field, if the last Continue found one.
    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors
            .iter()
            .copied()
            .find(|error| error.field == field)
    }

    /// Whether the user has entered answers that would be lost by leaving the page.
    pub fn has_unsent_answers(&self) -> bool {
        !self.answers.is_empty()
    }

    /// The pages the user can reach now: from the first page, each confirmed and valid page
    /// leads to the next; the route ends at the first page still to be completed, or at check
    /// answers.
    pub fn path(&self, today: Date) -> Vec<Step> {
        self.walk(|step| {
            self.confirmed.contains(&step) && validate_step(step, &self.answers, today).is_empty()
        })
    }

    /// Every page the current answers lead through, to the end, including pages not yet
    /// reachable (missing answers follow the most likely branch).
    pub fn projected_path(&self) -> Vec<Step> {
        self.walk(|_| true)
    }

    /// Follows the route from the first page while `goes_on(page)` holds. A page never appears
    /// twice (a guard against routes that loop).
    fn walk(&self, goes_on: impl Fn(Step) -> bool) -> Vec<Step> {
        let mut path = Vec::new();
        let mut step = Some(self.setup.first());
        while let Some(current) = step {
            if path.contains(&current) {
                break;
            }
            path.push(current);
            if !goes_on(current) {
                break;
            }
            step = self.setup.next(current, &self.answers);
        }
        path
    }

    /// "Step n of N" for the page being shown.
    pub fn progress(&self) -> Progress {
        let projected = self.projected_path();
        let number = projected
            .iter()
            .position(|step| *step == self.at)
            .map_or(1, |index| index + 1);
        Progress {
            number,
            total: projected.len(),
        }
    }

    /// A page can be visited if it is on the route (GOV.UK `can_visit?`).
    pub fn can_visit(&self, step: Step, today: Date) -> bool {
        self.path(today).contains(&step)
    }

    /// The page the Back link leads to, if any.
    pub fn previous(&self, today: Date) -> Option<Step> {
        let path = self.path(today);
        if self.returning_to_check_answers
            && self.at != Step::CheckAnswers
            && path.contains(&Step::CheckAnswers)
        {
            return Some(Step::CheckAnswers);
        }
        let index = path.iter().position(|step| *step == self.at)?;
        index
            .checked_sub(1)
            .and_then(|before| path.get(before).copied())
    }

    /// The pages on the route whose answers check answers lists, with their questions.
    pub fn answered_steps(&self, today: Date) -> Vec<Step> {
        self.path(today)
            .into_iter()
            .filter(|step| step.kind() == StepKind::Question)
            .collect()
    }

    /// Applies one event and returns what the caller must do.
    pub fn update(&mut self, event: Event, today: Date) -> Vec<Effect> {
        match event {
            Event::Answer(field, value) => {
                self.answers.set(field, value);
                Vec::new()
            }
            Event::Continue => self.continue_from_here(today),
            Event::Back => match self.previous(today) {
                Some(step) => self.show(step, History::Push),
                None => Vec::new(),
            },
            Event::Visit(step) => {
                if self.can_visit(step, today) {
                    self.show(step, History::Keep)
                } else {
                    self.show(self.at, History::Replace)
                }
            }
            Event::Change(step) => {
                if self.at == Step::CheckAnswers && self.can_visit(step, today) {
                    self.returning_to_check_answers = true;
                    self.show(step, History::Push)
                } else {
                    Vec::new()
                }
            }
        }
    }

    fn continue_from_here(&mut self, today: Date) -> Vec<Effect> {
        let errors = validate_step(self.at, &self.answers, today);
        if !errors.is_empty() {
            self.errors = errors;
            return vec![Effect::FocusErrorSummary];
        }
        self.confirmed.insert(self.at);
        let target = if self.returning_to_check_answers {
            // After a change, go back to check answers, or to the first page the change
            // opened up that still needs an answer.
            self.path(today).last().copied()
        } else {
            self.setup.next(self.at, &self.answers)
        };
        match target {
            Some(step) if step != self.at => self.show(step, History::Push),
            _ => Vec::new(),
        }
    }

    fn show(&mut self, step: Step, history: History) -> Vec<Effect> {
        self.at = step;
        self.errors.clear();
        if step == Step::CheckAnswers {
            self.returning_to_check_answers = false;
        }
        vec![Effect::ShowStep { step, history }]
    }
}
