//! kramdown's abbreviations: after `*[HTML]: Hyper Text Markup Language`,
//! every HTML of the text is `<abbr title="Hyper Text Markup Language">HTML</abbr>`.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::escape;

/// Marks the abbreviations in text outside code and image descriptions
/// (an image's description is an attribute). `words` come longest first.
pub fn mark<'a>(events: Vec<Event<'a>>, words: &[(String, String)]) -> Vec<Event<'a>> {
    if words.is_empty() {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    let mut hidden = 0usize;
    for event in events {
        match &event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => hidden = hidden.saturating_sub(1),
            Event::Text(text) if hidden == 0 => {
                split(text, words, &mut out);
                continue;
            }
            _ => {}
        }
        out.push(event);
    }
    out
}

fn split<'a>(text: &str, words: &[(String, String)], out: &mut Vec<Event<'a>>) {
    let mut plain = 0;
    let mut i = 0;
    while i < text.len() {
        let found = words
            .iter()
            .find(|(word, _)| text[i..].starts_with(word.as_str()) && whole(text, i, word.len()));
        match found {
            Some((word, title)) => {
                if plain < i {
                    out.push(Event::Text(CowStr::from(text[plain..i].to_string())));
                }
                out.push(Event::InlineHtml(
                    format!("<abbr title=\"{}\">", escape(title)).into(),
                ));
                out.push(Event::Text(CowStr::from(word.clone())));
                out.push(Event::InlineHtml("</abbr>".into()));
                i += word.len();
                plain = i;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain < text.len() {
        out.push(Event::Text(CowStr::from(text[plain..].to_string())));
    }
}

/// kramdown matches whole words (Ruby's ASCII `\w`): `HTML` is not marked in `HTMLs`.
fn whole(text: &str, at: usize, len: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    !word(text[..at].chars().next_back()) && !word(text[at + len..].chars().next())
}
