//! `Content-Digest` (RFC 9530): the SHA-256 of the exact body bytes, as `sha-256=:<base64>:`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The header value for `body`.
pub fn content_digest(body: &[u8]) -> String {
    format!("sha-256=:{}:", STANDARD.encode(Sha256::digest(body)))
}

/// Why a `Content-Digest` header cannot be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DigestProblem {
    /// No header, or no `sha-256` member in it.
    Missing,
    /// A `sha-256` member that is not `:<base64 of 32 bytes>:`.
    Malformed,
    /// A well-formed digest of other bytes.
    Mismatch,
}

impl DigestProblem {
    pub fn code(self) -> &'static str {
        match self {
            DigestProblem::Missing => "digest-missing",
            DigestProblem::Malformed => "digest-malformed",
            DigestProblem::Mismatch => "digest-mismatch",
        }
    }
}

/// Checks a `Content-Digest` header (a dictionary: other algorithms may be listed too; the
/// `sha-256` member is the one checked) against `body`. Returns the normalised value.
pub fn verify(header: Option<&str>, body: &[u8]) -> Result<String, DigestProblem> {
    let member = header
        .into_iter()
        .flat_map(|value| value.split(','))
        .filter_map(|member| member.trim().split_once('='))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("sha-256"))
        .map(|(_, value)| value.trim())
        .ok_or(DigestProblem::Missing)?;
    let sent = member
        .strip_prefix(':')
        .and_then(|rest| rest.strip_suffix(':'))
        .and_then(|encoded| STANDARD.decode(encoded).ok())
        .filter(|bytes| bytes.len() == 32)
        .ok_or(DigestProblem::Malformed)?;
    if sent.as_slice() == Sha256::digest(body).as_slice() {
        Ok(content_digest(body))
    } else {
        Err(DigestProblem::Mismatch)
    }
}
