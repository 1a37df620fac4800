// carnet's Rouge-compatible rules for kotlin: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Kotlin (Rouge's kotlin.rb): every operator is p; capitalised names nc;
  // a name before `(` or `{` nf; `val x` py; strings are one `s`, templates
  // included; import and package paths one nn.
  RULES.kotlin = {
    op: "p",
    wordRe: /[\p{L}_][\p{L}\p{N}_]*/uy,
    words: {
      k: "abstract annotation as break by catch class companion const constructor continue crossinline do dynamic else enum external false final finally for fun get if import in infix inline inner interface internal is lateinit noinline null object open operator out override package private protected public reified return sealed set super suspend tailrec this throw true try typealias typeof val var vararg when where while yield",
    },
    word: function (w, ctx) {
      var b = ctx.before;
      if (/\b(?:package|import)\s+\S*$/.test(b)) return "nn";
      if ((w === "val" || w === "var") && /^\s/.test(ctx.after)) return "kd";
      if (/^(?:class|interface|object)$/.test(w) && /^\s/.test(ctx.after) && !/\bcompanion\s+$/.test(b)) return "kd";
      if (w === "data" && /^\s+class\b/.test(ctx.after)) return "kd";
      if (/\bfun\s+(?:<[^>]*>\s*)?$/.test(b)) return /^\p{Lu}/u.test(w) && /^\./.test(ctx.after) ? "nc" : "nf";
      if (/\bfun\s+(?:<[^>]*>\s*)?\p{Lu}[\p{L}\p{N}_]*\.$/u.test(b)) return "nf";
      if (/\b(?:class|interface|object)\s+$/.test(b) && /^\p{Lu}/u.test(w)) return "nc";
      if (/\b(?:val|var)\s+$/.test(b)) return "py";
      if (rules("kotlin").kw[w]) return "k";
      if (/^\p{Lu}/u.test(w)) return "nc";
      if (/^\s*[({]/.test(ctx.after)) return "nf";
      if (/^@/.test(ctx.after)) return "nd";
      return "n";
    },
    special: [[/(?<=\b(?:package|import)\s+\S*)[^\s\w]+/y, "nn"], [/::|!!|\?[:.]|\.\./y, "o"], [/@\p{Lu}[\p{L}\p{N}_]*/uy, "nd"]],
    fix: function (text, cls) {
      // `data class` is one kd token, space included
      var re = /\bdata(\s+)class\b/g, m;
      while ((m = re.exec(text))) if (cls[m.index] === "kd") for (var i = m.index; i < m.index + m[0].length; i++) cls[i] = "kd";
    },
    scopes: {
      string: function (t) { return t.charAt(0) === "'" ? "!sc" : "!s"; },
      number: function (t) { return /^0[xX]/.test(t) ? "mh" : /^0[bB]/.test(t) ? "mb" : /[.eEfF]/.test(t) ? "mf" : "mi"; },
      meta: "nd", type: null, built_in: null, literal: null, keyword: null, title: null, "title.function": null,
      "title.class": null, params: null, "variable.language": null, variable: null, operator: "p",
      doctag: null,
    },
  };

  H.define("kotlin", RULES);
})(globalThis.carnetHighlight);
