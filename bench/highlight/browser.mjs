// node browser.mjs NAME=wasm:out/wasm/DIR/hl.js NAME=js:out/js/BUNDLE.js ...
// Serves this folder on loopback, opens headless Chromium (Playwright core, /usr/bin/chromium),
// and for each candidate: loads it, highlights the samples (one warm-up, then RUNS timed calls,
// performance.now()), writes out/browser/NAME/LANG.html and prints one JSON line per candidate.
import http from "node:http";
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { extname, join } from "node:path";
import { tmpdir } from "node:os";
const PW = process.env.PLAYWRIGHT_CORE || new URL("../../node_modules/playwright-core/index.mjs", import.meta.url).pathname; // the repo's
const { chromium } = await import(PW);
const RUNS = +(process.env.RUNS || 15);
const root = new URL(".", import.meta.url).pathname;
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p === "/") { res.writeHead(200, { "content-type": "text/html" }); return res.end("<!doctype html><title>hl</title>"); }
  try { const b = readFileSync(join(root, p)); res.writeHead(200, { "content-type": TYPES[extname(p)] || "text/plain" }); res.end(b); }
  catch { res.writeHead(404); res.end(); }
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const base = `http://127.0.0.1:${server.address().port}`;
// Playwright passes the fresh profile as --user-data-dir itself
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "hl-chrome-")), { headless: true, executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const SAMPLES = [["ruby", "samples/sample.rb"], ["python", "samples/sample.py"], ["javascript", "samples/sample.js"], ["bash", "samples/sample.sh"], ["yaml", "samples/sample.yaml"]];
for (const arg of process.argv.slice(2)) {
  const [name, spec] = arg.split("=");
  const [kind, path] = spec.split(":");
  const page = await browser.newPage();
  await page.goto(base + "/");
  const only = name.endsWith("-ruby") ? SAMPLES.filter(([l]) => l === "ruby") : SAMPLES; // one-language builds: Ruby only
  const r = await page.evaluate(async ({ kind, path, SAMPLES, RUNS }) => {
    const t0 = performance.now();
    let highlight;
    if (kind === "wasm") { const m = await import("/" + path); await m.default(); highlight = m.highlight; }
    else { await new Promise((ok, err) => { const s = document.createElement("script"); s.src = "/" + path; s.onload = ok; s.onerror = err; document.head.append(s); }); highlight = globalThis.hl.highlight; }
    const load_ms = performance.now() - t0;
    const out = { load_ms, langs: {} };
    for (const [lang, file] of SAMPLES) {
      const code = await (await fetch("/" + file)).text();
      let t = performance.now(); const html = highlight(lang, code); const cold_ms = performance.now() - t;
      const runs = [];
      if (lang === "ruby" || lang === "python") {
        highlight(lang, code); // warm-up
        for (let i = 0; i < RUNS; i++) { t = performance.now(); highlight(lang, code); runs.push(performance.now() - t); }
      }
      out.langs[lang] = { cold_ms, runs_ms: runs, html };
    }
    return out;
  }, { kind, path, SAMPLES: only, RUNS });
  mkdirSync(join(root, "out/browser", name), { recursive: true });
  const med = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : null; };
  const summary = { name, load_ms: r.load_ms };
  for (const [lang, v] of Object.entries(r.langs)) {
    writeFileSync(join(root, "out/browser", name, lang + ".html"), v.html);
    summary[lang] = { cold_ms: +v.cold_ms.toFixed(2), median_ms: v.runs_ms.length ? +med(v.runs_ms).toFixed(2) : null, runs: v.runs_ms.length };
  }
  console.log(JSON.stringify(summary));
  await page.close();
}
await browser.close();
server.close();
