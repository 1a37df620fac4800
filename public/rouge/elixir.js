// carnet's Rouge-compatible rules for elixir: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's elixir.rb. (Its lookbehinds never see the text before the
  // token: `(?<!\.)` always holds, `(?<=\s)` never does.)
  var elixirLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/#.*$/my, "c1"],
      [/\b(?:case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol|defimpl|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|\b(?:do|->)\b/y, "k"],
      [/\b(?:import|require|use|recur|quote|unquote|super|refer)\b(?![?!])/y, "kn"],
      [/\b(?:and|not|or|when|xor|in)\b/y, "ow"],
      [/%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|(?=\s)\?|&(?:&&?|(?!\d))|\|\||\^|\*|\+|-|\/|\||\+\+|--|\*\*|\/\/|<-|<>|<<|>>|=|\.|~~~/y, "o"],
      [/(:)([a-zA-Z_]\w*(?:[?!]|=(?![>=]))?|<>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|--?|\|\|?|!|\/\/|[%&`/|]|\*\*?|=?~|<-)|([a-zA-Z_]\w*[?!]?)(:)(?!:)/y, "ss"],
      [/:"/y, "ss", "interpoling_symbol"],
      [/\b(?:nil|true|false)\b(?![?!])|\b[A-Z]\w*\b/y, "no"],
      [/\b__(?:FILE|LINE|MODULE|MAIN|FUNCTION)__\b(?![?!])/y, "bp"],
      [/[a-zA-Z_!]\w*[!?]?/y, "n"],
      [/::|[%(){};,/|:\\\[\]]/y, "p"],
      [/@[a-zA-Z_]\w*|&\d/y, "nv"],
      [/\b\d(?:_?\d)*(?:\.(?![^\d\s])(?:_?\d)+)(?:[eE][-+]?\d(?:_?\d)*)?\b/y, "mf"],
      [/\b0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*\b/y, "mh"],
      [/\b0o[0-7](?:_?[0-7])*\b/y, "mo"],
      [/\b0b[01](?:_?[01])*\b/y, "mb"],
      [/\b\d(?:_?\d)*\b/y, "mi"],
      ["mixin", "strings"],
      ["mixin", "sigil_strings"],
    ],
    strings: [
      [/(?:%[A-Ba-z])?"""[\s\S]*?"""/y, "sd"],
      [/'''[\s\S]*?'''/y, "sd"],
      [/"/y, "s2", "dqs"],
      [/'/y, "s1", "sqs"],
      [/\?(?:\\(?:x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])|(?:\\[MC]-)+\w|[^\s\\])/y, "sx"],
    ],
    dqs: [["mixin", "escapes"], ["mixin", "interpoling"], [/[^#"\\]+/y, "s2"], [/"/y, "s2", "#pop"], [/[#\\]/y, "s2"]],
    sqs: [["mixin", "escapes"], ["mixin", "interpoling"], [/[^#'\\]+/y, "s1"], [/'/y, "s1", "#pop"], [/[#\\]/y, "s1"]],
    interpoling: [[/#\{/y, "si", "interpoling_string"]],
    interpoling_string: [[/\}/y, "si", "#pop"], ["mixin", "root"]],
    escapes: [[/\\x[0-9a-fA-F]{2}/y, "se"], [/\\u\{?\d+\}?/y, "se"], [/\\[\\abdefnrstv0"']/y, "se"]],
    interpoling_symbol: [[/"/y, "ss", "#pop"], ["mixin", "interpoling"], [/[^#"]+/y, "ss"]],
    sigil_strings: [
      [/~([A-Za-z])?([{[(<|/'"])/y, function (L, m) {
        var open = m[2], close = { "{": "}", "[": "]", "(": ")", "<": ">" }[open] || open;
        var interp = /[SRCW]/.test(m[1] || ""), tok = m[1] && "Rr".indexOf(m[1]) >= 0 ? "sr" : "sx";
        var esc = function (c) { return c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"); };
        if (tok === "sr") L.push("regex_flags");
        if (m[1] && "Ww".indexOf(m[1]) >= 0) L.push("list_flags");
        L.token(tok, m[0]);
        var uniq = (open === close ? open : open + close);
        var st = [[new RegExp(esc(close), "y"), tok, "#pop"]];
        if (interp) st = st.concat(L.rules("interpoling"), [[/#/y, tok]]);
        else st.push([/[\\#]/y, tok]);
        st.push([new RegExp("[^#" + esc(uniq) + "\\\\]+", "y"), tok]);
        L.push(st);
      }],
    ],
    regex_flags: [[/[fgimrsux]*/y, "sr", "#pop"]],
    list_flags: [[/[csa]?/y, "sx", "#pop"]],
  });
  RULES.elixir = { lex: lexWith(elixirLex) };

  H.define("elixir", RULES);
})(globalThis.carnetHighlight);
