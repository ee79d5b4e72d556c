//! The questions the wizard can ask, as data: a stable id, a kind and its option keys.
//!
//! The id of a field is its HTML `name`, the key of its answer in the payload and the stem of
//! its Fluent messages (`field-<id>-label`, `field-<id>-hint`, `field-<id>-option-<key>`,
//! `error-<id>-required`). Changing an id is a breaking change of the payload.

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
    /// Languages the contact person should speak (optional).
    PreferredLanguages,
    /// The person's interests (optional).
    Interests,
    /// Anything else, with a warning not to write sensitive details (optional).
    OtherWishes,
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
}

/// How a field is answered; the UI picks the component from this and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Exactly one of the options (GOV.UK radios).
    Radios { options: &'static [&'static str] },
    /// Any number of the options (GOV.UK checkboxes).
    Checkboxes { options: &'static [&'static str] },
    /// One line of text.
    Text(TextInput),
    /// Several lines of text with a character count.
    TextArea { max_chars: usize },
    /// Day, month and year in three boxes (GOV.UK date input).
    Date { autocomplete: DateAutocomplete },
}

/// Attributes of a one-line text input that help people and their browsers fill it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextInput {
    /// The HTML `autocomplete` token (`name`, `tel`, `email`, `off`, …).
    pub autocomplete: &'static str,
    pub input_mode: InputMode,
    pub max_chars: usize,
    /// Whether the browser may spell-check it (off for identifiers and codes).
    pub spellcheck: bool,
    /// What the text must be, checked by `validate` with the parsers in `person_id` and
    /// `contact`.
    pub format: TextFormat,
}

/// What a one-line text must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFormat {
    /// Any text within the length limit.
    Plain,
    /// A person's name (`contact::PersonName`).
    Name,
    /// A personnummer/samordningsnummer (SE) or CPR number (DK), by the country in use.
    PersonId,
    /// A Swedish or Danish phone number, by the country in use; sent in E.164.
    Phone,
    /// An e-mail address.
    Email,
    /// Either a phone number or an e-mail address (a reference's contact).
    PhoneOrEmail,
    /// A postal code, by the country in use.
    PostalCode,
    /// A whole number from 0 to `max`.
    Number { max: u16 },
}

/// The HTML `inputmode`, which chooses the on-screen keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    Text,
    Numeric,
    Tel,
    Email,
}

impl InputMode {
    pub fn attr(self) -> &'static str {
        match self {
            InputMode::Text => "text",
            InputMode::Numeric => "numeric",
            InputMode::Tel => "tel",
            InputMode::Email => "email",
        }
    }
}

/// Whether a date input is someone's birthday (`bday-day` …) or any other date (`off`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateAutocomplete {
    Birthday,
    Off,
}

const fn radios(options: &'static [&'static str]) -> FieldKind {
    FieldKind::Radios { options }
}

const fn checkboxes(options: &'static [&'static str]) -> FieldKind {
    FieldKind::Checkboxes { options }
}

const fn text(
    format: TextFormat,
    autocomplete: &'static str,
    input_mode: InputMode,
    max_chars: usize,
) -> FieldKind {
    let free_text = matches!(format, TextFormat::Plain);
    FieldKind::Text(TextInput {
        autocomplete,
        input_mode,
        max_chars,
        spellcheck: free_text,
        format,
    })
}

