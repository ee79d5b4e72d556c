//! The published payload contract: the JSON Schema generated from `domain::payload` and the
//! example payloads, one per journey and country (feature `schema`; native only).
//!
//! `intake-schema write` puts both under `public/schema/`; `tests/receiver/contract.rs` fails
//! when the checked-in files differ from what this module generates. The examples are built by
//! walking each journey's route with a valid answer for every question, so they follow the
//! route as fields and steps are added.

use serde_json::Value as Json;
use time::macros::date;

use crate::domain::Date;
use crate::domain::examples::{add_example_sibling, example_answers};
use crate::domain::journey::Setup;
use crate::domain::locale::{Country, Language};
use crate::domain::options::Purpose;
use crate::domain::payload::{Payload, SCHEMA_VERSION};

/// Where the schema of this version is published, relative to the crate root.
pub fn schema_path() -> String {
    format!("public/schema/{SCHEMA_VERSION}.json")
}

/// Where the example payloads are published, relative to the crate root.
pub const EXAMPLES_DIR: &str = "public/schema/examples";

/// The command that regenerates the schema and the examples.
pub const WRITE_COMMAND: &str =
    "cargo run --locked --no-default-features --features receiver --bin intake-schema -- write";

/// The day the examples are built and checked on.
pub const EXAMPLE_TODAY: Date = date!(2026 - 01 - 15);

/// The JSON Schema (2020-12) of `Payload`, as the wizard sends it: every property present
/// (`null` where a value is absent).
pub fn schema() -> Json {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Payload>();
    schema.insert(
        "title".to_owned(),
        Json::String(format!(
            "Intake wizard submission, schema version {SCHEMA_VERSION}"
        )),
    );
    schema.to_value()
}

/// Pretty JSON with a final newline, as the files are checked in.
pub fn to_file_text(json: &Json) -> String {
    let mut text = serde_json::to_string_pretty(json).unwrap_or_default();
    text.push('\n');
    text
}

/// One example: its file name and the settings and answers it is made from.
struct Journey {
    file: &'static str,
    country: Country,
    /// The answer to `purpose`.
    purpose: Purpose,
    language: Language,
    municipality: &'static str,
    /// Whether the municipality's settings name the country (so the question is skipped).
    preset_country: bool,
}

const JOURNEYS: &[Journey] = &[
    Journey {
        file: "family-se.json",
        country: Country::Se,
        purpose: Purpose::Apply,
        language: Language::Sv,
        municipality: "Exempelby kommun",
        preset_country: false,
    },
    Journey {
        file: "family-dk.json",
        country: Country::Dk,
        purpose: Purpose::Apply,
        language: Language::Da,
        municipality: "Eksempelby Kommune",
        preset_country: true,
    },
    Journey {
        file: "volunteer-se.json",
        country: Country::Se,
        purpose: Purpose::Volunteer,
        language: Language::Sv,
        municipality: "Exempelby kommun",
        preset_country: true,
    },
    Journey {
        file: "volunteer-dk.json",
        country: Country::Dk,
        purpose: Purpose::Volunteer,
        language: Language::En,
        municipality: "Eksempelby Kommune",
        preset_country: false,
    },
];

/// The example payloads with their file names, or which answers would not validate (then
/// give that field a valid example in `example_value`).
pub fn examples() -> Result<Vec<(&'static str, Payload)>, String> {
    JOURNEYS
        .iter()
        .map(|journey| {
            let setup = Setup {
                preset_country: journey.preset_country.then_some(journey.country),
                dk_qualifications: false,
            };
            let mut answers =
                example_answers(setup, journey.country, journey.purpose, EXAMPLE_TODAY);
            // The Swedish family applies for two children (schema version 2).
            if journey.file == "family-se.json" {
                add_example_sibling(&mut answers);
            }
            Payload::build(
                setup,
                &answers,
                journey.language,
                journey.municipality,
                "2026-01-15T10:30:00+01:00",
                EXAMPLE_TODAY,
            )
            .map(|payload| (journey.file, payload))
            .map_err(|errors| {
                let list: Vec<String> = errors
                    .iter()
                    .map(|error| format!("{} {}", error.path, error.code))
                    .collect();
                format!(
                    "example {}: {} (give the field a valid answer in contract::example_value)",
                    journey.file,
                    list.join(", ")
                )
            })
        })
        .collect()
}
