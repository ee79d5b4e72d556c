//! The submission payload: built from the route taken only, normalised, and re-checked by
//! `Payload::check` with the same rules (the receiver's contract, without a server).

use intake_wizard::domain::answers::{Answers, Value};
use intake_wizard::domain::examples::{add_example_sibling, example_answers, example_value};
use intake_wizard::domain::field::Field;
use intake_wizard::domain::journey::Setup;
use intake_wizard::domain::locale::{Country, Language};
use intake_wizard::domain::options::Purpose;
use intake_wizard::domain::payload::{
    Kind, Payload, PayloadAssessment, PayloadError, date_time_date, iso_date, upgrade,
};
use serde_json::json;
use time::macros::date;

const TODAY: time::Date = date!(2026 - 01 - 15);
const SENT: &str = "2026-01-15T10:30:00+01:00";

fn answer(field: Field, country: Country, purpose: Purpose) -> Value {
    example_value(field, country, purpose)
}

/// Answers every question on the route, page by page.
fn completed(setup: Setup, country: Country, purpose: Purpose) -> Answers {
    example_answers(setup, country, purpose, TODAY)
}

fn build(setup: Setup, answers: &Answers) -> Payload {
    Payload::build(
        setup,
        answers,
        Language::Sv,
        " Exempelby kommun ",
        SENT,
        TODAY,
    )
    .unwrap_or_else(|errors| panic!("not buildable: {errors:?}"))
}

fn setups() -> Vec<(Setup, Country)> {
    Country::ALL
        .into_iter()
        .flat_map(|country| {
            [
                (Setup::default(), country),
                (
                    Setup {
                        preset_country: Some(country),
                        dk_qualifications: false,
                    },
                    country,
                ),
            ]
        })
        .collect()
}

fn errors(payload: &Payload) -> Vec<(String, &'static str)> {
    match payload.check(TODAY) {
        Ok(()) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|PayloadError { path, code }| (path, code))
            .collect(),
    }
}

#[test]
fn every_journey_builds_a_payload_that_passes_its_own_check() {
    for (setup, country) in setups() {
        for (purpose, kind) in [
            (Purpose::Apply, Kind::FamilyApplication),
            (Purpose::Volunteer, Kind::VolunteerRegistration),
        ] {
            let payload = build(setup, &completed(setup, country, purpose));
            assert_eq!(payload.kind, kind);
            assert_eq!(Country::from(payload.country), country);
            assert_eq!(payload.municipality, "Exempelby kommun");
            assert_eq!(
                payload.schema_version,
                serde_json::from_value(json!("2")).unwrap()
            );
            assert_eq!(payload.answers.0["purpose"], json!(purpose.code()));
            assert_eq!(errors(&payload), vec![], "{setup:?} {purpose:?}");
        }
    }
}

#[test]
fn answers_on_pages_off_the_route_are_dropped() {
    for (setup, country) in setups() {
        for purpose in Purpose::ALL.iter().copied() {
            let on_route = completed(setup, country, purpose);
            let mut everything = on_route.clone();
            for field in Field::ALL {
                if on_route.get(*field).is_none() {
                    assert!(everything.set(*field, answer(*field, country, purpose)));
                }
            }
            let sent = build(setup, &everything);
            let expected = build(setup, &on_route);
            assert_eq!(sent, expected, "{setup:?} {purpose:?}");
            if setup.preset_country.is_some() {
                // The country question is skipped, so its answer is not sent.
                assert!(everything.get(Field::Country).is_some());
                assert!(!sent.answers.0.contains_key("country"));
            }
        }
    }
}

#[test]
fn an_incomplete_route_is_not_built_and_names_the_first_missing_answer() {
    let setup = Setup::default();
    let mut answers = Answers::default();
    answers.set(Field::Country, Value::Choice("se"));
    let built = Payload::build(setup, &answers, Language::Sv, "Exempelby", SENT, TODAY);
    assert_eq!(
        built,
        Err(vec![PayloadError {
            path: "answers.purpose".to_owned(),
            code: "required"
        }])
    );
}

