//! What a backend's answer to a submission means, for any backend: a 2xx is stored. Its
//! reference is read from the answer where the settings point (`referencePointer`, a JSON
//! Pointer), else from its `reference`, else made from the submission's Idempotency-Key, so
//! the family always leaves with something to quote and the backend can find it.
//!
//! Also the Crockford base-32 used for every code a person reads aloud or writes down
//! (references, resume codes): no I, L, O or U.

/// Crockford's base-32 alphabet.
pub const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The low `5 × chars` bits of `bits` as Crockford base-32, most significant first.
pub fn crockford(bits: u64, chars: usize) -> String {
    (0..chars)
        .rev()
        .map(|index| {
            let at = usize::try_from(bits.checked_shr(5 * index as u32).unwrap_or(0) & 0x1f)
                .unwrap_or_default();
            char::from(CROCKFORD[at])
        })
        .collect()
}

/// The reference the wizard makes itself when the backend gives none: `IK-` and the first
/// 40 bits of the Idempotency-Key (a UUID) in Crockford base-32, in two groups
/// (`IK-7K3M-Q9TX`). The backend received the key as a header and can search for it.
pub fn reference_from_key(key: &str) -> Option<String> {
    let hex: String = key.chars().filter(|c| *c != '-').take(10).collect();
    if hex.len() < 10 {
        return None;
    }
    let bits = u64::from_str_radix(&hex, 16).ok()?;
    let chars = crockford(bits, 8);
    Some(format!("IK-{}-{}", &chars[..4], &chars[4..]))
}

/// The reference tokens of a JSON Pointer (RFC 6901): `/id` → `["id"]`, `/data/0/ref` →
/// `["data", "0", "ref"]`, with `~1` read as `/` and `~0` as `~`. `None` unless the pointer
/// is empty or starts with `/`.
pub fn pointer_tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|token| token.replace("~1", "/").replace("~0", "~"))
            .collect(),
    )
}

/// Whether `pointer` is a JSON Pointer that can name a reference (settings check): any text
/// after a leading `/` is one (the whole document, `""`, cannot be a reference).
pub fn is_reference_pointer(pointer: &str) -> bool {
    pointer.starts_with('/')
}

/// The reference to show for a backend's 2xx answer: the text at the settings' pointer, else
/// the answer's `reference`, else one made from the Idempotency-Key. `lookup` reads the
/// answer at a pointer's tokens (the platform reads the JSON; numbers count as text).
pub fn reference(
    pointer: Option<&str>,
    lookup: impl Fn(&[String]) -> Option<String>,
    key: &str,
) -> String {
    let at = |tokens: &[String]| lookup(tokens).filter(|text| !text.trim().is_empty());
    pointer
        .and_then(pointer_tokens)
        .and_then(|tokens| at(&tokens))
        .or_else(|| at(&["reference".to_owned()]))
        .or_else(|| reference_from_key(key))
        .unwrap_or_else(|| key.to_owned())
}

/// What the receiver answered for a stored submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    /// The receiver's reference for the case (`IW-…`).
    pub reference: String,
    /// `sha-256=:<base64>:` over the exact bytes sent.
    pub digest: String,
}

impl Receipt {
    /// The digest's short form for the page: the first 12 characters of its base64 value.
    pub fn short_digest(&self) -> String {
        let value = self
            .digest
            .trim_start_matches("sha-256=:")
            .trim_end_matches(':');
        value.chars().take(12).collect()
    }
}
