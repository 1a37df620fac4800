// The same highlighting in QuickJS, the engine the CLI embeds (rquickjs):
// evaluates vendor/highlight.js/core.js, every grammar, public/highlight.js
// and public/rouge/*.js as classic scripts in one QuickJS context, highlights
// every sample of rouge-match.mjs (development and held out) and checks that
// the HTML is byte for byte Node's.
//
//   QJS=/path/to/qjs node tests/highlight/quickjs.mjs     (or qjs on PATH)
//
// A qjs of the QuickJS-ng that rquickjs-sys 0.14 bundles builds in seconds
// from the Cargo registry's copy (no cargo needed):
//   cp -r ~/.cargo/registry/src/*/rquickjs-sys-0.14.0/quickjs /tmp/qjs && cd /tmp/qjs &&
//   gcc -O1 -w -D_GNU_SOURCE -I. -o qjs qjs.c quickjs.c libregexp.c libunicode.c dtoa.c \
//     quickjs-libc.c gen/repl.c gen/standalone.c -lm -lpthread -ldl
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT, VENDOR, load, allGrammars, allRules } from "./load.mjs";

const qjs = process.env.QJS || "qjs";
try { execFileSync(qjs, ["-q"]); } catch { console.log(`no QuickJS (${qjs}): skipped`); process.exit(0); }

const HERE = path.join(ROOT, "tests/highlight");
const scripts = [path.join(VENDOR, "core.js"), ...allGrammars().map((g) => path.join(VENDOR, "languages", g + ".min.js")),
  path.join(ROOT, "public/highlight.js"), ...allRules().map((r) => path.join(ROOT, "public/rouge", r + ".js"))];
const samples = [];
for (const f of fs.readdirSync(path.join(HERE, "samples"))) samples.push([f.split(".").pop(), path.join(HERE, "samples", f), null]);
for (const [t, f] of Object.entries({ ruby: "sample.rb", python: "sample.py", javascript: "sample.js", shell: "sample.sh", yaml: "sample.yaml" }))
  samples.push([t, path.join(ROOT, "bench/highlight/samples", f), null]);
for (const line of fs.readFileSync(path.join(HERE, "holdout.txt"), "utf8").split("\n")) {
  const m = /^(\S+)\s+(\S+)(?:\s+(\d+)-(\d+))?\s*$/.exec(line);
  if (!m || line.startsWith("#")) continue;
  const f = path.resolve(HERE, m[2]);
  if (fs.existsSync(f)) samples.push([m[1], f, m[3] ? [+m[3], +m[4]] : null]);
}
const texts = samples.map(([t, f, r]) => {
  const s = fs.readFileSync(f, "utf8");
  return [t, r ? s.split("\n").slice(r[0] - 1, r[1]).join("\n") + "\n" : s];
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "carnet-qjs-"));
fs.writeFileSync(path.join(dir, "job.json"), JSON.stringify({ scripts, texts }));
fs.writeFileSync(path.join(dir, "run.js"), `import * as std from "qjs:std";
const job = JSON.parse(std.loadFile(${JSON.stringify(path.join(dir, "job.json"))}));
for (const f of job.scripts) std.evalScript(std.loadFile(f));
const out = job.texts.map(([t, s]) => globalThis.carnetHighlight.code(t, s));
const fd = std.open(${JSON.stringify(path.join(dir, "out.json"))}, "w"); fd.puts(JSON.stringify(out)); fd.close();
`);
const t0 = Date.now();
execFileSync(qjs, ["-m", path.join(dir, "run.js")], { stdio: "inherit" });
const ms = Date.now() - t0;
const got = JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8"));
fs.rmSync(dir, { recursive: true });
const H = load().carnetHighlight;
const diff = samples.filter((smp, i) => H.code(texts[i][0], texts[i][1]) !== got[i]).map((smp) => smp[1]);
console.log(`${texts.length - diff.length}/${texts.length} samples identical between QuickJS and Node (QuickJS: ${ms} ms for all, loading included)`);
if (diff.length) { console.error(diff.join("\n")); process.exit(1); }
