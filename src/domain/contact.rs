//! Contact details as typed by a person: phone numbers, postal codes, e-mail addresses, names.
//!
//! Each parser trims, accepts the usual ways of writing the value, and returns the normalised
//! form or an error code (Fluent message `error-<code>`). The `fn(&str) -> Result<(),
//! ValidationError>` functions at the end wrap them for `#[validate(custom(function = …))]`,
//! with the same codes.

use validator::ValidationError;

use super::locale::Country;

/// Declares an error enum's `ALL`, `code()` and its conversion to a validator error.
macro_rules! error_codes {
    ($name:ident { $($variant:ident => $code:literal,)+ }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Stable machine code: in Fluent ids (`error-<code>`) and in the payload errors.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }

        /// For `#[derive(Validate)]` payloads: a validator error with the same code.
        impl From<$name> for ValidationError {
            fn from(error: $name) -> ValidationError {
                ValidationError::new(error.code())
            }
        }
    };
}

/// A phone number in E.164 form (`+46701234567`, `+4512345678`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Phone {
    country: Country,
    e164: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhoneError {
    /// No digits at all.
    Empty,
    /// Something other than digits, spaces, `-`, `.`, `/`, brackets and one `+` before the digits.
    Characters,
    /// A country code other than +46 (Sweden) or +45 (Denmark).
    Country,
    /// A Swedish number written without the leading 0 and without +46.
    SeLeadingZero,
    /// A Swedish number whose digits after the 0 (or +46) are not 7 to 10.
    SeLength,
    /// A Danish number that is not 8 digits after an optional +45.
    DkLength,
}

error_codes!(PhoneError {
    Empty => "phone-empty",
    Characters => "phone-characters",
    Country => "phone-country",
    SeLeadingZero => "phone-se-leading-zero",
    SeLength => "phone-se-length",
    DkLength => "phone-dk-length",
});

impl Phone {
    /// Reads a phone number. Without a country code it is read as a number of `country`
    /// (Sweden: `070-123 45 67`, `08-123 456 78`; Denmark: `12 34 56 78`). With `+46`/`0046`
    /// or `+45`/`0045` it is read as a number of that country whatever `country` is, because
    /// people near the border often have the other country's phone. `+46 (0)70 …` is accepted.
    pub fn parse(country: Country, text: &str) -> Result<Phone, PhoneError> {
        let text = text.trim();
        let formatting = |c: char| c.is_whitespace() || "-./()".contains(c);
        // At most one `+`, before every digit (`+46 …`, `(+45) …`).
        let (plus, before, after) = match text.split_once('+') {
            Some((before, after)) => (true, before, after),
            None => (false, "", text),
        };
        if !before.chars().all(formatting)
            || !after.chars().all(|c| c.is_ascii_digit() || formatting(c))
        {
            return Err(PhoneError::Characters);
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        let (country, national) = match international {
            Some(digits) => {
                if let Some(national) = digits.strip_prefix("46") {
                    // `+46 (0)70 …`: the trunk 0 is dropped.
                    (Country::Se, national.strip_prefix('0').unwrap_or(national))
                } else if let Some(national) = digits.strip_prefix("45") {
                    (Country::Dk, national)
                } else {
                    return Err(PhoneError::Country);
                }
            }
            None => match country {
                Country::Se => (
                    Country::Se,
                    digits.strip_prefix('0').ok_or(PhoneError::SeLeadingZero)?,
                ),
                Country::Dk => (Country::Dk, digits.as_str()),
            },
        };
        let (calling_code, lengths, error) = match country {
            Country::Se => ("46", 7..=10, PhoneError::SeLength),
            Country::Dk => ("45", 8..=8, PhoneError::DkLength),
        };
        if !lengths.contains(&national.len()) || national.starts_with('0') {
            return Err(error);
        }
        Ok(Phone {
            country,
            e164: format!("+{calling_code}{national}"),
        })
    }

    /// The country of the number (not necessarily the country of the flow).
    pub fn country(&self) -> Country {
        self.country
    }

    /// `+` and the digits, no spaces: `+46701234567`.
    pub fn e164(&self) -> &str {
        &self.e164
    }
}

/// A postal code: Swedish `NNN NN` or Danish `NNNN`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PostalCode {
    country: Country,
    normalized: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PostalCodeError {
    /// Nothing but white space.
    Empty,
    /// Letters (other than a country prefix) or symbols.
    Characters,
    /// A country prefix other than the flow's own (`DK-` in Sweden, `SE-` or `NO-` in Denmark).
    Country,
    /// A Swedish postal code that is not 5 digits.
    SeLength,
    /// A Danish postal code that is not 4 digits.
    DkLength,
}

error_codes!(PostalCodeError {
    Empty => "postal-code-empty",
    Characters => "postal-code-characters",
    Country => "postal-code-country",
    SeLength => "postal-code-se-length",
    DkLength => "postal-code-dk-length",
});

impl PostalCode {
    /// Reads a postal code of `country`. Sweden: `12345`, `123 45`, `SE-123 45`, `se 12345`
    /// → `123 45`. Denmark: `1234`, `DK-1234`, `dk 1234` → `1234`. Spaces between digits are
    /// ignored.
    pub fn parse(country: Country, text: &str) -> Result<PostalCode, PostalCodeError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PostalCodeError::Empty);
        }
        let letters = text.chars().take_while(char::is_ascii_alphabetic).count();
        let rest = match (letters, text.get(letters..)) {
            (0, _) => text,
            (2, Some(rest)) => {
                let prefix = text.get(..2).unwrap_or_default();
                if !prefix.eq_ignore_ascii_case(country.code()) {
                    return Err(PostalCodeError::Country);
                }
                rest.strip_prefix('-').unwrap_or(rest)
            }
            _ => return Err(PostalCodeError::Characters),
        };
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace())
        {
            return Err(PostalCodeError::Characters);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let normalized = match (country, digits.len()) {
            (Country::Se, 5) => format!("{} {}", &digits[..3], &digits[3..]),
            (Country::Se, _) => return Err(PostalCodeError::SeLength),
            (Country::Dk, 4) => digits,
            (Country::Dk, _) => return Err(PostalCodeError::DkLength),
        };
        Ok(PostalCode {
            country,
            normalized,
        })
    }

    pub fn country(&self) -> Country {
        self.country
    }

    /// `123 45` or `1234`.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }
}

