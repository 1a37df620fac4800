// The browser measurements: Playwright (playwright-core, from the root
// node_modules) drives Debian's /usr/bin/chromium, headless, one fresh
// browser context per run (empty cache, storage and cookies).
//   node bench/lib/measure.mjs --runs 15 --sizes 100,1000,10000 --out FILE
//     [--main-runs 30] [--mobile-runs 5] [--mobile-main-runs 10]
// Sections 1 and 4 (first visits) run on two profiles, interleaved: desktop
// (no throttling) every run, and Lighthouse's mobile profile (MOBILE below) on
// `--mobile-runs` of them (`--mobile-main-runs` on the sample blog), spread
// evenly. Every server of those sections compresses as a real host does
// (brotli, gzip fallback: serve.mjs --brotli).
// Expects what bench/run.sh builds under target/bench/. Starts its own
// servers (bench/lib/serve.mjs, ports 8101–8119) and stops them by pid.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import CHROMIUM from '../../tests/support/chromium.cjs';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(BENCH, '..');
const T = path.join(ROOT, 'target', 'bench');
const PROBE = fs.readFileSync(path.join(BENCH, 'lib', 'probe.js'), 'utf8');
const VIEWPORT = { width: 1280, height: 900 };
const ARGS = [
  ...CHROMIUM.args,
  // performance.memory gives exact (not bucketed) heap sizes.
  '--enable-precise-memory-info',
  // gc() for the Markdown benchmark: each timed call starts from a collected heap.
  '--js-flags=--expose-gc',
];
// The long post of the sample blog: the article opened directly, and the Markdown benchmark's text.
export const LONG_POST = '2021-09-19-moving-a-jekyll-blog-to-a-client-side-engine.md';

function parseArgs(argv) {
  const args = { runs: 15, sizes: [100, 1000, 10000], out: path.join(T, 'browser.json'), only: null, markdownApp: path.join(T, 'spa') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--main-runs') args.mainRuns = Number(argv[++i]);
    else if (argv[i] === '--mobile-runs') args.mobileRuns = Number(argv[++i]);
    else if (argv[i] === '--mobile-main-runs') args.mobileMainRuns = Number(argv[++i]);
    else if (argv[i] === '--sizes') args.sizes = argv[++i].split(',').filter(Boolean).map(Number);
    else if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i] === '--only') args.only = argv[++i].split(',');
    // Another build of the app for the Markdown benchmark (one that exports render_markdown_html).
    else if (argv[i] === '--markdown-app') args.markdownApp = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const log = (...a) => console.log('bench:', ...a);

// ---------- servers ----------

