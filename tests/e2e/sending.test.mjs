// Sending, end to end against the real receiver: retries after 503s and network errors end
// with exactly one stored submission; offline answers wait and go when the browser is online
// again; a double click sends once; and one whole journey done with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWithReceiver, openPage, axe, focusIs, waitForStep, act, step } from './browser.mjs';
import { familyJourneys } from './journeys.mjs';

let env;
before(async () => { env = await startWithReceiver(); });
after(async () => { await env?.close(); });

const journey = familyJourneys().find((j) => j.keyboard);

/** Answers every page with the mouse, up to check answers. */
async function toCheckAnswers(page) {
  for (const [id, actions] of journey.pages) {
    await waitForStep(page, id);
    for (const action of actions) await act(page, action);
    await page.click('form button[type=submit]');
  }
  await waitForStep(page, 'check-answers');
}

const reference = async (page) => (await page.locator('.iw-reference-number').textContent()).trim();
const rowsFor = (ref) => env.stored().filter((row) => row.reference === ref);

test('503 twice, then stored: the page says it is trying again, and exactly one row is kept', async () => {
  const { page, context } = await openPage(env, journey.host);
  await toCheckAnswers(page);
  const seen = [];
  await page.route('**/api/submissions', async (route) => {
    seen.push(route.request().headers());
    if (seen.length <= 2) await route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[]}' });
    else await route.continue();
  });
  await page.click('form button[type=submit]');
  await page.waitForFunction(() => /Försöker igen/.test(window.__iw.q('[aria-live=polite]')?.textContent ?? ''));
  await waitForStep(page, 'confirmation');
  assert.equal(seen.length, 3, 'two failures, then the real post');
  const keys = new Set(seen.map((headers) => headers['idempotency-key']));
  assert.equal(keys.size, 1, 'one Idempotency-Key for every attempt');
  assert.match([...keys][0], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(seen[0]['content-digest'], /^sha-256=:[A-Za-z0-9+/]{43}=:$/);
  const rows = rowsFor(await reference(page));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].digest, seen[0]['content-digest'], 'the digest the browser made is the one stored');
  await context.close();
});

test('a network error, then a lost answer after storing: the retry replays the same 201', async () => {
  const { page, context } = await openPage(env, journey.host);
  await toCheckAnswers(page);
  const before = env.stored().length;
  let attempts = 0;
  await page.route('**/api/submissions', async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('failed');
    if (attempts === 2) {
      // The receiver stores it, but the answer never reaches the browser.
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.click('form button[type=submit]');
  await waitForStep(page, 'confirmation');
  assert.equal(attempts, 3);
  assert.equal(env.stored().length, before + 1, 'stored once, though it reached the receiver twice');
  assert.equal(rowsFor(await reference(page)).length, 1);
  await context.close();
});

test('a refusal (4xx) is not retried and says what to do, keeping every answer', async () => {
  const { page, context } = await openPage(env, journey.host);
  await toCheckAnswers(page);
  let attempts = 0;
  await page.route('**/api/submissions', (route) => {
    attempts += 1;
    return route.fulfill({ status: 400, contentType: 'application/json', body: '{"errors":[{"path":"answers","code":"route-incomplete"}]}' });
  });
  await page.click('form button[type=submit]');
  await focusIs(page, 'iw-send-error');
  assert.equal(attempts, 1);
  assert.match(await page.locator('#iw-send-error').textContent(), /070-174 06 50|ring/i);
  assert.equal(await step(page), 'check-answers');
  assert.ok((await page.locator('.iw-summary-list__row').count()) > 5, 'the answers are still listed');
  assert.deepEqual(await axe(page), [], 'the error state is axe-clean');
  await context.close();
});

test('offline: the answers wait, the page says so, and they are sent when the browser is back online', async () => {
  const { page, context } = await openPage(env, journey.host);
  await toCheckAnswers(page);
  const before = env.stored().length;
  await context.setOffline(true);
  await page.click('form button[type=submit]');
  await page.waitForFunction(() => /uppkoppl/i.test(window.__iw.q('[aria-live=polite]')?.textContent ?? ''));
  assert.equal(env.stored().length, before, 'nothing sent while offline');
  await context.setOffline(false);
  await waitForStep(page, 'confirmation');
  assert.equal(rowsFor(await reference(page)).length, 1);
  await context.close();
});

test('a double click sends once', async () => {
  const { page, context } = await openPage(env, journey.host);
  await toCheckAnswers(page);
  let posts = 0;
  await page.route('**/api/submissions', async (route) => {
    posts += 1;
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  });
  await page.dblclick('form button[type=submit]');
  await page.click('form button[type=submit]').catch(() => {});
  await waitForStep(page, 'confirmation');
  assert.equal(posts, 1, 'one POST');
  assert.equal(rowsFor(await reference(page)).length, 1);
  await context.close();
});

/** Presses Tab (or Shift+Tab) until `wanted(activeElement)` holds. */
async function tabTo(page, wanted, description, key = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(wanted)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`Tab never reached ${description}`);
}

test('one complete journey with the keyboard alone: Tab, Shift+Tab, Space, Enter and arrows', async () => {
  const { page, context } = await openPage(env, journey.host);
  for (const [id, actions] of journey.pages) {
    await waitForStep(page, id);
    for (const [kind, field, value] of actions) {
      if (kind === 'type') {
        await tabTo(page, `window.__iw.active()?.id === 'iw-${field}'`, field);
        await page.keyboard.type(value);
      } else if (kind === 'date') {
        await tabTo(page, `window.__iw.active()?.id === 'iw-${field}'`, field);
        const [y, m, d] = value;
        await page.keyboard.type(String(d));
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(m));
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(y));
      } else if (await page.locator(`input[name="${field}"][type=checkbox]`).count()) {
        await tabTo(page, `window.__iw.active()?.name === '${field}' && window.__iw.active()?.value === '${value}'`, `${field}=${value}`);
        await page.keyboard.press('Space');
      } else {
        await tabTo(page, `window.__iw.active()?.name === '${field}'`, field);
        if (!(await page.evaluate(() => window.__iw.active().checked))) await page.keyboard.press('Space');
        for (let i = 0; i < 8 && (await page.evaluate(() => window.__iw.active().value)) !== value; i++) {
          await page.keyboard.press('ArrowDown');
        }
      }
      if (kind === 'choose') {
        assert.ok(await page.isChecked(`input[name="${field}"][value="${value}"]`), `${field}=${value} by keyboard`);
      }
    }
    await tabTo(page, "window.__iw.active()?.type === 'submit'", 'Continue');
    await page.keyboard.press('Enter');
  }
  await waitForStep(page, 'check-answers');
  // Shift+Tab from Send reaches the Change links; Tab returns.
  await tabTo(page, "window.__iw.active()?.type === 'submit'", 'Send');
  await tabTo(page, "window.__iw.active()?.id?.startsWith('iw-change-')", 'a Change link', 'Shift+Tab');
  await tabTo(page, "window.__iw.active()?.type === 'submit'", 'Send');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'confirmation');
  await focusIs(page, 'iw-heading');
  const payload = JSON.parse(rowsFor(await reference(page))[0].body);
  assert.deepEqual(payload.people[0].assessment.measures, journey.stored.measures);
  await context.close();
});
