// How close carnet's classes are to Rouge's: for each sample, the share of
// non-whitespace characters whose class equals the one Rouge 3.30 gives
// (Rouge's `w`, whitespace, counts as no class). Writes MATCH.md.
//
//   node tests/highlight/rouge-match.mjs                  # table -> MATCH.md
//   node tests/highlight/rouge-match.mjs --confusion ruby  # commonest misses, with examples
//   node tests/highlight/rouge-match.mjs --no-write
//
// Needs ruby with the rouge gem (Debian's ruby-rouge 3.30, the version Jekyll pulls).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT, load, chars } from "./load.mjs";

const HERE = path.join(ROOT, "tests/highlight");
// [Rouge tag, sample]: the benchmark's real-code samples where they exist,
// then a short hand-written one per other language.
const BENCH = { ruby: "sample.rb", python: "sample.py", javascript: "sample.js", shell: "sample.sh", yaml: "sample.yaml" };
const SAMPLES = [];
for (const [tag, f] of Object.entries(BENCH)) SAMPLES.push([tag, path.join(ROOT, "bench/highlight/samples", f)]);
// samples/NAME.TAG, TAG a Rouge tag
for (const f of fs.readdirSync(path.join(HERE, "samples")).sort((a, b) => a.split(".")[1].localeCompare(b.split(".")[1]) || a.localeCompare(b)))
  SAMPLES.push([f.split(".").pop(), path.join(HERE, "samples", f)]);
SAMPLES.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

const args = process.argv.slice(2);
// --holdout: the files listed in holdout.txt instead (real code never used
// to write the rules), into the same table's second part
const HOLDOUT = [];
for (const line of fs.readFileSync(path.join(HERE, "holdout.txt"), "utf8").split("\n")) {
  const m = /^(\S+)\s+(\S+)(?:\s+(\d+)-(\d+))?\s*$/.exec(line);
  if (!m || line.startsWith("#")) continue;
  const f = path.resolve(HERE, m[2]);
  if (!fs.existsSync(f)) { console.error(`holdout: no ${m[2]}, skipped`); continue; }
  HOLDOUT.push([m[1], f, m[3] ? [+m[3], +m[4]] : null]);
}
const readSample = ([, f, range]) => {
  const t = fs.readFileSync(f, "utf8");
  return range ? t.split("\n").slice(range[0] - 1, range[1]).join("\n") + "\n" : t;
};
const confusion = args.includes("--confusion") ? args[args.indexOf("--confusion") + 1] : null;
// --confusion TAG (all its samples) or --confusion FILE-NAME
const holdout = args.includes("--holdout");
const pool = holdout ? HOLDOUT : SAMPLES;
const only = confusion ? pool.filter(([t, f]) => t === confusion || path.basename(f) === confusion) : pool;
if (!only.length) { console.error(`no sample for ${confusion}`); process.exit(2); }

const texts = only.map((s) => [s[0], readSample(s)]);
const rouge = JSON.parse(execFileSync("ruby", [path.join(HERE, "rouge.rb")], { input: JSON.stringify(texts), maxBuffer: 1 << 28 }));
const hl = load().carnetHighlight;

const rows = [];
texts.forEach(([tag, text], i) => {
  const ours = hl.code(tag, text);
  const a = chars(rouge.html[i]), b = chars(ours);
  if (a.map((x) => x[0]).join("") !== b.map((x) => x[0]).join("")) console.error(`warning: ${tag}: texts differ`);
  let tot = 0, same = 0;
  const miss = new Map();
  for (let j = 0; j < Math.min(a.length, b.length); j++) {
    if (/\s/.test(a[j][0])) continue;
    const ka = a[j][1] === "w" ? "" : a[j][1], kb = b[j][1] === "w" ? "" : b[j][1];
    tot++;
    if (ka === kb) { same++; continue; }
    const key = `${ka || "-"} ${kb || "-"}`;
    if (!miss.has(key)) miss.set(key, { n: 0, ex: new Map() });
    const e = miss.get(key);
    e.n++;
    // the word around the character, as an example
    let s = j, t = j + 1;
    while (s > 0 && a[s - 1][1] === a[j][1] && b[s - 1][1] === b[j][1] && a[s - 1][0] !== "\n") s--;
    while (t < a.length && a[t][1] === a[j][1] && b[t][1] === b[j][1] && a[t][0] !== "\n") t++;
    const w = a.slice(s, t).map((x) => x[0]).join("").trim().slice(0, 30);
    e.ex.set(w, (e.ex.get(w) || 0) + 1);
  }
  // lines whose HTML is byte for byte Rouge's
  const la = rouge.html[i].split("\n"), lb = ours.split("\n");
  const sameLines = la.filter((l, j) => l === lb[j]).length;
  rows.push({ tag, file: path.relative(ROOT, only[i][1]), lines: text.split("\n").length - 1, tot, same, pct: (100 * same) / Math.max(tot, 1), miss,
    exact: rouge.html[i] === ours, linePct: (100 * sameLines) / Math.max(la.length, 1) });
});

if (confusion) for (const r of rows) {
  console.log(`${r.file}: ${r.pct.toFixed(1)} % of ${r.tot}; lines identical to Rouge's: ${r.linePct.toFixed(1)} %`);
  for (const [k, e] of [...r.miss].sort((x, y) => y[1].n - x[1].n).slice(0, 40)) {
    const ex = [...e.ex].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([w, n]) => `${JSON.stringify(w)}×${n}`).join(" ");
    console.log(`  rouge=${k.split(" ")[0].padEnd(4)} ours=${k.split(" ")[1].padEnd(4)} ${String(e.n).padStart(5)}  ${ex}`);
  }
}
if (confusion) process.exit(0);

const total = rows.reduce((s, r) => [s[0] + r.same, s[1] + r.tot], [0, 0]);
let md = `# carnet's classes against Rouge's\n\n`;
md += `Written by \`node tests/highlight/rouge-match.mjs\` (Rouge ${rouge.version}, highlight.js ${load([]).hljs.versionString}).\n`;
md += `Match = share of non-whitespace characters whose class equals Rouge's (Rouge's \`w\` counts as none).\n`;
md += `Same lines = share of lines whose HTML is byte for byte Rouge's (whitespace classes and span boundaries included).\n\n`;
md += `| language | sample | lines | characters | match % | same lines % |\n|---|---|---:|---:|---:|---:|\n`;
for (const r of rows) md += `| ${r.tag} | ${r.file} | ${r.lines} | ${r.tot} | ${r.pct.toFixed(1)} | ${r.linePct.toFixed(1)} |\n`;
md += `| **all** | | | ${total[1]} | ${((100 * total[0]) / total[1]).toFixed(1)} | |\n`;
for (const r of rows) console.log(`${r.tag.padEnd(12)} ${r.pct.toFixed(1).padStart(5)} ${r.linePct.toFixed(1).padStart(5)}  (${r.tot})  ${path.basename(r.file)}`);
console.log(`all          ${((100 * total[0]) / total[1]).toFixed(1)}`);
if (!args.includes("--no-write")) fs.writeFileSync(path.join(HERE, "MATCH.md"), md);
