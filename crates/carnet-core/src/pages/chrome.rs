//! What surrounds every page, written once for the app and the prerendered
//! pages: the head tags (title, description, social cards, canonical and feed
//! links), the site's sections in the header, and the header and footer
//! markup of prerendered pages (the app draws the same with reactive parts).

use super::labels::{labels, Labels};
use super::PageMarkup;
use crate::config::SiteConfig;
use crate::html;
use crate::text::Html;

/// One tag of the page's `<head>`: `meta` or `link`, and its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadTag {
    pub element: &'static str,
    pub attributes: Vec<(&'static str, String)>,
}

/// A page's document title and the tags that describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub title: String,
    pub tags: Vec<HeadTag>,
}

impl Head {
    /// The head of a page titled `title` (empty for the home page) at `path`
    /// (base path included).
    pub fn new(site: &SiteConfig, title: &str, description: &str, path: &str) -> Head {
        let (full_title, card_title) = if title.is_empty() {
            (site.title.clone(), site.title.clone())
        } else {
            (format!("{title} · {}", site.title), title.to_string())
        };
        let canonical = format!("{}{path}", site.url);
        let meta = |key: &'static str, name: &'static str, content: &str| HeadTag {
            element: "meta",
            attributes: vec![(key, name.to_string()), ("content", content.to_string())],
        };
        let tags = vec![
            meta("name", "description", description),
            meta("property", "og:title", &card_title),
            meta("property", "og:description", description),
            meta("property", "og:site_name", &site.title),
            meta("property", "og:url", &canonical),
            meta("name", "twitter:card", "summary"),
            meta("name", "twitter:title", &card_title),
            meta("name", "twitter:description", description),
            HeadTag {
                element: "link",
                attributes: vec![("rel", "canonical".into()), ("href", canonical.clone())],
            },
            HeadTag {
                element: "link",
                attributes: vec![
                    ("rel", "alternate".into()),
                    ("type", "application/atom+xml".into()),
                    ("title", site.title.clone()),
                    ("href", format!("{}/feed.xml", site.baseurl)),
                ],
            },
        ];
        Head {
            title: full_title,
            tags,
        }
    }

    pub fn of(site: &SiteConfig, page: &PageMarkup) -> Head {
        Head::new(site, &page.title, &page.description, &page.url)
    }

    /// The tags as HTML, each marked with `marker` (an attribute name) so the
    /// app can find and replace them.
    pub fn to_html(&self, marker: &str) -> Html {
        let mut out = html!("<title>{}</title>", self.title);
        for tag in &self.tags {
            out.push(Html::trusted(format!("\n<{} {marker}", tag.element)));
            for (name, value) in &tag.attributes {
                out.push(html!(" {}=\"{}\"", *name, value));
            }
            out.push(Html::trusted(">"));
        }
        out
    }
}

/// One section of the blog in the header's navigation.
pub struct Section {
    /// The path under the base path: `/`, `/archive/`…
    pub path: &'static str,
    pub label: fn(&Labels) -> &'static str,
}

/// The header's sections, in order.
pub const SECTIONS: [Section; 5] = [
    Section {
        path: "/",
        label: |w| w.home,
    },
    Section {
        path: "/archive/",
        label: |w| w.archive,
    },
    Section {
        path: "/tags/",
        label: |w| w.tags,
    },
    Section {
        path: "/categories/",
        label: |w| w.categories,
    },
    Section {
        path: "/search/",
        label: |w| w.search,
    },
];

impl Section {
    /// Whether the page at `here` (base path removed) belongs to this section:
    /// home covers the pages of the index too.
    pub fn is_current(&self, here: &str) -> bool {
        if self.path == "/" {
            here == "/" || here.is_empty() || here.starts_with("/page/")
        } else {
            here.starts_with(self.path)
        }
    }
}

/// The prerendered header: skip link, site title and the sections, the
/// current one marked. The app adds its theme toggle when it takes over.
pub fn header(site: &SiteConfig, url: &str) -> Html {
    let w = labels(&site.lang);
    let base = &site.baseurl;
    let here = url.strip_prefix(base.as_str()).unwrap_or(url);
    let items: Html = SECTIONS
        .iter()
        .map(|section| {
            let current = if section.is_current(here) {
                Html::trusted(" aria-current=\"page\"")
            } else {
                Html::new()
            };
            html!(
                "<li><a href=\"{}{}\"{}>{}</a></li>",
                base,
                section.path,
                current,
                (section.label)(w)
            )
        })
        .collect();
    html!(
        "<a class=\"skip-link\" href=\"#main\">{}</a>\
         <header class=\"site-header\" lang=\"{}\"><div class=\"site-bar\">\
         <a class=\"site-title\" href=\"{}/\">{}</a></div>\
         <nav class=\"site-nav\" aria-label=\"Navigation\"><ul>{}</ul></nav></header>",
        w.skip,
        site.lang,
        base,
        site.title,
        items
    )
}

/// The prerendered footer: the author and the feed link.
pub fn footer(site: &SiteConfig) -> Html {
    html!(
        "<footer class=\"site-footer\" lang=\"{}\"><p>\
         {} · <a href=\"{}/feed.xml\" rel=\"alternate\" type=\"application/atom+xml\">\
         {}</a></p></footer>",
        site.lang,
        site.author,
        site.baseurl,
        labels(&site.lang).feed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_page_is_titled_by_the_site_and_others_by_their_own_title() {
        let site = SiteConfig {
            title: "Carnet & co".into(),
            url: "https://example.org".into(),
            baseurl: "/blog".into(),
            ..SiteConfig::default()
        };
        let home = Head::new(&site, "", "d", "/blog/");
        assert_eq!(home.title, "Carnet & co");
        let post = Head::new(&site, "Un \"post\"", "d", "/blog/a.html");
        assert_eq!(post.title, "Un \"post\" · Carnet & co");
        let html = post.to_html("data-x").into_string();
        assert!(html.starts_with("<title>Un &quot;post&quot; · Carnet &amp; co</title>\n<meta data-x name=\"description\" content=\"d\">"));
        assert!(html
            .contains("<link data-x rel=\"canonical\" href=\"https://example.org/blog/a.html\">"));
        assert!(html.ends_with("href=\"/blog/feed.xml\">"));
    }

    #[test]
    fn the_current_section_is_marked() {
        let current = |here: &str| -> Vec<&str> {
            SECTIONS
                .iter()
                .filter(|s| s.is_current(here))
                .map(|s| s.path)
                .collect()
        };
        assert_eq!(current("/"), ["/"]);
        assert_eq!(current("/page/2/"), ["/"]);
        assert_eq!(current("/tags/et%20moi/"), ["/tags/"]);
        assert!(current("/2017/02/01/a.html").is_empty());
        let site = SiteConfig {
            baseurl: "/blog".into(),
            lang: "fr".into(),
            ..SiteConfig::default()
        };
        let header = header(&site, "/blog/archive/").into_string();
        assert!(
            header.contains("<a href=\"/blog/archive/\" aria-current=\"page\">Archives</a>"),
            "{header}"
        );
    }
}
