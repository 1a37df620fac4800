// carnet's Rouge-compatible rules for scss: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's scss.rb and sass/common.rb (with css.rb's word lists).
  var SASS_ID = "[\\w-]+";
  function sassRe(src, flags) { return new RegExp(src.replace(/ID/g, SASS_ID), "y" + (flags || "")); }
  var scssLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/\/\/.*?$/my, "c1"],
      [/\/[*][\s\S]*?[*]\//y, "cm"],
      [/@import\b/y, "k", "value"],
      ["mixin", "content_common"],
      [/(?=[^;{}][;}])/y, "", "attribute"],
      [/(?=[^;{}:\[]+:[^a-z])/y, "", "attribute"],
      [/(?:)/y, "", "selector"],
    ],
    end_section: [
      [/\n/y, ""],
      [/[;{}]/y, function (L, m) { L.token("p", m[0]); L.stack.length = 1; }],
    ],
    content_common: [
      [/@for\b/y, "k", "for"],
      [/@(?:debug|warn|if|each|while|else|return|media)/y, "k", "value"],
      [sassRe("(@mixin)(\\s+)(ID)"), ["k", "", "nf"], "value"],
      [sassRe("(@function)(\\s+)(ID)"), ["k", "", "nf"], "value"],
      [/@extend\b/y, "k", "selector"],
      [sassRe("(@include)(\\s+)(ID)"), ["k", "", "nd"], "value"],
      [sassRe("@ID"), "k", "selector"],
      [/&/y, "k", "selector"],
      [sassRe("([$]ID)([ \\t]*)(:)"), ["nv", "", "p"], "value"],
    ],
    value: [
      ["mixin", "end_section"],
      [/[ \t]+/y, ""],
      [sassRe("[$]ID"), "nv"],
      [/url[(]/y, "sx", "string_url"],
      [sassRe("ID(?=\\s*[(])"), "nf"],
      [sassRe("%ID"), "nd"],
      [/(?:true|false)\b/y, "bp"],
      [/(?:and|or|not)\b/y, "ow"],
      [/#[a-z0-9]{1,6}/iy, "mh"],
      [/-?\d+(?:%|[a-z]+)?/y, "m"],
      [/-?\d*\.\d+(?:%|[a-z]+)?/y, "mi"],
      ["mixin", "has_strings"],
      ["mixin", "has_interp"],
      [/[~^*!&%<>|+=@:,./?-]+/y, "o"],
      [/[\[\]()]+/y, "p"],
      [/\/[*]/y, "cm", "inline_comment"],
      [/\/\/[^\n]*/y, "c1"],
      [sassRe("ID"), function (L, m) { L.token(LIB.raw("css").builtins[m[0]] ? "nb" : LIB.raw("css").constants[m[0]] ? "no" : "n", m[0]); }],
    ],
    has_interp: [[/[#][{]/y, "si", "interpolation"]],
    has_strings: [[/"/y, "s2", "dq"], [/'/y, "s1", "sq"]],
    interpolation: [[/\}/y, "si", "#pop"], ["mixin", "value"]],
    selector: [
      ["mixin", "end_section"],
      ["mixin", "has_strings"],
      ["mixin", "has_interp"],
      [/[ \t]+/y, ""],
      [/:/y, "nd", "pseudo_class"],
      [/[.]/y, "nc", "class"],
      [/#/y, "nn", "id"],
      [/%/y, "nv", "placeholder"],
      [sassRe("ID"), "nt"],
      [/&/y, "k"],
      [/[~^*!&\[\]()<>|+=@:;,./?-]/y, "o"],
    ],
    dq: [[/"/y, "s2", "#pop"], ["mixin", "has_interp"], [/(?:\\.|#(?![{])|[^\n"#])+/y, "s2"]],
    sq: [[/'/y, "s1", "#pop"], ["mixin", "has_interp"], [/(?:\\.|#(?![{])|[^\n'#])+/y, "s1"]],
    string_url: [[/[)]/y, "sx", "#pop"], [/(?:\\.|#(?![{])|[^\n)#])+/y, "sx"], ["mixin", "has_interp"]],
    selector_piece: [["mixin", "has_interp"], [/(?:)/y, "", "#pop"]],
    pseudo_class: [[sassRe("ID"), "nd"], ["mixin", "selector_piece"]],
    class: [[sassRe("ID"), "nc"], ["mixin", "selector_piece"]],
    id: [[sassRe("ID"), "nn"], ["mixin", "selector_piece"]],
    placeholder: [[sassRe("ID"), "nv"], ["mixin", "selector_piece"]],
    for: [[/from|to|through/y, "ow"], ["mixin", "value"]],
    attr_common: [["mixin", "has_interp"], [sassRe("ID"), function (L, m) { L.token(LIB.raw("css").attrs[m[0]] ? "nl" : "na", m[0]); }]],
    attribute: [["mixin", "attr_common"], [/([ \t]*)(:)/y, ["", "p"], "value"]],
    inline_comment: [[/(?:\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+/y, "cm"], ["mixin", "has_interp"], [/[*]\//y, "cm", "#pop"]],
  });
  RULES.scss = { lex: lexWith(scssLex) };

  H.define("scss", RULES);
})(globalThis.carnetHighlight);
