//! Every route through the family and volunteer journeys, walked through the engine page by
//! page for representative people: no dead end, every route ends at check answers or an exit
//! page, every page and every outcome is reachable, and only answers on the route count.

use std::collections::BTreeSet;

use intake_wizard::domain::answers::{Answers, DateParts, Value};
use intake_wizard::domain::field::{Field, FieldKind, TextFormat};
use intake_wizard::domain::journey::{Journey, Setup};
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::person_id::IdError;
use intake_wizard::domain::rules::{Measure, Outcome, VolunteerOutcome};
use intake_wizard::domain::step::{Step, StepKind};
use intake_wizard::domain::summary::Shown;
use intake_wizard::domain::validate::{ErrorCode, FieldError, validate_step};
use intake_wizard::domain::wizard::{Effect, Event, Receipt, Wizard};
use time::macros::date;

const TODAY: time::Date = date!(2026 - 11 - 23);

/// A Swedish personnummer (10 digits, hyphen) for a birth date, with a valid check digit.
fn personnummer(year: i32, month: u8, day: u8, serial: u16) -> String {
    let digits = format!("{:02}{month:02}{day:02}{serial:03}", year % 100);
    let sum: u32 = digits
        .chars()
        .enumerate()
        .map(|(index, c)| {
            let digit = c.to_digit(10).unwrap_or(0) * if index % 2 == 0 { 2 } else { 1 };
            digit / 10 + digit % 10
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    format!("{year:04}{month:02}{day:02}-{serial:03}{check}")
}

/// A Danish CPR number; the 7th digit 4 gives 2000–2036 for years 00–36, 1 gives 1900s.
fn cpr(year: i32, month: u8, day: u8) -> String {
    let century_digit = if year >= 2000 { 4 } else { 1 };
    format!("{day:02}{month:02}{:02}-{century_digit}321", year % 100)
}

/// Who is answering, and what they answer to the questions that shape the route.
#[derive(Clone, Debug)]
struct Person {
    country: Country,
    choices: Vec<(Field, &'static str)>,
    texts: Vec<(Field, String)>,
    birth: Option<(i32, u8, u8)>,
    /// A guardian's further children, added on the children page in this order.
    siblings: Vec<Person>,
}

impl Person {
    fn new(country: Country, purpose: &'static str) -> Person {
        Person {
            country,
            choices: vec![
                (Field::Country, country.code()),
                (Field::Purpose, purpose),
                (Field::ProtectedIdentity, "no"),
                (Field::WholeFamily, "no"),
            ],
            texts: Vec::new(),
            birth: None,
            siblings: Vec::new(),
        }
    }

    /// Adds a further child, who answers as `child` does.
    fn sibling(mut self, child: Person) -> Person {
        self.siblings.push(child);
        self
    }

    fn choose(mut self, field: Field, key: &'static str) -> Person {
        self.choices.retain(|(f, _)| *f != field);
        self.choices.push((field, key));
        self
    }

    fn text(mut self, field: Field, text: &str) -> Person {
        self.texts.retain(|(f, _)| *f != field);
        self.texts.push((field, text.to_owned()));
        self
    }

    fn born(mut self, year: i32, month: u8, day: u8) -> Person {
        self.birth = Some((year, month, day));
        self
    }

    /// The answer this person gives to `field`, or a valid default for it.
    fn answer(&self, field: Field) -> Option<Value> {
        if let Some(&(_, key)) = self.choices.iter().find(|(f, _)| *f == field) {
            return Some(match field.kind() {
                FieldKind::Checkboxes { .. } => Value::Choices(
                    self.choices
                        .iter()
                        .filter(|(f, _)| *f == field)
                        .map(|(_, key)| *key)
                        .collect(),
                ),
                _ => Value::Choice(key),
            });
        }
        if let Some((_, text)) = self.texts.iter().find(|(f, _)| *f == field) {
            return Some(Value::Text(text.clone()));
        }
        let (year, month, day) = self.birth.unwrap_or((2016, 5, 17));
        let value = match field.kind() {
            FieldKind::Radios { options } => Value::Choice(options[0]),
            FieldKind::Checkboxes { .. } if !field.required() => Value::Choices(Vec::new()),
            FieldKind::Checkboxes { options } => Value::Choices(vec![options[0]]),
            FieldKind::TextArea { .. } => Value::Text("Tycker om fotboll.".into()),
            FieldKind::Date { .. } if field == Field::BirthDate => Value::Date(DateParts {
                day: day.to_string(),
                month: month.to_string(),
                year: year.to_string(),
            }),
            FieldKind::Date { .. } => Value::Date(DateParts {
                day: "1".into(),
                month: "2".into(),
                year: "2027".into(),
            }),
            FieldKind::Text(input) => Value::Text(match input.format {
                TextFormat::Plain => "Storgatan 1".into(),
                TextFormat::Name => "Alva Lind".into(),
                TextFormat::PersonId => match self.country {
                    Country::Se => personnummer(year, month, day, 238),
                    Country::Dk => cpr(year, month, day),
                },
                TextFormat::Phone | TextFormat::PhoneOrEmail => match self.country {
                    Country::Se => "070-123 45 67".into(),
                    Country::Dk => "12 34 56 78".into(),
                },
                TextFormat::Email => "alva@example.se".into(),
                TextFormat::PostalCode => match self.country {
                    Country::Se => "123 45".into(),
                    Country::Dk => "2100".into(),
                },
                TextFormat::Number { .. } => "2".into(),
            }),
        };
        Some(value)
    }
}

/// Where a walk ended.
struct Walk {
    route: Vec<Step>,
    wizard: Wizard,
}

/// Answers each page as `person` would and presses Continue, until check answers or an exit
/// page. Fails on a dead end (Continue that does not move) or a page seen twice.
fn walk(setup: Setup, person: &Person) -> Walk {
    let mut wizard = Wizard::new(setup);
    let mut route = vec![wizard.at()];
    while wizard.at() != Step::CheckAnswers && !wizard.at().is_exit() {
        let at = wizard.at();
        let who = match at.person() {
            0 => person,
            sibling => &person.siblings[sibling - 1],
        };
        for &field in at.fields() {
            let own = wizard.answers().person(at.person());
            let blank = own.get(field).is_none_or(Value::is_blank);
            let value = if field == Field::AddAnotherChild {
                let more = wizard.answers().siblings().len() < person.siblings.len();
                Some(Value::Choice(if more { "yes" } else { "no" }))
            } else {
                who.answer(field)
            };
            if let (true, Some(value)) = (blank || field == Field::AddAnotherChild, value) {
                wizard.update(Event::Answer(field, value), TODAY);
            }
        }
        let before = wizard.at();
        wizard.update(Event::Continue, TODAY);
        assert_ne!(
            wizard.at(),
            before,
            "dead end at {before:?} with {person:?}: {:?}",
            wizard.errors()
        );
        if before == Step::Children && matches!(wizard.at(), Step::Sibling(..)) {
            // The children page comes after every child's pages: asked again after these.
            route.pop();
        }
        assert!(!route.contains(&wizard.at()), "loop at {:?}", wizard.at());
        route.push(wizard.at());
    }
    assert_eq!(
        wizard.path(TODAY),
        route,
        "the route walked is the derived route"
    );
    Walk { route, wizard }
}

/// The pages of the volunteer journey.
const VOLUNTEER_PAGES: &[Step] = &[
    Step::VolunteerInfo,
    Step::VolunteerRoles,
    Step::SupportGroups,
    Step::VolunteerIdentity,
    Step::TooYoung,
    Step::VolunteerContact,
    Step::VolunteerAddress,
    Step::VolunteerAbout,
    Step::Household,
    Step::Availability,
    Step::Qualifications,
    Step::References,
    Step::RegisterConsent,
    Step::AttestConsent,
];

fn setup(country: Option<Country>) -> Setup {
    Setup {
        preset_country: country,
        dk_qualifications: false,
    }
}

/// Representative families: every applicant, ages either side of 12, 15, 18, 21 and 23, one
/// and two guardians, each other-guardian answer, protected identity, each need, LSS answers,
/// whole family, and support before 18.
fn families() -> Vec<Person> {
    let mut people = Vec::new();
    for country in Country::ALL {
        for applicant in [
            "guardian",
            "young-person",
            "adult",
            "legal-representative",
            "relative",
            "third-party",
        ] {
            for birth in [
                (2017, 3, 1),
                (2013, 1, 10),
                (2010, 6, 1),
                (2008, 11, 24),
                (2006, 2, 2),
                (2004, 11, 23),
                (1990, 4, 5),
            ] {
                // "Under 18" or "18 or older" applying for themself, at the other age, is
                // refused on the birth-date page (its own test below).
                let adult = birth <= (2008, 11, 23);
                if (applicant == "young-person" && adult)
                    || (matches!(applicant, "adult" | "relative") && !adult)
                {
                    continue;
                }
                for has_id in ["yes", "no"] {
                    let base = Person::new(country, "apply")
                        .choose(Field::Applicant, applicant)
                        .choose(Field::HasPersonId, has_id)
                        .born(birth.0, birth.1, birth.2);
                    people.push(base.clone());
                    people.push(
                        base.clone()
                            .choose(Field::Custody, "two")
                            .choose(Field::OtherGuardianAgrees, "refuses")
                            .choose(Field::ProtectedIdentity, "yes")
                            .choose(Field::Needs, "risk-behaviour")
                            .choose(Field::LssPersonkrets, "dont-know")
                            .choose(Field::WholeFamily, "yes")
                            .choose(Field::SupportedBefore18, "no")
                            .choose(Field::AdultCircumstances, "deafblind")
                            .choose(Field::SocialServicesContact, "no")
                            .choose(Field::MayContactGuardians, "no")
                            .choose(Field::SameAddress, "no"),
                    );
                    people.push(
                        base.choose(Field::Custody, "two")
                            .choose(Field::OtherGuardianAgrees, "not-asked-yet")
                            .choose(Field::Needs, "family-relief")
                            .choose(Field::LssPersonkrets, "yes")
                            .choose(Field::SupportedBefore18, "yes")
                            .choose(Field::SameAddress, "no")
                            .choose(
                                Field::AdultCircumstances,
                                "homeless-mental-illness-or-substance-misuse",
                            ),
                    );
                }
            }
        }
    }
    people
}

fn volunteers() -> Vec<Person> {
    let mut people = Vec::new();
    for country in Country::ALL {
        for birth in [(1985, 7, 9), (2008, 11, 24), (2008, 11, 23)] {
            for role in ["kontaktperson", "kontaktfamilj", "skk"] {
                for group in ["children-under-15", "children-15-17", "adults", "families"] {
                    for children in ["yes", "no", "dont-know"] {
                        // Children under 15 and families rule out "no" (a clear error).
                        let implied = matches!(group, "children-under-15" | "families");
                        if implied && children == "no" {
                            continue;
                        }
                        people.push(
                            Person::new(country, "volunteer")
                                .choose(Field::BorneattestConsent, "agree")
                                .born(birth.0, birth.1, birth.2)
                                .choose(Field::VolunteerRoles, role)
                                .choose(Field::SupportGroups, group)
                                .choose(Field::ChildrenUnder15, children),
                        );
                    }
                }
            }
        }
    }
    people
}

#[test]
fn every_family_route_ends_at_check_answers_or_the_exit_and_reaches_every_outcome() {
    let mut pages = BTreeSet::new();
    let mut outcomes = BTreeSet::new();
    let mut measures = BTreeSet::new();
    for preset in [None, Some(Country::Se), Some(Country::Dk)] {
        for person in families() {
            if preset.is_some_and(|country| country != person.country) {
                continue;
            }
            let Walk { route, wizard } = walk(setup(preset), &person);
            pages.extend(route.iter().copied());
            let end = *route.last().unwrap_or(&Step::Country);
            let applicant = person.answer(Field::Applicant);
            if applicant == Some(Value::Choice("third-party")) {
                assert_eq!(end, Step::ThirdParty, "{person:?}");
                continue;
            }
            assert_eq!(end, Step::CheckAnswers, "{person:?}");
            assert!(route.contains(&Step::Indication) && route.contains(&Step::Consents));
            let assessment = wizard.assessment(TODAY).expect("a family case");
            outcomes.insert(assessment.outcome);
            measures.extend(assessment.measures);
        }
    }
    // Third parties get their redirect from the rules even though no form is sent.
    for country in Country::ALL {
        let person = Person::new(country, "apply").choose(Field::Applicant, "third-party");
        let walked = walk(setup(None), &person);
        outcomes.insert(walked.wizard.assessment(TODAY).expect("a case").outcome);
    }
    let family_pages: Vec<Step> = Step::ALL
        .iter()
        .copied()
        .filter(|step| !VOLUNTEER_PAGES.contains(step) && *step != Step::Confirmation)
        .collect();
    let unreached: Vec<_> = family_pages.iter().filter(|s| !pages.contains(s)).collect();
    assert!(
        unreached.is_empty(),
        "family pages no route reaches: {unreached:?}"
    );
    let missing: Vec<_> = Outcome::ALL
        .iter()
        .filter(|o| !outcomes.contains(o))
        .collect();
    assert!(missing.is_empty(), "outcomes no route reaches: {missing:?}");
    let missing: Vec<_> = Measure::ALL
        .iter()
        .filter(|m| !measures.contains(m))
        .collect();
    assert!(
        missing.is_empty(),
        "measures no route suggests: {missing:?}"
    );
}

#[test]
fn every_volunteer_route_ends_at_check_answers_or_too_young() {
    let mut pages = BTreeSet::new();
    let mut outcomes = BTreeSet::new();
    for dk_qualifications in [false, true] {
        for person in volunteers() {
            let setup = Setup {
                preset_country: None,
                dk_qualifications,
            };
            let Walk { route, wizard } = walk(setup, &person);
            pages.extend(route.iter().copied());
            let under_18 = person.birth.is_some_and(|birth| birth > (2008, 11, 23));
            if under_18 {
                assert_eq!(route.last(), Some(&Step::TooYoung), "{person:?}");
                continue;
            }
            assert_eq!(route.last(), Some(&Step::CheckAnswers), "{person:?}");
            let skk = person.answer(Field::VolunteerRoles) == Some(Value::Choices(vec!["skk"]));
            let asks = match person.country {
                Country::Se => skk,
                Country::Dk => dk_qualifications,
            };
            assert_eq!(route.contains(&Step::Qualifications), asks, "{person:?}");
            let family =
                person.answer(Field::VolunteerRoles) == Some(Value::Choices(vec!["kontaktfamilj"]));
            assert_eq!(
                route.contains(&Step::Household),
                family && person.country == Country::Se
            );
            outcomes.insert(
                wizard
                    .volunteer_assessment(TODAY)
                    .expect("a volunteer")
                    .outcome,
            );
        }
    }
    for step in VOLUNTEER_PAGES {
        assert!(pages.contains(step), "no route reaches {step:?}");
    }
    assert!(outcomes.contains(&VolunteerOutcome::MayProceed));
}

#[test]
fn a_volunteer_who_turns_18_today_may_register_and_one_who_turns_18_tomorrow_may_not() {
    for country in Country::ALL {
        let volunteer =
            || Person::new(country, "volunteer").choose(Field::BorneattestConsent, "agree");
        let today = walk(setup(None), &volunteer().born(2008, 11, 23));
        assert_eq!(today.route.last(), Some(&Step::CheckAnswers));
        let mut tomorrow = walk(setup(None), &volunteer().born(2008, 11, 24));
        assert_eq!(tomorrow.route.last(), Some(&Step::TooYoung));
        assert!(
            tomorrow.wizard.update(Event::Continue, TODAY).is_empty(),
            "no form and nothing to send from the exit page"
        );
    }
}

#[test]
fn protected_identity_skips_the_address_and_drops_an_address_typed_before() {
    let person = Person::new(Country::Se, "apply").choose(Field::Applicant, "guardian");
    let Walk { route, mut wizard } = walk(setup(None), &person);
    assert!(route.contains(&Step::Address));
    assert!(
        wizard
            .answers_on_route(TODAY)
            .get(Field::StreetAddress)
            .is_some()
    );

    wizard.update(Event::Change(Step::ProtectedIdentity), TODAY);
    wizard.update(
        Event::Answer(Field::ProtectedIdentity, Value::Choice("yes")),
        TODAY,
    );
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::CheckAnswers);
    assert!(!wizard.path(TODAY).contains(&Step::Address));
    let sent = wizard.answers_on_route(TODAY);
    for field in [Field::StreetAddress, Field::PostalCode, Field::City] {
        assert_eq!(
            sent.get(field),
            None,
            "{field:?} is not on the route, so not sent"
        );
        assert!(
            wizard.answers().get(field).is_some(),
            "but it is kept in case they go back"
        );
    }
}

#[test]
fn the_date_of_birth_is_filled_in_from_the_number_and_can_be_corrected() {
    let mut wizard = Wizard::new(setup(Some(Country::Se)));
    let answer = |wizard: &mut Wizard, field, value| {
        wizard.update(Event::Answer(field, value), TODAY);
    };
    answer(&mut wizard, Field::Purpose, Value::Choice("apply"));
    wizard.update(Event::Continue, TODAY);
    answer(&mut wizard, Field::Applicant, Value::Choice("guardian"));
    wizard.update(Event::Continue, TODAY);
    answer(&mut wizard, Field::PersonName, Value::Text("Alva".into()));
    answer(&mut wizard, Field::HasPersonId, Value::Choice("yes"));
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::PersonId);

    // A wrong check digit is an identifier code the UI translates, not a bare "invalid".
    answer(
        &mut wizard,
        Field::PersonId,
        Value::Text("20140312-2381".into()),
    );
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        vec![Effect::FocusErrorSummary]
    );
    assert_eq!(
        wizard.errors(),
        &[FieldError {
            field: Field::PersonId,
            code: ErrorCode::Id(IdError::PersonnummerChecksum)
        }]
    );
    answer(
        &mut wizard,
        Field::PersonId,
        Value::Text(personnummer(2014, 3, 12, 238)),
    );
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::BirthDate);
    assert_eq!(
        wizard.answers().date(Field::BirthDate),
        Some(&DateParts {
            day: "12".into(),
            month: "3".into(),
            year: "2014".into()
        })
    );
    // The user corrects it; going back and on again does not overwrite the correction.
    let corrected = DateParts {
        day: "11".into(),
        month: "3".into(),
        year: "2014".into(),
    };
    answer(
        &mut wizard,
        Field::BirthDate,
        Value::Date(corrected.clone()),
    );
    wizard.update(Event::Back, TODAY);
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.answers().date(Field::BirthDate), Some(&corrected));
}

