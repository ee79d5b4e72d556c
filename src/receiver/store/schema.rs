//! The schema: created at start-up with the same SQL on both backends, and sealing's columns
//! added to a database made before sealing.

use sqlx::{AnyPool, Row};

use super::StoreError;

/// The schema, one statement each (both backends accept this SQL).
const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS submissions (
        reference TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        digest TEXT NOT NULL,
        body TEXT NOT NULL,
        received_at TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT NOT NULL
    )",
    "CREATE TABLE IF NOT EXISTS deliveries (
        reference TEXT PRIMARY KEY REFERENCES submissions (reference),
        state TEXT NOT NULL,
        attempts BIGINT NOT NULL,
        next_attempt_at BIGINT NOT NULL,
        last_status BIGINT,
        delivered_at TEXT
    )",
    "CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_attempt_at)",
    // Who read, acknowledged or purged which submission, and when (`store::inbox`).
    "CREATE TABLE IF NOT EXISTS audit (
        at TEXT NOT NULL,
        token TEXT NOT NULL,
        action TEXT NOT NULL,
        reference TEXT NOT NULL
    )",
    "CREATE INDEX IF NOT EXISTS audit_reference ON audit (reference)",
];

/// The inbox: every submission's place in the order received (`seq`), and whether it was
/// acknowledged and its body purged. Only the sequence column differs between the backends.
const INBOX: &str = "CREATE TABLE IF NOT EXISTS inbox (
        seq SEQUENCE_TYPE,
        reference TEXT NOT NULL UNIQUE REFERENCES submissions (reference),
        acked_at TEXT,
        acked_by TEXT,
        purged_at TEXT
    )";

/// Sealing's columns on `submissions`, added when missing (a database made before sealing).
const SEALED_COLUMNS: &[&str] = &["sealed", "sealed_to"];

/// After the inbox table: its index, and a place for submissions stored before it existed.
const INBOX_AFTER: &[&str] = &[
    "CREATE INDEX IF NOT EXISTS inbox_open ON inbox (acked_at, seq)",
    "INSERT INTO inbox (reference)
        SELECT s.reference FROM submissions s
         WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.reference = s.reference)
         ORDER BY s.received_at",
];

/// Creates the tables, indexes and columns that are missing.
pub(super) async fn create(pool: &AnyPool, backend: &str) -> Result<(), StoreError> {
    // One connection, and on PostgreSQL an advisory lock: two receivers (or tests)
    // starting at once would otherwise race on CREATE TABLE IF NOT EXISTS.
    let mut connection = pool.acquire().await?;
    if backend == "postgresql" {
        sqlx::query("SELECT pg_advisory_lock(7305)")
            .execute(&mut *connection)
            .await?;
    }
    let sequence = if backend == "postgresql" {
        "BIGSERIAL PRIMARY KEY"
    } else {
        "INTEGER PRIMARY KEY AUTOINCREMENT"
    };
    let inbox = INBOX.replace("SEQUENCE_TYPE", sequence);
    for statement in SCHEMA
        .iter()
        .copied()
        .chain([inbox.as_str()])
        .chain(INBOX_AFTER.iter().copied())
    {
        sqlx::query(statement).execute(&mut *connection).await?;
    }
    for column in SEALED_COLUMNS {
        // Asked first rather than ALTER … IF NOT EXISTS: SQLite has no such clause, and on
        // PostgreSQL the ALTER would lock the table at every start of every receiver.
        let present = if backend == "postgresql" {
            "SELECT COUNT(*) AS n FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = 'submissions'
                AND column_name::text = $1"
        } else {
            "SELECT COUNT(*) AS n FROM pragma_table_info('submissions') WHERE name = $1"
        };
        let found: i64 = sqlx::query(present)
            .bind(*column)
            .fetch_one(&mut *connection)
            .await?
            .try_get("n")?;
        if found == 0 {
            sqlx::query(&format!("ALTER TABLE submissions ADD COLUMN {column} TEXT"))
                .execute(&mut *connection)
                .await?;
        }
    }
    if backend == "postgresql" {
        sqlx::query("SELECT pg_advisory_unlock(7305)")
            .execute(&mut *connection)
            .await?;
    }
    drop(connection);
    Ok(())
}
