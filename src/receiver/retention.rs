//! Retention (gallring): once an hour, and at start-up, the body (or envelope) of every submission
//! acknowledged or delivered more than `--retain-days` days ago is deleted; its reference,
//! digest, dates and kind stay, and each purge is an audited event (`store::inbox`).
//! Unacknowledged submissions are kept, and counted as the backlog in `/api/health`.

use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::{Store, StoreError, clock};

/// How often the purge runs.
const EVERY: Duration = Duration::from_secs(3600);

/// Purges what is older than `days` days now; returns how many bodies were deleted.
pub async fn purge(store: &Store, days: u32) -> Result<u64, StoreError> {
    let now = clock::now();
    let cutoff = now - time::Duration::days(i64::from(days));
    let purged = store
        .purge(&clock::rfc3339(cutoff), &clock::rfc3339(now))
        .await?;
    if purged > 0 {
        tracing::info!("retention: deleted {purged} bodies older than {days} days");
    }
    Ok(purged)
}

/// A running purge loop.
pub struct Retention {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Retention {
    pub fn spawn(store: Store, days: u32) -> Retention {
        let (stop, mut stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            loop {
                if let Err(error) = purge(&store, days).await {
                    tracing::error!("retention: {error}");
                }
                tokio::select! {
                    _ = tokio::time::sleep(EVERY) => {},
                    _ = stopped.changed() => return,
                }
            }
        });
        Retention { stop, task }
    }

    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}
