// carnet's Rouge-compatible rules for nginx: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's nginx.rb.
  var NGINX_ID = "[^\\s$;{}()#]+";
  var nginxLex = regexLexer({
    root: [
      [/(include)(\s+)([^\s;]+)/y, ["k", "", "n"]],
      [new RegExp(NGINX_ID, "y"), "k", "statement"],
      ["mixin", "base"],
    ],
    block: [
      [/\}/y, "p", "#pop"],
      [new RegExp(NGINX_ID, "y"), "kn", "statement"],
      ["mixin", "base"],
    ],
    statement: [
      [/\{/y, "p", ">block"],
      [/;/y, "p", "#pop"],
      ["mixin", "base"],
    ],
    base: [
      [/\s+/y, ""],
      [/#.*/y, "c1"],
      [/(?:on|off)\b/y, "no"],
      [/[$][\w-]+/y, "nv"],
      [/([a-z0-9.-]+)(:)([0-9]+)/iy, ["nf", "p", "mi"]],
      [/[a-z-]+\/[a-z-]+/iy, "nc"],
      [/[0-9]+[kmg]?\b/iy, "mi"],
      [/(~)(\s*)([^\s{]+)/y, ["p", "", "sr"]],
      [/[:=~]/y, "p"],
      [new RegExp("/(?:" + NGINX_ID + ")?", "y"), "n"],
      [/[^#\s;{}$\\]+/y, "s"],
      [/[$;]/y, ""],
    ],
  });
  RULES.nginx = { lex: lexWith(nginxLex) };

  H.define("nginx", RULES);
})(globalThis.carnetHighlight);
