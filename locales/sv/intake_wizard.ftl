# Intake wizard: svenska.

## Shell

language-switcher-label = Språk
language-name-sv = Svenska
language-name-da = Dansk
language-name-en = English
# Variables:
#   $number (Number) - sidans plats i flödet
#   $total (Number) - antal sidor i flödet som det ser ut nu
step-indicator = Steg { $number } av { $total }
# Variables:
#   $indicator (String) - stegindikatorn, "Steg 2 av 4"
#   $step (String) - sidans rubrik
#   $site (String) - värdsidans egen titel
document-title = { $indicator } – { $step } – { $site }
back-link = Tillbaka
button-continue = Fortsätt
error-prefix = Fel:
error-summary-title = Det finns ett problem
# Variables:
#   $count (Number) - tecken kvar
character-count-remaining =
    { $count ->
        [one] Du har { $count } tecken kvar
       *[other] Du har { $count } tecken kvar
    }
# Variables:
#   $count (Number) - tecken för mycket
character-count-over =
    { $count ->
        [one] Du har { $count } tecken för mycket
       *[other] Du har { $count } tecken för mycket
    }
date-input-day = Dag
date-input-month = Månad
date-input-year = År

## Step: country

step-country-title = Vilket land bor du i?
field-country-label = Land
field-country-hint = Reglerna för kontaktpersoner är olika i Sverige och Danmark.
field-country-option-se = Sverige
field-country-option-dk = Danmark
error-country-required = Välj Sverige eller Danmark

## Step: purpose

step-purpose-title = Vad vill du göra?
field-purpose-label = Vad du vill göra
field-purpose-option-apply = Ansöka om stöd
field-purpose-option-apply-hint = Kontaktperson, kontaktfamilj eller liknande stöd, för dig själv, ditt barn eller någon du företräder.
field-purpose-option-volunteer = Bli kontaktperson
field-purpose-option-volunteer-hint = Anmäl intresse för att bli kontaktperson eller kontaktfamilj.
error-purpose-required = Välj om du vill ansöka om stöd eller bli kontaktperson

## Journeys that are not built yet

step-family-pending-title = Ansöka om stöd
step-volunteer-pending-title = Bli kontaktperson
pending-notice = Den här delen av tjänsten är inte klar ännu
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
pending-family-body = Du kan inte ansöka här på webben ännu. Ring { $municipality } på { $phone } och fråga om kontaktperson eller kontaktfamilj.
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
pending-volunteer-body = Du kan inte anmäla intresse här på webben ännu. Ring { $municipality } på { $phone } och säg att du vill bli kontaktperson.
pending-check-answers = Du kan ändå kontrollera de svar du har gett.

## Step: check answers

step-check-answers-title = Kontrollera dina svar
check-answers-change = Ändra
check-answers-sending-pending = Det går inte att skicka svaren från den här sidan ännu. Ingenting har skickats.

## Errors shared by many fields

# Variables:
#   $max (Number) - högsta antal tecken
error-too-long = Skriv högst { $max } tecken
error-date-incomplete = Fyll i dag, månad och år
error-date-not-real = Skriv ett datum som finns, till exempel 27 3 2012

## Settings errors

config-error-title = Formuläret kunde inte starta
config-error-body = Det finns ett fel i inställningarna för formuläret, så det går inte att använda just nu. Kontakta kommunen på annat sätt. Till webbredaktören:
# Variables:
#   $key (String) - inställningen, t.ex. contact.phone
config-error-unreachable = Inställningsfilen kunde inte hämtas ({ $key }).
# Variables:
#   $key (String) - inställningen, eller data-config för hela filen
config-error-malformed = Inställningsfilen är inte giltig ({ $key }).
# Variables:
#   $key (String) - inställningen, t.ex. municipality
config-error-missing = Inställningen { $key } saknas.
# Variables:
#   $key (String) - inställningen, t.ex. country
config-error-invalid = Inställningen { $key } har ett värde som inte kan användas.

