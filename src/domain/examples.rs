//! Valid example answers for every question, for the published example payloads and for
//! tests: realistic where an answer shapes the route, generic (but valid) elsewhere.

use super::Date;
use super::answers::{Answers, DateParts, Value};
use super::field::{Field, FieldKind, TextFormat};
use super::journey::Setup;
use super::locale::Country;
use super::options::{MeetingFrequency, Purpose, VolunteerRole, YesNo};
use super::rules::{Answer, Applicant, Custody, Need, SupportGroup};

/// Answers every question on the route for `country` and `purpose`,
/// page by page, as the route stands after each page.
pub fn example_answers(setup: Setup, country: Country, purpose: Purpose, today: Date) -> Answers {
    let mut answers = Answers::default();
    let mut seen = Vec::new();
    let mut step = Some(setup.first());
    while let Some(current) = step.filter(|current| !seen.contains(current)) {
        seen.push(current);
        for field in current.fields() {
            answers.set(*field, example_value(*field, country, purpose));
        }
        step = setup.next(current, &answers, today);
    }
    answers
}

/// Adds a second child to a guardian's example answers: without an identity number, aged 7
/// on 2026-01-15, in the LSS personkrets where Sweden asks.
pub fn add_example_sibling(answers: &mut Answers) {
    let Some(person) = answers.add_sibling() else {
        return;
    };
    let Some(child) = answers.person_mut(person) else {
        return;
    };
    let date = DateParts {
        day: "2".to_owned(),
        month: "6".to_owned(),
        year: "2018".to_owned(),
    };
    child.set(Field::PersonName, Value::Text("Elis Lind".to_owned()));
    child.set(Field::HasPersonId, Value::Choice(YesNo::No.code()));
    child.set(Field::BirthDate, Value::Date(date));
    child.set(Field::ProtectedIdentity, Value::Choice(YesNo::No.code()));
    child.set(
        Field::Needs,
        Value::Choices(vec![Need::CompanyAndLeisure.code()]),
    );
    child.set(
        Field::MeetingFrequency,
        Value::Choice(MeetingFrequency::Weekly.code()),
    );
    child.set(Field::LssPersonkrets, Value::Choice(Answer::Yes.code()));
    child.set(Field::WholeFamily, Value::Choice(YesNo::No.code()));
}

/// A valid answer: the journey's own for the questions that choose it, a realistic one for
/// the questions that shape the route, else a generic one for the field's kind and format.
pub fn example_value(field: Field, country: Country, purpose: Purpose) -> Value {
    let se = country == Country::Se;
    let pick =
        |se_text: &str, dk_text: &str| Value::Text(if se { se_text } else { dk_text }.to_owned());
    match field {
        Field::Country => return Value::Choice(country.code()),
        Field::Purpose => return Value::Choice(purpose.code()),
        Field::Applicant => return Value::Choice(Applicant::Guardian.code()),
        Field::Custody => return Value::Choice(Custody::Two.code()),
        Field::ProtectedIdentity => return Value::Choice(YesNo::No.code()),
        Field::Needs => {
            let needs = [Need::CompanyAndLeisure, Need::RoutinesAndStructure];
            return Value::Choices(needs.map(Need::code).to_vec());
        }
        Field::MeetingFrequency => return Value::Choice(MeetingFrequency::Weekly.code()),
        Field::LssPersonkrets | Field::WholeFamily => return Value::Choice(YesNo::No.code()),
        Field::ChildrenUnder15 => return Value::Choice(Answer::Yes.code()),
        Field::VolunteerRoles => return Value::Choices(vec![VolunteerRole::Kontaktperson.code()]),
        Field::SupportGroups => return Value::Choices(vec![SupportGroup::Children15To17.code()]),
        Field::PersonName => return Value::Text("Alva Lind".to_owned()),
        Field::OtherGuardianName => return Value::Text("Per Lind".to_owned()),
        Field::ApplicantName => return Value::Text("Karin Lind".to_owned()),
        // Born 14 March 2015, as the birth-date example: a child in 2026.
        Field::PersonId => return pick("20150314-2380", "140315-4321"),
        Field::VolunteerPersonId => return pick("19850709-1232", "090785-1234"),
        Field::StreetAddress => return pick("Storgatan 1", "Nørregade 1"),
        Field::City | Field::OwnCity => return pick("Exempelby", "Eksempelby"),
        // Two homes: the guardian's own address is asked and sent.
        Field::SameAddress => return Value::Choice(YesNo::No.code()),
        Field::OwnStreetAddress => return pick("Lillgatan 2", "Vestergade 2"),
        Field::InterpreterLanguage | Field::ContactLanguage => return pick("arabiska", "arabisk"),
        Field::GuardianName => return Value::Text("Karin Lind".to_owned()),
        Field::HouseholdAdults | Field::OwnChildren | Field::ExperienceYears => {
            return Value::Text("1".to_owned());
        }
        _ => {}
    }
    match field.kind() {
        FieldKind::Radios { options } => {
            Value::Choice(options.first().copied().unwrap_or_default())
        }
        FieldKind::Checkboxes { options } => {
            Value::Choices(options.iter().copied().take(1).collect())
        }
        FieldKind::Text(input) => match input.format {
            TextFormat::Phone | TextFormat::PhoneOrEmail => pick("070-123 45 67", "12 34 56 78"),
            TextFormat::Email => Value::Text("namn@example.org".to_owned()),
            TextFormat::PostalCode => pick("123 45", "2100"),
            TextFormat::Number { .. } => Value::Text("1".to_owned()),
            TextFormat::Name => Value::Text("Eva Ek".to_owned()),
            TextFormat::PersonId | TextFormat::Plain => Value::Text("Exempel".to_owned()),
        },
        FieldKind::TextArea { .. } => Value::Text("Exempel".to_owned()),
        FieldKind::Date { .. } => Value::Date(DateParts {
            day: "14".to_owned(),
            month: "3".to_owned(),
            year: "2015".to_owned(),
        }),
    }
}
