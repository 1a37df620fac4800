// Debian's Chromium as root, headless, as every browser run here needs it
// (playwright.config.ts, bench/lib/measure.mjs). CommonJS so the TypeScript
// config and the ES modules can both load it.
module.exports = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
