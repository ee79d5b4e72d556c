//! Receiver tests (feature `receiver`): the published contract, and the reference receiver
//! in-process on a real SQLite file, or on PostgreSQL when `DATABASE_URL` names one.
#![cfg(not(target_arch = "wasm32"))]

mod api;
mod connections;
mod contract;
mod forward_tls;
mod hardening;
mod harness;
mod inbox;
mod metrics;
mod scaling;
mod seal;
mod sealed;
mod site;
