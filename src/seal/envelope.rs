//! The sealed envelope (README "Sealed submissions"): one JSON object per submission,
//!
//! ```json
//! {"format": "intake-sealed-1", "suite": {"kem": 32, "kdf": 1, "aead": 3},
//!  "reference": "IW-7K3M-Q9TX", "received_at": "2026-12-01T20:31:36.123Z",
//!  "digest": "sha-256=:…:", "schema_version": "1", "rules_date": "2026-01-15",
//!  "recipients": [{"kid": "3f9a0c…", "enc": "<base64url>", "ciphertext": "<base64url>"}]}
//! ```
//!
//! with one recipient per public key, each the HPKE (RFC 9180) base-mode single-shot sealing
//! of the exact body to that key: `enc` is the encapsulated key, `ciphertext` the
//! ChaCha20-Poly1305 ciphertext with its tag; the suite numbers are RFC 9180's identifiers.
//! The HPKE `info` is `INFO`; the associated data is the compact JSON array
//! `[format, reference, received_at, digest, schema_version, rules_date]`, so changing any of
//! them (moving the sealed body to another record) makes it fail to open.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use rand_core::{OsRng, TryRngCore};
use serde_json::{Value as Json, json};

use super::keys::{PrivateKey, PublicKey};
use super::{SealError, content_digest};
use crate::domain::Date;
use crate::domain::payload::{Payload, PayloadError, date_time_date, iso_date};

/// This envelope format.
pub const FORMAT: &str = "intake-sealed-1";

/// The HPKE `info`: binds every sealing to this purpose.
pub const INFO: &[u8] = b"intake-wizard sealed submission";

/// RFC 9180 identifiers: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305.
const KEM_ID: u64 = 0x0020;
const KDF_ID: u64 = 0x0001;
const AEAD_ID: u64 = 0x0003;

type EncappedKey = <X25519HkdfSha256 as Kem>::EncappedKey;

/// What a sealed body is bound to (all of it is in the envelope, in the clear, and is the
/// associated data).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealing {
    pub reference: String,
    /// RFC 3339, as the receiver recorded it.
    pub received_at: String,
    /// The `Content-Digest` of the body (`sha-256=:<base64>:`).
    pub digest: String,
    pub schema_version: String,
    /// The day whose rules the receiver checked the payload with (`Payload::rules_date`).
    pub rules_date: Date,
}

/// The body sealed to one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub kid: String,
    /// The HPKE encapsulated key.
    pub enc: Vec<u8>,
    /// The AEAD ciphertext, tag included.
    pub ciphertext: Vec<u8>,
}

/// A sealed submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub sealing: Sealing,
    pub recipients: Vec<Recipient>,
}

/// An opened, re-checked submission.
#[derive(Clone, Debug)]
pub struct Opened {
    pub sealing: Sealing,
    /// The exact body received (its digest is `sealing.digest`).
    pub body: String,
    pub payload: Payload,
}

impl Sealing {
    fn associated_data(&self) -> Vec<u8> {
        json!([
            FORMAT,
            self.reference,
            self.received_at,
            self.digest,
            self.schema_version,
            iso_date(self.rules_date),
        ])
        .to_string()
        .into_bytes()
    }
}

/// The operating system's random source for HPKE's ephemeral key; a failure is remembered
/// (and the sealing thrown away) rather than a panic.
struct Random {
    failed: bool,
}

impl rand_core::RngCore for Random {
    fn next_u32(&mut self) -> u32 {
        let mut bytes = [0; 4];
        self.fill_bytes(&mut bytes);
        u32::from_le_bytes(bytes)
    }

    fn next_u64(&mut self) -> u64 {
        let mut bytes = [0; 8];
        self.fill_bytes(&mut bytes);
        u64::from_le_bytes(bytes)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        if OsRng.try_fill_bytes(dest).is_err() {
            self.failed = true;
        }
    }
}

impl rand_core::CryptoRng for Random {}

