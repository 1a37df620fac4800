// carnet's syntax highlighting, as Jekyll's default highlighter (Rouge 3.30)
// writes it: code comes out with Rouge's short classes (`k`, `nf`, `s2`,
// `c1`...) so that a site's existing Rouge `syntax.css` works.
//
// For most programming languages highlight.js (vendor/highlight.js, loaded
// as highlight/core.js and highlight/languages/NAME.min.js) tokenizes and
// carnet maps its scopes to Rouge's classes; for the languages whose Rouge
// lexer splits text in a way highlight.js's grammar cannot be mapped to
// (shell, YAML, CSS, Markdown, SQL...), carnet runs a port of Rouge's own
// rules on a small copy of its RegexLexer (no highlight.js needed). The
// rules for each language live in public/rouge/NAME.js, loaded only with a
// block in that language.
//
// Classic scripts only (no import/export, no DOM outside page()): the
// browser runs them as <script>s, the carnet CLI evaluates the same files in
// QuickJS (highlight.js's core and grammars, then this file, then the rule
// files). code() depends only on its arguments: it refuses (null) unless
// every file needs() lists is loaded, so the output cannot depend on what
// else a page happened to load.
(function () {
  "use strict";
  var G = globalThis;

  // ---- Language names ----------------------------------------------------
  // Rouge 3.30's lexers carnet can highlight: tag, the highlight.js grammar,
  // and Rouge's aliases. Names match exactly, as Rouge's registry does
  // (`Dockerfile` and `R` are aliases, `Ruby` is not).
  var LEXERS = [
    ["shell", "bash", "bash zsh ksh sh"],
    ["console", "shell", "terminal shell_session shell-session"],
    ["c", "c", ""],
    ["cpp", "cpp", "c++"],
    ["csharp", "csharp", "c# cs"],
    ["css", "css", ""],
    ["scss", "scss", ""],
    ["diff", "diff", "patch udiff"],
    ["docker", "dockerfile", "dockerfile Dockerfile"],
    ["elixir", "elixir", "elixir exs"],
    ["erlang", "erlang", "erl"],
    ["go", "go", "go golang"],
    ["haskell", "haskell", "hs"],
    ["html", "xml", ""],
    ["xml", "xml", ""],
    ["ini", "ini", ""],
    ["toml", "ini", ""],
    ["java", "java", ""],
    ["javascript", "javascript", "js"],
    ["json", "json", ""],
    ["julia", "julia", "jl"],
    ["kotlin", "kotlin", ""],
    ["lua", "lua", ""],
    ["make", "makefile", "makefile mf gnumake bsdmake"],
    ["markdown", "markdown", "md mkd"],
    ["nginx", "nginx", ""],
    ["perl", "perl", "pl"],
    ["php", "php", "php php3 php4 php5"],
    ["python", "python", "py"],
    ["r", "r", "r R s S"],
    ["ruby", "ruby", "rb"],
    ["rust", "rust", "rs rust,no_run rs,no_run rust,ignore rs,ignore rust,should_panic rs,should_panic"],
    ["scala", "scala", ""],
    ["sql", "sql", ""],
    ["swift", "swift", ""],
    ["typescript", "typescript", "ts"],
    ["viml", "vim", "vim vimscript ex"],
    ["yaml", "yaml", "yml"],
    ["nasm", "x86asm", ""],
  ];
  var TAG = Object.create(null); // any name an author may write -> Rouge tag
  var GRAMMAR = Object.create(null); // Rouge tag -> highlight.js grammar
  LEXERS.forEach(function (l) {
    GRAMMAR[l[0]] = l[1];
    TAG[l[0]] = l[0];
    l[2].split(" ").forEach(function (a) { if (a) TAG[a] = l[0]; });
  });

  // Rouge tag -> [its rule file in public/rouge/, 1 when carnet lexes it
  // itself (no highlight.js), the other rule files it uses].
  var RULEFILE = {
    shell: ["shell", 1], console: ["console", 1, ["shell"]], c: ["c"], cpp: ["c"], csharp: ["csharp"],
    css: ["css", 1], scss: ["scss", 1, ["css"]], diff: ["diff", 1], docker: ["docker", 1, ["shell"]],
    elixir: ["elixir", 1], erlang: ["erlang", 1], go: ["go"], haskell: ["haskell", 1], html: ["html"],
    xml: ["html"], ini: ["ini", 1], toml: ["ini", 1], java: ["java"], javascript: ["javascript"],
    json: ["json", 1], julia: ["julia", 1], kotlin: ["kotlin"], lua: ["lua", 1], make: ["make", 1, ["shell"]],
    markdown: ["markdown", 1, ["yaml"]], nginx: ["nginx", 1], perl: ["perl"], php: ["php"], python: ["python"],
    r: ["r", 1], ruby: ["ruby"], rust: ["rust"], scala: ["scala", 1], sql: ["sql", 1], swift: ["swift", 1],
    typescript: ["javascript"], viml: ["viml", 1], yaml: ["yaml", 1], nasm: ["nasm", 1],
  };

  // Grammars a grammar embeds (highlight.js `subLanguage`) where that matters
  // here: they must be registered too, or that text would silently come out
  // plain. php may switch to php-template (PHP inside HTML, as Rouge's php
  // lexer guesses); css marks where HTML's <style> ends, even though carnet
  // lexes the CSS itself. javascript's and typescript's JSX and css``
  // templates are left out, as Rouge's javascript lexer knows neither (it
  // lexes `<div>` as operators and names); perl's mojolicious is not vendored.
  var EMBEDS = {
    xml: ["css", "javascript"], php: ["php-template"], "php-template": ["xml", "php"],
  };
  // highlight.js grammar -> the Rouge lexer whose rules apply to text in it
  // (an embedded css block follows Rouge's css lexer, and so on)
  var SUBTAG = { xml: "html", css: "css", javascript: "javascript", typescript: "typescript", php: "php", "php-template": "php" };

  // Rouge's Lexer.find_fancy: `ruby?opt=1` names ruby (options are ignored).
  function tagOf(lang) {
    if (typeof lang !== "string") return null;
    var q = lang.indexOf("?");
    var name = q < 0 ? lang : lang.slice(0, q);
    return Object.prototype.hasOwnProperty.call(TAG, name) ? TAG[name] : null;
  }

  // The highlight.js grammar of a language as authors name it (whether or
  // not carnet uses it: see needs), or null when carnet cannot highlight it.
  function grammar(lang) {
    var t = tagOf(lang);
    return t ? GRAMMAR[t] : null;
  }

  function closure(g, seen, out) {
    if (seen[g]) return;
    seen[g] = true;
    out.push(g);
    (EMBEDS[g] || []).forEach(function (e) { closure(e, seen, out); });
  }

  // The files code(lang, text) needs loaded, as paths from the site's root,
  // in the order to evaluate them: "highlight/core.js" and
  // "highlight/languages/NAME.min.js" (highlight.js, only for the languages
  // it tokenizes), then "rouge/NAME.js" (carnet's rules); null for a
  // language carnet does not know. Only Markdown's depend on the text: the
  // languages of its fenced code blocks.
  function needs(lang, text) {
    var tag = tagOf(lang);
    if (!tag) return null;
    var grammars = [], rf = [], seenG = Object.create(null), seenR = Object.create(null);
    function addRules(t) {
      var f = RULEFILE[t];
      if (!f || seenR[t]) return;
      seenR[t] = true;
      if (rf.indexOf(f[0]) < 0) rf.push(f[0]);
      (f[2] || []).forEach(function (d) { if (rf.indexOf(d) < 0) rf.push(d); });
      if (!f[1]) {
        var gs = [];
        closure(GRAMMAR[t], seenG, gs);
        gs.forEach(function (g) { grammars.push(g); if (SUBTAG[g]) addRules(SUBTAG[g]); });
      }
    }
    addRules(tag);
    if (tag === "markdown") {
      var re = /^[ \t]*(?:`{3,}|~{3,})([^\n]*)\n/gm, m;
      while ((m = re.exec(text || ""))) { var t = tagOf(m[1].trim()); if (t) addRules(t); }
    }
    var out = grammars.length ? ["highlight/core.js"] : [];
    grammars.sort().forEach(function (g) { out.push("highlight/languages/" + g + ".min.js"); });
    rf.sort().forEach(function (f) { out.push("rouge/" + f + ".js"); });
    return out;
  }

  // Every file a set of languages needs (sub-languages included), in order.
  function files(langs) {
    var seen = Object.create(null), all = [];
    (langs || []).forEach(function (l) {
      (needs(l, "") || []).forEach(function (f) { if (!seen[f]) { seen[f] = true; all.push(f); } });
    });
    return all.filter(function (f) { return /\/core\.js$/.test(f); })
      .concat(all.filter(function (f) { return /\/languages\//.test(f); }).sort())
      .concat(all.filter(function (f) { return /^rouge\//.test(f); }).sort());
  }

  // ---- Rouge's classes -----------------------------------------------------
  // highlight.js scope (dotted, as in its grammars: "title.function.invoke")
  // -> Rouge class. The most specific entry wins ("title.function" before
  // "title"). null: the scope gives no class of its own, its text keeps the
  // enclosing one (or the plain-text rules below). A function gets
  // (text, context) and returns a class or null.
  var DEFAULT = {
    keyword: "k",
    built_in: "nb",
    type: "kt",
    literal: "kc",
    number: number,
    operator: "o",
    punctuation: "p",
    property: "py",
    regexp: "sr",
    string: quoted,
    "char.escape": "se",
    subst: "si",
    symbol: "ss",
    variable: "nv",
    "variable.language": "bp",
    "variable.constant": "no",
    title: "nf",
    "title.class": "nc",
    "title.class.inherited": "nc",
    "title.function": "nf",
    "title.function.invoke": null,
    params: null,
    comment: comment,
    doctag: null,
    meta: "cp",
    "meta.keyword": null,
    "meta.string": "cpf",
    "meta.prompt": "gp",
    section: "gh",
    tag: null,
    name: "nt",
    attr: "na",
    attribute: "na",
    bullet: "p",
    code: "sb",
    emphasis: "ge",
    strong: "gs",
    link: "nl",
    quote: "c",
    "selector-tag": "nt",
    "selector-id": "nn",
    "selector-class": "nc",
    "selector-attr": null,
    "selector-pseudo": "nd",
    "template-tag": "cp",
    "template-variable": "nv",
    addition: "gi",
    deletion: "gd",
    class: null,
    function: null,
    formula: null,
    "meta-string": "cpf",
  };

  function number(t) {
    if (/^[-+]?0x/i.test(t)) return "mh";
    if (/^[-+]?0b[01]/i.test(t)) return "mb";
    if (/^[-+]?0o[0-7]/i.test(t)) return "mo";
    if (/[.eE]/.test(t.replace(/^[-+]?0x.*/i, ""))) return "mf";
    return "mi";
  }
  function quoted(t) {
    var c = t.charAt(0);
    return c === '"' ? "s2" : c === "'" ? "s1" : c === "`" ? "sb" : "s";
  }
  function comment(t) {
    return /^\/\*|^\(\*|^\{-|^<!--|^=begin|^--\[|^#=|^"""/.test(t) || t.indexOf("\n") >= 0 ? "cm" : "c1";
  }

  // Per language (public/rouge/NAME.js, keyed by Rouge tag): what Rouge's
  // lexer does differently from the defaults. Every entry is optional:
  //   lex(text):  carnet's own lexer (a port of Rouge's, on regexLexer below):
  //               the classes of each character; highlight.js is not used;
  //   scopes:     overrides of DEFAULT. A class may also be "!k" (k for the
  //               whole token, whatever highlight.js found inside it) or an
  //               array with a class per character (undefined: keep what an
  //               outer token gave; null: none, left to inner tokens and the
  //               plain-text rules; `.lock = true` on the array: as "!");
  //   words:      { class: "word word..." }: words Rouge puts in a class of
  //               their own, whether highlight.js marked them (keyword,
  //               built_in, type, title, variable...) or left them plain;
  //   word(w, ctx): the class of such a word from its context (after a `.`,
  //               before a `(`...), or undefined to go on with `words`;
  //   tok(k, s, ctx): last word on any marked token: gets the class so far;
  //   name:       class of a plain identifier (default "n"; "" where Rouge
  //               leaves them as text); wordRe: what an identifier is;
  //   op, punct, num: classes of plain operators, punctuation and numbers;
  //   special:    [[sticky RegExp, class]...] tried first on plain text (`::`);
  //               the class may be a function(match, ctx) returning a class,
  //               or undefined to try the next entry (ctx.extend: take more);
  //   ws:         class of whitespace between tokens ("w" where Rouge marks it);
  //   interp:     "delim" (default): only the `#{`/`${`/`}` of an
  //               interpolation are `si`, what is inside is code, as in Rouge;
  //   eatNL:      classes whose token takes the newline after it (["c1"]:
  //               Rouge's `#.*\n?`, so that consecutive comment lines make one span);
  //   fix(text, cls): a last pass over the classes, for what needs the text around.
  // ctx: { tag, text, start, end, scope, outer (the scope around the token),
  // before (the line up to the token), after (the line after it) }.
  var RULES = {};
  var WORDISH = /^(keyword|built_in|literal|type|title|variable|symbol|name|attr|property|params)/;

  function compile(r) {
    var kw = Object.create(null);
    Object.keys(r.words || {}).forEach(function (cls) {
      // the first class a word is listed in wins, as the first rule does in Rouge
      r.words[cls].split(/\s+/).forEach(function (word) { if (word && !(word in kw)) kw[word] = cls; });
    });
    return {
      scopes: r.scopes || {}, kw: kw, word: r.word, tok: r.tok, fix: r.fix, lex: r.lex,
      name: "name" in r ? r.name : "n", wordRe: r.wordRe || WORD,
      op: "op" in r ? r.op : "o", punct: "punct" in r ? r.punct : "p",
      num: r.num, ws: r.ws || "", interp: r.interp || "delim", special: r.special || [], eatNL: r.eatNL || [],
    };
  }
  var COMPILED = Object.create(null);
  function rules(tag) {
    return COMPILED[tag] || (COMPILED[tag] = compile(RULES[tag] || {}));
  }

  function scopeClass(r, scope, text, ctx) {
    var s = scope;
    while (true) {
      var v = Object.prototype.hasOwnProperty.call(r.scopes, s) ? r.scopes[s]
        : Object.prototype.hasOwnProperty.call(DEFAULT, s) ? DEFAULT[s] : undefined;
      if (v !== undefined) return typeof v === "function" ? v(text, ctx) : v;
      var dot = s.lastIndexOf(".");
      if (dot < 0) return null;
      s = s.slice(0, dot);
    }
  }

  function wordClass(r, w, ctx, dflt) {
    var k = r.word ? r.word(w, ctx) : undefined;
    if (k !== undefined) return k;
    return Object.prototype.hasOwnProperty.call(r.kw, w) ? r.kw[w] : dflt;
  }

  // ---- Helpers for the rule files ------------------------------------------------
  // A string token split as Rouge lexes it: prefix (`r`, `f`, `b`...) `sa`,
  // escapes `se` (none when `raw` says so), the rest `body`.
  function parts(t, body, o) {
    o = o || {};
    var out = new Array(t.length), i, m;
    for (i = 0; i < t.length; i++) out[i] = body;
    var pre = o.prefix ? o.prefix.exec(t) : null, p = pre ? pre[0].length : 0;
    for (i = 0; i < p; i++) out[i] = "sa";
    if (o.delim) {
      var d = o.delim.exec(t.slice(p));
      if (d) {
        for (i = p; i < p + d[0].length; i++) out[i] = "dl";
        for (i = t.length - d[0].length; i < t.length; i++) if (i >= p + d[0].length) out[i] = "dl";
      }
    }
    if (o.escape && !(o.raw && o.raw(t.slice(0, p)))) {
      var re = new RegExp(o.escape.source, "g");
      while ((m = re.exec(t))) {
        if (m.index < p) continue;
        for (i = m.index; i < m.index + m[0].length; i++) out[i] = "se";
      }
    }
    return out;
  }

  // `name:` is one label token in Rouge: the colon goes with the name
  function labelColon(text, cls) {
    for (var i = 1; i < text.length; i++) if (cls[i - 1] === "nl" && text.charAt(i - 1) !== ":" && text.charAt(i) === ":" && cls[i] !== "nl") cls[i] = "nl";
  }
  function wordSet(s) { var o = Object.create(null); s.split(" ").forEach(function (w) { o[w] = true; }); return o; }
  function cNumber(t) {
    if (/^[-+]/.test(t)) {
      // Rouge's numbers have no sign: it is an operator
      var k = cNumber(t.slice(1)), out = [ "o" ];
      for (var i = 1; i < t.length; i++) out.push(k);
      return out;
    }
    if (/^0x/i.test(t)) return "mh";
    if (/^0b/i.test(t)) return "mb";
    if (/^0[0-7']+[lu]*$/i.test(t)) return "mo";
    if (/[.e]/i.test(t)) return "mf";
    return "mi";
  }

  // ---- Languages carnet lexes itself ----------------------------------------
  // For many languages highlight.js's grammar splits text so differently from
  // Rouge's lexer that no mapping of its scopes gets close (Rouge's shell
  // lexer marks `-o` options `nt` and `x=` `nv`, leaves other words as text,
  // and gives `${`, `$(` and `}` their own classes; its YAML classes depend on
  // block or flow context). Those run a port of Rouge's rules on this small
  // copy of Rouge's RegexLexer. When porting, mind how Ruby's StringScanner
  // matches at the scan position: a lookbehind never sees the text before it
  // (`(?<!x)` always holds, `(?<=x)` never does), `\A` and a `^` that does not
  // open the pattern match wherever the scan stands.
  //
  // states: { name: [rule...] }; a rule is [sticky RegExp, what, next]:
  //   what: a class for the whole match, an array of classes for its groups
  //         (which must cover it), or function (L, m) calling L.token(cls, text);
  //   next: a state to push, "#pop", "#pop2", or ">name" (replace the top);
  //   ["mixin", name]: that state's rules, in place.
  // As in Rouge: the first rule that matches wins; `^` rules only match at a
  // line start; when nothing matches one character becomes `err`; a rule may
  // match nothing only to change state.
  function regexLexer(states, setup) {
    var flat = {};
    function rulesOf(name) {
      if (flat[name]) return flat[name];
      var out = [];
      flat[name] = out;
      states[name].forEach(function (r) {
        if (r[0] === "mixin") rulesOf(r[1]).forEach(function (x) { out.push(x); });
        else out.push(r);
      });
      return out;
    }
    Object.keys(states).forEach(rulesOf);
    return function (text, cls, start, end, L0) {
      var L = L0 || { stack: ["root"], data: {} };
      if (!L0 && setup) setup(L);
      var pos = start || 0, stop = end === undefined ? text.length : end, nulls = 0;
      L.text = text; L.cls = cls;
      L.token = function (k, t) { for (var j = 0; j < t.length; j++) cls[pos + j] = k; pos += t.length; L.pos = pos; };
      L.skip = function (len) { pos += len; L.pos = pos; };
      L.rewind = function (len) { L.back = len; }; // leave the match's last len characters unlexed
      L.push = function (st) { L.stack.push(st); };
      L.pop = function (n) { for (var j = 0; j < (n || 1) && L.stack.length > 1; j++) L.stack.pop(); };
      L.goto = function (st) { L.stack[L.stack.length - 1] = st; };
      L.rules = rulesOf; // a state's rules, mixins resolved
      var sub = text.slice(0, stop);
      while (pos < stop) {
        var top = L.stack[L.stack.length - 1], matched = false;
        var rs = typeof top === "string" ? flat[top] : top; // (a state made on the fly)
        for (var i = 0; i < rs.length; i++) {
          var re = rs[i][0];
          re.lastIndex = pos;
          var m = re.exec(sub);
          if (!m) continue;
          if (m[0].length === 0 && ++nulls > 5) continue;
          if (m[0].length) nulls = 0;
          var what = rs[i][1], at = pos, len = m[0].length;
          L.pos = pos;
          L.back = 0;
          if (typeof what === "function") {
            // a function returning false did not match after all
            if (what(L, m) === false) { pos = at; continue; }
          } else if (typeof what === "string") L.token(what, m[0]);
          else for (var g = 0; g < what.length; g++) if (m[g + 1]) L.token(what[g], m[g + 1]);
          pos = at + len - L.back;
          var next = rs[i][2];
          if (next === "#pop") L.pop();
          else if (next === "#pop2") L.pop(2);
          else if (next && next.charAt(0) === ">") L.goto(next.slice(1));
          else if (next) L.push(next);
          matched = true;
          break;
        }
        if (!matched) { cls[pos] = "err"; pos++; }
      }
      return L;
    };
  }
  function lexWith(lexer) {
    return function (text) {
      var cls = new Array(text.length);
      lexer(text, cls);
      return cls;
    };
  }

  // ---- highlight.js HTML -> text and spans ----------------------------------
  var UNESC = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
  function parse(html) {
    var text = "", spans = [], subs = [], stack = [];
    var re = /<span class="([^"]*)">|<\/span>|([^<]+)/g, m;
    while ((m = re.exec(html))) {
      if (m[1] !== undefined) {
        var c = m[1];
        if (c.indexOf("language-") === 0) {
          stack.push({ start: text.length, sub: c.slice(9) });
        } else {
          // "hljs-title function_ invoke__" -> "title.function.invoke"
          var parts = c.split(" "), scope = parts[0].replace(/^hljs-/, "");
          for (var i = 1; i < parts.length; i++) scope += "." + parts[i].replace(/_+$/, "");
          stack.push({ start: text.length, scope: scope });
        }
      } else if (m[2] !== undefined) {
        text += m[2].replace(/&(amp|lt|gt|quot|#x27|#39);/g, function (e) { return UNESC[e]; });
      } else {
        var sp = stack.pop();
        sp.end = text.length;
        (sp.sub ? subs : spans).push(sp);
      }
    }
    return { text: text, spans: spans, subs: subs };
  }

  // ---- classes per character ------------------------------------------------
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
  function esc(s) { return s.replace(/[&<>]/g, function (c) { return ESC[c]; }); }


  var WORD = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/y;
  var NUM = /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)(?![\w.])/y;
  var OPS = "=+-*/<>!&|%^~?";
  var PUNCT = "()[]{},.;:";

  function context(text, start, end, tag, scope) {
    var ls = text.lastIndexOf("\n", start - 1) + 1, le = text.indexOf("\n", end);
    if (le < 0) le = text.length;
    return { tag: tag, text: text, start: start, end: end, scope: scope,
      before: text.slice(ls, start), after: end >= le ? "" : text.slice(end, le) };
  }

  function classify(tag, text, spans, subs) {
    var n = text.length, cls = new Array(n), ctxTag = new Array(n), locked = new Array(n), scopeAt = new Array(n), i, j, sp, t, r, k, ctx;
    for (i = 0; i < n; i++) { cls[i] = undefined; ctxTag[i] = tag; locked[i] = false; scopeAt[i] = ""; }
    // spans close inner-first: walking them backwards paints outer ones first
    for (i = subs.length - 1; i >= 0; i--) {
      sp = subs[i];
      t = SUBTAG[sp.sub] || sp.sub;
      for (j = sp.start; j < sp.end; j++) ctxTag[j] = t;
    }
    // a sub-language carnet lexes itself (css in html): its lexer, not the spans
    for (i = 0; i < subs.length; i++) {
      sp = subs[i];
      r = rules(ctxTag[sp.start]);
      if (!r.lex || sp.end <= sp.start || locked[sp.start]) continue;
      var sc = r.lex(text.slice(sp.start, sp.end));
      for (j = sp.start; j < sp.end; j++) { cls[j] = sc[j - sp.start] || ""; locked[j] = true; }
    }
    for (i = spans.length - 1; i >= 0; i--) {
      sp = spans[i];
      if (sp.end <= sp.start) continue;
      t = ctxTag[sp.start];
      r = rules(t);
      var outer = scopeAt[sp.start];
      for (j = sp.start; j < sp.end; j++) scopeAt[j] = sp.scope;
      if (WORDISH.test(sp.scope)) {
        // a name's token never has whitespace at its ends (highlight.js's "mut ")
        while (sp.end > sp.start && /\s/.test(text.charAt(sp.end - 1))) sp.end--;
        while (sp.start < sp.end && /\s/.test(text.charAt(sp.start))) sp.start++;
        if (sp.end <= sp.start) continue;
      }
      var s = text.slice(sp.start, sp.end);
      ctx = context(text, sp.start, sp.end, t, sp.scope);
      ctx.outer = outer;
      k = scopeClass(r, sp.scope, s, ctx);
      if (k !== null && WORDISH.test(sp.scope)) {
        r.wordRe.lastIndex = 0;
        var m = r.wordRe.exec(s);
        if (m && m[0].length === s.length) k = wordClass(r, s, ctx, k);
      }
      if (r.tok) k = r.tok(k, s, ctx);
      if (k === null || k === undefined) continue;
      var a = sp.start, b = sp.end;
      if (typeof k !== "string") {
        // one class per character (undefined: keeps what an outer token gave;
        // null: none, left to inner tokens and the plain-text rules)
        for (j = a; j < b; j++) if (k[j - a] !== undefined && !locked[j]) { cls[j] = k[j - a] === null ? undefined : k[j - a]; if (k.lock) locked[j] = true; }
        continue;
      }
      if (k.charAt(0) === "!") {
        // "!cp": the whole token, whatever highlight.js found inside it
        k = k.slice(1);
        for (j = a; j < b; j++) { if (!locked[j]) cls[j] = k; locked[j] = true; }
        continue;
      }
      // newlines at a token's edges are not part of it in Rouge's lexers
      while (b > a && text.charAt(b - 1) === "\n") b--;
      while (a < b && text.charAt(a) === "\n") a++;
      if (k === "si" && r.interp === "delim" && /^subst/.test(sp.scope)) {
        // `#{`, `${`, `\(`, `{` ... `}` / `)`: the inside is code
        var open = /^(#\{|\$\{|\$\(|\\\(|\{|\$)/.exec(s), close = /[})]$/.exec(s);
        var oa = open ? open[0].length : 0, cb = close && b - a > oa ? 1 : 0;
        for (j = a; j < b; j++) if (!locked[j]) cls[j] = j < a + oa || j >= b - cb ? k : undefined;
        continue;
      }
      for (j = a; j < b; j++) if (!locked[j]) cls[j] = k;
      // tokens whose rule ends in `\n?` (Python's comments) take their newline
      if (r.eatNL.indexOf(k) >= 0 && text.charAt(b) === "\n") cls[b] = k;
    }
    // text highlight.js leaves unmarked: Rouge still marks names, operators...
    i = 0;
    while (i < n) {
      if (cls[i] !== undefined) { i++; continue; }
      // the unmarked run [i, e), all in one language
      var e = i;
      while (e < n && cls[e] === undefined && ctxTag[e] === ctxTag[i]) e++;
      t = ctxTag[i];
      r = rules(t);
      var run = text.slice(0, e); // (words and numbers stop at the run's end)
      while (i < e) {
        var c = text.charAt(i), len = 1;
        k = "";
        var sm = null;
        for (var q = 0; q < r.special.length && !sm; q++) {
          r.special[q][0].lastIndex = i;
          sm = r.special[q][0].exec(text);
          if (sm && sm[0].length && i + sm[0].length <= e) {
            len = sm[0].length;
            k = r.special[q][1];
            if (typeof k === "function") {
              var sc = context(text, i, i + len, t, "");
              k = k(sm[0], sc);
              // a function may take more text (up to the run's end)
              if (sc.extend) len = Math.min(sc.extend, e) - i;
            }
            if (k === undefined) sm = null;
          } else sm = null;
        }
        if (sm) { /* done */ }
        else if (/\s/.test(c)) k = r.ws;
        else {
          r.wordRe.lastIndex = i; NUM.lastIndex = i;
          var mw = r.wordRe.exec(run), mn = !mw && NUM.exec(run);
          if (mw && mw.index === i) {
            len = mw[0].length;
            k = wordClass(r, mw[0], context(text, i, i + len, t, scopeAt[i]), r.name);
          } else if (mn && mn.index === i) {
            len = mn[0].length;
            k = r.num === undefined ? number(mn[0]) : r.num;
          } else if (OPS.indexOf(c) >= 0) k = r.op;
          else if (PUNCT.indexOf(c) >= 0) k = r.punct;
        }
        for (j = i; j < i + len; j++) cls[j] = k;
        i += len;
      }
    }
    return cls;
  }

  // ---- HTML, merged as Rouge's formatter does --------------------------------
  function emit(text, cls) {
    var out = "", cur = "", buf = "";
    function flush() { if (buf) out += cur ? '<span class="' + cur + '">' + esc(buf) + "</span>" : esc(buf); buf = ""; }
    for (var i = 0; i < text.length; i++) {
      var k = cls[i] || "";
      if (k !== cur) { flush(); cur = k; }
      buf += text.charAt(i);
    }
    flush();
    return out;
  }

  // Rouge's php lexer guesses: PHP inside HTML when the text starts with `<`
  // (other than `<?php`) or has `<?php`/`<?=` after other text.
  function phpGrammar(text) {
    var t = text.replace(/^\s+/, "");
    if (/^<\?(php|=)?/i.test(t)) {
      // all PHP unless there is text after a closing ?>
      return /\?>\s*\S/.test(t) ? "php-template" : "php";
    }
    return /^</.test(t) || /<\?(php|=)/i.test(t) ? "php-template" : "php";
  }

  // ---- Loaded files ------------------------------------------------------------
  var LOADED = Object.create(null); // rule file -> true
  function loaded(path) {
    var m = /^rouge\/(.+)\.js$/.exec(path);
    if (m) return !!LOADED[m[1]];
    if (path === "highlight/core.js") return !!(G.hljs && G.hljs.newInstance);
    m = /^highlight\/languages\/(.+)\.min\.js$/.exec(path);
    return !!(m && G.hljs && G.hljs.getLanguage(m[1]));
  }
  function ready(lang, text) {
    var n = needs(lang, text);
    return !!n && n.every(loaded);
  }

  // A private highlight.js instance per top grammar, holding exactly that
  // grammar and the ones it embeds (EMBEDS): so what a page or the CLI has
  // registered besides cannot change the result (highlight.js looks up a
  // sub-language by name among its registered grammars).
  var INSTANCES = Object.create(null);
  function instance(g) {
    if (INSTANCES[g]) return INSTANCES[g];
    var inst = G.hljs.newInstance(), gs = [];
    closure(g, Object.create(null), gs);
    gs.forEach(function (x) { inst.registerLanguage(x, G.hljs.getLanguage(x).rawDefinition); });
    return (INSTANCES[g] = inst);
  }

  // {text, cls}: the classes of each character, or null (unknown language, or
  // a file it needs not loaded)
  function tokens(lang, text) {
    var tag = tagOf(lang);
    if (!tag || typeof text !== "string" || !ready(tag, text)) return null;
    var r = rules(tag);
    if (r.lex) return { text: text, cls: r.lex(text) };
    var g = tag === "php" ? phpGrammar(text) : GRAMMAR[tag];
    var res = instance(g).highlight(text, { language: g, ignoreIllegals: true });
    var p = parse(res.value);
    var cls = classify(tag, p.text, p.spans, p.subs);
    if (r.fix) r.fix(p.text, cls);
    return { text: p.text, cls: cls };
  }

  // The inner HTML of the block's <code>: Rouge's classes on <span>s, text
  // escaped as Rouge escapes it (& < > only); null when carnet cannot
  // highlight the language or has not loaded what it needs (see needs).
  function code(lang, text) {
    var t = tokens(lang, text);
    return t ? emit(t.text, t.cls) : null;
  }

  // Called by each public/rouge/NAME.js with the rules it defines.
  function define(file, defs) {
    Object.keys(defs).forEach(function (tag) { RULES[tag] = defs[tag]; delete COMPILED[tag]; });
    LOADED[file] = true;
  }

  // ---- In the browser ------------------------------------------------------------
  // The blocks carnet's Markdown and Liquid write (as Jekyll 4.3 with kramdown
  // and Rouge): [{ lang, el }], el the element whose text is the code.
  function blocks(root) {
    var out = [];
    var divs = root.querySelectorAll("div.highlighter-rouge");
    for (var i = 0; i < divs.length; i++) {
      var lang = null, cl = divs[i].className.split(/\s+/);
      for (var j = 0; j < cl.length; j++) if (cl[j].indexOf("language-") === 0) lang = cl[j].slice(9);
      var c = divs[i].querySelector("pre.highlight > code");
      if (lang && c) out.push({ lang: lang, el: c });
    }
    var codes = root.querySelectorAll("figure.highlight > pre > code[data-lang]");
    for (i = 0; i < codes.length; i++) {
      // `linenos`: the code is the rouge-table's second cell
      var td = codes[i].querySelector("table.rouge-table td.code > pre");
      out.push({ lang: codes[i].getAttribute("data-lang"), el: td || codes[i] });
    }
    return out.filter(function (b) {
      // done already (here, or by the CLI): its code has spans
      return !b.el.firstElementChild && grammar(b.lang) !== null;
    });
  }

  var SCRIPTS = Object.create(null); // url -> Promise
  function script(url) {
    if (SCRIPTS[url]) return SCRIPTS[url];
    return (SCRIPTS[url] = new Promise(function (resolve) {
      var s = document.createElement("script");
      s.src = url;
      s.async = false; // fetched in parallel, run in order (core before grammars)
      s.onload = function () { resolve(true); };
      s.onerror = function () { delete SCRIPTS[url]; resolve(false); };
      document.head.appendChild(s);
    }));
  }

  // Highlights root's code blocks in place (spans only: no layout change),
  // loading once what their languages need, all at once; a block whose
  // language is unknown, or whose files failed to load, stays as it is.
  // Resolves to the number of blocks highlighted.
  function page(root) {
    root = root || document;
    var bs = blocks(root);
    if (!bs.length) return Promise.resolve(0);
    var base = (document.querySelector("base") || {}).href || document.baseURI, want = [], seen = Object.create(null);
    bs.forEach(function (b) {
      b.text = b.el.textContent;
      (needs(b.lang, b.text) || []).forEach(function (f) { if (!seen[f] && !loaded(f)) { seen[f] = true; want.push(f); } });
    });
    // in evaluation order: highlight.js's core, its grammars, then carnet's rules
    want.sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : 1); });
    return Promise.all(want.map(function (f) { return script(new URL(f, base).href); })).then(function () {
      var n = 0;
      bs.forEach(function (b) {
        // No mark on the element: the page's markup stays what `carnet build` writes.
        if (b.el.firstElementChild) return;
        var html = code(b.lang, b.text);
        if (html === null) return;
        b.el.innerHTML = html;
        n++;
      });
      return n;
    });
  }

  // Starts fetching what blocks in these languages will need (the app knows
  // a post's languages from the index before the post arrives).
  function preload(langs) {
    var base = (document.querySelector("base") || {}).href || document.baseURI;
    return Promise.all(files(langs).filter(function (f) { return !loaded(f); }).map(function (f) {
      return script(new URL(f, base).href);
    }));
  }
  function rank(f) { return /core\.js$/.test(f) ? 0 : /^highlight\//.test(f) ? 1 : 2; }

  G.carnetHighlight = {
    grammar: grammar, needs: needs, files: files, code: code, page: page, preload: preload, define: define,
    // for the rule files
    lib: {
      parts: parts, wordSet: wordSet, regexLexer: regexLexer, lexWith: lexWith, labelColon: labelColon,
      cNumber: cNumber, rules: rules, tokens: tokens, raw: function (tag) { return RULES[tag]; },
    },
  };
})();
