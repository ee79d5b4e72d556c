//! Sealing and opening (`intake_wizard::seal`): every example of every published schema
//! version round-trips; a wrong key, a flipped byte, changed associated data, an envelope moved
//! to another reference, a body that is not its digest or that the rules refuse are refused;
//! sealed to two keys, either opens; key files.

use std::path::PathBuf;

use intake_wizard::contract::EXAMPLE_TODAY;
use intake_wizard::seal::{
    self, Envelope, PrivateKey, PublicKey, SealError, Sealing, content_digest, generate,
};
use serde_json::{Value, json};

use crate::harness::{example, examples, examples_v1};

fn sealing_for(body: &[u8], reference: &str) -> Sealing {
    let payload: Value = serde_json::from_slice(body).unwrap();
    Sealing {
        reference: reference.to_owned(),
        received_at: "2026-01-15T09:30:00.123Z".to_owned(),
        digest: content_digest(body),
        schema_version: payload["schema_version"].as_str().unwrap().to_owned(),
        rules_date: EXAMPLE_TODAY,
    }
}

fn sealed(body: &[u8], reference: &str, to: &[&PublicKey]) -> Envelope {
    let to: Vec<PublicKey> = to.iter().map(|key| (*key).clone()).collect();
    seal::seal(body, &sealing_for(body, reference), &to).unwrap()
}

/// The envelope after a trip through its JSON text, as the inbox hands it out.
fn through_json(envelope: &Envelope) -> Envelope {
    let text = envelope.to_json().to_string();
    Envelope::from_json(&serde_json::from_str(&text).unwrap()).unwrap()
}

fn assert_tampered(result: Result<seal::Opened, SealError>, what: &str) {
    match result {
        Err(SealError::Tampered { .. }) => {}
        other => panic!("{what}: expected Tampered, got {other:?}"),
    }
}

/// The schema versions published in `public/schema/<version>.json`.
fn published_versions() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/schema");
    let mut versions: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    versions.sort();
    versions
}

#[test]
fn every_example_of_every_schema_version_round_trips() {
    let key = generate().unwrap();
    let mut versions_seen = Vec::new();
    for (name, body) in examples().into_iter().chain(examples_v1()) {
        let envelope = through_json(&sealed(&body, "IW-7K3M-Q9TX", &[key.public()]));
        let opened = seal::open(&envelope, &key).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(opened.body.as_bytes(), body.as_slice(), "{name}");
        assert_eq!(opened.sealing, sealing_for(&body, "IW-7K3M-Q9TX"));
        assert_eq!(
            serde_json::to_value(&opened.payload).unwrap(),
            intake_wizard::domain::payload::upgrade(serde_json::from_slice(&body).unwrap()),
            "{name}: a version 1 body opens as version 2"
        );
        versions_seen.push(opened.sealing.schema_version.clone());
    }
    // A new schema version needs only its examples: each published one must have some.
    for version in published_versions() {
        assert!(
            versions_seen.contains(&version),
            "no example of schema version {version} was sealed and opened"
        );
    }
}

#[test]
fn a_wrong_key_is_refused_and_named() {
    let (right, wrong) = (generate().unwrap(), generate().unwrap());
    let envelope = sealed(
        &example("family-se.json"),
        "IW-7K3M-Q9TX",
        &[right.public()],
    );
    match seal::open(&envelope, &wrong) {
        Err(SealError::WrongKey { kid, sealed_to, .. }) => {
            assert_eq!(kid, wrong.kid());
            assert_eq!(sealed_to, right.kid());
        }
        other => panic!("expected WrongKey, got {other:?}"),
    }
    // A recipient relabelled with the wrong key's id still does not open with it.
    let mut relabelled = envelope.clone();
    relabelled.recipients[0].kid = wrong.kid().to_owned();
    assert_tampered(seal::open(&relabelled, &wrong), "relabelled recipient");
    let message = seal::open(&envelope, &wrong).unwrap_err().to_string();
    assert!(
        message.starts_with("wrong key: IW-7K3M-Q9TX is sealed to "),
        "{message}"
    );
}

