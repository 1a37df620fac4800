// carnet's Rouge-compatible rules for haskell: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's haskell.rb: reserved words kr, capitalised names kt, others n;
  // `-- |` comments cd; module and import names nn.
  var HS_OPS = "[:!#$%&*+.\\\\/<=>?@^|~-]";
  var haskellLex = regexLexer({
    basic: [
      [/\s+/y, ""],
      [/\{-#/y, "cp", "comment_preproc"],
      [/\{-/y, "cm", "comment"],
      [/^--\s+\|.*?$/my, "cd"],
      [/--(?![!#$%&*+./<=>?@^|_~]).*?$/my, "c1"],
    ],
    comment: [[/-\}/y, "cm", "#pop"], [/\{-/y, "cm", "comment"], [/[^-{}]+/y, "cm"], [/[-{}]/y, "cm"]],
    comment_preproc: [[/-\}/y, "cp", "#pop"], [/\{-/y, "cp", "comment"], [/[^-{}]+/y, "cp"], [/[-{}]/y, "cp"]],
    root: [
      ["mixin", "basic"],
      [/'(?=(?:.|\\\S+)')/y, "sc", "character"],
      [/"/y, "s", "string"],
      [/\d+e[+-]?\d+/iy, "mf"],
      [/\d+\.\d+(?:e[+-]?\d+)?/iy, "mf"],
      [/0o[0-7]+/iy, "mo"],
      [/0x[\da-f]+/iy, "mh"],
      [/\d+/y, "mi"],
      [/[\w']+/y, function (L, m) {
        var w = m[0];
        if (w === "import") { L.token("kr", w); L.push("import"); }
        else if (w === "module") { L.token("kr", w); L.push("module"); }
        else L.token(/^(?:_|case|class|data|default|deriving|do|else|if|in|infix|infixl|infixr|instance|let|newtype|of|then|type|where)$/.test(w) ? "kr" : /^'?[A-Z]/.test(w) ? "kt" : "n", w);
      }],
      [new RegExp("\\\\(?!" + HS_OPS + "+)", "y"), "nf"],
      [new RegExp("(?:<-|::|->|=>|=)(?!" + HS_OPS + "+)", "y"), "o"],
      [new RegExp(":" + HS_OPS + "*", "y"), "o"],
      [new RegExp(HS_OPS + "+", "y"), "o"],
      [/\[\s*\]/y, "kt"],
      [/\(\s*\)/y, "nb"],
      [/(\[)([_a-z][\w']*)(\|)/y, ["o", "n", "o"], "quasiquotation"],
      [/[\[\](),;`{}]/y, "p"],
    ],
    import: [
      [/\s+/y, ""],
      [/"/y, "s", "string"],
      [/\bqualified\b/y, "k"],
      [/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/y, ["nn", "", "k", "", "n"], "#pop"],
      [/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/y, ["nn", "", "k", "", "p"], ">funclist"],
      [/([A-Z][\w.]*)(\s+)(\()/y, ["nn", "", "p"], ">funclist"],
      [/[\w.]+/y, "nn", "#pop"],
    ],
    module: [
      [/\s+/y, ""],
      [/([A-Z][\w.]*)(\s+)(\()/y, ["nn", "", "p"], "funclist"],
      [/\bwhere\b/y, "kr", "#pop"],
      [/[A-Z][a-zA-Z0-9_.]*/y, "nn", "#pop"],
    ],
    funclist: [
      ["mixin", "basic"],
      [/[A-Z]\w*/y, "kt"],
      [/_[\w']+|[a-z][\w']*/y, "nf"],
      [/,/y, "p"],
      [new RegExp(HS_OPS + "+", "y"), "o"],
      [/\(/y, "p", "funclist"],
      [/\)/y, "p", "#pop"],
    ],
    character: [
      [/\\/y, function (L, m) { L.token("se", m[0]); L.goto("character_end"); L.push("escape"); }],
      [/./y, "sc", ">character_end"],
    ],
    character_end: [[/'/y, "sc", "#pop"], [/./y, "err", "#pop"]],
    quasiquotation: [[/\|\]/y, "o", "#pop"], [/[^|]+/y, ""], [/\|/y, ""]],
    string: [[/"/y, "s", "#pop"], [/\\/y, "se", "escape"], [/[^\\"]+/y, "s"]],
    escape: [
      [/[abfnrtv"'&\\]/y, "se", "#pop"],
      [/\^[\][A-Z@^_]/y, "se", "#pop"],
      [/NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL/y, "se", "#pop"],
      [/o[0-7]+/iy, "se", "#pop"],
      [/x[\da-f]+/iy, "se", "#pop"],
      [/\d+/y, "se", "#pop"],
      [/\s+\\/y, "se", "#pop"],
    ],
  });
  RULES.haskell = { lex: lexWith(haskellLex) };

  H.define("haskell", RULES);
})(globalThis.carnetHighlight);
