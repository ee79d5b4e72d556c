//! Rate limiting per client address, and `/api/metrics` in the Prometheus text format with no
//! personal data.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};

use crate::harness::{args, example, new_key, post, send, start, start_with, submission};

fn health_from(address: &str) -> Request<Body> {
    let mut request = Request::get("/api/health").body(Body::empty()).unwrap();
    let peer: SocketAddr = address.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

#[tokio::test]
async fn past_its_rate_an_address_gets_429_with_retry_after_and_others_do_not() {
    let mut args = args();
    args.rate_limit = 3;
    let harness = start_with(args).await;
    for _ in 0..3 {
        let answer = send(&harness.router, health_from("192.0.2.1:5000")).await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    let limited = send(&harness.router, health_from("192.0.2.1:5001")).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    assert_eq!(
        limited.json,
        serde_json::json!({"errors": [{"path": "", "code": "rate-limited"}]})
    );
    let other = send(&harness.router, health_from("192.0.2.2:5000")).await;
    assert_eq!(other.status, StatusCode::OK);
    // Off by default.
    let open = start().await;
    for _ in 0..50 {
        let answer = send(&open.router, health_from("192.0.2.1:5000")).await;
        assert_eq!(answer.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn metrics_count_outcomes_by_code_and_name_no_submission() {
    let harness = start().await;
    let body = example("family-se.json");
    let key = new_key();
    let stored = post(&harness.router, &body, &key).await;
    assert_eq!(
        post(&harness.router, &body, &key).await.status,
        StatusCode::CREATED
    );
    post(&harness.router, b"not json", &new_key()).await;
    let no_key = submission(&body, "x")
        .body(Body::from(body.clone()))
        .unwrap();
    send(&harness.router, no_key).await;
    let request = Request::get("/api/metrics").body(Body::empty()).unwrap();
    let response = tower::ServiceExt::oneshot(harness.router.clone(), request)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    for line in [
        "intake_submissions_accepted_total 1\n",
        "intake_submissions_replayed_total 1\n",
        "intake_submissions_refused_total{code=\"malformed-json\"} 1\n",
        "intake_submissions_refused_total{code=\"idempotency-key-invalid\"} 1\n",
        "intake_backlog 1\n",
        "intake_forward_failures_total 0\n",
        "# TYPE intake_backlog gauge\n",
    ] {
        assert!(text.contains(line), "lacks {line:?}:\n{text}");
    }
    let reference = stored.json["reference"].as_str().unwrap();
    assert!(
        !text.contains(reference) && !text.contains("Karin"),
        "{text}"
    );
}
