//! Small DOM operations the UI asks for: document title, `lang`, print, lower case.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn document_title() -> String {
    document()
        .map(|document| document.title())
        .unwrap_or_default()
}

pub fn set_document_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Sets the `lang` attribute of the wizard's host element.
pub fn set_lang(host: &web_sys::HtmlElement, tag: &str) {
    let _ = host.set_attribute("lang", tag);
}

/// Unicode lower case (`"Ålder"` → `"ålder"`) by the browser's `String.prototype.toLowerCase`,
/// which saves the wasm Rust's own case tables (about 24 KB).
pub fn lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// The languages the browser prefers, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

/// Marks the wizard being printed, for the stylesheet to print it alone.
const PRINTING_ATTRIBUTE: &str = "data-intake-wizard-printing";

/// Opens the browser's print dialog for this wizard alone: the stylesheet hides the rest of
/// the host page, and any other wizard on it, while `host` is marked.
pub fn print(host: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = host.set_attribute(PRINTING_ATTRIBUTE, "");
    let marked = host.clone();
    // `print()` returns when the dialog closes in Blink and Gecko, at once in WebKit; the
    // mark goes when printing is over in either case.
    let done = wasm_bindgen::prelude::Closure::once_into_js(move || {
        let _ = marked.remove_attribute(PRINTING_ATTRIBUTE);
    });
    // `{ once: true }`, as a plain object (no setter in the glue).
    let once = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&once, &"once".into(), &wasm_bindgen::JsValue::TRUE);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        once.unchecked_ref(),
    );
    let _ = window.print();
}

/// Puts `text` on the clipboard (a secure context only; elsewhere nothing happens, and the
/// text stays on screen to write down).
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}
