// carnet's Rouge-compatible rules for c, cpp: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("c", RULES);
})(globalThis.carnetHighlight);
