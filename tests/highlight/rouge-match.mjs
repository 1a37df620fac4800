// How close carnet's classes are to Rouge's: for each sample, the share of
// non-whitespace characters whose class equals the one Rouge 3.30 gives
// (Rouge's `w`, whitespace, counts as no class), and the share of lines whose
// HTML is byte for byte Rouge's. Writes MATCH.md with two tables: the samples
// the rules were written against, and held-out files (holdout.txt) that were
// not looked at while writing them.
//
//   node tests/highlight/rouge-match.mjs                     # both tables -> MATCH.md
//   node tests/highlight/rouge-match.mjs --no-write          # print only
//   node tests/highlight/rouge-match.mjs --confusion ruby    # commonest misses, with examples
//   node tests/highlight/rouge-match.mjs --holdout --confusion sample.php
//
// Needs ruby with the rouge gem (Debian's ruby-rouge 3.30, the version Jekyll
// pulls); tests/highlight/rouge.rb is Rouge's side.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT, load, chars } from "./load.mjs";

const HERE = path.join(ROOT, "tests/highlight");
const args = process.argv.slice(2);
const confusion = args.includes("--confusion") ? args[args.indexOf("--confusion") + 1] : null;

// [Rouge tag, file, [first, last] line or null]
// Development samples: the benchmark's real code where it has some
// (bench/highlight/samples), then samples/NAME.TAG (hand-written, and real
// code's features the benchmark samples lack).
const BENCH = { ruby: "sample.rb", python: "sample.py", javascript: "sample.js", shell: "sample.sh", yaml: "sample.yaml" };
const SAMPLES = [];
for (const [tag, f] of Object.entries(BENCH)) SAMPLES.push([tag, path.join(ROOT, "bench/highlight/samples", f), null]);
for (const f of fs.readdirSync(path.join(HERE, "samples"))) SAMPLES.push([f.split(".").pop(), path.join(HERE, "samples", f), null]);
SAMPLES.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
// Held out: real files on the development machine, and samples written after
// the rules for languages without one; missing files are skipped.
const HOLDOUT = [];
for (const line of fs.readFileSync(path.join(HERE, "holdout.txt"), "utf8").split("\n")) {
  const m = /^(\S+)\s+(\S+)(?:\s+(\d+)-(\d+))?\s*$/.exec(line);
  if (!m || line.startsWith("#")) continue;
  const f = path.resolve(HERE, m[2]);
  if (!fs.existsSync(f)) { console.error(`holdout: no ${m[2]}, skipped`); continue; }
  HOLDOUT.push([m[1], f, m[3] ? [+m[3], +m[4]] : null]);
}

function read([, f, range]) {
  const t = fs.readFileSync(f, "utf8");
  return range ? t.split("\n").slice(range[0] - 1, range[1]).join("\n") + "\n" : t;
}

const ctx = load();
const hl = ctx.carnetHighlight;

function measure(pool) {
  const texts = pool.map((s) => [s[0], read(s)]);
  const rouge = JSON.parse(execFileSync("ruby", [path.join(HERE, "rouge.rb")], { input: JSON.stringify(texts), maxBuffer: 1 << 28 }));
  const rows = texts.map(([tag, text], i) => {
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
      // the run of characters around it with the same two classes, as an example
      let s = j, t = j + 1;
      while (s > 0 && a[s - 1][1] === a[j][1] && b[s - 1][1] === b[j][1] && a[s - 1][0] !== "\n") s--;
      while (t < a.length && a[t][1] === a[j][1] && b[t][1] === b[j][1] && a[t][0] !== "\n") t++;
      const w = a.slice(s, t).map((x) => x[0]).join("").trim().slice(0, 30);
      e.ex.set(w, (e.ex.get(w) || 0) + 1);
    }
    const la = rouge.html[i].split("\n"), lb = ours.split("\n");
    const sameLines = la.filter((l, j) => l === lb[j]).length;
    return {
      tag, file: pool[i][1], range: pool[i][2], lines: text.split("\n").length - 1, tot, same, miss,
      pct: (100 * same) / Math.max(tot, 1), linePct: (100 * sameLines) / Math.max(la.length, 1),
    };
  });
  return { rows, version: rouge.version };
}

