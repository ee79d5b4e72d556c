// Cuts code no path of the wizard can run from the wasm-bindgen output, before wasm-opt
// (script/trunk-post-build): usage `node script/wasm-cut.mjs in.wasm out.wasm`.
//
// Some functions stay in a wasm only because their address sits in the function table, which
// wasm-opt must keep whole because JS reads it. Two kinds of them are dead here:
//
// - wasm-streams: Leptos depends on server_fn, whose streaming server functions bring it. Its
//   classes are exported to JS (wasm-opt drops those exports) and the futures they start sit
//   in the table. The wizard has no server functions, so nothing creates those streams.
// - intl_pluralrules: Fluent's plural rules, one function per CLDR rule, listed in a table of
//   every language. The wizard formats only Swedish, Danish and English (`Language::ALL`), so
//   the rules of every other language are never looked up.
//
// Each such function gets an `unreachable` body; wasm-opt then drops what only they called.
// Measured: 2.4 KB brotli for wasm-streams, 1.5 KB for the plural rules (README "Size and
// speed"). The build fails if either is not found, rather than cut blindly.
import { readFileSync, writeFileSync } from 'node:fs';

const binaryen = (await import(new URL('../tests/e2e/node_modules/binaryen/index.js', import.meta.url))).default;
const [input, output] = process.argv.slice(2);
const LANGUAGES = ['sv', 'da', 'en'];

const bytes = readFileSync(input);
binaryen.setDebugInfo(true); // keep the names: wasm-opt orders functions by them
const module = binaryen.readBinary(bytes);
const F = binaryen.Features;
module.setFeatures(F.MVP | F.BulkMemory | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue);
const plain = (name) => name.replace(/\[[0-9a-f]{16}\]/g, ''); // without crate hashes

/** The active data segments as one memory image (the wasm's own layout, read from `bytes`). */
function memoryImage() {
  const leb = (at) => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, at];
  };
  const segments = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at++];
    let size; [size, at] = leb(at);
    const end = at + size;
    if (id === 11) {
      let count, p = at; [count, p] = leb(p);
      for (let i = 0; i < count; i++) {
        let flag; [flag, p] = leb(p);
        if (flag !== 0 || bytes[p] !== 0x41) throw new Error('wasm-cut: a data segment of an unknown kind');
        let offset; [offset, p] = leb(p + 1);
        p += 1; // `end`
        let length; [length, p] = leb(p);
        segments.push([offset, bytes.subarray(p, p + length)]);
        p += length;
      }
    }
    at = end;
  }
  const image = new Uint8Array(Math.max(...segments.map(([offset, data]) => offset + data.length)));
  for (const [offset, data] of segments) image.set(data, offset);
  return image;
}

/** The function in each table slot, by name. */
function table() {
  const slots = new Map();
  for (let i = 0; i < module.getNumElementSegments(); i++) {
    const info = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(i));
    const offset = binaryen.getExpressionInfo(info.offset).value;
    info.data.forEach((name, index) => slots.set(offset + index, name));
  }
  return slots;
}

// The plural rules the wizard's languages use: in the rules tables, each language is its
// subtag (8 bytes), no script, no region (0xff niches), no variants, then the rule's table slot.
const image = memoryImage();
const view = new DataView(image.buffer);
const slots = table();
const keep = new Set();
for (const language of LANGUAGES) {
  const subtag = new Uint8Array(8);
  subtag.set(new TextEncoder().encode(language));
  let found = 0;
  for (let at = image.indexOf(subtag[0]); at >= 0 && at + 28 <= image.length; at = image.indexOf(subtag[0], at + 1)) {
    if (!subtag.every((byte, i) => image[at + i] === byte)) continue;
    if (view.getUint32(at + 8, true) !== 255 || view.getUint32(at + 12, true) !== 255) continue;
    if (view.getUint32(at + 16, true) !== 0 || view.getUint32(at + 20, true) !== 0) continue;
    const rule = slots.get(view.getUint32(at + 24, true));
    if (rule && plain(rule).includes('intl_pluralrules::rules::PRS_')) {
      keep.add(rule);
      found += 1;
    }
  }
  if (found === 0) {
    console.error(`wasm-cut: no plural rule found for ${language}`);
    process.exit(1);
  }
}

let streams = 0, rules = 0;
for (let index = 0; index < module.getNumFunctions(); index++) {
  const fn = module.getFunctionByIndex(index);
  const info = binaryen.getFunctionInfo(fn);
  if (!info.body) continue;
  const name = plain(info.name);
  if (/wasm_streams/.test(name)) {
    binaryen.Function.setBody(fn, module.unreachable());
    streams += 1;
  } else if (/^<intl_pluralrules::rules::PRS_\w+::\{closure#\d+\} as /.test(name) && !keep.has(info.name)) {
    binaryen.Function.setBody(fn, module.unreachable());
    rules += 1;
  }
}
if (streams === 0 || rules === 0) {
  console.error(`wasm-cut: found ${streams} wasm-streams functions and ${rules} plural rules to cut (were the names stripped?)`);
  process.exit(1);
}
if (process.env.WASM_CUT_VERBOSE) console.error({ streams, rules, kept: [...keep].map(plain) });
writeFileSync(output, module.emitBinary());
module.dispose();
