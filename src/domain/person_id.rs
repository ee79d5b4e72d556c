//! Personal identity numbers: Swedish personnummer and samordningsnummer, Danish CPR numbers.
//!
//! Parsing needs `today`, because a 10-digit Swedish number does not say its century and a
//! birth date may not lie in the future. Every failure is an [`IdError`] code; the UI shows
//! the Fluent message `error-<code>`. Identifiers must be masked in summaries: use
//! [`PersonId::masked`]. `Debug` shows only the masked form, so numbers do not end up in logs.

pub mod dk;
pub mod se;

use validator::ValidationError;

use super::Date;
use super::age;
use super::locale::Country;

pub use dk::Cpr;
pub use se::{Personnummer, PersonnummerKind};

/// A parsed identity number of either country.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum PersonId {
    Se(Personnummer),
    Dk(Cpr),
}

impl PersonId {
    /// Reads an identity number in the format of `country`, as typed by a person.
    pub fn parse(country: Country, text: &str, today: Date) -> Result<PersonId, IdError> {
        match country {
            Country::Se => Personnummer::parse(text, today).map(PersonId::Se),
            Country::Dk => Cpr::parse(text, today).map(PersonId::Dk),
        }
    }

    pub fn country(&self) -> Country {
        match self {
            PersonId::Se(_) => Country::Se,
            PersonId::Dk(_) => Country::Dk,
        }
    }

    /// The birth date the number states. For a samordningsnummer this is the day minus 60.
    /// Skatteverket sometimes gives a nearby date when a date has run out of numbers, so let
    /// the user confirm it before it decides anything legal.
    pub fn birth_date(&self) -> Date {
        match self {
            PersonId::Se(number) => number.birth_date(),
            PersonId::Dk(number) => number.birth_date(),
        }
    }

    /// Completed years of age on `today`, from the birth date the number states.
    pub fn age_on(&self, today: Date) -> u32 {
        age::age_on(self.birth_date(), today)
    }

    /// The stored form: `YYYYMMDDNNNC` (Sweden) or `DDMMYY-SSSS` (Denmark).
    pub fn normalized(&self) -> &str {
        match self {
            PersonId::Se(number) => number.normalized(),
            PersonId::Dk(number) => number.normalized(),
        }
    }

    /// The form for summaries and receipts: `YYYYMMDD-****` or `DDMMYY-****`.
    pub fn masked(&self) -> String {
        match self {
            PersonId::Se(number) => number.masked(),
            PersonId::Dk(number) => number.masked(),
        }
    }
}

impl std::fmt::Debug for PersonId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PersonId::Se(number) => f.debug_tuple("Se").field(number).finish(),
            PersonId::Dk(number) => f.debug_tuple("Dk").field(number).finish(),
        }
    }
}

/// Why an identity number cannot be accepted. Each variant tells the user one thing to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdError {
    /// Nothing but white space.
    PersonnummerEmpty,
    /// Letters or symbols other than digits, spaces, one `-` or one `+`.
    PersonnummerCharacters,
    /// Neither 10 nor 12 digits.
    PersonnummerLength,
    /// The `-`/`+` is not between the date and the last four digits, or there are several.
    PersonnummerSeparator,
    /// `+` with 12 digits: the century is already written, so write a `-` instead.
    /// (`+` belongs only to the 10-digit form, from the year the person turns 100.)
    PersonnummerPlusWithCentury,
    /// A century other than 18, 19 or 20: written in 12 digits, or (only for a `today`
    /// before 1900 or after 2099) inferred from 10.
    PersonnummerCentury,
    /// The date part is not a real date (month 13, day 32, 29 February in a common year …).
    PersonnummerDate,
    /// A samordningsnummer (day 60 or more) whose day minus 60 is not a real date.
    SamordningsnummerDate,
    /// The birth number (the three digits after the date) is 000, which Skatteverket never
    /// issues.
    PersonnummerBirthNumber,
    /// The last digit does not match the others (Luhn check).
    PersonnummerChecksum,
    /// The birth date is after today (only possible with 12 digits).
    PersonnummerFuture,
    /// Nothing but white space.
    CprEmpty,
    /// Letters or symbols other than digits, spaces and one `-`.
    CprCharacters,
    /// Not 10 digits.
    CprLength,
    /// The `-` is not between the six-digit date and the last four digits, or there are several.
    CprSeparator,
    /// The first six digits are not a real date in the century the 7th digit gives.
    CprDate,
    /// The birth date (with the century the 7th digit gives) is after today.
    CprFuture,
}

