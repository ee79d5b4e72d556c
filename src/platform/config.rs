//! Loading the municipality's settings: host attributes plus the optional JSON file they name.

use crate::domain::config::{Config, ConfigError, ConfigErrorCode, Settings};

use super::{embed, fetch};

/// Reads, merges and validates the settings for one host element. Attributes win over the
/// file. Every problem comes back as a `ConfigError`; nothing here panics. The file's request
/// starts at once, so other requests can run alongside it.
pub fn load(
    host: &web_sys::HtmlElement,
) -> impl Future<Output = Result<Config, Vec<ConfigError>>> + use<> {
    let (attributes, file_url) = embed::attribute_settings(host);
    let file = file_url.map(|url| fetch::text(&url));
    async move {
        let from_file = match file {
            Some(file) => {
                let text = file.await.map_err(|detail| {
                    vec![ConfigError {
                        key: "data-config".to_owned(),
                        code: ConfigErrorCode::Unreachable,
                        detail: Some(detail),
                    }]
                })?;
                super::json::read::<Settings>(&text).map_err(|detail| {
                    vec![ConfigError {
                        key: String::new(),
                        code: ConfigErrorCode::Malformed,
                        detail: Some(detail),
                    }]
                })?
            }
            None => Settings::default(),
        };
        from_file.overridden_by(attributes).into_config()
    }
}
