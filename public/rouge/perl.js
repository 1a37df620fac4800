// carnet's Rouge-compatible rules for perl: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("perl", RULES);
})(globalThis.carnetHighlight);
