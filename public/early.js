// What must run before the first paint, in one small file (external, not
// inline, to fit a strict CSP).

// The reader's remembered theme, so a dark reader never sees a white flash.
try {
  var theme = localStorage.getItem('carnet-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.setAttribute('data-theme', theme);
} catch (e) { /* storage refused: the system theme applies */ }

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
