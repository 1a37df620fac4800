// Where the wasm bytes go: twiggy (if installed: `cargo install twiggy`) on
// wasm-bindgen's output before wasm-opt, which still has function names.
//   node bench/lib/wasm-fat.mjs MODULE.wasm OUT.json
// Sizes are grouped by crate (the first `crate::` path in each function's
// name; generic code is counted in the crate that defines the generic, so
// `<core::iter::Map<I, F> as Iterator>::next` goes to `core` even when the
// closure is the app's). Custom sections (names, producers) are left out:
// wasm-opt drops them. Proportions carry over to the final module roughly.
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const [input, output] = process.argv.slice(2);
const r = spawnSync('twiggy', ['top', '-f', 'json', input], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (r.status !== 0 || !r.stdout) {
  console.log('bench: twiggy not available; no wasm size breakdown (cargo install twiggy)');
  fs.writeFileSync(output, JSON.stringify({ available: false }));
  process.exit(0);
}
const items = JSON.parse(r.stdout).filter((it) => !/^custom section|subsection/.test(it.name));
const total = items.reduce((a, it) => a + it.shallow_size, 0);
const crates = {};
for (const it of items) {
  let key;
  if (/^data segment/.test(it.name)) key = '(data segments: strings, tables)';
  else key = /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(it.name)?.[1] ?? '(unnamed: std primitives, glue)';
  crates[key] = (crates[key] ?? 0) + it.shallow_size;
}
const result = {
  available: true,
  module: input,
  moduleBytes: fs.statSync(input).size,
  codeAndDataBytes: total,
  crates: Object.entries(crates)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => ({ name, bytes })),
  top: items.slice(0, 12).map((it) => ({ name: it.name.replace(/::h[0-9a-f]{16}$/, ''), bytes: it.shallow_size })),
};
fs.writeFileSync(output, JSON.stringify(result, null, 1));
console.log(`bench: wasm size breakdown of ${input} written to ${output}`);
