//! Finding the host elements in the municipality's page, reading their attributes, and the
//! shadow root each wizard lives in.
//!
//! Every wizard renders inside an open shadow root attached to its `data-intake-wizard`
//! element, with the wizard's stylesheet linked inside that root: the host page's element
//! styles (`input { appearance: none }`, `html { font-size: 62.5% }`, heading colours, list
//! bullets) do not reach it, ids cannot collide with the host's or another wizard's, and only
//! the `--iw-*` custom properties (and the font family) are inherited from the page.
//!
//! The root holds, in order: the stylesheet link; `.iw-light`, a slot that shows the host
//! element's own children (its loading and failure texts) until the wizard has mounted, and
//! again if it fails; and `.iw-root`, which the wizard is mounted into. A host page may carry
//! the root already, as Declarative Shadow DOM with pre-rendered pages
//! (`tests/e2e/prerender.mjs`); the wizard then takes it over.

use wasm_bindgen::JsCast;

use crate::domain::config::{ContactSettings, Settings};

/// The element a wizard is mounted into (so `ui` need not name browser types).
pub type HostElement = web_sys::HtmlElement;

/// The attribute that marks an element as a place to mount the wizard.
pub const HOST_ATTRIBUTE: &str = "data-intake-wizard";
/// Set on the host element when the wizard cannot start (the host's fallback text shows).
const FAILED_ATTRIBUTE: &str = "data-intake-wizard-failed";

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
        reference_pointer: attribute("data-reference-pointer"),
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
        draft_days: None,
    };
    (settings, attribute("data-config"))
}

/// Where the wizard's own files (the locales) are served: the host's
/// `data-assets` attribute, which `loader.js` sets to its own folder; else the page's folder.
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

/// Shows the host page's own failure text (`.iw-fallback`) instead of the wizard, and tells
/// the host page (`intake-wizard:failed`).
pub fn mark_failed(host: &web_sys::HtmlElement, reason: &str) {
    let _ = host.set_attribute(FAILED_ATTRIBUTE, "");
    emit(host, "intake-wizard:failed", &[("reason", reason.into())]);
}

