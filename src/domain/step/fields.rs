//! The questions each page asks, in the order shown.

use super::Step;
use crate::domain::field::Field;

impl Step {
    /// The questions on this page, in the order shown.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Country => &[Field::Country],
            Step::Purpose => &[Field::Purpose],
            Step::Applicant => &[Field::Applicant],
            Step::Person => &[Field::PersonName, Field::HasPersonId],
            Step::PersonId => &[Field::PersonId],
            Step::BirthDate => &[Field::BirthDate],
            Step::Custody => &[Field::Custody],
            Step::AdultAgreement => &[Field::AdultAgrees],
            Step::OtherGuardian => &[
                Field::OtherGuardianAgrees,
                Field::OtherGuardianName,
                Field::OtherGuardianPhone,
                Field::OtherGuardianEmail,
            ],
            Step::ProtectedIdentity => &[Field::ProtectedIdentity],
            Step::Needs => &[Field::Needs, Field::MeetingFrequency],
            Step::ChildView => &[Field::ChildAsked, Field::ChildOpinion],
            Step::Lss => &[Field::LssPersonkrets],
            Step::WholeFamily => &[Field::WholeFamily],
            Step::SupportedBefore18 => &[Field::SupportedBefore18],
            Step::AdultCircumstances => &[Field::AdultCircumstances],
            Step::Children => &[Field::AddAnotherChild],
            Step::Sibling(_, page) => page.step().fields(),
            Step::Preferences => &[
                Field::PreferredLanguages,
                Field::Interests,
                Field::OtherWishes,
            ],
            Step::Request => &[
                Field::HelpWanted,
                Field::SocialServicesContact,
                Field::CaseworkerName,
            ],
            Step::FamilyTreatment => &[Field::FamilyTreatment],
            Step::AboutYou => &[Field::ApplicantName],
            Step::Contact => &[
                Field::Phone,
                Field::Email,
                Field::ContactMethod,
                Field::ContactTime,
            ],
            Step::Interpreter => &[
                Field::Interpreter,
                Field::InterpreterLanguage,
                Field::ContactLanguage,
            ],
            Step::ContactGuardians => &[Field::MayContactGuardians],
            Step::GuardianDetails => &[Field::GuardianName, Field::GuardianPhone],
            Step::Address => &[Field::StreetAddress, Field::PostalCode, Field::City],
            Step::SameAddress => &[Field::SameAddress],
            Step::OwnAddress => &[
                Field::OwnStreetAddress,
                Field::OwnPostalCode,
                Field::OwnCity,
            ],
            Step::Consents => &[Field::ConsentConfirm, Field::SecrecyRead],
            Step::VolunteerRoles => &[Field::VolunteerRoles],
            Step::SupportGroups => &[Field::SupportGroups],
            Step::VolunteerIdentity => &[Field::ApplicantName, Field::VolunteerPersonId],
            Step::VolunteerContact => &[Field::Phone, Field::Email],
            Step::VolunteerAddress => &[Field::StreetAddress, Field::PostalCode, Field::City],
            Step::VolunteerAbout => &[
                Field::Occupation,
                Field::Languages,
                Field::DrivingLicence,
                Field::HasCar,
                Field::VolunteerInterests,
            ],
            Step::Household => &[
                Field::HouseholdAdults,
                Field::OwnChildren,
                Field::OwnChildrenAges,
                Field::OvernightRoom,
            ],
            Step::Availability => &[
                Field::HoursPerWeek,
                Field::AvailableDays,
                Field::AvailableFrom,
                Field::CommitmentLength,
            ],
            Step::Qualifications => &[
                Field::EducationField,
                Field::EducationLevel,
                Field::ExperienceYears,
                Field::ExperienceDescription,
            ],
            Step::References => &[
                Field::Reference1Name,
                Field::Reference1Relation,
                Field::Reference1Contact,
                Field::Reference2Name,
                Field::Reference2Relation,
                Field::Reference2Contact,
            ],
            Step::RegisterConsent => &[Field::RegisterCheckConsent, Field::VolunteerSecrecyRead],
            Step::AttestConsent => &[
                Field::ChildrenUnder15,
                Field::BorneattestConsent,
                Field::StraffeattestConsent,
                Field::VolunteerSecrecyRead,
            ],
            Step::ThirdParty
            | Step::Indication
            | Step::VolunteerInfo
            | Step::TooYoung
            | Step::CheckAnswers
            | Step::Confirmation => &[],
        }
    }
}
