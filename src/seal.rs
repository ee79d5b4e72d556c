//! Sealed submissions (feature `seal`; native only): what the receiver keeps and forwards is
//! readable only with the municipality's private key.
//!
//! The receiver checks a submission with the rules, then seals the exact body bytes with HPKE
//! (RFC 9180, base mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to every
//! configured public key (`keys`), with the reference, the time received, the digest, the
//! schema version and the day whose rules it applied as associated data, so a sealed body
//! cannot be moved to another record (`envelope`). `open` is the inverse for the case system:
//! it decrypts with the private key, checks the digest, and runs `Payload::check` on the same
//! day's rules. No cryptography is written here: the `hpke` crate does all of it.
//!
//! This module reads no clock and touches no network or disk: key files and envelopes come in
//! and go out as text.

mod envelope;
mod keys;

pub use envelope::{Envelope, FORMAT, INFO, Opened, Recipient, Sealing, open, open_with, seal};
pub use keys::{PrivateKey, PublicKey, generate};

use crate::domain::payload::PayloadError;

/// Why a key file, an envelope or its contents were not accepted.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// Not a key file of ours (what is wrong with it).
    #[error("not an X25519 key file: {0}")]
    KeyFile(&'static str),
    /// Not an envelope of ours (which member is missing or wrong).
    #[error("not a sealed submission: `{0}` is missing or malformed")]
    Malformed(&'static str),
    /// Sealed with another format or cipher suite than this build opens.
    #[error("sealed with format {format} and suite {suite}, which this build does not open")]
    Unsupported { format: String, suite: String },
    /// Not sealed to this key (wrong key, or a record sealed before a rotation to another one).
    #[error("wrong key: {reference} is sealed to {sealed_to}, not to {kid}")]
    WrongKey {
        reference: String,
        kid: String,
        sealed_to: String,
    },
    /// HPKE refused to open it: the ciphertext or the associated data (reference, time,
    /// digest, schema version, rules date) was changed, or the key is not the one its id names.
    #[error(
        "{reference} does not open with key {kid}: tampered (its ciphertext, reference, time, \
         digest, schema version or rules date was changed) or another key with that id"
    )]
    Tampered { reference: String, kid: String },
    /// The plaintext is not the body the digest names.
    #[error("{reference}: digest mismatch (the envelope names {expected}, the body is {actual})")]
    DigestMismatch {
        reference: String,
        expected: String,
        actual: String,
    },
    /// The plaintext is not a payload (not JSON, or not of the contract's shape).
    #[error("{reference}: not a payload: {problem}")]
    NotAPayload { reference: String, problem: String },
    /// The payload does not pass `Payload::check` on the rules date.
    #[error("{reference}: refused by the rules of {rules_date}: {}", codes(.errors))]
    Refused {
        reference: String,
        rules_date: String,
        errors: Vec<PayloadError>,
    },
    /// Sealing itself failed (no recipient, or the random source).
    #[error("cannot seal: {0}")]
    Seal(&'static str),
}

fn codes(errors: &[PayloadError]) -> String {
    errors
        .iter()
        .map(|error| {
            if error.path.is_empty() {
                error.code.to_owned()
            } else {
                format!("{} {}", error.path, error.code)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `Content-Digest` value (RFC 9530) of `body`: `sha-256=:<base64>:`, as the receiver
/// records it.
pub fn content_digest(body: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!(
        "sha-256=:{}:",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body))
    )
}
