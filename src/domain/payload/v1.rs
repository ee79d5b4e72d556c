//! Version 1 bodies, read as version 2: a deployed wizard that still sends version 1 is not
//! broken by the upgrade of the receiver.
//!
//! Version 1 had one person per application: the person's answers among the others in
//! `answers`, and their assessment in `assessment`. Version 2 lists the people.

use serde_json::{Map, Value as Json};

use crate::domain::field::Field;

/// A received body as version 2 JSON: a version 1 body's per-person answers and its
/// `assessment` become its one person; any other body is returned as it is. Deserialising
/// and `Payload::check` then report problems at version 2 paths (`people.0.answers.…`).
pub fn upgrade(mut json: Json) -> Json {
    let Some(body) = json.as_object_mut() else {
        return json;
    };
    if body.get("schema_version").and_then(Json::as_str) != Some("1") {
        return json;
    }
    body.insert(
        "schema_version".to_owned(),
        Json::from(super::SCHEMA_VERSION),
    );
    let assessment = body.remove("assessment");
    let mut own = Map::new();
    if let Some(Json::Object(answers)) = body.get_mut("answers") {
        for field in Field::ALL.iter().filter(|field| field.is_per_person()) {
            if let Some(answer) = answers.remove(field.id()) {
                own.insert(field.id().to_owned(), answer);
            }
        }
    }
    let family = body.get("kind").and_then(Json::as_str) == Some("family-application");
    let mut people = Vec::new();
    if family || !own.is_empty() || assessment.as_ref().is_some_and(|json| !json.is_null()) {
        let mut person = Map::new();
        person.insert("answers".to_owned(), Json::Object(own));
        if let Some(assessment) = assessment {
            person.insert("assessment".to_owned(), assessment);
        }
        people.push(Json::Object(person));
    }
    body.insert("people".to_owned(), Json::Array(people));
    json
}
