import { test, expect, type Page, type Browser } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { SCREENSHOTS, failOnBrowserErrors } from './helpers';

// The author's look (tests/fixtures/look-site, deployed by scripts/e2e-sites.sh
// with the real CLI into target/e2e/look, served by python's http.server): the
// footer's links from minima's keys, the logo, the accent colour and font from
// `carnet:` in _config.yml, and style/custom.css after carnet's CSS. Console
// errors fail a test, so a Content Security Policy violation would too.

const LOOK = 'http://127.0.0.1:8099';
const ROOT = path.resolve(__dirname, '..', '..');
const CUSTOM_CSS = fs.readFileSync(path.join(ROOT, 'tests/fixtures/look-site/style/custom.css'), 'utf8');
const ARTICLE = '/2024/05/02/setting-type.html';
// _config.yml's `carnet: accent: "#b5322d"`.
const ACCENT = 'rgb(181, 50, 45)';
// custom.css's footer colours.
const FOOTER_LIGHT = 'rgb(107, 63, 160)';
const FOOTER_DARK = 'rgb(201, 173, 242)';

failOnBrowserErrors();

/** The page once the app has taken the prerendered copy over. */
async function openApp(page: Page, url: string) {
  await page.goto(LOOK + url);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('#app .site-footer .footer-links')).toBeVisible();
}

/** WCAG contrast between an element's text colour and the page's background. */
async function linkContrast(page: Page, selector: string): Promise<{ color: string; ratio: number }> {
  return page.evaluate((selector) => {
    const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const color = getComputedStyle(document.querySelector(selector)!).color;
    const bg = getComputedStyle(document.body).backgroundColor;
    const [a, b] = [lum(color), lum(bg)];
    return { color, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  }, selector);
}

const color = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);

