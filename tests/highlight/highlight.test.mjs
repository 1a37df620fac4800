// node --test tests/highlight/
//
// carnet's highlighting, loaded as the CLI's QuickJS loads it (classic
// scripts in one bare global scope: tests/highlight/load.mjs), checked
// against classes Rouge 3.30 itself gives (hard-coded here after running
// Rouge on the same snippets: see README.md for how to redo that).
import test from "node:test";
import assert from "node:assert/strict";
import { load, chars, allGrammars, allRules } from "./load.mjs";

const H = load().carnetHighlight;
// the context's arrays have another Array.prototype: compare plain copies
const plain = (x) => JSON.parse(JSON.stringify(x));

// The class of each character of text in an HTML block
function classesOf(html) { return chars(html).map(([, k]) => (k === "w" ? "" : k)); }

// [language, code, [[token, Rouge's class (or classes) for it]...]]: a
// keyword, a string and a comment (and a few more) per language.
const ROUGE = [
  ["ruby","def greet(name) # say hi\n  \"hello #{name}\"\nend\n",[["def","k"],["greet","nf"],["# say hi","c1"],["\"hello ","s2"],["#{","si"],["name","nb"],["end","k"]]],
  ["python","import os\ndef shout(x):  # doc\n    return 'a' if x is None else \"b\"\n",[["import","kn"],["os","nn"],["def","k"],["shout","nf"],["# doc","c1"],["return","k"],["'a'","s"],["is","ow"],["None","bp"],["\"b\"","s"]]],
  ["javascript","const x = 'a'; // note\nfunction f() { return `t${x}`; }\n",[["const","kd"],["'","dl"],["a","s1"],["// note","c1"],["function","kd"],["return","k"],["`t","s2"],["${","p"]]],
  ["typescript","let n: number = 1; /* c */\ninterface Item { opt?: string }\n",[["let","kd"],["number","kr"],["/* c */","cm"],["interface","kr"],["Item","nx"],["opt","nl"],["string","kr"]]],
  ["shell","for f in *.md; do echo \"$f\" # loop\ndone\n",[["for","k"],["in","k"],["do","k"],["echo ","nb"],["\"","s2"],["$f","nv"],["# loop","c"],["done","k"]]],
  ["console","$ ls -la\ntotal 0\n",[["$","gp"],["ls","nb"],["-la","nt"],["total 0\n","go"]]],
  ["c","#include <stdio.h>\nint main(void) { /* x */ return printf(\"%d\\n\", 1); }\n",[["#include","cp"],["<stdio.h>","cpf"],["int","kt"],["main","nf"],["/* x */","cm"],["return","k"],["\"%d","s"],["\\n","se"]]],
  ["cpp","namespace a { class B {}; } // c\nauto s = \"x\";\n",[["namespace","k"],["class","k"],["B","nc"],["// c","c1"],["auto","k"],["\"x\"","s"]]],
  ["csharp","using System;\npublic class A { string s = \"x\"; } // c\n",[["using","k"],["System","nn"],["public","k"],["class","k"],["A","nc"],["string","kt"],["\"x\"","s"],["// c","c1"]]],
  ["java","import java.util.List;\npublic class A { String s = \"x\"; } // c\n",[["import","kn"],["java.util.List","nn"],["public","kd"],["class","kd"],["A","nc"],["String","nc"],["\"x\"","s"],["// c","c1"]]],
  ["go","package main\nfunc f() string { return \"x\" } // c\n",[["package","k"],["func","k"],["string","kt"],["return","k"],["\"x\"","s"],["// c","c"]]],
  ["rust","fn main() { let s = \"x\"; } // c\n",[["fn","k"],["main","nf"],["let","k"],["\"x\"","s"],["// c","c1"]]],
  ["kotlin","fun shout(): String = \"x\" // c\nval y = 1\n",[["fun","k"],["shout","nf"],["String","nc"],["\"x\"","s"],["// c","c1"],["val","kd"],["y","py"]]],
  ["scala","object Blog { def shout = \"x\" } // c\n",[["object","k"],["Blog","nc"],["def","k"],["shout","nf"],["\"x\"","s"],["// c","c1"]]],
  ["swift","func shout() -> String { return \"x\" } // c\n",[["func","kd"],["shout","nf"],["String","kt"],["return","k"],["\"x\"","s"],["// c","c1"]]],
  ["php","<?php\nfunction f($a) { return 'x'; } // c\n",[["<?php","cp"],["function","k"],["$a","nv"],["return","k"],["'x'","s1"],["// c","c1"]]],
  ["perl","my $x = \"text\"; # c\nsub shout { return 1; }\n",[["my","k"],["$x","nv"],["\"","p"],["text","s2"],["# c","c1"],["sub ","k"],["shout","nf"],["return","k"]]],
  ["lua","local x = \"a\" -- c\nfunction shout() return x end\n",[["local","kd"],["\"a\"","s2"],["-- c","c1"],["function","k"],["shout","nf"],["return","k"],["end","k"]]],
  ["r","f <- function(x) { \"a\" } # c\n",[["f","n"],["<-","o"],["function","k"],["\"a\"","s2"],["# c","c1"]]],
  ["julia","function shout(x) \"a\" end # c\n",[["function","k"],["shout","nf"],["\"a\"","s"],["end","k"],["# c","c"]]],
  ["haskell","module M where\nf x = \"a\" -- c\n",[["module","kr"],["M","nn"],["where","kr"],["\"a\"","s"],["-- c","c1"]]],
  ["elixir","defmodule Blog do\n  def shout, do: \"text\" # c\nend\n",[["defmodule","k"],["Blog","no"],["def","k"],["shout","n"],["\"","s2"],["text","s2"],["# c","c1"],["end","k"]]],
  ["erlang","-module(blog).\nshout() -> \"a\". % c\n",[["module","ni"],["blog","n"],["shout","nf"],["\"a\"","s"],["% c\n","c"]]],
  ["sql","SELECT name FROM t WHERE x = 'a'; -- c\n",[["SELECT","k"],["name","n"],["FROM","k"],["'a'","s1"],["-- c","c1"]]],
  ["html","<!-- c -->\n<p class=\"x\">Hi &amp; bye</p>\n",[["<!-- c -->","c"],["<p","nt"],["class=","na"],["\"x\"","s"],["&amp;","ni"],["</p>","nt"]]],
  ["xml","<?xml version=\"1.0\"?>\n<a b=\"c\"><!-- d --></a>\n",[["<?xml version=\"1.0\"?>","cp"],["<a","nt"],["b=","na"],["\"c\"","s"],["<!-- d -->","c"],["</a>","nt"]]],
  ["css","/* c */\na.b:hover { color: red; margin: 0 }\n",[["/* c */","c"],["a","nt"],[".b","nc"],[":hover","nd"],["color","nl"],["red","no"],["margin","nl"],["0","m"]]],
  ["scss","// c\n$x: 1px;\n.a { width: $x; }\n",[["// c","c1"],["$x","nv"],["1px","m"],[".a","nc"],["width","nl"]]],
  ["json","{\"a\": [1, true, \"s\"]}\n",[["\"a\"","nl"],["1","mi"],["true","kc"],["\"s\"","s2"]]],
  ["yaml","# c\nkey: 'v'\nlist: [a, b]\nflag: true\n",[["# c","c1"],["key","na"],[":","pi"],["'","s1"],["v'","s"],["a","nv"],["true","no"]]],
  ["toml","# c\n[pkg]\nname = \"x\"\nn = 1\n",[["# c","c"],["[pkg]","nn"],["name","py"],["\"x\"","s"],["1","mi"]]],
  ["ini","; c\n[sec]\nkey = value\n",[["; c\n","c"],["[sec]","nn"],["key","py"],["value","s"]]],
  ["diff","--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n",[["--- a\n","gd"],["+++ b\n","gi"],["@@ -1 +1 @@","p"],["-old\n","gd"],["+new\n","gi"]]],
  ["docker","FROM ruby:3 # c\nRUN echo \"hi\"\n",[["FROM","k"],["ruby:3 # c","s"],["RUN ","k"],["echo ","nb"],["\"hi\"","s2"]]],
  ["make","all: main.o # c\n\tcc -o app main.o\n",[["all","nl"],[":","o"],["main.o","nf"],["# c",["c","nf"]],["-o","nt"]]],
  ["nginx","server { listen 80; } # c\n",[["server","k"],["listen","kn"],["80","mi"],["# c","c1"]]],
  ["markdown","# Title\n\n*em* and `code`\n",[["# Title","gh"],["*em*","ge"],["`code`","sb"]]],
  ["viml","\" c\nlet g:x = 'a'\nset nu\n",[["\" c","c"],["let","k"],["g:x","nv"],["'a'","s1"],["set","k"]]],
  ["nasm","; c\nmov eax, 1\nmsg db \"hi\"\n",[["; c","c1"],["mov","nf"],["eax","nb"],["1","mi"],["db","nv"],["\"hi\"","s"]]],
];

