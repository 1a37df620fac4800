// carnet's Rouge-compatible rules for lua: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

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

  H.define("lua", RULES);
})(globalThis.carnetHighlight);
