# Intake wizard: English. The reference locale: `fl!` checks ids and variables against it.
# Ids: kebab-case, <area>-<thing>-<role>. Built ids (step-*, field-*, error-*) come from
# src/domain; tests/it/locales.rs checks that every one exists in sv, da and en.

## Shell

language-switcher-label = Language
language-name-sv = Svenska
language-name-da = Dansk
language-name-en = English
# Variables:
#   $number (Number) - position of the page on the route
#   $total (Number) - number of pages on the route as it looks now
step-indicator = Step { $number } of { $total }
# The browser tab's title.
# Variables:
#   $indicator (String) - the step indicator, "Step 2 of 4"
#   $step (String) - the page's title
#   $site (String) - the host page's own title
document-title = { $indicator } – { $step } – { $site }
back-link = Back
button-continue = Continue
# Visually hidden before every error message, and before the document title while errors show.
error-prefix = Error:
error-summary-title = There is a problem
# Variables:
#   $count (Number) - characters left
character-count-remaining =
    { $count ->
        [one] You have { $count } character remaining
       *[other] You have { $count } characters remaining
    }
# Variables:
#   $count (Number) - characters too many
character-count-over =
    { $count ->
        [one] You have { $count } character too many
       *[other] You have { $count } characters too many
    }
date-input-day = Day
date-input-month = Month
date-input-year = Year

## Step: country

step-country-title = Which country do you live in?
field-country-label = Country
field-country-hint = The rules for contact persons are different in Sweden and Denmark.
field-country-option-se = Sweden
field-country-option-dk = Denmark
error-country-required = Select Sweden or Denmark

## Step: purpose

step-purpose-title = What do you want to do?
field-purpose-label = What you want to do
field-purpose-option-apply = Apply for support
field-purpose-option-apply-hint = A contact person, a contact family or similar support, for yourself, your child or someone you represent.
field-purpose-option-volunteer = Become a contact person
field-purpose-option-volunteer-hint = Tell us you are interested in becoming a contact person or a contact family.
error-purpose-required = Select whether you want to apply for support or become a contact person

## Journeys that are not built yet

step-family-pending-title = Apply for support
step-volunteer-pending-title = Become a contact person
pending-notice = This part of the service is not ready yet
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
pending-family-body = You cannot apply online here yet. Call { $municipality } on { $phone } and ask about a contact person or a contact family.
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
pending-volunteer-body = You cannot register your interest online here yet. Call { $municipality } on { $phone } and say you would like to become a contact person.
pending-check-answers = You can still check the answers you have given.

## Step: check answers

step-check-answers-title = Check your answers
check-answers-change = Change
check-answers-sending-pending = Sending your answers from this page is not ready yet. Nothing has been sent.

## Errors shared by many fields

# Variables:
#   $max (Number) - the most characters allowed
error-too-long = Enter { $max } characters or fewer
error-date-incomplete = Enter a day, a month and a year
error-date-not-real = Enter a real date, for example 27 3 2012

## Settings errors (shown to visitors when the municipality's settings are wrong)

config-error-title = The form could not start
config-error-body = There is a mistake in the settings of this form, so it cannot be used right now. Please contact the municipality in another way. For the website editor:
# Variables:
#   $key (String) - the setting, e.g. contact.phone
config-error-unreachable = The settings file could not be loaded ({ $key }).
# Variables:
#   $key (String) - the setting, or data-config for the whole file
config-error-malformed = The settings file is not valid ({ $key }).
# Variables:
#   $key (String) - the setting, e.g. municipality
config-error-missing = The setting { $key } is missing.
# Variables:
#   $key (String) - the setting, e.g. country
config-error-invalid = The setting { $key } has a value that cannot be used.

## Identifiers

