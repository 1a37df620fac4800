//! Liquid as Jekyll 4 runs it in posts, before Markdown: the language
//! (output, tags, filters, with Ruby's values) and Jekyll's tags and filters
//! (`highlight`, `post_url`, `link`, `include`, `relative_url`, dates…).
//! What a tag needs from the site (include files, other posts' URLs) comes
//! through [`Host`], so the browser and the command line run the same code.
//!
//! Written for carnet rather than taken from the `liquid` crate: that crate
//! with Jekyll's filters is 460 KB of wasm after brotli (twice the whole app),
//! and it fails on undefined variables where Jekyll prints nothing.

mod expr;
mod filters;
mod lexer;
mod parse;
mod render;
pub mod site;
mod strftime;
pub mod value;

use std::fmt;

use crate::text::escape;
use crate::time::PostDate;
pub use filters::html_escape;
pub use site::{close_open_blocks, LiquidSite, PostLiquidError, PostSummary};
pub use strftime::strftime;
pub use value::{Object, Value};

/// Marks where a tag's HTML goes back after Markdown ran: `highlight`'s
/// `<figure>` is HTML that Markdown must neither parse nor drop in safe mode.
/// (Private-use characters apart from the ones Markdown's kramdown layer uses.)
const FRAGMENT_START: char = '\u{E010}';
const FRAGMENT_END: char = '\u{E011}';

/// A Liquid error, worded as Jekyll words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiquidError {
    pub line: usize,
    pub message: String,
    pub syntax: bool,
}

impl LiquidError {
    fn syntax(line: usize, message: String) -> LiquidError {
        LiquidError {
            line,
            message,
            syntax: true,
        }
    }

    fn runtime(line: usize, message: String) -> LiquidError {
        LiquidError {
            line,
            message,
            syntax: false,
        }
    }

    fn in_include(mut self, name: &str) -> LiquidError {
        if !self.message.contains(" (in ") {
            self.message = format!("{} (in {name})", self.message);
        }
        self
    }
}

impl fmt::Display for LiquidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.syntax {
            "Liquid syntax error"
        } else {
            "Liquid error"
        };
        write!(f, "{kind}: {}", self.message)
    }
}

impl std::error::Error for LiquidError {}

/// What Jekyll's tags and filters ask of the site.
pub trait Host {
    /// The text of `_includes/NAME`, or of NAME beside the post (`relative`).
    fn include(&self, name: &str, relative: bool) -> Result<String, String>;
    /// `{% post_url 2020-01-01-name %}`: the post's URL with `baseurl`.
    fn post_url(&self, name: &str) -> Option<String>;
    /// `{% link _posts/2020-01-01-name.md %}`: the URL of the file at that path.
    fn link(&self, path: &str) -> Option<String>;
    /// `site.time`: the build, in the site's zone.
    fn now(&self) -> PostDate;
    /// The same instant in the site's zone.
    fn local(&self, date: &PostDate) -> PostDate;
    fn markdownify(&self, text: &str) -> String;
    fn smartify(&self, text: &str) -> String;
    /// The HTML of `{% highlight %}`; plain until a highlighter is given.
    fn highlight(&self, lang: &str, linenos: bool, code: &str) -> String {
        plain_highlight(lang, linenos, code)
    }
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    nodes: Vec<parse::Node>,
}

impl Template {
    pub fn parse(source: &str) -> Result<Template, LiquidError> {
        Ok(Template {
            nodes: parse::parse(source)?,
        })
    }

    /// The files its `include` (false) and `include_relative` (true) tags name,
    /// where the name is written out (not made by Liquid), in order.
    pub fn include_names(&self) -> Vec<(String, bool)> {
        let mut names = Vec::new();
        parse::include_names(&self.nodes, &mut names);
        names
    }

    /// Runs the template with `globals` (`page`, `site`…).
    pub fn render(&self, globals: Object, host: &dyn Host) -> Result<Output, LiquidError> {
        let mut run = render::Run::new(host, globals);
        let mut text = String::new();
        run.nodes(&self.nodes, &mut text)?;
        Ok(run.finish(text))
    }
}

/// Liquid's output, with the HTML of tags held apart until Markdown has run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Output {
    pub text: String,
    pub fragments: Vec<String>,
    /// Posts, documents and includes tags named that were not there.
    pub missing: Vec<LiquidError>,
}

impl Output {
    /// Puts the tags' HTML back into the HTML Markdown made of `text`: a
    /// fragment alone in a paragraph replaces the paragraph, as an HTML block would.
    pub fn restore(&self, html: &str) -> String {
        if self.fragments.is_empty() {
            return html.to_string();
        }
        let mut out = html.to_string();
        for (i, fragment) in self.fragments.iter().enumerate() {
            let mark = format!("{FRAGMENT_START}{i}{FRAGMENT_END}");
            let block = format!("<p>{mark}</p>");
            out = if out.contains(&block) {
                out.replace(&block, fragment)
            } else {
                out.replace(&mark, fragment)
            };
        }
        out
    }
}

/// Whether a text has Liquid markup at all: most posts do not, and skip it.
pub fn has_liquid(text: &str) -> bool {
    text.contains("{{") || text.contains("{%")
}

/// Jekyll's `{% highlight %}` markup with Rouge's plain-text lexer: the
/// code escaped, Rouge's line-number table for `linenos`.
pub fn plain_highlight(lang: &str, linenos: bool, code: &str) -> String {
    let code = code
        .trim_start_matches(['\n', '\r'])
        .trim_end_matches(['\n', '\r']);
    let mut body = escape_code(code);
    if linenos {
        let lines = code.matches('\n').count() + 1;
        let numbers: String = (1..=lines).map(|n| format!("{n}\n")).collect();
        body = format!(
            "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">{numbers}</pre></td><td class=\"code\"><pre>{body}\n</pre></td></tr></tbody></table>"
        );
    }
    let class = escape(&lang.replace('+', "-"));
    format!(
        "<figure class=\"highlight\"><pre><code class=\"language-{class}\" data-lang=\"{}\">{body}</code></pre></figure>",
        escape(lang)
    )
}

/// Rouge escapes `&`, `<` and `>` only.
fn escape_code(code: &str) -> String {
    code.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