for (const [lang, code, expected] of ROUGE) {
  test(`${lang}: classes as Rouge's`, () => {
    const html = H.code(lang, code);
    assert.notEqual(html, null);
    const ks = classesOf(html);
    for (const [tok, want] of expected) {
      const at = code.indexOf(tok);
      const got = [...new Set(ks.slice(at, at + tok.length).filter((k, i) => !/\s/.test(tok[i]) || k))].filter(Boolean);
      assert.deepEqual(got.length === 1 ? got[0] : got, want, `${lang} ${JSON.stringify(tok)}`);
    }
  });
}

test("whole blocks are Rouge's HTML byte for byte", () => {
  // Rouge keeps a multi-line token's newlines inside its span, merges a
  // comment's lines when its rule takes the newline (Python), and escapes
  // & < > only.
  assert.equal(H.code("ruby", '=begin\nnote\n=end\n# one\n# two\nx = "<&>" if a < b && c > d\n'),
    '<span class="cm">=begin\nnote\n=end</span>\n<span class="c1"># one</span>\n<span class="c1"># two</span>\n' +
    '<span class="n">x</span> <span class="o">=</span> <span class="s2">"&lt;&amp;&gt;"</span> <span class="k">if</span> ' +
    '<span class="n">a</span> <span class="o">&lt;</span> <span class="n">b</span> <span class="o">&amp;&amp;</span> ' +
    '<span class="n">c</span> <span class="o">&gt;</span> <span class="n">d</span>\n');
  assert.equal(H.code("python", '# one\n# two\nx = "<&>"\n'),
    '<span class="c1"># one\n# two\n</span><span class="n">x</span> <span class="o">=</span> <span class="s">"&lt;&amp;&gt;"</span>\n');
  assert.equal(H.code("json", '{"a": 1}\n'),
    '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>');
  assert.equal(H.code("yaml", 'a:\n  - "b"\n'),
    '<span class="na">a</span><span class="pi">:</span>\n  <span class="pi">-</span> <span class="s2">"</span><span class="s">b"</span>\n');
});

