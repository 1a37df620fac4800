// carnet's Rouge-compatible rules for scala: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's scala.rb: after `:` (a keyword) comes a type (kt) up to `,`, `)`,
  // `=` or the line's end; `x.y` is nv, o, py; capitalised names nc.
  var SC = {
    letter: "[\\p{L}$_]", upper: "[\\p{Lu}$_]",
    op: "(?:(?![\\s\\p{L}$_0-9(){}\\[\\]\u2018\u2019\".;,])[\\u0020-\\u007F\\p{Sm}\\p{So}])",
  };
  SC.idrest = SC.letter + "(?:" + SC.letter + "|[0-9])*(?:(?<=_)" + SC.op + "+)?";
  SC.chunk = "(?:" + SC.idrest + "|" + SC.op + "+`[^`]+`)";
  function scRe(src, flags) {
    return new RegExp(src.replace(/IDREST/g, SC.idrest).replace(/UPPER/g, SC.upper).replace(/OP/g, SC.op).replace(/CHUNK/g, SC.chunk), "uy" + (flags || ""));
  }
  var scalaLex = regexLexer({
    root: [
      [/(class|trait|object)(\s+)/y, ["k", ""], "class"],
      [scRe("'IDREST(?!')"), "ss"],
      [/[^\S\n]+/y, ""],
      [/\/\/.*/y, "c1"],
      [/\/\*/y, "cm", "comment"],
      [scRe("@IDREST"), "nd"],
      [scRe("(def)(\\s+)(IDREST|OP+|`[^`]+`)(\\s*)"), ["k", "", "nf", ""]],
      [scRe("(val)(\\s+)(IDREST|OP+|`[^`]+`)(\\s*)"), ["k", "", "nv", ""]],
      [scRe("(this)(\\n*)(\\.)(IDREST)"), ["k", "", "o", "py"]],
      [scRe("(IDREST|_)(\\n*)(\\.)(IDREST)"), ["nv", "", "o", "py"]],
      [scRe("UPPERIDREST\\b"), "nc"],
      [scRe("(IDREST)(\\s*)(\\()"), ["nf", "", "o"]],
      [scRe("(\\.)(IDREST)"), ["o", "py"]],
      [/(?:abstract|case|catch|def|do|else|extends|final|finally|for|forSome|if|implicit|lazy|match|new|override|private|protected|requires|return|sealed|super|this|throw|try|val|var|while|with|yield)\b|(?:<[%:-]|=>|>:|[#=@_\u21D2\u2190])(?:\b|(?=\s)|$)/my, "k"],
      [scRe(":(?!OP)"), "k", "type"],
      [/(?:true|false|null)\b/y, "kc"],
      [/(import|package)(\s+)/y, ["k", ""], "import"],
      [/(type)(\s+)/y, ["k", ""], "type"],
      [/"""[\s\S]*?"""(?!")/y, "s"],
      [/"(?:\\\\|\\"|[^"])*"/y, "s"],
      [/'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'/y, "sc"],
      [scRe("IDREST"), "n"],
      [/`[^`]+`/y, "n"],
      [/\[/y, "o", "typeparam"],
      [/[(){};,.#]/y, "o"],
      [scRe("OP+"), "o"],
      [/(?:[0-9][0-9]*\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?/y, "mf"],
      [/[0-9][0-9]*[fFdD]/y, "mf"],
      [/0x[0-9a-fA-F]+/y, "mh"],
      [/[0-9]+L?/y, "mi"],
      [/\n/y, ""],
    ],
    class: [
      [scRe("(IDREST|OP+|`[^`]+`)(\\s*)(\\[)"), ["nc", "", "o"], ">typeparam"],
      [/\s+/y, ""],
      [/\{/y, "o", "#pop"],
      [/\(/y, "o", "#pop"],
      [/\/\/.*/y, "c1", "#pop"],
      [scRe("IDREST|OP+|`[^`]+`"), "nc", "#pop"],
    ],
    type: [
      [/\s+/y, ""],
      [/<[%:]|>:|[#_\u21D2]|forSome|type/y, "k"],
      [/([,);}]|=>|=)(\s*)/y, ["o", ""], "#pop"],
      [/[({]/y, "o", "type"],
      [scRe("(CHUNK(?:\\.CHUNK)*)(\\s*)(\\[)"), ["kt", "", "o"], ">typeparam"],
      [scRe("(CHUNK(?:\\.CHUNK)*)(\\s*)$", "m"), ["kt", ""], "#pop"],
      [/\/\/.*/y, "c1", "#pop"],
      [scRe("\\.|IDREST|OP+|`[^`]+`"), "kt"],
    ],
    typeparam: [
      [/[\s,]+/y, ""],
      [/<[%:]|=>|>:|[#_\u21D2]|forSome|type/y, "k"],
      [/[\])}]/y, "o", "#pop"],
      [/[(\[{]/y, "o", "typeparam"],
      [scRe("\\.|IDREST|OP+|`[^`]+`"), "kt"],
    ],
    comment: [
      [/[^/*]+/y, "cm"],
      [/\/\*/y, "cm", "comment"],
      [/\*\//y, "cm", "#pop"],
      [/[*/]/y, "cm"],
    ],
    import: [[scRe("(?:IDREST|\\.)+"), "nn", "#pop"]],
  });
  RULES.scala = { lex: lexWith(scalaLex) };

  H.define("scala", RULES);
})(globalThis.carnetHighlight);