#[test]
fn a_date_of_birth_in_the_future_is_refused() {
    let person = Person::new(Country::Dk, "apply")
        .choose(Field::Applicant, "guardian")
        .choose(Field::HasPersonId, "no")
        .born(2027, 1, 1);
    let mut wizard = Wizard::new(setup(None));
    loop {
        for &field in wizard.at().fields() {
            if let Some(value) = person.answer(field) {
                wizard.update(Event::Answer(field, value), TODAY);
            }
        }
        let before = wizard.at();
        wizard.update(Event::Continue, TODAY);
        if wizard.at() == before {
            break;
        }
    }
    assert_eq!(wizard.at(), Step::BirthDate);
    assert_eq!(wizard.errors()[0].code, ErrorCode::DateInFuture);
}

/// Walks `person` until Continue no longer moves, and gives the page it stopped on.
fn stops_at(person: &Person) -> (Step, Vec<FieldError>) {
    let mut wizard = Wizard::new(setup(None));
    for _ in 0..40 {
        for &field in wizard.at().fields() {
            if let Some(value) = person.answer(field) {
                wizard.update(Event::Answer(field, value), TODAY);
            }
        }
        let before = wizard.at();
        wizard.update(Event::Continue, TODAY);
        if wizard.at() == before {
            break;
        }
    }
    (wizard.at(), wizard.errors().to_vec())
}

