//! Finding the host elements in the municipality's page and reading their attributes.

use wasm_bindgen::JsCast;

use crate::domain::config::{ContactSettings, Settings};

/// The element a wizard is mounted into (so `ui` need not name browser types).
pub type HostElement = web_sys::HtmlElement;

/// The attribute that marks an element as a place to mount the wizard.
pub const HOST_ATTRIBUTE: &str = "data-intake-wizard";

/// Every element in the page marked with `data-intake-wizard`, in document order.
pub fn hosts() -> Vec<web_sys::HtmlElement> {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all(&format!("[{HOST_ATTRIBUTE}]")) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// The settings written on the host element, and the settings file it names, if any.
pub fn attribute_settings(host: &web_sys::HtmlElement) -> (Settings, Option<String>) {
    let attribute = |name: &str| {
        host.get_attribute(name)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let settings = Settings {
        schema: None,
        municipality: attribute("data-municipality"),
        country: attribute("data-country"),
        default_language: attribute("data-lang"),
        endpoint: attribute("data-endpoint"),
        contact: ContactSettings {
            phone: attribute("data-contact-phone"),
            email: attribute("data-contact-email"),
            web: attribute("data-contact-web"),
        },
        dk_qualifications: match attribute("data-dk-qualifications").as_deref() {
            Some("true") => Some(true),
            Some("false") => Some(false),
            _ => None,
        },
    };
    (settings, attribute("data-config"))
}

/// Empties the host element (its loading text) so the app can mount into it.
pub fn clear(host: &web_sys::HtmlElement) {
    host.set_inner_html("");
}

/// Where the wizard's own files (the locales) are served: the host's `data-assets`
/// attribute, which `loader.js` sets to its own folder; else the page's folder.
pub fn assets_base(host: &web_sys::HtmlElement) -> String {
    host.get_attribute("data-assets")
        .map(|base| base.trim().to_owned())
        .filter(|base| !base.is_empty())
        .map(|base| {
            if base.ends_with('/') {
                base
            } else {
                format!("{base}/")
            }
        })
        .unwrap_or_default()
}

/// Shows the host page's own failure text (`.iw-fallback`) instead of the wizard.
pub fn mark_failed(host: &web_sys::HtmlElement) {
    let _ = host.set_attribute("data-intake-wizard-failed", "");
}
