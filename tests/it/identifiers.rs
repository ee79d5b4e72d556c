//! Identity numbers and contact details: the shared vectors, focused cases, and no panics.

#[path = "../common/identifier_vectors.rs"]
mod identifier_vectors;

use intake_wizard::domain::contact::{
    self, Email, EmailError, NameError, PersonName, Phone, PhoneError, PostalCode, PostalCodeError,
};
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::person_id::{Cpr, IdError, PersonId, Personnummer, PersonnummerKind};
use intake_wizard::domain::{Date, config};
use proptest::prelude::*;
use time::macros::date;
use validator::Validate;

const TODAY: Date = date!(2026 - 11 - 23);

#[test]
fn every_shared_vector_passes_and_every_error_code_has_one() {
    let failures = identifier_vectors::failures();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(identifier_vectors::case_count() >= 250);
}

/// Every error code of this module, in declaration order.
fn all_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = IdError::ALL.iter().map(|error| error.code()).collect();
    codes.extend(PhoneError::ALL.iter().map(|error| error.code()));
    codes.extend(PostalCodeError::ALL.iter().map(|error| error.code()));
    codes.extend(EmailError::ALL.iter().map(|error| error.code()));
    codes.extend(NameError::ALL.iter().map(|error| error.code()));
    codes
}

#[test]
fn error_codes_are_unique_kebab_case_and_name_their_field() {
    let codes = all_codes();
    for (index, code) in codes.iter().enumerate() {
        assert!(!codes[..index].contains(code), "{code} twice");
        let kebab = code.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        assert!(kebab, "{code} is not kebab-case");
        let prefixes = [
            "personnummer-",
            "samordningsnummer-",
            "cpr-",
            "phone-",
            "postal-code-",
            "email-",
            "name-",
        ];
        assert!(
            prefixes.iter().any(|prefix| code.starts_with(prefix)),
            "{code} names no field"
        );
        assert!(
            !code.ends_with("-invalid"),
            "{code} does not say what is wrong"
        );
    }
}

#[test]
fn an_id_error_code_reads_back_to_the_same_error() {
    for &error in IdError::ALL {
        assert_eq!(IdError::from_code(error.code()), Some(error));
    }
    assert_eq!(IdError::from_code("invalid"), None);
}

#[test]
fn a_samordningsnummer_gives_the_birth_date_without_the_60() {
    let number = Personnummer::parse("701063-2391", TODAY).map_err(IdError::code);
    let number = number
        .as_ref()
        .map(|number| (number.kind(), number.birth_date(), number.normalized()));
    assert_eq!(
        number,
        Ok((
            PersonnummerKind::Samordningsnummer,
            date!(1970 - 10 - 03),
            "197010632391"
        ))
    );
}

#[test]
fn the_plus_sign_applies_from_the_calendar_year_of_the_100th_birthday() {
    // Turns 100 on 24 November 2026: from 1 January 2026 Skatteverket writes a plus.
    let born = |text: &str| Personnummer::parse(text, TODAY).map(|number| number.birth_date());
    assert_eq!(born("261124+1114"), Ok(date!(1926 - 11 - 24)));
    // With a hyphen the same date is the latest century under 100: also 1926, as tomorrow is 2026-11-24.
    assert_eq!(born("261124-1114"), Ok(date!(1926 - 11 - 24)));
    // Born today: the hyphen means a newborn, the plus someone turning 100 today.
    assert_eq!(born("261123-1115"), Ok(date!(2026 - 11 - 23)));
    assert_eq!(born("261123+1115"), Ok(date!(1926 - 11 - 23)));
}

#[test]
fn the_masked_form_keeps_the_date_and_hides_the_last_four_digits() {
    let se = PersonId::parse(Country::Se, "811218-9876", TODAY);
    assert_eq!(se.map(|id| id.masked()), Ok("19811218-****".to_owned()));
    let dk = PersonId::parse(Country::Dk, "0101901234", TODAY);
    assert_eq!(dk.map(|id| id.masked()), Ok("010190-****".to_owned()));
}

#[test]
fn debug_output_shows_only_the_masked_number() {
    let id = PersonId::parse(Country::Se, "811218-9876", TODAY);
    let debug = format!("{id:?}");
    assert!(debug.contains("19811218-****"), "{debug}");
    assert!(!debug.contains("9876"), "{debug}");
    let cpr = Cpr::parse("070761-4285", TODAY);
    let debug = format!("{cpr:?}");
    assert!(!debug.contains("4285"), "{debug}");
}

#[test]
fn a_cpr_number_without_modulus_11_is_accepted_with_a_note() {
    // 0101081234: 4·0+3·1+2·0+7·1+6·0+5·8+4·1+3·2+2·3+1·4 = 70, not a multiple of 11.
    let cpr = Cpr::parse("010108-1234", TODAY);
    assert_eq!(cpr.as_ref().map(Cpr::passes_modulus_11), Ok(false));
    assert_eq!(cpr.as_ref().map(Cpr::birth_date), Ok(date!(1908 - 01 - 01)));
    // 0707614285: 0+21+0+49+36+5+16+6+16+5 = 154 = 14 · 11.
    assert_eq!(
        Cpr::parse("070761-4285", TODAY).map(|cpr| cpr.passes_modulus_11()),
        Ok(true)
    );
}

#[test]
fn the_age_of_an_identity_number_is_the_age_on_the_given_day() {
    let id = PersonId::parse(Country::Se, "20140310-0017", TODAY);
    let age_on = |today| id.as_ref().map(|id| id.age_on(today));
    assert_eq!(age_on(date!(2026 - 03 - 09)), Ok(11));
    assert_eq!(age_on(date!(2026 - 03 - 10)), Ok(12));
}

