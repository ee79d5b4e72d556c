//! What the user has entered, kept exactly as typed so nothing is lost when it is invalid.
//!
//! Plain data with no signals in it. Parsing happens in `validate`, never on entry.

use super::field::{Field, FieldKind};
use super::options::{AnswerSet, Many, One};

/// One answer, in the shape its field's kind asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Choice(&'static str),
    Choices(Vec<&'static str>),
    Date(DateParts),
}

/// A date as typed into the three boxes of a date input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// The most children one application can be for (the first and up to five more).
pub const MAX_CHILDREN: usize = 6;

/// The answers given so far, including those on branches the user has since left
/// (they are kept so that going back restores them, and dropped from the payload).
///
/// The answers about the first person are kept with the others; a guardian's further
/// children each have their own answers to the per-person questions (`Field::is_per_person`)
/// in `siblings`, in the order added.
///
/// The answers are a list kept in field order, one entry per field: some fifty entries at
/// most, and a `BTreeMap` keyed by field is its own tree code in the wasm (measured together
/// with the JSON reader: README "Size and speed").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: Vec<(Field, Value)>,
    siblings: Vec<Answers>,
}

impl Answers {
    /// Where `field`'s entry is, or would go to keep field order.
    fn find(&self, field: Field) -> Result<usize, usize> {
        self.values.binary_search_by(|(at, _)| at.cmp(&field))
    }

    pub fn get(&self, field: Field) -> Option<&Value> {
        self.find(field).ok().map(|at| &self.values[at].1)
    }

    /// Stores `value` for `field`, in field order.
    fn insert(&mut self, field: Field, value: Value) {
        match self.find(field) {
            Ok(at) => self.values[at].1 = value,
            Err(at) => self.values.insert(at, (field, value)),
        }
    }

    /// The text typed into a text field, or `""`.
    pub fn text(&self, field: Field) -> &str {
        match self.get(field) {
            Some(Value::Text(text)) => text,
            _ => "",
        }
    }

