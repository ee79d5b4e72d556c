// Pre-renders the wizard's first page into host pages of a release build, so the first question
// is on screen and usable as soon as the page's HTML is, before the wasm has loaded.
//
//   node tests/e2e/prerender.mjs dist [page.html …]    (default: index.html; script/build runs it)
//
// Each page is opened in Chromium (the same server and CSP as the e2e tests), each wizard's
// first page is copied from its live shadow root, marked `data-snapshot`, and written into the
// page as Declarative Shadow DOM (`<template shadowrootmode="open">`) at the start of its host
// element, whose own children (loading and failure texts) stay as they are. It is never written
// by hand, so it always matches the settings, the route and the language of that page.
//
// When the first page is one choice (Sweden: apply, or become a contact person), the page each
// answer leads to is copied too, in a `<template data-snapshot-for="name=value">`: loader.js shows
// it on "Continue" before the wasm has arrived, so on a slow connection the second page does
// not wait for the whole wasm. When the wasm starts it takes over the root on the page shown and
// carries over what was done in the copies (`WizardRoot::early_input`); loader.js keeps
// "Continue" from submitting a copy's form.
//
// The page's stylesheets that are the build's own (a `.css` file at the top of dist/: the
// wizard's, and the demo page's) are written into it as `<style>`, in the page's head and in the
// shadow root, so the first paint waits for no request after the HTML (on a slow connection
// a round trip, about 560 ms on Slow 4G). A Content-Security-Policy then allows each by its
// hash, which this prints (the receiver and tests/e2e/server.mjs add them: `policy`).
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { launchBrowser } from './browser.mjs';
import { serve, source } from './server.mjs';

const [dist = 'dist', ...named] = process.argv.slice(2);
const pages = named.length ? named : ['index.html'];
// The opening tag of a host element (one that carries `data-intake-wizard`).
const HOST = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-intake-wizard(?=[\s=>])[^>]*>/g;

// The wizard's app element as a copy (run in the page): marked `data-snapshot`, its forms made
// harmless, Leptos's markers gone.
function snapshot(element) {
  const copy = element.shadowRoot.querySelector('.iw-root .iw-app').cloneNode(true);
  copy.setAttribute('data-snapshot', '');
  // A copy's form never navigates, even if "Continue" is pressed before loader.js listens:
  // outside a <dialog>, submitting a `method="dialog"` form fires `submit` and does nothing.
  for (const form of copy.querySelectorAll('form')) form.setAttribute('method', 'dialog');
  // Leptos's empty comment markers mean nothing outside the live app.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.remove();
  return copy.outerHTML;
}

