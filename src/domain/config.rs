//! The municipality's settings: read from the host element's attributes and an optional JSON
//! file, merged (attributes win) and validated. Bad settings give codes the UI can translate,
//! never a panic or a blank page.

use serde::Deserialize;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use super::contact::is_hidden;
use super::locale::{Country, Language};

/// Where submissions go when the settings name no endpoint: the reference receiver's route
/// on the same origin as the page.
pub const DEFAULT_ENDPOINT: &str = "/api/submissions";

/// Days a draft is kept when the settings do not say.
pub const DEFAULT_DRAFT_DAYS: u32 = 7;

/// The settings file, and the attributes, before validation. The JSON keys are the names
/// documented in README "Embedding"; unknown keys are an error so that typos are caught.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Validate)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Settings {
    /// Editors may point at the published JSON Schema; ignored.
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    #[validate(length(min = 1, max = 100), custom(function = "plain_text"))]
    pub municipality: Option<String>,
    #[validate(custom(function = "country_code"))]
    pub country: Option<String>,
    #[validate(custom(function = "language_tag"))]
    pub default_language: Option<String>,
    #[validate(length(max = 2000), custom(function = "endpoint_url"))]
    pub endpoint: Option<String>,
    /// Where a backend's 2xx answer holds its reference, as a JSON Pointer (`/id`).
    #[validate(length(max = 200), custom(function = "json_pointer"))]
    pub reference_pointer: Option<String>,
    #[serde(default)]
    #[validate(nested)]
    pub contact: ContactSettings,
    /// DK: ask volunteers about education and experience, as SE asks SKK volunteers.
    pub dk_qualifications: Option<bool>,
    /// Days a draft saved on the device is kept (README "Drafts"); 0 turns drafts off.
    #[validate(range(max = 30))]
    pub draft_days: Option<u32>,
}

/// How families and applicants can reach the municipality (shown on exit and error pages).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct ContactSettings {
    #[validate(length(min = 5, max = 30), custom(function = "phone_display"))]
    pub phone: Option<String>,
    #[validate(length(max = 254), custom(function = "email_address"))]
    pub email: Option<String>,
    #[validate(length(max = 2000), custom(function = "web_page"))]
    pub web: Option<String>,
}

/// Validated settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub municipality: String,
    pub country: Option<Country>,
    pub default_language: Option<Language>,
    pub endpoint: String,
    /// A JSON Pointer to the reference in the backend's answer (`domain::receipt`).
    pub reference_pointer: Option<String>,
    pub contact: Contact,
    pub dk_qualifications: bool,
    /// Days a draft is kept on the device; 0: no "Save and continue later".
    pub draft_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub phone: String,
    pub email: Option<String>,
    pub web: Option<String>,
}

/// One problem with the settings: which key, and a code the UI translates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Dotted key (`contact.phone`), or `""` for the file as a whole.
    pub key: String,
    pub code: ConfigErrorCode,
    /// Technical detail for the web editor (the parser's own words); never translated.
    pub detail: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigErrorCode {
    /// The settings file could not be fetched.
    Unreachable,
    /// The settings file is not valid JSON of the documented shape (or has an unknown key).
    Malformed,
    /// A required setting is missing.
    Missing,
    /// A setting has a value that cannot be used.
    Invalid,
}

impl ConfigErrorCode {
    pub const ALL: &'static [ConfigErrorCode] = &[
        ConfigErrorCode::Unreachable,
        ConfigErrorCode::Malformed,
        ConfigErrorCode::Missing,
        ConfigErrorCode::Invalid,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConfigErrorCode::Unreachable => "unreachable",
            ConfigErrorCode::Malformed => "malformed",
            ConfigErrorCode::Missing => "missing",
            ConfigErrorCode::Invalid => "invalid",
        }
    }
}

impl Settings {
    /// Reads a settings file.
    pub fn from_json(text: &str) -> Result<Settings, ConfigError> {
        serde_json::from_str(text).map_err(|error| ConfigError {
            key: String::new(),
            code: ConfigErrorCode::Malformed,
            detail: Some(error.to_string()),
        })
    }

    /// These settings, with every value that `over` sets taken from `over` instead.
    pub fn overridden_by(self, over: Settings) -> Settings {
        Settings {
            schema: over.schema.or(self.schema),
            municipality: over.municipality.or(self.municipality),
            country: over.country.or(self.country),
            default_language: over.default_language.or(self.default_language),
            endpoint: over.endpoint.or(self.endpoint),
            reference_pointer: over.reference_pointer.or(self.reference_pointer),
            contact: ContactSettings {
                phone: over.contact.phone.or(self.contact.phone),
                email: over.contact.email.or(self.contact.email),
                web: over.contact.web.or(self.contact.web),
            },
            dk_qualifications: over.dk_qualifications.or(self.dk_qualifications),
            draft_days: over.draft_days.or(self.draft_days),
        }
    }

