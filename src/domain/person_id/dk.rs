//! Danish CPR numbers, as cpr.dk describes them ("Opbygning af CPR-nummeret").
//!
//! Accepted: `DDMMYY-SSSS` or ten digits without the hyphen (a space works as well). The
//! century comes from the 7th digit. Modulus 11 is not required: CPR has issued numbers
//! without it since 2007 and says systems must accept them, so it is only reported by
//! [`Cpr::passes_modulus_11`], never as an error.

use super::{IdError, Separator, Typed, Unreadable, calendar_date, digit_string, number, read};
use crate::domain::Date;

/// A valid Danish CPR number.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Cpr {
    /// `DDMMYY-SSSS`.
    normalized: String,
    birth: Date,
    modulus_11: bool,
}

/// Modulus-11 weights of the ten digits.
const WEIGHTS: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

impl Cpr {
    /// Reads a CPR number as typed; see the module documentation.
    pub fn parse(text: &str, today: Date) -> Result<Cpr, IdError> {
        let Typed { digits, separator } =
            read(text, &['-']).map_err(|unreadable| match unreadable {
                Unreadable::Empty => IdError::CprEmpty,
                Unreadable::Characters => IdError::CprCharacters,
            })?;
        let [d1, d2, m1, m2, y1, y2, seventh, ..] = digits.as_slice() else {
            return Err(IdError::CprLength);
        };
        if digits.len() != 10 {
            return Err(IdError::CprLength);
        }
        if separator == Separator::Misplaced {
            return Err(IdError::CprSeparator);
        }
        let year_of_century = number(&[*y1, *y2]);
        let year = century(*seventh, year_of_century) + year_of_century;
        let year = i32::try_from(year).map_err(|_| IdError::CprDate)?;
        let birth = calendar_date(year, number(&[*m1, *m2]), number(&[*d1, *d2]))
            .ok_or(IdError::CprDate)?;
        if birth > today {
            return Err(IdError::CprFuture);
        }
        let weighted: u32 = digits
            .iter()
            .zip(WEIGHTS)
            .map(|(&digit, weight)| u32::from(digit) * weight)
            .sum();
        let (date, serial) = digits.split_at(6);
        Ok(Cpr {
            normalized: format!("{}-{}", digit_string(date), digit_string(serial)),
            birth,
            modulus_11: weighted.is_multiple_of(11),
        })
    }

    pub fn birth_date(&self) -> Date {
        self.birth
    }

    /// `DDMMYY-SSSS`.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// `DDMMYY-****`.
    pub fn masked(&self) -> String {
        format!("{}-****", self.normalized.get(..6).unwrap_or_default())
    }

    /// Whether the number passes the old modulus-11 check. A soft note at most: numbers
    /// issued since 1 October 2007 need not pass it and are just as valid.
    pub fn passes_modulus_11(&self) -> bool {
        self.modulus_11
    }
}

impl std::fmt::Debug for Cpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cpr")
            .field("masked", &self.masked())
            .field("modulus_11", &self.modulus_11)
            .finish()
    }
}

/// The first year of the century, from the 7th digit and the two-digit year:
/// 0–3 → 1900s; 4 and 9 → 2000–2036, else 1937–1999; 5–8 → 2000–2057, else 1858–1899.
fn century(seventh: u8, year_of_century: u32) -> u32 {
    match seventh {
        0..=3 => 1900,
        4 | 9 if year_of_century <= 36 => 2000,
        4 | 9 => 1900,
        _ if year_of_century <= 57 => 2000,
        _ => 1800,
    }
}
