//! The wizard engine: the route derived from the answers, Continue, Back, the browser's
//! history, and Change from check answers; and every route through the current journeys.

use intake_wizard::domain::answers::Value;
use intake_wizard::domain::field::Field;
use intake_wizard::domain::journey::Setup;
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::step::Step;
use intake_wizard::domain::validate::{ErrorCode, FieldError};
use intake_wizard::domain::wizard::{Effect, Event, History, Progress, Wizard};
use time::macros::date;

const TODAY: time::Date = date!(2026 - 11 - 23);

fn open() -> Wizard {
    Wizard::new(Setup::default())
}

fn choose(wizard: &mut Wizard, field: Field, key: &'static str) {
    wizard.update(Event::Answer(field, Value::Choice(key)), TODAY);
}

fn shown(step: Step) -> Vec<Effect> {
    vec![Effect::ShowStep {
        step,
        history: History::Push,
    }]
}

#[test]
fn the_country_question_comes_first_unless_the_municipality_has_set_the_country() {
    assert_eq!(open().at(), Step::Country);
    let preset = Wizard::new(Setup {
        preset_country: Some(Country::Dk),
        dk_qualifications: false,
    });
    assert_eq!(preset.at(), Step::Purpose);
    assert_eq!(preset.path(TODAY), vec![Step::Purpose]);
}

#[test]
fn continue_without_an_answer_stays_and_asks_to_focus_the_error_summary() {
    let mut wizard = open();
    let effects = wizard.update(Event::Continue, TODAY);
    assert_eq!(effects, vec![Effect::FocusErrorSummary]);
    assert_eq!(wizard.at(), Step::Country);
    assert_eq!(
        wizard.errors(),
        &[FieldError {
            field: Field::Country,
            code: ErrorCode::Required
        }]
    );
}

#[test]
fn continue_with_an_answer_moves_on_and_clears_the_errors() {
    let mut wizard = open();
    wizard.update(Event::Continue, TODAY);
    choose(&mut wizard, Field::Country, "se");
    assert_eq!(wizard.update(Event::Continue, TODAY), shown(Step::Purpose));
    assert!(wizard.errors().is_empty());
}

#[test]
fn an_answer_that_is_not_an_option_is_not_stored() {
    let mut wizard = open();
    choose(&mut wizard, Field::Country, "no");
    assert_eq!(wizard.answers().choice(Field::Country), None);
    assert!(!wizard.has_unsent_answers());
}

#[test]
fn the_route_follows_the_purpose_and_is_recomputed_when_it_changes() {
    let mut wizard = open();
    choose(&mut wizard, Field::Country, "se");
    wizard.update(Event::Continue, TODAY);
    choose(&mut wizard, Field::Purpose, "apply");
    wizard.update(Event::Continue, TODAY);
    assert_eq!(
        wizard.path(TODAY),
        vec![Step::Country, Step::Purpose, Step::Applicant]
    );

    wizard.update(Event::Back, TODAY);
    choose(&mut wizard, Field::Purpose, "volunteer");
    assert_eq!(
        wizard.path(TODAY),
        vec![Step::Country, Step::Purpose, Step::VolunteerInfo],
        "the family branch left the route as soon as the answer changed"
    );
    assert!(!wizard.can_visit(Step::Applicant, TODAY));
}

#[test]
fn a_page_further_on_cannot_be_visited_before_the_pages_before_it_are_done() {
    let mut wizard = open();
    assert!(!wizard.can_visit(Step::CheckAnswers, TODAY));
    let effects = wizard.update(Event::Visit(Step::CheckAnswers), TODAY);
    assert_eq!(
        effects,
        vec![Effect::ShowStep {
            step: Step::Country,
            history: History::Replace
        }]
    );
    assert_eq!(wizard.at(), Step::Country);
}

#[test]
fn the_browsers_back_button_shows_an_earlier_page_without_a_new_history_entry() {
    let mut wizard = open();
    choose(&mut wizard, Field::Country, "dk");
    wizard.update(Event::Continue, TODAY);
    let effects = wizard.update(Event::Visit(Step::Country), TODAY);
    assert_eq!(
        effects,
        vec![Effect::ShowStep {
            step: Step::Country,
            history: History::Keep
        }]
    );
    // Forward again: the page is still on the route.
    let effects = wizard.update(Event::Visit(Step::Purpose), TODAY);
    assert_eq!(
        effects,
        vec![Effect::ShowStep {
            step: Step::Purpose,
            history: History::Keep
        }]
    );
}

#[test]
fn back_goes_to_the_page_before_and_does_nothing_on_the_first_page() {
    let mut wizard = open();
    assert_eq!(wizard.update(Event::Back, TODAY), vec![]);
    choose(&mut wizard, Field::Country, "se");
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.previous(TODAY), Some(Step::Country));
    assert_eq!(wizard.update(Event::Back, TODAY), shown(Step::Country));
}

