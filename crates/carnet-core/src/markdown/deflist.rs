//! Definition lists as kramdown reads them, where pulldown-cmark's differ:
//! each line of terms is a term, and a definition right under its term
//! (no blank line between) starts with bare text, not a paragraph.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

type Spanned<'a> = (Event<'a>, Range<usize>);

pub fn kramdown_definitions<'a>(events: Vec<Spanned<'a>>, source: &str) -> Vec<Spanned<'a>> {
    let mut out: Vec<Spanned<'a>> = Vec::with_capacity(events.len());
    let mut in_term = false;
    let (mut unwrap_next, mut skip_end) = (false, false);
    for (event, range) in events {
        let unwrap = std::mem::take(&mut unwrap_next);
        match &event {
            Event::Start(Tag::DefinitionListTitle) => in_term = true,
            Event::End(TagEnd::DefinitionListTitle) => in_term = false,
            Event::SoftBreak if in_term => {
                out.push((Event::End(TagEnd::DefinitionListTitle), range.clone()));
                out.push((Event::Start(Tag::DefinitionListTitle), range));
                continue;
            }
            Event::Start(Tag::DefinitionListDefinition) => {
                unwrap_next = !after_blank_line(source, range.start);
            }
            // Paragraphs do not nest: the next end is this one's.
            Event::Start(Tag::Paragraph) if unwrap => {
                skip_end = true;
                continue;
            }
            Event::End(TagEnd::Paragraph) if skip_end => {
                skip_end = false;
                continue;
            }
            _ => {}
        }
        out.push((event, range));
    }
    out
}

/// Whether the line before the one at `at` is blank.
fn after_blank_line(source: &str, at: usize) -> bool {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &source[..line_start.saturating_sub(1)];
    let previous = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    line_start > 0 && previous.trim().is_empty()
}
