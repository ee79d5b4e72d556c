//! The payload's dates: `YYYY-MM-DD` for answers, RFC 3339 for `submitted_at`.

use super::super::Date;
use super::super::answers::DateParts;
use super::super::validate::parse_date;

/// `YYYY-MM-DD`.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Splits `YYYY-MM-DD` into the boxes of a date input (whether the date exists is checked by
/// validation, as for typed dates).
pub(super) fn iso_date_parts(text: &str) -> Option<DateParts> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range.clone())
            .filter(|part| part.iter().all(u8::is_ascii_digit))
            .and_then(|_| text.get(range))
    };
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    Some(DateParts {
        year: digits(0..4)?.to_owned(),
        month: digits(5..7)?.to_owned(),
        day: digits(8..10)?.to_owned(),
    })
}

/// The calendar date of an RFC 3339 date-time (`2026-01-15T10:30:00+01:00`, `…Z`, with
/// optional fractions of a second), or `None` if it is not one.
pub fn date_time_date(text: &str) -> Option<Date> {
    let (date, time) = text.split_once(['T', 't'])?;
    let parts = iso_date_parts(date)?;
    let date = parse_date(&parts).ok()?;
    let (clock, offset) = match time.strip_suffix(['Z', 'z']) {
        Some(clock) => (clock, None),
        None => {
            let at = time.rfind(['+', '-'])?;
            (time.get(..at)?, Some(time.get(at + 1..)?))
        }
    };
    let two = |text: &str, max: u8| -> Option<u8> {
        (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u8>().ok())
            .flatten()
            .filter(|value| *value <= max)
    };
    let (whole, fraction) = match clock.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (clock, None),
    };
    let mut hms = whole.split(':');
    two(hms.next()?, 23)?;
    two(hms.next()?, 59)?;
    two(hms.next()?, 60)?;
    if hms.next().is_some()
        || fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if let Some(offset) = offset {
        let (hours, minutes) = offset.split_once(':')?;
        two(hours, 23)?;
        two(minutes, 59)?;
    }
    Some(date)
}
