//! The questions the wizard can ask, as data: a stable id, a kind and its option keys.
//!
//! The id of a field is its HTML `name`, the key of its answer in the payload and the stem of
//! its Fluent messages (`field-<id>-label`, `field-<id>-hint`, `field-<id>-option-<key>`,
//! `error-<id>-required`). Changing an id is a breaking change of the payload. How each one is
//! answered is in `field::kind`.

mod ids;
mod kind;

pub use kind::{DateAutocomplete, FieldKind, InputMode, TextFormat, TextInput};

/// Every question in every journey, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Which country's rules apply (asked only when the settings leave it open).
    Country,
    /// Applying for support, or registering interest in becoming a contact person.
    Purpose,
    /// Family journey: who is filling in the form.
    Applicant,
    /// The name of the person the support is for.
    PersonName,
    /// Whether that person has a personnummer, samordningsnummer or CPR number.
    HasPersonId,
    /// Their personnummer, samordningsnummer or CPR number.
    PersonId,
    /// Their date of birth, confirmed or corrected by the user.
    BirthDate,
    /// For a child: one or two vårdnadshavare (SE), sole or joint forældremyndighed (DK).
    Custody,
    /// With two guardians: whether the other one knows and agrees.
    OtherGuardianAgrees,
    /// The other guardian's name.
    OtherGuardianName,
    /// The other guardian's phone number (optional).
    OtherGuardianPhone,
    /// The other guardian's e-mail address (optional).
    OtherGuardianEmail,
    /// A relative applying for an adult: whether the adult knows and agrees.
    AdultAgrees,
    /// Skyddad identitet / navne- og adressebeskyttelse: when yes, no address is asked or sent.
    ProtectedIdentity,
    /// Broad kinds of need (no diagnoses).
    Needs,
    /// How often they would like to meet.
    MeetingFrequency,
    /// SE: whether the person belongs to the LSS personkrets.
    LssPersonkrets,
    /// DK: support for the whole family, not only the child.
    WholeFamily,
    /// DK, 18–22: had a fast kontaktperson or a placement before turning 18.
    SupportedBefore18,
    /// DK adults: circumstances that point to serviceloven § 98 or § 99 (optional).
    AdultCircumstances,
    /// A guardian applying for children: whether to add another child (the "add another"
    /// page, asked again after each child).
    AddAnotherChild,
    /// Languages the contact person should speak (optional).
    PreferredLanguages,
    /// The person's interests (optional).
    Interests,
    /// Anything else, with a warning not to write sensitive details (optional).
    OtherWishes,
    /// A guardian applying: whether they have asked the child what the child thinks.
    ChildAsked,
    /// What the child thinks, in the child's own words where possible (optional).
    ChildOpinion,
    /// In the applicant's own words: what help is wanted, and why (optional).
    HelpWanted,
    /// Current or earlier contact with social services / kommunen (optional).
    SocialServicesContact,
    /// The caseworker's name, if known (optional).
    CaseworkerName,
    /// DK, a child: the family is in familiebehandling now (optional).
    FamilyTreatment,
    /// Whether an interpreter is needed (optional).
    Interpreter,
    /// The interpreter's language (needed when an interpreter is).
    InterpreterLanguage,
    /// The language the family prefers for contact (optional).
    ContactLanguage,
    /// A young person of 12–17 applying alone: whether the municipality may contact their
    /// guardians (optional).
    MayContactGuardians,
    /// Their guardian's name, when they may be contacted.
    GuardianName,
    /// Their guardian's phone number, when they may be contacted.
    GuardianPhone,
    /// A guardian applying: whether they live at the child's address (optional).
    SameAddress,
    /// The guardian's own street address, when it is not the child's.
    OwnStreetAddress,
    /// The guardian's own postal code.
    OwnPostalCode,
    /// The guardian's own postal town.
    OwnCity,
    /// The name of the person filling in the form (a guardian, a legal representative, or the volunteer).
    ApplicantName,
    /// The phone number to reach the applicant or volunteer on.
    Phone,
    /// Their e-mail address (needed when e-mail is the best way to reach them).
    Email,
    /// The best way to make contact.
    ContactMethod,
    /// The best time to make contact.
    ContactTime,
    /// Street address (never asked with protected identity).
    StreetAddress,
    /// Postal code: SE `NNN NN`, DK `NNNN`.
    PostalCode,
    /// Postal town.
    City,
    /// Family: the applicant confirms the consents listed for this case.
    ConsentConfirm,
    /// Family: the applicant has read the statement on secrecy.
    SecrecyRead,
    /// SE volunteers: kontaktperson, kontaktfamilj, SKK.
    VolunteerRoles,
    /// Volunteers: whom they would like to support.
    SupportGroups,
    /// The volunteer's own personnummer or CPR number (18 or older).
    VolunteerPersonId,
    /// The volunteer's occupation (optional).
    Occupation,
    /// Languages the volunteer speaks (optional).
    Languages,
    /// Whether the volunteer has a driving licence.
    DrivingLicence,
    /// Whether the volunteer has a car.
    HasCar,
    /// The volunteer's interests (optional).
    VolunteerInterests,
    /// Kontaktfamilj: other adults in the household.
    HouseholdAdults,
    /// Kontaktfamilj: the number of own children at home.
    OwnChildren,
    /// Kontaktfamilj: the ages of those children (needed when there are any).
    OwnChildrenAges,
    /// Kontaktfamilj: room for a child to stay overnight.
    OvernightRoom,
    /// Hours a week the volunteer can offer.
    HoursPerWeek,
    /// When in the week the volunteer is free.
    AvailableDays,
    /// From which date.
    AvailableFrom,
    /// For how long.
    CommitmentLength,
    /// SKK qualifications: field of education.
    EducationField,
    /// SKK qualifications: level of education (optional).
    EducationLevel,
    /// SKK qualifications: years of experience of psychosocial work with children and young people.
    ExperienceYears,
    /// SKK qualifications: a short description (optional).
    ExperienceDescription,
    /// First reference: name.
    Reference1Name,
    /// First reference: how they know the volunteer (not a relative).
    Reference1Relation,
    /// First reference: phone number or e-mail address.
    Reference1Contact,
    /// Second reference: name.
    Reference2Name,
    /// Second reference: how they know the volunteer (not a relative).
    Reference2Relation,
    /// Second reference: phone number or e-mail address.
    Reference2Contact,
    /// SE volunteers: consent to the check of the social-services register and the police record extract.
    RegisterCheckConsent,
    /// DK volunteers: whether the assignment may involve children under 15.
    ChildrenUnder15,
    /// DK volunteers: consent to a børneattest (needed unless no children under 15).
    BorneattestConsent,
    /// DK volunteers: consent to a straffeattest where the municipality asks (optional).
    StraffeattestConsent,
    /// Volunteers: they have read about their duty of confidentiality (tystnadsplikt /
    /// tavshedspligt).
    VolunteerSecrecyRead,
}

