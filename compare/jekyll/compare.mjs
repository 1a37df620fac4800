// Compares, post by post, what Jekyll made of a blog (jekyll.json, written by
// plugins/dump.rb) with `carnet dump` (carnet.json), and writes a Markdown
// report.
//
//   node compare.mjs --report REPORT.md [--known KNOWN.md] NAME=BLOG_DIR=WORK_DIR...
//
// Posts are matched by path. url, title and date are compared exactly; content
// and excerpt by their text: tags stripped (a block tag counts as a space, an
// inline one as nothing), entities decoded, whitespace collapsed, so code
// blocks compare by their text only (Rouge's spans against none).
// crates/carnet-cli/tests/jekyll_compare.rs does the same in Rust.
// --known writes a draft of tests/fixtures/blogs/KNOWN-DIFFERENCES.md.

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const BLOCK = new Set(
  ("address article aside blockquote br dd details div dl dt figcaption figure footer " +
    "form h1 h2 h3 h4 h5 h6 header hr iframe img li main nav ol p pre section summary " +
    "table tbody td tfoot th thead tr ul video audio source script style noscript")
    .split(" "),
);

const ENTITIES = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  hellip: "\u2026", mdash: "\u2014", ndash: "\u2013", lsquo: "\u2018",
  rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", laquo: "\u00ab",
  raquo: "\u00bb", copy: "\u00a9", reg: "\u00ae", trade: "\u2122",
  times: "\u00d7", deg: "\u00b0", middot: "\u00b7", bull: "\u2022",
  euro: "\u20ac", shy: "\u00ad", eacute: "\u00e9", egrave: "\u00e8",
  agrave: "\u00e0", ccedil: "\u00e7", rarr: "\u2192", larr: "\u2190",
};

/** The text of an HTML fragment, as both sides are compared on. */
export function text(html) {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g, (_, tag) =>
      BLOCK.has(tag.toLowerCase()) ? " " : "",
    );
  const decoded = stripped.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (all, e) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
  // Unicode White_Space, as Rust's split_whitespace (JS's \s adds U+FEFF, lacks U+0085).
  return decoded.replace(/(?:[^\S\uFEFF]|\u0085)+/gu, " ").trim();
}

