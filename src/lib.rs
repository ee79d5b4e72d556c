//! Intake and eligibility wizard for contact-person support in Sweden and Denmark.
//!
//! A Leptos (client-side rendered) app compiled to WebAssembly and embedded in a municipality's
//! own web page, plus the rules core it is built on, which also compiles natively so that a
//! server can run exactly the same rules.
//!
//! # Architecture
//!
//! Three layers, and dependencies point one way: `ui → platform → domain`, `ui → domain`.
//!
//! - [`domain`]: the rules and the wizard engine. Pure data and functions.
//! - `ui` (feature `web`): Leptos components that render domain state.
//! - `platform` (feature `web`): the browser, network, storage and clock.
//! - `contract` (feature `schema`): the JSON Schema and example payloads of the contract.
//! - `receiver` (feature `receiver`): the reference receiver, a native server. It is platform
//!   code on the server side: it reads the clock (only in `receiver/clock.rs`) and the network,
//!   and re-checks every payload with the domain's rules.
//! - `seal` (feature `seal`, which `receiver` enables): sealing submissions to the
//!   municipality's public keys (HPKE), and opening and re-checking them with its private key.
//!   Native only; it reads no clock and touches no network or disk.
//!
//! # Invariants
//!
//! Each is checked by a test in `tests/it/architecture.rs` or by a clippy rule in `.clippy.toml`.
//!
//! 1. **The domain is pure.** `src/domain` never names `leptos`, `web_sys`, `js_sys`,
//!    `wasm_bindgen` or `gloo`, and never reads a clock: `today` is a parameter.
//! 2. **The UI decides nothing.** Routing, validity and eligibility come from the domain;
//!    `src/ui` renders them and turns user actions into `Event`s.
//! 3. **Only the platform touches the outside world.** Only `src/platform` names `web_sys`,
//!    `js_sys`, `wasm_bindgen` or `gloo`, or reads the clock; it never depends on `src/ui`.
//! 4. **The domain speaks codes; the UI speaks Swedish, Danish or English.** No user-facing
//!    text in Rust: every code has a Fluent message in every locale.
//! 5. **Serialised types live at the boundaries.** Only the settings (`domain::config`) and
//!    the submission payload (`domain::payload`) derive serde traits.
//! 6. **The route is derived, never stored.** `Wizard::path` is recomputed from the answers.
//! 7. **Every invariant is a test**, so `script/test` is the whole gate.

pub mod domain;

#[cfg(feature = "schema")]
pub mod contract;
#[cfg(feature = "web")]
pub mod platform;
#[cfg(feature = "receiver")]
pub mod receiver;
#[cfg(feature = "seal")]
pub mod seal;
#[cfg(feature = "web")]
pub mod ui;
