//! What surrounds every page, written once for the app and the prerendered
//! pages: the head tags (title, description, social cards, canonical and feed
//! links), the site's sections in the header, and the header and footer
//! markup of prerendered pages (the app draws the same with reactive parts).

use super::labels::{labels, Labels};
use super::PageMarkup;
use crate::config::look::web_url;
use crate::config::SiteConfig;
use crate::html;
use crate::index::PageEntry;
use crate::text::url::escape_path;
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
                    ("href", format!("{}{}", site.baseurl, site.feed_path)),
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

/// The site's logo or avatar in the header, beside the title (which it
/// names for screen readers). Its box is fixed by `width` and `height`, so
/// the header never moves while the image loads; CSS fits the image in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub src: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

/// The logo's box, in CSS pixels: the theme button's height (main.css's `.site-logo`).
pub const LOGO_SIZE: u32 = 40;

/// The logo of `logo:`/`avatar:`, a site path put under `base` (the base path).
pub fn logo(site: &SiteConfig, base: &str) -> Option<Logo> {
    let value = site.look.logo.as_deref()?;
    let src = match web_url(value) {
        Some(url) => url.to_string(),
        None => format!("{base}/{}", escape_path(value.trim_start_matches('/'))),
    };
    Some(Logo {
        src,
        alt: site.title.clone(),
        width: LOGO_SIZE,
        height: LOGO_SIZE,
    })
}

/// A link of the header to one of the site's pages (`about.md`…).
#[derive(Debug, Clone, PartialEq)]
pub struct NavLink {
    pub url: String,
    pub title: String,
}

/// The header's links to the site's pages, by minima's rule: the pages
/// `header_pages` (or `minima: nav_pages`) lists, in its order; without
/// it, every page that has a title, by path. A listed page that does not
/// exist or has no title is left out, as minima leaves it.
///
/// `pages` holds each page as (path from the site root such as
/// `about.md`, URL with the base path, title, empty when it has none).
pub fn nav_links(site: &SiteConfig, pages: &[(&str, &str, &str)]) -> Vec<NavLink> {
    let link = |&(_, url, title): &(&str, &str, &str)| {
        (!title.trim().is_empty()).then(|| NavLink {
            url: url.to_string(),
            title: title.to_string(),
        })
    };
    if site.header_pages.is_empty() {
        let mut sorted: Vec<&(&str, &str, &str)> = pages.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        sorted.into_iter().filter_map(link).collect()
    } else {
        site.header_pages
            .iter()
            .filter_map(|wanted| {
                let wanted = wanted.trim_start_matches('/');
                pages.iter().find(|p| p.0 == wanted).and_then(link)
            })
            .collect()
    }
}

/// [`nav_links`] of the index's pages.
pub fn page_links(site: &SiteConfig, pages: &[PageEntry]) -> Vec<NavLink> {
    let pages: Vec<(&str, &str, &str)> = pages
        .iter()
        .map(|p| (p.path.as_str(), p.url.as_str(), p.title.as_str()))
        .collect();
    nav_links(site, &pages)
}

/// One item of the footer: the author's name (no `href`), the email, a
/// profile elsewhere (`rel="me"`, as minima marks them) or the feed.
#[derive(Debug, Clone, PartialEq)]
pub struct FooterItem {
    pub text: String,
    pub href: Option<String>,
    pub rel: Option<&'static str>,
    /// The link's `type` attribute (the feed's).
    pub kind: Option<&'static str>,
}

/// The footer's items, in minima's order: author, email, profiles
/// (`*_username`, `mastodon`, `minima: social_links`), and always the feed,
/// labelled by `rss:` when the config sets it. `base` is the base path.
pub fn footer_items(site: &SiteConfig, base: &str) -> Vec<FooterItem> {
    let mut items = Vec::new();
    if !site.author.trim().is_empty() {
        items.push(FooterItem {
            text: site.author.clone(),
            href: None,
            rel: None,
            kind: None,
        });
    }
    if let Some(email) = &site.social.email {
        items.push(FooterItem {
            text: email.clone(),
            href: Some(format!("mailto:{email}")),
            rel: None,
            kind: None,
        });
    }
    for profile in &site.social.profiles {
        // The index could carry anything: only web addresses become links.
        if let Some(url) = web_url(&profile.url) {
            items.push(FooterItem {
                text: profile.text.clone(),
                href: Some(url.to_string()),
                rel: Some("me"),
                kind: None,
            });
        }
    }
    let feed = site.social.rss.as_deref();
    items.push(FooterItem {
        text: feed.unwrap_or(labels(&site.lang).feed).to_string(),
        href: Some(format!("{base}{}", site.feed_path)),
        rel: Some("alternate"),
        kind: Some("application/atom+xml"),
    });
    items
}

