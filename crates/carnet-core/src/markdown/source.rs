//! kramdown's syntax that CommonMark would misread, taken out of the text
//! before pulldown-cmark parses it: attribute lists and their definitions,
//! abbreviation definitions, extensions (`{::comment}`, `{::nomarkdown}`,
//! `{::options}`), `$$` math and `markdown="1"` HTML blocks.
//!
//! What must reappear later is stashed and replaced by a marker that
//! pulldown-cmark passes through as HTML, and `attach` puts the stashed
//! piece in its place. A line's marker is a comment (`<!--\u{E000}3-->`),
//! which ends the paragraph, list or table before it as kramdown's attribute
//! line does; within a line it is a tag (`<kd m="\u{E000}3">`), which
//! never starts an HTML block there, even at the start of a line.

use super::attach::without_markdown_attribute;
use super::ial::{self, Definitions, Ial};

/// Opens a stash marker; no author can write it (see `prepare`).
const STASH: char = '\u{E000}';

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `{: …}` on a line of its own, for the block before it, or after it
    /// when a blank line (or nothing) comes before.
    BlockIal { ial: Ial, before: bool },
    /// `{: …}` within a line, for the span element just before it.
    SpanIal(Ial),
    /// `{::nomarkdown}` content, HTML as written.
    Raw(String),
    /// `$$…$$`, as kramdown writes it for MathJax.
    Math(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stashed {
    /// The text it replaced, put back where the marker lands in code.
    pub original: String,
    pub kind: Kind,
}

#[derive(Debug, Default)]
pub struct Prepared {
    pub text: String,
    pub stash: Vec<Stashed>,
    /// `{:name: …}` attribute list definitions.
    pub definitions: Definitions,
    /// `*[HTML]: Hyper Text Markup Language`, longest word first.
    pub abbreviations: Vec<(String, String)>,
    /// False after `{::options auto_ids="false" /}`.
    pub auto_ids: bool,
}

/// The index a stash marker stands for, if `html` is one.
pub fn marker_index(html: &str) -> Option<usize> {
    let html = html.trim_end();
    let inner = html
        .strip_prefix("<!--")
        .and_then(|m| m.strip_suffix("-->"));
    let inner = inner.or_else(|| html.strip_prefix("<kd m=\"")?.strip_suffix("\">"))?;
    inner.strip_prefix(STASH)?.parse().ok()
}

fn marker(index: usize, inline: bool) -> String {
    if inline {
        format!("<kd m=\"{STASH}{index}\">")
    } else {
        format!("<!--{STASH}{index}-->")
    }
}

/// Puts back the text of markers that landed in code, where kramdown syntax is literal.
pub fn restore<'s>(text: &'s str, stash: &[Stashed]) -> std::borrow::Cow<'s, str> {
    if !text.contains(STASH) {
        return text.into();
    }
    let mut out = text.to_string();
    for (i, piece) in stash.iter().enumerate().rev() {
        for inline in [false, true] {
            out = out.replace(&marker(i, inline), &piece.original);
        }
    }
    out.into()
}

pub fn prepare(markdown: &str) -> Prepared {
    // The private-use characters carnet uses as markers, should an author type them.
    let clean = markdown.replace([STASH, ial::MARK, '\u{E002}'], "\u{FFFD}");
    let mut scanner = Scanner {
        out: Prepared {
            auto_ids: true,
            ..Prepared::default()
        },
        prev_blank: true,
        prev_ial: None,
        closers: Vec::new(),
        parse_block_html: false,
    };
    let mut lines = clean.split_inclusive('\n');
    let mut fence: Option<String> = None;
    let mut code = Code::default();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if let Some(open) = &fence {
            let fence_char = open.chars().next().unwrap_or('`');
            if trimmed.starts_with(open.as_str()) && trimmed.trim_matches(fence_char).is_empty() {
                fence = None;
            }
            scanner.out.text.push_str(line);
        } else if code.is_code(line, scanner.prev_blank) {
            scanner.emit(line);
        } else if let Some(open) = fence_opening(trimmed) {
            fence = Some(open);
            scanner.emit(line);
        } else {
            scanner.line(line, &mut lines);
        }
    }
    scanner.out
}

/// Tells indented code, where kramdown syntax is literal, from the
/// indented lines of a list item.
#[derive(Default)]
struct Code {
    in_code: bool,
    in_list: bool,
}

