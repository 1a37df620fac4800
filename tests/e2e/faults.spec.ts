import { test, expect, type Page, type Locator } from '@playwright/test';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SEED_TITLE, SEED_URL, SITE_TITLE, settleFirstPaints } from './helpers';

// Network faults, as a visitor sees them in a real browser: the release app and
// its post index (target/e2e/spa/, built by scripts/e2e-sites.sh), served by
// tests/e2e/fault-server.mjs, which misbehaves per path on request.
//
// What the app promises (src/http.rs, src/api.rs): network errors,
// timeouts, 5xx and 429 are tried 3 times (waits of 400 and 1200 ms), each try
// has 15 s, a body may not pass 5 MB, 404/410 mean "not found"; a post answered
// with HTML is missing; a post read once is kept in localStorage.
//
// The server is started here (and stopped after) unless one already answers on
// its port, e.g. from a webServer entry of playwright.config.ts. Started here, it
// serves a copy of target/e2e/spa taken first, so that a run of
// scripts/e2e-sites.sh elsewhere (which deletes target/e2e) cannot pull the
// files from under the tests.


settleFirstPaints();
const PORT = 8097;
const SPA = `http://127.0.0.1:${PORT}`;
const ROOT = path.resolve(__dirname, '..', '..');
const SITE_DIR = path.join(ROOT, 'target', 'e2e', 'spa');
const SERVER = path.join(__dirname, 'fault-server.mjs');

const SEED_FILE = '/posts/2017-02-01-a-mon-compte-plus-1-mois.md';
const INDEX_FILE = '/posts/index.json';
const OTHER_TITLE = 'A mon compte + 2 mois';
const OTHER_FILE = '/posts/2017-03-05-a-mon-compte-plus-2-mois.md';
const STORE_KEY = 'carnet:post:2017-02-01-a-mon-compte-plus-1-mois.md';
// The words of the French interface (crates/carnet-core/src/pages/labels.rs).
const NOT_FOUND = 'Page introuvable';
const RETRY = 'Réessayer';
// Before the index is read the blog's language is unknown and the interface is English.
const RETRY_ANY_LANGUAGE = /^(Réessayer|Try again)$/;
const LOADING = 'Chargement…';
const FAILED = `Impossible de charger « ${SEED_TITLE} »`;

test.use({ baseURL: SPA });

// ---------------------------------------------------------------------------
// The fault server

let server: ChildProcess | undefined;
let snapshot: string | undefined;
/** What the server printed, one line each (only when this file started it). */
const serverLines: string[] = [];

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(`${SPA}/__faults`)).ok;
  } catch {
    return false;
  }
}

/** Whether `dir` holds a whole build: the shell, the files it loads, the post index. */
function complete(dir: string): boolean {
  try {
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href|module_or_path:)\s*=?\s*['"]\/?([^'"]+\.(?:js|wasm|css))['"]/g)].map((m) => m[1]);
    return assets.length > 0 && [...assets, 'posts/index.json'].every((f) => fs.existsSync(path.join(dir, f)));
  } catch {
    return false;
  }
}

