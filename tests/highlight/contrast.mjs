// WCAG contrast of the syntax colours in style/main.css (the rules under
// `.highlight`): every colour such a rule sets, against the background it is
// drawn on (the rule's own background, or the code block's: --surface), in
// the light theme and the dark one.
// Exits 1 when one is under 4.5:1 (AA for text), or when the two copies of
// the dark palette (prefers-color-scheme and data-theme="dark") differ.
//
//   node tests/highlight/contrast.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MIN = 4.5;

// the custom properties of every block whose selector matches, later ones winning
function props(css, selector) {
  const out = {};
  const all = new RegExp(selector.source, "g");
  let found = false;
  for (const m of css.matchAll(all)) {
    found = true;
    const open = css.indexOf("{", m.index + m[0].length - 1);
    const body = css.slice(open + 1, css.indexOf("}", open));
    for (const d of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[d[1]] = d[2].trim();
  }
  if (!found) throw new Error(`no block ${selector}`);
  return out;
}
function themes(css) {
  const light = props(css, /:root\s*\{/);
  const darkMedia = props(css, /:root:not\(\[data-theme="light"\]\)\s*\{/);
  const darkToggle = props(css, /:root\[data-theme="dark"\]\s*\{/);
  return { light, darkMedia, darkToggle };
}

function rgb(hex) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rgb colour: ${hex}`);
  const h = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
}
function luminance(hex) {
  const [r, g, b] = rgb(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function ratio(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// [selectors, colour property, background property or null] of each rule with a colour
function rules(css) {
  const out = [];
  const body = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const sel = m[1].trim(), decl = m[2];
    const color = /(?:^|;|\s)color\s*:\s*var\((--[\w-]+)\)/.exec(decl);
    if (!color || /^:root|@media/.test(sel) || !/\.highlight\b/.test(sel)) continue;
    const bg = /background(?:-color)?\s*:\s*var\((--[\w-]+)\)/.exec(decl);
    out.push([sel.replace(/\s+/g, " "), color[1], bg ? bg[1] : null]);
  }
  return out;
}

export function check() {
  const css = fs.readFileSync(path.join(ROOT, "style/main.css"), "utf8");
  const site = themes(css);
  const problems = [], lines = [];
  if (JSON.stringify(site.darkMedia) !== JSON.stringify(site.darkToggle)) problems.push("main.css: the two dark palettes differ");
  const palettes = {
    light: site.light,
    dark: { ...site.light, ...site.darkToggle },
  };
  for (const [selector, fg, bg] of rules(css)) {
    for (const [theme, vars] of Object.entries(palettes)) {
      const f = vars[fg], b = vars[bg || "--surface"];
      if (!f || !b) { problems.push(`${theme}: ${selector}: ${fg} or ${bg || "--surface"} undefined`); continue; }
      const r = ratio(f, b);
      lines.push(`${r < MIN ? "FAIL" : "ok  "} ${theme.padEnd(5)} ${r.toFixed(2).padStart(5)}  ${f} on ${b}  ${selector}`);
      if (r < MIN) problems.push(`${theme}: ${selector}: ${f} on ${b} is ${r.toFixed(2)}:1`);
    }
  }
  return { problems, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, lines } = check();
  console.log(lines.join("\n"));
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`\nall ${lines.length} colour/background pairs at least ${MIN}:1`);
}
