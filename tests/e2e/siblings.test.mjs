// Several children in one application (issue #13 §1): a guardian adds two siblings on the
// children page (GOV.UK "add another"), each child gets their own pages and indication, one is
// removed from check answers, and the receiver stores the two that are left, each checked
// with the same rules. In Swedish (Sweden) and Danish (Denmark), with axe on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startWithReceiver, openPage, axe, focusIs, waitForStep, act, RESULTS } from './browser.mjs';
import { bornYearsAgo, personnummer, cpr } from './journeys.mjs';

let env;
before(async () => { env = await startWithReceiver(); });
after(async () => { await env?.close(); });

const SHOTS = join(RESULTS, 'siblings');
await mkdir(SHOTS, { recursive: true });

const choose = (field, key) => ['choose', field, key];
const type = (id, text) => ['type', id, text];
const date = (field, ymd) => ['date', field, ymd];

/** A child's own pages; `id` is their identity number, or none (then the birth date is typed). */
function childPages(country, name, birth, { id, lss = 'no' } = {}) {
  const last = country === 'se' ? ['lss', [choose('lss-personkrets', lss)]] : ['whole-family', [choose('whole-family', 'no')]];
  return [
    ['person', [type('person-name', name), choose('has-person-id', id ? 'yes' : 'no')]],
    ...(id ? [['person-id', [type('person-id', id)]], ['birth-date', []]] : [['birth-date', [date('birth-date', birth)]]]),
    ['protected-identity', [choose('protected-identity', 'no')]],
    ['needs', [choose('needs', 'company-and-leisure'), choose('meeting-frequency', 'weekly')]],
    ['child-view', [choose('child-asked', 'yes')]],
    last,
  ];
}

const FAMILIES = {
  sv: {
    country: 'se',
    children: [
      ['Alva Lind', bornYearsAgo(9), { id: personnummer(bornYearsAgo(9)) }],
      ['Elis Lind', bornYearsAgo(13), { lss: 'yes' }],
      ['Tove Lind', bornYearsAgo(16), {}],
    ],
    custody: [['custody', [choose('custody', 'one')]]],
    rest: [
      ['preferences', []],
      ['request', []],
      ['about-you', [type('applicant-name', 'Karin Lind')]],
      ['contact', [type('phone', '070-123 45 67'), choose('contact-method', 'phone'), choose('contact-time', 'morning')]],
      ['interpreter', []],
      ['address', [type('street-address', 'Storgatan 1'), type('postal-code', '123 45'), type('city', 'Exempelby')]],
      ['same-address', [choose('same-address', 'yes')]],
    ],
    heading: 'Barn',
  },
  da: {
    country: 'dk',
    children: [
      ['Ida Holm', bornYearsAgo(8), { id: cpr(bornYearsAgo(8)) }],
      ['Emil Holm', bornYearsAgo(12), {}],
      ['Sofie Holm', bornYearsAgo(15), {}],
    ],
    custody: [['custody', [choose('custody', 'one')]]],
    rest: [
      ['preferences', []],
      ['request', []],
      ['family-treatment', []],
      ['about-you', [type('applicant-name', 'Mette Holm')]],
      ['contact', [type('phone', '12 34 56 78'), choose('contact-method', 'phone'), choose('contact-time', 'any-time')]],
      ['interpreter', []],
      ['address', [type('street-address', 'Nørregade 1'), type('postal-code', '2100'), type('city', 'Eksempelby')]],
      ['same-address', [choose('same-address', 'yes')]],
    ],
    heading: 'Barn',
  },
};

async function check(page, name, lang) {
  assert.deepEqual(await axe(page), [], `axe on ${name} (${lang})`);
  await page.screenshot({ path: join(SHOTS, `${name}-${lang}.png`), fullPage: true });
}

async function go(page, pages, lang, prefix) {
  for (const [id, actions] of pages) {
    await waitForStep(page, id);
    await check(page, `${prefix}-${id}`, lang);
    for (const action of actions) await act(page, action);
    await page.click('form button[type=submit]');
  }
}

