#!/usr/bin/env node
// A static host that misbehaves on demand, for tests/e2e/faults.spec.ts.
//
//   node tests/e2e/fault-server.mjs <folder> [port]     (port: 8097 by default, or $PORT)
//
// Serves <folder> as static files on 127.0.0.1, like a single-page-app host:
// an unknown path without an extension, or ending in .html (Jekyll permalinks),
// is answered with index.html; an unknown file with another extension is a 404,
// and so is a folder (this host has no directory listing).
//
// Control API (JSON):
//   POST   /__faults  {"path": "/posts/x.md", "mode": "status:503", "times": 2}
//          `path` is a URL path; `*` matches within one segment (`/posts/*.md`).
//          `times`: how many requests get the fault before it clears (omitted: forever).
//          An array of such objects sets several faults at once.
//   DELETE /__faults  clears every fault and the request log.
//   GET    /__faults  {"faults": [...], "requests": [{"path", "fault", "status", "bytesSent"?}...]}
//          `bytesSent` (huge-chunked only, set once the response has closed): how
//          many body bytes the socket took before the answer ended or the client
//          went away; 20971520 means the client read it all. The body goes out
//          1 MB at a time, each 100 ms after the socket took the last, so the
//          client drains the socket buffers as it reads: the count is what it
//          read, give or take a megabyte or two.
//
// Modes:
//   status:N            answer status N (404, 410, 500, 503...) with a short text body
//   delay:MS            hold the first byte for MS milliseconds, then answer normally
//   stall               headers (full Content-Length) and half the body, then nothing, ever
//   truncate            declare the full Content-Length, send half, close the socket
//   content-type:TYPE   the file as is, with Content-Type TYPE
//   app-shell           index.html with status 200, whatever was asked
//   invalid-utf8        the file with the bytes 0xff 0xfe inserted at the start of
//                       a line in the middle of its body (after any front matter)
//   huge                a 20 MB Markdown post with its exact Content-Length
//   huge-chunked        the same 20 MB, chunked: no Content-Length announces the size
//   reset               destroy the socket at once, before any answer
//
// Every request is logged to stdout, one line each; faulted ones start with FAULT.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, contentType } from '../support/content-types.mjs';

const root = path.resolve(process.argv[2] ?? '.');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8097);
const HUGE_BYTES = 20 * 1024 * 1024;
/** huge-chunked sends 1 MB per PACE_MS: 20 MB in about two seconds. */
const PACE_MS = 100;

// Files are read at each request, so a folder built (or rebuilt) later is served as it is then.
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`fault-server: ${root} has no index.html yet (run scripts/e2e-sites.sh)`);
}


/** @type {{path: string, pattern: RegExp, mode: string, remaining: number | null}[]} */
let faults = [];
/** @type {{time: string, method: string, path: string, fault: string | null, status: number | string, bytesSent?: number}[]} */
let requests = [];
/** Sockets kept open by `stall`, closed when the server stops. */
const sockets = new Set();

