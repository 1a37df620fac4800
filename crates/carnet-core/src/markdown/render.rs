//! The Markdown renderer: pulldown-cmark with the extensions Jekyll's kramdown
//! users rely on, heading ids like kramdown's, and relative links resolved
//! against the posts folder (a post is shown at its permalink, not beside its file).

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use super::{
    abbr, attach, code, deflist, footnotes, ial, in_page, source, stray_tags, toc, typography,
    HeadingIds,
};
use crate::config::SiteConfig;

#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// Straight quotes become typographic, as kramdown does by default. Off
    /// (kramdown's `smart_quotes: apos,apos,quot,quot`), quotes stay straight
    /// while `--`, `---` and `...` still become dashes and an ellipsis, as in kramdown.
    pub smart_quotes: bool,
    /// URL prefix for relative link and image targets, e.g. `/posts/`.
    pub asset_base: String,
    /// Safe mode: raw HTML is dropped and `javascript:`, `vbscript:` and
    /// non-image `data:` URLs are neutralised (see `safe`).
    pub safe: bool,
    /// For a full article: its URL and language. Headings then get copyable
    /// anchors and footnotes link to their notes and back (see `in_page`).
    pub page: Option<(String, String)>,
}

impl RenderOptions {
    /// How the site's excerpts render (`_config.yml`'s quotes and safe mode):
    /// relative links point into the posts folder under the base URL.
    pub fn for_site(site: &SiteConfig) -> RenderOptions {
        RenderOptions {
            smart_quotes: site.smart_quotes,
            asset_base: format!("{}/posts/", site.baseurl.trim_end_matches('/')),
            safe: site.safe_mode,
            page: None,
        }
    }

    /// How a full article renders: as the site's, with in-page links for its
    /// URL and language (the post's own, else the site's).
    pub fn for_article(site: &SiteConfig, url: &str, lang: Option<&str>) -> RenderOptions {
        let lang = lang.unwrap_or(&site.lang);
        RenderOptions {
            page: Some((url.to_string(), lang.to_string())),
            ..RenderOptions::for_site(site)
        }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            smart_quotes: true,
            asset_base: String::new(),
            safe: false,
            page: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// What the browser's worker sends back for a post with Liquid, too.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// How many words the text has, for the reading time.
    pub word_count: usize,
    /// Whether the text has `$$` math, so a page loads a math library only when needed.
    pub has_math: bool,
}

/// pulldown-cmark reads CommonMark; kramdown's own syntax is taken out
/// before (`source`) and put back after (`attach`), and its typography
/// replaces pulldown-cmark's smart punctuation (`typography`).
pub fn render_markdown(markdown: &str, options: &RenderOptions) -> Rendered {
    let flags = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST;
    let prepared = source::prepare(markdown);
    let parsed = Parser::new_ext(&prepared.text, flags)
        .into_offset_iter()
        .collect();
    let parsed = deflist::kramdown_definitions(parsed, &prepared.text);
    let events: Vec<Event> = typography::apply(parsed, &prepared.text, options.smart_quotes)
        .into_iter()
        .filter_map(|event| {
            if options.safe {
                super::safe::sanitize(event)
            } else {
                Some(event)
            }
        })
        .map(|event| resolve_relative(event, &options.asset_base))
        .collect();
    let mut attached = attach::attach(events, &prepared, options.safe);
    let mut events = attached.events;
    stray_tags::escape_stray_closing_tags(&mut events);
    let headings = assign_heading_ids(&mut events, prepared.auto_ids);
    let page_url = options.page.as_ref().map_or("", |(url, _)| url.as_str());
    toc::insert_kramdown_toc(&mut events, page_url);
    let mut events = abbr::mark(events, &prepared.abbreviations);
    let words = count_words(&events);
    let links = footnotes::Links {
        url: page_url,
        back_label: options
            .page
            .as_ref()
            .map(|(_, lang)| in_page::back_label(lang)),
    };
    events = footnotes::gather(events, &links);
    if options.page.is_some() {
        events = in_page::link_in_page(events, page_url);
    }
    let events = code::jekyll_code_blocks(events, &mut attached.attrs);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Rendered {
        html: ial::patch(&out, &attached.attrs),
        headings,
        word_count: words,
        has_math: attached.has_math,
    }
}

/// Gives every heading without an explicit `{#id}` a kramdown id (unless
/// `{::options auto_ids="false" /}` said not to) and returns the outline.
fn assign_heading_ids(events: &mut [Event], auto_ids: bool) -> Vec<Heading> {
    let mut ids = HeadingIds::default();
    let mut headings = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let end = (i..events.len())
                .find(|&j| matches!(events[j], Event::End(TagEnd::Heading(_))))
                .unwrap_or(events.len());
            let text = heading_text(&events[i + 1..end]);
            if let Event::Start(Tag::Heading { level, id, .. }) = &mut events[i] {
                let chosen = match id {
                    Some(explicit) => Some(explicit.to_string()),
                    None if auto_ids => ids.id_for(&text),
                    None => None,
                };
                *id = chosen.clone().map(CowStr::from);
                headings.push(Heading {
                    level: *level as u8,
                    id: chosen.unwrap_or_default(),
                    text,
                });
            }
            i = end;
        }
        i += 1;
    }
    headings
}

