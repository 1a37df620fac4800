// carnet's Rouge-compatible rules for yaml: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // YAML: Rouge's classes depend on the block or flow context (a plain
  // scalar is `s` in a block, `nv` inside [...] or {...}; keys `na` or `nv`),
  // which highlight.js's grammar does not track, so carnet lexes YAML itself,
  // after Rouge's yaml.rb (its quirks included: a quoted scalar is `s2`/`s1`
  // for the opening quote only, the rest `s`; spaces inside it `nv`).
  // highlight.js's yaml grammar must still be registered, like every other.
  function yamlLex(text) {
    var n = text.length, cls = new Array(n), p = 0, i;
    for (i = 0; i < n; i++) cls[i] = "";
    function set(a, b, k) { for (var j = a; j < b && j < n; j++) cls[j] = k; }
    function eol(q) { var e = text.indexOf("\n", q); return e < 0 ? n : e; }
    function at(re, q) { re.lastIndex = q; var m = re.exec(text); return m && m.index === q ? m : null; }
    var DESC = /!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>|(?:![\w-]+)?![\w;\/?:@&=+$,.!~*'()\[\]%-]*|&[\w-]+|\*[\w-]+/y;
    var PLAIN = /[^ \t\n\r\f\v?:,\[\]{}#&*!|>'"%@`]/y;
    function descriptor(q) {
      var m = at(DESC, q);
      if (!m) return q;
      set(q, q + m[0].length, m[0][0] === "&" ? "nl" : m[0][0] === "*" ? "nv" : "kt");
      return q + m[0].length;
    }
    // a quoted scalar from its opening quote; returns the position after it
    function quoted(q) {
      var d = text.charAt(q), m;
      cls[q] = d === '"' ? "s2" : "s1";
      q++;
      while (q < n) {
        var c = text.charAt(q);
        if (c === d) { cls[q] = "s"; return q + 1; }
        if (c === "\n") { q++; continue; }
        if (c === " " || c === "\t") {
          var e = q;
          while (e < n && (text.charAt(e) === " " || text.charAt(e) === "\t")) e++;
          var ls = q === 0 || text.charAt(q - 1) === "\n", le = e >= n || text.charAt(e) === "\n";
          if (!ls && !le) set(q, e, "nv");
          q = e;
          continue;
        }
        if (c === "\\") {
          m = d === '"' ? at(/\\(?:[0abt\tn\nvfre "\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/y, q) : at(/\\'/y, q);
          if (m) { set(q, q + m[0].length, "se"); q += m[0].length; continue; }
        }
        var e2 = q + 1;
        while (e2 < n && !/[\s\\]/.test(text.charAt(e2)) && text.charAt(e2) !== d) e2++;
        set(q, e2, "s");
        q = e2;
      }
      return q;
    }
    // a flow collection from its `[` or `{`; returns the position after it
    function flow(q) {
      var depth = 0;
      while (q < n) {
        var c = text.charAt(q);
        if (c === "[" || c === "{") { cls[q++] = "pi"; depth++; continue; }
        if (c === "]" || c === "}") { cls[q++] = "pi"; if (--depth === 0) return q; continue; }
        if (/\s/.test(c)) { q++; continue; }
        if (c === "#") { var e = eol(q); set(q, e, "c1"); q = e; continue; }
        if ("?:,".indexOf(c) >= 0) { cls[q++] = "pi"; continue; }
        if (c === "'" || c === '"') { q = quoted(q); continue; }
        var d = descriptor(q);
        if (d > q) { q = d; continue; }
        if (at(PLAIN, q)) {
          // a plain scalar: nv up to , : ? [ ] { } or a comment
          var m = at(/(?:[^\s,:?\[\]{}]+|[ ]+(?![ ]*(?:[,:?\[\]{}#]|$)))+/y, q);
          set(q, q + m[0].length, "nv");
          q += m[0].length;
          continue;
        }
        cls[q++] = "err";
      }
      return q;
    }
    var scalar = null; // { col, indent }: block scalar content goes on while lines are indented enough
    var plainCol = -1; // a plain scalar continues on lines indented more than this
    while (p < n) {
      var le = eol(p), line = text.slice(p, le), ind = /^ */.exec(line)[0].length;
      if (scalar) {
        if (/^\s*$/.test(line)) { p = le + 1; continue; }
        if (ind >= (scalar.indent === null ? scalar.col : scalar.indent)) {
          if (scalar.indent === null) scalar.indent = ind;
          set(p + scalar.indent, le, "s");
          p = le + 1;
          continue;
        }
        scalar = null;
      }
      if (plainCol >= 0 && ind > plainCol && !/^\s*(#|-(?: |$)|[^#]*:(?: |$))/.test(line) && /\S/.test(line)) {
        set(p + ind, p + line.replace(/\s+$/, "").length, "s");
        p = le + 1;
        continue;
      }
      plainCol = -1;
      var q = p, col = ind;
      var doc = at(/(?:---|\.\.\.)(?= |\n|$)/y, q);
      if (doc) { set(q, q + 3, "nn"); q += 3; }
      while (q < le) {
        var c = text.charAt(q), m;
        if (c === " " || c === "\t") { q++; continue; }
        if (c === "#") { set(q, le, "c1"); break; }
        if ((m = at(/[-?:](?= |$)/my, q))) { cls[q] = "pi"; q++; col = q - p + 1; continue; }
        var d = descriptor(q);
        if (d > q) { q = d; continue; }
        if ((m = at(/([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)/y, q))) {
          col = q - p;
          set(q, q + m[1].length, "na");
          cls[q + m[1].length] = "pi";
          q += m[0].length;
          continue;
        }
        if ((m = at(/[|>][+-]?[1-9]?[+-]?(?=[ ]|$)/my, q))) {
          set(q, q + m[0].length, "pi");
          var dig = /[1-9]/.exec(m[0]);
          scalar = { col: col, indent: dig ? col + +dig[0] : null };
          q += m[0].length;
          var cm = text.indexOf("#", q);
          if (cm >= 0 && cm < le) set(cm, le, "c1");
          break;
        }
        if (c === "[" || c === "{") { q = flow(q); le = eol(q); continue; }
        if (c === "'" || c === '"') { q = quoted(q); le = eol(q); continue; }
        // a plain scalar in the block context: s, up to `: `, ` #` or the line's end
        var e = q;
        while (e < le && !at(/[ ]*(?::[ \n]|:$)|[ ]+#/y, e)) e++;
        var end = e;
        while (end > q && text.charAt(end - 1) === " ") end--;
        var w = q;
        while (w < end) {
          if ((m = at(/true|false|null/y, w))) { set(w, w + m[0].length, "no"); w += m[0].length; continue; }
          if ((m = at(/\d+(?:\.\d+)?(?=\r?\n| +#)/y, w)) && w + m[0].length <= end) { set(w, w + m[0].length, "m"); w += m[0].length; continue; }
          var ws = at(/[ ]+|[^\s:]+|:\S*/y, w);
          set(w, w + ws[0].length, "s");
          w += ws[0].length;
        }
        plainCol = col;
        q = e;
      }
      p = le + 1;
    }
    return cls;
  }
  RULES.yaml = { lex: yamlLex };

  H.define("yaml", RULES);
})(globalThis.carnetHighlight);
