# Intake wizard: dansk.

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
field-purpose-option-apply-hint = En kontaktperson, en kontaktfamilie eller lignende støtte til dig selv, dit barn eller en, du repræsenterer.
field-purpose-option-volunteer = Blive kontaktperson
field-purpose-option-volunteer-hint = Meld din interesse for at blive kontaktperson eller kontaktfamilie.
error-purpose-required = Vælg, om du vil søge om støtte eller blive kontaktperson

## Journeys that are not built yet

step-family-pending-title = Søge om støtte
step-volunteer-pending-title = Blive kontaktperson
pending-notice = Denne del af tjenesten er ikke klar endnu
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
pending-family-body = Du kan ikke søge her på nettet endnu. Ring til { $municipality } på { $phone }, og spørg om en fast kontaktperson.
# Variables:
#   $municipality (String) - kommunens navn
#   $phone (String) - kommunens telefonnummer
pending-volunteer-body = Du kan ikke melde din interesse her på nettet endnu. Ring til { $municipality } på { $phone }, og sig, at du gerne vil være kontaktperson.
pending-check-answers = Du kan stadig kontrollere de svar, du har givet.

## Step: check answers

step-check-answers-title = Kontrollér dine svar
check-answers-change = Ret
check-answers-sending-pending = Det er endnu ikke muligt at sende svarene fra denne side. Intet er blevet sendt.

## Errors shared by many fields

# Variables:
#   $max (Number) - det højeste antal tegn
error-too-long = Skriv højst { $max } tegn
error-date-incomplete = Udfyld dag, måned og år
error-date-not-real = Skriv en dato, der findes, for eksempel 27 3 2012

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

