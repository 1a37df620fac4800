// carnet's Rouge-compatible rules for shell: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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
  RULES.shell = { lex: lexWith(shellLex), lexer: shellLex };

  H.define("shell", RULES);
})(globalThis.carnetHighlight);
