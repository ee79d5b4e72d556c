//! Field and page validation. Returns codes; the UI turns each code into a message.

use super::Date;
use super::age::age_on;
use super::answers::{Answers, DateParts, MAX_CHILDREN, Value};
use super::contact::{
    Email, EmailError, NameError, PersonName, Phone, PhoneError, PostalCode, PostalCodeError,
    is_hidden,
};
use super::field::{DateAutocomplete, Field, FieldKind, TextFormat, TextInput};
use super::locale::Country;
use super::options::{
    ADD_ANOTHER_CHILD, APPLICANT, CHILDREN_UNDER_15, CONTACT_METHOD, ContactMethod, INTERPRETER,
    SUPPORT_GROUPS, YesNo,
};
use super::person_id::{IdError, PersonId};
use super::rules::{Answer, implies_children_under_15};
use super::step::{PersonPage, Step};

/// Why an answer cannot be accepted. The UI shows the Fluent message `error-<field>-<code>`
/// where the field has one, else `error-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Nothing was entered or chosen.
    Required,
    /// Longer than the field allows.
    TooLong,
    /// Control or hidden characters (`contact::is_hidden`); a name has its own code.
    ControlCharacters,
    /// A date with one or two of day, month and year left empty.
    DateIncomplete,
    /// A date that does not exist, such as 30 February, or that is not made of numbers.
    DateNotReal,
    /// A date of birth after today.
    DateInFuture,
    /// Not a whole number.
    NotANumber,
    /// A whole number above the field's limit.
    NumberTooLarge,
    /// An answer that an earlier answer rules out ("no children under 15" after choosing to
    /// support children under 15 or families).
    ContradictsEarlierAnswer,
    /// A personnummer, samordningsnummer or CPR number that cannot be right.
    Id(IdError),
    Phone(PhoneError),
    PostalCode(PostalCodeError),
    Email(EmailError),
    Name(NameError),
}

impl ErrorCode {
    /// Every code, the identifier and contact codes included.
    pub fn all() -> Vec<ErrorCode> {
        let mut all = vec![
            ErrorCode::Required,
            ErrorCode::TooLong,
            ErrorCode::ControlCharacters,
            ErrorCode::DateIncomplete,
            ErrorCode::DateNotReal,
            ErrorCode::DateInFuture,
            ErrorCode::NotANumber,
            ErrorCode::NumberTooLarge,
            ErrorCode::ContradictsEarlierAnswer,
        ];
        all.extend(IdError::ALL.iter().copied().map(ErrorCode::Id));
        all.extend(PhoneError::ALL.iter().copied().map(ErrorCode::Phone));
        all.extend(
            PostalCodeError::ALL
                .iter()
                .copied()
                .map(ErrorCode::PostalCode),
        );
        all.extend(EmailError::ALL.iter().copied().map(ErrorCode::Email));
        all.extend(NameError::ALL.iter().copied().map(ErrorCode::Name));
        all
    }