/** Where two texts first differ, with 60 characters each side. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cut = (s) => s.slice(Math.max(0, i - 60), i + 60);
  return { at: i, jekyll: cut(a), carnet: cut(b) };
}

/** A guess at why a post differs, from carnet's text where it first differs. */
function reason(field, diff, source, config) {
  if (field === "url" && /^collections:\s*\n(?:\s+.*\n)*?\s+posts:\s*\n(?:\s{4,}.*\n)*?\s+permalink:/m.test(config)) {
    return "url: collections.posts.permalink not applied";
  }
  if (field === "url" && /^defaults:[\s\S]*?^\s+permalink:/m.test(config)) {
    return "url: front matter defaults (permalink) not applied";
  }
  if (field !== "content" && field !== "excerpt") return `${field} differs`;
  const near = diff.carnet.slice(Math.max(0, Math.min(60, diff.at) - 2));
  if (/^.{0,3}\{%-?\s*(highlight|endhighlight)\b/.test(near)) return "Liquid highlight tag not run";
  if (/^.{0,3}\{%-?\s*include\b/.test(near)) return "Liquid include not run";
  if (/^.{0,3}\{%-?\s*(post_url|link)\b/.test(near)) return "Liquid post_url/link tag not run";
  if (/^.{0,3}\{%-?\s*raw\b/.test(near)) return "Liquid raw tag not run";
  if (/^.{0,3}\{%/.test(near)) return "Liquid tag not run";
  if (/^.{0,3}\{\{/.test(near)) return "Liquid output ({{ }}) not run";
  if (/^.{0,3}\{:/.test(near)) return "kramdown attribute list shown as text";
  if (/\$\$/.test(diff.jekyll + diff.carnet) || /\\\[|\\\(/.test(diff.jekyll)) return "kramdown math";
  const here = Math.min(60, diff.at);
  const quotes = /[\u2018\u2019\u201c\u201d"']/;
  if (quotes.test(diff.jekyll[here] ?? "") && quotes.test(diff.carnet[here] ?? "")) {
    return "typography: smart quote direction";
  }
  if (/[*_]/.test(diff.carnet.slice(Math.max(0, here - 3), here + 3) + diff.jekyll.slice(Math.max(0, here - 3), here + 3))) {
    return "emphasis parsed differently (kramdown, not CommonMark)";
  }
  if (/\{:/.test(source) && /\{:/.test(diff.carnet)) return "kramdown attribute list shown as text";
  if (/\{%|\{\{/.test(diff.carnet)) return "Liquid not run";
  return `${field} text differs`;
}

function load(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function compareBlog(name, blogDir, workDir) {
  const stubsFile = join(workDir, "stubs");
  const stubs = existsSync(stubsFile) ? readFileSync(stubsFile, "utf8").trim().split("\n") : [];
  const stubPosts = new Set(stubs.filter((s) => s.startsWith("post ")).map((s) => s.slice(5)));
  const jekyll = load(join(workDir, "jekyll.json")).filter((p) => !stubPosts.has(p.path));
  const carnet = load(join(workDir, "carnet.json"));
  const byPath = new Map(carnet.map((p) => [p.path, p]));
  const configFile = join(blogDir, "_config.yml");
  const config = existsSync(configFile) ? readFileSync(configFile, "utf8") : "";
  const rows = [];
  for (const j of jekyll) {
    const c = byPath.get(j.path);
    byPath.delete(j.path);
    const row = { path: j.path, problems: [] };
    rows.push(row);
    if (!c) {
      row.problems.push({ field: "post", reason: "post missing from carnet dump" });
      continue;
    }
    const sourceFile = join(blogDir, j.path);
    const source = existsSync(sourceFile) ? readFileSync(sourceFile, "utf8") : "";
    for (const [field, a, b] of [
      ["url", j.url, c.url],
      ["title", j.title, c.title],
      ["date", j.date, c.date],
      ["content", text(j.content), text(c.content_html)],
      ["excerpt", text(j.excerpt), text(c.excerpt_html)],
    ]) {
      if (a === b) continue;
      const diff = firstDifference(a, b);
      row.problems.push({ field, diff, reason: reason(field, diff, source, config) });
    }
  }
  for (const c of byPath.values()) {
    rows.push({ path: c.path, problems: [{ field: "post", reason: "post not published by Jekyll" }] });
  }
  return { name, rows, jekyllPosts: jekyll.length, carnetPosts: carnet.length, stubs };
}

const same = (row, field) => !row.problems.some((p) => p.field === field || p.field === "post");

function report(blogs) {
  const out = [
    "# carnet against Jekyll 4.3, post by post",
    "",
    "Written by `compare/jekyll/run.sh`. Text compared: tags stripped, entities decoded,",
    "whitespace collapsed (code blocks by their text only). A post is *same* when url,",
    "title, date, content text and excerpt text all match.",
    "",
    "| blog | Jekyll posts | carnet posts | same text | same url | same title | same date | same excerpt | same | % same |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const total = { j: 0, c: 0, text: 0, url: 0, title: 0, date: 0, excerpt: 0, all: 0, rows: 0 };
  for (const b of blogs) {
    const n = (f) => b.rows.filter((r) => same(r, f)).length;
    const all = b.rows.filter((r) => r.problems.length === 0).length;
    const cells = [b.jekyllPosts, b.carnetPosts, n("content"), n("url"), n("title"), n("date"), n("excerpt"), all];
    const pct = b.rows.length ? ((100 * all) / b.rows.length).toFixed(0) : "-";
    out.push(`| ${b.name} | ${cells.join(" | ")} | ${pct} |`);
    total.j += b.jekyllPosts; total.c += b.carnetPosts; total.text += n("content"); total.url += n("url");
    total.title += n("title"); total.date += n("date"); total.excerpt += n("excerpt"); total.all += all;
    total.rows += b.rows.length;
  }
  const pct = total.rows ? ((100 * total.all) / total.rows).toFixed(0) : "-";
  out.push(`| **all** | ${total.j} | ${total.c} | ${total.text} | ${total.url} | ${total.title} | ${total.date} | ${total.excerpt} | ${total.all} | ${pct} |`);

  const reasons = new Map();
  for (const b of blogs) for (const r of b.rows) for (const p of r.problems) {
    reasons.set(p.reason, (reasons.get(p.reason) ?? 0) + 1);
  }
  out.push("", "## Differences by likely cause", "", "Guessed from carnet's text where it first differs from Jekyll's.", "");
  out.push("| cause | differences |", "|---|---:|");
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) out.push(`| ${r} | ${n} |`);

  for (const b of blogs) {
    out.push("", `## ${b.name}`, "");
    if (b.stubs.length) {
      out.push(`Files the posts need that the fixture lacks (a theme's includes, pages, posts left out of a sample), given Jekyll as empty stand-ins: ${b.stubs.map((s) => "`" + s + "`").join(", ")}.`, "");
    }
    const differing = b.rows.filter((r) => r.problems.length);
    if (!differing.length) { out.push("Every post is the same."); continue; }
    for (const r of differing) {
      out.push(`- \`${r.path}\`: ${r.problems.map((p) => `${p.field} (${p.reason})`).join("; ")}`);
      // The first difference of each field (the excerpt's only when the
      // content is the same: it is mostly the content's first paragraph).
      const hasContent = r.problems.some((p) => p.field === "content");
      for (const p of r.problems) {
        if (!p.diff || (p.field === "excerpt" && hasContent)) continue;
        const q = (s) => "`` " + s.replaceAll("`", "\u02cb") + " ``";
        out.push(`  - ${p.field}, Jekyll: ${q(p.diff.jekyll)}`);
        out.push(`  - ${p.field}, carnet: ${q(p.diff.carnet)}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

function known(blogs) {
  const out = [];
  for (const b of blogs) for (const r of b.rows) if (r.problems.length) {
    const causes = [...new Set(r.problems.map((p) => p.reason))].join("; ");
    out.push(`- ${b.name}/${r.path}: ${causes}`);
  }
  return out.join("\n") + "\n";
}

import { pathToFileURL } from "node:url";

function main() {
  const args = process.argv.slice(2);
  let reportFile = null;
  let knownFile = null;
  const blogs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--report") reportFile = args[++i];
    else if (args[i] === "--known") knownFile = args[++i];
    else {
      const [name, blogDir, workDir] = args[i].split("=");
      blogs.push(compareBlog(name, blogDir, workDir));
    }
  }
  const md = report(blogs);
  if (reportFile) writeFileSync(reportFile, md); else process.stdout.write(md);
  if (knownFile) writeFileSync(knownFile, known(blogs));
  for (const b of blogs) {
    const all = b.rows.filter((r) => r.problems.length === 0).length;
    console.error(`${b.name}: ${all} of ${b.rows.length} posts the same`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