impl Code {
    fn is_code(&mut self, line: &str, prev_blank: bool) -> bool {
        let body = line.trim_end();
        if body.is_empty() {
            return self.in_code;
        }
        let trimmed = body.trim_start();
        let indent: usize = body[..body.len() - trimmed.len()]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        self.in_code = indent >= 4 && !self.in_list && (prev_blank || self.in_code);
        if indent < 4 && !self.in_code {
            let marker = trimmed.split(' ').next().unwrap_or("");
            let bullet = matches!(marker, "*" | "-" | "+");
            let numbered = marker.ends_with(['.', ')'])
                && marker.len() > 1
                && marker[..marker.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit());
            if bullet || numbered {
                self.in_list = true;
            } else if indent == 0 && prev_blank {
                self.in_list = false;
            }
        }
        self.in_code
    }
}

/// The run of backticks or tildes that opens a fenced code block.
fn fence_opening(trimmed: &str) -> Option<String> {
    let c = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let run: String = trimmed.chars().take_while(|&x| x == c).collect();
    // A backtick in the info string makes ```` ```a``` ```` a code span.
    let info_ok = c == '~' || !trimmed[run.len()..].contains('`');
    (run.len() >= 3 && info_ok).then_some(run)
}

struct Scanner {
    out: Prepared,
    prev_blank: bool,
    /// After an attribute line: whether it went to the block before it.
    prev_ial: Option<bool>,
    /// `</div>` lines of `markdown="1"` blocks yet to come, and how many
    /// same-named elements are open inside.
    closers: Vec<(String, usize)>,
    /// After `{::options parse_block_html="true" /}`: block elements' content
    /// is Markdown without `markdown="1"`.
    parse_block_html: bool,
}

impl Scanner {
    fn emit(&mut self, line: &str) {
        self.out.text.push_str(line);
        self.prev_blank = line.trim().is_empty();
        self.prev_ial = None;
    }

    fn stash(&mut self, original: &str, kind: Kind, inline: bool) -> String {
        self.out.stash.push(Stashed {
            original: original.to_string(),
            kind,
        });
        marker(self.out.stash.len() - 1, inline)
    }

    fn line<'t>(&mut self, line: &'t str, lines: &mut (impl Iterator<Item = &'t str> + Clone)) {
        let trimmed = line.trim();
        let indent = line.len() - line.trim_start().len();
        if trimmed.is_empty() {
            return self.emit(line);
        }
        if indent <= 3 && self.definition(trimmed) {
            return;
        }
        if indent <= 3 && self.block_extension(line, lines) {
            return;
        }
        if self.block_ial(line) {
            return;
        }
        if self.prev_blank && trimmed.starts_with("$$") {
            return self.block_math(line, lines);
        }
        if indent <= 3 && self.raw_html(line, lines) {
            return;
        }
        let (opens, closes) = self.html_block(trimmed);
        if closes {
            self.emit("\n");
        }
        let inline = self.inline(line);
        self.emit(&inline);
        if opens {
            self.emit("\n");
        }
    }

    /// `{:name: …}` and `*[word]: …`: remembered, their line gone.
    fn definition(&mut self, trimmed: &str) -> bool {
        if let Some(inner) = trimmed.strip_prefix("{:").and_then(|t| t.strip_suffix('}')) {
            let Some((name, list)) = inner.split_once(':') else {
                return false;
            };
            let named = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_-".contains(c));
            if let (true, Some(ial)) = (named, ial::parse(list)) {
                self.out.definitions.push((name.to_string(), ial));
                return true;
            }
            return false;
        }
        let Some((word, title)) = trimmed.strip_prefix("*[").and_then(|t| t.split_once("]:"))
        else {
            return false;
        };
        if word.is_empty() {
            return false;
        }
        // Longest first, so `HTML5` is marked before `HTML`; inserted in
        // place, as a sort would cost the wasm app more.
        let words = &mut self.out.abbreviations;
        let at = words.partition_point(|(known, _)| known.len() >= word.len());
        words.insert(at, (word.to_string(), title.trim().to_string()));
        true
    }

