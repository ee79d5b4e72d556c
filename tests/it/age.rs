//! Age on a date, birthday rule included.

use intake_wizard::domain::age::age_on;
use time::macros::date;

#[test]
fn age_counts_completed_years_and_the_birthday_itself() {
    assert_eq!(age_on(date!(2014 - 03 - 10), date!(2026 - 03 - 09)), 11);
    assert_eq!(age_on(date!(2014 - 03 - 10), date!(2026 - 03 - 10)), 12);
}

#[test]
fn someone_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
    assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
    assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 03 - 01)), 18);
    assert_eq!(age_on(date!(2008 - 02 - 29), date!(2028 - 02 - 29)), 20);
}

#[test]
fn a_birth_date_in_the_future_gives_zero() {
    assert_eq!(age_on(date!(2030 - 01 - 01), date!(2026 - 01 - 01)), 0);
}
