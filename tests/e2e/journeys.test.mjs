// End-to-end journeys (issues #6 and #7): the built wizard in Chromium, posting to the real
// reference receiver, in Swedish, Danish and English. Every page is checked with axe, in its
// error state too; each journey ends with the JSON the receiver stored, or with nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startWithReceiver, openPage, axe, focusIs, step, waitForStep, act, RESULTS } from './browser.mjs';
import { familyJourneys, volunteerJourneys } from './journeys.mjs';

let env;
before(async () => { env = await startWithReceiver(); });
after(async () => { await env?.close(); });

const LANGUAGES = ['sv', 'da', 'en'];
// Pages with nothing required: Continue with nothing answered moves on, so no error state.
const OPTIONAL_PAGES = new Set(['preferences', 'child-view', 'request', 'family-treatment', 'interpreter', 'contact-guardians', 'same-address']);
const SHOTS = join(RESULTS, 'journeys');

async function checkAxe(page, name, lang, shot) {
  assert.deepEqual(await axe(page), [], `axe on ${name} (${lang})`);
  if (shot) await page.screenshot({ path: join(SHOTS, `${shot}-${name}-${lang}.png`), fullPage: true });
}

/** The stored submission whose reference the page shows. */
function storedFor(reference) {
  const row = env.stored().find((r) => r.reference === reference);
  assert.ok(row, `the receiver stored ${reference}`);
  return JSON.parse(row.body);
}

function assertStored(payload, expected, lang) {
  assert.equal(payload.kind, expected.kind);
  assert.equal(payload.country, expected.country);
  assert.equal(payload.language, lang);
  // Schema version 2: the answers about each person are in `people`.
  const answers = { ...payload.answers, ...(payload.people[0]?.answers ?? {}) };
  for (const [id, value] of Object.entries(expected.answers ?? {})) {
    assert.deepEqual(answers[id], value, `answer ${id}`);
  }
  for (const id of expected.absent ?? []) {
    assert.equal(answers[id], undefined, `${id} is not on the route, so not sent`);
  }
  const assessment = payload.people[0]?.assessment;
  if (expected.measures) assert.deepEqual(assessment.measures, expected.measures, 'measures');
  const consents = assessment?.consents ?? [];
  for (const consenter of expected.consenters ?? []) {
    assert.ok(consents.some((c) => c.consenter === consenter), `consent of ${consenter}: ${JSON.stringify(consents)}`);
  }
  for (const flag of expected.flags ?? []) {
    assert.ok(consents.some((c) => c.flags.includes(flag)), `flag ${flag}: ${JSON.stringify(consents)}`);
  }
  for (const reason of assessment?.reasons ?? []) {
    if (reason.basis) assert.equal(typeof reason.basis.verified, 'string', 'every reference says whether it is verified');
  }
  if (expected.kind === 'volunteer-registration') {
    assert.deepEqual(payload.people, [], 'a registration has no family assessment');
    const checks = payload.requirements.checks.map((c) => `${c.rule} ${c.status}`);
    if (expected.requirements) assert.deepEqual(checks, expected.requirements, 'requirements');
  } else {
    assert.equal(payload.requirements, null, 'an application has no requirements check');
  }
}

