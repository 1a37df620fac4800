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
