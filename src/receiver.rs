//! The reference receiver (feature `receiver`): serves the built wizard and accepts its
//! submissions, re-checked with the domain's own rules, into SQLite or PostgreSQL.
//!
//! This is platform code on the server: it reads the network, the disk and the clock (the clock
//! only in `clock.rs`), and never decides anything the domain decides. Every bad input is a
//! typed `ApiError` with a status and codes; nothing is stored for a rejected request.

pub mod args;
pub mod clock;
pub mod digest;
pub mod error;
pub mod forward;
pub mod inbox;
pub mod json;
pub mod metrics;
pub mod rate;
pub mod reference;
pub mod retention;
pub mod serve;
pub mod site;
pub mod store;
pub mod submit;
pub mod tokens;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

pub use args::Args;
pub use error::ReceiverError;
pub use store::{Exported, Store, StoreError};

use crate::domain::Date;

/// The Content-Security-Policy the wizard runs under (README "Embedding"); the site adds the
/// hashes of the build's stylesheets (`site::policy`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The headers on every response (hyper's own answers included: `serve::Watched`).
pub const SECURITY_HEADERS: [(&str, &str); 3] = [
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
];

/// A receiver with its storage open, ready to be served.
#[derive(Clone)]
pub struct Receiver {
    pub(crate) store: Store,
    pub(crate) max_body: usize,
    pub(crate) body_timeout: Duration,
    pub(crate) today: Option<Date>,
    /// Wakes the forwarder when a submission is stored (only with `--forward-url`).
    pub(crate) stored: Option<Arc<Notify>>,
    pub(crate) tokens: Arc<tokens::Tokens>,
    pub(crate) metrics: Arc<metrics::Metrics>,
    /// The public keys every submission is sealed to (`--seal-to`); empty: in the clear.
    pub(crate) seal_to: Arc<Vec<crate::seal::PublicKey>>,
    rate: Arc<rate::RateLimit>,
    roots: Arc<Vec<std::path::PathBuf>>,
    /// The site's Content-Security-Policy (`site::policy`).
    csp: HeaderValue,
    cors_origins: Vec<HeaderValue>,
}

