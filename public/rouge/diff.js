// carnet's Rouge-compatible rules for diff: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's diff.rb: whole lines; `@@ ... @@` is p, not gu.
  var diffLex = regexLexer({
    root: [
      [/^ .*$\n?/my, ""],
      [/^---$\n?/my, "p"],
      [/^[+>]+.*$\n?/my, "gi"],
      [/^\+.*$\n?/my, "gi"],
      [/^[-<]+.*$\n?/my, "gd"],
      [/^!.*$\n?/my, "gs"],
      [/^(?:[Ii]ndex|diff).*$\n?/my, "gh"],
      [/^(@@[^@]*@@)([^\n]*\n)/my, ["p", ""]],
      [/^\w.*$\n?/my, "p"],
      [/^=.*$\n?/my, "gh"],
      [/\s.*$\n?/my, ""],
    ],
  });
  RULES.diff = { lex: lexWith(diffLex) };

  H.define("diff", RULES);
})(globalThis.carnetHighlight);
