//! Who must ask for or agree to a measure, derived from the person's age on `today`, custody
//! and who applies, with flags for what the caseworker should know.
//!
//! The rows are in `consent_rows::CONSENT_RULES`; this module holds the types and applies them.

use crate::domain::Date;
use crate::domain::age::age_on;
use crate::domain::law::{FB_6_13A, LegalRef, Period};

use super::case::{Applicant, Case, Custody, OtherGuardian};
use super::consent_rows::CONSENT_RULES;
use super::measure::Measure;

/// Whose request, consent or views the measure needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Consenter {
    /// SE: the child's vårdnadshavare (the one, or both).
    Guardians,
    /// DK: the forældremyndighedsindehaver(e) (the one, or both with joint custody).
    CustodyHolders,
    /// The person the support is for: the child, young person or adult.
    Person,
    /// SE god man, förvaltare (or förmyndare, framtidsfullmaktshavare); DK værge.
    LegalRepresentative,
}

impl Consenter {
    pub const ALL: &'static [Consenter] = &[
        Consenter::Guardians,
        Consenter::CustodyHolders,
        Consenter::Person,
        Consenter::LegalRepresentative,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Consenter::Guardians => "guardians",
            Consenter::CustodyHolders => "custody-holders",
            Consenter::Person => "person",
            Consenter::LegalRepresentative => "legal-representative",
        }
    }
}

/// What the consenter has to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConsentRole {
    /// Ask for the measure or agree to it (SoL: "begär eller samtycker").
    RequestsOrConsents,
    /// Ask for the measure (LSS 8 §: "begär").
    Requests,
    /// Agree to it (SoL 21 kap. 1 § 2 st.: "samtycker"; barnets lov: "samtykke").
    Consents,
    /// Be heard: their views are obtained before the decision, but no consent is needed.
    IsHeard,
}

impl ConsentRole {
    pub const ALL: &'static [ConsentRole] = &[
        ConsentRole::RequestsOrConsents,
        ConsentRole::Requests,
        ConsentRole::Consents,
        ConsentRole::IsHeard,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConsentRole::RequestsOrConsents => "requests-or-consents",
            ConsentRole::Requests => "requests",
            ConsentRole::Consents => "consents",
            ConsentRole::IsHeard => "is-heard",
        }
    }
}

/// Something the caseworker and the family should know about one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConsentFlag {
    /// SE: the child has two vårdnadshavare, and both ask or agree.
    BothGuardians,
    /// DK: joint forældremyndighed; the municipality normally asks both for consent.
    BothCustodyHolders,
    /// SE: one of two guardians refuses; the committee may still go ahead if the child's best
    /// interests require it (FB 6 kap. 13 a §). Not a blocker, but a signal.
    OtherGuardianRefusesNotBlocking,
    /// One of two guardians refuses, and no rule lets the committee go ahead without them.
    OtherGuardianRefuses,
    /// The other guardian has not been asked yet.
    OtherGuardianNotAskedYet,
    /// The committee may decide without the guardians' consent if it finds that suitable and
    /// the child agrees (SE, from 12).
    CommitteeMayProceedWithoutGuardians,
    /// DK: a child of 10 or more is a party in the case.
    ChildPartyFrom10,
    /// Only if the person is under 15 or clearly unable to decide for themself (LSS 8 §).
    OnlyIfClearlyUnableToDecide,
    /// SE: the god man of an unaccompanied child asks or agrees in the guardians' place.
    RepresentativeInGuardiansPlace,
}

impl ConsentFlag {
    pub const ALL: &'static [ConsentFlag] = &[
        ConsentFlag::BothGuardians,
        ConsentFlag::BothCustodyHolders,
        ConsentFlag::OtherGuardianRefusesNotBlocking,
        ConsentFlag::OtherGuardianRefuses,
        ConsentFlag::OtherGuardianNotAskedYet,
        ConsentFlag::CommitteeMayProceedWithoutGuardians,
        ConsentFlag::ChildPartyFrom10,
        ConsentFlag::OnlyIfClearlyUnableToDecide,
        ConsentFlag::RepresentativeInGuardiansPlace,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConsentFlag::BothGuardians => "both-guardians",
            ConsentFlag::BothCustodyHolders => "both-custody-holders",
            ConsentFlag::OtherGuardianRefusesNotBlocking => "other-guardian-refuses-not-blocking",
            ConsentFlag::OtherGuardianRefuses => "other-guardian-refuses",
            ConsentFlag::OtherGuardianNotAskedYet => "other-guardian-not-asked-yet",
            ConsentFlag::CommitteeMayProceedWithoutGuardians => {
                "committee-may-proceed-without-guardians"
            }
            ConsentFlag::ChildPartyFrom10 => "child-party-from-10",
            ConsentFlag::OnlyIfClearlyUnableToDecide => "only-if-clearly-unable-to-decide",
            ConsentFlag::RepresentativeInGuardiansPlace => "representative-in-guardians-place",
        }
    }

    /// Whether a row with this flag rests on a reading a lawyer should confirm: that both
    /// holders of joint forældremyndighed must consent is what municipalities normally ask,
    /// but its basis (forældreansvarsloven § 3) is not confirmed.
    pub fn needs_legal_review(self) -> bool {
        self == ConsentFlag::BothCustodyHolders
    }
}

