//! A closing tag with no element of its name open in its paragraph, such as
//! the `</a>` of a link never opened: kramdown writes it as text
//! (`&lt;/a&gt;`), CommonMark passes it on, where it would close an element
//! of the page around the post.

use pulldown_cmark::{Event, Tag, TagEnd};

/// Turns the stray closing tags of `events` into text.
pub fn escape_stray_closing_tags(events: &mut [Event]) {
    // Elements opened by inline HTML in the current block, innermost last.
    let mut open: Vec<String> = Vec::new();
    for event in events.iter_mut() {
        match event {
            Event::Start(tag) if !is_inline(tag) => open.clear(),
            Event::End(end) if !is_inline_end(end) => open.clear(),
            Event::InlineHtml(html) => {
                if let Some(name) = tag_name(html.strip_prefix("</").unwrap_or("")) {
                    match open.iter().rposition(|o| *o == name) {
                        Some(at) => open.truncate(at),
                        None => *event = Event::Text(html.clone()),
                    }
                } else if let Some(name) = html.strip_prefix('<').and_then(tag_name) {
                    open.push(name);
                }
            }
            _ => {}
        }
    }
}

/// The lowercased element name at the head of `tag`, after its `<` or `</`.
fn tag_name(tag: &str) -> Option<String> {
    let len = tag
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(tag.len());
    let name = &tag[..len];
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        .then(|| name.to_ascii_lowercase())
}

fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}
