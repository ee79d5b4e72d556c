//! Field and page validation. Returns codes; the UI turns each code into a message.

use super::Date;
use super::answers::{Answers, DateParts, Value};
use super::field::{Field, FieldKind};
use super::step::Step;

/// Why an answer cannot be accepted. The UI shows the Fluent message `error-<field>-<code>`
/// where the field has one, else `error-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Nothing was entered or chosen.
    Required,
    /// Longer than the field allows.
    TooLong,
    /// A date with one or two of day, month and year left empty.
    DateIncomplete,
    /// A date that does not exist, such as 30 February, or that is not made of numbers.
    DateNotReal,
}

impl ErrorCode {
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::Required,
        ErrorCode::TooLong,
        ErrorCode::DateIncomplete,
        ErrorCode::DateNotReal,
    ];

    /// Stable machine code: in Fluent ids, and in the receiver's error responses.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too-long",
            ErrorCode::DateIncomplete => "date-incomplete",
            ErrorCode::DateNotReal => "date-not-real",
        }
    }
}

/// One problem with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub code: ErrorCode,
}

/// Every problem on a page, in the order of its fields (the order of the error summary).
pub fn validate_step(step: Step, answers: &Answers, today: Date) -> Vec<FieldError> {
    step.fields()
        .iter()
        .filter_map(|&field| {
            validate_field(field, answers, today).map(|code| FieldError { field, code })
        })
        .collect()
}

/// The first problem with one field's answer, if any.
pub fn validate_field(field: Field, answers: &Answers, _today: Date) -> Option<ErrorCode> {
    let value = match answers.get(field) {
        Some(value) if !value.is_blank() => value,
        _ if field.required() => return Some(ErrorCode::Required),
        _ => return None,
    };
    match (field.kind(), value) {
        (FieldKind::Text(input), Value::Text(text))
            if text.trim().chars().count() > input.max_chars =>
        {
            Some(ErrorCode::TooLong)
        }
        (FieldKind::TextArea { max_chars }, Value::Text(text))
            if text.chars().count() > max_chars =>
        {
            Some(ErrorCode::TooLong)
        }
        (FieldKind::Date { .. }, Value::Date(parts)) => parse_date(parts).err(),
        _ => None,
    }
}

/// Reads a date typed as day, month and year (four-digit year).
pub fn parse_date(parts: &DateParts) -> Result<Date, ErrorCode> {
    let boxes = [&parts.day, &parts.month, &parts.year].map(|part| part.trim());
    if boxes.iter().any(|part| part.is_empty()) {
        return Err(ErrorCode::DateIncomplete);
    }
    let [day, month, year] = boxes;
    let number = |text: &str| -> Result<u16, ErrorCode> {
        if text.chars().all(|c| c.is_ascii_digit()) && text.len() <= 4 {
            text.parse().map_err(|_| ErrorCode::DateNotReal)
        } else {
            Err(ErrorCode::DateNotReal)
        }
    };
    let (day, month, year) = (number(day)?, number(month)?, number(year)?);
    if year < 1000 {
        return Err(ErrorCode::DateNotReal);
    }
    let month = u8::try_from(month)
        .ok()
        .and_then(|month| time::Month::try_from(month).ok())
        .ok_or(ErrorCode::DateNotReal)?;
    let day = u8::try_from(day).map_err(|_| ErrorCode::DateNotReal)?;
    Date::from_calendar_date(i32::from(year), month, day).map_err(|_| ErrorCode::DateNotReal)
}
