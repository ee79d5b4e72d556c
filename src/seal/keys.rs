//! The municipality's X25519 key pair, as JSON Web Keys (RFC 7517, OKP keys of RFC 8037):
//! the public key file `{"kty":"OKP","crv":"X25519","kid","use":"enc","alg","x"}` for the
//! receiver, the private key file the same with `"d"` for the case system. The key id is the
//! first 8 bytes of the SHA-256 of the raw public key, in lower-case hex; reading a file checks
//! that its `kid` is that of its key, so a file cannot name another key.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem, Serializable};
use rand_core::{OsRng, TryRngCore};
use serde_json::{Value as Json, json};
use sha2::Digest;

use super::SealError;

/// What the key files say the key is for (our own label of the HPKE suite).
pub const ALG: &str = "HPKE-Base-X25519-SHA256-ChaCha20Poly1305";

type KemPublic = <X25519HkdfSha256 as Kem>::PublicKey;
type KemPrivate = <X25519HkdfSha256 as Kem>::PrivateKey;

/// A public key that submissions are sealed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    kid: String,
    pub(super) key: KemPublic,
}

/// A private key that opens what was sealed to its public key.
#[derive(Clone)]
pub struct PrivateKey {
    pub(super) key: KemPrivate,
    public: PublicKey,
}

impl std::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PrivateKey({})", self.public.kid)
    }
}

/// A new key pair from the operating system's random source.
pub fn generate() -> Result<PrivateKey, SealError> {
    let mut random = [0_u8; 32];
    OsRng
        .try_fill_bytes(&mut random)
        .map_err(|_| SealError::Seal("the operating system's random source failed"))?;
    // RFC 9180 DeriveKeyPair from 32 random bytes: the same as generating one.
    let (key, public) = X25519HkdfSha256::derive_keypair(&random);
    Ok(PrivateKey {
        key,
        public: PublicKey::new(public),
    })
}

/// The key id of a raw public key.
fn kid_of(raw: &[u8]) -> String {
    sha2::Sha256::digest(raw)[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

impl PublicKey {
    fn new(key: KemPublic) -> PublicKey {
        PublicKey {
            kid: kid_of(&key.to_bytes()),
            key,
        }
    }

    /// The key id: 16 lower-case hex digits.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key file's text.
    pub fn to_jwk(&self) -> String {
        to_text(&self.jwk())
    }

    fn jwk(&self) -> Json {
        json!({
            "kty": "OKP",
            "crv": "X25519",
            "kid": self.kid,
            "use": "enc",
            "alg": ALG,
            "x": URL_SAFE_NO_PAD.encode(self.key.to_bytes()),
        })
    }

    /// Reads a public key file (a private key file is refused: the receiver must not hold one).
    pub fn from_jwk(text: &str) -> Result<PublicKey, SealError> {
        let json = parse(text)?;
        if json.get("d").is_some() {
            return Err(SealError::KeyFile(
                "this is a private key; give the receiver the public one",
            ));
        }
        public_of(&json)
    }
}

impl PrivateKey {
    pub fn public(&self) -> &PublicKey {
        &self.public
    }

    pub fn kid(&self) -> &str {
        self.public.kid()
    }

    /// The private key file's text (keep it to the case system, mode 0600).
    pub fn to_jwk(&self) -> String {
        let mut json = self.public.jwk();
        json["d"] = Json::String(URL_SAFE_NO_PAD.encode(self.key.to_bytes()));
        to_text(&json)
    }

    /// Reads a private key file; its `x` and `kid` must be those of its `d`.
    pub fn from_jwk(text: &str) -> Result<PrivateKey, SealError> {
        let json = parse(text)?;
        let public = public_of(&json)?;
        let raw = json["d"]
            .as_str()
            .and_then(|d| URL_SAFE_NO_PAD.decode(d).ok())
            .ok_or(SealError::KeyFile(
                "no private key `d` (this is a public key file)",
            ))?;
        let key = KemPrivate::from_bytes(&raw)
            .map_err(|_| SealError::KeyFile("`d` is not an X25519 private key"))?;
        if X25519HkdfSha256::sk_to_pk(&key) != public.key {
            return Err(SealError::KeyFile("`x` is not the public key of `d`"));
        }
        Ok(PrivateKey { key, public })
    }
}

fn to_text(json: &Json) -> String {
    let mut text = serde_json::to_string_pretty(json).unwrap_or_default();
    text.push('\n');
    text
}

fn parse(text: &str) -> Result<Json, SealError> {
    let json: Json =
        serde_json::from_str(text).map_err(|_| SealError::KeyFile("not a JSON object"))?;
    if json["kty"] != "OKP" || json["crv"] != "X25519" {
        return Err(SealError::KeyFile("`kty` must be OKP and `crv` X25519"));
    }
    Ok(json)
}

fn public_of(json: &Json) -> Result<PublicKey, SealError> {
    let raw = json["x"]
        .as_str()
        .and_then(|x| URL_SAFE_NO_PAD.decode(x).ok())
        .ok_or(SealError::KeyFile("no public key `x`"))?;
    let key = KemPublic::from_bytes(&raw)
        .map_err(|_| SealError::KeyFile("`x` is not an X25519 public key"))?;
    let public = PublicKey::new(key);
    if json["kid"].as_str() != Some(public.kid()) {
        return Err(SealError::KeyFile(
            "`kid` is not the id of this key (the first 8 bytes of its SHA-256, hex)",
        ));
    }
    Ok(public)
}