#[test]
fn a_flipped_byte_of_the_ciphertext_or_the_encapsulated_key_is_refused() {
    let key = generate().unwrap();
    let envelope = sealed(
        &example("volunteer-dk.json"),
        "IW-7K3M-Q9TX",
        &[key.public()],
    );
    let length = envelope.recipients[0].ciphertext.len();
    for at in [0, 1, length / 2, length - 17, length - 1] {
        let mut flipped = envelope.clone();
        flipped.recipients[0].ciphertext[at] ^= 0x01;
        assert_tampered(seal::open(&flipped, &key), &format!("ciphertext byte {at}"));
    }
    let mut flipped = envelope.clone();
    flipped.recipients[0].enc[5] ^= 0x80;
    assert_tampered(seal::open(&flipped, &key), "encapsulated key");
    let mut short = envelope.clone();
    short.recipients[0].ciphertext.pop();
    assert_tampered(seal::open(&short, &key), "truncated ciphertext");
    assert!(seal::open(&envelope, &key).is_ok());
}

#[test]
fn changed_associated_data_is_refused() {
    let key = generate().unwrap();
    let body = example("family-dk.json");
    let envelope = sealed(&body, "IW-7K3M-Q9TX", &[key.public()]);
    // Each member bound to the sealed body, changed in the JSON a case system receives.
    let changes = [
        ("digest", json!(content_digest(&example("family-se.json")))),
        ("schema_version", json!("1")),
        ("received_at", json!("2026-01-16T09:30:00.123Z")),
        ("rules_date", json!("2026-01-16")),
    ];
    for (member, value) in changes {
        let mut json = envelope.to_json();
        json[member] = value;
        let changed = Envelope::from_json(&json).unwrap();
        assert_ne!(changed.sealing, envelope.sealing, "{member}");
        assert_tampered(seal::open(&changed, &key), member);
    }
    let mut swapped = envelope.clone();
    swapped.sealing.rules_date = EXAMPLE_TODAY.next_day().unwrap();
    assert_tampered(seal::open(&swapped, &key), "rules date");
    assert!(seal::open(&envelope, &key).is_ok());
}

#[test]
fn an_envelope_moved_to_another_reference_is_refused() {
    let key = generate().unwrap();
    let body = example("family-se.json");
    let first = sealed(&body, "IW-AAAA-AAAA", &[key.public()]);
    let second = sealed(&body, "IW-BBBB-BBBB", &[key.public()]);
    // The first's sealed body under the second's record (same body, same digest).
    let mut moved = second.clone();
    moved.recipients = first.recipients.clone();
    assert_tampered(seal::open(&moved, &key), "recipients of another record");
    let mut renamed = first.to_json();
    renamed["reference"] = json!("IW-BBBB-BBBB");
    assert_tampered(
        seal::open(&Envelope::from_json(&renamed).unwrap(), &key),
        "reference renamed",
    );
    assert!(seal::open(&first, &key).is_ok() && seal::open(&second, &key).is_ok());
}

#[test]
fn sealed_to_two_keys_either_opens_alone() {
    let (case_system, archive) = (generate().unwrap(), generate().unwrap());
    let body = example("volunteer-se.json");
    let envelope = through_json(&sealed(
        &body,
        "IW-7K3M-Q9TX",
        &[case_system.public(), archive.public()],
    ));
    assert_eq!(
        envelope.kids(),
        vec![case_system.kid().to_owned(), archive.kid().to_owned()]
    );
    for key in [&case_system, &archive] {
        assert_eq!(seal::open(&envelope, key).unwrap().body.as_bytes(), body);
    }
    // After a rotation the case system holds several keys; the one sealed to is used.
    let newer = generate().unwrap();
    let opened = seal::open_with(&envelope, &[newer.clone(), archive.clone()]).unwrap();
    assert_eq!(opened.body.as_bytes(), body);
    assert!(matches!(
        seal::open_with(&envelope, &[newer]),
        Err(SealError::WrongKey { .. })
    ));
}

#[test]
fn a_body_that_is_not_its_digest_is_refused() {
    let key = generate().unwrap();
    let body = example("family-se.json");
    let mut sealing = sealing_for(&body, "IW-7K3M-Q9TX");
    sealing.digest = content_digest(&example("family-dk.json"));
    let envelope = seal::seal(&body, &sealing, &[key.public().clone()]).unwrap();
    match seal::open(&envelope, &key) {
        Err(SealError::DigestMismatch {
            expected, actual, ..
        }) => {
            assert_eq!(expected, sealing.digest);
            assert_eq!(actual, content_digest(&body));
        }
        other => panic!("expected DigestMismatch, got {other:?}"),
    }
}

