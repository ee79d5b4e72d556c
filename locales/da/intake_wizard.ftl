# Intake wizard: dansk.
#
# Forløbsvariabler (se en-filen): hver step-*-title, field-*-label, field-*-hint,
# field-*-option-* og error-<felt>-* får
#   $applicant (String) - hvem der udfylder: guardian, young-person, adult,
#                         legal-representative, third-party eller none (ikke besvaret endnu)
#   $country (String) - hvilket lands regler der gælder: se eller dk (standardvarianten er den svenske)
# Forældremyndighedsindehavere læser "barnet", unge og voksne læser "du", værger læser
# "den, du er værge for", alle andre læser "personen".

## Shell

language-switcher-label = Sprog
language-name-sv = Svenska
language-name-da = Dansk
language-name-en = English
# Variables:
#   $number (Number) - sidens plads i forløbet
#   $total (Number) - antal sider i forløbet, som det ser ud nu
step-indicator = Trin { $number } af { $total }
# Variables:
#   $indicator (String) - trinindikatoren, "Trin 2 af 4"
#   $step (String) - sidens overskrift
#   $site (String) - værtssidens egen titel
document-title = { $indicator } – { $step } – { $site }
back-link = Tilbage
button-continue = Fortsæt
button-try-again = Prøv igen
error-prefix = Fejl:
error-summary-title = Der er et problem
# Variables:
#   $count (Number) - tegn tilbage
character-count-remaining =
    { $count ->
        [one] Du har { $count } tegn tilbage
       *[other] Du har { $count } tegn tilbage
    }
# Variables:
#   $count (Number) - tegn for meget
character-count-over =
    { $count ->
        [one] Du har { $count } tegn for meget
       *[other] Du har { $count } tegn for meget
    }
date-input-day = Dag
date-input-month = Måned
date-input-year = År

## Step: country

step-country-title = Hvilket land bor du i?
field-country-label = Land
field-country-hint = Reglerne for kontaktpersoner er forskellige i Sverige og Danmark.
field-country-option-se = Sverige
field-country-option-dk = Danmark
error-country-required = Vælg Sverige eller Danmark

## Step: purpose

step-purpose-title = Hvad vil du gøre?
field-purpose-label = Hvad du vil gøre
field-purpose-option-apply = Søge om støtte
# Variables:
#   $country (String) - se eller dk
field-purpose-option-apply-hint =
    { $country ->
        [dk] En fast kontaktperson eller lignende støtte til dig selv, dit barn eller en, du er værge for.
       *[other] En kontaktperson, en kontaktfamilie eller lignende støtte til dig selv, dit barn eller en, du repræsenterer.
    }
field-purpose-option-volunteer = Blive kontaktperson
# Variables:
#   $country (String) - se eller dk
field-purpose-option-volunteer-hint =
    { $country ->
        [dk] Fortæl kommunen, at du er interesseret i at blive kontaktperson.
       *[other] Fortæl kommunen, at du er interesseret i at blive kontaktperson eller kontaktfamilie.
    }
error-purpose-required = Vælg, om du vil søge om støtte eller blive kontaktperson

## Step: applicant

step-applicant-title = Hvem søger?
field-applicant-label = Hvem der søger
# Variables:
#   $country (String) - se eller dk
field-applicant-option-guardian =
    { $country ->
        [dk] Jeg har forældremyndigheden og søger for mit barn
       *[other] Jeg har forældremyndigheden (vårdnadshavare) og søger for mit barn
    }
field-applicant-option-guardian-hint = Barnet er under 18 år.
field-applicant-option-young-person = Jeg er under 18 år og søger for mig selv
field-applicant-option-adult = Jeg er 18 år eller ældre og søger for mig selv
# Variables:
#   $country (String) - se eller dk
field-applicant-option-legal-representative =
    { $country ->
        [dk] Jeg er værge for en voksen og søger for personen
       *[other] Jeg er værge (god man eller förvaltare) og søger for den, jeg repræsenterer
    }
# Variables:
#   $country (String) - se eller dk
field-applicant-option-legal-representative-hint =
    { $country ->
        [dk] Du er beskikket som værge for personen.
       *[other] For en voksen, eller som god man for et uledsaget barn.
    }
field-applicant-option-relative = Jeg er pårørende og passer en voksen med omfattende behov i hjemmet
field-applicant-option-relative-hint = Den voksne søger selv eller gennem sin værge og skal være enig. Du kan hjælpe med ansøgningen.
field-applicant-option-third-party = En anden, for eksempel et familiemedlem, en nabo eller en fagperson
field-applicant-option-third-party-hint = Hvis du er bekymret for et barn, fortæller vi dig, hvordan du kan sige det til kommunen.
error-applicant-required = Vælg, hvem der søger

## Step: third party (an exit: nothing is sent)

step-third-party-title = Hvis du er bekymret for et barn
# Variables:
#   $country (String) - se eller dk
#   $municipality (String) - kommunens navn
third-party-body =
    { $country ->
        [dk] Hvis du er bekymret for et barn, kan du sende en underretning til kommunen. Alle kan gøre det, og som privatperson kan du være anonym. Ved vanrøgt eller fare for barnets sundhed eller udvikling har du pligt til det. Du behøver ikke at være sikker på, at noget er galt. Kommunen vurderer derefter, om barnet har brug for støtte. Du kan ikke bruge denne formular til det. Kontakt { $municipality } i stedet.
       *[other] Hvis du er bekymret for, at et barn mistrives, kan du lave en bekymringsindberetning (orosanmälan) til socialtjänsten. Alle kan gøre det, og som privatperson kan du være anonym. Du behøver ikke at være sikker på, at noget er galt. Socialtjänsten vurderer derefter, om barnet har brug for støtte. Du kan ikke bruge denne formular til det. Kontakt socialtjänsten i { $municipality } i stedet.
    }
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
third-party-contact = Ring til { $municipality } på { $phone }
third-party-emergency = Hvis et barn er i akut fare, så ring 112.
# Variables:
#   $country (String) - se eller dk
third-party-professional =
    { $country ->
        [dk] Hvis du arbejder med børn eller unge, for eksempel i skole, dagtilbud eller sundhedsvæsenet, har du skærpet underretningspligt. Følg din arbejdsplads' procedure.
       *[other] Hvis du arbejder med børn eller unge, for eksempel i skole, förskola eller sundhedsvæsenet, har du pligt til at indberette til socialtjänsten (anmälningsskyldighet). Følg din arbejdsplads' procedure.
    }

## Step: person

# Variables:
#   $applicant (String) - hvem der søger
step-person-title =
    { $applicant ->
        [guardian] Om barnet
        [young-person] Om dig
        [adult] Om dig
        [legal-representative] Om den, du er værge for
       *[other] Om den, der har brug for støtte
    }
# Variables:
#   $applicant (String) - hvem der søger
field-person-name-label =
    { $applicant ->
        [guardian] Barnets fulde navn
        [young-person] Dit fulde navn
        [adult] Dit fulde navn
        [legal-representative] Fulde navn på den, du er værge for
       *[other] Fulde navn på den, der har brug for støtte
    }
# Variables:
#   $applicant (String) - hvem der søger
error-person-name-required =
    { $applicant ->
        [guardian] Skriv barnets fulde navn
        [young-person] Skriv dit fulde navn
        [adult] Skriv dit fulde navn
        [legal-representative] Skriv det fulde navn på den, du er værge for
       *[other] Skriv det fulde navn på den, der har brug for støtte
    }
# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
field-has-person-id-label =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Har barnet et CPR-nummer?
                [young-person] Har du et CPR-nummer?
                [adult] Har du et CPR-nummer?
                [legal-representative] Har den, du er værge for, et CPR-nummer?
               *[other] Har personen et CPR-nummer?
            }
       *[other]
            { $applicant ->
                [guardian] Har barnet et svensk personnummer eller samordningsnummer?
                [young-person] Har du et svensk personnummer eller samordningsnummer?
                [adult] Har du et svensk personnummer eller samordningsnummer?
                [legal-representative] Har den, du er værge for, et svensk personnummer eller samordningsnummer?
               *[other] Har personen et svensk personnummer eller samordningsnummer?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-has-person-id-hint =
    { $country ->
        [dk] Alle, der er registreret som bosat i Danmark, har et CPR-nummer.
       *[other] Et samordningsnummer får man, hvis man ikke er eller har været folkeregistreret i Sverige.
    }
field-has-person-id-option-yes = Ja
field-has-person-id-option-no = Nej
field-has-person-id-option-no-hint = Så spørger vi om fødselsdatoen i stedet.
# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
error-has-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Vælg ja, hvis barnet har et CPR-nummer
                [young-person] Vælg ja, hvis du har et CPR-nummer
                [adult] Vælg ja, hvis du har et CPR-nummer
                [legal-representative] Vælg ja, hvis den, du er værge for, har et CPR-nummer
               *[other] Vælg ja, hvis personen har et CPR-nummer
            }
       *[other]
            { $applicant ->
                [guardian] Vælg ja, hvis barnet har et personnummer eller samordningsnummer
                [young-person] Vælg ja, hvis du har et personnummer eller samordningsnummer
                [adult] Vælg ja, hvis du har et personnummer eller samordningsnummer
                [legal-representative] Vælg ja, hvis den, du er værge for, har et personnummer eller samordningsnummer
               *[other] Vælg ja, hvis personen har et personnummer eller samordningsnummer
            }
    }

## Step: person id

# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
step-person-id-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Hvad er barnets CPR-nummer?
                [young-person] Hvad er dit CPR-nummer?
                [adult] Hvad er dit CPR-nummer?
                [legal-representative] Hvad er CPR-nummeret på den, du er værge for?
               *[other] Hvad er personens CPR-nummer?
            }
       *[other]
            { $applicant ->
                [guardian] Hvad er barnets personnummer eller samordningsnummer?
                [young-person] Hvad er dit personnummer eller samordningsnummer?
                [adult] Hvad er dit personnummer eller samordningsnummer?
                [legal-representative] Hvad er personnummeret eller samordningsnummeret på den, du er værge for?
               *[other] Hvad er personens personnummer eller samordningsnummer?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-person-id-label =
    { $country ->
        [dk] CPR-nummer
       *[other] Personnummer eller samordningsnummer
    }
# Variables:
#   $country (String) - se eller dk
field-person-id-hint =
    { $country ->
        [dk] 10 cifre, for eksempel DDMMÅÅ-XXXX
       *[other] 12 cifre, for eksempel ÅÅÅÅMMDD-XXXX
    }
# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
error-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Skriv barnets CPR-nummer
                [young-person] Skriv dit CPR-nummer
                [adult] Skriv dit CPR-nummer
                [legal-representative] Skriv CPR-nummeret på den, du er værge for
               *[other] Skriv personens CPR-nummer
            }
       *[other]
            { $applicant ->
                [guardian] Skriv barnets personnummer eller samordningsnummer
                [young-person] Skriv dit personnummer eller samordningsnummer
                [adult] Skriv dit personnummer eller samordningsnummer
                [legal-representative] Skriv personnummeret eller samordningsnummeret på den, du er værge for
               *[other] Skriv personens personnummer eller samordningsnummer
            }
    }

## Step: date of birth

# Variables:
#   $applicant (String) - hvem der søger
step-birth-date-title =
    { $applicant ->
        [guardian] Hvornår er barnet født?
        [young-person] Hvornår er du født?
        [adult] Hvornår er du født?
        [legal-representative] Hvornår er den, du er værge for, født?
       *[other] Hvornår er personen født?
    }
field-birth-date-label = Fødselsdato
# Variables:
#   $country (String) - se eller dk
field-birth-date-hint =
    { $country ->
        [dk] Hvis du skrev et CPR-nummer, har vi udfyldt datoen ud fra det. Ret den, hvis den rigtige fødselsdato er en anden. For eksempel 27 3 2012.
       *[other] Hvis du skrev et personnummer eller samordningsnummer, har vi udfyldt datoen ud fra det. Ret den, hvis den rigtige fødselsdato er en anden. For eksempel 27 3 2012.
    }
# Variables:
#   $applicant (String) - hvem der søger
error-birth-date-required =
    { $applicant ->
        [guardian] Skriv barnets fødselsdato
        [young-person] Skriv din fødselsdato
        [adult] Skriv din fødselsdato
        [legal-representative] Skriv fødselsdatoen på den, du er værge for
       *[other] Skriv personens fødselsdato
    }
# Variables:
#   $applicant (String) - who is applying
error-birth-date-contradicts-earlier-answer =
    { $applicant ->
        [young-person] Du har svaret, at du er under 18 – kontrollér fødselsdatoen, eller ret, hvem der søger
        [relative] Du søger for en voksen – kontrollér fødselsdatoen, eller ret, hvem der søger
       *[other] Du har svaret, at du er over 18 – kontrollér fødselsdatoen, eller ret, hvem der søger
    }

## Step: custody

# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
step-custody-title =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Har én eller to personer forældremyndigheden over dig?
               *[other] Har én eller to personer forældremyndigheden over barnet?
            }
       *[other]
            { $applicant ->
                [young-person] Har én eller to personer forældremyndigheden (vårdnad) over dig?
               *[other] Har én eller to personer forældremyndigheden (vårdnad) over barnet?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-custody-label =
    { $country ->
        [dk] Forældremyndighed
       *[other] Forældremyndighed (vårdnadshavare)
    }
# Variables:
#   $country (String) - se eller dk
field-custody-hint =
    { $country ->
        [dk] Den, der har forældremyndigheden, træffer de vigtige beslutninger for barnet. Det er som regel den ene eller begge forældre.
       *[other] I Sverige hedder den, der har forældremyndigheden, vårdnadshavare. Det er som regel den ene eller begge forældre.
    }
# Variables:
#   $country (String) - se eller dk
field-custody-option-one =
    { $country ->
        [dk] Én person har forældremyndigheden alene
       *[other] Én vårdnadshavare
    }
# Variables:
#   $country (String) - se eller dk
field-custody-option-two =
    { $country ->
        [dk] To personer har fælles forældremyndighed
       *[other] To vårdnadshavare
    }
# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
error-custody-required =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Vælg, om én eller to personer har forældremyndigheden over dig
               *[other] Vælg, om én eller to personer har forældremyndigheden over barnet
            }
       *[other]
            { $applicant ->
                [young-person] Vælg, om du har én eller to vårdnadshavare
               *[other] Vælg, om barnet har én eller to vårdnadshavare
            }
    }

## Step: the other guardian

