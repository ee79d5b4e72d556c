//! The Fluent message ids built from codes: the one place the UI and the locale test
//! (`tests/it/locales.rs`) take them from, so a renamed id or code fails the test.
//!
//! Ids only, never text: the words are in `locales/`.

use super::field::Field;
use super::law::{Act, Verified};
use super::locale::Language;
use super::rules::{
    CheckStatus, ConsentFlag, ConsentRole, Consenter, Measure, Outcome, ReasonCode,
    VolunteerOutcome, VolunteerRule,
};
use super::step::Step;

/// `prefix` followed by the parts, joined by `-`.
fn id(prefix: &str, parts: &[&str]) -> String {
    let mut id = String::from(prefix);
    for part in parts {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// A page's title: its heading and the middle of the document title.
pub fn step_title(step: Step) -> String {
    id("step", &[step.id(), "title"])
}

/// Optional: a paragraph under a page's heading, followed by the page's citations.
pub fn step_intro(step: Step) -> String {
    id("step", &[step.id(), "intro"])
}

pub fn field_label(field: Field) -> String {
    id("field", &[field.id(), "label"])
}

/// Optional.
pub fn field_hint(field: Field) -> String {
    id("field", &[field.id(), "hint"])
}

pub fn field_option(field: Field, key: &str) -> String {
    id("field", &[field.id(), "option", key])
}

/// Optional.
pub fn field_option_hint(field: Field, key: &str) -> String {
    id("field", &[field.id(), "option", key, "hint"])
}

/// An error with the field's own wording (`required` always has one; others optional).
pub fn field_error(field: Field, code: &str) -> String {
    id("error", &[field.id(), code])
}

/// An error in the shared wording.
pub fn error(code: &str) -> String {
    id("error", &[code])
}

pub fn language_name(language: Language) -> String {
    id("language-name", &[language.tag()])
}

pub fn submit_error(code: &str) -> String {
    id("submit-error", &[code])
}

pub fn config_error(code: &str) -> String {
    id("config-error", &[code])
}

pub fn measure(measure: Measure) -> String {
    id("measure", &[measure.code()])
}

pub fn measure_description(measure: Measure) -> String {
    id("measure", &[measure.code(), "description"])
}

pub fn reason(code: ReasonCode) -> String {
    id("reason", &[code.code()])
}

pub fn outcome(outcome: Outcome) -> String {
    id("outcome", &[outcome.code()])
}

pub fn consenter(consenter: Consenter) -> String {
    id("consent", &[consenter.code()])
}

pub fn consent_role(role: ConsentRole) -> String {
    id("consent-role", &[role.code()])
}

pub fn consent_flag(flag: ConsentFlag) -> String {
    id("consent-flag", &[flag.code()])
}

pub fn act(act: Act) -> String {
    id("act", &[act.code()])
}

pub fn verified(verified: Verified) -> String {
    id("verified", &[verified.code()])
}

pub fn volunteer_rule(rule: VolunteerRule) -> String {
    id("volunteer", &[rule.code()])
}

pub fn volunteer_status(status: CheckStatus) -> String {
    id("volunteer-status", &[status.code()])
}

pub fn volunteer_outcome(outcome: VolunteerOutcome) -> String {
    id("volunteer-outcome", &[outcome.code()])
}
