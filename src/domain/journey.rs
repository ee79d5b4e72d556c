//! The route through the pages, worked out from the answers, and the facts the rules read.
//!
//! `Setup::next` is the whole routing table of both journeys. Where an answer it depends on is
//! missing it follows the most likely branch, so that the projected route ("Step 3 of 14") is
//! always defined. The same answers give the same route in the browser and in the receiver.

use super::Date;
use super::answers::{Answers, Value};
use super::field::Field;
use super::law::{LegalRef, Topic, in_force};
use super::locale::Country;
use super::options::*;
use super::rules::{Answer, Applicant, Case, Custody, Measure, SupportGroup, VolunteerCase};
use super::step::{PersonPage, Step};
use super::validate::parse_number;

mod facts;

use facts::Facts;

/// From this age a young person applying alone is asked whether the municipality may contact
/// their guardians (below it the guardians decide in any case).
const ASKED_ABOUT_GUARDIANS_FROM: u32 = 12;

/// The municipality's settings that shape the route.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    /// When set, the country question is not asked.
    pub preset_country: Option<Country>,
    /// DK: the municipality asks volunteers about education and experience.
    pub dk_qualifications: bool,
}

/// Which journey the answers are on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Journey {
    /// A family, young person or adult applying for support.
    Family,
    /// Someone registering interest in becoming a contact person.
    Volunteer,
}

impl Journey {
    pub fn code(self) -> &'static str {
        match self {
            Journey::Family => "family-application",
            Journey::Volunteer => "volunteer-registration",
        }
    }

    pub fn of(answers: &Answers) -> Option<Journey> {
        match answers.one(PURPOSE)? {
            Purpose::Apply => Some(Journey::Family),
            Purpose::Volunteer => Some(Journey::Volunteer),
        }
    }
}

impl Setup {
    /// The first page of the route.
    pub fn first(self) -> Step {
        match self.preset_country {
            Some(_) => Step::Purpose,
            None => Step::Country,
        }
    }

    /// The country whose rules apply: the settings', else the answer.
    pub fn country(self, answers: &Answers) -> Option<Country> {
        self.preset_country.or_else(|| answers.one(COUNTRY))
    }

    /// The country whose rules and formats apply, Sweden until one is chosen.
    pub fn rules_country(self, answers: &Answers) -> Country {
        self.country(answers).unwrap_or(Country::Se)
    }