/// Dispatches `name` on the host element: bubbling, and composed so that it also leaves any
/// shadow root the host itself sits in. `detail` holds no personal data.
fn emit(host: &web_sys::HtmlElement, name: &str, detail: &[(&str, wasm_bindgen::JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    // The init dictionary as a plain object: the same as `CustomEventInit`, without three
    // setters in the glue.
    let init = js_sys::Object::new();
    for (key, value) in [
        ("bubbles", wasm_bindgen::JsValue::TRUE),
        ("composed", wasm_bindgen::JsValue::TRUE),
        ("detail", object.into()),
    ] {
        let _ = js_sys::Reflect::set(&init, &key.into(), &value);
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, init.unchecked_ref()) {
        let _ = host.dispatch_event(&event);
    }
}

thread_local! {
    /// Every wizard's root, kept for the rest of the visit; `RootHandle` is an index into it.
    static ROOTS: std::cell::RefCell<Vec<WizardRoot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A wizard's root as plain data (an index), so the reactive state can hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RootHandle(usize);

impl RootHandle {
    /// Runs `f` with the root this handle names.
    pub fn with<T>(self, f: impl FnOnce(&WizardRoot) -> T) -> Option<T> {
        ROOTS.with(|roots| roots.borrow().get(self.0).map(f))
    }
}

/// One wizard's place in the page: its host element and the shadow root it renders in.
#[derive(Clone, Debug)]
pub struct WizardRoot {
    host: web_sys::HtmlElement,
    shadow: web_sys::ShadowRoot,
    key: String,
}

impl WizardRoot {
    /// The shadow root of `host`, which the page declared (with pre-rendered pages) or
    /// `loader.js` attached (with the stylesheet linked in, and the host's own loading text
    /// showing through until the wizard mounts). `None` if it has none: the element cannot
    /// carry one (an `<input>`, a `<p>`), or `loader.js` did not run.
    pub fn attach(host: &web_sys::HtmlElement) -> Option<WizardRoot> {
        let shadow = host.shadow_root()?;
        Some(WizardRoot {
            host: host.clone(),
            shadow,
            key: history_key(host),
        })
    }

    /// Keeps the root for the rest of the visit, and names it by a handle.
    pub fn keep(self) -> RootHandle {
        ROOTS.with(|roots| {
            let mut roots = roots.borrow_mut();
            roots.push(self);
            RootHandle(roots.len() - 1)
        })
    }

    pub fn host(&self) -> &web_sys::HtmlElement {
        &self.host
    }

    /// Names this wizard in the page's history entries: the host's `id`, else its place
    /// among the page's wizards.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Resolves when the root's stylesheet has loaded (or failed to), so the wizard is never
    /// shown unstyled: `loader.js` leaves that promise on the host as `intakeWizardStyled`.
    pub async fn stylesheet_ready(&self) {
        let styled = js_sys::Reflect::get(&self.host, &"intakeWizardStyled".into())
            .ok()
            .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
        if let Some(styled) = styled {
            let _ = wasm_bindgen_futures::JsFuture::from(styled).await;
        }
    }

    /// Replaces whatever the root shows (the loading text, the pre-rendered pages) with an
    /// empty `.iw-root` for the app to mount into, in one go, so nothing moves on screen.
    pub fn mount_point(&self) -> Option<web_sys::HtmlElement> {
        if let Ok(Some(old)) = self.shadow.query_selector(".iw-root") {
            old.remove();
        }
        if let Ok(Some(light)) = self.shadow.query_selector(".iw-light") {
            let _ = light.set_attribute("hidden", "");
        }
        let document = self.host.owner_document()?;
        let point = document
            .create_element("div")
            .ok()?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?;
        point.set_class_name("iw-root");
        self.shadow.append_child(&point).ok()?;
        Some(point)
    }

    /// Moves keyboard focus to the element with this id in the wizard and scrolls it into
    /// view. Returns whether the element was found.
    pub fn focus(&self, id: &str) -> bool {
        let Some(element) = self
            .shadow
            .get_element_by_id(id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return false;
        };
        let _ = element.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
        true
    }

    /// Tells the host page something happened (`intake-wizard:<name>`), with `detail`.
    pub fn emit(&self, name: &str, detail: &[(&str, wasm_bindgen::JsValue)]) {
        emit(&self.host, &format!("intake-wizard:{name}"), detail);
    }

    /// Reads what the visitor did in the pre-rendered pages; `None` if there are none.
    ///
    /// The page on screen is the element marked `data-snapshot`; when `loader.js` moved on to
    /// it with "Continue", it carries what was chosen on the pages before as checked, hidden
    /// inputs (`[data-snapshot-before]`).
    pub fn early_input(&self) -> Option<EarlyInput> {
        let snapshot = self
            .shadow
            .query_selector(&format!("[{SNAPSHOT_ATTRIBUTE}]"))
            .ok()
            .flatten()?;
        let list = snapshot.query_selector_all("input:checked").ok()?;
        let checked = (0..list.length())
            .filter_map(|index| list.item(index))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| (input.name(), input.value()))
            .collect();
        let page = snapshot
            .query_selector(".iw-page[data-step]")
            .ok()
            .flatten()
            .and_then(|page| page.get_attribute("data-step"));
        let focused = self
            .shadow
            .active_element()
            .filter(|element| snapshot.contains(Some(element)))
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        let continued = self.host.has_attribute(CONTINUE_ATTRIBUTE);
        let _ = self.host.remove_attribute(CONTINUE_ATTRIBUTE);
        Some(EarlyInput {
            checked,
            page,
            focused,
            continued,
        })
    }
}

fn history_key(host: &web_sys::HtmlElement) -> String {
    let id = host.id();
    if !id.is_empty() {
        return id;
    }
    let place = hosts()
        .iter()
        .position(|other| other == host)
        .unwrap_or_default();
    place.to_string()
}

/// The attribute of the pre-rendered page on screen in the host element (`tests/e2e/prerender.mjs`).
pub const SNAPSHOT_ATTRIBUTE: &str = "data-snapshot";
/// Set by `loader.js` on the host when "Continue" is pressed in a pre-rendered page that has no
/// copy of the page after it.
const CONTINUE_ATTRIBUTE: &str = "data-intake-wizard-continue";

/// What the visitor did in the pre-rendered pages before the wizard started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyInput {
    /// `(name, value)` of every checked radio button and checkbox, in the page on screen and
    /// the pages before it.
    pub checked: Vec<(String, String)>,
    /// The id of the page on screen (`Step::id`): the first, or one `loader.js` moved on to.
    pub page: Option<String>,
    /// The id of the element that had keyboard focus, if it was in the pre-rendered page.
    pub focused: Option<String>,
    /// Whether "Continue" was pressed on the page on screen (which had no copy of the next).
    pub continued: bool,
}