    /// The option chosen in a radios field.
    pub fn choice(&self, field: Field) -> Option<&'static str> {
        match self.get(field) {
            Some(Value::Choice(key)) => Some(key),
            _ => None,
        }
    }

    /// The options ticked in a checkboxes field, in the field's option order.
    pub fn choices(&self, field: Field) -> &[&'static str] {
        match self.get(field) {
            Some(Value::Choices(keys)) => keys,
            _ => &[],
        }
    }

    /// The option chosen for a radios question, as its type.
    pub fn one<T: AnswerSet>(&self, question: One<T>) -> Option<T> {
        self.choice(question.field).and_then(T::from_code)
    }

    /// The options ticked for a checkboxes question, as their type, in option order.
    pub fn all<T: AnswerSet>(&self, question: Many<T>) -> Vec<T> {
        self.choices(question.field)
            .iter()
            .filter_map(|code| T::from_code(code))
            .collect()
    }

    /// Whether `option` is among those ticked for a checkboxes question.
    pub fn ticked<T: AnswerSet>(&self, question: Many<T>, option: T) -> bool {
        self.choices(question.field)
            .iter()
            .any(|code| T::from_code(code) == Some(option))
    }

    pub fn date(&self, field: Field) -> Option<&DateParts> {
        match self.get(field) {
            Some(Value::Date(parts)) => Some(parts),
            _ => None,
        }
    }

    /// Whether the user has entered anything at all.
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|(_, value)| value.is_blank())
            && self.siblings.iter().all(Answers::is_empty)
    }

    /// The further children's own answers, in the order added (child 2 first).
    pub fn siblings(&self) -> &[Answers] {
        &self.siblings
    }

    /// The number of people the application is for: the first and each further child.
    pub fn people(&self) -> usize {
        1 + self.siblings.len()
    }

    /// The answers as they stand for person `index` (0 is the first): the answers about the
    /// application with that person's own answers to the per-person questions.
    pub fn person(&self, index: usize) -> Answers {
        let mut person = Answers {
            values: self.values.clone(),
            siblings: Vec::new(),
        };
        if let Some(sibling) = index.checked_sub(1).and_then(|at| self.siblings.get(at)) {
            person.values.retain(|(field, _)| !field.is_per_person());
            for (field, value) in &sibling.values {
                person.insert(*field, value.clone());
            }
        }
        person
    }

    /// Person `index`'s answers to store into: the first person's are these answers, a
    /// further child's are its own.
    pub fn person_mut(&mut self, index: usize) -> Option<&mut Answers> {
        match index.checked_sub(1) {
            None => Some(self),
            Some(at) => self.siblings.get_mut(at),
        }
    }

    /// Adds a further child with no answers yet; returns its person index, or `None` at
    /// `MAX_CHILDREN`.
    pub fn add_sibling(&mut self) -> Option<usize> {
        (self.people() < MAX_CHILDREN).then(|| {
            self.siblings.push(Answers::default());
            self.siblings.len()
        })
    }

    /// Removes person `index` and their answers; the first person's place is taken by the
    /// next child. The last person is never removed.
    pub fn remove_person(&mut self, index: usize) -> bool {
        if index >= self.people() || self.siblings.is_empty() {
            return false;
        }
        if index == 0 {
            let next = self.siblings.remove(0);
            self.values.retain(|(field, _)| !field.is_per_person());
            for (field, value) in next.values {
                self.insert(field, value);
            }
        } else {
            self.siblings.remove(index - 1);
        }
        true
    }

    /// Forgets the answer to `field`.
    pub fn clear(&mut self, field: Field) {
        if let Ok(at) = self.find(field) {
            self.values.remove(at);
        }
    }

    /// Sets the further children's answers (read from a payload).
    pub fn set_siblings(&mut self, siblings: Vec<Answers>) {
        self.siblings = siblings;
    }

    /// The answers to the fields `keep` accepts.
    pub fn retain_fields(&self, keep: impl Fn(Field) -> bool) -> Answers {
        // `retain` on a copy keeps field order without a sort (each sort instance adds
        // kilobytes to the wasm: README "Size and speed").
        let mut values = self.values.clone();
        values.retain(|(field, _)| keep(*field));
        Answers {
            values,
            siblings: self.siblings.clone(),
        }
    }

    /// Every answer, in field order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &Value)> {
        self.values.iter().map(|(field, value)| (*field, value))
    }

    /// Stores an answer if its shape fits the field; returns whether it was stored.
    /// Choice keys must be among the field's options; checkbox keys are put in option order.
    pub fn set(&mut self, field: Field, value: Value) -> bool {
        let value = match (field.kind(), value) {
            (FieldKind::Radios { options }, Value::Choice(key)) if options.contains(&key) => {
                Value::Choice(key)
            }
            (FieldKind::Checkboxes { options }, Value::Choices(keys))
                if keys.iter().all(|key| options.contains(key)) =>
            {
                Value::Choices(
                    options
                        .iter()
                        .copied()
                        .filter(|option| keys.contains(option))
                        .collect(),
                )
            }
            (FieldKind::Text(_) | FieldKind::TextArea { .. }, Value::Text(text)) => {
                Value::Text(text)
            }
            (FieldKind::Date { .. }, Value::Date(parts)) => Value::Date(parts),
            _ => return false,
        };
        self.insert(field, value);
        true
    }
}

impl From<super::Date> for DateParts {
    fn from(date: super::Date) -> DateParts {
        DateParts {
            day: date.day().to_string(),
            month: u8::from(date.month()).to_string(),
            year: date.year().to_string(),
        }
    }
}

impl Value {
    /// The answer held by the checked options of a radios or checkboxes field (`checked` are
    /// the values of its checked inputs); `None` for other fields or when nothing fits.
    pub fn from_checked(field: Field, checked: &[&str]) -> Option<Value> {
        let mut keys = checked.iter().filter_map(|key| field.option(key));
        match field.kind() {
            FieldKind::Radios { .. } => keys.next().map(Value::Choice),
            FieldKind::Checkboxes { .. } => Some(Value::Choices(keys.collect())),
            FieldKind::Text(_) | FieldKind::TextArea { .. } | FieldKind::Date { .. } => None,
        }
    }

    /// True for an empty text, an empty date and no ticked boxes.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Text(text) => text.trim().is_empty(),
            Value::Choice(_) => false,
            Value::Choices(keys) => keys.is_empty(),
            Value::Date(parts) => {
                parts.day.trim().is_empty()
                    && parts.month.trim().is_empty()
                    && parts.year.trim().is_empty()
            }
        }
    }
}
