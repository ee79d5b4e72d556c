// End-to-end: the wizard embedded in other people's pages. Host pages that load the real
// design-system CSS from npm (borger.dk's DKFDS, Digdir's Designsystemet) and a hostile CMS reset
// (tests/e2e/hosts/embed/cms-reset.css); on each, in Swedish and Danish, every page of a complete
// journey to the confirmation must draw its radios and checkboxes, keep its text at 16 px or
// more, show focus, be axe-clean, break no CSP rule and move nothing on mount. Two wizards on one
// page must not disturb each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startWithReceiver, openPage, axe, focusIs, waitForStep, act, checkClean, vendorDesignSystems, RESULTS,
} from './browser.mjs';
import { familyJourneys } from './journeys.mjs';

let env;
before(async () => { env = await startWithReceiver({ extraRoots: [await vendorDesignSystems()] }); });
after(async () => { await env?.close(); });

const SHOTS = join(RESULTS, 'embed');
await mkdir(SHOTS, { recursive: true });

const journeys = familyJourneys();
const journey = (prefix) => journeys.find((j) => j.name.startsWith(prefix));
const HOSTS = [
  { name: 'dkfds', path: '/embed/dkfds.html', journey: journey('DK joint custody') },
  { name: 'designsystemet', path: '/embed/designsystemet.html', journey: journey('SE guardian of a 9-year-old') },
  { name: 'cms-reset', path: '/embed/cms-reset.html', journey: journey('SE guardian of a 9-year-old') },
];

/** What a person would see go wrong on this page, measured in the wizard's shadow root. */
async function looks(page) {
  return page.evaluate(() => {
    const root = window.__iw.root();
    const problems = [];
    for (const input of root.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      const box = input.getBoundingClientRect();
      const style = getComputedStyle(input);
      if (box.width < 24 || box.height < 24) problems.push(`#${input.id} is ${box.width}×${box.height} px`);
      if (style.visibility !== 'visible' || Number(style.opacity) < 1 || style.display === 'none') {
        problems.push(`#${input.id} is hidden`);
      }
      if (style.appearance === 'none' && parseFloat(style.borderTopWidth) < 1) problems.push(`#${input.id} draws no box`);
    }
    // Every piece of visible text, at its computed size.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!node.textContent.trim() || element.closest('.iw-visually-hidden, .iw-light, [hidden]')) continue;
      const style = getComputedStyle(element);
      if (parseFloat(style.fontSize) < 16) problems.push(`text "${node.textContent.trim().slice(0, 30)}" is ${style.fontSize}`);
      if (style.textTransform !== 'none') problems.push(`text "${node.textContent.trim().slice(0, 30)}" is ${style.textTransform}`);
    }
    for (const item of root.querySelectorAll('li')) {
      if (getComputedStyle(item, '::before').content !== 'none') problems.push('a list item has the host’s marker');
    }
    return problems;
  });
}

/**
 * The layout shift the wizard could have caused: shifts of the host element, of anything in it or
 * after it. (A web font of the host page's own, such as DKFDS's IBM Plex, may shift the page's
 * header above the wizard as it arrives; the wizard cannot move what comes before it.)
 */
