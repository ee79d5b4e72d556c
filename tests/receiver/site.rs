//! The site: dist/ and extra roots with correct MIME types, precompressed files, the security
//! headers on every response, CORS for listed origins only, and forwarding of stored rows.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::post;
use intake_wizard::receiver::{CSP, forward};
use tokio::sync::mpsc;

use crate::harness::{args, example, new_key, post as post_submission, send, start_with};

fn write(path: &std::path::Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

#[tokio::test]
async fn dist_and_extra_roots_are_served_with_mime_types_compression_and_headers() {
    let mut args = args();
    let hosts = args.dist.with_file_name("hosts");
    write(
        &args.dist.join("index.html"),
        b"<!doctype html><title>x</title>",
    );
    write(&args.dist.join("app_bg.wasm"), b"\0asm\x01\0\0\0");
    write(&args.dist.join("app_bg.wasm.br"), b"brotli bytes");
    write(&args.dist.join("loader.js"), b"import('./x.js');");
    write(&args.dist.join("loader.js.gz"), b"gzip bytes");
    write(
        &hosts.join("open.html"),
        b"<!doctype html><title>host</title>",
    );
    args.extra_roots = vec![hosts];
    let harness = start_with(args).await;
    let get = |path: &str, encoding: &str| {
        Request::get(path)
            .header("accept-encoding", encoding)
            .body(Body::empty())
            .unwrap()
    };
    let page = send(&harness.router, get("/", "")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let wasm = send(&harness.router, get("/app_bg.wasm", "gzip, br")).await;
    assert_eq!(wasm.headers["content-type"], "application/wasm");
    assert_eq!(wasm.headers["content-encoding"], "br");
    let plain = send(&harness.router, get("/app_bg.wasm", "identity")).await;
    assert!(plain.headers.get("content-encoding").is_none());
    let js = send(&harness.router, get("/loader.js", "gzip")).await;
    assert_eq!(js.headers["content-encoding"], "gzip");
    assert!(
        js.headers["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    let host = send(&harness.router, get("/open.html", "")).await;
    assert_eq!(host.status, StatusCode::OK);
    let missing = send(&harness.router, get("/nothing-here.js", "")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let outside = send(&harness.router, get("/../Cargo.toml", "")).await;
    assert_ne!(outside.status, StatusCode::OK);
    for answer in [&page, &wasm, &js, &host, &missing] {
        // No stylesheet in this dist/: no inline style is allowed; the loader by its hash
        // (`printf "import('./x.js');" | openssl dgst -sha256 -binary | base64`).
        assert_eq!(
            answer.headers["content-security-policy"],
            CSP.replace(
                "'wasm-unsafe-eval'",
                "'wasm-unsafe-eval' 'sha256-Knmf4H0YWO0hQdKdq2Xj3kpTJV9cMSN0grGrK5TVRiQ='"
            )
        );
        assert_eq!(answer.headers["x-content-type-options"], "nosniff");
        assert_eq!(answer.headers["referrer-policy"], "no-referrer");
    }
}

#[tokio::test]
async fn the_builds_stylesheets_and_loader_may_be_inline_by_their_hash_and_nothing_else() {
    let args = args();
    write(
        &args.dist.join("index.html"),
        b"<!doctype html><title>x</title>",
    );
    write(&args.dist.join("b.css"), b"p{color:red}");
    write(&args.dist.join("a.css"), b":host{display:block}");
    write(&args.dist.join("themes/t.css"), b"p{}");
    write(&args.dist.join("loader.js"), b"import('./x.js');\n");
    write(&args.dist.join("x.js"), b"export {};");
    let harness = start_with(args).await;
    let page = send(
        &harness.router,
        Request::get("/").body(Body::empty()).unwrap(),
    )
    .await;
    // `printf ':host{display:block}' | openssl dgst -sha256 -binary | base64`, then b.css's,
    // and `printf "import('./x.js');\n"`'s (loader.js) in script-src, no other script.
    assert_eq!(
        page.headers["content-security-policy"],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' \
         'sha256-XQLjgakixHYAuiCRUNNHbTTAmysf5+qeAJW5clCAB9Y='; style-src 'self' \
         'sha256-1mr8BlblqXkP7aBfOblCBDALHpGFD0UzxkVLXH6LG2A=' \
         'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"
    );
}

#[tokio::test]
async fn cors_allows_the_listed_origins_only() {
    let mut args = args();
    args.cors_origins = vec!["https://www.exempelby.se".to_owned()];
    let harness = start_with(args).await;
    let preflight = |origin: &str| {
        Request::options("/api/submissions")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, content-digest, idempotency-key",
            )
            .body(Body::empty())
            .unwrap()
    };
    let allowed = send(&harness.router, preflight("https://www.exempelby.se")).await;
    assert_eq!(
        allowed.headers["access-control-allow-origin"],
        "https://www.exempelby.se"
    );
    let other = send(&harness.router, preflight("https://evil.example")).await;
    assert!(other.headers.get("access-control-allow-origin").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_submission_is_forwarded_after_a_failed_attempt_and_marked_delivered() {
    // A case system that fails the first request and accepts the second.
    let (sent, mut received) = mpsc::unbounded_channel();
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let case_system = axum::Router::new().route(
        "/intake",
        post(
            move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
                let sent = sent.clone();
                let calls = std::sync::Arc::clone(&calls);
                async move {
                    let call = calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let _ = sent.send((call, headers, body));
                    if call == 0 {
                        StatusCode::SERVICE_UNAVAILABLE
                    } else {
                        StatusCode::CREATED
                    }
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, case_system).await });

    let mut args = args();
    args.forward_url = Some(format!("http://{address}/intake"));
    let harness = start_with(args.clone()).await;
    let forwarder = forward::spawn(&harness.receiver, &args).unwrap().unwrap();
    let body = example("family-se.json");
    let key = new_key();
    let answer = post_submission(&harness.router, &body, &key).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let reference = answer.json["reference"].as_str().unwrap().to_owned();

    for expected_call in 0..2 {
        let (call, headers, forwarded) =
            tokio::time::timeout(Duration::from_secs(15), received.recv())
                .await
                .expect("forwarded in time")
                .unwrap();
        assert_eq!(call, expected_call);
        assert_eq!(forwarded.as_ref(), body.as_slice());
        assert_eq!(headers["idempotency-key"], key.as_str());
        assert_eq!(
            headers["content-digest"],
            intake_wizard::receiver::digest::content_digest(&body).as_str()
        );
    }
    let mut state = None;
    for _ in 0..50 {
        state = harness.store().delivery_state(&reference).await.unwrap();
        if state.as_deref() == Some("delivered") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(state.as_deref(), Some("delivered"));
    forwarder.stop().await;
}
