//! Shared test vectors for the rules: runs `tests/fixtures/{consents,assessments,volunteers}.json`
//! against `consents`, `assess` and `check_volunteer`. No file system: the fixtures are
//! compiled in, so the same runner works natively and in the browser (wasm32).

use intake_wizard::domain::Date;
use intake_wizard::domain::law::LegalRef;
use intake_wizard::domain::locale::Country;
use intake_wizard::domain::rules::{
    AdultCircumstance, Answer, Applicant, Case, ConsentRequirement, Custody, Measure, Need,
    OtherGuardian, ReasonCode, SupportGroup, VolunteerCase, assess, check_volunteer, consents,
};
use serde::Deserialize;
use std::collections::BTreeMap;

const CONSENTS: &str = include_str!("../fixtures/consents.json");
const ASSESSMENTS: &str = include_str!("../fixtures/assessments.json");
const VOLUNTEERS: &str = include_str!("../fixtures/volunteers.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture<T> {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    cases: Vec<T>,
}

/// A case as written in the fixtures: codes as strings, everything but the country optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseInput {
    country: String,
    #[serde(default = "applicant_default")]
    applicant: String,
    birth_date: Option<String>,
    custody: Option<String>,
    other_guardian: Option<String>,
    adult_agrees: Option<String>,
    #[serde(default)]
    needs: Vec<String>,
    lss_personkrets: Option<String>,
    #[serde(default)]
    whole_family: bool,
    supported_before_18: Option<String>,
    #[serde(default)]
    adult_circumstances: Vec<String>,
}

