import { test, expect, type Page } from '@playwright/test';
import { failOnBrowserErrors } from './helpers';

// A Jekyll site moved over whole: tests/fixtures/sites/moved, imported with
// `carnet import` and deployed with `carnet build` (scripts/e2e-sites.sh),
// served by a plain static host at the root of its domain.
const MOVED = 'http://127.0.0.1:8098';

failOnBrowserErrors();

/** Waits until the app has taken over the prerendered page. */
async function tookOver(page: Page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
}

test('the about page is in the header navigation and opens directly and in-app', async ({ page }) => {
  await page.goto(`${MOVED}/about/`);
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
  // Its Liquid ran: `{{ site.email }}`.
  await expect(page.locator('main:visible')).toContainText('ada@example.com');
  await tookOver(page);
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();

  await page.goto(`${MOVED}/`);
  await tookOver(page);
  const nav = page.locator('.site-nav');
  // header_pages, in their order.
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about/');
  await nav.getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(`${MOVED}/about/`);
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
  await expect(page.locator('main:visible')).toContainText('ada@example.com');
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
});

test('an image under /assets/ shows in a post, directly and in-app', async ({ page }) => {
  const url = `${MOVED}/drawings/2016/03/12/a-picture.html`;
  await page.goto(url);
  const image = page.getByRole('img', { name: 'A small blue square' });
  await expect(image).toHaveAttribute('src', '/assets/img/square.png');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await tookOver(page);
  await page.goto(`${MOVED}/`);
  await tookOver(page);
  await page.getByRole('link', { name: 'A picture of a square' }).first().click();
  await expect(page).toHaveURL(url);
  const again = page.getByRole('img', { name: 'A small blue square' });
  await expect.poll(() => again.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('an old redirect_from address lands on its post', async ({ page }) => {
  // The redirect page the build wrote, as jekyll-redirect-from writes it.
  await page.goto(`${MOVED}/old/url/`);
  await expect(page).toHaveURL(`${MOVED}/2015/01/01/new-name.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'A post that changed its name' })).toBeVisible();
  // In the app, an old address followed from a link moves there too, replacing itself in history.
  await tookOver(page);
  await page.evaluate(() => {
    history.pushState({}, '', '/2015/01/01/old-name.html');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page).toHaveURL(`${MOVED}/2015/01/01/new-name.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'A post that changed its name' })).toBeVisible();
});

test('the site’s 404.md shows for an unknown address', async ({ page }) => {
  // What hosts serve for unknown paths: 404.html, the site's own page.
  await page.goto(`${MOVED}/404.html`);
  await expect(page.locator('main:visible')).toContainText('This page does not exist.');
  await page.goto(`${MOVED}/`);
  await tookOver(page);
  await page.evaluate(() => {
    history.pushState({}, '', '/no/such/page/');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main:visible')).toContainText('This page does not exist.');
  await expect(page.getByRole('link', { name: 'the home page' })).toHaveAttribute('href', '/');
});

test('static files and the feed are where the old blog had them', async ({ request }) => {
  for (const path of ['/CNAME', '/favicon.ico', '/img/other.svg', '/notes.txt', '/atom.xml', '/redirects.json']) {
    const response = await request.get(`${MOVED}${path}`);
    expect(response.status(), path).toBe(200);
  }
  const feed = await (await request.get(`${MOVED}/atom.xml`)).text();
  expect(feed).toContain('<title type="text">A post that changed its name</title>');
  // Excluded and hidden files are not published.
  for (const path of ['/TODO.md', '/.hidden', '/drafts-notes/idea.md']) {
    expect((await request.get(`${MOVED}${path}`)).status(), path).toBe(404);
  }
});
