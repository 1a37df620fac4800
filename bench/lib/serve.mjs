// A small static file server for the benchmarks, on 127.0.0.1 only:
//   node bench/lib/serve.mjs --port 8101 --root DIR [--root DIR2 ...] [--spa] [--brotli] [--cache DIR]
// Each request is looked up in the roots in order (the first that has the
// file wins), so a generated blog's posts can sit beside a built app without
// copying. `…/` serves `…/index.html`. With --spa an unknown path gets the
// first index.html of the roots with status 200 (a single-page-app host); without
// it, `404.html` with status 404 when a root has one (a plain static host).
// No cache headers: every run starts with an empty browser cache. No
// compression by default; with --brotli the server compresses as a real host
// does: a text, JSON, Markdown, JS, CSS, SVG or wasm file goes out
// brotli-compressed (quality 11, as a deploy would precompress it) when the
// request's Accept-Encoding names `br`, else gzip (level 9) when it names
// `gzip`, else as it is (images and fonts always as they are). The compressed
// bytes are kept per file in memory and, with --cache DIR, on disk by content
// hash (shared by every server of a run and by later runs), so only the first
// request of a file's content ever pays for compressing it.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { contentType } from '../../tests/support/content-types.mjs';


function parseArgs(argv) {
  const args = { roots: [], spa: false, brotli: false, port: 0, cache: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') args.port = Number(argv[++i]);
    else if (argv[i] === '--root') args.roots.push(path.resolve(argv[++i]));
    else if (argv[i] === '--spa') args.spa = true;
    else if (argv[i] === '--brotli') args.brotli = true;
    else if (argv[i] === '--cache') args.cache = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!args.port || args.roots.length === 0) throw new Error('usage: serve.mjs --port N --root DIR [--root DIR] [--spa] [--brotli] [--cache DIR]');
  return args;
}

function find(roots, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel.startsWith('..')) return null;
  for (const root of roots) {
    let file = path.join(root, rel);
    if (!file.startsWith(root)) continue;
    try {
      let stat = fs.statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
      if (stat.isFile()) return file;
    } catch {
      /* not in this root */
    }
  }
  return null;
}

/** Whether a request accepts `name` (`br`, `gzip`) and does not refuse it with q=0. */
function accepts(req, name) {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.trim().split(';');
      const c = coding.trim().toLowerCase();
      return (c === name || c === '*') && !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
    });
}
/** The encoding a real host would answer with: brotli first, gzip as the fallback, else none. */
export function pickEncoding(req) {
  if (accepts(req, 'br')) return 'br';
  if (accepts(req, 'gzip')) return 'gzip';
  return null;
}

// What a host compresses: text and wasm, not images or fonts (already compressed).
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm|xml)|image\/svg\+xml)/;

// `${encoding}:${file}` -> { mtimeMs, size, bytes }: a file is compressed once, again only if it changed.
const compressed = new Map();
function compress(file, body, encoding, cacheDir) {
  const stat = fs.statSync(file);
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === body.length) return hit.bytes;
  let bytes = null;
  let onDisk = null;
  if (cacheDir) {
    const hash = crypto.createHash('sha256').update(body).digest('hex');
    onDisk = path.join(cacheDir, `${hash}.${encoding}`);
    try {
      bytes = fs.readFileSync(onDisk);
    } catch {
      /* not compressed yet */
    }
  }
  if (!bytes) {
    bytes =
      encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : zlib.gzipSync(body, { level: 9 });
    if (onDisk) {
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        // Written whole under a temporary name, then renamed: another server reading it sees all or nothing.
        const tmp = `${onDisk}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, bytes);
        fs.renameSync(tmp, onDisk);
      } catch {
        /* no cache on disk: memory only */
      }
    }
  }
  compressed.set(key, { mtimeMs: stat.mtimeMs, size: body.length, bytes });
  return bytes;
}

function send(res, status, file, head, { encoding = null, cacheDir = null } = {}) {
  const type = contentType(file);
  let body;
  try {
    body = fs.readFileSync(file);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    return;
  }
  const headers = { 'Content-Type': type };
  if (encoding && COMPRESSIBLE.test(type)) {
    body = compress(file, body, encoding, cacheDir);
    headers['Content-Encoding'] = encoding;
    headers.Vary = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}

export function start({ port, roots, spa, brotli: compressing = false, cache = null }) {
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    const head = req.method === 'HEAD';
    const how = { encoding: compressing ? pickEncoding(req) : null, cacheDir: cache };
    if (req.method !== 'GET' && !head) {
      res.writeHead(405).end();
      return;
    }
    const file = find(roots, urlPath);
    if (file) return send(res, 200, file, head, how);
    const shell = spa && roots.map((r) => path.join(r, 'index.html')).find((f) => fs.existsSync(f));
    if (shell) return send(res, 200, shell, head, how);
    const notFound = roots.map((r) => path.join(r, '404.html')).find((f) => fs.existsSync(f));
    if (notFound) return send(res, 404, notFound, head, how);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  start(args).then(
    () => process.stdout.write(`listening on http://127.0.0.1:${args.port}/\n`),
    (error) => {
      process.stderr.write(`serve.mjs: port ${args.port}: ${error.message}\n`);
      process.exit(1);
    },
  );
}
