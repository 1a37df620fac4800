// node --test tests/highlight/
//
// page() against a stand-in for the DOM: the few calls it makes (blocks
// found with querySelectorAll, <script>s appended to <head>, the <base>
// href). A <script> "loads" by evaluating the repository's file in the same
// global scope, as the browser would. The real browser run is the e2e suite's.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { ROOT, VENDOR } from "./load.mjs";

function el(props = {}) {
  const attrs = new Map(Object.entries(props.attrs || {}));
  return {
    className: props.className || "",
    textContent: props.text || "",
    firstElementChild: props.child || null,
    _html: null,
    // as in a DOM: markup with a tag gives the element a first child
    set innerHTML(h) { this._html = h; this.firstElementChild = /</.test(h) ? {} : null; },
    get innerHTML() { return this._html; },
    getAttribute: (n) => (attrs.has(n) ? attrs.get(n) : null),
    hasAttribute: (n) => attrs.has(n),
    setAttribute: (n, v) => attrs.set(n, v),
    querySelector: (sel) => (props.find || {})[sel] || null,
    querySelectorAll: (sel) => (props.all || {})[sel] || [],
  };
}

// a page: the blocks carnet's Markdown and Liquid write
function setup() {
  const loaded = [];
  const ctx = vm.createContext({ URL, Promise, setTimeout });
  const local = (url) => {
    const p = new URL(url).pathname.replace(/^\/blog\//, "");
    return p.startsWith("highlight/") ? path.join(VENDOR, p.slice(10)) : path.join(ROOT, "public", p);
  };
  ctx.document = {
    baseURI: "https://example.org/ignored/",
    querySelector: (sel) => (sel === "base" ? { href: "https://example.org/blog/" } : null),
    createElement: () => ({}),
    head: {
      appendChild(s) {
        loaded.push(s.src);
        setTimeout(() => {
          try { vm.runInContext(fs.readFileSync(local(s.src), "utf8"), ctx); s.onload(); } catch (e) { s.onerror(e); }
        }, 0);
      },
    },
  };
  vm.runInContext(fs.readFileSync(path.join(ROOT, "public/highlight.js"), "utf8"), ctx);
  return { ctx, loaded, H: ctx.carnetHighlight };
}

function fenced(lang, text) {
  const code = el({ text });
  return { code, div: el({ className: `language-${lang} highlighter-rouge`, find: { "pre.highlight > code": code } }) };
}
function liquid(lang, text, linenos) {
  const pre = el({ text });
  const code = el({ text, attrs: { "data-lang": lang }, find: linenos ? { "table.rouge-table td.code > pre": pre } : {} });
  return { code, pre };
}

test("page: highlights fenced and Liquid blocks, loads each file once, resolved against <base>", async () => {
  const { ctx, loaded, H } = setup();
  const rb = fenced("ruby", "puts 1\n"), sh = fenced("sh", "ls -la\n"), plain = fenced("plaintext", "x\n");
  const unknown = fenced("cobol", "MOVE A TO B.\n"), pre = fenced("ruby", "x\n");
  pre.code.firstElementChild = {}; // already highlighted (by the CLI)
  const lq = liquid("python", "import os\n"), ln = liquid("ruby", "a = 1\nb = 2\n", true);
  const root = el({ all: {
    "div.highlighter-rouge": [rb.div, sh.div, plain.div, unknown.div, pre.div],
    "figure.highlight > pre > code[data-lang]": [lq.code, ln.code],
  } });
  const n = await H.page(root);
  assert.equal(n, 4);
  // the same HTML as code() gives, once everything is loaded
  assert.equal(rb.code.innerHTML, ctx.carnetHighlight.code("ruby", "puts 1\n"));
  assert.equal(sh.code.innerHTML, '<span class="nb">ls</span> <span class="nt">-la</span>\n');
  assert.equal(lq.code.innerHTML, '<span class="kn">import</span> <span class="nn">os</span>\n');
  assert.match(ln.pre.innerHTML, /<span class="n">a<\/span>/); // linenos: the code cell only
  assert.equal(ln.code.innerHTML, null); // the table itself is left alone
  for (const b of [plain, unknown, pre]) assert.equal(b.code.innerHTML, null);
  // nothing but the spans: no attribute marks a block as done (the page stays as `carnet build` writes it)
  for (const b of [rb.code, sh.code, lq.code, ln.pre]) assert.ok(!b.hasAttribute("data-highlighted") && b.firstElementChild);
  // one request per file, core first, all under the base's path
  assert.deepEqual(loaded, [
    "https://example.org/blog/highlight/core.js",
    "https://example.org/blog/highlight/languages/python.min.js",
    "https://example.org/blog/highlight/languages/ruby.min.js",
    "https://example.org/blog/rouge/python.js",
    "https://example.org/blog/rouge/ruby.js",
    "https://example.org/blog/rouge/shell.js",
  ]);
  // a second call does nothing
  assert.equal(await H.page(root), 0);
  assert.equal(loaded.length, 6);
});

test("page: a page without code, or only highlighted code, loads nothing", async () => {
  const { loaded, H } = setup();
  const pre = fenced("ruby", "x\n");
  pre.code.firstElementChild = {};
  assert.equal(await H.page(el({ all: { "div.highlighter-rouge": [pre.div] } })), 0);
  assert.equal(await H.page(el()), 0);
  assert.deepEqual(loaded, []);
});

test("page: a file that fails to load leaves its blocks as they are", async () => {
  const { H, ctx } = setup();
  ctx.document.head.appendChild = (s) => setTimeout(() => s.onerror(new Error("offline")), 0);
  const rb = fenced("ruby", "x\n");
  assert.equal(await H.page(el({ all: { "div.highlighter-rouge": [rb.div] } })), 0);
  assert.equal(rb.code.innerHTML, null);
  assert.equal(rb.code.firstElementChild, null);
});