const servers = [];
async function serve(port, roots, { spa = false, brotli = false } = {}) {
  // Compressed bytes are cached on disk by content hash: q 11 of the 10,000-post index takes seconds, paid once.
  const compress = brotli ? ['--brotli', '--cache', path.join(T, 'compressed')] : [];
  const child = spawn(process.execPath, [path.join(BENCH, 'lib', 'serve.mjs'), '--port', String(port), ...roots.flatMap((r) => ['--root', r]), ...(spa ? ['--spa'] : []), ...compress], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server on port ${port} exited (${code}): is the port taken?`)));
    child.stdout.once('data', resolve);
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
function stop(server) {
  if (server.child.exitCode === null) process.kill(server.child.pid, 'SIGTERM');
  servers.splice(servers.indexOf(server.child), 1);
}
function stopAll() {
  for (const child of servers) if (child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  servers.length = 0;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}
process.on('exit', stopAll);

// ---------- what to look for ----------

const decode = (s) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** Six words in a row, letters and digits only: the same text in every renderer (no quotes, dashes or links). */
export function needle(html) {
  const first = /<p>([\s\S]*?)<\/p>/.exec(html);
  const text = decode(first ? first[1] : html);
  const words = text.split(/\s+/).filter(Boolean);
  const pure = (w) => /^[\p{L}\p{N}]+$/u.test(w);
  for (let i = 0; i + 6 <= words.length; i++) {
    if (words.slice(i, i + 6).every(pure)) return words.slice(i, i + 6).join(' ');
  }
  let best = [];
  for (let i = 0, run = []; i <= words.length; i++) {
    if (i < words.length && pure(words[i])) run.push(words[i]);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return best.join(' ');
}

function readIndex(file) {
  const index = JSON.parse(fs.readFileSync(file, 'utf8'));
  index.posts = index.posts.filter((p) => !p.draft);
  return index;
}

const stem = (p) => p.path.replace(/\.md$/, '');
const docsifyUrl = (p) => `/#/posts/${stem(p).split('/').map(encodeURIComponent).join('/')}`;

// ---------- one run ----------

let browser;

async function newPage({ initial, also = [] } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const waiting = new Map();
  const reports = new Map();
  await context.exposeBinding('__benchReport', (_source, result) => {
    reports.set(result.id, result);
    const resolve = waiting.get(result.id);
    if (resolve) resolve(result);
  });
  // `also`: more targets watched from document start, each reported under its own id.
  const more = also.map((t) => `\nwindow.__bench.watch(${JSON.stringify(t)});`).join('');
  await context.addInitScript({ content: `${PROBE}\nwindow.__bench.start(${JSON.stringify(initial ?? null)});${more}` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
  const result = (id, timeout) =>
    reports.has(id)
      ? Promise.resolve(reports.get(id))
      : new Promise((resolve) => {
          const timer = setTimeout(() => resolve({ id, error: `not visible after ${timeout / 1000} s` }), timeout);
          waiting.set(id, (r) => {
            clearTimeout(timer);
            resolve(r);
          });
        });
  return { context, page, cdp, result, errors, forget: (id) => reports.delete(id), close: () => context.close() };
}

/** Opens `url` in a fresh context (throttled on the mobile profile); ms from navigation start to the frame that shows the target. */
async function openDirect(url, target, timeout, profile = 'desktop') {
  const p = await newPage({ initial: target });
  try {
    await throttle(p, profile);
    p.page.goto(url, { timeout }).catch(() => {});
    const r = await p.result(target.id, timeout);
    if (r.error) return { p, ms: null, error: withPageErrors(await describeFailure(p, r.error), p) };
    const timeline = await p.page.evaluate(() => window.__bench.timeline()).catch(() => null);
    return { p, ms: r.frame - r.navStart, found: r.found - r.navStart, timeline };
  } catch (e) {
    return { p, ms: null, error: e.message.split('\n')[0] };
  }
}

/** A time-out says little: add what the page shows instead. */
async function describeFailure(p, error) {
  if (!/^not visible/.test(error)) return error;
  const shown = await p.page
    .evaluate(() => (document.querySelector('main') ?? document.body)?.innerText ?? '')
    .catch(() => '');
  const text = shown.replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${error}; the page shows: "${text}"`;
}

function withPageErrors(message, p) {
  return p.errors.length ? `${message} (page error: ${p.errors[0]})` : message;
}

/** Clicks `link` (a trusted click) and times it to the frame that shows `target`. */
async function clickTo(p, link, target, timeout) {
  await p.page.evaluate((t) => window.__bench.armClick(t), target);
  try {
    await p.page.locator(link).first().click({ timeout: 5000, noWaitAfter: true });
  } catch (e) {
    return { ms: null, error: `no link ${link}: ${e.message.split('\n')[0]}` };
  }
  const r = await p.result(target.id, timeout);
  if (r.error) return { ms: null, error: withPageErrors(r.error, p) };
  return { ms: r.frame - r.clickAt };
}

/** First Contentful Paint of the current document (Chromium's paint timing), once painted. */
async function fcp(p) {
  try {
    const handle = await p.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 2000, polling: 20 });
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

/** For a deploy page: wait until the app has replaced the prerendered copy (or failed). */
async function waitTakeOver(p, timeout = 10000) {
  try {
    await p.page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout, polling: 50 });
  } catch {
    return 'the app did not take over the prerendered page';
  }
  const failure = await p.page.evaluate(() => document.querySelector('.load-error')?.innerText?.replace(/\s*\n\s*/g, ' · ').trim() ?? null);
  return failure ? `the app failed: ${failure.slice(0, 200)}` : null;
}

/**
 * When the page answers a click, for a direct visit whose target showed at
 * `text` ms (from navigation start), and the bytes on the wire by then.
 *   carnet SPA: the later of the text, Trunk's `TrunkApplicationStarted`
 *     (wasm compiled, instantiated, `main` run) and the last `click` listener
 *     the app added to window by then (leptos_router's link handler and
 *     Leptos's delegated click handler, added as the app mounts): from then on
 *     a click on an in-app link is routed by the app.
 *   carnet deploy: the same, and the prerendered copy replaced by the app's
 *     page (`#prerendered` gone): the app has taken over.
 *   Docsify: the later of the text and its router's `hashchange` listener on
 *     window (its links are `#/…` links the browser follows in the page).
 *   static HTML: the text itself: its links are plain links, followed by the
 *     browser (a page load) as soon as they are on screen.
 * Waits (up to `timeout`) for what it needs; a page that never gets there is an error.
 */
async function answers(p, contender, text, timeout) {
  try {
    // A function, not a string: the deploy pages' CSP (no 'unsafe-eval') refuses a string predicate.
    await p.page.waitForFunction(
      (c) => {
        const b = window.__bench;
        if (c === 'spa') return b.startedAt != null && b.listeners.click != null;
        if (c === 'deploy') return b.startedAt != null && b.listeners.click != null && b.takenOverAt != null;
        if (c === 'docsify') return b.listeners.hashchange != null;
        return true;
      },
      contender,
      { timeout, polling: 100 },
    );
  } catch {
    const b = await p.page.evaluate(() => ({ started: window.__bench.startedAt ?? null, click: window.__bench.listeners.click ?? null, taken: window.__bench.takenOverAt ?? null })).catch(() => ({}));
    const missing = contender === 'docsify' ? 'no hashchange listener' : b.started == null ? 'the app did not start' : b.click == null ? 'no router click listener' : 'the app did not take over';
    if (process.env.BENCH_DEBUG) console.log('answers failed', contender, JSON.stringify(b), JSON.stringify(await p.page.evaluate(() => ({ ready: document.readyState, res: performance.getEntriesByType('resource').map((e) => `${new URL(e.name).pathname}:${Math.round(e.responseEnd)}`) })).catch((e) => e.message)), p.errors);
    return { ms: null, error: withPageErrors(`${missing} after ${timeout / 1000} s`, p) };
  }
  // The app's click listeners: every one added to window up to its start (the router's and Leptos's delegated one).
  const b = await p.page.evaluate(() => {
    const w = window.__bench;
    const started = w.startedAt ?? null;
    const clicks = w.listenerTimes.click.filter((t) => started == null || t <= started);
    return { started, click: clicks.length ? Math.max(...clicks) : null, clicks: clicks.length, hash: w.listeners.hashchange ?? null, taken: w.takenOverAt ?? null };
  });
  const parts = { text, started: b.started, clickListener: b.click, clickListeners: b.clicks, hashListener: b.hash, takenOver: b.taken };
  const at = Math.max(text, ...(contender === 'spa' ? [b.started, b.click] : contender === 'deploy' ? [b.started, b.click, b.taken] : contender === 'docsify' ? [b.hash] : []));
  const [bytes, bytesText] = await p.page.evaluate(([a, t]) => [window.__bench.bytesBy(a), window.__bench.bytesBy(t)], [at, text]);
  return { ms: at, bytes, bytesText, parts, takeOver: b.taken };
}

async function settle(p, ms = 150) {
  await p.page.waitForLoadState('load').catch(() => {});
  await p.page.waitForTimeout(ms);
}

/** JS heap (after a forced garbage collection) and wasm linear memory, in bytes. */
async function memory(p) {
  await p.cdp.send('HeapProfiler.collectGarbage');
  const usage = await p.cdp.send('Runtime.getHeapUsage');
  const page = await p.page.evaluate(() => ({
    jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
    wasm: window.__bench.wasm?.memory?.buffer?.byteLength ?? null,
  }));
  return { jsHeap: page.jsHeap, cdpUsedSize: usage.usedSize, wasm: page.wasm };
}

// ---------- bookkeeping ----------

class Series {
  constructor() {
    this.data = {};
  }
  add(measure, contender, value) {
    const slot = ((this.data[measure] ??= {})[contender] ??= { values: [], errors: [], byRun: [] });
    // Run by run (null where it failed), for ratios between contenders measured side by side.
    slot.byRun[this.run ?? 0] = value.ms ?? null;
    if (value.ms === null || value.ms === undefined) slot.errors.push(value.error ?? 'failed');
    else slot.values.push(value.ms);
    if (value.fcp != null) (slot.fcp ??= []).push(value.fcp);
    if (value.found != null) (slot.found ??= []).push(value.found);
    if (value.timeline) (slot.timeline ??= []).push(value.timeline);
    // "app answers a click": the bytes on the wire by then and by the text, what the time is made of.
    if (value.bytes) (slot.bytes ??= [])[this.run ?? 0] = value.bytes;
    if (value.bytesText) (slot.bytesText ??= [])[this.run ?? 0] = value.bytesText;
    if (value.parts) (slot.parts ??= []).push(value.parts);
    if (value.takeOver != null) (slot.takeOver ??= []).push(value.takeOver);
  }
  /** Two failures and no success: the remaining runs are skipped. */
  hopeless(measure, contender) {
    const slot = this.data[measure]?.[contender];
    return slot && slot.values.length === 0 && slot.errors.length >= 2;
  }
}

/** The runs (of `runs`) that also measure the mobile profile: `count` of them, spread evenly. */
function mobileSchedule(runs, count) {
  const at = new Set();
  for (let i = 0; i < Math.min(count, runs); i++) at.add(Math.floor((i * runs) / Math.min(count, runs)));
  return at;
}

/** One untimed visit (desktop) to each URL: the servers compress each file on its first request. */
async function warmUp(urls) {
  for (const url of urls) {
    const p = await newPage();
    try {
      await p.page.goto(url, { waitUntil: 'load', timeout: 120000 });
      await p.page.waitForLoadState('networkidle', { timeout: 120000 });
    } catch {
      /* timed visits will tell */
    } finally {
      await p.close();
    }
  }
}

/**
 * Goal 5 of issue 15: a repeat visit of `url` (a deploy page) on the mobile
 * profile once the service worker controls the site: ms to the target, and
 * the requests that reached the network (not answered by the worker) before
 * the first paint.
 */
async function repeatVisit(url, target, timeout) {
  const p = await newPage({ initial: target });
  try {
    await throttle(p, 'mobile');
    await p.page.goto(url, { timeout });
    // The worker installs the deploy's shell after the first visit, then controls the next one.
    const ready = await p.page
      .waitForFunction(() => navigator.serviceWorker?.controller != null || (navigator.serviceWorker?.ready.then(() => location.reload()), false), null, { timeout, polling: 500 })
      .then(() => true)
      .catch(() => false);
    if (!ready) return { ms: null, error: 'no service worker in control' };
    await p.page.waitForLoadState('load');
    p.forget(target.id);
    const requests = [];
    p.page.on('request', (r) => requests.push(r));
    await p.page.reload({ timeout });
    const r = await p.result(target.id, timeout);
    if (r.error) return { ms: null, error: r.error };
    const paint = await fcp(p);
    const origin = await p.page.evaluate(() => performance.timeOrigin);
    const network = [];
    for (const request of requests) {
      const response = await request.response().catch(() => null);
      const started = request.timing().startTime - origin;
      if (response && !response.fromServiceWorker() && paint != null && started < paint) network.push(new URL(request.url()).pathname);
    }
    return { ms: r.frame - r.navStart, fcp: paint, networkBeforePaint: network };
  } catch (e) {
    return { ms: null, error: e.message.split('\n')[0] };
  } finally {
    await p.close();
  }
}

/** A direct visit on the mobile profile: the target's time, FCP, and when it answers a click (and the bytes by then). */
async function mobileVisit(series, name, c, url, target, timeout) {
  if (series.hopeless(name, c)) return;
  const r = await openDirect(url, target, timeout, 'mobile');
  try {
    if (r.ms !== null) r.fcp = await fcp(r.p);
    series.add(name, c, r);
    if (r.ms === null) series.add(`${name}Answer`, c, { ms: null, error: 'the text never showed' });
    else series.add(`${name}Answer`, c, await answers(r.p, c, r.ms, timeout));
  } finally {
    await r.p.close();
  }
}

function rotate(list, by) {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

// ---------- the sample blog: four contenders ----------

async function mainComparison(runs, mobileRuns) {
  const index = readIndex(path.join(T, 'spa', 'posts', 'index.json'));
  const newest = index.posts[0];
  const long = index.posts.find((p) => p.path === LONG_POST) ?? [...index.posts].sort((a, b) => b.size - a.size)[0];
  const s = {
    spa: await serve(8101, [path.join(T, 'spa')], { spa: true, brotli: true }),
    deploy: await serve(8102, [path.join(T, 'deploy')], { brotli: true }),
    static: await serve(8103, [path.join(T, 'static')], { brotli: true }),
    docsify: await serve(8104, [path.join(T, 'docsify')], { brotli: true }),
  };
  const fail = '.load-error';
  const targets = {
    article: { id: 'article', selector: 'p', needle: needle(long.excerpt_html), fail },
    index: { id: 'index', selector: 'p', needle: needle(newest.excerpt_html), fail },
    navArticle: { id: 'nav-article', selector: 'p', needle: needle(newest.excerpt_html), fail },
    navTag: { id: 'nav-tag', selector: '.post-card p', needle: needle(newest.excerpt_html), fail },
  };
  const firstTag = newest.tags[0];
  const describe = {
    article: { post: long.path, carnetUrl: long.url, docsifyUrl: docsifyUrl(long), needle: targets.article.needle },
    index: { newest: newest.path, needle: targets.index.needle },
    navArticle: { post: newest.path },
    navTag: { tag: firstTag },
  };
  const series = new Series();
  const mobile = new Series();
  const contenders = ['spa', 'deploy', 'static', 'docsify'];
  const articleUrl = (c) => s[c].url + (c === 'docsify' ? docsifyUrl(long) : long.url);
  await warmUp(contenders.flatMap((c) => [articleUrl(c), s[c].url + '/']));
  const timeout = 15000;
  const mobileTimeout = 30000;
  const onMobile = mobileSchedule(runs, mobileRuns);
  for (let run = 0; run < runs; run++) {
    series.run = run;
    for (const c of rotate(contenders, run)) {
      const base = s[c].url;
      // 1. An article opened directly.
      if (!series.hopeless('articleDirect', c)) {
        const r = await openDirect(articleUrl(c), targets.article, timeout);
        if (r.ms !== null) r.fcp = await fcp(r.p);
        series.add('articleDirect', c, r);
        if (r.ms !== null) series.add('articleDirectAnswer', c, await answers(r.p, c, r.ms, timeout));
        await r.p.close();
      }
      // 2. The index opened directly, then index → article → tag page by clicks.
      if (series.hopeless('indexDirect', c)) continue;
      const r = await openDirect(base + '/', targets.index, timeout);
      if (r.ms !== null) r.fcp = await fcp(r.p);
      series.add('indexDirect', c, r);
      const p = r.p;
      try {
        if (r.ms === null) continue;
        series.add('indexDirectAnswer', c, await answers(p, c, r.ms, timeout));
        await settle(p);
        if (c === 'deploy') {
          const failed = await waitTakeOver(p);
          if (failed) {
            series.add('navIndexArticle', c, { ms: null, error: failed });
            continue;
          }
        }
        const href = c === 'docsify' ? `.markdown-section a[href*="${encodeURI(stem(newest))}"]:visible` : `a[href="${newest.url}"]:visible`;
        const nav = await clickTo(p, href, targets.navArticle, timeout);
        series.add('navIndexArticle', c, nav);
        if (nav.ms === null || c === 'docsify') continue; // Docsify has no tag pages.
        await settle(p);
        series.add('navArticleTag', c, await clickTo(p, '.post-header a.tag:visible', targets.navTag, timeout));
      } finally {
        await p.close();
      }
    }
    // The same first visits on the mobile profile, in the same run (contenders rotating likewise).
    if (onMobile.has(run)) {
      mobile.run = [...onMobile].filter((r) => r < run).length;
      for (const c of rotate(contenders, run)) {
        await mobileVisit(mobile, 'articleDirect', c, articleUrl(c), targets.article, mobileTimeout);
        await mobileVisit(mobile, 'indexDirect', c, s[c].url + '/', targets.index, mobileTimeout);
      }
    }
    log(`sample blog: run ${run + 1}/${runs}${onMobile.has(run) ? ' (desktop and mobile)' : ''}`);
  }
  const transfer = {};
  for (const c of contenders) {
    const url = s[c].url + (c === 'docsify' ? docsifyUrl(long) : long.url);
    transfer[c] = await transferSizes(url, targets.article);
  }
  // Goal 5: repeat visits of the deploy's home page, served by its service worker.
  const repeat = [];
  for (let i = 0; i < Math.min(3, Math.max(1, onMobile.size)); i++) repeat.push(await repeatVisit(s.deploy.url + '/', targets.index, mobileTimeout));
  log(`repeat visits: ${repeat.map((r) => (r.ms == null ? r.error : `${Math.round(r.ms)} ms, ${r.networkBeforePaint.length} requests before paint`)).join('; ')}`);
  for (const server of Object.values(s)) stop(server);
  return { targets: describe, series: series.data, mobile: { runs: onMobile.size, profile: MOBILE, series: mobile.data }, transfer, repeat };
}

// ---------- transfer sizes ----------

function category(url, type) {
  const p = new URL(url).pathname;
  if (/\.wasm$/.test(p)) return 'wasm';
  if (/\.m?js$/.test(p) || /javascript/.test(type)) return 'JS';
  if (/\.css$/.test(p)) return 'CSS';
  if (/\/index\.json$/.test(p)) return 'index';
  if (/_sidebar\.md$/.test(p)) return 'index';
  if (/\/posts\/$/.test(p)) return 'index'; // the app looking for a directory listing of new posts
  if (/\.md$/.test(p)) return 'posts';
  if (/\.html$|\/$/.test(p) || /text\/html/.test(type)) return 'HTML';
  return 'other';
}

async function transferSizes(url, target) {
  const p = await newPage({ initial: { ...target, id: 'transfer' } });
  const bodies = [];
  p.page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '', body }))
        .catch(() => null),
    );
  });
  await p.page.goto(url, { waitUntil: 'load' });
  await p.result('transfer', 15000);
  await p.page.waitForLoadState('networkidle').catch(() => {});
  await p.page.waitForTimeout(300);
  const files = (await Promise.all(bodies))
    .filter(Boolean)
    .map((f) => ({
      path: new URL(f.url).pathname + new URL(f.url).hash,
      status: f.status,
      category: category(f.url, f.type),
      raw: f.body.length,
      gzip: zlib.gzipSync(f.body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(f.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: f.body.length } }).length,
    }));
  await p.close();
  return files;
}

