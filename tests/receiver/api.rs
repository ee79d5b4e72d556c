//! `POST /api/submissions` and `GET /api/health`: each input gets its status and codes, and
//! nothing is stored for a rejected request.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use intake_wizard::receiver::digest::content_digest;
use intake_wizard::receiver::reference::is_reference;
use serde_json::{Value, json};

use crate::harness::{
    Harness, example, examples, examples_v1, new_key, post, send, start, start_with, submission,
};

fn codes(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(path, code)| ((*path).to_owned(), (*code).to_owned()))
        .collect()
}

async fn stored(harness: &Harness, key: &str) -> i64 {
    harness.store().count_for_key(key).await.unwrap()
}

#[tokio::test]
async fn every_example_is_accepted_and_stored_byte_for_byte() {
    let harness = start().await;
    for (name, bytes) in examples() {
        let key = new_key();
        let answer = post(&harness.router, &bytes, &key).await;
        assert_eq!(
            answer.status,
            StatusCode::CREATED,
            "{name}: {}",
            answer.json
        );
        let reference = answer.json["reference"].as_str().unwrap();
        assert!(is_reference(reference), "{reference}");
        assert_eq!(answer.json["digest"], json!(content_digest(&bytes)));
        assert!(answer.json["received_at"].as_str().unwrap().ends_with('Z'));
        assert_eq!(answer.headers["cache-control"], "no-store");
        assert_eq!(stored(&harness, &key).await, 1);
        let body = harness.store().body(reference).await.unwrap().unwrap();
        assert_eq!(body.as_bytes(), bytes.as_slice(), "{name}");
    }
}

#[tokio::test]
async fn a_version_1_body_is_still_accepted_and_stored_as_sent_with_its_version() {
    let harness = start().await;
    let v1 = examples_v1();
    assert_eq!(v1.len(), 4);
    for (name, bytes) in v1 {
        let key = new_key();
        let answer = post(&harness.router, &bytes, &key).await;
        assert_eq!(
            answer.status,
            StatusCode::CREATED,
            "{name}: {}",
            answer.json
        );
        let reference = answer.json["reference"].as_str().unwrap();
        let body = harness.store().body(reference).await.unwrap().unwrap();
        assert_eq!(body.as_bytes(), bytes.as_slice(), "{name}");
        // And its rules are checked: a wrong check digit in a version 1 body is refused.
        let mut json: Value = serde_json::from_slice(&bytes).unwrap();
        if json["answers"].get("person-id").is_some() {
            json["answers"]["person-id"] = json!("201503142381");
            let (answer, key) = post_json(&harness, &json).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{name}");
            assert_eq!(stored(&harness, &key).await, 0);
        }
    }
}

#[tokio::test]
async fn a_wrong_content_type_is_415_and_stores_nothing() {
    let harness = start().await;
    let body = example("family-se.json");
    let key = new_key();
    let request = Request::post("/api/submissions")
        .header("content-type", "text/plain")
        .header("content-digest", content_digest(&body))
        .header("idempotency-key", &key)
        .body(Body::from(body))
        .unwrap();
    let answer = send(&harness.router, request).await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer.codes(), codes(&[("", "unsupported-media-type")]));
    assert_eq!(stored(&harness, &key).await, 0);
}

#[tokio::test]
async fn malformed_json_is_400_and_stores_nothing() {
    let harness = start().await;
    for body in [
        &b"{\"schema_version\": \"1\","[..],
        b"not json",
        b"{} trailing",
    ] {
        let key = new_key();
        let answer = post(&harness.router, body, &key).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.codes(), codes(&[("", "malformed-json")]));
        assert_eq!(stored(&harness, &key).await, 0);
    }
}

fn family_se() -> Value {
    serde_json::from_slice(&example("family-se.json")).unwrap()
}

async fn post_json(harness: &Harness, json: &Value) -> (crate::harness::Answer, String) {
    let key = new_key();
    let body = serde_json::to_vec(json).unwrap();
    (post(&harness.router, &body, &key).await, key)
}

#[tokio::test]
async fn a_schema_violation_is_400_with_its_path_and_code_and_stores_nothing() {
    let harness = start().await;
    let mut cases = Vec::new();
    let mut extra = family_se();
    extra["extra"] = json!(true);
    cases.push((extra, codes(&[("extra", "unknown-field")])));
    let mut country = family_se();
    country["country"] = json!("no");
    cases.push((country, codes(&[("country", "unknown-value")])));
    let mut missing = family_se();
    missing.as_object_mut().unwrap().remove("municipality");
    cases.push((missing, codes(&[("municipality", "missing")])));
    let mut wrong_type = family_se();
    wrong_type["municipality"] = json!(12);
    cases.push((wrong_type, codes(&[("municipality", "wrong-type")])));
    let mut answer_type = family_se();
    answer_type["answers"]["purpose"] = json!(true);
    cases.push((answer_type, codes(&[("answers.purpose", "wrong-type")])));
    let mut unknown_answer = family_se();
    unknown_answer["answers"]["shoe-size"] = json!("42");
    cases.push((
        unknown_answer,
        codes(&[("answers.shoe-size", "unknown-field")]),
    ));
    assert_refused(&harness, cases).await;
}

