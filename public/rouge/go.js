// carnet's Rouge-compatible rules for go: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Go (Rouge's go.rb): a flat token list: comments c, numbers m, strings s,
  // runes sc, `.` and `:` operators, every other name n.
  RULES.go = {
    num: "m", punct: "p",
    words: {
      k: "break default func interface select case defer go map struct chan else goto package switch const fallthrough if range type continue for import return var",
      kt: "bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string uint8 uint16 uint32 uint64 uintptr uint",
      nb: "append cap close complex copy delete imag len make new panic print println real recover",
      no: "true false iota nil",
    },
    special: [[/\.\.\.|[.:]/y, "o"]],
    scopes: {
      comment: "c", number: "m", type: null, built_in: null, literal: null, keyword: null, title: null,
      "title.function": null, "title.class": null, params: null, "variable.language": null, "char.escape": null,
      string: function (t) {
        if (t.charAt(0) === "'") return "sc";
        if (t.charAt(0) === "`") return "s";
        return parts(t, "s", { escape: /\\(?:[abfnrtv\\'"]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2})/ });
      },
      operator: "o",
    },
  };

  H.define("go", RULES);
})(globalThis.carnetHighlight);
