// carnet's Rouge-compatible rules for markdown: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's markdown.rb. Front matter is YAML; a fenced block's code is lexed
  // as its language (plain `sb` when carnet does not know it); inline HTML
  // goes through a copy of the tag rules of Rouge's html.rb.
  var MD_E = "(?:\\\\.|[^\\\\\\n])";
  function mdRe(src, flags) { return new RegExp(src.replace(/E/g, MD_E), "y" + (flags || "")); }
  var htmlTagLex = regexLexer({
    root: [
      [/[^<&]+/y, ""],
      [/&\S*?;/y, "ni"],
      [/<!DOCTYPE [\s\S]*?>/iy, "cp"],
      [/<!\[CDATA\[[\s\S]*?\]\]>/y, "cp"],
      [/<!--/y, "c", "comment"],
      [/<\?[\s\S]*?\?>/y, "cp"],
      [/<\//y, "nt", "tag_end"],
      [/</y, "nt", "tag_start"],
    ],
    tag_end: [["mixin", "tag_end_end"], [/[\p{L}:_-][\p{L}\p{M}\p{N}\p{Pc}\p{Cf}:.·-]*/uy, "nt", ">tag_end_end"]],
    tag_end_end: [[/\s+/y, ""], [/>/y, "nt", "#pop"]],
    tag_start: [[/\s+/y, ""], [/[\p{L}:_-][\p{L}\p{M}\p{N}\p{Pc}\p{Cf}:.·-]*/uy, "nt", ">tag"], [/(?:)/y, "", ">tag"]],
    comment: [[/[^-]+/y, "c"], [/-->/y, "c", "#pop"], [/-/y, "c"]],
    tag: [
      [/\s+/y, ""],
      [/[\p{L}:_\[\]()*.-][\p{L}\p{M}\p{N}\p{Pc}\p{Cf}:.·\[\]()*-]*\s*=\s*/uy, "na", "attr"],
      [/[\p{L}:_*#-][\p{L}\p{M}\p{N}\p{Pc}\p{Cf}:.·*#-]*/uy, "na"],
      [/\/?\s*>/y, "nt", "#pop"],
    ],
    attr: [[/"/y, "s", ">dq"], [/'/y, "s", ">sq"], [/[^\s>]+/y, "s", "#pop"]],
    dq: [[/"/y, "s", "#pop"], [/[^"]+/y, "s"]],
    sq: [[/'/y, "s", "#pop"], [/[^']+/y, "s"]],
  });
  // another language's classes, written over [at, at + text.length)
  function delegateTo(L, lang, text) {
    var t = lang === null ? null : tokens(lang, text);
    var k = lang === null || /^(plaintext|text)?$/.test(lang) ? "" : "sb";
    for (var j = 0; j < text.length; j++) L.cls[L.pos + j] = t ? t.cls[j] || "" : k;
    L.skip(text.length);
  }
  function mdHtml(L, m) {
    L.data.html = htmlTagLex(L.text, L.cls, L.pos, L.pos + m[0].length, L.data.html);
    L.skip(m[0].length);
  }
  var markdownLex = regexLexer({
    root: [
      [/^(---\s*\n[\s\S]*?\n?)^(---\s*$\n?)/my, function (L, m) {
        // (Rouge's `\A` is where the scan stands, not the text's start)
        var c = LIB.raw("yaml").lex(m[0]);
        for (var j = 0; j < c.length; j++) L.cls[L.pos + j] = c[j];
        L.skip(m[0].length);
      }],
      [/\\./y, "se"],
      [/^[\S ]+\n(?:---*)\n/my, "gh"],
      [/^[\S ]+\n(?:===*)\n/my, "gu"],
      [/^#(?=[^#]).*?$/my, "gh"],
      [/^##*.*?$/my, "gu"],
      [/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)(([\s\S]*?)(\n\1)(\2))?/my, function (L, m) {
        var name = m[3].trim();
        L.token("", m[1] || "");
        L.token("p", m[2]);
        L.token("nl", m[3]);
        var lang = name === "" ? null : name;
        if (m[5]) delegateTo(L, lang, m[5]);
        if (m[6]) L.token("", m[6]);
        if (m[7]) L.token("p", m[7]);
        else { L.data.fence = m[2]; L.data.fenceLang = lang; L.push("fence"); }
      }],
      [/\n\n(?:(?:    |\t).*?\n|\n)+/y, "sb"],
      [mdRe("(`+)(?:E|\\n)+?\\1"), "sb"],
      [/^(?:\s*[*]){3,}\s*$/my, "p"],
      [/^(?:\s*[-]){3,}\s*$/my, "p"],
      [/^\s*[*+-](?=\s)/my, "p"],
      [/^\s*\d+\./my, "p"],
      [/^\s*>.*?$/my, "gt"],
      [mdRe("^(\\s*)(\\[)(E+?)(\\])(\\s*)(:)", "m"), function (L, m) {
        ["", "p", "ss", "p", "", "p"].forEach(function (k, g) { if (m[g + 1]) L.token(k, m[g + 1]); });
        L.push("title");
        L.push("url");
      }],
      [mdRe("(!?\\[)(E*?|[^\\]]*?)(\\])(?=[\\[(])"), ["p", "nv", "p"], "link"],
      [mdRe("[*][*]E*?[*][*]"), "gs"],
      [mdRe("__E*?__"), "gs"],
      [mdRe("[*]E*?[*]"), "ge"],
      [mdRe("_E*?_"), "ge"],
      [/<.*?@.+[.].+>/y, "nv"],
      [mdRe("<(?:https?|mailto|ftp)://E*?>"), "nv"],
      [/[^\\`\[*\n&<]+/y, ""],
      [/&\S*;/y, mdHtml],
      [mdRe("<E*?>"), mdHtml],
      [/[&<]/y, ""],
      [/\[/y, ""],
      [/\n/y, ""],
    ],
    // an unclosed fence: lines of code until one starts with the fence
    fence: [
      [/^([ \t]*)(`{3,}|~{3,})/my, function (L, m) {
        if (m[2].indexOf(L.data.fence) !== 0) return false;
        L.pop();
        L.token("", m[1]);
        L.token("p", L.data.fence);
        L.rewind(m[0].length - m[1].length - L.data.fence.length);
      }],
      [/^.*\n/my, function (L, m) { delegateTo(L, L.data.fenceLang, m[0]); }],
    ],
    link: [
      [mdRe("(\\[)(E*?)(\\])"), ["p", "ss", "p"], "#pop"],
      [/[(]/y, function (L, m) { L.token("p", m[0]); L.push("inline_title"); L.push("inline_url"); }],
      [/[ \t]+/y, ""],
      [/(?:)/y, "", "#pop"],
    ],
    inline_url: [
      [/[^<\s)]+/y, "sx", "#pop"],
      [/\s+/y, ""],
      ["mixin", "url"],
    ],
    url: [
      [/[ \t]+/y, ""],
      [mdRe("(<)(E*?)(>)"), ["nt", "sx", "nt"], "#pop"],
      [/\S+/y, "sx", "#pop"],
    ],
    title: [
      [mdRe("\"E*?\""), "nn"],
      [mdRe("'E*?'"), "nn"],
      [mdRe("[(]E*?[)]"), "nn"],
      [/\s*(?=["'()])/y, ""],
      [/(?:)/y, "", "#pop"],
    ],
    inline_title: [
      [/[)]/y, "p", "#pop"],
      ["mixin", "title"],
    ],
  });
  RULES.markdown = {
    lex: lexWith(markdownLex),
    // the fenced blocks' languages
    needs: function (text) {
      var out = [], re = /^[ \t]*(?:`{3,}|~{3,})([^\n]*)\n/gm, m;
      while ((m = re.exec(text))) {
        var n = needs(m[1].trim(), "");
        if (n) n.forEach(function (g) { out.push(g); });
      }
      return out;
    },
  };

  H.define("markdown", RULES);
})(globalThis.carnetHighlight);
