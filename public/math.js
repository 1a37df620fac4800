// Typesets kramdown's math (`\[…\]` blocks, `\(…\)` inline) in the article
// shown, as MathML the browser draws, with Temml (npm `temml`, MIT). carnet
// adds this script each time it shows a post with math, so posts without
// math never download Temml; Temml itself is fetched once.
(function () {
  var delimiters = [
    { left: '\\[', right: '\\]', display: true },
    { left: '\\(', right: '\\)', display: false },
  ];
  function typeset() {
    var root = document.querySelector('main .post-content');
    if (root) window.temml.renderMathInElement(root, { delimiters: delimiters, throwOnError: false });
  }
  if (window.temml) return typeset();
  var base = (document.querySelector('base') || {}).href || document.baseURI;
  var script = document.createElement('script');
  script.src = new URL('temml.min.js', base).href;
  script.onload = typeset;
  document.head.appendChild(script);
})();
