import { test, expect, type Page, type Request } from '@playwright/test';
import { failOnBrowserErrors } from './helpers';

// The post index in shards: a generated blog of 10,000 posts (scripts/e2e-sites.sh)
// served over the app build as a single-page host serves it. A first visit
// fetches what its page shows, not the whole 7 MB index.
const SCALE = 'http://127.0.0.1:8092';

failOnBrowserErrors();

/** Every request for the post index or its shards, with the bytes each brought. */
function indexRequests(page: Page) {
  const seen: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request: Request) => {
    if (!new URL(request.url()).pathname.startsWith('/posts/index')) return;
    const sizes = await request.sizes();
    seen.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
  });
  return seen;
}

async function head(request: import('@playwright/test').APIRequestContext) {
  return (await (await request.get(`${SCALE}/posts/index/head.json`)).json()) as {
    posts: number;
    tags: { name: string; count: number }[];
  };
}

test('a tag page of the 10,000-post blog fetches less than a tenth of the full index', async ({ page, request }) => {
  const whole = (await (await request.get(`${SCALE}/posts/index.json`)).body()).length;
  const { tags } = await head(request);
  const tag = tags[tags.length - 1];
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/tags/${encodeURIComponent(tag.name)}/`);
  await expect(page.locator('.post-card').first()).toBeVisible();
  await expect(page.locator('.post-card')).toHaveCount(10);
  await expect(page.locator('main')).toContainText(String(tag.count));
  const fetched = seen.reduce((sum, r) => sum + r.bytes, 0);
  expect(seen.map((r) => r.url)).not.toContain('/posts/index.json');
  expect(fetched, `${fetched} of ${whole} bytes`).toBeLessThan(whole / 10);
});

test('the home page of the 10,000-post blog fetches its head and newest slice, and pages through it', async ({ page }) => {
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/`);
  await expect(page.locator('.post-card')).toHaveCount(10);
  expect(seen.map((r) => r.url).sort()).toEqual(['/posts/index/head.json', '/posts/index/newest-0.json']);
  // Page 2 is in the same slice: no request at all.
  await page.locator('a[rel=next]').first().click();
  await expect(page).toHaveURL(`${SCALE}/page/2/`);
  await expect(page.locator('.post-card')).toHaveCount(10);
  expect(seen.length).toBe(2);
  // The count of pages is the whole blog's.
  await expect(page.locator('main')).toContainText('1000');
});

test('opening an article from a shard loads what the article needs, then shows it', async ({ page }) => {
  await page.goto(`${SCALE}/`);
  const first = page.locator('.post-card h2 a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  // And back home: drawn from the whole index now, the same ten posts.
  await page.goBack();
  await expect(page.locator('.post-card h2 a').first()).toHaveText(title);
});

test('a later home page deep-linked fetches the slice that holds it', async ({ page }) => {
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/page/25/`);
  await expect(page.locator('.post-card')).toHaveCount(10);
  expect(seen.map((r) => r.url).sort()).toEqual(['/posts/index/head.json', '/posts/index/newest-2.json']);
});
