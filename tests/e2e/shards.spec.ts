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
  // The page's first-paint copy, then what the app draws it from.
  expect(seen.map((r) => r.url).sort()).toEqual(['/posts/index/copy-af63a24c860189fe.json', '/posts/index/head.json', '/posts/index/newest-0.json']);
  // Page 2 is in the same slice: no request at all.
  await page.locator('a[rel=next]').first().click();
  await expect(page).toHaveURL(`${SCALE}/page/2/`);
  await expect(page.locator('.post-card')).toHaveCount(10);
  expect(seen.length).toBe(3);
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

type Entry = {
  path: string;
  url: string;
  title: string;
  timestamp: number;
  tags?: string[];
  categories?: string[];
  excerpt_html: string;
};

/** The whole index's posts, newest first (date, then path), as the catalog sorts them. */
async function wholeIndex(request: import('@playwright/test').APIRequestContext) {
  const body = await (await request.get(`${SCALE}/posts/index.json`)).body();
  const posts = (JSON.parse(body.toString()) as { posts: Entry[] }).posts;
  posts.sort((a, b) => b.timestamp - a.timestamp || (b.path < a.path ? -1 : b.path > a.path ? 1 : 0));
  return { posts, bytes: body.length };
}

/** `catalog::search` over the whole index: every query word begins a word of the
 * title, tags, categories or excerpt text, case and accents folded. */
function searchWhole(posts: Entry[], query: string) {
  const fold = (text: string) =>
    [...text].map((c) => [...c.toLowerCase()][0].normalize('NFD')[0].replace(/[’‘]/, "'")).join('');
  const text = (html: string) =>
    html.replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').split(/\s+/).filter(Boolean).join(' ');
  const alnum = /[\p{Alphabetic}\p{N}]/u;
  const words = query.split(/\s+/).filter(Boolean).map(fold);
  return posts.filter((p) => {
    const hay = [...fold([p.title, (p.tags ?? []).join('\n'), (p.categories ?? []).join('\n'), text(p.excerpt_html)].join('\n'))];
    const starts = (w: string) => {
      const word = [...w];
      for (let i = 0; i + word.length <= hay.length; i++) {
        if (i > 0 && alnum.test(hay[i - 1])) continue;
        if (word.every((c, k) => hay[i + k] === c)) return true;
      }
      return false;
    };
    return words.length > 0 && words.every(starts);
  });
}

const sum = (seen: { bytes: number }[]) => seen.reduce((s, r) => s + r.bytes, 0);

test('an article opened directly fetches its own small shard, not the index, and links its neighbours', async ({ page, request }) => {
  const { posts, bytes: whole } = await wholeIndex(request);
  const at = 4321;
  const [newer, post, older] = posts.slice(at - 1, at + 2);
  const seen = indexRequests(page);
  await page.goto(`${SCALE}${post.url}`);
  await expect(page.getByRole('heading', { level: 1, name: post.title })).toBeVisible();
  await expect(page.locator('a[rel=prev] .title')).toHaveText(older.title);
  await expect(page.locator('a[rel=next] .title')).toHaveText(newer.title);
  const urls = seen.map((r) => r.url);
  expect(urls).not.toContain('/posts/index.json');
  expect(urls.filter((u) => /\/post-[0-9a-f]{3}\.json$/.test(u))).toHaveLength(1);
  expect(sum(seen), `${sum(seen)} of ${whole} bytes`).toBeLessThan(whole / 100);
  // The next post, through its link: its own shard again. Clicked once the app
  // has taken the first-paint copy over: a click during the swap lost its
  // navigation once, on a loaded machine (not understood; see the issue note).
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await page.locator('a[rel=next]').click();
  await expect(page.getByRole('heading', { level: 1, name: newer.title })).toBeVisible();
  expect(seen.map((r) => r.url)).not.toContain('/posts/index.json');
});

test('an address with no post falls back to the whole index and says not found', async ({ page }) => {
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/no/such/post.html`);
  await expect(page.locator('.not-found')).toBeVisible({ timeout: 30_000 });
  expect(seen.map((r) => r.url)).toContain('/posts/index.json');
});

test('search on the 10,000-post blog finds what the whole index finds, ten at a time, for far fewer bytes', async ({ page, request }) => {
  const { posts, bytes: whole } = await wholeIndex(request);
  for (const query of ['hiver', 'velo ete']) {
    const expected = searchWhole(posts, query);
    expect(expected.length).toBeGreaterThan(20);
    const seen = indexRequests(page);
    await page.goto(`${SCALE}/search/`);
    const box = page.getByRole('searchbox');
    await box.click();
    await box.pressSequentially(query, { delay: 30 });
    await expect(page.getByRole('status')).toHaveText(`${expected.length} articles trouvés`);
    const titles = page.locator('main li.search-result h2');
    await expect(titles).toHaveText(expected.slice(0, 10).map((p) => p.title));
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await expect(titles).toHaveText(expected.slice(0, 20).map((p) => p.title));
    const urls = seen.map((r) => r.url);
    expect(urls).not.toContain('/posts/index.json');
    expect(urls.some((u) => u.includes('/newest-'))).toBe(false);
    expect(sum(seen), `${query}: ${sum(seen)} of ${whole} bytes`).toBeLessThan(whole / 20);
    page.removeAllListeners('requestfinished');
  }
});

test('a one-letter search answers from its letter file', async ({ page, request }) => {
  const { posts } = await wholeIndex(request);
  const expected = searchWhole(posts, 'k');
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/search/?q=k`);
  await expect(page.getByRole('status')).toHaveText(`${expected.length} articles trouvés`);
  await expect(page.locator('main li.search-result h2')).toHaveText(expected.slice(0, 10).map((p) => p.title));
  expect(seen.map((r) => r.url)).not.toContain('/posts/index.json');
});

test('the archive of the 10,000-post blog lists every post without fetching an excerpt', async ({ page, request }) => {
  const { posts, bytes: whole } = await wholeIndex(request);
  const seen = indexRequests(page);
  await page.goto(`${SCALE}/archive/`);
  await expect(page.locator('.archive-list li')).toHaveCount(posts.length);
  await expect(page.locator('.archive-list li a').first()).toHaveText(posts[0].title);
  await expect(page.locator('.archive-list li a').last()).toHaveText(posts[posts.length - 1].title);
  expect(seen.map((r) => r.url).sort()).toEqual(['/posts/index/archive.json', '/posts/index/head.json']);
  expect(sum(seen), `${sum(seen)} of ${whole} bytes`).toBeLessThan(whole / 4);
});
