//! Drafts at rest (`platform::vault`): Web Crypto PBKDF2 + AES-GCM in a real browser. The right
//! code opens what it sealed; a wrong code or a changed byte does not; the stored record holds
//! no answer text.

use intake_wizard::domain::draft::{Stored, normalize_code, resume_code};
use intake_wizard::platform::vault::{self, VaultError};
use wasm_bindgen_test::wasm_bindgen_test;

const ANSWERS: &str =
    r#"{"v":1,"at":"person","answers":[{"f":"person-name","q":1,"a":["Alva Lind"]}]}"#;

fn code() -> String {
    let random = vault::random::<10>().expect("the browser's CSPRNG");
    normalize_code(&resume_code(random)).expect("a code reads back")
}

#[wasm_bindgen_test]
async fn the_right_code_opens_what_it_sealed() {
    let code = code();
    let sealed = vault::seal(&code, ANSWERS.as_bytes())
        .await
        .expect("sealed");
    assert!(
        !sealed.contains("Alva"),
        "the ciphertext does not hold the text"
    );
    let opened = vault::open(&code, &sealed).await.expect("opened");
    assert_eq!(String::from_utf8(opened).expect("utf-8"), ANSWERS);
}

#[wasm_bindgen_test]
async fn a_wrong_code_or_a_changed_byte_does_not_open_it() {
    let code = code();
    let sealed = vault::seal(&code, ANSWERS.as_bytes())
        .await
        .expect("sealed");
    let other = self::code();
    assert_ne!(code, other);
    assert_eq!(
        vault::open(&other, &sealed).await,
        Err(VaultError::WrongCode)
    );
    // One character of the base64 changed (past the salt and nonce: the ciphertext itself).
    let mut changed: Vec<char> = sealed.chars().collect();
    let at = changed.len() - 8;
    changed[at] = if changed[at] == 'A' { 'B' } else { 'A' };
    let changed: String = changed.into_iter().collect();
    assert_eq!(
        vault::open(&code, &changed).await,
        Err(VaultError::WrongCode)
    );
    assert_eq!(
        vault::open(&code, "not base64!").await,
        Err(VaultError::WrongCode)
    );
}

#[wasm_bindgen_test]
async fn two_sealings_of_the_same_answers_differ() {
    let code = code();
    let first = vault::seal(&code, ANSWERS.as_bytes())
        .await
        .expect("sealed");
    let second = vault::seal(&code, ANSWERS.as_bytes())
        .await
        .expect("sealed");
    assert_ne!(first, second, "a fresh salt and nonce every time");
}

#[wasm_bindgen_test]
async fn the_stored_record_is_the_expiry_and_the_ciphertext_only() {
    let code = code();
    let data = vault::seal(&code, ANSWERS.as_bytes())
        .await
        .expect("sealed");
    let key = "intake-wizard:draft:test:";
    let record = Stored {
        expires: "2026-12-08".into(),
        data: data.clone(),
    };
    assert!(vault::store(key, &record));
    let raw = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(key).ok().flatten())
        .expect("stored");
    assert_eq!(raw, format!("2026-12-08 {data}"));
    assert!(!raw.contains("Alva") && !raw.contains("person-name"));
    assert_eq!(vault::load(key), Some(record));
    vault::remove(key);
    assert_eq!(vault::load(key), None);
}

#[wasm_bindgen_test]
async fn a_key_held_for_a_code_seals_again_and_each_sealing_opens_with_the_code() {
    let code = code();
    let key = vault::SealingKey::derive(&code).await.expect("derived");
    let first = key.seal(ANSWERS.as_bytes()).await.expect("sealed");
    let later = key.seal(b"{\"v\":1}").await.expect("sealed again");
    assert_ne!(first[..40], later[..40], "a fresh nonce each time");
    assert_eq!(
        vault::open(&code, &first).await.expect("opened"),
        ANSWERS.as_bytes()
    );
    assert_eq!(
        vault::open(&code, &later).await.expect("opened"),
        b"{\"v\":1}"
    );
    assert_eq!(
        vault::open(&self::code(), &later).await,
        Err(VaultError::WrongCode)
    );
}