if (confusion) {
  const pool = (args.includes("--holdout") ? HOLDOUT : SAMPLES).filter(([t, f]) => t === confusion || path.basename(f) === confusion);
  if (!pool.length) { console.error(`no sample for ${confusion}`); process.exit(2); }
  for (const r of measure(pool).rows) {
    console.log(`${r.file}: ${r.pct.toFixed(1)} % of ${r.tot}; lines identical to Rouge's: ${r.linePct.toFixed(1)} %`);
    for (const [k, e] of [...r.miss].sort((x, y) => y[1].n - x[1].n).slice(0, 40)) {
      const ex = [...e.ex].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([w, n]) => `${JSON.stringify(w)}×${n}`).join(" ");
      console.log(`  rouge=${k.split(" ")[0].padEnd(4)} ours=${k.split(" ")[1].padEnd(4)} ${String(e.n).padStart(5)}  ${ex}`);
    }
  }
  process.exit(0);
}

// how carnet highlights a language: through highlight.js, or with its own port of Rouge's lexer
const how = (tag) => (hl.needs(tag, "").some((f) => f.startsWith("highlight/")) ? "highlight.js + map" : "carnet lexer");
const where = (r) => {
  const rel = path.relative(ROOT, r.file);
  const shown = rel.startsWith("..") ? r.file.replace(/^\/root\/\.cargo\/registry\/src\/[^/]+\//, "(cargo registry)/") : rel;
  return "`" + shown + "`" + (r.range ? ` ${r.range[0]}–${r.range[1]}` : "");
};
function table(rows) {
  const total = rows.reduce((s, r) => [s[0] + r.same, s[1] + r.tot], [0, 0]);
  let md = `| language | how | sample | lines | characters | match % | same lines % |\n|---|---|---|---:|---:|---:|---:|\n`;
  for (const r of rows) md += `| ${r.tag} | ${how(r.tag)} | ${where(r)} | ${r.lines} | ${r.tot} | ${r.pct.toFixed(1)} | ${r.linePct.toFixed(1)} |\n`;
  md += `| **all** | | | | ${total[1]} | **${((100 * total[0]) / total[1]).toFixed(1)}** | |\n`;
  for (const r of rows) console.log(`${r.tag.padEnd(12)} ${r.pct.toFixed(1).padStart(5)} ${r.linePct.toFixed(1).padStart(5)}  (${r.tot})  ${path.basename(r.file)}`);
  console.log(`all          ${((100 * total[0]) / total[1]).toFixed(1)}`);
  return md;
}

const dev = measure(SAMPLES), held = measure(HOLDOUT);
let md = `# carnet's classes against Rouge's\n\n`;
md += `Written by \`node tests/highlight/rouge-match.mjs\` (Rouge ${dev.version}, highlight.js ${ctx.hljs.versionString}).\n\n`;
md += `* **match %**: share of non-whitespace characters whose class equals Rouge's (Rouge's \`w\` counts as none);\n`;
md += `* **same lines %**: share of lines whose HTML is byte for byte Rouge's (span boundaries and whitespace classes included);\n`;
md += `* **how**: \`highlight.js + map\` = highlight.js tokenizes, carnet maps its scopes to Rouge's classes (public/rouge/NAME.js);\n`;
md += `  \`carnet lexer\` = carnet runs a port of Rouge's own lexer (public/rouge/NAME.js), no highlight.js.\n\n`;
md += `## Development samples\n\nThe rules were written against these (so they say little about other code):\n\n`;
console.log("-- development samples");
md += table(dev.rows);
md += `\n## Held-out samples\n\nNot looked at while writing the rules: real files on the development machine\n`;
md += `(Debian packages, the Cargo registry, npm's node-gyp; see holdout.txt) and, for languages with no real\n`;
md += `file there, samples written after the rules (\`holdout/\`). Files missing on another machine are skipped.\n`;
md += `See README.md for the figures of the first held-out run, before the fixes it prompted.\n\n`;
console.log("-- held out");
md += table(held.rows);
if (!args.includes("--no-write")) fs.writeFileSync(path.join(HERE, "MATCH.md"), md);