impl FooterItem {
    pub fn to_html(&self) -> Html {
        let Some(href) = &self.href else {
            return html!("<li>{}</li>", self.text);
        };
        let rel = self.rel.map_or(Html::new(), |r| html!(" rel=\"{}\"", r));
        let kind = self.kind.map_or(Html::new(), |k| html!(" type=\"{}\"", k));
        html!(
            "<li><a href=\"{}\"{}{}>{}</a></li>",
            href,
            rel,
            kind,
            self.text
        )
    }
}

impl Logo {
    pub fn to_html(&self) -> Html {
        html!(
            "<img class=\"site-logo\" src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\">",
            self.src,
            self.alt,
            self.width as usize,
            self.height as usize
        )
    }
}

/// A whole page as a static copy: header, `main` and footer, in the
/// `#prerendered` element the app takes over (its `takeover`). `carnet build`
/// writes it into each page; the app's first paint draws it on hosts without
/// prerendered pages, marked `data-first-paint`: its code is not coloured
/// (`carnet build` colours code; the app colours its own page).
pub fn static_copy(
    site: &SiteConfig,
    pages: &[PageEntry],
    page: &PageMarkup,
    first_paint: bool,
) -> Html {
    let mark = if first_paint { " data-first-paint" } else { "" };
    html!(
        "<div id=\"prerendered\"{}>{}<main id=\"main\" tabindex=\"-1\">{}</main>{}</div>",
        Html::trusted(mark),
        header(site, pages, &page.url),
        page.main,
        footer(site)
    )
}

/// The prerendered header: skip link, logo, site title and the sections,
/// the current one marked. The app adds its theme toggle when it takes over.
pub fn header(site: &SiteConfig, pages: &[PageEntry], url: &str) -> Html {
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
    let page_items: Html = page_links(site, pages)
        .iter()
        .map(|link| {
            let current = if link.url == url {
                Html::trusted(" aria-current=\"page\"")
            } else {
                Html::new()
            };
            html!(
                "<li><a href=\"{}\"{}>{}</a></li>",
                link.url,
                current,
                link.title
            )
        })
        .collect();
    let mut items = items;
    items.push(page_items);
    let logo = logo(site, base).map_or(Html::new(), |l| l.to_html());
    html!(
        "<a class=\"skip-link\" href=\"#main\">{}</a>\
         <header class=\"site-header\" lang=\"{}\"><div class=\"site-bar\">\
         <div class=\"site-brand\">{}<a class=\"site-title\" href=\"{}/\">{}</a></div></div>\
         <nav class=\"site-nav\" aria-label=\"Navigation\"><ul>{}</ul></nav></header>",
        w.skip,
        site.lang,
        logo,
        base,
        site.title,
        items
    )
}