# Variables:
#   $country (String) - se eller dk
step-other-guardian-title =
    { $country ->
        [dk] Den anden forælder med forældremyndighed
       *[other] Den anden vårdnadshavare
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-agrees-label =
    { $country ->
        [dk] Kender den anden forælder med forældremyndighed til ansøgningen, og er vedkommende enig?
       *[other] Kender den anden vårdnadshavare til ansøgningen, og er vedkommende enig?
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-agrees-hint =
    { $country ->
        [dk] Ved fælles forældremyndighed skal begge forældre som regel give samtykke til støtten.
       *[other] Du kan søge, selv om vedkommende ikke er enig. Socialnämnden kan i nogle tilfælde træffe beslutning alligevel, hvis det er til barnets bedste.
    }
field-other-guardian-agrees-option-agrees = Ja, vedkommende er enig
field-other-guardian-agrees-option-refuses = Nej, vedkommende er ikke enig
field-other-guardian-agrees-option-not-asked-yet = Jeg har ikke spurgt endnu
# Variables:
#   $country (String) - se eller dk
error-other-guardian-agrees-required =
    { $country ->
        [dk] Vælg, om den anden forælder med forældremyndighed er enig
       *[other] Vælg, om den anden vårdnadshavare er enig
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-name-label =
    { $country ->
        [dk] Den anden forælders fulde navn
       *[other] Den anden vårdnadshavares fulde navn
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-name-required =
    { $country ->
        [dk] Skriv den anden forælders fulde navn
       *[other] Skriv den anden vårdnadshavares fulde navn
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-phone-label =
    { $country ->
        [dk] Den anden forælders telefonnummer (valgfrit)
       *[other] Den anden vårdnadshavares telefonnummer (valgfrit)
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-phone-hint =
    { $country ->
        [dk] Så kommunen kan kontakte vedkommende. For eksempel 12 34 56 78.
       *[other] Så kommunen kan kontakte vedkommende. For eksempel 070-123 45 67.
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-phone-required =
    { $country ->
        [dk] Skriv den anden forælders telefonnummer
       *[other] Skriv den anden vårdnadshavares telefonnummer
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-email-label =
    { $country ->
        [dk] Den anden forælders e-mailadresse (valgfrit)
       *[other] Den anden vårdnadshavares e-mailadresse (valgfrit)
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-email-required =
    { $country ->
        [dk] Skriv den anden forælders e-mailadresse
       *[other] Skriv den anden vårdnadshavares e-mailadresse
    }

## Step: adult agreement (a relative caring for an adult)

step-adult-agreement-title = Kender personen til ansøgningen, og er vedkommende enig?
field-adult-agrees-label = Personen er enig
# Variables:
#   $country (String) - se eller dk
field-adult-agrees-hint =
    { $country ->
        [dk] Den voksne søger selv eller gennem sin værge, og støtten gives kun, hvis vedkommende er enig.
       *[other] Den voksne søger selv eller gennem sin god man eller förvaltare, og støtten gives kun, hvis vedkommende er enig.
    }
field-adult-agrees-option-agrees = Ja, vedkommende er enig
field-adult-agrees-option-refuses = Nej, vedkommende er ikke enig
field-adult-agrees-option-not-asked-yet = Jeg har ikke spurgt endnu
error-adult-agrees-required = Vælg, om personen er enig

## Step: protected identity

# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
step-protected-identity-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Har barnet navne- og adressebeskyttelse?
                [young-person] Har du navne- og adressebeskyttelse?
                [adult] Har du navne- og adressebeskyttelse?
                [legal-representative] Har den, du er værge for, navne- og adressebeskyttelse?
               *[other] Har personen navne- og adressebeskyttelse?
            }
       *[other]
            { $applicant ->
                [guardian] Har barnet beskyttede personoplysninger?
                [young-person] Har du beskyttede personoplysninger?
                [adult] Har du beskyttede personoplysninger?
                [legal-representative] Har den, du er værge for, beskyttede personoplysninger?
               *[other] Har personen beskyttede personoplysninger?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-protected-identity-label =
    { $country ->
        [dk] Navne- og adressebeskyttelse
       *[other] Beskyttede personoplysninger (skyddade personuppgifter)
    }
# Variables:
#   $country (String) - se eller dk
field-protected-identity-hint =
    { $country ->
        [dk] Navne- og adressebeskyttelse betyder, at adressen er skjult i CPR-registret. Svarer du ja, spørger vi ikke om en adresse, og der bliver ikke sendt nogen adresse.
       *[other] For eksempel skyddad folkbokföring eller sekretessmarkering. Svarer du ja, spørger vi ikke om en adresse, og der bliver ikke sendt nogen adresse.
    }
field-protected-identity-option-yes = Ja
field-protected-identity-option-yes-hint = Vi spørger ikke om en adresse. Kommunen kontakter dig på telefon eller på den måde, du vælger på siden om kontaktoplysninger, aldrig med brev til en adresse fra denne formular.
field-protected-identity-option-no = Nej
# Variables:
#   $applicant (String) - hvem der søger
#   $country (String) - se eller dk
error-protected-identity-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Vælg ja, hvis barnet har navne- og adressebeskyttelse
                [young-person] Vælg ja, hvis du har navne- og adressebeskyttelse
                [adult] Vælg ja, hvis du har navne- og adressebeskyttelse
                [legal-representative] Vælg ja, hvis den, du er værge for, har navne- og adressebeskyttelse
               *[other] Vælg ja, hvis personen har navne- og adressebeskyttelse
            }
       *[other]
            { $applicant ->
                [guardian] Vælg ja, hvis barnet har beskyttede personoplysninger
                [young-person] Vælg ja, hvis du har beskyttede personoplysninger
                [adult] Vælg ja, hvis du har beskyttede personoplysninger
                [legal-representative] Vælg ja, hvis den, du er værge for, har beskyttede personoplysninger
               *[other] Vælg ja, hvis personen har beskyttede personoplysninger
            }
    }

## Step: needs

# Variables:
#   $applicant (String) - hvem der søger
step-needs-title =
    { $applicant ->
        [guardian] Hvilken støtte har barnet brug for?
        [young-person] Hvilken støtte har du brug for?
        [adult] Hvilken støtte har du brug for?
        [legal-representative] Hvilken støtte har den, du er værge for, brug for?
       *[other] Hvilken støtte har personen brug for?
    }
field-needs-label = Hvad skal støtten hjælpe med?
field-needs-hint = Vælg alle, der passer. Det kræver ikke en diagnose.
field-needs-option-company-and-leisure = Samvær og fritid
field-needs-option-company-and-leisure-hint = En at tale med, være sammen med og lave aktiviteter med.
field-needs-option-routines-and-structure = Rutiner og struktur i hverdagen
# Variables:
#   $country (String) - se eller dk
field-needs-option-routines-and-structure-hint =
    { $country ->
        [dk] For eksempel hverdagen, og at finde og beholde en bolig.
       *[other] For eksempel rutiner i hverdagen og praktiske ting i hjemmet.
    }
field-needs-option-school-education-or-work = Skole, uddannelse eller arbejde
field-needs-option-school-education-or-work-hint = Også at komme i gang med og holde fast i en uddannelse.
field-needs-option-family-relief = Aflastning til familien
field-needs-option-family-relief-hint = For eksempel faste weekender eller nætter væk hjemmefra.
field-needs-option-risk-behaviour = At holde sig fra kriminalitet, alkohol, stoffer eller anden skadelig adfærd
error-needs-required = Vælg, hvad støtten skal hjælpe med
field-meeting-frequency-label = Hvor ofte vil det være godt at mødes med kontaktpersonen?
field-meeting-frequency-hint = Det er et ønske. Kommunen træffer afgørelse efter sin undersøgelse.
field-meeting-frequency-option-several-a-week = Flere gange om ugen
field-meeting-frequency-option-weekly = Cirka én gang om ugen
field-meeting-frequency-option-every-other-week = Hver anden uge
field-meeting-frequency-option-monthly = Cirka én gang om måneden
field-meeting-frequency-option-dont-know = Ved ikke
error-meeting-frequency-required = Vælg, hvor ofte det vil være godt at mødes

## Step: LSS (Sweden)

# Variables:
#   $applicant (String) - hvem der søger
step-lss-title =
    { $applicant ->
        [guardian] Er barnet omfattet af LSS?
        [young-person] Er du omfattet af LSS?
        [adult] Er du omfattet af LSS?
        [legal-representative] Er den, du er værge for, omfattet af LSS?
       *[other] Er personen omfattet af LSS?
    }
field-lss-personkrets-label = Omfattet af LSS
field-lss-personkrets-hint = LSS er en svensk lov om støtte til personer med visse funktionsnedsættelser: udviklingshæmning, autisme, en hjerneskade som voksen eller en anden stor og varig funktionsnedsættelse. Du behøver ikke at skrive hvilken.
field-lss-personkrets-option-yes = Ja
field-lss-personkrets-option-no = Nej
field-lss-personkrets-option-dont-know = Ved ikke
field-lss-personkrets-option-dont-know-hint = Kommunen kan hjælpe dig med at finde ud af det.
# Variables:
#   $applicant (String) - hvem der søger
error-lss-personkrets-required =
    { $applicant ->
        [guardian] Vælg, om barnet er omfattet af LSS
        [young-person] Vælg, om du er omfattet af LSS
        [adult] Vælg, om du er omfattet af LSS
        [legal-representative] Vælg, om den, du er værge for, er omfattet af LSS
       *[other] Vælg, om personen er omfattet af LSS
    }

## Step: whole family (Denmark)

step-whole-family-title = Har hele familien brug for støtte?
field-whole-family-label = Støtte til hele familien
field-whole-family-hint = En fast kontaktperson kan støtte barnet alene eller hele familien.
field-whole-family-option-yes = Ja, hele familien
# Variables:
#   $applicant (String) - hvem der søger
field-whole-family-option-no =
    { $applicant ->
        [young-person] Nej, kun mig
       *[other] Nej, kun barnet
    }
error-whole-family-required = Vælg, om hele familien har brug for støtte

## Step: support before 18 (Denmark)

# Variables:
#   $applicant (String) - hvem der søger
step-supported-before-18-title =
    { $applicant ->
        [young-person] Havde du en fast kontaktperson, eller var du anbragt uden for hjemmet, før du fyldte 18 år?
        [adult] Havde du en fast kontaktperson, eller var du anbragt uden for hjemmet, før du fyldte 18 år?
        [legal-representative] Havde den, du er værge for, en fast kontaktperson, eller var vedkommende anbragt uden for hjemmet, før det fyldte 18. år?
       *[other] Havde personen en fast kontaktperson, eller var vedkommende anbragt uden for hjemmet, før det fyldte 18. år?
    }
field-supported-before-18-label = Støtte før det fyldte 18. år
field-supported-before-18-hint = Unge mellem 18 og 22 år, der havde sådan støtte, kan i nogle tilfælde beholde den eller få en ny kontaktperson (ungestøtte).
field-supported-before-18-option-yes = Ja
field-supported-before-18-option-no = Nej
field-supported-before-18-option-dont-know = Ved ikke
# Variables:
#   $applicant (String) - hvem der søger
error-supported-before-18-required =
    { $applicant ->
        [young-person] Vælg, om du havde en fast kontaktperson eller var anbragt, før du fyldte 18 år
        [adult] Vælg, om du havde en fast kontaktperson eller var anbragt, før du fyldte 18 år
        [legal-representative] Vælg, om den, du er værge for, havde en fast kontaktperson eller var anbragt før det fyldte 18. år
       *[other] Vælg, om personen havde en fast kontaktperson eller var anbragt før det fyldte 18. år
    }

## Step: adult circumstances (Denmark)

# Variables:
#   $applicant (String) - hvem der søger
step-adult-circumstances-title =
    { $applicant ->
        [young-person] Passer noget af dette på dig?
        [adult] Passer noget af dette på dig?
        [legal-representative] Passer noget af dette på den, du er værge for?
       *[other] Passer noget af dette på personen?
    }
field-adult-circumstances-label = Forhold
field-adult-circumstances-hint = Vælg alle, der passer, eller ingen. Det hjælper kommunen med at se, hvilken støtte der kan passe.
field-adult-circumstances-option-deafblind = Døvblindhed: et alvorligt tab af både syn og hørelse
field-adult-circumstances-option-homeless-mental-illness-or-substance-misuse = Har ingen bolig eller kan ikke bo i den – og har en sindslidelse, et misbrug eller svære sociale problemer
# Variables:
#   $applicant (String) - hvem der søger
error-adult-circumstances-required =
    { $applicant ->
        [young-person] Vælg det, der passer på dig
        [adult] Vælg det, der passer på dig
        [legal-representative] Vælg det, der passer på den, du er værge for
       *[other] Vælg det, der passer på personen
    }

## Step: children (a guardian adds the child's siblings, up to 6 children)

step-children-title = Børn i ansøgningen
field-add-another-child-label = Vil du tilføje et barn mere?
field-add-another-child-hint = Op til 6 søskende kan være med. Hvert barn vurderes for sig.
field-add-another-child-option-yes = Ja
field-add-another-child-option-no = Nej
error-add-another-child-required = Vælg, om du vil tilføje et barn mere
error-add-another-child-contradicts-earlier-answer = En ansøgning kan handle om højst 6 børn. Vælg Nej
children-remove = Fjern
# Variables:
#   $title (String) - sidens overskrift
#   $number (Number) - barnets nummer i ansøgningen
sibling-step-title = { $title } (barn { $number })
# Variables:
#   $number (Number) - barnets nummer i ansøgningen
#   $name (String) - barnets navn
person-heading = Barn { $number }: { $name }
# Variables:
#   $number (Number) - barnets nummer i ansøgningen
person-heading-unnamed = Barn { $number }

## Step: preferences

step-preferences-title = Ønsker til kontaktpersonen
field-preferred-languages-label = Sprog, som kontaktpersonen skal tale (valgfrit)
# Variables:
#   $country (String) - se eller dk
field-preferred-languages-hint =
    { $country ->
        [dk] For eksempel dansk og arabisk.
       *[other] For eksempel svensk og arabisk.
    }
error-preferred-languages-required = Skriv, hvilke sprog kontaktpersonen skal tale
# Variables:
#   $applicant (String) - hvem der søger
field-interests-label =
    { $applicant ->
        [guardian] Barnets interesser (valgfrit)
        [young-person] Dine interesser (valgfrit)
        [adult] Dine interesser (valgfrit)
        [legal-representative] Interesser hos den, du er værge for (valgfrit)
       *[other] Personens interesser (valgfrit)
    }
field-interests-hint = For eksempel fodbold, musik, spil eller natur. Det hjælper kommunen med at finde en, der passer.
# Variables:
#   $applicant (String) - hvem der søger
error-interests-required =
    { $applicant ->
        [guardian] Skriv barnets interesser
        [young-person] Skriv dine interesser
        [adult] Skriv dine interesser
        [legal-representative] Skriv interesserne hos den, du er værge for
       *[other] Skriv personens interesser
    }
field-other-wishes-label = Andet, du vil fortælle (valgfrit)
field-other-wishes-hint = For eksempel hvis du ønsker en kontaktperson i en bestemt alder. Skriv ikke om helbred, diagnoser eller andre følsomme oplysninger her. Det kan du fortælle sagsbehandleren senere.
error-other-wishes-required = Skriv det, du vil fortælle

## Steps: what an intake officer asks first (#13 §3): the child's own view (a guardian
## applying; one child), the request in the applicant's own words and contact with social
## services, family treatment (Denmark), interpreter and language, a young person's guardians,
## the guardian's own address (two homes).

step-child-view-title = Hvad mener barnet?
step-child-view-intro = Et barn har ret til at sige sin mening i sager om barnet og til at blive hørt.
field-child-asked-label = Har du spurgt barnet om at få en kontaktperson? (valgfrit)
field-child-asked-option-yes = Ja
field-child-asked-option-not-yet = Ikke endnu
field-child-asked-option-cannot-say = Barnet er for lille eller kan ikke sige det
field-child-opinion-label = Hvad barnet mener (valgfrit)
field-child-opinion-hint = Med barnets egne ord, hvis du kan.
step-request-title = Jeres ansøgning
field-help-wanted-label = Med egne ord: Hvilken hjælp ønsker I, og hvorfor? (valgfrit)
field-help-wanted-hint = Skriv kun det nødvendige, ikke diagnoser eller andre følsomme oplysninger.
field-social-services-contact-label = Har I kontakt med kommunen nu, eller har I haft det før? (valgfrit)
field-social-services-contact-option-yes = Ja
field-social-services-contact-option-no = Nej
field-social-services-contact-option-dont-know = Ved ikke
field-caseworker-name-label = Sagsbehandlerens navn, hvis du kender det (valgfrit)
step-family-treatment-title = Er familien i et familiebehandlingsforløb nu?
field-family-treatment-label = Familiebehandling
field-family-treatment-hint = En fast kontaktperson følger ofte op på familiebehandling.
field-family-treatment-option-yes = Ja
field-family-treatment-option-no = Nej
field-family-treatment-option-dont-know = Ved ikke
step-interpreter-title = Tolk og sprog
field-interpreter-label = Har I brug for tolk? (valgfrit)
field-interpreter-option-yes = Ja
field-interpreter-option-no = Nej
field-interpreter-language-label = Sprog for tolken
field-interpreter-language-hint = Kun hvis I har brug for tolk.
error-interpreter-language-required = Skriv, hvilket sprog tolken skal tale
field-contact-language-label = Sprog, I helst vil bruge i kontakten med os (valgfrit)
step-contact-guardians-title = Må kommunen kontakte dem, der har forældremyndigheden over dig?
field-may-contact-guardians-label = Må kontakte forældremyndighedsindehaverne
field-may-contact-guardians-hint = Det er oftest dine forældre. Du kan springe spørgsmålet over.
field-may-contact-guardians-option-yes = Ja
field-may-contact-guardians-option-no = Nej
step-guardian-details-title = Hvordan kan vi kontakte dem?
field-guardian-name-label = Forældremyndighedsindehaverens navn
error-guardian-name-required = Skriv navnet
field-guardian-phone-label = Forældremyndighedsindehaverens telefonnummer
error-guardian-phone-required = Skriv telefonnummeret
step-same-address-title = Bor du på samme adresse som barnet?
field-same-address-label = Samme adresse som barnet
field-same-address-hint = Svar nej, hvis barnet har to hjem, og du bor i det andet.
field-same-address-option-yes = Ja
field-same-address-option-no = Nej
step-own-address-title = Hvad er din adresse?
field-own-street-address-label = Din adresse
error-own-street-address-required = Skriv din adresse
field-own-postal-code-label = Dit postnummer
error-own-postal-code-required = Skriv dit postnummer
field-own-city-label = Din by
error-own-city-required = Skriv dit bynavn

## Step: about you (a guardian or legal representative; also the volunteer's name)

step-about-you-title = Hvad hedder du?
field-applicant-name-label = Dit fulde navn
error-applicant-name-required = Skriv dit fulde navn

## Step: contact details

step-contact-title = Hvordan kan kommunen kontakte dig?
field-phone-label = Telefonnummer
# Variables:
#   $country (String) - se eller dk
field-phone-hint =
    { $country ->
        [dk] For eksempel 12 34 56 78
       *[other] For eksempel 070-123 45 67
    }
error-phone-required = Skriv dit telefonnummer
field-email-label = E-mailadresse
field-email-hint = Kun nødvendig, hvis du vil kontaktes på e-mail. For eksempel navn@eksempel.dk
error-email-required = Skriv din e-mailadresse, eller vælg en anden måde at blive kontaktet på
field-contact-method-label = Hvordan vil du helst kontaktes?
field-contact-method-option-phone = Telefonopkald
field-contact-method-option-text-message = Sms
field-contact-method-option-email = E-mail
error-contact-method-required = Vælg, hvordan du helst vil kontaktes
field-contact-time-label = Hvornår passer det bedst at kontakte dig?
field-contact-time-option-morning = Om formiddagen
field-contact-time-option-afternoon = Om eftermiddagen
field-contact-time-option-any-time = Når som helst
error-contact-time-required = Vælg, hvornår det passer bedst at kontakte dig

## Step: address

# Variables:
#   $applicant (String) - hvem der søger
step-address-title =
    { $applicant ->
        [guardian] Hvor bor barnet?
        [young-person] Hvor bor du?
        [adult] Hvor bor du?
        [legal-representative] Hvor bor den, du er værge for?
       *[other] Hvor bor personen?
    }
field-street-address-label = Adresse
# Variables:
#   $country (String) - se eller dk
field-street-address-hint =
    { $country ->
        [dk] For eksempel Vestergade 12, 2. th.
       *[other] For eksempel Storgatan 1 B
    }
error-street-address-required = Skriv adressen
field-postal-code-label = Postnummer
# Variables:
#   $country (String) - se eller dk
field-postal-code-hint =
    { $country ->
        [dk] 4 cifre, for eksempel 2100
       *[other] 5 cifre, for eksempel 123 45
    }
error-postal-code-required = Skriv postnummeret
field-city-label = By
error-city-required = Skriv bynavnet

## Step: indication (preliminary: the municipality decides)

step-indication-title = Støtte, der kan passe
indication-intro = Ud fra dine svar er dette den støtte, der kan passe. Det er en foreløbig vurdering, ikke en afgørelse.
indication-measures-heading = Det kan passe
indication-reasons-heading = Hvorfor
indication-consents-heading = Hvem der skal give samtykke
indication-no-measure = Ud fra dine svar kan vi ikke foreslå en bestemt støtte. Du kan stadig søge, og kommunen ser på din situation.
# Variables:
#   $municipality (String) - kommunens navn
indication-preliminary = Dette er en foreløbig vurdering. { $municipality } træffer afgørelse efter sin egen undersøgelse.
reference-unconfirmed = Henvisningen er ikke bekræftet
# Et link til lovteksten.
# Variables:
#   $act (String) - lovens navn fra act-*
#   $cite (String) - henvisningen i lovens egen stil, fx 13 kap. 7 § eller § 32, stk. 1, nr. 3
reference-link = { $act } { $cite }

## Step: consents and confidentiality

step-consents-title = Samtykke og tavshedspligt
consents-intro = Her kan du se, hvem der skal give samtykke til støtten ud fra dine svar. Den, der søger, beder om støtten. Den, der giver samtykke, siger ja til den. Den, der bliver hørt, får lov at sige sin mening. Kommunen kontrollerer det i sin undersøgelse.
consents-none = Der er ikke andre, der skal give samtykke. Det er nok, at du sender ansøgningen.
consents-unknown = Det afhænger af personens alder, så det kan ikke siges, før fødselsdatoen kendes.
consents-secrecy-heading = Tavshedspligt
# Variables:
#   $country (String) - se eller dk
consents-secrecy-body =
    { $country ->
        [dk] Alle, der arbejder for kommunen, har tavshedspligt efter forvaltningsloven (§ 27) og straffeloven. De må ikke give fortrolige oplysninger om dig eller din familie videre, undtagen når loven tillader det. En kontaktperson har også tavshedspligt.
       *[other] Det, du fortæller socialtjänsten, er beskyttet af tavshedspligt (socialtjänstsekretess efter 26 kap. 1 § offentlighets- och sekretesslagen). Socialtjänsten må ikke give oplysninger om dig eller din familie videre, undtagen når loven tillader det, for eksempel for at beskytte et barn. En kontaktperson har også tavshedspligt.
    }
# Variables:
#   $municipality (String) - kommunens navn
consents-privacy = Hvordan { $municipality } behandler dine personoplysninger, står i kommunens information om behandling af personoplysninger (efter databeskyttelsesforordningen, GDPR). Den er adskilt fra samtykket og tavshedspligten på denne side.
field-consent-confirm-label = Samtykke
field-consent-confirm-option-confirm = Jeg søger om eller giver samtykke til støtten, og jeg har læst, hvem der ellers skal give samtykke
error-consent-confirm-required = Bekræft, at du søger om eller giver samtykke til støtten, og at du har læst, hvem der ellers skal give samtykke
field-secrecy-read-label = Tavshedspligt
field-secrecy-read-option-read = Jeg har læst informationen om tavshedspligt
error-secrecy-read-required = Bekræft, at du har læst informationen om tavshedspligt

## Step: volunteer information

step-volunteer-info-title = At blive kontaktperson
# Variables:
#   $country (String) - se eller dk
volunteer-info-what =
    { $country ->
        [dk] Som fast kontaktperson er du en stabil voksen i et barns eller en ungs liv: en at tale med, være sammen med og få støtte fra i hverdagen. Nogle gange er støtten til hele familien.
       *[other] Som kontaktperson er du et medmenneske: en at være sammen med og få støtte fra i hverdagen. Du mødes med et barn, en ung eller en voksen for at snakke, gå en tur eller lave en aktivitet sammen. En kontaktfamilie har et barn boende, for eksempel nogle weekender om måneden. En særligt kvalificeret kontaktperson (SKK) giver mere struktureret støtte til en ung, der er i risiko for kriminalitet eller misbrug.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-how-often =
    { $country ->
        [dk] Hvor tit I mødes, aftales efter barnets eller den unges behov. Kommunen følger op på opgaven.
       *[other] I mødes som regel cirka én gang om ugen. En særligt kvalificeret kontaktperson mødes med den unge flere gange om ugen. Du deltager i opfølgningsmøder med socialrådgiveren, som regel mindst hvert halve år. En opgave kan vare fra et halvt år til flere år.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-pay =
    { $country ->
        [dk] Du får et vederlag for opgaven, og dine omkostninger, fx til aktiviteter og transport, bliver dækket. Vilkårene er forskellige fra kommune til kommune, så spørg kommunen.
       *[other] Du får et honorar (arvode), som er din betaling for opgaven, og en udgiftsgodtgørelse (omkostnadsersättning), som dækker udgifter i opgaven, fx aktiviteter og transport. Begge dele beskattes som indkomst, men du kan ofte trække dine faktiske udgifter fra.
    }
volunteer-info-support = Kommunen giver dig vejledning og rådgivning i opgaven og inviterer som regel til oplæg og kurser.
volunteer-info-ending = Opgaven varer, så længe der er behov for den. Kommunen, familien eller den, du støtter, eller du selv kan afslutte den.
# Variables:
#   $country (String) - se eller dk
volunteer-info-confidentiality =
    { $country ->
        [dk] Du har tavshedspligt. Du må ikke fortælle andre om den person eller familie, du støtter – heller ikke når opgaven er slut.
       *[other] Du har tavshedspligt (tystnadsplikt). Du må ikke fortælle andre om den person eller familie, du støtter – heller ikke når opgaven er slut.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-investigation =
    { $country ->
        [dk] Før du får en opgave, lærer kommunen dig at kende gennem samtaler og dine referencer. Med dit samtykke indhenter kommunen en børneattest, hvis du skal være sammen med børn under 15 år, og den kan også bede om en straffeattest.
       *[other] Før du får en opgave, lærer kommunen dig at kende gennem samtaler og dine referencer. Kommunen kontrollerer socialtjänstens eget register og, hvis opgaven kan gælde en person under 21 år, en udskrift fra politiets belastningsregister (svarer til en straffeattest). Hvis du vil være kontaktfamilie, kommer kommunen også på hjemmebesøg.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-education =
    { $country ->
        [dk] Du behøver ikke en bestemt uddannelse. Det vigtige er, at du er stabil, engageret og har tid. Nogle kommuner spørger efter uddannelse eller erfaring inden for socialt eller pædagogisk arbejde.
       *[other] Du behøver ikke en bestemt uddannelse. Det vigtige er, at du er stabil, engageret og har tid. Til en særligt kvalificeret kontaktperson spørger kommunen efter uddannelse i eller erfaring med psykosocialt arbejde med børn og unge.
    }

## Step: volunteer roles (Sweden)

step-volunteer-roles-title = Hvilke opgaver er du interesseret i?
field-volunteer-roles-label = Opgaver, du er interesseret i
field-volunteer-roles-hint = Vælg alle, der passer.
field-volunteer-roles-option-kontaktperson = Kontaktperson
field-volunteer-roles-option-kontaktperson-hint = Mødes med et barn, en ung eller en voksen jævnligt, ofte cirka én gang om ugen.
field-volunteer-roles-option-kontaktfamilj = Kontaktfamilie (kontaktfamilj)
field-volunteer-roles-option-kontaktfamilj-hint = Et barn bor hos dig, for eksempel nogle weekender om måneden.
field-volunteer-roles-option-skk = Særligt kvalificeret kontaktperson (SKK)
field-volunteer-roles-option-skk-hint = Støt en ung, der er i risiko for kriminalitet eller misbrug, flere gange om ugen. Du skal have uddannelse i eller erfaring med psykosocialt arbejde.
error-volunteer-roles-required = Vælg, hvilke opgaver du er interesseret i

## Step: support groups

step-support-groups-title = Hvem vil du gerne støtte?
field-support-groups-label = Hvem du gerne vil støtte
field-support-groups-hint = Vælg alle, der passer.
field-support-groups-option-children-under-15 = Børn under 15 år
field-support-groups-option-children-15-17 = Unge mellem 15 og 17 år
# Variables:
#   $country (String) - se or dk
field-support-groups-option-young-adults =
    { $country ->
        [dk] Unge voksne
       *[other] Unge voksne mellem 18 og 20 år
    }
# Variables:
#   $country (String) - se or dk
field-support-groups-option-adults =
    { $country ->
        [dk] Voksne
       *[other] Voksne fra 21 år
    }
field-support-groups-option-families = Familier eller enlige forældre med børn
error-support-groups-required = Vælg, hvem du gerne vil støtte

## Step: volunteer identity

step-volunteer-identity-title = Om dig
# Variables:
#   $country (String) - se eller dk
field-volunteer-person-id-label =
    { $country ->
        [dk] Dit CPR-nummer
       *[other] Dit personnummer eller samordningsnummer
    }
# Variables:
#   $country (String) - se eller dk
field-volunteer-person-id-hint =
    { $country ->
        [dk] 10 cifre, for eksempel DDMMÅÅ-XXXX. Du skal være fyldt 18 år.
       *[other] 12 cifre, for eksempel ÅÅÅÅMMDD-XXXX. Du skal være fyldt 18 år.
    }
# Variables:
#   $country (String) - se eller dk
error-volunteer-person-id-required =
    { $country ->
        [dk] Skriv dit CPR-nummer
       *[other] Skriv dit personnummer eller samordningsnummer
    }

## Step: too young (an exit: nothing is sent)

step-too-young-title = Du skal være fyldt 18 år
too-young-body = Du skal være fyldt 18 år for at blive kontaktperson. Der er ikke sendt noget.
# Variables:
#   $municipality (String) - kommunens navn
too-young-next = Du er velkommen til at komme igen, når du er fyldt 18 år. Indtil da kan du spørge { $municipality } om fritidstilbud og frivilligt arbejde for unge.

## Step: volunteer contact details and address

step-volunteer-contact-title = Hvordan kan kommunen kontakte dig?
step-volunteer-address-title = Hvad er din adresse?

## Step: more about the volunteer

step-volunteer-about-title = Mere om dig
field-occupation-label = Dit job eller din beskæftigelse (valgfrit)
field-occupation-hint = For eksempel studerende, sygeplejerske eller pensionist.
error-occupation-required = Skriv dit job eller din beskæftigelse
field-languages-label = Sprog, du taler (valgfrit)
# Variables:
#   $country (String) - se eller dk
field-languages-hint =
    { $country ->
        [dk] For eksempel dansk og engelsk.
       *[other] For eksempel svensk og engelsk.
    }
error-languages-required = Skriv, hvilke sprog du taler
field-driving-licence-label = Har du kørekort?
field-driving-licence-option-yes = Ja
field-driving-licence-option-no = Nej
error-driving-licence-required = Vælg ja, hvis du har kørekort
field-has-car-label = Har du bil?
field-has-car-option-yes = Ja
field-has-car-option-no = Nej
error-has-car-required = Vælg ja, hvis du har bil
field-volunteer-interests-label = Dine interesser (valgfrit)
field-volunteer-interests-hint = For eksempel sport, musik, madlavning eller friluftsliv.
error-volunteer-interests-required = Skriv dine interesser

## Step: household (contact family)

step-household-title = Din husstand
field-household-adults-label = Hvor mange andre voksne bor i dit hjem?
field-household-adults-hint = Tæl ikke dig selv med. Skriv 0, hvis der ikke bor andre.
error-household-adults-required = Skriv, hvor mange andre voksne der bor i dit hjem
error-household-adults-number-too-large = Skriv 10 eller færre
field-own-children-label = Hvor mange af dine egne børn bor i dit hjem?
field-own-children-hint = Skriv 0, hvis der ikke bor børn.
error-own-children-required = Skriv, hvor mange af dine egne børn der bor i dit hjem
error-own-children-number-too-large = Skriv 15 eller færre
field-own-children-ages-label = Dine børns alder
field-own-children-ages-hint = Kun hvis du har børn, der bor hjemme. For eksempel 4, 9 og 12.
error-own-children-ages-required = Skriv dine børns alder
field-overnight-room-label = Er der plads til, at et barn kan overnatte?
field-overnight-room-hint = For eksempel en seng i et værelse, hvor barnet kan sove i ro.
field-overnight-room-option-yes = Ja
field-overnight-room-option-no = Nej
error-overnight-room-required = Vælg ja, hvis der er plads til, at et barn kan overnatte

## Step: availability

step-availability-title = Hvornår har du tid?
field-hours-per-week-label = Hvor mange timer om ugen kan du give?
field-hours-per-week-option-1-2 = 1-2 timer
field-hours-per-week-option-3-5 = 3-5 timer
field-hours-per-week-option-6-10 = 6-10 timer
field-hours-per-week-option-more-than-10 = Mere end 10 timer
error-hours-per-week-required = Vælg, hvor mange timer om ugen du kan give
field-available-days-label = Hvornår på ugen har du tid?
field-available-days-hint = Vælg alle, der passer.
field-available-days-option-weekday-daytime = Hverdage i dagtimerne
field-available-days-option-weekday-evenings = Hverdagsaftener
field-available-days-option-weekends = Weekender
error-available-days-required = Vælg, hvornår på ugen du har tid
field-available-from-label = Fra hvilken dato kan du begynde?
field-available-from-hint = For eksempel 1 9 2026
error-available-from-required = Skriv, hvilken dato du kan begynde
field-commitment-length-label = Hvor længe kan du påtage dig en opgave?
field-commitment-length-hint = En opgave varer ofte fra et halvt år til flere år.
field-commitment-length-option-6-months = Cirka et halvt år
field-commitment-length-option-1-year = Cirka et år
field-commitment-length-option-longer = Længere end et år
field-commitment-length-option-dont-know = Ved ikke endnu
error-commitment-length-required = Vælg, hvor længe du kan påtage dig en opgave

## Step: qualifications

step-qualifications-title = Uddannelse og erfaring
field-education-field-label = Inden for hvilket område har du en uddannelse?
field-education-field-hint = Vælg det område, der ligger tættest på din højeste uddannelse. Kommunen beder om dit CV og dine beviser senere; send ikke noget nu.
field-education-field-option-social-work = Socialt arbejde
field-education-field-option-psychology = Psykologi
field-education-field-option-behavioural-science = Adfærdsvidenskab
field-education-field-option-pedagogy = Pædagogik
field-education-field-option-health-care = Sundhed og omsorg
field-education-field-option-other = Et andet område, der er relevant for psykosocialt arbejde
field-education-field-option-none = Jeg har ingen uddannelse inden for disse områder
error-education-field-required = Vælg, inden for hvilket område du har en uddannelse
field-education-level-label = Hvilket niveau har din uddannelse? (valgfrit)
field-education-level-option-university = Universitet eller professionshøjskole
field-education-level-option-post-secondary = Anden videregående uddannelse, for eksempel erhvervsakademi
field-education-level-option-upper-secondary = Gymnasial uddannelse
error-education-level-required = Vælg, hvilket niveau din uddannelse har
field-experience-years-label = Hvor mange års erfaring har du med psykosocialt arbejde med børn og unge?
field-experience-years-hint = Lønnet eller frivilligt. Skriv 0, hvis du ikke har nogen.
error-experience-years-required = Skriv, hvor mange års erfaring du har
error-experience-years-number-too-large = Skriv 60 år eller færre
field-experience-description-label = Beskriv din erfaring (valgfrit)
field-experience-description-hint = For eksempel hvor du har arbejdet, og hvad du lavede. Skriv ikke navne eller oplysninger om de personer, du har arbejdet med.
error-experience-description-required = Beskriv din erfaring

## Step: references

step-references-title = Referencer
field-reference-1-name-label = Reference 1: fulde navn
field-reference-1-name-hint = En, der kender dig godt, men som ikke er i familie med dig, for eksempel en arbejdsgiver, lærer eller ven.
error-reference-1-name-required = Skriv det fulde navn på reference 1
field-reference-1-relation-label = Reference 1: hvordan I kender hinanden
field-reference-1-relation-hint = For eksempel arbejdsgiver, kollega eller ven.
error-reference-1-relation-required = Skriv, hvordan du og reference 1 kender hinanden
field-reference-1-contact-label = Reference 1: telefonnummer eller e-mailadresse
# Variables:
#   $country (String) - se eller dk
field-reference-1-contact-hint =
    { $country ->
        [dk] For eksempel 12 34 56 78 eller navn@eksempel.dk
       *[other] For eksempel 070-123 45 67 eller navn@eksempel.dk
    }
error-reference-1-contact-required = Skriv et telefonnummer eller en e-mailadresse til reference 1
field-reference-2-name-label = Reference 2: fulde navn
field-reference-2-name-hint = En anden person, som ikke er i familie med dig.
error-reference-2-name-required = Skriv det fulde navn på reference 2
field-reference-2-relation-label = Reference 2: hvordan I kender hinanden
field-reference-2-relation-hint = For eksempel arbejdsgiver, kollega eller ven.
error-reference-2-relation-required = Skriv, hvordan du og reference 2 kender hinanden
field-reference-2-contact-label = Reference 2: telefonnummer eller e-mailadresse
# Variables:
#   $country (String) - se eller dk
field-reference-2-contact-hint =
    { $country ->
        [dk] For eksempel 12 34 56 78 eller navn@eksempel.dk
       *[other] For eksempel 070-123 45 67 eller navn@eksempel.dk
    }
error-reference-2-contact-required = Skriv et telefonnummer eller en e-mailadresse til reference 2

## Step: register checks (Sweden)

step-register-consent-title = Registerkontrol og tavshedspligt
field-register-check-consent-label = Registerkontrol
field-register-check-consent-hint = Før du kan få en opgave, kontrollerer kommunen, om du findes i socialtjänstens register. Kan opgaven gælde en person under 21 år, ser den også på en udskrift fra politiets belastningsregister (svarer til en straffeattest). Gælder den kun voksne, kan den bede dig bestille en udskrift selv og vise den. Send ikke nogen udskrift her.
field-register-check-consent-option-agree = Jeg giver samtykke til de registerkontroller, kommunen må foretage
error-register-check-consent-required = Bekræft, at du giver samtykke til registerkontrollen

## Step: child certificate and criminal record certificate (Denmark)

step-attest-consent-title = Attester og tavshedspligt
field-children-under-15-label = Kan opgaven omfatte børn under 15 år?
field-children-under-15-hint = Kommunen skal indhente en børneattest, før du må være sammen med børn under 15 år. Har du valgt børn under 15 år eller familier, er svaret ja.
field-children-under-15-option-yes = Ja
field-children-under-15-option-no = Nej
field-children-under-15-option-dont-know = Ved ikke
error-children-under-15-required = Vælg, om opgaven kan omfatte børn under 15 år
error-children-under-15-contradicts-earlier-answer = Du har valgt børn under 15 år eller familier, så vælg ja, eller gå tilbage og ret, hvem du gerne vil støtte
field-borneattest-consent-label = Børneattest
field-borneattest-consent-hint = En børneattest viser, om du er dømt for seksuelle overgreb mod børn under 15 år. Kommunen bestiller den, og du bliver bedt om at bekræfte dit samtykke.
field-borneattest-consent-option-agree = Jeg giver samtykke til, at kommunen indhenter en børneattest om mig
error-borneattest-consent-required = Bekræft, at du giver samtykke til en børneattest
field-straffeattest-consent-label = Straffeattest (valgfrit)
field-straffeattest-consent-hint = Nogle kommuner beder også om en straffeattest. Den viser visse domme for strafbare forhold.
field-straffeattest-consent-option-agree = Jeg giver samtykke til, at kommunen indhenter en straffeattest om mig, hvis den beder om det
error-straffeattest-consent-required = Bekræft, at du giver samtykke til en straffeattest

## Volunteers, both consent pages: the duty of confidentiality read

field-volunteer-secrecy-read-label = Tavshedspligt
field-volunteer-secrecy-read-hint = { volunteer-info-confidentiality }
field-volunteer-secrecy-read-option-read = Jeg har læst om min tavshedspligt
error-volunteer-secrecy-read-required = Bekræft, at du har læst om din tavshedspligt

## Step: check answers

step-check-answers-title = Kontrollér dine svar
check-answers-change = Ret
check-answers-not-answered = Ikke besvaret
check-answers-masked-id-hint = En del af nummeret er skjult her for at beskytte dine oplysninger.
check-answers-declaration = Når du sender, bekræfter du, at oplysningerne efter din bedste overbevisning er rigtige.
check-answers-send-family = Send ansøgning
check-answers-send-volunteer = Send tilmelding
check-answers-sending = Sender…

## Sending: errors and status

submit-error-network = Vi kunne ikke få forbindelse til kommunens tjeneste. Tjek din internetforbindelse, og prøv igen.
submit-error-timeout = Kommunens tjeneste svarede ikke i tide. Prøv igen om lidt.
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
submit-error-server = Der er et problem hos kommunen, og dine svar er ikke blevet sendt. Prøv igen senere, eller ring til { $municipality } på { $phone }.
submit-error-rate-limited = Du har prøvet for mange gange. Vent et minut, og prøv igen.
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
submit-error-rejected = Kommunens tjeneste tog ikke imod dine svar. Kontrollér dine svar, og prøv igen. Sker det igen, så ring til { $municipality } på { $phone }.
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
submit-error-config = Tjenesten er ikke sat rigtigt op, så dine svar kan ikke sendes. Ring til { $municipality } på { $phone }.
submit-retrying = Prøver igen…
submit-queued = Venter på forbindelse – dine svar bliver sendt, når du er online igen

## Step: confirmation

step-confirmation-title = Dine svar er sendt
confirmation-panel-title-family = Ansøgningen er sendt
confirmation-panel-title-volunteer = Tilmeldingen er sendt
confirmation-reference-label = Dit referencenummer
confirmation-digest-label = Kvitteringskode (kontrolsum)
confirmation-digest-hint = Koden er et fingeraftryk af præcis det, der blev sendt. Med den kan du og kommunen kontrollere, at intet er blevet ændret.
confirmation-digest-show = Vis hele koden
confirmation-next-heading = Hvad sker der nu
# Variables:
#   $municipality (String) - kommunens navn
confirmation-next-family = { $municipality } kontakter dig, som regel inden for et par uger. Kommunen undersøger derefter din situation og taler med dig. Bagefter træffer kommunen afgørelse om støtten. Er du uenig i afgørelsen, kan du som regel klage. Det står i afgørelsen, hvordan du gør. Afgørelsen siger som regel også, hvornår støtten skal følges op.
# Variables:
#   $municipality (String) - kommunens navn
confirmation-next-volunteer = { $municipality } kontakter dig for at aftale en samtale. Kommunen taler også med dine referencer og kontrollerer registre. Det kan tage tid at finde den rigtige opgave til dig.
confirmation-answers-heading = Dine svar
confirmation-print = Udskriv dine svar
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
confirmation-contact = Har du spørgsmål, så ring til { $municipality } på { $phone }.

## Errors shared by many fields

# Variables:
#   $max (Number) - det højeste antal tegn
error-too-long = Skriv højst { $max } tegn
error-control-characters = Fjern skjulte tegn, for eksempel tegn kopieret fra et andet program
error-date-incomplete = Udfyld dag, måned og år
error-date-not-real = Skriv en dato, der findes, for eksempel 27 3 2012
error-date-in-future = Fødselsdatoen skal være i dag eller tidligere
error-not-a-number = Skriv et tal, for eksempel 2
error-number-too-large = Skriv et mindre tal
error-contradicts-earlier-answer = Svaret passer ikke med et tidligere svar. Ret et af dem

## Settings errors

config-error-title = Formularen kunne ikke starte
config-error-body = Der er en fejl i indstillingerne for denne formular, så den kan ikke bruges lige nu. Kontakt kommunen på en anden måde. Til webredaktøren:
# Variables:
#   $key (String) - indstillingen, f.eks. contact.phone
config-error-unreachable = Indstillingsfilen kunne ikke hentes ({ $key }).
# Variables:
#   $key (String) - indstillingen, eller data-config for hele filen
config-error-malformed = Indstillingsfilen er ikke gyldig ({ $key }).
# Variables:
#   $key (String) - indstillingen, f.eks. municipality
config-error-missing = Indstillingen { $key } mangler.
# Variables:
#   $key (String) - indstillingen, f.eks. country
config-error-invalid = Indstillingen { $key } har en værdi, der ikke kan bruges.

## Identifiers

error-personnummer-empty = Skriv et personnummer eller samordningsnummer
error-personnummer-characters = Skriv personnummeret kun med tal og bindestreg, for eksempel ÅÅÅÅMMDD-XXXX
error-personnummer-length = Skriv personnummeret med 12 cifre i formatet ÅÅÅÅMMDD-XXXX
error-personnummer-separator = Skriv personnummeret i formatet ÅÅÅÅMMDD-XXXX med én bindestreg før de sidste fire cifre
error-personnummer-plus-with-century = Brug bindestreg i stedet for plus, når du skriver 12 cifre: ÅÅÅÅMMDD-XXXX
error-personnummer-century = Skriv fødselsåret i personnummeret med fire cifre, for eksempel 1985 eller 2012
error-personnummer-date = Fødselsdatoen i personnummeret skal være en dato, der findes – kontrollér år, måned og dag
error-samordningsnummer-date = I et samordningsnummer er dagen fødselsdagen plus 60 (61-91) – kontrollér år, måned og dag
error-personnummer-birth-number = Kontrollér personnummeret – de tre cifre efter datoen kan ikke være 000
error-personnummer-checksum = Kontrollér personnummeret – det sidste ciffer passer ikke med de andre
error-personnummer-future = Fødselsdatoen i personnummeret skal være i dag eller tidligere – kontrollér årstallet
error-cpr-empty = Skriv et CPR-nummer
error-cpr-characters = Skriv CPR-nummeret kun med tal og bindestreg, for eksempel DDMMÅÅ-XXXX
error-cpr-length = Skriv CPR-nummeret med 10 cifre i formatet DDMMÅÅ-XXXX
error-cpr-separator = Skriv CPR-nummeret i formatet DDMMÅÅ-XXXX med én bindestreg efter datoen
error-cpr-date = De første seks cifre i CPR-nummeret skal være en fødselsdato, der findes – kontrollér dag, måned og år
error-cpr-future = Fødselsdatoen i CPR-nummeret skal være i dag eller tidligere – kontrollér datoen og det første ciffer efter bindestregen

## Contact details

error-phone-empty = Skriv et telefonnummer
error-phone-characters = Skriv telefonnummeret kun med tal, mellemrum og bindestreg og eventuelt + først
error-phone-country = Skriv et dansk telefonnummer (+45) eller et svensk (+46)
error-phone-se-leading-zero = Skriv det svenske telefonnummer med et områdenummer, der begynder med 0, for eksempel 070-123 45 67, eller begynd med +46
error-phone-se-length = Skriv et svensk telefonnummer med 8 til 11 cifre inklusive områdenummer, for eksempel 070-123 45 67
error-phone-dk-length = Skriv et dansk telefonnummer med 8 cifre, for eksempel 12 34 56 78
error-postal-code-empty = Skriv et postnummer
error-postal-code-characters = Skriv kun postnummeret med tal
error-postal-code-country = Skriv postnummeret uden landekode
error-postal-code-se-length = Skriv et svensk postnummer med fem cifre, for eksempel 123 45
error-postal-code-dk-length = Skriv et postnummer med fire cifre, for eksempel 2100
error-email-empty = Skriv en e-mailadresse
error-email-too-long = Skriv en kortere e-mailadresse: højst 64 tegn før @ og højst 254 tegn i alt
error-email-missing-at = Skriv e-mailadressen med @, for eksempel navn@eksempel.dk
error-email-several-at = Skriv e-mailadressen med kun ét @, for eksempel navn@eksempel.dk
error-email-spaces = Skriv e-mailadressen uden mellemrum
error-email-missing-local-part = Skriv det, der skal stå før @ i e-mailadressen, for eksempel navn@eksempel.dk
error-email-domain = Kontrollér delen efter @ – den skal være et domæne som eksempel.dk uden mellemrum eller dobbelte punktummer
error-name-empty = Skriv et navn
error-name-too-long = Skriv et navn på højst 100 tegn
error-name-control-characters = Skriv navnet på én linje uden tabulatorer eller skjulte tegn
error-name-no-letter = Skriv et navn med bogstaver

### Rules messages (Dansk): outcomes, measures, reasons, consents, legal references, volunteers.
### Ids follow the domain codes: measure-<code>, reason-<code>, consent-<code>, outcome-<code>, volunteer-<code>.

## Outcomes of the eligibility indication
## Always preliminary: the municipality decides after its own investigation.

outcome-may-fit = En eller flere former for støtte kan være relevante. Kommunen træffer afgørelse efter sin egen undersøgelse.
outcome-unclear = Ud fra svarene kan vi ikke sige, hvilken støtte der kan være relevant. Kommunen afklarer det i sin undersøgelse.
outcome-redirect-orosanmalan = Er du bekymret for et barn i Sverige, skal du lave en bekymringsindberetning (orosanmälan) til socialtjänsten, ikke en ansøgning. Ring 112 ved akut fare.
outcome-redirect-underretning = Er du bekymret for et barn, så send en underretning til kommunen i stedet for en ansøgning. Ved vanrøgt eller fare for barnets sundhed eller udvikling har alle pligt til det. Ring 112 ved akut fare.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Kontaktperson (Sverige)
measure-kontaktperson-description = En person, der giver støtte og samvær i hverdagen, fx i fritiden. Kan være relevant for både børn og voksne.
measure-kontaktfamilj = Kontaktfamilie (kontaktfamilj, Sverige)
measure-kontaktfamilj-description = En familie, som personen jævnligt er hos, fx nogle weekender, så familien får aflastning.
measure-sarskilt-kvalificerad-kontaktperson = Særligt kvalificeret kontaktperson (SKK, Sverige)
measure-sarskilt-kvalificerad-kontaktperson-description = En kontaktperson med særlige kompetencer til en ung under 21 år, som har brug for støtte mod risiko for kriminalitet, misbrug eller anden socialt nedbrydende adfærd. I mødes ofte, omkring 10 timer om ugen og ofte fem dage om ugen, og arbejder mod opsatte mål, som følges op jævnligt med kommunen.
measure-lss-bitrade-av-kontaktperson = Biträde av kontaktperson (LSS, Sverige)
measure-lss-bitrade-av-kontaktperson-description = Kontaktperson til personer i LSS' personkreds, fx for at bryde isolation og få samvær.
measure-fast-kontaktperson-barn = Fast kontaktperson for barnet eller den unge
measure-fast-kontaktperson-barn-description = En fast voksen, der støtter barnet eller den unge.
measure-fast-kontaktperson-familie = Fast kontaktperson for hele familien
measure-fast-kontaktperson-familie-description = En fast voksen, der støtter hele familien.
measure-ungestotte = Ungestøtte
measure-ungestotte-description = En kontaktperson, der fortsætter eller udpeges efter det fyldte 18. år, til unge mellem 18 og 22 år, som havde støtte før 18 år.
measure-sel-85 = Socialpædagogisk støtte (serviceloven § 85)
measure-sel-85-description = Hjælp, omsorg og støtte i hverdagen til voksne med nedsat funktionsevne eller særlige sociale problemer.
measure-sel-98 = Kontaktperson til døvblinde (serviceloven § 98)
measure-sel-98-description = En særlig kontaktperson til voksne, der er døvblinde.
measure-sel-99 = Støtte- og kontaktperson (serviceloven § 99)
measure-sel-99-description = Opsøgende støtte til voksne med sindslidelse, misbrug eller særlige sociale problemer, som ikke har eller ikke kan opholde sig i egen bolig.

## Reasons
## Shown under the measures. Wording stays preliminary: 'may fit', never 'you are entitled'.

reason-kontaktperson-may-fit = En kontaktperson kan være relevant, når behovet handler om samvær, fritid, rutiner eller skole og arbejde.
reason-kontaktfamilj-may-fit = En kontaktfamilie kan være relevant, når familien har brug for aflastning med faste weekender eller overnatninger.
reason-skk-may-fit = En særligt kvalificeret kontaktperson kan være relevant, når en ung under 21 år er i risiko for kriminalitet, misbrug eller anden socialt nedbrydende adfærd.
reason-skk-only-under-21 = En særligt kvalificeret kontaktperson kan kun udpeges til en person under 21 år. En kontaktperson kan være relevant i stedet.
reason-lvu-22-information = Godt at vide: For personer under 20 år kan socialnämnden i nogle tilfælde træffe beslutning om en særligt kvalificeret kontaktperson uden samtykke (LVU 22 §). Det er ikke noget, man søger om.
reason-lss-kontaktperson-may-fit = Hvis personen er i LSS' personkreds, kan en kontaktperson efter LSS være relevant.
reason-sol-alternative-to-lss = Støtte efter socialtjänstlagen er stadig et alternativ til LSS.
reason-lss-personkrets-unknown = Hvis personen er i LSS' personkreds, kan en kontaktperson efter LSS også være en mulighed. Kommunen kan hjælpe med at afklare det.
reason-other-guardian-refuses-not-blocking = Den anden vårdnadshavare siger nej. Socialnämnden kan alligevel træffe beslutning, hvis barnets tarv kræver det, så du kan stadig sende ansøgningen.
reason-other-guardian-refuses-skk = Den anden vårdnadshavare siger nej. Reglen, der lader socialnämnden gå videre, når kun den ene samtykker, gælder ikke en særligt kvalificeret kontaktperson. Kommunen vurderer, hvad der er muligt.
reason-redirect-orosanmalan = Er man bekymret for, at et barn i Sverige mistrives, bør man indberette det til socialtjänsten (orosanmälan).
reason-fast-kontaktperson-barn-may-fit = En fast kontaktperson kan være relevant for et barn eller en ung under 18 år, som har behov for særlig støtte.
reason-fast-kontaktperson-familie-may-fit = En fast kontaktperson for hele familien kan være relevant, når hele familien har brug for støtte.
reason-ungestotte-may-fit = Ungestøtte kan være relevant for en ung mellem 18 og 22 år, som havde en kontaktperson eller var anbragt før det fyldte 18. år.
reason-ungestotte-needs-support-before-18 = Ungestøtte forudsætter støtte før det fyldte 18. år. Reglerne for voksne kan være relevante i stedet.
reason-support-before-18-unknown = Vi ved ikke, om den unge havde støtte før det fyldte 18. år. Det afgør, om ungestøtte kan komme på tale.
reason-sel-85-may-fit = Socialpædagogisk støtte efter serviceloven § 85 kan være relevant for en voksen, der har brug for støtte i hverdagen.
reason-sel-98-may-fit = En kontaktperson til døvblinde efter serviceloven § 98 kan være relevant.
reason-sel-99-may-fit = En støtte- og kontaktperson efter serviceloven § 99 kan være relevant for en person uden bolig eller med sindslidelse eller misbrug.
reason-youth-order-information = Godt at vide: For børn mellem 10 og 17 år kan kommunen i nogle tilfælde træffe afgørelse om støtte uden forældrenes samtykke (barnets lov § 39). Det er ikke noget, man søger om.
reason-joint-custody-both-consent = Ved fælles forældremyndighed beder kommunen normalt begge forældremyndighedsindehavere om samtykke.
reason-other-custody-holder-refuses = Den anden forældremyndighedsindehaver siger nej. Indsatsen kræver samtykke, så kommunen vurderer, hvad der er muligt.
reason-child-party-from-10 = Et barn, der er fyldt 10 år, udøver partsbeføjelser i sagen.
reason-family-relief-other-support = En fast kontaktperson giver ikke aflastning, men kommunen kan tilbyde anden støtte, fx aflastningsophold.
reason-redirect-underretning = Alle kan underrette kommunen. Ved vanrøgt eller fare for barnets sundhed eller udvikling har alle pligt til det, og fagfolk har skærpet underretningspligt.
reason-birth-date-missing = Fødselsdatoen mangler, så vi kan ikke sige, hvilke regler der gælder.
reason-birth-date-in-future = Fødselsdatoen ligger i fremtiden. Kontrollér datoen.
reason-applicant-role-does-not-fit-age = Din rolle passer ikke til personens alder. En voksen søger selv eller gennem en værge (god man eller förvaltare i Sverige). For et barn søger forældremyndighedsindehaveren, og en ung kan også selv bede om støtte.
reason-no-need-stated = Der er ikke angivet noget behov. Kommunen afklarer behovet i sin undersøgelse.
reason-representative-applies = En værge, god man eller förvaltare kan kun handle for personen inden for sit hverv. Personens egen vilje tæller stadig.
reason-representative-in-guardians-place = En god man for et uledsaget barn (Sverige) søger og giver samtykke i stedet for forældremyndighedsindehaveren.
reason-relative-applies = Du søger som pårørende. Den voksne søger eller giver selv samtykke, eller gennem sin værge (god man eller förvaltare i Sverige).
reason-adult-does-not-agree = Personen er ikke enig. Støtten kan ikke gives uden personens samtykke, men kommunen kan fortælle om anden støtte, også til dig som pårørende.

## Consents: who, what they do, and flags
## Shown as a checklist under each measure. These are consents to the social measure, not privacy (GDPR) consents.

consent-guardians = Forældrene med forældremyndighed (vårdnadshavare)
consent-custody-holders = Forældremyndighedsindehaveren eller -indehaverne
consent-person = Personen selv
consent-legal-representative = Værge (god man eller förvaltare i Sverige)
consent-role-requests-or-consents = søger eller giver samtykke
consent-role-requests = søger
consent-role-consents = giver samtykke
consent-role-is-heard = bliver hørt
consent-flag-both-guardians = Begge vårdnadshavare skal være enige.
consent-flag-both-custody-holders = Kommunen beder normalt begge forældremyndighedsindehavere om samtykke.
consent-flag-other-guardian-refuses-not-blocking = Den anden vårdnadshavare siger nej. Det forhindrer ikke ansøgningen. Socialnämnden kan træffe beslutning alligevel, hvis barnets tarv kræver det.
# Variables:
#   $country (String) - se or dk
consent-flag-other-guardian-refuses =
    { $country ->
        [dk] Den anden forældremyndighedsindehaver siger nej.
       *[other] Den anden vårdnadshavare siger nej.
    }
consent-flag-other-guardian-not-asked-yet = Den anden forælder med forældremyndighed er ikke blevet spurgt endnu.
consent-flag-committee-may-proceed-without-guardians = Socialnämnden kan træffe beslutning uden forældrenes samtykke, hvis den finder det hensigtsmæssigt, og barnet selv giver samtykke.
consent-flag-child-party-from-10 = Barnet er fyldt 10 år og udøver partsbeføjelser i sagen.
consent-flag-only-if-clearly-unable-to-decide = Kun hvis personen er under 15 år eller åbenbart ikke selv kan tage stilling.
consent-flag-representative-in-guardians-place = Den gode mand gør det i stedet for forældremyndighedsindehaveren.
consent-legal-review = Fortolkningen af denne regel er under juridisk gennemgang.

## Legal references
## Act names as used inside a citation, and how well a citation was checked.

act-sol-2001-453 = socialtjänstlagen (2001:453) (Sverige)
act-sol-2025-400 = socialtjänstlagen (2025:400) (Sverige)
act-lss-1993-387 = LSS, lagen (1993:387) om stöd och service till vissa funktionshindrade (Sverige)
act-lvu-1990-52 = LVU, lagen (1990:52) med särskilda bestämmelser om vård av unga (Sverige)
act-fb-1949-381 = föräldrabalken (Sverige)
act-forordning-1999-1134 = förordningen (1999:1134) om belastningsregister (Sverige)
act-serviceloven = serviceloven
act-barnets-lov = barnets lov
act-foraeldreansvarsloven = forældreansvarsloven
act-borneattestloven = børneattestloven
act-lag-2005-429 = lagen (2005:429) om god man för ensamkommande barn (Sverige)
verified-confirmed = Bekræftet mod lovteksten
verified-believed-correct = Formentlig korrekt, ikke kontrolleret mod lovteksten
verified-unconfirmed = Ikke bekræftet, skal gennemgås

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = Du skal være fyldt 18 år.
volunteer-skk-education-or-experience = Som særligt kvalificeret kontaktperson skal du have uddannelse i eller erfaring med psykosocialt arbejde.
volunteer-register-check-consent = Du giver samtykke til, at kommunen kontrollerer oplysninger i registre, fx belastningsregistret (Sverige).
volunteer-own-record-extract = Ved en opgave kun med voksne kan kommunen ikke selv få oplysninger fra belastningsregistret. Den kan bede dig bestille en udskrift hos politiet og vise den.
volunteer-borneattest-consent = Du giver samtykke til, at kommunen indhenter en børneattest. Det er et krav, når opgaven omfatter børn under 15 år.
volunteer-status-met = Opfyldt
volunteer-status-not-met = Mangler
volunteer-status-unknown = Ved ikke endnu
volunteer-status-to-check = Kommunen undersøger det
volunteer-outcome-may-proceed = Du ser ud til at opfylde de grundlæggende krav. Kommunen foretager sin egen vurdering, før den træffer afgørelse.
volunteer-outcome-requirements-not-met = Et af de grundlæggende krav ser ikke ud til at være opfyldt. Kontakt kommunen, hvis du har spørgsmål.
volunteer-outcome-unclear = Vi kan ikke sige, om du opfylder kravene. Kommunen afklarer det.

## Gem og fortsæt senere (kladder), og en ansøgning, der ikke er sendt endnu

draft-save = Gem og fortsæt senere
draft-saved-title = Dine svar er gemt på denne enhed
draft-saved-body = De er krypterede, og ingen kan læse dem uden koden nedenfor, så det er også sikkert på en delt computer.
draft-code-label = Din kode til at fortsætte
draft-saving = Gemmer …
# Variables:
#   $date (String) - the day the saved answers are deleted
draft-saved-until = Gemt til { $date }. Skriv koden ned: den bliver ikke vist igen, og ingen kan finde den for dig.
draft-unavailable = Dine svar kunne ikke gemmes i denne browser. Fortsæt med formularen, eller ring til kommunen.
draft-copy = Kopiér koden
draft-copied = Koden er kopieret.
draft-print = Udskriv koden
draft-back = Fortsæt med formularen
draft-resume-title = Vil du fortsætte, hvor du slap?
draft-resume-body = Der er gemte svar på denne enhed. Skriv din kode for at fortsætte, eller start forfra.
draft-code-input = Din kode
draft-code-hint = 16 bogstaver og tal, for eksempel 7WN9-R6VX-3F2A-9C1B
draft-resume = Fortsæt
draft-start-over = Start forfra og slet de gemte svar
draft-opening = Åbner …
draft-code-invalid = Skriv de 16 bogstaver og tal i din kode
draft-code-wrong = Koden åbner ikke de gemte svar. Tjek den, og prøv igen.
# Variables:
#   $pages (String) - the titles of the pages whose questions changed
draft-changed = Nogle spørgsmål er ændret, siden du gemte. Tjek disse sider igen: { $pages }
pending-title = Ikke sendt endnu
pending-body = Dine svar er gemt krypteret på denne enhed. Hvis du lukker siden, kan du åbne den igen senere og skrive denne kode for at sende dem.
pending-resume-title = Svar fra denne enhed er ikke sendt endnu
pending-resume-body = Skriv den kode, du fik, for at sende dem nu.
pending-send = Send nu
pending-not-now = Ikke nu
pending-not-sent = De kunne ikke sendes endnu. De er stadig gemt på denne enhed: prøv igen senere.
pending-sent-title = Dine svar er sendt