test("escaping: & < > only, as Rouge", () => {
  for (const lang of ["ruby", "plain?", "html", "shell", "c"]) {
    const html = H.code(lang, `"<a href='x'>&amp; ></a>"\n`);
    if (html === null) continue;
    assert.doesNotMatch(html.replace(/<\/?span[^>]*>/g, ""), /[<>]|&(?!amp;|lt;|gt;)/, lang);
    assert.match(html, /'x'/, lang); // quotes stay as they are
  }
  assert.equal(H.code("shell", "echo '<&>'\n"), '<span class="nb">echo</span> <span class="s1">\'&lt;&amp;&gt;\'</span>\n');
});

test("names as Rouge finds them: tags and aliases, exact case, ?options", () => {
  const g = (l) => H.grammar(l);
  assert.equal(g("rb"), "ruby");
  assert.equal(g("py"), "python");
  assert.equal(g("js"), "javascript");
  assert.equal(g("ts"), "typescript");
  assert.equal(g("yml"), "yaml");
  for (const l of ["sh", "shell", "bash", "zsh", "ksh"]) assert.equal(g(l), "bash", l);
  for (const l of ["console", "terminal", "shell_session", "shell-session"]) assert.equal(g(l), "shell", l);
  for (const l of ["docker", "dockerfile", "Dockerfile"]) assert.equal(g(l), "dockerfile", l);
  for (const l of ["make", "makefile", "mf", "gnumake", "bsdmake"]) assert.equal(g(l), "makefile", l);
  assert.equal(g("html"), "xml");
  assert.equal(g("toml"), "ini");
  assert.equal(g("nasm"), "x86asm");
  assert.equal(g("c++"), "cpp");
  assert.equal(g("c#"), "csharp");
  assert.equal(g("cs"), "csharp");
  assert.equal(g("golang"), "go");
  assert.equal(g("rs"), "rust");
  assert.equal(g("rust,no_run"), "rust");
  assert.equal(g("R"), "r");
  assert.equal(g("vim"), "vim");
  assert.equal(g("patch"), "diff");
  assert.equal(g("md"), "markdown");
  assert.equal(g("ruby?foo=bar"), "ruby"); // find_fancy's options
  // Rouge's registry is case-sensitive
  for (const l of ["Ruby", "JS", "DOCKER", "Shell"]) assert.equal(g(l), null, l);
  // known to Rouge, not to carnet; not languages at all
  for (const l of ["plaintext", "text", "erb", "liquid", "guess", "", "nope", undefined, null, 3]) {
    assert.equal(g(l), null, String(l));
    assert.equal(H.code(l, "x = 1\n"), null, String(l));
    assert.equal(H.needs(l, "x"), null, String(l));
  }
  // an alias highlights as its tag does
  assert.equal(H.code("rb", "puts 1\n"), H.code("ruby", "puts 1\n"));
  assert.equal(H.code("Dockerfile", "FROM x\n"), H.code("docker", "FROM x\n"));
  assert.equal(H.code("terminal", "$ ls\n"), H.code("console", "$ ls\n"));
});

