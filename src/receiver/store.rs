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
//! database at start-up (`SEALED_COLUMNS`).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Row};
use tokio::sync::{Mutex, mpsc, oneshot};

mod deliveries;
mod inbox;

pub use deliveries::Due;
pub use inbox::{Acked, InboxItem};

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

/// Submissions waiting for the writer, each with where its outcome goes.
type Pending = (NewSubmission, oneshot::Sender<Result<Inserted, StoreError>>);

/// Most submissions committed in one transaction.
const MAX_BATCH: usize = 256;

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

async fn find_by_key<'e, E>(executor: E, key: &str) -> Result<Option<Stored>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "SELECT reference, digest, received_at FROM submissions WHERE idempotency_key = $1",
    )
    .bind(key)
    .fetch_optional(executor)
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

/// The group commit: takes whatever submissions are waiting (up to `MAX_BATCH`), stores them
/// in one transaction, and answers each once it has committed.
async fn write_forever(pool: AnyPool, queue: Arc<Mutex<mpsc::Receiver<Pending>>>) {
    loop {
        let mut batch = Vec::new();
        {
            let mut queue = queue.lock().await;
            let Some(first) = queue.recv().await else {
                return;
            };
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(next) => batch.push(next),
                    Err(_) => break,
                }
            }
        }
        // In key order, so that two writers (or two receivers) that both wait for a key the
        // other has just inserted always wait in the same order and never deadlock.
        let mut batch: Vec<(usize, Pending)> = batch.into_iter().enumerate().collect();
        batch.sort_by(|a, b| a.1.0.idempotency_key.cmp(&b.1.0.idempotency_key));
        let (arrival, batch): (Vec<usize>, Vec<Pending>) = batch.into_iter().unzip();
        let (news, senders): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
        match insert_batch(&pool, &news, &arrival).await {
            Ok(outcomes) => {
                for (sender, outcome) in senders.into_iter().zip(outcomes) {
                    let _ = sender.send(Ok(outcome));
                }
            }
            // One submission's failure must not fail the others: each alone, in its own
            // transaction.
            Err(error) if news.len() > 1 => {
                tracing::warn!(
                    "a batch of {} failed ({error}); storing each alone",
                    news.len()
                );
                for (new, sender) in news.iter().zip(senders) {
                    let outcome = insert_batch(&pool, std::slice::from_ref(new), &[0])
                        .await
                        .map(|mut outcomes| outcomes.pop().unwrap_or(Inserted::ReferenceTaken));
                    let _ = sender.send(outcome);
                }
            }
            Err(error) => {
                for sender in senders {
                    let _ = sender.send(Err(StoreError::Batch(error.to_string())));
                }
            }
        }
    }
}

/// `VALUES` placeholders for `rows` rows of `columns` values: `($1, $2), ($3, $4)`.
fn placeholders(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let values: Vec<String> = (1..=columns)
                .map(|column| format!("${}", row * columns + column))
                .collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Stores `news` (in key order) in one transaction: one multi-row statement per table, so a
/// batch costs three statements however large it is. `arrival` gives their order received,
/// which their inbox places follow.
async fn insert_batch(
    pool: &AnyPool,
    news: &[NewSubmission],
    arrival: &[usize],
) -> Result<Vec<Inserted>, StoreError> {
    let mut transaction = pool.begin().await?;
    // A reference drawn twice in one batch: the later one draws again.
    let mut references = HashSet::new();
    let fresh: Vec<bool> = news
        .iter()
        .map(|new| references.insert(new.reference.as_str()))
        .collect();
    let candidates: Vec<&NewSubmission> = news
        .iter()
        .zip(&fresh)
        .filter_map(|(new, fresh)| fresh.then_some(new))
        .collect();
    // ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL an
    // error would abort the whole batch's transaction. Within the statement the first row of
    // a key wins, as it would one statement at a time.
    let mut stored = HashSet::new();
    if !candidates.is_empty() {
        let sql = format!(
            "INSERT INTO submissions (reference, idempotency_key, digest, body, received_at,
                schema_version, kind, country, sealed, sealed_to) VALUES {}
                ON CONFLICT DO NOTHING RETURNING reference",
            placeholders(candidates.len(), 10)
        );
        let mut insert = sqlx::query(&sql);
        for new in &candidates {
            insert = insert
                .bind(&new.reference)
                .bind(&new.idempotency_key)
                .bind(&new.digest)
                .bind(&new.body)
                .bind(&new.received_at)
                .bind(&new.schema_version)
                .bind(new.kind)
                .bind(new.country)
                .bind(&new.sealed)
                .bind(&new.sealed_to);
        }
        for row in insert.fetch_all(&mut *transaction).await? {
            stored.insert(row.try_get::<String, _>("reference")?);
        }
    }
    let mut outcomes = Vec::with_capacity(news.len());
    for (new, fresh) in news.iter().zip(&fresh) {
        outcomes.push(if !fresh {
            Inserted::ReferenceTaken
        } else if stored.contains(&new.reference) {
            Inserted::Stored
        } else {
            match find_by_key(&mut *transaction, &new.idempotency_key).await? {
                Some(stored) => Inserted::KeyTaken(stored),
                None => Inserted::ReferenceTaken,
            }
        });
    }
    let mut received: Vec<(usize, &NewSubmission)> = arrival
        .iter()
        .copied()
        .zip(news)
        .filter(|(_, new)| stored.contains(&new.reference))
        .collect();
    received.sort_by_key(|(order, _)| *order);
    if !received.is_empty() {
        let sql = format!(
            "INSERT INTO inbox (reference) VALUES {}",
            placeholders(received.len(), 1)
        );
        let mut insert = sqlx::query(&sql);
        for (_, new) in &received {
            insert = insert.bind(&new.reference);
        }
        insert.execute(&mut *transaction).await?;
    }
    let forwarded: Vec<(&str, i64)> = received
        .iter()
        .filter_map(|(_, new)| Some((new.reference.as_str(), new.deliver_from?)))
        .collect();
    if !forwarded.is_empty() {
        let sql = format!(
            "INSERT INTO deliveries (reference, next_attempt_at, state, attempts) VALUES {}",
            (0..forwarded.len())
                .map(|row| format!("(${}, ${}, 'pending', 0)", 2 * row + 1, 2 * row + 2))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut insert = sqlx::query(&sql);
        for (reference, due) in &forwarded {
            insert = insert.bind(*reference).bind(*due);
        }
        insert.execute(&mut *transaction).await?;
    }
    transaction.commit().await?;
    Ok(outcomes)
}
