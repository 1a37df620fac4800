// Loads carnet's highlighting the way the CLI's QuickJS does: classic scripts
// evaluated one after another in one fresh global scope (no DOM, no Node
// APIs, not even `console`): vendor/highlight.js/core.js, the grammars,
// public/highlight.js, then carnet's rule files. Returns the context's globalThis.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const VENDOR = path.join(ROOT, "vendor/highlight.js");

export function allGrammars() {
  return fs.readdirSync(path.join(VENDOR, "languages"))
    .filter((f) => f.endsWith(".min.js")).map((f) => f.slice(0, -7)).sort();
}

export function allRules() {
  return fs.readdirSync(path.join(ROOT, "public/rouge")).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3)).sort();
}

// grammars: names of vendor/highlight.js/languages/NAME.min.js to evaluate
// (default: all of them, as the CLI does); then public/highlight.js and every
// public/rouge/NAME.js.
export function load(grammars = allGrammars()) {
  const ctx = vm.createContext({});
  const run = (file) => vm.runInContext(fs.readFileSync(file, "utf8"), ctx, { filename: path.relative(ROOT, file) });
  run(path.join(VENDOR, "core.js"));
  for (const g of grammars) run(path.join(VENDOR, "languages", g + ".min.js"));
  run(path.join(ROOT, "public/highlight.js"));
  for (const f of allRules()) run(path.join(ROOT, "public/rouge", f + ".js"));
  return ctx;
}

// Inner HTML of a <code> (Rouge's or carnet's) -> [[char, class]...]: each
// character takes the class of the innermost span around it ("" outside any).
export function chars(html) {
  const out = [], stack = [];
  const re = /<span class="([^"]*)">|<\/span>|([^<]+)/g;
  const unesc = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" })[e]);
  let m;
  while ((m = re.exec(html))) {
    if (m[1] !== undefined) stack.push(m[1]);
    else if (m[2] !== undefined) for (const c of unesc(m[2])) out.push([c, stack.length ? stack[stack.length - 1] : ""]);
    else stack.pop();
  }
  return out;
}
