// carnet's Rouge-compatible rules for docker: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's shell lexer, from shell.js (loaded with this file)
  function shellLex() { return LIB.raw("shell").lexer.apply(null, arguments); }
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

  H.define("docker", RULES);
})(globalThis.carnetHighlight);
