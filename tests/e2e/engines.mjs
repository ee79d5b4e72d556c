// The same few operations in Firefox and WebKit, for the smoke journey of engines.test.mjs:
// Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, WebKit (Debian's
// webkit2gtk-driver: WebKitWebDriver starting MiniBrowser under xvfb-run) over plain W3C
// WebDriver. Every element is reached inside the wizard's shadow root through `window.__iw`,
// which `INIT` defines, and then clicked or typed into as a user would.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

/**
 * Helpers in the page (every engine's tests): CSP violations recorded in `__cspViolations`; the
 * wizard draws inside its host's shadow root, so `__iw.q` finds an element there (in the first
 * wizard, or the n-th) and `__iw.active()` the focused element inside any shadow root.
 */
export const INIT = `(() => {
  if (window.__iw) return;
  window.__cspViolations = window.__cspViolations || [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
  window.__iw = {
    root: (n = 0) => document.querySelectorAll('[data-intake-wizard]')[n]?.shadowRoot ?? null,
    q: (selector, n = 0) => window.__iw.root(n)?.querySelector(selector) ?? null,
    active: () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    },
  };
})();`;

const freePort = () => new Promise((done) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

/** Firefox ESR over WebDriver BiDi (puppeteer-core). */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'intl.accept_languages': 'sv-SE,sv' },
  });
  const page = await browser.newPage();
  // Leaving a page with unsent answers asks first (beforeunload): the test leaves, as a person
  // who has saved a draft would.
  page.on('dialog', (dialog) => dialog.accept());
  await page.evaluateOnNewDocument(INIT);
  const element = async (selector) => {
    const handle = await page.waitForFunction((s) => window.__iw?.q(s), { timeout: 5000 }, selector);
    return handle.asElement();
  };
  return {
    name: `Firefox ${(await browser.version()).replace(/^[^/]*\//, '')}`,
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: async (selector) => (await element(selector)).click(),
    fill: async (selector, text) => {
      const input = await element(selector);
      await input.evaluate((el) => { el.value = ''; });
      await input.type(text);
    },
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    close: () => browser.close(),
  };
}

/** The MiniBrowser that Debian's WebKitGTK ships, for WebKitWebDriver to start. */
function miniBrowser() {
  const candidates = [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('no MiniBrowser: script/bootstrap installs webkit2gtk-driver');
  return found;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebKit (WebKitGTK's MiniBrowser) over W3C WebDriver, under a virtual X display. */
export async function webkit() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch { /* not up yet */ }
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      },
    },
  });
  const id = session.sessionId;
  const s = `/session/${id}`;
  const run = (fn, ...args) => call('POST', `${s}/execute/sync`, {
    script: `${INIT}; return (${fn}).apply(null, arguments);`,
    args,
  });
  const element = async (selector) => {
    for (let i = 0; i < 50; i++) {
      const found = await run((sel) => window.__iw.q(sel), selector);
      if (found?.[ELEMENT]) return found[ELEMENT];
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no ${selector} in the wizard`);
  };
  return {
    name: `WebKitGTK ${session.capabilities.browserVersion}`,
    open: async (url) => {
      await call('POST', `${s}/url`, { url });
      await run(() => true); // INIT, as soon as the page is there
    },
    run,
    click: async (selector) => call('POST', `${s}/element/${await element(selector)}/click`, {}),
    fill: async (selector, text) => {
      const input = await element(selector);
      await call('POST', `${s}/element/${input}/clear`, {});
      await call('POST', `${s}/element/${input}/value`, { text });
    },
    screenshot: async (path) => {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path, Buffer.from(await call('GET', `${s}/screenshot`), 'base64'));
    },
    close: async () => {
      await call('DELETE', s).catch(() => {});
      try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* gone */ }
    },
  };
}
