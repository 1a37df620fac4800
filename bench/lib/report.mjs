// Turns the raw measurements into bench/REPORT.md, bench/charts/*.svg and
// bench/results.json:
//   node bench/lib/report.mjs --browser FILE --native FILE --meta FILE --fat FILE --out DIR
//   node bench/lib/report.mjs --from bench/results.json --out DIR   (again, from a run's raw numbers)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChart, COLORS } from './svg.mjs';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = path.resolve(argv[i + 1]);
  return args;
}
const readJson = (f) => (f && fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);

// ---------- numbers ----------

export function summary(values) {
  if (!values || values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => {
    const at = (s.length - 1) * p;
    const lo = Math.floor(at);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
  };
  return { n: s.length, median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s[s.length - 1] };
}

const NAMES = { spa: 'carnet SPA', deploy: 'carnet deploy (prerendered)', static: 'static HTML (the limit)', docsify: 'Docsify 5' };
const SHORT = { spa: 'carnet SPA', deploy: 'carnet deploy', static: 'static HTML', docsify: 'Docsify' };
const CONTENDERS = ['spa', 'deploy', 'static', 'docsify'];

const ms = (v) => (v == null ? '–' : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const kb = (b) => (b == null ? '–' : `${(b / 1000).toFixed(b >= 100_000 ? 0 : 1)} KB`);
const mb = (b) => (b == null ? '–' : `${(b / 1e6).toFixed(2)} MB`);
const num = (b) => (b == null ? '–' : b.toLocaleString('en-US'));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `×${(a / b).toFixed(2)}`);

/** A timing cell: median and p10–p90, or why there is none. */
function timeCell(slot, runs) {
  if (!slot) return 'n/a';
  const s = summary(slot.values);
  const failed = slot.errors?.length ?? 0;
  if (!s) return `**failed** (${failed}/${failed}): ${(slot.errors[0] ?? '').replace(/\|/g, '\\|').slice(0, 160)}`;
  const spread = `p10–p90 ${s.p10.toFixed(0)}–${s.p90.toFixed(0)}`;
  const fails = failed ? `, ${failed} of ${s.n + failed} failed` : '';
  return `${ms(s.median)} (${spread}${fails})`;
}
const median = (slot) => summary(slot?.values)?.median ?? null;

/** Run-by-run ratios a/b of two contenders timed side by side (the order rotates each run). */
function pairedRatios(a, b) {
  if (!a?.byRun || !b?.byRun) return null;
  const out = [];
  for (let i = 0; i < Math.min(a.byRun.length, b.byRun.length); i++) {
    if (a.byRun[i] != null && b.byRun[i] != null && b.byRun[i] > 0) out.push(a.byRun[i] / b.byRun[i]);
  }
  return out.length ? summary(out) : null;
}
/** The ratio shown in tables: the median of the run-by-run ratios (ratio of medians if runs cannot be paired). */
function pr(a, b) {
  const p = pairedRatios(a, b);
  if (p) return `×${p.median.toFixed(2)}`;
  return ratio(median(a), median(b));
}

function md(rows) {
  const [head, ...body] = rows;
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [head, align, ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const PROFILE_TEXT = {
  desktop: 'no throttling, 127.0.0.1',
  mobile: "Lighthouse's mobile throttling through the DevTools protocol (`Network.emulateNetworkConditions`: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up; `Emulation.setCPUThrottlingRate` ×4), same 1280×900 viewport",
};

/** Median of one field of the bytes recorded by run (holes where a run failed). */
const bytesMedian = (slot, key = 'transfer', field = 'bytes') => summary((slot?.[field] ?? []).filter(Boolean).map((b) => b[key]))?.median ?? null;
const kbCell = (b) => (b == null ? '–' : kb(b));

/** A ratio against a limit: the measured cell and the verdict (paired run by run when possible). */
function ratioVerdict(x, y, limit, label) {
  const p = pairedRatios(x, y);
  if (!p) {
    const [mx, my] = [median(x), median(y)];
    if (mx == null || my == null) return ['not measured', verdict(null)];
    return [`${ms(mx)} vs ${ms(my)} ${label}: ${ratio(mx, my)}`, verdict(mx / my <= limit)];
  }
  const spread = p.n > 1 ? `; run-by-run p10–p90 ×${p.p10.toFixed(2)}–×${p.p90.toFixed(2)}${p.p10 <= limit && limit <= p.p90 ? ` straddles ×${limit}: within this run's noise` : ''}` : '';
  return [`${ms(median(x))} vs ${ms(median(y))} ${label}: ×${p.median.toFixed(2)} (${p.n} run${p.n > 1 ? 's' : ''}${spread})`, verdict(p.median <= limit)];
}

/**
 * A profile's first-visit tables: text (article, index) and "answers a click" with the bytes by then.
 * `pages`: [[measure name, label]] (the answer measure is `${name}Answer`).
 */
function firstVisitTables(series, pages, runs) {
  const out = [];
  const rows = [['contender', ...pages.flatMap(([, label]) => [label, '× static', '× Docsify']), 'FCP']];
  for (const c of CONTENDERS) {
    rows.push([NAMES[c], ...pages.flatMap(([k]) => [timeCell(series[k]?.[c], runs), pr(series[k]?.[c], series[k]?.static), pr(series[k]?.[c], series[k]?.docsify)]), pages.map(([k]) => ms(summary(series[k]?.[c]?.fcp)?.median)).join(' / ')]);
  }
  out.push(md(rows), '');
  const arows = [['contender', ...pages.flatMap(([, label]) => [`${label.replace(/:.*/, '')}: answers a click`, '× static', '× Docsify', 'bytes by then', '× static']), 'deploy: taken over']];
  for (const c of CONTENDERS) {
    arows.push([
      NAMES[c],
      ...pages.flatMap(([k]) => {
        const a = series[`${k}Answer`] ?? {};
        return [timeCell(a[c], runs), pr(a[c], a.static), pr(a[c], a.docsify), kbCell(bytesMedian(a[c])), ratio(bytesMedian(a[c]), bytesMedian(a.static))];
      }),
      c === 'deploy' ? pages.map(([k]) => ms(summary(series[`${k}Answer`]?.deploy?.takeOver)?.median)).join(' / ') : '–',
    ]);
  }
  out.push(md(arows), '');
  return out;
}

/** The article visit's timeline: when each file was in, the app started, the text showed. */
function timelineTable(a) {
  const steps = [
    ['html', 'page HTML'],
    ['js', 'app JS'],
    ['wasm', 'wasm'],
    ['appStarted', 'app started'],
    ['index', 'post index'],
    ['post', 'post .md'],
  ];
  const tl = (c, key) => summary((a[c]?.timeline ?? []).map((x) => x[key]).filter((v) => v != null))?.median ?? null;
  return md([['contender', ...steps.map(([, label]) => label), 'first paragraph', 'longest task before it'], ...CONTENDERS.map((c) => [NAMES[c], ...steps.map(([key]) => ms(tl(c, key))), ms(median(a[c])), ms(tl(c, 'longestTask') || null)])]);
}

// ---------- machine ----------

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /model name\s*:\s*(.*)/.exec(info)?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  let distro = '';
  try {
    distro = /PRETTY_NAME="([^"]*)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    /* no os-release */
  }
  return { cpu, cores: os.cpus().length, ramGiB: +(os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release(), distro, node: process.version };
}

// ---------- the report ----------

function transferTotals(files) {
  const cats = {};
  for (const f of files) {
    const c = (cats[f.category] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
    c.raw += f.raw;
    c.gzip += f.gzip;
    c.brotli += f.brotli;
    c.files++;
  }
  const total = Object.values(cats).reduce((a, c) => ({ raw: a.raw + c.raw, gzip: a.gzip + c.gzip, brotli: a.brotli + c.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { cats, total };
}

function build({ browser, native, meta, fat, savedMachine }) {
  const out = [];
  const charts = {};
  const budgets = [];
  const runs = browser?.runs;
  // Rendered again from a run's numbers (--from): the machine is that run's.
  const m = savedMachine ?? machine();
  const date = meta?.date ?? new Date().toISOString();
  const docsifyVersion = JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', 'docsify', 'package.json'), 'utf8')).version;

  out.push('# carnet benchmarks: against the peers and the limit');
  out.push('');
  out.push(
    `Written by \`bench/run.sh${meta?.mode === 'smoke' ? ' --smoke' : ''}\` on **${date.slice(0, 16).replace('T', ' ')} UTC**. ` +
      `Every figure below comes from this one run; times also appear as ratios to the static-HTML limit and to Docsify measured in the same run, because absolute times on this machine drift.`,
  );
  out.push('');
  out.push(md([
    ['', ''],
    ['machine', `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.distro} (Linux ${m.kernel})`],
    ['browser', `Chromium ${browser?.chromium ?? '?'} (Debian's /usr/bin/chromium, headless, software rendering), driven by playwright-core ${browser?.playwright ?? '?'}`],
    ['peers', `Docsify ${docsifyVersion} (npm), marked ${browser?.markdown?.markedVersion ?? '?'} (npm)`],
    ['runs', `${browser?.mainRuns ?? runs} per measurement on the sample blog, ${runs} on the generated blogs and the Markdown renderers (desktop); first visits on the mobile profile in ${browser?.mobileMainRuns ?? '?'} of the sample blog's runs and ${browser?.mobileRuns ?? '?'} of each generated blog's, spread evenly; each page load in a fresh browser context (cold cache); contenders interleaved, their order rotating run by run`],
    ['load average', `${browser?.loadBefore?.map((v) => v.toFixed(2)).join(' ') ?? '?'} before, ${browser?.loadAfter?.map((v) => v.toFixed(2)).join(' ') ?? '?'} after (other builds share these 2 cores)`],
    ['duration', meta?.seconds ? `${Math.floor(meta.seconds / 60)} min ${Math.floor(meta.seconds % 60)} s in all (browser part ${Math.round(browser?.seconds ?? 0)} s)` : '?'],
    ['node', m.node],
  ]));
  out.push('');
  out.push(
    'Contenders, all serving the same posts from 127.0.0.1. In sections 1 and 4 (and 5c) every server compresses as a real host does: brotli (quality 11, as a deploy would precompress) when the browser accepts it, gzip (level 9) as the fallback, for HTML, JS, CSS, JSON, Markdown, SVG and wasm (`bench/lib/serve.mjs --brotli`); Chromium asks for `br`. ' +
      'First visits are measured on two profiles in the same run: desktop (no throttling) and Lighthouse\'s mobile profile (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ×4, DevTools protocol throttling).',
  );
  out.push('');
  out.push('- **carnet SPA**: the app shell (`trunk build --release`) plus `posts/index.json`, no prerendered pages; the server answers unknown paths with `index.html`.');
  out.push('- **carnet deploy**: `carnet build` (prerendered page for every route; the app takes over when it has loaded), on a plain static server.');
  out.push('- **static HTML**: the deploy pages with every `<script>`, the module and wasm preloads removed, and no `.js` or `.wasm` file: the physical limit.');
  out.push(`- **Docsify ${docsifyVersion}**: \`index.html\` with \`window.$docsify\` (hash routing, \`loadSidebar\`), its front-matter plugin (so the very same \`.md\` files are served, front matter hidden), \`README.md\` as home page with the newest posts and their excerpts, \`_sidebar.md\` listing every post.`);
  out.push('');

  const main = browser?.main;
  const series = main?.series ?? {};
  const budgetRows = [];
  const blockers = [];

  // ---- 1. first text ----
  if (main) {
    const t = main.targets;
    out.push('## 1. First visit: time until the text is visible');
    out.push('');
    out.push(
      `Opening a URL directly, in a fresh context; milliseconds from navigation start to the animation frame that first shows the target. ` +
        `Article: \`${t.article.post}\` (the long post), target its first paragraph (\`"${t.article.needle}"\`). ` +
        `Index: the home page, target the first post's excerpt (\`"${t.index.needle}"\`). Median, with p10–p90 over ${browser.mainRuns ?? runs} runs; the ratios are medians of run-by-run ratios (each run times every contender back to back). ` +
        `FCP is Chromium's First Contentful Paint (any text, e.g. the header) for comparison.`,
    );
    out.push('');
    const a = series.articleDirect ?? {};
    const i = series.indexDirect ?? {};
    const ms1 = main.mobile?.series ?? {};
    const pages = [
      ['articleDirect', 'article: first paragraph'],
      ['indexDirect', 'index: first excerpt'],
    ];
    out.push(
      'Each table pair: the time until the text is visible, then the time until the page **answers a click** and the **bytes by then**. ' +
        '"Answers a click" is, for carnet SPA, the latest of the text, Trunk\'s `TrunkApplicationStarted` event (wasm compiled and instantiated, `main` run) and the `click` listeners the app adds to `window` as it mounts (leptos_router\'s link handler and Leptos\'s delegated click handler; the probe wraps `addEventListener` to see them): from then an in-app link click is routed by the app. ' +
        'For carnet deploy the same, and the prerendered copy replaced by the app\'s page (`#prerendered` gone: the app has taken over; its time is the last column). ' +
        'For Docsify, the later of the text and its router\'s `hashchange` listener on `window` (its links are `#/…` links). For static HTML, the text itself: its links work (as page loads) as soon as they are on screen. ' +
        '"Bytes by then": Resource Timing `transferSize` (compressed bodies plus headers) of the page and of every file whose response had ended by that time. KB = 1,000 bytes.',
    );
    out.push('');
    out.push(`**Desktop** (${browser.mainRuns ?? runs} runs; ${PROFILE_TEXT.desktop}):`);
    out.push('');
    out.push(...firstVisitTables(series, pages, runs));
    out.push('![Time to first text](charts/first-text.svg)');
    out.push('');
    if (main.mobile?.runs) {
      out.push(`**Mobile** (${main.mobile.runs} run${main.mobile.runs === 1 ? '' : 's'}, interleaved with the desktop ones; ${PROFILE_TEXT.mobile}):`);
      out.push('');
      out.push(...firstVisitTables(ms1, pages, runs));
      out.push('![Time to first text, mobile](charts/first-text-mobile.svg)');
      out.push('');
    }
    out.push('Where the time goes, article opened directly: medians in ms from navigation start of when each file had arrived (Resource Timing `responseEnd`), when the app started (Trunk\'s `TrunkApplicationStarted` event: wasm compiled and instantiated) and when the first paragraph showed; and the longest main-thread task (Long Tasks API, over 50 ms) up to then. The post index is `index.json` for carnet, `_sidebar.md` for Docsify.');
    out.push('');
    out.push('Desktop:');
    out.push('');
    out.push(timelineTable(a));
    out.push('');
    if (main.mobile?.runs) {
      out.push('Mobile:');
      out.push('');
      out.push(timelineTable(ms1.articleDirect ?? {}));
      out.push('');
    }
    const tl = (c, key) => summary((a[c]?.timeline ?? []).map((x) => x[key]).filter((v) => v != null))?.median ?? null;
    if (main.mobile?.runs) {
      charts['first-text-mobile.svg'] = barChart({
        title: 'First visit on mobile: time until the text is visible (median, p10–p90)',
        subtitle: "sample blog, Lighthouse's mobile throttling (150 ms, 1.6 Mbit/s, CPU ×4), brotli; lower is better",
        unit: 'ms',
        groups: [
          { name: 'Article: first paragraph', bars: CONTENDERS.map((c) => bar(SHORT[c], ms1.articleDirect?.[c], COLORS[c])) },
          { name: 'Index: first excerpt', bars: CONTENDERS.map((c) => bar(SHORT[c], ms1.indexDirect?.[c], COLORS[c])) },
          { name: 'Article: answers a click', bars: CONTENDERS.map((c) => bar(SHORT[c], ms1.articleDirectAnswer?.[c], COLORS[c])) },
        ],
      });
    }
    charts['first-text.svg'] = barChart({
      title: 'First visit: time until the text is visible (median, p10–p90)',
      subtitle: 'sample blog, desktop, opened directly in a fresh context, brotli; lower is better',
      unit: 'ms',
      groups: [
        { name: 'Article: first paragraph', bars: CONTENDERS.map((c) => bar(SHORT[c], a[c], COLORS[c])) },
        { name: 'Index: first excerpt', bars: CONTENDERS.map((c) => bar(SHORT[c], i[c], COLORS[c])) },
      ],
    });
    const dep = median(a.deploy);
    const st = median(a.static);
    const budgetRatio = (x, y, limit, label) => {
      const p = pairedRatios(x, y);
      if (!p) {
        const [mx, my] = [median(x), median(y)];
        if (mx == null || my == null) return ['not measured', verdict(null)];
        return [`${ms(mx)} vs ${ms(my)} ${label}: ${ratio(mx, my)}`, verdict(mx / my <= limit)];
      }
      const noisy = p.p10 <= limit && limit <= p.p90 ? `; run-by-run p10–p90 ×${p.p10.toFixed(2)}–×${p.p90.toFixed(2)} straddles ×${limit}: within this run's noise` : `; run-by-run p10–p90 ×${p.p10.toFixed(2)}–×${p.p90.toFixed(2)}`;
      return [`${ms(median(x))} vs ${ms(median(y))} ${label}: ×${p.median.toFixed(2)}${noisy}`, verdict(p.median <= limit)];
    };
    budgetRows.push(['First article text from a prerendered page within 1.2× the static-HTML time', ...budgetRatio(a.deploy, a.static, 1.2, 'static')]);
    const spa = median(a.spa);
    const dz = median(a.docsify);
    const depRatio = pairedRatios(a.deploy, a.static);
    if (depRatio && depRatio.median > 1.2) {
      blockers.push(
        `- **Prerendered first article text ${ms(dep)}, ×${depRatio.median.toFixed(2)} the static page's ${ms(st)}** (run by run, p10–p90 ×${depRatio.p10.toFixed(2)}–×${depRatio.p90.toFixed(2)}). ` +
          `The deploy page is the static page plus the app: its shell preloads the JS module and the ${kb(main.transfer?.deploy?.find((f) => f.category === 'wasm')?.raw)} wasm, which download (in at ${ms(tl('deploy', 'wasm'))}) and compile while the page is being laid out and painted; on these 2 shared cores that work competes with the first paint. ` +
          'Loading the app after the first paint (no wasm preload in prerendered pages, start on `load` or when idle) would leave the prerendered page at the static limit.',
      );
    }
    const spaRatio = pairedRatios(a.spa, a.docsify);
    if (spaRatio && spaRatio.median > 1.5) {
      blockers.push(
        `- **SPA first article text ${ms(spa)}, ×${spaRatio.median.toFixed(2)} Docsify's ${ms(dz)}** (run by run, p10–p90 ×${spaRatio.p10.toFixed(2)}–×${spaRatio.p90.toFixed(2)}). ` +
          `The shell preloads \`index.json\` and the post's Markdown (guessed from the permalink), so both are in (at ${ms(tl('spa', 'index'))} and ${ms(tl('spa', 'post'))}) before the app has started (wasm in at ${ms(tl('spa', 'wasm'))}, compiled, instantiated and \`main\` run at ${ms(tl('spa', 'appStarted'))}). ` +
          `The text shows at ${ms(spa)}: the rest is main-thread work in the app, whose longest task is ${ms(tl('spa', 'longestTask'))} (wasm functions compiled on their first call, reading the index, rendering the post, building the page), ${tl('static', 'longestTask') ? `where the static page's longest task is ${ms(tl('static', 'longestTask'))}` : 'where the static page has no task over 50 ms'}. ` +
          `Docsify's script is in at ${ms(tl('docsify', 'js'))}, the post at ${ms(tl('docsify', 'post'))}. What would help: a smaller module (less to compile before and during the first render).`,
      );
    }
    budgetRows.push(["First article text from the SPA path within 1.5× Docsify's time", ...budgetRatio(a.spa, a.docsify, 1.5, 'Docsify')]);

    // ---- 2. navigation ----
    out.push('## 2. In-app navigation');
    out.push('');
    out.push(
      `From the index (loaded, and for the deploy build taken over by the app) a real click on the newest post's title, then on the article's first tag (\`${t.navTag.tag}\`). ` +
        `Milliseconds from the click event to the frame that shows the new page's first paragraph (the article's, then the tag page's first excerpt). ` +
        `For static HTML a click is a full page load: that is the number an app's in-page navigation competes with. Docsify has no tag pages.`,
    );
    out.push('');
    const ni = series.navIndexArticle ?? {};
    const nt = series.navArticleTag ?? {};
    const nrows = [['contender', 'index → article', '× static', '× Docsify', 'article → tag page', '× static']];
    for (const c of CONTENDERS) {
      nrows.push([NAMES[c], timeCell(ni[c], runs), pr(ni[c], ni.static), pr(ni[c], ni.docsify), c === 'docsify' ? 'n/a (no tag pages)' : timeCell(nt[c], runs), c === 'docsify' ? '–' : pr(nt[c], nt.static)]);
    }
    out.push(md(nrows));
    out.push('');
    out.push('![In-app navigation](charts/navigation.svg)');
    out.push('');
    charts['navigation.svg'] = barChart({
      title: 'In-app navigation: click to new text visible (median, p10–p90)',
      subtitle: 'sample blog; static HTML = a full page load; lower is better',
      unit: 'ms',
      groups: [
        { name: 'Index → article', bars: CONTENDERS.map((c) => bar(SHORT[c], ni[c], COLORS[c])) },
        { name: 'Article → tag page', bars: CONTENDERS.filter((c) => c !== 'docsify').map((c) => bar(SHORT[c], nt[c], COLORS[c])) },
      ],
    });

    // ---- 3. transfer ----
    out.push('## 3. Transfer size of a first visit to an article');
    out.push('');
    out.push(
      'Everything the browser fetched opening the long article directly (desktop), until the network was idle. Sizes are computed from the decoded bytes of each response ' +
        '(so they do not depend on what the server sent): raw, gzip -9 and brotli -q 11 (node zlib); the servers send the brotli ones. KB = 1,000 bytes. Category columns are brotli.',
    );
    out.push('');
    const cats = ['wasm', 'JS', 'CSS', 'HTML', 'posts', 'index', 'other'];
    const totals = Object.fromEntries(CONTENDERS.map((c) => [c, transferTotals(main.transfer?.[c] ?? [])]));
    const trows = [['contender', ...cats.map((k) => `${k} (br)`), 'total raw', 'total gzip', 'total brotli', '× static', '× Docsify']];
    for (const c of CONTENDERS) {
      const tt = totals[c];
      trows.push([NAMES[c], ...cats.map((k) => (tt.cats[k] ? kb(tt.cats[k].brotli) : '–')), kb(tt.total.raw), kb(tt.total.gzip), `**${kb(tt.total.brotli)}**`, ratio(tt.total.brotli, totals.static.total.brotli), ratio(tt.total.brotli, totals.docsify.total.brotli)]);
    }
    out.push(md(trows));
    out.push('');
    const codeBr = (c) => (totals[c].cats.wasm?.brotli ?? 0) + (totals[c].cats.JS?.brotli ?? 0);
    out.push(
      `Code (wasm + JS) of a first visit, brotli: carnet SPA ${kb(codeBr('spa'))}, carnet deploy ${kb(codeBr('deploy'))}, Docsify ${kb(codeBr('docsify'))} (${ratio(codeBr('spa'), codeBr('docsify'))}), static HTML ${kb(codeBr('static'))}.`,
    );
    out.push('');
    out.push('<details><summary>Every file, raw / gzip / brotli (bytes)</summary>');
    out.push('');
    for (const c of CONTENDERS) {
      out.push(`**${NAMES[c]}**`);
      out.push('');
      out.push(md([['file', 'kind', 'raw', 'gzip', 'brotli'], ...(main.transfer?.[c] ?? []).map((f) => [`\`${f.path.replace(/-[0-9a-f]{12,}/, '-…')}\``, f.category, num(f.raw), num(f.gzip), num(f.brotli)])]));
      out.push('');
    }
    out.push('</details>');
    out.push('');
    out.push('![Transfer sizes](charts/transfer.svg)');
    out.push('');
    charts['transfer.svg'] = barChart({
      title: 'First visit to an article: bytes transferred, brotli -q 11',
      subtitle: 'by kind of file; lower is better',
      unit: 'KB',
      format: (v) => v.toFixed(0),
      legend: cats.map((k) => ({ name: k, color: COLORS[k] })),
      groups: [{ name: '', bars: CONTENDERS.map((c) => ({ label: SHORT[c], segments: cats.map((k) => ({ name: k, value: (totals[c].cats[k]?.brotli ?? 0) / 1000, color: COLORS[k] })) })) }],
    });
    const code = codeBr('spa');
    budgetRows.push([
      'Compressed wasm + JS for a first visit under 180 KB brotli',
      `${kb(code)} (wasm ${kb(totals.spa.cats.wasm?.brotli)}, JS ${kb(totals.spa.cats.JS?.brotli)})`,
      verdict(code > 0 ? code < 180_000 : null),
    ]);
    const groups = fat?.available ? fatGroups(fat) : null;
    const floor = fat?.floor ? fat.floor.wasm + fat.floor.js : null;
    if (floor) {
      out.push(
        `The stack alone: a throwaway app that links the crates the browser app ships (Leptos with its router and meta, pulldown-cmark as carnet builds it, serde_json, gloo-net) and uses each once (\`bench/floor\`, built the same way in this run) is ${kb(floor)} brotli (wasm ${kb(fat.floor.wasm)}, JS ${kb(fat.floor.js)}); ` +
          `carnet's own code, views and what they instantiate of those crates add ${kb(code - floor)}.`,
      );
      out.push('');
    }
    if (groups) {
      out.push('### Where the wasm bytes go');
      out.push('');
      out.push(
        `twiggy on wasm-bindgen's output before \`wasm-opt -Oz\` (it still has names): ${kb(fat.codeAndDataBytes)} of code and data there, ${kb(totals.spa.cats.wasm?.raw)} after wasm-opt. ` +
          'Functions are counted in the crate that defines them (generic code in the crate of the generic: `core`, `alloc` include the app\'s own iterator and formatting code).',
      );
      out.push('');
      out.push(md([['crates', 'bytes before wasm-opt', 'share'], ...groups.map((g) => [g.name, num(g.bytes), `${((100 * g.bytes) / fat.codeAndDataBytes).toFixed(1)} %`])]));
      out.push('');
      out.push('<details><summary>Largest single items</summary>');
      out.push('');
      out.push(md([['item', 'bytes'], ...fat.top.map((t) => [`\`${t.name.replace(/\|/g, '\\|').slice(0, 110)}\``, num(t.bytes)])]));
      out.push('');
      out.push('</details>');
      out.push('');
    }
    if (code >= 180_000) {
      const over = code - 180_000;
      const parts = groups ? groups.slice(0, 4).map((g) => `${g.name} ${((100 * g.bytes) / fat.codeAndDataBytes).toFixed(0)} %`).join(', ') : 'run with twiggy installed for a breakdown';
      blockers.push(
        `- **wasm + JS ${kb(code)} brotli, ${kb(over)} over the 180 KB budget** (${((100 * over) / code).toFixed(0)} % to cut). ${floor ? `The crates alone, used once each, are ${kb(floor)} of it (\`bench/floor\`); carnet adds ${kb(code - floor)}. ` : ''}Before wasm-opt the module splits as: ${parts}. ` +
          'Already cut: the indexer (YAML front matter, dates, permalinks, listing parsers) is a Web Worker loaded only by blogs without an index; pulldown-cmark\'s entity table is left out (the browser expands entities); components are type-erased; pages are HTML strings shared with the prerendered pages. ' +
          'What is left is mostly the floor of this stack: Leptos (reactive graph, tachys views, router, meta), pulldown-cmark and serde_json, plus `core`/`alloc` formatting and the monomorphised iterator and collection code of every crate. Next cuts: head tags set directly instead of through leptos_meta, the search page as a lazily loaded module, a hand-written reader for the index in place of the serde-derived one. See "Where the wasm bytes go" below.',
      );
    }
  }

  // ---- 4. scale ----
  const scale = browser?.scale ?? {};
  const sizes = Object.keys(scale).map(Number).sort((x, y) => x - y);
  if (sizes.length) {
    out.push('## 4. Scale: generated blogs');
    out.push('');
    out.push(
      'Blogs generated by `bench/lib/generate.mjs` (deterministic): 300–1,500 words a post, 60 % French and 40 % English, 3 tags out of 50, one category out of 8, ' +
        'headings, lists, links, emphasis and some code; the excerpt is the first paragraph (25–80 words), as in Jekyll. `carnet index` writes the post index; ' +
        '`carnet build` the deploy folder (10 posts a page).',
    );
    out.push('');
    const irows = [['posts', 'index.json raw', 'gzip', 'brotli', 'bytes a post (raw)', 'of which excerpt HTML', 'the SPA loads it?']];
    for (const n of sizes) {
      const j = scale[n].indexJson;
      const spaIndex = scale[n].series.indexDirect?.spa;
      const loads = median(spaIndex) != null ? 'yes' : `**no**: ${(spaIndex?.errors?.[0] ?? 'not measured').slice(0, 100)}`;
      irows.push([num(n), mb(j.raw), mb(j.gzip), mb(j.brotli), num(Math.round(j.raw / n)), scale[n].excerptShare ? `${Math.round(100 * scale[n].excerptShare)} %` : '–', loads]);
    }
    out.push(md(irows));
    out.push('');
    out.push('### First index page visible (opened directly) and a tag page by in-app navigation');
    out.push('');
    out.push(
      'Index: navigation start to the frame showing the newest post\'s excerpt. Tag page: from the index, a click on the first post\'s first tag, to the frame showing that tag page\'s first excerpt ' +
        '(a tag holds about 6 % of the posts; tag pages are paginated like the index, `paginate` posts a page). Static HTML: the click is a full page load.',
    );
    out.push('');
    const srows = [['posts', 'contender', 'first index page', '× static', '× Docsify', 'answers a click', '× static', '× Docsify', 'bytes by then', 'tag page (in-app)', '× static']];
    for (const n of sizes) {
      const s = scale[n].series;
      const a = s.indexDirectAnswer ?? {};
      for (const c of CONTENDERS) {
        srows.push([
          num(n), NAMES[c], timeCell(s.indexDirect?.[c], runs), pr(s.indexDirect?.[c], s.indexDirect?.static), pr(s.indexDirect?.[c], s.indexDirect?.docsify),
          timeCell(a[c], runs), pr(a[c], a.static), pr(a[c], a.docsify), kbCell(bytesMedian(a[c])),
          c === 'docsify' ? 'n/a' : timeCell(s.navTag?.[c], runs), c === 'docsify' ? '–' : pr(s.navTag?.[c], s.navTag?.static),
        ]);
      }
    }
    out.push(`**Desktop** (${runs} runs; ${PROFILE_TEXT.desktop}); "answers a click" and "bytes by then" as in section 1:`);
    out.push('');
    out.push(md(srows));
    out.push('');
    if (sizes.some((n) => scale[n].mobile)) {
      const mrowsT = [['posts', 'contender', 'first index page', '× static', '× Docsify', '× its 100-post time', 'answers a click', '× static', '× Docsify', 'bytes by then', 'deploy: taken over']];
      const smallest = sizes[0];
      for (const n of sizes) {
        const s = scale[n].mobile?.series ?? {};
        const a = s.indexDirectAnswer ?? {};
        for (const c of CONTENDERS) {
          mrowsT.push([
            num(n), NAMES[c], timeCell(s.indexDirect?.[c], runs), pr(s.indexDirect?.[c], s.indexDirect?.static), pr(s.indexDirect?.[c], s.indexDirect?.docsify),
            ratio(median(s.indexDirect?.[c]), median(scale[smallest].mobile?.series?.indexDirect?.[c])),
            timeCell(a[c], runs), pr(a[c], a.static), pr(a[c], a.docsify), kbCell(bytesMedian(a[c])),
            c === 'deploy' ? ms(summary(a.deploy?.takeOver)?.median) : '–',
          ]);
        }
      }
      const mr = scale[sizes[0]].mobile?.runs;
      out.push(`**Mobile** (${mr ?? '?'} run${mr === 1 ? '' : 's'} a blog, interleaved with the desktop ones; ${PROFILE_TEXT.mobile}); "× its ${num(smallest)}-post time" is the median against the same contender's median on the ${num(smallest)}-post blog:`);
      out.push('');
      out.push(md(mrowsT));
      out.push('');
      out.push('![Scale on mobile: first index page](charts/scale-index-mobile.svg)');
      out.push('');
      charts['scale-index-mobile.svg'] = barChart({
        title: 'Scale on mobile: first index page visible (median, p10–p90)',
        subtitle: "Lighthouse's mobile throttling (150 ms, 1.6 Mbit/s, CPU ×4), brotli; lower is better",
        unit: 'ms',
        groups: sizes.map((n) => ({ name: `${num(n)} posts`, bars: CONTENDERS.map((c) => bar(SHORT[c], scale[n].mobile?.series?.indexDirect?.[c], COLORS[c])) })),
      });
    }
    out.push(`Tag pages opened: ${sizes.map((n) => `\`${scale[n].tag}\` with ${num(scale[n].postsWithTag)} posts (${num(n)}-post blog)`).join(', ')}.`);
    out.push('');
    out.push('![Scale: first index page](charts/scale-index.svg)');
    out.push('');
    out.push('![Scale: tag page](charts/scale-tag.svg)');
    out.push('');
    charts['scale-index.svg'] = barChart({
      title: 'Scale: first index page visible (median, p10–p90)',
      subtitle: 'desktop, opened directly in a fresh context, brotli; lower is better',
      unit: 'ms',
      groups: sizes.map((n) => ({ name: `${num(n)} posts`, bars: CONTENDERS.map((c) => bar(SHORT[c], scale[n].series.indexDirect?.[c], COLORS[c])) })),
    });
    charts['scale-tag.svg'] = barChart({
      title: 'Scale: index → tag page by a click (median, p10–p90)',
      subtitle: 'in-app navigation; static HTML = full page load; lower is better',
      unit: 'ms',
      groups: sizes.map((n) => ({
        name: `${num(n)} posts (${num(scale[n].postsWithTag)} on the tag page)`,
        bars: ['spa', 'deploy', 'static'].map((c) =>
          !scale[n].series.navTag?.[c] && !median(scale[n].series.indexDirect?.[c]) ? { label: SHORT[c], value: null, text: 'not reached: the index did not load' } : bar(SHORT[c], scale[n].series.navTag?.[c], COLORS[c]),
        ),
      })),
    });

    out.push('### Memory after load');
    out.push('');
    out.push(
      'After the first index page is shown (and, for the deploy build, taken over), plus 300 ms: a forced garbage collection (DevTools protocol `HeapProfiler.collectGarbage`), ' +
        'then the JS heap in use (`performance.memory.usedJSHeapSize`, exact with `--enable-precise-memory-info`) and the wasm linear memory ' +
        '(`memory.buffer.byteLength` of the module\'s exports, which Trunk\'s start script passes in its `TrunkApplicationStarted` event). Medians over the runs. ' +
        'Wasm memory only grows: it is the peak the app needed so far.',
    );
    out.push('');
    const mrows = [['posts', 'contender', 'JS heap', 'wasm memory', 'total', '× static', '× Docsify']];
    const memTotal = (list) => summary(list?.map((x) => (x.jsHeap ?? 0) + (x.wasm ?? 0)))?.median ?? null;
    for (const n of sizes) {
      const mm = scale[n].memory;
      for (const c of CONTENDERS) {
        const list = mm[c];
        if (!list?.length) {
          mrows.push([num(n), NAMES[c], 'not measured (page failed)', '–', '–', '–', '–']);
          continue;
        }
        const js = summary(list.map((x) => x.jsHeap)).median;
        const wasm = list[0].wasm == null ? null : summary(list.map((x) => x.wasm)).median;
        mrows.push([num(n), NAMES[c], mb(js), wasm == null ? '–' : mb(wasm), mb(memTotal(list)), ratio(memTotal(list), memTotal(mm.static)), ratio(memTotal(list), memTotal(mm.docsify))]);
      }
    }
    out.push(md(mrows));
    out.push('');
    out.push('![Scale: memory](charts/scale-memory.svg)');
    out.push('');
    charts['scale-memory.svg'] = barChart({
      title: 'Scale: JS heap + wasm memory after the first index page',
      subtitle: 'after a forced GC; lower is better',
      unit: 'MB',
      format: (v) => v.toFixed(1),
      legend: [
        { name: 'JS heap', color: COLORS.jsHeap },
        { name: 'wasm memory', color: COLORS.wasmMemory },
      ],
      groups: sizes.map((n) => ({
        name: `${num(n)} posts`,
        bars: CONTENDERS.map((c) => {
          const list = scale[n].memory[c];
          if (!list?.length) return { label: SHORT[c], value: null, text: 'failed' };
          return {
            label: SHORT[c],
            segments: [
              { name: 'JS heap', value: summary(list.map((x) => x.jsHeap)).median / 1e6, color: COLORS.jsHeap },
              { name: 'wasm memory', value: (summary(list.map((x) => x.wasm ?? 0)).median ?? 0) / 1e6, color: COLORS.wasmMemory },
            ],
          };
        }),
      })),
    });

    const big = Math.max(...sizes);
    const bs = scale[big].series;
    for (const c of ['spa', 'deploy']) {
      const v = median(bs.indexDirect?.[c]);
      budgetRows.push([
        `${num(big)}-post blog: first index page visible in under 1 s (${SHORT[c]})`,
        v == null ? `failed: ${bs.indexDirect?.[c]?.errors?.[0] ?? 'no run'}` : `${ms(v)} (${pr(bs.indexDirect?.[c], bs.indexDirect?.static)} static, ${pr(bs.indexDirect?.[c], bs.indexDirect?.docsify)} Docsify)`,
        verdict(v == null ? false : v < 1000),
      ]);
    }
    for (const c of ['spa', 'deploy']) {
      const v = median(bs.navTag?.[c]);
      budgetRows.push([
        `${num(big)}-post blog: tag page switch under 50 ms (${SHORT[c]})`,
        v == null ? (bs.navTag?.[c]?.errors?.[0] ? `failed: ${bs.navTag[c].errors[0]}` : 'not reached: the index never showed') : `${ms(v)} for ${num(scale[big].postsWithTag)} posts (static full load ${ms(median(bs.navTag?.static))})`,
        verdict(v == null ? false : v < 50),
      ]);
    }
    const bigJson = scale[big].indexJson.raw;
    const spaError = bs.indexDirect?.spa?.errors?.[0];
    const deployError = bs.navTag?.deploy?.errors?.[0]?.replace(/^the app failed: /, '');
    if (median(bs.indexDirect?.spa) == null && spaError) {
      const tooBig = /larger than/.test(spaError) || bigJson > 5 * 1024 * 1024;
      blockers.push(
        `- **${num(big)} posts: the app cannot load its post index.** ` +
          (tooBig
            ? `\`posts/index.json\` is ${mb(bigJson)} (${num(Math.round(bigJson / big))} bytes a post${scale[big].excerptShare ? `, ${Math.round(100 * scale[big].excerptShare)} % of it excerpt HTML` : ''}), over the app's 5 MiB body limit (\`src/http.rs\`). `
            : '') +
          `Opened directly, the SPA shows "${spaError.replace(/^not visible after \d+ s; the page shows: /, '').replace(/"/g, '')}" instead of the index. ` +
          (deployError ? `The deploy build shows its prerendered index at once (${ms(median(bs.indexDirect?.deploy))}), but the app then fails ("${deployError.replace(/"/g, '')}") and replaces it with that error, so in-app navigation never starts. ` : '') +
          (tooBig ? `Fixes: split the index (the first pages' entries first, the rest later or per page), leave \`excerpt_html\` out of the entries beyond the first pages, or allow \`index.json\` more (it is ${mb(scale[big].indexJson.brotli)} brotli on the wire).` : ''),
      );
    }
    // What a tag page of the largest blog would cost, from the sizes that worked: time ≈ a + b × cards.
    const points = sizes
      .map((n) => ({ cards: scale[n].postsWithTag, t: median(scale[n].series.navTag?.spa) }))
      .filter((p) => p.t != null);
    if (median(bs.navTag?.spa) == null && points.length >= 2) {
      const [p0, p1] = [points[0], points[points.length - 1]];
      const perCard = (p1.t - p0.t) / (p1.cards - p0.cards);
      const estimate = p0.t + perCard * (scale[big].postsWithTag - p0.cards);
      if (perCard > 0) {
        blockers.push(
          `- **${num(big)} posts, tag page: not measurable while the index does not load.** The tag pages that did load grow with their number of cards (${points.map((p) => `${ms(p.t)} for ${num(p.cards)}`).join(', ')}: about ${perCard.toFixed(2)} ms a card), which puts the ${num(scale[big].postsWithTag)}-card tag page of this blog near ${ms(estimate)}, over the 50 ms budget: every card of a tag page is rendered at once (no pagination or windowing of tag pages).`,
        );
      }
    }
    for (const c of ['spa', 'deploy']) {
      const v = median(bs.navTag?.[c]);
      if (v != null && v >= 50) {
        blockers.push(`- **${num(big)} posts, tag page ${ms(v)} (${SHORT[c]})**: its first page shows ${num(scale[big].postsWithTag)} posts' count and one page of cards; the time is the app's route change and the page's layout.`);
        break;
      }
    }
    if (big < 10000) budgetRows.push(['(the 10,000-post budgets need the full run)', 'smoke run: ' + sizes.join(', ') + ' posts only', '–']);
  }

  // ---- 5. Markdown ----
  const mdb = browser?.markdown;
  if (mdb) {
    out.push('## 5. Markdown rendering in the browser');
    out.push('');
    out.push(
      `The body of \`${mdb.post}\` repeated ${mdb.copies} times (${mb(mdb.inputBytes)} of UTF-8 Markdown), rendered to HTML in the same page (the carnet SPA) by each renderer: ` +
        `two warm-up calls, then ${runs} timed calls each, alternating, each after a forced garbage collection (\`gc()\`, \`--js-flags=--expose-gc\`). MB/s = input bytes / median time. marked ${mdb.markedVersion} is also the renderer Docsify ${docsifyVersion} bundles. ` +
        'The wasm side goes through wasm-bindgen (the string is copied into wasm memory and the HTML copied back), as the app does.',
    );
    out.push('');
    const rrows = [['renderer', 'median for the whole input', 'p10–p90', 'MB/s', '× marked', 'HTML out']];
    const markedMed = summary(mdb.renderers.marked?.times)?.median;
    for (const [name, r] of Object.entries(mdb.renderers)) {
      if (!r.available) {
        const fn = name === 'marked' ? 'marked' : name.startsWith('carnet') ? '`render_markdown_html`' : '`render_commonmark_html` (optional)';
        rrows.push([name, `not available: the app exports no ${fn}`, '–', '–', '–', '–']);
        continue;
      }
      const s = summary(r.times);
      rrows.push([name, ms(s.median), `${s.p10.toFixed(1)}–${s.p90.toFixed(1)} ms`, (mdb.inputBytes / 1e6 / (s.median / 1000)).toFixed(1), markedMed ? `×${(markedMed / s.median).toFixed(2)} speed` : '–', num(r.outputLength)]);
    }
    out.push(md(rrows));
    out.push('');
    const wasm = mdb.renderers['carnet (pulldown-cmark, wasm)'];
    if (!wasm?.available) {
      out.push(
        '_pulldown-cmark in wasm: not available in this build._ The harness calls `window.wasmBindings.render_markdown_html(markdown)` (carnet\'s own renderer: ' +
          '`render::render_markdown` with default options) and, if present, `render_commonmark_html(markdown)` (bare pulldown-cmark `push_html` with the same options); ' +
          'Trunk exposes the module\'s `#[wasm_bindgen]` exports as `window.wasmBindings`.',
      );
      out.push('');
    }
    charts['markdown.svg'] = barChart({
      title: 'Markdown to HTML in the browser: throughput',
      subtitle: `${mb(mdb.inputBytes)} of Markdown, same page; higher is better`,
      unit: 'MB/s',
      format: (v) => v.toFixed(1),
      groups: [
        {
          name: '',
          bars: Object.entries(mdb.renderers).map(([name, r]) => {
            const label = { marked: 'marked (JS)', 'carnet (pulldown-cmark, wasm)': 'carnet (wasm)', 'pulldown-cmark alone (wasm)': 'pulldown-cmark (wasm)' }[name] ?? name;
            if (!r.available) return { label, value: null, text: 'not available in this build' };
            const t = summary(r.times);
            const rate = (x) => mdb.inputBytes / 1e6 / (x / 1000);
            return { label, value: rate(t.median), lo: rate(t.p90), hi: rate(t.p10), color: name === 'marked' ? COLORS.marked : COLORS.carnet };
          }),
        },
      ],
    });
    out.push('![Markdown throughput](charts/markdown.svg)');
    out.push('');
    const wasmMed = summary(wasm?.times)?.median;
    budgetRows.push([
      'pulldown-cmark in wasm at least as fast as marked on the same post',
      wasmMed && markedMed ? `${(mdb.inputBytes / 1e6 / (wasmMed / 1000)).toFixed(1)} MB/s vs ${(mdb.inputBytes / 1e6 / (markedMed / 1000)).toFixed(1)} MB/s (×${(markedMed / wasmMed).toFixed(2)})` : 'not measured: the app exports no render function yet',
      verdict(wasmMed && markedMed ? wasmMed <= markedMed : null),
    ]);
    if (!wasmMed) blockers.push('- **pulldown-cmark vs marked: not measured.** The app exports no render function; add `#[wasm_bindgen] pub fn render_markdown_html(markdown: &str) -> String` (see section 5) and the next run measures it.');
    else if (wasmMed > markedMed) blockers.push(`- **pulldown-cmark in wasm is slower than marked** (×${(markedMed / wasmMed).toFixed(2)} its speed): the time includes copying the text into wasm memory and the HTML back out.`);
  }

  // ---- 6. native ----
  if (native) {
    out.push('## 6. Native core');
    out.push('');
    out.push(
      `On the ${num(native.posts)}-post blog (${mb(native.markdownBytes)} of Markdown), release build, ${native.index.tool}` +
        `${native.index.tool === 'hyperfine' ? ' (one warm-up run, then ' + native.index.times.length + ' runs)' : ''}. ` +
        '`carnet index` reads and parses every post and renders the excerpts; `carnet dump` parses and renders every post in full and prints it all as JSON, so its rate is parse + render throughput over the same posts. ' +
        'Peers: none here (Docsify and marked have no build step), so no ratio.',
    );
    out.push('');
    const nrows = [['command', 'median', 'min–max', 'posts a second', 'MB of Markdown a second']];
    for (const [name, r] of [['`carnet index`', native.index], ['`carnet dump` (parse + render all)', native.dump]]) {
      nrows.push([name, `${(r.median * 1000).toFixed(0)} ms`, `${(r.min * 1000).toFixed(0)}–${(r.max * 1000).toFixed(0)} ms`, num(Math.round(native.posts / r.median)), (native.markdownBytes / 1e6 / r.median).toFixed(1)]);
    }
    out.push(md(nrows));
    out.push('');
    if (native.criterion?.length) {
      out.push('`cargo bench -p carnet-core --bench core` (criterion, `crates/carnet-core/benches/core.rs`; generated posts of its own, smaller than the ones above):');
      out.push('');
      const seedBytes = native.seedPostBytes;
      out.push(
        md([
          ['benchmark', 'mean', '95 % interval', 'MB/s'],
          ...native.criterion.map((c) => [c.id, fmtNs(c.meanNs), `${fmtNs(c.lowNs)}–${fmtNs(c.highNs)}`, /^seed post/.test(c.id) && seedBytes ? (seedBytes / 1e6 / (c.meanNs / 1e9)).toFixed(1) : '–']),
        ]),
      );
      out.push('');
    } else {
      out.push('`cargo bench -p carnet-core --bench core`: not run in this mode (the full run runs it).');
      out.push('');
    }
  }

  // ---- 5b. Liquid ----
  const lq = browser?.liquid;
  if (lq) {
    out.push('## 5b. Liquid in the browser');
    out.push('');
    out.push(
      `\`${lq.post}\` (${num(lq.words)} words, Liquid in every paragraph: outputs with filters, loops over \`site.posts\`, \`highlight\`, \`capture\`, \`case\`) rendered by the indexer worker as the app asks it (a request posted, the HTML back; the sample blog's index as \`site\`): ` +
        `the worker started in ${ms(lq.start)} (fetch and compile of its module, cold), the first request took ${ms(lq.first.ms)}, then ${runs} timed requests.`,
    );
    out.push('');
    const s = summary(lq.times);
    out.push(md([['measure', 'median', 'p10–p90'], ['Liquid + Markdown, through the worker', ms(s.median), `${s.p10.toFixed(1)}–${s.p90.toFixed(1)} ms`]]));
    out.push('');
    const total = lq.bytes.reduce((a, f) => a + f.brotli, 0);
    out.push(`What a visit to a post with Liquid adds (only such posts load the worker): ${lq.bytes.map((f) => `${f.file} ${num(f.brotli)} B`).join(', ')}; ${num(total)} bytes brotli in all, plus the post's includes.`);
    out.push('');
    budgetRows.push(['Liquid + render of a 3,000-word Liquid-heavy post in the browser ≤ 5 ms', `${ms(s.median)} (median, through the worker)`, verdict(s.median <= 5)]);
  }

  // ---- 5c. code highlighting ----
  if (browser?.code) out.push(...codeSection(browser.code));

  // ---- goals of issue 15 (the phone), beside the run before the work on them ----
  const goalRows = issue15Goals(browser);
  const before = readJson(path.join(BENCH, 'before-issue-15.json'));
  const beforeRows = before ? issue15Goals(before.browser) : [];
  const beforeOf = (row) => beforeRows.find((r) => r[1] === row[1]);
  const goalSection = goalRows.length
    ? [
        '## Goals of issue 15: the phone',
        '',
        "Where carnet stands on the goals of issue 15, measured in this run" + (before ? `, beside the run before the work on them (${before.meta?.date ?? "an earlier run"}, the same machine; its numbers are kept in \`bench/before-issue-15.json\`)` : '') + ": goal 1 is this measurement itself (every first visit also on Lighthouse's mobile profile, compressed like a real host, sections 1 and 4). Ratios are medians of run-by-run ratios between contenders measured back to back; goal 4 compares two blogs measured one after the other, so it is a ratio of medians. Benchmarks, not tests: a goal that does not hold fails nothing.",
        '',
        before
          ? md([['goal', 'target', 'before, on mobile', 'now, on mobile', 'holds now?', 'desktop now'], ...goalRows.map((r) => [r[0], r[1], beforeOf(r)?.[2] ?? 'not measured', r[2], r[3], r[4]])])
          : md([['goal', 'target', 'measured on mobile', 'holds?', 'desktop, for comparison'], ...goalRows]),
        '',
      ]
    : [];

  // ---- budgets ----
  const budgetSection = [...goalSection, '## Budgets of issue 7', '', md([['budget', 'measured', 'holds?'], ...budgetRows]), ''];
  if (blockers.length) budgetSection.push('What stands in the way of the budgets that do not hold:', '', ...blockers, '');
  if (meta?.notes?.length) budgetSection.push(...meta.notes, '');
  out.splice(out.indexOf('## 1. First visit: time until the text is visible') >= 0 ? out.indexOf('## 1. First visit: time until the text is visible') : out.length, 0, ...budgetSection);

  // ---- method ----
  out.push('## Method and caveats');
  out.push('');
  out.push(
    [
      '- **What a time means.** A script injected at document start in every page (`bench/lib/probe.js`, the same for every contender) watches the DOM (MutationObserver plus a check each animation frame) for the first `p` whose text contains six words taken from the expected paragraph (letters only, so smart quotes and links do not matter) and that is rendered (`checkVisibility`, non-empty box). The time is the start of the next animation frame: the frame that paints it (frames wait for render-blocking CSS). Pixels reach the screen a little later; Chromium\'s FCP, shown beside, is a presentation time and so runs some tens of ms behind on this software-rendered headless browser.',
      '- **Navigations** are real clicks (Playwright), timed in the page from the click event (`performance.timeOrigin + performance.now()`, so a full page load of the static site is timed the same way across documents); elements that were on the page before the click do not count.',
      '- **Cold cache**: each run is a new browser context (empty HTTP cache, storage, no compiled-wasm cache); the browser process is shared. Runs interleave the contenders (the order rotates each run), so drift hits them alike.',
      '- **Loopback; desktop unthrottled, mobile throttled**: desktop times measure the CPU work of getting text on screen (parse, compile, fetch from localhost, decompress, render), not a network. The mobile profile adds Lighthouse\'s numbers through the DevTools protocol: every request pays 150 ms of latency, bodies arrive at 1.6 Mbit/s, and the main thread (and the compiler) runs at a quarter of the speed. DevTools throttling is applied per request in the browser, not a real radio: it does not model TCP slow start or packet loss, so a real phone on slow 4G is, if anything, slower on the large files.',
      '- **Answers a click** is when the handlers that route a click are in place (and, for the deploy build, the app has taken over), not a measured click: a click landing during a long main-thread task still waits for the task to end (see the longest-task column of section 1). Section 2 measures real clicks once the page has settled.',
      '- **Compression**: the servers compress once per file content (cached on disk by hash in `target/bench/compressed/`), and one untimed visit per page before the timed runs fills that cache, so no timed request waits for a compressor.',
      '- **Noise**: this is a shared 2-core VM (see the load average above); the p10–p90 spread shows how much. Compare ratios within this run rather than absolute numbers across runs.',
      '- **Memory** is measured once per run after load; wasm memory is linear memory size (it never shrinks), JS heap is after a forced GC.',
      '- **Docsify** renders its home page, the sidebar and the article itself; it shows the front matter nowhere (its front-matter plugin strips it) and has no tag pages or pagination. Its `README.md` lists the same newest posts with the same excerpts as carnet\'s first index page.',
      '- **Scale** blogs only vary the number of posts; each tag page lists all its posts (about 6 % of the blog), as carnet\'s tag pages do.',
    ].join('\n'),
  );
  out.push('');
  out.push('Raw numbers: [`results.json`](results.json). Harness: `bench/run.sh` (entry), `bench/lib/*.mjs`.');
  out.push('');
  return { markdown: out.join('\n'), charts, machine: m, budgets: budgetRows.map(([budget, measured, holds]) => ({ budget, measured, holds })) };
}

/** twiggy's crates gathered into the families that matter for the budget. */
function fatGroups(fat) {
  const family = {
    'Leptos (leptos, leptos_router, leptos_meta, reactive_graph, tachys, either_of, …)': ['leptos', 'leptos_router', 'leptos_meta', 'reactive_graph', 'tachys', 'either_of', 'leptos_dom', 'leptos_macro', 'throw_error', 'any_spawner', 'or_poisoned', 'guardian', 'send_wrapper', 'slotmap', 'oco_ref'],
    'Rust std (core, alloc, std, hashbrown, dlmalloc)': ['core', 'alloc', 'std', 'hashbrown', 'dlmalloc', '__rustc', 'compiler_builtins'],
    'data segments (strings, tables)': ['(data segments: strings, tables)'],
    'carnet (the app and its core)': ['carnet'],
    'YAML front matter (serde_yaml_ng, unsafe_libyaml)': ['serde_yaml_ng', 'unsafe_libyaml'],
    'pulldown_cmark (+ unicase)': ['pulldown_cmark', 'unicase', 'pulldown_cmark_escape'],
    'serde, serde_json': ['serde', 'serde_core', 'serde_json'],
    'wasm-bindgen, js-sys, web-sys, gloo': ['wasm_bindgen', 'js_sys', 'web_sys', 'js', 'wasm_bindgen_futures', 'gloo_net', 'gloo_utils', '__wbindgen_placeholder__'],
    'futures, async': ['futures_util', 'futures_channel', 'futures_core', 'futures_executor', 'async_lock', 'event_listener', 'pin_project_lite'],
  };
  const owner = {};
  for (const [name, list] of Object.entries(family)) for (const c of list) owner[c] = name;
  const sums = {};
  for (const c of fat.crates) {
    const name = owner[c.name] ?? 'other crates and unnamed glue';
    sums[name] = (sums[name] ?? 0) + c.bytes;
  }
  return Object.entries(sums)
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}

// ---------- 5c. code highlighting (issue 13) ----------

/** median (p10–p90) of a list of ms, or why there is none (`missing`: what a run without a value means) */
function msCell(values, total, missing = 'failed') {
  const v = values.filter((x) => x != null);
  const s = summary(v);
  if (!s) return total ? `${missing} (${total}/${total})` : '–';
  const failed = total - v.length;
  return `${ms(s.median)} (${s.p10.toFixed(0)}–${s.p90.toFixed(0)}${failed ? `, ${failed} of ${total} ${missing}` : ''})`;
}
const medianOf = (values) => summary(values.filter((x) => x != null))?.median ?? null;
const HIGHLIGHT_PATH = /^\/(highlight\.js$|highlight\/|rouge\/)/;

function codeSection(code) {
  const out = [];
  const N = code.runs;
  const names = { spa: 'carnet SPA', deploy: 'carnet deploy' };
  const langs = code.codeLanguages?.length ? code.codeLanguages.join(', ') : '?';
  const load = (l) => l?.map((v) => v.toFixed(2)).join(' ') ?? '?';
  const mobile = code.mobile;
  out.push('## 5c. Code highlighting');
  out.push('');
  out.push(
    `\`posts/${code.post}\` (fenced code in ${langs}; \`${code.postUrl}\`) against the seed post \`posts/${code.seed}\` (no code; \`${code.seedUrl}\`), each opened directly in a fresh context. ` +
      'The bench server sends every file brotli-compressed (quality 11, cached per file) when the request accepts `br`, as Chromium\'s does: so "on the wire" below is what a host serving precompressed files sends; "brotli" is node zlib quality 11 of the decoded bytes, as in section 3. ' +
      `Measured by \`node bench/lib/measure.mjs --only code\` on ${code.date.slice(0, 16).replace('T', ' ')} UTC (${code.cpu ? `${code.cpu}, ${code.cores} cores, ` : ''}Chromium ${code.chromium}; load average ${load(code.loadBefore)} before, ${load(code.loadAfter)} after; ${Math.round(code.seconds)} s), which may be a later run than the rest of this report.`,
  );
  out.push('');

  // 1. bytes
  out.push('### What a post with code adds to a visit');
  out.push('');
  out.push(
    'Every request of the direct visit to the post with code (the browser\'s request log: Playwright `request` and `requestfinished` events, after the page was coloured, the deploy page taken over and the network idle for 500 ms plus 1 s), ' +
      'minus the files the visit to the seed post requested; the page itself and the post\'s Markdown are compared by role (they are different files for different posts). Desktop, unthrottled.',
  );
  out.push('');
  const rows = [['contender', 'files added', 'raw', 'brotli', 'on the wire (brotli)']];
  for (const c of ['spa', 'deploy']) {
    const e = code.extra?.[c];
    if (!e) continue;
    rows.push([names[c], num(e.count), num(e.raw), `**${num(e.brotli)}**`, num(e.wire)]);
  }
  out.push(md(rows));
  out.push('');
  const keys = [...new Set(['spa', 'deploy'].flatMap((c) => (code.extra?.[c]?.files ?? []).map((f) => f.key)))];
  const at = (c, key) => {
    const f = code.extra?.[c]?.files.find((x) => x.key === key);
    return f ? (f.start == null ? 'yes' : `${f.start}–${f.end} ms`) : 'not requested';
  };
  const any = (key) => ['spa', 'deploy'].map((c) => code.extra?.[c]?.files.find((x) => x.key === key)).find(Boolean);
  out.push(md([['file', 'raw', 'brotli', 'SPA: requested–in', 'deploy: requested–in'], ...keys.map((k) => [`\`${k}\``, num(any(k).raw), num(any(k).brotli), at('spa', k), at('deploy', k)])]));
  out.push('');
  const own = [];
  for (const c of ['spa', 'deploy']) {
    for (const o of code.extra?.[c]?.own ?? []) {
      if (!o.withCode || !o.without) continue;
      const what = o.key === '(the page)' ? (c === 'spa' ? 'page (the app shell, the same file)' : 'prerendered page') : 'Markdown';
      own.push(`${names[c]} ${what} ${num(o.withCode.brotli)} B brotli against ${num(o.without.brotli)} B`);
    }
  }
  if (own.length) out.push(`Not counted above, the posts themselves: ${own.join('; ')}.`);
  const twice = ['spa', 'deploy'].flatMap((c) => (code.extra?.[c]?.twice ?? []).map((t) => `${names[c]}: \`${t.key}\` ×${t.times}`));
  const only = ['spa', 'deploy'].flatMap((c) => (code.extra?.[c]?.onlyWithout ?? []).map((k) => `${names[c]}: \`${k}\``));
  out.push(
    (twice.length ? `Requested more than once in the visit: ${twice.join(', ')}. ` : 'No file was requested twice in either visit. ') +
      (only.length ? `Requested by the seed post's visit and not by the code post's: ${only.join(', ')}.` : 'The seed post\'s visit requested nothing the code post\'s visit did not.'),
  );
  out.push('');
  const spaAdd = code.extra?.spa;
  const depAdd = code.extra?.deploy;
  const depLog = code.requests?.deploy?.code?.files ?? [];
  const depHighlight = depLog.filter((f) => f.highlight);
  out.push(
    `So a post with code costs its reader ${num(spaAdd?.brotli)} bytes brotli more on the SPA path (${num(spaAdd?.count)} files: the highlighter, highlight.js's core, one grammar and one rule file per language)` +
      (depAdd ? `, and ${num(depAdd.brotli)} on the deploy path` : '') +
      (depHighlight.length ? `, where the page is already coloured by \`carnet build\` and the app keeps those colours when it takes over: there the ${num(depHighlight.length)} files are fetched by the app's preload (from the index's \`code_languages\`) and are not needed for this page, only for code the app renders itself later (another post opened in the app).` : '.'),
  );
  out.push('');

  // 2. times
  out.push('### Time until the code is coloured');
  out.push('');
  out.push(
    `The post with code opened directly, ${N} runs a profile and contender (fresh context each; SPA and deploy alternate). Milliseconds from navigation start to the animation frame after the element is in the document and visible (\`bench/lib/probe.js\`): ` +
      'the article title (`main article.post h1`), the first code block (`pre.highlight > code`, coloured or not), the first coloured token (`#app main span.k` in the SPA; `main .post-content span.k` of the prerendered page for the deploy build, and `#app main span.k` once the app has taken over). ' +
      'FCP is Chromium\'s First Contentful Paint. "Highlighter requested" and "last highlight file in" come from Resource Timing (`highlight.js` request start, the last `highlight/` or `rouge/` file\'s `responseEnd`). Median (p10–p90). ' +
      `**desktop**: no throttling, loopback. **mobile**: Lighthouse's mobile throttling through the DevTools protocol: \`Network.emulateNetworkConditions\` (latency ${mobile.latency} ms, ${((mobile.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down, ${((mobile.uploadThroughput * 8) / 1024).toFixed(0)} kbit/s up) and \`Emulation.setCPUThrottlingRate\` ×${mobile.cpuRate}; same 1280×900 viewport.`,
  );
  out.push('');
  const trows = [['profile', 'contender', 'FCP', 'article title', 'first code block', 'code coloured', 'code plain after the title', 'block shown plain for', "app's page coloured", 'highlighter requested', 'last highlight file in']];
  const facts = {};
  for (const profile of ['desktop', 'mobile']) {
    for (const c of ['spa', 'deploy']) {
      const list = code.times?.[profile]?.[c] ?? [];
      if (!list.length) continue;
      const n = list.length;
      const get = (id) => list.map((r) => r.ms?.[id] ?? null);
      const gap = list.map((r) => (r.ms?.code != null && r.ms?.text != null ? Math.max(0, r.ms.code - r.ms.text) : null));
      const hl = list.map((r) => r.resources?.find((x) => x.path === '/highlight.js')?.start ?? null);
      const lastIn = list.map((r) => {
        const files = (r.resources ?? []).filter((x) => HIGHLIGHT_PATH.test(x.path) && x.path !== '/highlight.js');
        return files.length ? Math.max(...files.map((x) => x.end)) : null;
      });
      // Coloured the frame the first block showed (the two probes report within a frame of each other).
      const onArrival = list.filter((r) => r.ms?.code != null && r.ms?.block != null && r.ms.code - r.ms.block < 8).length;
      const plain = list.map((r) => (r.ms?.code != null && r.ms?.block != null ? Math.max(0, r.ms.code - r.ms.block) : null));
      const tl = (key) => medianOf(list.map((r) => r.timeline?.[key] ?? null));
      facts[`${profile}.${c}`] = { index: tl('index'), wasm: tl('wasm'), appStarted: tl('appStarted'), text: medianOf(get('text')), code: medianOf(get('code')), gap: medianOf(gap), fcp: medianOf(list.map((r) => r.fcp)), appCode: medianOf(get('appCode')), hl: medianOf(hl), lastIn: medianOf(lastIn), plain: medianOf(plain), block: medianOf(get('block')), onArrival, n, errors: list.map((r) => r.error).filter(Boolean) };
      trows.push([
        profile,
        names[c],
        msCell(list.map((r) => r.fcp), n),
        msCell(get('text'), n),
        msCell(get('block'), n),
        msCell(get('code'), n),
        c === 'deploy' && onArrival === n ? 'none: coloured in the HTML' : msCell(gap, n),
        `${msCell(plain, n)}; coloured on arrival ${onArrival}/${n}`,
        c === 'deploy' ? msCell(get('appCode'), n) : '–',
        msCell(hl, n, "not requested"),
        msCell(lastIn, n, "not requested"),
      ]);
    }
  }
  out.push(md(trows));
  out.push('');
  // Each highlight file fetched once a visit? (Resource Timing has an entry per fetch.)
  const visits = ['desktop', 'mobile'].flatMap((profile) => ['spa', 'deploy'].flatMap((c) => code.times?.[profile]?.[c] ?? []));
  const dups = new Set();
  for (const r of visits) {
    const seen = {};
    for (const x of r.resources ?? []) if (HIGHLIGHT_PATH.test(x.path) && (seen[x.path] = (seen[x.path] ?? 0) + 1) > 1) dups.add(x.path);
  }
  const counts = [...new Set(visits.map((r) => (r.resources ?? []).filter((x) => HIGHLIGHT_PATH.test(x.path)).length))];
  out.push(
    dups.size
      ? `Fetched more than once in a timed visit: ${[...dups].map((x) => `\`${x}\``).join(', ')}.`
      : `In the ${visits.length} timed visits each highlight file was fetched once (${counts.join(' or ')} highlight files a visit).`,
  );
  out.push('');
  const errs = Object.entries(facts).flatMap(([k, f]) => f.errors.slice(0, 1).map((e) => `${k}: ${e}`));
  if (errs.length) {
    out.push(`Failures: ${errs.join('; ').replace(/\|/g, '\\|').slice(0, 400)}.`);
    out.push('');
  }
  const m = facts['mobile.spa'];
  const md_ = facts['mobile.deploy'];
  const d = facts['desktop.spa'];
  if (m && d) {
    out.push(
      `On the SPA path the code is plain text for ${ms(d.gap)} after the title on desktop and ${ms(m.gap)} on mobile (median; coloured at ${ms(d.code)} and ${ms(m.code)}): ` +
        `the app asks for the highlighter (from the index's \`code_languages\`) once its wasm has arrived (${ms(d.wasm)} / ${ms(m.wasm)}) and started (${ms(d.appStarted)} / ${ms(m.appStarted)}): \`highlight.js\` is requested at ${ms(d.hl)} / ${ms(m.hl)}, though \`index.json\` was in at ${ms(d.index)} / ${ms(m.index)}; ` +
        `the grammars and rules only once \`highlight.js\` has run (the last in at ${ms(d.lastIn)} / ${ms(m.lastIn)}): two round trips in a row, each at least the 150 ms latency on mobile, then the colouring itself at a quarter of the CPU.` +
        (md_ ? ` The deploy page has its colours in the HTML: its code is coloured in the frame it first shows in ${md_.onArrival}/${md_.n} mobile runs (first block at ${ms(md_.block)}, FCP ${ms(md_.fcp)}), and the app\'s page has them from the moment it takes over (${ms(md_.appCode)}), ${md_.hl == null ? 'and the visit downloads no highlighter at all' : `without waiting for the highlighter (requested at ${ms(md_.hl)})`}.` : ''),
    );
    out.push('');
  }

  // 3. the post without code
  out.push('### The first visit of a post without code');
  out.push('');
  out.push('The seed post opened directly (desktop; same request log as above): every request, brotli -q 11 and on the wire.');
  out.push('');
  const srows = [['contender', 'requests', 'raw', 'brotli', 'on the wire', 'highlight files requested']];
  const checks = [];
  for (const c of ['spa', 'deploy']) {
    const r = code.requests?.[c];
    if (!r) continue;
    const files = r.seed.files;
    const sum = (k) => files.reduce((t, f) => t + (f[k] ?? 0), 0);
    const hl = files.filter((f) => HIGHLIGHT_PATH.test(f.path)).map((f) => f.path);
    srows.push([names[c], num(files.length), num(sum('raw')), `**${num(sum('brotli'))}**`, num(sum('wire')), hl.length ? hl.map((x) => `\`${x}\``).join(', ') : 'none']);
    checks.push([names[c], hl, r.seed.error]);
  }
  out.push(md(srows));
  out.push('');
  const ok = checks.every(([, hl]) => hl.length === 0);
  out.push(
    `**Check: no highlight file requested by a visit to a post without code: ${ok ? 'holds' : 'does not hold'}** (${checks.map(([n, hl, err]) => `${n}: ${hl.length ? hl.join(', ') : 'none of `highlight.js`, `highlight/…`, `rouge/…`'}${err ? `; the visit reported: ${err}` : ''}`).join('; ')}).`,
  );
  out.push('');
  out.push('<details><summary>Every request of the seed post\'s visit (bytes)</summary>');
  out.push('');
  for (const c of ['spa', 'deploy']) {
    const r = code.requests?.[c];
    if (!r) continue;
    out.push(`**${names[c]}**`);
    out.push('');
    out.push(md([['file', 'status', 'raw', 'brotli', 'on the wire', 'requested–in'], ...r.seed.files.map((f) => [`\`${f.path.replace(/-[0-9a-f]{12,}/, '-…')}\``, String(f.status ?? f.failure), num(f.raw), num(f.brotli), num(f.wire), f.start == null ? '–' : `${f.start}–${f.end} ms`])]));
    out.push('');
  }
  out.push('</details>');
  out.push('');
  return out;
}