impl IdError {
    pub const ALL: &'static [IdError] = &[
        IdError::PersonnummerEmpty,
        IdError::PersonnummerCharacters,
        IdError::PersonnummerLength,
        IdError::PersonnummerSeparator,
        IdError::PersonnummerPlusWithCentury,
        IdError::PersonnummerCentury,
        IdError::PersonnummerDate,
        IdError::SamordningsnummerDate,
        IdError::PersonnummerBirthNumber,
        IdError::PersonnummerChecksum,
        IdError::PersonnummerFuture,
        IdError::CprEmpty,
        IdError::CprCharacters,
        IdError::CprLength,
        IdError::CprSeparator,
        IdError::CprDate,
        IdError::CprFuture,
    ];

    /// Stable machine code: in Fluent ids (`error-<code>`) and in the receiver's responses.
    pub fn code(self) -> &'static str {
        match self {
            IdError::PersonnummerEmpty => "personnummer-empty",
            IdError::PersonnummerCharacters => "personnummer-characters",
            IdError::PersonnummerLength => "personnummer-length",
            IdError::PersonnummerSeparator => "personnummer-separator",
            IdError::PersonnummerPlusWithCentury => "personnummer-plus-with-century",
            IdError::PersonnummerCentury => "personnummer-century",
            IdError::PersonnummerDate => "personnummer-date",
            IdError::SamordningsnummerDate => "samordningsnummer-date",
            IdError::PersonnummerBirthNumber => "personnummer-birth-number",
            IdError::PersonnummerChecksum => "personnummer-checksum",
            IdError::PersonnummerFuture => "personnummer-future",
            IdError::CprEmpty => "cpr-empty",
            IdError::CprCharacters => "cpr-characters",
            IdError::CprLength => "cpr-length",
            IdError::CprSeparator => "cpr-separator",
            IdError::CprDate => "cpr-date",
            IdError::CprFuture => "cpr-future",
        }
    }

    /// The error with this code, if there is one.
    pub fn from_code(code: &str) -> Option<IdError> {
        IdError::ALL
            .iter()
            .copied()
            .find(|error| error.code() == code)
    }
}

/// For `#[derive(Validate)]` payloads: a validator error whose code is [`IdError::code`].
impl From<IdError> for ValidationError {
    fn from(error: IdError) -> ValidationError {
        ValidationError::new(error.code())
    }
}

/// An identity number as typed, taken apart: its digits and the one separator between the
/// date and the last four digits.
struct Typed {
    digits: Vec<u8>,
    separator: Separator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Separator {
    /// Digits only.
    None,
    /// `-`, or spaces, or a `-` with spaces around it.
    Hyphen,
    /// `+`, possibly with spaces around it.
    Plus,
    /// Several separators, one in the wrong place, or `-` and `+` together.
    Misplaced,
}

/// Why `read` could not take the text apart.
enum Unreadable {
    Empty,
    Characters,
}

/// Splits `text` (surrounding white space ignored) into digits and a separator. Apart from
/// ASCII digits it allows white space and the characters in `signs`.
fn read(text: &str, signs: &[char]) -> Result<Typed, Unreadable> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Unreadable::Empty);
    }
    let mut digits = Vec::with_capacity(12);
    // Each run of non-digits: how many digits come before it, and the signs in it.
    let mut runs: Vec<(usize, Vec<char>)> = Vec::new();
    let mut in_run = false;
    for c in text.chars() {
        if let Some(digit) = c.to_digit(10) {
            digits.push(u8::try_from(digit).unwrap_or_default());
            in_run = false;
        } else if c.is_whitespace() || signs.contains(&c) {
            if !in_run {
                runs.push((digits.len(), Vec::new()));
                in_run = true;
            }
            if let (Some((_, run_signs)), false) = (runs.last_mut(), c.is_whitespace()) {
                run_signs.push(c);
            }
        } else {
            return Err(Unreadable::Characters);
        }
    }
    let separator = match runs.as_slice() {
        [] => Separator::None,
        [(at, run_signs)] if *at + 4 == digits.len() => match run_signs.as_slice() {
            [] | ['-'] => Separator::Hyphen,
            ['+'] => Separator::Plus,
            _ => Separator::Misplaced,
        },
        _ => Separator::Misplaced,
    };
    Ok(Typed { digits, separator })
}

/// The number made of `digits` (each 0–9), most significant first.
fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |value, &digit| value * 10 + u32::from(digit))
}

/// The date `year-month-day`, if it exists.
fn calendar_date(year: i32, month: u32, day: u32) -> Option<Date> {
    let month = u8::try_from(month)
        .ok()
        .and_then(|month| time::Month::try_from(month).ok())?;
    let day = u8::try_from(day).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// The digits as text.
fn digit_string(digits: &[u8]) -> String {
    digits
        .iter()
        .map(|&digit| char::from(b'0' + digit))
        .collect()
}
