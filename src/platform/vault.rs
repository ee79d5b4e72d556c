//! Drafts and unsent submissions at rest (README "Drafts"): encrypted with a key derived from
//! the resume code, stored in this origin's `localStorage` with their expiry date and nothing
//! else. Neither the code nor the key is ever stored.
//!
//! Web Crypto only (`crypto.subtle`): PBKDF2-SHA-256 with `ITERATIONS` iterations and a random
//! 16-byte salt turns the code into an AES-256-GCM key; each sealing has a random 12-byte
//! nonce. The stored data is base64 of salt ‖ nonce ‖ ciphertext (the GCM tag included), so a
//! wrong code or a changed byte fails to open.

use gloo_storage::{LocalStorage, Storage};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::draft::Stored;

/// PBKDF2 iterations: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Trying codes offline
/// against a copied draft costs this much per guess, over 2^80 codes.
pub const ITERATIONS: u32 = 600_000;
const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 12;

/// Why sealing or opening failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// The browser has no Web Crypto (an insecure context) or it failed.
    Unavailable,
    /// The code does not open this data (or the data was changed).
    WrongCode,
}

fn crypto() -> Result<web_sys::Crypto, VaultError> {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or(VaultError::Unavailable)
}

/// `N` random bytes from the browser's CSPRNG.
pub fn random<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut bytes = [0u8; N];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| VaultError::Unavailable)?;
    Ok(bytes)
}

/// A Web Crypto algorithm dictionary.
fn algorithm(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES-GCM key for `code` and `salt`.
async fn key(code: &str, salt: &[u8]) -> Result<web_sys::CryptoKey, VaultError> {
    let subtle = crypto()?.subtle();
    let unavailable = |_| VaultError::Unavailable;
    let base = resolve(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(code.as_bytes()),
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(unavailable)?;
    let pbkdf2 = algorithm(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", ITERATIONS.into()),
        ("hash", "SHA-256".into()),
    ]);
    let aes = algorithm(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = resolve(subtle.derive_key_with_object_and_object(
        &pbkdf2,
        base.unchecked_ref(),
        &aes,
        false,
        &Array::of2(&"encrypt".into(), &"decrypt".into()),
    ))
    .await
    .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

fn gcm(nonce: &[u8]) -> Object {
    algorithm(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
    ])
}

/// A key derived from a resume code, held in memory (never stored) so that a draft can be
/// sealed again, page after page, without deriving it again.
#[derive(Clone)]
pub struct SealingKey {
    key: web_sys::CryptoKey,
    salt: [u8; SALT_BYTES],
}

impl SealingKey {
    /// Derives the key for `code` with a new random salt.
    pub async fn derive(code: &str) -> Result<SealingKey, VaultError> {
        let salt: [u8; SALT_BYTES] = random()?;
        Ok(SealingKey {
            key: key(code, &salt).await?,
            salt,
        })
    }

    /// Encrypts `plaintext` with a new nonce: base64 of salt ‖ nonce ‖ ciphertext.
    pub async fn seal(&self, plaintext: &[u8]) -> Result<String, VaultError> {
        let nonce: [u8; NONCE_BYTES] = random()?;
        let sealed = resolve(crypto()?.subtle().encrypt_with_object_and_u8_array(
            &gcm(&nonce),
            &self.key,
            plaintext,
        ))
        .await
        .map_err(|_| VaultError::Unavailable)?;
        let mut bytes = Vec::with_capacity(SALT_BYTES + NONCE_BYTES + plaintext.len() + 16);
        bytes.extend_from_slice(&self.salt);
        bytes.extend_from_slice(&nonce);
        bytes.extend(Uint8Array::new(&sealed).to_vec());
        base64(&bytes).ok_or(VaultError::Unavailable)
    }
}

/// Encrypts `plaintext` under `code` (a new salt and nonce).
pub async fn seal(code: &str, plaintext: &[u8]) -> Result<String, VaultError> {
    SealingKey::derive(code).await?.seal(plaintext).await
}

/// Decrypts what `seal` made with the same code.
pub async fn open(code: &str, data: &str) -> Result<Vec<u8>, VaultError> {
    let bytes = unbase64(data).ok_or(VaultError::WrongCode)?;
    if bytes.len() < SALT_BYTES + NONCE_BYTES + 16 {
        return Err(VaultError::WrongCode);
    }
    let (salt, rest) = bytes.split_at(SALT_BYTES);
    let (nonce, sealed) = rest.split_at(NONCE_BYTES);
    let key = key(code, salt).await?;
    let plain = resolve(crypto()?.subtle().decrypt_with_object_and_u8_array(
        &gcm(nonce),
        &key,
        sealed,
    ))
    .await
    .map_err(|_| VaultError::WrongCode)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// Standard base64 of `bytes`, by the browser's own `btoa`.
pub fn base64(bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|&byte| char::from(byte)).collect();
    web_sys::window()?.btoa(&binary).ok()
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let binary = web_sys::window()?.atob(text).ok()?;
    binary
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

/// The record stored under `key`, if any (an unreadable one counts as none).
pub fn load(key: &str) -> Option<Stored> {
    Stored::from_text(&LocalStorage::raw().get_item(key).ok()??)
}

/// Stores `record` under `key`; false if the browser refuses (storage full or disabled).
pub fn store(key: &str, record: &Stored) -> bool {
    LocalStorage::raw().set_item(key, &record.to_text()).is_ok()
}

pub fn remove(key: &str) {
    LocalStorage::delete(key);
}
