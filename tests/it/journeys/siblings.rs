//! Several children in one application (issue #13 §1): a guardian adds up to five more
//! children on the children page; each child has their own per-person pages, answers and
//! assessment; Remove takes a child away with their answers.

use intake_wizard::domain::answers::MAX_CHILDREN;
use intake_wizard::domain::rules::{ConsentRole, Consenter, Measure};
use intake_wizard::domain::step::PersonPage;

use super::*;

fn guardian(country: Country) -> Person {
    Person::new(country, "apply")
        .choose(Field::Applicant, "guardian")
        .choose(Field::HasPersonId, "no")
        .choose(Field::LssPersonkrets, "no")
        .born(2016, 5, 17)
}

fn child(country: Country, year: i32, month: u8, day: u8) -> Person {
    Person::new(country, "apply")
        .choose(Field::HasPersonId, "yes")
        .choose(Field::LssPersonkrets, "no")
        .born(year, month, day)
}

/// Whether the person's own request or consent counts (not only their view) in an assessment.
fn decides_themself(assessment: &intake_wizard::domain::rules::Assessment) -> bool {
    assessment.consents.iter().any(|consent| {
        consent.consenter == Consenter::Person && consent.role != ConsentRole::IsHeard
    })
}

#[test]
fn two_children_each_get_their_own_pages_after_the_first_and_then_the_children_page() {
    let family = guardian(Country::Se).sibling(child(Country::Se, 2013, 2, 1));
    let Walk { wizard, route } = walk(setup(Some(Country::Se)), &family);
    assert_eq!(route.last(), Some(&Step::CheckAnswers));
    let second: Vec<Step> = route
        .iter()
        .copied()
        .filter(|step| step.person() == 1)
        .collect();
    assert_eq!(
        second,
        [
            Step::Sibling(1, PersonPage::Person),
            Step::Sibling(1, PersonPage::PersonId),
            Step::Sibling(1, PersonPage::BirthDate),
            Step::Sibling(1, PersonPage::ProtectedIdentity),
            Step::Sibling(1, PersonPage::Needs),
            Step::Sibling(1, PersonPage::ChildView),
            Step::Sibling(1, PersonPage::Lss),
        ],
        "the custody pages are asked once, for the whole application"
    );
    let children_at = route
        .iter()
        .position(|step| *step == Step::Children)
        .unwrap();
    let last_sibling = route.iter().rposition(|step| step.person() == 1).unwrap();
    assert_eq!(children_at, last_sibling + 1);
    assert_eq!(route[children_at + 1], Step::Preferences);
    assert_eq!(wizard.assessments(TODAY).len(), 2);
    // The birth date is filled in from the second child's own personnummer.
    let second = wizard.answers().person(1);
    assert_eq!(
        second.date(Field::BirthDate).map(|d| d.year.as_str()),
        Some("2013")
    );
}

#[test]
fn six_children_of_mixed_ages_are_assessed_each_by_their_own_age_and_a_seventh_is_refused() {
    // Ages on 2026-11-23: 16 (the first), 12, 14 (a birthday today), 13, 14 and 15.
    let births = [
        (2014, 3, 1),
        (2012, 11, 23),
        (2013, 1, 9),
        (2012, 1, 2),
        (2011, 6, 6),
    ];
    let mut family = guardian(Country::Se).born(2010, 7, 7);
    for (year, month, day) in births {
        family = family.sibling(child(Country::Se, year, month, day));
    }
    let Walk { mut wizard, route } = walk(setup(Some(Country::Se)), &family);
    assert_eq!(route.last(), Some(&Step::CheckAnswers));
    assert_eq!(wizard.answers().people(), MAX_CHILDREN);
    let assessments = wizard.assessments(TODAY);
    let ages: Vec<Option<u32>> = assessments.iter().map(|a| a.age).collect();
    assert_eq!(
        ages,
        [Some(16), Some(12), Some(14), Some(13), Some(14), Some(15)]
    );
    let consenting: Vec<bool> = assessments.iter().map(decides_themself).collect();
    assert_eq!(
        consenting,
        [true, false, false, false, false, true],
        "from 15 the child's own request or consent decides (SoL 2025:400 21 kap. 1 §)"
    );
    // A seventh child: the children page refuses "yes".
    wizard.update(Event::Back, TODAY);
    while wizard.at() != Step::Children {
        wizard.update(Event::Back, TODAY);
    }
    wizard.update(
        Event::Answer(Field::AddAnotherChild, Value::Choice("yes")),
        TODAY,
    );
    wizard.update(Event::Continue, TODAY);
    assert_eq!(wizard.at(), Step::Children);
    assert_eq!(
        wizard.errors(),
        [FieldError {
            field: Field::AddAnotherChild,
            code: ErrorCode::ContradictsEarlierAnswer
        }]
    );
    assert_eq!(wizard.answers().people(), MAX_CHILDREN);
}

