//! Asking before the user leaves the page with answers that have not been sent.

use leptos::prelude::{WindowListenerHandle, window_event_listener};

/// While `has_unsent_answers` returns true, leaving or reloading the page asks first
/// (the browser shows its own, untranslatable question).
pub fn install(has_unsent_answers: impl Fn() -> bool + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::beforeunload, move |event| {
        if has_unsent_answers() {
            event.prevent_default();
            event.set_return_value("");
        }
    })
}
