import { test, expect, type Page, type Locator } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import {
  SCREENSHOTS,
  SEED_TITLE,
  SEED_URL,
  SITE_TITLE,
  TAG_LINK,
  failOnBrowserErrors,
  settleFirstPaint,
  settleFirstPaints,
  pageWidths,
  postCard,
  postCards,
} from './helpers';

// The reader's features, as a visitor of the sample blog (posts/, _config.yml:
// French, 5 posts a page) sees them in a real browser. Titles written with a
// straight apostrophe may be shown with a typographic one: they are matched with ['’].

const ETE_TITLE = /^L['’]été à vélo : « Nancy–Strasbourg » en trois jours$/;
const ETE_URL = '/vadrouilles/2017/08/10/l-ete-a-velo.html';
const ETE_TAG_URL = '/tags/%C3%A9t%C3%A9/';
const RHUBARB_TITLE = 'La tarte à la rhubarbe du dimanche';
const LONG_TITLE = 'Moving a Jekyll blog to a client-side engine: a detailed guide';
const LONG_URL = '/web/guides/2021/09/19/moving-a-jekyll-blog-to-a-client-side-engine.html';
// The long post's neighbours by date (2020-11-08 and 2022-05-14).
const LONG_OLDER = { title: 'Reading notes: Working in Public', url: '/reading-notes/2020/11/08/reading-notes-working-in-public.html' };
const LONG_NEWER = { title: 'Rust, seen by a Ruby developer', url: '/code/2022/05/14/rust-for-a-ruby-developer.html' };
const BILAN_TITLE = 'Bilan 2022 : six ans « à mon compte »';
const BILAN_URL = '/good_job/2023/01/08/bilan-2022.html';
const SEARCH_LABEL = 'Rechercher dans les articles';
// A post written for Jekyll: Liquid tags, an include from _includes/.
const LIQUID_TITLE = 'Du code dans les articles';
const LIQUID_URL = '/code/2022/09/10/du-code-dans-les-articles.html';

const READER_SCREENSHOTS = path.join(SCREENSHOTS, 'reader');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

failOnBrowserErrors();
settleFirstPaints();

/** The main heading of the page shown. */
function mainHeading(page: Page): Locator {
  return page.locator('main h1');
}

/** Opens an article and waits for its body (fetched and rendered after the index). */
async function openArticle(page: Page, url: string, title: string | RegExp) {
  await page.goto(url);
  await settleFirstPaint(page); // for pages of other contexts than the test's own

  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.locator('main article.post .post-content')).not.toBeEmpty();
}

