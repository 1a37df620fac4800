//! Code blocks as Jekyll writes them with kramdown and Rouge: a block in a
//! language Rouge knows (or in none: Jekyll's default is `plaintext`) is
//! wrapped in `<div class="language-X highlighter-rouge"><div class="highlight">
//! <pre class="highlight"><code>`; a language Rouge does not know stays
//! `<pre><code class="language-X">`. The code itself is left as text: the
//! highlighter (in the page, or in `carnet build`) colours the blocks after.

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};

use super::ial::{self, Attrs};
use crate::text::escape;

/// The name Jekyll gives a block without a language (kramdown's `default_lang`).
const DEFAULT_LANG: &str = "plaintext";

/// Every tag and alias of Rouge 3.30's lexers (the version Jekyll 4.3 uses),
/// sorted, space-separated: `ruby -e 'require "rouge"; …Rouge::Lexer.all…'`.
const ROUGE_NAMES: &str = include_str!("rouge-lexers.txt");

/// Whether Rouge has a lexer for a language as written (names are case-sensitive,
/// as `Rouge::Lexer.find` reads them; `ruby?opt=1` names the lexer `ruby`).
pub fn rouge_knows(lang: &str) -> bool {
    let name = lang.split('?').next().unwrap_or(lang);
    ROUGE_NAMES
        .split_ascii_whitespace()
        .any(|known| known == name)
}

/// Whether code in this language is for a highlighter to colour: Rouge
/// knows it and it is not plain text.
pub fn highlights(lang: &str) -> bool {
    !matches!(lang, "plaintext" | "text") && rouge_knows(lang)
}

/// Rewrites each code block of the stream as Jekyll writes it, the block's
/// attribute list (kramdown's `{: …}`, taken from `attrs`) on its outer
/// element.
pub fn jekyll_code_blocks<'a>(events: Vec<Event<'a>>, attrs: &mut [Attrs]) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut closing: Option<&'static str> = None;
    for event in events {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                // The attribute list's marker, if any, stands just before the block.
                let marked = match out.last() {
                    Some(Event::InlineHtml(html)) => ial::marker_index(html),
                    _ => None,
                };
                let list = marked
                    .and_then(|i| attrs.get_mut(i))
                    .map(std::mem::take)
                    .unwrap_or_default();
                if marked.is_some() {
                    out.pop();
                }
                let block = Block::new(&kind, list);
                closing = Some(block.closing());
                out.push(Event::Html(block.opening().into()));
            }
            Event::End(TagEnd::CodeBlock) => {
                // kramdown's code always ends with a newline; pulldown-cmark's
                // does not when the post ends inside an indented block.
                if matches!(out.last(), Some(Event::Text(t)) if !t.ends_with('\n')) {
                    out.push(Event::Text(CowStr::Borrowed("\n")));
                }
                out.push(Event::Html(CowStr::Borrowed(
                    closing.take().unwrap_or("</code></pre>\n"),
                )));
            }
            other => out.push(other),
        }
    }
    out
}

/// The languages a post's source asks a highlighter for, read from its fence
/// lines and `{% highlight %}` tags without rendering it: the index carries
/// them so a page can fetch the highlighter while the post downloads.
/// (A hint: the page colours whatever blocks its HTML has.)
pub fn languages_in_source(source: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut add = |lang: &str| {
        if highlights(lang) && !found.iter().any(|f| f == lang) {
            found.push(lang.to_string());
        }
    };
    let mut open_fence: Option<&str> = None;
    for line in source.lines() {
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() <= 3 {
            let fence_len = trimmed.len() - trimmed.trim_start_matches(['`', '~']).len();
            let fence = &trimmed[..fence_len];
            let one_char = fence.chars().all(|c| fence.starts_with(c));
            if fence_len >= 3 && one_char {
                match open_fence {
                    Some(open) if fence.starts_with(open) => open_fence = None,
                    Some(_) => {}
                    None => {
                        open_fence = Some(fence);
                        if let Some(lang) = trimmed[fence_len..].split_whitespace().next() {
                            add(lang);
                        }
                    }
                }
                continue;
            }
        }
        let mut rest = line;
        while let Some(at) = rest.find("{%") {
            rest = &rest[at + 2..];
            let tag = rest.trim_start_matches('-').trim_start();
            if let Some(args) = tag.strip_prefix("highlight ") {
                if let Some(lang) = args.split_whitespace().next() {
                    add(lang);
                }
            }
        }
    }
    found
}

