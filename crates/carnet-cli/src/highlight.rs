//! Colours the code blocks of the HTML `carnet build` and `carnet dump`
//! write, with the script the browser runs: `public/highlight.js` over the
//! vendored highlight.js (`vendor/highlight.js`), here in QuickJS, so a
//! prerendered page shows the same spans the app adds. Each script is
//! evaluated when a block first needs it (`carnetHighlight.needs`).

use std::cell::RefCell;
use std::collections::HashSet;

use anyhow::{anyhow, Result};
use rquickjs::function::This;
use rquickjs::{Context, Ctx, Function, Object, Runtime};

include!(concat!(env!("OUT_DIR"), "/scripts.rs"));

const CORE: &str = include_str!("../../../vendor/highlight.js/core.js");
const GLUE: &str = include_str!("../../../public/highlight.js");

pub struct Highlighter {
    // The context borrows the runtime's heap: the runtime must outlive it.
    context: Context,
    _runtime: Runtime,
    loaded: RefCell<HashSet<String>>,
}

impl Highlighter {
    pub fn new() -> Result<Highlighter> {
        let runtime = Runtime::new()?;
        let context = Context::full(&runtime)?;
        context.with(|ctx| eval(&ctx, GLUE, "highlight.js"))?;
        Ok(Highlighter {
            context,
            _runtime: runtime,
            loaded: RefCell::new(HashSet::new()),
        })
    }

    /// `html` with each code block the browser would colour coloured.
    pub fn html(&self, html: &str) -> String {
        let mut out = String::with_capacity(html.len() + html.len() / 2);
        let mut rest = html;
        while let Some(block) = next_block(rest) {
            out.push_str(&rest[..block.code_start]);
            let code = &rest[block.code_start..block.code_end];
            // Code with markup in it is coloured already (or is its author's
            // HTML): the browser leaves a block whose code has elements too.
            let coloured = if code.contains('<') {
                None
            } else {
                self.code(&block.lang, &unescape(code))
            };
            match coloured {
                Some(coloured) => out.push_str(&coloured),
                None => out.push_str(code),
            }
            rest = &rest[block.code_end..];
        }
        out.push_str(rest);
        out
    }

    /// The coloured inner HTML of one block, or `None` when carnet cannot colour it.
    fn code(&self, lang: &str, text: &str) -> Option<String> {
        self.context.with(|ctx| {
            let api: Object = ctx.globals().get("carnetHighlight").ok()?;
            let needs: Function = api.get("needs").ok()?;
            let needed: Option<Vec<String>> = needs.call((This(api.clone()), lang, text)).ok()?;
            for path in needed? {
                if self.loaded.borrow_mut().insert(path.clone()) {
                    let source = match path.as_str() {
                        "highlight/core.js" => CORE,
                        _ => SCRIPTS.iter().find(|(p, _)| *p == path)?.1,
                    };
                    eval(&ctx, source, &path).ok()?;
                }
            }
            let code: Function = api.get("code").ok()?;
            code.call((This(api), lang, text)).ok()?
        })
    }
}

fn eval(ctx: &Ctx<'_>, source: &str, name: &str) -> Result<()> {
    ctx.eval::<(), _>(source).map_err(|e| {
        let thrown = ctx.catch();
        anyhow!("the highlighter's {name} failed: {e}: {thrown:?}")
    })
}

/// Where a block's code is in the HTML, and its language.
struct Block {
    lang: String,
    code_start: usize,
    code_end: usize,
}

/// The next block the browser's `carnetHighlight.page` colours: Jekyll's
/// wrapper of fenced code, or the figure of `{% highlight %}` (the code cell
/// of its table with `linenos`).
fn next_block(html: &str) -> Option<Block> {
    let mut from = 0;
    loop {
        let wrapper = html[from..]
            .find("<div class=\"language-")
            .map(|i| i + from);
        let figure = html[from..]
            .find("<figure class=\"highlight\"><pre><code class=\"")
            .map(|i| i + from);
        let at = match (wrapper, figure) {
            (Some(w), Some(f)) => w.min(f),
            (w, f) => w.or(f)?,
        };
        let found = if Some(at) == wrapper {
            fenced(html, at)
        } else {
            tagged(html, at)
        };
        match found {
            Some(block) => return Some(block),
            None => from = at + 1,
        }
    }
}

