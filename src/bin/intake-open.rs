//! `intake-open --key FILE`: opens sealed submissions with the municipality's private key(s),
//! checks each body's digest and re-checks it with the rules of the day the receiver checked
//! it on (`seal::open`), and prints each payload as one JSON line; each one that does not open
//! or is refused is an error line on stderr, and the exit status is 1.
//!
//! It reads files (or `-`, standard input; the default) holding envelopes, inbox pages or
//! `intake-receiver --export` lines, or the receiver's inbox itself (`--inbox URL`, with the
//! token in `INTAKE_TOKEN`).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request, StatusCode};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use intake_wizard::seal::{self, Envelope, PrivateKey};
use serde_json::{Value as Json, json};

/// Opens sealed submissions and re-checks them with the wizard's rules.
#[derive(Debug, Parser)]
#[command(name = "intake-open", version)]
struct OpenArgs {
    /// A private key file (`intake-keys generate`). Repeatable: after a rotation, give the new
    /// key and the old ones; each envelope is opened with the one it is sealed to.
    #[arg(long = "key", required = true)]
    keys: Vec<PathBuf>,

    /// Files of envelopes, inbox pages (`GET /api/inbox`) or export lines; `-` is standard
    /// input (the default when neither files nor --inbox are given).
    inputs: Vec<PathBuf>,

    /// Read the receiver's inbox instead, e.g. `http://127.0.0.1:8080` (every page, oldest
    /// first).
    #[arg(long, conflicts_with = "inputs")]
    inbox: Option<String>,

    /// The inbox's bearer token.
    #[arg(long, env = "INTAKE_TOKEN", hide_env_values = true, requires = "inbox")]
    token: Option<String>,

    /// Acknowledge in the inbox each submission that opened and passed the rules.
    #[arg(long, requires = "inbox")]
    ack: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(OpenArgs::parse()).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            error_line(&format!("intake-open: {message}"));
            ExitCode::from(2)
        }
    }
}

fn error_line(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

async fn run(args: OpenArgs) -> Result<bool, String> {
    let keys = args
        .keys
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .map_err(|error| error.to_string())
                .and_then(|text| PrivateKey::from_jwk(&text).map_err(|error| error.to_string()))
                .map_err(|error| format!("--key {}: {error}", path.display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut all_opened = true;
    let mut stdout = std::io::stdout().lock();
    if let Some(base) = &args.inbox {
        let inbox = Inbox::new(base, args.token.as_deref().unwrap_or_default())?;
        let mut after = 0;
        loop {
            let page = inbox.page(after).await?;
            let items = page["submissions"].as_array().cloned().unwrap_or_default();
            if items.is_empty() {
                break;
            }
            for item in &items {
                let reference = item["reference"].as_str().unwrap_or_default();
                let passed = open_one(item, &keys, &mut stdout);
                all_opened &= passed;
                if passed && args.ack {
                    inbox.ack(reference).await?;
                }
            }
            after = page["next"].as_i64().unwrap_or(after);
        }
        return Ok(all_opened);
    }
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    for input in inputs {
        let text = if input.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|error| format!("standard input: {error}"))?;
            text
        } else {
            std::fs::read_to_string(&input)
                .map_err(|error| format!("{}: {error}", input.display()))?
        };
        for document in serde_json::Deserializer::from_str(&text).into_iter::<Json>() {
            let document =
                document.map_err(|error| format!("{}: not JSON: {error}", input.display()))?;
            let items = match document["submissions"].as_array() {
                Some(items) => items.clone(),
                None => vec![document],
            };
            for item in &items {
                all_opened &= open_one(item, &keys, &mut stdout);
            }
        }
    }
    Ok(all_opened)
}

/// Opens one envelope, inbox item or export line and prints it; false if it did not open or
/// pass the rules.
fn open_one(item: &Json, keys: &[PrivateKey], out: &mut impl Write) -> bool {
    let envelope = match item.get("sealed") {
        Some(Json::Null) => {
            error_line(&format!(
                "{}: not sealed (stored in the clear, before --seal-to); its `body` is the payload",
                item["reference"].as_str().unwrap_or("?")
            ));
            return false;
        }
        Some(sealed) => sealed,
        None => item,
    };
    let opened =
        Envelope::from_json(envelope).and_then(|envelope| seal::open_with(&envelope, keys));
    match opened {
        Ok(opened) => {
            let sealing = &opened.sealing;
            let line = json!({
                "reference": sealing.reference,
                "received_at": sealing.received_at,
                "digest": sealing.digest,
                "schema_version": sealing.schema_version,
                "payload": serde_json::from_str::<Json>(&opened.body).unwrap_or_default(),
            });
            writeln!(out, "{line}").is_ok()
        }
        Err(error) => {
            error_line(&error.to_string());
            false
        }
    }
}

/// The receiver's inbox over HTTP(S) (the system's root certificates for https://).
struct Inbox {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    base: String,
    token: String,
}

impl Inbox {
    fn new(base: &str, token: &str) -> Result<Inbox, String> {
        if token.is_empty() {
            return Err("--inbox needs the token (INTAKE_TOKEN or --token)".to_owned());
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        if base.starts_with("https") {
            for certificate in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(certificate);
            }
        }
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|error| error.to_string())?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(config)
            .https_or_http()
            .enable_http1()
            .build();
        Ok(Inbox {
            client: Client::builder(TokioExecutor::new()).build(connector),
            base: base.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
        })
    }

    async fn request(&self, method: Method, path: &str) -> Result<Json, String> {
        let url = format!("{}{path}", self.base);
        let request = Request::builder()
            .method(method)
            .uri(&url)
            .header("authorization", format!("Bearer {}", self.token))
            .body(Full::new(Bytes::new()))
            .map_err(|error| format!("{url}: {error}"))?;
        let response = self
            .client
            .request(request)
            .await
            .map_err(|error| format!("{url}: {error}"))?;
        let status = response.status();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|error| format!("{url}: {error}"))?
            .to_bytes();
        if status != StatusCode::OK {
            return Err(format!(
                "{url}: {status} {}",
                String::from_utf8_lossy(&body)
            ));
        }
        serde_json::from_slice(&body).map_err(|error| format!("{url}: {error}"))
    }

    async fn page(&self, after: i64) -> Result<Json, String> {
        self.request(Method::GET, &format!("/api/inbox?after={after}&limit=100"))
            .await
    }

    async fn ack(&self, reference: &str) -> Result<(), String> {
        let reference: String =
            percent_encoding::utf8_percent_encode(reference, percent_encoding::NON_ALPHANUMERIC)
                .collect();
        self.request(Method::POST, &format!("/api/inbox/{reference}/ack"))
            .await
            .map(|_| ())
    }
}
