//! A receiver on a fresh SQLite folder (or `DATABASE_URL`), and requests sent to it in-process.

use std::path::PathBuf;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use intake_wizard::contract::{EXAMPLE_TODAY, EXAMPLES_DIR};
use intake_wizard::receiver::digest::content_digest;
use intake_wizard::receiver::{Args, Receiver, Store};
use tower::ServiceExt;

pub struct Harness {
    pub receiver: Receiver,
    pub router: Router,
    pub dir: PathBuf,
    /// The settings it was opened with (on PostgreSQL, naming the test's own database).
    pub args: Args,
}

impl Harness {
    pub fn store(&self) -> &Store {
        self.receiver.store()
    }
}

/// A fresh folder under the target directory.
pub fn fresh_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("receiver-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Settings for a test receiver; `DATABASE_URL` (read by clap) selects PostgreSQL.
pub fn args() -> Args {
    let dir = fresh_dir();
    let mut args = Args::for_data_dir(dir.join("data"));
    args.dist = dir.join("dist");
    args.today = Some(EXAMPLE_TODAY);
    args
}

/// On PostgreSQL, a database of the test's own (so that inbox listings and counts see only
/// its rows); on SQLite the fresh folder already is one.
pub async fn isolate(args: &mut Args) {
    use sqlx::Connection;
    let Some(url) = args
        .database_url
        .clone()
        .filter(|url| url.starts_with("postgres"))
    else {
        return;
    };
    sqlx::any::install_default_drivers();
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::AnyConnection::connect(&url).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let _ = admin.close().await;
    let base = url.rsplit_once('/').map_or(url.as_str(), |(base, _)| base);
    args.database_url = Some(format!("{base}/{name}"));
}

pub async fn start_with(mut args: Args) -> Harness {
    isolate(&mut args).await;
    open(args).await
}

/// The receiver on `args` as they are: the same data directory and database (a restart).
pub async fn open(args: Args) -> Harness {
    let receiver = Receiver::open(&args).await.expect("the receiver opens");
    let router = receiver.router();
    Harness {
        receiver,
        router,
        dir: args.data_dir.clone(),
        args,
    }
}

pub async fn start() -> Harness {
    start_with(args()).await
}

/// Every example payload: file name and exact bytes.
pub fn examples() -> Vec<(String, Vec<u8>)> {
    examples_in(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(EXAMPLES_DIR))
}

/// The examples of schema version 1, kept as published (`public/schema/examples/1/`).
pub fn examples_v1() -> Vec<(String, Vec<u8>)> {
    examples_in(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join(EXAMPLES_DIR)
            .join("1"),
    )
}

fn examples_in(dir: PathBuf) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

pub fn example(name: &str) -> Vec<u8> {
    examples()
        .into_iter()
        .find(|(file, _)| file == name)
        .map(|(_, bytes)| bytes)
        .unwrap()
}

pub fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A response: status, headers and JSON body (`null` when not JSON).
pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub json: serde_json::Value,
}

impl Answer {
    /// The `(path, code)` pairs of an error body.
    pub fn codes(&self) -> Vec<(String, String)> {
        self.json["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|error| {
                        (
                            error["path"].as_str().unwrap_or("?").to_owned(),
                            error["code"].as_str().unwrap_or("?").to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer {
        status,
        headers,
        json: serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    }
}

/// A well-formed submission request for `body` with `key`.
pub fn submission(body: &[u8], key: &str) -> axum::http::request::Builder {
    Request::post("/api/submissions")
        .header("content-type", "application/json")
        .header("content-digest", content_digest(body))
        .header("idempotency-key", key)
}

pub async fn post(router: &Router, body: &[u8], key: &str) -> Answer {
    send(
        router,
        submission(body, key)
            .body(Body::from(body.to_vec()))
            .unwrap(),
    )
    .await
}