impl Field {
    pub const ALL: &'static [Field] = &[
        Field::Country,
        Field::Purpose,
        Field::Applicant,
        Field::PersonName,
        Field::HasPersonId,
        Field::PersonId,
        Field::BirthDate,
        Field::Custody,
        Field::OtherGuardianAgrees,
        Field::OtherGuardianName,
        Field::OtherGuardianPhone,
        Field::OtherGuardianEmail,
        Field::ProtectedIdentity,
        Field::Needs,
        Field::MeetingFrequency,
        Field::LssPersonkrets,
        Field::WholeFamily,
        Field::SupportedBefore18,
        Field::AdultCircumstances,
        Field::PreferredLanguages,
        Field::Interests,
        Field::OtherWishes,
        Field::ApplicantName,
        Field::Phone,
        Field::Email,
        Field::ContactMethod,
        Field::ContactTime,
        Field::StreetAddress,
        Field::PostalCode,
        Field::City,
        Field::ConsentConfirm,
        Field::SecrecyRead,
        Field::VolunteerRoles,
        Field::SupportGroups,
        Field::VolunteerPersonId,
        Field::Occupation,
        Field::Languages,
        Field::DrivingLicence,
        Field::HasCar,
        Field::VolunteerInterests,
        Field::HouseholdAdults,
        Field::OwnChildren,
        Field::OwnChildrenAges,
        Field::OvernightRoom,
        Field::HoursPerWeek,
        Field::AvailableDays,
        Field::AvailableFrom,
        Field::CommitmentLength,
        Field::EducationField,
        Field::EducationLevel,
        Field::ExperienceYears,
        Field::ExperienceDescription,
        Field::Reference1Name,
        Field::Reference1Relation,
        Field::Reference1Contact,
        Field::Reference2Name,
        Field::Reference2Relation,
        Field::Reference2Contact,
        Field::RegisterCheckConsent,
        Field::ChildrenUnder15,
        Field::BorneattestConsent,
        Field::StraffeattestConsent,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::Country => "country",
            Field::Purpose => "purpose",
            Field::Applicant => "applicant",
            Field::PersonName => "person-name",
            Field::HasPersonId => "has-person-id",
            Field::PersonId => "person-id",
            Field::BirthDate => "birth-date",
            Field::Custody => "custody",
            Field::OtherGuardianAgrees => "other-guardian-agrees",
            Field::OtherGuardianName => "other-guardian-name",
            Field::OtherGuardianPhone => "other-guardian-phone",
            Field::OtherGuardianEmail => "other-guardian-email",
            Field::ProtectedIdentity => "protected-identity",
            Field::Needs => "needs",
            Field::MeetingFrequency => "meeting-frequency",
            Field::LssPersonkrets => "lss-personkrets",
            Field::WholeFamily => "whole-family",
            Field::SupportedBefore18 => "supported-before-18",
            Field::AdultCircumstances => "adult-circumstances",
            Field::PreferredLanguages => "preferred-languages",
            Field::Interests => "interests",
            Field::OtherWishes => "other-wishes",
            Field::ApplicantName => "applicant-name",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::ContactMethod => "contact-method",
            Field::ContactTime => "contact-time",
            Field::StreetAddress => "street-address",
            Field::PostalCode => "postal-code",
            Field::City => "city",
            Field::ConsentConfirm => "consent-confirm",
            Field::SecrecyRead => "secrecy-read",
            Field::VolunteerRoles => "volunteer-roles",
            Field::SupportGroups => "support-groups",
            Field::VolunteerPersonId => "volunteer-person-id",
            Field::Occupation => "occupation",
            Field::Languages => "languages",
            Field::DrivingLicence => "driving-licence",
            Field::HasCar => "has-car",
            Field::VolunteerInterests => "volunteer-interests",
            Field::HouseholdAdults => "household-adults",
            Field::OwnChildren => "own-children",
            Field::OwnChildrenAges => "own-children-ages",
            Field::OvernightRoom => "overnight-room",
            Field::HoursPerWeek => "hours-per-week",
            Field::AvailableDays => "available-days",
            Field::AvailableFrom => "available-from",
            Field::CommitmentLength => "commitment-length",
            Field::EducationField => "education-field",
            Field::EducationLevel => "education-level",
            Field::ExperienceYears => "experience-years",
            Field::ExperienceDescription => "experience-description",
            Field::Reference1Name => "reference-1-name",
            Field::Reference1Relation => "reference-1-relation",
            Field::Reference1Contact => "reference-1-contact",
            Field::Reference2Name => "reference-2-name",
            Field::Reference2Relation => "reference-2-relation",
            Field::Reference2Contact => "reference-2-contact",
            Field::RegisterCheckConsent => "register-check-consent",
            Field::ChildrenUnder15 => "children-under-15",
            Field::BorneattestConsent => "borneattest-consent",
            Field::StraffeattestConsent => "straffeattest-consent",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|field| field.id() == id)
    }

    pub fn kind(self) -> FieldKind {
        match self {
            Field::Country => radios(&["se", "dk"]),
            Field::Purpose => radios(&["apply", "volunteer"]),
            Field::Applicant => radios(&[
                "guardian",
                "young-person",
                "adult",
                "legal-representative",
                "third-party",
            ]),
            Field::PersonName => text(TextFormat::Name, "name", InputMode::Text, 100),
            Field::HasPersonId => radios(&["yes", "no"]),
            Field::PersonId => text(TextFormat::PersonId, "off", InputMode::Numeric, 15),
            Field::BirthDate => FieldKind::Date {
                autocomplete: DateAutocomplete::Birthday,
            },
            Field::Custody => radios(&["one", "two"]),
            Field::OtherGuardianAgrees => radios(&["agrees", "refuses", "not-asked-yet"]),
            Field::OtherGuardianName => text(TextFormat::Name, "off", InputMode::Text, 100),
            Field::OtherGuardianPhone => text(TextFormat::Phone, "off", InputMode::Tel, 20),
            Field::OtherGuardianEmail => text(TextFormat::Email, "off", InputMode::Email, 254),
            Field::ProtectedIdentity => radios(&["yes", "no"]),
            Field::Needs => checkboxes(&[
                "company-and-leisure",
                "routines-and-structure",
                "school-education-or-work",
                "family-relief",
                "risk-behaviour",
            ]),
            Field::MeetingFrequency => radios(&[
                "several-a-week",
                "weekly",
                "every-other-week",
                "monthly",
                "dont-know",
            ]),
            Field::LssPersonkrets => radios(&["yes", "no", "dont-know"]),
            Field::WholeFamily => radios(&["yes", "no"]),
            Field::SupportedBefore18 => radios(&["yes", "no", "dont-know"]),
            Field::AdultCircumstances => {
                checkboxes(&["deafblind", "homeless-mental-illness-or-substance-misuse"])
            }
            Field::PreferredLanguages => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::Interests => text(TextFormat::Plain, "off", InputMode::Text, 200),
            Field::OtherWishes => FieldKind::TextArea { max_chars: 500 },
            Field::ApplicantName => text(TextFormat::Name, "name", InputMode::Text, 100),
            Field::Phone => text(TextFormat::Phone, "tel", InputMode::Tel, 20),
            Field::Email => text(TextFormat::Email, "email", InputMode::Email, 254),
            Field::ContactMethod => radios(&["phone", "text-message", "email"]),
            Field::ContactTime => radios(&["morning", "afternoon", "any-time"]),
            Field::StreetAddress => text(TextFormat::Plain, "street-address", InputMode::Text, 100),
            Field::PostalCode => text(
                TextFormat::PostalCode,
                "postal-code",
                InputMode::Numeric,
                10,
            ),
            Field::City => text(TextFormat::Plain, "address-level2", InputMode::Text, 60),
            Field::ConsentConfirm => checkboxes(&["confirm"]),
            Field::SecrecyRead => checkboxes(&["read"]),
            Field::VolunteerRoles => checkboxes(&["kontaktperson", "kontaktfamilj", "skk"]),
            Field::SupportGroups => checkboxes(&[
                "children-under-13",
                "children-13-17",
                "young-adults",
                "adults",
                "families",
            ]),
            Field::VolunteerPersonId => text(TextFormat::PersonId, "off", InputMode::Numeric, 15),
            Field::Occupation => text(
                TextFormat::Plain,
                "organization-title",
                InputMode::Text,
                100,
            ),
            Field::Languages => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::DrivingLicence => radios(&["yes", "no"]),
            Field::HasCar => radios(&["yes", "no"]),
            Field::VolunteerInterests => text(TextFormat::Plain, "off", InputMode::Text, 200),
            Field::HouseholdAdults => {
                text(TextFormat::Number { max: 10 }, "off", InputMode::Numeric, 2)
            }
            Field::OwnChildren => {
                text(TextFormat::Number { max: 15 }, "off", InputMode::Numeric, 2)
            }
            Field::OwnChildrenAges => text(TextFormat::Plain, "off", InputMode::Text, 60),
            Field::OvernightRoom => radios(&["yes", "no"]),
            Field::HoursPerWeek => radios(&["1-2", "3-5", "6-10", "more-than-10"]),
            Field::AvailableDays => {
                checkboxes(&["weekday-daytime", "weekday-evenings", "weekends"])
            }
            Field::AvailableFrom => FieldKind::Date {
                autocomplete: DateAutocomplete::Off,
            },
            Field::CommitmentLength => radios(&["6-months", "1-year", "longer", "dont-know"]),
            Field::EducationField => radios(&[
                "social-work",
                "psychology",
                "behavioural-science",
                "pedagogy",
                "health-care",
                "other",
                "none",
            ]),
            Field::EducationLevel => radios(&["university", "post-secondary", "upper-secondary"]),
            Field::ExperienceYears => {
                text(TextFormat::Number { max: 60 }, "off", InputMode::Numeric, 2)
            }
            Field::ExperienceDescription => FieldKind::TextArea { max_chars: 500 },
            Field::Reference1Name => text(TextFormat::Name, "off", InputMode::Text, 100),
            Field::Reference1Relation => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::Reference1Contact => text(TextFormat::PhoneOrEmail, "off", InputMode::Text, 254),
            Field::Reference2Name => text(TextFormat::Name, "off", InputMode::Text, 100),
            Field::Reference2Relation => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::Reference2Contact => text(TextFormat::PhoneOrEmail, "off", InputMode::Text, 254),
            Field::RegisterCheckConsent => checkboxes(&["agree"]),
            Field::ChildrenUnder15 => radios(&["yes", "no", "dont-know"]),
            Field::BorneattestConsent => checkboxes(&["agree"]),
            Field::StraffeattestConsent => checkboxes(&["agree"]),
        }
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

    /// The option keys of a radios or checkboxes field; empty for other kinds.
    pub fn options(self) -> &'static [&'static str] {
        match self.kind() {
            FieldKind::Radios { options } | FieldKind::Checkboxes { options } => options,
            FieldKind::Text(_) | FieldKind::TextArea { .. } | FieldKind::Date { .. } => &[],
        }
    }

    /// The static option key equal to `key`, if this field offers it.
    pub fn option(self, key: &str) -> Option<&'static str> {
        self.options().iter().copied().find(|option| *option == key)
    }
}

impl Field {
    /// The `autocomplete` token for this field given the answers: questions about the person
    /// who needs support are about the user when they apply for themself (WCAG 1.3.5).
    pub fn autocomplete(self, answers: &super::answers::Answers) -> &'static str {
        let about_the_user = matches!(
            answers.choice(Field::Applicant),
            Some("young-person" | "adult")
        );
        match (self, self.kind()) {
            (Field::PersonName, _) if about_the_user => "name",
            (_, FieldKind::Text(input)) => input.autocomplete,
            _ => "off",
        }
    }

    /// Whether a date field is the user's own birthday, for `bday-*` autocomplete.
    pub fn is_own_birthday(self, answers: &super::answers::Answers) -> bool {
        self == Field::BirthDate
            && matches!(
                answers.choice(Field::Applicant),
                Some("young-person" | "adult")
            )
    }
}
