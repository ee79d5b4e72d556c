//! The municipality's settings: the shipped examples, every error code, attribute overrides,
//! and the choice of the first language.

use std::fs;
use std::path::Path;

use intake_wizard::domain::config::{ConfigErrorCode, ContactSettings, DEFAULT_ENDPOINT, Settings};
use intake_wizard::domain::locale::{Country, Language};

fn example(name: &str) -> Settings {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/config")
        .join(name);
    let text = fs::read_to_string(&path).unwrap_or_default();
    match Settings::from_json(&text) {
        Ok(settings) => settings,
        Err(error) => panic!("{name}: {error:?}"),
    }
}

fn errors(settings: Settings) -> Vec<(String, ConfigErrorCode)> {
    match settings.into_config() {
        Ok(config) => panic!("expected errors, got {config:?}"),
        Err(errors) => errors
            .into_iter()
            .map(|error| (error.key, error.code))
            .collect(),
    }
}

fn minimal() -> Settings {
    Settings {
        municipality: Some("Exempelby kommun".into()),
        contact: ContactSettings {
            phone: Some("08-123 456 78".into()),
            ..ContactSettings::default()
        },
        ..Settings::default()
    }
}

#[test]
fn the_shipped_example_settings_are_valid_and_name_their_country() {
    let swedish = example("se-exempelby.json").into_config();
    let danish = example("dk-eksempelby.json").into_config();
    assert_eq!(
        swedish.map(|config| (config.country, config.default_language)),
        Ok((Some(Country::Se), Some(Language::Sv)))
    );
    assert_eq!(
        danish.map(|config| (config.country, config.default_language)),
        Ok((Some(Country::Dk), Some(Language::Da)))
    );
}

#[test]
fn municipality_and_phone_are_required_and_the_endpoint_has_a_default() {
    assert_eq!(
        errors(Settings::default()),
        vec![
            ("contact.phone".into(), ConfigErrorCode::Missing),
            ("municipality".into(), ConfigErrorCode::Missing)
        ]
    );
    let config = minimal().into_config();
    assert_eq!(
        config.map(|config| config.endpoint),
        Ok(DEFAULT_ENDPOINT.to_owned())
    );
}

#[test]
fn every_bad_value_is_reported_with_its_key() {
    let settings = Settings {
        country: Some("NO".into()),
        default_language: Some("fi".into()),
        endpoint: Some("ftp://example.org/submit".into()),
        contact: ContactSettings {
            phone: Some("call us".into()),
            email: Some("not-an-address".into()),
            web: Some("http://insecure.example".into()),
        },
        ..minimal()
    };
    let keys: Vec<String> = errors(settings)
        .into_iter()
        .map(|(key, code)| {
            assert_eq!(code, ConfigErrorCode::Invalid);
            key
        })
        .collect();
    assert_eq!(
        keys,
        [
            "contact.email",
            "contact.phone",
            "contact.web",
            "country",
            "defaultLanguage",
            "endpoint"
        ]
    );
}

#[test]
fn a_name_with_a_line_break_is_refused() {
    let settings = Settings {
        municipality: Some("Exempelby\nkommun".into()),
        ..minimal()
    };
    assert_eq!(
        errors(settings),
        vec![("municipality".into(), ConfigErrorCode::Invalid)]
    );
}

#[test]
fn unknown_keys_and_broken_json_are_malformed_with_the_parsers_detail() {
    for text in [r#"{"municipalty": "typo"}"#, "{ not json", "[]"] {
        let error = Settings::from_json(text).err();
        assert_eq!(
            error.as_ref().map(|error| error.code),
            Some(ConfigErrorCode::Malformed),
            "{text}"
        );
        assert!(
            error
                .and_then(|error| error.detail)
                .is_some_and(|detail| !detail.is_empty())
        );
    }
}

#[test]
fn attributes_override_the_file() {
    let file = example("se-exempelby.json");
    let attributes = Settings {
        country: Some("dk".into()),
        endpoint: Some("https://intake.example/api".into()),
        ..Settings::default()
    };
    let config = file.overridden_by(attributes).into_config();
    assert_eq!(
        config.as_ref().map(|config| config.country),
        Ok(Some(Country::Dk))
    );
    assert_eq!(
        config.as_ref().map(|config| config.municipality.as_str()),
        Ok("Exempelby kommun")
    );
    assert_eq!(
        config.map(|config| config.endpoint),
        Ok("https://intake.example/api".to_owned())
    );
}

#[test]
fn same_origin_paths_https_and_this_machine_are_accepted_endpoints() {
    for endpoint in [
        "/api/submissions",
        "https://intake.example/x",
        "http://127.0.0.1:8080/api/submissions",
    ] {
        let settings = Settings {
            endpoint: Some(endpoint.into()),
            ..minimal()
        };
        assert!(settings.into_config().is_ok(), "{endpoint}");
    }
    for endpoint in [
        "//evil.example/x",
        "http://intake.example/x",
        "javascript:alert(1)",
    ] {
        let settings = Settings {
            endpoint: Some(endpoint.into()),
            ..minimal()
        };
        assert!(settings.into_config().is_err(), "{endpoint}");
    }
}

#[test]
fn the_first_language_is_the_municipalitys_then_the_browsers_then_the_countrys_then_swedish() {
    assert_eq!(
        Language::initial(Some(Language::En), ["da-DK"], Some(Country::Se)),
        Language::En
    );
    assert_eq!(
        Language::initial(None, ["fi", "da-DK", "sv"], Some(Country::Se)),
        Language::Da
    );
    assert_eq!(
        Language::initial(None, ["fi"], Some(Country::Dk)),
        Language::Da
    );
    assert_eq!(Language::initial(None, ["de-AT"], None), Language::Sv);
    assert_eq!(Language::from_tag("EN_gb"), Some(Language::En));
}
