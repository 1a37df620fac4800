// carnet's Rouge-compatible rules for csharp: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // C# (Rouge's csharp.rb): every operator is p, every number m; a name
  // before `(` is nf; `namespace`/`using` paths nn; `$"...{x}..."` has p braces.
  RULES.csharp = {
    op: "p", num: "m",
    words: {
      k: "abstract as base break case catch checked const continue default delegate do else enum event explicit extern false finally fixed for foreach goto if implicit in interface internal is lock new null operator out override params private protected public readonly ref return sealed sizeof stackalloc static switch this throw true try typeof unchecked unsafe virtual void volatile while add alias async await get global partial remove set value where yield nameof ascending by descending equals from group into join let on orderby select class struct namespace using",
      kt: "bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var",
    },
    word: function (w, ctx) {
      if (/\b(?:class|struct|interface)\s+$/.test(ctx.before)) return "nc";
      if (/\b(?:namespace|using)\s+[\w.]*$/.test(ctx.before) && !/^\s*\(/.test(ctx.after)) return "nn";
      if (rules("csharp").kw[w]) return undefined;
      if (/^\s*\(/.test(ctx.after)) return "nf";
      return "n";
    },
    special: [[/(?<=\b(?:namespace|using)\s+[\w.]*)\.(?=\w)/y, "nn"]],
    scopes: {
      // highlight.js's meta is also an attribute, `[Guid("...")]`: Rouge lexes that as code
      string: csString, number: "m", meta: function (t) { return /^#/.test(t) ? "cp" : null; }, type: null, built_in: null, literal: null, keyword: null,
      title: null, "title.function": null, "title.class": null, params: null, "variable.language": null,
      subst: function (t) { var o = []; for (var i = 0; i < t.length; i++) o.push(i === 0 || i === t.length - 1 ? "p" : null); return o; },
      doctag: null, "char.escape": null, operator: "p", punctuation: "p",
    },
  };
  function csString(t) {
    if (/^'/.test(t)) return "sc";
    return "s";
  }

  H.define("csharp", RULES);
})(globalThis.carnetHighlight);
