# Intake wizard: svenska.
#
# Flödesvariabler (se en-filen): varje step-*-title, field-*-label, field-*-hint,
# field-*-option-* och error-<fält>-* får
#   $applicant (String) - vem som fyller i: guardian, young-person, adult,
#                         legal-representative, third-party eller none (inte besvarat än)
#   $country (String) - vilket lands regler som gäller: se eller dk (standardvarianten är den svenska)
# Vårdnadshavare läser "barnet", unga och vuxna läser "du", ställföreträdare läser
# "den du företräder", alla andra läser "personen".

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
button-try-again = Försök igen
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
# Variables:
#   $country (String) - se eller dk
field-purpose-option-apply-hint =
    { $country ->
        [dk] En fast kontaktperson eller liknande stöd, för dig själv, ditt barn eller någon du företräder.
       *[other] Kontaktperson, kontaktfamilj eller liknande stöd, för dig själv, ditt barn eller någon du företräder.
    }
field-purpose-option-volunteer = Bli kontaktperson
# Variables:
#   $country (String) - se eller dk
field-purpose-option-volunteer-hint =
    { $country ->
        [dk] Anmäl till kommunen att du är intresserad av att bli kontaktperson.
       *[other] Anmäl till kommunen att du är intresserad av att bli kontaktperson eller kontaktfamilj.
    }
error-purpose-required = Välj om du vill ansöka om stöd eller bli kontaktperson

## Step: applicant

step-applicant-title = Vem ansöker?
field-applicant-label = Vem som ansöker
# Variables:
#   $country (String) - se eller dk
field-applicant-option-guardian =
    { $country ->
        [dk] Jag är förälder med vårdnad (forældremyndighed) och ansöker för mitt barn
       *[other] Jag är vårdnadshavare och ansöker för mitt barn
    }
field-applicant-option-guardian-hint = Barnet är under 18 år.
field-applicant-option-young-person = Jag är under 18 år och ansöker för egen del
field-applicant-option-adult = Jag är 18 år eller äldre och ansöker för egen del
# Variables:
#   $country (String) - se eller dk
field-applicant-option-legal-representative =
    { $country ->
        [dk] Jag är værge för en vuxen och ansöker för den personen
       *[other] Jag är god man eller förvaltare och ansöker för den jag företräder
    }
# Variables:
#   $country (String) - se eller dk
field-applicant-option-legal-representative-hint =
    { $country ->
        [dk] Du har förordnats att företräda personen.
       *[other] För en vuxen, eller som god man för ett ensamkommande barn.
    }
field-applicant-option-relative = Jag är anhörig och vårdar en vuxen med omfattande behov hemma
field-applicant-option-relative-hint = Den vuxna ansöker själv, eller genom god man eller förvaltare, och behöver hålla med. Du kan hjälpa till med ansökan.
field-applicant-option-third-party = Någon annan, till exempel släkting, granne eller yrkesperson
field-applicant-option-third-party-hint = Om du är orolig för ett barn får du veta hur du anmäler det.
error-applicant-required = Välj vem som ansöker

## Step: third party (an exit: nothing is sent)

step-third-party-title = Om du är orolig för ett barn
# Variables:
#   $country (String) - se eller dk
#   $municipality (String) - kommunens namn
third-party-body =
    { $country ->
        [dk] Är du orolig för ett barn kan du göra en underretning till kommunen. Alla kan göra det, och som privatperson kan du vara anonym. Vid vanvård eller fara för barnets hälsa eller utveckling är du skyldig att göra det. Du behöver inte vara säker på att något är fel. Kommunen bedömer sedan om barnet behöver stöd. Du kan inte använda det här formuläret till det. Kontakta { $municipality } i stället.
       *[other] Är du orolig för att ett barn far illa kan du göra en orosanmälan till socialtjänsten. Alla kan göra det, och som privatperson kan du vara anonym. Du behöver inte vara säker på att något är fel. Socialtjänsten bedömer sedan om barnet behöver stöd. Du kan inte använda det här formuläret till det. Kontakta socialtjänsten i { $municipality } i stället.
    }
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
third-party-contact = Ring { $municipality } på { $phone }
third-party-emergency = Om ett barn är i akut fara, ring 112.
# Variables:
#   $country (String) - se eller dk
third-party-professional =
    { $country ->
        [dk] Arbetar du med barn eller unga, till exempel i skola, barnomsorg eller vård, har du en skärpt skyldighet att underrätta kommunen (skærpet underretningspligt). Följ rutinen på din arbetsplats.
       *[other] Arbetar du med barn eller unga, till exempel i skola, förskola eller hälso- och sjukvård, är du skyldig att anmäla till socialtjänsten (anmälningsskyldighet). Följ rutinen på din arbetsplats.
    }

## Step: person

# Variables:
#   $applicant (String) - vem som ansöker
step-person-title =
    { $applicant ->
        [guardian] Om barnet
        [young-person] Om dig
        [adult] Om dig
        [legal-representative] Om den du företräder
       *[other] Om den som behöver stöd
    }
# Variables:
#   $applicant (String) - vem som ansöker
field-person-name-label =
    { $applicant ->
        [guardian] Barnets för- och efternamn
        [young-person] Ditt för- och efternamn
        [adult] Ditt för- och efternamn
        [legal-representative] För- och efternamn på den du företräder
       *[other] För- och efternamn på den som behöver stöd
    }
# Variables:
#   $applicant (String) - vem som ansöker
error-person-name-required =
    { $applicant ->
        [guardian] Skriv barnets för- och efternamn
        [young-person] Skriv ditt för- och efternamn
        [adult] Skriv ditt för- och efternamn
        [legal-representative] Skriv för- och efternamn på den du företräder
       *[other] Skriv för- och efternamn på den som behöver stöd
    }
# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
field-has-person-id-label =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Har barnet ett CPR-nummer?
                [young-person] Har du ett CPR-nummer?
                [adult] Har du ett CPR-nummer?
                [legal-representative] Har den du företräder ett CPR-nummer?
               *[other] Har personen ett CPR-nummer?
            }
       *[other]
            { $applicant ->
                [guardian] Har barnet personnummer eller samordningsnummer?
                [young-person] Har du personnummer eller samordningsnummer?
                [adult] Har du personnummer eller samordningsnummer?
                [legal-representative] Har den du företräder personnummer eller samordningsnummer?
               *[other] Har personen personnummer eller samordningsnummer?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-has-person-id-hint =
    { $country ->
        [dk] Alla som är folkregistrerade i Danmark har ett CPR-nummer.
       *[other] Samordningsnummer får den som inte är eller har varit folkbokförd i Sverige.
    }
field-has-person-id-option-yes = Ja
field-has-person-id-option-no = Nej
field-has-person-id-option-no-hint = Då frågar vi efter födelsedatum i stället.
# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
error-has-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Välj ja om barnet har ett CPR-nummer
                [young-person] Välj ja om du har ett CPR-nummer
                [adult] Välj ja om du har ett CPR-nummer
                [legal-representative] Välj ja om den du företräder har ett CPR-nummer
               *[other] Välj ja om personen har ett CPR-nummer
            }
       *[other]
            { $applicant ->
                [guardian] Välj ja om barnet har personnummer eller samordningsnummer
                [young-person] Välj ja om du har personnummer eller samordningsnummer
                [adult] Välj ja om du har personnummer eller samordningsnummer
                [legal-representative] Välj ja om den du företräder har personnummer eller samordningsnummer
               *[other] Välj ja om personen har personnummer eller samordningsnummer
            }
    }

## Step: person id

# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
step-person-id-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Vilket CPR-nummer har barnet?
                [young-person] Vilket CPR-nummer har du?
                [adult] Vilket CPR-nummer har du?
                [legal-representative] Vilket CPR-nummer har den du företräder?
               *[other] Vilket CPR-nummer har personen?
            }
       *[other]
            { $applicant ->
                [guardian] Vilket personnummer eller samordningsnummer har barnet?
                [young-person] Vilket personnummer eller samordningsnummer har du?
                [adult] Vilket personnummer eller samordningsnummer har du?
                [legal-representative] Vilket personnummer eller samordningsnummer har den du företräder?
               *[other] Vilket personnummer eller samordningsnummer har personen?
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
        [dk] 10 siffror, till exempel DDMMÅÅ-XXXX
       *[other] 12 siffror, till exempel ÅÅÅÅMMDD-XXXX
    }
# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
error-person-id-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Skriv barnets CPR-nummer
                [young-person] Skriv ditt CPR-nummer
                [adult] Skriv ditt CPR-nummer
                [legal-representative] Skriv CPR-numret för den du företräder
               *[other] Skriv personens CPR-nummer
            }
       *[other]
            { $applicant ->
                [guardian] Skriv barnets personnummer eller samordningsnummer
                [young-person] Skriv ditt personnummer eller samordningsnummer
                [adult] Skriv ditt personnummer eller samordningsnummer
                [legal-representative] Skriv personnummer eller samordningsnummer för den du företräder
               *[other] Skriv personens personnummer eller samordningsnummer
            }
    }

## Step: date of birth

# Variables:
#   $applicant (String) - vem som ansöker
step-birth-date-title =
    { $applicant ->
        [guardian] Vilket födelsedatum har barnet?
        [young-person] Vilket födelsedatum har du?
        [adult] Vilket födelsedatum har du?
        [legal-representative] Vilket födelsedatum har den du företräder?
       *[other] Vilket födelsedatum har personen?
    }
field-birth-date-label = Födelsedatum
# Variables:
#   $country (String) - se eller dk
field-birth-date-hint =
    { $country ->
        [dk] Om du skrev ett CPR-nummer har vi fyllt i datumet utifrån det. Ändra det om det verkliga födelsedatumet är ett annat. Till exempel 27 3 2012.
       *[other] Om du skrev ett personnummer eller samordningsnummer har vi fyllt i datumet utifrån det. Ändra det om det verkliga födelsedatumet är ett annat. Till exempel 27 3 2012.
    }
# Variables:
#   $applicant (String) - vem som ansöker
error-birth-date-required =
    { $applicant ->
        [guardian] Skriv barnets födelsedatum
        [young-person] Skriv ditt födelsedatum
        [adult] Skriv ditt födelsedatum
        [legal-representative] Skriv födelsedatum för den du företräder
       *[other] Skriv personens födelsedatum
    }
# Variables:
#   $applicant (String) - who is applying
error-birth-date-contradicts-earlier-answer =
    { $applicant ->
        [young-person] Du har svarat att du är under 18 – kontrollera födelsedatumet eller ändra vem som ansöker
        [relative] Du ansöker för en vuxen – kontrollera födelsedatumet eller ändra vem som ansöker
       *[other] Du har svarat att du är över 18 – kontrollera födelsedatumet eller ändra vem som ansöker
    }

## Step: custody

# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
step-custody-title =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Har en eller två personer vårdnaden om dig?
               *[other] Har en eller två personer vårdnaden om barnet?
            }
       *[other]
            { $applicant ->
                [young-person] Har du en eller två vårdnadshavare?
               *[other] Har barnet en eller två vårdnadshavare?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-custody-label =
    { $country ->
        [dk] Vårdnad (forældremyndighed)
       *[other] Vårdnadshavare
    }
# Variables:
#   $country (String) - se eller dk
field-custody-hint =
    { $country ->
        [dk] Den som har vårdnaden (forældremyndighed) fattar de viktiga besluten för ett barn. Oftast är det en eller båda föräldrarna.
       *[other] En vårdnadshavare har den juridiska vårdnaden om ett barn. Oftast är det en eller båda föräldrarna.
    }
# Variables:
#   $country (String) - se eller dk
field-custody-option-one =
    { $country ->
        [dk] En person har ensam vårdnad
       *[other] En vårdnadshavare
    }
# Variables:
#   $country (String) - se eller dk
field-custody-option-two =
    { $country ->
        [dk] Två personer har gemensam vårdnad
       *[other] Två vårdnadshavare
    }
# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
error-custody-required =
    { $country ->
        [dk]
            { $applicant ->
                [young-person] Välj om en eller två personer har vårdnaden om dig
               *[other] Välj om en eller två personer har vårdnaden om barnet
            }
       *[other]
            { $applicant ->
                [young-person] Välj om du har en eller två vårdnadshavare
               *[other] Välj om barnet har en eller två vårdnadshavare
            }
    }

## Step: the other guardian

# Variables:
#   $country (String) - se eller dk
step-other-guardian-title =
    { $country ->
        [dk] Den andra föräldern med vårdnad
       *[other] Den andra vårdnadshavaren
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-agrees-label =
    { $country ->
        [dk] Känner den andra föräldern med vårdnad till ansökan, och håller hen med?
       *[other] Känner den andra vårdnadshavaren till ansökan, och håller hen med?
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-agrees-hint =
    { $country ->
        [dk] Vid gemensam vårdnad behöver oftast båda föräldrarna samtycka till stödet.
       *[other] Du kan ansöka även om hen inte håller med. Socialnämnden kan i vissa fall besluta ändå, om det är för barnets bästa.
    }
field-other-guardian-agrees-option-agrees = Ja, hen håller med
field-other-guardian-agrees-option-refuses = Nej, hen håller inte med
field-other-guardian-agrees-option-not-asked-yet = Jag har inte frågat hen än
# Variables:
#   $country (String) - se eller dk
error-other-guardian-agrees-required =
    { $country ->
        [dk] Välj om den andra föräldern med vårdnad håller med
       *[other] Välj om den andra vårdnadshavaren håller med
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-name-label =
    { $country ->
        [dk] Den andra förälderns för- och efternamn
       *[other] Den andra vårdnadshavarens för- och efternamn
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-name-required =
    { $country ->
        [dk] Skriv den andra förälderns för- och efternamn
       *[other] Skriv den andra vårdnadshavarens för- och efternamn
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-phone-label =
    { $country ->
        [dk] Den andra förälderns telefonnummer (frivilligt)
       *[other] Den andra vårdnadshavarens telefonnummer (frivilligt)
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-phone-hint =
    { $country ->
        [dk] Så att kommunen kan kontakta hen. Till exempel 12 34 56 78.
       *[other] Så att kommunen kan kontakta hen. Till exempel 070-123 45 67.
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-phone-required =
    { $country ->
        [dk] Skriv den andra förälderns telefonnummer
       *[other] Skriv den andra vårdnadshavarens telefonnummer
    }
# Variables:
#   $country (String) - se eller dk
field-other-guardian-email-label =
    { $country ->
        [dk] Den andra förälderns e-postadress (frivilligt)
       *[other] Den andra vårdnadshavarens e-postadress (frivilligt)
    }
# Variables:
#   $country (String) - se eller dk
error-other-guardian-email-required =
    { $country ->
        [dk] Skriv den andra förälderns e-postadress
       *[other] Skriv den andra vårdnadshavarens e-postadress
    }

## Step: adult agreement (a relative caring for an adult)

step-adult-agreement-title = Känner personen till ansökan, och håller hen med?
field-adult-agrees-label = Personen håller med
# Variables:
#   $country (String) - se eller dk
field-adult-agrees-hint =
    { $country ->
        [dk] Den vuxna ansöker själv eller genom sin værge, och stödet ges bara om hen håller med.
       *[other] Den vuxna ansöker själv eller genom sin gode man eller förvaltare, och stödet ges bara om hen håller med.
    }
field-adult-agrees-option-agrees = Ja, hen håller med
field-adult-agrees-option-refuses = Nej, hen håller inte med
field-adult-agrees-option-not-asked-yet = Jag har inte frågat hen än
error-adult-agrees-required = Välj om personen håller med

## Step: protected identity

# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
step-protected-identity-title =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Har barnet namn- och adresskydd?
                [young-person] Har du namn- och adresskydd?
                [adult] Har du namn- och adresskydd?
                [legal-representative] Har den du företräder namn- och adresskydd?
               *[other] Har personen namn- och adresskydd?
            }
       *[other]
            { $applicant ->
                [guardian] Har barnet skyddade personuppgifter?
                [young-person] Har du skyddade personuppgifter?
                [adult] Har du skyddade personuppgifter?
                [legal-representative] Har den du företräder skyddade personuppgifter?
               *[other] Har personen skyddade personuppgifter?
            }
    }
# Variables:
#   $country (String) - se eller dk
field-protected-identity-label =
    { $country ->
        [dk] Namn- och adresskydd
       *[other] Skyddade personuppgifter
    }
# Variables:
#   $country (String) - se eller dk
field-protected-identity-hint =
    { $country ->
        [dk] Namn- och adresskydd (navne- og adressebeskyttelse) betyder att adressen är dold i CPR-registret. Svarar du ja frågar vi inte efter någon adress, och ingen adress skickas.
       *[other] Till exempel skyddad folkbokföring eller sekretessmarkering. Svarar du ja frågar vi inte efter någon adress, och ingen adress skickas.
    }
field-protected-identity-option-yes = Ja
field-protected-identity-option-yes-hint = Vi frågar inte efter någon adress. Kommunen kontaktar dig per telefon eller på det sätt du väljer på sidan om kontaktuppgifter, aldrig med brev till en adress från det här formuläret.
field-protected-identity-option-no = Nej
# Variables:
#   $applicant (String) - vem som ansöker
#   $country (String) - se eller dk
error-protected-identity-required =
    { $country ->
        [dk]
            { $applicant ->
                [guardian] Välj ja om barnet har namn- och adresskydd
                [young-person] Välj ja om du har namn- och adresskydd
                [adult] Välj ja om du har namn- och adresskydd
                [legal-representative] Välj ja om den du företräder har namn- och adresskydd
               *[other] Välj ja om personen har namn- och adresskydd
            }
       *[other]
            { $applicant ->
                [guardian] Välj ja om barnet har skyddade personuppgifter
                [young-person] Välj ja om du har skyddade personuppgifter
                [adult] Välj ja om du har skyddade personuppgifter
                [legal-representative] Välj ja om den du företräder har skyddade personuppgifter
               *[other] Välj ja om personen har skyddade personuppgifter
            }
    }

## Step: needs

# Variables:
#   $applicant (String) - vem som ansöker
step-needs-title =
    { $applicant ->
        [guardian] Vilket stöd behöver barnet?
        [young-person] Vilket stöd behöver du?
        [adult] Vilket stöd behöver du?
        [legal-representative] Vilket stöd behöver den du företräder?
       *[other] Vilket stöd behöver personen?
    }
field-needs-label = Vad ska stödet hjälpa till med?
field-needs-hint = Välj alla som stämmer. Det behövs ingen diagnos.
field-needs-option-company-and-leisure = Sällskap och fritid
field-needs-option-company-and-leisure-hint = Någon att prata med, umgås med och göra aktiviteter med.
field-needs-option-routines-and-structure = Rutiner och struktur i vardagen
# Variables:
#   $country (String) - se eller dk
field-needs-option-routines-and-structure-hint =
    { $country ->
        [dk] Till exempel vardagen, och att hitta och behålla en bostad.
       *[other] Till exempel vardagsrutiner och praktiska saker hemma.
    }
field-needs-option-school-education-or-work = Skola, utbildning eller arbete
field-needs-option-school-education-or-work-hint = Även att komma i gång med och fullfölja en utbildning.
field-needs-option-family-relief = Avlastning för familjen
field-needs-option-family-relief-hint = Till exempel regelbundna helger eller nätter hemifrån.
field-needs-option-risk-behaviour = Att hålla sig borta från brott, alkohol, droger eller annat skadligt beteende
error-needs-required = Välj vad stödet ska hjälpa till med
field-meeting-frequency-label = Hur ofta skulle det vara bra att träffa kontaktpersonen?
field-meeting-frequency-hint = Det här är ett önskemål. Kommunen beslutar efter sin utredning.
field-meeting-frequency-option-several-a-week = Flera gånger i veckan
field-meeting-frequency-option-weekly = Ungefär en gång i veckan
field-meeting-frequency-option-every-other-week = Varannan vecka
field-meeting-frequency-option-monthly = Ungefär en gång i månaden
field-meeting-frequency-option-dont-know = Vet inte
error-meeting-frequency-required = Välj hur ofta det skulle vara bra att träffas

## Step: LSS (Sweden)

# Variables:
#   $applicant (String) - vem som ansöker
step-lss-title =
    { $applicant ->
        [guardian] Omfattas barnet av LSS?
        [young-person] Omfattas du av LSS?
        [adult] Omfattas du av LSS?
        [legal-representative] Omfattas den du företräder av LSS?
       *[other] Omfattas personen av LSS?
    }
field-lss-personkrets-label = Omfattas av LSS
field-lss-personkrets-hint = LSS är en lag om stöd till personer med vissa funktionsnedsättningar: intellektuell funktionsnedsättning, autism, hjärnskada i vuxen ålder eller en annan stor och varaktig funktionsnedsättning. Du behöver inte skriva vilken.
field-lss-personkrets-option-yes = Ja
field-lss-personkrets-option-no = Nej
field-lss-personkrets-option-dont-know = Vet inte
field-lss-personkrets-option-dont-know-hint = Kommunen kan hjälpa dig att ta reda på det.
# Variables:
#   $applicant (String) - vem som ansöker
error-lss-personkrets-required =
    { $applicant ->
        [guardian] Välj om barnet omfattas av LSS
        [young-person] Välj om du omfattas av LSS
        [adult] Välj om du omfattas av LSS
        [legal-representative] Välj om den du företräder omfattas av LSS
       *[other] Välj om personen omfattas av LSS
    }

## Step: whole family (Denmark)

step-whole-family-title = Behöver hela familjen stöd?
field-whole-family-label = Stöd till hela familjen
field-whole-family-hint = En fast kontaktperson kan stötta barnet eller hela familjen.
field-whole-family-option-yes = Ja, hela familjen
# Variables:
#   $applicant (String) - vem som ansöker
field-whole-family-option-no =
    { $applicant ->
        [young-person] Nej, bara jag
       *[other] Nej, bara barnet
    }
error-whole-family-required = Välj om hela familjen behöver stöd

## Step: support before 18 (Denmark)

# Variables:
#   $applicant (String) - vem som ansöker
step-supported-before-18-title =
    { $applicant ->
        [young-person] Hade du en fast kontaktperson, eller var du placerad utanför hemmet, innan du fyllde 18?
        [adult] Hade du en fast kontaktperson, eller var du placerad utanför hemmet, innan du fyllde 18?
        [legal-representative] Hade den du företräder en fast kontaktperson, eller var hen placerad utanför hemmet, före 18 års ålder?
       *[other] Hade personen en fast kontaktperson, eller var hen placerad utanför hemmet, före 18 års ålder?
    }
field-supported-before-18-label = Stöd före 18 års ålder
field-supported-before-18-hint = Unga mellan 18 och 22 år som hade sådant stöd kan i vissa fall behålla det eller få en ny kontaktperson (ungestøtte).
field-supported-before-18-option-yes = Ja
field-supported-before-18-option-no = Nej
field-supported-before-18-option-dont-know = Vet inte
# Variables:
#   $applicant (String) - vem som ansöker
error-supported-before-18-required =
    { $applicant ->
        [young-person] Välj om du hade en fast kontaktperson eller var placerad innan du fyllde 18
        [adult] Välj om du hade en fast kontaktperson eller var placerad innan du fyllde 18
        [legal-representative] Välj om den du företräder hade en fast kontaktperson eller var placerad före 18 års ålder
       *[other] Välj om personen hade en fast kontaktperson eller var placerad före 18 års ålder
    }

## Step: adult circumstances (Denmark)

# Variables:
#   $applicant (String) - vem som ansöker
step-adult-circumstances-title =
    { $applicant ->
        [young-person] Stämmer något av det här in på dig?
        [adult] Stämmer något av det här in på dig?
        [legal-representative] Stämmer något av det här in på den du företräder?
       *[other] Stämmer något av det här in på personen?
    }
field-adult-circumstances-label = Förhållanden
field-adult-circumstances-hint = Välj alla som stämmer, eller inget. Det hjälper kommunen att se vilket stöd som kan passa.
field-adult-circumstances-option-deafblind = Dövblindhet: en allvarlig nedsättning av både syn och hörsel
field-adult-circumstances-option-homeless-mental-illness-or-substance-misuse = Saknar bostad eller kan inte bo kvar i den – och har psykisk sjukdom, missbruk eller svåra sociala problem
# Variables:
#   $applicant (String) - vem som ansöker
error-adult-circumstances-required =
    { $applicant ->
        [young-person] Välj det som stämmer in på dig
        [adult] Välj det som stämmer in på dig
        [legal-representative] Välj det som stämmer in på den du företräder
       *[other] Välj det som stämmer in på personen
    }

## Step: children (a guardian adds the child's siblings, up to 6 children)

step-children-title = Barn i ansökan
field-add-another-child-label = Vill du lägga till ett barn till?
field-add-another-child-hint = Upp till 6 syskon kan ingå. Varje barn bedöms för sig.
field-add-another-child-option-yes = Ja
field-add-another-child-option-no = Nej
error-add-another-child-required = Välj om du vill lägga till ett barn till
error-add-another-child-contradicts-earlier-answer = En ansökan kan gälla högst 6 barn. Välj Nej
children-remove = Ta bort
# Variables:
#   $title (String) - sidans rubrik
#   $number (Number) - barnets nummer i ansökan
sibling-step-title = { $title } (barn { $number })
# Variables:
#   $number (Number) - barnets nummer i ansökan
#   $name (String) - barnets namn
person-heading = Barn { $number }: { $name }
# Variables:
#   $number (Number) - barnets nummer i ansökan
person-heading-unnamed = Barn { $number }

## Step: preferences

step-preferences-title = Önskemål om kontaktpersonen
field-preferred-languages-label = Språk som kontaktpersonen ska kunna (frivilligt)
# Variables:
#   $country (String) - se eller dk
field-preferred-languages-hint =
    { $country ->
        [dk] Till exempel danska och arabiska.
       *[other] Till exempel svenska och arabiska.
    }
error-preferred-languages-required = Skriv vilka språk kontaktpersonen ska kunna
# Variables:
#   $applicant (String) - vem som ansöker
field-interests-label =
    { $applicant ->
        [guardian] Barnets intressen (frivilligt)
        [young-person] Dina intressen (frivilligt)
        [adult] Dina intressen (frivilligt)
        [legal-representative] Intressen hos den du företräder (frivilligt)
       *[other] Personens intressen (frivilligt)
    }
field-interests-hint = Till exempel fotboll, musik, spel eller natur. Det hjälper kommunen att hitta någon som passar.
# Variables:
#   $applicant (String) - vem som ansöker
error-interests-required =
    { $applicant ->
        [guardian] Skriv barnets intressen
        [young-person] Skriv dina intressen
        [adult] Skriv dina intressen
        [legal-representative] Skriv intressen hos den du företräder
       *[other] Skriv personens intressen
    }
field-other-wishes-label = Något annat du vill berätta (frivilligt)
field-other-wishes-hint = Till exempel om du önskar en kontaktperson i en viss ålder. Skriv inte om hälsa, diagnoser eller andra känsliga uppgifter här. Det kan du berätta för socialsekreteraren senare.
error-other-wishes-required = Skriv det du vill berätta

## Steps: what an intake officer asks first (#13 §3): the child's own view (a guardian
## applying; one child), the request in the applicant's own words and contact with social
## services, family treatment (Denmark), interpreter and language, a young person's guardians,
## the guardian's own address (two homes).

step-child-view-title = Vad tycker barnet?
step-child-view-intro = Ett barn har rätt att säga vad det tycker i frågor som rör barnet, och att bli lyssnat på.
field-child-asked-label = Har du frågat barnet om att få en kontaktperson? (frivilligt)
field-child-asked-option-yes = Ja
field-child-asked-option-not-yet = Inte än
field-child-asked-option-cannot-say = Barnet är för litet eller kan inte säga
field-child-opinion-label = Vad barnet tycker (frivilligt)
field-child-opinion-hint = Med barnets egna ord om du kan.
step-request-title = Din ansökan
field-help-wanted-label = Med egna ord: vilken hjälp vill ni ha, och varför? (frivilligt)
field-help-wanted-hint = Skriv bara det som behövs, inte diagnoser eller andra känsliga uppgifter.
field-social-services-contact-label = Har ni kontakt med kommunens socialtjänst nu, eller har ni haft det förut? (frivilligt)
field-social-services-contact-option-yes = Ja
field-social-services-contact-option-no = Nej
field-social-services-contact-option-dont-know = Vet inte
field-caseworker-name-label = Handläggarens namn, om du vet det (frivilligt)
step-family-treatment-title = Får familjen familjebehandling (familiebehandling) nu?
field-family-treatment-label = Familjebehandling
field-family-treatment-hint = En fast kontaktperson följer ofta upp familjebehandling.
field-family-treatment-option-yes = Ja
field-family-treatment-option-no = Nej
field-family-treatment-option-dont-know = Vet inte
step-interpreter-title = Tolk och språk
field-interpreter-label = Behöver ni tolk? (frivilligt)
field-interpreter-option-yes = Ja
field-interpreter-option-no = Nej
field-interpreter-language-label = Språk för tolken
field-interpreter-language-hint = Bara om ni behöver tolk.
error-interpreter-language-required = Skriv vilket språk tolken ska tala
field-contact-language-label = Språk ni helst vill ha i kontakten med oss (frivilligt)
step-contact-guardians-title = Får kommunen kontakta dina vårdnadshavare?
field-may-contact-guardians-label = Får kontakta dina vårdnadshavare
field-may-contact-guardians-hint = Dina vårdnadshavare är oftast dina föräldrar. Du kan hoppa över frågan.
field-may-contact-guardians-option-yes = Ja
field-may-contact-guardians-option-no = Nej
step-guardian-details-title = Hur når vi din vårdnadshavare?
field-guardian-name-label = Vårdnadshavarens namn
error-guardian-name-required = Skriv din vårdnadshavares namn
field-guardian-phone-label = Vårdnadshavarens telefonnummer
error-guardian-phone-required = Skriv din vårdnadshavares telefonnummer
step-same-address-title = Bor du på samma adress som barnet?
field-same-address-label = Samma adress som barnet
field-same-address-hint = Svara nej om barnet har två hem och du bor i det andra.
field-same-address-option-yes = Ja
field-same-address-option-no = Nej
step-own-address-title = Vilken adress har du?
field-own-street-address-label = Din gatuadress
error-own-street-address-required = Skriv din gatuadress
field-own-postal-code-label = Ditt postnummer
error-own-postal-code-required = Skriv ditt postnummer
field-own-city-label = Din ort
error-own-city-required = Skriv din ort

## Step: about you (a guardian or legal representative; also the volunteer's name)

step-about-you-title = Vad heter du?
field-applicant-name-label = Ditt för- och efternamn
error-applicant-name-required = Skriv ditt för- och efternamn

## Step: contact details

step-contact-title = Hur kan kommunen kontakta dig?
field-phone-label = Telefonnummer
# Variables:
#   $country (String) - se eller dk
field-phone-hint =
    { $country ->
        [dk] Till exempel 12 34 56 78
       *[other] Till exempel 070-123 45 67
    }
error-phone-required = Skriv ditt telefonnummer
field-email-label = E-postadress
field-email-hint = Behövs bara om du vill bli kontaktad via e-post. Till exempel namn@exempel.se
error-email-required = Skriv din e-postadress, eller välj ett annat sätt att bli kontaktad
field-contact-method-label = Hur vill du helst bli kontaktad?
field-contact-method-option-phone = Telefonsamtal
field-contact-method-option-text-message = Sms
field-contact-method-option-email = E-post
error-contact-method-required = Välj hur du helst vill bli kontaktad
field-contact-time-label = När passar det bäst att kontakta dig?
field-contact-time-option-morning = På förmiddagen
field-contact-time-option-afternoon = På eftermiddagen
field-contact-time-option-any-time = När som helst
error-contact-time-required = Välj när det passar bäst att kontakta dig

## Step: address

# Variables:
#   $applicant (String) - vem som ansöker
step-address-title =
    { $applicant ->
        [guardian] Var bor barnet?
        [young-person] Var bor du?
        [adult] Var bor du?
        [legal-representative] Var bor den du företräder?
       *[other] Var bor personen?
    }
field-street-address-label = Gatuadress
# Variables:
#   $country (String) - se eller dk
field-street-address-hint =
    { $country ->
        [dk] Till exempel Vestergade 12, 2. th.
       *[other] Till exempel Storgatan 1 B
    }
error-street-address-required = Skriv gatuadressen
field-postal-code-label = Postnummer
# Variables:
#   $country (String) - se eller dk
field-postal-code-hint =
    { $country ->
        [dk] 4 siffror, till exempel 2100
       *[other] 5 siffror, till exempel 123 45
    }
error-postal-code-required = Skriv postnumret
field-city-label = Postort
error-city-required = Skriv postorten

## Step: indication (preliminary: the municipality decides)

step-indication-title = Stöd som kan passa
indication-intro = Utifrån dina svar är det här det stöd som kan passa. Det är en preliminär bedömning, inte ett beslut.
indication-measures-heading = Det här kan passa
indication-reasons-heading = Varför
indication-consents-heading = Vem som behöver samtycka
indication-no-measure = Utifrån dina svar kan vi inte föreslå något särskilt stöd. Du kan ändå ansöka, så tittar kommunen på din situation.
# Variables:
#   $municipality (String) - kommunens namn
indication-preliminary = Det här är en preliminär bedömning. { $municipality } beslutar efter en egen utredning.
reference-unconfirmed = Hänvisningen är inte bekräftad
# En länk till lagtexten.
# Variables:
#   $act (String) - lagens namn från act-*
#   $cite (String) - hänvisningen i lagens egen stil, t.ex. 13 kap. 7 § eller § 32, stk. 1, nr. 3
reference-link = { $cite } { $act }

## Step: consents and confidentiality

step-consents-title = Samtycke och sekretess
consents-intro = Här ser du vem som behöver samtycka till stödet, utifrån dina svar. Den som ansöker ber om stödet. Den som samtycker säger ja till det. Den som ska höras får berätta vad hen tycker innan beslut fattas. Kommunen kontrollerar detta i sin utredning.
consents-none = Ingen annan behöver samtycka. Det räcker att du skickar ansökan.
consents-unknown = Det beror på personens ålder, så det går inte att säga förrän födelsedatumet är känt.
consents-secrecy-heading = Sekretess
# Variables:
#   $country (String) - se eller dk
consents-secrecy-body =
    { $country ->
        [dk] Alla som arbetar för kommunen har tystnadsplikt (tavshedspligt) enligt förvaltningslagen (forvaltningsloven § 27) och strafflagen (straffeloven). De får inte lämna vidare sekretessbelagda uppgifter om dig eller din familj, utom när lagen tillåter det. En kontaktperson har också tystnadsplikt.
       *[other] Det du berättar för socialtjänsten skyddas av socialtjänstsekretess (26 kap. 1 § offentlighets- och sekretesslagen). Socialtjänsten får inte lämna ut uppgifter om dig eller din familj, utom när lagen tillåter det, till exempel för att skydda ett barn. En kontaktperson har också tystnadsplikt.
    }
# Variables:
#   $municipality (String) - kommunens namn
consents-privacy = Hur { $municipality } behandlar dina personuppgifter står i kommunens information om personuppgifter (enligt dataskyddsförordningen, GDPR). Den är skild från samtycket och sekretessen på den här sidan.
field-consent-confirm-label = Samtycke
field-consent-confirm-option-confirm = Jag ansöker om eller samtycker till stödet, och jag har läst vilka andra som behöver samtycka
error-consent-confirm-required = Bekräfta att du ansöker om eller samtycker till stödet och att du har läst vilka fler som behöver samtycka
field-secrecy-read-label = Sekretess
field-secrecy-read-option-read = Jag har läst informationen om sekretess
error-secrecy-read-required = Bekräfta att du har läst informationen om sekretess

## Step: volunteer information

step-volunteer-info-title = Att bli kontaktperson
# Variables:
#   $country (String) - se eller dk
volunteer-info-what =
    { $country ->
        [dk] Som fast kontaktperson är du en stabil vuxen i ett barns eller en ung persons liv: någon att prata med, umgås med och få stöd av i vardagen. Ibland gäller stödet hela familjen.
       *[other] Som kontaktperson är du en medmänniska: någon att umgås med och få stöd av i vardagen. Du träffar ett barn, en ung person eller en vuxen för att prata, ta en promenad eller göra en aktivitet tillsammans. En kontaktfamilj tar emot ett barn, till exempel några helger i månaden. En särskilt kvalificerad kontaktperson (SKK) ger mer strukturerat stöd till en ung person som riskerar att hamna i brott eller missbruk.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-how-often =
    { $country ->
        [dk] Hur ofta ni träffas bestäms efter barnets eller den unges behov. Kommunen följer upp uppdraget.
       *[other] Ni träffas oftast ungefär en gång i veckan. En särskilt kvalificerad kontaktperson träffar den unga flera gånger i veckan. Du går på uppföljningsmöten med socialsekreteraren, oftast minst var sjätte månad. Ett uppdrag kan pågå från sex månader till flera år.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-pay =
    { $country ->
        [dk] Du får arvode (vederlag) för uppdraget, och dina utgifter (omkostninger), till exempel för aktiviteter och resor, ersätts. Villkoren skiljer sig mellan kommunerna, så fråga kommunen.
       *[other] Du får arvode, som är din ersättning för uppdraget, och omkostnadsersättning, som täcker kostnader inom uppdraget, som aktiviteter och resor. Båda beskattas som inkomst, men du kan ofta göra avdrag för dina faktiska kostnader.
    }
volunteer-info-support = Kommunen ger dig handledning och rådgivning i uppdraget och bjuder oftast in till föreläsningar och utbildningar.
volunteer-info-ending = Uppdraget pågår så länge behovet finns. Det kan avslutas av socialtjänsten, av familjen eller den du stöttar, eller av dig.
# Variables:
#   $country (String) - se eller dk
volunteer-info-confidentiality =
    { $country ->
        [dk] Du har tystnadsplikt (tavshedspligt). Du får inte berätta för andra om den person eller familj du stöttar – inte heller när uppdraget är slut.
       *[other] Du har tystnadsplikt. Du får inte berätta för andra om den person eller familj du stöttar – inte heller när uppdraget är slut.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-investigation =
    { $country ->
        [dk] Innan du får ett uppdrag lär kommunen känna dig genom intervjuer och dina referenser. Med ditt samtycke hämtar kommunen in en børneattest om du ska vara med barn under 15 år, och den kan också be om ett utdrag ur brottsregistret (straffeattest).
       *[other] Innan du får ett uppdrag lär kommunen känna dig genom intervjuer och dina referenser. Kommunen kontrollerar socialtjänstens eget register och, om uppdraget kan gälla någon under 21 år, ett utdrag ur polisens belastningsregister. Vill du bli kontaktfamilj gör kommunen också ett hembesök.
    }
# Variables:
#   $country (String) - se eller dk
volunteer-info-education =
    { $country ->
        [dk] Du behöver ingen särskild utbildning. Det viktiga är att du är stabil, engagerad och har tid. En del kommuner frågar efter utbildning eller erfarenhet av socialt eller pedagogiskt arbete.
       *[other] Du behöver ingen särskild utbildning. Det viktiga är att du är stabil, engagerad och har tid. För en särskilt kvalificerad kontaktperson frågar kommunen efter utbildning i eller erfarenhet av psykosocialt arbete med barn och unga.
    }

## Step: volunteer roles (Sweden)

step-volunteer-roles-title = Vilka uppdrag är du intresserad av?
field-volunteer-roles-label = Uppdrag du är intresserad av
field-volunteer-roles-hint = Välj alla som stämmer.
field-volunteer-roles-option-kontaktperson = Kontaktperson
field-volunteer-roles-option-kontaktperson-hint = Träffa ett barn, en ung person eller en vuxen regelbundet, ofta ungefär en gång i veckan.
field-volunteer-roles-option-kontaktfamilj = Kontaktfamilj
field-volunteer-roles-option-kontaktfamilj-hint = Ett barn bor hos dig, till exempel några helger i månaden.
field-volunteer-roles-option-skk = Särskilt kvalificerad kontaktperson (SKK)
field-volunteer-roles-option-skk-hint = Stötta en ung person som riskerar att hamna i brott eller missbruk, flera gånger i veckan. Du behöver utbildning i eller erfarenhet av psykosocialt arbete.
error-volunteer-roles-required = Välj vilka uppdrag du är intresserad av

## Step: support groups

step-support-groups-title = Vem vill du stötta?
field-support-groups-label = Vem du vill stötta
field-support-groups-hint = Välj alla som stämmer.
field-support-groups-option-children-under-15 = Barn under 15 år
field-support-groups-option-children-15-17 = Unga mellan 15 och 17 år
# Variables:
#   $country (String) - se or dk
field-support-groups-option-young-adults =
    { $country ->
        [dk] Unga vuxna
       *[other] Unga vuxna mellan 18 och 20 år
    }
# Variables:
#   $country (String) - se or dk
field-support-groups-option-adults =
    { $country ->
        [dk] Vuxna
       *[other] Vuxna från 21 år
    }
field-support-groups-option-families = Familjer eller ensamstående föräldrar med barn
error-support-groups-required = Välj vem du vill stötta

## Step: volunteer identity

step-volunteer-identity-title = Om dig
# Variables:
#   $country (String) - se eller dk
field-volunteer-person-id-label =
    { $country ->
        [dk] Ditt CPR-nummer
       *[other] Ditt personnummer eller samordningsnummer
    }
# Variables:
#   $country (String) - se eller dk
field-volunteer-person-id-hint =
    { $country ->
        [dk] 10 siffror, till exempel DDMMÅÅ-XXXX. Du behöver ha fyllt 18 år.
       *[other] 12 siffror, till exempel ÅÅÅÅMMDD-XXXX. Du behöver ha fyllt 18 år.
    }
# Variables:
#   $country (String) - se eller dk
error-volunteer-person-id-required =
    { $country ->
        [dk] Skriv ditt CPR-nummer
       *[other] Skriv ditt personnummer eller samordningsnummer
    }

## Step: too young (an exit: nothing is sent)

step-too-young-title = Du behöver ha fyllt 18 år
too-young-body = Du behöver ha fyllt 18 år för att bli kontaktperson. Ingenting har skickats.
# Variables:
#   $municipality (String) - kommunens namn
too-young-next = Du är välkommen tillbaka när du har fyllt 18. Fram till dess kan du fråga { $municipality } om fritidsaktiviteter och ideellt engagemang för unga.

## Step: volunteer contact details and address

step-volunteer-contact-title = Hur kan kommunen kontakta dig?
step-volunteer-address-title = Vilken adress har du?

## Step: more about the volunteer

step-volunteer-about-title = Mer om dig
field-occupation-label = Ditt yrke eller din sysselsättning (frivilligt)
field-occupation-hint = Till exempel student, undersköterska eller pensionär.
error-occupation-required = Skriv ditt yrke eller din sysselsättning
field-languages-label = Språk du talar (frivilligt)
# Variables:
#   $country (String) - se eller dk
field-languages-hint =
    { $country ->
        [dk] Till exempel danska och engelska.
       *[other] Till exempel svenska och engelska.
    }
error-languages-required = Skriv vilka språk du talar
field-driving-licence-label = Har du körkort?
field-driving-licence-option-yes = Ja
field-driving-licence-option-no = Nej
error-driving-licence-required = Välj ja om du har körkort
field-has-car-label = Har du bil?
field-has-car-option-yes = Ja
field-has-car-option-no = Nej
error-has-car-required = Välj ja om du har bil
field-volunteer-interests-label = Dina intressen (frivilligt)
field-volunteer-interests-hint = Till exempel idrott, musik, matlagning eller friluftsliv.
error-volunteer-interests-required = Skriv dina intressen

## Step: household (contact family)

step-household-title = Ditt hushåll
field-household-adults-label = Hur många andra vuxna bor i ditt hem?
field-household-adults-hint = Räkna inte med dig själv. Skriv 0 om ingen annan bor där.
error-household-adults-required = Skriv hur många andra vuxna som bor i ditt hem
error-household-adults-number-too-large = Skriv 10 eller färre
field-own-children-label = Hur många egna barn bor i ditt hem?
field-own-children-hint = Skriv 0 om inga barn bor där.
error-own-children-required = Skriv hur många egna barn som bor i ditt hem
error-own-children-number-too-large = Skriv 15 eller färre
field-own-children-ages-label = Dina barns åldrar
field-own-children-ages-hint = Bara om du har barn som bor hemma. Till exempel 4, 9 och 12.
error-own-children-ages-required = Skriv dina barns åldrar
field-overnight-room-label = Finns det plats för ett barn att sova över?
field-overnight-room-hint = Till exempel en säng i ett rum där barnet kan sova ostört.
field-overnight-room-option-yes = Ja
field-overnight-room-option-no = Nej
error-overnight-room-required = Välj ja om det finns plats för ett barn att sova över

## Step: availability

step-availability-title = När kan du?
field-hours-per-week-label = Hur många timmar i veckan kan du ge?
field-hours-per-week-option-1-2 = 1–2 timmar
field-hours-per-week-option-3-5 = 3–5 timmar
field-hours-per-week-option-6-10 = 6–10 timmar
field-hours-per-week-option-more-than-10 = Mer än 10 timmar
error-hours-per-week-required = Välj hur många timmar i veckan du kan ge
field-available-days-label = När i veckan är du ledig?
field-available-days-hint = Välj alla som stämmer.
field-available-days-option-weekday-daytime = Vardagar, dagtid
field-available-days-option-weekday-evenings = Vardagkvällar
field-available-days-option-weekends = Helger
error-available-days-required = Välj när i veckan du är ledig
field-available-from-label = Från vilket datum kan du börja?
field-available-from-hint = Till exempel 1 9 2026
error-available-from-required = Skriv vilket datum du kan börja
field-commitment-length-label = Hur länge kan du ta ett uppdrag?
field-commitment-length-hint = Ett uppdrag pågår ofta från sex månader till flera år.
field-commitment-length-option-6-months = Ungefär 6 månader
field-commitment-length-option-1-year = Ungefär ett år
field-commitment-length-option-longer = Längre än ett år
field-commitment-length-option-dont-know = Vet inte än
error-commitment-length-required = Välj hur länge du kan ta ett uppdrag

## Step: qualifications

step-qualifications-title = Utbildning och erfarenhet
field-education-field-label = Inom vilket område har du utbildning?
field-education-field-hint = Välj det område som ligger närmast din högsta utbildning. Kommunen ber om ditt CV och dina intyg senare; skicka inget nu.
field-education-field-option-social-work = Socialt arbete
field-education-field-option-psychology = Psykologi
field-education-field-option-behavioural-science = Beteendevetenskap
field-education-field-option-pedagogy = Pedagogik
field-education-field-option-health-care = Hälso- och sjukvård
field-education-field-option-other = Ett annat område som är relevant för psykosocialt arbete
field-education-field-option-none = Jag har ingen utbildning inom de här områdena
error-education-field-required = Välj inom vilket område du har utbildning
field-education-level-label = Vilken nivå har din utbildning? (frivilligt)
field-education-level-option-university = Universitet eller högskola
field-education-level-option-post-secondary = Annan eftergymnasial utbildning, till exempel yrkeshögskola
field-education-level-option-upper-secondary = Gymnasium
error-education-level-required = Välj vilken nivå din utbildning har
field-experience-years-label = Hur många års erfarenhet har du av psykosocialt arbete med barn och unga?
field-experience-years-hint = Betalt eller ideellt. Skriv 0 om du inte har någon.
error-experience-years-required = Skriv hur många års erfarenhet du har
error-experience-years-number-too-large = Skriv 60 år eller färre
field-experience-description-label = Beskriv din erfarenhet (frivilligt)
field-experience-description-hint = Till exempel var du har arbetat och vad du gjorde. Skriv inte namn eller uppgifter om de personer du har arbetat med.
error-experience-description-required = Beskriv din erfarenhet

## Step: references

step-references-title = Referenser
field-reference-1-name-label = Referens 1: för- och efternamn
field-reference-1-name-hint = Någon som känner dig väl men som inte är släkt med dig, till exempel en arbetsgivare, lärare eller vän.
error-reference-1-name-required = Skriv för- och efternamn på referens 1
field-reference-1-relation-label = Referens 1: hur ni känner varandra
field-reference-1-relation-hint = Till exempel arbetsgivare, kollega eller vän.
error-reference-1-relation-required = Skriv hur du och referens 1 känner varandra
field-reference-1-contact-label = Referens 1: telefonnummer eller e-postadress
# Variables:
#   $country (String) - se eller dk
field-reference-1-contact-hint =
    { $country ->
        [dk] Till exempel 12 34 56 78 eller namn@exempel.se
       *[other] Till exempel 070-123 45 67 eller namn@exempel.se
    }
error-reference-1-contact-required = Skriv telefonnummer eller e-postadress till referens 1
field-reference-2-name-label = Referens 2: för- och efternamn
field-reference-2-name-hint = En annan person som inte är släkt med dig.
error-reference-2-name-required = Skriv för- och efternamn på referens 2
field-reference-2-relation-label = Referens 2: hur ni känner varandra
field-reference-2-relation-hint = Till exempel arbetsgivare, kollega eller vän.
error-reference-2-relation-required = Skriv hur du och referens 2 känner varandra
field-reference-2-contact-label = Referens 2: telefonnummer eller e-postadress
# Variables:
#   $country (String) - se eller dk
field-reference-2-contact-hint =
    { $country ->
        [dk] Till exempel 12 34 56 78 eller namn@exempel.se
       *[other] Till exempel 070-123 45 67 eller namn@exempel.se
    }
error-reference-2-contact-required = Skriv telefonnummer eller e-postadress till referens 2

## Step: register checks (Sweden)

step-register-consent-title = Registerkontroll och tystnadsplikt
field-register-check-consent-label = Registerkontroll
field-register-check-consent-hint = Innan du kan få ett uppdrag kontrollerar kommunen om du finns i socialtjänstens register. Om uppdraget kan gälla någon under 21 år hämtar den också ett utdrag ur polisens belastningsregister. Gäller det bara vuxna kan den be dig beställa ett utdrag själv och visa upp det. Skicka inget registerutdrag här.
field-register-check-consent-option-agree = Jag samtycker till de registerkontroller kommunen får göra
error-register-check-consent-required = Bekräfta att du samtycker till registerkontrollen

## Step: child certificate and criminal record certificate (Denmark)

step-attest-consent-title = Attester och tystnadsplikt
field-children-under-15-label = Kan uppdraget gälla barn under 15 år?
field-children-under-15-hint = Kommunen måste hämta in en børneattest innan du får vara med barn under 15 år. Om du valde barn under 15 år eller familjer är svaret ja.
field-children-under-15-option-yes = Ja
field-children-under-15-option-no = Nej
field-children-under-15-option-dont-know = Vet inte
error-children-under-15-required = Välj om uppdraget kan gälla barn under 15 år
error-children-under-15-contradicts-earlier-answer = Du valde barn under 15 år eller familjer, så välj ja eller gå tillbaka och ändra vem du vill stötta
field-borneattest-consent-label = Børneattest
field-borneattest-consent-hint = En børneattest visar om du har dömts för sexualbrott mot barn under 15 år. Kommunen beställer den, och du blir ombedd att bekräfta ditt samtycke.
field-borneattest-consent-option-agree = Jag samtycker till att kommunen hämtar in en børneattest om mig
error-borneattest-consent-required = Bekräfta att du samtycker till en børneattest
field-straffeattest-consent-label = Straffeattest (frivilligt)
field-straffeattest-consent-hint = En del kommuner ber också om en straffeattest, ett utdrag ur det danska brottsregistret. Den visar vissa domar för brott.
field-straffeattest-consent-option-agree = Jag samtycker till att kommunen hämtar in en straffeattest om mig om den ber om det
error-straffeattest-consent-required = Bekräfta att du samtycker till en straffeattest

## Volunteers, both consent pages: the duty of confidentiality read

field-volunteer-secrecy-read-label = Tystnadsplikt
field-volunteer-secrecy-read-hint = { volunteer-info-confidentiality }
field-volunteer-secrecy-read-option-read = Jag har läst om min tystnadsplikt
error-volunteer-secrecy-read-required = Bekräfta att du har läst om din tystnadsplikt

## Step: check answers

step-check-answers-title = Kontrollera dina svar
check-answers-change = Ändra
check-answers-not-answered = Inte besvarad
check-answers-masked-id-hint = En del av numret är dolt här för att skydda dina uppgifter.
check-answers-declaration = När du skickar bekräftar du att uppgifterna är riktiga så vitt du vet.
check-answers-send-family = Skicka ansökan
check-answers-send-volunteer = Skicka intresseanmälan
check-answers-sending = Skickar…

## Sending: errors and status

submit-error-network = Vi kunde inte nå kommunens tjänst. Kontrollera din internetuppkoppling och försök igen.
submit-error-timeout = Kommunens tjänst svarade inte i tid. Försök igen om en stund.
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
submit-error-server = Det är ett problem hos kommunen, och dina svar har inte skickats. Försök igen senare, eller ring { $municipality } på { $phone }.
submit-error-rate-limited = Du har försökt för många gånger. Vänta en minut och försök igen.
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
submit-error-rejected = Kommunens tjänst tog inte emot dina svar. Kontrollera dina svar och försök igen. Händer det igen, ring { $municipality } på { $phone }.
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
submit-error-config = Tjänsten är inte rätt inställd, så dina svar kan inte skickas. Ring { $municipality } på { $phone }.
submit-retrying = Försöker igen…
submit-queued = Väntar på uppkoppling – dina svar skickas när du är uppkopplad igen

## Step: confirmation

step-confirmation-title = Dina svar har skickats
confirmation-panel-title-family = Ansökan skickad
confirmation-panel-title-volunteer = Intresseanmälan skickad
confirmation-reference-label = Ditt referensnummer
confirmation-digest-label = Kvittokod (kontrollsumma)
confirmation-digest-hint = Koden är ett slags fingeravtryck av exakt det som skickades. Med den kan du och kommunen kontrollera att ingenting har ändrats.
confirmation-digest-show = Visa hela koden
confirmation-next-heading = Vad händer nu
# Variables:
#   $municipality (String) - kommunens namn
confirmation-next-family = { $municipality } kontaktar dig, oftast inom ett par veckor. Socialtjänsten gör sedan en utredning och pratar med dig. Därefter fattar de beslut om stödet. Om du inte håller med om beslutet kan du oftast överklaga. I beslutet står det hur du gör. I beslutet står det oftast också när stödet ska följas upp.
# Variables:
#   $municipality (String) - kommunens namn
confirmation-next-volunteer = { $municipality } kontaktar dig för att boka en intervju. De pratar också med dina referenser och kontrollerar register. Det kan ta tid att hitta rätt uppdrag för dig.
confirmation-answers-heading = Dina svar
confirmation-print = Skriv ut dina svar
# Variables:
#   $municipality (String) - kommunens namn
#   $phone (String) - kommunens telefonnummer
confirmation-contact = Har du frågor kan du ringa { $municipality } på { $phone }.

## Errors shared by many fields

# Variables:
#   $max (Number) - högsta antal tecken
error-too-long = Skriv högst { $max } tecken
error-control-characters = Ta bort dolda tecken, till exempel sådana som kopierats från ett annat program
error-date-incomplete = Fyll i dag, månad och år
error-date-not-real = Skriv ett datum som finns, till exempel 27 3 2012
error-date-in-future = Födelsedatumet måste vara i dag eller tidigare
error-not-a-number = Skriv en siffra, till exempel 2
error-number-too-large = Skriv ett mindre tal
error-contradicts-earlier-answer = Svaret stämmer inte med ett tidigare svar. Ändra ett av dem

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
error-personnummer-birth-number = Kontrollera personnumret – de tre siffrorna efter datumet kan inte vara 000
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

outcome-may-fit = Ett eller flera stöd kan passa. Kommunen beslutar efter sin egen utredning.
outcome-unclear = Utifrån svaren går det inte att säga vilket stöd som kan passa. Kommunen tar reda på det i sin utredning.
outcome-redirect-orosanmalan = Är du orolig för att ett barn far illa ska du göra en orosanmälan till socialtjänsten i stället för en ansökan. Ring 112 vid akut fara.
outcome-redirect-underretning = Är du orolig för ett barn i Danmark, gör en underretning till kommunen i stället för en ansökan. Vid vanvård eller fara för barnets hälsa eller utveckling är alla skyldiga att göra det. Ring 112 vid akut fara.

## Measures: name and short description
## Swedish measures (SoL, LSS) and Danish measures (barnets lov, serviceloven). Keep the statutory names.

measure-kontaktperson = Kontaktperson
measure-kontaktperson-description = En person som ger stöd och sällskap i vardagen, till exempel på fritiden. Kan passa både barn och vuxna.
measure-kontaktfamilj = Kontaktfamilj
measure-kontaktfamilj-description = En familj som personen regelbundet är hos, till exempel vissa helger, så att familjen får avlastning.
measure-sarskilt-kvalificerad-kontaktperson = Särskilt kvalificerad kontaktperson (SKK)
measure-sarskilt-kvalificerad-kontaktperson-description = En kontaktperson med särskild kompetens för en ung person under 21 år som behöver stöd mot risk för brott, missbruk eller annat socialt nedbrytande beteende. Ni träffas ofta, omkring 10 timmar i veckan och ofta fem dagar i veckan, och arbetar mot uppsatta mål som följs upp regelbundet med kommunen.
measure-lss-bitrade-av-kontaktperson = Biträde av kontaktperson (LSS)
measure-lss-bitrade-av-kontaktperson-description = Biträde av kontaktperson för den som ingår i LSS personkrets, till exempel för att bryta isolering och få sällskap.
measure-fast-kontaktperson-barn = Fast kontaktperson för barnet (Danmark)
measure-fast-kontaktperson-barn-description = En fast vuxen som stöttar barnet eller den unge.
measure-fast-kontaktperson-familie = Fast kontaktperson för hela familjen (Danmark)
measure-fast-kontaktperson-familie-description = En fast vuxen som stöttar hela familjen.
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
reason-sol-alternative-to-lss = Personen kan också få stöd enligt socialtjänstlagen i stället för enligt LSS.
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
reason-joint-custody-both-consent = Vid gemensam vårdnad (fælles forældremyndighed) ber kommunen normalt båda föräldrarna om samtycke.
reason-other-custody-holder-refuses = Den andra föräldern med vårdnad (forældremyndighedsindehaver) säger nej. Insatsen kräver samtycke, så kommunen bedömer vad som är möjligt.
reason-child-party-from-10 = Ett barn som har fyllt 10 år är part i ärendet.
reason-family-relief-other-support = En fast kontaktperson ger inte avlastning, men kommunen kan erbjuda annat stöd, till exempel avlastningsvistelser.
reason-redirect-underretning = Alla kan underrätta kommunen. Vid vanvård eller fara för barnets hälsa eller utveckling är alla skyldiga att göra det, och den som arbetar med barn har en skärpt skyldighet (skærpet underretningspligt).
reason-birth-date-missing = Födelsedatum saknas, så det går inte att säga vilka regler som gäller.
reason-birth-date-in-future = Födelsedatumet ligger i framtiden. Kontrollera datumet.
reason-applicant-role-does-not-fit-age = Din roll stämmer inte med personens ålder. En vuxen ansöker själv eller genom god man, förvaltare eller værge. För ett barn ansöker vårdnadshavaren, och en ung person kan också själv be om stöd.
reason-no-need-stated = Inget behov är angivet. Kommunen tar reda på behovet i sin utredning.
reason-representative-applies = En god man, förvaltare eller værge kan bara företräda personen inom sitt uppdrag. Personens egen vilja ska ändå tas till vara.
reason-representative-in-guardians-place = En god man för ett ensamkommande barn ansöker och samtycker i vårdnadshavarens ställe.
reason-relative-applies = Du ansöker som anhörig. Den vuxna ansöker eller samtycker själv, eller genom god man, förvaltare eller værge.
reason-adult-does-not-agree = Personen håller inte med. Stödet kan inte ges utan personens samtycke, men kommunen kan berätta vilket annat stöd som finns, även för dig som anhörig.

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
consent-flag-both-custody-holders = Kommunen ber normalt båda föräldrarna med vårdnad om samtycke.
consent-flag-other-guardian-refuses-not-blocking = Den andra vårdnadshavaren säger nej. Det hindrar inte ansökan. Socialnämnden kan besluta ändå om barnets bästa kräver det.
# Variables:
#   $country (String) - se or dk
consent-flag-other-guardian-refuses =
    { $country ->
        [dk] Den andra föräldern med forældremyndighed säger nej.
       *[other] Den andra vårdnadshavaren säger nej.
    }
consent-flag-other-guardian-not-asked-yet = Den andra vårdnadshavaren har inte tillfrågats ännu.
consent-flag-committee-may-proceed-without-guardians = Socialnämnden kan besluta utan vårdnadshavarnas samtycke om den bedömer att det är lämpligt och barnet själv samtycker.
consent-flag-child-party-from-10 = Barnet har fyllt 10 år och är part i ärendet.
consent-flag-only-if-clearly-unable-to-decide = Bara om personen är under 15 år eller uppenbart inte själv kan ta ställning.
consent-flag-representative-in-guardians-place = Den gode mannen gör det i vårdnadshavarens ställe.
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
act-lag-2005-429 = lagen (2005:429) om god man för ensamkommande barn
verified-confirmed = Bekräftad mot lagtexten
verified-believed-correct = Troligen korrekt, inte kontrollerad mot lagtexten
verified-unconfirmed = Inte bekräftad, behöver granskas

## Volunteers: becoming a contact person
## Requirements, their status, and the overall indication. The municipality does its own suitability investigation.

volunteer-at-least-18 = Du behöver ha fyllt 18 år.
volunteer-skk-education-or-experience = Som särskilt kvalificerad kontaktperson behöver du utbildning i eller erfarenhet av psykosocialt arbete.
volunteer-register-check-consent = Du samtycker till att kommunen kontrollerar uppgifter i register, till exempel belastningsregistret.
volunteer-own-record-extract = För ett uppdrag med bara vuxna kan kommunen inte själv hämta uppgifter ur belastningsregistret. Den kan be dig beställa ett utdrag från Polisen och visa upp det.
volunteer-borneattest-consent = Du samtycker till att kommunen hämtar in en børneattest. Det krävs när uppdraget gäller barn under 15 år.
volunteer-status-met = Uppfyllt
volunteer-status-not-met = Saknas
volunteer-status-unknown = Vet inte ännu
volunteer-status-to-check = Kommunen kontrollerar
volunteer-outcome-may-proceed = Du verkar uppfylla de grundläggande kraven. Kommunen gör sin egen utredning innan den beslutar.
volunteer-outcome-requirements-not-met = Något av de grundläggande kraven verkar inte vara uppfyllt. Kontakta kommunen om du har frågor.
volunteer-outcome-unclear = Vi kan inte säga om du uppfyller kraven. Kommunen tar reda på det.

## Spara och fortsätt senare (utkast), och en ansökan som inte skickats än

draft-save = Spara och fortsätt senare
draft-saved-title = Dina svar är sparade på den här enheten
draft-saved-body = De är krypterade och ingen kan läsa dem utan koden nedan, så det går bra även på en delad dator.
draft-code-label = Din kod för att fortsätta
draft-saving = Sparar …
# Variables:
#   $date (String) - the day the saved answers are deleted
draft-saved-until = Sparat till { $date }. Skriv upp koden: den visas inte igen, och ingen kan ta fram den åt dig.
draft-unavailable = Dina svar gick inte att spara i den här webbläsaren. Fortsätt med formuläret, eller ring kommunen.
draft-copy = Kopiera koden
draft-copied = Koden är kopierad.
draft-print = Skriv ut koden
draft-back = Fortsätt med formuläret
draft-resume-title = Vill du fortsätta där du slutade?
draft-resume-body = Det finns svar sparade på den här enheten. Skriv din kod för att fortsätta, eller börja om.
draft-code-input = Din kod
draft-code-hint = 16 bokstäver och siffror, till exempel 7WN9-R6VX-3F2A-9C1B
draft-resume = Fortsätt
draft-start-over = Börja om och radera de sparade svaren
draft-opening = Öppnar …
draft-code-invalid = Skriv de 16 bokstäverna och siffrorna i din kod
draft-code-wrong = Koden öppnar inte de sparade svaren. Kontrollera den och försök igen.
# Variables:
#   $pages (String) - the titles of the pages whose questions changed
draft-changed = Några frågor har ändrats sedan du sparade. Kontrollera de här sidorna igen: { $pages }
pending-title = Inte skickat än
pending-body = Dina svar finns kvar krypterade på den här enheten. Om du stänger sidan kan du öppna den igen senare och skriva den här koden för att skicka dem.
pending-resume-title = Svar från den här enheten har inte skickats än
pending-resume-body = Skriv koden du fick för att skicka dem nu.
pending-send = Skicka nu
pending-not-now = Inte nu
pending-not-sent = De gick inte att skicka än. De finns kvar på den här enheten: försök igen senare.
pending-sent-title = Dina svar har skickats
