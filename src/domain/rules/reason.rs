//! Why an assessment came out as it did: outcome and reason codes, each with its legal basis.

use crate::domain::law::LegalRef;

/// The overall indication. Always preliminary: the municipality decides after its own
/// investigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// One or more measures may fit.
    MayFit,
    /// The answers do not allow an indication; the municipality will find out.
    Unclear,
    /// SE: not an application; report a concern (orosanmälan) instead.
    RedirectOrosanmalan,
    /// DK: not an application; notify the municipality (underretning) instead.
    RedirectUnderretning,
}

impl Outcome {
    pub const ALL: &'static [Outcome] = &[
        Outcome::MayFit,
        Outcome::Unclear,
        Outcome::RedirectOrosanmalan,
        Outcome::RedirectUnderretning,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::MayFit => "may-fit",
            Outcome::Unclear => "unclear",
            Outcome::RedirectOrosanmalan => "redirect-orosanmalan",
            Outcome::RedirectUnderretning => "redirect-underretning",
        }
    }
}

/// One reason, with the citation it rests on. Reasons about missing or contradictory answers
/// have no legal basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub code: ReasonCode,
    pub basis: Option<&'static LegalRef>,
}

/// Why a measure may fit, why not, or what else the user should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasonCode {
    // Sweden.
    KontaktpersonMayFit,
    KontaktfamiljMayFit,
    SkkMayFit,
    /// SKK is only for a person under 21; kontaktperson is indicated instead.
    SkkOnlyUnder21,
    /// The committee can decide on SKK contact without consent for a person under 20.
    Lvu22Information,
    LssKontaktpersonMayFit,
    /// SoL insatser remain an alternative to LSS.
    SolAlternativeToLss,
    /// If the person is in the LSS personkrets, LSS 9 § 4 may also fit.
    LssPersonkretsUnknown,
    /// One of two guardians refuses; the committee may still go ahead (FB 6 kap. 13 a §).
    OtherGuardianRefusesNotBlocking,
    /// One of two guardians refuses, and FB 6 kap. 13 a § does not cover SKK.
    OtherGuardianRefusesSkk,
    /// A worried third party: report a concern (orosanmälan).
    RedirectOrosanmalan,
    // Denmark.
    FastKontaktpersonBarnMayFit,
    FastKontaktpersonFamilieMayFit,
    UngestotteMayFit,
    /// Ungestøtte needs support before 18; the adult rules apply instead.
    UngestotteNeedsSupportBefore18,
    /// Whether there was support before 18 is not known.
    SupportBefore18Unknown,
    Sel85MayFit,
    Sel98MayFit,
    Sel99MayFit,
    /// The council can order support for a child aged 10–17 without consent (barnets lov § 39).
    YouthOrderInformation,
    /// With joint custody both forældremyndighedsindehavere consent.
    JointCustodyBothConsent,
    /// One of two forældremyndighedsindehavere refuses; § 32 needs consent.
    OtherCustodyHolderRefuses,
    /// A child of 10 or more is a party in the case.
    ChildPartyFrom10,
    /// A fast kontaktperson gives no relief; the municipality may offer relief stays or other
    /// support instead.
    FamilyReliefOtherSupport,
    /// A worried third party: notify the municipality (underretning).
    RedirectUnderretning,
    // Both countries.
    BirthDateMissing,
    BirthDateInFuture,
    /// The role of the person applying does not fit the age of the person the support is for.
    ApplicantRoleDoesNotFitAge,
    NoNeedStated,
    /// A god man, förvaltare or værge acts only within their appointment; the person's own
    /// wish still counts.
    RepresentativeApplies,
    /// SE: a god man for an unaccompanied child applies in the guardians' place.
    RepresentativeInGuardiansPlace,
    /// A relative applies for an adult: the adult (or their god man, förvaltare or værge)
    /// applies or agrees.
    RelativeApplies,
    /// The adult a relative applies for does not agree: no measure without their consent.
    AdultDoesNotAgree,
}