    /// `{::options … /}`, and `{::comment}` or `{::nomarkdown}` opening a block of lines.
    fn block_extension<'t>(
        &mut self,
        line: &'t str,
        lines: &mut impl Iterator<Item = &'t str>,
    ) -> bool {
        let trimmed = line.trim();
        if !trimmed.starts_with("{::") {
            return false;
        }
        if trimmed.starts_with("{::options") && trimmed.ends_with("/}") {
            if trimmed.contains("auto_ids=\"false\"") {
                self.out.auto_ids = false;
            }
            if let Some(on) = option(trimmed, "parse_block_html") {
                self.parse_block_html = on;
            }
            return true;
        }
        let name = ["comment", "nomarkdown"]
            .into_iter()
            .find(|name| trimmed == format!("{{::{name}}}"));
        let Some(name) = name else { return false };
        let close = format!("{{:/{name}}}");
        let mut body = String::new();
        let mut original = line.to_string();
        for next in lines.by_ref() {
            original.push_str(next);
            let t = next.trim();
            if t == close || t == "{:/}" {
                break;
            }
            body.push_str(next);
        }
        if name == "nomarkdown" {
            let marker = self.stash(original.trim_end(), Kind::Raw(body), false);
            self.emit(&format!("{marker}\n"));
        }
        true
    }

    /// A line that is only `{: …}`: its marker keeps the line's indent and
    /// quote marks so it lands in the same list item or quote.
    fn block_ial(&mut self, line: &str) -> bool {
        let body = line.trim_end();
        let content = body.trim_start_matches([' ', '\t', '>']);
        let prefix = &body[..body.len() - content.len()];
        let inner = content
            .strip_prefix("{:")
            .and_then(|c| c.strip_suffix('}'))
            .filter(|i| !i.starts_with([':', '/']));
        let Some(ial) = inner.and_then(ial::parse) else {
            return false;
        };
        let before = self.prev_ial.unwrap_or(self.prev_blank);
        let marker = self.stash(content, Kind::BlockIal { ial, before }, false);
        self.out.text.push_str(&format!("{prefix}{marker}\n"));
        self.prev_ial = Some(before);
        true
    }

    /// `$$` opening a block: kramdown's MathJax markup, `\[…\]`.
    fn block_math<'t>(&mut self, line: &'t str, lines: &mut impl Iterator<Item = &'t str>) {
        let mut original = line.to_string();
        let mut closed = line.trim().len() >= 4 && line.trim().ends_with("$$");
        while !closed {
            let Some(next) = lines.next() else { break };
            original.push_str(next);
            closed = next.trim_end().ends_with("$$");
        }
        let body = original.trim();
        let body = body.strip_prefix("$$").unwrap_or(body);
        let body = body.strip_suffix("$$").unwrap_or(body);
        let html = format!("\\[{}\\]\n", escape_math(body.trim()));
        let marker = self.stash(original.trim_end(), Kind::Math(html), false);
        self.emit(&format!("{marker}\n"));
    }

    /// An HTML element with blank lines inside, which CommonMark would end at
    /// the first: kramdown reads it to its closing tag, as one raw block.
    fn raw_html<'t>(
        &mut self,
        line: &'t str,
        lines: &mut (impl Iterator<Item = &'t str> + Clone),
    ) -> bool {
        let trimmed = line.trim();
        let Some(name) = raw_block_name(trimmed).filter(|_| self.opening(trimmed).is_none()) else {
            return false;
        };
        let Some(count) = raw_element_lines(&name, line, lines.clone()) else {
            return false;
        };
        let mut original = line.to_string();
        original.extend(lines.take(count));
        let html = format!(
            "{}{}",
            without_markdown_attribute(line.into()),
            &original[line.len()..]
        );
        let prefix = &line[..line.len() - line.trim_start().len()];
        let marker = self.stash(&original, Kind::Raw(html), false);
        self.emit(&format!("{prefix}{marker}\n"));
        true
    }

    /// `markdown="1"` on a block element: blank lines after its opening tag
    /// and before its closing tag make CommonMark read its content as
    /// Markdown between two HTML blocks. Says whether this line opens or closes one.
    fn html_block(&mut self, trimmed: &str) -> (bool, bool) {
        if let Some(name) = self.opening(trimmed) {
            self.closers.push((name, 0));
            return (true, false);
        }
        let Some((name, depth)) = self.closers.last_mut() else {
            return (false, false);
        };
        let closing = format!("</{name}>");
        if trimmed.starts_with(&closing) && *depth == 0 {
            self.closers.pop();
            return (false, true);
        }
        *depth += trimmed.matches(&format!("<{name}")).count();
        *depth = depth.saturating_sub(trimmed.matches(&closing).count());
        (false, false)
    }

    /// The element name of a line that is only the opening tag of a block
    /// whose content kramdown reads as Markdown.
    fn opening(&self, trimmed: &str) -> Option<String> {
        let tag = trimmed
            .strip_prefix('<')
            .filter(|_| trimmed.ends_with('>'))?;
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let marked = trimmed.contains("markdown=\"1\"") || trimmed.contains("markdown=\"block\"");
        let by_option = self.parse_block_html
            && !trimmed.contains("markdown=\"0\"")
            && is_one_of(&name.to_ascii_lowercase(), BLOCK_CONTENT);
        let closed = trimmed.contains(&format!("</{name}>"));
        (!name.is_empty() && (marked || by_option) && !closed).then_some(name)
    }

    /// Span-level kramdown in one line, code spans and escapes left alone.
    fn inline(&mut self, line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        let mut rest = line;
        while let Some(i) = rest.find(['`', '\\', '{', '$', ']']) {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            let taken = self.span(rest, &mut out);
            rest = &rest[taken..];
        }
        out.push_str(rest);
        out
    }

    /// Handles the construct at the head of `text`, writes it, returns its length.
    fn span(&mut self, text: &str, out: &mut String) -> usize {
        let take = |n: usize, out: &mut String| {
            out.push_str(&text[..n]);
            n
        };
        if text.starts_with('`') {
            let run = text.len() - text.trim_start_matches('`').len();
            let close = text[run..]
                .find(&text[..run])
                .map_or(run, |end| run + end + run);
            return take(close, out);
        }
        if let Some(escaped) = text.strip_prefix('\\') {
            return take(1 + escaped.chars().next().map_or(0, char::len_utf8), out);
        }
        if let Some(n) = self.span_extension(text, out) {
            return n;
        }
        if let Some(n) = spaced_link_target(text, out) {
            return n;
        }
        if let Some(body) = text.strip_prefix("$$") {
            if let Some(end) = body.find("$$").filter(|&end| end > 0) {
                let html = format!("\\({}\\)", escape_math(&body[..end]));
                out.push_str(&self.stash(&text[..end + 4], Kind::Math(html), true));
                return end + 4;
            }
        }
        if let Some(end) = text.strip_prefix("{:").and_then(|t| t.find('}')) {
            let inner = &text[2..end + 2];
            if let Some(ial) = ial::parse(inner).filter(|_| !inner.starts_with([':', '/'])) {
                out.push_str(&self.stash(&text[..end + 3], Kind::SpanIal(ial), true));
                return end + 3;
            }
        }
        take(1, out)
    }

    /// `{::comment}…{:/comment}`, `{::comment /}`, `{::options … /}` (gone) and
    /// `{::nomarkdown}…{:/}` (stashed) within a line.
    fn span_extension(&mut self, text: &str, out: &mut String) -> Option<usize> {
        let tag = text.strip_prefix("{::")?;
        let name_len = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let name = &tag[..name_len];
        let head_end = text.find('}')? + 1;
        if text[..head_end].ends_with("/}") {
            return matches!(name, "comment" | "options").then_some(head_end);
        }
        let body = &text[head_end..];
        let (end, close_len) = [format!("{{:/{name}}}"), "{:/}".to_string()]
            .iter()
            .filter_map(|close| body.find(close.as_str()).map(|at| (at, close.len())))
            .min()?;
        match name {
            "comment" => {}
            "nomarkdown" => {
                let raw = Kind::Raw(body[..end].to_string());
                out.push_str(&self.stash(&text[..head_end + end + close_len], raw, true));
            }
            _ => return None,
        }
        Some(head_end + end + close_len)
    }
}