impl Field {
    /// Whether the question is about one of the people the application is for (asked again
    /// for each child a guardian adds), not about the application as a whole.
    pub fn is_per_person(self) -> bool {
        matches!(
            self,
            Field::PersonName
                | Field::HasPersonId
                | Field::PersonId
                | Field::BirthDate
                | Field::ProtectedIdentity
                | Field::Needs
                | Field::MeetingFrequency
                | Field::ChildAsked
                | Field::ChildOpinion
                | Field::LssPersonkrets
                | Field::WholeFamily
        )
    }

    /// Whether an answer is always needed to continue. Some optional fields become required
    /// by another answer: see `validate::required`.
    pub fn required(self) -> bool {
        !matches!(
            self,
            Field::OtherGuardianPhone
                | Field::OtherGuardianEmail
                | Field::AdultCircumstances
                | Field::PreferredLanguages
                | Field::Interests
                | Field::OtherWishes
                | Field::ChildAsked
                | Field::ChildOpinion
                | Field::HelpWanted
                | Field::SocialServicesContact
                | Field::CaseworkerName
                | Field::FamilyTreatment
                | Field::Interpreter
                | Field::InterpreterLanguage
                | Field::ContactLanguage
                | Field::MayContactGuardians
                | Field::SameAddress
                | Field::Email
                | Field::Occupation
                | Field::Languages
                | Field::VolunteerInterests
                | Field::OwnChildrenAges
                | Field::EducationLevel
                | Field::ExperienceDescription
                | Field::BorneattestConsent
                | Field::StraffeattestConsent
        )
    }
}
