//! The answer sets of the radios and checkboxes questions, as types: one enum per set, with its
//! option keys, and one typed constant per question that names its field and its set.
//!
//! `Field::kind` takes a question's options from its constant, and routing and rules read
//! answers through the same constant (`Answers::one`, `Answers::all`), so a misspelt option
//! key or a question read with the wrong set does not compile. The payload schema lists the
//! same keys, since it is generated from `Field::kind`.

use std::marker::PhantomData;

use super::field::{Field, FieldKind};
use super::locale::Country;
use super::rules::{
    AdultCircumstance, Answer, Applicant, Custody, Need, OtherGuardian, SupportGroup,
};

/// A set of options: every option, and the key each one has in the page, the payload and the
/// Fluent ids (`field-<id>-option-<key>`).
pub trait AnswerSet: Copy + PartialEq + 'static {
    /// The keys, in the order the question offers them.
    const CODES: &'static [&'static str];
    fn from_code(code: &str) -> Option<Self>;
}

/// Declares an answer set: the enum, `ALL`, `CODES`, `code`, `from_code`, and `AnswerSet`.
macro_rules! answer_set {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $code:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every option, in the order the question offers them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The option key.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The option with the key `code`.
            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|option| option.code() == code)
            }
        }

        impl $crate::domain::options::AnswerSet for $name {
            const CODES: &'static [&'static str] = &[$($code),+];

            fn from_code(code: &str) -> Option<$name> {
                $name::from_code(code)
            }
        }
    };
}

pub(crate) use answer_set;

impl AnswerSet for Country {
    const CODES: &'static [&'static str] = &["se", "dk"];

    fn from_code(code: &str) -> Option<Country> {
        Country::from_code(code)
    }
}

answer_set! {
    /// What the user wants to do.
    pub enum Purpose {
        Apply = "apply",
        Volunteer = "volunteer",
    }
}

answer_set! {
    /// Yes or no.
    pub enum YesNo {
        Yes = "yes",
        No = "no",
    }
}

answer_set! {
    /// How often the person would like to meet.
    pub enum MeetingFrequency {
        SeveralAWeek = "several-a-week",
        Weekly = "weekly",
        EveryOtherWeek = "every-other-week",
        Monthly = "monthly",
        DontKnow = "dont-know",
    }
}

answer_set! {
    /// The best way to make contact.
    pub enum ContactMethod {
        Phone = "phone",
        TextMessage = "text-message",
        Email = "email",
    }
}

answer_set! {
    /// The best time to make contact.
    pub enum ContactTime {
        Morning = "morning",
        Afternoon = "afternoon",
        AnyTime = "any-time",
    }
}

answer_set! {
    /// SE: the assignments a volunteer offers.
    pub enum VolunteerRole {
        Kontaktperson = "kontaktperson",
        Kontaktfamilj = "kontaktfamilj",
        Skk = "skk",
    }
}

answer_set! {
    /// Hours a week a volunteer can offer.
    pub enum HoursPerWeek {
        OneToTwo = "1-2",
        ThreeToFive = "3-5",
        SixToTen = "6-10",
        MoreThanTen = "more-than-10",
    }
}

answer_set! {
    /// When in the week a volunteer is free.
    pub enum AvailableDay {
        WeekdayDaytime = "weekday-daytime",
        WeekdayEvenings = "weekday-evenings",
        Weekends = "weekends",
    }
}

answer_set! {
    /// For how long a volunteer can commit.
    pub enum CommitmentLength {
        SixMonths = "6-months",
        OneYear = "1-year",
        Longer = "longer",
        DontKnow = "dont-know",
    }
}

answer_set! {
    /// SKK qualifications: the field of education; any but `None` is psychosocial.
    pub enum EducationField {
        SocialWork = "social-work",
        Psychology = "psychology",
        BehaviouralScience = "behavioural-science",
        Pedagogy = "pedagogy",
        HealthCare = "health-care",
        /// Another field relevant to psychosocial work.
        Other = "other",
        None = "none",
    }
}

