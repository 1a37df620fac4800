// carnet's Rouge-compatible rules for swift: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's swift.rb: capitalised names are types (kt), a name before `(` a
  // function, `name:` a variable; `\(` ... `)` in strings are se.
  var SW_ID = "(?:_|(?!\\p{Mc})\\p{Alphabetic}|[\\u{10000}-\\u{10FFFF}])(?:[\\p{Alphabetic}\\p{Nd}_]|[\\u{10000}-\\u{10FFFF}])*";
  function swRe(src, flags) { return new RegExp(src.replace(/ID/g, SW_ID), "uy" + (flags || "")); }
  var SW_KW = wordSet("await break case continue default do else fallthrough if in for return switch where while try catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__ associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence prefix set unowned weak willSet throws rethrows precedencegroup #available #colorLiteral #column #else #elseif #endif #error #file #fileLiteral #function #if #imageLiteral #line #selector #sourceLocation #warning");
  var SW_DECL = wordSet("actor class deinit enum convenience extension final func import init internal lazy let nonisolated optional private protocol public required static struct subscript typealias var dynamic indirect associatedtype open fileprivate some");
  var swiftLex = regexLexer({
    bol: [[/#.*/y, "cp"], ["mixin", "inline_whitespace"], [/(?:)/y, "", "#pop"]],
    inline_whitespace: [[/\s+/y, ""], ["mixin", "has_comments"]],
    whitespace: [[/\n+/y, "", "bol"], [/\/\/.*?$/my, "c1", "bol"], ["mixin", "inline_whitespace"]],
    has_comments: [[/\/[*]/y, "cm", "nested_comment"]],
    nested_comment: [["mixin", "has_comments"], [/[*]\//y, "cm", "#pop"], [/[^*/]+/y, "cm"], [/[\s\S]/y, "cm"]],
    root: [
      ["mixin", "whitespace"],
      [/\$(?:(?:[1-9]\d*)?\d)/y, "nv"],
      [/[()\[\]{}:;,?\\]/y, "p"],
      [/[-/=+*%<>!&|^.~]+/y, "o"],
      [/@?"/y, "s", "dq"],
      [/'(?:\\.|.)'/y, "sc"],
      [/(?:\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(?:e[+-]?\d+(?:_\d)*)?/iy, "mf"],
      [/\d+e[+-]?[0-9]+/iy, "mf"],
      [/0o?[0-7]+(?:_[0-7]+)*/y, "mo"],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:(?:\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/y, "mh"],
      [/0b[01]+(?:_[01]+)*/y, "mb"],
      [/\d+(?:_\d+)*/y, "mi"],
      [swRe("@ID"), "kd"],
      [/(private|internal)(\([ ]*)(\w+)([ ]*\))/y, function (L, m) {
        if (m[3] === "set") L.token("kd", m[0]);
        else { L.token("kd", m[1]); L.token("kd", m[2]); L.token("err", m[3]); L.token("kd", m[4]); }
      }],
      [/(unowned\([ ]*)(\w+)([ ]*\))/y, function (L, m) {
        if (m[2] === "safe" || m[2] === "unsafe") L.token("kd", m[0]);
        else { L.token("kd", m[1]); L.token("err", m[2]); L.token("kd", m[3]); }
      }],
      [/#available\([^)]+\)/y, "kd"],
      [/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/y, ["kd", "nf", "kd"]],
      [/#(?:line|file|column|function|dsohandle)/y, "kd"],
      [swRe("(let|var)\\b(\\s*)(ID)"), ["k", "", "nv"]],
      [/(let|var)\b(\s*)([(])/y, ["k", "", "p"], "tuple"],
      [swRe("(?!\\b(?:if|while|for|private|internal|unowned|switch|case)\\b)\\bID(?=(?:\\?|!)?\\s*[(])"), function (L, m) {
        L.token(/^\p{Lu}/u.test(m[0]) ? "kt" : "nf", m[0]);
      }],
      [/as[?!]?(?=\s)/y, "k"],
      [/try[!]?(?=\s)/y, "k"],
      [swRe("(#?(?!default)(?!\\p{Lu})ID)(\\s*)(:)"), ["nv", "", "p"]],
      [swRe("ID"), function (L, m) {
        var w = m[0];
        L.token(SW_KW[w] ? "k" : SW_DECL[w] ? "kd" : /^(?:true|false|nil)$/.test(w) ? "kc" : /^\p{Lu}/u.test(w) ? "kt" : "n", w);
      }],
      [swRe("(`)(ID)(`)"), ["p", "nv", "p"]],
    ],
    tuple: [
      [swRe("ID"), "nv"],
      [swRe("(`)(ID)(`)"), ["p", "nv", "p"]],
      [/,/y, "p"],
      [/[(]/y, "p", "tuple"],
      [/[)]/y, "p", "#pop"],
      ["mixin", "inline_whitespace"],
    ],
    dq: [
      [/\\[\\0tnr'"]/y, "se"],
      [/\\[(]/y, "se", "interp"],
      [/\\u\{[0-9a-fA-F]{1,8}\}/y, "se"],
      [/[^\\"]+/y, "s"],
      [/"""/y, "s", "#pop"],
      [/"/y, "s", "#pop"],
    ],
    interp: [[/[(]/y, "p", "interp_inner"], [/[)]/y, "se", "#pop"], ["mixin", "root"]],
    interp_inner: [[/[(]/y, "p", "interp_inner"], [/[)]/y, "p", "#pop"], ["mixin", "root"]],
  });
  RULES.swift = { lex: function (text) { var cls = new Array(text.length); swiftLex(text, cls, 0, text.length, { stack: ["root", "bol"], data: {} }); return cls; } };

  H.define("swift", RULES);
})(globalThis.carnetHighlight);