impl ReasonCode {
    pub const ALL: &'static [ReasonCode] = &[
        ReasonCode::KontaktpersonMayFit,
        ReasonCode::KontaktfamiljMayFit,
        ReasonCode::SkkMayFit,
        ReasonCode::SkkOnlyUnder21,
        ReasonCode::Lvu22Information,
        ReasonCode::LssKontaktpersonMayFit,
        ReasonCode::SolAlternativeToLss,
        ReasonCode::LssPersonkretsUnknown,
        ReasonCode::OtherGuardianRefusesNotBlocking,
        ReasonCode::OtherGuardianRefusesSkk,
        ReasonCode::RedirectOrosanmalan,
        ReasonCode::FastKontaktpersonBarnMayFit,
        ReasonCode::FastKontaktpersonFamilieMayFit,
        ReasonCode::UngestotteMayFit,
        ReasonCode::UngestotteNeedsSupportBefore18,
        ReasonCode::SupportBefore18Unknown,
        ReasonCode::Sel85MayFit,
        ReasonCode::Sel98MayFit,
        ReasonCode::Sel99MayFit,
        ReasonCode::YouthOrderInformation,
        ReasonCode::JointCustodyBothConsent,
        ReasonCode::OtherCustodyHolderRefuses,
        ReasonCode::ChildPartyFrom10,
        ReasonCode::FamilyReliefOtherSupport,
        ReasonCode::RedirectUnderretning,
        ReasonCode::BirthDateMissing,
        ReasonCode::BirthDateInFuture,
        ReasonCode::ApplicantRoleDoesNotFitAge,
        ReasonCode::NoNeedStated,
        ReasonCode::RepresentativeApplies,
        ReasonCode::RepresentativeInGuardiansPlace,
        ReasonCode::RelativeApplies,
        ReasonCode::AdultDoesNotAgree,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReasonCode::KontaktpersonMayFit => "kontaktperson-may-fit",
            ReasonCode::KontaktfamiljMayFit => "kontaktfamilj-may-fit",
            ReasonCode::SkkMayFit => "skk-may-fit",
            ReasonCode::SkkOnlyUnder21 => "skk-only-under-21",
            ReasonCode::Lvu22Information => "lvu-22-information",
            ReasonCode::LssKontaktpersonMayFit => "lss-kontaktperson-may-fit",
            ReasonCode::SolAlternativeToLss => "sol-alternative-to-lss",
            ReasonCode::LssPersonkretsUnknown => "lss-personkrets-unknown",
            ReasonCode::OtherGuardianRefusesNotBlocking => "other-guardian-refuses-not-blocking",
            ReasonCode::OtherGuardianRefusesSkk => "other-guardian-refuses-skk",
            ReasonCode::RedirectOrosanmalan => "redirect-orosanmalan",
            ReasonCode::FastKontaktpersonBarnMayFit => "fast-kontaktperson-barn-may-fit",
            ReasonCode::FastKontaktpersonFamilieMayFit => "fast-kontaktperson-familie-may-fit",
            ReasonCode::UngestotteMayFit => "ungestotte-may-fit",
            ReasonCode::UngestotteNeedsSupportBefore18 => "ungestotte-needs-support-before-18",
            ReasonCode::SupportBefore18Unknown => "support-before-18-unknown",
            ReasonCode::Sel85MayFit => "sel-85-may-fit",
            ReasonCode::Sel98MayFit => "sel-98-may-fit",
            ReasonCode::Sel99MayFit => "sel-99-may-fit",
            ReasonCode::YouthOrderInformation => "youth-order-information",
            ReasonCode::JointCustodyBothConsent => "joint-custody-both-consent",
            ReasonCode::OtherCustodyHolderRefuses => "other-custody-holder-refuses",
            ReasonCode::ChildPartyFrom10 => "child-party-from-10",
            ReasonCode::FamilyReliefOtherSupport => "family-relief-other-support",
            ReasonCode::RedirectUnderretning => "redirect-underretning",
            ReasonCode::BirthDateMissing => "birth-date-missing",
            ReasonCode::BirthDateInFuture => "birth-date-in-future",
            ReasonCode::ApplicantRoleDoesNotFitAge => "applicant-role-does-not-fit-age",
            ReasonCode::NoNeedStated => "no-need-stated",
            ReasonCode::RepresentativeApplies => "representative-applies",
            ReasonCode::RepresentativeInGuardiansPlace => "representative-in-guardians-place",
            ReasonCode::RelativeApplies => "relative-applies",
            ReasonCode::AdultDoesNotAgree => "adult-does-not-agree",
        }
    }

    /// Whether this reason makes the overall indication unclear.
    pub fn makes_unclear(self) -> bool {
        matches!(
            self,
            ReasonCode::BirthDateMissing
                | ReasonCode::BirthDateInFuture
                | ReasonCode::ApplicantRoleDoesNotFitAge
                | ReasonCode::NoNeedStated
                | ReasonCode::SupportBefore18Unknown
                | ReasonCode::AdultDoesNotAgree
        )
    }
}