outcome-disclaimer = Dette er en foreløbig og vejledende vurdering. Kommunen træffer afgørelse efter sin egen undersøgelse.
outcome-may-fit = En eller flere former for støtte kan være relevante. Kommunen træffer afgørelse efter sin egen undersøgelse.
outcome-unclear = Ud fra svarene kan vi ikke sige, hvilken støtte der kan være relevant. Kommunen afklarer det i sin undersøgelse.
outcome-redirect-orosanmalan = Er du bekymret for et barn i Sverige, skal du lave en bekymringsindberetning (orosanmälan) til socialtjänsten, ikke en ansøgning. Ring 112 ved akut fare.
outcome-redirect-underretning = Er du bekymret for et barn, skal du sende en underretning til kommunen, ikke en ansøgning. Ring 112 ved akut fare.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Kontaktperson (Sverige)
measure-kontaktperson-description = En person, der giver støtte og samvær i hverdagen, fx i fritiden. Kan være relevant for både børn og voksne.
measure-kontaktfamilj = Kontaktfamilie (kontaktfamilj, Sverige)
measure-kontaktfamilj-description = En familie, som barnet jævnligt er hos, fx nogle weekender, så familien får aflastning.
measure-sarskilt-kvalificerad-kontaktperson = Særligt kvalificeret kontaktperson (SKK, Sverige)
measure-sarskilt-kvalificerad-kontaktperson-description = En kontaktperson med særlige kompetencer til en ung under 21 år, som har brug for støtte mod risiko for kriminalitet, misbrug eller anden socialt nedbrydende adfærd.
measure-lss-bitrade-av-kontaktperson = Kontaktperson efter LSS (Sverige)
measure-lss-bitrade-av-kontaktperson-description = Kontaktperson til personer i LSS' personkreds, fx for at bryde isolation og få samvær.
measure-fast-kontaktperson-barn = Fast kontaktperson for barnet eller den unge
measure-fast-kontaktperson-barn-description = En fast voksen, der støtter barnet eller den unge (barnets lov § 32).
measure-fast-kontaktperson-familie = Fast kontaktperson for hele familien
measure-fast-kontaktperson-familie-description = En fast voksen, der støtter hele familien (barnets lov § 32).
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
reason-lvu-22-information = Godt at vide: For personer under 20 år kan socialnämnden i nogle tilfælde beslutte en særligt kvalificeret kontaktperson uden samtykke (LVU 22 §). Det er ikke noget, man søger om.
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
reason-joint-custody-both-consent = Ved fælles forældremyndighed skal begge forældremyndighedsindehavere give samtykke.
reason-other-custody-holder-refuses = Den anden forældremyndighedsindehaver siger nej. Indsatsen kræver samtykke, så kommunen vurderer, hvad der er muligt.
reason-child-party-from-10 = Et barn, der er fyldt 10 år, er part i sagen.
reason-redirect-underretning = Er man bekymret for et barn, bør man sende en underretning til kommunen.
reason-birth-date-missing = Fødselsdatoen mangler, så vi kan ikke sige, hvilke regler der gælder.
reason-birth-date-in-future = Fødselsdatoen ligger i fremtiden. Kontrollér datoen.
reason-applicant-role-does-not-fit-age = Din rolle passer ikke til personens alder. En voksen søger selv eller gennem en værge (god man eller förvaltare i Sverige). For et barn søger forældremyndighedsindehaveren.
reason-no-need-stated = Der er ikke angivet noget behov. Kommunen afklarer behovet i sin undersøgelse.
reason-representative-applies = En værge, god man eller förvaltare kan kun handle for personen inden for sit hverv. Personens egen vilje tæller stadig.

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
consent-flag-both-custody-holders = Begge forældremyndighedsindehavere skal give samtykke.
consent-flag-other-guardian-refuses-not-blocking = Den anden vårdnadshavare siger nej. Det forhindrer ikke ansøgningen. Socialnämnden kan træffe beslutning alligevel, hvis barnets tarv kræver det.
consent-flag-other-guardian-refuses = Den anden forælder med forældremyndighed siger nej.
consent-flag-other-guardian-not-asked-yet = Den anden forælder med forældremyndighed er ikke blevet spurgt endnu.
consent-flag-committee-may-proceed-without-guardians = Socialnämnden kan træffe beslutning uden forældrenes samtykke, hvis den finder det hensigtsmæssigt, og barnet selv giver samtykke.
consent-flag-child-party-from-10 = Barnet er fyldt 10 år og er part i sagen.
consent-flag-only-if-clearly-unable-to-decide = Kun hvis personen er under 15 år eller åbenbart ikke selv kan tage stilling.
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
# Variables:
#   $cite (String) - the citation in the statute's own style, e.g. 13 kap. 7 § or § 32, stk. 1, nr. 3
#   $act (String) - the act's name from the act-* messages
law-basis = Lovgrundlag: { $act } { $cite }
verified-confirmed = Bekræftet mod lovteksten
verified-believed-correct = Formentlig korrekt, ikke kontrolleret mod lovteksten
verified-unconfirmed = Ikke bekræftet, skal gennemgås

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = Du skal være fyldt 18 år.
volunteer-skk-education-or-experience = Som særligt kvalificeret kontaktperson skal du have uddannelse i eller erfaring med psykosocialt arbejde.
volunteer-register-check-consent = Du giver samtykke til, at kommunen kontrollerer oplysninger i registre, fx belastningsregistret (Sverige).
volunteer-borneattest-consent = Du giver samtykke til, at kommunen indhenter en børneattest. Det er et krav, når opgaven omfatter børn under 15 år.
volunteer-status-met = Opfyldt
volunteer-status-not-met = Ikke opfyldt
volunteer-status-unknown = Ved ikke endnu
volunteer-outcome-may-proceed = Du ser ud til at opfylde de grundlæggende krav. Kommunen foretager sin egen vurdering, før den træffer afgørelse.
volunteer-outcome-requirements-not-met = Et af de grundlæggende krav ser ikke ud til at være opfyldt. Kontakt kommunen, hvis du har spørgsmål.
volunteer-outcome-unclear = Vi kan ikke sige, om du opfylder kravene. Kommunen afklarer det.
