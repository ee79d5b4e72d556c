//! Rules: the shared vectors, focused cases for each rule, the legal-reference data and the
//! README table generated from it.

#[path = "../common/rules_vectors.rs"]
mod rules_vectors;

use std::collections::BTreeSet;

use intake_wizard::domain::field::Field;
use intake_wizard::domain::law::{self, Act, PROVISIONS, Topic, Verified, in_force};
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::rules::consent_rows::CONSENT_RULES;
use intake_wizard::domain::rules::information::INFORMATION_RULES;
use intake_wizard::domain::rules::measure::MEASURE_RULES;
use intake_wizard::domain::rules::{
    Answer, Applicant, Case, CheckStatus, ConsentFlag, ConsentRole, Consenter, Custody, Measure,
    Need, OtherGuardian, Outcome, ReasonCode, SupportGroup, VolunteerCase, VolunteerOutcome,
    VolunteerRule, assess, check_volunteer, consents,
};
use time::macros::date;

#[test]
fn every_shared_vector_gives_the_expected_result() {
    let failures = rules_vectors::failures();
    assert!(
        failures.is_empty(),
        "{} failing vectors:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_shared_vectors_hold_at_least_sixty_cases() {
    assert!(
        rules_vectors::case_count() >= 60,
        "{}",
        rules_vectors::case_count()
    );
}

fn child(country: Country, birth: time::Date, needs: &[Need]) -> Case {
    let mut case = Case::new(country, Applicant::Guardian);
    case.birth_date = Some(birth);
    case.custody = Some(Custody::One);
    case.needs = needs.to_vec();
    case
}

fn roles(case: &Case, measure: Measure, today: time::Date) -> Vec<(Consenter, ConsentRole)> {
    consents(case, measure, today)
        .iter()
        .map(|each| (each.consenter, each.role))
        .collect()
}

#[test]
fn child_aged_12_applying_alone_may_consent_to_kontaktperson_from_2023_07_01() {
    let mut case = child(
        Country::Se,
        date!(2011 - 01 - 15),
        &[Need::CompanyAndLeisure],
    );
    case.applicant = Applicant::YoungPerson;
    let before = consents(&case, Measure::Kontaktperson, date!(2023 - 06 - 30));
    let after = consents(&case, Measure::Kontaktperson, date!(2023 - 07 - 01));
    assert_eq!(
        roles(&case, Measure::Kontaktperson, date!(2023 - 06 - 30)),
        [
            (Consenter::Guardians, ConsentRole::RequestsOrConsents),
            (Consenter::Person, ConsentRole::IsHeard)
        ]
    );
    assert!(before.iter().all(|each| each.flags.is_empty()));
    assert!(
        after.iter().any(|each| {
            each.consenter == Consenter::Person && each.role == ConsentRole::Consents
        })
    );
    assert!(after.iter().any(|each| {
        each.flags
            .contains(&ConsentFlag::CommitteeMayProceedWithoutGuardians)
    }));
}

#[test]
fn a_child_of_12_to_14_is_heard_but_does_not_consent_when_the_guardians_apply() {
    let case = child(Country::Se, date!(2012 - 05 - 05), &[]);
    for measure in [
        Measure::Kontaktperson,
        Measure::Kontaktfamilj,
        Measure::SarskiltKvalificeradKontaktperson,
    ] {
        for today in [date!(2024 - 05 - 05), date!(2026 - 02 - 01)] {
            let person: Vec<_> = roles(&case, measure, today)
                .into_iter()
                .filter(|(who, _)| *who == Consenter::Person)
                .collect();
            assert_eq!(
                person,
                [(Consenter::Person, ConsentRole::IsHeard)],
                "{measure:?} {today}"
            );
        }
    }
}

#[test]
fn kontaktfamilj_at_13_needs_the_guardians_until_2025_06_30_and_legal_review_after() {
    let mut case = child(Country::Se, date!(2012 - 05 - 05), &[Need::FamilyRelief]);
    case.applicant = Applicant::YoungPerson;
    let before = consents(&case, Measure::Kontaktfamilj, date!(2025 - 06 - 30));
    let after = consents(&case, Measure::Kontaktfamilj, date!(2025 - 07 - 01));
    assert_eq!(
        roles(&case, Measure::Kontaktfamilj, date!(2025 - 06 - 30)),
        [
            (Consenter::Guardians, ConsentRole::RequestsOrConsents),
            (Consenter::Person, ConsentRole::IsHeard)
        ]
    );
    assert!(before.iter().all(|each| !each.legal_review));
    assert!(after.iter().all(|each| each.legal_review));
    assert!(after.iter().any(|each| each.consenter == Consenter::Person));
}

#[test]
fn a_child_turning_15_today_asks_for_the_measure_rather_than_only_agreeing() {
    let mut case = child(Country::Se, date!(2011 - 08 - 20), &[]);
    case.applicant = Applicant::YoungPerson;
    let person = |today| {
        roles(&case, Measure::Kontaktperson, today)
            .into_iter()
            .find(|(who, _)| *who == Consenter::Person)
    };
    assert_eq!(
        person(date!(2026 - 08 - 19)),
        Some((Consenter::Person, ConsentRole::Consents))
    );
    assert_eq!(
        person(date!(2026 - 08 - 20)),
        Some((Consenter::Person, ConsentRole::RequestsOrConsents))
    );
}

#[test]
fn danish_joint_custody_is_what_the_municipality_asks_and_is_marked_for_legal_review() {
    let mut case = child(Country::Dk, date!(2016 - 06 - 06), &[]);
    case.custody = Some(Custody::Two);
    let rows = consents(&case, Measure::FastKontaktpersonBarn, date!(2026 - 02 - 01));
    let holders = rows
        .iter()
        .find(|each| each.consenter == Consenter::CustodyHolders);
    assert!(holders.is_some_and(|each| {
        each.legal_review && each.flags.contains(&ConsentFlag::BothCustodyHolders)
    }));
    case.custody = Some(Custody::One);
    let rows = consents(&case, Measure::FastKontaktpersonBarn, date!(2026 - 02 - 01));
    assert!(rows.iter().all(|each| !each.legal_review));
}

#[test]
fn without_a_birth_date_the_consents_cannot_be_told_yet() {
    let case = Case::new(Country::Se, Applicant::Guardian);
    let assessment = assess(&case, date!(2026 - 02 - 01));
    assert!(assessment.consents.is_empty());
    assert!(!assessment.consents_known());
    let known = assess(
        &child(Country::Se, date!(2016 - 06 - 06), &[]),
        date!(2026 - 02 - 01),
    );
    assert!(known.consents_known());
}

#[test]
fn one_of_two_guardians_refusing_blocks_nothing_except_that_skk_is_not_covered() {
    let mut case = child(
        Country::Se,
        date!(2013 - 01 - 01),
        &[Need::RiskBehaviour, Need::CompanyAndLeisure],
    );
    case.custody = Some(Custody::Two);
    case.other_guardian = Some(OtherGuardian::Refuses);
    let assessment = assess(&case, date!(2026 - 02 - 01));
    assert_eq!(assessment.outcome, Outcome::MayFit);
    let flags = |measure| {
        assessment
            .consents
            .iter()
            .filter(|c| c.measure == measure)
            .flat_map(|c| c.flags.clone())
            .collect::<Vec<_>>()
    };
    assert!(flags(Measure::Kontaktperson).contains(&ConsentFlag::OtherGuardianRefusesNotBlocking));
    assert!(
        flags(Measure::SarskiltKvalificeradKontaktperson)
            .contains(&ConsentFlag::OtherGuardianRefuses)
    );
    let codes: Vec<ReasonCode> = assessment.reasons.iter().map(|r| r.code).collect();
    assert!(codes.contains(&ReasonCode::OtherGuardianRefusesNotBlocking));
    assert!(codes.contains(&ReasonCode::OtherGuardianRefusesSkk));
}

#[test]
fn skk_is_indicated_at_20_and_not_at_21() {
    let mut case = Case::new(Country::Se, Applicant::Adult);
    case.needs = vec![Need::RiskBehaviour];
    case.birth_date = Some(date!(2005 - 04 - 01));
    assert_eq!(
        assess(&case, date!(2026 - 03 - 31)).measures,
        [Measure::SarskiltKvalificeradKontaktperson]
    );
    assert_eq!(
        assess(&case, date!(2026 - 04 - 01)).measures,
        [Measure::Kontaktperson]
    );
}

#[test]
fn lss_for_someone_in_the_personkrets_comes_with_sol_as_the_alternative() {
    let mut case = Case::new(Country::Se, Applicant::Adult);
    case.birth_date = Some(date!(1990 - 01 - 01));
    case.needs = vec![Need::CompanyAndLeisure];
    case.lss_personkrets = Some(Answer::Yes);
    let assessment = assess(&case, date!(2026 - 02 - 01));
    assert_eq!(
        assessment.measures,
        [Measure::Kontaktperson, Measure::LssBitradeAvKontaktperson]
    );
    let alternative = assessment
        .reasons
        .iter()
        .find(|r| r.code == ReasonCode::SolAlternativeToLss);
    assert_eq!(alternative.and_then(|r| r.basis), Some(&law::SOL_2025_11_1));
}

#[test]
fn a_third_party_is_redirected_and_never_assessed() {
    for (country, outcome) in [
        (Country::Se, Outcome::RedirectOrosanmalan),
        (Country::Dk, Outcome::RedirectUnderretning),
    ] {
        let mut case = child(country, date!(2015 - 01 - 01), &[Need::RiskBehaviour]);
        case.applicant = Applicant::ThirdParty;
        let assessment = assess(&case, date!(2026 - 02 - 01));
        assert_eq!(assessment.outcome, outcome);
        assert!(assessment.measures.is_empty() && assessment.consents.is_empty());
    }
}

#[test]
fn the_danish_citation_switches_from_serviceloven_to_barnets_lov_on_2024_01_01() {
    assert_eq!(
        in_force(Topic::DkFastKontaktperson, date!(2023 - 12 - 31)),
        Some(&law::SEL_52_3_6)
    );
    assert_eq!(
        in_force(Topic::DkFastKontaktperson, date!(2024 - 01 - 01)),
        Some(&law::BL_32_1_3)
    );
}

#[test]
fn the_swedish_citation_switches_to_sol_2025_400_on_2025_07_01() {
    assert_eq!(
        in_force(Topic::SeKontaktperson, date!(2025 - 06 - 30)),
        Some(&law::SOL_2001_3_6B_1)
    );
    assert_eq!(
        in_force(Topic::SeKontaktperson, date!(2025 - 07 - 01)),
        Some(&law::SOL_2025_13_7_1)
    );
    assert_eq!(
        in_force(Topic::SeSkk, date!(2025 - 07 - 01)),
        Some(&law::SOL_2025_13_7_2)
    );
}

#[test]
fn every_topic_has_at_most_one_reference_in_force_on_any_day_and_one_from_2025_07_01() {
    let topics: BTreeSet<Topic> = PROVISIONS.iter().map(|(topic, _)| *topic).collect();
    for topic in &topics {
        let mut day = date!(2012 - 01 - 01);
        while day <= date!(2027 - 01 - 01) {
            let count = PROVISIONS
                .iter()
                .filter(|(t, r)| t == topic && r.in_force_on(day))
                .count();
            assert!(count <= 1, "{topic:?} on {day}");
            if day >= date!(2025 - 07 - 01) {
                assert_eq!(count, 1, "{topic:?} on {day}");
            }
            day = day.saturating_add(time::Duration::days(7));
        }
    }
}

#[test]
fn every_rule_row_cites_a_listed_reference_that_is_in_force_for_the_whole_row() {
    let listed = law::references();
    let rows = CONSENT_RULES
        .iter()
        .map(|r| (r.basis, r.in_force))
        .chain(MEASURE_RULES.iter().map(|r| (r.basis, r.in_force)))
        .chain(INFORMATION_RULES.iter().map(|r| (r.basis, r.in_force)));
    for (basis, row) in rows {
        assert!(
            listed.iter().any(|each| std::ptr::eq(*each, basis)),
            "{}",
            basis.cite
        );
        let cited = basis.in_force;
        assert!(
            cited
                .from
                .is_none_or(|start| row.from.is_some_and(|from| start <= from)),
            "{}",
            basis.cite
        );
        assert!(
            cited
                .until
                .is_none_or(|end| row.until.is_some_and(|until| until <= end)),
            "{}",
            basis.cite
        );
    }
}

#[test]
fn information_only_routes_are_never_measures() {
    for measure in Measure::ALL {
        assert!(
            !matches!(measure.topic(), Topic::SeLvu22 | Topic::DkYouthOrder),
            "{measure:?}"
        );
    }
}

#[test]
fn every_reference_links_to_an_official_or_accepted_source_over_https() {
    let hosts = [
        "https://www.riksdagen.se/",
        "https://www.retsinformation.dk/",
        "https://lagen.nu/",
    ];
    for reference in law::references() {
        assert!(
            hosts.iter().any(|host| reference.url.starts_with(host)),
            "{}",
            reference.url
        );
        assert!(!reference.cite.is_empty());
    }
}

#[test]
fn every_code_is_kebab_case_and_unique_within_its_kind() {
    let kinds: Vec<Vec<&str>> = vec![
        Act::ALL.iter().map(|c| c.code()).collect(),
        Verified::ALL.iter().map(|c| c.code()).collect(),
        Measure::ALL.iter().map(|c| c.code()).collect(),
        ReasonCode::ALL.iter().map(|c| c.code()).collect(),
        Outcome::ALL.iter().map(|c| c.code()).collect(),
        Consenter::ALL.iter().map(|c| c.code()).collect(),
        ConsentRole::ALL.iter().map(|c| c.code()).collect(),
        ConsentFlag::ALL.iter().map(|c| c.code()).collect(),
        VolunteerRule::ALL.iter().map(|c| c.code()).collect(),
        CheckStatus::ALL.iter().map(|c| c.code()).collect(),
        VolunteerOutcome::ALL.iter().map(|c| c.code()).collect(),
        Applicant::ALL.iter().map(|c| c.code()).collect(),
        Custody::ALL.iter().map(|c| c.code()).collect(),
        OtherGuardian::ALL.iter().map(|c| c.code()).collect(),
        Need::ALL.iter().map(|c| c.code()).collect(),
        Answer::ALL.iter().map(|c| c.code()).collect(),
    ];
    for codes in kinds {
        let unique: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(unique.len(), codes.len(), "{codes:?}");
        for code in codes {
            let kebab = code.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
            assert!(kebab, "{code}");
        }
    }
}

#[test]
fn assess_never_fails_and_unclear_always_has_a_reason() {
    let births = [
        None,
        Some(date!(2030 - 01 - 01)),
        Some(date!(2020 - 02 - 29)),
        Some(date!(2013 - 06 - 01)),
        Some(date!(2010 - 06 - 01)),
        Some(date!(2005 - 06 - 01)),
        Some(date!(1960 - 06 - 01)),
    ];
    let days = [
        date!(2022 - 01 - 01),
        date!(2023 - 07 - 01),
        date!(2024 - 01 - 01),
        date!(2025 - 07 - 01),
        date!(2028 - 02 - 29),
    ];
    for country in Country::ALL {
        for applicant in Applicant::ALL {
            for birth in births {
                for needs in [vec![], Need::ALL.to_vec(), vec![Need::RiskBehaviour]] {
                    for today in days {
                        let mut case = Case::new(country, *applicant);
                        case.birth_date = birth;
                        case.needs = needs.clone();
                        case.custody = Some(Custody::Two);
                        case.other_guardian = Some(OtherGuardian::Refuses);
                        case.lss_personkrets = Some(Answer::DontKnow);
                        case.supported_before_18 = Some(Answer::DontKnow);
                        let assessment = assess(&case, today);
                        if assessment.outcome == Outcome::Unclear {
                            assert!(
                                assessment.reasons.iter().any(|r| r.code.makes_unclear())
                                    || assessment.measures.is_empty()
                            );
                        }
                        assert!(assessment.measures.iter().all(|m| m.country() == country));
                    }
                }
            }
        }
    }
}

#[test]
fn a_volunteer_must_be_18_on_the_day() {
    let mut case = VolunteerCase::new(Country::Se);
    case.birth_date = Some(date!(2008 - 06 - 01));
    case.consents_to_register_check = true;
    assert_eq!(
        check_volunteer(&case, date!(2026 - 05 - 31)).outcome,
        VolunteerOutcome::RequirementsNotMet
    );
    assert_eq!(
        check_volunteer(&case, date!(2026 - 06 - 01)).outcome,
        VolunteerOutcome::MayProceed
    );
}

/// The register-check row of a Swedish volunteer: which rule, and the citation in force.
fn register_row(
    roles: &[&str],
    groups: &[SupportGroup],
    today: time::Date,
) -> (VolunteerRule, CheckStatus, Option<&'static law::LegalRef>) {
    let mut case = VolunteerCase::new(Country::Se);
    case.birth_date = Some(date!(1980 - 04 - 04));
    case.wants_skk = roles.contains(&"skk");
    case.psychosocial_experience = true;
    case.wants_kontaktfamilj = roles.contains(&"kontaktfamilj");
    case.support_groups = groups.to_vec();
    case.consents_to_register_check = true;
    let check = *check_volunteer(&case, today)
        .checks
        .last()
        .expect("the register row comes last");
    (check.rule, check.status, check.basis)
}

#[test]
fn the_register_check_applies_only_where_the_assignment_may_be_for_someone_under_21() {
    use SupportGroup::{Adults, Children15To17, ChildrenUnder15, Families, YoungAdults};
    let day = date!(2026 - 02 - 01);
    for groups in [
        &[ChildrenUnder15][..],
        &[Children15To17],
        &[YoungAdults],
        &[Families],
        &[Adults, YoungAdults],
    ] {
        assert_eq!(
            register_row(&["kontaktperson"], groups, day),
            (
                VolunteerRule::RegisterCheckConsent,
                CheckStatus::Met,
                Some(&law::BELASTNING_11_8A)
            ),
            "{groups:?}"
        );
    }
    // An SKK is always for someone under 21 (13 kap. 7 § andra stycket); a kontaktfamilj
    // takes a child in.
    for role in ["skk", "kontaktfamilj"] {
        assert_eq!(
            register_row(&[role], &[Adults], day).0,
            VolunteerRule::RegisterCheckConsent,
            "{role}"
        );
    }
    // Adults only: no register access of the committee's own; the municipality may ask the
    // volunteer for an extract instead. Not a missing requirement.
    assert_eq!(
        register_row(&["kontaktperson"], &[Adults], day),
        (VolunteerRule::OwnRecordExtract, CheckStatus::ToCheck, None)
    );
}

#[test]
fn the_register_check_cites_the_wording_in_force_on_the_day() {
    let groups = [SupportGroup::Children15To17];
    let before = register_row(&["kontaktperson"], &groups, date!(2025 - 06 - 30));
    let from = register_row(&["kontaktperson"], &groups, date!(2025 - 07 - 01));
    assert_eq!(before.2, Some(&law::BELASTNING_11_8A_2001));
    assert_eq!(from.2, Some(&law::BELASTNING_11_8A));
    assert_eq!(law::BELASTNING_11_8A.verified, Verified::Confirmed);
    assert_eq!(law::BELASTNING_11_8A_2001.verified, Verified::Unconfirmed);
    assert_eq!(
        (
            law::BELASTNING_11_8A.in_force.from,
            law::BELASTNING_11_8A_2001.in_force.until,
        ),
        (Some(date!(2025 - 07 - 01)), Some(date!(2025 - 06 - 30)))
    );
    // Adults only, on either side of the change: no register row at all.
    for day in [date!(2025 - 06 - 30), date!(2025 - 07 - 01)] {
        let adults = register_row(&["kontaktperson"], &[SupportGroup::Adults], day);
        assert_eq!(adults.0, VolunteerRule::OwnRecordExtract);
    }
}

#[test]
fn the_support_group_options_are_the_rules_bands() {
    let codes: Vec<&str> = SupportGroup::ALL.iter().map(|g| g.code()).collect();
    assert_eq!(Field::SupportGroups.options(), codes.as_slice());
    let under_15: Vec<&str> = SupportGroup::ALL
        .iter()
        .filter(|g| g.has_children_under_15())
        .map(|g| g.code())
        .collect();
    assert_eq!(under_15, ["children-under-15", "families"]);
}

#[test]
fn readme_legal_references_table_is_generated_from_the_data() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .unwrap_or_default();
    let between = readme
        .split_once("<!-- legal-references:start -->")
        .and_then(|(_, rest)| rest.split_once("<!-- legal-references:end -->"))
        .map(|(table, _)| table.trim());
    assert_eq!(between, Some(law::references_markdown().trim()));
}