/// `true` or `false` for `name="…"` in an `{::options … /}` line.
fn option(line: &str, name: &str) -> Option<bool> {
    let value = line.split(&format!("{name}=\"")).nth(1)?;
    Some(value.starts_with("true"))
}

/// kramdown's elements whose content `parse_block_html` reads as Markdown blocks.
const BLOCK_CONTENT: &str = "address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td";

/// Elements that open a paragraph in kramdown, not an HTML block, or that
/// have no closing tag.
const NOT_RAW_BLOCKS: &str = "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var area base col command embed hr keygen link meta param source track wbr";

/// Whether `name` is one of the space-separated `names` (a string costs the
/// wasm app less than a table of strings).
fn is_one_of(name: &str, names: &str) -> bool {
    names.split(' ').any(|n| n == name)
}

/// The element a line opens an HTML block with, lowercased, if kramdown reads it as one.
fn raw_block_name(trimmed: &str) -> Option<String> {
    let tag = trimmed.strip_prefix('<')?;
    let len = tag
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(tag.len());
    let name = tag[..len].to_ascii_lowercase();
    let starts_tag = tag[len..].starts_with([' ', '\t', '>', '\n']) || tag.len() == len;
    let first_letter = name.starts_with(|c: char| c.is_ascii_alphabetic());
    (first_letter && starts_tag && !is_one_of(&name, NOT_RAW_BLOCKS)).then_some(name)
}

