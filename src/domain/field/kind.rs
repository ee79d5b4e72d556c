//! How each question is answered: its kind (radios, checkboxes, text with a format, text area,
//! date), the attributes that help browsers fill it in, and the table of every field's kind.

use super::Field;
use crate::domain::answers::Answers;
use crate::domain::options::*;
use crate::domain::rules::Applicant;

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
    pub fn kind(self) -> FieldKind {
        match self {
            Field::Country => COUNTRY.kind(),
            Field::Purpose => PURPOSE.kind(),
            Field::Applicant => APPLICANT.kind(),
            Field::PersonName => text(TextFormat::Name, "name", InputMode::Text, 100),
            Field::HasPersonId => HAS_PERSON_ID.kind(),
            Field::PersonId => text(TextFormat::PersonId, "off", InputMode::Numeric, 15),
            Field::BirthDate => FieldKind::Date {
                autocomplete: DateAutocomplete::Birthday,
            },
            Field::Custody => CUSTODY.kind(),
            Field::OtherGuardianAgrees => OTHER_GUARDIAN_AGREES.kind(),
            Field::AdultAgrees => ADULT_AGREES.kind(),
            Field::OtherGuardianName => text(TextFormat::Name, "off", InputMode::Text, 100),
            Field::OtherGuardianPhone => text(TextFormat::Phone, "off", InputMode::Tel, 20),
            Field::OtherGuardianEmail => text(TextFormat::Email, "off", InputMode::Email, 254),
            Field::ProtectedIdentity => PROTECTED_IDENTITY.kind(),
            Field::Needs => NEEDS.kind(),
            Field::MeetingFrequency => MEETING_FREQUENCY.kind(),
            Field::LssPersonkrets => LSS_PERSONKRETS.kind(),
            Field::WholeFamily => WHOLE_FAMILY.kind(),
            Field::AddAnotherChild => ADD_ANOTHER_CHILD.kind(),
            Field::SupportedBefore18 => SUPPORTED_BEFORE_18.kind(),
            Field::AdultCircumstances => ADULT_CIRCUMSTANCES.kind(),
            Field::PreferredLanguages => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::Interests => text(TextFormat::Plain, "off", InputMode::Text, 200),
            Field::OtherWishes => FieldKind::TextArea { max_chars: 500 },
            Field::ChildAsked => CHILD_ASKED.kind(),
            Field::ChildOpinion => FieldKind::TextArea { max_chars: 500 },
            Field::HelpWanted => FieldKind::TextArea { max_chars: 1000 },
            Field::SocialServicesContact => SOCIAL_SERVICES_CONTACT.kind(),
            Field::CaseworkerName => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::FamilyTreatment => FAMILY_TREATMENT.kind(),
            Field::Interpreter => INTERPRETER.kind(),
            Field::InterpreterLanguage | Field::ContactLanguage => {
                text(TextFormat::Plain, "off", InputMode::Text, 60)
            }
            Field::MayContactGuardians => MAY_CONTACT_GUARDIANS.kind(),
            Field::GuardianName => text(TextFormat::Name, "off", InputMode::Text, 100),
            Field::GuardianPhone => text(TextFormat::Phone, "off", InputMode::Tel, 20),
            Field::SameAddress => SAME_ADDRESS.kind(),
            Field::ApplicantName => text(TextFormat::Name, "name", InputMode::Text, 100),
            Field::Phone => text(TextFormat::Phone, "tel", InputMode::Tel, 20),
            Field::Email => text(TextFormat::Email, "email", InputMode::Email, 254),
            Field::ContactMethod => CONTACT_METHOD.kind(),
            Field::ContactTime => CONTACT_TIME.kind(),
            Field::StreetAddress | Field::OwnStreetAddress => {
                text(TextFormat::Plain, "street-address", InputMode::Text, 100)
            }
            Field::PostalCode | Field::OwnPostalCode => text(
                TextFormat::PostalCode,
                "postal-code",
                InputMode::Numeric,
                10,
            ),
            Field::City | Field::OwnCity => {
                text(TextFormat::Plain, "address-level2", InputMode::Text, 60)
            }
            Field::ConsentConfirm => CONSENT_CONFIRM.kind(),
            Field::SecrecyRead => SECRECY_READ.kind(),
            Field::VolunteerRoles => VOLUNTEER_ROLES.kind(),
            Field::SupportGroups => SUPPORT_GROUPS.kind(),
            Field::VolunteerPersonId => text(TextFormat::PersonId, "off", InputMode::Numeric, 15),
            Field::Occupation => text(
                TextFormat::Plain,
                "organization-title",
                InputMode::Text,
                100,
            ),
            Field::Languages => text(TextFormat::Plain, "off", InputMode::Text, 100),
            Field::DrivingLicence => DRIVING_LICENCE.kind(),
            Field::HasCar => HAS_CAR.kind(),
            Field::VolunteerInterests => text(TextFormat::Plain, "off", InputMode::Text, 200),
            Field::HouseholdAdults => {
                text(TextFormat::Number { max: 10 }, "off", InputMode::Numeric, 2)
            }
            Field::OwnChildren => {
                text(TextFormat::Number { max: 15 }, "off", InputMode::Numeric, 2)
            }
            Field::OwnChildrenAges => text(TextFormat::Plain, "off", InputMode::Text, 60),
            Field::OvernightRoom => OVERNIGHT_ROOM.kind(),
            Field::HoursPerWeek => HOURS_PER_WEEK.kind(),
            Field::AvailableDays => AVAILABLE_DAYS.kind(),
            Field::AvailableFrom => FieldKind::Date {
                autocomplete: DateAutocomplete::Off,
            },
            Field::CommitmentLength => COMMITMENT_LENGTH.kind(),
            Field::EducationField => EDUCATION_FIELD.kind(),
            Field::EducationLevel => EDUCATION_LEVEL.kind(),
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
            Field::RegisterCheckConsent => REGISTER_CHECK_CONSENT.kind(),
            Field::ChildrenUnder15 => CHILDREN_UNDER_15.kind(),
            Field::BorneattestConsent => BORNEATTEST_CONSENT.kind(),
            Field::StraffeattestConsent => STRAFFEATTEST_CONSENT.kind(),
            Field::VolunteerSecrecyRead => VOLUNTEER_SECRECY_READ.kind(),
        }
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

    /// The `autocomplete` token for this field given the answers: questions about the person
    /// who needs support are about the user when they apply for themself (WCAG 1.3.5).
    pub fn autocomplete(self, answers: &Answers) -> &'static str {
        match (self, self.kind()) {
            (Field::PersonName, _) if applies_for_self(answers) => "name",
            (_, FieldKind::Text(input)) => input.autocomplete,
            _ => "off",
        }
    }

    /// Whether a date field is the user's own birthday, for `bday-*` autocomplete.
    pub fn is_own_birthday(self, answers: &Answers) -> bool {
        self == Field::BirthDate && applies_for_self(answers)
    }
}

/// Whether the person who needs support is the user (a young person or an adult applying for
/// themself).
fn applies_for_self(answers: &Answers) -> bool {
    matches!(
        answers.one(APPLICANT),
        Some(Applicant::YoungPerson | Applicant::Adult)
    )
}