#[tokio::test]
async fn a_rule_violation_is_400_with_the_domains_codes_and_stores_nothing() {
    let harness = start().await;
    let mut cases = Vec::new();
    let mut missing = family_se();
    missing["answers"]
        .as_object_mut()
        .unwrap()
        .remove("purpose");
    cases.push((missing, codes(&[("answers.purpose", "required")])));
    let mut option = family_se();
    option["answers"]["purpose"] = json!("complain");
    cases.push((option, codes(&[("answers.purpose", "unknown-option")])));
    let mut kind = family_se();
    kind["kind"] = json!("volunteer-registration");
    cases.push((kind, codes(&[("kind", "kind-mismatch")])));
    let mut country = family_se();
    country["country"] = json!("dk");
    cases.push((country, codes(&[("country", "country-mismatch")])));
    let mut checksum = family_se();
    checksum["people"][0]["answers"]["person-id"] = json!("201503142381");
    cases.push((
        checksum,
        codes(&[("people.0.answers.person-id", "personnummer-checksum")]),
    ));
    assert_refused(&harness, cases).await;
}

#[tokio::test]
async fn a_missing_or_wrong_digest_is_400_and_stores_nothing() {
    let harness = start().await;
    let body = example("family-se.json");
    let other = example("family-dk.json");
    for (digest, code) in [
        (None, "digest-missing"),
        (Some("sha-512=:AAAA:".to_owned()), "digest-missing"),
        (Some("sha-256=:not base64:".to_owned()), "digest-malformed"),
        (Some(content_digest(&other)), "digest-mismatch"),
    ] {
        let key = new_key();
        let mut request = Request::post("/api/submissions")
            .header("content-type", "application/json")
            .header("idempotency-key", &key);
        if let Some(digest) = digest {
            request = request.header("content-digest", digest);
        }
        let answer = send(
            &harness.router,
            request.body(Body::from(body.clone())).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.codes(), codes(&[("Content-Digest", code)]));
        assert_eq!(stored(&harness, &key).await, 0);
    }
    // Other algorithms may be listed next to sha-256.
    let key = new_key();
    let request = Request::post("/api/submissions")
        .header("content-type", "application/json; charset=utf-8")
        .header(
            "content-digest",
            format!("sha-512=:AAAA:, {}", content_digest(&body)),
        )
        .header("idempotency-key", format!("\"{key}\""))
        .body(Body::from(body))
        .unwrap();
    assert_eq!(
        send(&harness.router, request).await.status,
        StatusCode::CREATED
    );
    assert_eq!(stored(&harness, &key).await, 1);
}

#[tokio::test]
async fn a_missing_or_malformed_idempotency_key_is_400() {
    let harness = start().await;
    let body = example("family-se.json");
    for (key, code) in [
        (None, "idempotency-key-missing"),
        (Some("12345"), "idempotency-key-invalid"),
    ] {
        let mut request = Request::post("/api/submissions")
            .header("content-type", "application/json")
            .header("content-digest", content_digest(&body));
        if let Some(key) = key {
            request = request.header("idempotency-key", key);
        }
        let answer = send(
            &harness.router,
            request.body(Body::from(body.clone())).unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(answer.codes(), codes(&[("Idempotency-Key", code)]));
    }
}

#[tokio::test]
async fn an_oversize_body_is_413_and_stores_nothing() {
    let mut args = crate::harness::args();
    args.max_body = 16384;
    let harness = start_with(args).await;
    let mut json = family_se();
    json["municipality"] = json!("x".repeat(20000));
    let body = serde_json::to_vec(&json).unwrap();
    // Read until the limit (no Content-Length), and refused on its Content-Length alone.
    let key = new_key();
    let answer = post(&harness.router, &body, &key).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.codes(), codes(&[("", "body-too-large")]));
    let declared = submission(&body, &key)
        .header("content-length", body.len())
        .body(Body::from(body.clone()))
        .unwrap();
    let answer = send(&harness.router, declared).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(stored(&harness, &key).await, 0);
    // Just under the limit is read (and here refused by the rules, not by size).
    let mut json = family_se();
    json["municipality"] = json!("x".repeat(101));
    let body = serde_json::to_vec(&json).unwrap();
    assert!(body.len() < 16384);
    let answer = post(&harness.router, &body, &key).await;
    assert_eq!(answer.codes(), codes(&[("municipality", "invalid")]));
}

#[tokio::test]
async fn a_replayed_key_gets_the_original_201_and_stores_one_row() {
    let harness = start().await;
    let body = example("volunteer-se.json");
    let key = new_key();
    let first = post(&harness.router, &body, &key).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert!(first.headers.get("idempotent-replayed").is_none());
    let again = post(&harness.router, &body, &key).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.json, first.json);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    assert_eq!(stored(&harness, &key).await, 1);
}

