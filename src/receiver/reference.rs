//! Submission references: `IW-` and eight Crockford base-32 characters in two groups
//! (`IW-7K3M-Q9TX`), 40 random bits. Easy to read aloud on the phone (no I, L, O or U), and
//! they reveal nothing about how many submissions a municipality receives. A collision is
//! caught by the database's primary key, and a new reference is drawn.

use crate::domain::receipt::{CROCKFORD as ALPHABET, crockford};

/// A new random reference.
pub fn new_reference() -> String {
    let random = uuid::Uuid::new_v4();
    let bits = random
        .as_bytes()
        .iter()
        .take(5)
        .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
    let chars = crockford(bits, 8);
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