/// A Swedish volunteer registration, answered to check answers.
fn to_check_answers() -> Wizard {
    let mut wizard = open();
    let answers: &[(Field, Value)] = &[
        (Field::Country, Value::Choice("se")),
        (Field::Purpose, Value::Choice("volunteer")),
        (Field::VolunteerRoles, Value::Choices(vec!["kontaktperson"])),
        (Field::SupportGroups, Value::Choices(vec!["children-15-17"])),
        (Field::ApplicantName, Value::Text("Sara Berg".into())),
        (
            Field::VolunteerPersonId,
            Value::Text("19850709-2388".into()),
        ),
        (Field::Phone, Value::Text("070-123 45 67".into())),
        (Field::StreetAddress, Value::Text("Storgatan 1".into())),
        (Field::PostalCode, Value::Text("12345".into())),
        (Field::City, Value::Text("Exempelby".into())),
        (Field::DrivingLicence, Value::Choice("yes")),
        (Field::HasCar, Value::Choice("no")),
        (Field::HoursPerWeek, Value::Choice("3-5")),
        (Field::AvailableDays, Value::Choices(vec!["weekends"])),
        (
            Field::AvailableFrom,
            Value::Date(intake_wizard::domain::answers::DateParts {
                day: "1".into(),
                month: "1".into(),
                year: "2027".into(),
            }),
        ),
        (Field::CommitmentLength, Value::Choice("1-year")),
        (Field::Reference1Name, Value::Text("Per Ek".into())),
        (Field::Reference1Relation, Value::Text("Kollega".into())),
        (
            Field::Reference1Contact,
            Value::Text("per@example.se".into()),
        ),
        (Field::Reference2Name, Value::Text("Eva Ek".into())),
        (Field::Reference2Relation, Value::Text("Granne".into())),
        (
            Field::Reference2Contact,
            Value::Text("070-765 43 21".into()),
        ),
        (Field::RegisterCheckConsent, Value::Choices(vec!["agree"])),
        (Field::VolunteerSecrecyRead, Value::Choices(vec!["read"])),
    ];
    for (field, value) in answers {
        wizard.update(Event::Answer(*field, value.clone()), TODAY);
    }
    for _ in 0..20 {
        if wizard.at() == Step::CheckAnswers {
            break;
        }
        wizard.update(Event::Continue, TODAY);
    }
    assert_eq!(wizard.at(), Step::CheckAnswers, "{:?}", wizard.errors());
    wizard
}

#[test]
fn change_from_check_answers_returns_to_check_answers() {
    let mut wizard = to_check_answers();
    assert_eq!(
        wizard.update(Event::Change(Step::VolunteerContact), TODAY),
        shown(Step::VolunteerContact)
    );
    assert_eq!(
        wizard.previous(TODAY),
        Some(Step::CheckAnswers),
        "Back returns to check answers"
    );
    wizard.update(
        Event::Answer(Field::Phone, Value::Text("08-123 456".into())),
        TODAY,
    );
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::CheckAnswers)
    );
    assert_eq!(wizard.answers().text(Field::Phone), "08-123 456");
}

#[test]
fn a_change_that_opens_a_new_branch_visits_its_new_pages_before_returning() {
    let mut wizard = to_check_answers();
    wizard.update(Event::Change(Step::VolunteerRoles), TODAY);
    wizard.update(
        Event::Answer(Field::VolunteerRoles, Value::Choices(vec!["kontaktfamilj"])),
        TODAY,
    );
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::Household),
        "the new page the change opened"
    );
    for (field, text) in [(Field::HouseholdAdults, "1"), (Field::OwnChildren, "0")] {
        wizard.update(Event::Answer(field, Value::Text(text.into())), TODAY);
    }
    wizard.update(
        Event::Answer(Field::OvernightRoom, Value::Choice("yes")),
        TODAY,
    );
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::CheckAnswers)
    );
    assert!(wizard.answered_steps(TODAY).contains(&Step::Household));
}

#[test]
fn change_is_ignored_anywhere_but_check_answers() {
    let mut wizard = open();
    assert_eq!(wizard.update(Event::Change(Step::Country), TODAY), vec![]);
}

#[test]
fn progress_counts_the_pages_of_the_projected_route() {
    let mut wizard = open();
    let first = wizard.progress(TODAY);
    assert_eq!(first.number, 1);
    choose(&mut wizard, Field::Country, "se");
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.progress(TODAY).number, 2);
    assert_eq!(wizard.progress(TODAY).total, first.total);
    let preset = Wizard::new(Setup {
        preset_country: Some(Country::Se),
        dk_qualifications: false,
    });
    assert_eq!(
        preset.progress(TODAY),
        Progress {
            number: 1,
            total: first.total - 1
        },
        "one page fewer when the country is set"
    );
    // The total follows the answers: a third party's route ends at the exit page.
    choose(&mut wizard, Field::Purpose, "apply");
    wizard.update(Event::Continue, TODAY);
    choose(&mut wizard, Field::Applicant, "third-party");
    assert_eq!(wizard.progress(TODAY).total, 4);
}

#[test]
fn answers_typed_before_leaving_are_unsent() {
    let mut wizard = open();
    assert!(!wizard.has_unsent_answers());
    choose(&mut wizard, Field::Country, "se");
    assert!(wizard.has_unsent_answers());
}

#[test]
fn checked_inputs_of_a_pre_rendered_page_become_answers_only_where_the_field_offers_them() {
    // Radios: the first offered value; an option the field does not offer is no answer.
    assert_eq!(
        Value::from_checked(Field::Purpose, &["volunteer"]),
        Some(Value::Choice("volunteer"))
    );
    assert_eq!(Value::from_checked(Field::Purpose, &["hack"]), None);
    assert_eq!(
        Value::from_checked(Field::Purpose, &["hack", "apply"]),
        Some(Value::Choice("apply"))
    );
    // Checkboxes: every offered value, in the order given (`Answers::set` puts them in order).
    assert_eq!(
        Value::from_checked(Field::Needs, &["family-relief", "x", "risk-behaviour"]),
        Some(Value::Choices(vec!["family-relief", "risk-behaviour"]))
    );
    assert_eq!(
        Value::from_checked(Field::Needs, &[]),
        Some(Value::Choices(Vec::new()))
    );
    // Text fields are not carried over from checked inputs.
    assert_eq!(Value::from_checked(Field::ApplicantName, &["apply"]), None);
}
