// carnet's Rouge-compatible rules for erlang: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("erlang", RULES);
})(globalThis.carnetHighlight);
