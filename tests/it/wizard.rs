//! The wizard engine: the route derived from the answers, Continue, Back, the browser's
//! history, and Change from check answers; and every route through the current journeys.

use intake_wizard::domain::answers::Value;
use intake_wizard::domain::field::Field;
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::journey::Setup;
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
        vec![Step::Country, Step::Purpose, Step::FamilyPending]
    );

    wizard.update(Event::Back, TODAY);
    choose(&mut wizard, Field::Purpose, "volunteer");
    assert_eq!(
        wizard.path(TODAY),
        vec![Step::Country, Step::Purpose, Step::VolunteerPending],
        "the family branch left the route as soon as the answer changed"
    );
    assert!(!wizard.can_visit(Step::FamilyPending, TODAY));
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

fn to_check_answers(purpose: &'static str) -> Wizard {
    let mut wizard = open();
    choose(&mut wizard, Field::Country, "se");
    wizard.update(Event::Continue, TODAY);
    choose(&mut wizard, Field::Purpose, purpose);
    wizard.update(Event::Continue, TODAY);
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::CheckAnswers);
    wizard
}

#[test]
fn change_from_check_answers_returns_to_check_answers() {
    let mut wizard = to_check_answers("apply");
    assert_eq!(
        wizard.update(Event::Change(Step::Country), TODAY),
        shown(Step::Country)
    );
    assert_eq!(
        wizard.previous(TODAY),
        Some(Step::CheckAnswers),
        "Back returns to check answers"
    );
    choose(&mut wizard, Field::Country, "dk");
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::CheckAnswers)
    );
    assert_eq!(wizard.answers().choice(Field::Country), Some("dk"));
}

#[test]
fn a_change_that_opens_a_new_branch_visits_its_new_pages_before_returning() {
    let mut wizard = to_check_answers("apply");
    wizard.update(Event::Change(Step::Purpose), TODAY);
    choose(&mut wizard, Field::Purpose, "volunteer");
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::VolunteerPending)
    );
    assert_eq!(
        wizard.update(Event::Continue, TODAY),
        shown(Step::CheckAnswers)
    );
    assert_eq!(
        wizard.answered_steps(TODAY),
        vec![Step::Country, Step::Purpose]
    );
}

#[test]
fn change_is_ignored_anywhere_but_check_answers() {
    let mut wizard = open();
    assert_eq!(wizard.update(Event::Change(Step::Country), TODAY), vec![]);
}

#[test]
fn progress_counts_the_pages_of_the_projected_route() {
    let mut wizard = open();
    assert_eq!(
        wizard.progress(),
        Progress {
            number: 1,
            total: 4
        }
    );
    choose(&mut wizard, Field::Country, "se");
    wizard.update(Event::Continue, TODAY);
    assert_eq!(
        wizard.progress(),
        Progress {
            number: 2,
            total: 4
        }
    );
    let preset = Wizard::new(Setup {
        preset_country: Some(Country::Se),
    });
    assert_eq!(
        preset.progress(),
        Progress {
            number: 1,
            total: 3
        }
    );
}

#[test]
fn answers_typed_before_leaving_are_unsent() {
    let mut wizard = open();
    assert!(!wizard.has_unsent_answers());
    choose(&mut wizard, Field::Country, "se");
    assert!(wizard.has_unsent_answers());
}

/// Answers the page it is on with the given choices and presses Continue, until check answers.
/// Fails on a dead end (Continue that does not move) or a page seen twice.
fn walk(setup: Setup, choices: &[(Field, &'static str)]) -> Vec<Step> {
    let mut wizard = Wizard::new(setup);
    let mut seen = vec![wizard.at()];
    while wizard.at() != Step::CheckAnswers {
        for &field in wizard.at().fields() {
            if let Some(&(_, key)) = choices.iter().find(|(choice, _)| *choice == field) {
                choose(&mut wizard, field, key);
            }
        }
        let before = wizard.at();
        wizard.update(Event::Continue, TODAY);
        assert_ne!(
            wizard.at(),
            before,
            "dead end at {before:?} with {choices:?}"
        );
        assert!(!seen.contains(&wizard.at()), "loop at {:?}", wizard.at());
        seen.push(wizard.at());
    }
    assert_eq!(
        wizard.path(TODAY),
        seen,
        "the route walked is the derived route"
    );
    seen
}

#[test]
fn every_route_ends_at_check_answers_and_every_page_is_reachable() {
    let mut reached = std::collections::BTreeSet::new();
    for preset in [None, Some(Country::Se), Some(Country::Dk)] {
        for country in ["se", "dk"] {
            for purpose in ["apply", "volunteer"] {
                let route = walk(
                    Setup {
                        preset_country: preset,
                    },
                    &[(Field::Country, country), (Field::Purpose, purpose)],
                );
                let journey = if purpose == "apply" {
                    Step::FamilyPending
                } else {
                    Step::VolunteerPending
                };
                assert!(
                    route.contains(&journey),
                    "{purpose} leads to {journey:?}: {route:?}"
                );
                assert_eq!(route.contains(&Step::Country), preset.is_none());
                reached.extend(route);
            }
        }
    }
    let unreached: Vec<_> = Step::ALL
        .iter()
        .filter(|step| !reached.contains(*step))
        .collect();
    assert!(
        unreached.is_empty(),
        "pages no route reaches: {unreached:?}"
    );
}
