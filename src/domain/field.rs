//! The questions the wizard can ask, as data: a stable id, a kind and its option keys.
//!
//! The id of a field is its HTML `name`, the key of its answer in the payload and the stem of
//! its Fluent messages (`field-<id>-label`, `field-<id>-hint`, `field-<id>-option-<key>`,
//! `error-<id>-required`). Changing an id is a breaking change of the payload.

/// Every question in every journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Which country's rules apply (asked only when the municipality's settings leave it open).
    Country,
    /// Applying for support, or registering interest in becoming a contact person.
    Purpose,
}

/// How a field is answered; the UI picks the component from this and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Exactly one of the options (GOV.UK radios).
    Radios { options: &'static [&'static str] },
    /// Any number of the options (GOV.UK checkboxes).
    Checkboxes { options: &'static [&'static str] },
    /// One line of text.
    Text(TextInput),
    /// Several lines of text with a character count.
    TextArea { max_chars: usize },
    /// Day, month and year in three boxes (GOV.UK date input).
    Date { autocomplete: DateAutocomplete },
}

/// Attributes of a one-line text input that help people and their browsers fill it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextInput {
    /// The HTML `autocomplete` token (`name`, `tel`, `email`, `off`, …).
    pub autocomplete: &'static str,
    pub input_mode: InputMode,
    pub max_chars: usize,
    /// Whether the browser may spell-check it (off for identifiers and codes).
    pub spellcheck: bool,
}

/// The HTML `inputmode`, which chooses the on-screen keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    Text,
    Numeric,
    Tel,
    Email,
}

impl InputMode {
    pub fn attr(self) -> &'static str {
        match self {
            InputMode::Text => "text",
            InputMode::Numeric => "numeric",
            InputMode::Tel => "tel",
            InputMode::Email => "email",
        }
    }
}

/// Whether a date input is someone's birthday (`bday-day` …) or any other date (`off`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateAutocomplete {
    Birthday,
    Off,
}

impl Field {
    pub const ALL: &'static [Field] = &[Field::Country, Field::Purpose];

    pub fn id(self) -> &'static str {
        match self {
            Field::Country => "country",
            Field::Purpose => "purpose",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|field| field.id() == id)
    }

    pub fn kind(self) -> FieldKind {
        match self {
            Field::Country => FieldKind::Radios {
                options: &["se", "dk"],
            },
            Field::Purpose => FieldKind::Radios {
                options: &["apply", "volunteer"],
            },
        }
    }

    /// Whether an answer is needed to continue.
    pub fn required(self) -> bool {
        match self {
            Field::Country | Field::Purpose => true,
        }
    }

    /// The option keys of a radios or checkboxes field; empty for other kinds.
    pub fn options(self) -> &'static [&'static str] {
        match self.kind() {
            FieldKind::Radios { options } | FieldKind::Checkboxes { options } => options,
            FieldKind::Text(_) | FieldKind::TextArea { .. } | FieldKind::Date { .. } => &[],
        }
    }

    /// The static option key equal to `key`, if this field offers it.
    pub fn option(self, key: &str) -> Option<&'static str> {
        self.options().iter().copied().find(|option| *option == key)
    }
}