const server = await serve({ roots: [dist] });
const browser = await launchBrowser();
try {
  for (const name of pages) {
    const file = join(dist, name);
    const html = await readFile(file, 'utf8');
    if (/shadowrootmode/.test(html)) throw new Error(`${name}: pre-rendered already`);
    const hosts = [...html.matchAll(HOST)];
    const hashes = new Set();
    const scripts = new Set();
    const sheets = new Map();
    if (hosts.length === 0) throw new Error(`${name}: no element with data-intake-wizard`);
    const page = await browser.newPage();
    await page.goto(`${server.url}/${name}`);
    const copies = [];
    for (let index = 0; index < hosts.length; index++) {
      const host = page.locator('[data-intake-wizard]').nth(index);
      const live = host.locator('.iw-root .iw-app');
      await live.locator('.iw-page').waitFor();
      const first = await live.locator('.iw-page').getAttribute('data-step');
      const { sheet } = await host.evaluate((element) => ({
        sheet: new URL(element.shadowRoot.querySelector('link[rel=stylesheet]').href).pathname,
      }));
      const app = await host.evaluate(snapshot);
      // The page each answer of a first page with one choice leads to, as the wizard shows it.
      const next = [];
      const inputs = await live.locator('.iw-page input').evaluateAll((found) =>
        found.map((input) => ({ type: input.type, name: input.name, value: input.value })));
      if (inputs.length > 0 && inputs.every(({ type }) => type === 'radio')
        && new Set(inputs.map(({ name }) => name)).size === 1) {
        for (const { name, value } of inputs) {
          await live.locator(`.iw-page input[name="${name}"][value="${value}"]`).check();
          await live.locator('button[type=submit]').click();
          await live.locator(`.iw-page:not([data-step="${first}"])`).waitFor();
          next.push({ after: `${name}=${value}`, app: await host.evaluate(snapshot) });
          await live.locator('.iw-back-link').click();
          await live.locator(`.iw-page[data-step="${first}"]`).waitFor();
        }
      }
      copies.push({ app, sheet, next });
    }
    await page.close();
    // A stylesheet of the build, by its path from the server's root, as a `<style>` element.
    const inline = async (path) => {
      const css = await readFile(join(dist, path), 'utf8');
      if (/<\/style/i.test(css)) throw new Error(`${path}: cannot be written inside <style>`);
      hashes.add(source(css));
      return `<style>${css}</style>`;
    };
    const ownSheet = (pathname) => posix.dirname(pathname) === '/' && pathname.endsWith('.css')
      && existsSync(join(dist, pathname));
    for (const { sheet } of copies) {
      if (!ownSheet(sheet)) throw new Error(`${name}: the wizard's stylesheet ${sheet} is not the build's`);
      if (!sheets.has(sheet)) sheets.set(sheet, await inline(sheet));
    }
    let at = 0;
    let written = '';
    hosts.forEach((match, index) => {
      const { app, sheet } = copies[index];
      const end = match.index + match[0].length;
      written += html.slice(at, end);
      const { next } = copies[index];
      const after = next.map((copy) => `<template data-snapshot-for="${copy.after.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}">${copy.app}</template>`);
      written += `<template shadowrootmode="open">${sheets.get(sheet)}`
        + `<div class="iw-light" hidden><slot></slot></div><div class="iw-root">${app}${after.join('')}</div></template>`;
      at = end;
    });
    written += html.slice(at);
    // The head's links to the build's stylesheets, inline too.
    const links = [...written.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g)];
    for (const { 0: tag, 1: href, index } of links.reverse()) { // from the end: indices stay right
      const { pathname } = new URL(href, `${server.url}/${name}`);
      if (!ownSheet(pathname)) continue;
      written = written.slice(0, index) + (await inline(pathname)) + written.slice(index + tag.length);
    }
    // The loader too, when the page is at the top of dist/ (the folder loader.js finds the
    // wizard's files in, from `import.meta.url`, which is the page's own URL when inline): so
    // "Continue" in the copies works as soon as the page is parsed, and the wasm download starts
    // then, with no request for loader.js first (on Slow 4G a round trip). The head's preload
    // hints for the wasm and its glue go: the inline loader asks for both at the same moment.
    const loaders = [...written.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)]
      .filter(({ 1: src }) => new URL(src, `${server.url}/${name}`).pathname === '/loader.js');
    if (loaders.length === 1 && !name.includes('/')) {
      const js = await readFile(join(dist, "loader.js"), "utf8"); // exactly: its hash is the file's
      if (/<\/script/i.test(js)) throw new Error('loader.js: cannot be written inside <script>');
      const { 0: tag, index } = loaders[0];
      written = written.slice(0, index) + `<script type="module">${js}</script>` + written.slice(index + tag.length);
      written = written.replace(/[ \t]*<link rel="(?:modulepreload|preload)" href="intake-wizard-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>\n?/g, '');
      scripts.add(source(js));
    }
    await writeFile(file, written);
    // Keep the precompressed copies (script/trunk-post-build) in step.
    if (existsSync(`${file}.gz`)) await writeFile(`${file}.gz`, gzipSync(written, { level: 9 }));
    if (existsSync(`${file}.br`)) {
      await writeFile(`${file}.br`, brotliCompressSync(written, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    console.log(`prerender: ${name}: ${copies.length} first page(s) written (${copies.map((c) => c.app.length).join(', ')} bytes), `
      + `with ${copies.map((c) => c.next.length).join(', ')} next page(s) (${copies.flatMap((c) => c.next.map((n) => n.app.length)).join(', ')} bytes); `
      + `its inline stylesheets need style-src ${[...hashes].join(' ')}`
      + (scripts.size ? `, its inline loader script-src ${[...scripts].join(' ')}` : ''));
  }
} finally {
  await browser.close();
  await server.close();
}