/// How many lines after `first` the element it opens goes on for, when its
/// closing tag ends a line and a blank line comes before it (else CommonMark
/// reads it as kramdown does). Elements of the same name inside are counted.
fn raw_element_lines<'t>(
    name: &str,
    first: &'t str,
    rest: impl Iterator<Item = &'t str>,
) -> Option<usize> {
    let mut depth = 0usize;
    let mut blank = false;
    for (count, line) in std::iter::once(first).chain(rest).enumerate() {
        blank |= count > 0 && line.trim().is_empty();
        if let Some(after) = close_in(name, &line.to_ascii_lowercase(), &mut depth) {
            let ends_line = line[line.len() - after.len()..].trim().is_empty();
            return (blank && ends_line && count > 0).then_some(count);
        }
    }
    None
}

/// Follows the tags named `name` in `line`, `depth` of them open; when the
/// first one closes, returns what follows its closing tag.
fn close_in<'l>(name: &str, line: &'l str, depth: &mut usize) -> Option<&'l str> {
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let closing = rest.strip_prefix('/');
        let Some(after) = closing.unwrap_or(rest).strip_prefix(name) else {
            continue;
        };
        if !after.starts_with([' ', '\t', '\r', '\n', '>', '/']) && !after.is_empty() {
            continue;
        }
        if closing.is_none() {
            *depth += 1;
            continue;
        }
        *depth = depth.saturating_sub(1);
        if *depth == 0 {
            return after.find('>').map(|end| &after[end + 1..]);
        }
    }
    None
}

/// `[text](A classic talk)`: kramdown takes a link target with spaces,
/// CommonMark does not; written again with `%20`, as the link's `href` would
/// have them anyway (and harmless should the line be raw HTML). Only for a `]`
/// that closes a `[` of the line, and a title in quotes stays one.
fn spaced_link_target(text: &str, out: &mut String) -> Option<usize> {
    let inner = text.strip_prefix("](").filter(|_| open_bracket(out))?;
    let mut depth = 0usize;
    let close = inner.find(|c: char| {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return true,
            ')' => depth -= 1,
            _ => {}
        }
        c == '\n'
    })?;
    let (target, title) = split_title(&inner[..close]);
    let target = target.trim();
    let spaced = target.contains([' ', '\t']) && !target.starts_with('<');
    if !spaced || inner[close..].starts_with('\n') {
        return None;
    }
    let target = target.replace(' ', "%20").replace('\t', "%09");
    let space = if title.is_empty() { "" } else { " " };
    out.push_str(&format!("]({target}{space}{title})"));
    Some(2 + close + 1)
}

/// Whether `line` has a `[` not closed, not escaped.
fn open_bracket(line: &str) -> bool {
    let mut open = 0usize;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '[' if !escaped => open += 1,
            ']' if !escaped => open = open.saturating_sub(1),
            _ => {}
        }
        escaped = c == '\\' && !escaped;
    }
    open > 0
}

/// A link's target and its title in quotes, if it has one.
fn split_title(inner: &str) -> (&str, &str) {
    let inner = inner.trim_end();
    let Some(quote) = inner.chars().last().filter(|c| matches!(c, '"' | '\'')) else {
        return (inner, "");
    };
    let body = &inner[..inner.len() - 1];
    match body.rfind(quote) {
        Some(open) if body[..open].ends_with([' ', '\t']) => inner.split_at(open),
        _ => (inner, ""),
    }
}

/// kramdown escapes math as text: `&`, `<` and `>`.
fn escape_math(tex: &str) -> String {
    tex.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
