// carnet's Rouge-compatible rules for console: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's shell lexer, from shell.js (loaded with this file)
  function shellLex() { return LIB.raw("shell").lexer.apply(null, arguments); }
  // Rouge's console lexer: a line up to its first `$`, `#`, `>` or `;` is a
  // prompt (gp), then whitespace (w), then shell code (its state goes on from
  // one command line to the next); a line of dots is a comment; any other line,
  // newline included, is output (go).
  RULES.console = {
    lex: function (text) {
      var cls = new Array(text.length), p = 0, L = null;
      while (p < text.length) {
        var e = text.indexOf("\n", p), le = e < 0 ? text.length : e, ne = e < 0 ? le : e + 1;
        var line = text.slice(p, le), m;
        var set = function (a, b, k) { for (var j = a; j < b; j++) cls[j] = k; };
        if (/^\s*(?:<[.]+>|[.]+)\s*$/.test(line)) { set(p, ne, "c"); L = null; }
        else if ((m = /^.*?(?:\$|#|>|;)/.exec(line))) {
          set(p, p + m[0].length, "gp");
          var ws = /^\s*/.exec(text.slice(p + m[0].length, ne))[0].length;
          set(p + m[0].length, p + m[0].length + ws, "w");
          L = shellLex(text, cls, p + m[0].length + ws, ne, L);
        } else { set(p, ne, "go"); L = null; }
        p = ne;
      }
      return cls;
    },
  };

  H.define("console", RULES);
})(globalThis.carnetHighlight);