## Identifiers

error-personnummer-empty = Skriv personnummer eller samordningsnummer
error-personnummer-characters = Skriv personnumret med bara siffror och bindestreck, till exempel ÅÅÅÅMMDD-XXXX
error-personnummer-length = Skriv personnumret med 12 siffror, i formatet ÅÅÅÅMMDD-XXXX
error-personnummer-separator = Skriv personnumret i formatet ÅÅÅÅMMDD-XXXX, med ett bindestreck före de fyra sista siffrorna
error-personnummer-plus-with-century = Skriv bindestreck i stället för plustecken när du skriver 12 siffror: ÅÅÅÅMMDD-XXXX
error-personnummer-century = Skriv födelseåret i personnumret med fyra siffror, till exempel 1985 eller 2012
error-personnummer-date = Födelsedatumet i personnumret måste vara ett datum som finns – kontrollera år, månad och dag
error-samordningsnummer-date = I ett samordningsnummer är dagen födelsedagen plus 60 (61–91) – kontrollera år, månad och dag
error-personnummer-checksum = Kontrollera personnumret – den sista siffran stämmer inte med de andra
error-personnummer-future = Födelsedatumet i personnumret måste vara i dag eller tidigare – kontrollera årtalet
error-cpr-empty = Skriv CPR-nummer
error-cpr-characters = Skriv CPR-numret med bara siffror och bindestreck, till exempel DDMMÅÅ-XXXX
error-cpr-length = Skriv CPR-numret med 10 siffror, i formatet DDMMÅÅ-XXXX
error-cpr-separator = Skriv CPR-numret i formatet DDMMÅÅ-XXXX, med ett bindestreck efter datumet
error-cpr-date = De sex första siffrorna i CPR-numret måste vara ett födelsedatum som finns – kontrollera dag, månad och år
error-cpr-future = Födelsedatumet i CPR-numret måste vara i dag eller tidigare – kontrollera datumet och den första siffran efter bindestrecket

## Contact details

error-phone-empty = Skriv ett telefonnummer
error-phone-characters = Skriv telefonnumret med bara siffror, mellanslag och bindestreck, och + bara först
error-phone-country = Skriv ett svenskt telefonnummer (+46) eller ett danskt (+45)
error-phone-se-leading-zero = Skriv telefonnumret med ett riktnummer som börjar på 0, till exempel 070-123 45 67, eller börja med +46
error-phone-se-length = Skriv ett svenskt telefonnummer med 8 till 11 siffror inklusive riktnummer, till exempel 070-123 45 67
error-phone-dk-length = Skriv ett danskt telefonnummer med 8 siffror, till exempel 12 34 56 78
error-postal-code-empty = Skriv ett postnummer
error-postal-code-characters = Skriv bara postnumret, med siffror
error-postal-code-country = Skriv postnumret utan landsprefix
error-postal-code-se-length = Skriv ett postnummer med fem siffror, till exempel 123 45
error-postal-code-dk-length = Skriv ett postnummer med fyra siffror, till exempel 2100
error-email-empty = Skriv en e-postadress
error-email-too-long = Skriv en kortare e-postadress: högst 64 tecken före @ och högst 254 tecken totalt
error-email-missing-at = Skriv e-postadressen med @, till exempel namn@exempel.se
error-email-several-at = Skriv e-postadressen med bara ett @, till exempel namn@exempel.se
error-email-spaces = Skriv e-postadressen utan mellanslag
error-email-missing-local-part = Skriv det som ska stå före @ i e-postadressen, till exempel namn@exempel.se
error-email-domain = Kontrollera delen efter @ – den ska vara en domän som exempel.se, utan mellanslag eller dubbla punkter
error-name-empty = Skriv ett namn
error-name-too-long = Skriv ett namn med högst 100 tecken
error-name-control-characters = Skriv namnet på en rad, utan tabbar eller dolda tecken
error-name-no-letter = Skriv ett namn med bokstäver

