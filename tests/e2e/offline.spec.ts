import { test, expect, type Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

// The service worker of deploy builds (`sw.js`, crates/carnet-cli/src/offline/):
// offline reading, repeat visits without the network, deploys picked up
// whole, and `offline: false`. python's http.server serves target/e2e/sw/
// (port 8093, see playwright.config.ts), whose blog/ folder each test fills
// with one of the builds of scripts/e2e-sites.sh, all under /blog/:
//   sw-a    the sample blog (the deploy build)
//   sw-b    the same with one more post, from an app build whose JS and wasm
//           have other names (A's files are gone from B, as after a new app)
//   sw-off  the same with `offline: false`

const SW = 'http://127.0.0.1:8093';
const E2E = path.resolve(__dirname, '..', '..', 'target', 'e2e');
const SERVED = path.join(E2E, 'sw', 'blog');
const SEED_URL = '/blog/good_job/2017/02/01/a-mon-compte-plus-1-mois.html';
const SEED_TITLE = 'A mon compte + 1 mois';
// The newest post of the sample blog, on the home page.
const NEWEST = /^Sobriété numérique/;
const NEW_URL = '/blog/2024/11/02/hors-ligne.html';
const NEW_TITLE = 'Lire hors ligne';

test.describe.configure({ mode: 'serial' });

/**
 * Puts one build in the served folder (new modification times, so no HTTP
 * cache keeps the old one). Pass the open page: it leaves first, so none of
 * its late requests falls in the moment the folder is empty.
 */
let servedAt = 0;
async function serve(build: 'sw-a' | 'sw-b' | 'sw-off', leaving?: Page) {
  await leaving?.goto('about:blank');
  // python's http.server validates by Last-Modified, to the second: a build
  // copied in the same second as the one before would answer the worker's
  // revalidation with 304, and the browser would check the old bytes against
  // the new build's integrity (the install fails, as it should on a host half
  // way through a deploy). Real deploys are further apart.
  const second = Math.floor(servedAt / 1000) + 1;
  if (Math.floor(Date.now() / 1000) < second) await new Promise((done) => setTimeout(done, second * 1000 - Date.now() + 50));
  fs.rmSync(SERVED, { recursive: true, force: true });
  fs.cpSync(path.join(E2E, build), SERVED, { recursive: true });
  servedAt = Date.now();
}

/** A constant of a build's sw.js. */
function workerConstant(build: string, name: string): string {
  const text = fs.readFileSync(path.join(E2E, build, 'sw.js'), 'utf8');
  return new RegExp(`const ${name} = '([^']*)'`).exec(text)![1];
}

/** The app is shown (it took over the prerendered page) and a worker controls the page. */
async function controlled(page: Page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** This blog's caches. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('carnet:/blog:')));
}

/** Uncaught errors, console errors and failed app files of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()} pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()} console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${page.url()} ${r.status()} ${r.url()}`);
  });
  return errors;
}

test('an article read before and the home page show again with the network off', async ({ context, page }) => {
  await serve('sw-a');
  await page.goto(SW + SEED_URL);
  await controlled(page);
  await expect(page.locator('main h1')).toHaveText(SEED_TITLE);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText(SEED_TITLE);
  await expect(page.locator('main h2#plein-de-rencontres')).toBeVisible();
  await page.goto(SW + '/blog/');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: NEWEST }).first()).toBeVisible();
  // A page never opened: the home page stands in, and the app draws the address from the kept index.
  await page.goto(SW + '/blog/tags/et%20moi/');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText(/et moi/);
  await context.setOffline(false);
});

test('a repeat visit takes the shell and the index from the worker, not the network', async ({ context, page }) => {
  await serve('sw-a');
  await page.goto(SW + '/blog/');
  await controlled(page);
  const html = fs.readFileSync(path.join(SERVED, 'index.html'), 'utf8');
  // early.js is in the page itself.
  const shell = ['/blog/', '/blog/carnet-start.js', '/blog/posts/index.json'];
  for (const m of html.matchAll(/\/blog\/(carnet-web-[0-9a-f]+(?:_bg\.wasm|\.js)|main-[0-9a-f]+\.css)/g)) {
    shell.push(m[0]);
  }
  expect(shell.length).toBe(6);

  const again = await context.newPage();
  const fromWorker = new Map<string, boolean>();
  again.on('response', (r) => fromWorker.set(new URL(r.url()).pathname, r.fromServiceWorker()));
  // What the worker itself asks the network for.
  const network: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) network.push(new URL(r.url()).pathname);
  });
  await again.goto(SW + '/blog/');
  await expect(again.locator('#prerendered')).toHaveCount(0);
  await expect(again.getByRole('link', { name: NEWEST }).first()).toBeVisible();
  for (const url of shell) expect(fromWorker.get(url), url).toBe(true);
  expect(network.filter((url) => shell.includes(url))).toEqual([]);
  // The page's first paint came after its document arrived from the worker's cache.
  const timing = await again.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { worker: nav.workerStart > 0, transfer: nav.transferSize };
  });
  expect(timing).toEqual({ worker: true, transfer: 0 });
});

test('a new deploy is picked up whole on the next visit, never mixed with the old app', async ({ context, page }) => {
  // Installing B fetches its whole app (about 1 MB of wasm) past the HTTP
  // cache: with the rest of the suite's servers busy on these 2 cores, that
  // once took over 20 s. B then waits for A to have no work: Chromium
  // activates a worker that called skipWaiting once the old one is idle, or
  // at the latest 5 minutes after (kMaxLameDuckTime in its
  // service_worker_registration.cc), even with work in flight. A stayed busy
  // past 90 s in cold fresh-clone runs of the whole suite (3 of the last 5;
  // a response stream still open, most likely; not found), never alone: the
  // wait covers Chromium's bound.
  test.setTimeout(420_000);
  const errors = watchErrors(page);
  await serve('sw-a');
  await page.goto(SW + '/blog/');
  await controlled(page);
  await expect(page.getByRole('link', { name: NEW_TITLE, exact: true })).toHaveCount(0);

  await serve('sw-b', page);
  const versionB = workerConstant('sw-b', 'VERSION');
  // This visit still shows build A, whole, from the worker's cache (stale
  // while the browser finds the new sw.js, which installs B's complete set).
  await page.goto(SW + '/blog/');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: NEWEST }).first()).toBeVisible();
  // B activated: its cache is the only shell cache left.
  const shells = async () => (await cacheNames(page)).filter((name) => name.includes(':shell:'));
  await expect
    .poll(shells, { timeout: 330_000 })
    .toEqual([`carnet:/blog:shell:${versionB}`])
    .catch(async (error) => {
      // Where B's worker got to, for the next one who sees this fail.
      const state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration('/blog/');
        const name = (w: ServiceWorker | null | undefined) => (w ? `${w.state}` : 'none');
        return r ? `installing ${name(r.installing)}, waiting ${name(r.waiting)}, active ${name(r.active)}` : 'no registration';
      });
      throw new Error(`${error.message}\nworker: ${state}; caches: ${(await cacheNames(page)).join(', ')}`);
    });
  // The next visit is build B.
  await page.reload();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: NEW_TITLE, exact: true })).toBeVisible();
  await page.getByRole('link', { name: NEW_TITLE, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(NEW_TITLE);
  expect(errors).toEqual([]);
});

test('a page of a newer deploy opened under the old worker runs the new app and index', async ({ context, page }) => {
  const errors = watchErrors(page);
  await serve('sw-a');
  await page.goto(SW + '/blog/');
  await controlled(page);
  await serve('sw-b', page);
  // Straight to the new post: its page is B's (network first), so its app
  // and index must be B's too, else the app would not know the post.
  await page.goto(SW + NEW_URL);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText(NEW_TITLE);
  const glue = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /carnet-web-.*\.js$/.test(n)),
  );
  const nameB = fs.readdirSync(path.join(E2E, 'sw-b')).find((f) => /^carnet-web-[0-9a-f]+\.js$/.test(f));
  expect(glue.map((url) => path.basename(url))).toEqual([nameB]);
  expect(errors).toEqual([]);
});

test('offline: false registers no worker and removes the one readers had', async ({ browser, context, page }) => {
  await serve('sw-a');
  await page.goto(SW + '/blog/');
  await controlled(page);
  expect((await cacheNames(page)).length).toBeGreaterThan(0);

  await serve('sw-off', page);
  await page.goto(SW + '/blog/');
  const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  await expect.poll(registrations, { timeout: 20_000 }).toBe(0);
  await expect.poll(() => cacheNames(page)).toEqual([]);
  // Now from the network: the pages of this build register nothing.
  await page.reload();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await registrations()).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  // A reader who never had it.
  const fresh = await browser.newContext();
  const first = await fresh.newPage();
  await first.goto(SW + '/blog/');
  await expect(first.locator('#prerendered')).toHaveCount(0);
  await first.waitForTimeout(500);
  expect(await first.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await fresh.close();
});
