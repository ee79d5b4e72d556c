//! Drafts: answers saved on the device to come back to later, and a submission that could not
//! be sent yet (README "Drafts"). Pure: what is saved, the resume code, expiry, and how a
//! draft is read back against today's questions. Encryption and storage are the platform's
//! (`platform::vault`); nothing here is ever stored in the clear.

use serde::{Deserialize, Serialize};

use super::Date;
use super::answers::{Answers, DateParts, Value};
use super::field::{Field, FieldKind};
use super::payload::iso_date;
use super::receipt::crockford;
use super::step::Step;

/// The draft format written today.
pub const FORMAT: u32 = 1;

/// What is encrypted: where the user was and every answer as typed, each with the
/// fingerprint of its question when it was saved (the version of the questions, one by one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The draft format (`FORMAT`).
    pub v: u32,
    /// The page the user was on (a step's history id: `needs`, `2:needs`).
    pub at: String,
    pub answers: Vec<SavedAnswer>,
}

/// One answer: the field id, its question's fingerprint (`fingerprint`), the answer as typed
/// (the text, the option keys, or the day, month and year boxes), and whose it is: 0 for the
/// application and the first person (left out), 1 to 5 for a further child's own answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedAnswer {
    pub f: String,
    pub q: u32,
    pub a: Vec<String>,
    #[serde(default, skip_serializing_if = "is_first")]
    pub p: u32,
}

fn is_first(person: &u32) -> bool {
    *person == 0
}

/// A submission that could not be sent yet, kept to send on the next visit: the exact bytes,
/// and the Idempotency-Key and Content-Digest they were first sent with, so that sending it
/// again cannot store it twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub body: String,
    pub key: String,
    pub digest: String,
}

/// What the browser's storage holds for a draft: the expiry date and the ciphertext (salt,
/// nonce and AES-GCM output, base64). Nothing else. Stored as one line of text, the date, a
/// space and the ciphertext (`to_text`): no JSON reader or writer needed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// `YYYY-MM-DD`: the first day the draft is gone.
    pub expires: String,
    pub data: String,
}

/// A draft read back against today's questions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    /// The answers that still fit their questions, each child's with that child.
    pub answers: Answers,
    /// The page the user was on, if it still exists.
    pub at: Option<Step>,
    /// Pages whose questions changed since the draft was saved (their answers were dropped):
    /// the user is asked to check them again. In journey order.
    pub changed: Vec<Step>,
}

