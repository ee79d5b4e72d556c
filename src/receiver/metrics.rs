//! `GET /api/metrics` in the Prometheus text format: submissions accepted, replayed and refused
//! (by error code), the backlog, and failed forwarding attempts. Counts only, since this
//! process started: no reference, address, name or other personal data.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::Receiver;

/// The counters of one receiver process.
#[derive(Debug, Default)]
pub struct Metrics {
    accepted: AtomicU64,
    replayed: AtomicU64,
    refused: Mutex<BTreeMap<&'static str, u64>>,
    forward_failures: AtomicU64,
}

impl Metrics {
    pub fn accepted(&self) {
        self.accepted.fetch_add(1, Ordering::Relaxed);
    }

    pub fn replayed(&self) {
        self.replayed.fetch_add(1, Ordering::Relaxed);
    }

    /// A refused submission, counted under its first error's code.
    pub fn refused(&self, code: &'static str) {
        if let Ok(mut refused) = self.refused.lock() {
            *refused.entry(code).or_default() += 1;
        }
    }

    pub fn forward_failed(&self) {
        self.forward_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// The exposition text, with the backlog if the database answered.
    pub fn text(&self, backlog: Option<i64>) -> String {
        let count = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        let mut refused = String::new();
        if let Ok(counts) = self.refused.lock() {
            for (code, total) in counts.iter() {
                let _ = writeln!(
                    refused,
                    "intake_submissions_refused_total{{code=\"{code}\"}} {total}"
                );
            }
        }
        let families = [
            (
                "intake_submissions_accepted_total",
                "counter",
                "Submissions stored (201), replays excluded.",
                format!(
                    "intake_submissions_accepted_total {}\n",
                    count(&self.accepted)
                ),
            ),
            (
                "intake_submissions_replayed_total",
                "counter",
                "Repeats of a stored submission answered with its original 201.",
                format!(
                    "intake_submissions_replayed_total {}\n",
                    count(&self.replayed)
                ),
            ),
            (
                "intake_submissions_refused_total",
                "counter",
                "Submissions refused, by the code of their first error.",
                refused,
            ),
            (
                "intake_backlog",
                "gauge",
                "Submissions neither acknowledged nor delivered.",
                backlog.map_or_else(String::new, |backlog| format!("intake_backlog {backlog}\n")),
            ),
            (
                "intake_forward_failures_total",
                "counter",
                "Forwarding attempts that failed.",
                format!(
                    "intake_forward_failures_total {}\n",
                    count(&self.forward_failures)
                ),
            ),
        ];
        let mut out = String::new();
        for (name, kind, help, samples) in families {
            let _ = write!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{samples}");
        }
        out
    }
}

/// The handler of `GET /api/metrics`.
pub async fn metrics(State(receiver): State<Receiver>) -> Response {
    let backlog = receiver.store.backlog().await.ok();
    let mut response = (StatusCode::OK, receiver.metrics.text(backlog)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
