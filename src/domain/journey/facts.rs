//! Typed facts read out of the answers, for the routing table and the cases.

use super::Setup;
use crate::domain::Date;
use crate::domain::age::age_on;
use crate::domain::answers::Answers;
use crate::domain::field::Field;
use crate::domain::options::*;
use crate::domain::person_id::PersonId;
use crate::domain::rules::Applicant;
use crate::domain::validate::parse_date;

/// Reads typed facts out of the answers.
pub(super) struct Facts<'a> {
    pub(super) setup: Setup,
    pub(super) answers: &'a Answers,
    pub(super) today: Date,
}

impl Facts<'_> {
    pub(super) fn applicant(&self) -> Option<Applicant> {
        self.answers.one(APPLICANT)
    }

    pub(super) fn parse_id(&self, field: Field) -> Option<PersonId> {
        let country = self.setup.country(self.answers)?;
        PersonId::parse(country, self.answers.text(field), self.today).ok()
    }

    pub(super) fn person_id(&self) -> Option<PersonId> {
        self.parse_id(Field::PersonId)
    }

    pub(super) fn volunteer_id(&self) -> Option<PersonId> {
        self.parse_id(Field::VolunteerPersonId)
    }

    pub(super) fn volunteer_age(&self) -> Option<u32> {
        self.volunteer_id().map(|id| id.age_on(self.today))
    }

    pub(super) fn birth_date(&self) -> Option<Date> {
        parse_date(self.answers.date(Field::BirthDate)?).ok()
    }

    pub(super) fn person_age(&self) -> Option<u32> {
        self.birth_date()
            .filter(|birth| *birth <= self.today)
            .map(|birth| age_on(birth, self.today))
    }

    /// Under 18; before the date of birth is known, whoever applies for a child or as a young
    /// person is taken to be about a child.
    pub(super) fn is_child(&self) -> bool {
        match self.person_age() {
            Some(age) => age < 18,
            None => matches!(
                self.applicant(),
                Some(Applicant::Guardian | Applicant::YoungPerson) | None
            ),
        }
    }

    /// A guardian applying for their child.
    pub(super) fn guardian_for_child(&self) -> bool {
        self.applicant() == Some(Applicant::Guardian) && self.is_child()
    }

    /// Whether the person, or with several children any of them, has a protected identity.
    pub(super) fn protected_identity(&self) -> bool {
        let protected = |answers: &Answers| answers.one(PROTECTED_IDENTITY) == Some(YesNo::Yes);
        protected(self.answers)
            || (self.takes_children() && self.answers.siblings().iter().any(protected))
    }

    /// A guardian applying for a child may add the child's siblings to the application.
    pub(super) fn takes_children(&self) -> bool {
        self.applicant() == Some(Applicant::Guardian) && self.is_child()
    }

    pub(super) fn role(&self, role: VolunteerRole) -> bool {
        self.answers.ticked(VOLUNTEER_ROLES, role)
    }
}