    /// Checks every value; all problems are reported at once.
    pub fn into_config(self) -> Result<Config, Vec<ConfigError>> {
        let mut errors = match self.validate() {
            Ok(()) => Vec::new(),
            Err(errors) => flatten(&errors)
                .into_iter()
                .map(|(key, _code)| ConfigError {
                    key,
                    code: ConfigErrorCode::Invalid,
                    detail: None,
                })
                .collect(),
        };
        for (key, value) in [
            ("municipality", &self.municipality),
            ("contact.phone", &self.contact.phone),
        ] {
            if value.as_deref().is_none_or(|text| text.trim().is_empty()) {
                errors.retain(|error| error.key != key);
                // In key order, as `flatten` gives the others.
                let at = errors.partition_point(|error| error.key.as_str() < key);
                errors.insert(
                    at,
                    ConfigError {
                        key: key.to_owned(),
                        code: ConfigErrorCode::Missing,
                        detail: None,
                    },
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let trimmed = |value: Option<String>| value.map(|text| text.trim().to_owned());
        Ok(Config {
            municipality: trimmed(self.municipality).unwrap_or_default(),
            country: self.country.as_deref().and_then(Country::from_code),
            default_language: self
                .default_language
                .as_deref()
                .and_then(Language::from_tag),
            endpoint: trimmed(self.endpoint).unwrap_or_else(|| DEFAULT_ENDPOINT.to_owned()),
            reference_pointer: trimmed(self.reference_pointer),
            contact: Contact {
                phone: trimmed(self.contact.phone).unwrap_or_default(),
                email: trimmed(self.contact.email),
                web: trimmed(self.contact.web),
            },
            dk_qualifications: self.dk_qualifications.unwrap_or(false),
            draft_days: self.draft_days.unwrap_or(DEFAULT_DRAFT_DAYS),
        })
    }
}

/// Every `(dotted path, validator code)` in a validator result, sorted by path. Only the codes
/// are used: validator's own English messages are never shown.
pub fn flatten(errors: &ValidationErrors) -> Vec<(String, String)> {
    fn walk(prefix: &str, errors: &ValidationErrors, out: &mut Vec<(String, String)>) {
        for (field, kind) in errors.errors() {
            let path = if prefix.is_empty() {
                serde_name(field)
            } else {
                format!("{prefix}.{}", serde_name(field))
            };
            match kind {
                ValidationErrorsKind::Field(list) => {
                    for error in list {
                        let entry = (path.clone(), error.code.to_string());
                        // Kept in order as it grows: validator's maps have no order of their
                        // own, and a sort instance costs kilobytes of wasm.
                        let at = out.partition_point(|known| *known < entry);
                        out.insert(at, entry);
                    }
                }
                ValidationErrorsKind::Struct(inner) => walk(&path, inner, out),
                ValidationErrorsKind::List(items) => {
                    for (index, inner) in items {
                        walk(&format!("{path}.{index}"), inner, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk("", errors, &mut out);
    out
}

/// The JSON name of a Rust field (`default_language` → `defaultLanguage`).
fn serde_name(field: &str) -> String {
    let mut name = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            name.push(c.to_ascii_uppercase()); // field names are ASCII
            upper = false;
        } else {
            name.push(c);
        }
    }
    name
}

fn fail(code: &'static str) -> Result<(), ValidationError> {
    Err(ValidationError::new(code))
}

/// No control or hidden characters (line breaks, tabs, NUL, bidi overrides …; see
/// `contact::is_hidden`) in a one-line value.
pub fn plain_text(value: &str) -> Result<(), ValidationError> {
    if value.chars().any(|c| is_hidden(c, false)) {
        return fail("control-characters");
    }
    Ok(())
}

/// Whether `text` is a municipality's name as the wizard sends it: what the settings accept
/// (1–100 characters, `plain_text`), trimmed.
pub fn is_sent_municipality(text: &str) -> bool {
    !text.is_empty()
        && text == text.trim()
        && text.chars().count() <= 100
        && plain_text(text).is_ok()
}

fn country_code(value: &str) -> Result<(), ValidationError> {
    match Country::from_code(value) {
        Some(_) => Ok(()),
        None => fail("country"),
    }
}

fn language_tag(value: &str) -> Result<(), ValidationError> {
    match Language::from_tag(value) {
        Some(_) => Ok(()),
        None => fail("language"),
    }
}

/// A same-origin path (`/api/submissions`), an `https://` URL, or `http://` on this machine
/// (for the reference receiver and tests).
fn endpoint_url(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|prefix| value.starts_with(prefix));
    let ok = (value.starts_with('/') && !value.starts_with("//"))
        || value.starts_with("https://")
        || local;
    if ok && !value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Ok(())
    } else {
        fail("endpoint")
    }
}

/// A JSON Pointer into the backend's answer (`/id`, `/data/reference`).
fn json_pointer(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    if super::receipt::is_reference_pointer(value) && !value.chars().any(char::is_control) {
        Ok(())
    } else {
        fail("reference-pointer")
    }
}

/// A telephone number as the municipality wants it shown: digits, spaces, `+`, `-`, brackets.
fn phone_display(value: &str) -> Result<(), ValidationError> {
    let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.chars().all(allowed) && (3..=15).contains(&digits) {
        Ok(())
    } else {
        fail("phone")
    }
}

/// A small e-mail check (`contact::Email`): one `@`, something before it, a dotted domain after
/// it, no spaces. Settings report it with the single code `email`.
/// (validator's built-in `email` rule adds about 0.9 MB to the wasm; see docs.)
pub fn email_address(value: &str) -> Result<(), ValidationError> {
    match super::contact::Email::parse(value) {
        Ok(_) => Ok(()),
        Err(_) => fail("email"),
    }
}

fn web_page(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    let ok = value.starts_with("https://")
        && value.len() > "https://".len()
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok { Ok(()) } else { fail("url") }
}

impl ConfigError {
    /// The dotted key, or `whole` when the error is about the file as a whole.
    pub fn key_or<'a>(&'a self, whole: &'a str) -> &'a str {
        if self.key.is_empty() {
            whole
        } else {
            &self.key
        }
    }
}
