//! Browser tests (wasm-bindgen-test in headless Chromium): the shared test vectors give the same
//! results in wasm as natively, and the mounted wizard behaves for a keyboard and screen-reader
//! user: focus moves, errors are summarised, languages switch.
#![cfg(target_arch = "wasm32")]

#[path = "../common/identifier_vectors.rs"]
mod identifier_vectors;
#[path = "../common/rules_vectors.rs"]
mod rules_vectors;

mod vault;
mod wizard;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_identifier_vectors_pass_in_the_browser_as_they_do_natively() {
    let failures = identifier_vectors::failures();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(identifier_vectors::case_count() >= 250);
}

#[wasm_bindgen_test]
fn the_consent_and_assessment_vectors_pass_in_the_browser_as_they_do_natively() {
    let failures = rules_vectors::failures();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(rules_vectors::case_count() >= 60);
}