test.describe('the author\'s look from _config.yml', () => {
  test('the footer links minima\'s contact keys, escaped, the same in the prerendered page and the app', async ({ browser, page }) => {
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(LOOK + '/');
    const prerendered = await staticPage.locator('.site-footer').innerHTML();
    await still.close();

    await openApp(page, '/');
    const footer = page.locator('.site-footer');
    const links = await footer.locator('a').evaluateAll((as) =>
      as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel') ?? '']),
    );
    expect(links).toEqual([
      ['ana@example.org', 'mailto:ana@example.org', ''],
      ['GitHub', 'https://github.com/anamoreau', 'me'],
      ['Mastodon', 'https://typo.social/@ana', 'me'],
      ['Twitter', 'https://twitter.com/anamoreau', 'me'],
      // A title with markup in it is text: no image, no handler.
      ['Codeberg <img src=x onerror=alert(1)>', 'https://codeberg.org/anamoreau', 'me'],
      // `rss:` labels the feed link; the javascript: social link is left out.
      ['Subscribe', '/feed.xml', 'alternate'],
    ]);
    await expect(footer.locator('li').first()).toHaveText('Ana Moreau');
    await expect(footer.locator('img')).toHaveCount(0);
    // The app draws the footer the core wrote for the prerendered page.
    expect((await footer.innerHTML()).replace(/<!---->/g, '')).toBe(prerendered);
  });

  test('the logo sits beside the title, named by it, in a box that never moves', async ({ browser, page }) => {
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(LOOK + ARTICLE);
    const before = await staticPage.locator('.site-title').boundingBox();
    await still.close();

    await openApp(page, ARTICLE);
    const logo = page.locator('header img.site-logo');
    await expect(logo).toHaveAttribute('alt', 'Ink & Paper');
    await expect(logo).toHaveAttribute('width', '40');
    await expect(logo).toHaveAttribute('height', '40');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = await logo.boundingBox();
    expect([box?.width, box?.height]).toEqual([40, 40]);
    const after = await page.locator('.site-title').boundingBox();
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 1000))).toBeLessThanOrEqual(1);
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 1000))).toBeLessThanOrEqual(1);
  });

  test('style/custom.css comes after carnet\'s CSS and wins', async ({ page }) => {
    await openApp(page, ARTICLE);
    // main.css sets .site-title's colour with the same specificity: order decides.
    expect(await color(page, '.site-title')).toBe(ACCENT);
    expect(await color(page, '.site-footer a')).toBe(FOOTER_LIGHT);
    // The config's font, through --serif.
    expect(await page.locator('.post-content p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toBe(
      'Charter, "Bitstream Charter", Georgia, serif',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the accent applies to links in the ${colorScheme} theme, passing AA`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await openApp(page, ARTICLE);
      const link = '.post-content a[href*="wikipedia"]';
      const { color: linkColour, ratio } = await linkContrast(page, link);
      if (colorScheme === 'light') expect(linkColour).toBe(ACCENT);
      else expect(linkColour).not.toBe(ACCENT);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
      expect(await color(page, '.site-footer a')).toBe(colorScheme === 'light' ? FOOTER_LIGHT : FOOTER_DARK);
      // The reader's pick gives the same colours as the system's.
      await page.locator('.theme-toggle').click();
      const other = await linkContrast(page, link);
      expect(other.ratio).toBeGreaterThanOrEqual(4.5);
      await page.locator('.theme-toggle').click();
      expect((await linkContrast(page, link)).color).toBe(linkColour);
      if (colorScheme === 'dark') expect(other.color).toBe(ACCENT);
      await context.close();
    });
  }

  test('the app applies the config\'s look itself where no build wrote it', async ({ page }) => {
    // The page as `trunk serve` gives it: the site style link is the author's
    // custom.css alone, so the accent must come from the app (CSSOM, under the CSP).
    await page.route(/\/custom\.css$/, (route) =>
      route.fulfill({ contentType: 'text/css', body: CUSTOM_CSS + '\n:root { --accent-soft: #ffeeaa; }\n' }),
    );
    await page.route(LOOK + ARTICLE, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<link rel="stylesheet" href="\/site-[0-9a-f]+\.css" id="site-style" data-built>/,
        '<link rel="stylesheet" href="/custom.css" id="site-style">',
      );
      expect(html).toContain('href="/custom.css" id="site-style">');
      await route.fulfill({ response, body: html });
    });
    await openApp(page, ARTICLE);
    await expect.poll(() => color(page, '.post-content a[href*="wikipedia"]')).toBe(ACCENT);
    const soft = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent-soft').trim());
    // The author's rule after the inserted ones still wins.
    expect(soft).toBe('#ffeeaa');
    expect(await color(page, '.site-footer a')).toBe(FOOTER_LIGHT);
  });
});

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

async function screenshot(browser: Browser, name: string, url: string, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: width < 600 ? 844 : 900 } });
  const page = await context.newPage();
  await openApp(page, url);
  await page.evaluate(() => document.fonts.ready);
  // Blocks off screen are laid out late (content-visibility: auto): let them settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `look-${name}.png`), fullPage: true });
  await context.close();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the look site, ${colorScheme} theme`, () => {
    // axe is injected as an inline script, which the pages' policy refuses.
    test.use({ colorScheme, bypassCSP: true });
    for (const url of ['/', ARTICLE]) {
      test(`axe finds no serious or critical violation on ${url} (${colorScheme})`, async ({ page }) => {
        await openApp(page, url);
        const violations = await seriousViolations(page);
        const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.targets.slice(0, 8).join('\n    ')}`).join('\n');
        expect(violations, `axe on ${url} (${colorScheme}):\n${report}`).toEqual([]);
      });
    }
    test(`screenshots at desktop and phone width (${colorScheme})`, async ({ browser }) => {
      await screenshot(browser, `home-desktop-${colorScheme}`, '/', 1280, colorScheme);
      await screenshot(browser, `home-phone-${colorScheme}`, '/', 390, colorScheme);
      await screenshot(browser, `article-desktop-${colorScheme}`, ARTICLE, 1280, colorScheme);
      await screenshot(browser, `article-phone-${colorScheme}`, ARTICLE, 390, colorScheme);
    });
  });
}
