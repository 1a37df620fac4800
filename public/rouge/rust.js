// carnet's Rouge-compatible rules for rust: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("rust", RULES);
})(globalThis.carnetHighlight);
