//! The published contract: the checked-in schema and examples are the generated ones, every
//! example is valid against the schema and passes `Payload::check`, and the OpenAPI document
//! references the schema and lists every status the receiver returns.

use std::path::Path;

use intake_wizard::contract::{self, EXAMPLE_TODAY, WRITE_COMMAND};
use intake_wizard::domain::payload::{Payload, SCHEMA_VERSION};
use serde_json::{Value, json};

use crate::harness::examples;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(relative: &str) -> Value {
    let text = std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}; run `{WRITE_COMMAND}`"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{relative}: {error}"))
}

fn validator() -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&read_json(&contract::schema_path()))
        .expect("the schema is a valid JSON Schema")
}

#[test]
fn the_checked_in_schema_is_the_one_the_types_generate() {
    let path = contract::schema_path();
    let checked_in = std::fs::read_to_string(root().join(&path)).unwrap_or_default();
    let generated = contract::to_file_text(&contract::schema());
    assert!(
        checked_in == generated,
        "{path} differs from the payload types; regenerate it with\n    {WRITE_COMMAND}\n\
         and, if the contract changed, bump SCHEMA_VERSION and add a line to \
         public/schema/CHANGELOG.md"
    );
    assert_eq!(
        read_json(&path)["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
}

#[test]
fn the_checked_in_examples_are_the_generated_ones_one_per_journey_and_country() {
    let generated = contract::examples().unwrap_or_else(|message| panic!("{message}"));
    let files = examples();
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "family-dk.json",
            "family-se.json",
            "volunteer-dk.json",
            "volunteer-se.json"
        ]
    );
    for (name, payload) in generated {
        let (_, bytes) = files.iter().find(|(file, _)| file == name).unwrap();
        let expected = contract::to_file_text(&serde_json::to_value(&payload).unwrap());
        assert!(
            String::from_utf8_lossy(bytes) == expected,
            "public/schema/examples/{name} is stale; regenerate with\n    {WRITE_COMMAND}"
        );
    }
}

#[test]
fn every_example_is_valid_against_the_schema_and_passes_the_rules() {
    let validator = validator();
    for (name, bytes) in examples() {
        let json: Value = serde_json::from_slice(&bytes).unwrap();
        let problems: Vec<String> = validator
            .iter_errors(&json)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(problems.is_empty(), "{name}: {problems:?}");
        let payload: Payload = serde_json::from_value(json).unwrap();
        assert_eq!(payload.check(EXAMPLE_TODAY), Ok(()), "{name}");
    }
}

#[test]
fn the_schema_refuses_what_the_receiver_refuses_for_its_shape() {
    let validator = validator();
    let example: Value = serde_json::from_slice(&examples()[0].1).unwrap();
    let mut bad = Vec::new();
    let mut unknown_answer = example.clone();
    unknown_answer["answers"]["favourite-colour"] = json!("blue");
    bad.push(unknown_answer);
    let mut unknown_option = example.clone();
    unknown_option["answers"]["purpose"] = json!("complain");
    bad.push(unknown_option);
    let mut no_assessment = example.clone();
    no_assessment["people"][0]
        .as_object_mut()
        .unwrap()
        .remove("assessment");
    bad.push(no_assessment);
    let mut bad_time = example.clone();
    bad_time["submitted_at"] = json!("yesterday");
    bad.push(bad_time);
    let mut other_version = example.clone();
    other_version["schema_version"] = json!("3");
    bad.push(other_version);
    for json in bad {
        assert!(!validator.is_valid(&json), "accepted: {json}");
        assert!(
            serde_json::from_value::<Payload>(json.clone())
                .map(|payload| payload.check(EXAMPLE_TODAY).is_err())
                .unwrap_or(true),
            "the receiver would accept: {json}"
        );
    }
}

#[test]
fn the_changelog_has_a_line_for_this_schema_version() {
    let changelog =
        std::fs::read_to_string(root().join("public/schema/CHANGELOG.md")).unwrap_or_default();
    assert!(
        changelog.contains(&format!("- **{SCHEMA_VERSION}** ")),
        "public/schema/CHANGELOG.md lacks a line for version {SCHEMA_VERSION}"
    );
}

#[test]
fn the_openapi_document_references_the_schema_and_lists_every_status() {
    let openapi = read_json("public/openapi.json");
    assert_eq!(openapi["openapi"], json!("3.1.0"));
    let post = &openapi["paths"]["/api/submissions"]["post"];
    assert_eq!(
        post["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        json!(format!("schema/{SCHEMA_VERSION}.json"))
    );
    let statuses: Vec<&str> = post["responses"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // Every status `ApiError` and the 201 can give.
    for status in ["201", "400", "408", "413", "415", "422", "500", "503"] {
        assert!(statuses.contains(&status), "openapi.json lacks {status}");
    }
    for example in examples() {
        let name = example.0.trim_end_matches(".json");
        assert_eq!(
            post["requestBody"]["content"]["application/json"]["examples"][name]["externalValue"],
            json!(format!("schema/examples/{}", example.0))
        );
    }
    let health = &openapi["paths"]["/api/health"]["get"]["responses"];
    assert!(health.get("200").is_some() && health.get("503").is_some());
}

#[test]
fn the_openapi_document_lists_every_error_code_the_rules_give() {
    let openapi = read_json("public/openapi.json");
    let codes = &openapi["paths"]["/api/submissions"]["post"]["responses"]["400"]["content"]["application/json"]
        ["x-codes"];
    let listed: Vec<&str> = codes
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let from_domain = intake_wizard::domain::payload::ERROR_CODES
        .iter()
        .copied()
        .chain(
            intake_wizard::domain::validate::ErrorCode::all()
                .into_iter()
                .map(|code| code.code()),
        );
    for code in from_domain {
        assert!(
            listed.contains(&code),
            "openapi.json 400 x-codes lacks {code}"
        );
    }
}