fn applicant_default() -> String {
    "guardian".to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsentVector {
    name: String,
    today: String,
    case: CaseInput,
    measure: String,
    expect: Vec<ExpectedConsent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedConsent {
    consenter: String,
    role: String,
    #[serde(default)]
    flags: Vec<String>,
    basis: String,
    #[serde(default)]
    legal_review: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentVector {
    name: String,
    today: String,
    case: CaseInput,
    outcome: String,
    measures: Vec<String>,
    /// `"<measure>: <consenter> <role> [+flag …] [!review]"`, in any order.
    consents: Vec<String>,
    reasons: Vec<String>,
    /// Reason code → `"<act>: <cite>"`, for the reasons whose citation the case is about.
    #[serde(default)]
    bases: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VolunteerVector {
    name: String,
    today: String,
    case: VolunteerInput,
    outcome: String,
    /// `"<rule> <status>"`, in order.
    checks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VolunteerInput {
    country: String,
    birth_date: Option<String>,
    #[serde(default)]
    support_groups: Vec<String>,
    #[serde(default)]
    wants_skk: bool,
    #[serde(default)]
    wants_kontaktfamilj: bool,
    #[serde(default)]
    psychosocial_education: bool,
    #[serde(default)]
    psychosocial_experience: bool,
    children_under_15: Option<String>,
    #[serde(default)]
    consents_to_register_check: bool,
    #[serde(default)]
    consents_to_borneattest: bool,
}

/// The number of named cases across the three fixture files.
pub fn case_count() -> usize {
    let consents = serde_json::from_str::<Fixture<ConsentVector>>(CONSENTS);
    let assessments = serde_json::from_str::<Fixture<AssessmentVector>>(ASSESSMENTS);
    let volunteers = serde_json::from_str::<Fixture<VolunteerVector>>(VOLUNTEERS);
    consents.map_or(0, |f| f.cases.len())
        + assessments.map_or(0, |f| f.cases.len())
        + volunteers.map_or(0, |f| f.cases.len())
}

/// One line per case that does not give the expected result (or fixture that does not parse).
pub fn failures() -> Vec<String> {
    let mut failures = Vec::new();
    match serde_json::from_str::<Fixture<ConsentVector>>(CONSENTS) {
        Ok(fixture) => fixture
            .cases
            .iter()
            .for_each(|v| check_consents(v, &mut failures)),
        Err(error) => failures.push(format!("consents.json: {error}")),
    }
    match serde_json::from_str::<Fixture<AssessmentVector>>(ASSESSMENTS) {
        Ok(fixture) => fixture
            .cases
            .iter()
            .for_each(|v| check_assessment(v, &mut failures)),
        Err(error) => failures.push(format!("assessments.json: {error}")),
    }
    match serde_json::from_str::<Fixture<VolunteerVector>>(VOLUNTEERS) {
        Ok(fixture) => fixture
            .cases
            .iter()
            .for_each(|v| check_volunteer_vector(v, &mut failures)),
        Err(error) => failures.push(format!("volunteers.json: {error}")),
    }
    failures
}

fn check_consents(vector: &ConsentVector, failures: &mut Vec<String>) {
    let inputs = (
        date(&vector.today),
        case(&vector.case),
        by_code(Measure::ALL, &vector.measure, Measure::code),
    );
    let (Ok(today), Ok(case), Ok(measure)) = inputs else {
        failures.push(format!("{}: bad input", vector.name));
        return;
    };
    let mut actual: Vec<String> = consents(&case, measure, today)
        .iter()
        .map(|each| {
            let line = consent_line(each);
            let (_, rest) = line.split_once(": ").unwrap_or(("", &line));
            format!("{rest} @{}", basis(each.basis))
        })
        .collect();
    let mut expected: Vec<String> = vector
        .expect
        .iter()
        .map(|each| {
            let mut flags = each
                .flags
                .iter()
                .map(|flag| format!("+{flag}"))
                .collect::<Vec<_>>();
            flags.sort();
            let review = if each.legal_review { " !review" } else { "" };
            let flags = flags
                .iter()
                .map(|flag| format!(" {flag}"))
                .collect::<String>();
            format!(
                "{} {}{flags}{review} @{}",
                each.consenter, each.role, each.basis
            )
        })
        .collect();
    actual.sort();
    expected.sort();
    if actual != expected {
        failures.push(format!(
            "{}: consents {actual:?}, expected {expected:?}",
            vector.name
        ));
    }
}

fn check_assessment(vector: &AssessmentVector, failures: &mut Vec<String>) {
    let (Ok(today), Ok(case)) = (date(&vector.today), case(&vector.case)) else {
        failures.push(format!("{}: bad input", vector.name));
        return;
    };
    let assessment = assess(&case, today);
    let name = &vector.name;
    if assessment.outcome.code() != vector.outcome {
        failures.push(format!(
            "{name}: outcome {}, expected {}",
            assessment.outcome.code(),
            vector.outcome
        ));
    }
    let measures: Vec<&str> = assessment.measures.iter().map(|m| m.code()).collect();
    compare_sets(
        name,
        "measures",
        measures.iter().map(|m| m.to_string()).collect(),
        vector.measures.clone(),
        failures,
    );
    let consents = assessment.consents.iter().map(consent_line).collect();
    let expected = vector.consents.iter().map(|line| normalise(line)).collect();
    compare_sets(name, "consents", consents, expected, failures);
    let reasons = assessment
        .reasons
        .iter()
        .map(|r| r.code.code().to_owned())
        .collect();
    compare_sets(name, "reasons", reasons, vector.reasons.clone(), failures);
    for (code, expected) in &vector.bases {
        let found = assessment.reasons.iter().find(|r| r.code.code() == code);
        let actual = found.and_then(|r| r.basis).map(basis);
        if actual.as_deref() != Some(expected.as_str()) {
            failures.push(format!(
                "{name}: basis of {code} is {actual:?}, expected {expected}"
            ));
        }
    }
    let mut codes: Vec<ReasonCode> = assessment.reasons.iter().map(|r| r.code).collect();
    codes.sort();
    codes.dedup();
    if codes.len() != assessment.reasons.len() {
        failures.push(format!("{name}: a reason is repeated"));
    }
}

fn check_volunteer_vector(vector: &VolunteerVector, failures: &mut Vec<String>) {
    let input = &vector.case;
    let birth = input.birth_date.as_deref().map(date).transpose();
    let under_15 = input
        .children_under_15
        .as_deref()
        .map(|c| by_code(Answer::ALL, c, Answer::code))
        .transpose();
    let groups: Result<Vec<SupportGroup>, String> = input
        .support_groups
        .iter()
        .map(|g| by_code(SupportGroup::ALL, g, SupportGroup::code))
        .collect();
    let inputs = (
        date(&vector.today),
        country(&input.country),
        birth,
        under_15,
        groups,
    );
    let (Ok(today), Ok(country), Ok(birth_date), Ok(children_under_15), Ok(support_groups)) =
        inputs
    else {
        failures.push(format!("{}: bad input", vector.name));
        return;
    };
    let case = VolunteerCase {
        country,
        birth_date,
        support_groups,
        wants_skk: input.wants_skk,
        wants_kontaktfamilj: input.wants_kontaktfamilj,
        psychosocial_education: input.psychosocial_education,
        psychosocial_experience: input.psychosocial_experience,
        children_under_15,
        consents_to_register_check: input.consents_to_register_check,
        consents_to_borneattest: input.consents_to_borneattest,
    };
    let result = check_volunteer(&case, today);
    let checks: Vec<String> = result
        .checks
        .iter()
        .map(|c| format!("{} {}", c.rule.code(), c.status.code()))
        .collect();
    if result.outcome.code() != vector.outcome || checks != vector.checks {
        failures.push(format!(
            "{}: {} {checks:?}, expected {} {:?}",
            vector.name,
            result.outcome.code(),
            vector.outcome,
            vector.checks
        ));
    }
}

fn compare_sets(
    name: &str,
    what: &str,
    mut actual: Vec<String>,
    mut expected: Vec<String>,
    failures: &mut Vec<String>,
) {
    actual.sort();
    expected.sort();
    if actual != expected {
        failures.push(format!("{name}: {what} {actual:?}, expected {expected:?}"));
    }
}

/// `"<measure>: <consenter> <role> [+flag …] [!review]"` with the flags sorted.
fn consent_line(each: &ConsentRequirement) -> String {
    let mut line = format!(
        "{}: {} {}",
        each.measure.code(),
        each.consenter.code(),
        each.role.code()
    );
    let mut flags: Vec<String> = each
        .flags
        .iter()
        .map(|flag| format!("+{}", flag.code()))
        .collect();
    flags.sort();
    for flag in flags {
        line.push(' ');
        line.push_str(&flag);
    }
    if each.legal_review {
        line.push_str(" !review");
    }
    line
}

/// A hand-written consent line with its flags sorted and spacing made regular.
fn normalise(line: &str) -> String {
    let mut words = line.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(3).collect();
    let mut flags: Vec<&str> = words.clone().filter(|w| w.starts_with('+')).collect();
    flags.sort();
    let review = words.filter(|w| *w == "!review");
    head.into_iter()
        .chain(flags)
        .chain(review)
        .collect::<Vec<_>>()
        .join(" ")
}

fn basis(reference: &LegalRef) -> String {
    format!("{}: {}", reference.act.code(), reference.cite)
}

fn case(input: &CaseInput) -> Result<Case, String> {
    let mut case = Case::new(
        country(&input.country)?,
        by_code(Applicant::ALL, &input.applicant, Applicant::code)?,
    );
    case.birth_date = input.birth_date.as_deref().map(date).transpose()?;
    case.custody = input
        .custody
        .as_deref()
        .map(|c| by_code(Custody::ALL, c, Custody::code))
        .transpose()?;
    case.other_guardian = input
        .other_guardian
        .as_deref()
        .map(|c| by_code(OtherGuardian::ALL, c, OtherGuardian::code))
        .transpose()?;
    case.adult_agrees = input
        .adult_agrees
        .as_deref()
        .map(|c| by_code(OtherGuardian::ALL, c, OtherGuardian::code))
        .transpose()?;
    case.needs = input
        .needs
        .iter()
        .map(|c| by_code(Need::ALL, c, Need::code))
        .collect::<Result<_, _>>()?;
    case.lss_personkrets = input
        .lss_personkrets
        .as_deref()
        .map(|c| by_code(Answer::ALL, c, Answer::code))
        .transpose()?;
    case.whole_family = input.whole_family;
    case.supported_before_18 = input
        .supported_before_18
        .as_deref()
        .map(|c| by_code(Answer::ALL, c, Answer::code))
        .transpose()?;
    case.adult_circumstances = input
        .adult_circumstances
        .iter()
        .map(|c| by_code(AdultCircumstance::ALL, c, AdultCircumstance::code))
        .collect::<Result<_, _>>()?;
    Ok(case)
}

fn country(code: &str) -> Result<Country, String> {
    Country::from_code(code).ok_or_else(|| format!("unknown country {code}"))
}

fn by_code<T: Copy>(all: &[T], code: &str, code_of: fn(T) -> &'static str) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|each| code_of(*each) == code)
        .ok_or_else(|| format!("unknown code {code}"))
}

/// `YYYY-MM-DD`.
fn date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(format!("bad date {text}"));
    };
    let number = |part: &str| part.parse::<i32>().map_err(|_| format!("bad date {text}"));
    let month = u8::try_from(number(month)?).map_err(|_| format!("bad date {text}"))?;
    let day = u8::try_from(number(day)?).map_err(|_| format!("bad date {text}"))?;
    let month = time::Month::try_from(month).map_err(|_| format!("bad date {text}"))?;
    Date::from_calendar_date(number(year)?, month, day).map_err(|_| format!("bad date {text}"))
}
