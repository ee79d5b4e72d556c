//! Swedish personnummer and samordningsnummer (folkbokföringslagen 18 § and 18 a §).
//!
//! Accepted: 10 or 12 digits, with or without a separator before the last four digits
//! (`-`, `+`, or a space). The century is written in the 12-digit form. In the 10-digit form,
//! `-` (or none) means the latest century that gives an age under 100 on `today`, and `+`
//! means the latest century in which the person turns 100 in `today`'s year or earlier:
//! Skatteverket writes `+` from the calendar year the person turns 100, not the birthday.
//! A `+` with 12 digits is rejected (`personnummer-plus-with-century`): the 12-digit form
//! is written with `-`, and accepting `+` there would hide a contradiction.

use super::{IdError, Separator, Typed, Unreadable, calendar_date, digit_string, number, read};
use crate::domain::Date;

/// Which kind of Swedish identity number it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonnummerKind {
    /// For people who are or have been folkbokförda in Sweden.
    Personnummer,
    /// For people who are not folkbokförda: the day of birth plus 60 (days 61–91).
    Samordningsnummer,
}

impl PersonnummerKind {
    /// Stable machine code, as in the payload and the test fixtures.
    pub fn code(self) -> &'static str {
        match self {
            PersonnummerKind::Personnummer => "personnummer",
            PersonnummerKind::Samordningsnummer => "samordningsnummer",
        }
    }
}

/// A valid Swedish personnummer or samordningsnummer.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Personnummer {
    /// `YYYYMMDDNNNC`, with the day as written (plus 60 for a samordningsnummer).
    normalized: String,
    birth: Date,
    kind: PersonnummerKind,
}

impl Personnummer {
    /// Reads a personnummer or samordningsnummer as typed; see the module documentation.
    pub fn parse(text: &str, today: Date) -> Result<Personnummer, IdError> {
        let Typed { digits, separator } =
            read(text, &['-', '+']).map_err(|unreadable| match unreadable {
                Unreadable::Empty => IdError::PersonnummerEmpty,
                Unreadable::Characters => IdError::PersonnummerCharacters,
            })?;
        let (century, short) = match digits.len() {
            12 => {
                let (century, short) = digits.split_at(2);
                (Some(number(century)), short)
            }
            10 => (None, digits.as_slice()),
            _ => return Err(IdError::PersonnummerLength),
        };
        match separator {
            Separator::Misplaced => return Err(IdError::PersonnummerSeparator),
            Separator::Plus if century.is_some() => {
                return Err(IdError::PersonnummerPlusWithCentury);
            }
            _ => {}
        }
        let [y1, y2, m1, m2, d1, d2, n1, n2, n3, check] = short else {
            return Err(IdError::PersonnummerLength);
        };
        let year_of_century = number(&[*y1, *y2]);
        let month = number(&[*m1, *m2]);
        let written_day = number(&[*d1, *d2]);
        let (kind, day, date_error) = if written_day >= 60 {
            let kind = PersonnummerKind::Samordningsnummer;
            (kind, written_day - 60, IdError::SamordningsnummerDate)
        } else {
            let kind = PersonnummerKind::Personnummer;
            (kind, written_day, IdError::PersonnummerDate)
        };
        let year = match century {
            Some(century) => century * 100 + year_of_century,
            None if separator == Separator::Plus => year_aged_100(year_of_century, today),
            None => year_under_100(year_of_century, (month, day), today),
        };
        // Skatteverket's centuries are 18, 19 and 20. (A 10-digit number can only fall outside
        // them when `today` is before 1900 or after 2099.)
        if !(1800..=2099).contains(&year) {
            return Err(IdError::PersonnummerCentury);
        }
        let year = i32::try_from(year).map_err(|_| date_error)?;
        let birth = calendar_date(year, month, day).ok_or(date_error)?;
        if luhn_check_digit(&[*y1, *y2, *m1, *m2, *d1, *d2, *n1, *n2, *n3]) != *check {
            return Err(IdError::PersonnummerChecksum);
        }
        if birth > today {
            return Err(IdError::PersonnummerFuture);
        }
        // Skatteverket never issues the birth number 000.
        if [*n1, *n2, *n3] == [0, 0, 0] {
            return Err(IdError::PersonnummerBirthNumber);
        }
        Ok(Personnummer {
            normalized: format!("{year:04}{}", digit_string(&short[2..])),
            birth,
            kind,
        })
    }

    /// The birth date; for a samordningsnummer, the written day minus 60.
    pub fn birth_date(&self) -> Date {
        self.birth
    }

    pub fn kind(&self) -> PersonnummerKind {
        self.kind
    }

    /// `YYYYMMDDNNNC`: twelve digits, no separator.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// `YYYYMMDD-****`, with the day as written.
    pub fn masked(&self) -> String {
        format!("{}-****", self.normalized.get(..8).unwrap_or_default())
    }
}

impl std::fmt::Debug for Personnummer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Personnummer")
            .field("masked", &self.masked())
            .field("kind", &self.kind)
            .finish()
    }
}

/// The latest year ending in `year_of_century` in which someone born on `(month, day)` is
/// under 100 on `today`: this year if the date has come, else 100 years earlier.
fn year_under_100(year_of_century: u32, (month, day): (u32, u32), today: Date) -> u32 {
    let this_year = u32::try_from(today.year()).unwrap_or_default();
    let year = latest_year_ending_in(year_of_century, this_year);
    let today_month_day = (u32::from(u8::from(today.month())), u32::from(today.day()));
    if year == this_year && (month, day) > today_month_day {
        year.saturating_sub(100)
    } else {
        year
    }
}

/// The latest year ending in `year_of_century` in which the person turns 100 no later than
/// `today`'s year.
fn year_aged_100(year_of_century: u32, today: Date) -> u32 {
    let limit = u32::try_from(today.year() - 100).unwrap_or_default();
    latest_year_ending_in(year_of_century, limit)
}

/// The latest year not after `limit` whose last two digits are `year_of_century` (0–99).
fn latest_year_ending_in(year_of_century: u32, limit: u32) -> u32 {
    let year = limit - limit % 100 + year_of_century;
    if year > limit {
        year.saturating_sub(100)
    } else {
        year
    }
}

/// Luhn ("modulus 10") check digit over YYMMDDNNN: weights 2, 1, 2, …; products over 9
/// count as the sum of their digits.
fn luhn_check_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .zip([2, 1].into_iter().cycle())
        .map(|(&digit, weight)| {
            let product = u32::from(digit) * weight;
            product / 10 + product % 10
        })
        .sum();
    u8::try_from((10 - sum % 10) % 10).unwrap_or_default()
}
