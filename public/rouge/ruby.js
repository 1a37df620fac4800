// carnet's Rouge-compatible rules for ruby: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("ruby", RULES);
})(globalThis.carnetHighlight);