/// A payload sent by the wizard for a Swedish family, as JSON to tamper with.
fn family_se() -> serde_json::Value {
    let setup = Setup::default();
    serde_json::to_value(build(setup, &completed(setup, Country::Se, Purpose::Apply))).unwrap()
}

fn check_json(json: serde_json::Value) -> Vec<(String, &'static str)> {
    let payload: Payload = serde_json::from_value(json).expect("the shape is right");
    errors(&payload)
}

#[test]
fn check_names_each_bad_answer_by_path_and_code() {
    let mut json = family_se();
    json["answers"]["favourite-colour"] = json!("blue");
    assert_eq!(
        check_json(json),
        vec![("answers.favourite-colour".to_owned(), "unknown-field")]
    );

    let mut json = family_se();
    json["answers"]["purpose"] = json!(["apply"]);
    assert_eq!(
        check_json(json),
        vec![("answers.purpose".to_owned(), "wrong-type")]
    );

    let mut json = family_se();
    json["answers"]["purpose"] = json!("complain");
    assert_eq!(
        check_json(json),
        vec![("answers.purpose".to_owned(), "unknown-option")]
    );

    let mut json = family_se();
    json["answers"].as_object_mut().unwrap().remove("purpose");
    assert_eq!(
        check_json(json),
        vec![("answers.purpose".to_owned(), "required")]
    );

    // The same identifier rules as the browser: a wrong check digit is named by its code.
    let mut json = family_se();
    json["people"][0]["answers"]["person-id"] = json!("201503142381");
    assert_eq!(
        check_json(json),
        vec![(
            "people.0.answers.person-id".to_owned(),
            "personnummer-checksum"
        )]
    );

    // A question about each person among the answers about the application.
    let mut json = family_se();
    json["answers"]["person-name"] = json!("Alva Lind");
    assert_eq!(
        check_json(json),
        vec![("answers.person-name".to_owned(), "off-route")]
    );

    // An answer to a Danish-only question on a Swedish route.
    let mut json = family_se();
    json["answers"]["whole-family"] = json!("yes");
    assert_eq!(
        check_json(json),
        vec![("answers.whole-family".to_owned(), "off-route")]
    );

    // A phone number as typed, not in E.164.
    let mut json = family_se();
    json["answers"]["phone"] = json!("070-123 45 67");
    assert_eq!(
        check_json(json),
        vec![("answers.phone".to_owned(), "not-normalised")]
    );
}

#[test]
fn check_refuses_a_country_kind_or_assessment_that_the_answers_do_not_give() {
    let mut json = family_se();
    json["country"] = json!("dk");
    assert_eq!(
        check_json(json),
        vec![("country".to_owned(), "country-mismatch")]
    );

    let mut json = family_se();
    json["kind"] = json!("volunteer-registration");
    assert_eq!(check_json(json), vec![("kind".to_owned(), "kind-mismatch")]);

    let mut json = family_se();
    let made_up = PayloadAssessment {
        outcome: "may-fit".to_owned(),
        age: Some(10),
        measures: vec!["kontaktperson".to_owned()],
        consents: Vec::new(),
        reasons: Vec::new(),
    };
    json["people"][0]["assessment"] = serde_json::to_value(made_up).unwrap();
    assert_eq!(
        check_json(json),
        vec![("people.0.assessment".to_owned(), "assessment-mismatch")]
    );
}

#[test]
fn check_refuses_bad_envelope_values() {
    let mut json = family_se();
    json["submitted_at"] = json!("yesterday");
    json["municipality"] = json!("  ");
    json["app_version"] = json!("");
    assert_eq!(
        check_json(json),
        vec![
            ("municipality".to_owned(), "invalid"),
            ("app_version".to_owned(), "invalid"),
            ("submitted_at".to_owned(), "invalid-date-time"),
        ]
    );
}

