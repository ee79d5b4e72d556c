//! Forwarding: each stored submission is POSTed to `--forward-url` by a background task, with
//! the same body, `Content-Digest` and `Idempotency-Key`, so the next system can deduplicate.
//! Failures are retried with exponential backoff (2 s doubling, at most one hour apart), for up
//! to `MAX_ATTEMPTS` attempts; the state (`pending`, `delivered`, `failed`), the number of
//! attempts and the last status are kept in the `deliveries` table, so a restart resumes.
//!
//! A sealed submission is forwarded as its envelope (`SEALED_MEDIA_TYPE`, with the
//! `Content-Digest` of the envelope's bytes and the same `Idempotency-Key`): with `--seal-to`
//! there is no plaintext to forward. Without it, the body is forwarded as received.
//!
//! `https://` is rustls (ring) trusting the system's root certificates, or only those in
//! `--forward-ca`; `--forward-client-cert` and `--forward-client-key` add a client certificate
//! for mutual TLS (as SITHS or OCES integrations ask for). `http://` stays for a case system on
//! the same host or network.

use std::sync::Arc;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Uri};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use super::metrics::Metrics;
use super::store::{Due, Store};
use super::{Args, Receiver, ReceiverError, clock};

/// The media type of a forwarded envelope (README "Sealed submissions").
pub const SEALED_MEDIA_TYPE: &str = "application/vnd.intake-wizard.sealed+json";

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
        .filter(|uri: &Uri| {
            matches!(uri.scheme_str(), Some("http" | "https")) && uri.host().is_some()
        })
        .ok_or_else(|| {
            ReceiverError::Flag("--forward-url (an http:// or https:// URL)", url.clone())
        })?;
    let client = Client::builder(TokioExecutor::new()).build(connector(args)?);
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(deliver_forever(
        Forwarding {
            store: receiver.store.clone(),
            client,
            uri,
            metrics: Arc::clone(&receiver.metrics),
        },
        Arc::clone(stored),
        stopped,
    ));
    Ok(Some(Forwarder { stop, task }))
}

/// What one forwarder needs.
struct Forwarding {
    store: Store,
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    uri: Uri,
    metrics: Arc<Metrics>,
}

/// The connector: plain TCP for `http://`, rustls for `https://` with the roots and the client
/// certificate the flags name.
fn connector(args: &Args) -> Result<HttpsConnector<HttpConnector>, ReceiverError> {
    let tls = |what: &str, error: String| ReceiverError::Tls(format!("{what}: {error}"));
    let mut roots = rustls::RootCertStore::empty();
    match &args.forward_ca {
        Some(path) => {
            let certificates = CertificateDer::pem_file_iter(path)
                .and_then(Iterator::collect::<Result<Vec<_>, _>>)
                .map_err(|error| tls("--forward-ca", error.to_string()))?;
            for certificate in certificates {
                roots
                    .add(certificate)
                    .map_err(|error| tls("--forward-ca", error.to_string()))?;
            }
        }
        None if args
            .forward_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https")) =>
        {
            let found = rustls_native_certs::load_native_certs();
            for certificate in found.certs {
                let _ = roots.add(certificate);
            }
            if roots.is_empty() {
                tracing::warn!("forward: no system root certificates found; give --forward-ca");
            }
        }
        None => {}
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| tls("rustls", error.to_string()))?
        .with_root_certificates(roots);
    let config = match (&args.forward_client_cert, &args.forward_client_key) {
        (Some(cert), Some(key)) => {
            let chain = CertificateDer::pem_file_iter(cert)
                .and_then(Iterator::collect::<Result<Vec<_>, _>>)
                .map_err(|error| tls("--forward-client-cert", error.to_string()))?;
            let key = PrivateKeyDer::from_pem_file(key)
                .map_err(|error| tls("--forward-client-key", error.to_string()))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|error| tls("--forward-client-cert", error.to_string()))?
        }
        (None, None) => builder.with_no_client_auth(),
        _ => {
            return Err(tls(
                "--forward-client-cert",
                "give both --forward-client-cert and --forward-client-key".to_owned(),
            ));
        }
    };
    Ok(hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(config)
        .https_or_http()
        .enable_http1()
        .build())
}

async fn deliver_forever(
    forwarding: Forwarding,
    stored: Arc<Notify>,
    mut stopped: watch::Receiver<bool>,
) {
    loop {
        if *stopped.borrow() {
            return;
        }
        let due = match forwarding
            .store
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
            deliver(&forwarding, delivery).await;
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

async fn deliver(forwarding: &Forwarding, due: Due) {
    let Forwarding {
        store,
        client,
        uri,
        metrics,
    } = forwarding;
    let (media_type, digest, body) = match &due.sealed {
        Some(envelope) => (
            SEALED_MEDIA_TYPE,
            super::digest::content_digest(envelope.as_bytes()),
            envelope.clone(),
        ),
        None => ("application/json", due.digest.clone(), due.body.clone()),
    };
    let request = Request::post(uri.clone())
        .header("content-type", media_type)
        .header("content-digest", digest)
        .header("idempotency-key", &due.idempotency_key)
        .body(Full::new(Bytes::from(body)));
    let status = match request {
        Ok(request) => {
            match tokio::time::timeout(Duration::from_secs(15), client.request(request)).await {
                Ok(Ok(response)) => Some(response.status()),
                Ok(Err(error)) => {
                    tracing::warn!("forward {}: {error:?}", due.reference);
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
    if !status.is_some_and(|status| status.is_success()) {
        metrics.forward_failed();
    }
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
