// End-to-end: the built wizard (dist/) in Chromium, under the strict CSP, embedded in host pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, openPage, axe, heading, focusIs, checkClean, RESULTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the demo page mounts into its element under the strict CSP, with no outside requests, no cookies and no layout shift', async () => {
  const opened = await openPage(env, '/');
  const { page } = opened;
  assert.match(await heading(page), /^Steg 1 av \d+Vad vill du göra\?$/);
  assert.equal(await page.locator('[data-intake-wizard] .iw-loading').isVisible(), false, 'the loading text is gone');
  assert.equal(await page.getAttribute('[data-intake-wizard]', 'lang'), 'sv');
  assert.equal(await page.evaluate(() => window.__layoutShift), 0, 'nothing on the host page moved (CLS 0)');
  await page.screenshot({ path: join(RESULTS, 'demo-sv.png'), fullPage: true });
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

const LANGUAGES = [
  { button: '#iw-language-sv', lang: 'sv', country: 'Vilket land bor du i?', error: 'Välj Sverige eller Danmark', prefix: 'Fel:' },
  { button: '#iw-language-da', lang: 'da', country: 'Hvilket land bor du i?', error: 'Vælg Sverige eller Danmark', prefix: 'Fejl:' },
  { button: '#iw-language-en', lang: 'en', country: 'Which country do you live in?', error: 'Select Sweden or Denmark', prefix: 'Error:' },
];

for (const language of LANGUAGES) {
  test(`every page and error state is axe-clean in ${language.lang}`, async () => {
    const opened = await openPage(env, '/open.html');
    const { page } = opened;
    await page.click(language.button);
    await page.waitForFunction((lang) => document.querySelector('[data-intake-wizard]').lang === lang, language.lang);
    const states = [];
    const check = async (name) => {
      const violations = await axe(page);
      assert.deepEqual(violations, [], `axe on ${name} (${language.lang})`);
      await page.screenshot({ path: join(RESULTS, `${name}-${language.lang}.png`), fullPage: true });
      states.push(name);
    };
    assert.match(await heading(page), new RegExp(language.country.replace('?', '\\?')));
    await check('country');

    await page.click('button[type=submit]');
    await focusIs(page, 'iw-error-summary');
    assert.equal((await page.locator('.iw-error-summary__list a').textContent()).trim(), language.error);
    assert.ok((await page.title()).startsWith(language.prefix), await page.title());
    await check('country-error');

    await page.check('input[name=country][value=se]');
    await page.click('button[type=submit]');
    await focusIs(page, 'iw-heading');
    await check('purpose');
    await page.click('button[type=submit]');
    await focusIs(page, 'iw-error-summary');
    await check('purpose-error');

    await page.check('input[name=purpose][value=volunteer]');
    await page.click('button[type=submit]');
    await focusIs(page, 'iw-heading');
    await check('volunteer-info');
    await page.click('.iw-back-link');
    await focusIs(page, 'iw-heading');
    await page.check('input[name=purpose][value=apply]');
    await page.click('button[type=submit]');
    await focusIs(page, 'iw-heading');
    await check('applicant');
    await page.check('input[name=applicant][value=third-party]');
    await page.click('button[type=submit]');
    await focusIs(page, 'iw-heading');
    await check('third-party');
    assert.deepEqual(states.length, 7);
    await checkClean(opened, env.server.url);
    await opened.context.close();
  });
}

