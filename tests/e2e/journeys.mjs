// The journeys of issues #6 and #7 as data: what a person answers on each page, and what the
// receiver must have stored. Birth dates are worked out from today's date, so the ages hold on
// any day the tests run.

/** Today's date in the browser's sense (local time), as [year, month, day]. */
export function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

/** A birth date `years` years and `days` days before today. */
export function bornYearsAgo(years, days = 30) {
  const [y, m, d] = today();
  const date = new Date(Date.UTC(y - years, m - 1, d) - days * 86400000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const pad = (n) => String(n).padStart(2, '0');

/** A Swedish personnummer with a valid check digit, `YYYYMMDD-NNNC`. */
export function personnummer([y, m, d], serial = '238') {
  const digits = `${pad(y % 100)}${pad(m)}${pad(d)}${serial}`;
  let sum = 0;
  [...digits].forEach((c, i) => {
    const n = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(n / 10) + (n % 10);
  });
  return `${y}${pad(m)}${pad(d)}-${serial}${(10 - (sum % 10)) % 10}`;
}

/** A Danish CPR number `DDMMYY-SSSS`; the 7th digit 4 gives 2000–2036, 1 the 1900s. */
export function cpr([y, m, d]) {
  return `${pad(d)}${pad(m)}${pad(y % 100)}-${y >= 2000 ? 4 : 1}321`;
}

export const iso = ([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`;

// Page actions: ['choose', field, key] ticks a radio or checkbox; ['type', id, text] fills a
// text box; ['date', field, [y, m, d]] fills a date input.
const choose = (field, key) => ['choose', field, key];
const type = (id, text) => ['type', id, text];
const date = (field, ymd) => ['date', field, ymd];

const seContact = [type('phone', '070-123 45 67'), choose('contact-method', 'phone'), choose('contact-time', 'morning')];
const dkContact = [type('phone', '12 34 56 78'), type('email', 'familie@example.dk'), choose('contact-method', 'email'), choose('contact-time', 'any-time')];
const seAddress = [type('street-address', 'Storgatan 1'), type('postal-code', '123 45'), type('city', 'Exempelby')];
const dkAddress = [type('street-address', 'Nørregade 1'), type('postal-code', '2100'), type('city', 'Eksempelby')];
const consents = [choose('consent-confirm', 'confirm'), choose('secrecy-read', 'read')];

/**
 * Each journey: `host` page, `pages` ([step id, actions] in order, ending before check
 * answers or at an exit page), and `stored`, checked against the JSON the receiver kept
 * (`null`: nothing may be sent).
 */
export function familyJourneys() {
  const nine = bornYearsAgo(9);
  const thirteen = bornYearsAgo(13);
  const sixteen = bornYearsAgo(16);
  const adult = bornYearsAgo(34);
  const dkChild = bornYearsAgo(8);
  const nineteen = bornYearsAgo(19);
  return [
    {
      name: 'SE guardian of a 9-year-old, two agreeing guardians (kontaktperson)',
      host: '/open.html',
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'guardian')]],
        ['person', [type('person-name', 'Alva Lind'), choose('has-person-id', 'yes')]],
        ['person-id', [type('person-id', personnummer(nine))]],
        ['birth-date', []],
        ['custody', [choose('custody', 'two')]],
        ['other-guardian', [choose('other-guardian-agrees', 'agrees'), type('other-guardian-name', 'Per Lind')]],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'company-and-leisure'), choose('meeting-frequency', 'weekly')]],
        ['child-view', [choose('child-asked', 'yes'), type('child-opinion', 'Alva vill gärna träffa någon som gillar fotboll.')]],
        ['lss', [choose('lss-personkrets', 'no')]],
        ['children', [choose('add-another-child', 'no')]],
        ['preferences', [type('preferred-languages', 'svenska, arabiska')]],
        ['request', [type('help-wanted', 'Alva behöver en vuxen att göra saker med på fritiden.'), choose('social-services-contact', 'yes'), type('caseworker-name', 'Eva Berg')]],
        ['about-you', [type('applicant-name', 'Karin Lind')]],
        ['contact', seContact],
        ['interpreter', [choose('interpreter', 'yes'), type('interpreter-language', 'arabiska'), type('contact-language', 'svenska')]],
        ['address', seAddress],
        ['same-address', [choose('same-address', 'no')]],
        ['own-address', [type('own-street-address', 'Lillgatan 2'), type('own-postal-code', '123 46'), type('own-city', 'Exempelby')]],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'se',
        answers: {
          'person-id': personnummer(nine).replace('-', ''),
          'birth-date': iso(nine),
          custody: 'two',
          'other-guardian-agrees': 'agrees',
          phone: '+46701234567',
          'postal-code': '123 45',
          'child-asked': 'yes',
          'social-services-contact': 'yes',
          'caseworker-name': 'Eva Berg',
          interpreter: 'yes',
          'interpreter-language': 'arabiska',
          'same-address': 'no',
          'own-postal-code': '123 46',
        },
        absent: ['family-treatment', 'may-contact-guardians'],
        measures: ['kontaktperson'],
        consenters: ['guardians'],
      },
    },
    {
      name: 'SE 13-year-old applying alone (the 12–14 route)',
      host: '/open.html',
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'young-person')]],
        ['person', [type('person-name', 'Noah Berg'), choose('has-person-id', 'no')]],
        ['birth-date', [date('birth-date', thirteen)]],
        ['custody', [choose('custody', 'two')]],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'company-and-leisure'), choose('needs', 'school-education-or-work'), choose('meeting-frequency', 'weekly')]],
        ['lss', [choose('lss-personkrets', 'no')]],
        ['preferences', []],
        ['request', [type('help-wanted', 'Jag vill ha någon att prata med.')]],
        ['contact', seContact],
        ['interpreter', []],
        ['contact-guardians', [choose('may-contact-guardians', 'yes')]],
        ['guardian-details', [type('guardian-name', 'Lena Berg'), type('guardian-phone', '070-765 43 21')]],
        ['address', seAddress],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'se',
        answers: { applicant: 'young-person', 'birth-date': iso(thirteen), 'may-contact-guardians': 'yes', 'guardian-phone': '+46707654321' },
        absent: ['person-id', 'other-guardian-name', 'child-asked', 'same-address'],
        measures: ['kontaktperson'],
        flags: ['committee-may-proceed-without-guardians'],
      },
    },
    {
      name: 'SE 16-year-old at risk (SKK)',
      host: '/open.html',
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'young-person')]],
        ['person', [type('person-name', 'Elias Holm'), choose('has-person-id', 'yes')]],
        ['person-id', [type('person-id', personnummer(sixteen, '457'))]],
        ['birth-date', []],
        ['custody', [choose('custody', 'one')]],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'risk-behaviour'), choose('meeting-frequency', 'several-a-week')]],
        ['lss', [choose('lss-personkrets', 'no')]],
        ['preferences', []],
        ['request', []],
        ['contact', seContact],
        ['interpreter', []],
        ['contact-guardians', []],
        ['address', seAddress],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'se',
        answers: { needs: ['risk-behaviour'] },
        absent: ['may-contact-guardians', 'guardian-name'],
        measures: ['sarskilt-kvalificerad-kontaktperson'],
        consenters: ['person'],
      },
    },
    {
      name: 'SE adult in the LSS personkrets (LSS 9 § 4)',
      host: '/open.html',
      keyboard: true,
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'adult')]],
        ['person', [type('person-name', 'Sara Ek'), choose('has-person-id', 'no')]],
        ['birth-date', [date('birth-date', adult)]],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'company-and-leisure'), choose('meeting-frequency', 'every-other-week')]],
        ['lss', [choose('lss-personkrets', 'yes')]],
        ['preferences', []],
        ['request', []],
        ['contact', seContact],
        ['interpreter', []],
        ['address', seAddress],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'se',
        answers: { 'lss-personkrets': 'yes' },
        // LSS 9 § 4, with SoL kontaktperson as the alternative.
        measures: ['kontaktperson', 'lss-bitrade-av-kontaktperson'],
      },
    },
    {
      name: 'SE relative caring for an adult (seed 004, LSS 9 § 4)',
      host: '/open.html',
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'relative')]],
        ['person', [type('person-name', 'Erik Ek'), choose('has-person-id', 'no')]],
        ['birth-date', [date('birth-date', adult)]],
        ['adult-agreement', [choose('adult-agrees', 'agrees')]],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'company-and-leisure'), choose('meeting-frequency', 'weekly')]],
        ['lss', [choose('lss-personkrets', 'yes')]],
        ['preferences', []],
        ['request', []],
        ['about-you', [type('applicant-name', 'Maja Ek')]],
        ['contact', seContact],
        ['interpreter', []],
        ['address', seAddress],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'se',
        answers: { applicant: 'relative', 'adult-agrees': 'agrees' },
        absent: ['custody'],
        measures: ['kontaktperson', 'lss-bitrade-av-kontaktperson'],
        consenters: ['person'],
      },
    },
    {
      name: 'SE third party: the exit page, and nothing sent',
      host: '/open.html',
      pages: [
        ['country', [choose('country', 'se')]],
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'third-party')]],
      ],
      exit: 'third-party',
      stored: null,
    },
    {
      name: 'DK joint custody, whole family (§ 32 stk. 1 nr. 3), with protected identity',
      host: '/dk.html',
      pages: [
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'guardian')]],
        ['person', [type('person-name', 'Freja Jensen'), choose('has-person-id', 'yes')]],
        ['person-id', [type('person-id', cpr(dkChild))]],
        ['birth-date', []],
        ['custody', [choose('custody', 'two')]],
        ['other-guardian', [choose('other-guardian-agrees', 'agrees'), type('other-guardian-name', 'Jonas Jensen'), type('other-guardian-phone', '87 65 43 21')]],
        ['protected-identity', [choose('protected-identity', 'yes')]],
        ['needs', [choose('needs', 'routines-and-structure'), choose('meeting-frequency', 'weekly')]],
        ['child-view', [choose('child-asked', 'not-yet')]],
        ['whole-family', [choose('whole-family', 'yes')]],
        ['children', [choose('add-another-child', 'no')]],
        ['preferences', []],
        ['request', [type('help-wanted', 'Freja har brug for en fast voksen, mens vi er i familiebehandling.'), choose('social-services-contact', 'yes')]],
        ['family-treatment', [choose('family-treatment', 'yes')]],
        ['about-you', [type('applicant-name', 'Maria Jensen')]],
        ['contact', dkContact],
        ['interpreter', [choose('interpreter', 'no'), type('contact-language', 'dansk')]],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'dk',
        answers: { 'protected-identity': 'yes', 'whole-family': 'yes', 'other-guardian-phone': '+4587654321', email: 'familie@example.dk', 'child-asked': 'not-yet', 'family-treatment': 'yes', interpreter: 'no', 'contact-language': 'dansk' },
        absent: ['street-address', 'postal-code', 'city', 'same-address', 'own-street-address'],
        measures: ['fast-kontaktperson-familie'],
        flags: ['both-custody-holders'],
      },
    },
    {
      name: 'DK 19-year-old supported before 18 (ungestøtte)',
      host: '/dk.html',
      pages: [
        ['purpose', [choose('purpose', 'apply')]],
        ['applicant', [choose('applicant', 'adult')]],
        ['person', [type('person-name', 'Oliver Nielsen'), choose('has-person-id', 'yes')]],
        ['person-id', [type('person-id', cpr(nineteen))]],
        ['birth-date', []],
        ['protected-identity', [choose('protected-identity', 'no')]],
        ['needs', [choose('needs', 'school-education-or-work'), choose('meeting-frequency', 'weekly')]],
        ['supported-before-18', [choose('supported-before-18', 'yes')]],
        ['preferences', []],
        ['request', []],
        ['contact', dkContact],
        ['interpreter', []],
        ['address', dkAddress],
        ['indication', []],
        ['consents', consents],
      ],
      stored: {
        kind: 'family-application',
        country: 'dk',
        answers: { 'supported-before-18': 'yes', 'postal-code': '2100' },
        measures: ['ungestotte'],
      },
    },
  ];
}

const references = [
  type('reference-1-name', 'Per Ek'), type('reference-1-relation', 'Kollega'), type('reference-1-contact', 'per@example.se'),
  type('reference-2-name', 'Eva Ek'), type('reference-2-relation', 'Granne'), type('reference-2-contact', '070-765 43 21'),
];
const availability = (from) => [
  choose('hours-per-week', '3-5'), choose('available-days', 'weekends'), date('available-from', from), choose('commitment-length', '1-year'),
];
const about = [type('occupation', 'Lärare'), choose('driving-licence', 'yes'), choose('has-car', 'no')];
const seConsent = [choose('register-check-consent', 'agree'), choose('volunteer-secrecy-read', 'read')];

export function volunteerJourneys() {
  const adult = bornYearsAgo(41);
  const seventeen = bornYearsAgo(17, 200);
  const from = bornYearsAgo(-1);
  const seStart = (role, group = 'children-15-17') => [
    ['country', [choose('country', 'se')]],
    ['purpose', [choose('purpose', 'volunteer')]],
    ['volunteer-info', []],
    ['volunteer-roles', [choose('volunteer-roles', role)]],
    ['support-groups', [choose('support-groups', group)]],
  ];
  const dkStart = (groups) => [
    ['purpose', [choose('purpose', 'volunteer')]],
    ['volunteer-info', []],
    ['support-groups', groups.map((group) => choose('support-groups', group))],
    ['volunteer-identity', [type('applicant-name', 'Mette Hansen'), type('volunteer-person-id', cpr(adult))]],
    ['volunteer-contact', [type('phone', '12 34 56 78')]],
    ['volunteer-address', dkAddress],
    ['volunteer-about', [choose('driving-licence', 'yes'), choose('has-car', 'yes')]],
    ['availability', availability(from)],
    ['references', [
      type('reference-1-name', 'Jens Jensen'), type('reference-1-relation', 'Kollega'), type('reference-1-contact', 'jens@example.dk'),
      type('reference-2-name', 'Anne Holm'), type('reference-2-relation', 'Nabo'), type('reference-2-contact', '87 65 43 21'),
    ]],
  ];
  const seIdentity = [
    ['volunteer-identity', [type('applicant-name', 'Sara Berg'), type('volunteer-person-id', personnummer(adult, '123'))]],
    ['volunteer-contact', [type('phone', '070-123 45 67'), type('email', 'sara@example.se')]],
    ['volunteer-address', seAddress],
    ['volunteer-about', about],
  ];
  const seKontaktperson = (group) => [
    ...seStart('kontaktperson', group),
    ...seIdentity,
    ['availability', availability(from)],
    ['references', references],
    ['register-consent', seConsent],
  ];
  return [
    {
      name: 'SE kontaktperson',
      host: '/open.html',
      pages: seKontaktperson('children-15-17'),
      stored: {
        kind: 'volunteer-registration',
        country: 'se',
        answers: { 'volunteer-roles': ['kontaktperson'], 'register-check-consent': ['agree'], 'volunteer-secrecy-read': ['read'], 'reference-2-contact': '+46707654321' },
        absent: ['household-adults', 'education-field'],
        requirements: ['at-least-18 met', 'register-check-consent met'],
      },
    },
    {
      name: 'SE kontaktperson for adults only',
      host: '/open.html',
      pages: seKontaktperson('adults'),
      stored: {
        kind: 'volunteer-registration',
        country: 'se',
        answers: { 'support-groups': ['adults'], 'volunteer-secrecy-read': ['read'] },
        requirements: ['at-least-18 met', 'own-record-extract to-check'],
      },
    },
    {
      name: 'SE kontaktfamilj with own children',
      host: '/open.html',
      pages: [
        ...seStart('kontaktfamilj'),
        ...seIdentity,
        ['household', [type('household-adults', '1'), type('own-children', '2'), type('own-children-ages', '4 och 7'), choose('overnight-room', 'yes')]],
        ['availability', availability(from)],
        ['references', references],
        ['register-consent', seConsent],
      ],
      stored: {
        kind: 'volunteer-registration',
        country: 'se',
        answers: { 'own-children': '2', 'own-children-ages': '4 och 7', 'overnight-room': 'yes' },
      },
    },
    {
      name: 'SE SKK with qualifications',
      host: '/open.html',
      pages: [
        ...seStart('skk'),
        ...seIdentity,
        ['availability', availability(from)],
        ['qualifications', [choose('education-field', 'social-work'), choose('education-level', 'university'), type('experience-years', '6'), type('experience-description', 'Fältassistent i sex år.')]],
        ['references', references],
        ['register-consent', seConsent],
      ],
      stored: {
        kind: 'volunteer-registration',
        country: 'se',
        answers: { 'volunteer-roles': ['skk'], 'education-field': 'social-work', 'experience-years': '6' },
      },
    },
    {
      name: 'SE 17-year-old stopped with a clear message, and nothing sent',
      host: '/open.html',
      pages: [
        ...seStart('kontaktperson'),
        ['volunteer-identity', [type('applicant-name', 'Leo Lund'), type('volunteer-person-id', personnummer(seventeen, '345'))]],
      ],
      exit: 'too-young',
      stored: null,
    },
    {
      name: 'DK fast kontaktperson with børneattest consent',
      host: '/dk.html',
      pages: [
        ...dkStart(['children-under-15', 'families']),
        ['attest-consent', [choose('children-under-15', 'yes'), choose('borneattest-consent', 'agree'), choose('volunteer-secrecy-read', 'read')]],
      ],
      stored: {
        kind: 'volunteer-registration',
        country: 'dk',
        answers: { 'children-under-15': 'yes', 'borneattest-consent': ['agree'], 'volunteer-secrecy-read': ['read'] },
        absent: ['volunteer-roles', 'register-check-consent'],
        requirements: ['at-least-18 met', 'borneattest-consent met'],
      },
    },
    {
      name: 'DK young people 15-17 only, no børneattest needed',
      host: '/dk.html',
      pages: [
        ...dkStart(['children-15-17']),
        ['attest-consent', [choose('children-under-15', 'no'), choose('volunteer-secrecy-read', 'read')]],
      ],
      stored: {
        kind: 'volunteer-registration',
        country: 'dk',
        answers: { 'support-groups': ['children-15-17'], 'children-under-15': 'no' },
        absent: ['borneattest-consent'],
        requirements: ['at-least-18 met'],
      },
    },
  ];
}