impl Receiver {
    /// Opens (and migrates) the storage `args` names.
    pub async fn open(args: &Args) -> Result<Receiver, ReceiverError> {
        let mut roots = vec![args.dist.clone()];
        roots.extend(args.extra_roots.iter().cloned());
        if let Some(folder) = store::sqlite_folder(&args.database_url()) {
            let data = site::resolved(&folder);
            if let Some(root) = roots
                .iter()
                .find(|root| data.starts_with(site::resolved(root)))
            {
                return Err(ReceiverError::DataInRoot(folder, root.clone()));
            }
        }
        let seal_to = public_keys(&args.seal_to)?;
        let store = Store::open(&args.database_url(), args.max_connections).await?;
        let cors_origins = args
            .cors_origins
            .iter()
            .map(|origin| {
                HeaderValue::from_str(origin)
                    .map_err(|_| ReceiverError::Flag("--cors-origin", origin.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let csp = HeaderValue::from_str(&site::policy(&args.dist))
            .map_err(|_| ReceiverError::Flag("--dist", args.dist.display().to_string()))?;
        Ok(Receiver {
            store,
            max_body: args.max_body,
            body_timeout: Duration::from_secs(args.body_timeout.max(1)),
            today: args.today,
            stored: args.forward_url.as_ref().map(|_| Arc::new(Notify::new())),
            tokens: Arc::new(tokens::Tokens::new(args.tokens_file.clone())),
            metrics: Arc::default(),
            seal_to: Arc::new(seal_to),
            rate: rate::RateLimit::new(args.rate_limit),
            roots: Arc::new(roots),
            csp,
            cors_origins,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The ids of the keys submissions are sealed to (none: they are kept in the clear).
    pub fn seal_kids(&self) -> Vec<String> {
        self.seal_to
            .iter()
            .map(|key| key.kid().to_owned())
            .collect()
    }

    /// The HTTP routes: the API, the site, the security headers and CORS.
    pub fn router(&self) -> Router {
        let roots = Arc::clone(&self.roots);
        let router = Router::new()
            .route("/api/submissions", post(submit::submit))
            .route("/api/health", get(submit::health))
            .route("/api/inbox", get(inbox::list))
            .route("/api/inbox/{reference}/ack", post(inbox::ack))
            .route("/api/metrics", get(metrics::metrics))
            .route_layer(axum::middleware::from_fn_with_state(
                Arc::clone(&self.rate),
                rate::limit,
            ))
            .with_state(self.clone())
            .fallback(move |request| site::serve(Arc::clone(&roots), request));
        let router = if self.cors_origins.is_empty() {
            router
        } else {
            router.layer(
                CorsLayer::new()
                    .allow_origin(AllowOrigin::list(self.cors_origins.clone()))
                    .allow_methods([Method::POST, Method::GET])
                    .allow_headers([
                        header::CONTENT_TYPE,
                        HeaderName::from_static("content-digest"),
                        HeaderName::from_static("idempotency-key"),
                    ])
                    .max_age(std::time::Duration::from_secs(600)),
            )
        };
        let router = SECURITY_HEADERS
            .iter()
            .fold(router, |router, (name, value)| {
                let value = match *name {
                    "content-security-policy" => self.csp.clone(),
                    _ => HeaderValue::from_static(value),
                };
                router.layer(SetResponseHeaderLayer::overriding(
                    HeaderName::from_static(name),
                    value,
                ))
            });
        router.layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
    }
}

/// Runs the receiver until SIGTERM or SIGINT: stops accepting, lets in-flight requests finish
/// (every 201 is sent only after its transaction committed), stops the forwarder, closes the
/// database.
pub async fn run(args: Args) -> Result<(), ReceiverError> {
    if let Some(name) = &args.new_token {
        return print_new_token(name);
    }
    let receiver = Receiver::open(&args).await?;
    if args.export {
        return export(&receiver).await;
    }
    let listener = TcpListener::bind(args.bind)
        .await
        .map_err(|error| ReceiverError::Bind(args.bind, error))?;
    let forwarder = forward::spawn(&receiver, &args)?;
    let retention = retention::Retention::spawn(receiver.store.clone(), args.retain_days);
    tracing::info!(
        "intake-receiver listening on http://{} (storage: {})",
        args.bind,
        receiver.store.backend()
    );
    if receiver.seal_to.is_empty() {
        tracing::warn!(
            "not sealing: submissions are stored, listed and forwarded in the clear \
             (for development; give --seal-to in production)"
        );
    } else {
        tracing::info!(
            "sealing every submission to key(s) {}",
            receiver.seal_kids().join(", ")
        );
    }
    serve::serve(
        listener,
        receiver.router(),
        serve::Limits::of(&args),
        shutdown_signal(),
    )
    .await
    .map_err(ReceiverError::Serve)?;
    tracing::info!("shutting down: in-flight requests finished");
    if let Some(forwarder) = forwarder {
        forwarder.stop().await;
    }
    retention.stop().await;
    receiver.store.close().await;
    Ok(())
}

/// Resolves on SIGINT (Ctrl+C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// `--export`: the stored submissions as JSON lines on standard output.
async fn export(receiver: &Receiver) -> Result<(), ReceiverError> {
    use std::io::Write;
    let rows = receiver.store.export().await?;
    let mut out = std::io::stdout().lock();
    for row in rows {
        let sealed: Option<serde_json::Value> = row
            .sealed
            .map(|text| serde_json::from_str(&text).unwrap_or_default());
        let line = serde_json::json!({
            "reference": row.reference,
            "received_at": row.received_at,
            "digest": row.digest,
            "body": if sealed.is_some() { None } else { Some(row.body) },
            "sealed": sealed,
        });
        writeln!(out, "{line}").map_err(ReceiverError::Export)?;
    }
    receiver.store.close().await;
    Ok(())
}

/// Reads the `--seal-to` public key files (one key given twice is sealed to once).
fn public_keys(files: &[std::path::PathBuf]) -> Result<Vec<crate::seal::PublicKey>, ReceiverError> {
    let mut keys: Vec<crate::seal::PublicKey> = Vec::new();
    for file in files {
        let key = std::fs::read_to_string(file)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                crate::seal::PublicKey::from_jwk(&text).map_err(|error| error.to_string())
            })
            .map_err(|error| ReceiverError::Key(file.clone(), error))?;
        if !keys.iter().any(|known| known.kid() == key.kid()) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// `--new-token NAME`: a new token, and the line that lists it in the tokens file.
fn print_new_token(name: &str) -> Result<(), ReceiverError> {
    use std::io::Write;
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid {
        return Err(ReceiverError::Flag("--new-token", name.to_owned()));
    }
    let (token, line) = tokens::new_token(name);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "token (give it to the case system; it is not stored): {token}"
    )
    .and_then(|()| writeln!(out, "line for the tokens file: {line}"))
    .map_err(ReceiverError::Export)
}
