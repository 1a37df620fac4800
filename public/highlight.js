// carnet's syntax highlighting: highlight.js tokenizes, this file gives the
// tokens Rouge's short classes (`k`, `nf`, `s2`, `c1`...), the ones Jekyll's
// default highlighter writes, so a site's existing Rouge `syntax.css` works.
//
// A classic script (no import/export, no DOM outside page()): the browser runs
// it as a <script>, the carnet CLI evaluates the same text in QuickJS after
// vendor/highlight.js/core.js and the grammars. code() depends only on its two
// arguments and on which grammars are registered; it refuses (null) when one
// it needs, sub-languages included, is missing, so the output cannot depend on
// what else a page happened to load.
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

  // Grammars a grammar embeds (highlight.js `subLanguage`) where that matters
  // here: they must be registered too, or that text would silently come out
  // plain. php may switch to php-template (PHP inside HTML, as Rouge's php
  // lexer guesses); css marks where HTML's <style> ends, even though carnet
  // lexes the CSS itself. javascript's graphql and perl's mojolicious are not
  // vendored, so that text is plain everywhere. (shell and dockerfile embed
  // bash, markdown xml, yaml ruby: carnet lexes those four itself.)
  var EMBEDS = {
    xml: ["css", "javascript"], javascript: ["xml", "css"], typescript: ["xml", "css"],
    php: ["php-template"], "php-template": ["xml", "php"],
  };

  // Rouge's Lexer.find_fancy: `ruby?opt=1` names ruby (options are ignored).
  function tagOf(lang) {
    if (typeof lang !== "string") return null;
    var q = lang.indexOf("?");
    var name = q < 0 ? lang : lang.slice(0, q);
    return Object.prototype.hasOwnProperty.call(TAG, name) ? TAG[name] : null;
  }

  // The highlight.js grammar of a language as authors name it, or null when
  // carnet cannot highlight it.
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

  // The grammar files code(lang, text) needs registered, sorted; [] for the
  // languages carnet lexes itself (then it needs no highlight.js at all);
  // null for an unknown language. Only Markdown's depend on the text: the
  // languages of its fenced code blocks.
  function needs(lang, text) {
    var tag = tagOf(lang);
    if (!tag) return null;
    var r = rules(tag), seen = Object.create(null), out = [];
    if (r.lex) (r.needs ? r.needs(text || "") : []).forEach(function (g) { closure(g, seen, out); });
    else closure(GRAMMAR[tag], seen, out);
    return out.sort();
  }

  // Every grammar file a set of languages needs (sub-languages included), sorted.
  function files(langs) {
    var seen = Object.create(null), out = [];
    (langs || []).forEach(function (l) {
      (needs(l, "") || []).forEach(function (g) { if (!seen[g]) { seen[g] = true; out.push(g); } });
    });
    return out.sort();
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

  // Per language: what Rouge's lexer does differently (RULES below; keys are
  // Rouge tags). Every entry is optional:
  //   scopes: overrides of DEFAULT;
  //   words:  { class: "word word..." }: words Rouge puts in a class of their
  //           own, whether highlight.js marked them (keyword, built_in, literal,
  //           type, title, variable.language) or left them plain;
  //   word(w, ctx): the class of such a word from its context (say, after a
  //           `.`), or undefined to go on with `words` and the default;
  //   tok(k, s, ctx): last word on any marked token: gets the class so far;
  //   name:   class of a plain identifier (default "n"; "" where Rouge leaves
  //           them as text); wordRe: what an identifier is (default WORD);
  //   op, punct, num: classes of plain operators, punctuation and numbers;
  //   special: [[sticky RegExp, class]...] tried first on plain text (`::`...);
  //           the class may be a function(match, ctx): class, or undefined to
  //           try the next entry;
  //   ws:     class of whitespace between tokens ("w" where Rouge marks it);
  //   interp: "delim" (default): only the `#{`/`${`/`}` of an interpolation
  //           are `si`, what is inside is code, as in Rouge; "all": all `si`;
  //   eatNL:  classes whose token takes the newline after it (["c1"]: Rouge's
  //           `#.*\n?`, so that consecutive comment lines make one span);
  //   lex(text): carnet's own lexer instead of highlight.js (YAML);
  //   fix(text, cls): last pass over the classes, for line-based rules.
  // ctx: { tag, text, start, end, scope, before (the line up to the token),
  // after (the line after it) }.
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

  // ---- The languages' rules ---------------------------------------------------
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

  // Word lists are Rouge 3.30's (lib/rouge/lexers/*.rb), cut to what its
  // lexer treats differently from highlight.js.
  function after(re) { return function (w, ctx) { return re.test(ctx.before); }; }
  var afterDot = after(/\.\s*$/);

  // Ruby: `.name` is a method call (nf); CamelCase is a constant (no) except
  // right after `class` (nc) or `module` (nn); @ivars vi, @@cvars vc, $globals vg.
  RULES.ruby = {
    wordRe: /[A-Za-z_]\w*/y,
    special: [
      [/::|\.\.\.?|\.(?!\s*[a-z_])|(?<=\bdef\s+[A-Za-z_]\w*)\./y, "o"],
      // `name?` / `name!`: one name, unless the bare word is a keyword or a
      // builtin (Rouge tries those rules first) and `name?` is not a builtin
      [/[A-Za-z_]\w*[?!]/y, function (w, ctx) {
        var kw = rules("ruby").kw, bare = w.slice(0, -1);
        if (/\.\s*$/.test(ctx.before)) return "nf";
        if (kw[w]) return kw[w];
        if (kw[bare]) return undefined;
        return "n";
      }],
      [/\?/y, "p"],
      // %i[...] %w(...): Str::Other (sx), nesting brackets
      [/%[iIwWsqQx][\[({<]/y, function (m, ctx) {
        var open = m.charAt(2), close = { "[": "]", "(": ")", "{": "}", "<": ">" }[open], depth = 0;
        for (var j = ctx.start + 2; j < ctx.text.length; j++) {
          var c = ctx.text.charAt(j);
          if (c === "\\") j++;
          else if (c === open) depth++;
          else if (c === close && --depth === 0) { ctx.extend = j + 1; return "sx"; }
        }
        return undefined;
      }],
    ],
    fix: function (text, cls) {
      // a symbol key (`key: `) takes the whitespace after it (Rouge: `\w+:\s+`)
      for (var i = 1; i < text.length; i++) {
        if (cls[i - 1] === "ss" && text.charAt(i - 1) === ":" && /\s/.test(text.charAt(i)) && cls[i] === "" && /\w:$/.test(text.slice(Math.max(0, i - 2), i))) {
          var j = i;
          while (j < text.length && /\s/.test(text.charAt(j)) && cls[j] === "") cls[j++] = "ss";
        }
        // `.nil?`, `defined?`: the `?` / `!` goes with the name before it
        if (/[?!]/.test(text.charAt(i)) && /\w/.test(text.charAt(i - 1)) && cls[i] !== cls[i - 1]) {
          var w = /\w+$/.exec(text.slice(Math.max(0, i - 40), i))[0], kw = rules("ruby").kw[w + text.charAt(i)];
          if (cls[i - 1] === "nf") cls[i] = "nf";
          else if (kw === "k") cls[i] = cls[i - 1] = "k";
        }
      }
    },
    words: {
      k: "BEGIN END alias begin break case defined? do else elsif end ensure for if in next redo rescue raise retry return super then undef unless until when while yield",
      kp: "loop include extend alias_method attr catch throw private module_function public protected true false nil __FILE__ __LINE__",
      nb: "attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc caller catch chomp chop class_eval class_variables clone const_defined? const_get const_missing const_set constants display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set instance_variables lambda load local_variables loop method method_missing methods module_eval name object_id open p print printf private_class_method private_instance_methods private_methods proc protected_instance_methods protected_methods public_class_method public_instance_methods public_methods putc puts raise rand readline readlines require require_relative scan select self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint untrace_var warn autoload? block_given? const_defined? eql? equal? frozen? include? instance_of? is_a? iterator? kind_of? method_defined? nil? private_method_defined? protected_method_defined? public_method_defined? respond_to? tainted? chomp! chop! exit! gsub! sub!",
    },
    word: function (w, ctx) {
      if (/(?:^|[^.])\.\s*$|(?:^|[^:]):: *$/.test(ctx.before) && /^[a-z_]/.test(w)) return "nf";
      if (/^[A-Z]/.test(w)) return /\bclass\s+$/.test(ctx.before) ? "nc" : /\bmodule\s+$/.test(ctx.before) ? "nn" : "no";
      if (/\bdef\s+$/.test(ctx.before)) return /^\./.test(ctx.after) ? "nc" : "nf";
      return undefined;
    },
    scopes: {
      variable: function (t) { return /^@@/.test(t) ? "vc" : /^@/.test(t) ? "vi" : /^\$/.test(t) ? "vg" : "n"; },
      "title.class": function (t, ctx) {
        // a constant path outside `class`: Foo (no) :: (o) Bar (no)
        if (/\bclass\s+$/.test(ctx.before)) return "nc";
        return t.indexOf("::") < 0 ? "no" : t.split("").map(function (c) { return c === ":" ? "o" : "no"; });
      },
      "title.function.invoke": null,
      string: rubyString,
    },
  };
  function rubyString(t) {
    var c = t.charAt(0);
    if (c === "'") return "s1";
    if (c === '"') return "s2";
    if (c === "`") return "sb";
    if (c === "%") return /^%[rsiI]/.test(t) ? "s" : /^%x/.test(t) ? "sb" : "sx";
    var h = /^(<<[-~]?)(["'`]?[A-Za-z_]\w*["'`]?)/.exec(t);
    if (h) {
      // <<~NAME (o, no), the rest of that line is code, the body sh, the last line no
      var out = new Array(t.length), nl = t.indexOf("\n"), last = t.lastIndexOf("\n") + 1, i;
      for (i = 0; i < t.length; i++) {
        out[i] = i < h[1].length ? "o" : i < h[0].length ? "no" : nl < 0 || i < nl ? null : i < last ? "sh" : "no";
      }
      return out;
    }
    return "s";
  }

  // Python: strings are `s` whatever their quotes, with `sa` prefixes and
  // `se` escapes (not in raw strings); `in is and or not` are `ow`; `import`
  // and `from` are `kn`, the module after them `nn`; `self`, True... `bp`.
  RULES.python = {
    words: {
      k: "assert break continue del elif else except exec finally for global if lambda pass print raise return try while yield as with from import async await nonlocal",
      ow: "in is and or not",
      nb: "__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash hex id input int intern isinstance issubclass iter len list locals long map max memoryview min next object oct open ord pow property range raw_input reduce reload repr reversed round set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplementedError OSError OverflowError OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError",
      bp: "self None Ellipsis NotImplemented False True",
    },
    word: function (w, ctx) {
      // (Rouge's `(?<!\.)` never sees the dot: `re.compile` is nb too)
      if (w === "import" || (w === "from" && /^\s+[\w.]+\s+import\b/.test(ctx.after))) return "kn";
      // the module right after `import` or `from` (not the names a from-import brings)
      if (/(?:^|[^\w.])import\s+[\w.]*$/.test(ctx.before) && !/\bfrom\s+[\w.]+\s+import\s+[\w.]*$/.test(ctx.before)) return "nn";
      if (/(?:^|[^\w.])from\s+[\w.]*$/.test(ctx.before) && /^[\w.]*\s+import\b/.test(ctx.after)) return "nn";
      if (/\bdef\s+$/.test(ctx.before)) return "nf";
      if (/\bclass\s+$/.test(ctx.before)) return "nc";
      return undefined;
    },
    special: [[/(?<=(?:^|[^\w.])(?:import|from)\s+[\w.]*)\.(?=\w)/y, "nn"], [/@=?/y, "o"]],
    eatNL: ["c1"],
    scopes: {
      string: function (t) {
        if (/^[rRbBuU]?[fF][rRbBuU]?['"]/.test(t)) return pythonF(t);
        return parts(t, "s", { prefix: /^[rRfFbBuU]{1,2}(?=['"])/, raw: function (p) { return /r/i.test(p); },
          escape: /\\(?:[\\abfnrtv"'\n]|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/ });
      },
      // Rouge's decorator rule comes after its operators: `@` is o, the name a name
      meta: null, type: null, subst: null,
      "title.function": "nf",
    },
  };
  // f-strings as Rouge lexes them: `{`, `}`, `!r` and the `:` before a format
  // spec are si, the rest of a replacement field is code.
  function pythonF(t) {
    var out = parts(t, "s", { prefix: /^[rRfFbBuU]{1,2}(?=['"])/, raw: function (p) { return /r/i.test(p); },
      escape: /\\(?:[\\abfnrtv"'\n]|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/ });
    var depth = 0;
    for (var i = 0; i < t.length; i++) {
      var c = t.charAt(i);
      if (depth === 0) {
        if ((c === "{" || c === "}") && t.charAt(i + 1) === c) { i++; continue; }
        if (c === "{") { out[i] = "si"; depth = 1; }
      } else if (c === "{") { out[i] = "si"; depth++; }
      else if (c === "}") { out[i] = "si"; depth--; }
      else if (c === "!" && /[asr]/.test(t.charAt(i + 1))) { out[i] = out[i + 1] = "si"; i++; }
      else if (c === ":") out[i] = "si";
      else out[i] = null;
    }
    return out;
  }

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

  // `name:` is one label token in Rouge: the colon goes with the name
  function labelColon(text, cls) {
    for (var i = 1; i < text.length; i++) if (cls[i - 1] === "nl" && text.charAt(i - 1) !== ":" && text.charAt(i) === ":" && cls[i] !== "nl") cls[i] = "nl";
  }
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

  // Brace depth before each character, outside strings and comments (C's
  // and C++'s Rouge lexers give nf only to functions defined at depth 0).
  var depthCache = { text: null, depth: null };
  function braceDepth(text) {
    if (depthCache.text === text) return depthCache.depth;
    var d = new Array(text.length + 1), n = 0, i = 0, m, re = /"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\/\/.*|\/\*[\s\S]*?\*\/|[{}]/g;
    var last = 0;
    while ((m = re.exec(text))) {
      for (i = last; i < m.index; i++) d[i] = n;
      if (m[0] === "{") { d[m.index] = n; n++; } else if (m[0] === "}") { n = Math.max(0, n - 1); d[m.index] = n; }
      else for (i = m.index; i < m.index + m[0].length; i++) d[i] = n;
      last = m.index + m[0].length;
    }
    for (i = last; i <= text.length; i++) d[i] = n;
    d.firstBrace = -1;
    for (i = 0; i < text.length; i++) if (text.charAt(i) === "{" && d[i] === 0 && d[i + 1] === 1) { d.firstBrace = i; break; }
    depthCache = { text: text, depth: d };
    return d;
  }
  // C (Rouge's c.rb) and C++ (cpp.rb): a preprocessor line is one cp (an
  // include's file cpf); `name:` at a line's start is a label; true, false,
  // NULL (and nullptr) are nb; functions nf only when defined at the top level.
  function cMacro(t) {
    var out = new Array(t.length), i, m = /^(#\s*include)(\s*)(<[^>]+>|"[^"]+")(.*)$/.exec(t);
    if (m) {
      for (i = 0; i < t.length; i++) out[i] = i < m[1].length ? "cp" : i < m[1].length + m[2].length ? "" : i < m[1].length + m[2].length + m[3].length ? "cpf" : "c1";
      out.lock = true;
      return out;
    }
    for (i = 0; i < t.length; i++) out[i] = "cp";
    var re = /\/\*[\s\S]*?\*\//g;
    while ((m = re.exec(t))) for (i = m.index; i < m.index + m[0].length; i++) out[i] = "cm";
    out.lock = true;
    return out;
  }
  function cFix(text, cls) {
    labelColon(text, cls);
    // a preprocessor line's newline is cp too
    var re = /^[ \t]*#.*(\n)/gm, m;
    while ((m = re.exec(text))) {
      var nl = m.index + m[0].length - 1, first = m.index + m[0].indexOf("#");
      if (cls[first] === "cp" || cls[first] === "c") if (cls[nl] === "" || cls[nl] === undefined) cls[nl] = cls[first];
    }
  }
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
  function cRules(cpp) {
    var self = cpp ? "cpp" : "c";
    return {
      words: {
        k: "auto break case const continue default do else enum extern for goto if register restricted return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local" +
          (cpp ? " asm catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield delete dynamic_cast explicit export friend mutable namespace new operator private protected public reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using final override alignas alignof decltype noexcept static_assert thread_local try class template" : ""),
        kt: "int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t char32_t" + (cpp ? " bool" : ""),
        kr: "__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread __thread typename _typename __typename" +
          (cpp ? " __virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event" : ""),
        nb: "true false NULL" + (cpp ? " nullptr" : ""),
        kp: cpp ? "__offload __blockingoffload __outer" : "",
      },
      word: function (w, ctx) {
        if (/^\s*$/.test(ctx.before) && /^:(?!:)/.test(ctx.after)) return "nl";
        if (cpp && /\b(?:class|struct|typename)\s+$/.test(ctx.before)) return "nc";
        if (rules(self).kw[w]) return undefined;
        if (/^title(\.function)?$/.test(ctx.scope) && /^\s*\(/.test(ctx.after)) {
          // C++'s lexer never leaves the body of the first top-level `{` (its
          // statements take every later brace as punctuation)
          var d = braceDepth(ctx.text);
          return d[ctx.start] === 0 && !(cpp && d.firstBrace >= 0 && d.firstBrace < ctx.start) ? "nf" : "n";
        }
        return undefined;
      },
      special: (cpp ? [[/::|<=>/y, "o"], [/(?<=\btemplate\s*<[^>;]*)>/y, "p"], [/(?<=\bcase\b[^:\n]*):(?!:)/y, "p"]] : [[/(?<=\bcase\b[^:\n]*):/y, "p"]])
        .concat([[/[{}]/y, "p"], [/\?|:/y, "o"]]),
      fix: cFix,
      scopes: {
        meta: cMacro, string: function (t) {
          return t.charAt(0) === "'" || /^(u8|u|U|L)'/.test(t) ? "sc" : parts(t, "s", { escape: /\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/ });
        },
        number: cNumber, type: null, built_in: null, title: null, "title.function": null, "title.class": null,
        class: null, function: null, params: null, literal: null, keyword: null, "variable.language": null, "char.escape": null,
        doctag: null, operator: "o",
      },
    };
  }
  RULES.c = cRules(false);
  RULES.cpp = cRules(true);

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

  // Go (Rouge's go.rb): a flat token list: comments c, numbers m, strings s,
  // runes sc, `.` and `:` operators, every other name n.
  RULES.go = {
    num: "m", punct: "p",
    words: {
      k: "break default func interface select case defer go map struct chan else goto package switch const fallthrough if range type continue for import return var",
      kt: "bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string uint8 uint16 uint32 uint64 uintptr uint",
      nb: "append cap close complex copy delete imag len make new panic print println real recover",
      no: "true false iota nil",
    },
    special: [[/\.\.\.|[.:]/y, "o"]],
    scopes: {
      comment: "c", number: "m", type: null, built_in: null, literal: null, keyword: null, title: null,
      "title.function": null, "title.class": null, params: null, "variable.language": null, "char.escape": null,
      string: function (t) {
        if (t.charAt(0) === "'") return "sc";
        if (t.charAt(0) === "`") return "s";
        return parts(t, "s", { escape: /\\(?:[abfnrtv\\'"]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2})/ });
      },
      operator: "o",
    },
  };

  // Rust (Rouge's rust.rb): a name before `(` is nf, `.name` py, `name::` nn,
  // `name!` a macro (nd), as are attributes; `->` and `=>` are keywords;
  // `'static` k, other lifetimes nv; doc comments cd.
  RULES.rust = {
    wordRe: /[\p{L}_][\p{L}\p{N}_]*!?/uy,
    words: {
      k: "as async await break const continue crate dyn else enum extern false fn for if impl in let log loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final macro override priv typeof unsized virtual yield try union",
      nb: "Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator",
    },
    word: function (w, ctx) {
      if (/!$/.test(w)) return "nd";
      if (rules("rust").kw[w] === "k" && !/\.\s*$/.test(ctx.before)) return "k";
      if (/^\s*\(/.test(ctx.after)) return "nf";
      if (/\.\s*$/.test(ctx.before)) return w === "await" ? "k" : "py";
      if (/^::/.test(ctx.after)) return "nn";
      return undefined;
    },
    special: [[/->|=>|<->/y, "k"], [/[()\[\]{}|,:;]/y, "p"], [/\.{2,3}/y, "o"], [/'static\b/y, "k"], [/'[\p{L}_][\p{L}\p{N}_]*/uy, "nv"],
      [/\.\s*\d+/y, "na"]],
    fix: function (text, cls) {
      // `.name(` and `.name` are one token with their dot
      for (var i = text.length - 2; i >= 0; i--) {
        if (text.charAt(i) === "." && (cls[i + 1] === "nf" || cls[i + 1] === "py" || (cls[i + 1] === "k" && /^\.await\b/.test(text.slice(i))))) cls[i] = cls[i + 1];
      }
    },
    scopes: {
      meta: function (t) {
        var out = [];
        for (var i = 0; i < t.length; i++) out.push(/\s/.test(t.charAt(i)) ? null : "nd");
        out.lock = true;
        return out;
      },
      comment: function (t) {
        if (/^\/\/\/\/|^\/\*\*\*|^\/\*\*\//.test(t)) return /^\/\//.test(t) ? "c1" : "cm";
        if (/^\/\/[\/!]|^\/\*[*!]/.test(t)) return "cd";
        return /^\/\//.test(t) ? "c1" : "cm";
      },
      string: function (t) {
        if (/^b?'/.test(t)) return "sc";
        return parts(t, "s", { escape: /\\(?:[nrt'"\\0]|x[0-9a-f]{2}|u\{(?:[0-9a-f]_*){1,6}\})/i });
      },
      number: function (t) { return /^[0-9][0-9_]*(?:\.[0-9]|[eE]|f32|f64|\.(?![._\p{L}]))/u.test(t) ? "mf" : "mi"; },
      symbol: function (t) { return t === "'static" ? "k" : "nv"; },
      punctuation: function (t) { return /^[-=]>$/.test(t) ? "k" : "p"; },
      type: null, built_in: null, literal: null, keyword: null, title: null, "title.function": null,
      "title.function.invoke": null, "title.class": null, params: null, "variable.language": null,
      variable: null, "char.escape": null, operator: "o",
    },
  };

  // Kotlin (Rouge's kotlin.rb): every operator is p; capitalised names nc;
  // a name before `(` or `{` nf; `val x` py; strings are one `s`, templates
  // included; import and package paths one nn.
  RULES.kotlin = {
    op: "p",
    wordRe: /[\p{L}_][\p{L}\p{N}_]*/uy,
    words: {
      k: "abstract annotation as break by catch class companion const constructor continue crossinline do dynamic else enum external false final finally for fun get if import in infix inline inner interface internal is lateinit noinline null object open operator out override package private protected public reified return sealed set super suspend tailrec this throw true try typealias typeof val var vararg when where while yield",
    },
    word: function (w, ctx) {
      var b = ctx.before;
      if (/\b(?:package|import)\s+\S*$/.test(b)) return "nn";
      if ((w === "val" || w === "var") && /^\s/.test(ctx.after)) return "kd";
      if (/^(?:class|interface|object)$/.test(w) && /^\s/.test(ctx.after) && !/\bcompanion\s+$/.test(b)) return "kd";
      if (w === "data" && /^\s+class\b/.test(ctx.after)) return "kd";
      if (/\bfun\s+(?:<[^>]*>\s*)?$/.test(b)) return /^\p{Lu}/u.test(w) && /^\./.test(ctx.after) ? "nc" : "nf";
      if (/\bfun\s+(?:<[^>]*>\s*)?\p{Lu}[\p{L}\p{N}_]*\.$/u.test(b)) return "nf";
      if (/\b(?:class|interface|object)\s+$/.test(b) && /^\p{Lu}/u.test(w)) return "nc";
      if (/\b(?:val|var)\s+$/.test(b)) return "py";
      if (rules("kotlin").kw[w]) return "k";
      if (/^\p{Lu}/u.test(w)) return "nc";
      if (/^\s*[({]/.test(ctx.after)) return "nf";
      if (/^@/.test(ctx.after)) return "nd";
      return "n";
    },
    special: [[/(?<=\b(?:package|import)\s+\S*)[^\s\w]+/y, "nn"], [/::|!!|\?[:.]|\.\./y, "o"], [/@\p{Lu}[\p{L}\p{N}_]*/uy, "nd"]],
    fix: function (text, cls) {
      // `data class` is one kd token, space included
      var re = /\bdata(\s+)class\b/g, m;
      while ((m = re.exec(text))) if (cls[m.index] === "kd") for (var i = m.index; i < m.index + m[0].length; i++) cls[i] = "kd";
    },
    scopes: {
      string: function (t) { return t.charAt(0) === "'" ? "!sc" : "!s"; },
      number: function (t) { return /^0[xX]/.test(t) ? "mh" : /^0[bB]/.test(t) ? "mb" : /[.eEfF]/.test(t) ? "mf" : "mi"; },
      meta: "nd", type: null, built_in: null, literal: null, keyword: null, title: null, "title.function": null,
      "title.class": null, params: null, "variable.language": null, variable: null, operator: "p",
      doctag: null,
    },
  };

  // Perl (Rouge's perl.rb): barewords are nv (`Foo::` nn); quotes are p
  // around s1/s2 bodies, whose `$var` are si; `sub ` (with its space) k
  // and the name nf; q// and qw// sx; `word =>` s.
  var PERL_KW = "case continue do else elsif for foreach if last my next our redo reset then unless until while use print new BEGIN CHECK INIT END return";
  RULES.perl = {
    words: {
      k: PERL_KW,
      ow: "eq lt gt le ge ne not and or cmp",
      nb: "abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each endgrent endhostent endnetent endprotoent endpwent endservent eof eval exec exists exit exp fcntl fileno flock fork format formline getc getgrent getgrgid getgrnam gethostbyaddr gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import index int ioctl join keys kill last lc lcfirst length link listen local localtime log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open opendir ord our pack package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget semop send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl shmget shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr symlink syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr truncate uc ucfirst umask undef unlink unpack unshift untie utime values vec wait waitpid wantarray warn write",
      bp: "__DIE__ __WARN__ DATA STDIN STDOUT STDERR",
    },
    word: function (w, ctx) {
      if (/^\s*=>/.test(ctx.after)) return "s";
      if (/\bsub\s+$/.test(ctx.before)) return "nf";
      if (w === "sub" && /^\s/.test(ctx.after)) return "k";
      if (/^::/.test(ctx.after)) return "nn";
      var k = rules("perl").kw[w];
      return k || "nv";
    },
    special: [[/::(?=\w)/y, "nn"], [/::/y, "o"]],
    fix: function (text, cls) {
      // `sub ` is one keyword token with its whitespace, and the text up to
      // the body's `{` is punctuation
      var re = /\bsub(\s+)[a-zA-Z_]\w*[!?]?(\s*)(\([$@%]*\))?(\s*)/g, m;
      while ((m = re.exec(text))) {
        if (cls[m.index] !== "k") continue;
        for (var i = m.index + 3; i < m.index + 3 + m[1].length; i++) cls[i] = "k";
        var e = m.index + m[0].length;
        if (text.charAt(e) === "{") for (i = e - m[4].length; i <= e; i++) cls[i] = "p";
      }
      // heredocs (which highlight.js misses in some forms) are one s
      var hd = /<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n[\s\S]*?\n\2\n/g;
      while ((m = hd.exec(text))) {
        if (/^[sc]/.test(cls[m.index] || "") && cls[m.index] !== "s") continue;
        for (i = m.index; i < m.index + m[0].length; i++) cls[i] = "s";
      }
      // Foo::Bar: the `::` goes with the namespace before it
      for (i = 1; i < text.length - 1; i++) if (text.charAt(i) === ":" && cls[i] === "nn" && cls[i - 1] !== "nn") cls[i] = "nn";
    },
    scopes: {
      string: perlString, regexp: "sr", variable: perlVar, comment: perlComment, meta: "cp",
      keyword: null, built_in: null, title: null, function: null, params: null, literal: null,
      number: function (t) { return /^0x/i.test(t) ? "mh" : /^0b/i.test(t) ? "mb" : /^0_?[0-7]/.test(t) ? "mo" : /[.e]/i.test(t) ? "mf" : "mi"; },
      subst: function (t) { return "!si"; },
    },
  };
  function perlVar(t, ctx) {
    // in a string: interpolation
    if (/^string/.test(ctx.outer || "")) return /^[$@][a-z_]\w*$/i.test(t) ? "si" : null;
    if (/^\$\^[ADEFHILMOPSTWX]$/.test(t) || /^\$[\\"'\[\]&`+*.,;=%~?@$!<>(^|\/_-]$/.test(t)) return "vg";
    return "nv";
  }
  function perlComment(t) { return /^=/.test(t) ? "cm" : "c1"; }
  function perlString(t) {
    var c = t.charAt(0), out = new Array(t.length), i;
    if (c === "'" || c === '"' || c === "`") {
      var body = c === "'" ? "s1" : c === '"' ? "s2" : "sb";
      out = parts(t, body, { escape: c === "'" ? /\\[\\']/ : /\\(?:[\\tnrabefluLUE"$@`]|0\d{2}|o\{\d+\}|x[0-9a-fA-F]{2}|x\{[0-9a-fA-F]+\}|c.|N\{[^}]+\})/ });
      out[0] = "p";
      if (t.length > 1 && t.charAt(t.length - 1) === c) out[t.length - 1] = "p";
      out.lock = false;
      return out;
    }
    if (/^<</.test(t)) return "s";
    return "!sx";
  }

  // PHP (Rouge's php.rb). Rouge knows some 4,000 builtin functions (nb);
  // carnet keeps those of its String, Array, PCRE, Math, JSON, variable,
  // output, date, function, class, ctype, URL, filesystem, error, misc.,
  // multibyte, options/info, stream, directory, program execution, session,
  // hash, network and cURL groups; another builtin called comes out nf, as
  // a user's function would. Function names in definitions are n, calls nf; types in
  // signatures kt; `$var` nv; `namespace`/`use` kn.
  var PHP_BUILTINS = wordSet(
    "addcslashes addslashes bin2hex chop chr chunk_split convert_cyr_string convert_uudecode " +
    "convert_uuencode count_chars crc32 crypt echo explode fprintf get_html_translation_table hebrev " +
    "hebrevc hex2bin html_entity_decode htmlentities htmlspecialchars_decode htmlspecialchars implode " +
    "join lcfirst levenshtein localeconv ltrim md5_file md5 metaphone money_format nl_langinfo nl2br " +
    "number_format ord parse_str print printf quoted_printable_decode quoted_printable_encode quotemeta " +
    "rtrim setlocale sha1_file sha1 similar_text soundex sprintf sscanf str_getcsv str_ireplace str_pad " +
    "str_repeat str_replace str_rot13 str_shuffle str_split str_word_count strcasecmp strchr strcmp " +
    "strcoll strcspn strip_tags stripcslashes stripos stripslashes stristr strlen strnatcasecmp " +
    "strnatcmp strncasecmp strncmp strpbrk strpos strrchr strrev strripos strrpos strspn strstr strtok " +
    "strtolower strtoupper strtr substr_compare substr_count substr_replace substr trim ucfirst ucwords " +
    "vfprintf vprintf vsprintf wordwrap array_change_key_case array_chunk array_column array_combine " +
    "array_count_values array_diff_assoc array_diff_key array_diff_uassoc array_diff_ukey array_diff " +
    "array_fill_keys array_fill array_filter array_flip array_intersect_assoc array_intersect_key " +
    "array_intersect_uassoc array_intersect_ukey array_intersect array_key_exists array_key_first " +
    "array_key_last array_keys array_map array_merge_recursive array_merge array_multisort array_pad " +
    "array_pop array_product array_push array_rand array_reduce array_replace_recursive array_replace " +
    "array_reverse array_search array_shift array_slice array_splice array_sum array_udiff_assoc " +
    "array_udiff_uassoc array_udiff array_uintersect_assoc array_uintersect_uassoc array_uintersect " +
    "array_unique array_unshift array_values array_walk_recursive array_walk array arsort asort compact " +
    "count current each end extract in_array key_exists key krsort ksort list natcasesort natsort next " +
    "pos prev range reset rsort shuffle sizeof sort uasort uksort usort preg_filter preg_grep " +
    "preg_last_error preg_match_all preg_match preg_quote preg_replace_callback_array " +
    "preg_replace_callback preg_replace preg_split abs acos acosh asin asinh atan2 atan atanh " +
    "base_convert bindec ceil cos cosh decbin dechex decoct deg2rad exp expm1 floor fmod getrandmax " +
    "hexdec hypot intdiv is_finite is_infinite is_nan lcg_value log10 log1p log max min mt_getrandmax " +
    "mt_rand mt_srand octdec pi pow rad2deg rand round sin sinh sqrt srand tan tanh json_decode " +
    "json_encode json_last_error_msg json_last_error boolval debug_zval_dump doubleval empty floatval " +
    "get_defined_vars get_resource_type gettype import_request_variables intval is_array is_bool " +
    "is_callable is_countable is_double is_float is_int is_integer is_iterable is_long is_null " +
    "is_numeric is_object is_real is_resource is_scalar is_string isset print_r serialize settype strval " +
    "unserialize unset var_dump var_export flush ob_clean ob_end_clean ob_end_flush ob_flush " +
    "ob_get_clean ob_get_contents ob_get_flush ob_get_length ob_get_level ob_get_status ob_gzhandler " +
    "ob_implicit_flush ob_list_handlers ob_start output_add_rewrite_var output_reset_rewrite_vars " +
    "checkdate date_add date_create_from_format date_create_immutable_from_format date_create_immutable " +
    "date_create date_date_set date_default_timezone_get date_default_timezone_set date_diff date_format " +
    "date_get_last_errors date_interval_create_from_date_string date_interval_format date_isodate_set " +
    "date_modify date_offset_get date_parse_from_format date_parse date_sub date_sun_info date_sunrise " +
    "date_sunset date_time_set date_timestamp_get date_timestamp_set date_timezone_get date_timezone_set " +
    "date getdate gettimeofday gmdate gmmktime gmstrftime idate localtime microtime mktime strftime " +
    "strptime strtotime time timezone_abbreviations_list timezone_identifiers_list timezone_location_get " +
    "timezone_name_from_abbr timezone_name_get timezone_offset_get timezone_open " +
    "timezone_transitions_get timezone_version_get call_user_func_array call_user_func create_function " +
    "forward_static_call_array forward_static_call func_get_arg func_get_args func_num_args " +
    "function_exists get_defined_functions register_shutdown_function register_tick_function " +
    "unregister_tick_function __autoload call_user_method_array call_user_method class_alias " +
    "class_exists get_called_class get_class_methods get_class_vars get_class get_declared_classes " +
    "get_declared_interfaces get_declared_traits get_object_vars get_parent_class interface_exists is_a " +
    "is_subclass_of method_exists property_exists trait_exists ctype_alnum ctype_alpha ctype_cntrl " +
    "ctype_digit ctype_graph ctype_lower ctype_print ctype_punct ctype_space ctype_upper ctype_xdigit " +
    "base64_decode base64_encode get_headers get_meta_tags http_build_query parse_url rawurldecode " +
    "rawurlencode urldecode urlencode basename chgrp chmod chown clearstatcache copy delete dirname " +
    "disk_free_space disk_total_space diskfreespace fclose feof fflush fgetc fgetcsv fgets fgetss " +
    "file_exists file_get_contents file_put_contents file fileatime filectime filegroup fileinode " +
    "filemtime fileowner fileperms filesize filetype flock fnmatch fopen fpassthru fputcsv fputs fread " +
    "fscanf fseek fstat ftell ftruncate fwrite glob is_dir is_executable is_file is_link is_readable " +
    "is_uploaded_file is_writable is_writeable lchgrp lchown link linkinfo lstat mkdir " +
    "move_uploaded_file parse_ini_file parse_ini_string pathinfo pclose popen readfile readlink " +
    "realpath_cache_get realpath_cache_size realpath rename rewind rmdir set_file_buffer stat symlink " +
    "tempnam tmpfile touch umask unlink debug_backtrace debug_print_backtrace error_clear_last " +
    "error_get_last error_log error_reporting restore_error_handler restore_exception_handler " +
    "set_error_handler set_exception_handler trigger_error user_error connection_aborted " +
    "connection_status constant define defined die eval exit get_browser __halt_compiler highlight_file " +
    "highlight_string hrtime ignore_user_abort pack php_check_syntax php_strip_whitespace " +
    "sapi_windows_cp_conv sapi_windows_cp_get sapi_windows_cp_is_utf8 sapi_windows_cp_set " +
    "sapi_windows_generate_ctrl_event sapi_windows_set_ctrl_handler sapi_windows_vt100_support " +
    "show_source sleep sys_getloadavg time_nanosleep time_sleep_until uniqid unpack usleep " +
    "mb_check_encoding mb_chr mb_convert_case mb_convert_encoding mb_convert_kana mb_convert_variables " +
    "mb_decode_mimeheader mb_decode_numericentity mb_detect_encoding mb_detect_order " +
    "mb_encode_mimeheader mb_encode_numericentity mb_encoding_aliases mb_ereg_match " +
    "mb_ereg_replace_callback mb_ereg_replace mb_ereg_search_getpos mb_ereg_search_getregs " +
    "mb_ereg_search_init mb_ereg_search_pos mb_ereg_search_regs mb_ereg_search_setpos mb_ereg_search " +
    "mb_ereg mb_eregi_replace mb_eregi mb_get_info mb_http_input mb_http_output mb_internal_encoding " +
    "mb_language mb_list_encodings mb_ord mb_output_handler mb_parse_str mb_preferred_mime_name " +
    "mb_regex_encoding mb_regex_set_options mb_scrub mb_send_mail mb_split mb_str_split mb_strcut " +
    "mb_strimwidth mb_stripos mb_stristr mb_strlen mb_strpos mb_strrchr mb_strrichr mb_strripos " +
    "mb_strrpos mb_strstr mb_strtolower mb_strtoupper mb_strwidth mb_substitute_character " +
    "mb_substr_count mb_substr assert_options assert cli_get_process_title cli_set_process_title dl " +
    "extension_loaded gc_collect_cycles gc_disable gc_enable gc_enabled gc_mem_caches gc_status " +
    "get_cfg_var get_current_user get_defined_constants get_extension_funcs get_include_path " +
    "get_included_files get_loaded_extensions get_magic_quotes_gpc get_magic_quotes_runtime " +
    "get_required_files get_resources getenv getlastmod getmygid getmyinode getmypid getmyuid getopt " +
    "getrusage ini_alter ini_get_all ini_get ini_restore ini_set magic_quotes_runtime main " +
    "memory_get_peak_usage memory_get_usage php_ini_loaded_file php_ini_scanned_files php_logo_guid " +
    "php_sapi_name php_uname phpcredits phpinfo phpversion putenv restore_include_path set_include_path " +
    "set_magic_quotes_runtime set_time_limit sys_get_temp_dir version_compare zend_logo_guid " +
    "zend_thread_id zend_version set_socket_blocking stream_bucket_append stream_bucket_make_writeable " +
    "stream_bucket_new stream_bucket_prepend stream_context_create stream_context_get_default " +
    "stream_context_get_options stream_context_get_params stream_context_set_default " +
    "stream_context_set_option stream_context_set_params stream_copy_to_stream stream_filter_append " +
    "stream_filter_prepend stream_filter_register stream_filter_remove stream_get_contents " +
    "stream_get_filters stream_get_line stream_get_meta_data stream_get_transports stream_get_wrappers " +
    "stream_is_local stream_isatty stream_notification_callback stream_register_wrapper " +
    "stream_resolve_include_path stream_select stream_set_blocking stream_set_chunk_size " +
    "stream_set_read_buffer stream_set_timeout stream_set_write_buffer stream_socket_accept " +
    "stream_socket_client stream_socket_enable_crypto stream_socket_get_name stream_socket_pair " +
    "stream_socket_recvfrom stream_socket_sendto stream_socket_server stream_socket_shutdown " +
    "stream_supports_lock stream_wrapper_register stream_wrapper_restore stream_wrapper_unregister chdir " +
    "chroot closedir dir getcwd opendir readdir rewinddir scandir escapeshellarg escapeshellcmd exec " +
    "passthru proc_close proc_get_status proc_nice proc_open proc_terminate shell_exec system " +
    "session_abort session_cache_expire session_cache_limiter session_commit session_create_id " +
    "session_decode session_destroy session_encode session_gc session_get_cookie_params session_id " +
    "session_is_registered session_module_name session_name session_regenerate_id " +
    "session_register_shutdown session_register session_reset session_save_path " +
    "session_set_cookie_params session_set_save_handler session_start session_status session_unregister " +
    "session_unset session_write_close hash_algos hash_copy hash_equals hash_file hash_final hash_hkdf " +
    "hash_hmac_algos hash_hmac_file hash_hmac hash_init hash_pbkdf2 hash_update_file hash_update_stream " +
    "hash_update hash checkdnsrr closelog define_syslog_variables dns_check_record dns_get_mx " +
    "dns_get_record fsockopen gethostbyaddr gethostbyname gethostbynamel gethostname getmxrr " +
    "getprotobyname getprotobynumber getservbyname getservbyport header_register_callback header_remove " +
    "header headers_list headers_sent http_response_code inet_ntop inet_pton ip2long long2ip openlog " +
    "pfsockopen setcookie setrawcookie socket_get_status socket_set_blocking socket_set_timeout syslog " +
    "curl_close curl_copy_handle curl_errno curl_error curl_escape curl_exec curl_file_create " +
    "curl_getinfo curl_init curl_multi_add_handle curl_multi_close curl_multi_errno curl_multi_exec " +
    "curl_multi_getcontent curl_multi_info_read curl_multi_init curl_multi_remove_handle " +
    "curl_multi_select curl_multi_setopt curl_multi_strerror curl_pause curl_reset curl_setopt_array " +
    "curl_setopt curl_share_close curl_share_errno curl_share_init curl_share_setopt curl_share_strerror " +
    "curl_strerror curl_unescape curl_version");  var PHP_KW = wordSet("old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__ __method__ __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn for foreach global goto if implements include include_once instanceof insteadof isset list match new or parent print private protected public readonly require require_once return self static switch throw try unset var while xor yield function const interface trait class");
  RULES.php = {
    wordRe: /[\p{L}_][\p{L}\p{N}_]*/uy,
    word: function (w, ctx) {
      var lw = w.toLowerCase(), b = ctx.before, a = ctx.after;
      if (/\$$/.test(b)) return "nv";
      if (/\bnamespace\s+[\w\\]*$/i.test(b)) return "nn";
      if (/\b(?:class|interface|trait|extends|implements)\s+[\w\\]*$/i.test(b)) return "nc";
      if (/\bnew\s+[\w\\]*$/i.test(b) && lw !== "class") return "nc";
      if (/\b(?:function|fn)\s+&?$/i.test(b)) return "n";
      if (lw === "use" || lw === "namespace") return "kn";
      if (/^(?:class|interface|trait|extends|implements)$/.test(lw) && /^\s+[\w\\]/.test(a)) return "kd";
      if (/^(?:true|false|null)$/.test(lw)) return "kc";
      // a type: before a parameter, after a return's colon, after a property's visibility
      if (!PHP_KW[lw] || lw === "array") {
        if (/^\s+&?(?:\.\.\.)?\$/.test(a) && /(?:[(,]|\b(?:public|protected|private|readonly|static|var))\s*\??$/i.test(b)) return "kt";
        if (/\)\s*:\s*\??$/.test(b)) return "kt";
      }
      if (/^\s*\(/.test(a)) return PHP_KW[lw] ? "k" : PHP_BUILTINS[lw] ? "nb" : "nf";
      if (PHP_KW[lw]) return "k";
      if (/^__.*?__$/.test(w)) return "nb";
      if (/^(?:E|PHP)(?:_\p{Lu}+)+$/u.test(w)) return "kc";
      if (w === "stdClass") return "nc";
      if (/(?:\\|^)\p{Lu}[\p{Lu}\d_]+$/u.test(w)) return "no";
      if (/(?:\\|^)\p{Lu}[\p{L}\p{N}]*$/u.test(w)) return "nc";
      return "n";
    },
    special: [
      // a namespaced name is one token: `Foo\Bar`, `foo\bar(`
      [/(?:[\p{L}_][\p{L}\p{N}_]*\\)+[\p{L}_][\p{L}\p{N}_]*/uy, function (w, ctx) { return RULES.php.word(w, ctx); }],
      [/\$+[\p{L}_][\p{L}\p{N}_]*/uy, "nv"], [/[~!%^&*+|:.<>\/@-]+/y, "o"], [/[=?]/y, "o"], [/[;,(){}\[\]]/y, "p"]],
    fix: function (text, cls) {
      for (var i = 0; i < text.length; i++) {
        // `?Type` is one kt; the `:` before a return type is p
        if (text.charAt(i) === "?" && cls[i + 1] === "kt") cls[i] = "kt";
        if (text.charAt(i) === ":" && cls[i] === "o" && /\)\s*$/.test(text.slice(Math.max(0, i - 20), i)) && /^\s*\??[\p{L}_]/u.test(text.slice(i + 1, i + 30))) cls[i] = "p";
      }
    },
    scopes: {
      meta: "cp", variable: "nv", "variable.language": "nv", "variable.constant": null, string: phpString,
      comment: function (t) { return /^\/\*\*(?!\/)/.test(t) ? "cd" : /^\/\*/.test(t) ? "cm" : "c1"; },
      number: function (t) { return /^0x/i.test(t) ? "mh" : /^0b/i.test(t) ? "mb" : /^0[0-7]/.test(t) ? "mo" : /\./.test(t) ? "mf" : "mi"; },
      keyword: null, built_in: null, title: null, "title.function": null, "title.function.invoke": null,
      "title.class": null, class: null, function: null, params: null, literal: null, type: null,
      operator: "o", punctuation: "p", subst: null, doctag: null, "char.escape": null,
    },
  };
  function phpString(t) {
    var c = t.charAt(0);
    if (c === "'") return "!s1";
    if (c === "`") return "!sb";
    if (/^<<</.test(t)) return "!sh";
    if (c !== '"') return "s";
    var out = parts(t, "s2", { escape: /\\(?:u\{[0-9a-fA-F]+\}|[efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/ });
    // `$name`, `$name[..]`, `$name->x` are nv; `{$ ... }` is si around code
    var re = /\$[\p{L}_][\p{L}\p{N}_]*(?:\[\S+?\]|->[\p{L}_][\p{L}\p{N}_]*)?|\{(?=\$)/gu, m, i;
    while ((m = re.exec(t))) {
      if (m[0] === "{") {
        var close = t.indexOf("}", m.index);
        if (close < 0) close = t.length - 1;
        out[m.index] = out[close] = "si";
        for (i = m.index + 1; i < close; i++) out[i] = null;
        re.lastIndex = close + 1;
      } else for (i = m.index; i < m.index + m[0].length; i++) out[i] = "nv";
    }
    return out;
  }

  // ---- Languages carnet lexes itself ----------------------------------------
  // For a few languages highlight.js's grammar splits text so differently
  // from Rouge's lexer that no mapping of its scopes gets close (Rouge's shell
  // lexer marks `-o` options `nt` and `x=` `nv`, leaves other words as text,
  // and gives `${`, `$(` and `}` their own classes). Those are lexed here by a
  // small copy of Rouge's RegexLexer running a port of Rouge's rules.
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

  // Rouge's shell.rb (bash, sh, zsh, ksh).
  var SH_KW = "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";
  var SH_BUILTINS = "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|popd|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait|cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit|wc|sum|cksum|b2sum|md5sum|sha1sum|sha224sum|sha256sum|sha384sum|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|join|tr|expand|unexpand|ls|dir|vdir|dircolors|cp|dd|install|mv|rm|shred|link|ln|mkdir|mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch|df|du|stat|sync|truncate|echo|printf|yes|expr|tee|basename|dirname|pathchk|mktemp|realpath|pwd|stty|printenv|tty|id|logname|whoami|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon|runcon|chroot|env|nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt|seq|tar|grep|sudo|awk|sed|gzip|gunzip";
  var shellLex = regexLexer({
    basic: [
      [/#.*/y, "c"],
      [new RegExp("\\b(?:" + SH_KW + ")\\s*\\b", "y"), "k"],
      [/\bcase\b/y, "k", "case"],
      [new RegExp("\\b(?:" + SH_BUILTINS + ")\\s*\\b(?!(\\.|-))", "y"), "nb"],
      [/[.](?=\s)/y, "nb"],
      [/(\b\w+)(=)/y, ["nv", "o"]],
      [/[\[\]{}()!=>]/y, "o"],
      [/&&|\|\|/y, "o"],
      [/<<</y, "o"],
      [/(<<-?)(\s*)(['"]?)(\\?)(\w+)(\3)/y, function (L, m) {
        ["o", "", "sh", "sh", "no", "sh"].forEach(function (k, g) { if (m[g + 1]) L.token(k, m[g + 1]); });
        L.data.heredoc = m[5];
        L.push("heredoc");
      }],
    ],
    heredoc: [
      [/\n/y, "sh", "heredoc_nl"],
      [/[^$\n\\]+/y, "sh"],
      ["mixin", "interp"],
      [/[$]/y, "sh"],
    ],
    heredoc_nl: [
      [/\s*(\w+)\s*\n/y, function (L, m) {
        if (m[1] === L.data.heredoc) { L.token("no", m[0]); L.pop(2); } else L.token("sh", m[0]);
      }],
      [/(?:)/y, "", "#pop"],
    ],
    double_quotes: [
      [/(?:\$#?)?"/y, "s2", "#pop"],
      ["mixin", "interp"],
      [/[^"`\\$]+/y, "s2"],
    ],
    ansi_string: [
      [/\\./y, "se"],
      [/[^\\']+/y, "s1"],
      ["mixin", "single_quotes"],
    ],
    single_quotes: [
      [/'/y, "s1", "#pop"],
      [/[^']+/y, "s1"],
    ],
    data: [
      [/\s+/y, ""],
      [/\\./y, "se"],
      [/\$?"/y, "s2", "double_quotes"],
      [/\$'/y, "s1", "ansi_string"],
      [/'/y, "s1", "single_quotes"],
      [/\*/y, "k"],
      [/;/y, "p"],
      [/--?[\w-]+/y, "nt"],
      [/[^=\*\s{}()$"'`;\\<]+/y, ""],
      [/\d+(?= |\n?$)/y, "m"],
      [/</y, ""],
      ["mixin", "interp"],
    ],
    curly: [
      [/\}/y, "k", "#pop"],
      [/:-/y, "k"],
      [/[a-zA-Z0-9_]+/y, "nv"],
      [/[^}:"`'$]+/y, "p"],
      ["mixin", "root"],
    ],
    paren_interp: [
      [/\)/y, "si", "#pop"],
      [/\(/y, "o", "paren_inner"],
      ["mixin", "root"],
    ],
    paren_inner: [
      [/\(/y, "o", "paren_inner"],
      [/\)/y, "o", "#pop"],
      ["mixin", "root"],
    ],
    math: [
      [/\)\)/y, "k", "#pop"],
      [/[-+*/%^|&!]|\*\*|\|\|/y, "o"],
      [/\d+(#\w+)?/y, "m"],
      ["mixin", "root"],
    ],
    case: [
      [/\besac\b/y, "k", "#pop"],
      [/\|/y, "p"],
      [/\)/y, "p", "case_stanza"],
      ["mixin", "root"],
    ],
    case_stanza: [
      [/;;/y, "p", "#pop"],
      ["mixin", "root"],
    ],
    backticks: [
      [/`/y, "sb", "#pop"],
      ["mixin", "root"],
    ],
    interp: [
      [/\\$/my, "se"],
      [/\\./y, "se"],
      [/\$\(\(/y, "k", "math"],
      [/\$\(/y, "si", "paren_interp"],
      [/\$\{#?/y, "k", "curly"],
      [/`/y, "sb", "backticks"],
      [/\$#?(\w+|.)/y, "nv"],
      [/\$[*@]/y, "nv"],
    ],
    root: [["mixin", "basic"], ["mixin", "data"]],
  });
  function lexWith(lexer) {
    return function (text) {
      var cls = new Array(text.length);
      lexer(text, cls);
      return cls;
    };
  }
  RULES.shell = { lex: lexWith(shellLex) };

  // Rouge's console lexer: a line up to its first `$`, `#`, `>` or `;` is a
  // prompt (gp), then whitespace (w), then shell code (its state goes on from
  // one command line to the next); a line of dots is a comment; any other line,
  // newline included, is output (go).
  RULES.console = {
    lex: function (text) {
      var cls = new Array(text.length), p = 0, L = null;
      while (p < text.length) {
        var e = text.indexOf("\n", p), le = e < 0 ? text.length : e, ne = e < 0 ? le : e + 1;
        var line = text.slice(p, le), m;
        var set = function (a, b, k) { for (var j = a; j < b; j++) cls[j] = k; };
        if (/^\s*(?:<[.]+>|[.]+)\s*$/.test(line)) { set(p, ne, "c"); L = null; }
        else if ((m = /^.*?(?:\$|#|>|;)/.exec(line))) {
          set(p, p + m[0].length, "gp");
          var ws = /^\s*/.exec(text.slice(p + m[0].length, ne))[0].length;
          set(p + m[0].length, p + m[0].length + ws, "w");
          L = shellLex(text, cls, p + m[0].length + ws, ne, L);
        } else { set(p, ne, "go"); L = null; }
        p = ne;
      }
      return cls;
    },
  };

  // Rouge's css.rb: property names in its list (or vendor-prefixed) are nl,
  // others py; value words are no (colour names), nb (its keywords) or n.
  var CSS_ATTRS = wordSet(
    "align-content align-items align-self alignment-adjust alignment-baseline all anchor-point animation " +
    "animation-delay animation-direction animation-duration animation-fill-mode animation-iteration-count " +
    "animation-name animation-play-state animation-timing-function appearance azimuth backface-visibility " +
    "background background-attachment background-clip background-color background-image background-origin " +
    "background-position background-repeat background-size baseline-shift binding bleed bookmark-label " +
    "bookmark-level bookmark-state bookmark-target border border-bottom border-bottom-color " +
    "border-bottom-left-radius border-bottom-right-radius border-bottom-style border-bottom-width " +
    "border-collapse border-color border-image border-image-outset border-image-repeat border-image-slice " +
    "border-image-source border-image-width border-left border-left-color border-left-style " +
    "border-left-width border-radius border-right border-right-color border-right-style " +
    "border-right-width border-spacing border-style border-top border-top-color border-top-left-radius " +
    "border-top-right-radius border-top-style border-top-width border-width bottom box-align " +
    "box-decoration-break box-direction box-flex box-flex-group box-lines box-ordinal-group box-orient " +
    "box-pack box-shadow box-sizing break-after break-before break-inside caption-side clear clip " +
    "clip-path clip-rule color color-profile columns column-count column-fill column-gap column-rule " +
    "column-rule-color column-rule-style column-rule-width column-span column-width content " +
    "counter-increment counter-reset crop cue cue-after cue-before cursor direction display " +
    "dominant-baseline drop-initial-after-adjust drop-initial-after-align drop-initial-before-adjust " +
    "drop-initial-before-align drop-initial-size drop-initial-value elevation empty-cells filter fit " +
    "fit-position flex flex-basis flex-direction flex-flow flex-grow flex-shrink flex-wrap float " +
    "float-offset font font-family font-feature-settings font-kerning font-language-override font-size " +
    "font-size-adjust font-stretch font-style font-synthesis font-variant font-variant-alternates " +
    "font-variant-caps font-variant-east-asian font-variant-ligatures font-variant-numeric " +
    "font-variant-position font-weight grid-cell grid-column grid-column-align grid-column-sizing " +
    "grid-column-span grid-columns grid-flow grid-row grid-row-align grid-row-sizing grid-row-span " +
    "grid-rows grid-template hanging-punctuation height hyphenate-after hyphenate-before " +
    "hyphenate-character hyphenate-lines hyphenate-resource hyphens icon image-orientation " +
    "image-rendering image-resolution ime-mode inline-box-align justify-content left letter-spacing " +
    "line-break line-height line-stacking line-stacking-ruby line-stacking-shift line-stacking-strategy " +
    "list-style list-style-image list-style-position list-style-type margin margin-bottom margin-left " +
    "margin-right margin-top mark marker-offset marks mark-after mark-before marquee-direction " +
    "marquee-loop marquee-play-count marquee-speed marquee-style mask max-height max-width min-height " +
    "min-width move-to nav-down nav-index nav-left nav-right nav-up object-fit object-position opacity " +
    "order orphans outline outline-color outline-offset outline-style outline-width overflow " +
    "overflow-style overflow-wrap overflow-x overflow-y padding padding-bottom padding-left padding-right " +
    "padding-top page page-break-after page-break-before page-break-inside page-policy pause pause-after " +
    "pause-before perspective perspective-origin phonemes pitch pitch-range play-during pointer-events " +
    "position presentation-level punctuation-trim quotes rendering-intent resize rest rest-after " +
    "rest-before richness right rotation rotation-point ruby-align ruby-overhang ruby-position ruby-span " +
    "size speak speak-as speak-header speak-numeral speak-punctuation speech-rate src stress string-set " +
    "tab-size table-layout target target-name target-new target-position text-align text-align-last " +
    "text-combine-horizontal text-decoration text-decoration-color text-decoration-line " +
    "text-decoration-skip text-decoration-style text-emphasis text-emphasis-color text-emphasis-position " +
    "text-emphasis-style text-height text-indent text-justify text-orientation text-outline text-overflow " +
    "text-rendering text-shadow text-space-collapse text-transform text-underline-position text-wrap top " +
    "transform transform-origin transform-style transition transition-delay transition-duration " +
    "transition-property transition-timing-function unicode-bidi vertical-align visibility voice-balance " +
    "voice-duration voice-family voice-pitch voice-pitch-range voice-range voice-rate voice-stress " +
    "voice-volume volume white-space widows width word-break word-spacing word-wrap writing-mode z-index");
  var CSS_BUILTINS = wordSet(
    "above absolute always armenian aural auto avoid left bottom baseline behind below bidi-override " +
    "blink block bold bolder both capitalize center center-left center-right circle cjk-ideographic " +
    "close-quote collapse condensed continuous crop cross crosshair cursive dashed decimal " +
    "decimal-leading-zero default digits disc dotted double e-resize embed expanded extra-condensed " +
    "extra-expanded fantasy far-left far-right fast faster fixed georgian groove hebrew help hidden hide " +
    "high higher hiragana hiragana-iroha icon inherit inline inline-table inset inside invert italic " +
    "justify katakana katakana-iroha landscape large larger left-side leftwards level lighter " +
    "line-through list-item loud low lower lower-alpha lower-greek lower-roman lowercase ltr medium " +
    "message-box middle mix monospace n-resize narrower ne-resize no-close-quote no-open-quote no-repeat " +
    "none normal nowrap nw-resize oblique once open-quote outset outside overline pointer portrait px " +
    "relative repeat repeat-x repeat-y rgb ridge right right-side rightwards s-resize sans-serif scroll " +
    "se-resize semi-condensed semi-expanded separate serif show silent slow slower small-caps " +
    "small-caption smaller soft solid spell-out square static status-bar super sw-resize table-caption " +
    "table-cell table-column table-column-group table-footer-group table-header-group table-row " +
    "table-row-group text text-bottom text-top thick thin top transparent ultra-condensed ultra-expanded " +
    "underline upper-alpha upper-latin upper-roman uppercase url visible w-resize wait wider x-fast " +
    "x-high x-large x-loud x-low x-small x-soft xx-large xx-small yes");
  var CSS_CONSTANTS = wordSet(
    "indigo gold firebrick indianred yellow darkolivegreen darkseagreen mediumvioletred mediumorchid " +
    "chartreuse mediumslateblue black springgreen crimson lightsalmon brown turquoise olivedrab cyan " +
    "silver skyblue gray darkturquoise goldenrod darkgreen darkviolet darkgray lightpink teal darkmagenta " +
    "lightgoldenrodyellow lavender yellowgreen thistle violet navy orchid blue ghostwhite honeydew " +
    "cornflowerblue darkblue darkkhaki mediumpurple cornsilk red bisque slategray darkcyan khaki wheat " +
    "deepskyblue darkred steelblue aliceblue gainsboro mediumturquoise floralwhite coral purple lightgrey " +
    "lightcyan darksalmon beige azure lightsteelblue oldlace greenyellow royalblue lightseagreen " +
    "mistyrose sienna lightcoral orangered navajowhite lime palegreen burlywood seashell " +
    "mediumspringgreen fuchsia papayawhip blanchedalmond peru aquamarine white darkslategray ivory " +
    "dodgerblue lemonchiffon chocolate orange forestgreen slateblue olive mintcream antiquewhite " +
    "darkorange cadetblue moccasin limegreen saddlebrown darkslateblue lightskyblue deeppink plum aqua " +
    "darkgoldenrod maroon sandybrown magenta tan rosybrown pink lightblue palevioletred mediumseagreen " +
    "dimgray powderblue seagreen snow mediumblue midnightblue paleturquoise palegoldenrod whitesmoke " +
    "darkorchid salmon lightslategray lawngreen lightgreen tomato hotpink lightyellow lavenderblush linen " +
    "mediumaquamarine green blueviolet peachpuff");
  function wordSet(s) { var o = Object.create(null); s.split(" ").forEach(function (w) { o[w] = true; }); return o; }
  var CSS_ID = "[\\p{L}_-][\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Cf}-]*";
  function cssRe(src, flags) { return new RegExp(src.replace(/ID/g, CSS_ID), "yu" + (flags || "")); }
  var cssLex = regexLexer({
    root: [
      ["mixin", "basics"],
      [/\{/y, "p", "stanza"],
      [cssRe(":[:]?ID"), "nd"],
      [cssRe("\\.ID"), "nc"],
      [cssRe("#ID"), "nf"],
      [cssRe("@ID"), "k", "at_rule"],
      [cssRe("ID"), "nt"],
      [/[~^*!%&\[\]()<>|+=@:;,.\/?-]/y, "o"],
      [/"(?:\\\\|\\"|[^"])*"/y, "s1"],
      [/'(?:\\\\|\\'|[^'])*'/y, "s2"],
    ],
    value: [
      ["mixin", "basics"],
      [/url\(.*?\)/y, "sx"],
      [/#[0-9a-f]{1,6}/iy, "m"],
      [/-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)\b)?/y, "m"],
      [/[\[\]():\/.,]/y, "p"],
      [/"(?:\\\\|\\"|[^"])*"/y, "s1"],
      [/'(?:\\\\|\\'|[^'])*'/y, "s2"],
      [cssRe("ID"), function (L, m) { L.token(CSS_CONSTANTS[m[0]] ? "no" : CSS_BUILTINS[m[0]] ? "nb" : "n", m[0]); }],
    ],
    at_rule: [
      [cssRe("\\{(?=\\s*ID\\s*:)"), "p", "at_stanza"],
      [/\{/y, "p", "at_body"],
      [/;/y, "p", "#pop"],
      ["mixin", "value"],
    ],
    at_body: [["mixin", "at_content"], ["mixin", "root"]],
    at_stanza: [["mixin", "at_content"], ["mixin", "stanza"]],
    at_content: [[/\}/y, function (L, m) { L.token("p", m[0]); L.pop(2); }]],
    basics: [
      [/\s+/y, ""],
      [/\/\*[\s\S]*?\*\//y, "c"],
    ],
    stanza: [
      ["mixin", "basics"],
      [/\}/y, "p", "#pop"],
      [cssRe("(ID)(\\s*)(:)"), function (L, m) {
        var vendor = /^(?:-ah-|-atsc-|-hp-|-khtml-|-moz-|-ms-|-o-|-rim-|-ro-|-tc-|-wap-|-webkit-|-xv-|mso-|prince-)/.test(m[1]);
        L.token(CSS_ATTRS[m[1]] || vendor ? "nl" : "py", m[1]);
        L.token("", m[2]);
        L.token("p", m[3]);
      }, "stanza_value"],
    ],
    stanza_value: [
      [/;/y, "p", "#pop"],
      [/(?=\})/y, "", "#pop"],
      [/!\s*important\b/y, "cp"],
      [/^@.*$/my, "cp"],
      ["mixin", "value"],
    ],
  });
  RULES.css = { lex: lexWith(cssLex) };

  // Rouge's json.rb: keys nl, whitespace w.
  var jsonLex = regexLexer({
    whitespace: [[/\s+/y, "w"]],
    root: [
      ["mixin", "whitespace"],
      [/\{/y, "p", "object"],
      [/\[/y, "p", "array"],
      ["mixin", "name"],
      ["mixin", "value"],
      [/[\]}]/y, "p"],
    ],
    object: [
      ["mixin", "whitespace"],
      ["mixin", "name"],
      ["mixin", "value"],
      [/\}/y, "p", "#pop"],
      [/,/y, "p"],
    ],
    name: [[/("(?:\\.|[^"\\\n])*?")(\s*)(:)/y, ["nl", "w", "p"]]],
    value: [
      ["mixin", "whitespace"],
      ["mixin", "constants"],
      [/"/y, "s2", "string"],
      [/\[/y, "p", "array"],
      [/\{/y, "p", "object"],
    ],
    string: [
      [/[^\\"]+/y, "s2"],
      [/\\./y, "se"],
      [/"/y, "s2", "#pop"],
    ],
    array: [
      ["mixin", "value"],
      [/\]/y, "p", "#pop"],
      [/,/y, "p"],
    ],
    constants: [
      [/(?:true|false|null)/y, "kc"],
      [/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/iy, "mf"],
      [/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/iy, "mi"],
    ],
  });
  RULES.json = { lex: lexWith(jsonLex) };

  // Rouge's diff.rb: whole lines; `@@ ... @@` is p, not gu.
  var diffLex = regexLexer({
    root: [
      [/^ .*$\n?/my, ""],
      [/^---$\n?/my, "p"],
      [/^[+>]+.*$\n?/my, "gi"],
      [/^\+.*$\n?/my, "gi"],
      [/^[-<]+.*$\n?/my, "gd"],
      [/^!.*$\n?/my, "gs"],
      [/^(?:[Ii]ndex|diff).*$\n?/my, "gh"],
      [/^(@@[^@]*@@)([^\n]*\n)/my, ["p", ""]],
      [/^\w.*$\n?/my, "p"],
      [/^=.*$\n?/my, "gh"],
      [/\s.*$\n?/my, ""],
    ],
  });
  RULES.diff = { lex: lexWith(diffLex) };

  // Rouge's docker.rb: an instruction is k and the rest of its line s; RUN's
  // command is shell (one shell lexer state per RUN, across its lines).
  var DOCKER_KW = "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL";
  var dockerLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/imy, ["k", "w", "s", "w", "k", "w", "s"]],
      [new RegExp("^(ONBUILD)(\\s+)(" + DOCKER_KW + ")(.*)", "imy"), ["k", "w", "k", "s"]],
      [new RegExp("^(" + DOCKER_KW + ")\\b(.*)", "imy"), ["k", "s"]],
      [/#.*?$/my, "c"],
      [/^(?:ONBUILD\s+)?RUN(\s+)/imy, function (L, m) { L.token("k", m[0]); L.data.shell = null; }, "run"],
      [/\w+/y, ""],
      [/[^\w]+/y, ""],
    ],
    run: [
      [/\n/y, "", "#pop"],
      [/\\[\s\S]/y, "se"],
      [/(?:\\.|[^\n\\])+/y, function (L, m) {
        L.data.shell = shellLex(L.text, L.cls, L.pos, L.pos + m[0].length, L.data.shell);
        L.skip(m[0].length);
      }],
    ],
  });
  RULES.docker = { lex: lexWith(dockerLex) };

  // Rouge's ini.rb and toml.rb.
  var iniLex = regexLexer({
    basic: [
      [/[;#].*?\n/y, "c"],
      [/\s+/y, ""],
      [/\\\n/y, "se"],
    ],
    root: [
      ["mixin", "basic"],
      [/([\w\-.]+)(\s*)(=)/y, ["py", "", "p"], "value"],
      [/\[.*?\]/y, "nn"],
    ],
    value: [
      [/\n/y, "", "#pop"],
      ["mixin", "basic"],
      [/"/y, "s", "dq"],
      [/'.*?'/y, "s"],
      ["mixin", "esc_str"],
      [/[^\\\n]+/y, "s"],
    ],
    dq: [
      [/"/y, "s", "#pop"],
      ["mixin", "esc_str"],
      [/[^\\"]+/y, "s"],
    ],
    esc_str: [[/\\[\s\S]/y, "se"]],
  });
  RULES.ini = { lex: lexWith(iniLex) };
  var TOML_ID = "(?:\\S+|\"[^\"]+\"|'[^']+')";
  var tomlLex = regexLexer({
    basic: [
      [/\s+/y, ""],
      [/#.*?$/my, "c"],
      [/(?:true|false)/y, "kc"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)(\\s*)(\\{)", "y"), ["nn", "", "o", "", "p"], "inline"],
      // (Rouge's `(?<!=)` never sees the text before: it always holds)
      [/\s*\[\S+\]/y, "nn"],
      [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/y, "ld"],
      [/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/y, "mf"],
      [/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/y, "mf"],
      [/[+-]?(?:nan|inf)/y, "mf"],
      [/0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*/y, "mh"],
      [/0o[0-7]+(?:_[0-7]+)*/y, "mo"],
      [/0b[01]+(?:_[01]+)*/y, "mb"],
      [/[+-]?\d+(?:_\d+)*/y, "mi"],
    ],
    root: [
      ["mixin", "basic"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)", "y"), ["py", "", "p"], "value"],
    ],
    value: [[/\n/y, "", "#pop"], ["mixin", "content"]],
    content: [
      ["mixin", "basic"],
      [new RegExp("(" + TOML_ID + ")(\\s*)(=)", "y"), ["py", "", "p"]],
      [/"""/y, "s", "mdq"],
      [/"/y, "s", "dq"],
      [/'''/y, "s", "msq"],
      [/'/y, "s", "sq"],
      ["mixin", "esc_str"],
      [/,/y, "p"],
      [/\[/y, "p", "array"],
    ],
    dq: [[/"/y, "s", "#pop"], [/\n/y, "err", "#pop"], ["mixin", "esc_str"], [/[^\\"\n]+/y, "s"]],
    mdq: [[/"""/y, "s", "#pop"], ["mixin", "esc_str"], [/[^\\"]+/y, "s"], [/"+/y, "s"]],
    sq: [[/'/y, "s", "#pop"], [/\n/y, "err", "#pop"], [/[^'\n]+/y, "s"]],
    msq: [[/'''/y, "s", "#pop"], [/[^']+/y, "s"], [/'+/y, "s"]],
    esc_str: [[/\\[0t\tn\n "\\r]/y, "se"]],
    array: [["mixin", "content"], [/\]/y, "p", "#pop"]],
    inline: [["mixin", "content"], [/\}/y, "p", "#pop"]],
  });
  RULES.toml = { lex: lexWith(tomlLex) };

  // Rouge's nginx.rb.
  var NGINX_ID = "[^\\s$;{}()#]+";
  var nginxLex = regexLexer({
    root: [
      [/(include)(\s+)([^\s;]+)/y, ["k", "", "n"]],
      [new RegExp(NGINX_ID, "y"), "k", "statement"],
      ["mixin", "base"],
    ],
    block: [
      [/\}/y, "p", "#pop"],
      [new RegExp(NGINX_ID, "y"), "kn", "statement"],
      ["mixin", "base"],
    ],
    statement: [
      [/\{/y, "p", ">block"],
      [/;/y, "p", "#pop"],
      ["mixin", "base"],
    ],
    base: [
      [/\s+/y, ""],
      [/#.*/y, "c1"],
      [/(?:on|off)\b/y, "no"],
      [/[$][\w-]+/y, "nv"],
      [/([a-z0-9.-]+)(:)([0-9]+)/iy, ["nf", "p", "mi"]],
      [/[a-z-]+\/[a-z-]+/iy, "nc"],
      [/[0-9]+[kmg]?\b/iy, "mi"],
      [/(~)(\s*)([^\s{]+)/y, ["p", "", "sr"]],
      [/[:=~]/y, "p"],
      [new RegExp("/(?:" + NGINX_ID + ")?", "y"), "n"],
      [/[^#\s;{}$\\]+/y, "s"],
      [/[$;]/y, ""],
    ],
  });
  RULES.nginx = { lex: lexWith(nginxLex) };

  // Rouge's make.rb: recipes and assignments' values are shell, with one
  // shell lexer state per block.
  var MAKE_FUNCTIONS = "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword|flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|warning|wildcard|word|wordlist|words";
  function makeShell(L, m) {
    L.data.shell = shellLex(L.text, L.cls, L.pos, L.pos + m[0].length, L.data.shell);
    L.skip(m[0].length);
  }
  var makeLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/#.*?\n/y, "c"],
      [/([-s]?include)((?:[\t ]+[^\t\n #]+)+)/y, ["k", "sx"]],
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)/y, ["k", "", "nv"]],
      [/(?:else|endif)[\t ]*(?=[#\n])/y, "k"],
      [/(export)([\t ]+)(?=[\w${}()\t -]+\n)/y, ["k", ""], "export"],
      [/export[\t ]+/y, "k"],
      [/([\w${}().-]+)([\t ]*)([!?:+]?=)/y, ["nv", "", "o"], "shell_line"],
      [/"(?:\\\\|\\.|[^"\\])*"/y, "s2"],
      [/'(?:\\\\|\\.|[^'\\])*'/y, "s1"],
      [/([^\n:]+)(:+)([ \t]*)/y, ["nl", "o", ""], "block_header"],
    ],
    export: [
      [/[\w${}()-]/y, "nv"],
      [/\n/y, "", "#pop"],
      [/[\t ]+/y, ""],
    ],
    block_header: [
      [/[^,\\\n#]+/y, "nf"],
      [/,/y, "p"],
      [/#.*?/y, "c"],
      [/\\\n/y, ""],
      [/\\./y, ""],
      [/\n/y, "", ">block_body"],
    ],
    block_body: [
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)/y, ["k", "", "nv", "c", ""]],
      [/(else|endif)([\t ]*)(#.*)?(\n)/y, ["k", "", "c", ""]],
      [/(\t[\t ]*)([@-]?)/y, ["", "p"], "shell_line"],
      [/(?:)/y, function (L) { L.data.shell = null; }, "#pop"],
    ],
    shell: [
      [/\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/iy, "nv"],
      [new RegExp("(\\$[({])([\\t ]*)(" + MAKE_FUNCTIONS + ")([\\t ]+)", "y"), ["nf", "", "nb", ""], "shell_expr"],
      [/\\[\s\S]/y, makeShell],
      [/[\s\S]+?(?=\$\(|\$\{|\(|\)|\}|\\|$)/my, makeShell],
      [/\$\(|\$\{|\(|\)|\}|\\|$/my, makeShell],
    ],
    shell_expr: [
      [/[({]/y, makeShell, "shell_expr"],
      [/[)}]/y, "nf", "#pop"],
      ["mixin", "shell"],
    ],
    shell_line: [
      [/\n/y, "", "#pop"],
      ["mixin", "shell"],
    ],
  });
  RULES.make = { lex: lexWith(makeLex) };

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
        var c = yamlLex(m[0]);
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

  // Rouge's sql.rb: words are looked up upper-cased: its types nb, its
  // keywords k, other names n; double-quoted and backquoted names nv.
  var SQL_TYPES = wordSet("ZEROFILL UNSIGNED SIGNED SERIAL BIT TINYINT BOOL BOOLEAN SMALLINT MEDIUMINT INT INTEGER BIGINT DECIMAL DEC NUMERIC FIXED FLOAT DOUBLE PRECISION REAL DATE DATETIME TIMESTAMP TIME YEAR NATIONAL CHAR CHARACTER NCHAR BYTE VARCHAR VARYING BINARY VARBINARY TINYBLOB TINYTEXT BLOB TEXT MEDIUMBLOB MEDIUMTEXT LONGBLOB LONGTEXT ENUM");
  var SQL_KEYWORDS = wordSet(
    "ABORT ABS ABSOLUTE ACCESS ADA ADD ADMIN AFTER AGGREGATE ALIAS ALL ALLOCATE ALTER ANALYSE ANALYZE " +
    "AND ANY ARE AS ASC ASENSITIVE ASSERTION ASSIGNMENT ASYMMETRIC AT ATOMIC AUTHORIZATION AVG BACKWARD " +
    "BEFORE BEGIN BETWEEN BITVAR BIT_LENGTH BOTH BREADTH BY C CACHE CALL CALLED CARDINALITY CASCADE " +
    "CASCADED CASE CAST CATALOG CATALOG_NAME CHAIN CHARACTERISTICS CHARACTER_LENGTH " +
    "CHARACTER_SET_CATALOG CHARACTER_SET_NAME CHARACTER_SET_SCHEMA CHAR_LENGTH CHECK CHECKED CHECKPOINT " +
    "CLASS CLASS_ORIGIN CLOB CLOSE CLUSTER COALSECE COBOL COLLATE COLLATION COLLATION_CATALOG " +
    "COLLATION_NAME COLLATION_SCHEMA COLUMN COLUMN_NAME COMMAND_FUNCTION COMMAND_FUNCTION_CODE COMMENT " +
    "COMMIT COMMITTED COMPLETION CONDITION_NUMBER CONNECT CONNECTION CONNECTION_NAME CONSTRAINT " +
    "CONSTRAINTS CONSTRAINT_CATALOG CONSTRAINT_NAME CONSTRAINT_SCHEMA CONSTRUCTOR CONTAINS CONTINUE " +
    "CONVERSION CONVERT COPY CORRESPONTING COUNT CREATE CREATEDB CREATEUSER CROSS CUBE CURRENT " +
    "CURRENT_DATE CURRENT_PATH CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR " +
    "CURSOR_NAME CYCLE DATA DATABASE DATETIME_INTERVAL_CODE DATETIME_INTERVAL_PRECISION DAY DEALLOCATE " +
    "DECLARE DEFAULT DEFAULTS DEFERRABLE DEFERRED DEFINED DEFINER DELETE DELIMITER DELIMITERS DEREF DESC " +
    "DESCRIBE DESCRIPTOR DESTROY DESTRUCTOR DETERMINISTIC DIAGNOSTICS DICTIONARY DISCONNECT DISPATCH " +
    "DISTINCT DO DOMAIN DROP DYNAMIC DYNAMIC_FUNCTION DYNAMIC_FUNCTION_CODE EACH ELSE ENCODING ENCRYPTED " +
    "END END-EXEC EQUALS ESCAPE EVERY EXCEPT ESCEPTION EXCLUDING EXCLUSIVE EXEC EXECUTE EXISTING EXISTS " +
    "EXPLAIN EXTERNAL EXTRACT FALSE FETCH FINAL FIRST FOLLOWING FOR FORCE FOREIGN FORTRAN FORWARD FOUND " +
    "FREE FREEZE FROM FULL FUNCTION G GENERAL GENERATED GET GLOBAL GO GOTO GRANT GRANTED GROUP GROUPING " +
    "HANDLER HAVING HIERARCHY HOLD HOST IDENTITY IGNORE ILIKE IMMEDIATE IMMUTABLE IMPLEMENTATION " +
    "IMPLICIT IN INCLUDING INCREMENT INDEX INDITCATOR INFIX INHERITS INITIALIZE INITIALLY INNER INOUT " +
    "INPUT INSENSITIVE INSERT INSTANTIABLE INSTEAD INTERSECT INTO INVOKER IS ISNULL ISOLATION ITERATE " +
    "JOIN KEY KEY_MEMBER KEY_TYPE LANCOMPILER LANGUAGE LARGE LAST LATERAL LEADING LEFT LENGTH LESS LEVEL " +
    "LIKE LIMIT LISTEN LOAD LOCAL LOCALTIME LOCALTIMESTAMP LOCATION LOCATOR LOCK LOWER MAP MATCH MAX " +
    "MAXVALUE MESSAGE_LENGTH MESSAGE_OCTET_LENGTH MESSAGE_TEXT METHOD MIN MINUTE MINVALUE MOD MODE " +
    "MODIFIES MODIFY MONTH MORE MOVE MUMPS NAMES NATURAL NCLOB NEW NEXT NO NOCREATEDB NOCREATEUSER NONE " +
    "NOT NOTHING NOTIFY NOTNULL NULL NULLABLE NULLIF OBJECT OCTET_LENGTH OF OFF OFFSET OIDS OLD ON ONLY " +
    "OPEN OPERATION OPERATOR OPTION OPTIONS OR ORDER ORDINALITY OUT OUTER OUTPUT OVERLAPS OVERLAY " +
    "OVERRIDING OWNER PAD PARAMETER PARAMETERS PARAMETER_MODE PARAMATER_NAME PARAMATER_ORDINAL_POSITION " +
    "PARAMETER_SPECIFIC_CATALOG PARAMETER_SPECIFIC_NAME PARAMATER_SPECIFIC_SCHEMA PARTIAL PARTITION " +
    "PASCAL PENDANT PLACING PLI POSITION POSTFIX PREFIX PRECEDING PREORDER PREPARE PRESERVE PRIMARY " +
    "PRIOR PRIVILEGES PROCEDURAL PROCEDURE PUBLIC RANGE READ READS RECHECK RECURSIVE REF REFERENCES " +
    "REFERENCING REINDEX RELATIVE RENAME REPEATABLE REPLACE RESET RESTART RESTRICT RESULT RETURN " +
    "RETURNED_LENGTH RETURNED_OCTET_LENGTH RETURNED_SQLSTATE RETURNS REVOKE RIGHT ROLE ROLLBACK ROLLUP " +
    "ROUTINE ROUTINE_CATALOG ROUTINE_NAME ROUTINE_SCHEMA ROW ROWS ROW_COUNT RULE SAVE_POINT SCALE SCHEMA " +
    "SCHEMA_NAME SCOPE SCROLL SEARCH SECOND SECURITY SELECT SELF SENSITIVE SERIALIZABLE SERVER_NAME " +
    "SESSION SESSION_USER SET SETOF SETS SHARE SHOW SIMILAR SIMPLE SIZE SOME SOURCE SPACE SPECIFIC " +
    "SPECIFICTYPE SPECIFIC_NAME SQL SQLCODE SQLERROR SQLEXCEPTION SQLSTATE SQLWARNINIG STABLE START " +
    "STATE STATEMENT STATIC STATISTICS STDIN STDOUT STORAGE STRICT STRUCTURE STYPE SUBCLASS_ORIGIN " +
    "SUBLIST SUBSTRING SUM SYMMETRIC SYSID SYSTEM SYSTEM_USER TABLE TABLE_NAME TEMP TEMPLATE TEMPORARY " +
    "TERMINATE THAN THEN TIMEZONE_HOUR TIMEZONE_MINUTE TO TOAST TRAILING TRANSATION " +
    "TRANSACTIONS_COMMITTED TRANSACTIONS_ROLLED_BACK TRANSATION_ACTIVE TRANSFORM TRANSFORMS TRANSLATE " +
    "TRANSLATION TREAT TRIGGER TRIGGER_CATALOG TRIGGER_NAME TRIGGER_SCHEMA TRIM TRUE TRUNCATE TRUSTED " +
    "TYPE UNCOMMITTED UNDER UNENCRYPTED UNION UNIQUE UNKNOWN UNLISTEN UNNAMED UNNEST UNTIL UPDATE UPPER " +
    "USAGE USER USER_DEFINED_TYPE_CATALOG USER_DEFINED_TYPE_NAME USER_DEFINED_TYPE_SCHEMA USING VACUUM " +
    "VALID VALIDATOR VALUES VARIABLE VERBOSE VERSION VIEW VOLATILE WHEN WHENEVER WHERE WINDOW WITH " +
    "WITHOUT WORK WRITE ZONE");
  var sqlLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/--.*/y, "c1"],
      [/\/\*/y, "cm", "multiline_comments"],
      [/\d+/y, "mi"],
      [/'/y, "s1", "single_string"],
      [/"/y, "nv", "double_string"],
      [/`/y, "nv", "backtick"],
      [/\w\w*/y, function (L, m) {
        var u = m[0].toUpperCase();
        L.token(SQL_TYPES[u] ? "nb" : SQL_KEYWORDS[u] ? "k" : "n", m[0]);
      }],
      [/[+*/<>=~!@#%&|?^-]/y, "o"],
      [/[;:()\[\]{},.]/y, "p"],
    ],
    multiline_comments: [[/\/[*]/y, "cm", "multiline_comments"], [/[*]\//y, "cm", "#pop"], [/[^/*]+/y, "cm"], [/[/*]/y, "cm"]],
    backtick: [[/\\./y, "se"], [/``/y, "se"], [/`/y, "nv", "#pop"], [/[^\\`]+/y, "nv"]],
    single_string: [[/\\./y, "se"], [/''/y, "se"], [/'/y, "s1", "#pop"], [/[^\\']+/y, "s1"]],
    double_string: [[/\\./y, "se"], [/""/y, "se"], [/"/y, "nv", "#pop"], [/[^\\"]+/y, "nv"]],
  });
  RULES.sql = { lex: lexWith(sqlLex) };

  // Rouge's lua.rb (its builtins: the standard library's functions).
  var LUA_BUILTINS = wordSet(
    "_g _version assert collectgarbage dofile error getmetatable ipairs load loadfile next pairs pcall " +
    "print rawequal rawget rawlen rawset select setmetatable tonumber tostring type xpcall file:close " +
    "file:flush file:lines file:read file:seek file:setvbuf file:write lua_cpath lua_cpath_5_3 lua_init " +
    "lua_init_5_3 lua_path lua_path_5_3 luaopen_base luaopen_coroutine luaopen_debug luaopen_io " +
    "luaopen_math luaopen_os luaopen_package luaopen_string luaopen_table luaopen_utf8 lua_errerr " +
    "lua_errfile lua_errgcmm lua_errmem lua_errrun lua_errsyntax lua_hookcall lua_hookcount lua_hookline " +
    "lua_hookret lua_hooktailcall lua_maskcall lua_maskcount lua_maskline lua_maskret lua_maxinteger " +
    "lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd lua_opband lua_opbnot lua_opbor " +
    "lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl " +
    "lua_opshr lua_opsub lua_opunm lua_refnil lua_registryindex lua_ridx_globals lua_ridx_mainthread " +
    "lua_tboolean lua_tfunction lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring lua_ttable " +
    "lua_tthread lua_tuserdata lua_use_apicheck lua_yield lual_buffersize require package.config " +
    "package.cpath package.loaded package.loadlib package.path package.preload package.searchers " +
    "package.searchpath coroutine.create coroutine.isyieldable coroutine.resume coroutine.running " +
    "coroutine.status coroutine.wrap coroutine.yield debug.debug debug.gethook debug.getinfo " +
    "debug.getlocal debug.getmetatable debug.getregistry debug.getupvalue debug.getuservalue " +
    "debug.sethook debug.setlocal debug.setmetatable debug.setupvalue debug.setuservalue debug.traceback " +
    "debug.upvalueid debug.upvaluejoin io.close io.flush io.input io.lines io.open io.output io.popen " +
    "io.read io.stderr io.stdin io.stdout io.tmpfile io.type io.write math.abs math.acos math.asin " +
    "math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge math.log math.max " +
    "math.maxinteger math.min math.mininteger math.modf math.pi math.rad math.random math.randomseed " +
    "math.sin math.sqrt math.tan math.tointeger math.type math.ult os.clock os.date os.difftime " +
    "os.execute os.exit os.getenv os.remove os.rename os.setlocale os.time os.tmpname string.byte " +
    "string.char string.dump string.find string.format string.gmatch string.gsub string.len string.lower " +
    "string.match string.pack string.packsize string.rep string.reverse string.sub string.unpack " +
    "string.upper table.concat table.insert table.move table.pack table.remove table.sort table.unpack " +
    "utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset");
  var luaLex = regexLexer({
    root: [[/#!(.*?)$/my, "cp"], [/(?:)/y, "", "base"]],
    base: [
      [/--\[(=*)\[[\s\S]*?\]\1\]/y, "cm"],
      [/--.*$/my, "c1"],
      // (Rouge's rule ends with a stray `'`: floats only match before a quote)
      [/(?:\d*\.\d+|\d+\.\d*)(?:e[+-]?\d+)?'/iy, "mf"],
      [/\d+e[+-]?\d+/iy, "mf"],
      [/0x[0-9a-f]*/iy, "mh"],
      [/\d+/y, "mi"],
      [/\n/y, ""],
      [/[^\S\n]/y, ""],
      [/\[(=*)\[[\s\S]*?\]\1\]/y, "s"],
      [/==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#]/y, "o"],
      [/[\[\]{}().,:;]/y, "p"],
      [/(?:and|or|not)\b/y, "ow"],
      [/(?:break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b/y, "k"],
      [/local\b/y, "kd"],
      [/(?:true|false|nil)\b/y, "kc"],
      [/function\b/y, "k", "function_name"],
      [/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?/y, function (L, m) {
        var name = m[0], dot = name.indexOf(".");
        if (name === "gsub") { L.token("nb", name); L.push("gsub"); }
        else if (LUA_BUILTINS[name]) L.token("nb", name);
        else if (dot >= 0) { L.token("n", name.slice(0, dot)); L.token("p", "."); L.token("n", name.slice(dot + 1)); }
        else L.token("n", name);
      }],
      [/'/y, "s1", "escape_sqs"],
      [/"/y, "s2", "escape_dqs"],
    ],
    function_name: [
      [/\s+/y, ""],
      [/(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)/y, ["nc", "p", "nf"], "#pop"],
      [/\(/y, "p", "#pop"],
    ],
    gsub: [[/\)/y, "p", "#pop"], [/[(,]/y, "p"], [/\s+/y, ""], [/"/y, "sr", "regex"]],
    regex: [
      [/"/y, "sr", ">regex_end"],
      [/\[\^?/y, "se", "regex_group"],
      [/\\./y, "se"],
      [/[(][?][:=<!]/y, "se"],
      [/[{][\d,]+[}]/y, "se"],
      [/[()?]/y, "se"],
      [/./y, "sr"],
    ],
    regex_end: [[/[$]+/y, "sr", "#pop"], [/(?:)/y, "", "#pop"]],
    regex_group: [[/\//y, "se"], [/\]/y, "se", "#pop"], [/(\\)(.)/y, ["se", "sr"]], [/./y, "sr"]],
    escape_sqs: [["mixin", "string_escape"], ["mixin", "sqs"]],
    escape_dqs: [["mixin", "string_escape"], ["mixin", "dqs"]],
    string_escape: [[/\\(?:[abfnrtv\\"']|\d{1,3})/y, "se"]],
    sqs: [[/'/y, "s1", "#pop"], [/[^']+/y, "s1"]],
    dqs: [[/"/y, "s2", "#pop"], [/[^"]+/y, "s2"]],
  });
  RULES.lua = { lex: lexWith(luaLex) };

  // Rouge's r.rb: base's primitive functions are nf when called, whitespace w.
  var R_PRIMITIVES = "abs|acos|acosh|all|any|anyNA|Arg|as\\.call|as\\.character|as\\.complex|as\\.double|as\\.environment|as\\.integer|as\\.logical|as\\.null\\.default|as\\.numeric|as\\.raw|asin|asinh|atan|atanh|attr|attributes|baseenv|browser|c|call|ceiling|class|Conj|cos|cosh|cospi|cummax|cummin|cumprod|cumsum|digamma|dim|dimnames|emptyenv|exp|expression|floor|forceAndCall|gamma|gc\\.time|globalenv|Im|interactive|invisible|is\\.array|is\\.atomic|is\\.call|is\\.character|is\\.complex|is\\.double|is\\.environment|is\\.expression|is\\.finite|is\\.function|is\\.infinite|is\\.integer|is\\.language|is\\.list|is\\.logical|is\\.matrix|is\\.na|is\\.name|is\\.nan|is\\.null|is\\.numeric|is\\.object|is\\.pairlist|is\\.raw|is\\.recursive|is\\.single|is\\.symbol|lazyLoadDBfetch|length|lgamma|list|log|max|min|missing|Mod|names|nargs|nzchar|oldClass|on\\.exit|pos\\.to\\.env|proc\\.time|prod|quote|range|Re|rep|retracemem|return|round|seq_along|seq_len|seq\\.int|sign|signif|sin|sinh|sinpi|sqrt|standardGeneric|substitute|sum|switch|tan|tanh|tanpi|tracemem|trigamma|trunc|unclass|untracemem|UseMethod|xtfrm";
  var rLex = regexLexer({
    root: [
      [/#'.*?$/my, "cd"],
      [/#.*?$/my, "c1"],
      [/\s+/y, "w"],
      [/`[^`]+?`/y, "n"],
      [/'(?:\\.|[\s\S])*?'/y, "s1"],
      [/"(?:\\.|[\s\S])*?"/y, "s2"],
      [/%[^%]*?%/y, "o"],
      [/0[xX][a-fA-F0-9]+(?:[pP][0-9]+)?[Li]?/y, "mh"],
      [/[+-]?(?:\d+(?:[.]\d+)?|[.]\d+)(?:[eE][+-]?\d+)?[Li]?/y, "m"],
      // (Rouge's `(?<!.)` never sees the text before: it always holds)
      [new RegExp("\\b(?:" + R_PRIMITIVES + ")(?=\\()", "y"), "nf"],
      [/(?:(?:\p{L}|[.][._\p{L}])[._\p{L}\p{N}]*)|[.]/uy, function (L, m) {
        var w = m[0];
        L.token(/^(?:if|else|for|while|repeat|in|next|break|function)$/.test(w) ? "k"
          : /^(?:NULL|Inf|TRUE|FALSE|NaN|NA|NA_integer_|NA_real_|NA_complex_|NA_character_)$/.test(w) ? "kc"
          : /^(?:LETTERS|letters|month\.abb|month\.name|pi|T|F)$/.test(w) ? "nb" : "n", w);
      }],
      [/[\[\]{}();,]/y, "p"],
      [/[-<>?*+^/!=~$@:%&|]/y, "o"],
    ],
  });
  RULES.r = { lex: lexWith(rLex) };

  // Rouge's haskell.rb: reserved words kr, capitalised names kt, others n;
  // `-- |` comments cd; module and import names nn.
  var HS_OPS = "[:!#$%&*+.\\\\/<=>?@^|~-]";
  var haskellLex = regexLexer({
    basic: [
      [/\s+/y, ""],
      [/\{-#/y, "cp", "comment_preproc"],
      [/\{-/y, "cm", "comment"],
      [/^--\s+\|.*?$/my, "cd"],
      [/--(?![!#$%&*+./<=>?@^|_~]).*?$/my, "c1"],
    ],
    comment: [[/-\}/y, "cm", "#pop"], [/\{-/y, "cm", "comment"], [/[^-{}]+/y, "cm"], [/[-{}]/y, "cm"]],
    comment_preproc: [[/-\}/y, "cp", "#pop"], [/\{-/y, "cp", "comment"], [/[^-{}]+/y, "cp"], [/[-{}]/y, "cp"]],
    root: [
      ["mixin", "basic"],
      [/'(?=(?:.|\\\S+)')/y, "sc", "character"],
      [/"/y, "s", "string"],
      [/\d+e[+-]?\d+/iy, "mf"],
      [/\d+\.\d+(?:e[+-]?\d+)?/iy, "mf"],
      [/0o[0-7]+/iy, "mo"],
      [/0x[\da-f]+/iy, "mh"],
      [/\d+/y, "mi"],
      [/[\w']+/y, function (L, m) {
        var w = m[0];
        if (w === "import") { L.token("kr", w); L.push("import"); }
        else if (w === "module") { L.token("kr", w); L.push("module"); }
        else L.token(/^(?:_|case|class|data|default|deriving|do|else|if|in|infix|infixl|infixr|instance|let|newtype|of|then|type|where)$/.test(w) ? "kr" : /^'?[A-Z]/.test(w) ? "kt" : "n", w);
      }],
      [new RegExp("\\\\(?!" + HS_OPS + "+)", "y"), "nf"],
      [new RegExp("(?:<-|::|->|=>|=)(?!" + HS_OPS + "+)", "y"), "o"],
      [new RegExp(":" + HS_OPS + "*", "y"), "o"],
      [new RegExp(HS_OPS + "+", "y"), "o"],
      [/\[\s*\]/y, "kt"],
      [/\(\s*\)/y, "nb"],
      [/(\[)([_a-z][\w']*)(\|)/y, ["o", "n", "o"], "quasiquotation"],
      [/[\[\](),;`{}]/y, "p"],
    ],
    import: [
      [/\s+/y, ""],
      [/"/y, "s", "string"],
      [/\bqualified\b/y, "k"],
      [/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/y, ["nn", "", "k", "", "n"], "#pop"],
      [/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/y, ["nn", "", "k", "", "p"], ">funclist"],
      [/([A-Z][\w.]*)(\s+)(\()/y, ["nn", "", "p"], ">funclist"],
      [/[\w.]+/y, "nn", "#pop"],
    ],
    module: [
      [/\s+/y, ""],
      [/([A-Z][\w.]*)(\s+)(\()/y, ["nn", "", "p"], "funclist"],
      [/\bwhere\b/y, "kr", "#pop"],
      [/[A-Z][a-zA-Z0-9_.]*/y, "nn", "#pop"],
    ],
    funclist: [
      ["mixin", "basic"],
      [/[A-Z]\w*/y, "kt"],
      [/_[\w']+|[a-z][\w']*/y, "nf"],
      [/,/y, "p"],
      [new RegExp(HS_OPS + "+", "y"), "o"],
      [/\(/y, "p", "funclist"],
      [/\)/y, "p", "#pop"],
    ],
    character: [
      [/\\/y, function (L, m) { L.token("se", m[0]); L.goto("character_end"); L.push("escape"); }],
      [/./y, "sc", ">character_end"],
    ],
    character_end: [[/'/y, "sc", "#pop"], [/./y, "err", "#pop"]],
    quasiquotation: [[/\|\]/y, "o", "#pop"], [/[^|]+/y, ""], [/\|/y, ""]],
    string: [[/"/y, "s", "#pop"], [/\\/y, "se", "escape"], [/[^\\"]+/y, "s"]],
    escape: [
      [/[abfnrtv"'&\\]/y, "se", "#pop"],
      [/\^[\][A-Z@^_]/y, "se", "#pop"],
      [/NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL/y, "se", "#pop"],
      [/o[0-7]+/iy, "se", "#pop"],
      [/x[\da-f]+/iy, "se", "#pop"],
      [/\d+/y, "se", "#pop"],
      [/\s+\\/y, "se", "#pop"],
    ],
  });
  RULES.haskell = { lex: lexWith(haskellLex) };

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

  // Rouge's erlang.rb. (Its `(?:^|(?<=:))` always holds: `^` is where the
  // scan stands. So every `atom(` is nf.)
  var ERL_ATOM = "(?:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')", ERL_VAR = "(?:[A-Z_][a-zA-Z0-9_]*)";
  var ERL_ESC = "(?:\\\\(?:[bdefnrstv'\"\\\\/]|[0-7][0-7]?[0-7]?|\\^[a-zA-Z]))", ERL_MACRO = "(?:" + ERL_VAR + "|" + ERL_ATOM + ")";
  var erlangLex = regexLexer({
    root: [
      [/\s+/y, ""],
      [/%.*\n/y, "c"],
      [/(?:after|begin|case|catch|cond|end|fun|if|let|of|query|receive|try|when)\b/y, "k"],
      [/(?:abs|append_element|apply|atom_to_list|binary_to_list|bitstring_to_list|binary_to_term|bit_size|bump_reductions|byte_size|cancel_timer|check_process_code|delete_module|demonitor|disconnect_node|display|element|erase|exit|float|float_to_list|fun_info|fun_to_list|function_exported|garbage_collect|get|get_keys|group_leader|hash|hd|integer_to_list|iolist_to_binary|iolist_size|is_atom|is_binary|is_bitstring|is_boolean|is_builtin|is_float|is_function|is_integer|is_list|is_number|is_pid|is_port|is_process_alive|is_record|is_reference|is_tuple|length|link|list_to_atom|list_to_binary|list_to_bitstring|list_to_existing_atom|list_to_float|list_to_integer|list_to_pid|list_to_tuple|load_module|localtime_to_universaltime|make_tuple|md5|md5_final|md5_update|memory|module_loaded|monitor|monitor_node|node|nodes|open_port|phash|phash2|pid_to_list|port_close|port_command|port_connect|port_control|port_call|port_info|port_to_list|process_display|process_flag|process_info|purge_module|put|read_timer|ref_to_list|register|resume_process|round|send|send_after|send_nosuspend|set_cookie|setelement|size|spawn|spawn_link|spawn_monitor|spawn_opt|split_binary|start_timer|statistics|suspend_process|system_flag|system_info|system_monitor|system_profile|term_to_binary|tl|trace|trace_delivered|trace_info|trace_pattern|trunc|tuple_size|tuple_to_list|universaltime_to_localtime|unlink|unregister|whereis)\b/y, "nb"],
      [/(?:and|andalso|band|bnot|bor|bsl|bsr|bxor|div|not|or|orelse|rem|xor)\b/y, "ow"],
      [/^-/my, "p", "directive"],
      [/\+\+?|--?|\*|\/|<|>|\/=|=:=|=\/=|=<|>=|==?|<-|!|\?/y, "o"],
      [/"/y, "s", "string"],
      [/<</y, "nl"],
      [/>>/y, "nl"],
      [new RegExp("(" + ERL_ATOM + ")(:)", "y"), ["nn", "p"]],
      [new RegExp("(" + ERL_ATOM + ")(\\s*)(\\()", "y"), ["nf", "", "p"]],
      [/[+-]?(?:[2-9]|[12][0-9]|3[0-6])#[0-9a-zA-Z]+/y, "mi"],
      [/[+-]?\d+/y, "mi"],
      [/[+-]?\d+.\d+/y, "mf"],
      [/[\][:_@".{}()|;,]/y, "p"],
      [new RegExp(ERL_VAR, "y"), "nv"],
      [new RegExp(ERL_ATOM, "y"), "n"],
      [new RegExp("\\?" + ERL_MACRO, "y"), "no"],
      [new RegExp("\\$(?:" + ERL_ESC + "|\\\\[ %]|[^\\\\])", "y"), "sc"],
      [new RegExp("#" + ERL_ATOM + "(?::?\\." + ERL_ATOM + ")?", "y"), "nl"],
    ],
    string: [
      [new RegExp(ERL_ESC, "y"), "se"],
      [/"/y, "s", "#pop"],
      [/~[0-9.*]*[~#+bBcdefginpPswWxX]/y, "si"],
      [/[^"\\~]+/y, "s"],
      [/~/y, "s"],
    ],
    directive: [
      [new RegExp("(define)(\\s*)(\\()(" + ERL_MACRO + ")", "y"), ["ni", "", "p", "no"], "#pop"],
      [new RegExp("(record)(\\s*)(\\()(" + ERL_MACRO + ")", "y"), ["ni", "", "p", "nl"], "#pop"],
      [new RegExp(ERL_ATOM, "y"), "ni", "#pop"],
    ],
  });
  RULES.erlang = { lex: lexWith(erlangLex) };

  // Rouge's julia.rb (its x-mode regexes lose their spaces: the keyword
  // "mutable struct" is "mutablestruct" there, and so here).
  var JL_TYPES = "ARPACKException|AbstractArray|AbstractChannel|AbstractChar|AbstractDict|AbstractDisplay|AbstractFloat|AbstractIrrational|AbstractLogger|AbstractMatrix|AbstractREPL|AbstractRNG|AbstractRange|AbstractSerializer|AbstractSet|AbstractSparseArray|AbstractSparseMatrix|AbstractSparseVector|AbstractString|AbstractUnitRange|AbstractVecOrMat|AbstractVector|AbstractWorkerPool|Adjoint|Any|ArgumentError|Array|AssertionError|Base64DecodePipe|Base64EncodePipe|BasicREPL|Bidiagonal|BigFloat|BigInt|BitArray|BitMatrix|BitSet|BitVector|Bool|BoundsError|BunchKaufman|CachingPool|CapturedException|CartesianIndex|CartesianIndices|Cchar|Cdouble|Cfloat|Channel|Char|Cholesky|CholeskyPivoted|Cint|Cintmax_t|Clong|Clonglong|ClusterManager|Cmd|Colon|Complex|ComplexF16|ComplexF32|ComplexF64|CompositeException|Condition|ConsoleLogger|Cptrdiff_t|Cshort|Csize_t|Cssize_t|Cstring|Cuchar|Cuint|Cuintmax_t|Culong|Culonglong|Cushort|Cvoid|Cwchar_t|Cwstring|DataType|Date|DateFormat|DatePeriod|DateTime|Day|DenseArray|DenseMatrix|DenseVecOrMat|DenseVector|Diagonal|Dict|DimensionMismatch|Dims|DivideError|DomainError|EOFError|Eigen|Enum|ErrorException|Exception|ExponentialBackOff|Expr|FDWatcher|Factorization|FileMonitor|Float16|Float32|Float64|FolderMonitor|Function|GeneralizedEigen|GeneralizedSVD|GeneralizedSchur|GenericArray|GenericDict|GenericSet|GenericString|GitConfig|GitRepo|GlobalRef|HMAC_CTX|HTML|Hermitian|Hessenberg|Hour|IO|IOBuffer|IOContext|IOStream|IPAddr|IPv4|IPv6|IdDict|IndexCartesian|IndexLinear|IndexStyle|InexactError|InitError|Int|Int128|Int16|Int32|Int64|Int8|Integer|InterruptException|InvalidStateException|Irrational|KeyError|LAPACKException|LDLt|LQ|LU|LinRange|LineEditREPL|LineNumberNode|LinearIndices|LoadError|LogLevel|LowerTriangular|MIME|Matrix|MersenneTwister|Method|MethodError|Microsecond|Millisecond|Minute|Missing|MissingException|Module|Month|NTuple|NamedTuple|Nanosecond|Nothing|NullLogger|Number|OrdinalRange|OutOfMemoryError|OverflowError|PackageMode|PackageSpec|Pair|PartialQuickSort|Period|PermutedDimsArray|Pipe|PollingFileWatcher|PosDefException|ProcessExitedException|Ptr|QR|QRPivoted|QuoteNode|RandomDevice|RankDeficientException|Rational|RawFD|ReadOnlyMemoryError|Real|ReentrantLock|Ref|Regex|RegexMatch|RemoteChannel|RemoteException|RoundingMode|SHA1_CTX|SHA224_CTX|SHA256_CTX|SHA2_224_CTX|SHA2_256_CTX|SHA2_384_CTX|SHA2_512_CTX|SHA384_CTX|SHA3_224_CTX|SHA3_256_CTX|SHA3_384_CTX|SHA3_512_CTX|SHA512_CTX|SVD|Schur|Second|SegmentationFault|Serializer|Set|SharedArray|SharedMatrix|SharedVector|Signed|SimpleLogger|SingularException|Some|SparseMatrixCSC|SparseVector|StackOverflowError|StepRange|StepRangeLen|StreamREPL|StridedArray|StridedMatrix|StridedVecOrMat|StridedVector|String|StringIndexError|SubArray|SubString|SubstitutionString|SymTridiagonal|Symbol|Symmetric|SystemError|TCPSocket|Task|TestSetException|Text|TextDisplay|Time|TimePeriod|TimeType|TimeZone|Timer|Transpose|Tridiagonal|Tuple|Type|TypeError|TypeVar|UDPSocket|UInt|UInt128|UInt16|UInt32|UInt64|UInt8|UTC|UUID|UndefInitializer|UndefKeywordError|UndefRefError|UndefVarError|UniformScaling|Union|UnionAll|UnitLowerTriangular|UnitRange|UnitUpperTriangular|Unsigned|UpgradeLevel|UpperTriangular|Val|Vararg|VecElement|VecOrMat|Vector|VersionNumber|WeakKeyDict|WeakRef|Week|WorkerConfig|WorkerPool|Year";
  var juliaLex = regexLexer({
    root: [
      [/\n/y, ""],
      [/[^\S\n]+/y, ""],
      [/#=/y, "cm", "blockcomment"],
      [/#.*$/my, "c"],
      [/\+|=|-|\*|\/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|\/=|\\=|÷=|%=|\^=|&=|\|=|\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\.\/|\\|<|>|÷|>:|:|===|!==|=>/y, "o"],
      [/\\\n/y, ""],
      [/\\/y, ""],
      [/(function|macro)((?:\s|\\\s)+)/y, ["k", "nf"], "funcname"],
      [/((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)/y, ["k", "nc"], "typename"],
      [new RegExp("\\b(?:" + JL_TYPES + ")\\b", "y"), "kt"],
      [/(?:local|global|const)\b/y, "kd"],
      [/\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|forouter|where)\b/y, "k"],
      [/\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(?:LOAD|DEPOT)_PATH)\b/y, "nb"],
      [/`.*?`/y, "sb"],
      [/'(?:\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'/y, "sc"],
      // (Rouge's `(?<=[.\w)\]])'+` never sees the text before: never matches)
      [/[IL]"/y, "s", "string"],
      [/E?"/y, "s", "string"],
      [/@[\w.]+/y, "nd"],
      [/(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*/y, "n"],
      [/[\[\]{}(),;]/y, "x"],
      [/(?:\d+(?:_\d+)+\.\d*|\d*\.\d+(?:_\d+)+)(?:[eEf][+-]?[0-9]+)?/y, "mf"],
      [/(?:\d+\.\d*|\d*\.\d+)(?:[eEf][+-]?[0-9]+)?/y, "mf"],
      [/\d+(?:_\d+)+[eEf][+-]?[0-9]+/y, "mf"],
      [/\d+[eEf][+-]?[0-9]+/y, "mf"],
      [/0b[01]+(?:_[01]+)*/y, "mb"],
      [/0o[0-7]+(?:_[0-7]+)*/y, "mo"],
      [/0x[a-fA-F0-9]+(?:_[a-fA-F0-9]+)*/y, "mh"],
      [/\d+(?:_\d+)*/y, "mi"],
    ],
    funcname: [
      [/[\p{L}\p{Nl}\p{S}_][\p{L}\p{M}\p{N}\p{Pc}\p{S}\p{Po}!]*/uy, "nf", "#pop"],
      [/\([^\s\w{]{1,2}\)/y, "o", "#pop"],
      [/[^\s\w{]{1,2}/y, "o", "#pop"],
    ],
    typename: [[/[\p{L}\p{Nl}\p{S}_][\p{L}\p{M}\p{N}\p{Pc}\p{S}\p{Po}!]*/uy, "nc", "#pop"]],
    stringescape: [[/\\(?:[\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/y, "se"]],
    blockcomment: [[/[^=#]/y, "cm"], [/#=/y, "cm", "blockcomment"], [/=#/y, "cm", "#pop"], [/[=#]/y, "cm"]],
    string: [
      ["mixin", "stringescape"],
      [/"/y, "s", "#pop"],
      [/\\\\|\\"|\\\n/y, "se"],
      [/\$(?:\(\w+\))?[-#0 +]*(?:[0-9]+|[*])?(?:\.(?:[0-9]+|[*]))?/y, "si"],
      [/[^\\"$]+/y, "s"],
      [/["\\]/y, "s"],
      [/\$/y, "s"],
    ],
  });
  RULES.julia = { lex: lexWith(juliaLex) };

  // Rouge's nasm.rb.
  var nasmLex = regexLexer({
    root: [
      [/^\s*%/my, "cp", "preproc"],
      ["mixin", "whitespace"],
      [/[a-z$._?][\w$.?#@~]*:/iy, "nl"],
      [/([a-z$._?][\w$.?#@~]*)(\s+)(equ)/iy, ["no", "kd", "kd"], "instruction_args"],
      [/BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE/y, "k", "instruction_args"],
      [/(?:res|d)[bwdqt]|times/iy, "kd", "instruction_args"],
      [/[a-z$._?][\w$.?#@~]*/iy, "nf", "instruction_args"],
      [/[\r\n]+/y, ""],
    ],
    instruction_args: [
      // (in Rouge's source `[^"\\n]` excludes a backslash and the letter n)
      [/"(?:\\\\"|[^"\\n])*"|'(?:\\\\'|[^'\\n])*'|`(?:\\\\`|[^`\\n])*`/y, "s"],
      // (its `$0[\da-f]*` alternative can never match: `$` is the line's end)
      [/0x[\da-f]+|\d+[\da-f]*h/iy, "mh"],
      [/[0-7]+q/iy, "mo"],
      [/[01]+b/iy, "mb"],
      [/\d+\.e?\d+/iy, "mf"],
      [/\d+/y, "mi"],
      ["mixin", "punctuation"],
      [/r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]/iy, "nb"],
      [/[a-z$._?][\w$.?#@~]*/iy, "nv"],
      [/[\r\n]+/y, "", "#pop"],
      ["mixin", "whitespace"],
    ],
    preproc: [[/[^;\n]+/y, "cp"], [/;.*?\n/y, "c1", "#pop"], [/\n/y, "cp", "#pop"]],
    whitespace: [[/\n/y, ""], [/[ \t]+/y, ""], [/;.*/y, "c1"]],
    punctuation: [
      [/[,():\[\]]+/y, "p"],
      [/[&|^<>+*\/%~-]+/y, "o"],
      [/\$+/y, "kc"],
      [/seg|wrt|strict/iy, "ow"],
      [/byte|[dq]?word/iy, "kt"],
    ],
  });
  RULES.nasm = { lex: lexWith(nasmLex) };

  // Rouge's viml.rb and its word lists (commands k; functions, options and
  // autocommand events nb; other words plain text).
  var VIM_COMMANDS = wordSet(
    "a ar args argl arglocal ba ball bm bmodified breaka breakadd bun bunload cabc cabclear cal call cc cf cfile " +
    "changes cla clast cnf cnfile comc comclear cp cprevious cstag debugg debuggreedy deletl dep diffpu diffput dl " +
    "dr drop ec em emenu ene enew files fini finish folddoc folddoclosed gr grep helpc helpclose his history il " +
    "ilist isp isplit keepa l list laf lafter lbel lbelow lcscope lfdo lgrepa lgrepadd lma lo loadview lop lopen " +
    "lua m move mes mkvie mkview nbc nbclose noh nohlsearch ol oldfiles pa packadd po pop prof profile pta ptag " +
    "ptr ptrewind py3f py3file pythonx quita quitall redraws redrawstatus rew rewind rubyf rubyfile sIg sa " +
    "sargument sba sball sbr sbrewind scl scscope sfir sfirst sgl sic sin sm smap snoreme spelld spelldump spellw " +
    "spellwrong srg st stop stj stjump sunmenu syn tN tNext tabd tabdo tabm tabmove tabr tabrewind tch tchdir tf " +
    "tfirst tlmenu tm tmenu to topleft tu tunmenu undol undolist up update vi visual vmapc vmapclear wa wall winp " +
    "winpos wundo xme xr xrestore ab arga argadd argu argument bad badd bn bnext breakd breakdel bw bwipeout cabo " +
    "cabove cat catch ccl cclose cfdo chd chdir cle clearjumps cnor comp compiler cpf cpfile cun delc delcommand " +
    "deletp di display diffs diffsplit dli dlist ds dsearch echoe echoerr en endif eval filet fir first foldo " +
    "foldopen grepa grepadd helpf helpfind i imapc imapclear iuna iunabbrev keepalt la last lan language lbo " +
    "lbottom ld ldo lfir lfirst lh lhelpgrep lmak lmake loadk lp lprevious luado ma mark messages mod mode nbs " +
    "nbstart nor omapc omapclear packl packloadall popu popup profd profdel ptf ptfirst pts ptselect pyx r read " +
    "redrawt redrawtabline ri right rundo sIl sal sall sbf sbfirst sc scp se set sg sgn sie sip sme snoremenu " +
    "spelli spellinfo spr sprevious sri sta stag stopi stopinsert sus suspend sync ta tag tabe tabedit tabn " +
    "tabnext tabs tcld tcldo th throw tln tma tmap tp tprevious tunma tunmap unh unhide v vie view vne vnew wh " +
    "while wn wnext wv wviminfo xmenu xunme abc abclear argd argdelete as ascii bd bdelete bo botright breakl " +
    "breaklist cN cNext cad caddbuffer cb cbuffer cd cfir cfirst che checkpath clo close co copy con continue cq " +
    "cquit cuna cunabbrev delel delf delfunction dif diffupdate difft diffthis do dsp dsplit echom echomsg endf " +
    "endfunction ex filetype fix fixdel for gui helpg helpgrep ia in j join keepj keepjumps lab labove lat lc lcd " +
    "le left lg lgetfile lhi lhistory lmapc lmapclear loadkeymap lpf lpfile luafile mak make mk mkexrc mz mzscheme " +
    "new nore on only pc pclose pp ppop promptf promptfind ptj ptjump pu put py python pyxdo rec recover reg " +
    "registers rightb rightbelow rv rviminfo sIn san sandbox sbl sblast scI scr scriptnames setf setfiletype sgI " +
    "sgp sig sir smenu so source spellr spellrare sr srl star startinsert sts stselect sv sview syncbind tab tabf " +
    "tabfind tabnew tags tclf tclfile tj tjump tlnoremenu tmapc tmapclear tr trewind u undo unl ve version vim " +
    "vimgrep vs vsplit win winsize wp wprevious x xit xnoreme xunmenu abo aboveleft argdo au bel belowright bp " +
    "bprevious bro browse cNf cNfile cadde caddexpr cbe cbefore cdo cg cgetfile checkt checktime cmapc cmapclear " +
    "col colder conf confirm cr crewind cw cwindow delep dell diffg diffget dig digraphs doau e edit echon endfo " +
    "endfor exi exit filt filter fo fold fu function gvim helpt helptags iabc iabclear inor ju jumps keepp " +
    "keeppatterns lad laddexpr later lch lchdir lefta leftabove lgetb lgetbuffer ll lne lnext loc lockmarks lr " +
    "lrewind lv lvimgrep marks mks mksession mzf mzfile nmapc nmapclear nos noswapfile opt options pe perl pre " +
    "preserve promptr promptrepl ptl ptlast pw pwd pydo pyxfile red redo res resize ru runtime sI sIp sav saveas " +
    "sbm sbmodified sce scripte scriptencoding setg setglobal sgc sgr sign sl sleep smile sor sort spellrepall srI " +
    "srn startg startgreplace sun sunhide sw swapname syntime tabN tabNext tabfir tabfirst tabo tabonly tc tcl te " +
    "tearoff tl tlast tlu tn tnext try una unabbreviate unlo unlockvar verb verbose vimgrepa vimgrepadd wN wNext " +
    "winc wincmd wq xa xall xnoremenu xwininfo addd arge argedit bN bNext bf bfirst br brewind bufdo c change " +
    "caddf caddfile cbel cbelow ce center cgetb cgetbuffer chi chistory cn cnext colo colorscheme cons const cs d " +
    "delete deletel delm delmarks diffo diffoff dir doaut ea el else endt endtry exu exusage fin find foldc " +
    "foldclose g h help hi if intro k lN lNext laddb laddbuffer lb lbuffer lcl lclose lex lexpr lgete lgetexpr lla " +
    "llast lnew lnewer lockv lockvar ls lvimgrepa lvimgrepadd mat match mksp mkspell n next noa nu number " +
    "ownsyntax ped pedit prev previous ps psearch ptn ptnext py3 pyf pyfile q quit redi redir ret retab rub ruby " +
    "sIc sIr sbN sbNext sbn sbnext scg scriptv scriptversion setl setlocal sge sh shell sil silent sla slast sn " +
    "snext sp split spellrrare src srp startr startreplace sunme sy t tabc tabclose tabl tablast tabp tabprevious " +
    "tcd ter terminal tlm tlunmenu tno tnoremap ts tselect undoj undojoin uns unsilent vert vertical viu viusage w " +
    "write windo wqa wqall xmapc xmapclear xprop y yank al all argg argglobal b buffer bl blast brea break buffers " +
    "ca caf cafter cbo cbottom cex cexpr cgete cgetexpr cl clist cnew cnewer com cope copen cscope debug deletep " +
    "delp diffp diffpatch dj djump dp earlier elsei elseif endw endwhile f file fina finally foldd folddoopen go " +
    "goto ha hardcopy hid hide ij ijump is isearch kee keepmarks lNf lNfile laddf laddfile lbe lbefore lcs lf " +
    "lfile lgr lgrep lli llist lnf lnfile lol lolder lt ltag lw lwindow menut menutranslate mkv mkvimrc nb nbkey " +
    "noautocmd o open p print perld perldo pro ptN ptNext ptp ptprevious py3do python3 qa qall redr redraw retu " +
    "return rubyd rubydo sIe sN sNext sb sbuffer sbp sbprevious sci scs sf sfind sgi si sim simalt smagic sno " +
    "snomagic spe spellgood spellu spellundo sre srewind def endd enddef disa disassemble vim9 vim9script imp " +
    "import exp export");
  var VIM_OTHERS = wordSet(
    "abs appendbufline asin assert_fails assert_notmatch balloon_gettext bufadd bufname byteidx char2nr " +
    "ch_evalexpr ch_log ch_readraw cindent complete_check cosh deepcopy diff_hlID eval exists feedkeys findfile " +
    "fnamemodify foldtextresult get getchar getcmdtype getenv getftype getmatches getreg gettagstack getwinvar " +
    "has_key histget iconv inputlist interrupt isnan job_start js_encode libcall list2str log mapcheck matchdelete " +
    "max nextnonblank popup_atcursor popup_dialog popup_getoptions popup_notification prevnonblank prop_add " +
    "prop_type_add pum_getpos rand reg_recording remote_foreground remove round screencol searchdecl serverlist " +
    "setenv setpos settagstack sign_define sign_placelist sin sound_playevent split str2list strftime strpart " +
    "submatch synID systemlist taglist term_dumpload term_getcursor term_getstatus term_sendkeys term_setsize " +
    "test_autochdir test_getvalue test_null_dict test_null_string test_scrollbar test_unknown timer_start toupper " +
    "type values winbufnr win_findbuf winheight winline winsaveview winwidth acos argc assert_beeps assert_false " +
    "assert_report balloon_show bufexists bufnr byteidxcomp ch_canread ch_evalraw ch_logfile ch_sendexpr " +
    "clearmatches complete_info count delete echoraw eventhandler exp filereadable float2nr foldclosed foreground " +
    "getbufinfo getcharmod getcmdwintype getfontname getimstatus getmousepos getregtype getwininfo glob " +
    "haslocaldir histnr indent inputrestore invert items job_status json_decode libcallnr listener_add log10 match " +
    "matchend min nr2char popup_beval popup_filter_menu popup_getpos popup_setoptions printf prop_clear " +
    "prop_type_change pumvisible range reltime remote_peek rename rubyeval screenpos searchpair setbufline " +
    "setfperm setqflist setwinvar sign_getdefined sign_undefine sinh sound_playfile sqrt str2nr strgetchar " +
    "strptime substitute synIDattr tabpagebuflist tan term_dumpwrite term_getjob term_gettitle term_setansicolors " +
    "term_start test_feedinput test_ignore_error test_null_job test_option_not_set test_setmouse test_void " +
    "timer_stop tr undofile virtcol wincol win_getid win_id2tabwin winnr win_screenpos wordcount add argidx " +
    "assert_equal assert_inrange assert_true balloon_split buflisted bufwinid call ch_close ch_getbufnr ch_open " +
    "ch_sendraw col confirm cscope_connection deletebufline empty executable expand filewritable floor " +
    "foldclosedend funcref getbufline getcharsearch getcompletion getfperm getjumplist getpid gettabinfo getwinpos " +
    "glob2regpat hasmapto hlexists index inputsave isdirectory job_getchannel job_stop json_encode line " +
    "listener_flush luaeval matchadd matchlist mkdir or popup_clear popup_filter_yesno popup_hide popup_settext " +
    "prompt_setcallback prop_find prop_type_delete py3eval readdir reltimefloat remote_read repeat screenattr " +
    "screenrow searchpairpos setbufvar setline setreg sha256 sign_getplaced sign_unplace sort sound_stop srand " +
    "strcharpart stridx strridx swapinfo synIDtrans tabpagenr tanh term_getaltscreen term_getline term_gettty " +
    "term_setapi term_wait test_garbagecollect_now test_null_blob test_null_list test_override test_settime " +
    "timer_info timer_stopall trim undotree visualmode windowsversion win_gettype win_id2win winrestcmd " +
    "win_splitmove writefile and arglistid assert_equalfile assert_match atan browse bufload bufwinnr ceil " +
    "ch_close_in ch_getjob ch_read ch_setoptions complete copy cursor did_filetype environ execute expandcmd " +
    "filter fmod foldlevel function getbufvar getcmdline getcurpos getfsize getline getpos gettabvar getwinposx " +
    "globpath histadd hlID input inputsecret isinf job_info join keys line2byte listener_remove map matchaddpos " +
    "matchstr mode pathshorten popup_close popup_findinfo popup_menu popup_show prompt_setinterrupt prop_list " +
    "prop_type_get pyeval readfile reltimestr remote_send resolve screenchar screenstring searchpos setcharsearch " +
    "setloclist settabvar shellescape sign_jump sign_unplacelist sound_clear spellbadword state strchars string " +
    "strtrans swapname synstack tabpagewinnr tempname term_getansicolors term_getscrolled term_list term_setkill " +
    "test_alloc_fail test_garbagecollect_soon test_null_channel test_null_partial test_refcount test_srand_seed " +
    "timer_pause tolower trunc uniq wildmenumode win_execute win_gotoid winlayout winrestview win_type xor append " +
    "argv assert_exception assert_notequal atan2 browsedir bufloaded byte2line changenr chdir ch_info ch_readblob " +
    "ch_status complete_add cos debugbreak diff_filler escape exepath extend finddir fnameescape foldtext " +
    "garbagecollect getchangelist getcmdpos getcwd getftime getloclist getqflist gettabwinvar getwinposy has " +
    "histdel hostname inputdialog insert islocked job_setoptions js_decode len lispindent localtime maparg " +
    "matcharg matchstrpos mzeval perleval popup_create popup_findpreview popup_move pow prompt_setprompt " +
    "prop_remove prop_type_list pyxeval reg_executing remote_expr remote_startserver reverse screenchars search " +
    "server2client setcmdpos setmatches settabwinvar shiftwidth sign_place simplify soundfold spellsuggest " +
    "str2float strdisplaywidth strlen strwidth synconcealed system tagfiles term_dumpdiff term_getattr " +
    "term_getsize term_scrape term_setrestore " +
    "acd ambw arshape background ballooneval bex bl brk buftype cf cinkeys cmdwinheight com completeslash " +
    "cpoptions cscoperelative csre cursorcolumn delcombine digraph eadirection emo equalprg expandtab fdls fex " +
    "fileignorecase fml foldlevel formatexpr gcr go guifontset helpheight history hlsearch imaf ims includeexpr " +
    "infercase iskeyword keywordprg laststatus lispwords lrm magic maxfuncdepth menuitems mm modifiable mousemodel " +
    "mzq numberwidth opfunc patchexpr pfn pp printfont pumwidth pythonthreehome redrawtime ri rs sb scroll sect " +
    "sft shellredir shiftwidth showmatch signcolumn smarttab sp spf srr startofline suffixes switchbuf ta tagfunc " +
    "tbi term termwintype tgc titlelen toolbariconsize ttimeout ttymouse twt undofile varsofttabstop verbosefile " +
    "viminfofile wak weirdinvert wig wildoptions winheight wm wrapscan ai anti autochdir backspace balloonevalterm " +
    "bexpr bo browsedir casemap cfu cino cmp comments concealcursor cpp cscopetag cst cursorline dex dip eb emoji " +
    "errorbells exrc fdm ff filetype fmr foldlevelstart formatlistpat gd gp guifontwide helplang hk ic imak " +
    "imsearch incsearch insertmode isp km lazyredraw list ls makeef maxmapdepth mfd mmd modified mouses mzquantum " +
    "nuw osfiletype patchmode ph preserveindent printheader pvh pyx regexpengine rightleft rtp sbo scrollbind " +
    "sections sh shellslash shm showmode siso smc spc spl ss statusline suffixesadd sws tabline taglength tbidi " +
    "termbidi terse tgst titleold top ttimeoutlen ttyscroll tx undolevels vartabstop vfile virtualedit warn wfh " +
    "wildchar wim winminheight wmh write akm antialias autoindent backup balloonexpr bg bomb bs cb ch cinoptions " +
    "cms commentstring conceallevel cpt cscopetagorder csto cursorlineopt dg dir ed enc errorfile fcl fdn ffs " +
    "fillchars fo foldmarker formatoptions gdefault grepformat guiheadroom hf hkmap icon imc imsf inde is isprint " +
    "kmp lbr listchars lsp makeencoding maxmem mh mmp more mouseshape mzschemedll odev pa path pheader " +
    "previewheight printmbcharset pvp pyxversion relativenumber rightleftcmd ru sbr scrollfocus secure shcf " +
    "shelltemp shortmess showtabline sj smd spell splitbelow ssl stl sw sxe tabpagemax tagrelative tbis " +
    "termencoding textauto thesaurus titlestring tpm ttm ttytype uc undoreload vb vi visualbell wb wfw wildcharm " +
    "winaltkeys winminwidth wmnu writeany al ar autoread backupcopy bdir bh breakat bsdir cc charconvert cinw co " +
    "compatible confirm crb cscopeverbose csverb cwh dict directory edcompatible encoding errorformat fcs fdo fic " +
    "fixendofline foldclose foldmethod formatprg gfm grepprg guioptions hh hkmapp iconstring imcmdline imst " +
    "indentexpr isf joinspaces kp lcs lm luadll makeprg maxmempattern mis mmt mouse mouset mzschemegcdll oft " +
    "packpath pdev pi previewpopup printmbfont pvw qe remap rl rubydll sc scrolljump sel shell shelltype shortname " +
    "shq slm sn spellcapcheck splitright ssop stmp swapfile sxq tabstop tags tbs termguicolors textmode tildeop tl " +
    "tr tty tw udf updatecount vbs viewdir vop wc wh wildignore wincolor winptydll wmw writebackup aleph arab " +
    "autowrite backupdir bdlay bin breakindent bsk ccv ci cinwords cocu complete copyindent cryptmethod csl cuc " +
    "debug dictionary display ef endofline esckeys fdc fdt fileencoding fixeol foldcolumn foldminlines fp gfn gtl " +
    "guipty hi hkp ignorecase imd imstatusfunc indentkeys isfname js langmap linebreak lmap lw mat maxmemtot " +
    "mkspellmem mod mousef mousetime nf ofu para penc pm previewwindow printoptions pw quoteescape renderoptions " +
    "rlc ruf scb scrolloff selection shellcmdflag shellxescape showbreak si sm so spellfile spr st sts swapsync " +
    "syn tag tagstack tc termwinkey textwidth timeout tm ts ttybuiltin twk udir updatetime vdir viewoptions vsts " +
    "wcm whichwrap wildignorecase window winwidth wop writedelay allowrevins arabic autowriteall backupext belloff " +
    "binary breakindentopt bt cd cin clipboard cole completefunc cot cscopepathcomp cspc cul deco diff dy efm eol " +
    "et fde fen fileencodings fk foldenable foldnestmax fs gfs gtt guitablabel hid hl im imdisable imstyle indk " +
    "isi key langmenu lines lnr lz matchpairs mco ml modeline mousefocus mp nrformats omnifunc paragraphs perldll " +
    "pmbcs printdevice prompt pythondll rdt report rnu ruler scf scrollopt selectmode shellpipe shellxquote " +
    "showcmd sidescroll smartcase softtabstop spelllang sps sta su swb synmaxcol tagbsearch tal tcldll " +
    "termwinscroll tf timeoutlen to tsl ttyfast tws ul ur ve vif vts wcr wi wildmenu winfixheight wiv wrap ws " +
    "altkeymap arabicshape aw backupskip beval bk bri bufhidden cdpath cindent cm colorcolumn completeopt cp " +
    "cscopeprg csprg culopt def diffexpr ea ei ep eventignore fdi fenc fileformat fkmap foldexpr foldopen fsync " +
    "gfw guicursor guitabtooltip hidden hlg imactivatefunc imi inc inex isident keymap langnoremap linespace " +
    "loadplugins ma matchtime mef mle modelineexpr mousehide mps nu opendevice paste pex pmbfn printencoding pt " +
    "pythonhome re restorescreen ro rulerformat scl scs sessionoptions shellquote shiftround showfulltag " +
    "sidescrolloff smartindent sol spellsuggest sr stal sua swf syntax tagcase tb tenc termwinsize tfu title " +
    "toolbar tsr ttym twsl undodir ut verbose viminfo wa wd wic wildmode winfixwidth wiw wrapmargin ww ambiwidth " +
    "ari awa balloondelay bevalterm bkc briopt buflisted cedit cink cmdheight columns completepopup cpo " +
    "cscopequickfix csqf cursorbind define diffopt ead ek equalalways ex fdl fencs fileformats flp foldignore " +
    "foldtext ft ghr guifont helpfile highlight hls imactivatekey iminsert include inf isk keymodel langremap lisp " +
    "lpl macatsui maxcombine menc mls modelines mousem msm number operatorfunc pastetoggle pexpr popt printexpr " +
    "pumheight pythonthreedll readonly revins rop runtimepath scr noacd noallowrevins noantialias noarabic " +
    "noarshape noautoread noaw noballooneval nobevalterm nobk nobreakindent nocf nocindent nocopyindent " +
    "nocscoperelative nocsre nocuc nocursorcolumn nodelcombine nodigraph noed noemo noeol noesckeys noexpandtab " +
    "nofic nofixeol nofoldenable nogd nohid nohkmap nohls noicon noimc noimdisable noinfercase nojoinspaces " +
    "nolangremap nolinebreak nolnr nolrm nomacatsui noml nomod nomodelineexpr nomodified nomousef nomousehide " +
    "nonumber noopendevice nopi nopreviewwindow nopvw norelativenumber norestorescreen nori norl noro noru nosb " +
    "noscb noscrollbind noscs nosft noshelltemp noshortname noshowfulltag noshowmode nosm nosmartindent nosmd " +
    "nosol nosplitbelow nospr nossl nostartofline noswapfile nota notagrelative notbi notbs noterse notextmode " +
    "notgst notimeout noto notr nottybuiltin notx noundofile novisualbell nowarn noweirdinvert nowfw " +
    "nowildignorecase nowinfixheight nowiv nowrap nowrite nowritebackup noai noaltkeymap noar noarabicshape " +
    "noautochdir noautowrite noawa noballoonevalterm nobin nobl nobri noci nocompatible nocp nocscopetag nocst " +
    "nocul nocursorline nodg noea noedcompatible noemoji noequalalways noet noexrc nofileignorecase nofk nofs " +
    "nogdefault nohidden nohkmapp nohlsearch noignorecase noimcmdline noincsearch noinsertmode nojs nolazyredraw " +
    "nolisp noloadplugins nolz nomagic nomle nomodeline nomodifiable nomore nomousefocus nonu noodev nopaste " +
    "nopreserveindent noprompt noreadonly noremap norevins norightleft nornu nors noruler nosc noscf noscrollfocus " +
    "nosecure noshellslash noshiftround noshowcmd noshowmatch nosi nosmartcase nosmarttab nosn nospell " +
    "nosplitright nosr nosta nostmp noswf notagbsearch notagstack notbidi notermbidi notextauto notf notildeop " +
    "notitle notop nottimeout nottyfast noudf novb nowa nowb nowfh nowic nowildmenu nowinfixwidth nowmnu " +
    "nowrapscan nowriteany nows noakm noanti noarab noari noautoindent noautowriteall nobackup nobeval nobinary " +
    "nobomb nobuflisted nocin noconfirm nocrb nocscopeverbose nocsverb nocursorbind nodeco nodiff noeb noek " +
    "noendofline noerrorbells noex nofen nofixendofline nofkmap nofsync noguipty nohk nohkp noic noim noimd noinf " +
    "nois nolangnoremap nolbr nolist nolpl noma nomh invacd invallowrevins invantialias invarabic invarshape " +
    "invautoread invaw invballooneval invbevalterm invbk invbreakindent invcf invcindent invcopyindent " +
    "invcscoperelative invcsre invcuc invcursorcolumn invdelcombine invdigraph inved invemo inveol invesckeys " +
    "invexpandtab invfic invfixeol invfoldenable invgd invhid invhkmap invhls invicon invimc invimdisable " +
    "invinfercase invjoinspaces invlangremap invlinebreak invlnr invlrm invmacatsui invml invmod invmodelineexpr " +
    "invmodified invmousef invmousehide invnumber invopendevice invpi invpreviewwindow invpvw invrelativenumber " +
    "invrestorescreen invri invrl invro invru invsb invscb invscrollbind invscs invsft invshelltemp invshortname " +
    "invshowfulltag invshowmode invsm invsmartindent invsmd invsol invsplitbelow invspr invssl invstartofline " +
    "invswapfile invta invtagrelative invtbi invtbs invterse invtextmode invtgst invtimeout invto invtr " +
    "invttybuiltin invtx invundofile invvisualbell invwarn invweirdinvert invwfw invwildignorecase invwinfixheight " +
    "invwiv invwrap invwrite invwritebackup invai invaltkeymap invar invarabicshape invautochdir invautowrite " +
    "invawa invballoonevalterm invbin invbl invbri invci invcompatible invcp invcscopetag invcst invcul " +
    "invcursorline invdg invea invedcompatible invemoji invequalalways invet invexrc invfileignorecase invfk invfs " +
    "invgdefault invhidden invhkmapp invhlsearch invignorecase invimcmdline invincsearch invinsertmode invjs " +
    "invlazyredraw invlisp invloadplugins invlz invmagic invmle invmodeline invmodifiable invmore invmousefocus " +
    "invnu invodev invpaste invpreserveindent invprompt invreadonly invremap invrevins invrightleft invrnu invrs " +
    "invruler invsc invscf invscrollfocus invsecure invshellslash invshiftround invshowcmd invshowmatch invsi " +
    "invsmartcase invsmarttab invsn invspell invsplitright invsr invsta invstmp invswf invtagbsearch invtagstack " +
    "invtbidi invtermbidi invtextauto invtf invtildeop invtitle invtop invttimeout invttyfast invudf invvb invwa " +
    "invwb invwfh invwic invwildmenu invwinfixwidth invwmnu invwrapscan invwriteany invws invakm invanti invarab " +
    "invari invautoindent invautowriteall invbackup invbeval invbinary invbomb invbuflisted invcin invconfirm " +
    "invcrb invcscopeverbose invcsverb invcursorbind invdeco invdiff inveb invek invendofline inverrorbells invex " +
    "invfen invfixendofline invfkmap invfsync invguipty invhk invhkp invic invim invimd invinf invis " +
    "invlangnoremap invlbr invlist invlpl invma invmh t_8b t_AB t_al t_bc t_BE t_ce t_cl t_Co t_Cs t_CV t_db t_DL " +
    "t_EI t_F2 t_F4 t_F6 t_F8 t_fs t_IE t_k1 t_k2 t_K3 t_K4 t_K5 t_K6 t_K7 t_K8 t_K9 t_kb t_KB t_kd t_KD t_ke t_KE " +
    "t_KF t_KG t_kh t_KH t_kI t_KI t_KJ t_KK t_kl t_KL t_kN t_kP t_kr t_ks t_ku t_le t_mb t_md t_me t_mr t_ms t_nd " +
    "t_op t_PE t_PS t_RB t_RC t_RF t_Ri t_RI t_RS t_RT t_RV t_Sb t_SC t_se t_Sf t_SH t_Si t_SI t_so t_sr t_SR t_ST " +
    "t_te t_Te t_TE t_ti t_TI t_ts t_Ts t_u7 t_ue t_us t_ut t_vb t_ve t_vi t_vs t_VS t_WP t_WS t_xn t_xs t_ZH t_ZR " +
    "t_8f t_AF t_AL t_BD t_cd t_Ce t_cm t_cs t_CS t_da t_dl t_EC t_F1 t_F3 t_F5 t_F7 t_F9 t_GP t_IS t_K1 t_k3 t_k4 " +
    "t_k5 t_k6 t_k7 t_k8 t_k9 t_KA t_kB t_KC t_kD " +
    "BufAdd BufDelete BufFilePost BufHidden BufNew BufRead BufReadPost BufUnload BufWinEnter BufWinLeave " +
    "BufWipeout BufWrite BufWriteCmd BufWritePost BufWritePre CmdlineChanged CmdlineEnter CmdlineLeave " +
    "CmdUndefined CmdwinEnter CmdwinLeave ColorScheme ColorSchemePre CompleteChanged CompleteDone CompleteDonePre " +
    "CursorHold CursorHoldI CursorMoved CursorMovedI DiffUpdated DirChanged EncodingChanged ExitPre FileAppendCmd " +
    "FileAppendPost FileAppendPre FileChangedRO FileChangedShell FileChangedShellPost FileEncoding FileReadCmd " +
    "FileReadPost FileReadPre FileType FileWriteCmd FileWritePost FileWritePre FilterReadPost FilterReadPre " +
    "FilterWritePost FilterWritePre FocusGained FocusLost FuncUndefined GUIEnter GUIFailed InsertChange " +
    "InsertCharPre InsertEnter InsertLeave MenuPopup OptionSet QuickFixCmdPost QuickFixCmdPre QuitPre RemoteReply " +
    "SafeState SafeStateAgain SessionLoadPost ShellCmdPost ShellFilterPost SourceCmd SourcePost SourcePre " +
    "SpellFileMissing StdinReadPost StdinReadPre SwapExists Syntax TabClosed TabEnter TabLeave TabNew TermChanged " +
    "TerminalOpen TerminalWinOpen TermResponse TextChanged TextChangedI TextChangedP TextYankPost User VimEnter " +
    "VimLeave VimLeavePre VimResized WinEnter WinLeave WinNew BufCreate BufEnter BufFilePre BufLeave BufNewFile " +
    "BufReadCmd BufReadPre");
  var vimlLex = regexLexer({
    root: [
      [/^(\s*)(".*?)$/my, ["", "c"]],
      [/^\s*\\/my, "se"],
      [/[ \t]+/y, ""],
      [/\/(?:\\\\|\\\/|[^\n/])*\//y, "sr"],
      [/"(?:\\\\|\\"|[^\n"])*"/y, "s2"],
      [/'(?:\\\\|\\'|[^\n'])*'/y, "s1"],
      // (Rouge's `(?<=\s)"...` comment rule never sees the text before: never matches)
      [/-?\d+/y, "m"],
      [/#[0-9a-f]{6}/iy, "mh"],
      [/^:/my, "p"],
      [/[():<>+=!\[\]{}|,~.-]/y, "p"],
      [/\b(?:let|if|else|endif|elseif|fun|function|endfunction)\b/y, "k"],
      [/\b(?:NONE|bold|italic|underline|dark|light)\b/y, "nb"],
      [/[absg]:\w+\b/y, "nv"],
      [/\b\w+\b/y, function (L, m) { L.token(VIM_COMMANDS[m[0]] ? "k" : VIM_OTHERS[m[0]] ? "nb" : "", m[0]); }],
      [/[\s\S]/y, ""],
    ],
  });
  RULES.viml = { lex: lexWith(vimlLex) };

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
      [sassRe("ID"), function (L, m) { L.token(CSS_BUILTINS[m[0]] ? "nb" : CSS_CONSTANTS[m[0]] ? "no" : "n", m[0]); }],
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
    attr_common: [["mixin", "has_interp"], [sassRe("ID"), function (L, m) { L.token(CSS_ATTRS[m[0]] ? "nl" : "na", m[0]); }]],
    attribute: [["mixin", "attr_common"], [/([ \t]*)(:)/y, ["", "p"], "value"]],
    inline_comment: [[/(?:\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+/y, "cm"], ["mixin", "has_interp"], [/[*]\//y, "cm", "#pop"]],
  });
  RULES.scss = { lex: lexWith(scssLex) };

  // YAML: Rouge's classes depend on the block or flow context (a plain
  // scalar is `s` in a block, `nv` inside [...] or {...}; keys `na` or `nv`),
  // which highlight.js's grammar does not track, so carnet lexes YAML itself,
  // after Rouge's yaml.rb (its quirks included: a quoted scalar is `s2`/`s1`
  // for the opening quote only, the rest `s`; spaces inside it `nv`).
  // highlight.js's yaml grammar must still be registered, like every other.
  function yamlLex(text) {
    var n = text.length, cls = new Array(n), p = 0, i;
    for (i = 0; i < n; i++) cls[i] = "";
    function set(a, b, k) { for (var j = a; j < b && j < n; j++) cls[j] = k; }
    function eol(q) { var e = text.indexOf("\n", q); return e < 0 ? n : e; }
    function at(re, q) { re.lastIndex = q; var m = re.exec(text); return m && m.index === q ? m : null; }
    var DESC = /!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>|(?:![\w-]+)?![\w;\/?:@&=+$,.!~*'()\[\]%-]*|&[\w-]+|\*[\w-]+/y;
    var PLAIN = /[^ \t\n\r\f\v?:,\[\]{}#&*!|>'"%@`]/y;
    function descriptor(q) {
      var m = at(DESC, q);
      if (!m) return q;
      set(q, q + m[0].length, m[0][0] === "&" ? "nl" : m[0][0] === "*" ? "nv" : "kt");
      return q + m[0].length;
    }
    // a quoted scalar from its opening quote; returns the position after it
    function quoted(q) {
      var d = text.charAt(q), m;
      cls[q] = d === '"' ? "s2" : "s1";
      q++;
      while (q < n) {
        var c = text.charAt(q);
        if (c === d) { cls[q] = "s"; return q + 1; }
        if (c === "\n") { q++; continue; }
        if (c === " " || c === "\t") {
          var e = q;
          while (e < n && (text.charAt(e) === " " || text.charAt(e) === "\t")) e++;
          var ls = q === 0 || text.charAt(q - 1) === "\n", le = e >= n || text.charAt(e) === "\n";
          if (!ls && !le) set(q, e, "nv");
          q = e;
          continue;
        }
        if (c === "\\") {
          m = d === '"' ? at(/\\(?:[0abt\tn\nvfre "\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/y, q) : at(/\\'/y, q);
          if (m) { set(q, q + m[0].length, "se"); q += m[0].length; continue; }
        }
        var e2 = q + 1;
        while (e2 < n && !/[\s\\]/.test(text.charAt(e2)) && text.charAt(e2) !== d) e2++;
        set(q, e2, "s");
        q = e2;
      }
      return q;
    }
    // a flow collection from its `[` or `{`; returns the position after it
    function flow(q) {
      var depth = 0;
      while (q < n) {
        var c = text.charAt(q);
        if (c === "[" || c === "{") { cls[q++] = "pi"; depth++; continue; }
        if (c === "]" || c === "}") { cls[q++] = "pi"; if (--depth === 0) return q; continue; }
        if (/\s/.test(c)) { q++; continue; }
        if (c === "#") { var e = eol(q); set(q, e, "c1"); q = e; continue; }
        if ("?:,".indexOf(c) >= 0) { cls[q++] = "pi"; continue; }
        if (c === "'" || c === '"') { q = quoted(q); continue; }
        var d = descriptor(q);
        if (d > q) { q = d; continue; }
        if (at(PLAIN, q)) {
          // a plain scalar: nv up to , : ? [ ] { } or a comment
          var m = at(/(?:[^\s,:?\[\]{}]+|[ ]+(?![ ]*(?:[,:?\[\]{}#]|$)))+/y, q);
          set(q, q + m[0].length, "nv");
          q += m[0].length;
          continue;
        }
        cls[q++] = "err";
      }
      return q;
    }
    var scalar = null; // { col, indent }: block scalar content goes on while lines are indented enough
    var plainCol = -1; // a plain scalar continues on lines indented more than this
    while (p < n) {
      var le = eol(p), line = text.slice(p, le), ind = /^ */.exec(line)[0].length;
      if (scalar) {
        if (/^\s*$/.test(line)) { p = le + 1; continue; }
        if (ind >= (scalar.indent === null ? scalar.col : scalar.indent)) {
          if (scalar.indent === null) scalar.indent = ind;
          set(p + scalar.indent, le, "s");
          p = le + 1;
          continue;
        }
        scalar = null;
      }
      if (plainCol >= 0 && ind > plainCol && !/^\s*(#|-(?: |$)|[^#]*:(?: |$))/.test(line) && /\S/.test(line)) {
        set(p + ind, p + line.replace(/\s+$/, "").length, "s");
        p = le + 1;
        continue;
      }
      plainCol = -1;
      var q = p, col = ind;
      var doc = at(/(?:---|\.\.\.)(?= |\n|$)/y, q);
      if (doc) { set(q, q + 3, "nn"); q += 3; }
      while (q < le) {
        var c = text.charAt(q), m;
        if (c === " " || c === "\t") { q++; continue; }
        if (c === "#") { set(q, le, "c1"); break; }
        if ((m = at(/[-?:](?= |$)/my, q))) { cls[q] = "pi"; q++; col = q - p + 1; continue; }
        var d = descriptor(q);
        if (d > q) { q = d; continue; }
        if ((m = at(/([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)/y, q))) {
          col = q - p;
          set(q, q + m[1].length, "na");
          cls[q + m[1].length] = "pi";
          q += m[0].length;
          continue;
        }
        if ((m = at(/[|>][+-]?[1-9]?[+-]?(?=[ ]|$)/my, q))) {
          set(q, q + m[0].length, "pi");
          var dig = /[1-9]/.exec(m[0]);
          scalar = { col: col, indent: dig ? col + +dig[0] : null };
          q += m[0].length;
          var cm = text.indexOf("#", q);
          if (cm >= 0 && cm < le) set(cm, le, "c1");
          break;
        }
        if (c === "[" || c === "{") { q = flow(q); le = eol(q); continue; }
        if (c === "'" || c === '"') { q = quoted(q); le = eol(q); continue; }
        // a plain scalar in the block context: s, up to `: `, ` #` or the line's end
        var e = q;
        while (e < le && !at(/[ ]*(?::[ \n]|:$)|[ ]+#/y, e)) e++;
        var end = e;
        while (end > q && text.charAt(end - 1) === " ") end--;
        var w = q;
        while (w < end) {
          if ((m = at(/true|false|null/y, w))) { set(w, w + m[0].length, "no"); w += m[0].length; continue; }
          if ((m = at(/\d+(?:\.\d+)?(?=\r?\n| +#)/y, w)) && w + m[0].length <= end) { set(w, w + m[0].length, "m"); w += m[0].length; continue; }
          var ws = at(/[ ]+|[^\s:]+|:\S*/y, w);
          set(w, w + ws[0].length, "s");
          w += ws[0].length;
        }
        plainCol = col;
        q = e;
      }
      p = le + 1;
    }
    return cls;
  }
  RULES.yaml = { lex: yamlLex };

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

  // highlight.js grammar name -> the Rouge lexer whose rules apply to text in
  // it (an embedded css block follows Rouge's css lexer, and so on).
  var SUBTAG = { xml: "html", css: "css", javascript: "javascript", bash: "shell", ruby: "ruby", php: "php", typescript: "typescript" };

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

  function registered(lang, text) {
    var hljs = G.hljs, n = needs(lang, text);
    return !!n && n.every(function (g) { return !!hljs && !!hljs.getLanguage(g); });
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

  function tokens(lang, text) {
    var tag = tagOf(lang);
    if (!tag || typeof text !== "string") return null;
    var g = GRAMMAR[tag];
    if (!registered(tag, text)) return null;
    if (tag === "php") g = phpGrammar(text);
    var r = rules(tag);
    if (r.lex) return { text: text, cls: r.lex(text) };
    var res = G.hljs.highlight(text, { language: g, ignoreIllegals: true });
    var p = parse(res.value);
    var cls = classify(tag, p.text, p.spans, p.subs);
    if (r.fix) r.fix(p.text, cls);
    return { text: p.text, cls: cls };
  }

  function code(lang, text) {
    var t = tokens(lang, text);
    return t ? emit(t.text, t.cls) : null;
  }

  G.carnetHighlight = { grammar: grammar, needs: needs, files: files, code: code, _tokens: tokens };
})();
