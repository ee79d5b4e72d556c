// Size budget: exactly the files a visitor's browser loads for the wizard: loader.js, the JS
// glue, the wasm, the stylesheet, ONE language's Fluent messages (only the active language is
// fetched; the largest after compression is counted) and one settings file (the largest example). The host page
// itself (index.html, host-demo.css, favicon.svg) is the municipality's and is not counted.
// Prints raw / gzip -9 / brotli 11 per file and fails above the budget.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// Issue #3: 200 KB brotli in CI; 120 KB is the target. README "Size and speed" says how the
// page got under it (script/build, Leptos's erase_components, esbuild, no sort instances).
const BUDGET_BROTLI = 200_000; // bytes, brotli, in total
const TARGET_BROTLI = 120_000; // the performance target; reported, not enforced

const dist = process.argv[2] ?? 'dist';
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const names = await readdir(dist);
const shipped = names.filter((name) =>
  /^intake-wizard-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name) || name === 'loader.js' || name === 'intake-wizard.css');
if (!shipped.some((name) => name.endsWith('.wasm'))) {
  console.error(`size budget: no wasm in ${dist}; run trunk build --release first`);
  process.exit(1);
}
const configs = (await readdir(join(dist, 'config'))).filter((name) => name.endsWith('.json'));
const largestConfig = (await Promise.all(configs.map(async (name) => [`config/${name}`, (await readFile(join(dist, 'config', name))).length])))
  .sort((a, b) => b[1] - a[1])[0]?.[0];
if (largestConfig) shipped.push(largestConfig);
const largestIn = async (folder, pick) => {
  const found = [];
  for (const entry of await readdir(join(dist, folder), { withFileTypes: true })) {
    const name = pick(entry);
    if (name) found.push([name, brotli(await readFile(join(dist, folder, name))).length]);
  }
  return found.sort((a, b) => b[1] - a[1])[0]?.[0];
};
const largestLocale = await largestIn('locales', (entry) => entry.isFile() && entry.name.endsWith('.ftl.txt') && entry.name)
  .catch(() => undefined);
if (!largestLocale) {
  console.error(`size budget: no locales/<lang>.ftl.txt in ${dist}`);
  process.exit(1);
}
shipped.push(`locales/${largestLocale}`);

let total = { raw: 0, gzip: 0, brotli: 0 };
const rows = [];
for (const name of shipped) {
  const bytes = await readFile(join(dist, name));
  const row = {
    file: name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotli(bytes).length,
  };
  rows.push(row);
  for (const key of ['raw', 'gzip', 'brotli']) total[key] += row[key];
}
const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip -9', 10)}${pad('brotli 11', 11)}`);
for (const row of rows) console.log(`${row.file.padEnd(44)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 11)}`);
console.log(`${'total'.padEnd(44)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 11)}`);
console.log(`budget ${BUDGET_BROTLI} B brotli (target ${TARGET_BROTLI} B): ${total.brotli <= BUDGET_BROTLI ? `within, ${BUDGET_BROTLI - total.brotli} B to spare` : 'OVER'}`);
if (total.brotli > BUDGET_BROTLI) {
  console.error(`size budget exceeded by ${total.brotli - BUDGET_BROTLI} bytes brotli`);
  process.exit(1);
}
console.log('1 passed, 0 failed');
