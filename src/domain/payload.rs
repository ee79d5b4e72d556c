//! The submission payload: the only serialised data that leaves the browser, and its re-check.
//!
//! `Payload::build` turns a completed route into JSON-ready data: only the answers to questions
//! on the route the user took (answers left on untaken branches are dropped), normalised (text
//! trimmed, choices as option keys, dates as `YYYY-MM-DD`), with the preliminary assessment.
//! `Payload::check` is its inverse on a server: it rebuilds `Answers` from the JSON and runs
//! the same routing, validation and rules, so a receiver accepts exactly what the wizard could
//! have sent. Problems are `PayloadError { path, code }`: codes, never prose.
//!
//! Changing these types changes the published contract (`public/schema/<version>.json`): bump
//! `SCHEMA_VERSION` and add a line to `public/schema/CHANGELOG.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::Date;
use super::answers::{Answers, DateParts, Value};
use super::field::{Field, FieldKind};
use super::journey::Setup;
use super::law::LegalRef;
use super::locale::{Country, Language};
use super::rules::{Assessment, Case, assess};
use super::step::Step;
use super::validate::{normalize_text, parse_date, validate_step};

/// The version of the payload contract this build sends and accepts.
pub const SCHEMA_VERSION: &str = "1";

/// The version of the wizard that built a payload.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One submission, as posted to the endpoint named in the municipality's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// The version of this contract; a receiver refuses versions it does not know.
    pub schema_version: SchemaVersion,
    /// A family's application for support, or a prospective contact person's registration.
    pub kind: Kind,
    /// Whose rules apply.
    pub country: CountryCode,
    /// The language the user answered in.
    pub language: LanguageCode,
    /// The municipality's name from its settings.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 100)))]
    pub municipality: String,
    /// When the user sent it (RFC 3339, with the user's UTC offset).
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date-time")))]
    pub submitted_at: String,
    /// The wizard's version (the crate version).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 50)))]
    pub app_version: String,
    /// The answers on the route taken, by field id.
    pub answers: PayloadAnswers,
    /// The preliminary assessment shown to the user; `null` for a volunteer registration or
    /// when the answers give no case to assess.
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub assessment: Option<PayloadAssessment>,
}

/// The contract version, a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum SchemaVersion {
    #[serde(rename = "1")]
    V1,
}

/// Which journey the payload comes from (the answer to `purpose`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    FamilyApplication,
    VolunteerRegistration,
}

/// The country whose rules apply: ISO 3166-1 alpha-2, lower case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CountryCode {
    Se,
    Dk,
}

/// The language of the answers: a BCP 47 primary language subtag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum LanguageCode {
    Sv,
    Da,
    En,
}

/// The answers, by field id: a string for radios and text, an array of option keys for
/// checkboxes, `YYYY-MM-DD` for dates. Its schema is generated from `Field::ALL`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PayloadAnswers(pub BTreeMap<String, Json>);

/// The preliminary assessment: an outcome, measures, consents and reasons, as codes, with
/// their legal references.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadAssessment {
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::outcome"))]
    pub outcome: String,
    /// The person's age in completed years on the day assessed, when known.
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub age: Option<u32>,
    /// The measures that may fit, by code.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::measures"))]
    pub measures: Vec<String>,
    pub consents: Vec<PayloadConsent>,
    pub reasons: Vec<PayloadReason>,
}

/// Who must ask for or agree to one measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadConsent {
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::measure"))]
    pub measure: String,
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::consenter"))]
    pub consenter: String,
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::role"))]
    pub role: String,
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::flags"))]
    pub flags: Vec<String>,
    pub basis: PayloadLegalRef,
    /// The rule rests on a reading that a lawyer should confirm.
    pub legal_review: bool,
}

/// One reason for the outcome, with its legal basis when it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadReason {
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::reason"))]
    pub code: String,
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub basis: Option<PayloadLegalRef>,
}

