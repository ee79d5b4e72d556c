//! The eligibility indication: which measures may fit, who must agree, and why.
//!
//! `assess` never fails. Missing or contradictory answers give the outcome `Unclear`, and every
//! outcome is preliminary: the municipality decides after its own investigation.

use crate::domain::Date;
use crate::domain::age::age_on;
use crate::domain::law::{self, LSS_1, Topic};
use crate::domain::locale::Country;

use super::case::{AdultCircumstance, Answer, Applicant, Case, Need, OtherGuardian};
use super::consent::{ConsentFlag, ConsentRequirement, consents};
use super::information::INFORMATION_RULES;
use super::measure::Measure;
use super::reason::{Outcome, Reason, ReasonCode};

/// The result of `assess`: an outcome, the measures that may fit, the consents they need, and
/// the reasons (each with its legal basis).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// The person's age on the day assessed, when the birth date allows it.
    pub age: Option<u32>,
    pub measures: Vec<Measure>,
    pub consents: Vec<ConsentRequirement>,
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// Whether `consents` is the whole answer: without a birth date (or with one in the
    /// future) no one can tell yet who must agree, so an empty list says nothing.
    pub fn consents_known(&self) -> bool {
        self.age.is_some()
    }
}

/// Assesses `case` on `today`.
pub fn assess(case: &Case, today: Date) -> Assessment {
    let mut found = Found::default();
    if case.applicant == Applicant::ThirdParty {
        let (outcome, code, topic) = match case.country {
            Country::Se => (
                Outcome::RedirectOrosanmalan,
                ReasonCode::RedirectOrosanmalan,
                Topic::SeOrosanmalan,
            ),
            Country::Dk => (
                Outcome::RedirectUnderretning,
                ReasonCode::RedirectUnderretning,
                Topic::DkUnderretning,
            ),
        };
        found.reason(code, law::in_force(topic, today));
        return found.finish(Some(outcome), None, case, today);
    }
    let age = match case.birth_date {
        Some(birth) if birth <= today => age_on(birth, today),
        birth => {
            let code = match birth {
                None => ReasonCode::BirthDateMissing,
                Some(_) => ReasonCode::BirthDateInFuture,
            };
            found.reason(code, None);
            return found.finish(Some(Outcome::Unclear), None, case, today);
        }
    };
    match case.applicant {
        applicant if applicant.contradicts_age(age) => {
            found.reason(ReasonCode::ApplicantRoleDoesNotFitAge, None);
        }
        Applicant::Guardian if age >= 18 => {
            found.reason(ReasonCode::ApplicantRoleDoesNotFitAge, None);
        }
        // SE: a god man for an unaccompanied child acts in the guardians' place.
        Applicant::LegalRepresentative if age < 18 && case.country == Country::Se => {
            found.reason(
                ReasonCode::RepresentativeInGuardiansPlace,
                law::in_force(Topic::SeUnaccompaniedChild, today),
            );
        }
        Applicant::LegalRepresentative if age < 18 => {
            found.reason(ReasonCode::ApplicantRoleDoesNotFitAge, None);
        }
        Applicant::LegalRepresentative => {
            found.reason(ReasonCode::RepresentativeApplies, None);
        }
        // The measures need the adult's own request or consent (SoL 13 kap. 7 §, LSS 8 §,
        // serviceloven), which the measure's reasons cite.
        Applicant::Relative => {
            found.reason(ReasonCode::RelativeApplies, None);
            if case.adult_agrees == Some(OtherGuardian::Refuses) {
                found.reason(ReasonCode::AdultDoesNotAgree, None);
            }
        }
        _ => {}
    }
    match case.country {
        Country::Se => sweden(case, age, today, &mut found),
        Country::Dk => denmark(case, age, today, &mut found),
    }
    for rule in INFORMATION_RULES {
        if rule.matches(case.country, &case.needs, age, today) {
            found.reason(rule.reason, Some(rule.basis));
        }
    }
    found.finish(None, Some(age), case, today)
}

