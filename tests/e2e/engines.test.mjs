// The smoke journey in Gecko and WebKit as well as Blink: mount, answer, Continue, focus on the
// heading, an empty Continue and its focused error summary, a language switch, a draft saved
// and resumed with its code after the page is opened again, a complete application sent to the
// reference receiver, and the confirmation with its reference.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startWithReceiver, RESULTS } from './browser.mjs';
import { familyJourneys } from './journeys.mjs';
import { firefox, webkit } from './engines.mjs';

let env;
before(async () => { env = await startWithReceiver(); });
after(async () => { await env?.close(); });

async function until(engine, what, fn, ...args) {
  for (let i = 0; i < 100; i++) {
    const value = await engine.run(fn, ...args);
    if (value) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  const now = await engine.run(() => ({
    step: window.__iw?.q('.iw-page')?.dataset.step,
    focus: window.__iw?.active()?.id,
    heading: window.__iw?.q('#iw-heading')?.textContent,
  }));
  throw new Error(`${engine.name}: waited for ${what}; the page shows ${JSON.stringify(now)}`);
}

const onPage = (engine, id) => until(engine, `page ${id}`, (s) => window.__iw.q('.iw-page')?.dataset.step === s, id);
const focusOn = (engine, id) => until(engine, `focus on #${id}`, (s) => window.__iw.active()?.id === s, id);

async function act(engine, [kind, field, value]) {
  if (kind === 'choose') await engine.click(`input[name="${field}"][value="${value}"]`);
  if (kind === 'type') await engine.fill(`#iw-${field}`, value);
  if (kind === 'date') {
    const [y, m, d] = value;
    await engine.fill(`#iw-${field}`, String(d));
    await engine.fill(`#iw-${field}-month`, String(m));
    await engine.fill(`#iw-${field}-year`, String(y));
  }
}

const journey = familyJourneys().find((j) => j.name.startsWith('SE guardian of a 9-year-old'));

for (const [label, launch] of [['Firefox', firefox], ['WebKit', webkit]]) {
  test(`the smoke journey in ${label}: mount, errors, focus, language, send, confirmation`, async () => {
    const engine = await launch();
    try {
      await engine.open(`${env.server.url}/open.html`);
      await onPage(engine, 'country');
      assert.match(await engine.run(() => window.__iw.q('#iw-heading').textContent), /^Steg 1 av \d+Vilket land bor du i\?$/);

      // An empty Continue: the error summary takes focus and links to the field.
      await engine.click('form button[type=submit]');
      await focusOn(engine, 'iw-error-summary');
      assert.equal(await engine.run(() => window.__iw.q('.iw-error-summary__list a').textContent.trim()), 'Välj Sverige eller Danmark');
      await engine.click('.iw-error-summary__list a');
      await focusOn(engine, 'iw-country');

      // The language switch keeps the page and the answers.
      await engine.click('#iw-language-da');
      await until(engine, 'Danish', () => document.querySelector('[data-intake-wizard]').lang === 'da'
        && /Hvilket land/.test(window.__iw.q('#iw-heading').textContent));
      await engine.click('#iw-language-sv');
      await until(engine, 'Swedish', () => document.querySelector('[data-intake-wizard]').lang === 'sv');

      // Save and continue later on page 3, then the page opened again: Web Crypto's PBKDF2 and
      // AES-GCM and localStorage in this engine, and the resume code typed in.
      for (const [id, actions] of journey.pages.slice(0, 2)) {
        await onPage(engine, id);
        if (id !== 'country') await focusOn(engine, 'iw-heading');
        for (const action of actions) await act(engine, action);
        await engine.click('form button[type=submit]');
      }
      await onPage(engine, journey.pages[2][0]);
      await engine.click('#iw-save');
      await onPage(engine, 'draft');
      await until(engine, 'the draft saved', () => /Sparat till \d{4}-\d\d-\d\d/.test(window.__iw.q('.iw-page').textContent));
      // Focus stays on the page's heading once the draft is stored (only the date is added).
      await focusOn(engine, 'iw-heading');
      const code = await engine.run(() => window.__iw.q('#iw-resume-code').textContent.trim());
      assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      await engine.screenshot(join(RESULTS, `engine-${label.toLowerCase()}-draft-saved.png`));
      await engine.open(`${env.server.url}/open.html`);
      await onPage(engine, 'draft');
      await engine.fill('#iw-resume-code-input', code);
      await engine.click('form button[type=submit]');
      await onPage(engine, journey.pages[2][0]);
      await focusOn(engine, 'iw-heading');

      const before = env.stored().length;
      for (const [id, actions] of journey.pages.slice(2)) {
        await onPage(engine, id);
        // Focus (and the scroll it brings) has reached the new page before anything is clicked,
        // as a person would wait for it; a click in between could land where the page was.
        await focusOn(engine, 'iw-heading');
        for (const action of actions) await act(engine, action);
        await engine.click('form button[type=submit]');
      }
      await onPage(engine, 'check-answers');
      await engine.click('form button[type=submit]');
      await onPage(engine, 'confirmation');
      await focusOn(engine, 'iw-heading');
      const reference = await engine.run(() => window.__iw.q('.iw-reference-number').textContent.trim());
      assert.match(reference, /^IW-/);
      assert.equal(env.stored().length, before + 1, 'one submission stored');
      assert.ok(env.stored().some((row) => row.reference === reference), 'the reference shown is the stored one');
      assert.deepEqual(await engine.run(() => window.__cspViolations), [], 'no CSP violation');
      await engine.screenshot(join(RESULTS, `engine-${label.toLowerCase()}-confirmation.png`));
      console.log(`# ${engine.name}: smoke journey passed (${reference})`);
    } finally {
      await engine.close();
    }
  });
}