/// A legal reference: the act, the place in it, a link, how well it was checked, and the
/// period in which it is the citation in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadLegalRef {
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::act"))]
    pub act: String,
    /// In the statute's own citation style.
    pub cite: String,
    pub url: String,
    /// How well the citation was checked against the statute text.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::verified"))]
    pub verified: String,
    /// First day in force (`YYYY-MM-DD`), or `null` when open.
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date")))]
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub from: Option<String>,
    /// Last day in force (`YYYY-MM-DD`), or `null` when open.
    #[cfg_attr(feature = "schema", schemars(extend("format" = "date")))]
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub until: Option<String>,
}

/// One problem with a payload: a dotted path (`answers.purpose`, `country`, or `""` for the
/// whole) and a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PayloadError {
    pub path: String,
    pub code: &'static str,
}

impl PayloadError {
    fn new(path: impl Into<String>, code: &'static str) -> PayloadError {
        PayloadError {
            path: path.into(),
            code,
        }
    }
}

/// Every code `Payload::build` and `Payload::check` can give, besides the field error codes
/// of `validate::ErrorCode`.
pub const ERROR_CODES: &[&str] = &[
    "unknown-field",
    "wrong-type",
    "unknown-option",
    "not-normalised",
    "off-route",
    "route-incomplete",
    "country-mismatch",
    "kind-mismatch",
    "assessment-mismatch",
    "invalid",
    "invalid-date-time",
];

/// The family case on the route the answers take, for the assessment.
fn case_of(setup: Setup, answers: &Answers, today: Date) -> Option<Case> {
    setup.case(&setup.answers_on_route(answers, today), today)
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
            .preset_country
            .or_else(|| answers.choice(Field::Country).and_then(Country::from_code))
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
        })
    }

    /// Re-checks a received payload with the wizard's own rules on `today` (see `rules_date`):
    /// every answer fits its field, the route is complete and valid, no answer lies off it,
    /// the country and kind agree with the answers, and the assessment is the one the rules
    /// give.
    pub fn check(&self, today: Date) -> Result<(), Vec<PayloadError>> {
        let mut errors = Vec::new();
        if self.municipality.trim().is_empty() || self.municipality.chars().count() > 100 {
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
    let mut route = Vec::new();
    let mut step = setup.first();
    loop {
        if route.contains(&step) {
            return Err(vec![PayloadError::new("answers", "route-incomplete")]);
        }
        route.push(step);
        let errors = validate_step(setup, step, answers, today);
        if !errors.is_empty() {
            return Err(errors
                .into_iter()
                .map(|error| {
                    PayloadError::new(format!("answers.{}", error.field.id()), error.code.code())
                })
                .collect());
        }
        if step == Step::CheckAnswers {
            return Ok(route);
        }
        match setup.next(step, answers, today) {
            Some(next) => step = next,
            None => return Err(vec![PayloadError::new("answers", "route-incomplete")]),
        }
    }
}

fn kind_of(answers: &Answers) -> Option<Kind> {
    match answers.choice(Field::Purpose) {
        Some("apply") => Some(Kind::FamilyApplication),
        Some("volunteer") => Some(Kind::VolunteerRegistration),
        _ => None,
    }
}

/// The non-blank answers to the questions on `route`, in their wire form: identity numbers,
/// phone numbers and postal codes normalised (`validate::normalize_text`).
fn normalised(
    setup: Setup,
    route: &[Step],
    answers: &Answers,
    today: Date,
) -> BTreeMap<String, Json> {
    route
        .iter()
        .flat_map(|step| step.fields().iter().copied())
        .filter_map(|field| {
            let value = answers.get(field).filter(|value| !value.is_blank())?;
            let json = match value {
                Value::Text(text) => Json::String(
                    normalize_text(setup, field, answers, today)
                        .unwrap_or_else(|| text.trim().to_owned()),
                ),
                other => json_of(other),
            };
            Some((field.id().to_owned(), json))
        })
        .collect()
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

/// `YYYY-MM-DD`.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Splits `YYYY-MM-DD` into the boxes of a date input (whether the date exists is checked by
/// validation, as for typed dates).
fn iso_date_parts(text: &str) -> Option<DateParts> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range.clone())
            .filter(|part| part.iter().all(u8::is_ascii_digit))
            .and_then(|_| text.get(range))
    };
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    Some(DateParts {
        year: digits(0..4)?.to_owned(),
        month: digits(5..7)?.to_owned(),
        day: digits(8..10)?.to_owned(),
    })
}