#[test]
fn an_age_that_contradicts_the_role_chosen_is_refused_on_the_birth_date_page() {
    // "18 or older applying for myself", born 9 years ago; "under 18", born 29 years ago.
    for (country, applicant, birth) in [
        (Country::Se, "adult", (2017, 3, 1)),
        (Country::Dk, "young-person", (1997, 4, 5)),
        (Country::Se, "young-person", (2008, 11, 23)),
    ] {
        let person = Person::new(country, "apply")
            .choose(Field::Applicant, applicant)
            .choose(Field::HasPersonId, "no")
            .born(birth.0, birth.1, birth.2);
        let (step, errors) = stops_at(&person);
        assert_eq!(step, Step::BirthDate, "{applicant} {birth:?}");
        assert_eq!(
            errors,
            [FieldError {
                field: Field::BirthDate,
                code: ErrorCode::ContradictsEarlierAnswer
            }]
        );
    }
    // The day before the 18th birthday, "under 18" is still right.
    let person = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "young-person")
        .choose(Field::HasPersonId, "no")
        .born(2008, 11, 24);
    assert_eq!(stops_at(&person).0, Step::CheckAnswers);
}

#[test]
fn some_fields_become_required_by_another_answer() {
    // E-mail as the best way to make contact needs an e-mail address.
    let person = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "adult")
        .choose(Field::ContactMethod, "email")
        .text(Field::Email, "")
        .born(1990, 1, 1);
    let mut wizard = Wizard::new(setup(None));
    let mut stuck = None;
    for _ in 0..40 {
        for &field in wizard.at().fields() {
            if let Some(value) = person.answer(field) {
                wizard.update(Event::Answer(field, value), TODAY);
            }
        }
        let before = wizard.at();
        wizard.update(Event::Continue, TODAY);
        if wizard.at() == before {
            stuck = Some(before);
            break;
        }
    }
    assert_eq!(stuck, Some(Step::Contact));
    assert_eq!(
        wizard.errors(),
        &[FieldError {
            field: Field::Email,
            code: ErrorCode::Required
        }]
    );
}

