# Intake wizard: English. The reference locale: `fl!` checks ids and variables against it.
# Ids: kebab-case, <area>-<thing>-<role>. Built ids (step-*, field-*, error-*) come from
# src/domain; tests/it/locales.rs checks that every one exists in sv, da and en.
#
# Journey variables. The UI passes these two to every step-*-title, field-*-label,
# field-*-hint, field-*-option-* and error-<field>-* message; a message uses them only
# where the wording must change, and then the same ones in sv, da and en:
#   $applicant (String) - who fills in the form: guardian, young-person, adult,
#                         legal-representative, third-party, or none (not answered yet)
#   $country (String) - whose rules apply: se or dk (the default variant is the Swedish wording)
# Wording per applicant: guardian reads "the child"; young-person and adult read "you";
# legal-representative reads "the person you represent"; anyone else reads "the person".

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
button-try-again = Try again
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
# Variables:
#   $country (String) - se or dk
field-purpose-option-apply-hint =
    { $country ->
        [dk] A permanent contact person or similar support, for yourself, your child or someone you represent.
       *[other] A contact person, a contact family or similar support, for yourself, your child or someone you represent.
    }
field-purpose-option-volunteer = Become a contact person
# Variables:
#   $country (String) - se or dk
field-purpose-option-volunteer-hint =
    { $country ->
        [dk] Tell the municipality that you are interested in becoming a contact person.
       *[other] Tell the municipality that you are interested in becoming a contact person or a contact family.
    }
error-purpose-required = Select whether you want to apply for support or become a contact person

## Step: applicant

step-applicant-title = Who is applying?
field-applicant-label = Who is applying
# Variables:
#   $country (String) - se or dk
field-applicant-option-guardian =
    { $country ->
        [dk] I am a parent with custody and apply for my child
       *[other] I am a guardian (vårdnadshavare) and apply for my child
    }
field-applicant-option-guardian-hint = The child is under 18.
field-applicant-option-young-person = I am under 18 and apply for myself
field-applicant-option-adult = I am 18 or older and apply for myself
# Variables:
#   $country (String) - se or dk
field-applicant-option-legal-representative =
    { $country ->
        [dk] I am a værge for an adult and apply for them
       *[other] I am a god man or förvaltare and apply for the person I represent
    }
# Variables:
#   $country (String) - se or dk
field-applicant-option-legal-representative-hint =
    { $country ->
        [dk] You have been appointed to act for the person.
       *[other] For an adult, or as god man for an unaccompanied child.
    }
field-applicant-option-relative = I am a relative caring at home for an adult with extensive needs
field-applicant-option-relative-hint = The adult applies themselves, or through their god man, förvaltare or værge, and needs to agree. You can help with the application.
field-applicant-option-third-party = Someone else, for example a relative, neighbour or professional
field-applicant-option-third-party-hint = If you are worried about a child, we will tell you how to report it.
error-applicant-required = Select who is applying

## Step: third party (an exit: nothing is sent)

step-third-party-title = If you are worried about a child
# Variables:
#   $country (String) - se or dk
#   $municipality (String) - the municipality's name
third-party-body =
    { $country ->
        [dk] If you are worried about a child, you can send a notification (underretning) to the municipality. Anyone can do it, and as a private person you can be anonymous. In cases of neglect or danger to the child's health or development you have a duty to do it. You do not need to be sure that something is wrong. The municipality then looks at whether the child needs support. You cannot use this form for it. Contact { $municipality } instead.
       *[other] If you are worried that a child is being harmed, you can make a report of concern (orosanmälan) to the social services. Anyone can do it, and as a private person you can be anonymous. You do not need to be sure that something is wrong. The social services then assess whether the child needs support. You cannot use this form for it. Contact the social services in { $municipality } instead.
    }
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
third-party-contact = Call { $municipality } on { $phone }
third-party-emergency = If a child is in danger right now, call 112.
# Variables:
#   $country (String) - se or dk
third-party-professional =
    { $country ->
        [dk] If you work with children or young people, for example in a school, day care or health care, you have a stricter duty to notify the municipality (skærpet underretningspligt). Follow your workplace's procedure.
       *[other] If you work with children or young people, for example in a school, preschool or health care, you have a duty to report to the social services (anmälningsskyldighet). Follow your workplace's procedure.
    }

## Step: person

# Variables:
#   $applicant (String) - who is applying
step-person-title =
    { $applicant ->
        [guardian] About the child
        [young-person] About you
        [adult] About you
        [legal-representative] About the person you represent
       *[other] About the person who needs support
    }
# Variables:
#   $applicant (String) - who is applying
field-person-name-label =
    { $applicant ->
        [guardian] The child's full name
        [young-person] Your full name
        [adult] Your full name
        [legal-representative] Full name of the person you represent
       *[other] Full name of the person who needs support
    }
# Variables:
#   $applicant (String) - who is applying
error-person-name-required =
    { $applicant ->
        [guardian] Enter the child's full name
        [young-person] Enter your full name
        [adult] Enter your full name
        [legal-representative] Enter the full name of the person you represent
       *[other] Enter the full name of the person who needs support
    }
# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
field-has-person-id-label =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Does the child have a CPR number?
                [young-person] Do you have a CPR number?
                [adult] Do you have a CPR number?
                [legal-representative] Does the person you represent have a CPR number?
               *[other] Does the person have a CPR number?
            }
       *[other]
            { $applicant ->
                [guardian] Does the child have a personnummer or samordningsnummer?
                [young-person] Do you have a personnummer or samordningsnummer?
                [adult] Do you have a personnummer or samordningsnummer?
                [legal-representative] Does the person you represent have a personnummer or samordningsnummer?
               *[other] Does the person have a personnummer or samordningsnummer?
            }
    }
# Variables:
#   $country (String) - se or dk
field-has-person-id-hint =
    { $country ->
        [dk] Everyone who is registered as living in Denmark has a CPR number.
       *[other] A personnummer is the Swedish identity number. A samordningsnummer is given to people who are not or have not been registered as living in Sweden.
    }
field-has-person-id-option-yes = Yes
field-has-person-id-option-no = No
field-has-person-id-option-no-hint = We will ask for the date of birth instead.
# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
error-has-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Select yes if the child has a CPR number
                [young-person] Select yes if you have a CPR number
                [adult] Select yes if you have a CPR number
                [legal-representative] Select yes if the person you represent has a CPR number
               *[other] Select yes if the person has a CPR number
            }
       *[other]
            { $applicant ->
                [guardian] Select yes if the child has a personnummer or samordningsnummer
                [young-person] Select yes if you have a personnummer or samordningsnummer
                [adult] Select yes if you have a personnummer or samordningsnummer
                [legal-representative] Select yes if the person you represent has a personnummer or samordningsnummer
               *[other] Select yes if the person has a personnummer or samordningsnummer
            }
    }

## Step: person id

# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
step-person-id-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] What is the child's CPR number?
                [young-person] What is your CPR number?
                [adult] What is your CPR number?
                [legal-representative] What is the CPR number of the person you represent?
               *[other] What is the person's CPR number?
            }
       *[other]
            { $applicant ->
                [guardian] What is the child's personnummer or samordningsnummer?
                [young-person] What is your personnummer or samordningsnummer?
                [adult] What is your personnummer or samordningsnummer?
                [legal-representative] What is the personnummer or samordningsnummer of the person you represent?
               *[other] What is the person's personnummer or samordningsnummer?
            }
    }
# Variables:
#   $country (String) - se or dk
field-person-id-label =
    { $country ->
        [dk] CPR number
       *[other] Personnummer or samordningsnummer
    }
# Variables:
#   $country (String) - se or dk
field-person-id-hint =
    { $country ->
        [dk] 10 digits, like DDMMYY-NNNN
       *[other] 12 digits, like YYYYMMDD-NNNN
    }
# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
error-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Enter the child's CPR number
                [young-person] Enter your CPR number
                [adult] Enter your CPR number
                [legal-representative] Enter the CPR number of the person you represent
               *[other] Enter the person's CPR number
            }
       *[other]
            { $applicant ->
                [guardian] Enter the child's personnummer or samordningsnummer
                [young-person] Enter your personnummer or samordningsnummer
                [adult] Enter your personnummer or samordningsnummer
                [legal-representative] Enter the personnummer or samordningsnummer of the person you represent
               *[other] Enter the person's personnummer or samordningsnummer
            }
    }

## Step: date of birth

# Variables:
#   $applicant (String) - who is applying
step-birth-date-title =
    { $applicant ->
        [guardian] What is the child's date of birth?
        [young-person] What is your date of birth?
        [adult] What is your date of birth?
        [legal-representative] What is the date of birth of the person you represent?
       *[other] What is the person's date of birth?
    }
field-birth-date-label = Date of birth
# Variables:
#   $country (String) - se or dk
field-birth-date-hint =
    { $country ->
        [dk] If you entered a CPR number, we have filled in the date from it. Correct it if the real date of birth is different. For example, 27 3 2012.
       *[other] If you entered a personnummer or samordningsnummer, we have filled in the date from it. Correct it if the real date of birth is different. For example, 27 3 2012.
    }
# Variables:
#   $applicant (String) - who is applying
error-birth-date-required =
    { $applicant ->
        [guardian] Enter the child's date of birth
        [young-person] Enter your date of birth
        [adult] Enter your date of birth
        [legal-representative] Enter the date of birth of the person you represent
       *[other] Enter the person's date of birth
    }
# Variables:
#   $applicant (String) - who is applying
error-birth-date-contradicts-earlier-answer =
    { $applicant ->
        [young-person] You said you are under 18 – check the date of birth, or change who is applying
        [relative] You are applying for an adult – check the date of birth, or change who is applying
       *[other] You said you are 18 or older – check the date of birth, or change who is applying
    }

## Step: custody

# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
step-custody-title =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Do one or two people have custody of you?
               *[other] Do one or two people have custody of the child?
            }
       *[other]
            { $applicant ->
                [young-person] Do you have one or two guardians?
               *[other] Does the child have one or two guardians?
            }
    }
# Variables:
#   $country (String) - se or dk
field-custody-label =
    { $country ->
        [dk] Custody
       *[other] Guardians
    }
# Variables:
#   $country (String) - se or dk
field-custody-hint =
    { $country ->
        [dk] The person with custody (forældremyndighed) makes the important decisions for a child. It is usually one or both parents.
       *[other] A guardian (vårdnadshavare) has legal custody of a child. It is usually one or both parents.
    }
# Variables:
#   $country (String) - se or dk
field-custody-option-one =
    { $country ->
        [dk] One person has sole custody
       *[other] One guardian
    }
# Variables:
#   $country (String) - se or dk
field-custody-option-two =
    { $country ->
        [dk] Two people have joint custody
       *[other] Two guardians
    }
# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
error-custody-required =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Select whether one or two people have custody of you
               *[other] Select whether one or two people have custody of the child
            }
       *[other]
            { $applicant ->
                [young-person] Select whether you have one or two guardians
               *[other] Select whether the child has one or two guardians
            }
    }

## Step: the other guardian