/// One code block's markup, worked out as kramdown's `convert_codeblock` does.
struct Block {
    /// The language the code is in, as the author wrote it.
    lang: String,
    /// Whether Rouge takes it (the Jekyll wrapper), or leaves it plain.
    highlighted: bool,
    /// The outer element's attributes.
    attrs: Attrs,
}

impl Block {
    fn new(kind: &CodeBlockKind, mut attrs: Attrs) -> Block {
        // The GFM parser writes a fence's language as the first class.
        if let CodeBlockKind::Fenced(info) = kind {
            if let Some(lang) = info.split_whitespace().next() {
                let classes = attrs
                    .iter()
                    .find(|(n, _)| n == "class")
                    .map(|(_, v)| v.clone());
                let joined = match classes {
                    Some(rest) => format!("language-{lang} {rest}"),
                    None => format!("language-{lang}"),
                };
                set_class(&mut attrs, Some(joined));
            }
        }
        let lang = take_language(&mut attrs);
        let highlighted = lang.as_deref().is_none_or(rouge_knows);
        let lang = lang.unwrap_or_else(|| DEFAULT_LANG.to_string());
        if highlighted {
            // kramdown's add_syntax_highlighter_to_class_attr: the class first, then Rouge's.
            let class = attrs
                .iter()
                .find(|(n, _)| n == "class")
                .map(|(_, v)| v.as_str());
            let class = match class {
                Some(rest) => format!("language-{lang} {rest} highlighter-rouge"),
                None => format!("language-{lang} highlighter-rouge"),
            };
            set_class(&mut attrs, Some(class));
        }
        Block {
            lang,
            highlighted,
            attrs,
        }
    }

    fn opening(&self) -> String {
        let mut out = String::from(if self.highlighted { "<div" } else { "<pre" });
        for (name, value) in &self.attrs {
            out.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
        if self.highlighted {
            out.push_str("><div class=\"highlight\"><pre class=\"highlight\"><code>");
        } else {
            out.push_str(&format!(
                "><code class=\"language-{}\">",
                escape(&self.lang)
            ));
        }
        out
    }

    fn closing(&self) -> &'static str {
        if self.highlighted {
            "</code></pre></div></div>\n"
        } else {
            "</code></pre>\n"
        }
    }
}

/// kramdown's `extract_code_language!`: the first `language-X` class is the
/// block's language, and is taken out of the classes.
fn take_language(attrs: &mut Attrs) -> Option<String> {
    let class = &attrs.iter().find(|(n, _)| n == "class")?.1;
    let mut words: Vec<&str> = class.split_whitespace().collect();
    let at = words.iter().position(|w| w.starts_with("language-"))?;
    let lang = words.remove(at)["language-".len()..].to_string();
    let rest = (!words.is_empty()).then(|| words.join(" "));
    set_class(attrs, rest);
    Some(lang)
}