/// When a row applies beyond age and date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applies {
    Always,
    /// Only when a guardian (or a god man in the guardians' place) is the one applying.
    WhenGuardianApplies,
    /// Only when a god man, förvaltare or værge is the one applying.
    WhenRepresentativeApplies,
    /// Unless a guardian is the one applying (the child's own consent is the condition only
    /// for going ahead without the guardians).
    UnlessGuardianApplies,
}

/// One row of the consent table: for these measures, ages and dates, this consenter has this
/// role. Ages are completed years, `below_age` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsentRule {
    pub measures: &'static [Measure],
    pub min_age: u32,
    pub below_age: Option<u32>,
    pub in_force: Period,
    pub consenter: Consenter,
    pub role: ConsentRole,
    pub flags: &'static [ConsentFlag],
    pub applies: Applies,
    pub basis: &'static LegalRef,
    /// The row rests on a reading that a lawyer should confirm.
    pub legal_review: bool,
}

impl ConsentRule {
    /// Whether the row applies to `measure` for a person of `age` on `day` applied for by
    /// `applicant`.
    pub fn matches(&self, measure: Measure, age: u32, day: Date, applicant: Applicant) -> bool {
        self.measures.contains(&measure)
            && self.min_age <= age
            && self.below_age.is_none_or(|below| age < below)
            && self.in_force.contains(day)
            && match self.applies {
                Applies::Always => true,
                Applies::WhenGuardianApplies => for_a_child(applicant),
                Applies::WhenRepresentativeApplies => applicant == Applicant::LegalRepresentative,
                Applies::UnlessGuardianApplies => !for_a_child(applicant),
            }
    }
}

/// Whether the applicant applies on a child's behalf: a guardian, or a representative (SE: a
/// god man for an unaccompanied child, in the guardians' place).
fn for_a_child(applicant: Applicant) -> bool {
    matches!(
        applicant,
        Applicant::Guardian | Applicant::LegalRepresentative
    )
}

/// One thing that must happen before the measure can be decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRequirement {
    pub measure: Measure,
    pub consenter: Consenter,
    pub role: ConsentRole,
    pub flags: Vec<ConsentFlag>,
    pub basis: &'static LegalRef,
    pub legal_review: bool,
}

/// Who must ask for or agree to `measure` for the person in `case`, on `today`. Empty when the
/// birth date is missing or in the future, or when the measure does not apply at that age.
pub fn consents(case: &Case, measure: Measure, today: Date) -> Vec<ConsentRequirement> {
    let Some(birth) = case.birth_date.filter(|birth| *birth <= today) else {
        return Vec::new();
    };
    let age = age_on(birth, today);
    CONSENT_RULES
        .iter()
        .filter(|rule| rule.matches(measure, age, today, case.applicant))
        .map(|rule| {
            let mut flags = rule.flags.to_vec();
            if matches!(
                rule.consenter,
                Consenter::Guardians | Consenter::CustodyHolders
            ) {
                flags.extend(custody_flags(case, rule.consenter, measure, today));
            }
            if rule.consenter == Consenter::Guardians
                && case.applicant == Applicant::LegalRepresentative
            {
                flags.push(ConsentFlag::RepresentativeInGuardiansPlace);
            }
            let legal_review =
                rule.legal_review || flags.iter().any(|flag| flag.needs_legal_review());
            ConsentRequirement {
                measure,
                consenter: rule.consenter,
                role: rule.role,
                flags,
                basis: rule.basis,
                legal_review,
            }
        })
        .collect()
}

/// Flags for a guardians' row from the number of guardians and the other one's position.
fn custody_flags(
    case: &Case,
    consenter: Consenter,
    measure: Measure,
    today: Date,
) -> Vec<ConsentFlag> {
    if case.custody != Some(Custody::Two) {
        return Vec::new();
    }
    let both = match consenter {
        Consenter::CustodyHolders => ConsentFlag::BothCustodyHolders,
        _ => ConsentFlag::BothGuardians,
    };
    let other = match case.other_guardian {
        Some(OtherGuardian::Refuses) if one_refusal_not_blocking(consenter, measure, today) => {
            Some(ConsentFlag::OtherGuardianRefusesNotBlocking)
        }
        Some(OtherGuardian::Refuses) => Some(ConsentFlag::OtherGuardianRefuses),
        Some(OtherGuardian::NotAskedYet) => Some(ConsentFlag::OtherGuardianNotAskedYet),
        Some(OtherGuardian::Agrees) | None => None,
    };
    std::iter::once(both).chain(other).collect()
}

/// FB 6 kap. 13 a § lets the Swedish committee go ahead when one of two guardians refuses a
/// kontaktperson, a kontaktfamilj or LSS 9 § 4, but not an SKK.
fn one_refusal_not_blocking(consenter: Consenter, measure: Measure, today: Date) -> bool {
    consenter == Consenter::Guardians
        && matches!(
            measure,
            Measure::Kontaktperson | Measure::Kontaktfamilj | Measure::LssBitradeAvKontaktperson
        )
        && FB_6_13A.in_force_on(today)
}