/** A private copy of the built site, taken when it is whole (a rebuild may be under way). */
async function takeSnapshot(): Promise<string> {
  const started = Date.now();
  for (;;) {
    if (complete(SITE_DIR)) {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-faults-'));
      try {
        fs.cpSync(SITE_DIR, copy, { recursive: true });
        if (complete(copy)) return copy;
      } catch {}
      fs.rmSync(copy, { recursive: true, force: true });
    }
    // Wait only while scripts/e2e-sites.sh seems to be at work (it recreates target/e2e).
    const e2e = path.dirname(SITE_DIR);
    const building = fs.existsSync(e2e) && Date.now() - fs.statSync(e2e).mtimeMs < 5 * 60_000;
    if (!building || Date.now() - started > 5 * 60_000) {
      throw new Error(`${SITE_DIR} is missing or incomplete: run scripts/e2e-sites.sh first`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

test.beforeAll(async () => {
  test.setTimeout(6 * 60_000);
  if (await serverUp()) {
    // Started elsewhere (a webServer entry): it must be serving the built app.
    const index = await fetch(`${SPA}/posts/index.json`);
    if (!index.ok) throw new Error(`the server on ${SPA} has no posts/index.json: run scripts/e2e-sites.sh first`);
    return;
  }
  snapshot = await takeSnapshot();
  server = spawn(process.execPath, [SERVER, snapshot, String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    serverLines.push(...lines);
  });
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const started = Date.now();
  while (!(await serverUp())) {
    if (server.exitCode !== null) throw new Error(`fault server exited (${server.exitCode}): ${stderr}`);
    if (Date.now() - started > 10_000) throw new Error(`fault server not up on ${SPA}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    process.kill(server.pid, 'SIGTERM');
    await exited;
  }
  if (snapshot) fs.rmSync(snapshot, { recursive: true, force: true });
});

type Mode =
  | 'status:404' | 'status:410' | 'status:500' | 'status:503' | `status:${number}`
  | `delay:${number}` | 'stall' | 'truncate' | `content-type:${string}` | 'app-shell'
  | 'invalid-utf8' | 'huge' | 'huge-chunked' | 'reset';

/** Makes the server answer `path` (a `*` matches within a segment) with `mode`, `times` times or forever. */
async function fault(path: string, mode: Mode, times?: number) {
  const response = await fetch(`${SPA}/__faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path, mode, times }),
  });
  expect(response.ok, await response.clone().text()).toBe(true);
}

async function clearFaults() {
  expect((await fetch(`${SPA}/__faults`, { method: 'DELETE' })).ok).toBe(true);
}

type Logged = { path: string; fault: string | null; status: number | string; bytesSent?: number };

/** The requests the server saw for `path` since the last clear, in order. */
async function served(path: string): Promise<Logged[]> {
  const log = (await (await fetch(`${SPA}/__faults`)).json()) as { requests: Logged[] };
  return log.requests.filter((r) => r.path === path);
}

// ---------------------------------------------------------------------------
// What the visitor sees

function heading(page: Page): Locator {
  return page.locator('main h1');
}

function loadError(page: Page): Locator {
  return page.locator('main .load-error');
}

async function expectArticle(page: Page) {
  await expect(heading(page)).toHaveText(SEED_TITLE);
  await expect(page.locator('main h2#plein-de-rencontres')).toBeVisible();
  await expect(loadError(page)).toHaveCount(0);
}

/** The failure box: an alert naming the post and the failure, with a retry button. */
async function expectLoadError(page: Page, failure: RegExp | string, timeout?: number) {
  const box = loadError(page);
  await expect(box).toBeVisible({ timeout });
  await expect(box).toHaveAttribute('role', 'alert');
  await expect(box).toContainText(FAILED);
  await expect(box).toContainText(failure);
  await expect(box.getByRole('button', { name: RETRY })).toBeVisible();
}

/** Never a blank page: the header and its navigation are there, and main says something. */
async function expectNotBlank(page: Page) {
  await expect(page.locator('header.site-header nav a').first()).toBeVisible();
  await expect(page.locator('main')).not.toBeEmpty();
  expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(0);
}

/** The navigation works: "Archives" opens the archive. */
async function openArchive(page: Page) {
  await page.locator('header.site-header').getByRole('link', { name: 'Archives', exact: true }).click();
  await expect(page).toHaveURL(`${SPA}/archive/`);
  await expect(heading(page)).toHaveText('Archives');
  await expect(page.locator('.archive-year').first()).toBeVisible();
}

function timing(label: string, ms: number) {
  const line = `${label}: ${(ms / 1000).toFixed(2)} s`;
  console.log(`[timing] ${test.info().title} — ${line}`);
  test.info().annotations.push({ type: 'timing', description: line });
}

// Uncaught exceptions and wasm panics fail the test; failed loads (the faults
// themselves) are expected in the console and ignored.
const browserErrors = new WeakMap<Page, string[]>();
test.beforeEach(async ({ page }) => {
  await clearFaults();
  const errors: string[] = [];
  browserErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource\b/.test(text)) return;
    errors.push(`console.error: ${text.split('\n').slice(0, 2).join(' ')}`);
  });
});
test.afterEach(async ({ page }) => {
  await clearFaults();
  expect(browserErrors.get(page) ?? [], 'errors in the browser console').toEqual([]);
});

