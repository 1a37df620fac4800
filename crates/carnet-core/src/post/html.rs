//! The body of an `.html` post, which Jekyll publishes as written. Safe mode
//! drops raw HTML from Markdown (`markdown::safe`); an HTML post is nothing
//! but raw HTML, so in safe mode its tags go the same way, and only plain
//! structure tags come back, bare, so the text still reads as paragraphs and
//! lists. No attribute survives, so no handler, style or URL does.

/// Tags safe mode gives back without their attributes: none can run script or load anything.
const BARE_TAGS: [&str; 28] = [
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
];

/// Elements whose content is no text to show (script, style and the like).
const HIDDEN_CONTENT: [&str; 10] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    "template",
];

/// The HTML with every tag dropped, bare structure tags put back, and the
/// content of script-like elements dropped. The result holds no `<` but
/// those of the bare tags.
pub fn safe_html(html: &str) -> String {
    rewrite(html, |tag| {
        BARE_TAGS.contains(&tag.name.as_str()).then(|| {
            let slash = if tag.closing { "/" } else { "" };
            format!("<{slash}{}>", tag.name)
        })
    })
}

/// Words of the text, tags left out: the reading time of an HTML post.
pub fn word_count(html: &str) -> usize {
    rewrite(html, |_| Some(" ".to_string()))
        .split_whitespace()
        .count()
}

struct Tag {
    /// Lowercase; empty for comments, doctypes and processing instructions.
    name: String,
    closing: bool,
}

/// Copies the text of `html`, replacing each tag by what `replace` gives for
/// it (nothing for `None`). A `<` that opens no tag is escaped, so no tag
/// reaches the output but the replacements.
fn rewrite(html: &str, replace: impl Fn(&Tag) -> Option<String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some((tag, len)) = read_tag(rest) else {
            out.push_str("&lt;");
            rest = &rest[1..];
            continue;
        };
        out.extend(replace(&tag));
        rest = &rest[len..];
        if !tag.closing && HIDDEN_CONTENT.contains(&tag.name.as_str()) {
            rest = after_closing(rest, &tag.name);
        }
    }
    out.push_str(rest);
    out
}

/// The tag at the start of `text` (which starts with `<`) and its length; a
/// tag left open runs to the end, as a browser reads it. `None` when the `<`
/// opens no tag (`a < b`).
fn read_tag(text: &str) -> Option<(Tag, usize)> {
    let after = &text[1..];
    if let Some(comment) = after.strip_prefix("!--") {
        let len = comment.find("-->").map_or(text.len(), |i| 4 + i + 3);
        return Some((tag("", false), len));
    }
    let (closing, name_start) = match after.strip_prefix('/') {
        Some(name) => (true, name),
        None => (false, after),
    };
    let first = name_start.chars().next()?;
    if !(first.is_ascii_alphabetic() || (!closing && (first == '!' || first == '?'))) {
        return None;
    }
    let len = after.find('>').map_or(text.len(), |i| i + 2);
    let name: String = name_start
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    Some((tag(&name.to_ascii_lowercase(), closing), len))
}

fn tag(name: &str, closing: bool) -> Tag {
    Tag {
        name: name.to_string(),
        closing,
    }
}

/// What follows `</name…>` in `text`, ASCII case ignored; nothing when it never closes.
fn after_closing<'a>(text: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let lower = text.to_ascii_lowercase();
    match lower.find(&closing) {
        Some(at) => {
            let from = at + closing.len();
            text[from..].find('>').map_or("", |i| &text[from + i + 1..])
        }
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_mode_keeps_text_and_bare_structure_only() {
        assert_eq!(
            safe_html("<p class=x onclick=\"go()\">Hi <em>there</em></p>\n<script>alert(1)</script>\n<a href=\"javascript:x\">link</a>"),
            "<p>Hi <em>there</em></p>\n\nlink"
        );
        assert_eq!(
            safe_html("<!-- a <b> -->1 < 2 &amp; <P>x"),
            "1 &lt; 2 &amp; <p>x"
        );
        assert_eq!(safe_html("<STYLE>p{}</Style >after"), "after");
        assert_eq!(safe_html("<img src=x onerror=alert(1)"), "");
        assert_eq!(safe_html("<script>never closed"), "");
        assert_eq!(safe_html("<!doctype html><?xml ?></x>"), "");
    }

    #[test]
    fn words_are_counted_between_tags() {
        assert_eq!(word_count("<p>one<br>two</p><p>three four</p>"), 4);
    }
}