    /// The page after `step`, or `None` where the route ends.
    pub fn next(self, step: Step, answers: &Answers, today: Date) -> Option<Step> {
        let facts = Facts {
            setup: self,
            answers,
            today,
        };
        let country = self.rules_country(answers);
        let next = match step {
            Step::Country => Step::Purpose,
            Step::Purpose => match Journey::of(answers) {
                Some(Journey::Volunteer) => Step::VolunteerInfo,
                _ => Step::Applicant,
            },

            // The family journey.
            Step::Applicant => match facts.applicant() {
                Some(Applicant::ThirdParty) => Step::ThirdParty,
                _ => Step::Person,
            },
            Step::Person => match answers.one(HAS_PERSON_ID) {
                Some(YesNo::No) => Step::BirthDate,
                _ => Step::PersonId,
            },
            Step::PersonId => Step::BirthDate,
            // A god man for an unaccompanied child is in the guardians' place: no custody
            // question.
            Step::BirthDate
                if facts.is_child()
                    && facts.applicant() != Some(Applicant::LegalRepresentative) =>
            {
                Step::Custody
            }
            Step::BirthDate if facts.applicant() == Some(Applicant::Relative) => {
                Step::AdultAgreement
            }
            Step::BirthDate => Step::ProtectedIdentity,
            Step::AdultAgreement => Step::ProtectedIdentity,
            Step::Custody => {
                let two = answers.one(CUSTODY) == Some(Custody::Two);
                if two && facts.applicant() == Some(Applicant::Guardian) {
                    Step::OtherGuardian
                } else {
                    Step::ProtectedIdentity
                }
            }
            Step::OtherGuardian => Step::ProtectedIdentity,
            Step::ProtectedIdentity => Step::Needs,
            // The child's own view, on a page of its own for the one child.
            Step::Needs if facts.guardian_for_child() => Step::ChildView,
            Step::Needs | Step::ChildView => match country {
                Country::Se => Step::Lss,
                Country::Dk if facts.is_child() => Step::WholeFamily,
                Country::Dk
                    if facts
                        .person_age()
                        .is_some_and(|age| Measure::Ungestotte.rule(age, today).is_some()) =>
                {
                    Step::SupportedBefore18
                }
                Country::Dk => Step::AdultCircumstances,
            },
            Step::SupportedBefore18 => match answers.one(SUPPORTED_BEFORE_18) {
                Some(Answer::Yes) | None => Step::Preferences,
                Some(Answer::No | Answer::DontKnow) => Step::AdultCircumstances,
            },
            Step::Lss | Step::WholeFamily if facts.takes_children() => after_person(1, answers),
            Step::Sibling(person, page) => {
                // A further child's pages are the first child's per-person pages, routed on
                // that child's own answers; the pages about custody are not asked again.
                let own = answers.person(usize::from(person));
                let mut step = page.step();
                loop {
                    step = self.next(step, &own, today)?;
                    if let Some(page) = PersonPage::of(step) {
                        return Some(Step::Sibling(person, page));
                    }
                    if !matches!(
                        step,
                        Step::Custody | Step::OtherGuardian | Step::AdultAgreement
                    ) {
                        break after_person(usize::from(person) + 1, answers);
                    }
                }
            }
            Step::Children => Step::Preferences,
            Step::Lss | Step::WholeFamily | Step::AdultCircumstances => Step::Preferences,
            Step::Preferences => Step::Request,
            // Familiebehandling is a measure of kommunen's, so not asked after "no contact".
            Step::Request
                if country == Country::Dk
                    && facts.is_child()
                    && answers.one(SOCIAL_SERVICES_CONTACT) != Some(Answer::No) =>
            {
                Step::FamilyTreatment
            }
            Step::Request | Step::FamilyTreatment => match facts.applicant() {
                Some(
                    Applicant::Guardian | Applicant::LegalRepresentative | Applicant::Relative,
                ) => Step::AboutYou,
                _ => Step::Contact,
            },
            Step::AboutYou => Step::Contact,
            Step::Contact => Step::Interpreter,
            Step::Interpreter
                if facts.applicant() == Some(Applicant::YoungPerson)
                    && facts
                        .person_age()
                        .is_some_and(|age| (ASKED_ABOUT_GUARDIANS_FROM..18).contains(&age)) =>
            {
                Step::ContactGuardians
            }
            Step::ContactGuardians if answers.one(MAY_CONTACT_GUARDIANS) == Some(YesNo::Yes) => {
                Step::GuardianDetails
            }
            Step::Interpreter | Step::ContactGuardians | Step::GuardianDetails
                if facts.protected_identity() =>
            {
                Step::Indication
            }
            Step::Interpreter | Step::ContactGuardians | Step::GuardianDetails => Step::Address,
            // Two homes: never asked with protected identity (no address is asked or sent).
            Step::Address if facts.guardian_for_child() && !facts.protected_identity() => {
                Step::SameAddress
            }
            Step::SameAddress if answers.one(SAME_ADDRESS) == Some(YesNo::No) => Step::OwnAddress,
            Step::Address | Step::SameAddress | Step::OwnAddress => Step::Indication,
            Step::Indication => Step::Consents,
            Step::Consents => Step::CheckAnswers,

            // The volunteer journey.
            Step::VolunteerInfo => match country {
                Country::Se => Step::VolunteerRoles,
                Country::Dk => Step::SupportGroups,
            },
            Step::VolunteerRoles => Step::SupportGroups,
            Step::SupportGroups => Step::VolunteerIdentity,
            Step::VolunteerIdentity => match facts.volunteer_age() {
                Some(age) if age < super::rules::volunteer::MINIMUM_AGE => Step::TooYoung,
                _ => Step::VolunteerContact,
            },
            Step::VolunteerContact => Step::VolunteerAddress,
            Step::VolunteerAddress => Step::VolunteerAbout,
            Step::VolunteerAbout
                if country == Country::Se && facts.role(VolunteerRole::Kontaktfamilj) =>
            {
                Step::Household
            }
            Step::VolunteerAbout | Step::Household => Step::Availability,
            Step::Availability => {
                let asks = match country {
                    Country::Se => facts.role(VolunteerRole::Skk),
                    Country::Dk => self.dk_qualifications,
                };
                if asks {
                    Step::Qualifications
                } else {
                    Step::References
                }
            }
            Step::Qualifications => Step::References,
            Step::References => match country {
                Country::Se => Step::RegisterConsent,
                Country::Dk => Step::AttestConsent,
            },
            Step::RegisterConsent | Step::AttestConsent => Step::CheckAnswers,

            // Ends: an exit page, check answers (sending leads on), the confirmation.
            Step::ThirdParty | Step::TooYoung | Step::CheckAnswers | Step::Confirmation => {
                return None;
            }
        };
        Some(next)
    }

