//! (feature `schema`) The JSON Schema of the payload's code strings and answers, generated
//! from the domain's `ALL` lists and `Field::ALL`, so the published contract cannot drift.

use schemars::{Schema, SchemaGenerator};
use serde_json::{Value as Json, json};

use super::PayloadAnswers;
use crate::domain::field::{Field, FieldKind};
use crate::domain::law::{Act, Verified};
use crate::domain::rules::{
    CheckStatus, ConsentFlag, ConsentRole, Consenter, Measure, Outcome, ReasonCode,
    VolunteerOutcome, VolunteerRule,
};

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

pub fn volunteer_outcome(_: &mut SchemaGenerator) -> Schema {
    one(codes(VolunteerOutcome::ALL.iter().map(|each| each.code())))
}
pub fn volunteer_rule(_: &mut SchemaGenerator) -> Schema {
    one(codes(VolunteerRule::ALL.iter().map(|each| each.code())))
}
pub fn volunteer_status(_: &mut SchemaGenerator) -> Schema {
    one(codes(CheckStatus::ALL.iter().map(|each| each.code())))
}

/// The answers to the fields `keep` accepts, as a JSON Schema object.
fn answers(description: &str, keep: impl Fn(Field) -> bool) -> Schema {
    let properties: serde_json::Map<String, Json> = Field::ALL
        .iter()
        .filter(|each| keep(**each))
        .map(|each| (each.id().to_owned(), field(*each)))
        .collect();
    object(serde_json::json!({
        "description": description,
        "type": "object",
        "properties": properties,
        "additionalProperties": false
    }))
}

/// One person's answers: the questions asked for each person.
pub fn person_answers(_: &mut SchemaGenerator) -> Schema {
    answers(
        "One person's answers on the route taken, by field id. Which fields are required depends on the route; the receiver checks it.",
        Field::is_per_person,
    )
}

impl schemars::JsonSchema for PayloadAnswers {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answers".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        answers(
            "The answers about the application on the route taken, by field id. Which fields are required depends on the route; the receiver checks it.",
            |each| !each.is_per_person() && each != Field::AddAnotherChild,
        )
    }
}