/** WCAG relative luminance of a CSS rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const match = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b] = match.slice(1, 4).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

async function expectDarkBackground(page: Page) {
  await expect.poll(async () => luminance(await bodyBackground(page)), { message: 'body background is dark' }).toBeLessThan(0.05);
}

async function expectLightBackground(page: Page) {
  await expect.poll(async () => luminance(await bodyBackground(page)), { message: 'body background is light' }).toBeGreaterThan(0.8);
}

async function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

// 1. Every route renders its main heading.
test.describe('every route renders its main heading', () => {
  test('/ has a visually hidden h1 with the site title', async ({ page }) => {
    await page.goto('/');
    await expect(postCards(page)).toHaveCount(5);
    const h1 = page.getByRole('heading', { level: 1, name: SITE_TITLE, exact: true });
    await expect(h1).toHaveCount(1);
    await expect(mainHeading(page)).toHaveText(SITE_TITLE);
    // Hidden from sight (a 1 px box), not from screen readers.
    const box = await h1.boundingBox();
    expect(box, 'the h1 is laid out (not display: none)').not.toBeNull();
    expect(box!.width, 'visually hidden h1 width').toBeLessThanOrEqual(1);
    expect(box!.height, 'visually hidden h1 height').toBeLessThanOrEqual(1);
    await expect(page).toHaveTitle(SITE_TITLE);
  });

  test('/page/2/ says which page it is', async ({ page }) => {
    await page.goto('/page/2/');
    await expect(mainHeading(page)).toContainText('Page 2 sur');
    await expect(mainHeading(page)).toBeInViewport();
    await expect(postCards(page)).toHaveCount(5);
  });

  test('/tags/ lists the tags with their counts', async ({ page }) => {
    await page.goto('/tags/');
    await expect(mainHeading(page)).toHaveText('Étiquettes');
    await expect(page).toHaveTitle(`Étiquettes · ${SITE_TITLE}`);
    const etMoi = page.locator('main li').filter({ has: page.getByRole('link', { name: 'et moi', exact: true }) });
    await expect(etMoi).toHaveCount(1);
    await expect(etMoi.getByRole('link')).toHaveAttribute('href', '/tags/et%20moi/');
    // 6 published posts, 7 when `trunk serve` previews the draft.
    await expect(etMoi).toContainText(/\b[67] articles\b/);
    await expect(page.locator('main li').filter({ hasText: /^canal\s+1 article$/ })).toHaveCount(1);
  });

  test('/tags/et%20moi/ names its tag', async ({ page }) => {
    await page.goto('/tags/et%20moi/');
    await expect(mainHeading(page)).toHaveText(/^Articles avec l['’]étiquette « et moi »$/);
    await expect(postCard(page, BILAN_TITLE)).toBeVisible();
  });

  test('/categories/ lists the categories', async ({ page }) => {
    await page.goto('/categories/');
    await expect(mainHeading(page)).toHaveText('Catégories');
    await expect(page).toHaveTitle(`Catégories · ${SITE_TITLE}`);
    const goodJob = page.locator('main li').filter({ has: page.getByRole('link', { name: 'good_job', exact: true }) });
    await expect(goodJob.getByRole('link')).toHaveAttribute('href', '/categories/good_job/');
    await expect(goodJob).toContainText(/\b\d+ articles\b/);
  });

  test('/categories/good_job/ names its category', async ({ page }) => {
    await page.goto('/categories/good_job/');
    await expect(mainHeading(page)).toHaveText('Articles de la catégorie « good_job »');
    await expect(postCard(page, BILAN_TITLE)).toBeVisible();
  });

  test('/archive/ groups posts by year and month', async ({ page }) => {
    await page.goto('/archive/');
    await expect(mainHeading(page)).toHaveText('Archives');
    const years = page.locator('main section h2');
    // The newest year comes first: 2024, or later when trunk serve previews a draft
    // (dated by its file's modification time, as Jekyll does).
    await expect(years.first()).toHaveText(/^20(2[4-9]|[3-9]\d)$/);
    // Every heading is a real year, newest first, and every published year is there.
    // (A previewed draft must not show up under a year "0".)
    const yearTexts = await years.allTextContents();
    for (const year of ['2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016']) {
      expect(yearTexts, `year ${year} in the archive`).toContain(year);
    }
    for (const year of yearTexts) expect(year, 'an archive year heading').toMatch(/^(19[7-9]\d|2\d{3})$/);
    expect(yearTexts).toEqual([...yearTexts].sort().reverse());
    const months = await page.locator('main section h3').allTextContents();
    for (const month of months) {
      expect(month, 'an archive month heading').toMatch(
        /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (19[7-9]\d|2\d{3})$/,
      );
    }
    const y2024 = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: '2024' }) });
    await expect(y2024.getByRole('heading', { level: 3 }).first()).toHaveText('octobre 2024');
    await expect(y2024.getByRole('heading', { level: 3, name: /^février 2024$/i })).toBeVisible();
    await expect(page.getByRole('link', { name: SEED_TITLE, exact: true })).toHaveAttribute('href', SEED_URL);
  });

  test('/search/ has a labelled search box', async ({ page }) => {
    await page.goto('/search/');
    await expect(mainHeading(page)).toHaveText('Recherche');
    await expect(page.getByRole('searchbox', { name: SEARCH_LABEL })).toBeVisible();
    // No query, no status line.
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});

// 2. Pagination.
test('pagination goes to older posts and back; past the last page is not found', async ({ page }) => {
  await page.goto('/');
  await expect(postCards(page)).toHaveCount(5);
  const firstOnPage1 = await postCards(page).first().getByRole('heading', { level: 2 }).textContent();

  const older = page.locator('a[rel=next]');
  await expect(older).toHaveText(/Articles plus anciens/);
  await older.click();
  await expect(page).toHaveURL('/page/2/');
  await expect(mainHeading(page)).toContainText('Page 2 sur');
  await expect(postCards(page)).toHaveCount(5);
  await expect(postCard(page, firstOnPage1!)).toHaveCount(0);

  const newer = page.locator('a[rel=prev]');
  await expect(newer).toHaveText(/Articles plus récents/);
  await newer.click();
  await expect(page).toHaveURL('/');
  await expect(postCard(page, firstOnPage1!)).toBeVisible();
  await expect(page.locator('a[rel=prev]')).toHaveCount(0);

  await page.goto('/page/99/');
  await expect(mainHeading(page)).toHaveText('Page introuvable');
  await expect(postCards(page)).toHaveCount(0);
});

// 2b. Tag and category pages are paginated like the index.
test('a tag page shows a page of posts: older, reload and back; past the last page is not found', async ({ page }) => {
  await page.goto('/tags/et%20moi/');
  const heading = /^Articles avec l['’]étiquette « et moi »$/;
  await expect(mainHeading(page)).toHaveText(heading);
  // The count is every post with the tag (6 published, 7 with the previewed draft), not this page's.
  const countText = (await page.locator('main .page-count').textContent())!;
  expect(countText).toMatch(/^[67] articles$/);
  const total = Number(countText.split(' ')[0]);
  await expect(postCards(page)).toHaveCount(5);
  const nav = page.locator('main nav.pagination');
  await expect(nav.locator('.page-number')).toHaveText('Page 1 sur 2');
  await expect(nav.locator('a[rel=prev]')).toHaveCount(0);
  const firstPage = await postCards(page).getByRole('heading', { level: 2 }).allTextContents();
  // Newest first: Bilan 2022 is on page 1, the oldest post is not.
  expect(firstPage).toContain(BILAN_TITLE);
  expect(firstPage).not.toContain('Pourquoi je me lance');
  await expect(page).toHaveTitle(/^Articles avec l['’]étiquette « et moi » · Carnet de bord$/);

  const older = nav.locator('a[rel=next]');
  await expect(older).toHaveText('Articles plus anciens');
  await expect(older).toHaveAttribute('href', '/tags/et%20moi/page/2/');
  await older.click();
  await expect(page).toHaveURL('/tags/et%20moi/page/2/');

  const expectPage2 = async () => {
    await expect(mainHeading(page)).toHaveText(heading);
    await expect(page.locator('main .page-count')).toHaveText(countText);
    await expect(postCards(page)).toHaveCount(total - 5);
    await expect(postCard(page, 'Pourquoi je me lance')).toBeVisible();
    await expect(postCard(page, SEED_TITLE)).toBeVisible();
    await expect(postCard(page, BILAN_TITLE)).toHaveCount(0);
    await expect(nav.locator('.page-number')).toHaveText('Page 2 sur 2');
    await expect(nav.locator('a[rel=next]')).toHaveCount(0);
    await expect(nav.locator('a[rel=prev]')).toHaveText('Articles plus récents');
    await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', '/tags/et%20moi/');
    await expect(page).toHaveTitle(/^Articles avec l['’]étiquette « et moi » · Page 2 sur 2 · Carnet de bord$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/tags/et%20moi/page/2/');
  };
  await expectPage2();
  const secondPage = await postCards(page).getByRole('heading', { level: 2 }).allTextContents();
  // Every post of the tag is on exactly one page, and every card carries the tag.
  expect(new Set([...firstPage, ...secondPage]).size).toBe(total);
  for (const card of await postCards(page).all()) await expect(card.getByRole('link', { name: TAG_LINK })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL('/tags/et%20moi/page/2/');
  await expectPage2();

  await page.goBack();
  await expect(page).toHaveURL('/tags/et%20moi/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(postCard(page, BILAN_TITLE)).toBeVisible();
  await expect(nav.locator('.page-number')).toHaveText('Page 1 sur 2');

  // Page 1 has one address; /page/1/ shows it, as the index does, and names the other as canonical.
  await page.goto('/tags/et%20moi/page/1/');
  await expect(postCard(page, BILAN_TITLE)).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/tags/et%20moi/');

  for (const url of ['/tags/et%20moi/page/3/', '/tags/et%20moi/page/0/', '/tags/et%20moi/page/deux/', '/tags/et%20moi/page/02/']) {
    await page.goto(url);
    await expect(mainHeading(page), url).toHaveText('Page introuvable');
    await expect(postCards(page)).toHaveCount(0);
  }
});

test('a category page is paginated too, and a one-page tag has no page links', async ({ page }) => {
  await page.goto('/categories/good_job/');
  await expect(mainHeading(page)).toHaveText('Articles de la catégorie « good_job »');
  await expect(postCards(page)).toHaveCount(5);
  const older = page.locator('main nav.pagination a[rel=next]');
  await expect(older).toHaveAttribute('href', '/categories/good_job/page/2/');
  await older.click();
  await expect(page).toHaveURL('/categories/good_job/page/2/');
  await expect(mainHeading(page)).toHaveText('Articles de la catégorie « good_job »');
  await expect(postCard(page, 'Pourquoi je me lance')).toBeVisible();
  await expect(postCard(page, BILAN_TITLE)).toHaveCount(0);
  await expect(page.locator('main nav.pagination .page-number')).toHaveText('Page 2 sur 2');

  await page.goto(ETE_TAG_URL);
  await expect(postCard(page, ETE_TITLE)).toBeVisible();
  await expect(page.locator('main .page-count')).toHaveText('1 article');
  await expect(page.locator('main nav.pagination')).toHaveCount(0);
  await page.goto(ETE_TAG_URL + 'page/2/');
  await expect(mainHeading(page)).toHaveText('Page introuvable');
});

// 3. Tags and categories with spaces and accents.
test('tag and category links round-trip with a space and with accents', async ({ page }) => {
  await openArticle(page, SEED_URL, SEED_TITLE);
  await page.locator('main article.post .post-terms').getByRole('link', { name: TAG_LINK }).click();
  await expect(page).toHaveURL('/tags/et%20moi/');
  await expect(mainHeading(page)).toHaveText(/« et moi »$/);
  await expect(postCard(page, BILAN_TITLE)).toBeVisible();

  // The tag list, then the tag with accents.
  await page.locator('header nav').getByRole('link', { name: 'Étiquettes' }).click();
  await expect(page).toHaveURL('/tags/');
  const ete = page.locator('main ul').getByRole('link', { name: 'été', exact: true });
  await expect(ete).toHaveAttribute('href', ETE_TAG_URL);
  await ete.click();
  await expect(page).toHaveURL(ETE_TAG_URL);
  await expect(mainHeading(page)).toHaveText(/^Articles avec l['’]étiquette « été »$/);
  await expect(postCard(page, ETE_TITLE)).toBeVisible();
  await expect(postCard(page, ETE_TITLE).getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', ETE_URL);

  await page.reload();
  await expect(page).toHaveURL(ETE_TAG_URL);
  await expect(mainHeading(page)).toHaveText(/« été »$/);
  await expect(postCard(page, ETE_TITLE)).toBeVisible();

  // The category, from an article.
  await openArticle(page, SEED_URL, SEED_TITLE);
  const category = page.locator('main article.post .post-terms').getByRole('link', { name: 'good_job', exact: true });
  await expect(category).toHaveAttribute('href', '/categories/good_job/');
  await category.click();
  await expect(page).toHaveURL('/categories/good_job/');
  await expect(mainHeading(page)).toHaveText('Articles de la catégorie « good_job »');
  await expect(postCard(page, BILAN_TITLE)).toBeVisible();
  await expect(postCard(page, RHUBARB_TITLE)).toHaveCount(0);
});

// 4. Search as you type.
test('search as you type, accent-insensitive, with highlighted matches', async ({ page }) => {
  await page.goto('/search/');
  await expect(mainHeading(page)).toHaveText('Recherche');
  const box = page.getByRole('searchbox', { name: SEARCH_LABEL });
  await box.click();
  await box.pressSequentially('velo', { delay: 60 });
  await expect(page).toHaveURL('/search/?q=velo');
  // The field was not re-created while the results changed: it has every letter and the focus.
  await expect(box).toHaveValue('velo');
  await expect(box).toBeFocused();

  const results = page.locator('main li.search-result');
  const eteResult = results.filter({ has: page.getByRole('heading', { level: 2, name: ETE_TITLE }) });
  await expect(eteResult).toHaveCount(1);
  await expect(eteResult.locator('h2 mark')).toHaveText(['vélo']);
  await expect(eteResult.getByRole('link').first()).toHaveAttribute('href', ETE_URL);
  const count = await results.count();
  await expect(page.getByRole('status')).toHaveText(count === 1 ? '1 article trouvé' : `${count} articles trouvés`);

  await box.fill('');
  await box.pressSequentially('ete', { delay: 60 });
  await expect(page).toHaveURL('/search/?q=ete');
  await expect(box).toHaveValue('ete');
  await expect(box).toBeFocused();
  await expect(eteResult).toHaveCount(1);
  await expect(eteResult.locator('h2 mark')).toHaveText(['été']);
  // Query words match the beginnings of words: "ete" is "été", not the middle of "Sobriété" or "tête".
  await expect(results.filter({ has: page.getByRole('heading', { level: 2, name: /^Sobriété numérique/ }) })).toHaveCount(0);
  await expect(page.locator('main li.search-result mark', { hasText: /^(t|f)?ête/ })).toHaveCount(0);
  const eteCount = await results.count();
  await expect(page.getByRole('status')).toHaveText(eteCount === 1 ? '1 article trouvé' : `${eteCount} articles trouvés`);

  await page.goto('/search/?q=rhubarbe');
  await expect(page.getByRole('searchbox', { name: SEARCH_LABEL })).toHaveValue('rhubarbe');
  await expect(page.getByRole('status')).toHaveText('1 article trouvé');
  await expect(results).toHaveCount(1);
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(RHUBARB_TITLE);
  await expect(results.locator('h2 mark')).toHaveText(['rhubarbe']);
});

// 5. Dark theme.
test.describe('with a light system theme', () => {
  test.use({ colorScheme: 'light' });

  test('the theme button switches to dark, survives a reload, and switches back', async ({ page }) => {
    await page.goto('/');
    await expect(postCards(page)).toHaveCount(5);
    await expectLightBackground(page);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');

    const toDark = page.getByRole('button', { name: 'Thème sombre' });
    await expect(toDark).toBeVisible();
    await toDark.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectDarkBackground(page);
    // The button now offers the way back.
    const toLight = page.getByRole('button', { name: 'Thème clair' });
    await expect(toLight).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(postCards(page)).toHaveCount(5);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectDarkBackground(page);
    await expect(toLight).toBeVisible();

    await toLight.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
    await expectLightBackground(page);
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(postCards(page)).toHaveCount(5);
    await expectLightBackground(page);
  });
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the page is dark by default', async ({ page }) => {
    await page.goto('/');
    await expect(postCards(page)).toHaveCount(5);
    expect(await page.evaluate(() => localStorage.getItem('carnet-theme')), 'no stored choice').toBeNull();
    await expectDarkBackground(page);
    await expect(page.getByRole('button', { name: 'Thème clair' })).toBeVisible();
  });
});

// 6. Back/forward scroll restoration.
test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('an article opens at its top with focus on its title; back restores the scroll position', async ({ page }) => {
    await page.goto('/');
    await expect(postCards(page)).toHaveCount(5);
    const fourth = postCards(page).nth(3);
    const title = fourth.getByRole('heading', { level: 2 });
    const link = title.getByRole('link');
    const titleText = (await title.textContent())!.trim();
    const href = (await link.getAttribute('href'))!;

    // Scroll like a reader, with the wheel, until the 4th card's title is near the top.
    const top = await title.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await page.mouse.move(195, 400);
    await page.mouse.wheel(0, top - 120);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(800);
    await expect(title).toBeInViewport();
    // Settled: two reads agree.
    let before = -1;
    await expect
      .poll(async () => {
        const now = await scrollY(page);
        const same = now === before;
        before = now;
        return same;
      })
      .toBe(true);

    await link.click();
    await expect(page).toHaveURL(href);
    await expect(mainHeading(page)).toHaveText(titleText);
    await expect.poll(() => scrollY(page), { message: 'the article opens at its top' }).toBeLessThan(5);
    await expect(mainHeading(page)).toBeFocused();

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(postCards(page)).toHaveCount(5);
    // Soft: forward is still checked when the position is lost.
    await expect
      .soft(async () => {
        expect(Math.abs((await scrollY(page)) - before), `index scroll restored near ${before}`).toBeLessThanOrEqual(50);
        await expect(title).toBeInViewport({ timeout: 1000 });
      })
      .toPass({ timeout: 10_000 });

    await page.goForward();
    await expect(page).toHaveURL(href);
    await expect(mainHeading(page)).toHaveText(titleText);
    await expect(mainHeading(page)).toBeInViewport();
  });
});

// 7. Keyboard only.
test('keyboard only: skip link, then a post title opens the article', async ({ page }) => {
  await page.goto('/');
  await expect(postCards(page)).toHaveCount(5);
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL('/');

  let href: string | null = null;
  for (let i = 0; i < 40 && href === null; i++) {
    await page.keyboard.press('Tab');
    href = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.matches('.post-card h2 a') ? el.getAttribute('href') : null;
    });
  }
  expect(href, 'a post title link got focus with Tab').not.toBeNull();
  // The first title after main is the first post's.
  await expect(postCards(page).first().getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
  await expect(page.locator('main article.post h1')).toBeVisible();
  await expect(mainHeading(page)).toBeFocused();
});

// 8. Article details.
test.describe('article page', () => {
  test('a post written for Jekyll runs its Liquid: highlight, post_url, include, site and page; and an attribute list', async ({ page }) => {
    const checkLiquid = async () => {
      const content = page.locator('main article.post .post-content');
      // Code keeps its lines and its straight quotes (no paragraph, no smart punctuation).
      const ruby = content.locator('figure.highlight code.language-ruby[data-lang="ruby"]');
      await expect(ruby).toContainText('raise ArgumentError, "il faut un nom" if nom.nil?');
      expect(await ruby.textContent()).toContain('def bonjour(nom)\n  raise');
      // `linenos`: Rouge's table, one number a line.
      const python = content.locator('figure.highlight code.language-python');
      await expect(python.locator('.rouge-table pre.lineno')).toHaveText('1\n2\n3\n4\n');
      await expect(python.locator('.rouge-table td.code')).toContainText('raise ValueError("il faut un nom")');
      // Both coloured with Rouge's classes, the line numbers left as they are.
      await expect(ruby.locator('span.k').first()).toHaveText('def');
      await expect(python.locator('td.code span.k').first()).toHaveText('def');
      await expect(python.locator('pre.lineno span')).toHaveCount(0);
      await expect(content.getByRole('link', { name: 'mon article sur Rust' })).toHaveAttribute('href', LONG_NEWER.url);
      await expect(content.locator('aside.callout')).toContainText('À retenir : une balise Liquid inconnue');
      // A kramdown attribute list (`{: .callout}`) on the paragraph before it.
      await expect(content.locator('p.callout')).toContainText('Les listes d’attributs de kramdown aussi');
      await expect(content).not.toContainText('{:');
      // `site.title`, `site.data` (from _data/auteurs.yml) and `page.date`.
      await expect(content).toContainText('Cet article de « Carnet de bord », écrit par Anne Martin, a été publié le 10/09/2022.');
      await expect(content).not.toContainText('{%');
      await expect(content).not.toContainText('{{');
      await expect(page.locator('.post-problem')).toHaveCount(0);
      // kramdown's math, typeset as MathML by Temml: inline and display.
      await expect(content.locator('math')).toHaveCount(3);
      await expect(content.locator('math[display="block"]')).toHaveCount(1);
      await expect(content).not.toContainText('\\frac');
    };
    // A post without math never downloads the math typesetter.
    const mathRequests: string[] = [];
    page.on('request', (r) => {
      if (/temml|math\.js/.test(r.url())) mathRequests.push(r.url());
    });
    await openArticle(page, SEED_URL, SEED_TITLE);
    expect(mathRequests).toEqual([]);
    await openArticle(page, LIQUID_URL, LIQUID_TITLE);
    await checkLiquid();
    // In-app navigation: from the tag page to the post, and back to it from another post.
    await page.goto('/tags/liquid/');
    await page.getByRole('link', { name: LIQUID_TITLE }).first().click();
    await expect(mainHeading(page)).toHaveText(LIQUID_TITLE);
    await checkLiquid();
    await page.getByRole('link', { name: 'mon article sur Rust' }).click();
    await expect(mainHeading(page)).toHaveText(LONG_NEWER.title);
    await page.goBack();
    await expect(mainHeading(page)).toHaveText(LIQUID_TITLE);
    await checkLiquid();
  });

  test('code is coloured with Rouge\'s classes, after a direct visit and in-app, in light and dark', async ({ page }) => {
    const highlighterRequests: string[] = [];
    page.on('request', (r) => {
      if (/highlight/.test(new URL(r.url()).pathname)) highlighterRequests.push(new URL(r.url()).pathname);
    });
    // A post without code downloads no highlighter.
    await openArticle(page, SEED_URL, SEED_TITLE);
    expect(highlighterRequests).toEqual([]);
    const content = page.locator('main article.post .post-content');
    const checkFenced = async () => {
      const ruby = content.locator('div.language-ruby.highlighter-rouge pre.highlight code').first();
      await expect(ruby.locator('span.k').first()).toHaveText('def');
      await expect(ruby.locator('span.s2')).toHaveText('"Unknown"');
      // The colours are spans around the same text: lines and characters unchanged.
      expect(await ruby.textContent()).toBe('def organiser_name(event)\n  event.organiser&.name || "Unknown"\nend\n');
      const rust = content.locator('div.language-rust.highlighter-rouge code').first();
      await expect(rust.locator('span.k', { hasText: /^struct$/ }).first()).toBeVisible();
    };
    await openArticle(page, LONG_NEWER.url, LONG_NEWER.title);
    await checkFenced();
    // Only the grammars the post needs, each once.
    const grammars = highlighterRequests.filter((p) => p.includes('/languages/')).sort();
    expect(grammars).toEqual(Array.from(new Set(grammars)));
    expect(grammars.some((p) => /ruby/.test(p)) && grammars.some((p) => /rust/.test(p))).toBe(true);
    expect(grammars.some((p) => /python|yaml/.test(p))).toBe(false);
    // `{% highlight %}` blocks, with and without line numbers, after in-app navigation.
    await page.goto('/tags/liquid/');
    await page.getByRole('link', { name: LIQUID_TITLE }).first().click();
    await expect(mainHeading(page)).toHaveText(LIQUID_TITLE);
    const ruby = content.locator('figure.highlight code.language-ruby');
    await expect(ruby.locator('span.k').first()).toHaveText('def');
    const python = content.locator('figure.highlight code.language-python');
    await expect(python.locator('td.code pre span.k').first()).toHaveText('def');
    await expect(python.locator('pre.lineno')).toHaveText('1\n2\n3\n4\n');
    // Back to the fenced post in-app: coloured again.
    await page.getByRole('link', { name: 'mon article sur Rust' }).click();
    await expect(mainHeading(page)).toHaveText(LONG_NEWER.title);
    await checkFenced();
    // Keywords stand out from the code's text in both themes, in colours of their own.
    const colours = async () =>
      content.locator('div.language-ruby.highlighter-rouge code').first().evaluate((code) => ({
        text: getComputedStyle(code).color,
        keyword: getComputedStyle(code.querySelector('span.k')!).color,
        string: getComputedStyle(code.querySelector('span.s2')!).color,
      }));
    const light = await colours();
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await colours();
    for (const theme of [light, dark]) {
      expect(theme.keyword).not.toBe(theme.text);
      expect(theme.string).not.toBe(theme.keyword);
    }
    expect(dark.keyword).not.toBe(light.keyword);
  });

  test('code shows at once as text, and its colours arriving move nothing', async ({ page, browser }) => {
    const boxes = (p: Page) =>
      p.locator('main article.post .post-content').evaluate((root) =>
        Array.from(root.querySelectorAll('.highlighter-rouge, figure.highlight')).map((b) => {
          const r = b.getBoundingClientRect();
          return [Math.round(r.top + window.scrollY), Math.round(r.height), Math.round(b.scrollWidth)];
        }),
      );
    // Without the highlighter (its script refused), the code is there as plain text.
    const plain = await browser.newContext();
    const plainPage = await plain.newPage();
    await plainPage.route('**/highlight.js', (route) => route.abort());
    await openArticle(plainPage, LONG_NEWER.url, LONG_NEWER.title);
    await expect(plainPage.locator('main .post-content div.language-ruby code').first()).toContainText('def organiser_name(event)');
    await expect(plainPage.locator('main .post-content span.k')).toHaveCount(0);
    const before = await boxes(plainPage);
    await plain.close();
    await openArticle(page, LONG_NEWER.url, LONG_NEWER.title);
    await expect(page.locator('main .post-content div.language-rust span.k').first()).toBeVisible();
    expect(await boxes(page)).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(3);
  });

  test('the seed article shows its author, reading time, category and tag', async ({ page }) => {
    await openArticle(page, SEED_URL, SEED_TITLE);
    const header = page.locator('main article.post header');
    await expect(header.locator('.post-meta')).toContainText('par Anne Martin');
    await expect(header.locator('.post-meta')).toContainText(/\b\d+ min de lecture\b/);
    await expect(header.getByRole('link', { name: 'good_job', exact: true })).toHaveAttribute('href', '/categories/good_job/');
    await expect(header.getByRole('link', { name: TAG_LINK })).toHaveAttribute('href', '/tags/et%20moi/');
    // A short post has no table of contents.
    await expect(page.getByRole('navigation', { name: 'Sommaire' })).toHaveCount(0);
  });

  test('the seed article has its title, description, social and feed tags in <head>', async ({ page }) => {
    await openArticle(page, SEED_URL, SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} · ${SITE_TITLE}`);
    const head = page.locator('head');
    await expect(head.locator('meta[name="description"]')).toHaveCount(1);
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /m['’]étais promise de tenir/);
    await expect(head.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', SEED_TITLE);
    await expect(head.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${SEED_URL}`);
    const feed = head.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed).toHaveCount(1);
    await expect(feed).toHaveAttribute('href', /\/feed\.xml$/);
  });

  test('after client-side navigation, <head> describes the new page only', async ({ page }) => {
    // Under trunk serve the previewed draft puts the seed post on the tag's page 2.
    await page.goto('/tags/et%20moi/page/2/');
    await postCard(page, SEED_TITLE).getByRole('heading', { level: 2 }).getByRole('link').click();
    await expect(mainHeading(page)).toHaveText(SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} · ${SITE_TITLE}`);
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org${SEED_URL}`);
    await expect(head.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', SEED_TITLE);
  });

  test('the long post has a table of contents whose links jump to its sections', async ({ page }) => {
    await openArticle(page, LONG_URL, LONG_TITLE);
    await expect(page).toHaveTitle(`${LONG_TITLE} · ${SITE_TITLE}`);
    const toc = page.getByRole('navigation', { name: 'Sommaire' });
    await expect(toc.getByRole('heading', { name: 'Sommaire' })).toBeVisible();
    const first = toc.getByRole('link').first();
    // Links carry the page's URL so they survive copying and <base href>.
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(`${LONG_URL}#`), href).toBe(true);
    const hash = href.slice(LONG_URL.length);
    expect(hash).toMatch(/^#[\w-]+$/);
    const target = page.locator(`main .post-content h2[id="${hash.slice(1)}"]`);
    await expect(target).toHaveCount(1);
    await expect(target).toHaveText((await first.textContent())!.trim());
    await expect(target).not.toBeInViewport();

    await first.click();
    // The same page, at the section.
    await expect(page).toHaveURL(`${LONG_URL}${hash}`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
    await expect(target).toBeInViewport();
    // Still the article, not a new page.
    await expect(mainHeading(page)).toHaveText(LONG_TITLE);
  });

  test('headings carry a copyable link to themselves', async ({ page }) => {
    await openArticle(page, SEED_URL, SEED_TITLE);
    const heading = page.locator('main .post-content h2#plein-de-rencontres');
    await expect(heading).toHaveText('Plein de rencontres');
    await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', `${SEED_URL}#plein-de-rencontres`);
  });

  test('previous and next links go to the neighbouring posts by date', async ({ page }) => {
    await openArticle(page, LONG_URL, LONG_TITLE);
    const neighbours = page.locator('.post-neighbours');
    const previous = neighbours.locator('a[rel=prev]');
    const next = neighbours.locator('a[rel=next]');
    await expect(previous).toHaveAttribute('href', LONG_OLDER.url);
    await expect(previous).toContainText('Article précédent');
    await expect(previous).toContainText(LONG_OLDER.title);
    await expect(next).toHaveAttribute('href', LONG_NEWER.url);
    await expect(next).toContainText('Article suivant');
    await expect(next).toContainText(LONG_NEWER.title);

    await previous.click();
    await expect(page).toHaveURL(LONG_OLDER.url);
    await expect(mainHeading(page)).toHaveText(LONG_OLDER.title);
    // From there, "next" leads back to the long post.
    await expect(page.locator('.post-neighbours a[rel=next]')).toHaveAttribute('href', LONG_URL);
    await page.locator('.post-neighbours a[rel=next]').click();
    await expect(page).toHaveURL(LONG_URL);
    await expect(mainHeading(page)).toHaveText(LONG_TITLE);
    await page.locator('.post-neighbours a[rel=next]').click();
    await expect(page).toHaveURL(LONG_NEWER.url);
    await expect(mainHeading(page)).toHaveText(LONG_NEWER.title);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });

    test('a footnote reference jumps to its footnote, and back', async ({ page }) => {
      await openArticle(page, BILAN_URL, BILAN_TITLE);
      const reference = page.locator('main .post-content sup[role="doc-noteref"] a').first();
      const href = (await reference.getAttribute('href'))!;
      expect(href.startsWith(`${BILAN_URL}#`), href).toBe(true);
      const hash = href.slice(BILAN_URL.length);
      const definition = page.locator(`main .post-content [id="${hash.slice(1)}"]`);
      await expect(definition).toHaveCount(1);
      await expect(definition).toContainText('Réunions, devis, déplacements');
      await expect(definition).not.toBeInViewport();

      await reference.scrollIntoViewIfNeeded();
      await reference.click();
      await expect(page).toHaveURL(`${BILAN_URL}${hash}`);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
      await expect(definition).toBeInViewport();
      await expect(mainHeading(page)).toHaveText(BILAN_TITLE);

      // The note's return link brings the reader back to the reference.
      await expect(reference).not.toBeInViewport();
      await definition.locator('a.reversefootnote').click();
      await expect(reference).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`#fnref:`));
    });
  });
});

