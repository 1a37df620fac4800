// What must run before the first paint, in one small file (external, not
// inline, to fit a strict CSP).

// The reader's remembered theme, so a dark reader never sees a white flash.
try {
  var theme = localStorage.getItem('carnet-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.setAttribute('data-theme', theme);
} catch (e) { /* storage refused: the system theme applies */ }

// The part of the post index this page needs first (see the app's
// `load::Need` and `catalog::shards`): fetched while the app downloads, and
// the app's own request finds it ready. The home page and tag and category
// pages need the shards' head and one shard; other pages the whole index.
(function () {
  var base = new URL(document.baseURI).pathname;
  var path = location.pathname.indexOf(base) === 0 ? '/' + location.pathname.slice(base.length) : location.pathname;
  var term = /^\/(tags|categories)\/([^\/]+)\/(?:page\/\d+\/)?$/.exec(path);
  var files = ['index.json'];
  if (path === '/') files = ['index/head.json', 'index/newest-0.json'];
  else if (/^\/(tags|categories)\/$/.test(path) || /^\/page\/\d+\/$/.test(path)) files = ['index/head.json'];
  else if (term) {
    var kind = term[1] === 'tags' ? 'tag' : 'category';
    try {
      files = ['index/head.json', 'index/' + kind + '-' + fnv1a(decodeURIComponent(term[2])) + '.json'];
    } catch (e) { files = ['index/head.json']; }
  }
  files.forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = 'posts/' + file; // relative to <base href>, like the app's requests
    document.head.appendChild(link);
  });
  // The core's `content_hash`: FNV-1a 64 of the UTF-8 bytes, 16 hex digits.
  function fnv1a(text) {
    var hash = 0xcbf29ce484222325n;
    var bytes = new TextEncoder().encode(text);
    for (var i = 0; i < bytes.length; i++) {
      hash = ((hash ^ BigInt(bytes[i])) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash.toString(16).padStart(16, '0');
  }
})();

// Opening an article directly, the app needs the post index before it knows
// which Markdown file to fetch. Jekyll's usual permalinks end in
// YYYY/MM/DD/slug(.html|/), which names the file: ask for it now, while the
// app downloads, and the app's own request finds it ready. A wrong guess (a
// custom permalink) costs one small request; a post kept from an earlier
// visit, or a page that already shows it, is not asked for again.
(function () {
  // A prerendered page already shows the post; the app fetches it after.
  if (document.querySelector('meta[data-prerendered]')) return;
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
  document.head.appendChild(link);
})();
