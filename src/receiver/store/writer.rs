//! The group commit: submissions arriving together share one transaction, in key order, and
//! each is answered once it has committed.

use std::collections::HashSet;
use std::sync::Arc;

use sqlx::{AnyPool, Row};
use tokio::sync::{Mutex, mpsc, oneshot};

use super::{Inserted, NewSubmission, StoreError, Stored};

/// Submissions waiting for the writer, each with where its outcome goes.
pub(super) type Pending = (NewSubmission, oneshot::Sender<Result<Inserted, StoreError>>);

/// Most submissions committed in one transaction.
pub(super) const MAX_BATCH: usize = 256;

pub(super) async fn find_by_key<'e, E>(executor: E, key: &str) -> Result<Option<Stored>, StoreError>
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
pub(super) async fn write_forever(pool: AnyPool, queue: Arc<Mutex<mpsc::Receiver<Pending>>>) {
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
