// carnet's service worker: offline and repeat visits. `carnet build` writes
// this file as `sw.js` at the deploy root, after the constants above:
//   BASE     the base path without its trailing slash ('' at the root)
//   VERSION  a hash of every file of the deploy: a new deploy is a new worker
//   BUILD    a hash of this deploy's app and index, which its pages carry
//            in <meta name="carnet-build">
//   SHELL    [url, sha256 integrity] of the app shell: the home page, the
//            start script, the app's JS and wasm, the style sheets, the post
//            index: one consistent set, cached whole before this worker runs.
//
// Requests:
//   shell files           from this deploy's cache (no network: repeat visits
//                         paint without waiting on it)
//   pages (navigations)   network first, kept; offline, the copy kept, else
//                         the home page (the app then draws the address)
//   posts/, _pages/       network first, kept; offline, the copy kept (the
//                         index's shards, posts/index/, belong to the deploy:
//                         its cache, as other files)
//   other files           this deploy's cache, filled as they are asked for
// A page the network answers from a newer deploy than this worker's (another
// BUILD) gets the network only, so it never runs with this worker's
// app or index; the browser is told to look for the new worker at once.

const SCOPE = BASE + '/';
const SHELL_CACHE = `carnet:${BASE}:shell:`;
const CURRENT = SHELL_CACHE + VERSION;
// Pages and posts read, kept across deploys (always asked for first).
const READ = `carnet:${BASE}:read`;
const SHELL_URLS = new Set(SHELL.map(([url]) => url));
// Clients whose page came from a newer deploy.
const newer = new Set();

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const kept = await caches.open(CURRENT);
      // Checked against this build's bytes: a host half way through a deploy
      // fails the install, and the old worker stays. Files named by their
      // hash may come from the HTTP cache (the first visit just fetched
      // them); the others are revalidated.
      await Promise.all(
        SHELL.map(async ([url, integrity]) => {
          const cache = /-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)$/.test(url) ? 'default' : 'no-cache';
          const response = await fetch(url, { cache, integrity });
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await kept.put(url, response);
        }),
      );
      await self.skipWaiting();
    })().catch(async (error) => {
      await caches.delete(CURRENT);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      let first = true;
      for (const key of await caches.keys()) {
        if (key.startsWith(SHELL_CACHE) && key !== CURRENT) {
          first = false;
          await caches.delete(key);
        }
      }
      await self.clients.claim();
      // The pages open at the first install came without this worker: keep
      // them too, so the one being read reloads offline.
      if (first) {
        const open = await self.clients.matchAll({ type: 'window' });
        await Promise.all(
          open.map(async (client) => {
            const url = new URL(client.url);
            url.hash = '';
            if (!url.pathname.startsWith(SCOPE)) return;
            try {
              const response = await fetch(url.href);
              if (response.ok) await keep(url.href, response);
            } catch (offline) {
              // Gone offline already: the home page stands in for it.
            }
          }),
        );
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(SCOPE) && url.pathname !== BASE) return;
  if (request.headers.has('range')) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event, url));
  } else if (newer.has(event.clientId)) {
    // A worker such a page starts (the indexer) is of the newer deploy too.
    if (event.resultingClientId) newer.add(event.resultingClientId);
    event.respondWith(fetch(request, { cache: 'no-cache' }));
  } else if (SHELL_URLS.has(url.pathname) && !url.search) {
    event.respondWith(shell(request));
  } else if (/^\/(posts\/(?!index\/)|_pages\/)/.test(url.pathname.slice(BASE.length))) {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(lazy(request));
  }
});

async function shell(request) {
  const cache = await caches.open(CURRENT);
  return (await cache.match(request)) || fetch(request);
}

async function page(event, url) {
  const { request } = event;
  if (SHELL_URLS.has(url.pathname) && !url.search) {
    const kept = await (await caches.open(CURRENT)).match(url.pathname);
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    if (response.ok && /^text\/html/.test(response.headers.get('content-type') || '')) {
      const html = await response.clone().text();
      if (!html.includes(`<meta name="carnet-build" content="${BUILD}">`)) {
        newer.add(event.resultingClientId);
        self.registration.update().catch(() => {});
      }
      await keep(request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = (await caches.match(request, { cacheName: READ })) ||
      (await (await caches.open(CURRENT)).match(SCOPE));
    return kept || Response.error();
  }
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await keep(request, response.clone());
    return response;
  } catch (offline) {
    return (await caches.match(request, { cacheName: READ })) || Response.error();
  }
}

async function lazy(request) {
  const cache = await caches.open(CURRENT);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function keep(request, response) {
  try {
    await (await caches.open(READ)).put(request, response);
  } catch (full) {
    // Storage full or refused: the page still shows, it is just not kept.
  }
}
