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

/// The attribute of a pre-rendered first page in the host element (`tests/e2e/prerender.mjs`).
pub const SNAPSHOT_ATTRIBUTE: &str = "data-snapshot";
/// Set by `loader.js` on the host when "Continue" is pressed in the pre-rendered page.
const CONTINUE_ATTRIBUTE: &str = "data-intake-wizard-continue";

/// What the visitor did in the pre-rendered first page before the wizard started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyInput {
    /// `(name, value)` of every checked radio button and checkbox.
    pub checked: Vec<(String, String)>,
    /// The id of the element that had keyboard focus, if it was in the pre-rendered page.
    pub focused: Option<String>,
    /// Whether "Continue" was pressed.
    pub continued: bool,
}

/// Reads what was done in the host's pre-rendered first page; `None` if it has none.
pub fn early_input(host: &web_sys::HtmlElement) -> Option<EarlyInput> {
    let snapshot = host
        .query_selector(&format!("[{SNAPSHOT_ATTRIBUTE}]"))
        .ok()
        .flatten()?;
    let list = snapshot.query_selector_all("input:checked").ok()?;
    let checked = (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| (input.name(), input.value()))
        .collect();
    let focused = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .filter(|element| snapshot.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    let continued = host.has_attribute(CONTINUE_ATTRIBUTE);
    let _ = host.remove_attribute(CONTINUE_ATTRIBUTE);
    Some(EarlyInput {
        checked,
        focused,
        continued,
    })
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