/// A question's fingerprint: its id, its kind and its option keys (FNV-1a). A draft's answer
/// is kept only while its question's fingerprint is the same; another wording of the label
/// does not change it, another set of options does.
pub fn fingerprint(field: Field) -> u32 {
    let (tag, options): (u8, &[&str]) = match field.kind() {
        FieldKind::Radios { options } => (b'r', options),
        FieldKind::Checkboxes { options } => (b'c', options),
        FieldKind::Text(_) => (b't', &[]),
        FieldKind::TextArea { .. } => (b'a', &[]),
        FieldKind::Date { .. } => (b'd', &[]),
    };
    let mut hash: u32 = 0x811c_9dc5;
    let mut eat = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u32::from(*byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    eat(field.id().as_bytes());
    eat(&[0, tag]);
    for option in options {
        eat(&[0]);
        eat(option.as_bytes());
    }
    hash
}

impl Draft {
    /// The draft of these answers, made on page `at`.
    pub fn of(answers: &Answers, at: Step) -> Draft {
        let mut saved = Vec::new();
        save(answers, 0, &mut saved);
        for (index, sibling) in answers.siblings().iter().enumerate() {
            save(sibling, index as u32 + 1, &mut saved);
        }
        Draft {
            v: FORMAT,
            at: at.history_id(),
            answers: saved,
        }
    }

    /// Reads the draft against today's questions: answers to questions that no longer exist
    /// or have changed are dropped, and the pages they were on are named in `changed`.
    pub fn restore(&self) -> Restored {
        let mut restored = Restored {
            at: Step::from_history_id(&self.at),
            ..Restored::default()
        };
        let mut dropped = Vec::new();
        for saved in &self.answers {
            let Some(field) = Field::from_id(&saved.f) else {
                continue; // the question is gone, and so is its page
            };
            let person = saved.p as usize;
            while restored.answers.people() <= person && restored.answers.add_sibling().is_some() {}
            let value = (saved.q == fingerprint(field))
                .then(|| read(field, &saved.a))
                .flatten();
            let stored = match (value, restored.answers.person_mut(person)) {
                (Some(value), Some(answers)) => answers.set(field, value),
                _ => false,
            };
            if !stored {
                dropped.push(field);
            }
        }
        // In journey order (filtered, not sorted: a sort instance costs kilobytes of wasm).
        restored.changed = Step::ALL
            .iter()
            .copied()
            .filter(|step| step.fields().iter().any(|field| dropped.contains(field)))
            .collect();
        restored
    }
}

/// Saves the answers of one person (`person` 0: the application's and the first person's).
fn save(answers: &Answers, person: u32, saved: &mut Vec<SavedAnswer>) {
    for (field, value) in answers.iter().filter(|(_, value)| !value.is_blank()) {
        saved.push(SavedAnswer {
            f: field.id().to_owned(),
            q: fingerprint(field),
            a: match value {
                Value::Text(text) => vec![text.clone()],
                Value::Choice(key) => vec![(*key).to_owned()],
                Value::Choices(keys) => keys.iter().map(|key| (*key).to_owned()).collect(),
                Value::Date(parts) => {
                    vec![parts.day.clone(), parts.month.clone(), parts.year.clone()]
                }
            },
            p: person,
        });
    }
}

/// An answer as typed, in the shape its field's kind asks for (`None` if it does not fit).
fn read(field: Field, typed: &[String]) -> Option<Value> {
    match field.kind() {
        FieldKind::Radios { .. } | FieldKind::Checkboxes { .. } => {
            let keys: Vec<&str> = typed.iter().map(String::as_str).collect();
            // Every saved key must still be an option (else the question changed).
            keys.iter()
                .all(|key| field.option(key).is_some())
                .then(|| Value::from_checked(field, &keys))
                .flatten()
        }
        FieldKind::Text(_) | FieldKind::TextArea { .. } => match typed {
            [text] => Some(Value::Text(text.clone())),
            _ => None,
        },
        FieldKind::Date { .. } => match typed {
            [day, month, year] => Some(Value::Date(DateParts {
                day: day.clone(),
                month: month.clone(),
                year: year.clone(),
            })),
            _ => None,
        },
    }
}

/// The first day a draft saved `today` is gone, or `None` when drafts are off (`days` 0).
pub fn expires(today: Date, days: u32) -> Option<String> {
    if days == 0 {
        return None;
    }
    let day = today.checked_add(time::Duration::days(i64::from(days)))?;
    Some(iso_date(day))
}

/// A `YYYY-MM-DD` date as the language writes it: `2026-12-08` in Swedish and English (ISO,
/// unambiguous), `8.12.2026` in Danish.
pub fn shown_date(iso: &str, language: super::locale::Language) -> String {
    match (language, iso.split('-').collect::<Vec<_>>().as_slice()) {
        (super::locale::Language::Da, [year, month, day]) => format!(
            "{}.{}.{year}",
            day.trim_start_matches('0'),
            month.trim_start_matches('0')
        ),
        _ => iso.to_owned(),
    }
}

impl Stored {
    /// The record as stored: `2026-12-08 <base64>`.
    pub fn to_text(&self) -> String {
        format!("{} {}", self.expires, self.data)
    }

    /// A record read back (`None` for anything `to_text` did not write).
    pub fn from_text(text: &str) -> Option<Stored> {
        let (expires, data) = text.split_once(' ')?;
        Some(Stored {
            expires: expires.to_owned(),
            data: data.to_owned(),
        })
    }

    /// Whether the draft is gone by `today` (an unreadable date counts as gone).
    pub fn is_expired(&self, today: Date) -> bool {
        // ISO dates compare as text.
        self.expires.len() != 10 || iso_date(today) >= self.expires
    }
}

/// A resume code from 80 random bits: 16 Crockford base-32 characters in four groups
/// (`7WN9-R6VX-3F2A-9C1B`), short enough to write down, far too many to guess.
pub fn resume_code(random: [u8; 10]) -> String {
    let high = random[..5]
        .iter()
        .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
    let low = random[5..]
        .iter()
        .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
    group(&(crockford(high, 8) + &crockford(low, 8)))
}

/// A code of 16 characters (`normalize_code`) in the four groups it is shown in.
pub fn group(chars: &str) -> String {
    match (
        chars.get(..4),
        chars.get(4..8),
        chars.get(8..12),
        chars.get(12..),
    ) {
        (Some(a), Some(b), Some(c), Some(d)) => format!("{a}-{b}-{c}-{d}"),
        _ => chars.to_owned(),
    }
}

/// A typed resume code in its one canonical form (the key is derived from it), read the way
/// Crockford base-32 is meant to be: case, spaces and hyphens do not matter, `O` is `0` and
/// `I` or `L` is `1`. `None` unless it is 16 such characters.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (code.len() == 16
        && code
            .bytes()
            .all(|byte| super::receipt::CROCKFORD.contains(&byte)))
    .then_some(code)
}
