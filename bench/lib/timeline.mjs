// One direct visit on a profile, as a timeline: when each request started and
// ended, its bytes on the wire, and when a text first showed. For finding what
// a page waits for, not for numbers to report (those come from measure.mjs):
//   node bench/lib/timeline.mjs URL 'needle' [--desktop] [--runs N]
import { chromium } from 'playwright-core';
// Lighthouse's mobile profile, as measure.mjs applies it (importing it would start a run).
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuRate: 4 };

const [url, needle] = process.argv.slice(2);
const desktop = process.argv.includes('--desktop');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
if (!url || !needle) throw new Error("usage: timeline.mjs URL 'needle' [--desktop] [--runs N]");

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shown = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // When the app replaced a prerendered page (deploy) or a first paint.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__tookOver == null && window.__hadCopy && !document.getElementById('prerendered')) window.__tookOver = performance.now();
      if (document.getElementById('prerendered')) window.__hadCopy = true;
    }).observe(document, { childList: true, subtree: true });
  });
  if (!desktop) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: MOBILE.latency, downloadThroughput: MOBILE.downloadThroughput, uploadThroughput: MOBILE.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuRate });
  }
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.body && document.body.innerText.includes(n), needle, { timeout: 60000, polling: 'raf' });
  const textAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(desktop ? 1000 : 4000);
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, wire: e.transferSize })),
  );
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const takenOver = await page.evaluate(() => window.__tookOver ?? (window.__hadCopy ? 'not yet' : 'no copy'));
  shown.push(textAt);
  if (run === runs - 1) {
    for (const e of entries) {
      const name = new URL(e.name).pathname.slice(0, 60).padEnd(60);
      console.log(`${name} ${e.start.toFixed(0).padStart(6)} → ${e.end.toFixed(0).padStart(6)} ms ${(e.wire / 1000).toFixed(1).padStart(7)} KB`);
    }
    console.log(`FCP ${fcp?.toFixed(0)} ms; taken over: ${takenOver}`);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
    if (marks.length) console.log(`marks: ${marks.join(', ')}`);
  }
  await context.close();
}
shown.sort((a, b) => a - b);
console.log(`text shown at ${shown.map((t) => t.toFixed(0)).join(', ')} ms (median ${shown[Math.floor(shown.length / 2)].toFixed(0)})`);
await browser.close();
