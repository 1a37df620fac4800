// carnet's Rouge-compatible rules for javascript, typescript: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // JavaScript: every other name is `nx`; string quotes are `dl`, template
  // strings `s2` with `${`/`}` as `p`; regexes split into `sr` and `se`
  // (classes, groups, escapes), as Rouge's regex state does.
  var JS_WORDS = {
    k: "as async await break case catch continue debugger default delete do else export finally from for if import in instanceof new of return super switch this throw try typeof void while yield",
    kd: "var let const with function class extends constructor get set static",
    kr: "enum implements interface package private protected public",
    kc: "true false null NaN Infinity undefined",
    nb: "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer",
  };
  function jsString(t, ctx) {
    var c = t.charAt(0);
    if (c === "`") {
      // `\${` and `\`` are escapes; `${` ... `}` are punctuation around code
      var out = parts(t, "s2", { escape: /\\[$`]/ });
      return out;
    }
    if (c !== '"' && c !== "'") return "s";
    return parts(t, c === '"' ? "s2" : "s1", { delim: /^["']/, escape: /\\[\\nrt"']?/ });
  }
  // `name:` as Rouge's javascript.rb sees it. A `{` opens an object (its
  // object state, where every `name:` is a key, na) unless it follows what
  // leaves the lexer in its root state: `)`, `]`, a name, a number or a
  // string (then it is a block); inside an object every `{` is an object.
  // Right after `;`, `}` or a block's `{` the lexer is in its statement
  // state, where `name:` is a label (nl); elsewhere a name is nx.
  var braceCache = { text: null, braces: null };
  function jsBraces(text, tag) {
    if (braceCache.text === text) return braceCache.braces;
    var re = /"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\/\/.*|\/\*[\s\S]*?\*\/|[{}]/g, m, stack = [], out = [];
    var kw = rules(tag).kw;
    while ((m = re.exec(text))) {
      if (m[0] === "}") { var o = stack.pop(); if (o) o.close = m.index; continue; }
      if (m[0] !== "{") continue;
      var b = text.slice(0, m.index).replace(/\s+$/, ""), c = b.slice(-1), w = /[\w$]+$/.exec(b);
      var block = c === ")" || c === "]" || c === "\"" || c === "'" || c === "`" ||
        (w && !/^(k|kd)$/.test(kw[w[0]] || "") && !/^\d/.test(w[0])) || (w && /^\d/.test(w[0]));
      var br = { open: m.index, close: text.length, object: (stack.length && stack[stack.length - 1].object) || !block };
      stack.push(br);
      out.push(br);
    }
    braceCache = { text: text, braces: out };
    return out;
  }
  function jsLabel(w, ctx) {
    var ts = ctx.tag === "typescript";
    if (!(ts ? /^\??\s*:(?!:)/ : /^\s*:(?!:)/).test(ctx.after)) return undefined;
    var before = ctx.text.slice(0, ctx.start).replace(/\s+$/, ""), c = before.slice(-1);
    var bs = jsBraces(ctx.text, ctx.tag), inner = null;
    for (var i = 0; i < bs.length && bs[i].open < ctx.start; i++) if (bs[i].close > ctx.start) inner = bs[i];
    var statement = c === "" || c === ";" || c === "}" || (c === "{" && inner && inner.open === before.length - 1 && !inner.object);
    if (statement) return "nl";
    if (inner && inner.object && /^\s*:/.test(ctx.after)) return "na";
    return undefined;
  }
  function jsRegex(t) {
    var out = new Array(t.length), i = 0, end = t.lastIndexOf("/");
    function set(a, b, k) { for (var j = a; j < b; j++) out[j] = k; }
    set(0, t.length, "sr");
    i = 1;
    while (i < end) {
      var c = t.charAt(i), m;
      if (c === "\\") { set(i, i + 2, "se"); i += 2; }
      else if (c === "[") {
        // a class: its brackets and escapes are se, the rest sr
        var j = i + (t.charAt(i + 1) === "^" ? 2 : 1);
        set(i, j, "se");
        while (j < end && t.charAt(j) !== "]") { if (t.charAt(j) === "\\") { set(j, j + 2, "se"); j += 2; } else if (t.charAt(j) === "/") { set(j, j + 1, "se"); j++; } else j++; }
        set(j, j + 1, "se");
        i = j + 1;
      } else if ((m = /^\(\?[:=<!]/.exec(t.slice(i)))) { set(i, i + m[0].length, "se"); i += m[0].length; }
      else if ((m = /^\{[\d,]+\}/.exec(t.slice(i)))) { set(i, i + m[0].length, "se"); i += m[0].length; }
      else if ("()?".indexOf(c) >= 0) { set(i, i + 1, "se"); i++; }
      else i++;
    }
    return out;
  }
  function jsSubst(t) {
    // `${` and `}` are punctuation, the inside is code
    var out = new Array(t.length);
    for (var i = 0; i < t.length; i++) out[i] = null;
    if (/^\$\{/.test(t)) { out[0] = out[1] = "p"; }
    if (/\}$/.test(t)) out[t.length - 1] = "p";
    return out;
  }
  RULES.javascript = {
    name: "nx",
    wordRe: /[A-Za-z$_\u00c0-\uffff][\w$\u00c0-\uffff]*/y,
    words: JS_WORDS,
    special: [[/\?\?=?/y, "o"], [/\?\.?/y, "p"], [/#/y, "err"]],
    word: jsLabel,
    scopes: {
      string: jsString, regexp: jsRegex, subst: jsSubst,
      meta: function (t) { return /^["']/.test(t) ? jsString(t) : "cp"; },
      attr: "nx", property: "nx", title: "nx", "title.function": "nx", "title.class": "nx",
      "variable.language": "nx", "variable.constant": "nx", built_in: "nx", type: "nx", literal: "kc",
      "title.class.inherited": "nx",
      params: null, keyword: "k", operator: "o",
    },
  };
  var TS_WORDS = {
    k: JS_WORDS.k + " is namespace static private protected public implements readonly",
    kd: JS_WORDS.kd + " type abstract",
    kr: JS_WORDS.kr + " string any void number namespace module declare default interface keyof",
    kc: JS_WORDS.kc,
    nb: JS_WORDS.nb + " Pick Partial Readonly Record",
  };
  RULES.typescript = {
    name: "nx", wordRe: RULES.javascript.wordRe, words: TS_WORDS,
    special: RULES.javascript.special, word: jsLabel,
    scopes: RULES.javascript.scopes,
  };

  H.define("javascript", RULES);
})(globalThis.carnetHighlight);
