import { test, expect, type Page } from '@playwright/test';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

// The blog on hosts that know nothing about single-page apps: the deploy
// folder (`carnet build --base-path /blog/`) and the app without a post index,
// both served by python's http.server (see scripts/e2e-sites.sh and the
// webServer list in playwright.config.ts), and live authoring under trunk serve.

const DEPLOY = 'http://127.0.0.1:8095';
const LISTING = 'http://127.0.0.1:8096';
const ROOT = path.resolve(__dirname, '..', '..');
const SEED_URL = '/blog/good_job/2017/02/01/a-mon-compte-plus-1-mois.html';

async function expectArticle(page: Page) {
  await expect(page.locator('main h1')).toHaveText('A mon compte + 1 mois');
  await expect(page.locator('main h2#plein-de-rencontres')).toBeVisible();
}

test.describe('deploy folder under /blog/', () => {
  test('an article, a tag page and page 2 open and reload directly', async ({ page }) => {
    for (const [url, heading] of [
      [SEED_URL, 'A mon compte + 1 mois'],
      ['/blog/tags/et%20moi/', /et moi/],
      ['/blog/page/2/', /Page 2 sur/],
    ] as const) {
      const response = await page.goto(DEPLOY + url);
      expect(response?.status(), url).toBe(200);
      // The app takes over: the prerendered copy goes, the app is shown.
      await expect(page.locator('#prerendered')).toHaveCount(0);
      await expect(page.locator('#app')).toBeVisible();
      await expect(page.locator('main h1')).toHaveText(heading);
      await page.reload();
      await expect(page.locator('#prerendered')).toHaveCount(0);
      await expect(page.locator('main h1')).toHaveText(heading);
    }
    // Links stay under the sub-path.
    await page.goto(DEPLOY + SEED_URL);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('a.site-title')).toHaveAttribute('href', '/blog/');
    await page.getByRole('link', { name: /et moi/ }).first().click();
    await expect(page).toHaveURL(DEPLOY + '/blog/tags/et%20moi/');
  });

  test('without JavaScript the article and the index excerpts are readable', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DEPLOY + SEED_URL);
    await expectArticle(page);
    await expect(page.getByText(/Première rencontre avec/).first()).toBeVisible();
    await expect(page).toHaveTitle('A mon compte + 1 mois · Carnet de bord');
    await page.goto(DEPLOY + '/blog/page/4/');
    await expect(page.getByText(/Je m['’]étais promise de tenir un simili journal/)).toBeVisible();
    await context.close();
  });

  test('the app takes over without moving the heading', async ({ browser }) => {
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(DEPLOY + SEED_URL);
    const before = await staticPage.locator('main h1').boundingBox();
    await still.close();
    const page = await browser.newPage();
    await page.goto(DEPLOY + SEED_URL);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    const after = await page.locator('main h1').boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 1000))).toBeLessThanOrEqual(2);
    // Head tags are the app's own, not doubled.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org' + SEED_URL);
  });

  test('pages carry a Content Security Policy the app works under', async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const html = await (await request.get(DEPLOY + SEED_URL)).text();
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    // Every script is a file but early.js, which the policy allows by its hash.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline.map((m) => m[0].slice(0, m[0].indexOf('>') + 1))).toEqual(['<script data-early>']);
    const hash = crypto.createHash('sha256').update(inline[0][1]).digest('base64');
    expect(html).toMatch(new RegExp(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash.replace(/[+/]/g, '\\$&')}';`));
    // Hosts that read `_headers` (Netlify, Cloudflare Pages) send the same policy.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const headers = fs.readFileSync(path.join(ROOT, 'target/e2e/deploy/blog/_headers'), 'utf8');
    expect(headers).toBe(`/blog/*\n  Content-Security-Policy: ${meta}\n`);
    // A reader's dark theme is on before the prerendered page is (early.js ran).
    await page.goto(DEPLOY + SEED_URL);
    await page.evaluate(() => localStorage.setItem('carnet-theme', 'dark'));
    await page.addInitScript(() => {
      new MutationObserver((_, watch) => {
        if (!document.getElementById('prerendered')) return;
        (window as any).themeAtFirstContent = document.documentElement.getAttribute('data-theme');
        watch.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as any).themeAtFirstContent)).toBe('dark');
    await page.evaluate(() => localStorage.removeItem('carnet-theme'));
    await page.goto(DEPLOY + SEED_URL);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await page.getByRole('link', { name: /et moi/ }).first().click();
    await expect(page.locator('main h1')).toHaveText(/et moi/);
    expect(violations).toEqual([]);
  });

  test('aligned table columns keep their alignment under the policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // Markdown's `|---:|` columns: the renderer writes `style="text-align: right"`.
    await page.goto(DEPLOY + '/blog/good_job/2023/01/08/bilan-2022.html');
    // Checked once the app has taken over: before that the cell may be swapped
    // out between finding it and reading its style.
    await expect(page.locator('#prerendered')).toHaveCount(0);
    const cell = page.locator('main td[style="text-align: right"]').first();
    // Blocks below the fold skip layout (`content-visibility: auto`) and have no
    // box until scrolled near; where the fold falls depends on the fonts installed.
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeVisible();
    expect(await cell.evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    expect(violations).toEqual([]);
  });

  test('a post with Liquid reads the same prerendered and rendered by the app', async ({ page, browser }) => {
    const url = DEPLOY + '/blog/code/2022/09/10/du-code-dans-les-articles.html';
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // The blocks of the post, but for those with math, which the app typesets
    // (Temml's MathML) where the prerendered page keeps kramdown's TeX.
    const blocks = (p: typeof page) =>
      p.locator('main article.post .post-content').evaluate((root) =>
        Array.from(root.children)
          .filter((e) => !/\\[(\[]/.test(e.textContent ?? '') && !e.querySelector('math') && e.tagName !== 'MATH')
          .map((e) => e.outerHTML),
      );
    const content = (p: typeof page) => p.locator('main article.post .post-content');
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(url);
    await expect(content(staticPage).locator('figure.highlight code.language-ruby')).toContainText('raise ArgumentError');
    await expect(content(staticPage)).toContainText('\\frac{n(n+1)}{2}');
    const prerendered = await blocks(staticPage);
    await still.close();
    // Reached through the app, it renders the post again in its worker (Liquid,
    // then Markdown): the same HTML.
    await page.goto(DEPLOY + '/blog/');
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: 'go' });
      document.querySelector('#app main')!.append(link);
      link.click();
    }, url);
    await expect(page.locator('main h1')).toContainText('Du code');
    await expect(content(page).locator('figure.highlight code.language-python .lineno')).toBeVisible();
    await expect(content(page).locator('math')).toHaveCount(3);
    expect(await blocks(page)).toEqual(prerendered);
    expect(prerendered.length).toBeGreaterThanOrEqual(8);
    await expect(content(page).getByRole('link', { name: 'mon article sur Rust' })).toHaveAttribute(
      'href',
      '/blog/code/2022/05/14/rust-for-a-ruby-developer.html',
    );
    expect(violations).toEqual([]);
  });

  test('code is coloured in the prerendered page before the app loads, with the spans the app writes', async ({ page, browser }) => {
    const posts = [
      { url: DEPLOY + '/blog/code/2022/05/14/rust-for-a-ruby-developer.html', from: '/blog/tags/rust/', title: 'Rust, seen by a Ruby developer' },
      { url: DEPLOY + '/blog/code/2022/09/10/du-code-dans-les-articles.html', from: '/blog/tags/liquid/', title: 'Du code dans les articles' },
    ];
    const code = (p: Page) =>
      p.locator('main article.post .post-content').evaluate((root) =>
        Array.from(root.querySelectorAll('.highlighter-rouge pre.highlight > code, figure.highlight > pre > code')).map((c) => c.innerHTML),
      );
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    for (const post of posts) {
      // `carnet build` coloured the code: no script has run on this page.
      await staticPage.goto(post.url);
      await expect(staticPage.locator('main .post-content span.k').first()).toHaveText('def');
      const prerendered = await code(staticPage);
      expect(prerendered.length).toBeGreaterThanOrEqual(2);
      // The app colours the same code itself when it opens the post in-app
      // (no prerendered page to take colours from): the same spans, byte for byte.
      await page.goto(DEPLOY + post.from);
      await expect(page.locator('#prerendered')).toHaveCount(0);
      await page.getByRole('link', { name: post.title }).first().click();
      await expect(page.locator('main h1')).toHaveText(post.title);
      await expect(page.locator('main .post-content span.k').first()).toBeVisible();
      await expect.poll(() => code(page)).toEqual(prerendered);
      // A direct visit: the page the app takes over keeps its colours, and
      // downloads no highlighter for them.
      const highlighter: string[] = [];
      const watch = (r: { url(): string }) => {
        if (/highlight|\/rouge\//.test(new URL(r.url()).pathname)) highlighter.push(r.url());
      };
      page.on('request', watch);
      await page.goto(post.url);
      await expect(page.locator('#prerendered')).toHaveCount(0);
      expect(await code(page)).toEqual(prerendered);
      await page.waitForTimeout(500);
      expect(highlighter).toEqual([]);
      page.off('request', watch);
    }
    await still.close();
  });

  test('every page of a tag is a prerendered file the app takes over', async ({ page, browser, request }) => {
    // 6 published posts tagged "et moi", 5 a page: the oldest alone on page 2.
    const tag = DEPLOY + '/blog/tags/et%20moi/';
    const heading = /^Articles avec l['’]étiquette « et moi »$/;
    const cards = page.locator('main .post-list article.post-card');
    const nav = page.locator('main nav.pagination');
    expect((await page.goto(tag))?.status()).toBe(200);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page.locator('main .page-count')).toHaveText('6 articles');
    await expect(cards).toHaveCount(5);
    await expect(nav.locator('.page-number')).toHaveText('Page 1 sur 2');
    await expect(nav.locator('a[rel=next]')).toHaveAttribute('href', '/blog/tags/et%20moi/page/2/');

    await nav.locator('a[rel=next]').click();
    await expect(page).toHaveURL(tag + 'page/2/');
    const expectPage2 = async () => {
      await expect(page.locator('main h1')).toHaveText(heading);
      await expect(page.locator('main .page-count')).toHaveText('6 articles');
      await expect(cards).toHaveCount(1);
      await expect(cards.getByRole('heading', { level: 2 })).toHaveText('Pourquoi je me lance');
      await expect(nav.locator('.page-number')).toHaveText('Page 2 sur 2');
      await expect(nav.locator('a[rel=prev]')).toHaveAttribute('href', '/blog/tags/et%20moi/');
      await expect(nav.locator('a[rel=next]')).toHaveCount(0);
    };
    await expectPage2();
    // A reload is served the prerendered file, then the app takes over.
    expect((await page.reload())?.status()).toBe(200);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expectPage2();
    await page.goBack();
    await expect(page).toHaveURL(tag);
    await expect(cards).toHaveCount(5);

    // The prerendered page 2 reads the same without JavaScript, and its heading
    // stays where it is when the app takes over.
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(tag + 'page/2/');
    await expect(staticPage.locator('main .post-card h2')).toHaveText('Pourquoi je me lance');
    await expect(staticPage.locator('main nav.pagination .page-number')).toHaveText('Page 2 sur 2');
    await expect(staticPage).toHaveTitle(/^Articles avec l['’]étiquette « et moi » · Page 2 sur 2 · Carnet de bord$/);
    const before = await staticPage.locator('main h1').boundingBox();
    await still.close();
    await page.goto(tag + 'page/2/');
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expectPage2();
    const after = await page.locator('main h1').boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 1000))).toBeLessThanOrEqual(2);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/blog/tags/et%20moi/page/2/');

    // Past the last page there is no file; the category's page 2 is there too.
    expect((await request.get(tag + 'page/3/')).status()).toBe(404);
    expect((await request.get(tag + 'page/1/')).status()).toBe(404);
    expect((await request.get(DEPLOY + '/blog/categories/good_job/page/2/')).status()).toBe(200);
    const sitemap = await (await request.get(DEPLOY + '/blog/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>https://example.org/blog/tags/et%20moi/page/2/</loc>');
    expect(sitemap).not.toContain('<loc>https://example.org/blog/tags/et%20moi/page/3/</loc>');
  });

  test('feed, sitemap and robots.txt', async ({ page, request }) => {
    const feed = await request.get(DEPLOY + '/blog/feed.xml');
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    await page.goto(DEPLOY + '/blog/');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagNameNS(ns, 'entry').length,
        firstLink: doc.getElementsByTagNameNS(ns, 'entry')[0]?.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
        self: [...doc.documentElement.children].find((e) => e.localName === 'link' && e.getAttribute('rel') === 'self')?.getAttribute('href'),
      };
    }, xml);
    expect(parsed).toEqual({
      error: 0,
      root: 'http://www.w3.org/2005/Atom',
      entries: 10,
      firstLink: expect.stringMatching(/^https:\/\/example\.org\/blog\//),
      self: 'https://example.org/blog/feed.xml',
    });
    const sitemap = await (await request.get(DEPLOY + '/blog/sitemap.xml')).text();
    // Articles carry their date, so crawlers know what changed; list pages do not.
    expect(sitemap).toContain('<loc>https://example.org/blog/good_job/2017/02/01/a-mon-compte-plus-1-mois.html</loc><lastmod>2017-02-01T00:00:00+00:00</lastmod>');
    expect(sitemap).toContain('<loc>https://example.org/blog/archive/</loc></url>');
    expect(await (await request.get(DEPLOY + '/blog/robots.txt')).text()).toContain('Sitemap: https://example.org/blog/sitemap.xml');
    // Drafts never reach a production build.
    expect((await request.get(DEPLOY + '/blog/posts/_drafts/idees-pour-2025.md')).status()).toBe(404);
  });
});