#[test]
fn the_wire_format_is_strict_about_its_shape() {
    let mut json = family_se();
    json["extra"] = json!(1);
    assert!(serde_json::from_value::<Payload>(json).is_err());
    let mut json = family_se();
    json["people"][0]
        .as_object_mut()
        .unwrap()
        .remove("assessment");
    assert!(
        serde_json::from_value::<Payload>(json).is_err(),
        "assessment must be present, even when null"
    );
    let mut json = family_se();
    json["schema_version"] = json!("3");
    assert!(serde_json::from_value::<Payload>(json).is_err());
    let json = family_se();
    let back: Payload = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(serde_json::to_value(back).unwrap(), json);
}

#[test]
fn rfc_3339_date_times_are_read_for_their_calendar_date() {
    for (text, date) in [
        ("2026-01-15T10:30:00+01:00", Some(date!(2026 - 01 - 15))),
        ("2026-01-15T23:59:60Z", Some(date!(2026 - 01 - 15))),
        ("2026-01-15t10:30:00.123456z", Some(date!(2026 - 01 - 15))),
        ("2024-02-29T00:00:00-05:30", Some(date!(2024 - 02 - 29))),
        ("2026-02-29T00:00:00Z", None),
        ("2026-01-15T24:00:00Z", None),
        ("2026-01-15T10:30:00", None),
        ("2026-01-15 10:30:00Z", None),
        ("2026-01-15T10:30:00.Z", None),
        ("2026-1-15T10:30:00Z", None),
        ("2026-01-15T10:30:00+1:00", None),
    ] {
        assert_eq!(date_time_date(text), date, "{text}");
    }
    assert_eq!(iso_date(date!(0999 - 03 - 04)), "0999-03-04");
}

#[test]
fn the_rules_date_is_the_users_own_day_when_within_a_day_of_the_servers() {
    let mut payload: Payload = serde_json::from_value(family_se()).unwrap();
    payload.submitted_at = "2026-01-14T23:59:00+01:00".to_owned();
    assert_eq!(payload.rules_date(TODAY), date!(2026 - 01 - 14));
    payload.submitted_at = "2026-01-16T00:10:00+14:00".to_owned();
    assert_eq!(payload.rules_date(TODAY), date!(2026 - 01 - 16));
    payload.submitted_at = "2025-12-01T10:00:00Z".to_owned();
    assert_eq!(payload.rules_date(TODAY), TODAY);
    payload.submitted_at = "garbage".to_owned();
    assert_eq!(payload.rules_date(TODAY), TODAY);
}

fn volunteer(country: Country) -> Payload {
    let setup = Setup {
        preset_country: Some(country),
        dk_qualifications: false,
    };
    build(setup, &completed(setup, country, Purpose::Volunteer))
}

#[test]
fn a_volunteer_registration_carries_its_requirements_check_and_a_family_application_none() {
    let se = volunteer(Country::Se);
    assert!(se.people.is_empty());
    let requirements = se.requirements.clone().expect("a volunteer's requirements");
    assert_eq!(requirements.outcome, "may-proceed");
    let rules: Vec<(&str, &str)> = requirements
        .checks
        .iter()
        .map(|check| (check.rule.as_str(), check.status.as_str()))
        .collect();
    assert_eq!(
        rules,
        [("at-least-18", "met"), ("register-check-consent", "met")]
    );
    let basis = requirements.checks[1]
        .basis
        .as_ref()
        .expect("a legal basis");
    assert_eq!(
        (
            basis.act.as_str(),
            basis.cite.as_str(),
            basis.from.as_deref()
        ),
        (
            "forordning-1999-1134",
            "11 § första stycket 8 a",
            Some("2025-07-01")
        )
    );
    assert_eq!(
        requirements.checks[0].basis, None,
        "18 is municipal practice"
    );

    let dk = volunteer(Country::Dk).requirements.expect("requirements");
    let last = dk.checks.last().expect("a check");
    assert_eq!(
        (last.rule.as_str(), last.status.as_str()),
        ("borneattest-consent", "met")
    );
    assert_eq!(
        last.basis.as_ref().map(|b| b.act.as_str()),
        Some("borneattestloven")
    );

    let family: Payload = serde_json::from_value(family_se()).unwrap();
    assert_eq!(family.requirements, None);
    assert!(family.people[0].assessment.is_some());
}

