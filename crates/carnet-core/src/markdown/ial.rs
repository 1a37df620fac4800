//! kramdown's inline attribute lists: `{: #id .class key="value" ref}`,
//! their definitions (`{:ref: …}`) and how their attributes land on the
//! element pulldown-cmark wrote.

use super::safe::is_dangerous;
use crate::text::escape;

/// Attributes in the order kramdown writes them: first use of a name first,
/// classes joined.
pub type Attrs = Vec<(String, String)>;

/// Attribute list definitions by name, in the order written (a few per post:
/// a list costs the wasm app less than another map type).
pub type Definitions = Vec<(String, Ial)>;

/// One attribute list as written: references to definitions, then its own attributes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ial {
    pub refs: Vec<String>,
    pub attrs: Attrs,
}

/// Starts an attribute marker in the HTML stream (see `patch`); authors
/// cannot write it, `source::prepare` replaces it in their text.
pub const MARK: char = '\u{E001}';
const MARK_END: char = '\u{E002}';

/// Parses what is between `{:` and `}`; `None` if it is not an attribute
/// list, so the text stays as written.
pub fn parse(inner: &str) -> Option<Ial> {
    let mut ial = Ial::default();
    let mut rest = inner.trim_start();
    while !rest.is_empty() {
        let (token, after) = token(rest)?;
        match token {
            Token::Id(id) => set(&mut ial.attrs, "id", id),
            Token::Class(class) => set(&mut ial.attrs, "class", class),
            Token::Pair(key, value) => set(&mut ial.attrs, key, value),
            Token::Ref(name) => ial.refs.push(name.to_string()),
        }
        rest = after.trim_start();
    }
    Some(ial)
}

enum Token<'a> {
    Id(&'a str),
    Class(&'a str),
    Pair(&'a str, String),
    Ref(&'a str),
}

fn is_name(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | ':')
}

fn token(text: &str) -> Option<(Token<'_>, &str)> {
    let name_end = |s: &str| s.find(|c: char| !is_name(c)).unwrap_or(s.len());
    if let Some(rest) = text.strip_prefix(['#', '.']) {
        let end = name_end(rest);
        let (name, after) = rest.split_at(end);
        if name.is_empty() {
            return None;
        }
        let token = if text.starts_with('#') {
            Token::Id(name)
        } else {
            Token::Class(name)
        };
        return Some((token, after));
    }
    let end = name_end(text);
    let (name, after) = text.split_at(end);
    if name.is_empty() {
        return None;
    }
    match after.strip_prefix('=') {
        Some(value) => {
            let (value, after) = quoted(value)?;
            Some((Token::Pair(name, value), after))
        }
        None => Some((Token::Ref(name), after)),
    }
}

/// A `"…"` or `'…'` value, where a backslash escapes the quote.
fn quoted(text: &str) -> Option<(String, &str)> {
    let quote = text.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let mut value = String::new();
    let mut chars = text[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => value.extend(chars.next().map(|(_, c)| c)),
            c if c == quote => return Some((value, &text[i + 2..])),
            c => value.push(c),
        }
    }
    None
}

/// Adds one attribute: classes accumulate, other names take the last value.
pub fn set(attrs: &mut Attrs, name: &str, value: impl Into<String>) {
    let value = value.into();
    match attrs.iter_mut().find(|(n, _)| n == name) {
        Some((_, old)) if name == "class" => {
            old.push(' ');
            old.push_str(&value);
        }
        Some((_, old)) => *old = value,
        None => attrs.push((name.to_string(), value)),
    }
}

/// The attributes of a list, its references expanded as kramdown does:
/// definitions first, in order, then its own.
pub fn resolve(ial: &Ial, definitions: &Definitions) -> Attrs {
    let mut attrs = Attrs::new();
    expand(ial, definitions, &mut attrs, &mut Vec::new());
    attrs
}

/// `seen` stops a definition that names itself, directly or in a loop.
fn expand<'d>(
    ial: &'d Ial,
    definitions: &'d Definitions,
    attrs: &mut Attrs,
    seen: &mut Vec<&'d str>,
) {
    for name in &ial.refs {
        if let Some((_, definition)) = definitions.iter().rev().find(|(n, _)| n == name) {
            if !seen.contains(&name.as_str()) {
                seen.push(name);
                expand(definition, definitions, attrs, seen);
            }
        }
    }
    for (name, value) in &ial.attrs {
        set(attrs, name, value.as_str());
    }
}

/// Safe mode: no event handler, no style, no script or data URL in any value.
pub fn keep_safe(attrs: &mut Attrs) {
    attrs.retain(|(name, value)| {
        let name = name.to_ascii_lowercase();
        !name.starts_with("on") && name != "style" && !is_dangerous(value, false)
    });
}

