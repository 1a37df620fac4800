// carnet's Rouge-compatible rules for r: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's r.rb: base's primitive functions are nf when called, whitespace w.
  var R_PRIMITIVES = "abs|acos|acosh|all|any|anyNA|Arg|as\\.call|as\\.character|as\\.complex|as\\.double|as\\.environment|as\\.integer|as\\.logical|as\\.null\\.default|as\\.numeric|as\\.raw|asin|asinh|atan|atanh|attr|attributes|baseenv|browser|c|call|ceiling|class|Conj|cos|cosh|cospi|cummax|cummin|cumprod|cumsum|digamma|dim|dimnames|emptyenv|exp|expression|floor|forceAndCall|gamma|gc\\.time|globalenv|Im|interactive|invisible|is\\.array|is\\.atomic|is\\.call|is\\.character|is\\.complex|is\\.double|is\\.environment|is\\.expression|is\\.finite|is\\.function|is\\.infinite|is\\.integer|is\\.language|is\\.list|is\\.logical|is\\.matrix|is\\.na|is\\.name|is\\.nan|is\\.null|is\\.numeric|is\\.object|is\\.pairlist|is\\.raw|is\\.recursive|is\\.single|is\\.symbol|lazyLoadDBfetch|length|lgamma|list|log|max|min|missing|Mod|names|nargs|nzchar|oldClass|on\\.exit|pos\\.to\\.env|proc\\.time|prod|quote|range|Re|rep|retracemem|return|round|seq_along|seq_len|seq\\.int|sign|signif|sin|sinh|sinpi|sqrt|standardGeneric|substitute|sum|switch|tan|tanh|tanpi|tracemem|trigamma|trunc|unclass|untracemem|UseMethod|xtfrm";
  var rLex = regexLexer({
    root: [
      [/#'.*?$/my, "cd"],
      [/#.*?$/my, "c1"],
      [/\s+/y, "w"],
      [/`[^`]+?`/y, "n"],
      [/'(?:\\.|[\s\S])*?'/y, "s1"],
      [/"(?:\\.|[\s\S])*?"/y, "s2"],
      [/%[^%]*?%/y, "o"],
      [/0[xX][a-fA-F0-9]+(?:[pP][0-9]+)?[Li]?/y, "mh"],
      [/[+-]?(?:\d+(?:[.]\d+)?|[.]\d+)(?:[eE][+-]?\d+)?[Li]?/y, "m"],
      // (Rouge's `(?<!.)` never sees the text before: it always holds)
      [new RegExp("\\b(?:" + R_PRIMITIVES + ")(?=\\()", "y"), "nf"],
      [/(?:(?:\p{L}|[.][._\p{L}])[._\p{L}\p{N}]*)|[.]/uy, function (L, m) {
        var w = m[0];
        L.token(/^(?:if|else|for|while|repeat|in|next|break|function)$/.test(w) ? "k"
          : /^(?:NULL|Inf|TRUE|FALSE|NaN|NA|NA_integer_|NA_real_|NA_complex_|NA_character_)$/.test(w) ? "kc"
          : /^(?:LETTERS|letters|month\.abb|month\.name|pi|T|F)$/.test(w) ? "nb" : "n", w);
      }],
      [/[\[\]{}();,]/y, "p"],
      [/[-<>?*+^/!=~$@:%&|]/y, "o"],
    ],
  });
  RULES.r = { lex: lexWith(rLex) };

  H.define("r", RULES);
})(globalThis.carnetHighlight);
