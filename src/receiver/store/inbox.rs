//! The case system's inbox: unacknowledged submissions in the order received, their
//! acknowledgement, the audit log of every read, acknowledgement and purge, and retention
//! (gallring): the body (or the sealed envelope) of a submission acknowledged or delivered
//! before a cut-off is deleted, keeping its reference, digest, dates and kind.

use sqlx::Row;

use super::{Store, StoreError};

/// One submission as the inbox lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboxItem {
    /// Its place in the order received; list from here with `after`.
    pub cursor: i64,
    pub reference: String,
    pub received_at: String,
    pub digest: String,
    pub kind: String,
    /// The exact body that was received (its digest is `digest`); empty when sealed.
    pub body: String,
    /// The envelope (JSON text), when it is sealed.
    pub sealed: Option<String>,
}

/// A submission's acknowledgement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acked {
    pub reference: String,
    pub acked_at: String,
    /// Whether this request acknowledged it (false: it already was).
    pub now: bool,
}

/// Submissions purged in one transaction.
const PURGE_BATCH: i64 = 500;

impl Store {
    /// Up to `limit` unacknowledged submissions after `after`, oldest first; each one listed is
    /// written to the audit log as read by `token` at `at`.
    pub async fn inbox(
        &self,
        after: i64,
        limit: i64,
        token: &str,
        at: &str,
    ) -> Result<Vec<InboxItem>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.seq, s.reference, s.received_at, s.digest, s.kind, s.body, s.sealed
               FROM inbox i JOIN submissions s ON s.reference = i.reference
              WHERE i.acked_at IS NULL AND i.purged_at IS NULL AND i.seq > $1
              ORDER BY i.seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                Ok(InboxItem {
                    cursor: row.try_get("seq")?,
                    reference: row.try_get("reference")?,
                    received_at: row.try_get("received_at")?,
                    digest: row.try_get("digest")?,
                    kind: row.try_get("kind")?,
                    body: row.try_get("body")?,
                    sealed: row.try_get("sealed")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !items.is_empty() {
            let mut transaction = self.pool.begin().await?;
            for item in &items {
                audit(&mut transaction, at, token, "read", &item.reference).await?;
            }
            transaction.commit().await?;
        }
        Ok(items)
    }

    /// Acknowledges a submission for `token` at `at` (once: a second acknowledgement answers
    /// the first's time), audited; `None` when there is no such submission.
    pub async fn ack(
        &self,
        reference: &str,
        token: &str,
        at: &str,
    ) -> Result<Option<Acked>, StoreError> {
        let mut transaction = self.pool.begin().await?;
        let updated = sqlx::query(
            "UPDATE inbox SET acked_at = $1, acked_by = $2
              WHERE reference = $3 AND acked_at IS NULL",
        )
        .bind(at)
        .bind(token)
        .bind(reference)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        let row = sqlx::query("SELECT acked_at FROM inbox WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *transaction)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        audit(&mut transaction, at, token, "ack", reference).await?;
        transaction.commit().await?;
        Ok(Some(Acked {
            reference: reference.to_owned(),
            acked_at: row.try_get("acked_at")?,
            now: updated > 0,
        }))
    }

    /// Submissions neither acknowledged nor delivered by the forwarder.
    pub async fn backlog(&self) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM inbox i
              WHERE i.acked_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM deliveries d
                                 WHERE d.reference = i.reference AND d.state = 'delivered')",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("n")?)
    }

    /// Deletes the body of every submission acknowledged or delivered before `cutoff` (RFC
    /// 3339, UTC) and not yet purged, except one still waiting to be forwarded; each purge
    /// is audited as `retention` at `at`. Returns how many were purged.
    pub async fn purge(&self, cutoff: &str, at: &str) -> Result<u64, StoreError> {
        let mut purged = 0;
        loop {
            let mut transaction = self.pool.begin().await?;
            let rows = sqlx::query(
                "SELECT i.reference FROM inbox i
                   LEFT JOIN deliveries d ON d.reference = i.reference
                  WHERE i.purged_at IS NULL
                    AND (d.state IS NULL OR d.state <> 'pending')
                    AND ((i.acked_at IS NOT NULL AND i.acked_at < $1)
                         OR (d.state = 'delivered' AND d.delivered_at < $1))
                  LIMIT $2",
            )
            .bind(cutoff)
            .bind(PURGE_BATCH)
            .fetch_all(&mut *transaction)
            .await?;
            if rows.is_empty() {
                return Ok(purged);
            }
            for row in &rows {
                let reference: String = row.try_get("reference")?;
                sqlx::query("UPDATE submissions SET body = '', sealed = NULL WHERE reference = $1")
                    .bind(&reference)
                    .execute(&mut *transaction)
                    .await?;
                sqlx::query("UPDATE inbox SET purged_at = $1 WHERE reference = $2")
                    .bind(at)
                    .bind(&reference)
                    .execute(&mut *transaction)
                    .await?;
                audit(&mut transaction, at, "retention", "purge", &reference).await?;
                purged += 1;
            }
            transaction.commit().await?;
        }
    }

    /// The audit log of one submission, oldest first: (token name, action).
    pub async fn audit_log(&self, reference: &str) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT token, action FROM audit WHERE reference = $1 ORDER BY at")
            .bind(reference)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("token")?, row.try_get("action")?)))
            .collect()
    }
}

async fn audit(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    at: &str,
    token: &str,
    action: &str,
    reference: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit (at, token, action, reference) VALUES ($1, $2, $3, $4)")
        .bind(at)
        .bind(token)
        .bind(action)
        .bind(reference)
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