/// The marker that stands before an element in the event stream until
/// `patch` writes its attributes into the element's start tag. A block's
/// marker ends with a newline so pulldown-cmark adds none before the tag.
pub fn marker(index: usize, block: bool) -> String {
    let newline = if block { "\n" } else { "" };
    format!("{MARK}{index}{MARK_END}{newline}")
}

/// The attribute list number of a marker `marker` wrote, if `html` is one.
pub fn marker_index(html: &str) -> Option<usize> {
    let inner = html.trim_end().strip_prefix(MARK)?.strip_suffix(MARK_END)?;
    inner.parse().ok()
}

/// Writes each marked element's attributes into the start tag that follows
/// its marker, merged with those pulldown-cmark wrote.
pub fn patch(html: &str, table: &[Attrs]) -> String {
    let mut out = String::with_capacity(html.len() + table.len() * 16);
    let mut rest = html;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len_utf8()..];
        let Some(end) = after.find(MARK_END) else {
            rest = after;
            continue;
        };
        let attrs = after[..end].parse().ok().and_then(|i: usize| table.get(i));
        rest = &after[end + MARK_END.len_utf8()..];
        if let Some(tail) = rest.strip_prefix('\n') {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            rest = tail;
        }
        if let Some(attrs) = attrs {
            rest = merge_tag(rest, attrs, &mut out);
        }
    }
    out.push_str(rest);
    out
}

/// Rewrites the start tag at the head of `html` with `attrs` added; returns what follows it.
fn merge_tag<'h>(html: &'h str, attrs: &Attrs, out: &mut String) -> &'h str {
    let Some(tag) = html.strip_prefix('<') else {
        return html;
    };
    // pulldown-cmark escapes `>` in values: the first one closes the tag.
    let tag_end = tag.find('>').unwrap_or(tag.len());
    let name_end = tag[..tag_end].find([' ', '/']).unwrap_or(tag_end);
    let name = &tag[..name_end];
    let mut rest = &tag[name_end..tag_end];
    let mut merged = Attrs::new();
    // pulldown-cmark's own attributes: ` name="escaped value"`.
    while let Some((key, value)) = rest.strip_prefix(' ').and_then(|p| p.split_once("=\"")) {
        let Some(close) = value.find('"') else { break };
        merged.push((key.to_string(), value[..close].to_string()));
        rest = &value[close + 1..];
    }
    for (key, value) in attrs {
        set(&mut merged, key, escape(value));
    }
    out.push('<');
    out.push_str(name);
    for (key, value) in &merged {
        out.push_str(&format!(" {key}=\"{value}\""));
    }
    out.push_str(rest);
    &tag[tag_end..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Attrs {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn lists_parse_ids_classes_pairs_and_references() {
        let ial = parse(r#" k="v" #b .a .c ref t='it\'s'"#).unwrap();
        assert_eq!(
            ial.attrs,
            pairs(&[("k", "v"), ("id", "b"), ("class", "a c"), ("t", "it's")])
        );
        assert_eq!(ial.refs, ["ref"]);
        assert_eq!(parse("not an ial!"), None);
        assert_eq!(parse(r#"k="open"#), None);
    }

    #[test]
    fn definitions_expand_before_own_attributes() {
        let definitions = Vec::from([
            ("ref".to_string(), parse(r#".r1 data-x="1""#).unwrap()),
            ("ref2".to_string(), parse("ref .r2").unwrap()),
            ("loop".to_string(), parse("loop .l").unwrap()),
        ]);
        let attrs = resolve(&parse("ref2 .own loop").unwrap(), &definitions);
        assert_eq!(attrs, pairs(&[("class", "r1 r2 l own"), ("data-x", "1")]));
    }

    #[test]
    fn patch_merges_with_the_tags_own_attributes() {
        let table = vec![
            pairs(&[("class", "x"), ("id", "i")]),
            pairs(&[("title", "a\"b")]),
        ];
        let html = format!(
            "<p>a</p>\n{}<ol start=\"3\" class=\"k\">\n<li>{}<img src=\"s\" alt=\"\" /></li>",
            marker(0, true),
            marker(1, false)
        );
        assert_eq!(
            patch(&html, &table),
            "<p>a</p>\n<ol start=\"3\" class=\"k x\" id=\"i\">\n<li><img src=\"s\" alt=\"\" title=\"a&quot;b\" /></li>"
        );
    }

    #[test]
    fn safe_mode_keeps_no_handler_style_or_script_url() {
        let mut attrs = pairs(&[
            ("onClick", "x"),
            ("style", "x"),
            ("href", " JavaScript:x"),
            ("src", "data:text/html,x"),
            ("class", "ok"),
        ]);
        keep_safe(&mut attrs);
        assert_eq!(attrs, pairs(&[("class", "ok")]));
    }
}