function patternOf(p) {
  const escaped = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

const MODES = /^(status:\d{3}|delay:\d+|stall|truncate|content-type:.+|app-shell|invalid-utf8|huge|huge-chunked|reset)$/;

function addFault(spec) {
  if (!spec || typeof spec.path !== 'string' || !spec.path.startsWith('/')) throw new Error('"path" must be a URL path');
  if (typeof spec.mode !== 'string' || !MODES.test(spec.mode)) throw new Error(`unknown mode ${JSON.stringify(spec.mode)}`);
  const times = spec.times ?? null;
  if (times !== null && !(Number.isInteger(times) && times > 0)) throw new Error('"times" must be a positive integer');
  // A new fault for a path replaces the old one.
  faults = faults.filter((f) => f.path !== spec.path);
  faults.push({ path: spec.path, pattern: patternOf(spec.path), mode: spec.mode, remaining: times });
}

/** The fault for this request, if any, counting it down. */
function takeFault(pathname) {
  const fault = faults.find((f) => f.pattern.test(pathname));
  if (!fault) return null;
  if (fault.remaining !== null && --fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
  return fault;
}

/** Logs a request; returns its entry in the log, for what is learnt later. */
function log(method, pathname, fault, status) {
  const entry = { time: new Date().toISOString(), method, path: pathname, fault: fault?.mode ?? null, status };
  requests.push(entry);
  const left = fault ? (fault.remaining === null ? 'forever' : `${fault.remaining} left`) : '';
  console.log(fault ? `FAULT ${method} ${pathname} ${fault.mode} (${left})` : `${method} ${pathname} ${status}`);
  return entry;
}

/** The file a URL path names: [absolute path, is it a file], or null when outside the root. */
function resolveFile(pathname) {
  const file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/** What the host has at `pathname`: {status, body, type}. */
function lookup(pathname) {
  const file = resolveFile(pathname);
  if (file === null) return { status: 404, body: Buffer.from('not found\n'), type: CONTENT_TYPES['.txt'] };
  let stat = null;
  try {
    stat = fs.statSync(file);
  } catch {}
  if (pathname === '/' || pathname === '/index.html') return shell();
  if (stat?.isFile()) {
    let body;
    try {
      body = fs.readFileSync(file);
    } catch {
      return { status: 404, body: Buffer.from('not found\n'), type: CONTENT_TYPES['.txt'] };
    }
    return { status: 200, body, type: contentType(file) };
  }
  if (stat?.isDirectory()) {
    // No directory listings on this host.
    return { status: 404, body: Buffer.from('no directory listing here\n'), type: CONTENT_TYPES['.txt'] };
  }
  const ext = path.extname(pathname).toLowerCase();
  if (ext === '' || ext === '.html' || ext === '.htm') return shell();
  return { status: 404, body: Buffer.from('not found\n'), type: CONTENT_TYPES['.txt'] };
}

function shell() {
  try {
    return { status: 200, body: fs.readFileSync(path.join(root, 'index.html')), type: CONTENT_TYPES['.html'] };
  } catch {
    return { status: 500, body: Buffer.from(`fault-server: no index.html in ${root}: run scripts/e2e-sites.sh\n`), type: CONTENT_TYPES['.txt'] };
  }
}

let hugeBody = null;
/** 20 MB of Markdown: a front matter, then the same paragraphs again and again. */
function huge() {
  if (hugeBody) return hugeBody;
  const head = '---\ntitle: Un très long article\ntags: [et moi]\n---\n\n# Un très long article\n\n';
  const paragraph =
    'Ceci est un paragraphe de remplissage, avec du **gras**, de l’*italique* et un [lien](https://example.org/). ' +
    'Il se répète jusqu’à vingt mégaoctets pour éprouver la limite de taille.\n\n';
  const unit = Buffer.from(paragraph, 'utf8');
  const body = Buffer.alloc(HUGE_BYTES, '\n');
  let offset = body.write(head, 0, 'utf8');
  // Whole paragraphs only, then blank lines: no UTF-8 sequence cut in two.
  while (offset + unit.length <= HUGE_BYTES) offset += unit.copy(body, offset);
  hugeBody = body;
  return body;
}

/** `body` with 0xff 0xfe at the start of a line halfway through what follows the front matter. */
function invalidUtf8(body) {
  const text = body.toString('latin1');
  let start = 0;
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (fm) start = fm[0].length;
  const middle = start + Math.floor((text.length - start) / 2);
  let at = text.indexOf('\n', middle);
  at = at < 0 ? text.length : at + 1;
  return Buffer.concat([body.subarray(0, at), Buffer.from([0xff, 0xfe]), body.subarray(at)]);
}

function headers(type, length) {
  const h = { 'Content-Type': type, 'Cache-Control': 'no-store' };
  if (length !== undefined) h['Content-Length'] = String(length);
  return h;
}

function send(res, { status, body, type }) {
  res.writeHead(status, headers(type, body.length));
  res.end(body);
}

function serveFault(req, res, pathname, fault, entry) {
  const [kind, ...rest] = fault.mode.split(':');
  const arg = rest.join(':');
  switch (kind) {
    case 'status': {
      const status = Number(arg);
      return send(res, { status, body: Buffer.from(`fault-server: status ${status}\n`), type: CONTENT_TYPES['.txt'] });
    }
    case 'delay': {
      const timer = setTimeout(() => {
        if (!res.destroyed) send(res, lookup(pathname));
      }, Number(arg));
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'stall': {
      const answer = lookup(pathname);
      res.writeHead(answer.status, headers(answer.type, answer.body.length));
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
      sockets.add(req.socket);
      req.socket.on('close', () => sockets.delete(req.socket));
      return; // never ends
    }
    case 'truncate': {
      const answer = lookup(pathname);
      res.writeHead(answer.status, headers(answer.type, answer.body.length));
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => req.socket.destroy());
      return;
    }
    case 'content-type': {
      const answer = lookup(pathname);
      return send(res, { ...answer, type: arg });
    }
    case 'app-shell':
      return send(res, shell());
    case 'invalid-utf8': {
      const answer = lookup(pathname);
      return send(res, { ...answer, body: invalidUtf8(answer.body) });
    }
    case 'huge':
      return send(res, { status: 200, body: huge(), type: CONTENT_TYPES['.md'] });
    case 'huge-chunked': {
      res.writeHead(200, headers(CONTENT_TYPES['.md']));
      const body = huge();
      const chunk = 1024 * 1024;
      let offset = 0;
      let sent = 0;
      res.on('close', () => {
        entry.bytesSent = sent;
        console.log(`${pathname}: ${sent} of ${body.length} bytes sent`);
      });
      // One chunk at a time, the next PACE_MS after the socket took the last:
      // unpaced, loopback's socket buffers (tens of MB once autotuned) would
      // take most of the body whether or not the client reads it.
      const pump = () => {
        if (res.destroyed) return;
        if (offset >= body.length) return res.end();
        const part = body.subarray(offset, (offset += chunk));
        res.write(part, (error) => {
          if (error) return; // the client went away first
          sent += part.length;
          setTimeout(pump, PACE_MS);
        });
      };
      return pump();
    }
    case 'reset':
      return req.socket.destroy();
  }
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : null);
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function json(res, status, value) {
  const body = Buffer.from(JSON.stringify(value) + '\n');
  res.writeHead(status, headers('application/json', body.length));
  res.end(body);
}

async function control(req, res) {
  try {
    if (req.method === 'POST') {
      const spec = await readJson(req);
      for (const one of Array.isArray(spec) ? spec : [spec]) addFault(one);
      console.log(`faults: ${faults.map((f) => `${f.path} ${f.mode} x${f.remaining ?? '∞'}`).join(', ')}`);
      return json(res, 200, { faults: faults.map(({ pattern, ...f }) => f) });
    }
    if (req.method === 'DELETE') {
      faults = [];
      requests = [];
      for (const socket of sockets) socket.destroy();
      console.log('faults: cleared');
      return json(res, 200, { faults: [] });
    }
    if (req.method === 'GET') {
      return json(res, 200, { faults: faults.map(({ pattern, ...f }) => f), requests });
    }
    return json(res, 405, { error: 'GET, POST or DELETE' });
  } catch (e) {
    return json(res, 400, { error: String(e?.message ?? e) });
  }
}

const server = http.createServer((req, res) => {
  res.on('error', () => {});
  req.socket.on('error', () => {});
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, { status: 400, body: Buffer.from('bad request\n'), type: CONTENT_TYPES['.txt'] });
  }
  if (pathname === '/__faults') return control(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, { status: 405, body: Buffer.from('method not allowed\n'), type: CONTENT_TYPES['.txt'] });
  }
  const fault = takeFault(pathname);
  if (fault) {
    const entry = log(req.method, pathname, fault, fault.mode);
    return serveFault(req, res, pathname, fault, entry);
  }
  const answer = lookup(pathname);
  log(req.method, pathname, null, answer.status);
  send(res, answer);
});

server.keepAliveTimeout = 5_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`fault-server: serving ${root} on http://127.0.0.1:${port}/`);
});

function stop() {
  for (const socket of sockets) socket.destroy();
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
