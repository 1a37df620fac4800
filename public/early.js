// What must run before the first paint, in one small file. The post-build
// hook writes it into the page (crates/carnet-cli/src/shell.rs): its own
// request cost a round trip, and as a file it would hold back the parsing of
// the page after it. `carnet build`'s policy allows it by its hash.

// The reader's remembered theme, so a dark reader never sees a white flash.
try {
  var theme = localStorage.getItem('carnet-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.setAttribute('data-theme', theme);
} catch (e) { /* storage refused: the system theme applies */ }

// What this page's first visit fetches before the app: the page's
// first-paint copy, or the first-paint module and the data it draws from.
(function () {
  var script = document.currentScript;
  var appWasm = script && script.getAttribute('data-app-wasm');
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? '/' + location.pathname.slice(base.length) : location.pathname;
  var key = null;
  try {
    key = decodeURIComponent(path);
  } catch (e) { /* an address that does not decode: the app asks for what it needs */ }

  // A prerendered page shows already: the app needs its data only to take
  // the page over, so it is asked for after the first paint, not in its way;
  // not an article's Markdown, as the app takes the prerendered article as it is.
  if (document.querySelector('meta[data-prerendered]')) {
    requestAnimationFrame(function () { setTimeout(function () { preloadData(false); }); });
    if (appWasm) preload(appWasm);
    return;
  }
  // Search and the archive are the app's alone; a page under the service
  // worker has the app from its cache.
  if (/^\/(archive|search)\/$/.test(path) || (navigator.serviceWorker && navigator.serviceWorker.controller) ||
      typeof fetch !== 'function') {
    preloadData();
    if (appWasm) preload(appWasm);
    return;
  }

  // Elsewhere the page is drawn before the app's 300 KB of wasm, which
  // downloads after it (carnet-start.js waits for `carnetFirstPaint`) and
  // takes that drawing over: from the page's copy (`pages::copy`, written by
  // `carnet index` for the home page, articles and site pages), else by the
  // first-paint module (src/first_paint.rs) from the index's shards.
  window.carnetFirstPaint = new Promise(function (done) {
    addEventListener('carnet-first-paint', done);
    addEventListener('carnet-no-first-paint', done);
    // Never hold the app back for long.
    setTimeout(done, 5000);
    var hasCopy = key !== null && (key === '/' || !/^\/(tags|categories|page|archive|search)\//.test(key));
    if (!hasCopy) return drawByModule();
    fetch('posts/index/copy-' + hex(fnv1a(key), 16) + '.json').then(function (response) {
      // A single-page host answers a missing file with the app's shell.
      var json = /json/.test(response.headers.get('content-type') || '');
      return response.ok && json ? response.json() : null;
    }).then(function (copy) {
      if (!copy) return drawByModule();
      whenParsed(function () {
        if (!drawCopy(copy)) return drawByModule();
        dispatchEvent(new Event('carnet-first-paint'));
        preloadData();
        if (appWasm) preload(appWasm);
      });
    }).catch(drawByModule);
  });

  /** Shows a page's copy as the module would draw it; whether it did. */
  function drawCopy(copy) {
    var app = document.getElementById('app');
    if (!app || app.childElementCount > 0 || document.getElementById('prerendered')) return false;
    app.insertAdjacentHTML('beforebegin', copy.html);
    app.hidden = true;
    document.title = copy.title;
    document.documentElement.lang = copy.lang;
    if (copy.css && copy.css.length) siteLook(copy.css);
    return true;
  }

  /** The site's colours and fonts, as the app's `look` inserts them: through
   * the CSSOM (a strict CSP refuses a <style>), atop the site style sheet. */
  function siteLook(rules) {
    var link = document.getElementById('site-style');
    if (!link || link.hasAttribute('data-built')) return;
    var insert = function () {
      if (!link.sheet) return false;
      rules.forEach(function (rule, i) {
        try { link.sheet.insertRule(rule, i); } catch (e) { /* a rule this browser refuses */ }
      });
      return true;
    };
    if (!insert()) link.addEventListener('load', insert, { once: true });
  }

  function drawByModule() {
    preloadData();
    // The app's wasm once the module's is in: the network is free while the
    // module draws, and the app starts sooner after it.
    if (appWasm && typeof PerformanceObserver === 'function') {
      var watch = new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          if (/carnet-first_bg\.wasm$/.test(entry.name)) { watch.disconnect(); preload(appWasm); }
        });
      });
      try { watch.observe({ type: 'resource' }); } catch (e) { /* too old: the app fetches it itself */ }
    }
    var module = fetch('carnet-first_bg.wasm');
    var glue = document.createElement('script');
    glue.src = 'carnet-first.js';
    var failed = function () { dispatchEvent(new Event('carnet-no-first-paint')); };
    glue.onload = function () { wasm_bindgen({ module_or_path: module }).catch(failed); };
    glue.onerror = failed;
    document.head.appendChild(glue);
  }

  // The part of the post index the page needs (see the app's `load::Need`
  // and `catalog::shards`), fetched before the app asks: the shards' head,
  // and the home page's newest posts, a term's posts, the archive's list or
  // an article's file (one of 1024, by the address's hash); a malformed
  // route the whole index. And, but on a prerendered page, an article's
  // Markdown: Jekyll's usual permalinks end in YYYY/MM/DD/slug(.html|/),
  // which names the file (a wrong guess, a custom permalink, costs one small
  // request; a post kept from an earlier visit is not asked for again).
  var preloaded = false;
  function preloadData(withPost) {
    if (preloaded || key === null) return;
    preloaded = true;
    var term = /^\/(tags|categories)\/([^\/]+)\/(?:page\/\d+\/)?$/.exec(key);
    var files = ['index/head.json'];
    if (key === '/') files.push('index/newest-0.json');
    else if (/^\/((tags|categories|search)\/|page\/\d+\/)$/.test(key)) { /* the head alone */ }
    else if (key === '/archive/') files.push('index/archive.json');
    else if (term) files.push('index/' + (term[1] === 'tags' ? 'tag' : 'category') + '-' + hex(fnv1a(term[2]), 16) + '.json');
    else if (/^\/(page|tags|categories)\//.test(key)) files = ['index.json'];
    else files.push('index/post-' + hex(fnv1a(key) % 1024n, 3) + '.json');
    var m = /\/(\d{4})\/(\d\d)\/(\d\d)\/([^\/]+?)(?:\.html|\/)?$/.exec(key);
    if (m && withPost !== false) {
      var post = m[1] + '-' + m[2] + '-' + m[3] + '-' + m[4] + '.md';
      var kept = null;
      try { kept = localStorage.getItem('carnet:post:' + post); } catch (e) { /* no storage: nothing kept */ }
      if (kept === null) files.push(post);
    }
    // Relative to <base href>, like the app's requests.
    files.forEach(function (file) { preload('posts/' + file); });
  }

  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }

  function whenParsed(then) {
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', then, { once: true });
    else then();
  }

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
