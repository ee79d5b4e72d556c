//! The rules core. Pure Rust: no browser, no network, no clock, no randomness.
//!
//! Architecture invariant: nothing under `src/domain` imports `leptos`, `web_sys`, `js_sys`,
//! `wasm_bindgen` or `gloo`, and nothing reads a clock. The date of "today" is always a
//! parameter, so the browser and the reference receiver give the same answer for the same
//! input and date. `tests/it/architecture.rs` enforces this, and the crate builds with
//! `--no-default-features` so a municipality's Rust backend can depend on these rules alone.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod age;
pub mod answers;
pub mod config;
pub mod contact;
pub mod draft;
pub mod examples;
pub mod field;
pub mod journey;
pub mod law;
pub mod locale;
pub mod message_id;
pub mod options;
pub mod payload;
pub mod person_id;
pub mod receipt;
pub mod retry;
pub mod rules;
pub mod step;
pub mod summary;
pub mod validate;
pub mod wizard;

/// A calendar date without time zone. "Today" is passed in as one of these.
pub use time::Date;
