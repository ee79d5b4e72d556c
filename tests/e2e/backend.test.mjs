// Any backend means any backend: the wizard posts to a minimal backend on another origin that
// knows nothing of digests, idempotency keys or the reference receiver's answer. It stores the
// JSON and answers 200 {"ok":true,"id":"BENCH-1"}. A 2xx is success: the confirmation shows
// the backend's reference where the settings point, else one made from the Idempotency-Key,
// and one press stores one row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, openPage, axe, waitForStep, act } from './browser.mjs';
import { CSP } from './server.mjs';
import { familyJourneys } from './journeys.mjs';

const journey = familyJourneys().find((j) => j.keyboard);
let backend;
let env;
const stored = [];
const seen = [];

/** A backend as small as a municipality might write: CORS for the page's origin, store, 200. */
function minimalBackend() {
  const server = createServer(async (request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Content-Digest',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      return response.end();
    }
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    seen.push(request.headers);
    stored.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ ok: true, id: `BENCH-${stored.length}` }));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

before(async () => {
  backend = await minimalBackend();
  const origin = `http://127.0.0.1:${backend.address().port}`;
  // Host pages like open.html, posting to the backend, with and without a reference pointer.
  const hosts = await mkdtemp(join(tmpdir(), 'intake-backend-'));
  const open = await readFile(new URL('./hosts/open.html', import.meta.url), 'utf8');
  const page = (attributes) => open.replace('data-lang="sv"', `data-lang="sv" data-endpoint="${origin}/submit" ${attributes}`);
  await writeFile(join(hosts, 'minimal-pointer.html'), page('data-reference-pointer="/id"'));
  await writeFile(join(hosts, 'minimal-plain.html'), page(''));
  // The host allows its backend as README "Any backend" says: connect-src names the origin.
  env = await start({ extraRoots: [hosts], csp: `${CSP}; connect-src 'self' ${origin}` });
});
after(async () => {
  await env?.close();
  await new Promise((done) => backend?.close(done));
});

async function sendFrom(path) {
  const opened = await openPage(env, path);
  const { page } = opened;
  for (const [id, actions] of journey.pages) {
    await waitForStep(page, id);
    for (const action of actions) await act(page, action);
    await page.click('form button[type=submit]');
  }
  await waitForStep(page, 'check-answers');
  const before = stored.length;
  await page.click('form button[type=submit]');
  await waitForStep(page, 'confirmation');
  assert.deepEqual(await axe(page), [], 'the confirmation is axe-clean');
  assert.equal(stored.length, before + 1, 'one press, one stored submission');
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
  const reference = (await page.locator('.iw-reference-number').textContent()).trim();
  return { ...opened, reference, body: stored.at(-1), headers: seen.at(-1) };
}

/** The wizard's own reference for a key: `IK-` and its first 40 bits in Crockford base-32. */
function referenceFromKey(key) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let bits = BigInt(`0x${key.replaceAll('-', '').slice(0, 10)}`);
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = alphabet[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return `IK-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

test('a 200 with {"ok":true,"id":…} is success, and the reference is read at the settings’ pointer', async () => {
  const { context, reference, body, headers } = await sendFrom('/minimal-pointer.html');
  assert.equal(reference, `BENCH-${stored.length}`);
  assert.equal(body.kind, 'family-application');
  assert.equal(body.schema_version, '2');
  assert.match(headers['idempotency-key'], /^[0-9a-f-]{36}$/, 'the key is sent, though this backend ignores it');
  await context.close();
});

test('without a pointer or a "reference", the confirmation shows one made from the Idempotency-Key', async () => {
  const { page, context, reference, headers } = await sendFrom('/minimal-plain.html');
  assert.equal(reference, referenceFromKey(headers['idempotency-key']));
  // The digest shown is the one the wizard sent.
  await page.click('.iw-details__summary');
  const digest = (await page.locator('.iw-code--wrap').textContent()).trim();
  assert.equal(digest, headers['content-digest']);
  await context.close();
});