# Variables:
#   $country (String) - se or dk
step-other-guardian-title =
    { $country ->
        [dk] The other parent with custody
       *[other] The other guardian
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-agrees-label =
    { $country ->
        [dk] Does the other parent with custody know about the application and agree to it?
       *[other] Does the other guardian know about the application and agree to it?
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-agrees-hint =
    { $country ->
        [dk] With joint custody, both parents usually need to agree to the support.
       *[other] If they do not agree, you can still apply. In some cases the social services can decide anyway, if it is in the child's best interests.
    }
field-other-guardian-agrees-option-agrees = Yes, they agree
field-other-guardian-agrees-option-refuses = No, they do not agree
field-other-guardian-agrees-option-not-asked-yet = I have not asked them yet
# Variables:
#   $country (String) - se or dk
error-other-guardian-agrees-required =
    { $country ->
        [dk] Select whether the other parent with custody agrees
       *[other] Select whether the other guardian agrees
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-name-label =
    { $country ->
        [dk] The other parent's full name
       *[other] The other guardian's full name
    }
# Variables:
#   $country (String) - se or dk
error-other-guardian-name-required =
    { $country ->
        [dk] Enter the other parent's full name
       *[other] Enter the other guardian's full name
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-phone-label =
    { $country ->
        [dk] The other parent's phone number (optional)
       *[other] The other guardian's phone number (optional)
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-phone-hint =
    { $country ->
        [dk] So that the municipality can contact them. For example 12 34 56 78.
       *[other] So that the municipality can contact them. For example 070-123 45 67.
    }
# Variables:
#   $country (String) - se or dk
error-other-guardian-phone-required =
    { $country ->
        [dk] Enter the other parent's phone number
       *[other] Enter the other guardian's phone number
    }
# Variables:
#   $country (String) - se or dk
field-other-guardian-email-label =
    { $country ->
        [dk] The other parent's email address (optional)
       *[other] The other guardian's email address (optional)
    }
# Variables:
#   $country (String) - se or dk
error-other-guardian-email-required =
    { $country ->
        [dk] Enter the other parent's email address
       *[other] Enter the other guardian's email address
    }

## Step: adult agreement (a relative caring for an adult)

step-adult-agreement-title = Does the person know about the application, and do they agree?
field-adult-agrees-label = The person agrees
# Variables:
#   $country (String) - se or dk
field-adult-agrees-hint =
    { $country ->
        [dk] The adult applies themselves or through their værge, and the support is given only if they agree.
       *[other] The adult applies themselves or through their god man or förvaltare, and the support is given only if they agree.
    }
field-adult-agrees-option-agrees = Yes, they agree
field-adult-agrees-option-refuses = No, they do not agree
field-adult-agrees-option-not-asked-yet = I have not asked them yet
error-adult-agrees-required = Select whether the person agrees

## Step: protected identity

# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
step-protected-identity-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Does the child have name and address protection?
                [young-person] Do you have name and address protection?
                [adult] Do you have name and address protection?
                [legal-representative] Does the person you represent have name and address protection?
               *[other] Does the person have name and address protection?
            }
       *[other]
            { $applicant ->
                [guardian] Does the child have protected personal details?
                [young-person] Do you have protected personal details?
                [adult] Do you have protected personal details?
                [legal-representative] Does the person you represent have protected personal details?
               *[other] Does the person have protected personal details?
            }
    }
# Variables:
#   $country (String) - se or dk
field-protected-identity-label =
    { $country ->
        [dk] Name and address protection
       *[other] Protected personal details
    }
# Variables:
#   $country (String) - se or dk
field-protected-identity-hint =
    { $country ->
        [dk] Name and address protection (navne- og adressebeskyttelse) means the address is hidden in the CPR register. If you answer yes, we do not ask for an address, and no address is sent.
       *[other] For example skyddad folkbokföring or sekretessmarkering. If you answer yes, we do not ask for an address, and no address is sent.
    }
field-protected-identity-option-yes = Yes
field-protected-identity-option-yes-hint = We will not ask for an address. The municipality will contact you by phone or in the way you choose on the contact page, never by letter to an address from this form.
field-protected-identity-option-no = No
# Variables:
#   $applicant (String) - who is applying
#   $country (String) - se or dk
error-protected-identity-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Select yes if the child has name and address protection
                [young-person] Select yes if you have name and address protection
                [adult] Select yes if you have name and address protection
                [legal-representative] Select yes if the person you represent has name and address protection
               *[other] Select yes if the person has name and address protection
            }
       *[other]
            { $applicant ->
                [guardian] Select yes if the child has protected personal details
                [young-person] Select yes if you have protected personal details
                [adult] Select yes if you have protected personal details
                [legal-representative] Select yes if the person you represent has protected personal details
               *[other] Select yes if the person has protected personal details
            }
    }

## Step: needs

# Variables:
#   $applicant (String) - who is applying
step-needs-title =
    { $applicant ->
        [guardian] What support does the child need?
        [young-person] What support do you need?
        [adult] What support do you need?
        [legal-representative] What support does the person you represent need?
       *[other] What support does the person need?
    }
field-needs-label = What should the support help with?
field-needs-hint = Select all that apply. No diagnosis is needed.
field-needs-option-company-and-leisure = Company and leisure time
field-needs-option-company-and-leisure-hint = Someone to talk to, spend time with and do activities with.
field-needs-option-routines-and-structure = Routines and structure in everyday life
# Variables:
#   $country (String) - se or dk
field-needs-option-routines-and-structure-hint =
    { $country ->
        [dk] For example everyday life, and finding and keeping a home.
       *[other] For example everyday routines and practical things at home.
    }
field-needs-option-school-education-or-work = School, education or work
field-needs-option-school-education-or-work-hint = Also getting started with and keeping up an education.
field-needs-option-family-relief = A break for the family
field-needs-option-family-relief-hint = For example regular weekends or nights away from home.
field-needs-option-risk-behaviour = Keeping away from crime, alcohol, drugs or other harmful behaviour
error-needs-required = Select what the support should help with
field-meeting-frequency-label = How often would it be good to meet the contact person?
field-meeting-frequency-hint = This is a wish. The municipality decides after its investigation.
field-meeting-frequency-option-several-a-week = Several times a week
field-meeting-frequency-option-weekly = About once a week
field-meeting-frequency-option-every-other-week = Every other week
field-meeting-frequency-option-monthly = About once a month
field-meeting-frequency-option-dont-know = I don't know
error-meeting-frequency-required = Select how often it would be good to meet

## Step: LSS (Sweden)

# Variables:
#   $applicant (String) - who is applying
step-lss-title =
    { $applicant ->
        [guardian] Is the child covered by LSS?
        [young-person] Are you covered by LSS?
        [adult] Are you covered by LSS?
        [legal-representative] Is the person you represent covered by LSS?
       *[other] Is the person covered by LSS?
    }
field-lss-personkrets-label = Covered by LSS
field-lss-personkrets-hint = LSS is a Swedish law on support for people with certain disabilities: an intellectual disability, autism, a brain injury in adulthood, or another major and lasting disability. You do not need to say which.
field-lss-personkrets-option-yes = Yes
field-lss-personkrets-option-no = No
field-lss-personkrets-option-dont-know = I don't know
field-lss-personkrets-option-dont-know-hint = The municipality can help you find out.
# Variables:
#   $applicant (String) - who is applying
error-lss-personkrets-required =
    { $applicant ->
        [guardian] Select whether the child is covered by LSS
        [young-person] Select whether you are covered by LSS
        [adult] Select whether you are covered by LSS
        [legal-representative] Select whether the person you represent is covered by LSS
       *[other] Select whether the person is covered by LSS
    }

## Step: whole family (Denmark)

step-whole-family-title = Does the whole family need support?
field-whole-family-label = Support for the whole family
field-whole-family-hint = A permanent contact person can support the child, or the whole family.
field-whole-family-option-yes = Yes, the whole family
# Variables:
#   $applicant (String) - who is applying
field-whole-family-option-no =
    { $applicant ->
        [young-person] No, only me
       *[other] No, only the child
    }
error-whole-family-required = Select whether the whole family needs support

## Step: support before 18 (Denmark)

# Variables:
#   $applicant (String) - who is applying
step-supported-before-18-title =
    { $applicant ->
        [young-person] Did you have a permanent contact person, or were you placed in care, before you turned 18?
        [adult] Did you have a permanent contact person, or were you placed in care, before you turned 18?
        [legal-representative] Did the person you represent have a permanent contact person, or were they placed in care, before they turned 18?
       *[other] Did the person have a permanent contact person, or were they placed in care, before they turned 18?
    }
field-supported-before-18-label = Support before 18
field-supported-before-18-hint = Young people aged 18 to 22 who had this support can in some cases keep it or get a new contact person (ungestøtte).
field-supported-before-18-option-yes = Yes
field-supported-before-18-option-no = No
field-supported-before-18-option-dont-know = I don't know
# Variables:
#   $applicant (String) - who is applying
error-supported-before-18-required =
    { $applicant ->
        [young-person] Select whether you had a permanent contact person or were placed in care before you turned 18
        [adult] Select whether you had a permanent contact person or were placed in care before you turned 18
        [legal-representative] Select whether the person you represent had a permanent contact person or was placed in care before they turned 18
       *[other] Select whether the person had a permanent contact person or was placed in care before they turned 18
    }

## Step: adult circumstances (Denmark)

# Variables:
#   $applicant (String) - who is applying
step-adult-circumstances-title =
    { $applicant ->
        [young-person] Does any of this apply to you?
        [adult] Does any of this apply to you?
        [legal-representative] Does any of this apply to the person you represent?
       *[other] Does any of this apply to the person?
    }
field-adult-circumstances-label = Circumstances
field-adult-circumstances-hint = Select all that apply, or none. It helps the municipality see which support may fit.
field-adult-circumstances-option-deafblind = Deafblindness: a serious loss of both sight and hearing
field-adult-circumstances-option-homeless-mental-illness-or-substance-misuse = No home, or not able to stay in it – together with mental illness, substance misuse or serious social problems
# Variables:
#   $applicant (String) - who is applying
error-adult-circumstances-required =
    { $applicant ->
        [young-person] Select what applies to you
        [adult] Select what applies to you
        [legal-representative] Select what applies to the person you represent
       *[other] Select what applies to the person
    }

## Step: children (a guardian adds the child's siblings, up to 6 children)

step-children-title = Children in the application
field-add-another-child-label = Do you want to add another child?
field-add-another-child-hint = Up to 6 brothers and sisters can be included. Each child is assessed on their own.
field-add-another-child-option-yes = Yes
field-add-another-child-option-no = No
error-add-another-child-required = Select whether you want to add another child
error-add-another-child-contradicts-earlier-answer = One application can be for at most 6 children. Select No
children-remove = Remove
# Variables:
#   $title (String) - the page's heading
#   $number (Number) - the child's number in the application
sibling-step-title = { $title } (child { $number })
# Variables:
#   $number (Number) - the child's number in the application
#   $name (String) - the child's name
person-heading = Child { $number }: { $name }
# Variables:
#   $number (Number) - the child's number in the application
person-heading-unnamed = Child { $number }

## Step: preferences

step-preferences-title = Wishes for the contact person
field-preferred-languages-label = Languages the contact person should speak (optional)
# Variables:
#   $country (String) - se or dk
field-preferred-languages-hint =
    { $country ->
        [dk] For example Danish and Arabic.
       *[other] For example Swedish and Arabic.
    }
error-preferred-languages-required = Enter the languages the contact person should speak
# Variables:
#   $applicant (String) - who is applying
field-interests-label =
    { $applicant ->
        [guardian] The child's interests (optional)
        [young-person] Your interests (optional)
        [adult] Your interests (optional)
        [legal-representative] Interests of the person you represent (optional)
       *[other] The person's interests (optional)
    }
field-interests-hint = For example football, music, games or nature. It helps the municipality find a good match.
# Variables:
#   $applicant (String) - who is applying
error-interests-required =
    { $applicant ->
        [guardian] Enter the child's interests
        [young-person] Enter your interests
        [adult] Enter your interests
        [legal-representative] Enter the interests of the person you represent
       *[other] Enter the person's interests
    }
field-other-wishes-label = Anything else you want to tell us (optional)
field-other-wishes-hint = For example if you would like a contact person of a certain age. Do not write about health, diagnoses or other sensitive details here. You can tell the social worker later.
error-other-wishes-required = Enter what you want to tell us

## Steps: what an intake officer asks first (#13 §3): the child's own view (a guardian
## applying; one child), the request in the applicant's own words and contact with social
## services, family treatment (Denmark), interpreter and language, a young person's guardians,
## the guardian's own address (two homes).

step-child-view-title = What does the child think?
step-child-view-intro = A child has the right to say what they think in matters about them, and to be listened to.
field-child-asked-label = Have you asked the child about getting a contact person? (optional)
field-child-asked-option-yes = Yes
field-child-asked-option-not-yet = Not yet
field-child-asked-option-cannot-say = The child is too young or cannot say
field-child-opinion-label = What the child thinks (optional)
field-child-opinion-hint = In the child's own words if you can.
step-request-title = Your request
field-help-wanted-label = In your own words: what help do you want, and why? (optional)
field-help-wanted-hint = Write only what is needed, not diagnoses or other sensitive details.
field-social-services-contact-label = Are you in contact with the municipality's social services now, or have you been before? (optional)
field-social-services-contact-option-yes = Yes
field-social-services-contact-option-no = No
field-social-services-contact-option-dont-know = I don't know
field-caseworker-name-label = The social worker's name, if you know it (optional)
step-family-treatment-title = Is the family in family treatment (familiebehandling) now?
field-family-treatment-label = Family treatment
field-family-treatment-hint = A permanent contact person often follows up family treatment.
field-family-treatment-option-yes = Yes
field-family-treatment-option-no = No
field-family-treatment-option-dont-know = I don't know
step-interpreter-title = Interpreter and language
field-interpreter-label = Do you need an interpreter? (optional)
field-interpreter-option-yes = Yes
field-interpreter-option-no = No
field-interpreter-language-label = Language for the interpreter
field-interpreter-language-hint = Only if you need an interpreter.
error-interpreter-language-required = Enter the language the interpreter should speak
field-contact-language-label = Language you prefer for contact with us (optional)
step-contact-guardians-title = May the municipality contact your guardians?
field-may-contact-guardians-label = May contact your guardians
field-may-contact-guardians-hint = Your guardians are usually your parents. You can skip this.
field-may-contact-guardians-option-yes = Yes
field-may-contact-guardians-option-no = No
step-guardian-details-title = How can we reach your guardian?
field-guardian-name-label = Your guardian's full name
error-guardian-name-required = Enter your guardian's name
field-guardian-phone-label = Your guardian's phone number
error-guardian-phone-required = Enter your guardian's phone number
step-same-address-title = Do you live at the same address as the child?
field-same-address-label = Same address as the child
field-same-address-hint = Answer no if the child has two homes and you live in the other one.
field-same-address-option-yes = Yes
field-same-address-option-no = No
step-own-address-title = What is your address?
field-own-street-address-label = Your street address
error-own-street-address-required = Enter your street address
field-own-postal-code-label = Your postal code
error-own-postal-code-required = Enter your postal code
field-own-city-label = Your town or city
error-own-city-required = Enter your town or city

## Step: about you (a guardian or legal representative; also the volunteer's name)

step-about-you-title = What is your name?
field-applicant-name-label = Your full name
error-applicant-name-required = Enter your full name

## Step: contact details

step-contact-title = How can the municipality contact you?
field-phone-label = Phone number
# Variables:
#   $country (String) - se or dk
field-phone-hint =
    { $country ->
        [dk] For example 12 34 56 78
       *[other] For example 070-123 45 67
    }
error-phone-required = Enter your phone number
field-email-label = Email address
field-email-hint = Only needed if you want to be contacted by email. For example name@example.com
error-email-required = Enter your email address, or choose another way to be contacted
field-contact-method-label = What is the best way to contact you?
field-contact-method-option-phone = Phone call
field-contact-method-option-text-message = Text message
field-contact-method-option-email = Email
error-contact-method-required = Select the best way to contact you
field-contact-time-label = When is the best time to contact you?
field-contact-time-option-morning = Morning
field-contact-time-option-afternoon = Afternoon
field-contact-time-option-any-time = Any time
error-contact-time-required = Select the best time to contact you

## Step: address

# Variables:
#   $applicant (String) - who is applying
step-address-title =
    { $applicant ->
        [guardian] Where does the child live?
        [young-person] Where do you live?
        [adult] Where do you live?
        [legal-representative] Where does the person you represent live?
       *[other] Where does the person live?
    }
field-street-address-label = Street address
# Variables:
#   $country (String) - se or dk
field-street-address-hint =
    { $country ->
        [dk] For example Vestergade 12, 2. th.
       *[other] For example Storgatan 1 B
    }
error-street-address-required = Enter the street address
field-postal-code-label = Postal code
# Variables:
#   $country (String) - se or dk
field-postal-code-hint =
    { $country ->
        [dk] 4 digits, like 2100
       *[other] 5 digits, like 123 45
    }
error-postal-code-required = Enter the postal code
field-city-label = Town or city
error-city-required = Enter the town or city

## Step: indication (preliminary: the municipality decides)

step-indication-title = Support that may fit
indication-intro = Based on your answers, this is the support that may fit. It is a preliminary indication, not a decision.
indication-measures-heading = What may fit
indication-reasons-heading = Why
indication-consents-heading = Who needs to agree
indication-no-measure = We cannot suggest a kind of support from your answers. You can still apply, and the municipality will look at your situation.
# Variables:
#   $municipality (String) - the municipality's name
indication-preliminary = This is a preliminary indication. { $municipality } decides after its own investigation.
reference-unconfirmed = Reference not confirmed
# A link to the statute.
# Variables:
#   $act (String) - the act's name from the act-* messages
#   $cite (String) - the citation in the statute's own style, e.g. 13 kap. 7 § or § 32, stk. 1, nr. 3
reference-link = { $act }, { $cite }

## Step: consents and confidentiality

step-consents-title = Consent and confidentiality
consents-intro = This is who needs to agree to the support, based on your answers. Someone who applies asks for the support. Someone who consents says yes to it. Someone who is heard gets to say what they think. The municipality checks this in its investigation.
consents-none = No one else needs to consent. Sending the application is enough.
consents-unknown = It depends on the person's age, so it cannot be told until the date of birth is known.
consents-secrecy-heading = Confidentiality
# Variables:
#   $country (String) - se or dk
consents-secrecy-body =
    { $country ->
        [dk] Everyone who works for the municipality has a duty of confidentiality (tavshedspligt) under the Public Administration Act (forvaltningsloven § 27) and the Criminal Code (straffeloven). They may not pass on confidential information about you or your family, except where the law allows it. A contact person also has a duty of confidentiality.
       *[other] What you tell the social services is protected by confidentiality (socialtjänstsekretess, Public Access to Information and Secrecy Act, chapter 26, section 1). The social services may not pass on information about you or your family, except where the law allows it, for example to protect a child. A contact person also has a duty of confidentiality.
    }
# Variables:
#   $municipality (String) - the municipality's name
consents-privacy = How { $municipality } handles your personal data is described in its privacy notice (information under the GDPR). That is separate from the consent and confidentiality on this page.
field-consent-confirm-label = Consent
field-consent-confirm-option-confirm = I apply for or agree to the support, and I have read who else needs to agree
error-consent-confirm-required = Confirm that you apply for or agree to the support, and that you have read who else needs to agree
field-secrecy-read-label = Confidentiality
field-secrecy-read-option-read = I have read the information about confidentiality
error-secrecy-read-required = Confirm that you have read the information about confidentiality

## Step: volunteer information

step-volunteer-info-title = Becoming a contact person
# Variables:
#   $country (String) - se or dk
volunteer-info-what =
    { $country ->
        [dk] As a permanent contact person (fast kontaktperson) you are a stable adult in the life of a child or young person: someone to talk to, spend time with and get support from in everyday life. Sometimes the support is for the whole family.
       *[other] As a contact person you are a fellow human being: someone to spend time with and get support from in everyday life. You meet a child, a young person or an adult to talk, go for a walk or do an activity together. A contact family has a child to stay, for example some weekends a month. A specially qualified contact person (SKK) gives more structured support to a young person at risk of crime or substance misuse.
    }
# Variables:
#   $country (String) - se or dk
volunteer-info-how-often =
    { $country ->
        [dk] How often you meet is agreed from the child's or young person's needs. The municipality follows up the assignment.
       *[other] You usually meet about once a week. A specially qualified contact person meets the young person several times a week. You go to follow-up meetings with the social worker, usually at least every six months. An assignment can last from six months to several years.
    }
# Variables:
#   $country (String) - se or dk
volunteer-info-pay =
    { $country ->
        [dk] You get a fee (vederlag) for the assignment, and your expenses (omkostninger), for example for activities and transport, are covered. The terms vary from municipality to municipality, so ask about them.
       *[other] You get a fee (arvode), which is your pay for the assignment, and an expense allowance (omkostnadsersättning), which covers costs within the assignment, such as activities and travel. Both are taxed as income, but you can often deduct your actual costs.
    }
volunteer-info-support = The municipality gives you guidance and advice during the assignment, and usually invites you to talks and training.
volunteer-info-ending = The assignment lasts as long as it is needed. The municipality, the family or the person you support, or you yourself can end it.
# Variables:
#   $country (String) - se or dk
volunteer-info-confidentiality =
    { $country ->
        [dk] You have a duty of confidentiality (tavshedspligt). You must not tell others about the person or family you support – not even after the assignment has ended.
       *[other] You have a duty of confidentiality (tystnadsplikt). You must not tell others about the person or family you support – not even after the assignment has ended.
    }
# Variables:
#   $country (String) - se or dk
volunteer-info-investigation =
    { $country ->
        [dk] Before you get an assignment, the municipality gets to know you through interviews and your references. With your consent, it gets a child certificate (børneattest) if you will be with children under 15, and it may also ask for a criminal record certificate (straffeattest).
       *[other] Before you get an assignment, the municipality gets to know you through interviews and your references. It checks the social services' own register and, if the assignment may be for someone under 21, gets an extract from the police's criminal records (belastningsregistret). If you want to be a contact family, the municipality also visits your home.
    }
# Variables:
#   $country (String) - se or dk
volunteer-info-education =
    { $country ->
        [dk] You do not need a particular education. What matters is that you are stable, committed and have time. Some municipalities ask for education or experience in social or educational work.
       *[other] You do not need any special education. What matters is that you are stable, committed and have time. For a specially qualified contact person, the municipality asks for education in or experience of psychosocial work with children and young people.
    }

## Step: volunteer roles (Sweden)

step-volunteer-roles-title = Which assignments are you interested in?
field-volunteer-roles-label = Assignments you are interested in
field-volunteer-roles-hint = Select all that apply.
field-volunteer-roles-option-kontaktperson = Contact person (kontaktperson)
field-volunteer-roles-option-kontaktperson-hint = Meet a child, a young person or an adult regularly, often about once a week.
field-volunteer-roles-option-kontaktfamilj = Contact family (kontaktfamilj)
field-volunteer-roles-option-kontaktfamilj-hint = A child stays with you, for example some weekends a month.
field-volunteer-roles-option-skk = Specially qualified contact person (SKK)
field-volunteer-roles-option-skk-hint = Support a young person at risk of crime or substance misuse, several times a week. You need education in or experience of psychosocial work.
error-volunteer-roles-required = Select the assignments you are interested in

## Step: support groups

step-support-groups-title = Who would you like to support?
field-support-groups-label = Who you would like to support
field-support-groups-hint = Select all that apply.
field-support-groups-option-children-under-15 = Children under 15
field-support-groups-option-children-15-17 = Young people aged 15 to 17
# Variables:
#   $country (String) - se or dk
field-support-groups-option-young-adults =
    { $country ->
        [dk] Young adults
       *[other] Young adults aged 18 to 20
    }
# Variables:
#   $country (String) - se or dk
field-support-groups-option-adults =
    { $country ->
        [dk] Adults
       *[other] Adults aged 21 or over
    }
field-support-groups-option-families = Families or single parents with children
error-support-groups-required = Select who you would like to support

## Step: volunteer identity

step-volunteer-identity-title = About you
# Variables:
#   $country (String) - se or dk
field-volunteer-person-id-label =
    { $country ->
        [dk] Your CPR number
       *[other] Your personnummer or samordningsnummer
    }
# Variables:
#   $country (String) - se or dk
field-volunteer-person-id-hint =
    { $country ->
        [dk] 10 digits, like DDMMYY-NNNN. You need to be 18 or older.
       *[other] 12 digits, like YYYYMMDD-NNNN. You need to be 18 or older.
    }
# Variables:
#   $country (String) - se or dk
error-volunteer-person-id-required =
    { $country ->
        [dk] Enter your CPR number
       *[other] Enter your personnummer or samordningsnummer
    }

## Step: too young (an exit: nothing is sent)

step-too-young-title = You need to be 18 or older
too-young-body = You need to be 18 or older to become a contact person. Nothing has been sent.
# Variables:
#   $municipality (String) - the municipality's name
too-young-next = You are welcome to come back when you have turned 18. Until then, you can ask { $municipality } about leisure activities and volunteering for young people.

## Step: volunteer contact details and address

step-volunteer-contact-title = How can the municipality contact you?
step-volunteer-address-title = What is your address?

## Step: more about the volunteer

step-volunteer-about-title = More about you
field-occupation-label = Your occupation (optional)
field-occupation-hint = For example student, nurse or retired.
error-occupation-required = Enter your occupation
field-languages-label = Languages you speak (optional)
# Variables:
#   $country (String) - se or dk
field-languages-hint =
    { $country ->
        [dk] For example Danish and English.
       *[other] For example Swedish and English.
    }
error-languages-required = Enter the languages you speak
field-driving-licence-label = Do you have a driving licence?
field-driving-licence-option-yes = Yes
field-driving-licence-option-no = No
error-driving-licence-required = Select yes if you have a driving licence
field-has-car-label = Do you have a car?
field-has-car-option-yes = Yes
field-has-car-option-no = No
error-has-car-required = Select yes if you have a car
field-volunteer-interests-label = Your interests (optional)
field-volunteer-interests-hint = For example sport, music, cooking or being outdoors.
error-volunteer-interests-required = Enter your interests

## Step: household (contact family)

step-household-title = Your household
field-household-adults-label = How many other adults live in your home?
field-household-adults-hint = Do not count yourself. Enter 0 if there are none.
error-household-adults-required = Enter how many other adults live in your home
error-household-adults-number-too-large = Enter 10 or fewer
field-own-children-label = How many of your own children live in your home?
field-own-children-hint = Enter 0 if there are none.
error-own-children-required = Enter how many of your own children live in your home
error-own-children-number-too-large = Enter 15 or fewer
field-own-children-ages-label = Ages of your children
field-own-children-ages-hint = Only if you have children living at home. For example 4, 9 and 12.
error-own-children-ages-required = Enter the ages of your children
field-overnight-room-label = Is there room for a child to stay overnight?
field-overnight-room-hint = For example a bed in a room where the child can sleep in peace.
field-overnight-room-option-yes = Yes
field-overnight-room-option-no = No
error-overnight-room-required = Select yes if there is room for a child to stay overnight

## Step: availability

step-availability-title = When are you available?
field-hours-per-week-label = How many hours a week could you offer?
field-hours-per-week-option-1-2 = 1 to 2 hours
field-hours-per-week-option-3-5 = 3 to 5 hours
field-hours-per-week-option-6-10 = 6 to 10 hours
field-hours-per-week-option-more-than-10 = More than 10 hours
error-hours-per-week-required = Select how many hours a week you could offer
field-available-days-label = When in the week are you free?
field-available-days-hint = Select all that apply.
field-available-days-option-weekday-daytime = Weekdays, daytime
field-available-days-option-weekday-evenings = Weekday evenings
field-available-days-option-weekends = Weekends
error-available-days-required = Select when in the week you are free
field-available-from-label = From what date could you start?
field-available-from-hint = For example 1 9 2026
error-available-from-required = Enter the date you could start
field-commitment-length-label = For how long could you take on an assignment?
field-commitment-length-hint = An assignment often lasts from six months to several years.
field-commitment-length-option-6-months = About 6 months
field-commitment-length-option-1-year = About a year
field-commitment-length-option-longer = Longer than a year
field-commitment-length-option-dont-know = I don't know yet
error-commitment-length-required = Select how long you could take on an assignment

## Step: qualifications

step-qualifications-title = Education and experience
field-education-field-label = What is your education in?
field-education-field-hint = Choose the field closest to your highest education. The municipality will ask for your CV and certificates later; do not send them now.
field-education-field-option-social-work = Social work
field-education-field-option-psychology = Psychology
field-education-field-option-behavioural-science = Behavioural science
field-education-field-option-pedagogy = Education or pedagogy
field-education-field-option-health-care = Health care
field-education-field-option-other = Another field relevant to psychosocial work
field-education-field-option-none = I have no education in these fields
error-education-field-required = Select what your education is in
field-education-level-label = What level is your education? (optional)
field-education-level-option-university = University or university college
field-education-level-option-post-secondary = Other education after upper secondary school
field-education-level-option-upper-secondary = Upper secondary school
error-education-level-required = Select the level of your education
field-experience-years-label = How many years of experience do you have of psychosocial work with children and young people?
field-experience-years-hint = Paid or unpaid. Enter 0 if you have none.
error-experience-years-required = Enter how many years of experience you have
error-experience-years-number-too-large = Enter 60 years or fewer
field-experience-description-label = Describe your experience (optional)
field-experience-description-hint = For example where you worked and what you did. Do not write names or details about the people you worked with.
error-experience-description-required = Describe your experience

## Step: references

step-references-title = References
field-reference-1-name-label = Reference 1: full name
field-reference-1-name-hint = Someone who knows you well but is not a relative, for example an employer, teacher or friend.
error-reference-1-name-required = Enter the full name of reference 1
field-reference-1-relation-label = Reference 1: how they know you
field-reference-1-relation-hint = For example employer, colleague or friend.
error-reference-1-relation-required = Enter how reference 1 knows you
field-reference-1-contact-label = Reference 1: phone number or email address
# Variables:
#   $country (String) - se or dk
field-reference-1-contact-hint =
    { $country ->
        [dk] For example 12 34 56 78 or name@example.com
       *[other] For example 070-123 45 67 or name@example.com
    }
error-reference-1-contact-required = Enter a phone number or email address for reference 1
field-reference-2-name-label = Reference 2: full name
field-reference-2-name-hint = Another person who is not a relative.
error-reference-2-name-required = Enter the full name of reference 2
field-reference-2-relation-label = Reference 2: how they know you
field-reference-2-relation-hint = For example employer, colleague or friend.
error-reference-2-relation-required = Enter how reference 2 knows you
field-reference-2-contact-label = Reference 2: phone number or email address
# Variables:
#   $country (String) - se or dk
field-reference-2-contact-hint =
    { $country ->
        [dk] For example 12 34 56 78 or name@example.com
       *[other] For example 070-123 45 67 or name@example.com
    }
error-reference-2-contact-required = Enter a phone number or email address for reference 2

## Step: register checks (Sweden)

step-register-consent-title = Register checks and confidentiality
field-register-check-consent-label = Register checks
field-register-check-consent-hint = Before you can get an assignment, the municipality checks whether you are in the social services' register. If the assignment may be for someone under 21, it also gets an extract from the police's criminal records (belastningsregistret). For adults only, it may ask you to order an extract yourself and show it. Do not send any extract here.
field-register-check-consent-option-agree = I agree to the register checks the municipality may make
error-register-check-consent-required = Confirm that you agree to the register checks

## Step: child certificate and criminal record certificate (Denmark)

step-attest-consent-title = Certificates and confidentiality
field-children-under-15-label = Could the assignment involve children under 15?
field-children-under-15-hint = The municipality must get a child certificate (børneattest) before you are with children under 15. If you chose children under 15 or families, the answer is yes.
field-children-under-15-option-yes = Yes
field-children-under-15-option-no = No
field-children-under-15-option-dont-know = I don't know
error-children-under-15-required = Select whether the assignment could involve children under 15
error-children-under-15-contradicts-earlier-answer = You chose children under 15 or families, so select yes, or go back and change whom you would like to support
field-borneattest-consent-label = Child certificate (børneattest)
field-borneattest-consent-hint = A child certificate shows whether you have been convicted of sexual offences against children under 15. The municipality orders it, and you will be asked to confirm your consent.
field-borneattest-consent-option-agree = I agree that the municipality gets a child certificate about me
error-borneattest-consent-required = Confirm that you agree to a child certificate
field-straffeattest-consent-label = Criminal record certificate (straffeattest) (optional)
field-straffeattest-consent-hint = Some municipalities also ask for a criminal record certificate. It shows certain criminal convictions.
field-straffeattest-consent-option-agree = I agree that the municipality gets a criminal record certificate about me if it asks for one
error-straffeattest-consent-required = Confirm that you agree to a criminal record certificate

## Volunteers, both consent pages: the duty of confidentiality read

field-volunteer-secrecy-read-label = Confidentiality
field-volunteer-secrecy-read-hint = { volunteer-info-confidentiality }
field-volunteer-secrecy-read-option-read = I have read about my duty of confidentiality
error-volunteer-secrecy-read-required = Confirm that you have read about your duty of confidentiality

## Step: check answers

step-check-answers-title = Check your answers
check-answers-change = Change
check-answers-not-answered = Not answered
check-answers-masked-id-hint = Part of the number is hidden here to protect your privacy.
check-answers-declaration = By sending, you confirm that the information you have given is correct to the best of your knowledge.
check-answers-send-family = Send application
check-answers-send-volunteer = Send registration
check-answers-sending = Sending…

## Sending: errors and status

submit-error-network = We could not reach the municipality's service. Check your internet connection and try again.
submit-error-timeout = The municipality's service did not answer in time. Try again in a moment.
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
submit-error-server = There is a problem on the municipality's side, and your answers have not been sent. Try again later, or call { $municipality } on { $phone }.
submit-error-rate-limited = You have tried too many times. Wait a minute and try again.
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
submit-error-rejected = The municipality's service did not accept your answers. Check your answers and try again. If it happens again, call { $municipality } on { $phone }.
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
submit-error-config = The service is not set up correctly, so your answers cannot be sent. Call { $municipality } on { $phone }.
submit-retrying = Trying again…
submit-queued = Waiting for a connection – your answers will be sent when you are back online

## Step: confirmation

step-confirmation-title = Your answers have been sent
confirmation-panel-title-family = Application sent
confirmation-panel-title-volunteer = Registration sent
confirmation-reference-label = Your reference number
confirmation-digest-label = Receipt code (checksum)
confirmation-digest-hint = The code is a fingerprint of exactly what was sent. You and the municipality can use it to check that nothing was changed.
confirmation-digest-show = Show the full code
confirmation-next-heading = What happens next
# Variables:
#   $municipality (String) - the municipality's name
confirmation-next-family = { $municipality } will contact you, usually within a couple of weeks. The social services then look into your situation in an investigation and talk to you. After that, they decide on the support. If you do not agree with the decision, you can usually appeal. The decision tells you how. The decision usually also says when the support will be followed up.
# Variables:
#   $municipality (String) - the municipality's name
confirmation-next-volunteer = { $municipality } will contact you to arrange an interview. They will also talk to your references and check registers. Finding the right assignment for you can take some time.
confirmation-answers-heading = Your answers
confirmation-print = Print your answers
# Variables:
#   $municipality (String) - the municipality's name
#   $phone (String) - the municipality's phone number
confirmation-contact = If you have questions, call { $municipality } on { $phone }.

## Errors shared by many fields

# Variables:
#   $max (Number) - the most characters allowed
error-too-long = Enter { $max } characters or fewer
error-control-characters = Remove hidden characters, such as ones copied from another program
error-date-incomplete = Enter a day, a month and a year
error-date-not-real = Enter a real date, for example 27 3 2012
error-date-in-future = The date of birth must be today or in the past
error-not-a-number = Enter a number, like 2
error-number-too-large = Enter a smaller number
error-contradicts-earlier-answer = This does not fit an earlier answer. Change one of them

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
error-personnummer-birth-number = Check the personnummer – the three digits after the date cannot be 000
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

outcome-may-fit = One or more kinds of support may fit. The municipality decides after its own investigation.
outcome-unclear = From the answers we cannot say which support may fit. The municipality will find out in its investigation.
outcome-redirect-orosanmalan = If you are worried about a child, make a report of concern (orosanmälan) to the social services instead of an application. Call 112 in an emergency.
outcome-redirect-underretning = If you are worried about a child, notify the municipality (underretning) instead of applying. In cases of neglect or danger to the child's health or development, everyone has a duty to do so. Call 112 in an emergency.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Contact person (kontaktperson, Sweden)
measure-kontaktperson-description = Someone who gives support and company in everyday life, for example in leisure time. May fit children and adults.
measure-kontaktfamilj = Contact family (kontaktfamilj, Sweden)
measure-kontaktfamilj-description = A family the person stays with regularly, for example some weekends, so that the family gets a break.
measure-sarskilt-kvalificerad-kontaktperson = Specially qualified contact person (SKK, Sweden)
measure-sarskilt-kvalificerad-kontaktperson-description = A contact person with special skills for a young person under 21 who needs support against a risk of crime, substance misuse or other socially destructive behaviour. You meet often, about 10 hours a week and often on five days, and work towards set goals that are followed up regularly with the municipality.
measure-lss-bitrade-av-kontaktperson = Biträde av kontaktperson: a contact person under LSS (Sweden)
measure-lss-bitrade-av-kontaktperson-description = A contact person for someone in the LSS target group, for example to break isolation and have company.
measure-fast-kontaktperson-barn = Permanent contact person for the child (Denmark)
measure-fast-kontaktperson-barn-description = A permanent adult who supports the child or young person.
measure-fast-kontaktperson-familie = Permanent contact person for the whole family (Denmark)
measure-fast-kontaktperson-familie-description = A permanent adult who supports the whole family.
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
reason-joint-custody-both-consent = With joint custody (fælles forældremyndighed) the municipality normally asks both parents for consent.
reason-other-custody-holder-refuses = The other parent with custody (forældremyndighedsindehaver) says no. The support needs consent, so the municipality will assess what is possible.
reason-child-party-from-10 = A child who has turned 10 is a party to the case.
reason-family-relief-other-support = A fast kontaktperson does not give the family a break, but the municipality may offer other support, such as relief stays.
reason-redirect-underretning = Anyone may notify the municipality. In cases of neglect or danger to the child's health or development everyone has a duty to do so, and professionals have a stricter duty (skærpet underretningspligt).
reason-birth-date-missing = The date of birth is missing, so we cannot say which rules apply.
reason-birth-date-in-future = The date of birth is in the future. Please check it.
reason-applicant-role-does-not-fit-age = Your role does not match the person's age. An adult applies for themselves or through a god man, förvaltare or værge. For a child, the person with custody applies, and a young person can also ask for support themselves.
reason-no-need-stated = No need was given. The municipality will find out about the need in its investigation.
reason-representative-applies = A god man, förvaltare or værge can act for the person only within their appointment. The person's own wishes still count.
reason-representative-in-guardians-place = A god man for an unaccompanied child applies and consents in the guardians' place.
reason-relative-applies = You apply as a relative. The adult applies or agrees themselves, or through their god man, förvaltare or værge.
reason-adult-does-not-agree = The person does not agree. The support cannot be given without their consent, but the municipality can tell you about other support, also for you as a relative.

## Consents: who, what they do, and flags
## Shown as a checklist under each measure. These are consents to the social measure, not privacy (GDPR) consents.

consent-guardians = The guardians (vårdnadshavare)
consent-custody-holders = The parents with custody (forældremyndighedsindehaver)
consent-person = The person themselves
consent-legal-representative = Legal representative (god man, förvaltare or værge)
consent-role-requests-or-consents = applies or consents
consent-role-requests = applies
consent-role-consents = consents
consent-role-is-heard = is heard
consent-flag-both-guardians = Both guardians need to agree.
consent-flag-both-custody-holders = The municipality normally asks both parents with custody for consent.
consent-flag-other-guardian-refuses-not-blocking = The other guardian says no. This does not stop the application. The committee can still decide if the child's best interests require it.
# Variables:
#   $country (String) - se or dk
consent-flag-other-guardian-refuses =
    { $country ->
        [dk] The other parent with custody (forældremyndighedsindehaver) says no.
       *[other] The other guardian (vårdnadshavare) says no.
    }
consent-flag-other-guardian-not-asked-yet = The other guardian has not been asked yet.
consent-flag-committee-may-proceed-without-guardians = The committee may decide without the guardians' consent if it finds that suitable and the child consents.
consent-flag-child-party-from-10 = The child has turned 10 and is a party to the case.
consent-flag-only-if-clearly-unable-to-decide = Only if the person is under 15 or clearly unable to decide for themselves.
consent-flag-representative-in-guardians-place = The god man does so in the guardians' place.
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
act-lag-2005-429 = the Act (2005:429) on god man for unaccompanied children (Sweden)
verified-confirmed = Confirmed against the statute text
verified-believed-correct = Believed correct, not checked against the statute text
verified-unconfirmed = Not confirmed, needs review

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = You need to be 18 or older.
volunteer-skk-education-or-experience = As a specially qualified contact person you need education in or experience of psychosocial work.
volunteer-register-check-consent = You agree that the municipality checks registers, for example the criminal records register.
volunteer-own-record-extract = For an assignment with adults only, the municipality cannot get your criminal record itself. It may ask you to order an extract from the police and show it.
volunteer-borneattest-consent = You agree that the municipality obtains a child certificate (børneattest). It is required when the assignment involves children under 15.
volunteer-status-met = Met
volunteer-status-not-met = Missing
volunteer-status-unknown = Not known yet
volunteer-status-to-check = The municipality checks this
volunteer-outcome-may-proceed = You seem to meet the basic requirements. The municipality makes its own assessment before it decides.
volunteer-outcome-requirements-not-met = One of the basic requirements does not seem to be met. Contact the municipality if you have questions.
volunteer-outcome-unclear = We cannot say whether you meet the requirements. The municipality will find out.

## Save and continue later (drafts), and an application not sent yet

draft-save = Save and continue later
draft-saved-title = Your answers are saved on this device
draft-saved-body = They are encrypted, and nobody can read them without the code below, so this is safe on a shared computer too.
draft-code-label = Your code to continue
draft-saving = Saving…
# Variables:
#   $date (String) - the day the saved answers are deleted
draft-saved-until = Saved until { $date }. Write the code down: it is not shown again, and nobody can find it for you.
draft-unavailable = Your answers could not be saved in this browser. Continue with the form, or call the municipality.
draft-copy = Copy the code
draft-copied = The code is copied.
draft-print = Print the code
draft-back = Continue with the form
draft-resume-title = Continue where you left off?
draft-resume-body = Answers saved on this device are waiting. Enter your code to continue, or start over.
draft-code-input = Your code
draft-code-hint = 16 letters and digits, for example 7WN9-R6VX-3F2A-9C1B
draft-resume = Continue
draft-start-over = Start over and delete the saved answers
draft-opening = Opening…
draft-code-invalid = Enter the 16 letters and digits of your code
draft-code-wrong = The code does not open the saved answers. Check it and try again.
# Variables:
#   $pages (String) - the titles of the pages whose questions changed
draft-changed = Some questions have changed since you saved. Check these pages again: { $pages }
pending-title = Not sent yet
pending-body = Your answers are kept encrypted on this device. If you close this page, open it again later and enter this code to send them.
pending-resume-title = Answers from this device have not been sent yet
pending-resume-body = Enter the code you were given to send them now.
pending-send = Send now
pending-not-now = Not now
pending-not-sent = They could not be sent yet. They are still kept on this device: try again later.
pending-sent-title = Your answers have been sent