/// SE routes: LSS 9 § 4 when in the personkrets, SKK for risk behaviour under 21, kontaktfamilj
/// for relief, and kontaktperson otherwise (children and adults alike).
fn sweden(case: &Case, age: u32, today: Date, found: &mut Found) {
    if case.lss_personkrets == Some(Answer::Yes) {
        found.measure(
            Measure::LssBitradeAvKontaktperson,
            ReasonCode::LssKontaktpersonMayFit,
            age,
            today,
        );
        found.reason(
            ReasonCode::SolAlternativeToLss,
            law::in_force(Topic::SeInsatser, today),
        );
    }
    if case.needs.contains(&Need::RiskBehaviour) {
        let skk = Measure::SarskiltKvalificeradKontaktperson;
        if skk.rule(age, today).is_some() {
            found.measure(skk, ReasonCode::SkkMayFit, age, today);
        } else {
            found.reason(ReasonCode::SkkOnlyUnder21, skk.basis(today));
            found.measure(
                Measure::Kontaktperson,
                ReasonCode::KontaktpersonMayFit,
                age,
                today,
            );
        }
    }
    if case.needs.contains(&Need::FamilyRelief) {
        found.measure(
            Measure::Kontaktfamilj,
            ReasonCode::KontaktfamiljMayFit,
            age,
            today,
        );
    }
    let general = [
        Need::CompanyAndLeisure,
        Need::RoutinesAndStructure,
        Need::SchoolEducationOrWork,
    ];
    if case.needs.is_empty() || case.needs.iter().any(|need| general.contains(need)) {
        found.measure(
            Measure::Kontaktperson,
            ReasonCode::KontaktpersonMayFit,
            age,
            today,
        );
    }
    if case.needs.is_empty() {
        found.reason(ReasonCode::NoNeedStated, None);
    }
    if case.lss_personkrets == Some(Answer::DontKnow) {
        found.reason(ReasonCode::LssPersonkretsUnknown, Some(&LSS_1));
    }
}

/// DK routes: a fast kontaktperson for a child (or the family), ungestøtte for 18–22-year-olds
/// supported before 18, and serviceloven §§ 98, 99 or 85 for adults. A fast kontaktperson
/// gives no relief: a need of relief is answered with what else the municipality may offer.
fn denmark(case: &Case, age: u32, today: Date, found: &mut Found) {
    let relief = case.needs.contains(&Need::FamilyRelief);
    if age < 18 {
        if relief {
            found.reason(
                ReasonCode::FamilyReliefOtherSupport,
                law::in_force(Topic::DkReliefStays, today),
            );
        }
        if case.whole_family {
            found.measure(
                Measure::FastKontaktpersonFamilie,
                ReasonCode::FastKontaktpersonFamilieMayFit,
                age,
                today,
            );
        } else {
            found.measure(
                Measure::FastKontaktpersonBarn,
                ReasonCode::FastKontaktpersonBarnMayFit,
                age,
                today,
            );
        }
        if case.needs.is_empty() {
            found.reason(ReasonCode::NoNeedStated, None);
        }
        return;
    }
    if relief {
        found.reason(ReasonCode::FamilyReliefOtherSupport, None);
    }
    let ungestotte = Measure::Ungestotte;
    if ungestotte.rule(age, today).is_some() {
        match case.supported_before_18 {
            Some(Answer::Yes) => {
                found.measure(ungestotte, ReasonCode::UngestotteMayFit, age, today);
                adult(case, age, today, found, false);
                return;
            }
            Some(Answer::No) => {
                found.reason(
                    ReasonCode::UngestotteNeedsSupportBefore18,
                    ungestotte.basis(today),
                );
            }
            Some(Answer::DontKnow) | None => {
                found.measure(ungestotte, ReasonCode::UngestotteMayFit, age, today);
                found.reason(ReasonCode::SupportBefore18Unknown, ungestotte.basis(today));
            }
        }
    }
    adult(case, age, today, found, true);
}

