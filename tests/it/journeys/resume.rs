//! Coming back to a draft (issue #15 §1, §3): the wizard rebuilt from the saved answers is
//! on the page the draft was saved on, with the same route, answers and children; a changed
//! question stops it at that question's page.

use intake_wizard::domain::draft::Draft;
use intake_wizard::domain::step::PersonPage;

use super::*;

/// Walks `person` to check answers, then goes Back `back` pages: where a draft is saved.
fn saved_after(person: &Person, back: usize) -> (Wizard, Draft) {
    let Walk { mut wizard, .. } = walk(setup(Some(person.country)), person);
    for _ in 0..back {
        wizard.update(Event::Back, TODAY);
    }
    let draft = wizard.draft();
    (wizard, draft)
}

/// The draft as the device stores it: JSON, read back.
fn through_json(draft: &Draft) -> Draft {
    serde_json::from_str(&serde_json::to_string(draft).expect("serialises")).expect("reads back")
}

#[test]
fn a_resumed_draft_is_on_the_same_page_with_the_same_route_and_answers() {
    for person in families().iter().chain(volunteers().iter()) {
        let (saved, draft) = saved_after(person, 3);
        let resumed = Wizard::resume(saved.setup(), through_json(&draft).restore(), TODAY);
        assert_eq!(resumed.at(), saved.at(), "{person:?}");
        // Every answer given is back (blank ones are not saved).
        assert_eq!(resumed.draft(), draft, "{person:?}");
        assert_eq!(resumed.path(TODAY), saved.path(TODAY), "{person:?}");
        assert!(resumed.errors().is_empty());
    }
}

#[test]
fn a_draft_saved_on_check_answers_resumes_there_ready_to_send() {
    let person = &families()[0];
    let (saved, draft) = saved_after(person, 0);
    assert_eq!(saved.at(), Step::CheckAnswers);
    let mut resumed = Wizard::resume(saved.setup(), draft.restore(), TODAY);
    assert_eq!(resumed.at(), Step::CheckAnswers);
    assert_eq!(resumed.update(Event::Continue, TODAY), vec![Effect::Send]);
}

#[test]
fn each_child_keeps_their_own_answers_and_pages_through_a_draft() {
    let family = Person::new(Country::Se, "apply")
        .choose(Field::Applicant, "guardian")
        .choose(Field::HasPersonId, "no")
        .choose(Field::LssPersonkrets, "no")
        .born(2016, 5, 17)
        .sibling(
            Person::new(Country::Se, "apply")
                .choose(Field::HasPersonId, "no")
                .choose(Field::LssPersonkrets, "no")
                .born(2013, 2, 1),
        );
    let Walk { mut wizard, .. } = walk(setup(Some(Country::Se)), &family);
    while wizard.at() != Step::Sibling(1, PersonPage::Needs) {
        wizard.update(Event::Back, TODAY);
    }
    let draft = through_json(&wizard.draft());
    assert_eq!(draft.at, "2:needs");
    assert!(draft.answers.iter().any(|saved| saved.p == 1));
    let resumed = Wizard::resume(wizard.setup(), draft.restore(), TODAY);
    assert_eq!(resumed.at(), Step::Sibling(1, PersonPage::Needs));
    assert_eq!(resumed.answers(), wizard.answers());
    assert_eq!(resumed.answers().siblings().len(), 1);
}

#[test]
fn a_changed_question_stops_the_resumed_wizard_on_its_page() {
    let person = &families()[0];
    let (saved, mut draft) = saved_after(person, 0);
    let needs = draft
        .answers
        .iter_mut()
        .find(|answer| answer.f == Field::Needs.id())
        .expect("the needs question was answered");
    needs.q ^= 1; // as if its options had changed since
    let restored = draft.restore();
    assert_eq!(restored.changed, vec![Step::Needs]);
    let resumed = Wizard::resume(saved.setup(), restored, TODAY);
    assert_eq!(resumed.at(), Step::Needs, "the first page to check again");
    assert!(
        resumed.errors().is_empty(),
        "no errors before the user acts"
    );
    assert!(resumed.answers().get(Field::Needs).is_none());
}
