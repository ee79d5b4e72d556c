//! The case system's inbox: bearer tokens from a file (revocable without a restart), listing in
//! the order received, acknowledgement, the audit log, and retention.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use intake_wizard::receiver::digest::content_digest;
use intake_wizard::receiver::tokens::line_for;
use serde_json::json;

use crate::harness::{Answer, Harness, args, example, new_key, post, send, start_with};

const TOKEN: &str = "the-case-systems-secret";

/// A receiver whose tokens file lists `TOKEN` as `case-system`.
async fn with_token() -> (Harness, std::path::PathBuf) {
    let mut args = args();
    let file = args.data_dir.with_file_name("tokens.txt");
    std::fs::write(
        &file,
        format!("# inbox\n{}\n", line_for("case-system", TOKEN)),
    )
    .unwrap();
    args.tokens_file = Some(file.clone());
    (start_with(args).await, file)
}

fn get(path: &str, token: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    request.body(Body::empty()).unwrap()
}

fn ack(reference: &str, token: Option<&str>) -> Request<Body> {
    let mut request = Request::post(format!("/api/inbox/{reference}/ack"));
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    request.body(Body::empty()).unwrap()
}

fn assert_unauthorized(answer: &Answer) {
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.headers["www-authenticate"], "Bearer");
    assert_eq!(
        answer.json,
        json!({"errors": [{"path": "Authorization", "code": "unauthorized"}]})
    );
}

async fn submit(harness: &Harness, name: &str) -> (String, Vec<u8>) {
    let body = example(name);
    let answer = post(&harness.router, &body, &new_key()).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    (answer.json["reference"].as_str().unwrap().to_owned(), body)
}

