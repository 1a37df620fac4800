import { test, expect, type Page, type Locator } from '@playwright/test';
import * as path from 'path';

// What the end-to-end specs share: the sample blog's facts (posts/, _config.yml),
// the browser-error check, and a few ways to find things on a page.

export const SITE_TITLE = 'Carnet de bord';
export const SEED_TITLE = 'A mon compte + 1 mois';
export const SEED_URL = '/good_job/2017/02/01/a-mon-compte-plus-1-mois.html';
export const TAG = 'et moi';
// Tag links read "#et moi": the "#" comes from CSS (.tag::before).
export const TAG_LINK = /^#?\s*et moi$/;

/** Where screenshots go: <repo>/target/screenshots. */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'target', 'screenshots');

/**
 * Uncaught exceptions (a wasm panic, a failed start) and console errors fail the
 * test that saw them. Call once at the top of a spec file.
 */
export function failOnBrowserErrors() {
  const pageErrors = new WeakMap<Page, string[]>();
  test.beforeEach(async ({ page }) => {
    const errors: string[] = [];
    pageErrors.set(page, errors);
    // Each entry starts with the page URL when it was reported; a panic's first lines say what.
    page.on('pageerror', (error) => errors.push(`${page.url()} pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text().split('\n').slice(0, 2).join(' ');
      errors.push(`${page.url()} console.error: ${text}`);
    });
  });
  test.afterEach(async ({ page }) => {
    expect(pageErrors.get(page) ?? [], 'errors in the browser console').toEqual([]);
  });
}

/**
 * On a host without prerendered pages the first-paint module may draw a copy of
 * the page before the app has loaded (tests/e2e/first-paint.spec.ts), and
 * until the app has taken it over the page holds two `main` elements. For specs
 * about the app: after each `goto`, `reload`, `goBack` and `goForward`, wait
 * for the first paint to have settled and its copy to be gone. Call once at the
 * top of a spec file.
 */
export function settleFirstPaints() {
  test.beforeEach(async ({ page }) => {
    const settle = () => settleFirstPaint(page);
    for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
      const original = (page[name] as (...args: unknown[]) => Promise<unknown>).bind(page);
      (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        const response = await original(...args);
        await settle();
        return response;
      };
    }
  });
}

/** Waits for the page's first paint, if any, to have settled and its copy to be taken over. */
export async function settleFirstPaint(page: Page) {
  await page.evaluate(() => (window as unknown as { carnetFirstPaint?: Promise<void> }).carnetFirstPaint).catch(() => {});
  await page
    .waitForFunction(() => !document.querySelector('#prerendered[data-first-paint]'), null, { timeout: 30_000 })
    .catch(() => {});
}

/** A post's card in a list, found by its exact title (a string or a pattern). */
export function postCard(page: Page, title: string | RegExp): Locator {
  return page
    .locator('article.post-card')
    .filter({
      has: page.getByRole('heading', { level: 2, name: title, ...(typeof title === 'string' ? { exact: true } : {}) }),
    });
}

/** The list of post cards of an index, tag or category page. */
export function postCards(page: Page): Locator {
  return page.locator('.post-list article.post-card');
}

/** The page's scroll width and the viewport's width. */
export async function pageWidths(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}
