//! Leptos components that render domain state. The UI decides nothing: routing, validity and
//! eligibility come from `domain`; user actions become `domain::wizard::Event`s; effects are
//! carried out through `platform`.

pub mod app;
pub mod components;
pub mod config_error;
pub mod field;
pub mod i18n;
pub mod steps;
pub mod wizard_ctx;
pub mod wording;

use leptos::prelude::*;

use crate::domain::config::{Config, ConfigError};
use crate::platform;
use crate::platform::embed::HostElement;

/// Finds every `[data-intake-wizard]` element in the page, loads its settings and mounts a
/// wizard into it (or, if the settings are wrong, a translated explanation).
pub fn start() {
    for host in platform::embed::hosts() {
        platform::task::spawn(async move {
            let loaded = platform::config::load(&host).await;
            platform::embed::clear(&host);
            match loaded {
                Ok(config) => mount(host, config),
                Err(errors) => mount_config_error(host, errors),
            }
        });
    }
}

/// Mounts a wizard with these settings into `host` (also used by the browser tests).
pub fn mount(host: HostElement, config: Config) {
    let app_host = host.clone();
    leptos::mount::mount_to(host, move || view! { <app::App config host=app_host /> }).forget();
}

/// Mounts the explanation of bad settings into `host`.
pub fn mount_config_error(host: HostElement, errors: Vec<ConfigError>) {
    let app_host = host.clone();
    leptos::mount::mount_to(host, move || {
        view! { <config_error::ConfigErrorView errors host=app_host /> }
    })
    .forget();
}
