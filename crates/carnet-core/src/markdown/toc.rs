//! The table of contents of a long post: its sections (`##`) with their
//! subsections (`###`) nested under them.

use super::{Heading, Rendered};

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
        };
        assert!(table_of_contents(&rendered).is_none());
    }
}