// ---------- Markdown in the browser ----------

async function markdownBench(appDir, runs) {
  const index = readIndex(path.join(T, 'spa', 'posts', 'index.json'));
  const long = index.posts.find((p) => p.path === LONG_POST) ?? [...index.posts].sort((a, b) => b.size - a.size)[0];
  const server = await serve(8105, [appDir], { spa: true });
  const spaUrl = server.url;
  const raw = fs.readFileSync(path.join(ROOT, 'posts', long.path), 'utf8');
  const body = raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const copies = Math.ceil(1_000_000 / Buffer.byteLength(body));
  const doc = Array(copies).fill(body).join('\n\n');
  const p = await newPage();
  await p.page.goto(spaUrl + '/', { waitUntil: 'load' });
  await p.page.waitForFunction(() => window.wasmBindings, null, { timeout: 15000 });
  await p.page.addScriptTag({ path: path.join(BENCH, 'node_modules', 'marked', 'lib', 'marked.umd.js') });
  const result = await p.page.evaluate(
    ({ doc, runs }) => {
      const candidates = {
        marked: typeof marked !== 'undefined' ? (s) => marked.parse(s) : null,
        'carnet (pulldown-cmark, wasm)': window.wasmBindings.render_markdown_html ?? null,
        'pulldown-cmark alone (wasm)': window.wasmBindings.render_commonmark_html ?? null,
      };
      const out = {};
      for (const [name, fn] of Object.entries(candidates)) {
        if (!fn) {
          out[name] = { available: false };
          continue;
        }
        fn(doc);
        fn(doc); // warm-up: compile and tier up
        out[name] = { available: true, times: [], outputLength: fn(doc).length };
      }
      // Alternate the renderers so that drift hits them alike.
      for (let i = 0; i < runs; i++) {
        for (const [name, fn] of Object.entries(candidates)) {
          if (!fn) continue;
          if (typeof gc === 'function') gc();
          const t = performance.now();
          fn(doc);
          out[name].times.push(performance.now() - t);
        }
      }
      return out;
    },
    { doc, runs },
  );
  await p.close();
  stop(server);
  const markedVersion = JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', 'marked', 'package.json'), 'utf8')).version;
  return { post: long.path, copies, inputBytes: Buffer.byteLength(doc), markedVersion, renderers: result };
}

