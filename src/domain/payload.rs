//! The submission payload: the only serialised data that leaves the browser, and its re-check.
//!
//! `Payload::build` turns a completed route into JSON-ready data: only the answers to questions
//! on the route the user took (answers left on untaken branches are dropped), normalised (text
//! trimmed, choices as option keys, dates as `YYYY-MM-DD`), with the preliminary assessment.
//! `Payload::check` is its inverse on a server: it rebuilds `Answers` from the JSON and runs
//! the same routing, validation and rules, so a receiver accepts exactly what the wizard could
//! have sent. Problems are `PayloadError { path, code }`: codes, never prose.
//!
//! The building and checking are in `payload::check`, the dates in `payload::date`, and the
//! generated JSON Schema (feature `schema`) in `payload::schema`.
//!
//! Changing these types changes the published contract (`public/schema/<version>.json`): bump
//! `SCHEMA_VERSION` and add a line to `public/schema/CHANGELOG.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::locale::{Country, Language};

mod check;
mod date;
mod from_rules;
#[cfg(feature = "schema")]
mod schema;
mod v1;

pub use check::completed_route;
pub use date::{date_time_date, iso_date};
pub use v1::upgrade;

/// The version of the payload contract this build sends and accepts.
pub const SCHEMA_VERSION: &str = "2";

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
    /// The answers about the application as a whole on the route taken, by field id.
    pub answers: PayloadAnswers,
    /// The people a family application is for, the first first (a guardian may add up to
    /// five more children): each with their own answers and preliminary assessment. Empty
    /// for a volunteer registration.
    #[cfg_attr(feature = "schema", schemars(length(max = 6)))]
    pub people: Vec<PayloadPerson>,
    /// A volunteer registration's preliminary requirements check (the list the volunteer is
    /// shown after sending); `null` for a family application.
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub requirements: Option<PayloadRequirements>,
}

/// One person a family application is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadPerson {
    /// Their answers to the questions about each person, by field id.
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::person_answers"))]
    pub answers: PayloadAnswers,
    /// The preliminary assessment shown to the user for this person; `null` when the
    /// answers give no case to assess.
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub assessment: Option<PayloadAssessment>,
}

/// The contract version, a string. A receiver reads version 1 bodies as version 2
/// (`payload::upgrade`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum SchemaVersion {
    #[serde(rename = "2")]
    V2,
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
///
/// Read as any JSON (the receiver then reports a wrong type per answer), written by hand:
/// an answer is never a fraction, so serde_json's float formatting (its tables are about
/// 5 KB of incompressible wasm) is never needed to send one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct PayloadAnswers(pub BTreeMap<String, Json>);

impl Serialize for PayloadAnswers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, value)| (id, AnswerJson(value))))
    }
}

/// One answer as JSON, with whole numbers only.
struct AnswerJson<'a>(&'a Json);

impl Serialize for AnswerJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        match self.0 {
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(items) => serializer.collect_seq(items.iter().map(AnswerJson)),
            Json::Bool(flag) => serializer.serialize_bool(*flag),
            Json::Null => serializer.serialize_unit(),
            Json::Number(number) => match number.as_i64() {
                Some(whole) => serializer.serialize_i64(whole),
                None => Err(S::Error::custom("an answer is never a fraction")),
            },
            Json::Object(_) => Err(S::Error::custom("an answer is never an object")),
        }
    }
}

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

/// A volunteer's requirements: each with its status and legal reference, and the overall
/// indication. Preliminary: the municipality's suitability investigation decides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadRequirements {
    /// `may-proceed` (nothing missing), `requirements-not-met` (something missing) or
    /// `unclear` (something the answers do not tell).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "schema::volunteer_outcome")
    )]
    pub outcome: String,
    pub checks: Vec<PayloadCheck>,
}

/// One requirement of a volunteer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayloadCheck {
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::volunteer_rule"))]
    pub rule: String,
    /// `met`, `not-met` (missing), `unknown` (the answers do not tell) or `to-check` (the
    /// municipality checks it in its investigation).
    #[cfg_attr(feature = "schema", schemars(schema_with = "schema::volunteer_status"))]
    pub status: String,
    /// The statute the requirement rests on, or `null` where it is municipal practice.
    #[serde(deserialize_with = "Option::deserialize")] // present, even when null
    pub basis: Option<PayloadLegalRef>,
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
    "requirements-mismatch",
    "invalid",
    "invalid-date-time",
    "too-many",
];

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
