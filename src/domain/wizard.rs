//! The wizard engine: a reducer over `Event`s that returns `Effect`s for the caller to carry out.
//!
//! Modelled on GOV.UK Forms' `Journey`: the route is derived from the answers every time
//! (`Wizard::path`), never stored; a page can be visited only if it is on that route; the
//! check-answers page ends the route; a Change link from it returns to it. The engine does no
//! IO: moving browser history, focusing a heading or sending data are `Effect`s, carried out by
//! the UI through `platform`.

use super::Date;
use super::answers::{Answers, Value};
use super::field::Field;
use super::journey::Setup;
use super::locale::Country;
use super::options::{ADD_ANOTHER_CHILD, YesNo};
use super::rules::{Assessment, VolunteerAssessment, assess, check_volunteer};
use super::step::{PersonPage, Step};
use super::validate::{FieldError, validate_step};

mod children;
mod resume;

pub use super::receipt::Receipt;

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
    /// A Remove button for one of several children (person index), on the children page
    /// or check answers.
    Remove(usize),
    /// The receiver stored the submission and gave this receipt.
    Sent(Receipt),
    /// Sending failed for good (after the platform's retries); the answers are kept and the
    /// user may send again.
    SendFailed,
}

/// What the caller must do after an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// A new page is shown: move focus to its heading, name it in the document title, and
    /// record it in the browser's history as `history` says.
    ShowStep { step: Step, history: History },
    /// The page has errors: show the error summary and move focus to it.
    FocusErrorSummary,
    /// Build the payload from the answers on the route and send it. Emitted once per
    /// submission: a second click while sending does nothing.
    Send,
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
    /// before it is confirmed and still valid. (A list: a set type would add its tree code
    /// to the wasm for some forty pages.)
    confirmed: Vec<Step>,
    /// The page being shown; always on the route.
    at: Step,
    /// Errors from the last Continue on this page.
    errors: Vec<FieldError>,
    /// Set by a Change link: Continue then returns to check answers as soon as it can.
    returning_to_check_answers: bool,
    /// A submission is on its way (or waiting for the network).
    sending: bool,
    /// The receipt, once the receiver has stored the submission.
    receipt: Option<Receipt>,
    /// Counts the pages shown, the same page shown again (after Remove) included.
    shown: u32,
}

impl Wizard {
    pub fn new(setup: Setup) -> Wizard {
        Wizard {
            setup,
            answers: Answers::default(),
            confirmed: Vec::new(),
            at: setup.first(),
            errors: Vec::new(),
            returning_to_check_answers: false,
            sending: false,
            receipt: None,
            shown: 0,
        }
    }

    /// Whether a submission is on its way.
    pub fn is_sending(&self) -> bool {
        self.sending
    }

    /// The receiver's receipt, once sent.
    pub fn receipt(&self) -> Option<&Receipt> {
        self.receipt.as_ref()
    }

    /// The answers on the route as it stands: what is assessed, listed and sent.
    pub fn answers_on_route(&self, today: Date) -> Answers {
        self.setup.answers_on_route(&self.answers, today)
    }

    /// The preliminary indication for a family application, from the answers on the route.
    pub fn assessment(&self, today: Date) -> Option<Assessment> {
        let answers = self.answers_on_route(today);
        let case = self.setup.case(&answers, today)?;
        Some(assess(&case, today))
    }

    /// The preliminary indication for each person the application is for, the first first.
    pub fn assessments(&self, today: Date) -> Vec<Assessment> {
        let answers = self.answers_on_route(today);
        self.setup
            .cases(&answers, today)
            .iter()
            .map(|case| assess(case, today))
            .collect()
    }

    /// The requirements check for a volunteer registration, from the answers on the route.
    pub fn volunteer_assessment(&self, today: Date) -> Option<VolunteerAssessment> {
        let answers = self.answers_on_route(today);
        let case = self.setup.volunteer_case(&answers, today)?;
        Some(check_volunteer(&case, today))
    }

    pub fn setup(&self) -> Setup {
        self.setup
    }

