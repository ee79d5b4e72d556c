//! Storage through sqlx's `Any` driver: SQLite (a file under `--data-dir`) by default,
//! PostgreSQL when `DATABASE_URL` is a `postgres://` URL. The schema is created at start-up
//! (`CREATE TABLE IF NOT EXISTS`, the same SQL for both).
//!
//! A submission is one row holding the exact body bytes, their digest, the idempotency key,
//! the reference and the time received; a unique key on the idempotency key makes concurrent
//! posts with one key store one row. Its inbox place (`inbox`) and, with a forward URL, its
//! delivery record (`deliveries`) are written in the same transaction. Submissions arriving
//! together share one transaction (group commit), and each is answered after it committed.
//!
//! With sealing (`--seal-to`) the row's `body` is empty and `sealed` holds the envelope (the
//! ciphertext and what it is bound to), `sealed_to` the key ids; rows stored in the clear
//! before sealing was turned on keep their `body`. Both columns are added to an older
//! database at start-up (`schema::SEALED_COLUMNS`).

use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};
use tokio::sync::{Mutex, mpsc, oneshot};

mod deliveries;
mod inbox;
mod schema;
mod writer;

use writer::{MAX_BATCH, Pending, find_by_key, write_forever};

pub use deliveries::Due;
pub use inbox::{Acked, InboxItem};

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
    /// The batch this submission was committed in failed (the database's error, as text).
    #[error("{0}")]
    Batch(String),
}

/// A stored submission, as the replay of its 201 needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub reference: String,
    pub digest: String,
    pub received_at: String,
}

/// What to store for one accepted request.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    pub reference: String,
    pub idempotency_key: String,
    pub digest: String,
    /// The exact body, or empty when it is sealed.
    pub body: String,
    /// The envelope (JSON text) when sealed, and the key ids it is sealed to.
    pub sealed: Option<String>,
    pub sealed_to: Option<String>,
    pub received_at: String,
    pub schema_version: String,
    pub kind: &'static str,
    pub country: &'static str,
    /// Also record a pending delivery, due at this time (unix seconds).
    pub deliver_from: Option<i64>,
}

/// One stored submission, as `--export` prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    pub reference: String,
    pub received_at: String,
    pub digest: String,
    /// The exact body; empty when sealed or purged.
    pub body: String,
    /// The envelope (JSON text) when sealed.
    pub sealed: Option<String>,
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

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: &'static str,
    writer: mpsc::Sender<Pending>,
}

impl Store {
    /// Connects to `url` (creating a SQLite file and its folder if needed), creates the schema
    /// and starts the writer.
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
            .max_connections(max_connections.max(2))
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
        schema::create(&pool, backend).await?;
        let (writer, queue) = mpsc::channel(4 * MAX_BATCH);
        // SQLite has one writer at a time anyway. On PostgreSQL each statement is a round trip,
        // so half the pool writes batches side by side (in key order: no deadlocks).
        let writers = if backend == "postgresql" {
            usize::try_from(max_connections / 2).unwrap_or(1).max(2)
        } else {
            1
        };
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..writers {
            tokio::spawn(write_forever(pool.clone(), Arc::clone(&queue)));
        }
        Ok(Store {
            pool,
            backend,
            writer,
        })
    }

    /// `sqlite` or `postgresql`.
    pub fn backend(&self) -> &'static str {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub async fn find_by_key(&self, key: &str) -> Result<Option<Stored>, StoreError> {
        find_by_key(&self.pool, key).await
    }

    /// Stores one submission (its inbox place and, when forwarding, its delivery record) and
    /// returns once it is committed. Submissions that arrive together are committed in one
    /// transaction (group commit: one disk sync for all of them).
    pub async fn insert(&self, new: NewSubmission) -> Result<Inserted, StoreError> {
        let (sender, outcome) = oneshot::channel();
        self.writer
            .send((new, sender))
            .await
            .map_err(|_| StoreError::Batch("the writer has stopped".to_owned()))?;
        outcome
            .await
            .map_err(|_| StoreError::Batch("the writer has stopped".to_owned()))?
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

    /// Every stored submission, oldest first.
    pub async fn export(&self) -> Result<Vec<Exported>, StoreError> {
        let rows = sqlx::query(
            "SELECT reference, received_at, digest, body, sealed FROM submissions
              ORDER BY received_at",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Exported {
                    reference: row.try_get("reference")?,
                    received_at: row.try_get("received_at")?,
                    digest: row.try_get("digest")?,
                    body: row.try_get("body")?,
                    sealed: row.try_get("sealed")?,
                })
            })
            .collect()
    }

    /// A submission's envelope (JSON text) and the key ids it is sealed to, if it is sealed.
    pub async fn sealed(&self, reference: &str) -> Result<Option<(String, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT sealed, sealed_to FROM submissions WHERE reference = $1 AND sealed IS NOT NULL",
        )
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| Ok((row.try_get("sealed")?, row.try_get("sealed_to")?)))
            .transpose()
    }

    /// Every value in every row of every table, as text (for audits and tests: what a stolen
    /// database would show).
    pub async fn everything_stored(&self) -> Result<Vec<String>, StoreError> {
        use sqlx::{Column, ValueRef};
        let mut values = Vec::new();
        for table in ["submissions", "inbox", "deliveries", "audit"] {
            for row in sqlx::query(&format!("SELECT * FROM {table}"))
                .fetch_all(&self.pool)
                .await?
            {
                for column in row.columns() {
                    let index = column.ordinal();
                    if row.try_get_raw(index)?.is_null() {
                        continue;
                    }
                    let value = row
                        .try_get::<String, _>(index)
                        .or_else(|_| row.try_get::<i64, _>(index).map(|n| n.to_string()))?;
                    values.push(value);
                }
            }
        }
        Ok(values)
    }

    /// The stored body of a submission (empty once purged).
    pub async fn body(&self, reference: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT body FROM submissions WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| row.try_get("body")).transpose()?)
    }
}
