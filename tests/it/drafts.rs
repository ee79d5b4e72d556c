//! Drafts (`domain::draft`): the saved format and its versions, expiry, dropping answers to
//! changed questions, and the resume code.

use intake_wizard::domain::answers::{Answers, DateParts, Value};
use intake_wizard::domain::draft::{
    Draft, FORMAT, SavedAnswer, Stored, expires, fingerprint, normalize_code, resume_code,
};
use intake_wizard::domain::field::Field;
use intake_wizard::domain::step::Step;
use time::macros::date;

const TODAY: time::Date = date!(2026 - 12 - 01);

fn answers() -> Answers {
    let mut answers = Answers::default();
    answers.set(Field::Country, Value::Choice("se"));
    answers.set(Field::Purpose, Value::Choice("apply"));
    answers.set(Field::PersonName, Value::Text("Alva Lind".into()));
    answers.set(Field::Needs, Value::Choices(vec!["company-and-leisure"]));
    answers.set(
        Field::BirthDate,
        Value::Date(DateParts {
            day: "3".into(),
            month: "14".into(), // kept as typed, even when it is not a date
            year: "2017".into(),
        }),
    );
    answers
}

#[test]
fn a_draft_reads_back_to_the_same_answers_and_page() {
    let draft = Draft::of(&answers(), Step::Needs);
    assert_eq!(draft.v, FORMAT);
    let json = serde_json::to_string(&draft).expect("serialises");
    let read: Draft = serde_json::from_str(&json).expect("reads back");
    let restored = read.restore();
    assert_eq!(restored.at, Some(Step::Needs));
    assert!(restored.changed.is_empty());
    assert_eq!(restored.answers, answers());
}

#[test]
fn blank_answers_are_not_saved() {
    let mut answers = Answers::default();
    answers.set(Field::PersonName, Value::Text(String::new()));
    assert!(Draft::of(&answers, Step::Person).answers.is_empty());
}

#[test]
fn an_answer_to_a_changed_question_is_dropped_and_its_page_named() {
    let mut draft = Draft::of(&answers(), Step::Needs);
    // The needs question had other options when this draft was saved.
    let needs = draft
        .answers
        .iter_mut()
        .find(|saved| saved.f == "needs")
        .expect("saved");
    needs.q ^= 1;
    let restored = draft.restore();
    assert_eq!(restored.changed, vec![Step::Needs]);
    assert_eq!(restored.answers.get(Field::Needs), None);
    assert_eq!(
        restored.answers.iter().count(),
        4,
        "the other answers are kept"
    );
}

#[test]
fn an_option_that_no_longer_exists_drops_the_answer() {
    let mut draft = Draft::of(&answers(), Step::Purpose);
    draft.answers.push(SavedAnswer {
        f: "custody".into(),
        q: fingerprint(Field::Custody),
        a: vec!["three".into()],
        p: 0,
    });
    let restored = draft.restore();
    assert_eq!(restored.changed, vec![Step::Custody]);
}

#[test]
fn a_question_or_page_that_no_longer_exists_is_left_out() {
    let mut draft = Draft::of(&answers(), Step::Needs);
    draft.at = "a-page-removed-since".into();
    draft.answers.push(SavedAnswer {
        f: "a-question-removed-since".into(),
        q: 7,
        a: vec!["x".into()],
        p: 0,
    });
    let restored = draft.restore();
    assert_eq!(restored.at, None);
    assert!(
        restored.changed.is_empty(),
        "no page to check: the question is gone"
    );
    assert_eq!(restored.answers.iter().count(), 5);
}

#[test]
fn the_changed_pages_come_in_journey_order() {
    let mut draft = Draft::of(&answers(), Step::Needs);
    for saved in &mut draft.answers {
        saved.q = saved.q.wrapping_add(1);
    }
    let restored = draft.restore();
    assert_eq!(
        restored.changed,
        vec![
            Step::Country,
            Step::Purpose,
            Step::Person,
            Step::BirthDate,
            Step::Needs
        ]
    );
}

#[test]
fn fingerprints_differ_between_questions_and_follow_the_options() {
    assert_ne!(fingerprint(Field::Country), fingerprint(Field::Purpose));
    assert_eq!(fingerprint(Field::Needs), fingerprint(Field::Needs));
    let every: std::collections::BTreeSet<u32> =
        Field::ALL.iter().map(|f| fingerprint(*f)).collect();
    assert_eq!(
        every.len(),
        Field::ALL.len(),
        "no two questions share a fingerprint"
    );
}

#[test]
fn a_draft_expires_after_its_days_and_not_at_all_when_drafts_are_off() {
    assert_eq!(expires(TODAY, 7).as_deref(), Some("2026-12-08"));
    assert_eq!(expires(TODAY, 0), None);
    let stored = Stored {
        expires: expires(TODAY, 7).expect("on"),
        data: String::new(),
    };
    assert!(!stored.is_expired(TODAY));
    assert!(!stored.is_expired(date!(2026 - 12 - 07)));
    assert!(stored.is_expired(date!(2026 - 12 - 08)));
    assert!(stored.is_expired(date!(2027 - 01 - 01)));
    let unreadable = Stored {
        expires: "soon".into(),
        data: String::new(),
    };
    assert!(unreadable.is_expired(TODAY));
}

#[test]
fn the_stored_record_holds_an_expiry_and_ciphertext_only() {
    let stored = Stored {
        expires: "2026-12-08".into(),
        data: "AAEC+/8=".into(),
    };
    assert_eq!(stored.to_text(), "2026-12-08 AAEC+/8=");
    assert_eq!(Stored::from_text(&stored.to_text()), Some(stored));
    assert_eq!(Stored::from_text("no-space-here"), None);
}

#[test]
fn a_resume_code_has_80_bits_in_four_groups_of_crockford_base_32() {
    let code = resume_code([0x3f, 0x2a, 0x9c, 0x1b, 0x7d, 0, 0, 0, 0, 0x1f]);
    assert_eq!(code, "7WN9-R6VX-0000-000Z");
    assert_ne!(resume_code([1; 10]), resume_code([2; 10]));
    assert_eq!(resume_code([0xff; 10]), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
}

#[test]
fn a_typed_code_is_read_the_crockford_way() {
    let canonical = Some("7WN9R6VX0000001Z".to_owned());
    assert_eq!(normalize_code("7WN9-R6VX-0000-001Z"), canonical);
    assert_eq!(normalize_code(" 7wn9 r6vx oooo ooiz "), canonical);
    assert_eq!(normalize_code("7WN9-R6VX-0000-00LZ"), canonical);
    assert_eq!(normalize_code("7WN9-R6VX-0000-00"), None, "too short");
    assert_eq!(
        normalize_code("7WN9-R6VX-0000-00UZ"),
        None,
        "U is not Crockford"
    );
}

#[test]
fn the_deletion_date_is_written_the_way_each_language_writes_dates() {
    use intake_wizard::domain::draft::shown_date;
    use intake_wizard::domain::locale::Language;
    assert_eq!(shown_date("2026-12-08", Language::Sv), "2026-12-08");
    assert_eq!(shown_date("2026-12-08", Language::Da), "8.12.2026");
    assert_eq!(shown_date("2026-12-08", Language::En), "2026-12-08");
}