fn fenced(html: &str, at: usize) -> Option<Block> {
    const INNER: &str = "><div class=\"highlight\"><pre class=\"highlight\"><code>";
    let tag_end = at + html[at..].find('>')?;
    let class_start = at + "<div class=\"".len();
    let class = &html[class_start..class_start + html[class_start..].find('"')?];
    if !class.split(' ').any(|c| c == "highlighter-rouge") || !html[tag_end..].starts_with(INNER) {
        return None;
    }
    let lang = class.split(' ').next()?.strip_prefix("language-")?;
    let code_start = tag_end + INNER.len();
    let code_end = code_start + html[code_start..].find("</code></pre></div></div>")?;
    Some(Block {
        lang: unescape(lang),
        code_start,
        code_end,
    })
}

fn tagged(html: &str, at: usize) -> Option<Block> {
    let tag_start = at + "<figure class=\"highlight\"><pre>".len();
    let tag_end = tag_start + html[tag_start..].find('>')? + 1;
    let tag = &html[tag_start..tag_end];
    let lang_start = tag.find(" data-lang=\"")? + " data-lang=\"".len();
    let lang = &tag[lang_start..lang_start + tag[lang_start..].find('"')?];
    const TABLE: &str = "<table class=\"rouge-table\">";
    const CELL: &str = "<td class=\"code\"><pre>";
    let (code_start, end_mark) = if html[tag_end..].starts_with(TABLE) {
        (
            tag_end + html[tag_end..].find(CELL)? + CELL.len(),
            "</pre></td>",
        )
    } else {
        (tag_end, "</code></pre></figure>")
    };
    let code_end = code_start + html[code_start..].find(end_mark)?;
    Some(Block {
        lang: unescape(lang),
        code_start,
        code_end,
    })
}

/// The text of escaped code, as the browser's `textContent` reads it.
fn unescape(html: &str) -> String {
    if !html.contains('&') {
        return html.to_string();
    }
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAP: &str = "<div class=\"highlight\"><pre class=\"highlight\"><code>";

    // The expected spans are what Rouge 3.30 (Jekyll 4.3's highlighter) writes
    // for the same code: `Rouge::Formatters::HTML.new.format(lexer.lex(code))`.
    #[test]
    fn fenced_code_gets_rouge_s_spans() {
        let html = format!(
            "<p>x</p>\n<div class=\"language-ruby highlighter-rouge\">{WRAP}def x(a) # c\n  a &amp;&amp; \"s\" &lt; 1\nend\n</code></pre></div></div>\n"
        );
        let coloured = Highlighter::new().unwrap().html(&html);
        assert_eq!(
            coloured,
            format!(
                "<p>x</p>\n<div class=\"language-ruby highlighter-rouge\">{WRAP}\
                 <span class=\"k\">def</span> <span class=\"nf\">x</span><span class=\"p\">(</span><span class=\"n\">a</span><span class=\"p\">)</span> <span class=\"c1\"># c</span>\n  \
                 <span class=\"n\">a</span> <span class=\"o\">&amp;&amp;</span> <span class=\"s2\">\"s\"</span> <span class=\"o\">&lt;</span> <span class=\"mi\">1</span>\n\
                 <span class=\"k\">end</span>\n</code></pre></div></div>\n"
            )
        );
    }

    #[test]
    fn a_highlight_tag_with_line_numbers_colours_only_the_code_cell() {
        let html = "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre>def f():\n    return \"x\"\n</pre></td></tr></tbody></table></code></pre></figure>";
        let coloured = Highlighter::new().unwrap().html(html);
        assert_eq!(
            coloured,
            "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre>\
             <span class=\"k\">def</span> <span class=\"nf\">f</span><span class=\"p\">():</span>\n    <span class=\"k\">return</span> <span class=\"s\">\"x\"</span>\n\
             </pre></td></tr></tbody></table></code></pre></figure>"
        );
    }

    #[test]
    fn code_already_coloured_is_left_as_it_is() {
        let highlighter = Highlighter::new().unwrap();
        let html = format!(
            "<div class=\"language-ruby highlighter-rouge\">{WRAP}def x\n</code></pre></div></div>\n"
        );
        let once = highlighter.html(&html);
        assert_ne!(once, html);
        assert_eq!(highlighter.html(&once), once);
    }

    #[test]
    fn plain_text_unknown_languages_and_other_markup_stay_as_they_are() {
        let highlighter = Highlighter::new().unwrap();
        for html in [
            format!("<div class=\"language-plaintext highlighter-rouge\">{WRAP}def x\n</code></pre></div></div>\n"),
            "<pre><code class=\"language-nosuch\">def x\n</code></pre>\n".to_string(),
            "<div class=\"language-ruby\"><p>def x</p></div>".to_string(),
            "<figure class=\"highlight\"><pre><code class=\"language-abap\" data-lang=\"abap\">x</code></pre></figure>".to_string(),
        ] {
            assert_eq!(highlighter.html(&html), html);
        }
    }
}
