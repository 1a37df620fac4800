import { test, expect, type Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import {
  SCREENSHOTS,
  SEED_TITLE,
  SEED_URL,
  SITE_TITLE,
  TAG,
  TAG_LINK,
  failOnBrowserErrors,
  settleFirstPaints,
  pageWidths,
  postCard,
  postCards,
} from './helpers';

// What a visitor of the sample blog (posts/, _config.yml) sees in a real browser.
// The app renders typographic apostrophes (’), so text with an apostrophe is
// matched with ['’].

const SEED_EXCERPT = /Je m['’]étais promise de tenir un simili journal/;
const SEED_SECOND_PARAGRAPH = /Que s['’]est-il passé depuis/;
const SEED_DATE = '1 février 2017';
// 5 posts a page, newest first: the 15 posts newer than 2017-02-01 fill pages 1–3
// (a previewed draft changes nothing: 16 newer would still put the seed on page 4).
const SEED_PAGE = 4;
// Published posts tagged "et moi" (posts/*.md front matter).
const TAGGED_ET_MOI = [
  'Bilan 2022 : six ans « à mon compte »',
  'Confinement, jour 14',
  'Une nuit à coder pour le quartier',
  'A mon compte + 2 mois',
  SEED_TITLE,
  'Pourquoi je me lance',
];
// Posts without that tag.
const NOT_TAGGED_ET_MOI = ['La tarte à la rhubarbe du dimanche', 'A lentil soup for twelve volunteers'];

failOnBrowserErrors();
settleFirstPaints();

/**
 * From the home page, follows "Articles plus anciens" (a[rel=next]) like a
 * visitor until the seed post's card is shown; returns the page number.
 */
async function openIndexPageWithSeed(page: Page): Promise<number> {
  await page.goto('/');
  await expect(postCards(page).first()).toBeVisible();
  let number = 1;
  for (;;) {
    if ((await postCard(page, SEED_TITLE).count()) > 0) return number;
    const older = page.locator('nav.pagination a[rel=next]');
    await expect(older, `no link to older posts on page ${number}, seed post not found`).toBeVisible();
    await expect(older).toHaveText('Articles plus anciens');
    await older.click();
    number += 1;
    await expect(page).toHaveURL(`/page/${number}/`);
    // The new page is rendered once its "newer posts" link points at the page we left.
    await expect(page.locator('nav.pagination a[rel=prev]')).toHaveAttribute(
      'href',
      number === 2 ? '/' : `/page/${number - 1}/`,
    );
    await expect(postCards(page).first()).toBeVisible();
  }
}

async function expectSeedArticle(page: Page) {
  await expect(page).toHaveURL(SEED_URL);
  const article = page.locator('main article.post');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  const section = article.getByRole('heading', { level: 2, name: 'Plein de rencontres' });
  await expect(section).toBeVisible();
  await expect(section).toHaveAttribute('id', 'plein-de-rencontres');
  await expect(article.locator('a[href="https://lesbricodeurs.fr/"]')).toBeVisible();
  await expect(article.locator('.post-meta time')).toHaveText(SEED_DATE);
  // The whole post, not only its excerpt.
  await expect(article).toContainText(SEED_EXCERPT);
  await expect(article).toContainText(SEED_SECOND_PARAGRAPH);
  await expect(page).toHaveTitle(`${SEED_TITLE} · ${SITE_TITLE}`);
}

async function expectNotFound(page: Page) {
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page).toHaveTitle('Page introuvable');
  await expect(main.locator('article')).toHaveCount(0);
  const home = main.getByRole('link', { name: /Retour à l['’]accueil/ });
  await expect(home).toHaveAttribute('href', '/');
  await home.click();
  await expect(page).toHaveURL('/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(page.locator('nav.pagination a[rel=next]')).toHaveAttribute('href', '/page/2/');
  await expect(page).toHaveTitle(SITE_TITLE);
}

test('the index shows the seed post with its excerpt and French date, on the right page', async ({ page }) => {
  await page.goto('/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(page.locator('header .site-title')).toHaveText(SITE_TITLE);
  await expect(page).toHaveTitle(SITE_TITLE);
  // Page 1 has no link to newer posts and does not hold the 2017 post.
  await expect(page.locator('nav.pagination a[rel=prev]')).toHaveCount(0);
  await expect(postCard(page, SEED_TITLE)).toHaveCount(0);

  const number = await openIndexPageWithSeed(page);
  expect(number, 'page of the index holding the seed post').toBe(SEED_PAGE);

  const card = postCard(page, SEED_TITLE);
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: SEED_TITLE, exact: true })).toHaveAttribute('href', SEED_URL);
  await expect(card.locator('.excerpt')).toContainText(SEED_EXCERPT);
  await expect(card.locator('time')).toHaveText(SEED_DATE);
  await expect(card.getByRole('link', { name: TAG_LINK })).toHaveAttribute('href', `/tags/${encodeURIComponent(TAG)}/`);
  await expect(card.getByRole('link', { name: 'Lire la suite' })).toHaveAttribute('href', SEED_URL);
  // Only the excerpt: the second paragraph is not on the index.
  await expect(card).not.toContainText(SEED_SECOND_PARAGRAPH);
  await expect(page.locator('main')).not.toContainText(SEED_SECOND_PARAGRAPH);
  await expect(page.locator('main')).not.toContainText('Plein de rencontres');

  // Newest first within the page.
  const dates = await postCards(page).locator('time').evaluateAll((times) =>
    times.map((t) => t.getAttribute('datetime') ?? ''),
  );
  const dated = dates.filter((d) => !d.startsWith('0000'));
  expect(dated.length).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort().reverse());
});

test('clicking the seed title opens the article; back returns to the index page', async ({ page }) => {
  const number = await openIndexPageWithSeed(page);
  const indexUrl = number === 1 ? '/' : `/page/${number}/`;

  await postCard(page, SEED_TITLE).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expectSeedArticle(page);
  // The list is gone.
  await expect(postCards(page)).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(indexUrl);
  await expect(postCards(page).first()).toBeVisible();
  await expect(postCard(page, SEED_TITLE)).toBeVisible();
  await expect(page.locator('main article.post')).toHaveCount(0);
  // Page 1 is titled by the site alone; later pages say which page they are.
  await expect(page).toHaveTitle(number === 1 ? SITE_TITLE : new RegExp(`^Page ${number} sur \\d+ · ${SITE_TITLE}$`));
});

test('the "et moi" tag link lists the posts with that tag and only them', async ({ page }) => {
  await page.goto(SEED_URL);
  await expect(page.locator('main article.post h1')).toHaveText(SEED_TITLE);

  await page.locator('main article.post .post-terms').getByRole('link', { name: TAG_LINK }).click();
  await expect(page).toHaveURL('/tags/et%20moi/');
  await expect(page.locator('main h1')).toHaveText(/^Articles avec l['’]étiquette « et moi »$/);

  await expect(page).toHaveTitle(/« et moi » · Carnet de bord$/);

  // The tag's posts come 5 a page: read every page, following the "older" links.
  const listed: string[] = [];
  for (;;) {
    await expect(postCards(page).first()).toBeVisible();
    const cards = postCards(page);
    const count = await cards.count();
    // Every card listed carries the tag.
    for (let i = 0; i < count; i++) {
      await expect(cards.nth(i).getByRole('link', { name: TAG_LINK })).toBeVisible();
    }
    listed.push(...(await cards.getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim()));
    const older = page.locator('nav.pagination a[rel=next]');
    if ((await older.count()) === 0) break;
    const number = page.locator('nav.pagination .page-number');
    const shown = (await number.textContent())!;
    await older.click();
    await expect(number).not.toHaveText(shown);
  }
  for (const title of TAGGED_ET_MOI) {
    expect(listed, `"${title}" on the tag's pages`).toContain(title);
  }
  for (const title of NOT_TAGGED_ET_MOI) {
    expect(listed, `"${title}" not on the tag's pages`).not.toContain(title);
  }
  expect(listed.length).toBeGreaterThanOrEqual(TAGGED_ET_MOI.length);
});

test('the article URL survives a reload and opens directly in a fresh page', async ({ page, browser }) => {
  await page.goto(SEED_URL);
  await expectSeedArticle(page);

  await page.reload();
  await expectSeedArticle(page);

  const context = await browser.newContext();
  try {
    const fresh = await context.newPage();
    await fresh.goto(SEED_URL);
    await expectSeedArticle(fresh);
  } finally {
    await context.close();
  }
});

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/this/does/not/exist.html');
  await expectNotFound(page);
});

test('an unknown tag shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/tags/nope/');
  await expectNotFound(page);
});

for (const { width, height } of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height } });

    test(`screenshots of the index and the seed article (${width} px)`, async ({ page }) => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });

      await page.goto('/');
      await expect(postCards(page)).toHaveCount(5);
      await expect(page.locator('nav.pagination a[rel=next]')).toBeVisible();
      await expectNoHorizontalScroll(page, width);
      await page.screenshot({ path: path.join(SCREENSHOTS, `index-${width}.png`), fullPage: true });

      await page.goto(SEED_URL);
      await expectSeedArticle(page);
      await expectNoHorizontalScroll(page, width);
      await page.screenshot({ path: path.join(SCREENSHOTS, `article-${width}.png`), fullPage: true });
    });
  });
}

async function expectNoHorizontalScroll(page: Page, width: number) {
  const { scrollWidth, innerWidth } = await pageWidths(page);
  expect(innerWidth).toBe(width);
  if (width <= 390) {
    expect(scrollWidth, 'page wider than the viewport (horizontal scroll)').toBeLessThanOrEqual(innerWidth);
  }
}
