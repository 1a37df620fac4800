// Sizes (raw and brotli at quality 11, as served) of what a page with code
// downloads for highlighting: highlight.js's core, each grammar, carnet's
// engine and each language's rules; then, per language, the total a page
// with only that language's blocks loads. Prints Markdown (for
// vendor/highlight.js/CARNET.md).
//
//   node tests/highlight/sizes.mjs
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT, VENDOR, load, allGrammars, allRules } from "./load.mjs";

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const file = (p) => (p.startsWith("highlight/") ? path.join(VENDOR, p.slice(10)) : path.join(ROOT, "public", p));
const size = (p) => { const b = fs.readFileSync(file(p)); return [b.length, br(b)]; };
const kb = (n) => (n / 1024).toFixed(1);

const H = load().carnetHighlight;
const used = new Set();
const TAGS = ["shell", "console", "c", "cpp", "csharp", "css", "scss", "diff", "docker", "elixir", "erlang", "go", "haskell", "html", "xml",
  "ini", "toml", "java", "javascript", "json", "julia", "kotlin", "lua", "make", "markdown", "nginx", "perl", "php", "python", "r", "ruby",
  "rust", "scala", "sql", "swift", "typescript", "viml", "yaml", "nasm"];
for (const t of TAGS) for (const f of H.needs(t, "")) used.add(f);

let out = "| file | bytes | brotli | used by carnet |\n|---|---:|---:|---|\n";
const rows = [["public/highlight.js", "../public/highlight.js"], ["highlight/core.js", "highlight/core.js"]]
  .concat(allGrammars().map((g) => [`highlight/languages/${g}.min.js`, `highlight/languages/${g}.min.js`]))
  .concat(allRules().map((r) => [`rouge/${r}.js`, `rouge/${r}.js`]));
let all = [0, 0];
for (const [name, p] of rows) {
  const [raw, b] = name === "public/highlight.js" ? (() => { const x = fs.readFileSync(path.join(ROOT, "public/highlight.js")); return [x.length, br(x)]; })() : size(p);
  all = [all[0] + raw, all[1] + b];
  out += `| ${name} | ${raw} | ${b} | ${name === "public/highlight.js" || used.has(p) ? "yes" : "**no**"} |\n`;
}
out += `| **everything** | ${all[0]} | ${all[1]} | |\n`;
const glue = br(fs.readFileSync(path.join(ROOT, "public/highlight.js")));
const core = size("highlight/core.js")[1];
out += `\ncore.js + public/highlight.js: ${kb(core + glue)} KB brotli (${core} + ${glue} bytes).\n`;
out += "\nPer language, what a page with blocks in that language only loads (public/highlight.js included):\n\n| language | files | brotli KB |\n|---|---|---:|\n";
for (const t of TAGS) {
  const n = H.needs(t, "");
  const total = glue + n.reduce((s, f) => s + size(f)[1], 0);
  const names = n.map((f) => f === "highlight/core.js" ? "core" : f.replace(/^highlight\/languages\/(.*)\.min\.js$/, "hljs $1").replace(/^rouge\/(.*)\.js$/, "rules $1"));
  out += `| ${t} | ${names.join(", ")} | ${kb(total)} |\n`;
}
console.log(out);