#[test]
fn check_answers_sends_once_however_often_it_is_pressed_and_then_confirms() {
    let person = Person::new(Country::Dk, "apply").choose(Field::Applicant, "guardian");
    let Walk { mut wizard, .. } = walk(setup(None), &person);
    assert_eq!(wizard.update(Event::Continue, TODAY), vec![Effect::Send]);
    assert!(wizard.is_sending());
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        vec![],
        "a double click sends nothing"
    );
    assert_eq!(wizard.update(Event::Change(Step::Needs), TODAY), vec![]);

    // A failure leaves everything in place, and the user may send again.
    wizard.update(Event::SendFailed, TODAY);
    assert!(!wizard.is_sending() && wizard.has_unsent_answers());
    assert_eq!(wizard.update(Event::Continue, TODAY), vec![Effect::Send]);

    let receipt = Receipt {
        reference: "IW-TEST".into(),
        digest: "sha-256=:abc:".into(),
    };
    let effects = wizard.update(Event::Sent(receipt.clone()), TODAY);
    assert_eq!(wizard.at(), Step::Confirmation);
    assert_eq!(effects.len(), 1);
    assert_eq!(wizard.receipt(), Some(&receipt));
    assert!(!wizard.has_unsent_answers(), "leaving now asks nothing");
    assert_eq!(wizard.path(TODAY), vec![Step::Confirmation]);
    assert!(
        !wizard.can_visit(Step::CheckAnswers, TODAY),
        "no going back to edit what was sent"
    );
    assert!(
        wizard.answered_steps(TODAY).contains(&Step::Needs),
        "the answers stay printable"
    );
    assert_eq!(wizard.update(Event::Continue, TODAY), vec![]);
}