#[test]
fn one_child_in_the_lss_personkrets_gets_lss_and_the_others_do_not() {
    let family = guardian(Country::Se)
        .sibling(child(Country::Se, 2014, 4, 4).choose(Field::LssPersonkrets, "yes"))
        .sibling(child(Country::Se, 2018, 8, 8));
    let Walk { wizard, .. } = walk(setup(Some(Country::Se)), &family);
    let lss: Vec<bool> = wizard
        .assessments(TODAY)
        .iter()
        .map(|a| a.measures.contains(&Measure::LssBitradeAvKontaktperson))
        .collect();
    assert_eq!(lss, [false, true, false]);
}

#[test]
fn a_danish_family_asks_whole_family_for_each_child() {
    let family = guardian(Country::Dk).sibling(child(Country::Dk, 2012, 2, 2));
    let Walk { route, wizard } = walk(setup(Some(Country::Dk)), &family);
    assert!(route.contains(&Step::Sibling(1, PersonPage::WholeFamily)));
    assert!(!route.contains(&Step::Sibling(1, PersonPage::Lss)));
    assert_eq!(wizard.assessments(TODAY).len(), 2);
}

#[test]
fn a_child_added_is_removed_with_their_answers_and_the_others_keep_theirs() {
    let family = guardian(Country::Se)
        .sibling(child(Country::Se, 2013, 2, 1))
        .sibling(child(Country::Se, 2018, 8, 8).text(Field::PersonName, "Tove Lind"));
    let Walk { mut wizard, .. } = walk(setup(Some(Country::Se)), &family);
    assert_eq!(wizard.answers().people(), 3);
    // Only on the children page or check answers.
    assert_eq!(wizard.at(), Step::CheckAnswers);
    wizard.update(Event::Remove(1), TODAY);
    assert_eq!(wizard.answers().people(), 2);
    assert_eq!(
        wizard.answers().person(1).text(Field::PersonName),
        "Tove Lind"
    );
    assert!(
        wizard.can_visit(Step::CheckAnswers, TODAY),
        "the route is still complete"
    );
    assert_eq!(wizard.assessments(TODAY).len(), 2);
    // Removing the first child: the next takes their place.
    wizard.update(Event::Remove(0), TODAY);
    assert_eq!(wizard.answers().people(), 1);
    assert_eq!(wizard.answers().text(Field::PersonName), "Tove Lind");
    assert!(wizard.can_visit(Step::CheckAnswers, TODAY));
    // The last child is never removed.
    wizard.update(Event::Remove(0), TODAY);
    assert_eq!(wizard.answers().people(), 1);
    // The summary groups the rows per child once there is a children page.
    let summary = wizard.summary(TODAY);
    let people: Vec<Option<usize>> = summary.sections.iter().map(|s| s.person).collect();
    assert_eq!(people, [None, Some(0), None]);
    assert_eq!(summary.sections[1].name, "Tove Lind");
}

/// A guardian's walk for one child, back to the children page, then "yes" to another child.
fn one_child_then_add_another() -> Wizard {
    let Walk { mut wizard, .. } = walk(setup(Some(Country::Se)), &guardian(Country::Se));
    while wizard.at() != Step::Children {
        wizard.update(Event::Back, TODAY);
    }
    wizard.update(
        Event::Answer(Field::AddAnotherChild, Value::Choice("yes")),
        TODAY,
    );
    wizard.update(Event::Continue, TODAY);
    wizard
}

#[test]
fn leaving_a_child_just_added_without_an_answer_takes_it_away_again() {
    let mut wizard = one_child_then_add_another();
    assert_eq!(wizard.at(), Step::Sibling(1, PersonPage::Person));
    assert_eq!(wizard.answers().people(), 2);
    wizard.update(Event::Back, TODAY);
    assert_eq!(wizard.at(), Step::Children);
    assert_eq!(wizard.answers().people(), 1);
    // The question is asked again.
    assert_eq!(wizard.answers().get(Field::AddAnotherChild), None);
}

#[test]
fn answers_typed_on_a_further_child_s_page_are_that_child_s() {
    let mut wizard = one_child_then_add_another();
    wizard.update(
        Event::Answer(Field::PersonName, Value::Text("Elis".into())),
        TODAY,
    );
    assert_eq!(wizard.answers().text(Field::PersonName), "Alva Lind");
    assert_eq!(wizard.answers().person(1).text(Field::PersonName), "Elis");
    // Its history entry names the child.
    assert_eq!(wizard.at().history_id(), "2:person");
    assert_eq!(Step::from_history_id("2:person"), Some(wizard.at()));
    assert_eq!(Step::from_history_id("7:person"), None);
}

#[test]
fn a_young_person_or_an_adult_has_no_children_page() {
    for person in [
        Person::new(Country::Se, "apply")
            .choose(Field::Applicant, "young-person")
            .born(2011, 1, 1),
        Person::new(Country::Se, "apply")
            .choose(Field::Applicant, "adult")
            .born(1990, 1, 1),
    ] {
        let Walk { route, .. } = walk(setup(Some(Country::Se)), &person);
        assert!(!route.contains(&Step::Children), "{person:?}");
    }
}
