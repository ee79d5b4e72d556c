//! Runs the shared identifier and contact test vectors against the domain parsers.
//!
//! The vectors are `tests/fixtures/identifiers.json` and `tests/fixtures/contact.json`. The
//! native tests and the browser tests both run them, so this file embeds the fixtures with
//! `include_str!` and touches neither the file system nor a clock: each case names its `today`.

use intake_wizard::domain::Date;
use intake_wizard::domain::contact::{
    Email, EmailError, NameError, PersonName, Phone, PhoneError, PostalCode, PostalCodeError,
};
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::person_id::{IdError, PersonId};
use serde::Deserialize;

const IDENTIFIERS: &str = include_str!("../fixtures/identifiers.json");
const CONTACT: &str = include_str!("../fixtures/contact.json");

#[derive(Deserialize)]
struct Fixture<Case> {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct IdCase {
    name: String,
    country: String,
    today: String,
    input: String,
    #[serde(flatten)]
    expect: IdOutcome,
}

/// What parsing gives: an error code, or the values of a valid number.
#[derive(Debug, Default, PartialEq, Eq, Deserialize)]
struct IdOutcome {
    error: Option<String>,
    normalized: Option<String>,
    birth_date: Option<String>,
    kind: Option<String>,
    masked: Option<String>,
    age: Option<u32>,
    modulus_11: Option<bool>,
}

#[derive(Deserialize)]
struct ContactCase {
    name: String,
    field: String,
    country: Option<String>,
    input: String,
    #[serde(flatten)]
    expect: ContactOutcome,
}

#[derive(Debug, Default, PartialEq, Eq, Deserialize)]
struct ContactOutcome {
    error: Option<String>,
    normalized: Option<String>,
    e164: Option<String>,
    phone_country: Option<String>,
}

/// How many cases the two fixture files hold (0 for a file that cannot be read).
pub fn case_count() -> usize {
    let identifiers = serde_json::from_str::<Fixture<IdCase>>(IDENTIFIERS)
        .map_or(0, |fixture| fixture.cases.len());
    let contact = serde_json::from_str::<Fixture<ContactCase>>(CONTACT)
        .map_or(0, |fixture| fixture.cases.len());
    identifiers + contact
}

/// One line per case whose result differs from the fixture, per unreadable fixture, and per
/// error code that no case covers. Empty when everything passes.
pub fn failures() -> Vec<String> {
    let mut failures = Vec::new();
    let mut codes_seen = Vec::new();
    match serde_json::from_str::<Fixture<IdCase>>(IDENTIFIERS) {
        Ok(fixture) => {
            for case in fixture.cases {
                codes_seen.extend(case.expect.error.clone());
                if let Err(failure) = check_identifier(&case) {
                    failures.push(format!("{}: {failure}", case.name));
                }
            }
        }
        Err(error) => failures.push(format!("identifiers.json cannot be read: {error}")),
    }
    match serde_json::from_str::<Fixture<ContactCase>>(CONTACT) {
        Ok(fixture) => {
            for case in fixture.cases {
                codes_seen.extend(case.expect.error.clone());
                if let Err(failure) = check_contact(&case) {
                    failures.push(format!("{}: {failure}", case.name));
                }
            }
        }
        Err(error) => failures.push(format!("contact.json cannot be read: {error}")),
    }
    let all_codes = IdError::ALL.iter().map(|error| error.code());
    let all_codes = all_codes
        .chain(PhoneError::ALL.iter().map(|error| error.code()))
        .chain(PostalCodeError::ALL.iter().map(|error| error.code()))
        .chain(EmailError::ALL.iter().map(|error| error.code()))
        .chain(NameError::ALL.iter().map(|error| error.code()));
    for code in all_codes {
        if !codes_seen.iter().any(|seen| seen == code) {
            failures.push(format!("no case expects the error code {code}"));
        }
    }
    failures
}

fn check_identifier(case: &IdCase) -> Result<(), String> {
    let country = country(&case.country)?;
    let today = iso_date(&case.today)?;
    let got = match PersonId::parse(country, &case.input, today) {
        Err(error) => IdOutcome {
            error: Some(error.code().to_owned()),
            ..IdOutcome::default()
        },
        Ok(id) => IdOutcome {
            normalized: Some(id.normalized().to_owned()),
            birth_date: Some(iso(id.birth_date())),
            kind: Some(match &id {
                PersonId::Se(number) => number.kind().code().to_owned(),
                PersonId::Dk(_) => "cpr".to_owned(),
            }),
            masked: Some(id.masked()),
            age: Some(id.age_on(today)),
            modulus_11: match &id {
                PersonId::Se(_) => None,
                PersonId::Dk(number) => Some(number.passes_modulus_11()),
            },
            error: None,
        },
    };
    compare(&case.input, &case.expect, &got)
}

fn check_contact(case: &ContactCase) -> Result<(), String> {
    let flow = case.country.as_deref().map(country).transpose()?;
    let code = |code: &str| ContactOutcome {
        error: Some(code.to_owned()),
        ..ContactOutcome::default()
    };
    let normalized = |value: &str| ContactOutcome {
        normalized: Some(value.to_owned()),
        ..ContactOutcome::default()
    };
    let got = match (case.field.as_str(), flow) {
        ("phone", Some(flow)) => match Phone::parse(flow, &case.input) {
            Ok(phone) => ContactOutcome {
                e164: Some(phone.e164().to_owned()),
                phone_country: Some(phone.country().code().to_owned()),
                ..ContactOutcome::default()
            },
            Err(error) => code(error.code()),
        },
        ("postal-code", Some(flow)) => match PostalCode::parse(flow, &case.input) {
            Ok(postal_code) => normalized(postal_code.normalized()),
            Err(error) => code(error.code()),
        },
        ("email", None) => match Email::parse(&case.input) {
            Ok(email) => normalized(email.as_str()),
            Err(error) => code(error.code()),
        },
        ("name", None) => match PersonName::parse(&case.input) {
            Ok(name) => normalized(name.as_str()),
            Err(error) => code(error.code()),
        },
        (field, flow) => return Err(format!("unknown field {field:?} with country {flow:?}")),
    };
    compare(&case.input, &case.expect, &got)
}

fn compare<T: PartialEq + std::fmt::Debug>(
    input: &str,
    expected: &T,
    got: &T,
) -> Result<(), String> {
    if expected == got {
        Ok(())
    } else {
        Err(format!(
            "input {input:?}: expected {expected:?}, got {got:?}"
        ))
    }
}

fn country(code: &str) -> Result<Country, String> {
    Country::from_code(code).ok_or_else(|| format!("unknown country {code:?}"))
}

/// Reads `YYYY-MM-DD` (the fixtures' format; time's own parser is not compiled in).
fn iso_date(text: &str) -> Result<Date, String> {
    let bad = || format!("bad date {text:?}");
    let mut parts = text.splitn(3, '-');
    let mut next = || parts.next().ok_or_else(bad);
    let (year, month, day) = (next()?, next()?, next()?);
    let year: i32 = year.parse().map_err(|_| bad())?;
    let month: u8 = month.parse().map_err(|_| bad())?;
    let day: u8 = day.parse().map_err(|_| bad())?;
    let month = time::Month::try_from(month).map_err(|_| bad())?;
    Date::from_calendar_date(year, month, day).map_err(|_| bad())
}

fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