function shiftsFromTheWizard(page) {
  return page.evaluate(() => new Promise((done) => {
    new PerformanceObserver((list) => {
      const host = document.querySelector('[data-intake-wizard]');
      const moved = (node) => node && (node === host || host.contains(node)
        || (host.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      done(list.getEntries()
        .filter((entry) => !entry.hadRecentInput && entry.sources.some((source) => moved(source.node)))
        .reduce((sum, entry) => sum + entry.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // With no shift at all the observer never calls back.
    setTimeout(() => done(0), 200);
  }));
}

/** Tabs into (or on through) the wizard; the focused element must show an indicator of 2 px or more. */
async function focusIndicator(page) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = window.__iw.active();
      if (!window.__iw.root().contains(active)) return null;
      const style = getComputedStyle(active);
      const visible = (colour) => !/^(transparent|rgba\(.*, 0\))$/.test(colour);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && visible(style.outlineColor);
      const shadow = style.boxShadow !== 'none'
        && (style.boxShadow.match(/-?\d+(\.\d+)?px/g) ?? []).some((px) => Math.abs(parseFloat(px)) >= 2);
      return { what: `${active.tagName.toLowerCase()}#${active.id}.${active.className}`, outline, shadow };
    });
    if (focus) return focus;
  }
  throw new Error('Tab never reached the wizard');
}

async function checkPage(page, where, shot) {
  assert.deepEqual(await looks(page), [], `what shows on ${where}`);
  const focus = await focusIndicator(page);
  assert.ok(focus.outline || focus.shadow, `${where}: ${focus.what} shows focus`);
  assert.deepEqual(await axe(page), [], `axe on ${where}`);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
}

for (const host of HOSTS) {
  for (const lang of ['sv', 'da']) {
    test(`on the ${host.name} page (${lang}), every page of "${host.journey.name}" is drawn as designed, to the confirmation`, async () => {
      const opened = await openPage(env, host.path);
      const { page } = opened;
      assert.equal(await shiftsFromTheWizard(page), 0, 'nothing moved as the wizard mounted (CLS 0)');
      const base = await page.evaluate(() => getComputedStyle(window.__iw.q('.iw-root')).fontSize);
      assert.ok(parseFloat(base) >= 16, `the wizard's base size (${base}) ignores the host's root size`);
      await page.click(`#iw-language-${lang}`);
      await page.waitForFunction((l) => document.querySelector('[data-intake-wizard]').lang === l, lang);
      const rowsBefore = env.stored().length;
      for (const [index, [id, actions]] of host.journey.pages.entries()) {
        await waitForStep(page, id);
        if (index === 2) {
          // "Save and continue later": the page with the resume code, in this host's CSS.
          await page.click('#iw-save');
          await waitForStep(page, 'draft');
          await page.waitForSelector('#iw-resume-code');
          await page.waitForFunction(() => /\d{4}-\d\d-\d\d|\d+\.\d+\.\d{4}/.test(window.__iw.q('.iw-page').textContent), null, { timeout: 15000 });
          await checkPage(page, `save (${host.name}, ${lang})`, `${host.name}-${lang}-draft-saved`);
          await page.click('.iw-page button.iw-button:not(.iw-button--secondary)');
          await waitForStep(page, id);
        }
        await checkPage(page, `${id} (${host.name}, ${lang})`, `${host.name}-${lang}-${id}`);
        for (const action of actions) await act(page, action);
        await page.click('form button[type=submit]');
      }
      await waitForStep(page, 'check-answers');
      await checkPage(page, `check-answers (${host.name}, ${lang})`, `${host.name}-${lang}-check-answers`);
      await page.click('form button[type=submit]');
      await waitForStep(page, 'confirmation');
      await focusIs(page, 'iw-heading');
      await checkPage(page, `confirmation (${host.name}, ${lang})`, `${host.name}-${lang}-confirmation`);
      const reference = (await page.locator('.iw-reference-number').textContent()).trim();
      assert.match(reference, /^IW-/);
      // "Print" marks this wizard for the print stylesheet while the dialog is open.
      await page.evaluate(() => {
        window.print = () => { window.__printing = document.querySelectorAll('[data-intake-wizard-printing]').length; };
      });
      await page.locator('.iw-button--secondary').click();
      assert.equal(await page.evaluate(() => window.__printing), 1, 'the wizard is marked while printing');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert.equal(await page.locator('[data-intake-wizard-printing]').count(), 0, 'and unmarked after');
      assert.equal(env.stored().length, rowsBefore + 1, 'one submission stored');
      await checkClean(opened, env.server.url);
      await opened.context.close();
    });
  }
}

test('on a narrow phone screen the body text is 16 px and nothing overflows sideways', async () => {
  const opened = await openPage(env, '/embed/cms-reset.html');
  const { page } = opened;
  await page.setViewportSize({ width: 360, height: 740 });
  const sizes = await page.evaluate(() => ({
    base: getComputedStyle(window.__iw.q('.iw-root')).fontSize,
    // The host page's own spaced-out heading may overflow; nothing of the wizard's may.
    wide: [...window.__iw.root().querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  }));
  assert.equal(sizes.base, '16px');
  assert.deepEqual(sizes.wide, [], 'nothing of the wizard reaches past the screen’s edge');
  assert.deepEqual(await looks(page), []);
  await page.screenshot({ path: join(SHOTS, 'cms-reset-narrow.png'), fullPage: true });
  await checkClean(opened, env.server.url);
  await opened.context.close();
});

test('two wizards on one page: their own language, state, ids, events and history', async () => {
  const opened = await openPage(env, '/embed/two.html');
  const { page } = opened;
  const events = [];
  await page.exposeFunction('__heard', (event) => events.push(event));
  await page.evaluate(() => {
    for (const name of ['intake-wizard:step', 'intake-wizard:submitted']) {
      document.addEventListener(name, (event) => window.__heard({ type: event.type, host: event.target.id, detail: event.detail }));
    }
  });
  const apply = page.locator('#apply');
  const volunteer = page.locator('#volunteer');
  await page.waitForFunction(() => window.__iw.q('.iw-app', 1));
  const stepOf = (n) => page.evaluate((i) => window.__iw.q('.iw-page', i)?.dataset.step, n);

  // Both show #iw-purpose; the second's error summary links to its own.
  await volunteer.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.__iw.active()?.id === 'iw-error-summary');
  await volunteer.locator('.iw-error-summary__list a').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'volunteer', 'focus is in the second wizard');
  assert.equal(await page.evaluate(() => window.__iw.active()?.name), 'purpose');
  assert.equal(await apply.locator('.iw-error-summary').count(), 0, 'the first shows no errors');
  assert.match(await apply.locator('#iw-heading').textContent(), /Vad vill du göra\?/);
  assert.match(await volunteer.locator('#iw-heading').textContent(), /Hvad vil du gøre\?/);
  assert.equal(await page.getAttribute('#apply', 'lang'), 'sv');
  assert.equal(await page.getAttribute('#volunteer', 'lang'), 'da');

  // The first wizard goes two pages on, the second one page.
  await apply.locator('input[name=purpose][value=apply]').check();
  await apply.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 0)?.dataset.step === 'applicant');
  await apply.locator('input[name=applicant][value=guardian]').check();
  await apply.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 0)?.dataset.step === 'person');
  await volunteer.locator('input[name=purpose][value=volunteer]').check();
  await volunteer.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 1)?.dataset.step === 'volunteer-info');
  assert.equal(await stepOf(0), 'person', 'the other wizard stayed where it was');

  // A language switch in one leaves the other alone.
  await volunteer.locator('#iw-language-en').click();
  await page.waitForFunction(() => document.querySelector('#volunteer').lang === 'en');
  assert.equal(await page.getAttribute('#apply', 'lang'), 'sv');
  assert.match(await apply.locator('#iw-heading').textContent(), /Steg 3 av/);

  // Back undoes the last move of whichever wizard made it, one at a time.
  await page.goBack();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 1)?.dataset.step === 'purpose');
  assert.equal(await stepOf(0), 'person');
  await page.goBack();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 0)?.dataset.step === 'applicant');
  assert.equal(await stepOf(1), 'purpose');
  await page.goForward();
  await page.waitForFunction(() => window.__iw.q('.iw-page', 0)?.dataset.step === 'person');
  assert.equal(await stepOf(1), 'purpose');

  // Printing one prints it alone: the page and the other wizard are hidden, and its controls.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.querySelector('#apply').setAttribute('data-intake-wizard-printing', ''));
  const printed = await page.evaluate(() => ({
    apply: getComputedStyle(window.__iw.q('.iw-page', 0)).visibility,
    volunteer: getComputedStyle(window.__iw.q('.iw-page', 1)).visibility,
    page: getComputedStyle(document.querySelector('h1')).visibility,
    switcher: getComputedStyle(window.__iw.q('.iw-language-switcher', 0)).display,
  }));
  assert.deepEqual(printed, { apply: 'visible', volunteer: 'hidden', page: 'hidden', switcher: 'none' });
  await page.evaluate(() => document.querySelector('#apply').removeAttribute('data-intake-wizard-printing'));
  await page.emulateMedia({ media: 'screen' });

  const steps = events.filter((e) => e.type === 'intake-wizard:step');
  assert.deepEqual(steps.slice(0, 3).map((e) => [e.host, e.detail.page]), [['apply', 'applicant'], ['apply', 'person'], ['volunteer', 'volunteer-info']]);
  for (const event of steps) assert.deepEqual(Object.keys(event.detail).sort(), ['number', 'page', 'total']);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(SHOTS, 'two-wizards.png'), fullPage: true });
  await checkClean(opened, env.server.url);
  await opened.context.close();
});
