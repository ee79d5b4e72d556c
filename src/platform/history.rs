//! The browser's Back and Forward buttons, without disturbing the host page's own routing:
//! entries keep the page's URL and carry only `{ "intakeWizard": "<step id>" }` as state.

use leptos::prelude::{WindowListenerHandle, window_event_listener};
use wasm_bindgen::JsValue;

const STATE_KEY: &str = "intakeWizard";

fn state_for(step_id: &str) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &state,
        &JsValue::from_str(STATE_KEY),
        &JsValue::from_str(step_id),
    );
    state.into()
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Adds a history entry for this step (same URL).
pub fn push(step_id: &str) {
    if let Some(history) = history() {
        let _ = history.push_state_with_url(&state_for(step_id), "", None);
    }
}

/// Rewrites the current history entry to this step (same URL).
pub fn replace(step_id: &str) {
    if let Some(history) = history() {
        let _ = history.replace_state_with_url(&state_for(step_id), "", None);
    }
}

/// Calls `on_step` with the step id whenever the browser moves to one of our entries.
/// Entries that are not ours (the host page's) are ignored. Drop or `remove` the handle to stop.
pub fn on_step(on_step: impl Fn(String) + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::popstate, move |event| {
        let step_id = js_sys::Reflect::get(&event.state(), &JsValue::from_str(STATE_KEY))
            .ok()
            .and_then(|value| value.as_string());
        if let Some(step_id) = step_id {
            on_step(step_id);
        }
    })
}
