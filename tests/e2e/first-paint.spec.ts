import { test, expect, type Page } from '@playwright/test';
import { SITE_TITLE, failOnBrowserErrors } from './helpers';

// The first paint on a host without prerendered pages (trunk serve): the page
// is shown as a prerendered page would show it, before the app has
// downloaded, from its copy (`carnet index` writes one for the home page,
// articles and site pages: pages::copy) or else by a small module
// (src/first_paint.rs) from the index's shards; the app then takes it over.

failOnBrowserErrors();

const LONG_TITLE = 'Moving a Jekyll blog to a client-side engine: a detailed guide';
const LONG_URL = '/web/guides/2021/09/19/moving-a-jekyll-blog-to-a-client-side-engine.html';

/** Records, from the start of the page, what the first paint drew and when the app took it over. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const seen = { copy: null as null | { h1: string; cards: number; inApp: boolean }, takenOver: false };
    (window as unknown as { __firstPaint: typeof seen }).__firstPaint = seen;
    new MutationObserver(() => {
      const copy = document.querySelector('#prerendered[data-first-paint]');
      if (copy && !seen.copy) {
        seen.copy = {
          h1: copy.querySelector('main h1')?.textContent ?? '',
          cards: copy.querySelectorAll('.post-card').length,
          // The app had not drawn anything yet: its root was hidden and empty.
          inApp: (document.getElementById('app')?.childElementCount ?? 0) > 0,
        };
      }
      if (seen.copy && !copy) seen.takenOver = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return {
    requests,
    seen: () => page.evaluate(() => (window as unknown as { __firstPaint: unknown }).__firstPaint) as Promise<{
      copy: null | { h1: string; cards: number; inApp: boolean };
      takenOver: boolean;
    }>,
  };
}

test('an article opened directly is shown from its copy before any wasm, then the app takes it over', async ({ page }) => {
  const watch = await watchFirstPaint(page);
  await page.goto(LONG_URL);
  await expect.poll(async () => (await watch.seen()).takenOver, { timeout: 30_000 }).toBe(true);
  const { copy } = await watch.seen();
  expect(copy).toEqual({ h1: LONG_TITLE, cards: 0, inApp: false });
  // The app's own page now, with what only the app has: the theme button.
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText(LONG_TITLE);
  await expect(page.locator('header button.theme-toggle')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${LONG_TITLE}`));
  // The copy, then the app's wasm; no first-paint module at all.
  const copyAt = watch.requests.findIndex((p) => /\/posts\/index\/copy-[0-9a-f]{16}\.json$/.test(p));
  const app = watch.requests.findIndex((p) => /carnet-web-[0-9a-f]+_bg\.wasm$/.test(p));
  expect(copyAt).toBeGreaterThanOrEqual(0);
  expect(app).toBeGreaterThan(copyAt);
  expect(watch.requests.filter((p) => p.includes('carnet-first'))).toEqual([]);
});

test('without a copy (an index older than the post) the module draws the article, before the app downloads', async ({ page }) => {
  // As a single-page host answers for a file it does not have: the app's shell.
  await page.route(/\/posts\/index\/copy-[0-9a-f]{16}\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body><div id="app"></div></body></html>' }),
  );
  const watch = await watchFirstPaint(page);
  await page.goto(LONG_URL);
  await expect.poll(async () => (await watch.seen()).takenOver, { timeout: 30_000 }).toBe(true);
  expect((await watch.seen()).copy).toEqual({ h1: LONG_TITLE, cards: 0, inApp: false });
  await expect(page.locator('main h1')).toHaveText(LONG_TITLE);
  // The module first, the app's wasm after it: they do not share the network.
  const first = watch.requests.findIndex((p) => p.endsWith('carnet-first_bg.wasm'));
  const app = watch.requests.findIndex((p) => /carnet-web-[0-9a-f]+_bg\.wasm$/.test(p));
  expect(first).toBeGreaterThanOrEqual(0);
  expect(app).toBeGreaterThan(first);
});

test('a tag page, which has no copy, is drawn by the module', async ({ page }) => {
  const watch = await watchFirstPaint(page);
  await page.goto('/tags/jekyll/');
  await expect.poll(async () => (await watch.seen()).takenOver, { timeout: 30_000 }).toBe(true);
  expect((await watch.seen()).copy?.cards).toBeGreaterThan(0);
  expect(watch.requests.filter((p) => p.includes('/copy-'))).toEqual([]);
  expect(watch.requests.some((p) => p.endsWith('carnet-first_bg.wasm'))).toBe(true);
  await expect(page.locator('.post-card').first()).toBeVisible();
});

test('the home page is drawn first too, and its links work once the app has taken over', async ({ page }) => {
  const watch = await watchFirstPaint(page);
  await page.goto('/');
  await expect.poll(async () => (await watch.seen()).takenOver, { timeout: 30_000 }).toBe(true);
  const { copy } = await watch.seen();
  expect(copy?.cards).toBeGreaterThan(0);
  expect(copy?.inApp).toBe(false);
  await expect(page.locator('h1')).toHaveText(SITE_TITLE);
  await page.locator('.post-card h2 a').first().click();
  await expect(page.locator('main article.post .post-content')).not.toBeEmpty();
});

test('search and the archive are left to the app: no first-paint module is fetched', async ({ page }) => {
  for (const url of ['/search/?q=jekyll', '/archive/']) {
    const watch = await watchFirstPaint(page);
    await page.goto(url);
    await expect(page.locator('main h1')).toBeVisible();
    expect(watch.requests.filter((p) => p.includes('carnet-first')), url).toEqual([]);
    expect((await watch.seen()).copy, url).toBeNull();
  }
});
