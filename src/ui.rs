//! Leptos components that render domain state. The UI decides nothing: routing, validity and
//! eligibility come from `domain`; user actions become `domain::wizard::Event`s; effects are
//! carried out through `platform`.

pub mod app;
pub mod components;
pub mod config_error;
pub mod drafts;
pub mod field;
pub mod i18n;
pub mod steps;
pub mod wizard_ctx;
pub mod wording;

use leptos::prelude::*;

use crate::domain::config::{Config, ConfigError};
use crate::domain::locale::{Country, Language};
use crate::platform;
use crate::platform::embed::{EarlyInput, HostElement, WizardRoot};

/// Finds every `[data-intake-wizard]` element in the page (each with its shadow root), loads its
/// settings and the messages of its language, and mounts a wizard into it (or, if the
/// settings are wrong, a translated explanation). Each wizard is independent: its own
/// settings, language, state and history entries.
///
/// The two requests run in parallel when the language is known before the settings file has
/// arrived: the element names it (`data-lang`), or no settings file could name it.
pub fn start() {
    // The page's own title, before any wizard renames the document.
    let site_title = platform::dom::document_title();
    for host in platform::embed::hosts() {
        let site_title = site_title.clone();
        i18n::set_base(platform::embed::assets_base(&host));
        let Some(root) = WizardRoot::attach(&host) else {
            platform::embed::mark_failed(&host, "host");
            continue;
        };
        let (attributes, file) = platform::embed::attribute_settings(&host);
        let known = match attributes
            .default_language
            .as_deref()
            .map(Language::from_tag)
        {
            Some(language) => language,
            None if file.is_none() => Some(Language::initial(
                None,
                platform::dom::preferred_languages()
                    .iter()
                    .map(String::as_str),
                attributes.country.as_deref().and_then(Country::from_code),
            )),
            None => None,
        };
        let early = known.map(i18n::fetch);
        let settings = platform::config::load(&host);
        platform::task::spawn(async move {
            let loaded = settings.await;
            if let Some(early) = early {
                early.await;
            }
            let language = match &loaded {
                Ok(config) => app::initial_language(config),
                Err(_) => config_error::language(),
            };
            i18n::fetch(language).await;
            if !i18n::is_loaded(language) {
                platform::embed::mark_failed(&host, "messages");
                return;
            }
            root.stylesheet_ready().await;
            let early = root.early_input();
            match loaded {
                Ok(config) => mount_taking_over(root, config, early, site_title),
                Err(errors) => mount_explanation(root, errors),
            }
        });
    }
}

/// Mounts a wizard with these settings into the shadow root of `host` (also used by the
/// browser tests, which attach the root as `loader.js` does, and do not wait for styles).
pub fn mount(host: HostElement, config: Config) {
    if let Some(root) = WizardRoot::attach(&host) {
        mount_taking_over(root, config, None, platform::dom::document_title());
    }
}

/// Mounts a wizard that carries over what was done in the host's pre-rendered pages.
fn mount_taking_over(
    root: WizardRoot,
    config: Config,
    early: Option<EarlyInput>,
    site_title: String,
) {
    let Some(point) = root.mount_point() else {
        return;
    };
    leptos::mount::mount_to(
        point,
        move || view! { <app::App config root early site_title /> },
    )
    .forget();
}

/// Mounts the explanation of bad settings into `host` (also used by the browser tests).
pub fn mount_config_error(host: HostElement, errors: Vec<ConfigError>) {
    if let Some(root) = WizardRoot::attach(&host) {
        mount_explanation(root, errors);
    }
}

/// Mounts the explanation of bad settings into the wizard's root.
fn mount_explanation(root: WizardRoot, errors: Vec<ConfigError>) {
    let Some(point) = root.mount_point() else {
        return;
    };
    let host = root.host().clone();
    leptos::mount::mount_to(point, move || {
        view! { <config_error::ConfigErrorView errors host /> }
    })
    .forget();
}
