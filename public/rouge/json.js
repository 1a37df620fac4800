// carnet's Rouge-compatible rules for json: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's json.rb: keys nl, whitespace w.
  var jsonLex = regexLexer({
    whitespace: [[/\s+/y, "w"]],
    root: [
      ["mixin", "whitespace"],
      [/\{/y, "p", "object"],
      [/\[/y, "p", "array"],
      ["mixin", "name"],
      ["mixin", "value"],
      [/[\]}]/y, "p"],
    ],
    object: [
      ["mixin", "whitespace"],
      ["mixin", "name"],
      ["mixin", "value"],
      [/\}/y, "p", "#pop"],
      [/,/y, "p"],
    ],
    name: [[/("(?:\\.|[^"\\\n])*?")(\s*)(:)/y, ["nl", "w", "p"]]],
    value: [
      ["mixin", "whitespace"],
      ["mixin", "constants"],
      [/"/y, "s2", "string"],
      [/\[/y, "p", "array"],
      [/\{/y, "p", "object"],
    ],
    string: [
      [/[^\\"]+/y, "s2"],
      [/\\./y, "se"],
      [/"/y, "s2", "#pop"],
    ],
    array: [
      ["mixin", "value"],
      [/\]/y, "p", "#pop"],
      [/,/y, "p"],
    ],
    constants: [
      [/(?:true|false|null)/y, "kc"],
      [/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/iy, "mf"],
      [/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/iy, "mi"],
    ],
  });
  RULES.json = { lex: lexWith(jsonLex) };

  H.define("json", RULES);
})(globalThis.carnetHighlight);