#[test]
fn answers_on_a_branch_left_behind_are_not_assessed() {
    // Applying as a guardian with two guardians, then changing to a child with one guardian.
    let person = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "guardian")
        .choose(Field::Custody, "two")
        .choose(Field::OtherGuardianAgrees, "refuses");
    let Walk { mut wizard, .. } = walk(setup(None), &person);
    assert!(
        wizard
            .answers_on_route(TODAY)
            .get(Field::OtherGuardianName)
            .is_some()
    );
    wizard.update(Event::Change(Step::Custody), TODAY);
    wizard.update(Event::Answer(Field::Custody, Value::Choice("one")), TODAY);
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::CheckAnswers);
    let on_route = wizard.answers_on_route(TODAY);
    for field in [
        Field::OtherGuardianAgrees,
        Field::OtherGuardianName,
        Field::OtherGuardianPhone,
        Field::OtherGuardianEmail,
    ] {
        assert_eq!(on_route.get(field), None, "{field:?}");
    }
    let case = wizard
        .setup()
        .case(&on_route, TODAY)
        .expect("a family case");
    assert_eq!(case.other_guardian, None);
}

#[test]
fn the_journey_is_read_from_the_purpose() {
    let mut answers = Answers::default();
    assert_eq!(Journey::of(&answers), None);
    answers.set(Field::Purpose, Value::Choice("volunteer"));
    assert_eq!(
        Journey::of(&answers).map(Journey::code),
        Some("volunteer-registration")
    );
    answers.set(Field::Purpose, Value::Choice("apply"));
    assert_eq!(
        Journey::of(&answers).map(Journey::code),
        Some("family-application")
    );
}