error-personnummer-empty = Enter a personnummer or samordningsnummer
error-personnummer-characters = Enter the personnummer using only numbers and a hyphen, like YYYYMMDD-NNNN
error-personnummer-length = Enter the personnummer with 12 digits, in the format YYYYMMDD-NNNN
error-personnummer-separator = Enter the personnummer in the format YYYYMMDD-NNNN, with one hyphen before the last 4 digits
error-personnummer-plus-with-century = Use a hyphen instead of a plus sign when you enter 12 digits: YYYYMMDD-NNNN
error-personnummer-century = Enter the year of birth in the personnummer with 4 digits, like 1985 or 2012
error-personnummer-date = The date of birth in the personnummer must be a real date – check the year, month and day
error-samordningsnummer-date = In a samordningsnummer the day is the day of birth plus 60 (61 to 91) – check the year, month and day
error-personnummer-checksum = Check the personnummer – the last digit does not match the others
error-personnummer-future = The date of birth in the personnummer must be today or in the past – check the year
error-cpr-empty = Enter a CPR number
error-cpr-characters = Enter the CPR number using only numbers and a hyphen, like DDMMYY-NNNN
error-cpr-length = Enter the CPR number with 10 digits, in the format DDMMYY-NNNN
error-cpr-separator = Enter the CPR number in the format DDMMYY-NNNN, with one hyphen after the date
error-cpr-date = The first 6 digits of the CPR number must be a real date of birth – check the day, month and year
error-cpr-future = The date of birth in the CPR number must be today or in the past – check the date and the first digit after the hyphen

## Contact details

error-phone-empty = Enter a phone number
error-phone-characters = Enter the phone number using only numbers, spaces and hyphens, with + only at the start
error-phone-country = Enter a Swedish phone number (+46) or a Danish phone number (+45)
error-phone-se-leading-zero = Enter the phone number with an area code that starts with 0, like 070-123 45 67, or start with +46
error-phone-se-length = Enter a Swedish phone number with 8 to 11 digits, including the area code, like 070-123 45 67
error-phone-dk-length = Enter a Danish phone number with 8 digits, like 12 34 56 78
error-postal-code-empty = Enter a postal code
error-postal-code-characters = Enter only the postal code, using numbers
error-postal-code-country = Enter the postal code without a country prefix
error-postal-code-se-length = Enter a postal code with 5 digits, like 123 45
error-postal-code-dk-length = Enter a postal code with 4 digits, like 2100
error-email-empty = Enter an email address
error-email-too-long = Enter a shorter email address: at most 64 characters before the @ and 254 in total
error-email-missing-at = Enter the email address with an @, like name@example.com
error-email-several-at = Enter the email address with only one @, like name@example.com
error-email-spaces = Enter the email address without spaces
error-email-missing-local-part = Enter the part of the email address before the @, like name@example.com
error-email-domain = Check the part after the @ – it must be a domain like example.com, with no spaces or double dots
error-name-empty = Enter a name
error-name-too-long = Enter a name that is 100 characters or fewer
error-name-control-characters = Enter the name on one line, without tabs or hidden characters
error-name-no-letter = Enter a name using letters

### Rules messages (English): outcomes, measures, reasons, consents, legal references, volunteers.
### Ids follow the domain codes: measure-<code>, reason-<code>, consent-<code>, outcome-<code>, volunteer-<code>.

## Outcomes of the eligibility indication
## Always preliminary: the municipality decides after its own investigation.