test('only the language shown is downloaded, once; a switch fetches the other language once', async () => {
  const opened = await openPage(env, '/');
  const { page, requests } = opened;
  const locales = () => requests.filter((url) => url.includes('/locales/')).map((url) => new URL(url).pathname);
  assert.deepEqual(locales(), ['/locales/sv.ftl.txt']);
  assert.equal(requests.filter((url) => url.endsWith('.wasm')).length, 1, 'the preloaded wasm is reused');
  assert.equal(requests.filter((url) => url.includes('/config/')).length, 1, 'the preloaded settings are reused');
  await page.click('#iw-language-da');
  await page.waitForFunction(() => document.querySelector('[data-intake-wizard]').lang === 'da');
  await page.click('#iw-language-sv');
  await page.waitForFunction(() => document.querySelector('[data-intake-wizard]').lang === 'sv');
  await page.click('#iw-language-da');
  await page.waitForFunction(() => document.querySelector('[data-intake-wizard]').lang === 'da');
  assert.deepEqual(locales(), ['/locales/sv.ftl.txt', '/locales/da.ftl.txt']);
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('if the messages cannot be fetched, the host page’s fallback text shows', async () => {
  const context = await env.browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__failed = [];
    document.addEventListener('intake-wizard:failed', (event) => window.__failed.push(event.detail.reason));
  });
  await page.goto(`${env.server.url}/no-locales.html`);
  await page.waitForSelector('[data-intake-wizard-failed]');
  assert.ok(await page.locator('.iw-fallback').isVisible());
  assert.ok(!(await page.locator('.iw-loading').isVisible()));
  assert.deepEqual(await page.evaluate(() => window.__failed), ['messages'], 'the host page is told why');
  await context.close();
});

test('bad settings show a translated explanation, axe-clean, instead of a blank page', async () => {
  const opened = await openPage(env, '/bad-config.html', { locale: 'da-DK' });
  const { page } = opened;
  const alert = page.locator('[role=alert]');
  assert.match(await alert.textContent(), /Formularen kunne ikke starte/);
  assert.match(await alert.textContent(), /contact\.phone/);
  assert.match(await alert.textContent(), /country/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(RESULTS, 'bad-config-da.png'), fullPage: true });
  await opened.context.close();
});

test('the Danish municipality starts in Danish with its country preset', async () => {
  const opened = await openPage(env, '/dk.html', { locale: 'en-GB' });
  const { page } = opened;
  assert.match(await heading(page), /^Trin 1 af \d+Hvad vil du gøre\?$/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(RESULTS, 'dk-da.png'), fullPage: true });
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('the whole route can be done with the keyboard alone', async () => {
  const opened = await openPage(env, '/open.html');
  const { page } = opened;
  // Tab past the language switcher to the first radio; arrows choose within the group.
  for (let i = 0; i < 10 && (await page.evaluate(() => window.__iw.active()?.name)) !== 'country'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => window.__iw.active()?.name), 'country');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => window.__iw.q('input[name=country]:checked')?.value), 'dk');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => window.__iw.active()?.type), 'submit');
  await page.keyboard.press('Enter');
  await focusIs(page, 'iw-heading');
  assert.match(await heading(page), /Vad vill du göra\?/);
  // Shift+Tab from the heading reaches the Back button; Enter goes back.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => window.__iw.active()?.className), 'iw-back-link');
  await page.keyboard.press('Enter');
  await focusIs(page, 'iw-heading');
  assert.match(await heading(page), /Vilket land bor du i\?/);
  await opened.context.close();
});

test('the browser’s Back and Forward buttons move between pages and leave the URL alone', async () => {
  const opened = await openPage(env, '/open.html');
  const { page } = opened;
  const url = page.url();
  await page.check('input[name=country][value=se]');
  await page.click('button[type=submit]');
  await focusIs(page, 'iw-heading');
  assert.match(await heading(page), /Vad vill du göra/);
  assert.equal(page.url(), url);
  await page.goBack();
  await page.waitForFunction(() => /Vilket land/.test(window.__iw.q('#iw-heading')?.textContent));
  assert.equal(await page.isChecked('input[name=country][value=se]'), true, 'the answer is still there');
  await page.goForward();
  await page.waitForFunction(() => /Vad vill du göra/.test(window.__iw.q('#iw-heading')?.textContent));
  assert.equal(page.url(), url);
  await opened.context.close();
});

test('leaving the page with unsent answers asks first', async () => {
  const opened = await openPage(env, '/open.html');
  const { page } = opened;
  await page.check('input[name=country][value=dk]');
  let asked = null;
  page.once('dialog', async (dialog) => { asked = dialog.type(); await dialog.dismiss(); });
  await page.click('h1'); // a user gesture, which Chromium requires before it may ask
  await page.close({ runBeforeUnload: true });
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(asked, 'beforeunload');
  await opened.context.close();
});
