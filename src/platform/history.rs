//! The browser's Back and Forward buttons, without disturbing the host page's own routing:
//! entries keep the page's URL and carry only `{ "intakeWizard": { "<key>": "<step id>" } }`
//! as state, one key per wizard on the page (`WizardRoot::key`).
//!
//! Each entry records the page of every wizard, so going back to an entry returns each wizard
//! to the page it showed then: with two wizards, Back undoes the last step of whichever one
//! moved last, and leaves the other where it is.

use leptos::prelude::{WindowListenerHandle, window_event_listener};
use wasm_bindgen::JsValue;

const STATE_KEY: &str = "intakeWizard";

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The pages of every wizard in `state` (a copy, so that it can be changed).
fn pages_in(state: &JsValue) -> js_sys::Object {
    let pages = js_sys::Object::new();
    if let Ok(known) = js_sys::Reflect::get(state, &JsValue::from_str(STATE_KEY))
        && known.is_object()
    {
        let _ = js_sys::Object::assign(&pages, &known.into());
    }
    pages
}

/// The current entry's state with this wizard's page set to `step_id`.
fn state_for(key: &str, step_id: &str) -> Option<JsValue> {
    let current = history()?.state().unwrap_or(JsValue::NULL);
    let pages = pages_in(&current);
    let _ = js_sys::Reflect::set(&pages, &JsValue::from_str(key), &JsValue::from_str(step_id));
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(STATE_KEY), &pages);
    Some(state.into())
}

/// Adds a history entry for this wizard's step (same URL).
pub fn push(key: &str, step_id: &str) {
    if let (Some(history), Some(state)) = (history(), state_for(key, step_id)) {
        let _ = history.push_state_with_url(&state, "", None);
    }
}

/// Rewrites the current history entry to this wizard's step (same URL).
pub fn replace(key: &str, step_id: &str) {
    if let (Some(history), Some(state)) = (history(), state_for(key, step_id)) {
        let _ = history.replace_state_with_url(&state, "", None);
    }
}

/// Calls `on_step` with this wizard's step id whenever the browser moves to an entry that
/// has one. Entries that are not ours (the host page's) are ignored. Drop or `remove` the
/// handle to stop.
pub fn on_step(key: &str, on_step: impl Fn(String) + 'static) -> WindowListenerHandle {
    let key = JsValue::from_str(key);
    window_event_listener(leptos::ev::popstate, move |event| {
        let step_id = js_sys::Reflect::get(&pages_in(&event.state()), &key)
            .ok()
            .and_then(|value| value.as_string());
        if let Some(step_id) = step_id {
            on_step(step_id);
        }
    })
}
