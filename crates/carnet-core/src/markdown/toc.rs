//! The table of contents of a long post: its sections (`##`) with their
//! subsections (`###`) nested under them; and kramdown's, where a post asks
//! for it with `{:toc}`.

use pulldown_cmark::{html, Event, Tag, TagEnd};

use super::{Heading, Rendered};
use crate::text::escape;

/// A section and its subsections.
#[derive(Debug, Clone, PartialEq)]
pub struct TocEntry {
    pub heading: Heading,
    pub children: Vec<Heading>,
}

/// Only a long text with several sections gets a table of contents: on a short
/// post it would push the text down for nothing.
pub fn table_of_contents(rendered: &Rendered) -> Option<Vec<TocEntry>> {
    let long = rendered.word_count > 800 && rendered.headings.len() >= 3;
    long.then(|| nest(&rendered.headings))
}

/// Groups headings by the top level present in the post (a post may start at `###`).
fn nest(headings: &[Heading]) -> Vec<TocEntry> {
    let top = headings.iter().map(|h| h.level).min().unwrap_or(2);
    let mut entries: Vec<TocEntry> = Vec::new();
    for heading in headings.iter().filter(|h| h.level <= top + 1) {
        match entries.last_mut() {
            Some(entry) if heading.level > top => entry.children.push(heading.clone()),
            _ => entries.push(TocEntry {
                heading: heading.clone(),
                children: Vec::new(),
            }),
        }
    }
    entries
}

/// What `attach` leaves where `{:toc}` was, for a `<ul>` or an `<ol>`.
pub(super) const TOC_PLACEHOLDER: [&str; 2] = ["\u{E000}toc ul", "\u{E000}toc ol"];

/// One heading of kramdown's table of contents, with those under it.
struct Entry {
    level: u8,
    id: String,
    html: String,
    children: Vec<Entry>,
}

/// Writes kramdown's table of contents where `{:toc}` was: every heading
/// with an id and without the `no_toc` class. Links carry `page_url`, as
/// the headings' anchors do (see `in_page`).
pub(super) fn insert_kramdown_toc(events: &mut [Event], page_url: &str) {
    let is_placeholder =
        |e: &Event| matches!(e, Event::Html(h) if TOC_PLACEHOLDER.contains(&h.as_ref()));
    if !events.iter().any(is_placeholder) {
        return;
    }
    let entries = nest_entries(toc_headings(events));
    let url = escape(page_url);
    for event in events.iter_mut().filter(|e| is_placeholder(e)) {
        let tag = if matches!(event, Event::Html(h) if h.as_ref() == TOC_PLACEHOLDER[1]) {
            "ol"
        } else {
            "ul"
        };
        let mut out = String::new();
        write_list(&entries, 0, tag, &url, &mut out);
        *event = Event::Html(out.into());
    }
}

fn toc_headings(events: &[Event]) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (i, event) in events.iter().enumerate() {
        let Event::Start(Tag::Heading {
            level,
            id: Some(id),
            classes,
            ..
        }) = event
        else {
            continue;
        };
        if classes.iter().any(|c| c.as_ref() == "no_toc") {
            continue;
        }
        let end = events[i..]
            .iter()
            .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
            .map_or(events.len(), |n| i + n);
        let mut html = String::new();
        // Through a Vec, as `render` does, so the HTML writer is compiled once (wasm size).
        let inner: Vec<Event> = events[i + 1..end].to_vec();
        html::push_html(&mut html, inner.into_iter());
        entries.push(Entry {
            level: *level as u8,
            id: escape(id),
            html,
            children: Vec::new(),
        });
    }
    entries
}

/// kramdown's nesting: a heading goes under the nearest one before it of a higher level.
fn nest_entries(flat: Vec<Entry>) -> Vec<Entry> {
    let mut stack: Vec<Entry> = Vec::new();
    let mut roots = Vec::new();
    for entry in flat {
        while stack.last().is_some_and(|top| top.level >= entry.level) {
            let done = stack.pop().expect("checked");
            adopt(&mut stack, &mut roots, done);
        }
        stack.push(entry);
    }
    while let Some(done) = stack.pop() {
        adopt(&mut stack, &mut roots, done);
    }
    roots
}

fn adopt(stack: &mut [Entry], roots: &mut Vec<Entry>, entry: Entry) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(entry),
        None => roots.push(entry),
    }
}

/// kramdown's markup, to the space: a nested list starts on its parent's line.
fn write_list(entries: &[Entry], indent: usize, tag: &str, url: &str, out: &mut String) {
    let pad = " ".repeat(indent);
    let id = if indent == 0 {
        " id=\"markdown-toc\""
    } else {
        ""
    };
    out.push_str(&format!("{pad}<{tag}{id}>\n"));
    for entry in entries {
        let (id, html) = (&entry.id, &entry.html);
        out.push_str(&format!(
            "{pad}  <li><a href=\"{url}#{id}\" id=\"markdown-toc-{id}\">{html}</a>"
        ));
        if !entry.children.is_empty() {
            write_list(&entry.children, indent + 4, tag, url, out);
            out.push_str(&format!("{pad}  "));
        }
        out.push_str("</li>\n");
    }
    out.push_str(&format!("{pad}</{tag}>\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(level: u8, text: &str) -> Heading {
        Heading {
            level,
            id: text.to_lowercase(),
            text: text.into(),
        }
    }

    #[test]
    fn subsections_nest_under_their_section() {
        let rendered = Rendered {
            html: String::new(),
            headings: vec![h(2, "A"), h(3, "A1"), h(3, "A2"), h(4, "deep"), h(2, "B")],
            word_count: 1000,
            has_math: false,
        };
        let toc = table_of_contents(&rendered).unwrap();
        assert_eq!(toc.len(), 2);
        assert_eq!(
            toc[0]
                .children
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["A1", "A2"]
        );
        assert!(toc[1].children.is_empty());
    }

    #[test]
    fn short_posts_have_none() {
        let rendered = Rendered {
            html: String::new(),
            headings: vec![h(2, "A"), h(2, "B"), h(2, "C")],
            word_count: 300,
            has_math: false,
        };
        assert!(table_of_contents(&rendered).is_none());
    }
}
