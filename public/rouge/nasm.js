// carnet's Rouge-compatible rules for nasm: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's nasm.rb.
  var nasmLex = regexLexer({
    root: [
      [/^\s*%/my, "cp", "preproc"],
      ["mixin", "whitespace"],
      [/[a-z$._?][\w$.?#@~]*:/iy, "nl"],
      [/([a-z$._?][\w$.?#@~]*)(\s+)(equ)/iy, ["no", "kd", "kd"], "instruction_args"],
      [/BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE/y, "k", "instruction_args"],
      [/(?:res|d)[bwdqt]|times/iy, "kd", "instruction_args"],
      [/[a-z$._?][\w$.?#@~]*/iy, "nf", "instruction_args"],
      [/[\r\n]+/y, ""],
    ],
    instruction_args: [
      // (in Rouge's source `[^"\\n]` excludes a backslash and the letter n)
      [/"(?:\\\\"|[^"\\n])*"|'(?:\\\\'|[^'\\n])*'|`(?:\\\\`|[^`\\n])*`/y, "s"],
      // (its `$0[\da-f]*` alternative can never match: `$` is the line's end)
      [/0x[\da-f]+|\d+[\da-f]*h/iy, "mh"],
      [/[0-7]+q/iy, "mo"],
      [/[01]+b/iy, "mb"],
      [/\d+\.e?\d+/iy, "mf"],
      [/\d+/y, "mi"],
      ["mixin", "punctuation"],
      [/r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]/iy, "nb"],
      [/[a-z$._?][\w$.?#@~]*/iy, "nv"],
      [/[\r\n]+/y, "", "#pop"],
      ["mixin", "whitespace"],
    ],
    preproc: [[/[^;\n]+/y, "cp"], [/;.*?\n/y, "c1", "#pop"], [/\n/y, "cp", "#pop"]],
    whitespace: [[/\n/y, ""], [/[ \t]+/y, ""], [/;.*/y, "c1"]],
    punctuation: [
      [/[,():\[\]]+/y, "p"],
      [/[&|^<>+*\/%~-]+/y, "o"],
      [/\$+/y, "kc"],
      [/seg|wrt|strict/iy, "ow"],
      [/byte|[dq]?word/iy, "kt"],
    ],
  });
  RULES.nasm = { lex: lexWith(nasmLex) };

  H.define("nasm", RULES);
})(globalThis.carnetHighlight);
