//! Small DOM operations the UI asks for: focus, document title, scrolling, `lang`.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves keyboard focus to the element with this id and scrolls it into view.
/// Returns whether the element was found.
pub fn focus_by_id(id: &str) -> bool {
    let Some(element) = document()
        .and_then(|document| document.get_element_by_id(id))
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

/// Opens the browser's print dialog (the stylesheet prints only the wizard).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