/// An e-mail address that passes a small shape check (trimmed, otherwise as typed).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmailError {
    /// Nothing but white space.
    Empty,
    /// Over 254 characters in all, or over 64 before the `@`.
    TooLong,
    /// No `@`.
    MissingAt,
    /// More than one `@`.
    SeveralAt,
    /// Spaces or other invisible characters inside the address.
    Spaces,
    /// Nothing before the `@`.
    MissingLocalPart,
    /// The part after the `@` is not a domain like `example.com`.
    Domain,
}

error_codes!(EmailError {
    Empty => "email-empty",
    TooLong => "email-too-long",
    MissingAt => "email-missing-at",
    SeveralAt => "email-several-at",
    Spaces => "email-spaces",
    MissingLocalPart => "email-missing-local-part",
    Domain => "email-domain",
});

impl Email {
    /// Checks the shape only: `something@domain.tld`, no spaces. Whether the address exists
    /// is not knowable here. (validator's `email` rule is not used: it adds ~0.9 MB of wasm.)
    pub fn parse(text: &str) -> Result<Email, EmailError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        if text.chars().count() > 254 {
            return Err(EmailError::TooLong);
        }
        let Some((local, domain)) = text.split_once('@') else {
            return Err(EmailError::MissingAt);
        };
        if domain.contains('@') {
            return Err(EmailError::SeveralAt);
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Spaces);
        }
        if local.is_empty() {
            return Err(EmailError::MissingLocalPart);
        }
        if local.chars().count() > 64 {
            return Err(EmailError::TooLong);
        }
        let labels_ok = domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        if !labels_ok || !domain.contains('.') {
            return Err(EmailError::Domain);
        }
        Ok(Email(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name, trimmed (1–100 characters).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PersonName(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameError {
    /// Nothing but white space.
    Empty,
    /// More than 100 characters.
    TooLong,
    /// Line breaks, tabs or other control characters, or hidden characters (`is_hidden`).
    ControlCharacters,
    /// Not a single letter (only digits or symbols).
    NoLetter,
}

error_codes!(NameError {
    Empty => "name-empty",
    TooLong => "name-too-long",
    ControlCharacters => "name-control-characters",
    NoLetter => "name-no-letter",
});

/// Most characters a name may have.
pub const NAME_MAX_CHARS: usize = 100;

impl PersonName {
    /// Reads a name: any script, spaces, hyphens and apostrophes are fine.
    pub fn parse(text: &str) -> Result<PersonName, NameError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(NameError::Empty);
        }
        if text.chars().any(|c| is_hidden(c, false)) {
            return Err(NameError::ControlCharacters);
        }
        if text.chars().count() > NAME_MAX_CHARS {
            return Err(NameError::TooLong);
        }
        if !text.chars().any(char::is_alphabetic) {
            return Err(NameError::NoLetter);
        }
        Ok(PersonName(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `c` may not appear in a typed answer: control characters (in a multi-line answer,
/// line feed, carriage return and tab excepted), bidi marks, embeddings, overrides and isolates,
/// invisible zero-width characters, and the Unicode line and paragraph separators. Each can make
/// a text read differently to staff than it was typed, or look filled in while it is empty.
/// The joiners U+200C and U+200D are allowed: Persian and Indic names are written with them.
pub fn is_hidden(c: char, multiline: bool) -> bool {
    match c {
        '\n' | '\r' | '\t' => !multiline,
        '\u{061C}'
        | '\u{200B}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => true,
        _ => c.is_control(),
    }
}

/// Validator function: a phone number in the Swedish flow.
pub fn phone_se(value: &str) -> Result<(), ValidationError> {
    Phone::parse(Country::Se, value)
        .map(drop)
        .map_err(Into::into)
}

/// Validator function: a phone number in the Danish flow.
pub fn phone_dk(value: &str) -> Result<(), ValidationError> {
    Phone::parse(Country::Dk, value)
        .map(drop)
        .map_err(Into::into)
}

/// Validator function: a Swedish postal code.
pub fn postal_code_se(value: &str) -> Result<(), ValidationError> {
    PostalCode::parse(Country::Se, value)
        .map(drop)
        .map_err(Into::into)
}

/// Validator function: a Danish postal code.
pub fn postal_code_dk(value: &str) -> Result<(), ValidationError> {
    PostalCode::parse(Country::Dk, value)
        .map(drop)
        .map_err(Into::into)
}

/// Validator function: an e-mail address.
pub fn email_address(value: &str) -> Result<(), ValidationError> {
    Email::parse(value).map(drop).map_err(Into::into)
}

/// Validator function: a person's name.
pub fn person_name(value: &str) -> Result<(), ValidationError> {
    PersonName::parse(value).map(drop).map_err(Into::into)
}