// ---------------------------------------------------------------------------
// Transient failures: retried with backoff, then a clear message with a retry

test.describe('transient failures', () => {
  test('post answering 503 twice then 200: the retries show the article', async ({ page }) => {
    const firstLine = serverLines.length;
    await fault(SEED_FILE, 'status:503', 2);
    const started = Date.now();
    await page.goto(SEED_URL);
    await expectArticle(page);
    timing('503, 503, then the article', Date.now() - started);
    expect((await served(SEED_FILE)).map((r) => r.status)).toEqual(['status:503', 'status:503', 200]);
    if (server) {
      const logged = serverLines.slice(firstLine).filter((l) => /^(FAULT )?GET /.test(l) && l.includes(SEED_FILE));
      expect(logged).toEqual([
        expect.stringMatching(/^FAULT GET .* status:503/),
        expect.stringMatching(/^FAULT GET .* status:503/),
        expect.stringMatching(/^GET .* 200$/),
      ]);
    }
  });

  test('post answering 500 forever: an alert with a retry, the navigation still works, the retry recovers', async ({ page }) => {
    await fault(SEED_FILE, 'status:500');
    const started = Date.now();
    await page.goto(SEED_URL);
    await expectLoadError(page, 'the server answered 500');
    timing('500 forever until the alert', Date.now() - started);
    // Bounded: the first try and two retries.
    expect(await served(SEED_FILE)).toHaveLength(3);
    await expect(heading(page)).toHaveCount(0);
    await expectNotBlank(page);

    // The rest of the page keeps working.
    await openArchive(page);
    await page.goBack();
    await expect(page).toHaveURL(SPA + SEED_URL);
    await expectLoadError(page, 'the server answered 500');

    // The host recovers; the visitor tries again.
    await clearFaults();
    await loadError(page).getByRole('button', { name: RETRY }).click();
    await expectArticle(page);
    expect((await served(SEED_FILE)).map((r) => r.status)).toEqual([200]);
  });

  test('connection reset twice then 200: the retries show the article', async ({ page }) => {
    await fault(SEED_FILE, 'reset', 2);
    await page.goto(SEED_URL);
    await expectArticle(page);
    const statuses = (await served(SEED_FILE)).map((r) => r.status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.slice(0, -1).every((s) => s === 'reset')).toBe(true);
  });

  test('connection reset forever: an alert with a retry, after a bounded number of tries', async ({ page }) => {
    await fault(SEED_FILE, 'reset');
    let fetches = 0;
    page.on('request', (r) => r.url().endsWith(SEED_FILE) && fetches++);
    const started = Date.now();
    await page.goto(SEED_URL);
    await expectLoadError(page, 'the network failed');
    timing('reset forever until the alert', Date.now() - started);
    // Three fetches by the app, and early.js's preload of the post, which the
    // app's first fetch takes over when it is still in flight (3) or not (4).
    // Chromium itself retries a request whose connection was reset, so the
    // server sees more (9 to 12 in our runs).
    expect(fetches).toBeGreaterThanOrEqual(3);
    expect(fetches).toBeLessThanOrEqual(4);
    const tries = (await served(SEED_FILE)).length;
    console.log(`[count] reset forever: ${fetches} fetches (the app's 3 and the preload), ${tries} requests at the server`);
    expect(tries).toBeGreaterThanOrEqual(3);
    expect(tries).toBeLessThanOrEqual(4 * 3);
    await expectNotBlank(page);
  });
});

// ---------------------------------------------------------------------------
// Missing posts: a not-found page, not an error

test.describe('missing post', () => {
  for (const status of [404, 410] as const) {
    test(`post answering ${status}: "Page introuvable", no error box, no retry`, async ({ page }) => {
      await fault(SEED_FILE, `status:${status}`);
      await page.goto(SEED_URL);
      await expect(heading(page)).toHaveText(NOT_FOUND);
      await expect(page.locator('main').getByRole('link', { name: 'Retour à l’accueil' })).toBeVisible();
      await expect(page.locator('.load-error')).toHaveCount(0);
      await expect(page.getByRole('button', { name: RETRY_ANY_LANGUAGE })).toHaveCount(0);
      expect(await served(SEED_FILE)).toHaveLength(1);
      await expectNotBlank(page);
    });
  }

  test('post answered with the app shell (an SPA host\'s 200 for a missing file): "Page introuvable"', async ({ page }) => {
    await fault(SEED_FILE, 'app-shell');
    await page.goto(SEED_URL);
    await expect(heading(page)).toHaveText(NOT_FOUND);
    await expect(page.locator('.load-error')).toHaveCount(0);
    // No HTML of the shell leaks into the page.
    await expect(page.locator('main')).not.toContainText('<!DOCTYPE');
    await expectNotBlank(page);
  });
});