// ---------- Liquid in the browser ----------

// A post with Liquid goes to the indexer worker, which runs Liquid then
// Markdown (crates/carnet-core/src/index/protocol.rs, `Request::Render`).
// Timed here through that worker as the app uses it: a request posted, the
// rendered HTML back, for the 3,000-word Liquid-heavy bench/liquid-heavy.md.
async function liquidBench(appDir, runs) {
  const server = await serve(8106, [appDir], { spa: true });
  const text = fs.readFileSync(path.join(BENCH, 'liquid-heavy.md'), 'utf8');
  const index = readIndex(path.join(appDir, 'posts', 'index.json'));
  const postPath = '2024-01-01-liquid-heavy.md';
  index.posts.unshift({ path: postPath, url: '/2024/01/01/liquid-heavy.html', title: 'Liquid', date: '2024-01-01T00:00:00+00:00', timestamp: 1704067200, excerpt_html: '', hash: '0', size: text.length });
  const request = { op: 'render', index_json: JSON.stringify(index), files: { config_yaml: fs.readFileSync(path.join(appDir, '_config.yml'), 'utf8'), includes: {}, data: {} }, path: postPath, text, now: 1704067200 };
  const p = await newPage();
  await p.page.goto(server.url + '/', { waitUntil: 'load' });
  const result = await p.page.evaluate(
    async ({ request, runs }) => {
      const worker = new Worker('/indexer-worker.js');
      const replies = [];
      let wake = null;
      let failed = null;
      worker.onmessage = (e) => {
        replies.push(e.data);
        if (wake) wake();
      };
      // A worker that fails to load or crashes answers nothing: fail rather than wait for ever.
      worker.onerror = (e) => {
        failed = `the indexer worker failed: ${e.message || 'it could not be loaded'}`;
        if (wake) wake();
      };
      // (A module that fails to instantiate is a rejected promise in the worker, no error event: hence the time-out.)
      const next = () => new Promise((resolve, reject) => {
        if (replies.length) return resolve(replies.shift());
        if (failed) return reject(new Error(failed));
        const timer = setTimeout(() => { wake = null; reject(new Error('no answer from the indexer worker in 30 s')); }, 30000);
        wake = () => { wake = null; clearTimeout(timer); if (replies.length) resolve(replies.shift()); else reject(new Error(failed)); };
      });
      const t0 = performance.now();
      if ((await next()) !== 'ready') throw new Error('the worker did not say ready');
      const start = performance.now() - t0;
      const json = JSON.stringify(request);
      const ask = async (id) => {
        const t = performance.now();
        worker.postMessage(`${id}\n${json}`);
        const answer = await next();
        return { ms: performance.now() - t, ok: answer.includes('"done"'), length: answer.length };
      };
      const first = await ask(0);
      await ask(1);
      const times = [];
      for (let i = 0; i < runs; i++) times.push((await ask(i + 2)).ms);
      worker.terminate();
      return { start, first, times };
    },
    { request, runs },
  );
  await p.close();
  stop(server);
  // What a visit to a post with Liquid downloads besides what every visit does.
  const files = fs.readdirSync(appDir).filter((f) => /^(carnet-indexer.*\.(js|wasm)|indexer-worker\.js|_config\.yml)$/.test(f));
  const bytes = files.map((f) => {
    const body = fs.readFileSync(path.join(appDir, f));
    return { file: f.replace(/-[0-9a-f]{16}/, ''), raw: body.length, brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  return { post: 'bench/liquid-heavy.md', words: text.split(/\s+/).length, ...result, bytes };
}

// ---------- code highlighting (issue 13) ----------

// A post with code loads public/highlight.js, highlight.js's core and
// grammars and carnet's Rouge rules (public/rouge/NAME.js); a post without
// code loads none of them. Measured on the sample blog, SPA and deploy, with
// brotli on the wire (bench/lib/serve.mjs --brotli), desktop (unthrottled)
// and Lighthouse's mobile profile (DevTools protocol throttling).
export const CODE_POST = '2022-05-14-rust-for-a-ruby-developer.md';
export const SEED_POST_URL = '/good_job/2017/02/01/a-mon-compte-plus-1-mois.html';
// Lighthouse's mobile throttling (its "simulated slow 4G" numbers, applied as DevTools throttling).
export const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuRate: 4 };
const HIGHLIGHT_FILE = /^\/(highlight\.js$|highlight\/|rouge\/)/;
const brotli11 = (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;

async function throttle(p, profile) {
  if (profile !== 'mobile') return;
  await p.cdp.send('Network.enable');
  await p.cdp.send('Network.emulateNetworkConditions', { offline: false, latency: MOBILE.latency, downloadThroughput: MOBILE.downloadThroughput, uploadThroughput: MOBILE.uploadThroughput });
  await p.cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuRate });
}

/**
 * One direct visit, every request the browser made (page.on('request')) with
 * its response: decoded bytes, brotli -q 11 of them (node zlib), bytes on the
 * wire (Playwright's request.sizes(), the encoded body), and when it started
 * and ended (ms from navigation start). Waits for `ready` (a selector), the
 * deploy page's take-over, `app` (a selector in the app's page), then an idle
 * network and `linger` ms more, so late requests are in the log too.
 */
async function requestLog(url, { ready, app, deploy, profile = 'desktop', linger = 1000, timeout = 30000 }) {
  const p = await newPage();
  await throttle(p, profile);
  const entries = [];
  p.page.on('request', (request) => {
    const entry = { request, url: request.url(), method: request.method(), type: request.resourceType(), navigation: request.isNavigationRequest() && request.frame() === p.page.mainFrame() };
    entries.push(entry);
    entry.done = new Promise((resolve) => {
      const finish = async (failure) => {
        const response = failure ? null : await request.response().catch(() => null);
        const sizes = await request.sizes().catch(() => null);
        resolve({ status: response?.status() ?? null, failure, wire: sizes?.responseBodySize ?? null, encoding: response ? (await response.allHeaders().catch(() => ({})))['content-encoding'] ?? null : null, timing: request.timing() });
      };
      entry.finish = finish;
    });
  });
  const byRequest = (request) => entries.find((e) => e.request === request);
  p.page.on('requestfinished', (request) => byRequest(request)?.finish(null));
  p.page.on('requestfailed', (request) => byRequest(request)?.finish(request.failure()?.errorText ?? 'failed'));
  let error = null;
  try {
    await p.page.goto(url, { waitUntil: 'load', timeout });
    await p.page.waitForSelector(ready, { state: 'attached', timeout });
    if (deploy) error = await waitTakeOver(p, timeout);
    if (!error) await p.page.waitForSelector(app, { state: 'attached', timeout }).catch(() => (error = `no ${app} in the app's page`));
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  await p.page.waitForLoadState('networkidle', { timeout }).catch(() => {});
  await p.page.waitForTimeout(linger);
  const navStart = await p.page.evaluate(() => performance.timeOrigin).catch(() => null);
  const files = [];
  for (const e of entries) {
    const r = await Promise.race([e.done, new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
    const u = new URL(e.url);
    // The bytes the server sent, uncompressed, asked for again: Playwright's response.body() of a
    // preloaded fetch (the shell's <link rel=preload as=fetch> of the post) comes back re-encoded
    // (each non-ASCII byte as two), so it is not used for sizes.
    const body = r?.status != null ? await fetch(e.url, { headers: { 'accept-encoding': 'identity' } }).then(async (res) => Buffer.from(await res.arrayBuffer())).catch(() => null) : null;
    const start = r?.timing?.startTime > 0 && navStart ? r.timing.startTime - navStart : null;
    files.push({
      path: u.origin === new URL(url).origin ? u.pathname : e.url,
      navigation: e.navigation,
      type: e.type,
      status: r?.status ?? null,
      failure: r ? r.failure : 'no answer',
      encoding: r?.encoding ?? null,
      raw: body ? body.length : null,
      brotli: body ? brotli11(body) : null,
      wire: r?.wire ?? null,
      start: start == null ? null : Math.round(start),
      end: start == null || !(r.timing.responseEnd >= 0) ? null : Math.round(start + r.timing.responseEnd),
      highlight: HIGHLIGHT_FILE.test(u.pathname),
    });
  }
  const errors = p.errors.slice(0, 3);
  await p.close();
  return { url, profile, error, pageErrors: errors, files };
}

/** The files of a visit by what they are: the page and the post's Markdown keyed by role, so two posts' visits can be compared. */
function keyed(log, postFile) {
  const out = new Map();
  for (const f of log.files) {
    const key = f.navigation ? '(the page)' : f.path === `/posts/${postFile}` ? "(the post's Markdown)" : f.path;
    const slot = out.get(key);
    if (slot) slot.push(f);
    else out.set(key, [f]);
  }
  return out;
}

/** Rust post against seed post: what the visit with code requests beyond the one without. */
function codeExtra(withCode, without, codeFile, seedFile) {
  const a = keyed(withCode, codeFile);
  const b = keyed(without, seedFile);
  const extra = [];
  for (const [key, list] of a) if (!b.has(key)) extra.push(...list.map((f) => ({ ...f, key })));
  const missing = [...b.keys()].filter((k) => !a.has(k));
  const sum = (list, k) => list.reduce((t, f) => t + (f[k] ?? 0), 0);
  const own = ['(the page)', "(the post's Markdown)"].filter((k) => a.has(k) || b.has(k)).map((k) => ({ key: k, withCode: a.get(k)?.[0] ?? null, without: b.get(k)?.[0] ?? null }));
  // Requested more than once in one visit (a preload not reused, say).
  const twice = [...a].filter(([, list]) => list.length > 1).map(([key, list]) => ({ key, times: list.length }));
  return { files: extra, count: extra.length, brotli: sum(extra, 'brotli'), raw: sum(extra, 'raw'), wire: sum(extra, 'wire'), onlyWithout: missing, own, twice };
}

/** One timed direct visit: ms from navigation start to each target's frame, FCP, and when the highlight files came in (Resource Timing). */
async function codeVisit(url, targets, { profile, deploy, timeout }) {
  const fail = '.load-error';
  const [first, ...rest] = targets.map((t) => ({ ...t, fail }));
  const p = await newPage({ initial: first, also: rest });
  const out = { ms: {} };
  try {
    await throttle(p, profile);
    p.page.goto(url, { timeout }).catch(() => {});
    for (const t of targets) {
      const r = await p.result(t.id, timeout);
      out.ms[t.id] = r.error ? null : r.frame - r.navStart;
      (out.found ??= {})[t.id] = r.error ? null : r.found - r.navStart;
      if (r.error) out.error ??= `${t.id}: ${withPageErrors(r.error, p)}`;
    }
    out.fcp = await fcp(p);
    if (deploy) out.takeOver = await waitTakeOver(p, timeout);
    // Until the highlight files the app asked for are in (the deploy page's are not needed to show colours).
    await p.page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {});
    const tl = await p.page.evaluate(() => window.__bench.timeline()).catch(() => null);
    if (tl) out.timeline = { html: tl.html, js: tl.js, wasm: tl.wasm, appStarted: tl.appStarted, index: tl.index, post: tl.post, longestTask: tl.longestTask };
    out.resources = await p.page.evaluate((source) => {
      const re = new RegExp(source);
      return performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime), end: Math.round(e.responseEnd), wire: e.transferSize }))
        .filter((e) => re.test(e.path) || /\.wasm$|carnet-web[^/]*\.js$|\/posts\/.*\.md$|\/index\.json$/.test(e.path));
    }, HIGHLIGHT_FILE.source);
  } catch (e) {
    out.error ??= e.message.split('\n')[0];
  } finally {
    await p.close();
  }
  return out;
}