/// Sets or removes the class attribute, keeping its place among the others.
fn set_class(attrs: &mut Attrs, class: Option<String>) {
    let at = attrs.iter().position(|(n, _)| n == "class");
    match (at, class) {
        (Some(i), Some(class)) => attrs[i].1 = class,
        (Some(i), None) => {
            attrs.remove(i);
        }
        (None, Some(class)) => attrs.push(("class".into(), class)),
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::{render_markdown, RenderOptions};

    fn html(markdown: &str) -> String {
        render_markdown(markdown, &RenderOptions::default()).html
    }

    const OPEN: &str = r#"><div class="highlight"><pre class="highlight"><code>"#;
    const CLOSE: &str = "</code></pre></div></div>\n";

    // Expected markup from `jekyll build` (4.3.1, kramdown 2.4, Rouge 3.30)
    // of the same Markdown, with Rouge's spans taken out.
    #[test]
    fn blocks_are_wrapped_as_jekyll_wraps_them() {
        assert_eq!(
            html("```ruby\nx = 1\n```"),
            format!("<div class=\"language-ruby highlighter-rouge\"{OPEN}x = 1\n{CLOSE}")
        );
        assert_eq!(
            html("```\nplain\n```\n\n    indented"),
            format!(
                "<div class=\"language-plaintext highlighter-rouge\"{OPEN}plain\n{CLOSE}\
                 <div class=\"language-plaintext highlighter-rouge\"{OPEN}indented\n{CLOSE}"
            )
        );
        assert_eq!(
            html("~~~ python\nprint(\"x\")\n~~~"),
            format!("<div class=\"language-python highlighter-rouge\"{OPEN}print(\"x\")\n{CLOSE}")
        );
    }

    #[test]
    fn a_language_rouge_does_not_know_stays_plain() {
        assert_eq!(
            html("```nosuchlang\na < b\n```"),
            "<pre><code class=\"language-nosuchlang\">a &lt; b\n</code></pre>\n"
        );
        // Rouge's names are case-sensitive: `Ruby` is no lexer, `Dockerfile` is one.
        assert!(html("```Ruby\nx\n```").starts_with("<pre><code class=\"language-Ruby\">"));
        assert!(html("```Dockerfile\nFROM x\n```")
            .starts_with("<div class=\"language-Dockerfile highlighter-rouge\">"));
    }

    #[test]
    fn attribute_lists_give_the_language_and_the_outer_attributes() {
        assert_eq!(
            html("~~~\ndef x; end\n~~~\n{: .language-ruby}"),
            format!("<div class=\"language-ruby highlighter-rouge\"{OPEN}def x; end\n{CLOSE}")
        );
        assert_eq!(
            html("```ruby\nx = 1\n```\n{: .cb #i}"),
            format!(
                "<div class=\"language-ruby cb highlighter-rouge\" id=\"i\"{OPEN}x = 1\n{CLOSE}"
            )
        );
        assert_eq!(
            html("    indented\n{: .language-python}"),
            format!("<div class=\"language-python highlighter-rouge\"{OPEN}indented\n{CLOSE}")
        );
    }

    #[test]
    fn code_is_escaped_as_rouge_escapes_it() {
        assert_eq!(
            html("```js\na && b < c > \"d\"\n```"),
            format!("<div class=\"language-js highlighter-rouge\"{OPEN}a &amp;&amp; b &lt; c &gt; \"d\"\n{CLOSE}")
        );
    }

    #[test]
    fn the_languages_to_colour_are_listed_once_in_order() {
        let source =
            "```ruby\na\n```\n\n```\nb\n```\n\n```nosuch\nc\n```\n\n```py\nd\n```\n\n```ruby\ne\n```";
        assert_eq!(languages_in_source(source), ["ruby", "py"]);
        assert!(highlights("console") && highlights("Dockerfile"));
        assert!(!highlights("plaintext") && !highlights("text") && !highlights("ruby "));
    }

    #[test]
    fn the_source_says_which_languages_a_post_needs() {
        let source = "Intro\n\n```ruby\nputs 1\n```\n\n~~~~ python extra\n```js\n~~~~\n\n   ```\nplain\n```\n\n\
                      {% highlight yaml linenos %}\na: 1\n{% endhighlight %} {%- highlight ruby -%}\n\n```nosuch\n```";
        assert_eq!(languages_in_source(source), ["ruby", "python", "yaml"]);
    }
}