#[test]
fn check_refuses_a_requirements_check_that_the_answers_do_not_give() {
    let mut json = serde_json::to_value(volunteer(Country::Se)).unwrap();
    json["requirements"]["outcome"] = json!("requirements-not-met");
    assert_eq!(
        check_json(json),
        vec![("requirements".to_owned(), "requirements-mismatch")]
    );

    let mut json = serde_json::to_value(volunteer(Country::Dk)).unwrap();
    json["requirements"] = json!(null);
    assert_eq!(
        check_json(json),
        vec![("requirements".to_owned(), "requirements-mismatch")]
    );

    let mut json = family_se();
    json["requirements"] = serde_json::to_value(volunteer(Country::Se).requirements).unwrap();
    assert_eq!(
        check_json(json),
        vec![("requirements".to_owned(), "requirements-mismatch")]
    );
}

#[test]
fn a_danish_volunteer_passes_the_check_with_the_qualification_questions_on_or_off() {
    for dk_qualifications in [false, true] {
        let setup = Setup {
            preset_country: Some(Country::Dk),
            dk_qualifications,
        };
        let payload = build(setup, &completed(setup, Country::Dk, Purpose::Volunteer));
        assert_eq!(
            payload.answers.0.contains_key("education-field"),
            dk_qualifications,
            "the qualification questions are asked only with dkQualifications: true"
        );
        assert_eq!(
            errors(&payload),
            Vec::new(),
            "dkQualifications {dk_qualifications}"
        );
    }
}

/// A Swedish guardian's application for two children: the second without an identity number,
/// in the LSS personkrets.
fn two_children_se() -> serde_json::Value {
    let setup = Setup::default();
    let mut answers = completed(setup, Country::Se, Purpose::Apply);
    add_example_sibling(&mut answers);
    serde_json::to_value(build(setup, &answers)).unwrap()
}

