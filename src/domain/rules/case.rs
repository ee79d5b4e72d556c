//! The facts an assessment is made from, shaped like the wizard's questions.

use crate::domain::Date;
use crate::domain::locale::Country;
use crate::domain::options::answer_set;

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
    /// A relative applying for an adult: whether the adult knows and agrees.
    pub adult_agrees: Option<OtherGuardian>,
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
            adult_agrees: None,
            needs: Vec::new(),
            lss_personkrets: None,
            whole_family: false,
            supported_before_18: None,
            adult_circumstances: Vec::new(),
        }
    }
}

answer_set! {
    /// Who is filling in the form.
    pub enum Applicant {
        /// A vårdnadshavare / forældremyndighedsindehaver applying for their child.
        Guardian = "guardian",
        /// A young person applying for themself.
        YoungPerson = "young-person",
        /// An adult applying for themself.
        Adult = "adult",
        /// SE god man or förvaltare, DK værge, applying for an adult.
        LegalRepresentative = "legal-representative",
        /// A relative who cares for an adult with extensive needs at home (seed 004): the
        /// adult applies, or agrees to the application.
        Relative = "relative",
        /// Someone worried about another person's child: not an application.
        ThirdParty = "third-party",
    }
}

impl Applicant {
    /// Whether the person the support is for cannot be `age` when this role applies: someone
    /// "18 or older applying for themself" is not under 18, and someone "under 18 applying for
    /// themself" is not 18 or older, and a relative caring for an adult applies for someone
    /// 18 or older. The wizard refuses the date of birth then.
    pub fn contradicts_age(self, age: u32) -> bool {
        match self {
            Applicant::Adult | Applicant::Relative => age < 18,
            Applicant::YoungPerson => age >= 18,
            Applicant::Guardian | Applicant::LegalRepresentative | Applicant::ThirdParty => false,
        }
    }
}

answer_set! {
    /// How many people hold custody of the child.
    pub enum Custody {
        /// One vårdnadshavare / sole forældremyndighed.
        One = "one",
        /// Two vårdnadshavare / joint forældremyndighed.
        Two = "two",
    }
}

answer_set! {
    /// With two guardians, where the other one stands.
    pub enum OtherGuardian {
        Agrees = "agrees",
        Refuses = "refuses",
        NotAskedYet = "not-asked-yet",
    }
}

answer_set! {
    /// A broad kind of need. No diagnoses: detail belongs in the municipality's investigation.
    pub enum Need {
        CompanyAndLeisure = "company-and-leisure",
        RoutinesAndStructure = "routines-and-structure",
        SchoolEducationOrWork = "school-education-or-work",
        /// Relief for the family with regular weekends or overnight stays (SE kontaktfamilj).
        FamilyRelief = "family-relief",
        /// Risk of crime, substance misuse or other socially destructive behaviour.
        RiskBehaviour = "risk-behaviour",
    }
}

answer_set! {
    /// Yes, no, or don't know.
    pub enum Answer {
        Yes = "yes",
        No = "no",
        DontKnow = "dont-know",
    }
}

answer_set! {
    /// DK adults: circumstances that select a specific section of serviceloven.
    pub enum AdultCircumstance {
        /// Functionally deafblind (§ 98).
        Deafblind = "deafblind",
        /// Homeless, or mental illness or substance misuse with no home to stay in (§ 99).
        HomelessMentalIllnessOrSubstanceMisuse = "homeless-mental-illness-or-substance-misuse",
    }
}
