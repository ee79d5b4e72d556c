//! Native tests: the rules core, the wizard engine, locale parity and architecture invariants.
//! One binary (matklad, "Delete Cargo Integration Tests"); each module is one concern.
#![cfg(not(target_arch = "wasm32"))]

mod age;
mod architecture;
mod config;
mod drafts;
mod identifiers;
mod journeys;
mod locales;
mod payload;
mod receipt;
mod rules;
mod wizard;
