//! Links within an article page: a copyable anchor on every heading, and
//! footnotes that jump to their note and back. Links carry the page's own URL
//! (`/2017/…/post.html#id`) so they stay right when copied and under a
//! `<base href>`, which would send a bare `#id` to the home page.

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::escape;

/// Rewrites `events` for a page served at `page_url`, in language `lang`.
pub fn link_in_page<'a>(events: Vec<Event<'a>>, page_url: &str, lang: &str) -> Vec<Event<'a>> {
    let url = escape(page_url);
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut number = |name: &str| {
        let next = numbers.len() + 1;
        *numbers.entry(name.to_string()).or_insert(next)
    };
    let mut heading_id: Option<String> = None;
    let mut note: Option<String> = None;
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(Tag::Heading { ref id, .. }) => {
                heading_id = id.as_ref().map(|id| escape(id));
                out.push(event);
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(id) = heading_id.take() {
                    // Hidden from screen readers: the heading itself says it all.
                    out.push(html(format!(
                        "<a class=\"heading-anchor\" href=\"{url}#{id}\" aria-hidden=\"true\" tabindex=\"-1\"></a>"
                    )));
                }
                out.push(event);
            }
            Event::FootnoteReference(name) => {
                let (n, name) = (number(&name), escape(&name));
                out.push(html(format!(
                    "<sup class=\"footnote-reference\" id=\"fnref-{name}\"><a href=\"{url}#fn-{name}\">{n}</a></sup>"
                )));
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let (n, id) = (number(&name), escape(&name));
                note = Some(id.clone());
                out.push(html(format!(
                    "<div class=\"footnote-definition\" id=\"fn-{id}\"><sup class=\"footnote-definition-label\">{n}</sup>"
                )));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                let back = if lang.starts_with("fr") {
                    "Retour au texte"
                } else {
                    "Back to the text"
                };
                let name = note.take().unwrap_or_default();
                out.push(html(format!(
                    "<a class=\"footnote-backref\" href=\"{url}#fnref-{name}\" aria-label=\"{back}\">↩</a></div>\n"
                )));
            }
            other => out.push(other),
        }
    }
    out
}

fn html<'a>(text: String) -> Event<'a> {
    Event::Html(CowStr::from(text))
}

#[cfg(test)]
mod tests {
    use crate::markdown::{render_markdown, RenderOptions};

    fn page(markdown: &str) -> String {
        let options = RenderOptions {
            page: Some(("/2017/post.html".into(), "fr".into())),
            ..RenderOptions::default()
        };
        render_markdown(markdown, &options).html
    }

    #[test]
    fn headings_get_an_anchor_to_their_full_address() {
        assert_eq!(
            page("## Plein de rencontres"),
            "<h2 id=\"plein-de-rencontres\">Plein de rencontres<a class=\"heading-anchor\" href=\"/2017/post.html#plein-de-rencontres\" aria-hidden=\"true\" tabindex=\"-1\"></a></h2>\n"
        );
    }

    #[test]
    fn footnotes_jump_to_the_note_and_back() {
        let html = page("Un fait[^source].\n\n[^source]: Une source.");
        assert!(html.contains("<sup class=\"footnote-reference\" id=\"fnref-source\"><a href=\"/2017/post.html#fn-source\">1</a></sup>"), "{html}");
        assert!(html.contains("<div class=\"footnote-definition\" id=\"fn-source\"><sup class=\"footnote-definition-label\">1</sup>"), "{html}");
        assert!(html.contains("<a class=\"footnote-backref\" href=\"/2017/post.html#fnref-source\" aria-label=\"Retour au texte\">↩</a></div>"), "{html}");
    }

    #[test]
    fn excerpts_and_lists_keep_plain_output() {
        let html = render_markdown(
            "## Titre\n\nTexte[^1].\n\n[^1]: Note.",
            &RenderOptions::default(),
        )
        .html;
        assert!(!html.contains("heading-anchor"));
        assert!(html.contains("footnote-reference"));
    }

    #[test]
    fn hostile_footnote_names_are_escaped() {
        let html = page("x[^\"><script>]\n\n[^\"><script>]: y");
        assert!(!html.contains("<script>"), "{html}");
    }
}