// ---------------------------------------------------------------------------
// Slow, stalled, cut and oversized answers: the tab never hangs

test.describe('slow and broken bodies', () => {
  test('first byte delayed 2 s: "Chargement…" shows while waiting, then the article', async ({ page }) => {
    await fault(SEED_FILE, 'delay:2000');
    // Timed from the request itself: the page may ask for the post (early.js's
    // preload) well before goto returns.
    const asked = page.waitForRequest((r) => r.url().endsWith(SEED_FILE)).then(() => Date.now());
    await page.goto(SEED_URL);
    const requested = await asked;
    const loading = page.locator('main .loading');
    await expect(loading).toBeVisible();
    await expect(loading).toHaveAttribute('role', 'status');
    // In the blog's language (fr): soft, so that the timings below are still measured.
    await expect.soft(loading).toHaveText(LOADING, { timeout: 500 });
    // It fades in after 300 ms (style/main.css): visible to the eye well before the answer.
    await expect.poll(() => loading.evaluate((e) => Number(getComputedStyle(e).opacity)), { timeout: 1500 }).toBe(1);
    const loadingShown = Date.now() - requested;
    expect(loadingShown).toBeLessThan(2000);
    await expectArticle(page);
    const shown = Date.now() - requested;
    timing('loading message fully visible after the request', loadingShown);
    timing('article shown after the request', shown);
    expect(shown).toBeGreaterThanOrEqual(1900);
    await expect(loading).toHaveCount(0);
    // A delay is not a failure: one request, no retry.
    expect(await served(SEED_FILE)).toHaveLength(1);
  });

  for (const mode of ['stall', 'truncate'] as const) {
    test(`body ${mode === 'stall' ? 'stalled halfway' : 'cut short (truncated)'}: the page stays usable, then an alert with a retry`, async ({ page }) => {
      test.setTimeout(120_000);
      await fault(SEED_FILE, mode);
      const asked = page.waitForRequest((r) => r.url().endsWith(SEED_FILE));
      await page.goto(SEED_URL);
      await asked;
      // While the post is stuck, the navigation works.
      const clicked = Date.now();
      await openArchive(page);
      timing('archive shown while the post is stuck', Date.now() - clicked);
      // Back to the post: it is fetched again, and fails within the time limit.
      const back = Date.now();
      await page.goBack();
      await expect(page).toHaveURL(SPA + SEED_URL);
      await expectLoadError(page, mode === 'stall' ? 'no complete answer in time' : 'the network failed', 60_000);
      const waited = Date.now() - back;
      timing(`${mode} until the alert`, waited);
      expect(waited).toBeLessThan(60_000);
      await expectNotBlank(page);

      // The host recovers; the visitor tries again.
      await clearFaults();
      await loadError(page).getByRole('button', { name: RETRY }).click();
      await expectArticle(page);
    });
  }

  test('20 MB post with its Content-Length: an alert saying the file is too large, at once', async ({ page }) => {
    await fault(SEED_FILE, 'huge');
    const request = page.waitForRequest((r) => r.url().endsWith(SEED_FILE));
    await page.goto(SEED_URL);
    await request;
    const asked = Date.now();
    await expectLoadError(page, /the file is larger than 5242880 bytes/, 30_000);
    timing('huge (20 MB, Content-Length) until the alert', Date.now() - asked);
    // Too large is not transient: no retry.
    expect(await served(SEED_FILE)).toHaveLength(1);
    await expectNotBlank(page);
    await openArchive(page);
  });

  test('20 MB post without a Content-Length (chunked): an alert saying the file is too large, no hang', async ({ page }) => {
    await fault(SEED_FILE, 'huge-chunked');
    /** The body bytes the server got to send for the n-th request of the post, once it has closed. */
    const bytesSent = async (n: number) => {
      await expect.poll(async () => (await served(SEED_FILE))[n]?.bytesSent, { timeout: 10_000 }).toBeDefined();
      return (await served(SEED_FILE))[n].bytesSent!;
    };
    // Opened from the archive, only the app's own fetch reads the post.
    await page.goto('/archive/');
    const request = page.waitForRequest((r) => r.url().endsWith(SEED_FILE));
    await page.locator('main').getByRole('link', { name: SEED_TITLE, exact: true }).click();
    await request;
    const asked = Date.now();
    await expectLoadError(page, /the file is larger than 5242880 bytes/, 30_000);
    timing('huge-chunked (20 MB, no length) until the alert', Date.now() - asked);
    expect(await served(SEED_FILE)).toHaveLength(1);
    // The app stopped reading past the 5 MB limit and hung up: the server sent
    // about 6 MB (it paces 1 MB per 100 ms), not the 20 MB read whole before.
    const sent = await bytesSent(0);
    console.log(`[count] huge-chunked, opened in-app: ${sent} of ${20 * 1024 * 1024} bytes sent before the app hung up`);
    expect(sent).toBeLessThan(10 * 1024 * 1024);

    // Opened directly, public/early.js's preload reads the post while the app
    // starts, with no limit, until the app's fetch takes it over: how much it
    // got depends on how fast the app started, so it is reported, not asserted.
    await page.goto(SEED_URL);
    await expectLoadError(page, /the file is larger than 5242880 bytes/, 30_000);
    expect(await served(SEED_FILE)).toHaveLength(2);
    console.log(`[count] huge-chunked, opened directly: ${await bytesSent(1)} bytes sent (early.js preload)`);
    await expectNotBlank(page);
    await openArchive(page);
  });
});

