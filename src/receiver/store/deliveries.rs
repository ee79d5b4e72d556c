//! The forwarder's queue: each pending delivery is claimed by one forwarder at a time, however
//! many receivers share the database. A claim moves the delivery's next attempt a lease into
//! the future in the same statement that picks it (on PostgreSQL with `FOR UPDATE SKIP
//! LOCKED`, so concurrent claims pass over each other's rows instead of waiting for them); a
//! forwarder that dies mid-delivery leaves the row to be claimed again once the lease is over.

use sqlx::Row;

use super::{Store, StoreError};

/// A delivery claimed by this forwarder.
#[derive(Clone, Debug)]
pub struct Due {
    pub reference: String,
    pub idempotency_key: String,
    pub digest: String,
    pub body: String,
    /// The envelope (JSON text) when the submission is sealed: what is forwarded then.
    pub sealed: Option<String>,
    pub attempts: i64,
}

impl Store {
    /// Claims up to `limit` pending deliveries due at `now` (unix seconds), oldest first, for
    /// `lease` seconds.
    pub async fn claim(&self, now: i64, lease: i64, limit: i64) -> Result<Vec<Due>, StoreError> {
        let lock = if self.backend == "postgresql" {
            "FOR UPDATE SKIP LOCKED"
        } else {
            "" // one writer at a time: the UPDATE itself is the claim
        };
        let claimed = sqlx::query(&format!(
            "UPDATE deliveries SET next_attempt_at = $1
              WHERE reference IN (SELECT reference FROM deliveries
                                   WHERE state = 'pending' AND next_attempt_at <= $2
                                   ORDER BY next_attempt_at LIMIT $3 {lock})
             RETURNING reference, attempts"
        ))
        .bind(now + lease)
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::with_capacity(claimed.len());
        for row in claimed {
            let reference: String = row.try_get("reference")?;
            let submission = sqlx::query(
                "SELECT idempotency_key, digest, body, sealed FROM submissions
                  WHERE reference = $1",
            )
            .bind(&reference)
            .fetch_one(&self.pool)
            .await?;
            due.push(Due {
                idempotency_key: submission.try_get("idempotency_key")?,
                digest: submission.try_get("digest")?,
                body: submission.try_get("body")?,
                sealed: submission.try_get("sealed")?,
                attempts: row.try_get("attempts")?,
                reference,
            });
        }
        Ok(due)
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
        Ok(self.delivery(reference).await?.map(|(state, _)| state))
    }

    /// A submission's delivery state and the attempts made, if it has one.
    pub async fn delivery(&self, reference: &str) -> Result<Option<(String, i64)>, StoreError> {
        let row = sqlx::query("SELECT state, attempts FROM deliveries WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| Ok((row.try_get("state")?, row.try_get("attempts")?)))
            .transpose()
    }
}
