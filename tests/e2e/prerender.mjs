// Pre-renders the wizard's first page into host pages of a release build, so the first question
// is on screen and usable as soon as the page's HTML is, before the wasm has loaded.
//
//   node tests/e2e/prerender.mjs dist [page.html …]    (default: index.html; script/build runs it)
//
// Each page is opened in Chromium (the same server and CSP as the e2e tests), the wizard's
// first page is copied from the live DOM, marked `data-snapshot`, and written into the page in
// place of the host's loading text (`<p class="iw-loading">…</p>`). It is never written by
// hand, so it always matches the settings, the route and the language of that page. When the
// wasm starts it replaces the copy and carries over what was done in it (`platform::embed::
// early_input`); loader.js keeps "Continue" from submitting the copy's form meanwhile.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const [dist = 'dist', ...named] = process.argv.slice(2);
const pages = named.length ? named : ['index.html'];
const LOADING = /<p class="iw-loading">[^<]*<\/p>/;

const server = await serve({ roots: [dist] });
const browser = await launchBrowser();
try {
  for (const name of pages) {
    const file = join(dist, name);
    const html = await readFile(file, 'utf8');
    if (!LOADING.test(html)) throw new Error(`${name}: no <p class="iw-loading"> in its host element`);
    const page = await browser.newPage();
    await page.goto(`${server.url}/${name}`);
    await page.waitForSelector('[data-intake-wizard] .iw-app .iw-page');
    const snapshot = await page.$eval('[data-intake-wizard] .iw-app', (app) => {
      const copy = app.cloneNode(true);
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
    });
    await page.close();
    const written = html.replace(LOADING, snapshot);
    await writeFile(file, written);
    // Keep the precompressed copies (script/trunk-post-build) in step.
    if (existsSync(`${file}.gz`)) await writeFile(`${file}.gz`, gzipSync(written, { level: 9 }));
    if (existsSync(`${file}.br`)) {
      await writeFile(`${file}.br`, brotliCompressSync(written, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    console.log(`prerender: ${name}: first page written (${snapshot.length} bytes)`);
  }
} finally {
  await browser.close();
  await server.close();
}
