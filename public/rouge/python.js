// carnet's Rouge-compatible rules for python: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("python", RULES);
})(globalThis.carnetHighlight);