outcome-disclaimer = This is a preliminary, non-binding indication. The municipality decides after its own investigation.
outcome-may-fit = One or more kinds of support may fit. The municipality decides after its own investigation.
outcome-unclear = From the answers we cannot say which support may fit. The municipality will find out in its investigation.
outcome-redirect-orosanmalan = If you are worried about a child, make a report of concern (orosanmälan) to the social services instead of an application. Call 112 in an emergency.
outcome-redirect-underretning = If you are worried about a child, notify the municipality (underretning) instead of applying. Call 112 in an emergency.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Contact person (kontaktperson, Sweden)
measure-kontaktperson-description = Someone who gives support and company in everyday life, for example in leisure time. May fit children and adults.
measure-kontaktfamilj = Contact family (kontaktfamilj, Sweden)
measure-kontaktfamilj-description = A family the child stays with regularly, for example some weekends, so that the family gets a break.
measure-sarskilt-kvalificerad-kontaktperson = Specially qualified contact person (SKK, Sweden)
measure-sarskilt-kvalificerad-kontaktperson-description = A contact person with special skills for a young person under 21 who needs support against a risk of crime, substance misuse or other socially destructive behaviour.
measure-lss-bitrade-av-kontaktperson = Contact person under LSS (Sweden)
measure-lss-bitrade-av-kontaktperson-description = A contact person for someone in the LSS target group, for example to break isolation and have company.
measure-fast-kontaktperson-barn = Permanent contact person for the child (Denmark)
measure-fast-kontaktperson-barn-description = A permanent adult who supports the child or young person (barnets lov § 32).
measure-fast-kontaktperson-familie = Permanent contact person for the whole family (Denmark)
measure-fast-kontaktperson-familie-description = A permanent adult who supports the whole family (barnets lov § 32).
measure-ungestotte = Support for young adults (ungestøtte, Denmark)
measure-ungestotte-description = A contact person kept or appointed after the 18th birthday, for young people aged 18 to 22 who had support before 18.
measure-sel-85 = Socio-educational support (serviceloven § 85, Denmark)
measure-sel-85-description = Help, care and support in everyday life for adults with reduced functional ability or special social problems.
measure-sel-98 = Contact person for deafblind people (serviceloven § 98, Denmark)
measure-sel-98-description = A special contact person for deafblind adults.
measure-sel-99 = Support and contact person (serviceloven § 99, Denmark)
measure-sel-99-description = Outreach support for adults with mental illness, substance misuse or special social problems who have no home or cannot stay in it.

## Reasons
## Shown under the measures. Wording stays preliminary: 'may fit', never 'you are entitled'.

reason-kontaktperson-may-fit = A contact person may fit when the need is company, leisure, routines, or school and work.
reason-kontaktfamilj-may-fit = A contact family may fit when the family needs a break with regular weekends or overnight stays.
reason-skk-may-fit = A specially qualified contact person may fit when a young person under 21 is at risk of crime, substance misuse or other socially destructive behaviour.
reason-skk-only-under-21 = A specially qualified contact person can only be appointed for someone under 21. A contact person may fit instead.
reason-lvu-22-information = Good to know: for someone under 20 the social welfare committee can in some cases decide on a specially qualified contact person without consent (LVU 22 §). It is not something you apply for.
reason-lss-kontaktperson-may-fit = If the person is in the LSS target group, a contact person under LSS may fit.
reason-sol-alternative-to-lss = Support under the Social Services Act (SoL) remains an alternative to LSS.
reason-lss-personkrets-unknown = If the person is in the LSS target group, a contact person under LSS may also be an option. The municipality can help you find out.
reason-other-guardian-refuses-not-blocking = The other guardian says no. The social welfare committee can still decide on the support if the child's best interests require it, so you can still apply.
reason-other-guardian-refuses-skk = The other guardian says no. The rule that lets the committee go ahead when only one guardian agrees does not cover a specially qualified contact person. The municipality will assess what is possible.
reason-redirect-orosanmalan = Anyone worried that a child is at risk should report it to the social services (orosanmälan).
reason-fast-kontaktperson-barn-may-fit = A permanent contact person may fit a child or young person under 18 who needs special support.
reason-fast-kontaktperson-familie-may-fit = A permanent contact person for the whole family may fit when the whole family needs support.
reason-ungestotte-may-fit = Ungestøtte may fit a young person aged 18 to 22 who had a contact person or was placed in care before turning 18.
reason-ungestotte-needs-support-before-18 = Ungestøtte requires support before the 18th birthday. The rules for adults may fit instead.
reason-support-before-18-unknown = We do not know whether the person had support before turning 18. That decides whether ungestøtte may be possible.
reason-sel-85-may-fit = Socio-educational support under serviceloven § 85 may fit an adult who needs support in everyday life.
reason-sel-98-may-fit = A contact person for deafblind people under serviceloven § 98 may fit.
reason-sel-99-may-fit = A support and contact person under serviceloven § 99 may fit someone without a home or with mental illness or substance misuse.
reason-youth-order-information = Good to know: for children aged 10 to 17 the municipality can in some cases decide on support without the parents' consent (barnets lov § 39). It is not something you apply for.
reason-joint-custody-both-consent = With joint custody (fælles forældremyndighed) both parents need to consent.
reason-other-custody-holder-refuses = The other parent with custody (forældremyndighedsindehaver) says no. The support needs consent, so the municipality will assess what is possible.
reason-child-party-from-10 = A child who has turned 10 is a party to the case.
reason-redirect-underretning = Anyone worried about a child should notify the municipality (underretning).
reason-birth-date-missing = The date of birth is missing, so we cannot say which rules apply.
reason-birth-date-in-future = The date of birth is in the future. Please check it.
reason-applicant-role-does-not-fit-age = Your role does not match the person's age. An adult applies themself or through a god man, förvaltare or værge. For a child, the person with custody applies.
reason-no-need-stated = No need was given. The municipality will find out about the need in its investigation.
reason-representative-applies = A god man, förvaltare or værge can act for the person only within their appointment. The person's own wishes still count.

