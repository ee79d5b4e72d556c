// Save and return (issue #15), end to end against the real receiver: a draft saved on page 8
// survives closing the browser and comes back with its code; a wrong code keeps it; an
// expired one is gone; an application that could not be sent (offline) is sent on the next
// visit exactly once; and the device's storage never holds an answer in the clear.
//
// "Closing the tab" is closing the browser context; the next visit is a new context with the
// same origin storage (Playwright's storageState: localStorage only, no cookies).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startWithReceiver, openPage, axe, focusIs, waitForStep, act, checkClean, RESULTS } from './browser.mjs';
import { familyJourneys } from './journeys.mjs';
import { INIT } from './engines.mjs';

const SHOTS = join(RESULTS, 'drafts');
let env;
before(async () => {
  env = await startWithReceiver();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await env?.close(); });

const se = familyJourneys().find((j) => j.host === '/open.html');
const dk = familyJourneys().find((j) => j.host === '/dk.html');
const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** Answers pages `from` to `to` (exclusive) of a journey, pressing Continue after each. */
async function answer(page, journey, from, to) {
  for (const [id, actions] of journey.pages.slice(from, to)) {
    await waitForStep(page, id);
    for (const action of actions) await act(page, action);
    await page.click('form button[type=submit]');
  }
}

/** What this origin's localStorage holds, as [key, value] pairs. */
const storage = (page) => page.evaluate(() => Object.entries(localStorage));

/** Closes the "tab" and opens the page again in a new one with the same storage. */
async function reopen(opened, locale = 'sv-SE') {
  const state = await opened.context.storageState();
  await opened.context.close();
  const context = await env.browser.newContext({ locale, viewport: { width: 1000, height: 900 }, storageState: state });
  const page = await context.newPage();
  await page.addInitScript(INIT); // the shadow-root helpers (`__iw`), as openPage adds
  return { context, page };
}

/** Saves on the page being shown; returns the code shown. */
async function saveHere(page) {
  await page.click('#iw-save');
  await waitForStep(page, 'draft');
  await focusIs(page, 'iw-heading');
  await page.waitForFunction(() => /\d{4}-\d\d-\d\d|\d+\.\d+\.\d{4}/.test(window.__iw.q('.iw-page')?.textContent ?? ''), null, { timeout: 15000 });
  // Still there once the draft is stored and the page says until when.
  await focusIs(page, 'iw-heading');
  return (await page.locator('#iw-resume-code').textContent()).trim();
}

/** Types a code on the offer and presses its button. */
async function enterCode(page, code) {
  await page.fill('#iw-resume-code-input', code);
  await page.click('form button[type=submit]');
}

const reference = async (page) => (await page.locator('.iw-reference-number').textContent()).trim();

test('saved on page 8, the browser closed, resumed with the code on the same page, finished and sent (sv)', async () => {
  const first = await openPage(env, se.host);
  const { page } = first;
  await answer(page, se, 0, 7);
  await waitForStep(page, 'other-guardian');
  for (const action of se.pages[7][1]) await act(page, action);
  const code = await saveHere(page);
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/, 'Crockford base-32 in four groups');
  assert.deepEqual(await axe(page), [], 'the save page is axe-clean');
  await shot(page, 'save-sv');

  // Only ciphertext and an expiry date are stored: no answer, no code.
  const stored = await storage(page);
  assert.equal(stored.length, 1);
  const [key, value] = stored[0];
  assert.match(key, /^iw:.*:draft$/);
  // The expiry date, a space, and base64 of salt ‖ nonce ‖ AES-GCM ciphertext: nothing else.
  assert.match(value, /^\d{4}-\d\d-\d\d [A-Za-z0-9+/]+=*$/);
  for (const typed of ['Alva', 'Lind', 'Per Lind', 'guardian', 'agrees', code, code.replaceAll('-', '')]) {
    assert.ok(!value.includes(typed), `the storage does not hold ${typed}`);
  }
  await checkClean(first, env.server.url);

  // The next visit offers to resume.
  const next = await reopen(first);
  const again = next.page;
  await again.goto(`${env.server.url}${se.host}`);
  await waitForStep(again, 'draft');
  assert.ok(await again.locator('#iw-resume-code-input').isVisible());
  assert.deepEqual(await axe(again), [], 'the resume page is axe-clean');
  await shot(again, 'resume-sv');
  // Typed in lower case with spaces, as a person might: the same code.
  await enterCode(again, code.toLowerCase().replaceAll('-', ' '));
  await waitForStep(again, 'other-guardian');
  await focusIs(again, 'iw-heading');
  assert.equal(await again.inputValue('#iw-other-guardian-name'), 'Per Lind', 'the answers typed before saving are back');
  assert.ok(await again.isChecked('input[name="other-guardian-agrees"][value="agrees"]'));
  await again.click('form button[type=submit]');
  await answer(again, se, 8, se.pages.length);
  await waitForStep(again, 'check-answers');
  await again.click('form button[type=submit]');
  await waitForStep(again, 'confirmation');
  const ref = await reference(again);
  const rows = env.stored().filter((row) => row.reference === ref);
  assert.equal(rows.length, 1);
  const payload = JSON.parse(rows[0].body);
  assert.equal(payload.answers['other-guardian-name'], 'Per Lind', 'what was typed before saving is sent');
  assert.deepEqual(await storage(again), [], 'sent: the draft is deleted');
  await next.context.close();
});