test.describe('no post index: directory listing', () => {
  const dropped = path.join(ROOT, 'target', 'e2e', 'listing', 'posts', '2025-06-01-poste-depose.md');
  test.afterEach(() => fs.rmSync(dropped, { force: true }));

  test('posts are found through the listing, and a dropped file appears after a reload', async ({ page }) => {
    await page.goto(LISTING + '/');
    await expect(page.locator('.post-card h2').first()).toBeVisible();
    const title = page.getByRole('link', { name: 'Posté sans index', exact: true });
    await expect(title).toHaveCount(0);
    fs.writeFileSync(dropped, '---\ntitle: Posté sans index\ntags: [listing]\n---\n\nDéposé sur le serveur, sans build.\n');
    await page.reload();
    await expect(title).toBeVisible();
    await title.click();
    await expect(page.locator('main h1')).toHaveText('Posté sans index');
    await expect(page.getByText('Déposé sur le serveur, sans build.')).toBeVisible();
  });
});

test.describe('a stale post index', () => {
  const dropped = path.join(ROOT, 'target', 'e2e', 'deploy', 'blog', 'posts', '2025-08-01-apres-le-build.md');
  test.afterEach(() => fs.rmSync(dropped, { force: true }));

  test('a post dropped after the build shows up through the listing', async ({ page }) => {
    fs.writeFileSync(dropped, '---\ntitle: Ajouté après le build\n---\n\nSans reconstruire.\n');
    await page.goto(DEPLOY + '/blog/');
    const title = page.getByRole('link', { name: 'Ajouté après le build', exact: true });
    await expect(title).toBeVisible();
    await title.click();
    await expect(page.locator('main h1')).toHaveText('Ajouté après le build');
    await expect(page.getByText('Sans reconstruire.')).toBeVisible();
  });
});

