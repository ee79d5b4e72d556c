//! Bearer tokens for the inbox, from `--tokens-file`: one token a line, `<name> sha256:<hex>`,
//! the name (letters, digits, `-`, `_`, `.`) written to the audit log and the SHA-256 of the
//! token in hex (`intake-receiver --new-token <name>` makes both). Blank lines and lines
//! starting with `#` are skipped. The file is read again whenever its modification time or
//! size changes, so a token is added or revoked without a restart. No file, or no matching
//! line: every inbox request is 401.

use std::path::PathBuf;
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::clock::{self, FileStamp};

/// The tokens file and what was last read from it.
#[derive(Debug)]
pub struct Tokens {
    path: Option<PathBuf>,
    read: Mutex<Read>,
}

#[derive(Debug, Default)]
struct Read {
    stamp: Option<FileStamp>,
    entries: Vec<(String, [u8; 32])>,
}

impl Tokens {
    pub fn new(path: Option<PathBuf>) -> Tokens {
        Tokens {
            path,
            read: Mutex::new(Read::default()),
        }
    }

    /// The name of the token `presented`, if the file lists it now.
    pub fn name_of(&self, presented: &str) -> Option<String> {
        let path = self.path.as_ref()?;
        let stamp = clock::file_stamp(path);
        let hash: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        let mut read = self.read.lock().ok()?;
        if read.stamp != stamp {
            read.entries = match stamp.map(|_| std::fs::read_to_string(path)) {
                Some(Ok(text)) => parse(&text),
                Some(Err(error)) => {
                    tracing::error!("tokens file {}: {error}", path.display());
                    Vec::new()
                }
                None => {
                    tracing::error!("tokens file {} is missing", path.display());
                    Vec::new()
                }
            };
            read.stamp = stamp;
        }
        read.entries
            .iter()
            .find(|(_, stored)| *stored == hash)
            .map(|(name, _)| name.clone())
    }
}

fn parse(text: &str) -> Vec<(String, [u8; 32])> {
    let mut entries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = line
            .split_once(char::is_whitespace)
            .and_then(|(name, hash)| {
                let valid_name = name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
                let hash = from_hex(hash.trim().strip_prefix("sha256:")?)?;
                valid_name.then(|| (name.to_owned(), hash))
            });
        match entry {
            Some(entry) => entries.push(entry),
            None => tracing::error!(
                "tokens file line {} is not `<name> sha256:<hex>`",
                number + 1
            ),
        }
    }
    entries
}

fn from_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (index, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(index * 2..index * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A new random token and its line for the tokens file.
pub fn new_token(name: &str) -> (String, String) {
    let token = format!(
        "iwt_{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    (token.clone(), line_for(name, &token))
}

/// The tokens-file line for `token` under `name`.
pub fn line_for(name: &str, token: &str) -> String {
    let hex: String = Sha256::digest(token.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("{name} sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::{line_for, parse};

    #[test]
    fn a_line_names_the_hash_of_its_token_and_bad_lines_are_skipped() {
        let text = format!(
            "# case system\n{}\nbad line\nname sha256:abc\n",
            line_for("case-system", "secret")
        );
        let entries = parse(&text);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].0, "case-system");
    }
}
