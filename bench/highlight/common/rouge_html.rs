//! Shared by every Rust candidate: turns (text, Rouge class) runs into Jekyll/Rouge
//! markup. Text outside any mapped token gets a simple per-character fallback
//! (identifiers -> the language's name class, operator chars -> `o`, other
//! punctuation -> `p`), whitespace outside tokens gets no span, adjacent runs of one
//! class merge, and only `& < >` are escaped, as Rouge::Formatters::HTML does.

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Lang { Ruby, Python, Js, Shell, Yaml, Other }

impl Lang {
    pub fn of(token: &str) -> Lang {
        match token {
            "ruby" | "rb" => Lang::Ruby,
            "python" | "py" => Lang::Python,
            "javascript" | "js" => Lang::Js,
            "bash" | "sh" | "shell" | "console" | "zsh" => Lang::Shell,
            "yaml" | "yml" => Lang::Yaml,
            _ => Lang::Other,
        }
    }
    fn word(self) -> &'static str {
        match self { Lang::Ruby | Lang::Python | Lang::Other => "n", Lang::Js => "nx", Lang::Shell | Lang::Yaml => "" }
    }
    fn punct(self) -> &'static str { if self == Lang::Yaml { "pi" } else { "p" } }
}

pub struct Emitter {
    lang: Lang,
    out: String,
    cur: &'static str,
    buf: String,
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c { '&' => out.push_str("&amp;"), '<' => out.push_str("&lt;"), '>' => out.push_str("&gt;"), _ => out.push(c) }
    }
}

impl Emitter {
    pub fn new(token: &str) -> Emitter {
        let mut out = String::with_capacity(4096);
        out.push_str("<div class=\"language-");
        escape_into(&mut out, token);
        out.push_str(" highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>");
        Emitter { lang: Lang::of(token), out, cur: "", buf: String::new() }
    }

    fn flush(&mut self) {
        if self.buf.is_empty() { return; }
        if self.cur.is_empty() {
            escape_into(&mut self.out, &self.buf);
        } else {
            self.out.push_str("<span class=\"");
            self.out.push_str(self.cur);
            self.out.push_str("\">");
            escape_into(&mut self.out, &self.buf);
            self.out.push_str("</span>");
        }
        self.buf.clear();
    }

    fn put(&mut self, c: char, class: &'static str) {
        if class != self.cur { self.flush(); self.cur = class; }
        self.buf.push(c);
    }

    /// A run of source text with its Rouge class ("" = no token: use the fallback).
    pub fn push(&mut self, text: &str, class: &'static str) {
        for c in text.chars() {
            let k = if c == '\n' {
                ""
            } else if !class.is_empty() {
                class
            } else if c.is_whitespace() {
                ""
            } else if c.is_alphanumeric() || c == '_' {
                self.lang.word()
            } else if "=+-*/<>!&|%^~?".contains(c) {
                "o"
            } else if "()[]{},.;:".contains(c) {
                self.lang.punct()
            } else {
                ""
            };
            self.put(c, k);
        }
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out.push_str("</code></pre></div></div>");
        self.out
    }
}

/// The language set of issue 13 (aliases resolve to one engine name per candidate).
pub const SET: &[&str] = &[
    "bash", "sh", "shell", "console", "c", "cpp", "csharp", "css", "scss", "diff", "dockerfile", "elixir",
    "erlang", "go", "haskell", "html", "xml", "ini", "toml", "java", "javascript", "json", "julia", "kotlin",
    "lua", "makefile", "markdown", "nginx", "perl", "php", "python", "r", "ruby", "rust", "scala", "sql",
    "swift", "typescript", "vim", "yaml", "nasm",
];