function fmtNs(ns) {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function verdict(ok) {
  if (ok === null || ok === undefined) return 'not measured';
  return ok ? '**holds**' : '**does not hold**';
}

function bar(label, slot, color) {
  const s = summary(slot?.values);
  if (!s) return { label, value: null, text: slot?.errors?.length ? `failed: ${slot.errors[0].slice(0, 60)}` : 'n/a' };
  return { label, value: s.median, lo: s.p10, hi: s.p90, color, text: `${s.median.toFixed(0)} ms` };
}

/**
 * The rows of the goals of issue 15 (the phone) for a run's numbers: [goal,
 * target, measured on mobile, holds?, desktop]. Also applied to the numbers
 * of the run before the work on them (bench/before-issue-15.json).
 */
function issue15Goals(browser) {
  const goalRows = [];
  const main = browser?.main;
  const mob = main?.mobile?.runs ? main.mobile.series : null;
  const desk = main?.series ?? {};
  // The same measure on desktop, for comparison (no verdict: the goals are about the phone).
  const deskRatio = (x, y) => {
    const p = pairedRatios(x, y);
    return p ? `${ms(median(x))} vs ${ms(median(y))}: ×${p.median.toFixed(2)}` : ratio(median(x), median(y));
  };
  if (mob) {
    goalRows.push(['2', "carnet SPA: first article text on mobile within 1.0× Docsify's (the issue measured ×1.91)", ...ratioVerdict(mob.articleDirect?.spa, mob.articleDirect?.docsify, 1.0, 'Docsify'), deskRatio(desk.articleDirect?.spa, desk.articleDirect?.docsify)]);
  }
  if (main?.transfer?.spa) {
    // The app's own files: the highlighter (highlight.js, its grammars, carnet's Rouge rules) comes only with posts that have code.
    const files = main.transfer.spa;
    const isHighlight = (f) => HIGHLIGHT_PATH.test(f.path);
    const t = transferTotals(files.filter((f) => !isHighlight(f))).cats;
    const hl = files.filter(isHighlight).reduce((x, f) => x + f.brotli, 0);
    const sum = ['wasm', 'JS', 'CSS'].reduce((x, k) => x + (t[k]?.brotli ?? 0), 0);
    goalRows.push([
      '2',
      'carnet SPA: first-visit wasm + JS + CSS at most 150 KB brotli',
      `${kb(sum)} (wasm ${kb(t.wasm?.brotli)}, JS ${kb(t.JS?.brotli)}, CSS ${kb(t.CSS?.brotli)}; the article visit of section 3${hl ? `, without its highlighter files, ${kb(hl)} more, which only posts with code load` : ''})`,
      verdict(sum > 0 ? sum <= 150_000 : null),
      'the same bytes',
    ]);
    // With a first paint (issue 15), the text needs only the page's copy (posts/index/copy-*.json, no
    // wasm at all) or else the first-paint module, the CSS and early.js; the app follows.
    const beforeApp = files.filter((f) => !isHighlight(f) && !/\/carnet-web-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f.path) && !/\/carnet-start\.js$/.test(f.path));
    const firstPaint = files.filter((f) => /\/carnet-first(_bg\.wasm|\.js)$/.test(f.path));
    const copy = files.find((f) => /\/posts\/index\/copy-[0-9a-f]{16}\.json$/.test(f.path));
    if (firstPaint.length || copy) {
      const c = transferTotals(beforeApp).cats;
      const before = ['wasm', 'JS', 'CSS'].reduce((x, k) => x + (c[k]?.brotli ?? 0), 0);
      const drawnBy = firstPaint.length ? `first-paint module ${kb(firstPaint.reduce((x, f) => x + f.brotli, 0))}` : `no wasm: the page's copy, ${kb(copy.brotli)} of JSON`;
      goalRows.push([
        '2',
        'carnet SPA: wasm + JS + CSS the article text waits for (its first-paint copy or module draws it; the app downloads after)',
        `${kb(before)} (${drawnBy}, CSS ${kb(c.CSS?.brotli)}; the app's ${kb(sum - before)} come after the text)`,
        verdict(before <= 150_000),
        'the same bytes',
      ]);
    }
  }
  if (mob) {
    goalRows.push(['3', "carnet deploy: first article text on mobile within 1.15× static HTML's (the same page and CSS without the app)", ...ratioVerdict(mob.articleDirect?.deploy, mob.articleDirect?.static, 1.15, 'static'), deskRatio(desk.articleDirect?.deploy, desk.articleDirect?.static)]);
    const taken = summary(mob.articleDirectAnswer?.deploy?.takeOver);
    const takenDesk = summary(desk.articleDirectAnswer?.deploy?.takeOver);
    goalRows.push(['3', 'carnet deploy: the app has taken over the article page on mobile within 2.5 s', taken ? `${ms(taken.median)} (median of ${taken.n}${taken.n > 1 ? `, p10–p90 ${taken.p10.toFixed(0)}–${taken.p90.toFixed(0)}` : ''}; answers a click at ${ms(median(mob.articleDirectAnswer?.deploy))})` : `not measured: ${mob.articleDirectAnswer?.deploy?.errors?.[0] ?? 'no run'}`, verdict(taken ? taken.median <= 2500 : null), ms(takenDesk?.median)]);
  }
  const scaleSizes = Object.keys(browser?.scale ?? {}).map(Number).sort((x, y) => x - y);
  if (scaleSizes.length && browser.scale[scaleSizes[0]].mobile) {
    const [lo, hi] = [scaleSizes[0], scaleSizes[scaleSizes.length - 1]];
    for (const c of ['spa', 'deploy']) {
      const small = median(browser.scale[lo].mobile.series.indexDirect?.[c]);
      const large = median(browser.scale[hi].mobile.series.indexDirect?.[c]);
      const label = `${SHORT[c]}: first index page of the 10,000-post blog on mobile within 1.5× its time on the 100-post blog`;
      const [smallD, largeD] = [median(browser.scale[lo].series.indexDirect?.[c]), median(browser.scale[hi].series.indexDirect?.[c])];
      const desktop = hi >= 10000 && lo === 100 && smallD != null && largeD != null ? `${ms(largeD)} vs ${ms(smallD)}: ${ratio(largeD, smallD)}` : '–';
      if (hi < 10000 || lo !== 100) goalRows.push(['4', label, `not measured in this run (blogs of ${scaleSizes.join(', ')} posts)`, verdict(null), desktop]);
      else goalRows.push(['4', label, large == null || small == null ? `failed: ${browser.scale[hi].mobile.series.indexDirect?.[c]?.errors?.[0] ?? 'no run'}` : `${ms(large)} vs ${ms(small)}: ${ratio(large, small)}`, verdict(large == null || small == null ? false : large / small <= 1.5), desktop]);
    }
    for (const c of ['spa', 'deploy']) {
      const label = `${SHORT[c]}: search on the 10,000-post blog on mobile shows its first result within 1 s of typing (a two-word query filled in at once${browser.scale[hi].searchQuery ? `, "${browser.scale[hi].searchQuery}"` : ''}, download included)`;
      const s = browser.scale[hi].mobile.series.searchTyped?.[c];
      const v = median(s);
      const fetched = summary((s?.bytes ?? []).filter(Boolean).map((b) => b.body ?? b.transfer));
      if (hi < 10000 || !s) goalRows.push(['4', label, hi < 10000 ? `not measured in this run (blogs of ${scaleSizes.join(', ')} posts)` : 'not measured in this run', verdict(null), '–']);
      else goalRows.push(['4', label, v == null ? `failed: ${s?.errors?.[0] ?? 'no run'}` : `${ms(v)} (median of ${s.values.length}${fetched ? `; ${kb(fetched.median)} fetched after the input` : ''})`, verdict(v == null ? false : v <= 1000), '–']);
    }
  }
  const repeat = main?.repeat?.filter((r) => r.ms != null) ?? [];
  if (main?.repeat) {
    const requests = repeat.map((r) => r.networkBeforePaint.length);
    goalRows.push([
      '5',
      'carnet deploy: a repeat visit of the home page (service worker in control) shows the index with no network request before the first paint',
      repeat.length
        ? `${requests.join(', ')} requests before the first paint in ${repeat.length} visit${repeat.length > 1 ? 's' : ''}${requests.some((n) => n) ? ` (${[...new Set(repeat.flatMap((r) => r.networkBeforePaint))].join(', ')})` : ''}; first excerpt at ${ms(summary(repeat.map((r) => r.ms))?.median)}`
        : `not measured: ${main.repeat[0]?.error ?? 'no run'}`,
      verdict(repeat.length ? requests.every((n) => n === 0) : null),
      '–',
    ]);
  }
  return goalRows;
}

// ---------- main ----------

const args = parseArgs(process.argv.slice(2));
// --from results.json: render a report again from the raw numbers of an earlier run.
const saved = readJson(args.from);
const browser = saved ? saved.browser : readJson(args.browser);
const native = saved ? saved.native : readJson(args.native);
const meta = saved ? saved.meta : readJson(args.meta);
const fat = saved ? saved.wasmSize : readJson(args.fat);
const { markdown, charts, machine: m, budgets } = build({ browser, native, meta, fat, savedMachine: saved?.machine });
fs.mkdirSync(path.join(args.out, 'charts'), { recursive: true });
for (const f of fs.readdirSync(path.join(args.out, 'charts'))) if (f.endsWith('.svg')) fs.rmSync(path.join(args.out, 'charts', f));
for (const [name, svg] of Object.entries(charts)) fs.writeFileSync(path.join(args.out, 'charts', name), svg);
fs.writeFileSync(path.join(args.out, 'REPORT.md'), markdown);
fs.writeFileSync(path.join(args.out, 'results.json'), JSON.stringify({ machine: m, meta, budgets, browser, native, wasmSize: fat }, null, 1) + '\n');
console.log(`bench: report written to ${path.join(path.relative(process.cwd(), args.out), 'REPORT.md')}`);
