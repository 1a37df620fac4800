//! Footnotes as kramdown writes them: numbered in the order of their first
//! reference, wherever they are defined, and gathered in one list at the end
//! of the document, each note ending with a link back to every reference.
//! A note that is never referenced is left out, as in kramdown.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::escape;

/// kramdown puts a no-break space before each link back.
const NBSP: char = '\u{A0}';

/// Where the links point, and what the links back are called.
pub struct Links<'u> {
    /// The page's URL before `#`, so links survive a `<base href>` (see `in_page`); or "".
    pub url: &'u str,
    /// An `aria-label` for the links back, in the page's language.
    pub back_label: Option<&'u str>,
}

struct Note<'a> {
    name: CowStr<'a>,
    events: Vec<Event<'a>>,
    /// How many references point to it; 0 until the first.
    references: usize,
}

/// Moves the notes of `events` to a list at its end and writes their references.
pub fn gather<'a>(events: Vec<Event<'a>>, links: &Links) -> Vec<Event<'a>> {
    let (body, mut notes) = take_notes(events);
    if notes.is_empty() {
        return body;
    }
    // Notes by number, as their first references come.
    let mut order = Vec::new();
    let mut out = Vec::with_capacity(body.len() + notes.len() * 8);
    write_references(body, &mut notes, &mut order, links, &mut out);
    if order.is_empty() {
        return out;
    }
    out.push(html(
        "<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n".into(),
    ));
    // A note may refer to a note not numbered yet, which then comes after it.
    let mut next = 0;
    while let Some(&index) = order.get(next) {
        next += 1;
        let events = std::mem::take(&mut notes[index].events);
        let id = escape(&notes[index].name);
        out.push(html(format!("<li id=\"fn:{id}\" role=\"doc-endnote\">")));
        let start = out.len();
        write_references(events, &mut notes, &mut order, links, &mut out);
        let back = back_links(&id, notes[index].references, links);
        add_back_links(&mut out, start, back);
        out.push(html("</li>\n".into()));
    }
    out.push(html("</ol>\n</div>\n".into()));
    out
}

/// The document without its footnote definitions, and the definitions.
fn take_notes(events: Vec<Event>) -> (Vec<Event>, Vec<Note>) {
    let mut body = Vec::with_capacity(events.len());
    let mut notes: Vec<Note> = Vec::new();
    let mut in_note = false;
    for event in events {
        match event {
            Event::Start(Tag::FootnoteDefinition(name)) => {
                in_note = true;
                notes.push(Note {
                    name,
                    events: Vec::new(),
                    references: 0,
                });
            }
            Event::End(TagEnd::FootnoteDefinition) => in_note = false,
            event => match notes.last_mut().filter(|_| in_note) {
                Some(note) => note.events.push(event),
                None => body.push(event),
            },
        }
    }
    (body, notes)
}

/// Copies `events` to `out`, each footnote reference written as kramdown's
/// `<sup>` and its note numbered when first referenced.
fn write_references<'a>(
    events: Vec<Event<'a>>,
    notes: &mut [Note<'a>],
    order: &mut Vec<usize>,
    links: &Links,
    out: &mut Vec<Event<'a>>,
) {
    for event in events {
        let Event::FootnoteReference(name) = &event else {
            out.push(event);
            continue;
        };
        // A reference to no note stays as written, as in kramdown.
        let Some(index) = notes.iter().position(|n| n.name == *name) else {
            out.push(Event::Text(format!("[^{name}]").into()));
            continue;
        };
        if notes[index].references == 0 {
            order.push(index);
        }
        let number = order.iter().position(|&i| i == index).unwrap_or(0) + 1;
        let id = escape(name);
        let reference_id = match notes[index].references {
            0 => format!("fnref:{id}"),
            n => format!("fnref:{id}:{n}"),
        };
        notes[index].references += 1;
        let url = escape(links.url);
        out.push(Event::InlineHtml(format!(
            "<sup id=\"{reference_id}\" role=\"doc-noteref\"><a href=\"{url}#fn:{id}\" class=\"footnote\" rel=\"footnote\">{number}</a></sup>"
        ).into()));
    }
}

/// kramdown's links back to each reference: `↩`, then `↩²`, `↩³`…
fn back_links(id: &str, references: usize, links: &Links) -> String {
    let url = escape(links.url);
    let label = links
        .back_label
        .map_or(String::new(), |l| format!(" aria-label=\"{}\"", escape(l)));
    let mut out = String::new();
    for n in 0..references {
        if n > 0 {
            out.push(NBSP);
        }
        let (suffix, sup) = match n {
            0 => (String::new(), String::new()),
            n => (format!(":{n}"), format!("<sup>{}</sup>", n + 1)),
        };
        out.push_str(&format!(
            "<a href=\"{url}#fnref:{id}{suffix}\" class=\"reversefootnote\" role=\"doc-backlink\"{label}>&#8617;{sup}</a>"
        ));
    }
    out
}

/// The links back end the note's last paragraph, or make a paragraph of their own.
fn add_back_links(out: &mut Vec<Event>, start: usize, back: String) {
    let last_is_paragraph =
        out.len() > start && matches!(out.last(), Some(Event::End(TagEnd::Paragraph)));
    if last_is_paragraph {
        let at = out.len() - 1;
        out.insert(at, Event::InlineHtml(format!("{NBSP}{back}").into()));
    } else {
        out.push(html(format!("<p>{back}</p>\n")));
    }
}

fn html<'a>(text: String) -> Event<'a> {
    Event::Html(CowStr::from(text))
}