    /// The legal references a page cites under its heading, as in force on `today`: the
    /// child's right to be heard, on the child's own view.
    pub fn citations(self, step: Step, answers: &Answers, today: Date) -> Vec<&'static LegalRef> {
        let topics: &[Topic] = match (step.base(), self.rules_country(answers)) {
            (Step::ChildView, Country::Se) => &[Topic::SeChildViews, Topic::SeLssChildViews],
            (Step::ChildView, Country::Dk) => &[Topic::DkChildViews],
            _ => &[],
        };
        topics
            .iter()
            .filter_map(|topic| in_force(*topic, today))
            .collect()
    }

    /// Follows the route from the first page while `goes_on(page)` holds. A page never appears
    /// twice (a guard against routes that loop).
    pub fn walk(self, answers: &Answers, today: Date, goes_on: impl Fn(Step) -> bool) -> Vec<Step> {
        let mut path = Vec::new();
        let mut step = Some(self.first());
        while let Some(current) = step {
            if path.contains(&current) {
                break;
            }
            path.push(current);
            if !goes_on(current) {
                break;
            }
            step = self.next(current, answers, today);
        }
        path
    }

    /// The answers to the questions on the route the answers lead through, to its end. Answers
    /// on branches the user has left are dropped: only these are assessed and sent.
    pub fn answers_on_route(self, answers: &Answers, today: Date) -> Answers {
        let route = self.walk(answers, today, |_| true);
        let asked = |person: usize, field: Field| {
            route
                .iter()
                .any(|step| step.person() == person && step.fields().contains(&field))
        };
        let mut on_route = answers.retain_fields(|field| asked(0, field));
        let mut siblings = Vec::new();
        for (at, sibling) in answers.siblings().iter().enumerate() {
            if route.contains(&Step::Sibling(at as u8 + 1, PersonPage::Person)) {
                siblings.push(sibling.retain_fields(|field| asked(at + 1, field)));
            }
        }
        on_route.set_siblings(siblings);
        on_route
    }

    /// The family case of each person the application is for, the first first. Pass answers
    /// on the route.
    pub fn cases(self, answers: &Answers, today: Date) -> Vec<Case> {
        (0..answers.people())
            .filter_map(|person| self.case(&answers.person(person), today))
            .collect()
    }

    /// The family case the answers describe, for `rules::assess`. Pass answers on the route
    /// (`answers_on_route`) so that answers on untaken branches do not count.
    pub fn case(self, answers: &Answers, today: Date) -> Option<Case> {
        let facts = Facts {
            setup: self,
            answers,
            today,
        };
        if Journey::of(answers) != Some(Journey::Family) {
            return None;
        }
        let mut case = Case::new(self.country(answers)?, facts.applicant()?);
        case.birth_date = facts.birth_date();
        case.custody = answers.one(CUSTODY);
        case.other_guardian = answers.one(OTHER_GUARDIAN_AGREES);
        case.adult_agrees = answers.one(ADULT_AGREES);
        case.needs = answers.all(NEEDS);
        case.lss_personkrets = answers.one(LSS_PERSONKRETS);
        case.whole_family = answers.one(WHOLE_FAMILY) == Some(YesNo::Yes);
        case.supported_before_18 = answers.one(SUPPORTED_BEFORE_18);
        case.adult_circumstances = answers.all(ADULT_CIRCUMSTANCES);
        Some(case)
    }

    /// The volunteer the answers describe, for `rules::check_volunteer`. Pass answers on the
    /// route.
    pub fn volunteer_case(self, answers: &Answers, today: Date) -> Option<VolunteerCase> {
        if Journey::of(answers) != Some(Journey::Volunteer) {
            return None;
        }
        let facts = Facts {
            setup: self,
            answers,
            today,
        };
        let mut case = VolunteerCase::new(self.country(answers)?);
        case.birth_date = facts.volunteer_id().map(|id| id.birth_date());
        case.support_groups = support_groups(answers);
        case.wants_skk = facts.role(VolunteerRole::Skk);
        case.wants_kontaktfamilj = facts.role(VolunteerRole::Kontaktfamilj);
        case.psychosocial_education = answers
            .one(EDUCATION_FIELD)
            .is_some_and(|field| field != EducationField::None);
        case.psychosocial_experience =
            parse_number(answers.text(Field::ExperienceYears), 60).is_ok_and(|years| years > 0);
        case.children_under_15 = answers.one(CHILDREN_UNDER_15);
        case.consents_to_register_check = answers.ticked(REGISTER_CHECK_CONSENT, Agree::Agree);
        case.consents_to_borneattest = answers.ticked(BORNEATTEST_CONSENT, Agree::Agree);
        Some(case)
    }

    /// Answers the engine fills in for the user after `step` is confirmed: the date of birth
    /// from the identity number, for the user to confirm or correct on the next page.
    pub fn prefill_after(self, step: Step, answers: &mut Answers, today: Date) {
        if step.base() != Step::PersonId {
            return;
        }
        let person = step.person();
        let own = answers.person(person);
        let blank = own.get(Field::BirthDate).is_none_or(Value::is_blank);
        let facts = Facts {
            setup: self,
            answers: &own,
            today,
        };
        if let (true, Some(id), Some(target)) =
            (blank, facts.person_id(), answers.person_mut(person))
        {
            target.set(Field::BirthDate, Value::Date(id.birth_date().into()));
        }
    }
}

/// The page after person `person - 1`'s last page: the next further child's first page, or
/// the children page.
fn after_person(person: usize, answers: &Answers) -> Step {
    if person < answers.people() {
        Step::Sibling(person as u8, PersonPage::Person)
    } else {
        Step::Children
    }
}

/// Whom a volunteer would like to support, from the `support-groups` answer.
pub fn support_groups(answers: &Answers) -> Vec<SupportGroup> {
    answers.all(SUPPORT_GROUPS)
}
