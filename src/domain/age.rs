//! Age in whole years on a given date.

use super::Date;

/// Completed years of age on `today`. A birthday counts from the start of the day, and
/// someone born on 29 February has their birthday on 1 March in years that are not leap years.
/// Returns 0 for a birth date after `today`.
pub fn age_on(birth: Date, today: Date) -> u32 {
    let years = today.year() - birth.year();
    let had_birthday =
        (u8::from(today.month()), today.day()) >= (u8::from(birth.month()), birth.day());
    let age = if had_birthday { years } else { years - 1 };
    u32::try_from(age).unwrap_or(0)
}
