//! The only code that touches the browser, the network, storage or the clock.
//!
//! Architecture invariant: `web_sys`, `js_sys`, `wasm_bindgen` and `gloo` are named only
//! below `src/platform` (and `src/main.rs`), and nothing here depends on `src/ui`.

pub mod clock;
pub mod config;
pub mod dom;
pub mod embed;
pub mod fetch;
pub mod history;
pub mod json;
pub mod leave_guard;
pub mod submit;
pub mod task;
pub mod vault;