#[test]
fn a_body_the_rules_refuse_is_refused_with_its_codes() {
    let key = generate().unwrap();
    let mut payload: Value = serde_json::from_slice(&example("family-se.json")).unwrap();
    payload["answers"]
        .as_object_mut()
        .unwrap()
        .remove("purpose");
    let body = serde_json::to_vec(&payload).unwrap();
    let envelope = sealed(&body, "IW-7K3M-Q9TX", &[key.public()]);
    match seal::open(&envelope, &key) {
        Err(SealError::Refused {
            errors, rules_date, ..
        }) => {
            assert_eq!(rules_date, "2026-01-15");
            assert!(!errors.is_empty());
        }
        other => panic!("expected Refused, got {other:?}"),
    }
    let mut sealing = sealing_for(&example("family-se.json"), "IW-7K3M-Q9TX");
    sealing.digest = content_digest(b"not json");
    let not_json = seal::seal(b"not json", &sealing, &[key.public().clone()]).unwrap();
    assert!(matches!(
        seal::open(&not_json, &key),
        Err(SealError::NotAPayload { .. })
    ));
}

#[test]
fn key_files_round_trip_and_are_checked() {
    let key = generate().unwrap();
    assert_eq!(key.kid().len(), 16);
    assert!(key.kid().bytes().all(|b| b.is_ascii_hexdigit()));
    let private = PrivateKey::from_jwk(&key.to_jwk()).unwrap();
    assert_eq!(private.kid(), key.kid());
    let public = PublicKey::from_jwk(&key.public().to_jwk()).unwrap();
    assert_eq!(&public, key.public());
    let file: Value = serde_json::from_str(&key.public().to_jwk()).unwrap();
    assert_eq!(file["kty"], "OKP");
    assert_eq!(file["crv"], "X25519");
    assert!(
        file.get("d").is_none(),
        "the public file holds no private key"
    );
    // The receiver refuses a private key file; the opener a public one.
    assert!(PublicKey::from_jwk(&key.to_jwk()).is_err());
    assert!(PrivateKey::from_jwk(&key.public().to_jwk()).is_err());
    // A file whose kid is not its key's.
    let mut wrong = file.clone();
    wrong["kid"] = json!(generate().unwrap().kid());
    assert!(PublicKey::from_jwk(&wrong.to_string()).is_err());
    // A private file whose x is another key's.
    let mut mixed: Value = serde_json::from_str(&key.to_jwk()).unwrap();
    let other: Value = serde_json::from_str(&generate().unwrap().to_jwk()).unwrap();
    mixed["x"] = other["x"].clone();
    mixed["kid"] = other["kid"].clone();
    assert!(PrivateKey::from_jwk(&mixed.to_string()).is_err());
}

#[test]
fn the_envelope_format_is_checked() {
    let key = generate().unwrap();
    let envelope = sealed(&example("family-se.json"), "IW-7K3M-Q9TX", &[key.public()]);
    let json = envelope.to_json();
    assert_eq!(json["format"], seal::FORMAT);
    assert_eq!(json["suite"], json!({"kem": 32, "kdf": 1, "aead": 3}));
    assert_eq!(Envelope::from_json(&json).unwrap(), envelope);
    let mut other_suite = json.clone();
    other_suite["suite"]["aead"] = json!(1);
    assert!(matches!(
        Envelope::from_json(&other_suite),
        Err(SealError::Unsupported { .. })
    ));
    for member in ["reference", "digest", "rules_date", "recipients"] {
        let mut missing = json.clone();
        missing.as_object_mut().unwrap().remove(member);
        assert!(
            matches!(Envelope::from_json(&missing), Err(SealError::Malformed(_))),
            "{member}"
        );
    }
    let mut bad_base64 = json.clone();
    bad_base64["recipients"][0]["ciphertext"] = json!("not base64url!");
    assert!(Envelope::from_json(&bad_base64).is_err());
}