async function codeBench(runs) {
  const index = readIndex(path.join(T, 'spa', 'posts', 'index.json'));
  const post = index.posts.find((p) => p.path === CODE_POST);
  const seed = index.posts.find((p) => p.url === SEED_POST_URL);
  if (!post || !seed) throw new Error(`the sample blog has no ${post ? SEED_POST_URL : CODE_POST}`);
  const s = {
    spa: await serve(8114, [path.join(T, 'spa')], { spa: true, brotli: true }),
    deploy: await serve(8115, [path.join(T, 'deploy')], { brotli: true }),
  };
  const started = Date.now();
  const out = { post: post.path, postUrl: post.url, codeLanguages: post.code_languages ?? [], seed: seed.path, seedUrl: seed.url, runs, mobile: MOBILE, chromium: browser.version(), cpu: os.cpus()[0]?.model ?? null, cores: os.cpus().length, date: new Date().toISOString(), loadBefore: os.loadavg() };

  // A visit to each post first, not kept: the servers compress each file on its first request (q 11 takes seconds for the wasm).
  for (const c of ['spa', 'deploy']) for (const u of [post.url, seed.url]) await requestLog(s[c].url + u, { ready: 'main article.post h1', app: '#app main article.post h1', deploy: c === 'deploy', linger: 0 });

  // 1 and 3: the request logs of a direct visit to each post (desktop; brotli on the wire).
  out.requests = {};
  out.extra = {};
  for (const c of ['spa', 'deploy']) {
    const deploy = c === 'deploy';
    const withCode = await requestLog(s[c].url + post.url, { ready: deploy ? 'main .post-content span.k' : '#app main span.k', app: '#app main span.k', deploy });
    const without = await requestLog(s[c].url + seed.url, { ready: 'main article.post h1', app: '#app main article.post h1', deploy });
    out.requests[c] = { code: withCode, seed: without };
    out.extra[c] = codeExtra(withCode, without, post.path, seed.path);
    const seedHighlight = without.files.filter((f) => f.highlight).map((f) => f.path);
    out.requests[c].seedHighlightFiles = seedHighlight;
    log(`code: ${c}: the post with code adds ${out.extra[c].count} files, ${out.extra[c].brotli} bytes brotli; the seed post requested ${seedHighlight.length} highlight files`);
  }

  // 2: time until the code is coloured, median of `runs`, desktop and mobile.
  const targets = {
    // code: the first coloured token; text: the article's title; block: the first code block, coloured or not.
    spa: [
      { id: 'code', selector: '#app main span.k' },
      { id: 'text', selector: 'main article.post h1' },
      { id: 'block', selector: '#app main pre.highlight > code' },
    ],
    deploy: [
      { id: 'code', selector: 'main .post-content span.k' },
      { id: 'text', selector: 'main article.post h1' },
      { id: 'block', selector: 'main .post-content pre.highlight > code' },
      { id: 'appCode', selector: '#app main span.k' },
    ],
  };
  out.times = { desktop: { spa: [], deploy: [] }, mobile: { spa: [], deploy: [] } };
  for (let run = 0; run < runs; run++) {
    for (const profile of ['desktop', 'mobile']) {
      for (const c of rotate(['spa', 'deploy'], run)) {
        const timeout = profile === 'mobile' ? 40000 : 15000;
        const r = await codeVisit(s[c].url + post.url, targets[c], { profile, deploy: c === 'deploy', timeout });
        out.times[profile][c].push(r);
      }
    }
    log(`code: run ${run + 1}/${runs}`);
  }
  for (const server of Object.values(s)) stop(server);
  out.loadAfter = os.loadavg();
  out.seconds = (Date.now() - started) / 1000;
  return out;
}