#[test]
fn every_page_kind_is_used_and_only_question_pages_carry_fields_besides_consents() {
    for step in Step::ALL {
        let has_fields = !step.fields().is_empty();
        let expected = matches!(step.kind(), StepKind::Question | StepKind::Consents);
        assert_eq!(has_fields, expected, "{step:?}");
    }
}

/// The problems on the Danish consent page for one band and one answer on children under 15,
/// with no børneattest consent given.
fn attest_page_errors(band: &'static str, under_15: &'static str) -> Vec<(Field, ErrorCode)> {
    let mut answers = Answers::default();
    answers.set(Field::Purpose, Value::Choice("volunteer"));
    answers.set(Field::SupportGroups, Value::Choices(vec![band]));
    answers.set(Field::ChildrenUnder15, Value::Choice(under_15));
    answers.set(Field::VolunteerSecrecyRead, Value::Choices(vec!["read"]));
    validate_step(Country::Dk, Step::AttestConsent, &answers, TODAY)
        .into_iter()
        .map(|error| (error.field, error.code))
        .collect()
}

#[test]
fn choosing_children_under_15_or_families_means_contact_with_children_under_15() {
    let contradicts = (Field::ChildrenUnder15, ErrorCode::ContradictsEarlierAnswer);
    let consent = (Field::BorneattestConsent, ErrorCode::Required);
    for band in ["children-under-15", "families"] {
        assert_eq!(
            attest_page_errors(band, "no"),
            [contradicts, consent],
            "{band}"
        );
        for answer in ["yes", "dont-know"] {
            assert_eq!(
                attest_page_errors(band, answer),
                [consent],
                "{band} {answer}"
            );
        }
    }
    for band in ["children-15-17", "young-adults", "adults"] {
        assert_eq!(
            attest_page_errors(band, "no"),
            [],
            "{band}: no børneattest needed"
        );
        for answer in ["yes", "dont-know"] {
            assert_eq!(
                attest_page_errors(band, answer),
                [consent],
                "{band} {answer}"
            );
        }
    }
}

#[test]
fn a_volunteer_confirms_having_read_about_the_duty_of_confidentiality() {
    for country in Country::ALL {
        let last = match country {
            Country::Se => Step::RegisterConsent,
            Country::Dk => Step::AttestConsent,
        };
        assert!(last.fields().contains(&Field::VolunteerSecrecyRead));
        let mut answers = Answers::default();
        answers.set(Field::Purpose, Value::Choice("volunteer"));
        let errors = validate_step(country, last, &answers, TODAY);
        assert!(
            errors.contains(&FieldError {
                field: Field::VolunteerSecrecyRead,
                code: ErrorCode::Required
            }),
            "{country:?}: {errors:?}"
        );
    }
}

#[test]
fn the_danish_qualification_questions_are_asked_only_when_the_settings_say_so() {
    for dk_qualifications in [false, true] {
        let setup = Setup {
            preset_country: Some(Country::Dk),
            dk_qualifications,
        };
        let person = Person::new(Country::Dk, "volunteer")
            .choose(Field::BorneattestConsent, "agree")
            .born(1980, 4, 4);
        let walked = walk(setup, &person);
        assert_eq!(walked.route.last(), Some(&Step::CheckAnswers));
        assert_eq!(
            walked.route.contains(&Step::Qualifications),
            dk_qualifications
        );
    }
    assert!(!Setup::default().dk_qualifications, "off by default");
}

#[test]
fn every_choice_question_takes_its_options_from_its_own_answer_set() {
    let kinds = intake_wizard::domain::options::choice_kinds();
    for (field, kind) in &kinds {
        assert_eq!(field.kind(), *kind, "{field:?}");
        assert_eq!(
            kinds.iter().filter(|(f, _)| f == field).count(),
            1,
            "{field:?}"
        );
    }
    for field in Field::ALL {
        let choice = matches!(
            field.kind(),
            FieldKind::Radios { .. } | FieldKind::Checkboxes { .. }
        );
        assert_eq!(choice, kinds.iter().any(|(f, _)| f == field), "{field:?}");
    }
}

#[test]
fn the_summary_masks_identity_numbers_formats_dates_and_keeps_option_keys() {
    let person = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "guardian")
        .choose(Field::HasPersonId, "yes")
        .choose(Field::Needs, "risk-behaviour")
        .text(Field::PreferredLanguages, "  ")
        .born(2016, 5, 7);
    let Walk { wizard, route } = walk(setup(Some(Country::Se)), &person);
    assert_eq!(route.last(), Some(&Step::CheckAnswers));
    let summary = wizard.summary(TODAY);
    assert!(summary.masks_an_identity_number);
    let shown = |field| {
        summary
            .rows()
            .find(|row| row.field == field)
            .map(|row| row.answer.clone())
    };
    assert_eq!(
        shown(Field::PersonId),
        Some(Shown::Text("20160507-****".into()))
    );
    assert_eq!(
        shown(Field::BirthDate),
        Some(Shown::Text("2016-05-07".into()))
    );
    assert_eq!(
        shown(Field::Needs),
        Some(Shown::Options(vec!["risk-behaviour"]))
    );
    assert_eq!(shown(Field::PreferredLanguages), Some(Shown::NotAnswered));
    // Each row's Change link returns to the page that asks it.
    assert!(
        summary
            .rows()
            .all(|row| row.step.fields().contains(&row.field))
    );
}