#[test]
fn the_same_digits_give_different_centuries_on_different_days() {
    let born = |today| PersonId::parse(Country::Se, "000102-0023", today).map(|id| id.birth_date());
    assert_eq!(born(date!(2000 - 01 - 01)), Ok(date!(1900 - 01 - 02)));
    assert_eq!(born(date!(2000 - 01 - 02)), Ok(date!(2000 - 01 - 02)));
}

#[test]
fn a_phone_number_from_the_other_country_keeps_its_own_country() {
    let phone = Phone::parse(Country::Se, "+45 12 34 56 78");
    assert_eq!(phone.as_ref().map(Phone::country), Ok(Country::Dk));
    assert_eq!(phone.as_ref().map(Phone::e164), Ok("+4512345678"));
}

#[test]
fn postal_codes_and_names_come_back_normalised() {
    let postal_code = PostalCode::parse(Country::Se, "SE-11351");
    assert_eq!(
        postal_code.as_ref().map(PostalCode::normalized),
        Ok("113 51")
    );
    assert_eq!(
        PersonName::parse("  Søren  ").map(|name| name.as_str().to_owned()),
        Ok("Søren".to_owned())
    );
    assert_eq!(
        Email::parse(" a@b.se ").map(|email| email.as_str().to_owned()),
        Ok("a@b.se".to_owned())
    );
}

/// A payload-like struct, as a later payload module would write it.
#[derive(Validate)]
struct Contact {
    #[validate(custom(function = "contact::person_name"))]
    name: String,
    #[validate(custom(function = "contact::phone_se"))]
    phone: String,
    #[validate(custom(function = "contact::postal_code_dk"))]
    postal_code: Option<String>,
    #[validate(custom(function = "contact::email_address"))]
    email: Option<String>,
}

#[test]
fn validator_functions_report_the_same_codes_as_the_parsers() {
    let good = Contact {
        name: "Anna".to_owned(),
        phone: "070-123 45 67".to_owned(),
        postal_code: Some("DK-2100".to_owned()),
        email: None,
    };
    assert!(good.validate().is_ok());
    let bad = Contact {
        name: "123".to_owned(),
        phone: "70-123 45 67".to_owned(),
        postal_code: Some("21000".to_owned()),
        email: Some("name.example.com".to_owned()),
    };
    let errors = bad.validate().err().map(|errors| config::flatten(&errors));
    let expected = [
        ("email", "email-missing-at"),
        ("name", "name-no-letter"),
        ("phone", "phone-se-leading-zero"),
        ("postalCode", "postal-code-dk-length"),
    ];
    let expected = expected
        .map(|(key, code)| (key.to_owned(), code.to_owned()))
        .to_vec();
    assert_eq!(errors, Some(expected));
    assert_eq!(contact::phone_dk("12 34 56 78"), Ok(()));
    assert_eq!(contact::postal_code_se("123 45"), Ok(()));
}

#[test]
fn the_settings_email_check_uses_the_contact_check_with_its_own_code() {
    assert_eq!(config::email_address("kontakt@kommun.se"), Ok(()));
    let error = config::email_address("kontakt@kommun")
        .err()
        .map(|error| error.code);
    assert_eq!(error.as_deref(), Some("email"));
}

/// Any `today` that `time` can represent.
fn any_date() -> impl Strategy<Value = Date> {
    (Date::MIN.to_julian_day()..=Date::MAX.to_julian_day())
        .prop_filter_map("a date", |day| Date::from_julian_day(day).ok())
}

/// Text that looks like what people type into these fields, mistakes included.
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{0,14}",
        "[ \t]{0,2}[+0-9]{0,3}[0-9 ()./+-]{0,16}[ ]{0,2}",
        "(SE|DK|se|dk|NO)?[ -]?[0-9 ]{0,7}",
        "[a-zåäöæø.+_-]{0,8}@{0,2}[a-zåäöæø0-9.-]{0,12}",
        "\\PC{0,3}[0-9\u{0660}-\u{0669}\u{FF10}-\u{FF19}+-]{8,13}\\PC{0,3}",
    ]
}

proptest! {
    // No regression files: this module's files are the only ones it may write.
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_parser_panics_on_any_text(text in typed_text(), today in any_date()) {
        for country in Country::ALL {
            let _ = PersonId::parse(country, &text, today);
            let _ = Phone::parse(country, &text);
            let _ = PostalCode::parse(country, &text);
        }
        let _ = Personnummer::parse(&text, today);
        let _ = Cpr::parse(&text, today);
        let _ = Email::parse(&text);
        let _ = PersonName::parse(&text);
    }

    #[test]
    fn a_normalised_identity_number_parses_back_to_the_same_number(
        yymmdd in (0u32..100, 1u32..=12, 1u32..=91),
        serial in 0u32..10_000,
        separator in prop::sample::select(vec!["", "-", "+", " "]),
        today in any_date(),
    ) {
        let (yy, mm, dd) = yymmdd;
        let serial = format!("{serial:04}");
        let text = format!("{yy:02}{mm:02}{dd:02}{separator}{serial}");
        for country in Country::ALL {
            if let Ok(id) = PersonId::parse(country, &text, today) {
                let again = PersonId::parse(country, id.normalized(), today);
                prop_assert_eq!(again.as_ref(), Ok(&id));
                prop_assert!(id.birth_date() <= today);
                prop_assert!(id.masked().ends_with("-****"));
            }
        }
    }

    #[test]
    fn a_normalised_phone_number_parses_back_to_the_same_number(text in typed_text()) {
        for country in Country::ALL {
            if let Ok(phone) = Phone::parse(country, &text) {
                prop_assert_eq!(Phone::parse(country, phone.e164()), Ok(phone.clone()));
                prop_assert!(phone.e164().len() <= 16);
            }
        }
    }
}