    /// Stable machine code: in Fluent ids, and in the receiver's error responses.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too-long",
            ErrorCode::ControlCharacters => "control-characters",
            ErrorCode::DateIncomplete => "date-incomplete",
            ErrorCode::DateNotReal => "date-not-real",
            ErrorCode::DateInFuture => "date-in-future",
            ErrorCode::NotANumber => "not-a-number",
            ErrorCode::NumberTooLarge => "number-too-large",
            ErrorCode::ContradictsEarlierAnswer => "contradicts-earlier-answer",
            ErrorCode::Id(error) => error.code(),
            ErrorCode::Phone(error) => error.code(),
            ErrorCode::PostalCode(error) => error.code(),
            ErrorCode::Email(error) => error.code(),
            ErrorCode::Name(error) => error.code(),
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
/// `country` is the one whose formats apply (identity numbers, phone numbers, postal codes).
pub fn validate_step(
    country: Country,
    step: Step,
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    if let Step::Sibling(person, page) = step {
        let own = answers.person(usize::from(person));
        let mut errors = validate_step(country, page.step(), &own, today);
        // A further child added by a guardian is a child.
        let adult = own
            .date(Field::BirthDate)
            .and_then(|parts| parse_date(parts).ok())
            .is_some_and(|birth| age_on(birth, today) >= 18);
        if errors.is_empty() && page == PersonPage::BirthDate && adult {
            errors.push(FieldError {
                field: Field::BirthDate,
                code: ErrorCode::ContradictsEarlierAnswer,
            });
        }
        return errors;
    }
    step.fields()
        .iter()
        .filter_map(|&field| {
            validate_field(country, field, answers, today).map(|code| FieldError { field, code })
        })
        .collect()
}

/// Whether `field` needs an answer, given the other answers: some optional fields become
/// required by another answer.
pub fn required(field: Field, answers: &Answers) -> bool {
    match field {
        Field::Email => answers.one(CONTACT_METHOD) == Some(ContactMethod::Email),
        Field::InterpreterLanguage => answers.one(INTERPRETER) == Some(YesNo::Yes),
        Field::OwnChildrenAges => parse_number(answers.text(Field::OwnChildren), u16::MAX)
            .is_ok_and(|children| children > 0),
        // Needed unless the assignment involves no children under 15; whom the volunteer wants
        // to support can imply that it does (børneattestloven § 2, stk. 1).
        Field::BorneattestConsent => {
            implies_children_under_15(&answers.all(SUPPORT_GROUPS))
                || answers
                    .one(CHILDREN_UNDER_15)
                    .is_some_and(|answer| answer != Answer::No)
        }
        _ => field.required(),
    }
}

/// The first problem with one field's answer, if any.
pub fn validate_field(
    country: Country,
    field: Field,
    answers: &Answers,
    today: Date,
) -> Option<ErrorCode> {
    let value = match answers.get(field) {
        Some(value) if !value.is_blank() => value,
        _ if required(field, answers) => return Some(ErrorCode::Required),
        _ => return None,
    };
    match (field.kind(), value) {
        (FieldKind::Radios { .. }, _)
            if field == ADD_ANOTHER_CHILD.field
                && answers.one(ADD_ANOTHER_CHILD) == Some(YesNo::Yes)
                && answers.people() >= MAX_CHILDREN =>
        {
            // Another child would be more than one application holds (`MAX_CHILDREN`).
            Some(ErrorCode::ContradictsEarlierAnswer)
        }
        (FieldKind::Radios { .. }, _)
            if field == CHILDREN_UNDER_15.field
                && answers.one(CHILDREN_UNDER_15) == Some(Answer::No)
                && implies_children_under_15(&answers.all(SUPPORT_GROUPS)) =>
        {
            Some(ErrorCode::ContradictsEarlierAnswer)
        }
        (FieldKind::Text(input), Value::Text(text)) => {
            let text = text.trim();
            if text.chars().count() > input.max_chars {
                return Some(ErrorCode::TooLong);
            }
            if input.format != TextFormat::Name && text.chars().any(|c| is_hidden(c, false)) {
                return Some(ErrorCode::ControlCharacters);
            }
            check_format(input.format, country, text, today).err()
        }
        (FieldKind::TextArea { max_chars }, Value::Text(text)) => {
            if text.chars().count() > max_chars {
                Some(ErrorCode::TooLong)
            } else if text.chars().any(|c| is_hidden(c, true)) {
                Some(ErrorCode::ControlCharacters)
            } else {
                None
            }
        }
        (FieldKind::Date { autocomplete }, Value::Date(parts)) => match parse_date(parts) {
            Ok(date) if autocomplete == DateAutocomplete::Birthday && date > today => {
                Some(ErrorCode::DateInFuture)
            }
            Ok(date)
                if field == Field::BirthDate && age_contradicts_applicant(answers, date, today) =>
            {
                Some(ErrorCode::ContradictsEarlierAnswer)
            }
            Ok(_) => None,
            Err(code) => Some(code),
        },
        _ => None,
    }
}

/// Whether the person's age on `today` contradicts the role chosen for the applicant
/// (`Applicant::contradicts_age`).
fn age_contradicts_applicant(answers: &Answers, birth: Date, today: Date) -> bool {
    answers
        .one(APPLICANT)
        .is_some_and(|applicant| applicant.contradicts_age(age_on(birth, today)))
}

/// Checks a trimmed, non-empty text against its format.
fn check_format(
    format: TextFormat,
    country: Country,
    text: &str,
    today: Date,
) -> Result<(), ErrorCode> {
    match format {
        TextFormat::Plain => Ok(()),
        TextFormat::Name => PersonName::parse(text).map(drop).map_err(ErrorCode::Name),
        TextFormat::PersonId => PersonId::parse(country, text, today)
            .map(drop)
            .map_err(ErrorCode::Id),
        TextFormat::Phone => Phone::parse(country, text)
            .map(drop)
            .map_err(ErrorCode::Phone),
        TextFormat::Email => Email::parse(text).map(drop).map_err(ErrorCode::Email),
        TextFormat::PhoneOrEmail if text.contains('@') => {
            Email::parse(text).map(drop).map_err(ErrorCode::Email)
        }
        TextFormat::PhoneOrEmail => Phone::parse(country, text)
            .map(drop)
            .map_err(ErrorCode::Phone),
        TextFormat::PostalCode => PostalCode::parse(country, text)
            .map(drop)
            .map_err(ErrorCode::PostalCode),
        TextFormat::Number { max } => parse_number(text, max).map(drop),
    }
}

/// Reads a whole number from 0 to `max` (spaces around it ignored).
pub fn parse_number(text: &str, max: u16) -> Result<u16, ErrorCode> {
    let text = text.trim();
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit()) {
        return Err(ErrorCode::NotANumber);
    }
    match text.parse::<u16>() {
        Ok(number) if number <= max => Ok(number),
        _ => Err(ErrorCode::NumberTooLarge),
    }
}

