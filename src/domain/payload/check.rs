//! Building a payload from a completed route, and re-checking a received one with the same
//! routing, validation and rules.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use super::super::Date;
use super::super::answers::{Answers, Value};
use super::super::config::is_sent_municipality;
use super::super::field::{Field, FieldKind};
use super::super::journey::{Journey, Setup};
use super::super::locale::{Country, Language};
use super::super::rules::{Case, assess, check_volunteer};
use super::super::step::Step;
use super::super::validate::{normalize_text, parse_date, validate_step};
use super::date::{date_time_date, iso_date, iso_date_parts};
use super::{
    APP_VERSION, Kind, Payload, PayloadAnswers, PayloadAssessment, PayloadError,
    PayloadRequirements, SchemaVersion,
};

/// The family case on the route the answers take, for the assessment.
fn case_of(setup: Setup, answers: &Answers, today: Date) -> Option<Case> {
    setup.case(&setup.answers_on_route(answers, today), today)
}

/// A volunteer's requirements check on the route the answers take.
fn requirements_of(setup: Setup, answers: &Answers, today: Date) -> Option<PayloadRequirements> {
    let case = setup.volunteer_case(&setup.answers_on_route(answers, today), today)?;
    Some(PayloadRequirements::from(&check_volunteer(&case, today)))
}

impl Payload {
    /// The payload for a completed route, or the problems that stop it (the same codes as
    /// `check`). `submitted_at` is RFC 3339, read from the clock by the caller.
    pub fn build(
        setup: Setup,
        answers: &Answers,
        language: Language,
        municipality: &str,
        submitted_at: &str,
        today: Date,
    ) -> Result<Payload, Vec<PayloadError>> {
        let route = completed_route(setup, answers, today)?;
        let country = setup
            .country(answers)
            .ok_or_else(|| vec![PayloadError::new("country", "route-incomplete")])?;
        let kind =
            kind_of(answers).ok_or_else(|| vec![PayloadError::new("kind", "route-incomplete")])?;
        Ok(Payload {
            schema_version: SchemaVersion::V1,
            kind,
            country: country.into(),
            language: language.into(),
            municipality: municipality.trim().to_owned(),
            submitted_at: submitted_at.to_owned(),
            app_version: APP_VERSION.to_owned(),
            answers: PayloadAnswers(normalised(setup, &route, answers, today)),
            assessment: case_of(setup, answers, today)
                .map(|case| PayloadAssessment::from(&assess(&case, today))),
            requirements: requirements_of(setup, answers, today),
        })
    }