test("needs and files: highlight.js only where it tokenizes, sub-languages included", () => {
  assert.deepEqual(plain(H.needs("ruby", "")), ["highlight/core.js", "highlight/languages/ruby.min.js", "rouge/ruby.js"]);
  assert.deepEqual(plain(H.needs("sh", "")), ["rouge/shell.js"]);
  assert.deepEqual(plain(H.needs("console", "")), ["rouge/console.js", "rouge/shell.js"]);
  assert.deepEqual(plain(H.needs("html", "")), ["highlight/core.js", "highlight/languages/css.min.js", "highlight/languages/javascript.min.js",
    "highlight/languages/xml.min.js", "rouge/css.js", "rouge/html.js", "rouge/javascript.js"]);
  assert.deepEqual(plain(H.needs("ts", "")), ["highlight/core.js", "highlight/languages/typescript.min.js", "rouge/javascript.js"]);
  // Markdown: its fenced blocks' languages too
  assert.deepEqual(plain(H.needs("md", "# x\n")), ["rouge/markdown.js", "rouge/yaml.js"]);
  assert.deepEqual(plain(H.needs("md", "```ruby\nx\n```\n")), ["highlight/core.js", "highlight/languages/ruby.min.js", "rouge/markdown.js", "rouge/ruby.js", "rouge/yaml.js"]);
  assert.deepEqual(plain(H.files(["rb", "sh", "ruby"])), ["highlight/core.js", "highlight/languages/ruby.min.js", "rouge/ruby.js", "rouge/shell.js"]);
  // every file named exists
  const all = H.files(["shell", "console", "c", "cpp", "csharp", "css", "scss", "diff", "docker", "elixir", "erlang", "go", "haskell",
    "html", "xml", "ini", "toml", "java", "javascript", "json", "julia", "kotlin", "lua", "make", "markdown", "nginx", "perl", "php",
    "python", "r", "ruby", "rust", "scala", "sql", "swift", "typescript", "viml", "yaml", "nasm"]);
  const have = new Set(["highlight/core.js", ...allGrammars().map((g) => `highlight/languages/${g}.min.js`), ...allRules().map((r) => `rouge/${r}.js`)]);
  for (const f of all) assert.ok(have.has(f), f);
  assert.equal(all.filter((f) => f.startsWith("rouge/")).length, allRules().length, "every rule file is needed by some language");
});

test("deterministic: same text, same HTML, whatever else is loaded", () => {
  const samples = [["ruby", 'def x; "#{y}"; end\n'], ["html", "<style>a{color:red}</style><script>var x=1</script>\n"],
    ["php", "<p><?php echo $x; ?></p>\n"], ["javascript", "const a = <div>{x}</div>;\n"], ["markdown", "```python\nx = 1\n```\n"]];
  const all = load(); // every grammar, as the CLI
  const shuffled = load([...allGrammars()].reverse());
  for (const [lang, text] of samples) {
    const a = all.carnetHighlight.code(lang, text);
    assert.notEqual(a, null, lang);
    assert.equal(all.carnetHighlight.code(lang, text), a, `${lang}: twice`);
    assert.equal(shuffled.carnetHighlight.code(lang, text), a, `${lang}: grammars in another order`);
    // only what needs() lists
    const need = all.carnetHighlight.needs(lang, text).filter((f) => f.startsWith("highlight/languages/")).map((f) => f.slice(20, -7));
    assert.equal(load(need).carnetHighlight.code(lang, text), a, `${lang}: only its grammars`);
  }
});

test("refuses (null) when a file it needs is not loaded", () => {
  const partial = load(["ruby"]); // no xml, css, javascript
  assert.notEqual(partial.carnetHighlight.code("ruby", "x\n"), null);
  assert.equal(partial.carnetHighlight.code("html", "<p>x</p>\n"), null);
  assert.equal(partial.carnetHighlight.code("javascript", "x\n"), null);
  assert.notEqual(partial.carnetHighlight.code("shell", "ls\n"), null); // needs no grammar
  const none = load([]);
  assert.equal(none.carnetHighlight.code("ruby", "x\n"), null);
  assert.notEqual(none.carnetHighlight.code("yaml", "a: 1\n"), null);
});

test("edge cases: empty text, no final newline, astral characters, CRLF", () => {
  for (const lang of ["ruby", "python", "javascript", "shell", "yaml", "html", "css", "c", "markdown", "json"]) {
    assert.equal(H.code(lang, ""), "", lang);
    const t = "x = '😀 é' # 😀\r\ny";
    const html = H.code(lang, t);
    assert.notEqual(html, null, lang);
    // the text comes back whole (no character lost, split or added)
    assert.equal(chars(html).map(([c]) => c).join(""), t, lang);
    assert.doesNotMatch(html, /[\ud800-\udbff](<|$)/, `${lang}: a surrogate pair cut by a tag`);
  }
});

test("style/main.css: every syntax colour at least 4.5:1 on its background, both themes", async () => {
  const { check } = await import("./contrast.mjs");
  assert.deepEqual(check().problems, []);
});
