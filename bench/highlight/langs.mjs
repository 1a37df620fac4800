// node langs.mjs NAME=wasm:PATH ...: which of the tokens the engine really highlights in Chromium.
// A token counts as supported when a small polyglot snippet gets any class other than the
// emitter's fallback ones (n, nx, o, p, pi): a missing grammar yields fallback classes only.
import http from "node:http";
import { readFileSync, mkdtempSync } from "node:fs";
import { extname, join } from "node:path";
import { tmpdir } from "node:os";
const PW = process.env.PLAYWRIGHT_CORE || new URL("../../node_modules/playwright-core/index.mjs", import.meta.url).pathname;
const { chromium } = await import(PW);
const root = new URL(".", import.meta.url).pathname;
const SET = "bash sh shell console c cpp csharp css scss diff dockerfile elixir erlang go haskell html xml ini toml java javascript json julia kotlin lua makefile markdown nginx perl php python r ruby rust scala sql swift typescript vim yaml nasm".split(" ");
const SNIP = '# c\n// c\n/* c */\n-- c\n; c\n% c\n" c\n<!-- c -->\n<a href="x">t</a>\nkey = "str" 42\nif x then return 1 end\n[section]\n+added\nFROM debian\nmov eax, 1\n';
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm" };
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p === "/") { res.writeHead(200, { "content-type": "text/html" }); return res.end("<!doctype html>"); }
  try { const b = readFileSync(join(root, p)); res.writeHead(200, { "content-type": TYPES[extname(p)] || "text/plain" }); res.end(b); } catch { res.writeHead(404); res.end(); }
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "hl-chrome-")), { headless: true, executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
for (const arg of process.argv.slice(2)) {
  const [name, spec] = arg.split("="); const [kind, path] = spec.split(":");
  const page = await ctx.newPage(); await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const missing = await page.evaluate(async ({ kind, path, SET, SNIP }) => {
    let hl;
    if (kind === "wasm") { const m = await import("/" + path); await m.default(); hl = m.highlight; }
    else { await new Promise((ok) => { const s = document.createElement("script"); s.src = "/" + path; s.onload = ok; document.head.append(s); }); hl = globalThis.hl.highlight; }
    const miss = [];
    for (const t of SET) {
      let html = ""; try { html = hl(t, SNIP); } catch (e) { miss.push(t + "(error)"); continue; }
      const cls = [...html.matchAll(/<span class="([^"]+)"/g)].map((m) => m[1]).filter((c) => !["n", "nx", "o", "p", "pi"].includes(c));
      if (!cls.length) miss.push(t);
    }
    return miss;
  }, { kind, path, SET, SNIP });
  console.log(`${name}\tmissing ${missing.length}: ${missing.join(" ") || "none"}`);
  await page.close();
}
await ctx.close(); server.close();
