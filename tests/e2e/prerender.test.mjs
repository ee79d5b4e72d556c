// End-to-end: the demo page carries its first page pre-rendered, and the page each of its
// answers leads to (prerender.mjs, run by script/build). They must be usable before the wasm
// runs, accessible, and what is done in them must carry over when the wizard takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, heading, focusIs, checkClean, step, waitForStep } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const LIVE = '.iw-app:not([data-snapshot])';
const WASM = '**/*_bg.wasm';

test('the pre-rendered first question is usable before the wasm runs; an answer and "Continue" given then are carried out when it does', async () => {
  const opened = await openPage(env, '/', { hold: [WASM] });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  assert.equal(await page.locator(LIVE).count(), 0, 'the wasm has not run');
  assert.match(await heading(page), /^Steg 1 av \d+Vad vill du göra\?$/);
  assert.deepEqual(await axe(page), [], 'the pre-rendered page is axe-clean');

  await page.check('input[name=purpose][value=apply]');
  await page.click('button[type=submit]');
  assert.equal(page.url(), `${env.server.url}/`, 'the copy’s form is not submitted by the browser');

  opened.release();
  await page.waitForSelector(LIVE);
  assert.equal(await step(page), 'applicant');
  assert.equal(await page.locator('[data-snapshot]').count(), 0, 'the wizard replaced the copy');
  await focusIs(page, 'iw-heading');
  await page.goBack();
  await waitForStep(page, 'purpose');
  assert.ok(await page.isChecked('input[name=purpose][value=apply]'), 'the answer is the wizard’s own');
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('before the wasm runs, "Continue" shows the pre-rendered second page for the answer chosen, and Back the first; the wizard takes over on that page with both answers', async () => {
  const opened = await openPage(env, '/', { hold: [WASM] });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  await page.check('input[name=purpose][value=apply]');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-snapshot] .iw-page[data-step=applicant] input[name=applicant]');
  assert.equal(await page.locator(LIVE).count(), 0, 'the wasm has not run');
  assert.match(await heading(page), /^Steg 2 av \d+Vem ansöker\?/);
  await focusIs(page, 'iw-heading');
  assert.equal(await page.locator('.iw-page').count(), 1, 'one page in the root: the first waits in a template');
  assert.equal(await page.locator('input[name=purpose]:visible').count(), 0, 'the answer carried is not on screen');
  assert.deepEqual(await axe(page), [], 'the pre-rendered second page is axe-clean');

  await page.click('.iw-back-link');
  await page.waitForSelector('[data-snapshot] .iw-page[data-step=purpose]');
  await focusIs(page, 'iw-heading');
  assert.ok(await page.isChecked('input[name=purpose][value=apply]'), 'Back keeps the answer');
  await page.click('button[type=submit]');
  await page.check('input[name=applicant][value=relative]');

  opened.release();
  await page.waitForSelector(LIVE);
  assert.equal(await step(page), 'applicant', 'the wizard took over on the page shown');
  assert.equal(await page.locator('[data-snapshot]').count(), 0, 'the wizard replaced the copies');
  assert.ok(await page.isChecked('input[name=applicant][value=relative]'), 'the second page’s answer is carried over');
  await focusIs(page, 'iw-applicant-relative');
  assert.equal(await page.evaluate(() => window.__layoutShift), 0, 'the take-over moves nothing (CLS 0)');
  await page.goBack();
  await waitForStep(page, 'purpose');
  assert.ok(await page.isChecked('input[name=purpose][value=apply]'), 'the first page’s answer is the wizard’s, and Back is in the history');
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('"Continue" on a pre-rendered second page is carried out by the wizard’s own rules: errors there, or the page after it', async () => {
  const opened = await openPage(env, '/', { hold: [WASM] });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  await page.check('input[name=purpose][value=apply]');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-snapshot] .iw-page[data-step=applicant]');
  await page.click('button[type=submit]'); // nothing chosen
  opened.release();
  await page.waitForSelector(LIVE);
  assert.equal(await step(page), 'applicant');
  await focusIs(page, 'iw-error-summary');
  await checkClean(opened, env.server.url);
  await opened.context.close();

  const again = await openPage(env, '/', { hold: [WASM] });
  await again.page.waitForSelector('[data-snapshot] input[name=purpose]');
  await again.page.check('input[name=purpose][value=volunteer]');
  await again.page.click('button[type=submit]');
  await again.page.waitForSelector('[data-snapshot] .iw-page[data-step=volunteer-info]');
  await again.page.click('button[type=submit]');
  again.release();
  await waitForStep(again.page, 'volunteer-roles');
  await focusIs(again.page, 'iw-heading');
  await again.page.goBack();
  await waitForStep(again.page, 'volunteer-info');
  await checkClean(again, env.server.url);
  await again.context.close();
});

test('a choice made by keyboard in the pre-rendered page keeps its focus when the wizard takes over, and nothing moves', async () => {
  const opened = await openPage(env, '/', { hold: [WASM] });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  await page.focus('#iw-purpose-volunteer');
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked('#iw-purpose-volunteer'));

  opened.release();
  await page.waitForSelector(LIVE);
  assert.equal(await step(page), 'purpose');
  await focusIs(page, 'iw-purpose-volunteer');
  assert.ok(await page.isChecked('#iw-purpose-volunteer'), 'the choice is carried over');
  assert.equal(await page.evaluate(() => window.__layoutShift), 0, 'the take-over moves nothing (CLS 0)');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Continue"
  await waitForStep(page, 'volunteer-info');
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('"Continue" pressed before even loader.js has run does not submit the copy (no reload); the choice still carries over', async () => {
  // The demo page carries its loader inline; a CMS page with the copy pasted links loader.js.
  const opened = await openPage(env, '/', {
    hold: ['**/loader.js', WASM],
    rewrite: (html) => html.replace(/<script type="module">[^]*?<\/script>/, '<script type="module" src="loader.js"></script>'),
  });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  await page.evaluate(() => { window.__samePage = true; });
  await page.check('input[name=purpose][value=apply]');
  await page.click('button[type=submit]');
  await page.waitForTimeout(300);
  assert.equal(page.url(), `${env.server.url}/`);
  assert.equal(await page.evaluate(() => window.__samePage), true, 'the page was not reloaded');

  opened.release();
  await page.waitForSelector(LIVE);
  assert.equal(await step(page), 'purpose', 'a press with nothing yet to hear it is not carried out');
  assert.ok(await page.isChecked('input[name=purpose][value=apply]'), 'the choice is carried over');
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('the pre-rendered page is styled and its copies work before any request: the build’s stylesheets and loader are inline, allowed by their hashes alone', async () => {
  // The stylesheet files and loader.js never arrive: the page itself styles what is on screen
  // and shows the second page.
  const opened = await openPage(env, '/', { hold: ['**/*.css', '**/loader.js', WASM] });
  const { page } = opened;
  await page.waitForSelector('[data-snapshot] input[name=purpose]');
  const styled = await page.evaluate(() => {
    const radio = document.querySelector('[data-intake-wizard]').shadowRoot.querySelector('[data-snapshot] input[type=radio]');
    const { appearance, width } = getComputedStyle(radio);
    return { appearance, width, header: getComputedStyle(document.querySelector('.demo-header')).backgroundColor };
  });
  assert.deepEqual(styled, { appearance: 'none', width: '28px', header: 'rgb(29, 79, 145)' });
  assert.equal(await page.locator('link[rel=stylesheet]').count(), 0, 'no stylesheet link in the page');
  await page.check('input[name=purpose][value=volunteer]');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-snapshot] .iw-page[data-step=volunteer-info]');
  assert.deepEqual(opened.requests.filter((url) => /\/loader\.js$|\.css$/.test(url)), [], 'neither asked for');
  opened.release();
  await page.waitForSelector(LIVE);
  const inline = await page.evaluate(() => [document.querySelectorAll('style').length,
    [...document.querySelector('[data-intake-wizard]').shadowRoot.children].filter((element) => element.localName === 'style').length]);
  assert.deepEqual(inline, [2, 1], 'the page’s two stylesheets in its head, the wizard’s in its shadow root');
  await checkClean(opened, env.server.url);
  await opened.context.close();
});