// ---------- scale ----------

// Search on the large blogs: a two-word query, as a French reader types it.
export const SEARCH_QUERY = 'vélo hiver';

/** `catalog::search` over an index's posts (newest first): every query word
 * begins a word of the title, tags, categories or excerpt text, case and
 * accents folded. For the first result's title, which the timed page must show. */
function searchIndex(posts, query) {
  const fold = (text) => [...text].map((c) => [...c.toLowerCase()][0].normalize('NFD')[0].replace(/[’‘]/, "'")).join('');
  const alnum = /[\p{Alphabetic}\p{N}]/u;
  const words = query.split(/\s+/).filter(Boolean).map((w) => [...fold(w)]);
  return posts.filter((p) => {
    const hay = [...fold([p.title, (p.tags ?? []).join('\n'), (p.categories ?? []).join('\n'), decode(p.excerpt_html).split(/\s+/).filter(Boolean).join(' ')].join('\n'))];
    const begins = (word) => hay.some((_, i) => (i === 0 || !alnum.test(hay[i - 1])) && word.every((c, k) => hay[i + k] === c));
    return words.every(begins);
  });
}

/**
 * Search on the mobile profile: /search/ opened, the app started and the
 * network quiet, then the query filled in at once (one input event, as
 * pasted, so nothing was fetched for it before): ms from that input to the
 * frame that shows the first result (the expected post), and the bytes the
 * page fetched from the input on (download included).
 */
