// carnet's Rouge-compatible rules for html, xml: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // HTML and XML: Rouge's tag token takes the `<`, `</`, `>` and `/>` around
  // the name (nt), an attribute takes its `=` and the spaces around it (na),
  // values are `s`; text between tags is plain; `<!DOCTYPE ...>`, `<?...?>`
  // and CDATA are one `cp` each.
  function markupTag(tag) {
    return function (t) {
      var out = new Array(t.length), i;
      for (i = 0; i < t.length; i++) out[i] = /\s/.test(t.charAt(i)) ? null : "nt";
      for (i = 0; i < t.length; i++) {
        if (t.charAt(i) !== "=") continue;
        out[i] = "na";
        for (var j = i - 1; j >= 0 && /\s/.test(t.charAt(j)); j--) out[j] = "na";
        for (j = i + 1; j < t.length && /\s/.test(t.charAt(j)); j++) out[j] = "na";
      }
      // Rouge's `<\s*script\s*` and `<\s*style\s*` take the spaces after the name
      var m = tag === "html" && /^<\s*(script|style)\s*/i.exec(t);
      if (m) for (i = 0; i < m[0].length; i++) out[i] = "nt";
      return out;
    };
  }
  var MARKUP = {
    name: "", op: "", punct: "", num: "",
    special: [[/<!\[CDATA\[[\s\S]*?\]\]>/y, "cp"], [/&\S*?;/y, "ni"]],
    scopes: {
      meta: "!cp", comment: "c", symbol: "ni", string: "s", attr: "na", name: "nt",
      keyword: null, "title.function": null, "title.class": null,
    },
  };
  RULES.html = { name: "", op: "", punct: "", num: "", special: MARKUP.special, scopes: Object.assign({ tag: markupTag("html") }, MARKUP.scopes) };
  RULES.xml = { name: "", op: "", punct: "", num: "", special: MARKUP.special, scopes: Object.assign({ tag: markupTag("xml") }, MARKUP.scopes) };

  H.define("html", RULES);
})(globalThis.carnetHighlight);