/// The prerendered footer: [`footer_items`] as a list.
pub fn footer(site: &SiteConfig) -> Html {
    let items: Html = footer_items(site, &site.baseurl)
        .iter()
        .map(FooterItem::to_html)
        .collect();
    html!(
        "<footer class=\"site-footer\" lang=\"{}\"><ul class=\"footer-links\">{}</ul></footer>",
        site.lang,
        items
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
        let header = header(&site, &[], "/blog/archive/").into_string();
        assert!(
            header.contains("<a href=\"/blog/archive/\" aria-current=\"page\">Archives</a>"),
            "{header}"
        );
    }

    fn site(yaml: &str) -> SiteConfig {
        SiteConfig::from_yaml(yaml).unwrap()
    }

    #[test]
    fn the_footer_links_minimas_keys_escaped() {
        let site = site(
            "author: {name: 'Ana <b>&</b>', email: ana@example.org}\nbaseurl: /blog\ngithub_username: ana\nmastodon: [{username: ana, instance: mastodon.social}]\nrss: 'Flux \"<script>alert(1)</script>'\nminima:\n  social_links:\n    - {title: '<img src=x onerror=alert(1)>', icon: x, url: 'https://x.example/\"><script>'}\n",
        );
        let html = footer(&site).into_string();
        assert!(
            html.contains("<li>Ana &lt;b&gt;&amp;&lt;/b&gt;</li>"),
            "{html}"
        );
        assert!(html.contains("<li><a href=\"mailto:ana@example.org\">ana@example.org</a></li>"));
        assert!(html.contains("<li><a href=\"https://github.com/ana\" rel=\"me\">GitHub</a></li>"));
        assert!(html.contains("<a href=\"https://mastodon.social/@ana\" rel=\"me\">Mastodon</a>"));
        assert!(html.contains("<a href=\"https://x.example/&quot;&gt;&lt;script&gt;\" rel=\"me\">&lt;img src=x onerror=alert(1)&gt;</a>"), "{html}");
        assert!(html.contains(
            "<li><a href=\"/blog/feed.xml\" rel=\"alternate\" type=\"application/atom+xml\">Flux &quot;&lt;script&gt;alert(1)&lt;/script&gt;</a></li></ul>"
        ), "{html}");
        assert!(!html.contains("<script") && !html.contains("<img"));
        // Without the keys: the author and the feed, as before.
        let plain = footer(&SiteConfig {
            author: "Me".into(),
            ..SiteConfig::default()
        })
        .into_string();
        assert!(plain.ends_with("<ul class=\"footer-links\"><li>Me</li><li><a href=\"/feed.xml\" rel=\"alternate\" type=\"application/atom+xml\">Atom feed</a></li></ul></footer>"), "{plain}");
        // A profile in an index written by hand is a link only with a web address.
        let mut odd = SiteConfig::default();
        odd.social.profiles.push(crate::config::Profile {
            text: "x".into(),
            url: "javascript:alert(1)".into(),
        });
        assert!(!footer(&odd).into_string().contains("javascript"));
    }

    #[test]
    fn the_logo_sits_under_the_base_path_with_a_fixed_box() {
        let mut s = site("title: 'Ana & co'\nbaseurl: /blog/\nlogo: /assets/my logo.png\n");
        let logo = logo(&s, &s.baseurl).unwrap();
        assert_eq!(logo.src, "/blog/assets/my%20logo.png");
        assert_eq!(
            (logo.alt.as_str(), logo.width, logo.height),
            ("Ana & co", 40, 40)
        );
        let header = header(&s, &[], "/blog/").into_string();
        assert!(header.contains("<div class=\"site-brand\"><img class=\"site-logo\" src=\"/blog/assets/my%20logo.png\" alt=\"Ana &amp; co\" width=\"40\" height=\"40\"><a class=\"site-title\" href=\"/blog/\">Ana &amp; co</a></div>"), "{header}");
        s.look.logo = Some("https://cdn.example/a.png?x=1&y=2".into());
        assert_eq!(
            super::logo(&s, "/blog").unwrap().src,
            "https://cdn.example/a.png?x=1&y=2"
        );
        s.look.logo = None;
        assert!(!super::header(&s, &[], "/blog/")
            .into_string()
            .contains("<img"));
    }

    #[test]
    fn nav_links_follow_minimas_rule() {
        let pages = [
            ("notes/index.md", "/blog/notes/", "Notes"),
            ("about.md", "/blog/about/", "About"),
            ("feed.xml", "/blog/feed.xml", ""),
            ("contact.md", "/blog/contact/", "Contact"),
        ];
        let titles = |site: &SiteConfig| -> Vec<String> {
            nav_links(site, &pages)
                .into_iter()
                .map(|l| format!("{} {}", l.title, l.url))
                .collect()
        };
        // No list: every titled page, by path.
        assert_eq!(
            titles(&SiteConfig::default()),
            [
                "About /blog/about/",
                "Contact /blog/contact/",
                "Notes /blog/notes/"
            ]
        );
        // header_pages: its order; missing or untitled pages left out.
        let listed = site("header_pages: [notes/index.md, missing.md, feed.xml, about.md]\nminima: {nav_pages: [contact.md]}\n");
        assert_eq!(
            titles(&listed),
            ["Notes /blog/notes/", "About /blog/about/"]
        );
        let three = site("minima: {nav_pages: [contact.md, /about.md]}\n");
        assert_eq!(
            titles(&three),
            ["Contact /blog/contact/", "About /blog/about/"]
        );
        assert!(nav_links(&SiteConfig::default(), &[]).is_empty());
    }
}
