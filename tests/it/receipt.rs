//! Any backend's 2xx answer: where its reference comes from (`domain::receipt`).

use intake_wizard::domain::config::{Settings, flatten};
use intake_wizard::domain::receipt::{crockford, pointer_tokens, reference, reference_from_key};
use validator::Validate;

const KEY: &str = "3f2a9c1b-7d4e-4a5b-9c6d-1e2f3a4b5c6d";

/// A backend answer as the platform reads it: a small map of pointer → text.
fn answer(pairs: &[(&[&str], &str)]) -> impl Fn(&[String]) -> Option<String> + use<> {
    let pairs: Vec<(Vec<String>, String)> = pairs
        .iter()
        .map(|(tokens, text)| {
            (
                tokens.iter().map(|token| (*token).to_owned()).collect(),
                (*text).to_owned(),
            )
        })
        .collect();
    move |tokens: &[String]| {
        pairs
            .iter()
            .find(|(at, _)| at.as_slice() == tokens)
            .map(|(_, text)| text.clone())
    }
}

#[test]
fn the_settings_pointer_wins() {
    let found = reference(
        Some("/id"),
        answer(&[(&["id"], "BENCH-1"), (&["reference"], "other")]),
        KEY,
    );
    assert_eq!(found, "BENCH-1");
}

#[test]
fn a_nested_pointer_with_escapes_is_followed() {
    assert_eq!(
        pointer_tokens("/data/0/a~1b/c~0d"),
        Some(vec![
            "data".to_owned(),
            "0".to_owned(),
            "a/b".to_owned(),
            "c~d".to_owned()
        ])
    );
    let found = reference(
        Some("/data/0/ref"),
        answer(&[(&["data", "0", "ref"], "K-9")]),
        KEY,
    );
    assert_eq!(found, "K-9");
}

#[test]
fn without_a_pointer_the_answers_reference_is_used() {
    assert_eq!(
        reference(None, answer(&[(&["reference"], "IW-7K3M-Q9TX")]), KEY),
        "IW-7K3M-Q9TX"
    );
}

#[test]
fn a_pointer_that_finds_nothing_falls_back_to_reference_then_to_the_key() {
    assert_eq!(
        reference(Some("/id"), answer(&[(&["reference"], "R-1")]), KEY),
        "R-1"
    );
    assert_eq!(
        reference(Some("/id"), answer(&[(&["id"], "  ")]), KEY),
        reference_from_key(KEY).expect("a UUID key")
    );
}

#[test]
fn a_plain_ok_gets_a_reference_made_from_the_idempotency_key() {
    // {"ok":true} and no reference: the first 40 bits of the key, in Crockford base-32.
    let made = reference(None, answer(&[]), KEY);
    assert_eq!(made, "IK-7WN9-R6VX");
    assert_eq!(made, reference_from_key(KEY).expect("a UUID key"));
    // Another key, another reference.
    assert_ne!(
        reference_from_key("00000000-0000-4000-8000-000000000000"),
        Some(made)
    );
    assert_eq!(reference_from_key("short"), None);
}

#[test]
fn crockford_has_no_ambiguous_letters() {
    assert_eq!(crockford(0, 4), "0000");
    assert_eq!(crockford(31, 2), "0Z");
    let every: String = (0..32).map(|value| crockford(value, 1)).collect();
    for letter in ['I', 'L', 'O', 'U'] {
        assert!(!every.contains(letter), "{letter} is not Crockford base-32");
    }
}

#[test]
fn the_reference_pointer_setting_must_be_a_json_pointer() {
    let with = |pointer: &str| Settings {
        reference_pointer: Some(pointer.to_owned()),
        ..Settings::default()
    };
    assert!(with("/id").validate().is_ok());
    assert!(with("/data/0/reference").validate().is_ok());
    for bad in ["id", "#/id", "/id\u{7}"] {
        let errors = with(bad).validate().err().map(|errors| flatten(&errors));
        assert_eq!(
            errors,
            Some(vec![(
                "referencePointer".to_owned(),
                "reference-pointer".to_owned()
            )]),
            "{bad:?}"
        );
    }
}
