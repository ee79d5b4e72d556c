//! The assessment, a volunteer's requirements check and legal references in their wire form.

use super::{
    PayloadAssessment, PayloadCheck, PayloadConsent, PayloadLegalRef, PayloadReason,
    PayloadRequirements, iso_date,
};
use crate::domain::law::LegalRef;
use crate::domain::rules::{Assessment, VolunteerAssessment};

impl From<&Assessment> for PayloadAssessment {
    fn from(assessment: &Assessment) -> PayloadAssessment {
        PayloadAssessment {
            outcome: assessment.outcome.code().to_owned(),
            age: assessment.age,
            measures: assessment
                .measures
                .iter()
                .map(|measure| measure.code().to_owned())
                .collect(),
            consents: assessment
                .consents
                .iter()
                .map(|consent| PayloadConsent {
                    measure: consent.measure.code().to_owned(),
                    consenter: consent.consenter.code().to_owned(),
                    role: consent.role.code().to_owned(),
                    flags: consent
                        .flags
                        .iter()
                        .map(|flag| flag.code().to_owned())
                        .collect(),
                    basis: PayloadLegalRef::from(consent.basis),
                    legal_review: consent.legal_review,
                })
                .collect(),
            reasons: assessment
                .reasons
                .iter()
                .map(|reason| PayloadReason {
                    code: reason.code.code().to_owned(),
                    basis: reason.basis.map(PayloadLegalRef::from),
                })
                .collect(),
        }
    }
}

impl From<&VolunteerAssessment> for PayloadRequirements {
    fn from(assessment: &VolunteerAssessment) -> PayloadRequirements {
        PayloadRequirements {
            outcome: assessment.outcome.code().to_owned(),
            checks: assessment
                .checks
                .iter()
                .map(|check| PayloadCheck {
                    rule: check.rule.code().to_owned(),
                    status: check.status.code().to_owned(),
                    basis: check.basis.map(PayloadLegalRef::from),
                })
                .collect(),
        }
    }
}

impl From<&LegalRef> for PayloadLegalRef {
    fn from(reference: &LegalRef) -> PayloadLegalRef {
        PayloadLegalRef {
            act: reference.act.code().to_owned(),
            cite: reference.cite.to_owned(),
            url: reference.url.to_owned(),
            verified: reference.verified.code().to_owned(),
            from: reference.in_force.from.map(iso_date),
            until: reference.in_force.until.map(iso_date),
        }
    }
}