// 9. <html lang>.
test('<html lang> follows the site, then an English post, then the site again', async ({ page }) => {
  const html = page.locator('html');
  await page.goto('/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(html).toHaveAttribute('lang', 'fr');

  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL('/page/2/');
  await postCard(page, LONG_TITLE).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(LONG_URL);
  await expect(mainHeading(page)).toHaveText(LONG_TITLE);
  await expect(html).toHaveAttribute('lang', 'en');

  await page.locator('header .site-title').click();
  await expect(page).toHaveURL('/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(html).toHaveAttribute('lang', 'fr');

  // Direct load, and back.
  await openArticle(page, LONG_URL, LONG_TITLE);
  await expect(html).toHaveAttribute('lang', 'en');
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(postCards(page)).toHaveCount(5);
  await expect(html).toHaveAttribute('lang', 'fr');
});

// 10. No horizontal scroll on a phone.
test.describe('at 390 px wide', () => {
  test.use({ viewport: PHONE });

  const pages: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
    { name: 'the index', url: '/', ready: async (page) => expect(postCards(page)).toHaveCount(5) },
    { name: 'the seed article', url: SEED_URL, ready: (page) => openedArticle(page, SEED_TITLE) },
    { name: 'the long article', url: LONG_URL, ready: (page) => openedArticle(page, LONG_TITLE) },
    { name: 'the bilan article (a table)', url: BILAN_URL, ready: (page) => openedArticle(page, BILAN_TITLE) },
    { name: 'the archive', url: '/archive/', ready: async (page) => expect(mainHeading(page)).toHaveText('Archives') },
    { name: 'the tags', url: '/tags/', ready: async (page) => expect(mainHeading(page)).toHaveText('Étiquettes') },
    { name: 'a tag page', url: '/tags/et%20moi/', ready: async (page) => expect(page.locator('nav.pagination')).toBeVisible() },
  ];
  for (const { name, url, ready } of pages) {
    test(`no horizontal scroll on ${name}`, async ({ page }) => {
      await page.goto(url);
      await ready(page);
      const { scrollWidth, innerWidth } = await pageWidths(page);
      expect(innerWidth).toBe(PHONE.width);
      expect(scrollWidth, `${url} is wider than the phone (horizontal scroll)`).toBeLessThanOrEqual(innerWidth);
      // Wide tables and code blocks stay in the column and scroll inside themselves.
      // Each is measured on screen: off screen, a post's blocks are not laid out
      // (content-visibility), as the reader never sees them there.
      const wide = await page.locator('main pre, main table').evaluateAll(async (elements) => {
        const frame = () => new Promise((painted) => requestAnimationFrame(painted));
        const measured = [];
        for (const el of elements) {
          el.scrollIntoView({ block: 'center' });
          await frame();
          await frame();
          const rect = el.getBoundingClientRect();
          measured.push({
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? '').trim().slice(0, 40),
            right: Math.round(rect.right),
            overflows: el.scrollWidth > el.clientWidth,
            overflowX: getComputedStyle(el).overflowX,
          });
        }
        return measured;
      });
      for (const block of wide) {
        expect(block.right, `${block.tag} "${block.text}" sticks out of the page`).toBeLessThanOrEqual(innerWidth);
        if (block.overflows) {
          expect(['auto', 'scroll'], `${block.tag} "${block.text}" is wider than its box but cannot scroll`).toContain(
            block.overflowX,
          );
        }
      }
      if (url === LONG_URL) {
        expect(wide.some((b) => b.tag === 'table'), 'the long post has a table').toBe(true);
        expect(wide.some((b) => b.tag === 'pre' && b.overflows), 'a code block of the long post scrolls inside itself').toBe(true);
      }
    });
  }
});