### Rules messages (Svenska): outcomes, measures, reasons, consents, legal references, volunteers.
### Ids follow the domain codes: measure-<code>, reason-<code>, consent-<code>, outcome-<code>, volunteer-<code>.

## Outcomes of the eligibility indication
## Always preliminary: the municipality decides after its own investigation.

outcome-disclaimer = Det här är en preliminär och vägledande bedömning. Kommunen beslutar efter sin egen utredning.
outcome-may-fit = Ett eller flera stöd kan passa. Kommunen beslutar efter sin egen utredning.
outcome-unclear = Utifrån svaren går det inte att säga vilket stöd som kan passa. Kommunen tar reda på det i sin utredning.
outcome-redirect-orosanmalan = Är du orolig för att ett barn far illa ska du göra en orosanmälan till socialtjänsten i stället för en ansökan. Ring 112 vid akut fara.
outcome-redirect-underretning = Är du orolig för ett barn i Danmark ska du göra en underretning till kommunen i stället för en ansökan. Ring 112 vid akut fara.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Kontaktperson
measure-kontaktperson-description = En person som ger stöd och sällskap i vardagen, till exempel på fritiden. Kan passa både barn och vuxna.
measure-kontaktfamilj = Kontaktfamilj
measure-kontaktfamilj-description = En familj som barnet regelbundet är hos, till exempel vissa helger, så att familjen får avlastning.
measure-sarskilt-kvalificerad-kontaktperson = Särskilt kvalificerad kontaktperson (SKK)
measure-sarskilt-kvalificerad-kontaktperson-description = En kontaktperson med särskild kompetens för en ung person under 21 år som behöver stöd mot risk för brott, missbruk eller annat socialt nedbrytande beteende.
measure-lss-bitrade-av-kontaktperson = Kontaktperson enligt LSS
measure-lss-bitrade-av-kontaktperson-description = Biträde av kontaktperson för den som ingår i LSS personkrets, till exempel för att bryta isolering och få sällskap.
measure-fast-kontaktperson-barn = Fast kontaktperson för barnet (Danmark)
measure-fast-kontaktperson-barn-description = En fast vuxen som stöttar barnet eller den unge (barnets lov § 32).
measure-fast-kontaktperson-familie = Fast kontaktperson för hela familjen (Danmark)
measure-fast-kontaktperson-familie-description = En fast vuxen som stöttar hela familjen (barnets lov § 32).
measure-ungestotte = Stöd till unga vuxna, ungestøtte (Danmark)
measure-ungestotte-description = En kontaktperson som fortsätter eller utses efter 18 års ålder, för unga mellan 18 och 22 år som hade stöd före 18.
measure-sel-85 = Socialpedagogiskt stöd (serviceloven § 85, Danmark)
measure-sel-85-description = Hjälp, omsorg och stöd i vardagen för vuxna med nedsatt funktionsförmåga eller särskilda sociala problem.
measure-sel-98 = Kontaktperson för personer med dövblindhet (serviceloven § 98, Danmark)
measure-sel-98-description = En särskild kontaktperson för vuxna med dövblindhet.
measure-sel-99 = Stöd- och kontaktperson (serviceloven § 99, Danmark)
measure-sel-99-description = Uppsökande stöd för vuxna med psykisk sjukdom, missbruk eller särskilda sociala problem som saknar bostad eller inte kan bo i den.

## Reasons
## Shown under the measures. Wording stays preliminary: 'may fit', never 'you are entitled'.