async function searchTyped(url, first, timeout) {
  const p = await newPage();
  try {
    await throttle(p, 'mobile');
    await p.page.goto(`${url}/search/`, { timeout });
    const box = p.page.locator('#search-input');
    await box.waitFor({ timeout });
    // The app started, and on a deploy page it has taken the prerendered page over (the field is then its own).
    await p.page.waitForFunction(() => window.__bench.startedAt != null && !document.getElementById('prerendered'), null, { timeout, polling: 100 });
    await p.page.waitForLoadState('networkidle', { timeout }).catch(() => {});
    const target = { id: 'search', selector: 'li.search-result h2', needle: first.title.replace(/\s+/g, ' '), fail: '.load-error' };
    const start = await p.page.evaluate((t) => {
      window.__bench.armInput(t);
      return performance.now();
    }, target);
    await box.fill(SEARCH_QUERY);
    const r = await p.result(target.id, timeout);
    if (r.error) return { ms: null, error: withPageErrors(await describeFailure(p, r.error), p) };
    await p.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    const bytes = await p.page.evaluate((t0) => {
      const after = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0);
      // A deploy's service worker answers with no transferSize: the bodies' encoded sizes count too.
      const sum = (k) => after.reduce((a, e) => a + (e[k] || 0), 0);
      return { transfer: sum('transferSize'), body: sum('encodedBodySize'), files: after.length };
    }, start);
    return { ms: r.frame - r.clickAt, bytes };
  } catch (e) {
    return { ms: null, error: e.message.split('\n')[0] };
  } finally {
    await p.close();
  }
}

