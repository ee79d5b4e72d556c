//! Today's date from the browser: the single allowed clock read (see .clippy.toml).

use crate::domain::Date;

/// The date in the user's own time zone. Falls back to the epoch date only if the browser
/// reports a date outside the calendar, which it does not do in practice.
#[allow(clippy::disallowed_methods)] // the one permitted clock read
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_month() + 1)
        .ok()
        .and_then(|month| time::Month::try_from(month).ok());
    let day = u8::try_from(now.get_date()).ok();
    let year = i32::try_from(now.get_full_year()).ok();
    match (year, month, day) {
        (Some(year), Some(month), Some(day)) => {
            Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
        }
        _ => Date::MIN,
    }
}

/// The current time in UTC as RFC 3339 (`2026-11-23T09:30:00.000Z`), for `submitted_at`.
#[allow(clippy::disallowed_methods)] // a timestamp for the payload, not a date for the rules
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