    /// The country whose rules and formats apply (Sweden until one is chosen).
    pub fn country(&self) -> Country {
        self.setup.rules_country(&self.answers)
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The answers a question on the page being shown reads: on a further child's page, that
    /// child's own for the questions about each person.
    pub fn answers_of(&self, field: Field) -> &Answers {
        let sibling = self
            .at
            .person()
            .checked_sub(1)
            .filter(|_| field.is_per_person());
        sibling
            .and_then(|at| self.answers.siblings().get(at))
            .unwrap_or(&self.answers)
    }

    /// How many times a page has been shown: the UI builds the page again when it changes.
    pub fn shown(&self) -> u32 {
        self.shown
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
        self.receipt.is_none() && !self.answers.is_empty()
    }

    /// The pages the user can reach now: from the first page, each confirmed and valid page
    /// leads to the next; the route ends at the first page still to be completed, or at check
    /// answers.
    /// Once sent, the confirmation is the only page.
    pub fn path(&self, today: Date) -> Vec<Step> {
        if self.receipt.is_some() {
            return vec![Step::Confirmation];
        }
        self.setup.walk(&self.answers, today, |step| {
            self.confirmed.contains(&step)
                && validate_step(self.country(), step, &self.answers, today).is_empty()
        })
    }

    /// Every page the current answers lead through, to the end, including pages not yet
    /// reachable (missing answers follow the most likely branch).
    pub fn projected_path(&self, today: Date) -> Vec<Step> {
        self.setup.walk(&self.answers, today, |_| true)
    }

    /// "Step n of N" for the page being shown.
    pub fn progress(&self, today: Date) -> Progress {
        let projected = self.projected_path(today);
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
    /// After sending, the route that was sent.
    pub fn answered_steps(&self, today: Date) -> Vec<Step> {
        let route = if self.receipt.is_some() {
            self.projected_path(today)
        } else {
            self.path(today)
        };
        route
            .into_iter()
            .filter(|step| !step.fields().is_empty())
            .collect()
    }

    /// Applies one event and returns what the caller must do.
    pub fn update(&mut self, event: Event, today: Date) -> Vec<Effect> {
        match event {
            Event::Answer(field, value) => {
                let person = if field.is_per_person() {
                    self.at.person()
                } else {
                    0
                };
                if let Some(answers) = self.answers.person_mut(person) {
                    answers.set(field, value);
                }
                Vec::new()
            }
            Event::Continue => self.continue_from_here(today),
            Event::Back => {
                if self.drop_untouched_child() {
                    return self.show(Step::Children, History::Push);
                }
                match self.previous(today) {
                    Some(step) => self.show(step, History::Push),
                    None => Vec::new(),
                }
            }
            Event::Visit(step) => {
                // The browser's Back from a child just added, with nothing answered.
                if step == Step::Children {
                    self.drop_untouched_child();
                }
                if self.can_visit(step, today) {
                    self.show(step, History::Keep)
                } else {
                    self.show(self.at, History::Replace)
                }
            }
            Event::Change(step) => {
                if self.at == Step::CheckAnswers && !self.sending && self.can_visit(step, today) {
                    self.returning_to_check_answers = true;
                    self.show(step, History::Push)
                } else {
                    Vec::new()
                }
            }
            Event::Remove(person) => {
                let here = matches!(self.at, Step::Children | Step::CheckAnswers);
                if !here || self.sending || !self.answers.remove_person(person) {
                    return Vec::new();
                }
                self.forget_person(person);
                self.show(self.at, History::Keep)
            }
            Event::Sent(receipt) => {
                if !self.sending {
                    return Vec::new();
                }
                self.sending = false;
                self.receipt = Some(receipt);
                self.show(Step::Confirmation, History::Push)
            }
            Event::SendFailed => {
                self.sending = false;
                Vec::new()
            }
        }
    }

    fn continue_from_here(&mut self, today: Date) -> Vec<Effect> {
        if self.at.is_exit() || self.at == Step::Confirmation {
            return Vec::new();
        }
        let errors = validate_step(self.country(), self.at, &self.answers, today);
        if !errors.is_empty() {
            self.errors = errors;
            return vec![Effect::FocusErrorSummary];
        }
        if self.at == Step::CheckAnswers {
            if self.sending || !self.can_visit(Step::CheckAnswers, today) {
                return Vec::new();
            }
            self.sending = true;
            return vec![Effect::Send];
        }
        if self.at == Step::Children && self.answers.one(ADD_ANOTHER_CHILD) == Some(YesNo::Yes) {
            // Asked again after the new child's pages.
            self.answers.clear(Field::AddAnotherChild);
            if let Some(person) = self.answers.add_sibling() {
                return self.show(
                    Step::Sibling(person as u8, PersonPage::Person),
                    History::Push,
                );
            }
        }
        if !self.confirmed.contains(&self.at) {
            self.confirmed.push(self.at);
        }
        self.setup.prefill_after(self.at, &mut self.answers, today);
        let target = if self.returning_to_check_answers {
            // After a change, go back to check answers, or to the first page the change
            // opened up that still needs an answer.
            self.path(today).last().copied()
        } else {
            self.setup.next(self.at, &self.answers, today)
        };
        match target {
            Some(step) if step != self.at => self.show(step, History::Push),
            _ => Vec::new(),
        }
    }

    fn show(&mut self, step: Step, history: History) -> Vec<Effect> {
        self.at = step;
        self.shown += 1;
        self.errors.clear();
        if step == Step::CheckAnswers {
            self.returning_to_check_answers = false;
        }
        vec![Effect::ShowStep { step, history }]
    }
}