## Consents: who, what they do, and flags
## Shown as a checklist under each measure. These are consents to the social measure, not privacy (GDPR) consents.

consent-guardians = The guardians (vårdnadshavare)
consent-custody-holders = The parents with custody (forældremyndighedsindehaver)
consent-person = The person themself
consent-legal-representative = Legal representative (god man, förvaltare or værge)
consent-role-requests-or-consents = applies or consents
consent-role-requests = applies
consent-role-consents = consents
consent-role-is-heard = is heard
consent-flag-both-guardians = Both guardians need to agree.
consent-flag-both-custody-holders = Both parents with custody need to consent.
consent-flag-other-guardian-refuses-not-blocking = The other guardian says no. This does not stop the application. The committee can still decide if the child's best interests require it.
consent-flag-other-guardian-refuses = The other guardian says no.
consent-flag-other-guardian-not-asked-yet = The other guardian has not been asked yet.
consent-flag-committee-may-proceed-without-guardians = The committee may decide without the guardians' consent if it finds that suitable and the child consents.
consent-flag-child-party-from-10 = The child has turned 10 and is a party to the case.
consent-flag-only-if-clearly-unable-to-decide = Only if the person is under 15 or clearly unable to decide for themself.
consent-legal-review = The reading of this rule is under legal review.

## Legal references
## Act names as used inside a citation, and how well a citation was checked.

act-sol-2001-453 = Social Services Act (2001:453) (Sweden)
act-sol-2025-400 = Social Services Act (2025:400) (Sweden)
act-lss-1993-387 = LSS, Act (1993:387) on support and service for certain disabled persons (Sweden)
act-lvu-1990-52 = LVU, Care of Young Persons Act (1990:52) (Sweden)
act-fb-1949-381 = Children and Parents Code (föräldrabalken, Sweden)
act-forordning-1999-1134 = Criminal Records Ordinance (1999:1134) (Sweden)
act-serviceloven = Consolidation Act on Social Services (serviceloven, Denmark)
act-barnets-lov = Children's Act (barnets lov, Denmark)
act-foraeldreansvarsloven = Parental Responsibility Act (forældreansvarsloven, Denmark)
act-borneattestloven = Child Certificate Act (børneattestloven, Denmark)
# Variables:
#   $cite (String) - the citation in the statute's own style, e.g. 13 kap. 7 § or § 32, stk. 1, nr. 3
#   $act (String) - the act's name from the act-* messages
law-basis = Legal basis: { $act }, { $cite }
verified-confirmed = Confirmed against the statute text
verified-believed-correct = Believed correct, not checked against the statute text
verified-unconfirmed = Not confirmed, needs review

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = You need to be 18 or older.
volunteer-skk-education-or-experience = As a specially qualified contact person you need education in or experience of psychosocial work.
volunteer-register-check-consent = You agree that the municipality checks registers, for example the criminal records register.
volunteer-borneattest-consent = You agree that the municipality obtains a child certificate (børneattest). It is required when the assignment involves children under 15.
volunteer-status-met = Met
volunteer-status-not-met = Not met
volunteer-status-unknown = Not known yet
volunteer-outcome-may-proceed = You seem to meet the basic requirements. The municipality makes its own assessment before it decides.
volunteer-outcome-requirements-not-met = One of the basic requirements does not seem to be met. Contact the municipality if you have questions.
volunteer-outcome-unclear = We cannot say whether you meet the requirements. The municipality will find out.