test.describe('a broken post', () => {
  // A date Jekyll cannot read stops its build: an error. (Broken YAML and an
  // empty file Jekyll still publishes, so carnet does too.)
  const broken = path.join(ROOT, 'target', 'e2e', 'listing', 'posts', '2025-09-01-date-cassee.md');
  const empty = path.join(ROOT, 'target', 'e2e', 'listing', 'posts', '2025-09-02-vide.md');
  test.afterEach(() => [broken, empty].forEach((f) => fs.rmSync(f, { force: true })));

  test('is named with its line where the posts are listed, and the others still show', async ({ page }) => {
    fs.writeFileSync(broken, '---\ntitle: Cassé\ndate: hier\n---\n\nTexte.\n');
    fs.writeFileSync(empty, '');
    await page.goto(LISTING + '/');
    const note = page.locator('.broken-posts');
    await expect(note.getByRole('heading', { name: 'Articles illisibles' })).toBeVisible();
    await expect(note).toContainText('2025-09-01-date-cassee.md:3');
    await expect(note).toContainText('date "hier"');
    await expect(page.locator('.post-card')).toHaveCount(5);
  });
});

test.describe('a prerendered article', () => {
  // The deploy's worker would answer the post's request out of page.route's sight.
  test.use({ serviceWorkers: 'block' });

  test('an article opened directly is taken over as prerendered, before its Markdown is fetched', async ({ page, browser }) => {
    const url = DEPLOY + '/blog/code/2022/09/10/du-code-dans-les-articles.html';
    const still = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await still.newPage();
    await staticPage.goto(url);
    const prerendered = await staticPage.locator('main .post-content pre').evaluateAll((blocks) => blocks.map((b) => b.outerHTML));
    await still.close();
    // The post's file never comes: the app takes the prerendered article as it is.
    let asked = false;
    await page.route('**/*.md', () => {
      asked = true;
    });
    const highlighter: string[] = [];
    page.on('request', (r) => {
      if (/highlight|rouge\//.test(r.url())) highlighter.push(r.url());
    });
    await page.goto(url);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('#app main h1')).toContainText('Du code');
    // Its code keeps the build's colours, with no highlighter downloaded, and its math is typeset.
    expect(await page.locator('#app main .post-content pre').evaluateAll((blocks) => blocks.map((b) => b.outerHTML))).toEqual(prerendered);
    expect(prerendered.length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#app main .post-content math')).toHaveCount(3);
    expect(highlighter).toEqual([]);
    // Fetched after, to go back to it later.
    await expect.poll(() => asked).toBe(true);
  });

  test('the post file fetched after the take-over, unchanged, leaves the prerendered article as it is', async ({ page }) => {
    const url = DEPLOY + '/blog/code/2022/09/10/du-code-dans-les-articles.html';
    const highlighter: string[] = [];
    page.on('request', (r) => {
      if (/highlight|rouge\//.test(r.url())) highlighter.push(r.url());
    });
    const fetched = page.waitForResponse(/\.md$/);
    await page.goto(url);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await (await fetched).finished();
    // Rendering it again would ask for the highlighter within a few frames.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(highlighter).toEqual([]);
    await expect(page.locator('#app main .post-content figure.highlight span[class]').first()).toBeVisible();
  });

  test('an article whose file was edited on the host after the build shows the new text once taken over', async ({ page }) => {
    const added = 'Une phrase ajoutée sur l’hébergeur, sans reconstruire.';
    // The host's own file, with a sentence added, as an author would edit it in place.
    await page.route('**/*.md', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n${added}\n` });
    });
    await page.goto(DEPLOY + '/blog/good_job/2017/02/01/a-mon-compte-plus-1-mois.html');
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.locator('#app main .post-content')).toContainText(added);
    await expect(page.locator('#app main h1')).toHaveText('A mon compte + 1 mois');
  });
});

test.describe('hostile front matter', () => {
  const hostile = path.join(ROOT, 'target', 'e2e', 'listing', 'posts', '2025-07-01-hostile.md');
  test.afterEach(() => fs.rmSync(hostile, { force: true }));

  test('a title, tags and author made of markup are shown as text and run nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const title = '<img src=x onerror=alert(1)>';
    fs.writeFileSync(
      hostile,
      `---\ntitle: "${title}"\ntags: ["<script>alert(2)</script>", "a&b"]\nauthor: "<svg onload=alert(3)>"\ndescription: "\\"><script>alert(4)</script>"\n---\n\nCorps.\n`,
    );
    await page.goto(LISTING + '/');
    const link = page.getByRole('link', { name: title, exact: true });
    await expect(link).toBeVisible();
    await expect(page.getByRole('link', { name: '<script>alert(2)</script>' })).toBeVisible();
    await link.click();
    await expect(page.locator('main h1')).toHaveText(title);
    await expect(page.getByText('par <svg onload=alert(3)>')).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Carnet de bord`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', '"><script>alert(4)</script>');
    await expect(page.locator('main img, main svg, main script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe('a post whose Liquid fails', () => {
  const broken = path.join(ROOT, 'target', 'e2e', 'listing', 'posts', '2025-08-01-liquid-en-panne.md');
  test.afterEach(() => fs.rmSync(broken, { force: true }));

  test('still shows, its Liquid left as written and the error named above it', async ({ page }) => {
    // Listing mode: the worker built the index, and renders the post with it.
    fs.writeFileSync(broken, '---\ntitle: Liquid en panne\n---\n\nAvant la balise.\n\n{% frobnicate %}\n\nAprès : {{ site.title }}.\n');
    await page.goto(LISTING + '/');
    await page.getByRole('link', { name: 'Liquid en panne' }).first().click();
    await expect(page.locator('main h1')).toHaveText('Liquid en panne');
    await expect(page.locator('.post-problem')).toHaveText(
      "2025-08-01-liquid-en-panne.md:7: Liquid syntax error: Unknown tag 'frobnicate'",
    );
    await expect(page.locator('main .post-content')).toContainText('Avant la balise.');
    await expect(page.locator('main .post-content')).toContainText('Après : {{ site.title }}.');
  });
});

test.describe('authoring under trunk serve', () => {
  const draft = path.join(ROOT, 'posts', '_drafts', 'e2e-brouillon-en-direct.md');
  test.afterEach(() => fs.rmSync(draft, { force: true }));

  test('a new draft appears in the open page within seconds, marked as a draft', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.locator('.post-card').first()).toBeVisible();
    fs.writeFileSync(draft, '---\ntitle: Brouillon en direct\ndate: 2026-11-01\n---\n\nÉcrit pendant que trunk serve tourne.\n');
    // Trunk rebuilds the index and reloads the page by itself.
    const card = page.locator('.post-card', { hasText: 'Brouillon en direct' });
    await expect(card).toBeVisible({ timeout: 60_000 });
    await expect(card.locator('.draft-badge')).toHaveText('Brouillon');
  });
});