/// DK adults: § 98 for deafblind people, § 99 for people without a home, otherwise § 85 (when
/// `fallback` allows it).
fn adult(case: &Case, age: u32, today: Date, found: &mut Found, fallback: bool) {
    let circumstances = &case.adult_circumstances;
    if circumstances.contains(&AdultCircumstance::Deafblind) {
        found.measure(Measure::Sel98, ReasonCode::Sel98MayFit, age, today);
    }
    if circumstances.contains(&AdultCircumstance::HomelessMentalIllnessOrSubstanceMisuse) {
        found.measure(Measure::Sel99, ReasonCode::Sel99MayFit, age, today);
    }
    if fallback && circumstances.is_empty() {
        found.measure(Measure::Sel85, ReasonCode::Sel85MayFit, age, today);
    }
    if case.needs.is_empty() && circumstances.is_empty() {
        found.reason(ReasonCode::NoNeedStated, None);
    }
}

/// What an assessment has found so far.
#[derive(Default)]
struct Found {
    measures: Vec<Measure>,
    reasons: Vec<Reason>,
}

impl Found {
    /// Records a reason once.
    fn reason(&mut self, code: ReasonCode, basis: Option<&'static law::LegalRef>) {
        if !self.reasons.iter().any(|reason| reason.code == code) {
            self.reasons.push(Reason { code, basis });
        }
    }

    /// Records a measure once, if a rule makes it available at `age` on `today`.
    fn measure(&mut self, measure: Measure, code: ReasonCode, age: u32, today: Date) {
        if let Some(rule) = measure.rule(age, today) {
            if !self.measures.contains(&measure) {
                self.measures.push(measure);
            }
            self.reason(code, Some(rule.basis));
        }
    }

    fn finish(
        mut self,
        outcome: Option<Outcome>,
        age: Option<u32>,
        case: &Case,
        today: Date,
    ) -> Assessment {
        // In `Measure::ALL` order (filtered, not sorted: a sort instance costs kilobytes of wasm).
        self.measures = Measure::ALL
            .iter()
            .copied()
            .filter(|measure| self.measures.contains(measure))
            .collect();
        let consents: Vec<ConsentRequirement> = self
            .measures
            .iter()
            .flat_map(|measure| consents(case, *measure, today))
            .collect();
        let flagged = |flag: ConsentFlag| consents.iter().any(|each| each.flags.contains(&flag));
        let from_flags = [
            (
                ConsentFlag::OtherGuardianRefusesNotBlocking,
                Country::Se,
                ReasonCode::OtherGuardianRefusesNotBlocking,
                Topic::SeOneGuardianRefuses,
            ),
            (
                ConsentFlag::OtherGuardianRefuses,
                Country::Se,
                ReasonCode::OtherGuardianRefusesSkk,
                Topic::SeOneGuardianRefuses,
            ),
            (
                ConsentFlag::BothCustodyHolders,
                Country::Dk,
                ReasonCode::JointCustodyBothConsent,
                Topic::DkJointCustody,
            ),
            (
                ConsentFlag::OtherGuardianRefuses,
                Country::Dk,
                ReasonCode::OtherCustodyHolderRefuses,
                Topic::DkConsent,
            ),
            (
                ConsentFlag::ChildPartyFrom10,
                Country::Dk,
                ReasonCode::ChildPartyFrom10,
                Topic::DkChildParty,
            ),
        ];
        for (flag, country, code, topic) in from_flags {
            if case.country == country && flagged(flag) {
                self.reason(code, law::in_force(topic, today));
            }
        }
        let outcome = outcome.unwrap_or(
            if self.measures.is_empty()
                || self
                    .reasons
                    .iter()
                    .any(|reason| reason.code.makes_unclear())
            {
                Outcome::Unclear
            } else {
                Outcome::MayFit
            },
        );
        Assessment {
            outcome,
            age,
            measures: self.measures,
            consents,
            reasons: self.reasons,
        }
    }
}
