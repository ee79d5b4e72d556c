//! Building a payload from a completed route, and re-checking a received one with the same
//! routing, validation and rules.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use super::super::Date;
use super::super::answers::{Answers, MAX_CHILDREN, Value};
use super::super::config::is_sent_municipality;
use super::super::field::{Field, FieldKind};
use super::super::journey::{Journey, Setup};
use super::super::locale::{Country, Language};
use super::super::options::YesNo;
use super::super::rules::{Case, assess, check_volunteer};
use super::super::step::Step;
use super::super::validate::{normalize_text, parse_date, validate_step};
use super::date::{date_time_date, iso_date, iso_date_parts};
use super::{
    APP_VERSION, Kind, Payload, PayloadAnswers, PayloadAssessment, PayloadError, PayloadPerson,
    PayloadRequirements, SchemaVersion,
};

/// The people on the route the answers take, each with their answers in wire form and
/// their assessment.
fn people_of(setup: Setup, route: &[Step], answers: &Answers, today: Date) -> Vec<PayloadPerson> {
    let on_route = setup.answers_on_route(answers, today);
    let mut people = Vec::new();
    for person in 0..on_route.people() {
        let own = normalised(setup, route, answers, today, Some(person));
        let case: Option<Case> = setup.case(&on_route.person(person), today);
        if own.is_empty() && case.is_none() {
            continue;
        }
        people.push(PayloadPerson {
            answers: PayloadAnswers(own),
            assessment: case.map(|case| PayloadAssessment::from(&assess(&case, today))),
        });
    }
    people
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
            schema_version: SchemaVersion::V2,
            kind,
            country: country.into(),
            language: language.into(),
            municipality: municipality.trim().to_owned(),
            submitted_at: submitted_at.to_owned(),
            app_version: APP_VERSION.to_owned(),
            answers: PayloadAnswers(normalised(setup, &route, answers, today, None)),
            people: people_of(setup, &route, answers, today),
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
        let mut answers = read_answers(&self.answers, "answers", false, &mut errors);
        if self.people.len() > MAX_CHILDREN {
            errors.push(PayloadError::new("people", "too-many"));
        }
        let mut siblings = Vec::new();
        for (index, person) in self.people.iter().enumerate() {
            let path = format!("people.{index}.answers");
            let own = read_answers(&person.answers, &path, true, &mut errors);
            if index == 0 {
                own.iter().for_each(|(field, value)| {
                    answers.set(field, value.clone());
                });
            } else {
                siblings.push(own);
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        answers.set_siblings(siblings);
        // The list of people is complete: no further child is to be added.
        answers.set(Field::AddAnotherChild, Value::Choice(YesNo::No.code()));
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
        compare(
            &self.answers.0,
            &normalised(setup, &route, &answers, today, None),
            "answers",
            &mut errors,
        );
        let expected = people_of(setup, &route, &answers, today);
        for (index, person) in self.people.iter().enumerate() {
            let path = format!("people.{index}");
            match expected.get(index) {
                None => errors.push(PayloadError::new(path, "off-route")),
                Some(expected) => {
                    let answers_path = format!("{path}.answers");
                    compare(
                        &person.answers.0,
                        &expected.answers.0,
                        &answers_path,
                        &mut errors,
                    );
                    if person.assessment != expected.assessment {
                        errors.push(PayloadError::new(
                            format!("{path}.assessment"),
                            "assessment-mismatch",
                        ));
                    }
                }
            }
        }
        if expected.len() > self.people.len() {
            errors.push(PayloadError::new("people", "route-incomplete"));
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
                let place = if error.field.is_per_person() {
                    format!("people.{}.answers", last.person())
                } else {
                    "answers".to_owned()
                };
                PayloadError::new(format!("{place}.{}", error.field.id()), error.code.code())
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
/// phone numbers and postal codes normalised (`validate::normalize_text`). With `person`,
/// that person's answers to the per-person questions; without, the others.
fn normalised(
    setup: Setup,
    route: &[Step],
    answers: &Answers,
    today: Date,
    person: Option<usize>,
) -> BTreeMap<String, Json> {
    let answers = &answers.person(person.unwrap_or(0));
    let fields = route
        .iter()
        .filter(|step| step.person() == person.unwrap_or(0))
        .flat_map(|step| step.fields().iter().copied())
        .filter(|field| field.is_per_person() == person.is_some())
        .filter(|field| *field != Field::AddAnotherChild);
    // Inserted one by one rather than collected: `collect()` into a BTreeMap sorts, and each
    // sort instance adds kilobytes to the wasm.
    let mut out = BTreeMap::new();
    for field in fields {
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

/// Reads answers in their wire form; `per_person` says which questions belong there.
fn read_answers(
    received: &PayloadAnswers,
    path: &str,
    per_person: bool,
    errors: &mut Vec<PayloadError>,
) -> Answers {
    let mut answers = Answers::default();
    for (id, json) in &received.0 {
        let path = format!("{path}.{id}");
        match Field::from_id(id) {
            None => errors.push(PayloadError::new(path, "unknown-field")),
            Some(field) if field.is_per_person() != per_person => {
                errors.push(PayloadError::new(path, "off-route"));
            }
            Some(field) => match value_from_json(field, json) {
                Ok(value) => {
                    answers.set(field, value);
                }
                Err(code) => errors.push(PayloadError::new(path, code)),
            },
        }
    }
    answers
}

/// Each received answer is on the route (`expected` has it) and in its normalised form.
fn compare(
    received: &BTreeMap<String, Json>,
    expected: &BTreeMap<String, Json>,
    path: &str,
    errors: &mut Vec<PayloadError>,
) {
    for (id, json) in received {
        match expected.get(id) {
            None => errors.push(PayloadError::new(format!("{path}.{id}"), "off-route")),
            Some(wanted) if wanted != json => {
                errors.push(PayloadError::new(format!("{path}.{id}"), "not-normalised"));
            }
            Some(_) => {}
        }
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
