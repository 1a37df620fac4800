// carnet's service worker, turned off (`offline: false` in _config.yml):
// `carnet build` writes this as `sw.js` so that readers who had the offline
// worker lose it at their next visit: it deletes this blog's caches and
// unregisters itself. It answers no request (no fetch handler), and the
// pages of this deploy do not register it.

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(`carnet:${BASE}:`)) await caches.delete(key);
      }
      await self.registration.unregister();
    })(),
  );
});
