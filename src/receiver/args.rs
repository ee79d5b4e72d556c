//! The receiver's command-line flags, each also read from an environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;
use time::macros::format_description;

use crate::domain::Date;

/// Serves the intake wizard (dist/) and receives its submissions at POST /api/submissions,
/// re-checked with the wizard's own rules and stored in SQLite or PostgreSQL.
#[derive(Clone, Debug, Parser)]
#[command(name = "intake-receiver", version)]
pub struct Args {
    /// Address and port to listen on.
    #[arg(long, env = "INTAKE_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// The built wizard to serve (Trunk's output folder).
    #[arg(long, env = "INTAKE_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Another folder searched, after --dist, for a requested path (e.g. tests/e2e/hosts).
    /// Repeatable; in the environment, comma-separated.
    #[arg(long = "extra-root", env = "INTAKE_EXTRA_ROOTS", value_delimiter = ',')]
    pub extra_roots: Vec<PathBuf>,

    /// Folder of the SQLite database `intake.sqlite3`, created if missing. Unused when
    /// DATABASE_URL is set.
    #[arg(long, env = "INTAKE_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// A `postgres://` URL to store in PostgreSQL (or a `sqlite:` URL); overrides --data-dir.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Largest accepted request body in bytes; larger ones get 413.
    #[arg(long, env = "INTAKE_MAX_BODY", default_value_t = 256 * 1024)]
    pub max_body: usize,

    /// An `http://` or `https://` URL to which each stored submission is POSTed (same body, Content-Digest
    /// and Idempotency-Key), retried with backoff; the delivery state is kept in the database.
    #[arg(long, env = "INTAKE_FORWARD_URL")]
    pub forward_url: Option<String>,

    /// A public key file (`intake-keys generate`) to seal every submission to: what is stored,
    /// listed in the inbox and forwarded is then readable only with its private key.
    /// Repeatable (e.g. the case system's and an archive's key: either opens); in the
    /// environment, comma-separated. None: submissions are kept and forwarded in the clear.
    #[arg(long = "seal-to", env = "INTAKE_SEAL_TO", value_delimiter = ',')]
    pub seal_to: Vec<PathBuf>,

    /// PEM file of the certificate authorities to trust for an https:// --forward-url, instead
    /// of the system's root certificates.
    #[arg(long, env = "INTAKE_FORWARD_CA")]
    pub forward_ca: Option<PathBuf>,

    /// PEM certificate chain presented to the --forward-url server (mutual TLS); needs
    /// --forward-client-key.
    #[arg(long, env = "INTAKE_FORWARD_CLIENT_CERT")]
    pub forward_client_cert: Option<PathBuf>,

    /// PEM private key (PKCS#8, PKCS#1 or SEC1) of --forward-client-cert.
    #[arg(long, env = "INTAKE_FORWARD_CLIENT_KEY", hide_env_values = true)]
    pub forward_client_key: Option<PathBuf>,

    /// An origin allowed to post from another site (CORS), e.g. `https://www.exempelby.se`.
    /// Repeatable; in the environment, comma-separated. None: same origin only.
    #[arg(
        long = "cors-origin",
        env = "INTAKE_CORS_ORIGINS",
        value_delimiter = ','
    )]
    pub cors_origins: Vec<String>,

    /// The date the rules use, `YYYY-MM-DD` (for tests); default: the system clock (UTC).
    #[arg(long, env = "INTAKE_TODAY", value_parser = parse_day)]
    pub today: Option<Date>,

    /// Print every stored submission as one JSON object per line (`reference`, `received_at`,
    /// `digest`, `body`, and `sealed`: the envelope, with `body` null, when it is sealed) to
    /// standard output, oldest first, and exit without serving.
    #[arg(long)]
    pub export: bool,

    /// The inbox's bearer tokens: one a line, `<name> sha256:<hex of the token's SHA-256>`,
    /// read again when the file changes (README "Inbox"). None: the inbox answers 401.
    #[arg(long, env = "INTAKE_TOKENS_FILE")]
    pub tokens_file: Option<PathBuf>,

    /// Print a new random inbox token and its line for the tokens file under NAME, and exit.
    #[arg(long, value_name = "NAME")]
    pub new_token: Option<String>,

    /// Days after its acknowledgement (inbox) or delivery (forwarding) that a submission's
    /// body is deleted, keeping its reference, digest, dates and kind. Checked hourly.
    #[arg(long, env = "INTAKE_RETAIN_DAYS", default_value_t = 30)]
    pub retain_days: u32,

    /// Requests per minute to /api/ from one client address (its TCP peer address), as a
    /// bucket that holds a minute's worth; past it 429 with Retry-After. 0: no limit.
    #[arg(long, env = "INTAKE_RATE_LIMIT", default_value_t = 0)]
    pub rate_limit: u32,

    /// Database connections in the pool.
    #[arg(long, env = "INTAKE_MAX_CONNECTIONS", default_value_t = 8)]
    pub max_connections: u32,

    /// Seconds a client has to send a request's headers, counted from the connection's start
    /// or from the end of the previous answer (so it is also how long a kept-alive connection
    /// may wait for its next request); then the connection is closed.
    #[arg(long, env = "INTAKE_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout: u64,

    /// Seconds a client has to send a submission's body; then 408 `body-timeout`.
    #[arg(long, env = "INTAKE_BODY_TIMEOUT", default_value_t = 30)]
    pub body_timeout: u64,

    /// Seconds a connection may move no bytes either way while no request is being answered
    /// (a client that stops reading an answer, or stalls inside a request); then it is closed.
    #[arg(long, env = "INTAKE_IDLE_TIMEOUT", default_value_t = 60)]
    pub idle_timeout: u64,

    /// Client connections open at once; past it, a new connection gets an immediate 503 with
    /// `Retry-After: 1` and is closed. Keep it well under the process's file-descriptor limit.
    #[arg(long, env = "INTAKE_MAX_CLIENTS", default_value_t = 512)]
    pub max_clients: usize,
}

impl Args {
    /// Settings for a receiver on `data_dir` with every other flag at its default (tests).
    pub fn for_data_dir(data_dir: impl Into<PathBuf>) -> Args {
        let mut args = Args::parse_from(["intake-receiver"]);
        args.data_dir = data_dir.into();
        args
    }

    /// DATABASE_URL, else the SQLite file in --data-dir.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.clone(),
            _ => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("intake.sqlite3").display()
            ),
        }
    }
}

fn parse_day(text: &str) -> Result<Date, String> {
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .map_err(|error| format!("expected YYYY-MM-DD: {error}"))
}
