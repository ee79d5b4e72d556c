//! HTTP GET of text files (settings, messages) with the browser's own `fetch`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Starts a GET request at once (not when the future is first polled, so several can run in
/// parallel) and resolves to the response's text, or to a short explanation of the failure.
pub fn text(url: &str) -> impl Future<Output = Result<String, String>> + use<> {
    let url = url.to_owned();
    let request = web_sys::window().map(|window| window.fetch_with_str(&url));
    async move {
        let explain = |error: wasm_bindgen::JsValue| {
            let reason = error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .or_else(|| error.as_string())
                .unwrap_or_else(|| "network error".to_owned());
            format!("{url}: {reason}")
        };
        let request = request.ok_or_else(|| format!("{url}: no window"))?;
        let response: web_sys::Response = JsFuture::from(request)
            .await
            .map_err(explain)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(explain)?)
            .await
            .map_err(explain)?;
        text.as_string()
            .ok_or_else(|| format!("{url}: the response is not text"))
    }
}
