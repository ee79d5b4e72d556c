// Cuts code no path of the wizard can run from the wasm-bindgen output, before wasm-opt
// (script/trunk-post-build): usage `node script/wasm-cut.mjs in.wasm out.wasm`.
//
// Leptos depends on server_fn, whose streaming server functions bring wasm-streams: its
// classes are exported to JS (wasm-opt drops those exports, index.html) and the futures they
// start sit in the function table, which wasm-opt must keep whole because JS reads it. The
// wizard has no server functions, so nothing ever creates those streams. Each function whose
// name says it belongs to wasm-streams gets an `unreachable` body; wasm-opt then drops what
// only they called. Measured: 2.4 KB brotli (README "Size and speed").
import { readFileSync, writeFileSync } from 'node:fs';

const binaryen = (await import(new URL('../tests/e2e/node_modules/binaryen/index.js', import.meta.url))).default;
const [input, output] = process.argv.slice(2);
const CUT = /wasm_streams/;

binaryen.setDebugInfo(true); // keep the names: wasm-opt orders functions by them
const module = binaryen.readBinary(readFileSync(input));
const F = binaryen.Features;
module.setFeatures(F.MVP | F.BulkMemory | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue);
let cut = 0;
for (let index = 0; index < module.getNumFunctions(); index++) {
  const fn = module.getFunctionByIndex(index);
  const info = binaryen.getFunctionInfo(fn);
  if (info.body && CUT.test(info.name)) {
    binaryen.Function.setBody(fn, module.unreachable());
    cut += 1;
  }
}
if (cut === 0) {
  console.error('wasm-cut: no wasm-streams function found (were the names stripped?)');
  process.exit(1);
}
writeFileSync(output, module.emitBinary());
module.dispose();