async function runJourney(journey, lang, { shot = true } = {}) {
  const slug = journey.name.split(' ').slice(0, 3).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '');
  const opened = await openPage(env, journey.host);
  const { page } = opened;
  await page.click(`#iw-language-${lang}`);
  await page.waitForFunction((l) => document.querySelector('[data-intake-wizard]').lang === l, lang);
  const rowsBefore = env.stored().length;
  for (const [id, actions] of journey.pages) {
    await waitForStep(page, id);
    await checkAxe(page, id, lang, shot && slug);
    if (actions.length > 0 && !OPTIONAL_PAGES.has(id)) {
      // The error state first: Continue with nothing answered.
      const before = await step(page);
      await page.click('form button[type=submit]');
      if ((await step(page)) === before && (await page.locator('#iw-error-summary').count()) > 0) {
        await focusIs(page, 'iw-error-summary');
        await checkAxe(page, `${id}-error`, lang, shot && slug);
      }
    }
    for (const action of actions) await act(page, action);
    await page.click('form button[type=submit]');
  }
  if (journey.exit) {
    await waitForStep(page, journey.exit);
    await checkAxe(page, journey.exit, lang, shot && slug);
    assert.equal(await page.locator('form button[type=submit]').count(), 0, 'no form on the exit page');
    assert.equal(env.stored().length, rowsBefore, 'nothing was sent');
    await opened.context.close();
    return null;
  }
  await waitForStep(page, 'check-answers');
  await checkAxe(page, 'check-answers', lang, shot && slug);
  await page.click('form button[type=submit]');
  await waitForStep(page, 'confirmation');
  await focusIs(page, 'iw-heading');
  await checkAxe(page, 'confirmation', lang, shot && slug);
  const reference = (await page.locator('.iw-reference-number').textContent()).trim();
  assert.equal(env.stored().length, rowsBefore + 1, 'exactly one submission stored');
  const payload = storedFor(reference);
  assertStored(payload, journey.stored, lang);
  if (payload.requirements) {
    // What happens next for the volunteer: one item per requirement that was sent.
    const items = page.locator('.iw-page[data-step=confirmation] .iw-requirements li');
    assert.equal(await items.count(), payload.requirements.checks.length, 'one item per requirement');
  }
  const digest = env.stored().find((r) => r.reference === reference).digest;
  assert.equal(await page.locator('.iw-details__text code').textContent(), digest, 'the full digest is the stored one');
  await opened.context.close();
  return payload;
}

await mkdir(SHOTS, { recursive: true });

for (const journey of [...familyJourneys(), ...volunteerJourneys()]) {
  for (const lang of LANGUAGES) {
    test(`${journey.name} (${lang})`, async () => {
      await runJourney(journey, lang);
    });
  }
}

// Choosing families (or children under 15) means contact with children under 15: "no" on the
// Danish consent page is refused with a translated message that says why, and the børneattest
// consent is then needed. Nothing is sent.
const CONTRADICTION = {
  sv: 'Du valde barn under 15 år eller familjer',
  da: 'Du har valgt børn under 15 år eller familier',
};
for (const lang of ['sv', 'da']) {
  test(`DK families with "no children under 15" gets a clear message (${lang})`, async () => {
    const journey = volunteerJourneys().find((j) => j.name.startsWith('DK fast kontaktperson'));
    const opened = await openPage(env, journey.host);
    const { page } = opened;
    await page.click(`#iw-language-${lang}`);
    await page.waitForFunction((l) => document.querySelector('[data-intake-wizard]').lang === l, lang);
    const rowsBefore = env.stored().length;
    for (const [id, actions] of journey.pages.slice(0, -1)) {
      await waitForStep(page, id);
      for (const action of actions) await act(page, action);
      await page.click('form button[type=submit]');
    }
    await waitForStep(page, 'attest-consent');
    await act(page, ['choose', 'children-under-15', 'no']);
    await act(page, ['choose', 'volunteer-secrecy-read', 'read']);
    await page.click('form button[type=submit]');
    await focusIs(page, 'iw-error-summary');
    const summary = page.locator('#iw-error-summary');
    assert.match(await summary.textContent(), new RegExp(CONTRADICTION[lang]));
    assert.equal(await summary.locator('li').count(), 2, 'the contradiction and the missing børneattest consent');
    assert.equal(await step(page), 'attest-consent');
    await checkAxe(page, 'attest-consent-contradiction', lang, 'dk-contradiction');
    assert.equal(env.stored().length, rowsBefore, 'nothing was sent');
    await opened.context.close();
  });
}