#[test]
fn the_receipt_shows_the_first_twelve_characters_of_the_digest() {
    let receipt = Receipt {
        reference: "IW-7K3M-Q9TX".into(),
        digest: "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:".into(),
    };
    assert_eq!(receipt.short_digest(), "X48E9qOokqqr");
}

#[test]
fn a_god_man_for_an_unaccompanied_child_is_routed_as_a_child_without_the_custody_pages() {
    let person = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "legal-representative")
        .choose(Field::HasPersonId, "no")
        .born(2017, 3, 1);
    let Walk { route, wizard } = walk(setup(Some(Country::Se)), &person);
    assert_eq!(route.last(), Some(&Step::CheckAnswers));
    assert!(!route.contains(&Step::Custody) && !route.contains(&Step::OtherGuardian));
    assert!(route.contains(&Step::AboutYou));
    let assessment = wizard.assessment(TODAY);
    assert_eq!(assessment.map(|a| a.outcome), Some(Outcome::MayFit));
}

#[test]
fn a_relative_caring_for_an_adult_is_asked_whether_the_adult_agrees_and_routed_to_adult_measures() {
    for country in Country::ALL {
        let person = Person::new(country, "apply")
            .choose(Field::Applicant, "relative")
            .choose(Field::HasPersonId, "no")
            .choose(Field::LssPersonkrets, "yes")
            .born(1980, 4, 5);
        let Walk { route, wizard } = walk(setup(Some(country)), &person);
        assert_eq!(route.last(), Some(&Step::CheckAnswers), "{country:?}");
        assert!(route.contains(&Step::AdultAgreement), "{country:?}");
        assert!(route.contains(&Step::AboutYou), "{country:?}");
        assert!(!route.contains(&Step::Custody), "{country:?}");
        let assessment = wizard.assessment(TODAY);
        let measures = assessment.as_ref().map(|a| a.measures.clone());
        let expected = match country {
            Country::Se => vec![Measure::Kontaktperson, Measure::LssBitradeAvKontaktperson],
            Country::Dk => vec![Measure::Sel85],
        };
        assert_eq!(measures, Some(expected), "{country:?}");
        assert_eq!(assessment.map(|a| a.outcome), Some(Outcome::MayFit));
    }
}

/// The route `person` walks, with no country preset.
fn route_of(person: &Person) -> Vec<Step> {
    walk(setup(None), person).route
}

/// Whether `after` comes directly after `before` on `route`.
fn directly_after(route: &[Step], before: Step, after: Step) -> bool {
    route.windows(2).any(|pair| pair == [before, after])
}

#[test]
fn the_childs_own_view_is_asked_directly_after_the_needs_only_when_a_guardian_applies_for_a_child()
{
    for country in Country::ALL {
        let guardian = Person::new(country, "apply").choose(Field::Applicant, "guardian");
        let route = route_of(&guardian);
        assert!(
            directly_after(&route, Step::Needs, Step::ChildView),
            "{country:?} {route:?}"
        );
        for (applicant, birth) in [
            ("young-person", (2013, 1, 10)),
            ("adult", (1990, 4, 5)),
            ("legal-representative", (1990, 4, 5)),
            ("relative", (1990, 4, 5)),
        ] {
            let person = Person::new(country, "apply")
                .choose(Field::Applicant, applicant)
                .born(birth.0, birth.1, birth.2);
            assert!(
                !route_of(&person).contains(&Step::ChildView),
                "{country:?} {applicant}"
            );
        }
    }
    // The page cites the child's right to be heard as in force on the day, from domain::law.
    let cites = |country: Country, today| {
        let mut answers = Answers::default();
        answers.set(Field::Country, Value::Choice(country.code()));
        Setup::default()
            .citations(Step::ChildView, &answers, today)
            .iter()
            .map(|basis| (basis.act.code(), basis.cite))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cites(Country::Se, TODAY),
        [
            ("sol-2025-400", "3 kap. 2 och 3 §§"),
            ("lss-1993-387", "8 § andra stycket")
        ]
    );
    assert_eq!(
        cites(Country::Se, date!(2025 - 06 - 30))[0],
        ("sol-2001-453", "11 kap. 10 §")
    );
    assert_eq!(cites(Country::Dk, TODAY), [("barnets-lov", "§ 5")]);
    assert!(
        Setup::default()
            .citations(Step::Needs, &Answers::default(), TODAY)
            .is_empty()
    );
}