reason-kontaktperson-may-fit = En kontaktperson kan passa när behovet gäller sällskap, fritid, rutiner eller skola och arbete.
reason-kontaktfamilj-may-fit = En kontaktfamilj kan passa när familjen behöver avlastning med regelbundna helger eller övernattningar.
reason-skk-may-fit = En särskilt kvalificerad kontaktperson kan passa när en ung person under 21 år riskerar brott, missbruk eller annat socialt nedbrytande beteende.
reason-skk-only-under-21 = En särskilt kvalificerad kontaktperson kan bara utses för den som inte har fyllt 21 år. En kontaktperson kan passa i stället.
reason-lvu-22-information = Bra att veta: för den som är under 20 år kan socialnämnden i vissa fall besluta om en särskilt kvalificerad kontaktperson utan samtycke (22 § LVU). Det är inget man ansöker om.
reason-lss-kontaktperson-may-fit = Om personen ingår i LSS personkrets kan en kontaktperson enligt LSS passa.
reason-sol-alternative-to-lss = Stöd enligt socialtjänstlagen finns kvar som ett alternativ till LSS.
reason-lss-personkrets-unknown = Om personen ingår i LSS personkrets kan en kontaktperson enligt LSS också vara ett alternativ. Kommunen kan hjälpa dig att ta reda på det.
reason-other-guardian-refuses-not-blocking = Den andra vårdnadshavaren säger nej. Socialnämnden kan ändå besluta om insatsen om barnets bästa kräver det, så du kan skicka ansökan ändå.
reason-other-guardian-refuses-skk = Den andra vårdnadshavaren säger nej. Regeln som låter socialnämnden gå vidare när bara en vårdnadshavare samtycker gäller inte särskilt kvalificerad kontaktperson. Kommunen bedömer vad som är möjligt.
reason-redirect-orosanmalan = Den som är orolig för att ett barn far illa bör anmäla det till socialtjänsten (orosanmälan).
reason-fast-kontaktperson-barn-may-fit = En fast kontaktperson kan passa ett barn eller en ung person under 18 år som behöver särskilt stöd.
reason-fast-kontaktperson-familie-may-fit = En fast kontaktperson för hela familjen kan passa när hela familjen behöver stöd.
reason-ungestotte-may-fit = Ungestøtte kan passa en ung person mellan 18 och 22 år som hade en kontaktperson eller var placerad före 18 års ålder.
reason-ungestotte-needs-support-before-18 = Ungestøtte förutsätter stöd före 18 års ålder. Reglerna för vuxna kan passa i stället.
reason-support-before-18-unknown = Vi vet inte om personen hade stöd före 18 års ålder. Det avgör om ungestøtte kan komma i fråga.
reason-sel-85-may-fit = Socialpedagogiskt stöd enligt serviceloven § 85 kan passa en vuxen som behöver stöd i vardagen.
reason-sel-98-may-fit = En kontaktperson för personer med dövblindhet enligt serviceloven § 98 kan passa.
reason-sel-99-may-fit = En stöd- och kontaktperson enligt serviceloven § 99 kan passa den som saknar bostad eller har psykisk sjukdom eller missbruk.
reason-youth-order-information = Bra att veta: för barn mellan 10 och 17 år kan kommunen i vissa fall besluta om stöd utan föräldrarnas samtycke (barnets lov § 39). Det är inget man ansöker om.
reason-joint-custody-both-consent = Vid gemensam vårdnad (fælles forældremyndighed) behöver båda föräldrarna samtycka.
reason-other-custody-holder-refuses = Den andra föräldern med vårdnad (forældremyndighedsindehaver) säger nej. Insatsen kräver samtycke, så kommunen bedömer vad som är möjligt.
reason-child-party-from-10 = Ett barn som har fyllt 10 år är part i ärendet.
reason-redirect-underretning = Den som är orolig för ett barn i Danmark bör underrätta kommunen (underretning).
reason-birth-date-missing = Födelsedatum saknas, så det går inte att säga vilka regler som gäller.
reason-birth-date-in-future = Födelsedatumet ligger i framtiden. Kontrollera datumet.
reason-applicant-role-does-not-fit-age = Din roll stämmer inte med personens ålder. En vuxen ansöker själv eller genom god man, förvaltare eller værge. För ett barn ansöker vårdnadshavaren.
reason-no-need-stated = Inget behov är angivet. Kommunen tar reda på behovet i sin utredning.
reason-representative-applies = En god man, förvaltare eller værge kan bara företräda personen inom sitt uppdrag. Personens egen vilja räknas fortfarande.

