//! Several receivers on one PostgreSQL database: each stored submission is forwarded by exactly
//! one of them, once, and none is lost (README "Scaling"). Runs only with a `postgres://`
//! DATABASE_URL (`script/with-postgres`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;
use axum::routing::post;
use intake_wizard::contract::examples;
use intake_wizard::receiver::{Receiver, clock, forward};

use crate::harness::{args, isolate, new_key, post as post_submission};

const SUBMISSIONS: usize = 2000;
const RECEIVERS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_receivers_on_one_postgresql_forward_2000_submissions_each_exactly_once() {
    let mut args = args();
    if !args
        .database_url
        .as_deref()
        .is_some_and(|url| url.starts_with("postgres"))
    {
        return; // SQLite: one receiver per file
    }
    isolate(&mut args).await;

    // The case system: counts each Idempotency-Key it is sent.
    let seen: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let counted = Arc::clone(&seen);
    let case_system = axum::Router::new().route(
        "/intake",
        post(move |headers: axum::http::HeaderMap| {
            let counted = Arc::clone(&counted);
            async move {
                let key = headers["idempotency-key"].to_str().unwrap().to_owned();
                *counted.lock().unwrap().entry(key).or_default() += 1;
                StatusCode::CREATED
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, case_system).await });
    args.forward_url = Some(format!("http://{address}/intake"));
    args.max_connections = 6;

    let mut receivers = Vec::new();
    let mut forwarders = Vec::new();
    for _ in 0..RECEIVERS {
        let receiver = Receiver::open(&args).await.unwrap();
        forwarders.push(forward::spawn(&receiver, &args).unwrap().unwrap());
        receivers.push(receiver);
    }
    let routers: Vec<_> = receivers.iter().map(Receiver::router).collect();

    let started = clock::instant();
    let payloads = examples().unwrap();
    let mut tasks = Vec::new();
    let keys: Vec<String> = (0..SUBMISSIONS).map(|_| new_key()).collect();
    for worker in 0..32 {
        let (routers, payloads, keys) = (routers.clone(), payloads.clone(), keys.clone());
        tasks.push(tokio::spawn(async move {
            let mut references = Vec::new();
            for index in (worker..SUBMISSIONS).step_by(32) {
                let (_, payload) = &payloads[index % payloads.len()];
                let mut payload = payload.clone();
                payload.submitted_at = format!("2026-01-15T10:30:00.{index:06}+01:00");
                let body = serde_json::to_vec(&payload).unwrap();
                let router = &routers[index % RECEIVERS];
                let answer = post_submission(router, &body, &keys[index]).await;
                assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
                references.push(answer.json["reference"].as_str().unwrap().to_owned());
            }
            references
        }));
    }
    let mut references = Vec::new();
    for task in tasks {
        references.extend(task.await.unwrap());
    }
    let stored_in = started.elapsed();

    // Until every key has arrived (or a minute has passed), then a moment for any duplicate.
    for _ in 0..600 {
        if seen.lock().unwrap().len() == SUBMISSIONS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let forwarded_in = started.elapsed();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for forwarder in forwarders {
        forwarder.stop().await;
    }
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen.len(),
        SUBMISSIONS,
        "every submission reached the case system"
    );
    let twice: Vec<_> = seen.iter().filter(|(_, count)| **count != 1).collect();
    assert!(twice.is_empty(), "forwarded more than once: {twice:?}");
    for key in &keys {
        assert!(seen.contains_key(key), "lost: {key}");
    }
    let store = receivers[0].store();
    for reference in &references {
        assert_eq!(
            store.delivery(reference).await.unwrap(),
            Some(("delivered".to_owned(), 1))
        );
    }
    tracing_report(&format!(
        "three receivers: {SUBMISSIONS} stored in {stored_in:?}, all forwarded once after {forwarded_in:?}"
    ));
}

#[allow(clippy::print_stderr)] // the figure goes in the closing note
fn tracing_report(line: &str) {
    eprintln!("{line}");
}
