// Serves dist/ on 127.0.0.1 the way a municipality's web server should: correct MIME types
// (application/wasm), precompressed .br/.gz files when the client accepts them, and the strict
// Content-Security-Policy the wizard must run under. Used by `script/server` (until the
// reference receiver replaces it) and by the e2e tests, which also serve extra host pages.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * The policy for pages served from `dist`: CSP, with each stylesheet of the build (a `.css` file
 * at the top of `dist`) and its loader (`loader.js`) also allowed inline by their SHA-256
 * hashes, as a page with pre-rendered pages carries them (tests/e2e/prerender.mjs). The receiver
 * sends the same (`receiver::site::policy`).
 */
export async function policy(dist, base = CSP) {
  const hash = async (name) => {
    const file = await fileIfExists(join(dist, name));
    return file ? ` ${source(await readFile(file))}` : '';
  };
  const names = (await readdir(dist).catch(() => [])).filter((name) => name.endsWith('.css')).sort();
  let styles = '';
  for (const name of names) styles += await hash(name);
  const loader = await hash('loader.js');
  return base
    .replace(/script-src[^;]*/, (sources) => sources + loader)
    .replace(/style-src[^;]*/, (sources) => sources + styles);
}

/** The CSP source that allows an inline `<style>` with exactly this text: `'sha256-…'`. */
export function source(text) {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', // incl. the Fluent messages, locales/<lang>.ftl.txt
  '.ico': 'image/x-icon',
};

async function fileIfExists(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Starts a server. `roots` are folders searched in order for each path (dist/ first, then
 * e.g. the e2e host pages); `csp` replaces the policy (a host that posts to another origin
 * adds its `connect-src`); the hashes of the first root's stylesheets and loader are added to
 * it either way (`policy`). Resolves to { server, url, close() }.
 */
export async function serve({ roots, port = 0, host = '127.0.0.1', onRequest, csp = CSP } = {}) {
  const folders = roots.map((root) => resolve(root));
  // Once per server: the build does not change while it is served.
  const pagePolicy = policy(folders[0], csp);
  const server = createServer(async (request, response) => {
    onRequest?.(request);
    const url = new URL(request.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    for (const folder of folders) {
      const file = normalize(join(folder, path));
      if (!file.startsWith(folder + sep)) break;
      const found = await fileIfExists(file);
      if (!found) continue;
      const type = TYPES[extname(found)] ?? 'application/octet-stream';
      const accepts = String(request.headers['accept-encoding'] ?? '');
      let body = found;
      let encoding = null;
      if (/\bbr\b/.test(accepts) && (await fileIfExists(`${found}.br`))) {
        body = `${found}.br`;
        encoding = 'br';
      } else if (/\bgzip\b/.test(accepts) && (await fileIfExists(`${found}.gz`))) {
        body = `${found}.gz`;
        encoding = 'gzip';
      }
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = await pagePolicy;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : await readFile(body));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

// `node server.mjs [--port 8080] [--dist DIR]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const here = fileURLToPath(new URL('.', import.meta.url));
  const dist = option('--dist', join(here, '..', '..', 'dist'));
  const port = Number(option('--port', '8080'));
  const { url } = await serve({ roots: [dist], port });
  console.log(`Serving ${dist} on ${url}/ (Ctrl+C stops)`);
}