/// The calendar date of an RFC 3339 date-time (`2026-01-15T10:30:00+01:00`, `…Z`, with
/// optional fractions of a second), or `None` if it is not one.
pub fn date_time_date(text: &str) -> Option<Date> {
    let (date, time) = text.split_once(['T', 't'])?;
    let parts = iso_date_parts(date)?;
    let date = parse_date(&parts).ok()?;
    let (clock, offset) = match time.strip_suffix(['Z', 'z']) {
        Some(clock) => (clock, None),
        None => {
            let at = time.rfind(['+', '-'])?;
            (time.get(..at)?, Some(time.get(at + 1..)?))
        }
    };
    let two = |text: &str, max: u8| -> Option<u8> {
        (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u8>().ok())
            .flatten()
            .filter(|value| *value <= max)
    };
    let (whole, fraction) = match clock.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (clock, None),
    };
    let mut hms = whole.split(':');
    two(hms.next()?, 23)?;
    two(hms.next()?, 59)?;
    two(hms.next()?, 60)?;
    if hms.next().is_some()
        || fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if let Some(offset) = offset {
        let (hours, minutes) = offset.split_once(':')?;
        two(hours, 23)?;
        two(minutes, 59)?;
    }
    Some(date)
}

impl Kind {
    /// The wire code (`family-application`, `volunteer-registration`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::FamilyApplication => "family-application",
            Kind::VolunteerRegistration => "volunteer-registration",
        }
    }
}

impl From<Country> for CountryCode {
    fn from(country: Country) -> CountryCode {
        match country {
            Country::Se => CountryCode::Se,
            Country::Dk => CountryCode::Dk,
        }
    }
}

impl From<CountryCode> for Country {
    fn from(code: CountryCode) -> Country {
        match code {
            CountryCode::Se => Country::Se,
            CountryCode::Dk => Country::Dk,
        }
    }
}

impl From<Language> for LanguageCode {
    fn from(language: Language) -> LanguageCode {
        match language {
            Language::Sv => LanguageCode::Sv,
            Language::Da => LanguageCode::Da,
            Language::En => LanguageCode::En,
        }
    }
}

impl From<LanguageCode> for Language {
    fn from(code: LanguageCode) -> Language {
        match code {
            LanguageCode::Sv => Language::Sv,
            LanguageCode::Da => Language::Da,
            LanguageCode::En => Language::En,
        }
    }
}

impl From<&Assessment> for PayloadAssessment {
    fn from(assessment: &Assessment) -> PayloadAssessment {
        PayloadAssessment {
            outcome: assessment.outcome.code().to_owned(),
            age: assessment.age,
            measures: assessment
                .measures
                .iter()
                .map(|measure| measure.code().to_owned())
                .collect(),
            consents: assessment
                .consents
                .iter()
                .map(|consent| PayloadConsent {
                    measure: consent.measure.code().to_owned(),
                    consenter: consent.consenter.code().to_owned(),
                    role: consent.role.code().to_owned(),
                    flags: consent
                        .flags
                        .iter()
                        .map(|flag| flag.code().to_owned())
                        .collect(),
                    basis: PayloadLegalRef::from(consent.basis),
                    legal_review: consent.legal_review,
                })
                .collect(),
            reasons: assessment
                .reasons
                .iter()
                .map(|reason| PayloadReason {
                    code: reason.code.code().to_owned(),
                    basis: reason.basis.map(PayloadLegalRef::from),
                })
                .collect(),
        }
    }
}