async function openedArticle(page: Page, title: string | RegExp) {
  await expect(mainHeading(page)).toHaveText(title);
  await expect(page.locator('main article.post .post-content')).not.toBeEmpty();
}

// 11. Accessibility (axe-core).
type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const { name, url, ready } of [
      { name: 'the index', url: '/', ready: async (page: Page) => expect(postCards(page)).toHaveCount(5) },
      { name: 'the seed article', url: SEED_URL, ready: (page: Page) => openedArticle(page, SEED_TITLE) },
      { name: 'an article with coloured code', url: LONG_NEWER.url, ready: codeColoured },
    ]) {
      test(`no serious or critical violations on ${name} (${colorScheme})`, async ({ page }) => {
        await page.goto(url);
        await ready(page);
        if (colorScheme === 'dark') await expectDarkBackground(page);
        else await expectLightBackground(page);
        const violations = await seriousViolations(page);
        const report = violations
          .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.targets.slice(0, 8).join('\n    ')}`)
          .join('\n');
        if (violations.length > 0) console.log(`axe on ${url} (${colorScheme}):\n${report}`);
        expect(violations, `axe violations on ${url} (${colorScheme}):\n${report}`).toEqual([]);
      });
    }
  });
}

/** The article with code is open and its code coloured, its first block in view. */
async function codeColoured(page: Page) {
  await openedArticle(page, LONG_NEWER.title);
  const block = page.locator('main .post-content div.language-rust.highlighter-rouge').first();
  await expect(block.locator('span.k').first()).toBeVisible();
  await block.scrollIntoViewIfNeeded();
}

// 12. Screenshots.
const SCREENSHOT_ROUTES: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'index', url: '/', ready: async (page) => expect(postCards(page)).toHaveCount(5) },
  { name: 'article-seed', url: SEED_URL, ready: (page) => openedArticle(page, SEED_TITLE) },
  { name: 'article-long', url: LONG_URL, ready: (page) => openedArticle(page, LONG_TITLE) },
  { name: 'article-code', url: LONG_NEWER.url, ready: codeColoured },
  { name: 'tags', url: '/tags/', ready: async (page) => expect(mainHeading(page)).toHaveText('Étiquettes') },
  { name: 'tag-et-moi', url: '/tags/et%20moi/', ready: async (page) => expect(postCard(page, BILAN_TITLE)).toBeVisible() },
  { name: 'tag-et-moi-page-2', url: '/tags/et%20moi/page/2/', ready: async (page) => expect(postCard(page, SEED_TITLE)).toBeVisible() },
  { name: 'categories', url: '/categories/', ready: async (page) => expect(mainHeading(page)).toHaveText('Catégories') },
  { name: 'archive', url: '/archive/', ready: async (page) => expect(mainHeading(page)).toHaveText('Archives') },
  {
    name: 'search-ete',
    url: '/search/?q=ete',
    ready: async (page) => expect(page.getByRole('status')).toHaveText(/\d+ articles? trouvés?/),
  },
  { name: 'not-found', url: '/nothing/here/', ready: async (page) => expect(mainHeading(page)).toHaveText('Page introuvable') },
];

for (const viewport of [DESKTOP, PHONE]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`screenshots at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test(`screenshots of every route (${viewport.width} px, ${colorScheme})`, async ({ page }) => {
        fs.mkdirSync(READER_SCREENSHOTS, { recursive: true });
        for (const { name, url, ready } of SCREENSHOT_ROUTES) {
          await page.goto(url);
          await ready(page);
          if (colorScheme === 'dark') await expectDarkBackground(page);
          else await expectLightBackground(page);
          await page.screenshot({
            path: path.join(READER_SCREENSHOTS, `${name}-${viewport.width}-${colorScheme}.png`),
          });
        }
      });
    });
  }
}