#[test]
fn the_request_follows_the_wishes_and_family_treatment_is_asked_only_in_denmark_for_a_child() {
    for country in Country::ALL {
        for (applicant, birth) in [
            ("guardian", (2016, 5, 17)),
            ("young-person", (2010, 6, 1)),
            ("adult", (1990, 4, 5)),
        ] {
            let person = Person::new(country, "apply")
                .choose(Field::Applicant, applicant)
                .born(birth.0, birth.1, birth.2);
            let route = route_of(&person);
            assert!(
                directly_after(&route, Step::Preferences, Step::Request),
                "{route:?}"
            );
            let child = applicant != "adult";
            assert_eq!(
                route.contains(&Step::FamilyTreatment),
                country == Country::Dk && child,
                "{country:?} {applicant}"
            );
            // Not asked after "no contact with kommunen".
            let no_contact = person.choose(Field::SocialServicesContact, "no");
            assert!(!route_of(&no_contact).contains(&Step::FamilyTreatment));
        }
    }
}

#[test]
fn the_interpreter_page_follows_contact_and_its_language_is_needed_only_with_an_interpreter() {
    for country in Country::ALL {
        let person = Person::new(country, "apply")
            .choose(Field::Applicant, "adult")
            .born(1990, 4, 5);
        assert!(directly_after(
            &route_of(&person),
            Step::Contact,
            Step::Interpreter
        ));
    }
    let errors = |interpreter: &'static str| {
        let mut answers = Answers::default();
        answers.set(Field::Interpreter, Value::Choice(interpreter));
        validate_step(Country::Se, Step::Interpreter, &answers, TODAY)
    };
    assert_eq!(
        errors("yes"),
        [FieldError {
            field: Field::InterpreterLanguage,
            code: ErrorCode::Required
        }]
    );
    assert_eq!(errors("no"), []);
    assert_eq!(
        validate_step(Country::Se, Step::Interpreter, &Answers::default(), TODAY),
        [],
        "the whole page is optional"
    );
}

#[test]
fn a_young_person_of_12_to_17_applying_alone_is_asked_whether_the_guardians_may_be_contacted() {
    for country in Country::ALL {
        for birth in [(2014, 11, 23), (2010, 6, 1), (2008, 11, 24)] {
            let young = Person::new(country, "apply")
                .choose(Field::Applicant, "young-person")
                .born(birth.0, birth.1, birth.2);
            let route = route_of(&young.clone().choose(Field::MayContactGuardians, "yes"));
            assert!(directly_after(
                &route,
                Step::Interpreter,
                Step::ContactGuardians
            ));
            assert!(directly_after(
                &route,
                Step::ContactGuardians,
                Step::GuardianDetails
            ));
            let route = route_of(&young.choose(Field::MayContactGuardians, "no"));
            assert!(route.contains(&Step::ContactGuardians));
            assert!(!route.contains(&Step::GuardianDetails), "{route:?}");
        }
        // Under 12 (the guardians decide anyway), a guardian, an adult: not asked.
        for (applicant, birth) in [
            ("young-person", (2014, 11, 24)),
            ("guardian", (2010, 6, 1)),
            ("adult", (1990, 4, 5)),
        ] {
            let person = Person::new(country, "apply")
                .choose(Field::Applicant, applicant)
                .born(birth.0, birth.1, birth.2);
            let route = route_of(&person);
            assert!(
                !route.contains(&Step::ContactGuardians) && !route.contains(&Step::GuardianDetails),
                "{country:?} {applicant} {birth:?}"
            );
        }
    }
}

#[test]
fn the_guardians_own_address_is_asked_with_two_homes_and_never_with_protected_identity() {
    for country in Country::ALL {
        let guardian = Person::new(country, "apply").choose(Field::Applicant, "guardian");
        let two_homes = guardian.clone().choose(Field::SameAddress, "no");
        let route = route_of(&two_homes);
        assert!(directly_after(&route, Step::Address, Step::SameAddress));
        assert!(directly_after(&route, Step::SameAddress, Step::OwnAddress));
        assert!(directly_after(&route, Step::OwnAddress, Step::Indication));
        let one_home = route_of(&guardian.clone().choose(Field::SameAddress, "yes"));
        assert!(one_home.contains(&Step::SameAddress) && !one_home.contains(&Step::OwnAddress));

        let protected = two_homes.choose(Field::ProtectedIdentity, "yes");
        let Walk { route, wizard } = walk(setup(None), &protected);
        for step in [Step::Address, Step::SameAddress, Step::OwnAddress] {
            assert!(!route.contains(&step), "{country:?} {step:?}");
        }
        let sent = wizard.answers_on_route(TODAY);
        for field in [Field::SameAddress, Field::OwnStreetAddress, Field::OwnCity] {
            assert_eq!(sent.get(field), None, "{field:?}");
        }
        // Not asked when the person applies for themself.
        let young = Person::new(country, "apply")
            .choose(Field::Applicant, "young-person")
            .choose(Field::SameAddress, "no")
            .born(2010, 6, 1);
        assert!(!route_of(&young).contains(&Step::SameAddress));
    }
}

mod resume;
mod siblings;
