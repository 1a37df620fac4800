// carnet's Rouge-compatible rules for ini, toml: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's ini.rb and toml.rb.
  var iniLex = regexLexer({
    basic: [
      [/[;#].*?\n/y, "c"],
      [/\s+/y, ""],
      [/\\\n/y, "se"],
    ],
    root: [
      ["mixin", "basic"],
      [/([\w\-.]+)(\s*)(=)/y, ["py", "", "p"], "value"],
      [/\[.*?\]/y, "nn"],
    ],
    value: [
      [/\n/y, "", "#pop"],
      ["mixin", "basic"],
      [/"/y, "s", "dq"],
      [/'.*?'/y, "s"],
      ["mixin", "esc_str"],
      [/[^\\\n]+/y, "s"],
    ],
    dq: [
      [/"/y, "s", "#pop"],
      ["mixin", "esc_str"],
      [/[^\\"]+/y, "s"],
    ],
    esc_str: [[/\\[\s\S]/y, "se"]],
  });
  RULES.ini = { lex: lexWith(iniLex) };
  var TOML_ID = "(?:\\S+|\"[^\"]+\"|'[^']+')";
  var tomlLex = regexLexer({
    basic: [
      [/\s+/y, ""],
      [/#.*?$/my, "c"],
      [/(?:true|false)/y, "kc"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)(\\s*)(\\{)", "y"), ["nn", "", "o", "", "p"], "inline"],
      // (Rouge's `(?<!=)` never sees the text before: it always holds)
      [/\s*\[\S+\]/y, "nn"],
      [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/y, "ld"],
      [/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/y, "mf"],
      [/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/y, "mf"],
      [/[+-]?(?:nan|inf)/y, "mf"],
      [/0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*/y, "mh"],
      [/0o[0-7]+(?:_[0-7]+)*/y, "mo"],
      [/0b[01]+(?:_[01]+)*/y, "mb"],
      [/[+-]?\d+(?:_\d+)*/y, "mi"],
    ],
    root: [
      ["mixin", "basic"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)", "y"), ["py", "", "p"], "value"],
    ],
    value: [[/\n/y, "", "#pop"], ["mixin", "content"]],
    content: [
      ["mixin", "basic"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)", "y"), ["py", "", "p"]],
      [/"""/y, "s", "mdq"],
      [/"/y, "s", "dq"],
      [/'''/y, "s", "msq"],
      [/'/y, "s", "sq"],
      ["mixin", "esc_str"],
      [/,/y, "p"],
      [/\[/y, "p", "array"],
    ],
    dq: [[/"/y, "s", "#pop"], [/\n/y, "err", "#pop"], ["mixin", "esc_str"], [/[^\\"\n]+/y, "s"]],
    mdq: [[/"""/y, "s", "#pop"], ["mixin", "esc_str"], [/[^\\"]+/y, "s"], [/"+/y, "s"]],
    sq: [[/'/y, "s", "#pop"], [/\n/y, "err", "#pop"], [/[^'\n]+/y, "s"]],
    msq: [[/'''/y, "s", "#pop"], [/[^']+/y, "s"], [/'+/y, "s"]],
    esc_str: [[/\\[0t\tn\n "\\r]/y, "se"]],
    array: [["mixin", "content"], [/\]/y, "p", "#pop"]],
    inline: [["mixin", "content"], [/\}/y, "p", "#pop"]],
  });
  RULES.toml = { lex: lexWith(tomlLex) };

  H.define("ini", RULES);
})(globalThis.carnetHighlight);
