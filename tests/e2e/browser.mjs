// Shared set-up for the e2e tests: the system Chromium, a server for dist/ and the test hosts,
// and checks that every test wants (CSP violations, outside requests, axe).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { INIT } from './engines.mjs';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = join(here, '..', '..', 'dist');
export const RESULTS = join(here, 'results');

/** The system Chromium, headless, with nothing running in the background. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
    ],
  });
}

export async function start({ extraRoots = [], csp } = {}) {
  await mkdir(RESULTS, { recursive: true });
  const server = await serve({ roots: [DIST, join(here, 'hosts'), ...extraRoots], csp });
  const browser = await launchBrowser();
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * A page that records console errors, CSP violations and requests to other hosts. Resolves once
 * the live wizard is mounted; with `hold` (URL globs), at once, and those files are not served
 * until `release()` is called (to use a page's pre-rendered first page, prerender.mjs).
 */
export async function openPage(env, path, { locale = 'sv-SE', hold = [], rewrite } = {}) {
  const context = await env.browser.newContext({ locale, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // The CSP listener and the shadow-root helpers (`__iw`), shared with engines.mjs.
  await page.addInitScript(INIT);
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release = () => {};
  const held = new Promise((resolve) => { release = resolve; });
  for (const glob of hold) {
    await page.route(glob, async (route) => { await held; await route.continue(); });
  }
  // `rewrite` changes the page's HTML as served (headers kept): another host page's markup.
  if (rewrite) {
    await page.route(`${env.server.url}${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  // Held files may be the page's own scripts, whose `load` would never come.
  await page.goto(`${env.server.url}${path}`, { waitUntil: hold.length ? 'commit' : 'load' });
  // The live wizard, not the copy of its first page that a host page may carry.
  if (hold.length === 0) await page.waitForSelector('.iw-app:not([data-snapshot])');
  return { page, context, problems, requests, release };
}

/** No CSP violation, no console error, no request to another origin, no cookie. */
export async function checkClean({ page, context, problems, requests }, origin) {
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(problems, [], 'no console errors');
  const outside = requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(outside, [], 'no request leaves the municipality’s origin');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
}

/** Runs axe-core on the page; returns its violations, described. */
export async function axe(page) {
  // Evaluated over the DevTools protocol: a <script> tag would be (rightly) blocked by the CSP.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(`${await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')};true`);
  }
  const violations = await page.evaluate(async () => {
    // No CSSOM preload: for a shadow root's linked stylesheet axe would copy it into an
    // inline <style>, which the page's CSP (rightly) blocks. Only css-orientation-lock uses it.
    const result = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

export async function heading(page) {
  return (await page.locator('#iw-heading').textContent())?.trim();
}

/** Waits until focus is on the element with this id. */
export async function focusIs(page, id) {
  await page.waitForFunction((wanted) => window.__iw.active()?.id === wanted, id, { timeout: 3000 });
}

/**
 * The reference receiver (the Rust binary `intake-receiver`) serving dist/ and the test hosts,
 * with a fresh SQLite database. `stored()` lists what it has stored (`--export`).
 * The binary: $INTAKE_RECEIVER_BIN, else target/debug/intake-receiver ($CARGO_TARGET_DIR).
 */
export async function startWithReceiver({ extraRoots = [] } = {}) {
  const { spawn, spawnSync } = await import('node:child_process');
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const net = await import('node:net');
  await mkdir(RESULTS, { recursive: true });
  const targetDir = process.env.CARGO_TARGET_DIR || join(here, '..', '..', 'target');
  const bin = process.env.INTAKE_RECEIVER_BIN || join(targetDir, 'debug', 'intake-receiver');
  const dataDir = await mkdtemp(join(tmpdir(), 'intake-e2e-'));
  const port = await new Promise((done) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => done(free));
    });
  });
  const args = ['--bind', `127.0.0.1:${port}`, '--dist', DIST, '--extra-root', join(here, 'hosts'), '--data-dir', dataDir];
  for (const root of extraRoots) args.push('--extra-root', root);
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (i > 100) throw new Error(`the receiver did not start: ${bin}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const browser = await launchBrowser();
  const stored = () => {
    const result = spawnSync(bin, ['--export', '--data-dir', dataDir], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`export failed: ${result.stderr}`);
    return result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  };
  return {
    server: { url },
    browser,
    stored,
    close: async () => {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    },
  };
}

export const step = (page) => page.getAttribute('.iw-page', 'data-step');

export async function waitForStep(page, id) {
  await page.waitForFunction((wanted) => window.__iw.q('.iw-page')?.dataset.step === wanted, id, { timeout: 5000 })
    .catch(async () => { throw new Error(`expected page ${id}, got ${await step(page)}`); });
  // The wizard moves focus to the new page's heading in the next animation frame; a key pressed
  // before that frame would be overtaken by it. Two frames later the page is settled.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Carries out one page's actions with the mouse and keyboard the way a user would. */
export async function act(page, [kind, field, value]) {
  if (kind === 'choose') await page.check(`input[name="${field}"][value="${value}"]`);
  if (kind === 'type') await page.fill(`#iw-${field}`, value);
  if (kind === 'date') {
    const [y, m, d] = value;
    await page.fill(`#iw-${field}`, String(d));
    await page.fill(`#iw-${field}-month`, String(m));
    await page.fill(`#iw-${field}-year`, String(y));
  }
}


/**
 * The real design-system stylesheets (npm packages pinned in package.json), copied into a
 * fresh folder served under /vendor/: borger.dk's DKFDS with its fonts and images, and
 * Designsystemet with its default theme. Returns the folder, for `extraRoots`.
 */
export async function vendorDesignSystems() {
  const { cp, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const root = await mkdtemp(join(tmpdir(), 'intake-vendor-'));
  // Neither package exports its package.json, so they are found where npm ci put them.
  const dkfds = join(here, 'node_modules', 'dkfds');
  const ds = join(here, 'node_modules', '@digdir', 'designsystemet-css');
  await cp(join(dkfds, 'dist', 'css', 'dkfds-borgerdk.min.css'), join(root, 'vendor', 'dkfds', 'css', 'dkfds-borgerdk.min.css'));
  for (const format of ['woff2', 'woff']) {
    await cp(join(dkfds, 'dist', 'fonts', 'IBMPlexSans', 'complete', format), join(root, 'vendor', 'dkfds', 'fonts', 'IBMPlexSans', 'complete', format), { recursive: true });
  }
  await cp(join(dkfds, 'dist', 'img'), join(root, 'vendor', 'dkfds', 'img'), { recursive: true });
  await cp(join(ds, 'dist', 'src', 'index.css'), join(root, 'vendor', 'designsystemet', 'src', 'index.css'));
  await cp(join(ds, 'dist', 'theme', 'designsystemet.css'), join(root, 'vendor', 'designsystemet', 'theme', 'designsystemet.css'));
  return root;
}
