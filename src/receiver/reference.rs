//! Submission references: `IW-` and eight Crockford base-32 characters in two groups
//! (`IW-7K3M-Q9TX`), 40 random bits. Easy to read aloud on the phone (no I, L, O or U), and
//! they reveal nothing about how many submissions a municipality receives. A collision is
//! caught by the database's primary key, and a new reference is drawn.

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new random reference.
pub fn new_reference() -> String {
    let random = uuid::Uuid::new_v4();
    let bytes = random.as_bytes();
    let bits = bytes
        .iter()
        .take(5)
        .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
    let chars: String = (0..8)
        .rev()
        .map(|index| {
            let at = usize::try_from((bits >> (index * 5)) & 0x1f).unwrap_or_default();
            char::from(ALPHABET.get(at).copied().unwrap_or(b'0'))
        })
        .collect();
    format!("IW-{}-{}", &chars[..4], &chars[4..])
}

/// Whether `text` has the form of a reference.
pub fn is_reference(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("IW-") else {
        return false;
    };
    rest.len() == 9
        && rest.char_indices().all(|(index, c)| {
            if index == 4 {
                c == '-'
            } else {
                ALPHABET.contains(&(c as u8)) && c.is_ascii()
            }
        })
}
