//! The receiver's clock: the only place it reads the time. The domain takes `today` as a
//! parameter (invariant 1); the receiver is the server's platform layer, so it may read the
//! system clock, here and nowhere else (checked by `tests/it/architecture.rs`).

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::domain::Date;

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// Today's date in UTC.
pub fn today() -> Date {
    now().date()
}

/// RFC 3339 in UTC, to the second: `2026-01-15T09:30:00Z`.
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.replace_nanosecond(0)
        .unwrap_or(at)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// Seconds since 1970, as the delivery schedule stores them.
pub fn unix_seconds(at: OffsetDateTime) -> i64 {
    at.unix_timestamp()
}

/// A monotonic instant (for latencies).
#[allow(clippy::disallowed_methods)] // the receiver's clock module is where the clock is read
pub fn instant() -> std::time::Instant {
    std::time::Instant::now()
}

/// A file's modification time and size: what tells that a file was changed (`tokens`).
pub type FileStamp = (std::time::SystemTime, u64);

/// The modification time and size of the file at `path`, if it can be read.
pub fn file_stamp(path: &std::path::Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