#[test]
fn each_child_is_a_person_with_their_own_answers_and_assessment_and_is_checked_alike() {
    let json = two_children_se();
    let people = json["people"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!(people[1]["answers"]["person-name"], json!("Elis Lind"));
    assert_eq!(people[1]["answers"]["birth-date"], json!("2018-06-02"));
    assert_eq!(
        people[1]["assessment"]["measures"],
        json!(["kontaktperson", "lss-bitrade-av-kontaktperson"])
    );
    assert_eq!(
        people[0]["assessment"]["measures"],
        json!(["kontaktperson"])
    );
    assert!(json["answers"].get("add-another-child").is_none());
    assert_eq!(check_json(json.clone()), vec![]);

    // The second child's answers are checked with the same rules, at their own path.
    let mut bad = json.clone();
    bad["people"][1]["answers"]["birth-date"] = json!("2030-01-01");
    assert_eq!(
        check_json(bad),
        vec![("people.1.answers.birth-date".to_owned(), "date-in-future")]
    );
    // A further child is a child.
    let mut adult = json.clone();
    adult["people"][1]["answers"]["birth-date"] = json!("2000-01-01");
    assert_eq!(
        check_json(adult),
        vec![(
            "people.1.answers.birth-date".to_owned(),
            "contradicts-earlier-answer"
        )]
    );
    // Each child's assessment is the one the rules give for that child.
    let mut swapped = json.clone();
    swapped["people"][1]["assessment"] = json["people"][0]["assessment"].clone();
    assert_eq!(
        check_json(swapped),
        vec![("people.1.assessment".to_owned(), "assessment-mismatch")]
    );
    // At most six people.
    let mut many = json.clone();
    let sibling = json["people"][1].clone();
    let list = many["people"].as_array_mut().unwrap();
    for _ in 0..5 {
        list.push(sibling.clone());
    }
    assert_eq!(check_json(many), vec![("people".to_owned(), "too-many")]);
}

#[test]
fn further_children_are_not_sent_when_the_route_has_no_children_page() {
    // An adult applying for themself: a second person's answers are off the route.
    let setup = Setup::default();
    let mut answers = completed(setup, Country::Se, Purpose::Apply);
    answers.set(Field::Applicant, Value::Choice("adult"));
    answers.set(
        Field::BirthDate,
        Value::Date(intake_wizard::domain::answers::DateParts {
            day: "1".into(),
            month: "1".into(),
            year: "1990".into(),
        }),
    );
    answers.set(Field::HasPersonId, Value::Choice("no"));
    let alone = build(setup, &answers);
    add_example_sibling(&mut answers);
    let with_sibling = build(setup, &answers);
    assert_eq!(with_sibling, alone);
    assert_eq!(alone.people.len(), 1);

    let mut json = serde_json::to_value(&alone).unwrap();
    let sibling = two_children_se()["people"][1].clone();
    json["people"].as_array_mut().unwrap().push(sibling);
    assert_eq!(check_json(json), vec![("people.1".to_owned(), "off-route")]);
}

/// A version 2 body as a version 1 client would have sent it: the one person's answers among
/// the others, and their assessment at the top.
fn as_version_1(mut json: serde_json::Value) -> serde_json::Value {
    let person = json["people"][0].clone();
    let body = json.as_object_mut().unwrap();
    body.remove("people");
    body.insert("schema_version".into(), json!("1"));
    body.insert("assessment".into(), person["assessment"].clone());
    let answers = body.get_mut("answers").unwrap().as_object_mut().unwrap();
    for (id, answer) in person["answers"].as_object().unwrap() {
        answers.insert(id.clone(), answer.clone());
    }
    json
}

#[test]
fn a_version_1_body_is_read_as_version_2_and_checked_with_the_same_rules() {
    let json = family_se();
    let v1 = as_version_1(json.clone());
    assert_eq!(upgrade(v1.clone()), json);
    assert_eq!(check_json(upgrade(v1.clone())), vec![]);
    let mut bad = v1;
    bad["answers"]["person-id"] = json!("201503142381");
    assert_eq!(
        check_json(upgrade(bad)),
        vec![(
            "people.0.answers.person-id".to_owned(),
            "personnummer-checksum"
        )]
    );
    // The version 1 examples published before version 2 still pass.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema/examples/1");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(json["schema_version"], json!("1"));
        assert_eq!(check_json(upgrade(json)), vec![], "{}", path.display());
        seen += 1;
    }
    assert_eq!(seen, 4);
}

#[test]
fn the_guardians_own_address_is_sent_with_two_homes_and_refused_with_protected_identity() {
    for country in Country::ALL {
        let setup = Setup::default();
        let mut answers = completed(setup, country, Purpose::Apply);
        let sent = build(setup, &answers);
        assert!(sent.answers.0.contains_key("own-street-address"));
        assert_eq!(errors(&sent), vec![]);

        // With protected identity neither address is on the route: not sent, and refused.
        answers.set(Field::ProtectedIdentity, Value::Choice("yes"));
        let protected = build(setup, &answers);
        for id in ["street-address", "same-address", "own-street-address"] {
            assert!(!protected.answers.0.contains_key(id), "{id}");
        }
        let mut json = serde_json::to_value(&protected).unwrap();
        json["answers"]["own-street-address"] = json!("Lillgatan 2");
        assert_eq!(
            check_json(json),
            vec![("answers.own-street-address".to_owned(), "off-route")]
        );
    }
}
