//! Loading the municipality's settings: host attributes plus the optional JSON file they name.

use gloo_net::http::Request;

use crate::domain::config::{Config, ConfigError, ConfigErrorCode, Settings};

use super::embed;

/// Reads, merges and validates the settings for one host element. Attributes win over the
/// file. Every problem comes back as a `ConfigError`; nothing here panics.
pub async fn load(host: &web_sys::HtmlElement) -> Result<Config, Vec<ConfigError>> {
    let (attributes, file_url) = embed::attribute_settings(host);
    let from_file = match file_url {
        Some(url) => fetch_settings(&url).await.map_err(|error| vec![error])?,
        None => Settings::default(),
    };
    from_file.overridden_by(attributes).into_config()
}

async fn fetch_settings(url: &str) -> Result<Settings, ConfigError> {
    let unreachable = |detail: String| ConfigError {
        key: "data-config".to_owned(),
        code: ConfigErrorCode::Unreachable,
        detail: Some(detail),
    };
    let response = Request::get(url)
        .send()
        .await
        .map_err(|error| unreachable(format!("{url}: {error}")))?;
    if !response.ok() {
        return Err(unreachable(format!("{url}: HTTP {}", response.status())));
    }
    let text = response
        .text()
        .await
        .map_err(|error| unreachable(format!("{url}: {error}")))?;
    Settings::from_json(&text)
}