#[tokio::test]
async fn a_key_reused_for_another_body_is_422_and_keeps_the_original() {
    let harness = start().await;
    let key = new_key();
    let original = example("volunteer-se.json");
    let first = post(&harness.router, &original, &key).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let answer = post(&harness.router, &example("volunteer-dk.json"), &key).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        answer.codes(),
        codes(&[("Idempotency-Key", "idempotency-key-reused")])
    );
    assert_eq!(stored(&harness, &key).await, 1);
    let reference = first.json["reference"].as_str().unwrap();
    let body = harness.store().body(reference).await.unwrap().unwrap();
    assert_eq!(body.as_bytes(), original.as_slice());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_posts_with_one_key_store_exactly_one_row() {
    let harness = start().await;
    let body = example("family-dk.json");
    let key = new_key();
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let router = harness.router.clone();
            let body = body.clone();
            let key = key.clone();
            tokio::spawn(async move { post(&router, &body, &key).await })
        })
        .collect();
    let mut references = Vec::new();
    for task in tasks {
        let answer = task.await.unwrap();
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
        references.push(answer.json["reference"].as_str().unwrap().to_owned());
    }
    references.dedup();
    assert_eq!(references.len(), 1, "every answer names the one stored row");
    assert_eq!(stored(&harness, &key).await, 1);
}

#[tokio::test]
async fn health_is_200_when_the_database_answers() {
    let harness = start().await;
    let answer = send(
        &harness.router,
        Request::get("/api/health").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json["status"], json!("ok"));
    harness.store().close().await;
    let answer = send(
        &harness.router,
        Request::get("/api/health").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn a_storage_failure_is_500_and_never_acknowledged() {
    let harness = start().await;
    harness.store().close().await;
    let key = new_key();
    let answer = post(&harness.router, &example("family-se.json"), &key).await;
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(answer.codes(), codes(&[("", "storage-failed")]));
    let _ = &harness.dir;
}

/// Each body is answered 400 with exactly these field codes, and nothing is stored.
async fn assert_refused(harness: &Harness, cases: Vec<(Value, Vec<(String, String)>)>) {
    for (json, expected) in cases {
        let (answer, key) = post_json(harness, &json).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{json}");
        assert_eq!(answer.codes(), expected, "{json}");
        assert_eq!(stored(harness, &key).await, 0);
    }
}

fn example_json(name: &str) -> Value {
    serde_json::from_slice(&example(name)).unwrap()
}

#[tokio::test]
async fn a_volunteer_registration_is_stored_with_its_requirements_check() {
    let harness = start().await;
    for (name, last_rule) in [
        ("volunteer-se.json", "register-check-consent"),
        ("volunteer-dk.json", "borneattest-consent"),
    ] {
        let body = example(name);
        let json: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["people"], json!([]), "{name}");
        assert_eq!(
            json["requirements"]["outcome"],
            json!("may-proceed"),
            "{name}"
        );
        let checks = json["requirements"]["checks"].as_array().unwrap();
        let last = checks.last().unwrap();
        assert_eq!(
            (&last["rule"], &last["status"]),
            (&json!(last_rule), &json!("met")),
            "{name}"
        );
        assert!(last["basis"]["cite"].is_string(), "{name}: cited");
        let key = new_key();
        let answer = post(&harness.router, &body, &key).await;
        assert_eq!(
            answer.status,
            StatusCode::CREATED,
            "{name}: {}",
            answer.json
        );
        assert_eq!(stored(&harness, &key).await, 1);
    }
}

#[tokio::test]
async fn a_volunteer_registration_whose_requirements_or_answers_do_not_hold_is_refused() {
    let harness = start().await;
    let mut cases = Vec::new();
    let mut outcome = example_json("volunteer-se.json");
    outcome["requirements"]["outcome"] = json!("requirements-not-met");
    cases.push((outcome, codes(&[("requirements", "requirements-mismatch")])));
    let mut status = example_json("volunteer-dk.json");
    status["requirements"]["checks"][1]["status"] = json!("not-met");
    cases.push((status, codes(&[("requirements", "requirements-mismatch")])));
    let mut none = example_json("volunteer-dk.json");
    none["requirements"] = Value::Null;
    cases.push((none, codes(&[("requirements", "requirements-mismatch")])));
    let mut family = family_se();
    family["requirements"] = example_json("volunteer-se.json")["requirements"].clone();
    cases.push((family, codes(&[("requirements", "requirements-mismatch")])));
    // Families imply children under 15: "no" is refused and the børneattest consent is needed.
    let mut contradiction = example_json("volunteer-dk.json");
    let answers = contradiction["answers"].as_object_mut().unwrap();
    answers.insert("support-groups".to_owned(), json!(["families"]));
    answers.insert("children-under-15".to_owned(), json!("no"));
    answers.remove("borneattest-consent");
    cases.push((
        contradiction,
        codes(&[
            ("answers.children-under-15", "contradicts-earlier-answer"),
            ("answers.borneattest-consent", "required"),
        ]),
    ));
    assert_refused(&harness, cases).await;
}
