//! The pages of the wizard, as data: an id, a kind and the questions on each.
//!
//! The route between them is worked out from the answers in `journey`; the engine in `wizard`
//! never stores where the user "is" on the route, only which page they are looking at.

mod fields;
mod person_page;

pub use person_page::PersonPage;

/// Every page of the wizard, in the order of the journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Sweden or Denmark (skipped when the municipality's settings name the country).
    Country,
    /// Applying for support, or registering interest as a contact person.
    Purpose,
    /// Family: who is applying.
    Applicant,
    /// Family: a worried relative, neighbour or professional: how to make an orosanmälan / underretning, and no form.
    ThirdParty,
    /// Family: the person who needs support.
    Person,
    /// Family: their personnummer, samordningsnummer or CPR number.
    PersonId,
    /// Family: their date of birth, filled in from the number and confirmed.
    BirthDate,
    /// Family, a child: one or two guardians.
    Custody,
    /// Family, a guardian applying with joint custody: the other guardian.
    OtherGuardian,
    /// Family, a relative caring for an adult: the adult applies and must agree; do they?
    AdultAgreement,
    /// Family: protected identity, which means no address is asked.
    ProtectedIdentity,
    /// Family: broad kinds of need, and how often to meet.
    Needs,
    /// Family, a guardian applying for a child: has the child been asked, and what does the
    /// child think (the child's right to be heard). About one child only.
    ChildView,
    /// Family, SE: the LSS personkrets.
    Lss,
    /// Family, DK child: support for the whole family.
    WholeFamily,
    /// Family, DK 18–22: support before turning 18 (ungestøtte).
    SupportedBefore18,
    /// Family, DK adult: circumstances that point to § 98 or § 99.
    AdultCircumstances,
    /// Family, a guardian applying for a child: the children so far, and whether to add
    /// another (GOV.UK "add another").
    Children,
    /// Family: one of the per-person pages for a further child (person index 1 to 5).
    Sibling(u8, PersonPage),
    /// Family: wishes for the contact person (optional).
    Preferences,
    /// Family: the request in the applicant's own words, and contact with social services.
    Request,
    /// Family, DK child with (possible) contact with kommunen: familiebehandling now.
    FamilyTreatment,
    /// Family, a guardian or legal representative applying: their own name.
    AboutYou,
    /// Family: how to make contact.
    Contact,
    /// Family: an interpreter, and the language preferred for contact.
    Interpreter,
    /// Family, a young person of 12–17 applying alone: may the municipality contact the
    /// guardians?
    ContactGuardians,
    /// Family, that young person says yes: the guardian's name and phone number.
    GuardianDetails,
    /// Family: address (skipped with protected identity).
    Address,
    /// Family, a guardian applying (no protected identity): same address as the child?
    SameAddress,
    /// Family, that guardian lives elsewhere (two homes): their own address.
    OwnAddress,
    /// Family: the preliminary indication of what may fit, and why.
    Indication,
    /// Family: the consents this case needs, and the statement on secrecy.
    Consents,
    /// Volunteer: what the assignment is.
    VolunteerInfo,
    /// Volunteer, SE: kontaktperson, kontaktfamilj, SKK.
    VolunteerRoles,
    /// Volunteer: whom they would like to support.
    SupportGroups,
    /// Volunteer: name and personnummer or CPR number.
    VolunteerIdentity,
    /// Volunteer under 18: a clear message, and no form.
    TooYoung,
    /// Volunteer: phone and e-mail.
    VolunteerContact,
    /// Volunteer: address.
    VolunteerAddress,
    /// Volunteer: occupation, languages, driving licence, interests.
    VolunteerAbout,
    /// Volunteer, kontaktfamilj: the household.
    Household,
    /// Volunteer: hours, days, from when, for how long.
    Availability,
    /// Volunteer, SKK (and DK where the municipality asks): education and experience.
    Qualifications,
    /// Volunteer: two references who are not relatives.
    References,
    /// Volunteer, SE: consent to the register checks, and the duty of confidentiality read.
    RegisterConsent,
    /// Volunteer, DK: børneattest and straffeattest, and the duty of confidentiality read.
    AttestConsent,
    /// Check your answers, with a Change link for each, and send.
    CheckAnswers,
    /// Sent: the receiver's reference, the digest, what happens next.
    Confirmation,
}

/// What a page is made of; the UI chooses the page layout from this alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// One or more questions and a Continue button.
    Question,
    /// Text to read and a Continue button.
    Information,
    /// The end of a route with no form: what to do instead. Nothing is sent.
    Exit,
    /// The preliminary indication (`rules::assess`) and a Continue button.
    Indication,
    /// The consents the assessment lists, then questions that confirm them.
    Consents,
    /// The answers on the route, each with a Change link, and the Send button.
    CheckAnswers,
    /// After sending: the reference and what happens next.
    Confirmation,
}