for (const [lang, family] of Object.entries(FAMILIES)) {
  test(`a guardian applies for three children, removes one at check answers, and two are stored (${lang})`, async () => {
    const { page, context } = await openPage(env, '/open.html');
    await page.click(`#iw-language-${lang}`);
    await page.waitForFunction((l) => document.querySelector('[data-intake-wizard]').lang === l, lang);
    const rowsBefore = env.stored().length;
    const [first, ...others] = family.children;
    const [firstName, firstBirth, firstOptions] = first;
    const firstPages = childPages(family.country, firstName, firstBirth, firstOptions);
    // The custody question comes after the first child's birth date, once for everyone.
    const at = firstPages.findIndex(([id]) => id === 'birth-date') + 1;
    await go(page, [
      ['country', [choose('country', family.country)]],
      ['purpose', [choose('purpose', 'apply')]],
      ['applicant', [choose('applicant', 'guardian')]],
      ...firstPages.slice(0, at), ...family.custody, ...firstPages.slice(at),
    ], lang, 'child-1');
    for (const [index, [name, birth, options]] of others.entries()) {
      await waitForStep(page, 'children');
      assert.equal(await page.locator('.iw-page[data-step=children] h3').count(), index + 1, 'the children added so far are listed');
      await check(page, `children-${index + 1}`, lang);
      // The question must be answered.
      await page.click('form button[type=submit]');
      await focusIs(page, 'iw-error-summary');
      await act(page, choose('add-another-child', 'yes'));
      await page.click('form button[type=submit]');
      await go(page, childPages(family.country, name, birth, options), lang, `child-${index + 2}`);
    }
    await waitForStep(page, 'children');
    assert.match(await page.locator('.iw-page[data-step=children]').textContent(), new RegExp(others.at(-1)[0]));
    await check(page, 'children-3', lang);
    await act(page, choose('add-another-child', 'no'));
    await page.click('form button[type=submit]');
    await go(page, family.rest, lang, 'rest');

    await waitForStep(page, 'indication');
    const headings = page.locator('.iw-page[data-step=indication] h3.iw-heading-m');
    assert.equal(await headings.count(), 3, 'an indication per child, under the child\'s name');
    assert.match(await headings.nth(1).textContent(), new RegExp(`${family.heading} 2: ${others[0][0]}`));
    await check(page, 'indication', lang);
    await page.click('form button[type=submit]');
    await waitForStep(page, 'consents');
    await check(page, 'consents', lang);
    await act(page, choose('consent-confirm', 'confirm'));
    await act(page, choose('secrecy-read', 'read'));
    await page.click('form button[type=submit]');

    await waitForStep(page, 'check-answers');
    await check(page, 'check-answers', lang);
    const childHeadings = page.locator('.iw-page[data-step=check-answers] h3');
    assert.equal(await childHeadings.count(), 3);
    // Remove the second child: their answers go, the others stay, focus goes to the heading.
    await page.click('#iw-remove-2');
    await page.waitForFunction(() => window.__iw.root(0).querySelectorAll('.iw-page[data-step=check-answers] h3').length === 2);
    await focusIs(page, 'iw-heading');
    assert.doesNotMatch(await page.locator('.iw-page[data-step=check-answers]').textContent(), new RegExp(others[0][0]));
    await check(page, 'check-answers-removed', lang);
    await page.click('form button[type=submit]');
    await waitForStep(page, 'confirmation');
    await check(page, 'confirmation', lang);
    const reference = (await page.locator('.iw-reference-number').textContent()).trim();
    assert.equal(env.stored().length, rowsBefore + 1, 'exactly one submission stored');
    const payload = JSON.parse(env.stored().find((row) => row.reference === reference).body);
    assert.equal(payload.schema_version, '2');
    assert.deepEqual(payload.people.map((person) => person.answers['person-name']), [firstName, others[1][0]]);
    assert.equal(payload.answers['person-name'], undefined, 'per-person answers are in people');
    assert.equal(payload.answers['add-another-child'], undefined, 'the add-another answer is not data');
    const ages = { sv: [9, 16], da: [8, 15] }[lang];
    assert.deepEqual(payload.people.map((person) => person.assessment.age), ages, 'each child assessed at their own age');
    // The 15- or 16-year-old's own request or consent counts; the younger child is heard.
    const own = (person) => person.assessment.consents.some((c) => c.consenter === 'person' && c.role !== 'is-heard');
    if (lang === 'sv') assert.deepEqual(payload.people.map(own), [false, true], 'SoL 2025:400 21 kap. 1 §: from 15');
    await context.close();
  });
}
