//! Forwarding: each stored submission is POSTed to `--forward-url` by a background task, with
//! the same body, `Content-Digest` and `Idempotency-Key`, so the next system can deduplicate.
//! Failures are retried with exponential backoff (2 s doubling, at most one hour apart), for up
//! to `MAX_ATTEMPTS` attempts; the state (`pending`, `delivered`, `failed`), the number of
//! attempts and the last status are kept in the `deliveries` table, so a restart resumes.
//!
//! Plain `http://` only (no TLS client is built in): put the receiver next to the case system
//! or behind a local forward proxy.

use std::sync::Arc;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Uri};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use super::store::{Due, Store};
use super::{Args, Receiver, ReceiverError, clock};

/// Attempts before a delivery is marked `failed` (about two days at the longest interval).
pub const MAX_ATTEMPTS: i64 = 60;

/// Deliveries claimed at once, and how long a claim keeps them from other forwarders: long
/// enough for each of them to time out in turn (`store::deliveries`).
const BATCH: i64 = 10;
const LEASE_SECONDS: i64 = 15 * BATCH + 15;

/// A running forwarder.
pub struct Forwarder {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Forwarder {
    /// Stops after the delivery in progress, if any.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Starts the forwarder if `--forward-url` is set.
pub fn spawn(receiver: &Receiver, args: &Args) -> Result<Option<Forwarder>, ReceiverError> {
    let (Some(url), Some(stored)) = (&args.forward_url, &receiver.stored) else {
        return Ok(None);
    };
    let uri: Uri = url
        .parse()
        .ok()
        .filter(|uri: &Uri| uri.scheme_str() == Some("http") && uri.host().is_some())
        .ok_or_else(|| ReceiverError::Flag("--forward-url (an http:// URL)", url.clone()))?;
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(deliver_forever(
        receiver.store.clone(),
        uri,
        Arc::clone(stored),
        stopped,
    ));
    Ok(Some(Forwarder { stop, task }))
}

async fn deliver_forever(
    store: Store,
    uri: Uri,
    stored: Arc<Notify>,
    mut stopped: watch::Receiver<bool>,
) {
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    loop {
        if *stopped.borrow() {
            return;
        }
        let due = match store
            .claim(clock::unix_seconds(clock::now()), LEASE_SECONDS, BATCH)
            .await
        {
            Ok(due) => due,
            Err(error) => {
                tracing::error!("forward: reading deliveries: {error}");
                Vec::new()
            }
        };
        let idle = due.is_empty();
        for delivery in due {
            deliver(&store, &client, &uri, delivery).await;
        }
        if idle {
            tokio::select! {
                () = stored.notified() => {},
                _ = tokio::time::sleep(Duration::from_secs(1)) => {},
                _ = stopped.changed() => return,
            }
        }
    }
}

async fn deliver(store: &Store, client: &Client<HttpConnector, Full<Bytes>>, uri: &Uri, due: Due) {
    let request = Request::post(uri.clone())
        .header("content-type", "application/json")
        .header("content-digest", &due.digest)
        .header("idempotency-key", &due.idempotency_key)
        .body(Full::new(Bytes::from(due.body.clone())));
    let status = match request {
        Ok(request) => {
            match tokio::time::timeout(Duration::from_secs(15), client.request(request)).await {
                Ok(Ok(response)) => Some(response.status()),
                Ok(Err(error)) => {
                    tracing::warn!("forward {}: {error}", due.reference);
                    None
                }
                Err(_) => {
                    tracing::warn!("forward {}: timed out", due.reference);
                    None
                }
            }
        }
        Err(_) => None,
    };
    let now = clock::now();
    let attempts = due.attempts + 1;
    let code = status.map(|status| i64::from(status.as_u16()));
    let result = if status.is_some_and(|status| status.is_success()) {
        tracing::info!("forwarded {}", due.reference);
        let at = clock::rfc3339(now);
        store
            .record_attempt(
                &due.reference,
                "delivered",
                code,
                clock::unix_seconds(now),
                Some(&at),
            )
            .await
    } else if attempts >= MAX_ATTEMPTS {
        tracing::error!(
            "forward {}: giving up after {attempts} attempts",
            due.reference
        );
        store
            .record_attempt(
                &due.reference,
                "failed",
                code,
                clock::unix_seconds(now),
                None,
            )
            .await
    } else {
        let wait = 2_i64
            .saturating_pow(u32::try_from(attempts).unwrap_or(u32::MAX))
            .min(3600);
        store
            .record_attempt(
                &due.reference,
                "pending",
                code,
                clock::unix_seconds(now) + wait,
                None,
            )
            .await
    };
    if let Err(error) = result {
        tracing::error!("forward {}: recording the attempt: {error}", due.reference);
    }
}
