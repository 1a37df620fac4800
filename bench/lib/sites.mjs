// Builds the non-carnet contenders from carnet's own outputs:
//   node bench/lib/sites.mjs static DEPLOY_DIR OUT_DIR
//     The static-HTML limit: every file of a `carnet build` deploy folder with
//     all <script> elements, module preloads and the wasm preload removed from
//     the pages, and no .js or .wasm file. The pages keep their CSS.
//   node bench/lib/sites.mjs docsify INDEX_JSON POSTS_DIR OUT_DIR [--copy-posts]
//     A Docsify site showing the same posts: index.html with window.$docsify,
//     Docsify 5 and its front-matter plugin (which hides the posts' YAML front
//     matter; the .md files are served unchanged), README.md as the home page
//     with the newest posts and their excerpts (as carnet's first index page),
//     and _sidebar.md listing every post. With --copy-posts the posts are
//     copied into OUT_DIR/posts; otherwise the server serves them from the
//     blog folder beside it (bench/lib/serve.mjs takes several roots).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCSIFY = path.join(BENCH, 'node_modules', 'docsify', 'dist');

function linkOrCopy(from, to) {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="preload"[^>]*>\s*/gi, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/gi, '');
}

export function buildStatic(deployDir, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  let pages = 0;
  const walk = (from, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name);
      const dst = path.join(to, entry.name);
      if (entry.isDirectory()) walk(src, dst);
      else if (/\.(js|mjs|wasm)$/i.test(entry.name)) continue;
      else if (/\.html$/i.test(entry.name)) {
        fs.writeFileSync(dst, stripScripts(fs.readFileSync(src, 'utf8')));
        pages++;
      } else linkOrCopy(src, dst);
    }
  };
  walk(deployDir, outDir);
  return pages;
}

function frontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : { yaml: '', body: text };
}

/** The Markdown of a post's excerpt, as Jekyll cuts it, with the link definitions it may use. */
export function excerptMarkdown(text, defaultSeparator) {
  const { yaml, body } = frontMatter(text);
  const custom = /^excerpt_separator:\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(.*?))\s*$/m.exec(yaml);
  let separator = defaultSeparator || '\n\n';
  if (custom) separator = (custom[1] ?? custom[2] ?? custom[3]).replace(/\\n/g, '\n');
  const trimmed = body.replace(/^\s+/, '');
  const cut = trimmed.indexOf(separator);
  const excerpt = (cut >= 0 ? trimmed.slice(0, cut) : trimmed).trim();
  const definitions = body.split('\n').filter((l) => /^ {0,3}\[(?!\^)[^\]]+\]:\s+\S/.test(l));
  return [excerpt, ...definitions].join('\n');
}

function docsifyIndexHtml(site) {
  const config = {
    name: site.title,
    homepage: 'README.md',
    loadSidebar: true,
    // Every page shares the one sidebar: no lookup of posts/_sidebar.md first.
    alias: { '/.*/_sidebar.md': '/_sidebar.md' },
    auto2top: true,
    maxLevel: 3,
    subMaxLevel: 0,
  };
  return `<!DOCTYPE html>
<html lang="${site.lang || 'fr'}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${site.title}</title>
  <link rel="stylesheet" href="vendor/docsify/themes/core.min.css">
</head>
<body>
  <div id="app"></div>
  <script>
    window.$docsify = ${JSON.stringify(config, null, 2).replace(/\n/g, '\n    ')};
  </script>
  <script src="vendor/docsify/docsify.min.js"></script>
  <script src="vendor/docsify/plugins/front-matter.min.js"></script>
</body>
</html>
`;
}

function mdLinkText(text) {
  return text.replace(/([\\[\]*_`<>])/g, '\\$1');
}

export function buildDocsify(indexJson, postsDir, outDir, { copyPosts = false } = {}) {
  const index = JSON.parse(fs.readFileSync(indexJson, 'utf8'));
  const site = index.site;
  const posts = index.posts.filter((p) => !p.draft);
  fs.rmSync(outDir, { recursive: true, force: true });
  const vendor = path.join(outDir, 'vendor', 'docsify');
  fs.mkdirSync(path.join(vendor, 'plugins'), { recursive: true });
  fs.mkdirSync(path.join(vendor, 'themes'), { recursive: true });
  fs.copyFileSync(path.join(DOCSIFY, 'docsify.min.js'), path.join(vendor, 'docsify.min.js'));
  fs.copyFileSync(path.join(DOCSIFY, 'plugins', 'front-matter.min.js'), path.join(vendor, 'plugins', 'front-matter.min.js'));
  fs.copyFileSync(path.join(DOCSIFY, 'themes', 'core.min.css'), path.join(vendor, 'themes', 'core.min.css'));
  fs.writeFileSync(path.join(outDir, 'index.html'), docsifyIndexHtml(site));

  const link = (p) => `posts/${p.path.split('/').map(encodeURIComponent).join('/')}`;
  const sidebar = posts.map((p) => `- [${mdLinkText(p.title)}](${link(p)})`).join('\n');
  fs.writeFileSync(path.join(outDir, '_sidebar.md'), `${sidebar}\n`);

  const perPage = site.paginate || posts.length;
  const home = [`# ${site.title}`, '', site.description || '', ''];
  for (const p of posts.slice(0, perPage)) {
    const text = fs.readFileSync(path.join(postsDir, p.path), 'utf8');
    const day = p.date.slice(0, 10);
    home.push(`**[${mdLinkText(p.title)}](${link(p)})**`, '', `_${day}_ · ${p.tags.map((t) => `#${t}`).join(' ')}`, '');
    home.push(excerptMarkdown(text, site.excerpt_separator), '', '---', '');
  }
  fs.writeFileSync(path.join(outDir, 'README.md'), home.join('\n'));

  if (copyPosts) {
    const walk = (from, to) => {
      fs.mkdirSync(to, { recursive: true });
      for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
        if (entry.name === '_drafts' || entry.name === 'index.json') continue;
        const src = path.join(from, entry.name);
        if (entry.isDirectory()) walk(src, path.join(to, entry.name));
        else fs.copyFileSync(src, path.join(to, entry.name));
      }
    };
    walk(postsDir, path.join(outDir, 'posts'));
    // Posts link their images relatively (`images/x.svg`); Docsify resolves them from the root.
    if (fs.existsSync(path.join(postsDir, 'images'))) walk(path.join(postsDir, 'images'), path.join(outDir, 'images'));
  }
  return posts.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, ...args] = process.argv.slice(2);
  const t = Date.now();
  if (kind === 'static' && args.length === 2) {
    const pages = buildStatic(args[0], args[1]);
    console.log(`bench: static copy of ${args[0]}: ${pages} pages without scripts in ${args[1]} (${Date.now() - t} ms)`);
  } else if (kind === 'docsify' && args.length >= 3) {
    const n = buildDocsify(args[0], args[1], args[2], { copyPosts: args.includes('--copy-posts') });
    console.log(`bench: Docsify site of ${n} posts in ${args[2]} (${Date.now() - t} ms)`);
  } else {
    console.error('usage: sites.mjs static DEPLOY_DIR OUT_DIR | docsify INDEX_JSON POSTS_DIR OUT_DIR [--copy-posts]');
    process.exit(2);
  }
}
