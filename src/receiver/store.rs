//! Storage through sqlx's `Any` driver: SQLite (a file under `--data-dir`) by default,
//! PostgreSQL when `DATABASE_URL` is a `postgres://` URL. The schema is created at start-up
//! (`CREATE TABLE IF NOT EXISTS`, the same SQL for both).
//!
//! A submission is one row holding the exact body bytes, their digest, the idempotency key,
//! the reference and the time received; a unique key on the idempotency key makes concurrent
//! posts with one key store one row. With a forward URL, the row and its delivery record are
//! written in the same transaction.

use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};

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
];

/// The folder of the SQLite file `url` names (`None` for PostgreSQL, or a file in the
/// working folder).
pub fn sqlite_folder(url: &str) -> Option<std::path::PathBuf> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return None;
    }
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    std::path::Path::new(path)
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .map(std::path::Path::to_path_buf)
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {0}: {1}")]
    DataDir(String, std::io::Error),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

/// A stored submission, as the replay of its 201 needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub reference: String,
    pub digest: String,
    pub received_at: String,
}

/// What to store for one accepted request.
pub struct NewSubmission<'a> {
    pub reference: &'a str,
    pub idempotency_key: &'a str,
    pub digest: &'a str,
    pub body: &'a str,
    pub received_at: &'a str,
    pub schema_version: &'a str,
    pub kind: &'a str,
    pub country: &'a str,
    /// Also record a pending delivery, due at this time (unix seconds).
    pub deliver_from: Option<i64>,
}

/// The outcome of an insert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inserted {
    Stored,
    /// Another request with this idempotency key was stored first.
    KeyTaken(Stored),
    /// The reference is taken (a random collision): draw another.
    ReferenceTaken,
}

/// A delivery that is due.
#[derive(Clone, Debug)]
pub struct Due {
    pub reference: String,
    pub idempotency_key: String,
    pub digest: String,
    pub body: String,
    pub attempts: i64,
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: &'static str,
}

impl Store {
    /// Connects to `url` (creating a SQLite file and its folder if needed) and creates the schema.
    pub async fn open(url: &str, max_connections: u32) -> Result<Store, StoreError> {
        install_default_drivers();
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            "postgresql"
        } else {
            "sqlite"
        };
        if let Some(folder) = sqlite_folder(url) {
            std::fs::create_dir_all(&folder)
                .map_err(|error| StoreError::DataDir(folder.display().to_string(), error))?;
        }
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(30))
            .connect(url)
            .await?;
        if backend == "sqlite" {
            // WAL: readers do not block the writer; the default synchronous=FULL keeps every
            // committed (acknowledged) submission across a power loss.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        // One connection, and on PostgreSQL an advisory lock: two receivers (or tests)
        // starting at once would otherwise race on CREATE TABLE IF NOT EXISTS.
        let mut connection = pool.acquire().await?;
        if backend == "postgresql" {
            sqlx::query("SELECT pg_advisory_lock(7305)")
                .execute(&mut *connection)
                .await?;
        }
        for statement in SCHEMA {
            sqlx::query(statement).execute(&mut *connection).await?;
        }
        if backend == "postgresql" {
            sqlx::query("SELECT pg_advisory_unlock(7305)")
                .execute(&mut *connection)
                .await?;
        }
        drop(connection);
        Ok(Store { pool, backend })
    }

    /// `sqlite` or `postgresql`.
    pub fn backend(&self) -> &'static str {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn find_by_key(&self, key: &str) -> Result<Option<Stored>, StoreError> {
        let row = sqlx::query(
            "SELECT reference, digest, received_at FROM submissions WHERE idempotency_key = $1",
        )
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Stored {
                reference: row.try_get("reference")?,
                digest: row.try_get("digest")?,
                received_at: row.try_get("received_at")?,
            })
        })
        .transpose()
    }

    /// Stores one submission (and its delivery record) in one transaction.
    pub async fn insert(&self, new: &NewSubmission<'_>) -> Result<Inserted, StoreError> {
        let mut transaction = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO submissions (reference, idempotency_key, digest, body, received_at,
                schema_version, kind, country) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(new.reference)
        .bind(new.idempotency_key)
        .bind(new.digest)
        .bind(new.body)
        .bind(new.received_at)
        .bind(new.schema_version)
        .bind(new.kind)
        .bind(new.country)
        .execute(&mut *transaction)
        .await;
        match inserted {
            Ok(_) => {}
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                drop(transaction);
                return Ok(match self.find_by_key(new.idempotency_key).await? {
                    Some(stored) => Inserted::KeyTaken(stored),
                    None => Inserted::ReferenceTaken,
                });
            }
            Err(error) => return Err(error.into()),
        }
        if let Some(due) = new.deliver_from {
            sqlx::query(
                "INSERT INTO deliveries (reference, state, attempts, next_attempt_at)
                    VALUES ($1, 'pending', 0, $2)",
            )
            .bind(new.reference)
            .bind(due)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(Inserted::Stored)
    }

    /// How many submissions are stored with this idempotency key (0 or 1).
    pub async fn count_for_key(&self, key: &str) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM submissions WHERE idempotency_key = $1")
            .bind(key)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// Every stored submission's idempotency key and reference.
    pub async fn keys_and_references(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT idempotency_key, reference FROM submissions")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("idempotency_key")?, row.try_get("reference")?)))
            .collect()
    }

    /// Every stored submission, oldest first: (reference, received_at, digest, body).
    pub async fn export(&self) -> Result<Vec<[String; 4]>, StoreError> {
        let rows = sqlx::query(
            "SELECT reference, received_at, digest, body FROM submissions ORDER BY received_at",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok([
                    row.try_get("reference")?,
                    row.try_get("received_at")?,
                    row.try_get("digest")?,
                    row.try_get("body")?,
                ])
            })
            .collect()
    }

    /// The stored body of a submission.
    pub async fn body(&self, reference: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT body FROM submissions WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| row.try_get("body")).transpose()?)
    }

    /// Pending deliveries due at `now` (unix seconds), oldest first.
    pub async fn due(&self, now: i64, limit: i64) -> Result<Vec<Due>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.reference, s.idempotency_key, s.digest, s.body, d.attempts
               FROM deliveries d JOIN submissions s ON s.reference = d.reference
              WHERE d.state = 'pending' AND d.next_attempt_at <= $1
              ORDER BY d.next_attempt_at LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Due {
                    reference: row.try_get("reference")?,
                    idempotency_key: row.try_get("idempotency_key")?,
                    digest: row.try_get("digest")?,
                    body: row.try_get("body")?,
                    attempts: row.try_get("attempts")?,
                })
            })
            .collect()
    }

    /// Records one delivery attempt: `delivered`, or `pending` again from `next` (unix
    /// seconds), or `failed` when it is given up.
    pub async fn record_attempt(
        &self,
        reference: &str,
        state: &str,
        status: Option<i64>,
        next: i64,
        delivered_at: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE deliveries SET state = $1, attempts = attempts + 1, last_status = $2,
                next_attempt_at = $3, delivered_at = $4 WHERE reference = $5",
        )
        .bind(state)
        .bind(status)
        .bind(next)
        .bind(delivered_at)
        .bind(reference)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The state of a submission's delivery (`pending`, `delivered`, `failed`), if it has one.
    pub async fn delivery_state(&self, reference: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT state FROM deliveries WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| row.try_get("state")).transpose()?)
    }
}