// ---------------------------------------------------------------------------
// Odd answers that are still the post

test.describe('odd but readable answers', () => {
  test('invalid UTF-8 in the post: the article renders, the bad bytes as replacement characters', async ({ page }) => {
    await fault(SEED_FILE, 'invalid-utf8');
    await page.goto(SEED_URL);
    await expectArticle(page);
    // 0xff and 0xfe decode to U+FFFD each (the WHATWG UTF-8 decoder of fetch's text()).
    await expect(page.locator('main .post-content')).toContainText('\uFFFD\uFFFD');
    await expectNotBlank(page);
  });

  for (const type of ['text/html; charset=utf-8', 'application/octet-stream'] as const) {
    test(`post served as ${type.split(';')[0]}: the article renders (the type is not trusted)`, async ({ page }) => {
      await fault(SEED_FILE, `content-type:${type}`);
      await page.goto(SEED_URL);
      await expectArticle(page);
    });
  }
});

// ---------------------------------------------------------------------------
// The post index

test.describe('post index', () => {
  test('index answering 404 on a host without listings: an alert that says to run `carnet index` or enable listings', async ({ page }) => {
    await fault(INDEX_FILE, 'status:404');
    await page.goto('/');
    const box = page.locator('main .load-error');
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('role', 'alert');
    await expect(box).toContainText('No post index and no directory listing');
    await expect(box).toContainText('run `carnet index` or enable listings');
    await expect(box.getByRole('button', { name: RETRY_ANY_LANGUAGE })).toBeVisible();
    // The fallback was tried: the listing of posts/ (this host has none).
    expect(await served('/posts/')).toHaveLength(1);
    await expectNotBlank(page);

    // Once the index is back, the retry loads the blog.
    await clearFaults();
    await box.getByRole('button', { name: RETRY_ANY_LANGUAGE }).click();
    await expect(heading(page)).toHaveText(SITE_TITLE);
    await expect(page.locator('.post-list article.post-card')).toHaveCount(5);
  });

  test('index answering 503 twice then 200: the blog loads', async ({ page }) => {
    await fault(INDEX_FILE, 'status:503', 2);
    await page.goto('/');
    await expect(heading(page)).toHaveText(SITE_TITLE);
    await expect(page.locator('.post-list article.post-card')).toHaveCount(5);
    await expect(page.locator('a.site-title')).toHaveText(SITE_TITLE);
    expect((await served(INDEX_FILE)).map((r) => r.status)).toEqual(['status:503', 'status:503', 200]);
    // Read from the index, not rebuilt by discovery (which reads _config.yml first).
    expect(await served('/_config.yml')).toHaveLength(0);
  });

  test('index answering 503 forever: the alert names the server failure, not a missing index', async ({ page }) => {
    await fault(INDEX_FILE, 'status:503');
    await page.goto('/');
    const box = page.locator('main .load-error');
    await expect(box).toBeVisible();
    await expect(box.getByRole('button', { name: RETRY_ANY_LANGUAGE })).toBeVisible();
    expect(await served(INDEX_FILE)).toHaveLength(3);
    // The index exists; the host is failing. Telling the visitor to run
    // `carnet index` would send the author the wrong way.
    await expect(box).toContainText('503');
  });

  test('index 404 and _config.yml answering 500: an alert naming the config, not the default settings', async ({ page }) => {
    await fault(INDEX_FILE, 'status:404');
    await fault('/_config.yml', 'status:500');
    await page.goto('/');
    const box = page.locator('main .load-error');
    await expect(box).toBeVisible();
    // A failing config is not a missing one: without it the permalinks and
    // the base URL would silently be Jekyll's defaults.
    await expect(box).toContainText('_config.yml');
    await expect(box).toContainText('500');
    expect(await served('/_config.yml')).toHaveLength(3);
    expect(await served('/posts/')).toHaveLength(0);
    await expectNotBlank(page);
  });

  test('index 404 on an SPA host that answers posts/ with the app shell: an alert, not an empty blog', async ({ page }) => {
    await fault(INDEX_FILE, 'status:404');
    // Such a host answers every path, posts/ included, with index.html: a
    // "listing" with no post in it must not pass for a blog without posts.
    await fault('/posts/', 'app-shell');
    await page.goto('/');
    await expectNotBlank(page);
    await expect(page.locator('main .load-error')).toBeVisible();
    await expect(page.locator('main .load-error')).toContainText('carnet index');
  });
});