    /// Re-checks a received payload with the wizard's own rules on `today` (see `rules_date`):
    /// every answer fits its field, the route is complete and valid, no answer lies off it,
    /// the country and kind agree with the answers, and the assessment (or a volunteer's
    /// requirements check) is the one the rules give.
    pub fn check(&self, today: Date) -> Result<(), Vec<PayloadError>> {
        let mut errors = Vec::new();
        if !is_sent_municipality(&self.municipality) {
            errors.push(PayloadError::new("municipality", "invalid"));
        }
        if self.app_version.is_empty() || self.app_version.chars().count() > 50 {
            errors.push(PayloadError::new("app_version", "invalid"));
        }
        if date_time_date(&self.submitted_at).is_none() {
            errors.push(PayloadError::new("submitted_at", "invalid-date-time"));
        }
        let mut answers = Answers::default();
        for (id, json) in &self.answers.0 {
            let path = format!("answers.{id}");
            match Field::from_id(id) {
                None => errors.push(PayloadError::new(path, "unknown-field")),
                Some(field) => match value_from_json(field, json) {
                    Ok(value) => {
                        answers.set(field, value);
                    }
                    Err(code) => errors.push(PayloadError::new(path, code)),
                },
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let country = Country::from(self.country);
        let setup = Setup {
            preset_country: match answers.get(Field::Country) {
                Some(_) => None,
                None => Some(country),
            },
            // The setting only adds the qualifications page to a Danish volunteer's route, so
            // a payload that answers it was made with the setting on.
            dk_qualifications: answers.get(Field::EducationField).is_some(),
        };
        let route = completed_route(setup, &answers, today)?;
        let on_route: Vec<Field> = route
            .iter()
            .flat_map(|step| step.fields().iter().copied())
            .collect();
        let expected = normalised(setup, &route, &answers, today);
        for (id, json) in &self.answers.0 {
            let on = Field::from_id(id).is_some_and(|field| on_route.contains(&field));
            if !on {
                errors.push(PayloadError::new(format!("answers.{id}"), "off-route"));
            } else if expected.get(id) != Some(json) {
                errors.push(PayloadError::new(format!("answers.{id}"), "not-normalised"));
            }
        }
        if answers
            .choice(Field::Country)
            .is_some_and(|chosen| chosen != country.code())
        {
            errors.push(PayloadError::new("country", "country-mismatch"));
        }
        if kind_of(&answers) != Some(self.kind) {
            errors.push(PayloadError::new("kind", "kind-mismatch"));
        }
        let assessment = case_of(setup, &answers, today)
            .map(|case| PayloadAssessment::from(&assess(&case, today)));
        if assessment != self.assessment {
            errors.push(PayloadError::new("assessment", "assessment-mismatch"));
        }
        if requirements_of(setup, &answers, today) != self.requirements {
            errors.push(PayloadError::new("requirements", "requirements-mismatch"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The day to check against: the user's own calendar day in `submitted_at` when it is
    /// within one day of the server's `today` (so an application sent just before midnight, or
    /// from another time zone, is assessed as the user saw it), else the server's `today`.
    pub fn rules_date(&self, server_today: Date) -> Date {
        match date_time_date(&self.submitted_at) {
            Some(day) if (day - server_today).whole_days().abs() <= 1 => day,
            _ => server_today,
        }
    }
}

/// The route from the first page to check answers, if every page on it is valid; else the
/// errors of the first page that is not.
pub fn completed_route(
    setup: Setup,
    answers: &Answers,
    today: Date,
) -> Result<Vec<Step>, Vec<PayloadError>> {
    let country = setup.rules_country(answers);
    let valid = |step| validate_step(country, step, answers, today);
    let route = setup.walk(answers, today, |step| valid(step).is_empty());
    let last = route.last().copied().unwrap_or(Step::CheckAnswers);
    let errors = valid(last);
    if !errors.is_empty() {
        return Err(errors
            .into_iter()
            .map(|error| {
                PayloadError::new(format!("answers.{}", error.field.id()), error.code.code())
            })
            .collect());
    }
    if last == Step::CheckAnswers {
        Ok(route)
    } else {
        Err(vec![PayloadError::new("answers", "route-incomplete")])
    }
}

/// The journey the answers are on, as the payload names it.
fn kind_of(answers: &Answers) -> Option<Kind> {
    Journey::of(answers).map(|journey| match journey {
        Journey::Family => Kind::FamilyApplication,
        Journey::Volunteer => Kind::VolunteerRegistration,
    })
}

/// The non-blank answers to the questions on `route`, in their wire form: identity numbers,
/// phone numbers and postal codes normalised (`validate::normalize_text`).
fn normalised(
    setup: Setup,
    route: &[Step],
    answers: &Answers,
    today: Date,
) -> BTreeMap<String, Json> {
    // Inserted one by one rather than collected: `collect()` into a BTreeMap sorts, and each
    // sort instance adds kilobytes to the wasm.
    let mut out = BTreeMap::new();
    for field in route.iter().flat_map(|step| step.fields().iter().copied()) {
        let Some(value) = answers.get(field).filter(|value| !value.is_blank()) else {
            continue;
        };
        let json = match value {
            Value::Text(text) => Json::String(
                normalize_text(setup.rules_country(answers), field, answers, today)
                    .unwrap_or_else(|| text.trim().to_owned()),
            ),
            other => json_of(other),
        };
        out.insert(field.id().to_owned(), json);
    }
    out
}

fn json_of(value: &Value) -> Json {
    match value {
        Value::Text(text) => Json::String(text.trim().to_owned()),
        Value::Choice(key) => Json::String((*key).to_owned()),
        Value::Choices(keys) => Json::Array(
            keys.iter()
                .map(|key| Json::String((*key).to_owned()))
                .collect(),
        ),
        Value::Date(parts) => Json::String(match parse_date(parts) {
            Ok(date) => iso_date(date),
            // Not reached on a valid route; kept visible rather than dropped.
            Err(_) => format!(
                "{}-{}-{}",
                parts.year.trim(),
                parts.month.trim(),
                parts.day.trim()
            ),
        }),
    }
}

/// Reads one answer in its wire form; the code says why it does not fit the field.
fn value_from_json(field: Field, json: &Json) -> Result<Value, &'static str> {
    match (field.kind(), json) {
        (FieldKind::Radios { .. }, Json::String(key)) => {
            field.option(key).map(Value::Choice).ok_or("unknown-option")
        }
        (FieldKind::Checkboxes { .. }, Json::Array(items)) => items
            .iter()
            .map(|item| match item {
                Json::String(key) => field.option(key).ok_or("unknown-option"),
                _ => Err("wrong-type"),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Choices),
        (FieldKind::Text(_) | FieldKind::TextArea { .. }, Json::String(text)) => {
            Ok(Value::Text(text.clone()))
        }
        (FieldKind::Date { .. }, Json::String(text)) => {
            iso_date_parts(text).map(Value::Date).ok_or("wrong-type")
        }
        _ => Err("wrong-type"),
    }
}