impl Step {
    pub const ALL: &'static [Step] = &[
        Step::Country,
        Step::Purpose,
        Step::Applicant,
        Step::ThirdParty,
        Step::Person,
        Step::PersonId,
        Step::BirthDate,
        Step::Custody,
        Step::OtherGuardian,
        Step::AdultAgreement,
        Step::ProtectedIdentity,
        Step::Needs,
        Step::ChildView,
        Step::Lss,
        Step::WholeFamily,
        Step::SupportedBefore18,
        Step::AdultCircumstances,
        Step::Children,
        Step::Preferences,
        Step::Request,
        Step::FamilyTreatment,
        Step::AboutYou,
        Step::Contact,
        Step::Interpreter,
        Step::ContactGuardians,
        Step::GuardianDetails,
        Step::Address,
        Step::SameAddress,
        Step::OwnAddress,
        Step::Indication,
        Step::Consents,
        Step::VolunteerInfo,
        Step::VolunteerRoles,
        Step::SupportGroups,
        Step::VolunteerIdentity,
        Step::TooYoung,
        Step::VolunteerContact,
        Step::VolunteerAddress,
        Step::VolunteerAbout,
        Step::Household,
        Step::Availability,
        Step::Qualifications,
        Step::References,
        Step::RegisterConsent,
        Step::AttestConsent,
        Step::CheckAnswers,
        Step::Confirmation,
    ];

    /// Stable id: the stem of the step's Fluent messages (`step-<id>-title`); a further
    /// child's page has the id of the page it repeats (see `history_id`).
    pub fn id(self) -> &'static str {
        match self {
            Step::Sibling(_, page) => page.step().id(),
            Step::Children => "children",
            Step::Country => "country",
            Step::Purpose => "purpose",
            Step::Applicant => "applicant",
            Step::ThirdParty => "third-party",
            Step::Person => "person",
            Step::PersonId => "person-id",
            Step::BirthDate => "birth-date",
            Step::Custody => "custody",
            Step::OtherGuardian => "other-guardian",
            Step::AdultAgreement => "adult-agreement",
            Step::ProtectedIdentity => "protected-identity",
            Step::Needs => "needs",
            Step::ChildView => "child-view",
            Step::Lss => "lss",
            Step::WholeFamily => "whole-family",
            Step::SupportedBefore18 => "supported-before-18",
            Step::AdultCircumstances => "adult-circumstances",
            Step::Preferences => "preferences",
            Step::Request => "request",
            Step::FamilyTreatment => "family-treatment",
            Step::AboutYou => "about-you",
            Step::Contact => "contact",
            Step::Interpreter => "interpreter",
            Step::ContactGuardians => "contact-guardians",
            Step::GuardianDetails => "guardian-details",
            Step::Address => "address",
            Step::SameAddress => "same-address",
            Step::OwnAddress => "own-address",
            Step::Indication => "indication",
            Step::Consents => "consents",
            Step::VolunteerInfo => "volunteer-info",
            Step::VolunteerRoles => "volunteer-roles",
            Step::SupportGroups => "support-groups",
            Step::VolunteerIdentity => "volunteer-identity",
            Step::TooYoung => "too-young",
            Step::VolunteerContact => "volunteer-contact",
            Step::VolunteerAddress => "volunteer-address",
            Step::VolunteerAbout => "volunteer-about",
            Step::Household => "household",
            Step::Availability => "availability",
            Step::Qualifications => "qualifications",
            Step::References => "references",
            Step::RegisterConsent => "register-consent",
            Step::AttestConsent => "attest-consent",
            Step::CheckAnswers => "check-answers",
            Step::Confirmation => "confirmation",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|step| step.id() == id)
    }

    /// The page this one is, or repeats for a further child.
    pub fn base(self) -> Step {
        match self {
            Step::Sibling(_, page) => page.step(),
            step => step,
        }
    }

    /// Person index the page is about: the further child's for its pages, else 0.
    pub fn person(self) -> usize {
        match self {
            Step::Sibling(person, _) => usize::from(person),
            _ => 0,
        }
    }

    pub fn kind(self) -> StepKind {
        match self {
            Step::Country
            | Step::Purpose
            | Step::Applicant
            | Step::Person
            | Step::PersonId
            | Step::BirthDate
            | Step::Custody
            | Step::OtherGuardian
            | Step::AdultAgreement
            | Step::ProtectedIdentity
            | Step::Needs
            | Step::ChildView
            | Step::Lss
            | Step::WholeFamily
            | Step::SupportedBefore18
            | Step::AdultCircumstances
            | Step::Children
            | Step::Sibling(..)
            | Step::Preferences
            | Step::Request
            | Step::FamilyTreatment
            | Step::AboutYou
            | Step::Contact
            | Step::Interpreter
            | Step::ContactGuardians
            | Step::GuardianDetails
            | Step::Address
            | Step::SameAddress
            | Step::OwnAddress
            | Step::VolunteerRoles
            | Step::SupportGroups
            | Step::VolunteerIdentity
            | Step::VolunteerContact
            | Step::VolunteerAddress
            | Step::VolunteerAbout
            | Step::Household
            | Step::Availability
            | Step::Qualifications
            | Step::References
            | Step::RegisterConsent
            | Step::AttestConsent => StepKind::Question,
            Step::ThirdParty | Step::TooYoung => StepKind::Exit,
            Step::Indication => StepKind::Indication,
            Step::Consents => StepKind::Consents,
            Step::VolunteerInfo => StepKind::Information,
            Step::CheckAnswers => StepKind::CheckAnswers,
            Step::Confirmation => StepKind::Confirmation,
        }
    }

    /// Whether the route ends here without sending anything.
    pub fn is_exit(self) -> bool {
        self.kind() == StepKind::Exit
    }
}