answer_set! {
    /// SKK qualifications: the level of education.
    pub enum EducationLevel {
        University = "university",
        PostSecondary = "post-secondary",
        UpperSecondary = "upper-secondary",
    }
}

answer_set! {
    /// Whether a guardian has asked the child what they think (the child's right to be heard).
    pub enum ChildAsked {
        Yes = "yes",
        NotYet = "not-yet",
        /// Too young, or not able to say.
        CannotSay = "cannot-say",
    }
}

answer_set! {
    /// The one box of a confirmation.
    pub enum Confirm {
        Confirm = "confirm",
    }
}

answer_set! {
    /// The one box of "I have read".
    pub enum Read {
        Read = "read",
    }
}

answer_set! {
    /// The one box of a consent.
    pub enum Agree {
        Agree = "agree",
    }
}

/// A radios question whose answer is one option of `T`.
#[derive(Clone, Copy)]
pub struct One<T> {
    pub field: Field,
    set: PhantomData<fn() -> T>,
}

/// A checkboxes question whose answer is any options of `T`.
#[derive(Clone, Copy)]
pub struct Many<T> {
    pub field: Field,
    set: PhantomData<fn() -> T>,
}

impl<T: AnswerSet> One<T> {
    const fn of(field: Field) -> One<T> {
        One {
            field,
            set: PhantomData,
        }
    }

    pub const fn kind(&self) -> FieldKind {
        FieldKind::Radios { options: T::CODES }
    }
}

impl<T: AnswerSet> Many<T> {
    const fn of(field: Field) -> Many<T> {
        Many {
            field,
            set: PhantomData,
        }
    }

    pub const fn kind(&self) -> FieldKind {
        FieldKind::Checkboxes { options: T::CODES }
    }
}

