//! The facts an assessment is made from, shaped like the wizard's questions.

use crate::domain::Date;
use crate::domain::locale::Country;

/// One application, as the wizard collected it. Plain data; every field maps to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Whose rules apply.
    pub country: Country,
    /// Who is filling in the form.
    pub applicant: Applicant,
    /// The birth date of the person the support is for, as confirmed by the user.
    pub birth_date: Option<Date>,
    /// For a child: one or two vårdnadshavare (SE), sole or joint forældremyndighed (DK).
    pub custody: Option<Custody>,
    /// With two guardians: whether the other one knows and agrees.
    pub other_guardian: Option<OtherGuardian>,
    /// The broad kinds of need the user ticked.
    pub needs: Vec<Need>,
    /// SE: whether the person belongs to the LSS personkrets.
    pub lss_personkrets: Option<Answer>,
    /// DK: support is wanted for the whole family, not only the child.
    pub whole_family: bool,
    /// DK, 18–22: had a kontaktperson or a placement before turning 18.
    pub supported_before_18: Option<Answer>,
    /// DK adults: circumstances that point to § 98 or § 99.
    pub adult_circumstances: Vec<AdultCircumstance>,
}

impl Case {
    /// A case with only the country and applicant known.
    pub fn new(country: Country, applicant: Applicant) -> Case {
        Case {
            country,
            applicant,
            birth_date: None,
            custody: None,
            other_guardian: None,
            needs: Vec::new(),
            lss_personkrets: None,
            whole_family: false,
            supported_before_18: None,
            adult_circumstances: Vec::new(),
        }
    }
}

/// Who is filling in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Applicant {
    /// A vårdnadshavare / forældremyndighedsindehaver applying for their child.
    Guardian,
    /// A young person applying for themself.
    YoungPerson,
    /// An adult applying for themself.
    Adult,
    /// SE god man or förvaltare, DK værge, applying for an adult.
    LegalRepresentative,
    /// Someone worried about another person's child: not an application.
    ThirdParty,
}

impl Applicant {
    pub const ALL: &'static [Applicant] = &[
        Applicant::Guardian,
        Applicant::YoungPerson,
        Applicant::Adult,
        Applicant::LegalRepresentative,
        Applicant::ThirdParty,
    ];

    /// Whether the person the support is for cannot be `age` when this role applies: someone
    /// "18 or older applying for themself" is not under 18, and someone "under 18 applying for
    /// themself" is not 18 or older. The wizard refuses the date of birth then.
    pub fn contradicts_age(self, age: u32) -> bool {
        match self {
            Applicant::Adult => age < 18,
            Applicant::YoungPerson => age >= 18,
            Applicant::Guardian | Applicant::LegalRepresentative | Applicant::ThirdParty => false,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Applicant::Guardian => "guardian",
            Applicant::YoungPerson => "young-person",
            Applicant::Adult => "adult",
            Applicant::LegalRepresentative => "legal-representative",
            Applicant::ThirdParty => "third-party",
        }
    }
}

/// How many people hold custody of the child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Custody {
    /// One vårdnadshavare / sole forældremyndighed.
    One,
    /// Two vårdnadshavare / joint forældremyndighed.
    Two,
}

impl Custody {
    pub const ALL: &'static [Custody] = &[Custody::One, Custody::Two];

    pub fn code(self) -> &'static str {
        match self {
            Custody::One => "one",
            Custody::Two => "two",
        }
    }
}

/// With two guardians, where the other one stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OtherGuardian {
    Agrees,
    Refuses,
    NotAskedYet,
}

impl OtherGuardian {
    pub const ALL: &'static [OtherGuardian] = &[
        OtherGuardian::Agrees,
        OtherGuardian::Refuses,
        OtherGuardian::NotAskedYet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OtherGuardian::Agrees => "agrees",
            OtherGuardian::Refuses => "refuses",
            OtherGuardian::NotAskedYet => "not-asked-yet",
        }
    }
}

/// A broad kind of need. No diagnoses: detail belongs in the municipality's investigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    CompanyAndLeisure,
    RoutinesAndStructure,
    SchoolEducationOrWork,
    /// Relief for the family with regular weekends or overnight stays (SE kontaktfamilj).
    FamilyRelief,
    /// Risk of crime, substance misuse or other socially destructive behaviour.
    RiskBehaviour,
}

impl Need {
    pub const ALL: &'static [Need] = &[
        Need::CompanyAndLeisure,
        Need::RoutinesAndStructure,
        Need::SchoolEducationOrWork,
        Need::FamilyRelief,
        Need::RiskBehaviour,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Need::CompanyAndLeisure => "company-and-leisure",
            Need::RoutinesAndStructure => "routines-and-structure",
            Need::SchoolEducationOrWork => "school-education-or-work",
            Need::FamilyRelief => "family-relief",
            Need::RiskBehaviour => "risk-behaviour",
        }
    }
}

/// Yes, no, or don't know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
    DontKnow,
}

impl Answer {
    pub const ALL: &'static [Answer] = &[Answer::Yes, Answer::No, Answer::DontKnow];

    pub fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::DontKnow => "dont-know",
        }
    }
}

/// DK adults: circumstances that select a specific section of serviceloven.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdultCircumstance {
    /// Functionally deafblind (§ 98).
    Deafblind,
    /// Homeless, or mental illness or substance misuse with no home to stay in (§ 99).
    HomelessMentalIllnessOrSubstanceMisuse,
}

impl AdultCircumstance {
    pub const ALL: &'static [AdultCircumstance] = &[
        AdultCircumstance::Deafblind,
        AdultCircumstance::HomelessMentalIllnessOrSubstanceMisuse,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AdultCircumstance::Deafblind => "deafblind",
            AdultCircumstance::HomelessMentalIllnessOrSubstanceMisuse => {
                "homeless-mental-illness-or-substance-misuse"
            }
        }
    }
}
