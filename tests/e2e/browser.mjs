// Shared set-up for the e2e tests: the system Chromium, a server for dist/ and the test hosts,
// and checks that every test wants (CSP violations, outside requests, axe).
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = join(here, '..', '..', 'dist');
export const RESULTS = join(here, 'results');

export async function start() {
  await mkdir(RESULTS, { recursive: true });
  const server = await serve({ roots: [DIST, join(here, 'hosts')] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
    ],
  });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** A page that records console errors, CSP violations and requests to other hosts. */
export async function openPage(env, path, { locale = 'sv-SE' } = {}) {
  const context = await env.browser.newContext({ locale, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.server.url}${path}`);
  await page.waitForSelector('.iw-app');
  return { page, context, problems, requests };
}

/** Runs axe-core on the page; returns its violations, described. */
export async function axe(page) {
  // Evaluated over the DevTools protocol: a <script> tag would be (rightly) blocked by the CSP.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(`${await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')};true`);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

export async function heading(page) {
  return (await page.locator('#iw-heading').textContent())?.trim();
}

/** Waits until focus is on the element with this id. */
export async function focusIs(page, id) {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 3000 });
}
