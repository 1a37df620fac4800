// What must run before the first paint, in one small file (external, not
// inline, to fit a strict CSP).

// The reader's remembered theme, so a dark reader never sees a white flash.
try {
  var theme = localStorage.getItem('carnet-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.setAttribute('data-theme', theme);
} catch (e) { /* storage refused: the system theme applies */ }

// The part of the post index this page needs first (see the app's
// `load::Need` and `catalog::shards`): fetched while the app downloads, and
// the app's own request finds it ready. Every page needs the shards' head;
// the home page its newest posts, a tag or category page that term's posts,
// the archive its list, an article (any address outside the blog's own
// routes) the file of its address; a malformed route the whole index.
(function () {
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? '/' + location.pathname.slice(base.length) : location.pathname;
  var term = /^\/(tags|categories)\/([^\/]+)\/(?:page\/\d+\/)?$/.exec(path);
  var files = ['index/head.json'];
  try {
    if (path === '/') files.push('index/newest-0.json');
    else if (/^\/((tags|categories|search)\/|page\/\d+\/)$/.test(path)) { /* the head alone */ }
    else if (path === '/archive/') files.push('index/archive.json');
    else if (term) {
      var kind = term[1] === 'tags' ? 'tag' : 'category';
      files.push('index/' + kind + '-' + hex(fnv1a(decodeURIComponent(term[2])), 16) + '.json');
    } else if (/^\/(page|tags|categories)\//.test(path)) files = ['index.json'];
    // `catalog::shards::articles`: one of 1024 files, by the address's hash.
    else files.push('index/post-' + hex(fnv1a(decodeURIComponent(path)) % 1024n, 3) + '.json');
  } catch (e) { /* an address that does not decode: the app asks for what it needs */ }
  files.forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = 'posts/' + file; // relative to <base href>, like the app's requests
    document.head.appendChild(link);
  });
  // The core's `index::fnv1a`: FNV-1a 64 of the UTF-8 bytes.
  function fnv1a(text) {
    var hash = 0xcbf29ce484222325n;
    var bytes = new TextEncoder().encode(text);
    for (var i = 0; i < bytes.length; i++) {
      hash = ((hash ^ BigInt(bytes[i])) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash;
  }
  function hex(n, digits) {
    return n.toString(16).padStart(digits, '0');
  }
})();

// Opening an article directly, the app needs the post index before it knows
// which Markdown file to fetch. Jekyll's usual permalinks end in
// YYYY/MM/DD/slug(.html|/), which names the file: ask for it now, while the
// app downloads, and the app's own request finds it ready. A wrong guess (a
// custom permalink) costs one small request; a post kept from an earlier
// visit, or a page that already shows it, is not asked for again.
(function () {
  var m = /\/(\d{4})\/(\d\d)\/(\d\d)\/([^\/]+?)(?:\.html|\/)?$/.exec(location.pathname);
  if (!m) return;
  var file = m[1] + '-' + m[2] + '-' + m[3] + '-' + m[4] + '.md';
  try {
    if (localStorage.getItem('carnet:post:' + decodeURIComponent(file)) !== null) return;
  } catch (e) { /* no storage: nothing kept either */ }
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = 'posts/' + file; // relative to <base href>, like the app's requests
  // A prerendered page shows the post already: the app needs the file only to
  // take the page over, so it is asked for after the first paint, not in its way.
  if (!document.querySelector('meta[data-prerendered]')) document.head.appendChild(link);
  else requestAnimationFrame(function () { setTimeout(function () { document.head.appendChild(link); }); });
})();

// The app's wasm is 300 KB: on a host without prerendered pages, a small
// first-paint module (src/first_paint.rs) draws the page first, as a
// prerendered page would show it, and the app downloads after it
// (carnet-start.js waits for `carnetFirstPaint`) and takes that copy over.
// Elsewhere the app's wasm is preloaded now. Not for the pages the module
// does not draw (search, the archive), nor when the service worker serves
// the app from its cache.
(function () {
  var script = document.currentScript;
  var wasm = script && script.getAttribute('data-app-wasm');
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? '/' + location.pathname.slice(base.length) : location.pathname;
  var drawn = !document.querySelector('meta[data-prerendered]') &&
    !(navigator.serviceWorker && navigator.serviceWorker.controller) &&
    !/^\/(archive|search)\/$/.test(path) && typeof fetch === 'function';
  if (!drawn) {
    if (wasm) preload(wasm);
    return;
  }
  // The app's wasm once the module's is in: the network is free while the
  // module draws, and the app starts sooner after it.
  if (wasm && typeof PerformanceObserver === 'function') {
    var watch = new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (/carnet-first_bg\.wasm$/.test(entry.name)) { watch.disconnect(); preload(wasm); }
      });
    });
    try { watch.observe({ type: 'resource' }); } catch (e) { /* too old: the app fetches it itself */ }
  }
  window.carnetFirstPaint = new Promise(function (done) {
    addEventListener('carnet-first-paint', done);
    addEventListener('carnet-no-first-paint', done);
    // Never hold the app back for long.
    setTimeout(done, 5000);
    var module = fetch('carnet-first_bg.wasm');
    var glue = document.createElement('script');
    glue.src = 'carnet-first.js';
    glue.onload = function () { wasm_bindgen({ module_or_path: module }).catch(done); };
    glue.onerror = done;
    document.head.appendChild(glue);
  });
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
})();