/// The text kramdown's GFM reader makes an id from: text and code, not image descriptions.
fn heading_text(events: &[Event]) -> String {
    let mut text = String::new();
    let mut in_image = 0usize;
    for event in events {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_image == 0 => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// Words a reader reads: text joined across inline markup, split on spaces.
fn count_words(events: &[Event]) -> usize {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::End(_) | Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn resolve_relative<'a>(event: Event<'a>, base: &str) -> Event<'a> {
    match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: rebase(dest_url, base),
            title,
            id,
        }),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: rebase(dest_url, base),
            title,
            id,
        }),
        other => other,
    }
}

fn rebase<'a>(url: CowStr<'a>, base: &str) -> CowStr<'a> {
    let has_scheme = url.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let absolute = url.starts_with(['/', '#', '?']) || has_scheme;
    if base.is_empty() || url.is_empty() || absolute {
        url
    } else {
        CowStr::from(format!("{base}{}", url.trim_start_matches("./")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        render_markdown(
            markdown,
            &RenderOptions {
                smart_quotes: true,
                asset_base: "/posts/".into(),
                ..RenderOptions::default()
            },
        )
        .html
    }

    #[test]
    fn headings_get_kramdown_ids_unless_given_one() {
        assert_eq!(
            html("## Plein de rencontres"),
            "<h2 id=\"plein-de-rencontres\">Plein de rencontres</h2>\n"
        );
        assert_eq!(html("## Mine {#custom}"), "<h2 id=\"custom\">Mine</h2>\n");
    }

    #[test]
    fn relative_images_point_into_the_posts_folder() {
        assert!(html("![a](images/x.svg)").contains("src=\"/posts/images/x.svg\""));
        assert!(html("![a](/abs.png)").contains("src=\"/abs.png\""));
        assert!(html("[a](https://x.org/)").contains("href=\"https://x.org/\""));
        assert!(html("[a](#note)").contains("href=\"#note\""));
    }

    #[test]
    fn tables_footnotes_and_smart_quotes() {
        let out = html("a | b\n--|--\n1 | 2\n\nNote[^1] \"quoted\"\n\n[^1]: There.");
        assert!(out.contains("<table>"));
        assert!(out.contains("<div class=\"footnotes\" role=\"doc-endnotes\">"));
        assert!(out.contains("“quoted”"));
    }

    #[test]
    fn quotes_stay_straight_when_switched_off_but_dashes_do_not() {
        let options = RenderOptions {
            smart_quotes: false,
            ..RenderOptions::default()
        };
        let out = render_markdown("\"Oui\" -- l'été... ---\n\n    a -- b\n", &options).html;
        assert!(out.contains("\"Oui\" – l'été… —"), "{out}");
        assert!(out.contains("a -- b"), "{out}");
        assert!(html("\"Oui\" -- l'été...").contains("“Oui” – l’été…"));
    }

    #[test]
    fn heading_ids_ignore_image_descriptions_and_keep_accents() {
        assert_eq!(
            html("## L'été ![vélo](v.png) à `vélo`"),
            "<h2 id=\"lété--à-vélo\">L’été <img src=\"/posts/v.png\" alt=\"vélo\" /> à <code>vélo</code></h2>\n"
        );
    }

    #[test]
    fn words_are_counted_for_reading_time() {
        assert_eq!(
            render_markdown("One two *three*.", &RenderOptions::default()).word_count,
            3
        );
    }
}
