// carnet's Rouge-compatible rules for make: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's shell lexer, from shell.js (loaded with this file)
  function shellLex() { return LIB.raw("shell").lexer.apply(null, arguments); }
  // Rouge's make.rb: recipes and assignments' values are shell, with one
  // shell lexer state per block.
  var MAKE_FUNCTIONS = "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword|flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|warning|wildcard|word|wordlist|words";
  function makeShell(L, m) {
    L.data.shell = shellLex(L.text, L.cls, L.pos, L.pos + m[0].length, L.data.shell);
    L.skip(m[0].length);
  }
  var makeLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/#.*?\n/y, "c"],
      [/([-s]?include)((?:[\t ]+[^\t\n #]+)+)/y, ["k", "sx"]],
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)/y, ["k", "", "nv"]],
      [/(?:else|endif)[\t ]*(?=[#\n])/y, "k"],
      [/(export)([\t ]+)(?=[\w${}()\t -]+\n)/y, ["k", ""], "export"],
      [/export[\t ]+/y, "k"],
      [/([\w${}().-]+)([\t ]*)([!?:+]?=)/y, ["nv", "", "o"], "shell_line"],
      [/"(?:\\\\|\\.|[^"\\])*"/y, "s2"],
      [/'(?:\\\\|\\.|[^'\\])*'/y, "s1"],
      [/([^\n:]+)(:+)([ \t]*)/y, ["nl", "o", ""], "block_header"],
    ],
    export: [
      [/[\w${}()-]/y, "nv"],
      [/\n/y, "", "#pop"],
      [/[\t ]+/y, ""],
    ],
    block_header: [
      [/[^,\\\n#]+/y, "nf"],
      [/,/y, "p"],
      [/#.*?/y, "c"],
      [/\\\n/y, ""],
      [/\\./y, ""],
      [/\n/y, "", ">block_body"],
    ],
    block_body: [
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)/y, ["k", "", "nv", "c", ""]],
      [/(else|endif)([\t ]*)(#.*)?(\n)/y, ["k", "", "c", ""]],
      [/(\t[\t ]*)([@-]?)/y, ["", "p"], "shell_line"],
      [/(?:)/y, function (L) { L.data.shell = null; }, "#pop"],
    ],
    shell: [
      [/\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/iy, "nv"],
      [new RegExp("(\\$[({])([\\t ]*)(" + MAKE_FUNCTIONS + ")([\\t ]+)", "y"), ["nf", "", "nb", ""], "shell_expr"],
      [/\\[\s\S]/y, makeShell],
      [/[\s\S]+?(?=\$\(|\$\{|\(|\)|\}|\\|$)/my, makeShell],
      [/\$\(|\$\{|\(|\)|\}|\\|$/my, makeShell],
    ],
    shell_expr: [
      [/[({]/y, makeShell, "shell_expr"],
      [/[)}]/y, "nf", "#pop"],
      ["mixin", "shell"],
    ],
    shell_line: [
      [/\n/y, "", "#pop"],
      ["mixin", "shell"],
    ],
  });
  RULES.make = { lex: lexWith(makeLex) };

  H.define("make", RULES);
})(globalThis.carnetHighlight);