// ---------------------------------------------------------------------------
// Offline after a first visit

test.describe('offline after a first visit', () => {
  test('posts down after reading the seed: it reopens in-app and after a reload, from the cache', async ({ page }) => {
    await page.goto(SEED_URL);
    await expectArticle(page);
    expect(await page.evaluate((key) => localStorage.getItem(key)?.includes('Plein de rencontres'), STORE_KEY)).toBe(true);

    // Every post now fails at the socket.
    await clearFaults();
    await fault('/posts/*.md', 'reset');

    // In-app, away and back.
    await openArchive(page);
    await page.locator('main').getByRole('link', { name: SEED_TITLE, exact: true }).click();
    await expect(page).toHaveURL(SPA + SEED_URL);
    await expectArticle(page);

    // A full reload: the app and the index come from the host, the post from localStorage.
    await page.reload();
    await expectArticle(page);
    expect(await served(SEED_FILE), 'the seed post was not asked for').toHaveLength(0);

    // A post never read is not there: a clear failure, not a blank page.
    await openArchive(page);
    await page.locator('main').getByRole('link', { name: OTHER_TITLE, exact: true }).click();
    await expect(loadError(page)).toContainText(`Impossible de charger « ${OTHER_TITLE} »`);
    await expect(loadError(page)).toContainText('the network failed');
    expect((await served(OTHER_FILE)).length).toBeGreaterThanOrEqual(3);
  });

  test('browser offline after the first visit: the seed reopens in-app; a full reload cannot work', async ({ page, context }) => {
    await page.goto(SEED_URL);
    await expectArticle(page);
    await context.setOffline(true);

    await openArchive(page);
    await page.locator('main').getByRole('link', { name: SEED_TITLE, exact: true }).click();
    await expectArticle(page);

    // Nothing caches the app shell or the post index (no service worker), so a
    // reload while offline gets the browser's own error page.
    const reload = await page.reload().then(
      () => 'reloaded',
      (error: Error) => error.message,
    );
    console.log(`[offline] full reload while offline: ${reload.split('\n')[0]}`);
    expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  });
});