#[tokio::test]
async fn without_a_listed_token_the_inbox_is_401_and_reveals_nothing() {
    let (harness, _) = with_token().await;
    let (reference, _) = submit(&harness, "family-se.json").await;
    for token in [
        None,
        Some("wrong"),
        Some(""),
        Some("the-case-systems-secre"),
    ] {
        assert_unauthorized(&send(&harness.router, get("/api/inbox", token)).await);
        assert_unauthorized(&send(&harness.router, ack(&reference, token)).await);
        // Not even whether a reference exists.
        assert_unauthorized(&send(&harness.router, ack("IW-0000-0000", token)).await);
    }
    let basic = Request::get("/api/inbox")
        .header("authorization", format!("Basic {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    assert_unauthorized(&send(&harness.router, basic).await);
    // No tokens file at all.
    let plain = start_with(args()).await;
    assert_unauthorized(&send(&plain.router, get("/api/inbox", Some(TOKEN))).await);
    assert!(
        harness
            .store()
            .audit_log(&reference)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_inbox_lists_in_the_order_received_pages_and_forgets_what_is_acknowledged() {
    let (harness, _) = with_token().await;
    let mut sent = Vec::new();
    for name in ["family-se.json", "volunteer-dk.json", "family-dk.json"] {
        sent.push(submit(&harness, name).await);
    }
    let first = send(&harness.router, get("/api/inbox?limit=2", Some(TOKEN))).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.json);
    assert_eq!(first.headers["cache-control"], "no-store");
    let listed = first.json["submissions"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    for (item, (reference, body)) in listed.iter().zip(&sent) {
        assert_eq!(item["reference"], json!(reference));
        assert_eq!(item["body"].as_str().unwrap().as_bytes(), body.as_slice());
        assert_eq!(item["digest"], json!(content_digest(body)));
        assert!(item["received_at"].as_str().unwrap().ends_with('Z'));
    }
    assert_eq!(listed[1]["kind"], json!("volunteer-registration"));
    let next = first.json["next"].as_i64().unwrap();
    assert_eq!(next, listed[1]["cursor"].as_i64().unwrap());
    let rest = send(
        &harness.router,
        get(&format!("/api/inbox?after={next}&limit=2"), Some(TOKEN)),
    )
    .await;
    let rest = rest.json["submissions"].as_array().unwrap().clone();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0]["reference"], json!(sent[2].0));

    let acked = send(&harness.router, ack(&sent[0].0, Some(TOKEN))).await;
    assert_eq!(acked.status, StatusCode::OK, "{}", acked.json);
    assert_eq!(acked.json["reference"], json!(sent[0].0));
    let again = send(&harness.router, ack(&sent[0].0, Some(TOKEN))).await;
    assert_eq!(again.json, acked.json, "a second ack answers the first");
    let after_ack = send(&harness.router, get("/api/inbox", Some(TOKEN))).await;
    let references: Vec<&str> = after_ack.json["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["reference"].as_str().unwrap())
        .collect();
    assert_eq!(references, [sent[1].0.as_str(), sent[2].0.as_str()]);

    let missing = send(&harness.router, ack("IW-0000-0000", Some(TOKEN))).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for query in ["limit=0", "limit=101", "after=-1", "after=x"] {
        let answer = send(
            &harness.router,
            get(&format!("/api/inbox?{query}"), Some(TOKEN)),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
    }

    // Every listing and acknowledgement is in the audit log under the token's name.
    let mut log = harness.store().audit_log(&sent[0].0).await.unwrap();
    log.sort();
    let entry = |action: &str| ("case-system".to_owned(), action.to_owned());
    assert_eq!(log, [entry("ack"), entry("ack"), entry("read")]);
    assert_eq!(
        harness.store().audit_log(&sent[2].0).await.unwrap(),
        [entry("read"), entry("read")]
    );
}

#[tokio::test]
async fn a_token_is_added_and_revoked_by_editing_the_file_without_a_restart() {
    let (harness, file) = with_token().await;
    let inbox = |token| get("/api/inbox", Some(token));
    assert_eq!(
        send(&harness.router, inbox(TOKEN)).await.status,
        StatusCode::OK
    );
    let other = "a-second-token";
    assert_unauthorized(&send(&harness.router, inbox(other)).await);
    std::fs::write(&file, format!("{}\n", line_for("archive", other))).unwrap();
    assert_eq!(
        send(&harness.router, inbox(other)).await.status,
        StatusCode::OK
    );
    assert_unauthorized(&send(&harness.router, inbox(TOKEN)).await);
    std::fs::remove_file(&file).unwrap();
    assert_unauthorized(&send(&harness.router, inbox(other)).await);
}

#[tokio::test]
async fn retention_deletes_the_body_of_acknowledged_submissions_only_and_audits_it() {
    let (harness, _) = with_token().await;
    let (acked, body) = submit(&harness, "family-se.json").await;
    let (waiting, _) = submit(&harness, "volunteer-se.json").await;
    let health = || Request::get("/api/health").body(Body::empty()).unwrap();
    let backlog = send(&harness.router, health()).await.json["backlog"]
        .as_i64()
        .unwrap();
    assert_eq!(
        send(&harness.router, ack(&acked, Some(TOKEN))).await.status,
        StatusCode::OK
    );
    assert_eq!(
        send(&harness.router, health()).await.json["backlog"],
        json!(backlog - 1)
    );
    // Acknowledged now, so not yet older than the default 30 days.
    let store = harness.store();
    assert_eq!(
        intake_wizard::receiver::retention::purge(store, 30)
            .await
            .unwrap(),
        0
    );
    // A cut-off after the acknowledgement purges it.
    let purged = store
        .purge("9999-12-31T00:00:00Z", "2030-01-01T00:00:00Z")
        .await
        .unwrap();
    assert_eq!(purged, 1);
    assert_eq!(store.body(&acked).await.unwrap().as_deref(), Some(""));
    assert!(!store.body(&waiting).await.unwrap().unwrap().is_empty());
    let exported = store.export().await.unwrap();
    let row = exported.iter().find(|row| row.reference == acked).unwrap();
    assert_eq!(row.digest, content_digest(&body), "the digest is kept");
    assert!(row.received_at.ends_with('Z'), "the time received is kept");
    assert!(
        store
            .audit_log(&acked)
            .await
            .unwrap()
            .contains(&("retention".to_owned(), "purge".to_owned()))
    );
    assert_eq!(
        store
            .purge("9999-12-31T00:00:00Z", "2030-01-01T00:00:00Z")
            .await
            .unwrap(),
        0,
        "purged once"
    );
    assert_eq!(
        intake_wizard::receiver::Args::for_data_dir("x").retain_days,
        30
    );
}