test('a wrong code says so and keeps the draft; Start over deletes it', async () => {
  const first = await openPage(env, se.host);
  await answer(first.page, se, 0, 3);
  await saveHere(first.page);
  const next = await reopen(first);
  const { page } = next;
  await page.goto(`${env.server.url}${se.host}`);
  await waitForStep(page, 'draft');
  await enterCode(page, '0000-0000-0000-0000');
  await focusIs(page, 'iw-error-summary');
  assert.match(await page.locator('.iw-error-summary').textContent(), /Koden öppnar inte/);
  assert.match(await page.locator('#iw-resume-code-input-error').textContent(), /Koden öppnar inte/);
  assert.equal(await page.inputValue('#iw-resume-code-input'), '0000-0000-0000-0000', 'what was typed stays');
  assert.deepEqual(await axe(page), [], 'the wrong-code state is axe-clean');
  await enterCode(page, 'too short');
  await page.waitForFunction(() => /16/.test(window.__iw.q('.iw-error-summary')?.textContent ?? ''));
  assert.equal((await storage(page)).length, 1, 'the draft is kept');
  await page.reload();
  await waitForStep(page, 'draft');
  await page.getByRole('button', { name: /Börja om/ }).click();
  await waitForStep(page, 'country');
  assert.deepEqual(await storage(page), [], 'start over deletes the draft');
  await next.context.close();
});

test('a draft past its days is deleted at start-up and not offered', async () => {
  const first = await openPage(env, se.host);
  await answer(first.page, se, 0, 2);
  await saveHere(first.page);
  const next = await reopen(first);
  const { page } = next;
  // Eight days on: the settings keep drafts for 7.
  await page.clock.setSystemTime(Date.now() + 8 * 24 * 3600 * 1000);
  await page.goto(`${env.server.url}${se.host}`);
  await waitForStep(page, 'country');
  assert.deepEqual(await storage(page), [], 'the expired draft is gone');
  await next.context.close();
});

test('sent offline: "not sent yet" keeps it under a code, and the next visit sends it exactly once (sv, da)', async () => {
  for (const [journey, lang, words] of [[se, 'sv', /Inte skickat än/], [dk, 'da', /Ikke sendt endnu/]]) {
    const first = await openPage(env, journey.host);
    const { page, context } = first;
    await answer(page, journey, 0, journey.pages.length);
    await waitForStep(page, 'check-answers');
    const before = env.stored().length;
    await context.setOffline(true);
    await page.click('form button[type=submit]');
    await page.waitForSelector('#iw-resume-code', { timeout: 15000 });
    assert.match(await page.locator('#iw-not-sent').textContent(), words);
    const code = (await page.locator('#iw-resume-code').textContent()).trim();
    assert.deepEqual(await axe(page), [], `"not sent yet" is axe-clean (${lang})`);
    await shot(page, `not-sent-${lang}`);
    const [[, value]] = await storage(page);
    assert.ok(!value.includes('070-123') && !value.includes('Karin') && !value.includes('Maria'), 'no answer in the clear');
    // Closed before the connection came back.
    const next = await reopen(first);
    await next.page.goto(`${env.server.url}${journey.host}`);
    await waitForStep(next.page, 'draft');
    await shot(next.page, `send-later-${lang}`);
    // Which rows, if any, with when they came: a row here would be the offline submission.
    const early = env.stored().slice(before).map((row) => `${row.reference} ${row.received_at ?? ''}`);
    assert.deepEqual(early, [], 'nothing has reached the receiver yet');
    await enterCode(next.page, code);
    await next.page.waitForSelector('#iw-sent-reference', { timeout: 15000 });
    await focusIs(next.page, 'iw-heading');
    const ref = await reference(next.page);
    assert.equal(env.stored().filter((row) => row.reference === ref).length, 1, 'one row');
    assert.equal(env.stored().length, before + 1);
    assert.deepEqual(await storage(next.page), [], 'sent: nothing stays on the device');
    // Opening the page again offers nothing: it cannot be sent twice.
    await next.page.reload();
    await waitForStep(next.page, journey.pages[0][0]);
    await next.context.close();
  }
});

test('Danish: save and resume pages in Danish, with the date written the Danish way', async () => {
  const first = await openPage(env, dk.host, { locale: 'da-DK' });
  await answer(first.page, dk, 0, 6);
  const code = await saveHere(first.page);
  assert.match(await first.page.locator('.iw-page').textContent(), /Gemt til \d{1,2}\.\d{1,2}\.\d{4}/);
  await shot(first.page, 'save-da');
  const next = await reopen(first, 'da-DK');
  await next.page.goto(`${env.server.url}${dk.host}`);
  await waitForStep(next.page, 'draft');
  assert.match(await next.page.locator('#iw-heading').textContent(), /fortsætte/);
  await shot(next.page, 'resume-da');
  await enterCode(next.page, code);
  await waitForStep(next.page, dk.pages[6][0]);
  await next.context.close();
});

test('a browser that refuses to store: the saved page says so, shows no code, and keeps focus on its heading', async () => {
  const opened = await openPage(env, se.host);
  const { page } = opened;
  // As in a private window with no room left: this origin's storage refuses every write.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await answer(page, se, 0, 3);
  await page.click('#iw-save');
  await waitForStep(page, 'draft');
  await page.waitForFunction(() => /gick inte att spara/.test(window.__iw.q('.iw-page')?.textContent ?? ''), null, { timeout: 15000 });
  assert.equal(await page.locator('#iw-resume-code').count(), 0, 'no code that would open nothing');
  await focusIs(page, 'iw-heading');
  assert.deepEqual(await axe(page), [], 'the could-not-save page is axe-clean');
  await shot(page, 'unavailable-sv');
  assert.deepEqual(await storage(page), [], 'nothing stored');
  // Back to the form, the answers still there.
  await page.getByRole('button', { name: /Fortsätt med formuläret/ }).click();
  await waitForStep(page, se.pages[3][0]);
  await opened.context.close();
});