pub const COUNTRY: One<Country> = One::of(Field::Country);
pub const PURPOSE: One<Purpose> = One::of(Field::Purpose);
pub const APPLICANT: One<Applicant> = One::of(Field::Applicant);
pub const HAS_PERSON_ID: One<YesNo> = One::of(Field::HasPersonId);
pub const CUSTODY: One<Custody> = One::of(Field::Custody);
pub const OTHER_GUARDIAN_AGREES: One<OtherGuardian> = One::of(Field::OtherGuardianAgrees);
/// The same three answers as for the other guardian: agrees, refuses, not asked yet.
pub const ADULT_AGREES: One<OtherGuardian> = One::of(Field::AdultAgrees);
pub const PROTECTED_IDENTITY: One<YesNo> = One::of(Field::ProtectedIdentity);
pub const NEEDS: Many<Need> = Many::of(Field::Needs);
pub const MEETING_FREQUENCY: One<MeetingFrequency> = One::of(Field::MeetingFrequency);
pub const LSS_PERSONKRETS: One<Answer> = One::of(Field::LssPersonkrets);
pub const WHOLE_FAMILY: One<YesNo> = One::of(Field::WholeFamily);
pub const ADD_ANOTHER_CHILD: One<YesNo> = One::of(Field::AddAnotherChild);
pub const SUPPORTED_BEFORE_18: One<Answer> = One::of(Field::SupportedBefore18);
pub const ADULT_CIRCUMSTANCES: Many<AdultCircumstance> = Many::of(Field::AdultCircumstances);
pub const CHILD_ASKED: One<ChildAsked> = One::of(Field::ChildAsked);
pub const SOCIAL_SERVICES_CONTACT: One<Answer> = One::of(Field::SocialServicesContact);
pub const FAMILY_TREATMENT: One<Answer> = One::of(Field::FamilyTreatment);
pub const INTERPRETER: One<YesNo> = One::of(Field::Interpreter);
pub const MAY_CONTACT_GUARDIANS: One<YesNo> = One::of(Field::MayContactGuardians);
pub const SAME_ADDRESS: One<YesNo> = One::of(Field::SameAddress);
pub const CONTACT_METHOD: One<ContactMethod> = One::of(Field::ContactMethod);
pub const CONTACT_TIME: One<ContactTime> = One::of(Field::ContactTime);
pub const CONSENT_CONFIRM: Many<Confirm> = Many::of(Field::ConsentConfirm);
pub const SECRECY_READ: Many<Read> = Many::of(Field::SecrecyRead);
pub const VOLUNTEER_ROLES: Many<VolunteerRole> = Many::of(Field::VolunteerRoles);
pub const SUPPORT_GROUPS: Many<SupportGroup> = Many::of(Field::SupportGroups);
pub const DRIVING_LICENCE: One<YesNo> = One::of(Field::DrivingLicence);
pub const HAS_CAR: One<YesNo> = One::of(Field::HasCar);
pub const OVERNIGHT_ROOM: One<YesNo> = One::of(Field::OvernightRoom);
pub const HOURS_PER_WEEK: One<HoursPerWeek> = One::of(Field::HoursPerWeek);
pub const AVAILABLE_DAYS: Many<AvailableDay> = Many::of(Field::AvailableDays);
pub const COMMITMENT_LENGTH: One<CommitmentLength> = One::of(Field::CommitmentLength);
pub const EDUCATION_FIELD: One<EducationField> = One::of(Field::EducationField);
pub const EDUCATION_LEVEL: One<EducationLevel> = One::of(Field::EducationLevel);
pub const REGISTER_CHECK_CONSENT: Many<Agree> = Many::of(Field::RegisterCheckConsent);
pub const CHILDREN_UNDER_15: One<Answer> = One::of(Field::ChildrenUnder15);
pub const BORNEATTEST_CONSENT: Many<Agree> = Many::of(Field::BorneattestConsent);
pub const STRAFFEATTEST_CONSENT: Many<Agree> = Many::of(Field::StraffeattestConsent);
pub const VOLUNTEER_SECRECY_READ: Many<Read> = Many::of(Field::VolunteerSecrecyRead);

/// Every choice question's field with the kind its constant gives, for the test that
/// `Field::kind` takes each from the right constant.
pub fn choice_kinds() -> Vec<(Field, FieldKind)> {
    macro_rules! kinds {
        ($($question:ident),+ $(,)?) => {
            vec![$(($question.field, $question.kind())),+]
        };
    }
    kinds![
        COUNTRY,
        PURPOSE,
        APPLICANT,
        HAS_PERSON_ID,
        CUSTODY,
        OTHER_GUARDIAN_AGREES,
        ADULT_AGREES,
        PROTECTED_IDENTITY,
        NEEDS,
        MEETING_FREQUENCY,
        LSS_PERSONKRETS,
        WHOLE_FAMILY,
        ADD_ANOTHER_CHILD,
        SUPPORTED_BEFORE_18,
        ADULT_CIRCUMSTANCES,
        CHILD_ASKED,
        SOCIAL_SERVICES_CONTACT,
        FAMILY_TREATMENT,
        INTERPRETER,
        MAY_CONTACT_GUARDIANS,
        SAME_ADDRESS,
        CONTACT_METHOD,
        CONTACT_TIME,
        CONSENT_CONFIRM,
        SECRECY_READ,
        VOLUNTEER_ROLES,
        SUPPORT_GROUPS,
        DRIVING_LICENCE,
        HAS_CAR,
        OVERNIGHT_ROOM,
        HOURS_PER_WEEK,
        AVAILABLE_DAYS,
        COMMITMENT_LENGTH,
        EDUCATION_FIELD,
        EDUCATION_LEVEL,
        REGISTER_CHECK_CONSENT,
        CHILDREN_UNDER_15,
        BORNEATTEST_CONSENT,
        STRAFFEATTEST_CONSENT,
        VOLUNTEER_SECRECY_READ,
    ]
}
