import { defineConfig } from '@playwright/test';
import * as os from 'os';
import * as path from 'path';
import CHROMIUM from './tests/support/chromium.cjs';

// Real-browser end-to-end tests of the carnet web app, against `trunk serve`.
// Run from the repository root: `npx playwright test` (or `npm run e2e`).

const root = __dirname;
const port = 8091;
const baseURL = `http://127.0.0.1:${port}`;
// Must match tests/e2e/deploy.spec.ts.
const DEPLOY_PORT = 8095;
const LISTING_PORT = 8096;
// Must match tests/e2e/site.spec.ts.
const MOVED_PORT = 8098;
// Must match tests/e2e/look.spec.ts.
const LOOK_PORT = 8099;
// Must match tests/e2e/shards.spec.ts.
const SCALE_PORT = 8092;
// Must match tests/e2e/offline.spec.ts.
const OFFLINE_PORT = 8093;
// Must match tests/e2e/faults.spec.ts.
const FAULT_PORT = 8097;

// trunk, wasm-bindgen and wasm-opt must be found by the web server.
const PATH = [path.join(root, 'node_modules', '.bin'), path.join(os.homedir(), '.cargo', 'bin'), process.env.PATH ?? ''].join(path.delimiter);

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: 'target/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: {
    // A debug wasm build is large: its first load and start can take a few seconds.
    timeout: 15_000,
  },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM,
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      command: `trunk serve --port ${port}`,
      cwd: root,
      url: `${baseURL}/`,
      env: { ...process.env, PATH } as Record<string, string>,
      // The first build may wait for the shared cargo target dir's lock.
      timeout: 15 * 60 * 1000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // A plain static host (no fallback to index.html) serving what
    // scripts/e2e-sites.sh built: the deploy folder under /blog/, the app
    // without a post index, where posts are found through the directory listing,
    // and the deploy folder of tests/fixtures/look-site (the author's look).
    ...[
      { port: DEPLOY_PORT, dir: 'target/e2e/deploy' },
      { port: LISTING_PORT, dir: 'target/e2e/listing' },
      { port: MOVED_PORT, dir: 'target/e2e/moved' },
      { port: LOOK_PORT, dir: 'target/e2e/look' },
      // The offline spec swaps the builds in target/e2e/sw/blog/ itself.
      { port: OFFLINE_PORT, dir: 'target/e2e/sw' },
    ].map(({ port, dir }) => ({
      command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ${dir}`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore' as const,
      stderr: 'ignore' as const,
    })),
    // A 10,000-post blog over the app build (its files first), as a
    // single-page host serves it: the index shards' tests.
    {
      command: `node bench/lib/serve.mjs --port ${SCALE_PORT} --root target/e2e/scale --root target/e2e/spa --spa`,
      cwd: root,
      url: `http://127.0.0.1:${SCALE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // The app without prerendered pages, behind a server told per path to fail.
    {
      command: `node tests/e2e/fault-server.mjs target/e2e/spa ${FAULT_PORT}`,
      cwd: root,
      url: `http://127.0.0.1:${FAULT_PORT}/__faults`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