/// Seals `body` to every key in `to`, bound to `sealing`. The caller has checked that
/// `sealing.digest` is the body's.
pub fn seal(body: &[u8], sealing: &Sealing, to: &[PublicKey]) -> Result<Envelope, SealError> {
    if to.is_empty() {
        return Err(SealError::Seal("no public key to seal to"));
    }
    let aad = sealing.associated_data();
    let mut random = Random { failed: false };
    let recipients = to
        .iter()
        .map(|key| {
            hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, X25519HkdfSha256, _>(
                &OpModeS::Base,
                &key.key,
                INFO,
                body,
                &aad,
                &mut random,
            )
            .map(|(enc, ciphertext)| Recipient {
                kid: key.kid().to_owned(),
                enc: enc.to_bytes().to_vec(),
                ciphertext,
            })
            .map_err(|_| SealError::Seal("HPKE sealing failed"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if random.failed {
        return Err(SealError::Seal(
            "the operating system's random source failed",
        ));
    }
    Ok(Envelope {
        sealing: sealing.clone(),
        recipients,
    })
}

/// Opens `envelope` with `key`, checks the body's digest, and re-checks the payload with the
/// rules of the day the receiver checked it on.
pub fn open(envelope: &Envelope, key: &PrivateKey) -> Result<Opened, SealError> {
    let sealing = &envelope.sealing;
    let reference = sealing.reference.clone();
    let recipient = envelope
        .recipients
        .iter()
        .find(|recipient| recipient.kid == key.kid())
        .ok_or_else(|| SealError::WrongKey {
            reference: reference.clone(),
            kid: key.kid().to_owned(),
            sealed_to: envelope.kids().join(", "),
        })?;
    let tampered = || SealError::Tampered {
        reference: reference.clone(),
        kid: key.kid().to_owned(),
    };
    let enc = EncappedKey::from_bytes(&recipient.enc).map_err(|_| tampered())?;
    let plaintext = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, X25519HkdfSha256>(
        &OpModeR::Base,
        &key.key,
        &enc,
        INFO,
        &recipient.ciphertext,
        &sealing.associated_data(),
    )
    .map_err(|_| tampered())?;
    let actual = content_digest(&plaintext);
    if actual != sealing.digest {
        return Err(SealError::DigestMismatch {
            reference,
            expected: sealing.digest.clone(),
            actual,
        });
    }
    let body = String::from_utf8(plaintext).map_err(|_| SealError::NotAPayload {
        reference: reference.clone(),
        problem: "not UTF-8".to_owned(),
    })?;
    let not_a_payload = |error: serde_json::Error| SealError::NotAPayload {
        reference: reference.clone(),
        problem: error.to_string(),
    };
    let json: serde_json::Value = serde_json::from_str(&body).map_err(not_a_payload)?;
    // The version the body was sent in; a version 1 body is read as version 2.
    let version = json["schema_version"].clone();
    let payload: Payload =
        serde_json::from_value(crate::domain::payload::upgrade(json)).map_err(not_a_payload)?;
    let refused = |errors| SealError::Refused {
        reference: reference.clone(),
        rules_date: iso_date(sealing.rules_date),
        errors,
    };
    if version.as_str() != Some(sealing.schema_version.as_str()) {
        return Err(refused(vec![PayloadError {
            path: "schema_version".to_owned(),
            code: "schema-version-mismatch",
        }]));
    }
    payload.check(sealing.rules_date).map_err(refused)?;
    Ok(Opened {
        sealing: sealing.clone(),
        body,
        payload,
    })
}

/// Opens `envelope` with whichever of `keys` it is sealed to (after a rotation the case
/// system holds the new key and the old ones), as `open` does.
pub fn open_with(envelope: &Envelope, keys: &[PrivateKey]) -> Result<Opened, SealError> {
    let kids = envelope.kids();
    match keys
        .iter()
        .find(|key| kids.iter().any(|kid| kid == key.kid()))
    {
        Some(key) => open(envelope, key),
        None => Err(SealError::WrongKey {
            reference: envelope.sealing.reference.clone(),
            kid: keys
                .iter()
                .map(|key| key.kid().to_owned())
                .collect::<Vec<_>>()
                .join(", "),
            sealed_to: kids.join(", "),
        }),
    }
}

impl Envelope {
    /// The key ids it is sealed to.
    pub fn kids(&self) -> Vec<String> {
        self.recipients
            .iter()
            .map(|recipient| recipient.kid.clone())
            .collect()
    }

    pub fn to_json(&self) -> Json {
        let sealing = &self.sealing;
        json!({
            "format": FORMAT,
            "suite": { "kem": KEM_ID, "kdf": KDF_ID, "aead": AEAD_ID },
            "reference": sealing.reference,
            "received_at": sealing.received_at,
            "digest": sealing.digest,
            "schema_version": sealing.schema_version,
            "rules_date": iso_date(sealing.rules_date),
            "recipients": self.recipients.iter().map(|recipient| json!({
                "kid": recipient.kid,
                "enc": URL_SAFE_NO_PAD.encode(&recipient.enc),
                "ciphertext": URL_SAFE_NO_PAD.encode(&recipient.ciphertext),
            })).collect::<Vec<_>>(),
        })
    }

    /// Reads an envelope; refuses another format or suite, or a malformed member.
    pub fn from_json(json: &Json) -> Result<Envelope, SealError> {
        let text = |name: &'static str| {
            json.get(name)
                .and_then(Json::as_str)
                .map(str::to_owned)
                .ok_or(SealError::Malformed(name))
        };
        let format = text("format")?;
        let suite = &json["suite"];
        let ids = (
            suite["kem"].as_u64(),
            suite["kdf"].as_u64(),
            suite["aead"].as_u64(),
        );
        if format != FORMAT || ids != (Some(KEM_ID), Some(KDF_ID), Some(AEAD_ID)) {
            return Err(SealError::Unsupported {
                format,
                suite: suite.to_string(),
            });
        }
        let rules_date = text("rules_date")?;
        let rules_date = date_time_date(&format!("{rules_date}T00:00:00Z"))
            .filter(|date| iso_date(*date) == rules_date)
            .ok_or(SealError::Malformed("rules_date"))?;
        let bytes = |recipient: &Json, name: &'static str| {
            recipient[name]
                .as_str()
                .and_then(|text| URL_SAFE_NO_PAD.decode(text).ok())
                .ok_or(SealError::Malformed(name))
        };
        let recipients = json["recipients"]
            .as_array()
            .filter(|recipients| !recipients.is_empty())
            .ok_or(SealError::Malformed("recipients"))?
            .iter()
            .map(|recipient| {
                Ok(Recipient {
                    kid: recipient["kid"]
                        .as_str()
                        .map(str::to_owned)
                        .ok_or(SealError::Malformed("kid"))?,
                    enc: bytes(recipient, "enc")?,
                    ciphertext: bytes(recipient, "ciphertext")?,
                })
            })
            .collect::<Result<Vec<_>, SealError>>()?;
        Ok(Envelope {
            sealing: Sealing {
                reference: text("reference")?,
                received_at: text("received_at")?,
                digest: text("digest")?,
                schema_version: text("schema_version")?,
                rules_date,
            },
            recipients,
        })
    }
}