## Consents: who, what they do, and flags
## Shown as a checklist under each measure. These are consents to the social measure, not privacy (GDPR) consents.

consent-guardians = Vårdnadshavarna
consent-custody-holders = Föräldrarna med vårdnad (forældremyndighedsindehaver)
consent-person = Personen själv
consent-legal-representative = God man, förvaltare eller værge
consent-role-requests-or-consents = ansöker eller samtycker
consent-role-requests = ansöker
consent-role-consents = samtycker
consent-role-is-heard = får säga sin mening
consent-flag-both-guardians = Båda vårdnadshavarna behöver vara överens.
consent-flag-both-custody-holders = Båda föräldrarna med vårdnad behöver samtycka.
consent-flag-other-guardian-refuses-not-blocking = Den andra vårdnadshavaren säger nej. Det hindrar inte ansökan. Socialnämnden kan besluta ändå om barnets bästa kräver det.
consent-flag-other-guardian-refuses = Den andra vårdnadshavaren säger nej.
consent-flag-other-guardian-not-asked-yet = Den andra vårdnadshavaren har inte tillfrågats ännu.
consent-flag-committee-may-proceed-without-guardians = Socialnämnden kan besluta utan vårdnadshavarnas samtycke om den bedömer att det är lämpligt och barnet själv samtycker.
consent-flag-child-party-from-10 = Barnet har fyllt 10 år och är part i ärendet.
consent-flag-only-if-clearly-unable-to-decide = Bara om personen är under 15 år eller uppenbart inte själv kan ta ställning.
consent-legal-review = Tolkningen av den här regeln granskas juridiskt.

## Legal references
## Act names as used inside a citation, and how well a citation was checked.

act-sol-2001-453 = socialtjänstlagen (2001:453)
act-sol-2025-400 = socialtjänstlagen (2025:400)
act-lss-1993-387 = lagen (1993:387) om stöd och service till vissa funktionshindrade (LSS)
act-lvu-1990-52 = lagen (1990:52) med särskilda bestämmelser om vård av unga (LVU)
act-fb-1949-381 = föräldrabalken
act-forordning-1999-1134 = förordningen (1999:1134) om belastningsregister
act-serviceloven = serviceloven (Danmark)
act-barnets-lov = barnets lov (Danmark)
act-foraeldreansvarsloven = forældreansvarsloven (Danmark)
act-borneattestloven = børneattestloven (Danmark)
# Variables:
#   $cite (String) - the citation in the statute's own style, e.g. 13 kap. 7 § or § 32, stk. 1, nr. 3
#   $act (String) - the act's name from the act-* messages
law-basis = Lagstöd: { $cite } { $act }
verified-confirmed = Bekräftad mot lagtexten
verified-believed-correct = Troligen korrekt, inte kontrollerad mot lagtexten
verified-unconfirmed = Inte bekräftad, behöver granskas

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = Du behöver ha fyllt 18 år.
volunteer-skk-education-or-experience = Som särskilt kvalificerad kontaktperson behöver du utbildning i eller erfarenhet av psykosocialt arbete.
volunteer-register-check-consent = Du samtycker till att kommunen kontrollerar uppgifter i register, till exempel belastningsregistret.
volunteer-borneattest-consent = Du samtycker till att kommunen hämtar in en børneattest. Det krävs när uppdraget gäller barn under 15 år.
volunteer-status-met = Uppfyllt
volunteer-status-not-met = Inte uppfyllt
volunteer-status-unknown = Vet inte ännu
volunteer-outcome-may-proceed = Du verkar uppfylla de grundläggande kraven. Kommunen gör sin egen utredning innan den beslutar.
volunteer-outcome-requirements-not-met = Något av de grundläggande kraven verkar inte vara uppfyllt. Kontakta kommunen om du har frågor.
volunteer-outcome-unclear = Vi kan inte säga om du uppfyller kraven. Kommunen tar reda på det.
