//! Links within an article page: a copyable anchor on every heading, and
//! footnotes that jump to their note and back (written by `footnotes`, with
//! the URL and label given here). Links carry the page's own URL
//! (`/2017/…/post.html#id`) so they stay right when copied and under a
//! `<base href>`, which would send a bare `#id` to the home page.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::text::escape;

/// What a footnote's link back says to a screen reader, which would read `↩` as an arrow.
pub fn back_label(lang: &str) -> &'static str {
    if lang.starts_with("fr") {
        "Retour au texte"
    } else {
        "Back to the text"
    }
}

/// Rewrites `events` for a page served at `page_url`.
pub fn link_in_page<'a>(events: Vec<Event<'a>>, page_url: &str) -> Vec<Event<'a>> {
    let url = escape(page_url);
    let mut heading_id: Option<String> = None;
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
        assert!(html.contains("<sup id=\"fnref:source\" role=\"doc-noteref\"><a href=\"/2017/post.html#fn:source\" class=\"footnote\" rel=\"footnote\">1</a></sup>"), "{html}");
        assert!(html.contains("<li id=\"fn:source\" role=\"doc-endnote\">\n<p>Une source.\u{a0}<a href=\"/2017/post.html#fnref:source\" class=\"reversefootnote\" role=\"doc-backlink\" aria-label=\"Retour au texte\">&#8617;</a></p>"), "{html}");
    }

    #[test]
    fn excerpts_and_lists_keep_plain_output() {
        let html = render_markdown(
            "## Titre\n\nTexte[^1].\n\n[^1]: Note.",
            &RenderOptions::default(),
        )
        .html;
        assert!(!html.contains("heading-anchor"));
        assert!(
            html.contains("<a href=\"#fn:1\" class=\"footnote\""),
            "{html}"
        );
        assert!(!html.contains("aria-label"), "{html}");
    }

    #[test]
    fn hostile_footnote_names_are_escaped() {
        let html = page("x[^\"><script>]\n\n[^\"><script>]: y");
        assert!(!html.contains("<script>"), "{html}");
    }
}