/// The answer to a text field in the form it is stored and sent in: an identity number
/// normalised (`YYYYMMDDNNNN`, `DDMMYY-SSSS`), a phone number in E.164, a postal code as
/// `NNN NN`/`NNNN`, other text trimmed. `None` when the text does not pass its format.
pub fn normalize_text(
    country: Country,
    field: Field,
    answers: &Answers,
    today: Date,
) -> Option<String> {
    let FieldKind::Text(input) = field.kind() else {
        return Some(answers.text(field).trim().to_owned());
    };
    let text = answers.text(field).trim();
    let normalized = match input.format {
        TextFormat::PersonId => PersonId::parse(country, text, today)
            .ok()?
            .normalized()
            .to_owned(),
        TextFormat::Phone => Phone::parse(country, text).ok()?.e164().to_owned(),
        TextFormat::PhoneOrEmail if !text.contains('@') => {
            Phone::parse(country, text).ok()?.e164().to_owned()
        }
        TextFormat::PostalCode => PostalCode::parse(country, text)
            .ok()?
            .normalized()
            .to_owned(),
        TextFormat::Email | TextFormat::PhoneOrEmail => {
            Email::parse(text).ok()?.as_str().to_owned()
        }
        TextFormat::Plain | TextFormat::Name | TextFormat::Number { .. } => text.to_owned(),
    };
    Some(normalized)
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

/// How a text answer reads on the check-answers page: an identity number masked
/// (`YYYYMMDD-****`), phone numbers in E.164, other text trimmed.
pub fn summary_text(country: Country, field: Field, answers: &Answers, today: Date) -> String {
    if let FieldKind::Text(TextInput {
        format: TextFormat::PersonId,
        ..
    }) = field.kind()
    {
        return PersonId::parse(country, answers.text(field), today)
            .map(|id| id.masked())
            .unwrap_or_default();
    }
    normalize_text(country, field, answers, today)
        .unwrap_or_else(|| answers.text(field).trim().to_owned())
}