impl From<&LegalRef> for PayloadLegalRef {
    fn from(reference: &LegalRef) -> PayloadLegalRef {
        PayloadLegalRef {
            act: reference.act.code().to_owned(),
            cite: reference.cite.to_owned(),
            url: reference.url.to_owned(),
            verified: reference.verified.code().to_owned(),
            from: reference.from.map(iso_date),
            until: reference.until.map(iso_date),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PayloadAnswers {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answers".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let properties: serde_json::Map<String, Json> = Field::ALL
            .iter()
            .map(|field| (field.id().to_owned(), schema::field(*field)))
            .collect();
        schema::object(serde_json::json!({
            "description": "The answers on the route taken, by field id. Which fields are required depends on the route; the receiver checks it.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        }))
    }
}

/// Schemas for the code strings, generated from the domain's `ALL` lists.
#[cfg(feature = "schema")]
mod schema {
    use schemars::{Schema, SchemaGenerator};
    use serde_json::{Value as Json, json};

    use crate::domain::field::{Field, FieldKind};
    use crate::domain::law::{Act, Verified};
    use crate::domain::rules::{ConsentFlag, ConsentRole, Consenter, Measure, Outcome, ReasonCode};

    fn codes(codes: impl Iterator<Item = &'static str>) -> Json {
        json!({ "type": "string", "enum": codes.collect::<Vec<_>>() })
    }

    /// A schema from a JSON object (every caller passes one, so the default is not reached).
    pub fn object(json: Json) -> Schema {
        Schema::try_from(json).unwrap_or_default()
    }

    fn one(codes_json: Json) -> Schema {
        object(codes_json)
    }

    fn many(codes_json: Json) -> Schema {
        object(json!({ "type": "array", "items": codes_json }))
    }

    pub fn field(field: Field) -> Json {
        match field.kind() {
            FieldKind::Radios { options } => json!({ "type": "string", "enum": options }),
            FieldKind::Checkboxes { options } => json!({
                "type": "array",
                "items": { "type": "string", "enum": options },
                "uniqueItems": true
            }),
            FieldKind::Text(input) => json!({ "type": "string", "maxLength": input.max_chars }),
            FieldKind::TextArea { max_chars } => {
                json!({ "type": "string", "maxLength": max_chars })
            }
            FieldKind::Date { .. } => json!({
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            }),
        }
    }

    pub fn outcome(_: &mut SchemaGenerator) -> Schema {
        one(codes(Outcome::ALL.iter().map(|each| each.code())))
    }
    pub fn measure(_: &mut SchemaGenerator) -> Schema {
        one(codes(Measure::ALL.iter().map(|each| each.code())))
    }
    pub fn measures(_: &mut SchemaGenerator) -> Schema {
        many(codes(Measure::ALL.iter().map(|each| each.code())))
    }
    pub fn consenter(_: &mut SchemaGenerator) -> Schema {
        one(codes(Consenter::ALL.iter().map(|each| each.code())))
    }
    pub fn role(_: &mut SchemaGenerator) -> Schema {
        one(codes(ConsentRole::ALL.iter().map(|each| each.code())))
    }
    pub fn flags(_: &mut SchemaGenerator) -> Schema {
        many(codes(ConsentFlag::ALL.iter().map(|each| each.code())))
    }
    pub fn reason(_: &mut SchemaGenerator) -> Schema {
        one(codes(ReasonCode::ALL.iter().map(|each| each.code())))
    }
    pub fn act(_: &mut SchemaGenerator) -> Schema {
        one(codes(Act::ALL.iter().map(|each| each.code())))
    }
    pub fn verified(_: &mut SchemaGenerator) -> Schema {
        one(codes(Verified::ALL.iter().map(|each| each.code())))
    }
}