async function scaleRun(n, runs, mobileRuns) {
  const blog = path.join(T, `scale-${n}`);
  const index = readIndex(path.join(blog, 'posts', 'index.json'));
  const newest = index.posts[0];
  const s = {
    spa: await serve(8110, [blog, path.join(T, 'spa')], { spa: true, brotli: true }),
    deploy: await serve(8111, [path.join(T, `scale-${n}-deploy`), blog], { brotli: true }),
    static: await serve(8112, [path.join(T, `scale-${n}-static`)], { brotli: true }),
    docsify: await serve(8113, [path.join(T, `scale-${n}-docsify`), blog], { brotli: true }),
  };
  const fail = '.load-error';
  const indexTarget = { id: 'index', selector: 'p', needle: needle(newest.excerpt_html), fail };
  const tagTarget = { id: 'nav-tag', selector: '.post-card p', needle: needle(newest.excerpt_html), fail };
  const searchFirst = searchIndex(index.posts, SEARCH_QUERY)[0];
  const series = new Series();
  const mobile = new Series();
  const mem = { spa: [], deploy: [], static: [], docsify: [] };
  const contenders = ['spa', 'deploy', 'static', 'docsify'];
  await warmUp(contenders.map((c) => s[c].url + '/'));
  const timeout = 20000;
  // 10,000 posts: a 1.5 MB brotli index is about 8 s at 1.6 Mbit/s, then parsed at a quarter of the CPU.
  const mobileTimeout = 60000;
  const onMobile = mobileSchedule(runs, mobileRuns);
  for (let run = 0; run < runs; run++) {
    series.run = run;
    for (const c of rotate(contenders, run)) {
      if (series.hopeless('indexDirect', c)) continue;
      const r = await openDirect(s[c].url + '/', indexTarget, timeout);
      if (r.ms !== null) r.fcp = await fcp(r.p);
      series.add('indexDirect', c, r);
      const p = r.p;
      try {
        if (r.ms === null) continue;
        series.add('indexDirectAnswer', c, await answers(p, c, r.ms, timeout));
        // The app already failed to take over twice: the prerendered index is all there is.
        if (c === 'deploy' && series.hopeless('navTag', c)) continue;
        await settle(p, 300);
        if (c === 'deploy') {
          const failed = await waitTakeOver(p);
          if (failed) {
            series.add('navTag', c, { ms: null, error: failed });
            continue;
          }
        }
        mem[c].push(await memory(p));
        if (c === 'docsify' || series.hopeless('navTag', c)) continue;
        series.add('navTag', c, await clickTo(p, '.post-card a.tag:visible', tagTarget, timeout));
      } finally {
        await p.close();
      }
    }
    if (onMobile.has(run)) {
      mobile.run = [...onMobile].filter((r) => r < run).length;
      for (const c of rotate(contenders, run)) await mobileVisit(mobile, 'indexDirect', c, s[c].url + '/', indexTarget, mobileTimeout);
      for (const c of ['spa', 'deploy']) if (!mobile.hopeless('searchTyped', c)) mobile.add('searchTyped', c, await searchTyped(s[c].url, searchFirst, mobileTimeout));
    }
    log(`${n} posts: run ${run + 1}/${runs}${onMobile.has(run) ? ' (desktop and mobile)' : ''}`);
  }
  for (const server of Object.values(s)) stop(server);
  const json = fs.readFileSync(path.join(blog, 'posts', 'index.json'));
  return {
    posts: index.posts.length,
    searchQuery: SEARCH_QUERY,
    tag: newest.tags[0],
    postsWithTag: index.posts.filter((p) => p.tags.includes(newest.tags[0])).length,
    // Share of the index's bytes that are excerpt HTML.
    excerptShare: index.posts.reduce((a, p) => a + Buffer.byteLength(JSON.stringify(p.excerpt_html)), 0) / json.length,
    indexJson: {
      raw: json.length,
      gzip: zlib.gzipSync(json, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length } }).length,
    },
    series: series.data,
    mobile: { runs: onMobile.size, profile: MOBILE, series: mobile.data },
    memory: mem,
  };
}

/** `--only search`: `searchTyped` on the SPA of each size, `runs` times. */
async function searchOnly(sizes, runs) {
  const out = {};
  for (const n of sizes) {
    const blog = path.join(T, `scale-${n}`);
    const index = readIndex(path.join(blog, 'posts', 'index.json'));
    const first = searchIndex(index.posts, SEARCH_QUERY)[0];
    const spa = await serve(8110, [blog, path.join(T, 'spa')], { spa: true, brotli: true });
    await warmUp([`${spa.url}/search/?q=${encodeURIComponent(SEARCH_QUERY)}`]);
    const series = new Series();
    for (let run = 0; run < runs; run++) {
      series.run = run;
      series.add('searchTyped', 'spa', await searchTyped(spa.url, first, 60000));
      log(`search, ${n} posts: run ${run + 1}/${runs}: ${series.data.searchTyped.spa.byRun[run] ?? 'failed'} ms`);
    }
    stop(spa);
    out[n] = { query: SEARCH_QUERY, first: first.title, profile: MOBILE, series: series.data };
  }
  return out;
}

// ---------- main ----------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: ARGS });
  const out = {
    chromium: browser.version(),
    playwright: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version,
    runs: args.runs,
    loadBefore: os.loadavg(),
  };
  try {
    out.mainRuns = args.mainRuns ?? args.runs;
    out.mobileRuns = args.mobileRuns ?? Math.max(1, Math.round(args.runs / 3));
    // 0 leaves the sample blog desktop only (the smoke run: the 100-post blog has the mobile visits).
    out.mobileMainRuns = args.mobileMainRuns ?? Math.max(1, Math.round(out.mainRuns / 3));
    if (!args.only || args.only.includes('main')) out.main = await mainComparison(out.mainRuns, out.mobileMainRuns);
    if (!args.only || args.only.includes('markdown')) out.markdown = await markdownBench(args.markdownApp, args.runs);
    if (!args.only || args.only.includes('liquid')) out.liquid = await liquidBench(path.join(T, 'spa'), args.runs);
    if (!args.only || args.only.includes('code')) out.code = await codeBench(args.runs);
    // Search alone, by hand: the SPA of each size on the mobile profile (target/bench/spa and scale-N only).
    if (args.only?.includes('search')) out.search = await searchOnly(args.sizes, args.runs);
    if (!args.only || args.only.includes('scale')) {
      out.scale = {};
      for (const n of args.sizes) out.scale[n] = await scaleRun(n, args.runs, out.mobileRuns);
    }
  } finally {
    await browser.close();
    stopAll();
  }
  out.loadAfter = os.loadavg();
  out.seconds = (Date.now() - started) / 1000;
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, JSON.stringify(out, null, 1));
  log(`browser measurements written to ${path.relative(ROOT, args.out)} in ${out.seconds.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  stopAll();
  process.exit(1);
});
