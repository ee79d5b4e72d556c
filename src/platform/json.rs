//! Reading JSON in the browser: the browser's own `JSON.parse`, then serde from the parsed
//! value (serde-wasm-bindgen). The wasm carries no JSON parser of its own: serde_json's reader
//! and its number parsing, with the answers' `BTreeMap`, measured 11.2 KB brotli (README
//! "Size and speed"). Writing JSON
//! stays with serde_json (the payload's exact bytes).

use serde::de::DeserializeOwned;

/// Reads `text` as a `T`; the error is the parser's or serde's own words (never shown to
/// families: the settings editor's detail).
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        js_sys::Error::from(error)
            .message()
            .as_string()
            .unwrap_or_default()
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string())
}
