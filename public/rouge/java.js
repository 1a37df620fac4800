// carnet's Rouge-compatible rules for java: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Java (Rouge's java.rb): every operator and bracket is `o`; `.name` is an
  // attribute (na); CONSTANT_CASE no, CamelCase nc; `name:` a label; import
  // and package paths one nn; strings `s`, chars `sc`.
  RULES.java = {
    punct: "o",
    words: {
      k: "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while",
      kd: "abstract const enum extends final implements native private protected public static strictfp super synchronized throws transient volatile class interface",
      kt: "boolean byte char double float int long short var void",
      kc: "true false null",
      kn: "import package",
    },
    word: function (w, ctx) {
      if (/\b(?:import|package)\s+(?:static\s+)?[\w.]*$/.test(ctx.before)) return "nn";
      if (/\.$/.test(ctx.before)) return "na";
      if (rules("java").kw[w]) return undefined;
      if (/\b(?:class|interface)\s+$/.test(ctx.before)) return "nc";
      if (/^:/.test(ctx.after)) return "nl";
      // Rouge's method-signature rule: `words... name(` from a line's start
      // (so `return foo(` and `throw new Foo(` too, on a line of their own)
      if (/^\s*\(/.test(ctx.after) && /^\s*(?:[a-zA-Z_][\w.\[\]<>]*\s+)+$/.test(ctx.before) &&
          (ctx.text.lastIndexOf("\n", ctx.start) >= 0 || !rules("java").kw[/\S+/.exec(ctx.before)[0]])) return "nf";
      if (/^\p{Lu}[\p{Lu}\d_]*$/u.test(w)) return "no";
      if (/^\p{Lu}[\p{L}\d]*$/u.test(w)) return "nc";
      return undefined;
    },
    fix: labelColon,
    special: [[/(?<=\b(?:import|package)\s+(?:static\s+)?[\w.]*)[.*]/y, "nn"]],
    scopes: {
      string: function (t) { return t.charAt(0) === "'" ? "sc" : "s"; },
      // Rouge's hex numbers have no `L`: it is a constant's name
      number: function (t) { var k = cNumber(t); return /^0x.*L$/i.test(t) ? t.split("").map(function (c, i) { return i === t.length - 1 ? "no" : k; }) : k; },
      meta: "nd", variable: "n", type: null, built_in: null, "title.class": null,
      "title.class.inherited": null, "title.function": "n", params: null,
      "variable.language": null, operator: "o", doctag: null,
    },
  };

  H.define("java", RULES);
})(globalThis.carnetHighlight);
