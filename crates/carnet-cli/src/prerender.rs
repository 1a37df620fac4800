//! Prerendered pages for a deploy build: every route of the blog as static
//! HTML with its real content, title and meta tags, so readers without
//! JavaScript and crawlers see the posts. Pages, head tags, header and footer
//! are the core's (`carnet_core::pages`), the very markup the app shows, so
//! when the app takes over (see the app's `takeover`) nothing moves.

use std::collections::HashMap;

use carnet_core::catalog::{Catalog, Taxonomy};
use carnet_core::config::SiteConfig;
use carnet_core::html;
use carnet_core::index::PageEntry;
use carnet_core::markdown::Rendered;
use carnet_core::page::is_not_found_page;
use carnet_core::pages::chrome::{static_copy, Head};
use carnet_core::pages::{not_found, Markup, PageMarkup};
use carnet_core::text::url::percent_decode;

/// One file of the deploy folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Path relative to the output folder, e.g. `tags/et moi/index.html`.
    pub file: String,
    /// The page's URL path, base path included.
    pub url: String,
    /// When its content last changed, for the sitemap: an article's date.
    pub lastmod: Option<String>,
    pub html: String,
}

pub struct Prerender<'a> {
    /// Trunk's built `index.html`: the app shell every page starts from.
    pub shell: &'a str,
    pub site: &'a SiteConfig,
    pub catalog: &'a Catalog,
    /// Rendered articles by post path.
    pub articles: &'a HashMap<String, Rendered>,
    /// The site's pages (`about.md`), rendered; a `404` one is the not-found page.
    pub site_pages: &'a [(PageEntry, Rendered)],
}

impl Prerender<'_> {
    /// Every page of the blog, and `404.html`.
    pub fn pages(&self) -> Vec<Page> {
        let (site, catalog) = (self.site, self.catalog);
        let markup = Markup::new(site, catalog);
        let last = catalog.page_count(site.paginate);
        let mut contents: Vec<(PageMarkup, Option<String>)> = (1..=last)
            .filter_map(|n| markup.home(n, &[]))
            .map(|page| (page, None))
            .collect();
        contents.extend(catalog.posts().iter().enumerate().filter_map(|(i, p)| {
            let article = self.articles.get(&p.path)?;
            Some((markup.article(i, article)?, Some(p.date.clone())))
        }));
        for taxonomy in [Taxonomy::Tag, Taxonomy::Category] {
            contents.push((markup.terms(taxonomy), None));
            for term in taxonomy.counts(catalog) {
                for found in taxonomy.pages(catalog, &term.name, site.paginate) {
                    contents.push((markup.term(taxonomy, &term.name, &found), None));
                }
            }
        }
        contents.push((markup.archive(), None));
        contents.extend(
            self.site_pages
                .iter()
                .map(|(entry, rendered)| (markup.site_page(entry, rendered), None)),
        );
        let mut pages: Vec<Page> = contents
            .into_iter()
            .filter_map(|(c, lastmod)| {
                Some(Page {
                    file: url_to_file(&c.url, &site.baseurl)?,
                    html: self.page(&c),
                    url: c.url,
                    lastmod,
                })
            })
            .collect();
        let missing = match self
            .site_pages
            .iter()
            .find(|(e, _)| is_not_found_page(&e.path))
        {
            Some((entry, rendered)) => PageMarkup {
                url: not_found(site, &site.lang).url,
                ..markup.site_page(entry, rendered)
            },
            None => not_found(site, &site.lang),
        };
        pages.push(Page {
            file: "404.html".into(),
            html: self.page(&missing),
            url: missing.url,
            lastmod: None,
        });
        pages
    }

    /// The pages the header may link to.
    fn nav_pages(&self) -> Vec<PageEntry> {
        self.site_pages.iter().map(|(e, _)| e.clone()).collect()
    }

    /// The shell with this page's head tags and content filled in. Head tags are
    /// marked `data-prerendered`: the app replaces them with its own when it takes over.
    fn page(&self, c: &PageMarkup) -> String {
        let site = self.site;
        let head = Head::of(site, c).to_html("data-prerendered");
        let body = html!(
            "{}<div id=\"app\" hidden></div>",
            static_copy(site, &self.nav_pages(), c, false)
        );
        let shell = replace_element(self.shell, "<title>", "</title>", head.as_str());
        let lang = html!(" lang=\"{}\"", c.lang);
        let shell = replace_between(&shell, "<html", ">", lang.as_str());
        shell.replacen("<div id=\"app\"></div>", body.as_str(), 1)
    }
}

/// Replaces the first `start`…`end` span, both included.
fn replace_element(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(i) = text.find(start) else {
        return text.to_string();
    };
    let Some(j) = text[i..].find(end) else {
        return text.to_string();
    };
    format!("{}{with}{}", &text[..i], &text[i + j + end.len()..])
}

/// Replaces what lies between the first `start` and the next `end` (both kept).
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(i) = text.find(start) else {
        return text.to_string();
    };
    let from = i + start.len();
    let Some(j) = text[from..].find(end) else {
        return text.to_string();
    };
    format!("{}{with}{}", &text[..from], &text[from + j..])
}

/// The file a static host serves for `url` (base URL included): decoded, as
/// hosts decode request paths; `…/` gets `index.html`. `None` for a URL that
/// would leave the output folder.
pub fn url_to_file(url: &str, baseurl: &str) -> Option<String> {
    let path = url.strip_prefix(baseurl).unwrap_or(url);
    let decoded = percent_decode(path);
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments
        .iter()
        .any(|s| *s == "." || *s == ".." || s.contains('\\') || s.contains('\0'))
    {
        return None;
    }
    let mut file = segments.join("/");
    if decoded.ends_with('/') || file.is_empty() {
        if !file.is_empty() {
            file.push('/');
        }
        file.push_str("index.html");
    }
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::index::PostEntry;

    #[test]
    fn urls_become_the_files_hosts_serve() {
        assert_eq!(
            url_to_file("/blog/", "/blog").as_deref(),
            Some("index.html")
        );
        assert_eq!(
            url_to_file("/blog/page/2/", "/blog").as_deref(),
            Some("page/2/index.html")
        );
        assert_eq!(
            url_to_file("/tags/et%20moi/", "").as_deref(),
            Some("tags/et moi/index.html")
        );
        assert_eq!(
            url_to_file("/good_job/2017/02/01/a.html", "").as_deref(),
            Some("good_job/2017/02/01/a.html")
        );
        assert_eq!(
            url_to_file("/blog/tags/%C3%A9t%C3%A9/page/2/", "/blog").as_deref(),
            Some("tags/été/page/2/index.html")
        );
        assert_eq!(url_to_file("/tags/%2e%2e/", ""), None);
        assert_eq!(url_to_file("/../etc/passwd", ""), None);
    }

    #[test]
    fn the_shell_gets_the_page_head_and_content() {
        let site = SiteConfig {
            title: "T <&>".into(),
            lang: "fr".into(),
            ..SiteConfig::default()
        };
        let catalog = Catalog::default();
        let articles = HashMap::new();
        let shell = "<html lang=\"en\"><head><title>x</title></head><body><div id=\"app\"></div><script></script></body></html>";
        let pages = Prerender {
            shell,
            site: &site,
            catalog: &catalog,
            articles: &articles,
            site_pages: &[],
        }
        .pages();
        let home = pages.iter().find(|p| p.file == "index.html").unwrap();
        assert!(home.html.starts_with("<html lang=\"fr\">"));
        assert!(home
            .html
            .contains("<head><title>T &lt;&amp;&gt;</title>\n<meta"));
        assert!(home.html.contains("<div id=\"prerendered\">"));
        assert!(home
            .html
            .contains("<div id=\"app\" hidden></div><script></script>"));
        assert!(pages
            .iter()
            .any(|p| p.file == "404.html" && p.html.contains("Page introuvable")));
    }

    #[test]
    fn every_page_of_every_term_is_prerendered() {
        let site = SiteConfig {
            title: "T".into(),
            lang: "fr".into(),
            baseurl: "/blog".into(),
            paginate: 2,
            ..SiteConfig::default()
        };
        // Five posts tagged "été", the newest also "solo"; categories "a b" on four.
        let catalog = Catalog::new(
            (0..5)
                .map(|i| PostEntry {
                    path: format!("p{i}"),
                    url: format!("/blog/p{i}.html"),
                    title: format!("Post {i}"),
                    timestamp: i,
                    tags: if i == 4 {
                        vec!["été".into(), "solo".into()]
                    } else {
                        vec!["été".into()]
                    },
                    categories: if i > 0 { vec!["a b".into()] } else { vec![] },
                    ..PostEntry::default()
                })
                .collect(),
        );
        let articles = HashMap::new();
        let pages = Prerender {
            shell: "<html><head><title>x</title></head><body><div id=\"app\"></div></body></html>",
            site: &site,
            catalog: &catalog,
            articles: &articles,
            site_pages: &[],
        }
        .pages();
        let page = |file: &str| {
            pages
                .iter()
                .find(|p| p.file == file)
                .map(|p| p.html.as_str())
                .unwrap_or_else(|| panic!("no {file}"))
        };
        let files = |prefix: &str| {
            let mut files: Vec<&str> = pages
                .iter()
                .map(|p| p.file.as_str())
                .filter(|f| f.starts_with(prefix))
                .collect();
            files.sort();
            files
        };
        assert_eq!(
            files("tags/été/"),
            [
                "tags/été/index.html",
                "tags/été/page/2/index.html",
                "tags/été/page/3/index.html"
            ]
        );
        // An exact multiple of the page size: two pages, no empty third.
        assert_eq!(
            files("categories/a b/"),
            [
                "categories/a b/index.html",
                "categories/a b/page/2/index.html"
            ]
        );
        // One page: no page links.
        assert!(!page("tags/solo/index.html").contains("pagination"));

        let first = page("tags/été/index.html");
        assert!(first.contains("<p class=\"page-count\">5 articles</p>"));
        assert_eq!(first.matches("class=\"post-card\"").count(), 2);
        assert!(first.contains("Post 4") && first.contains("Post 3") && !first.contains("Post 2"));
        assert!(first.contains("<nav class=\"pagination\" aria-label=\"Page 1 sur 3\"><span class=\"page-number\">Page 1 sur 3</span><a rel=\"next\" href=\"/blog/tags/%C3%A9t%C3%A9/page/2/\">"));
        assert!(first.contains("<title>Articles avec l’étiquette « été » · T</title>"));

        let second = page("tags/été/page/2/index.html");
        assert!(second.contains("<p class=\"page-count\">5 articles</p>"));
        assert!(
            second.contains("Post 2") && second.contains("Post 1") && !second.contains("Post 3")
        );
        assert!(second.contains("<a rel=\"prev\" href=\"/blog/tags/%C3%A9t%C3%A9/\">"));
        assert!(second.contains("<a rel=\"next\" href=\"/blog/tags/%C3%A9t%C3%A9/page/3/\">"));
        assert!(
            second.contains("<title>Articles avec l’étiquette « été » · Page 2 sur 3 · T</title>")
        );
        assert!(second.contains("rel=\"canonical\" href=\"/blog/tags/%C3%A9t%C3%A9/page/2/\""));
        // The heading does not change from page to page.
        assert!(second.contains("<h1 class=\"page-title\">Articles avec l’étiquette « été »</h1>"));

        let third = page("tags/été/page/3/index.html");
        assert!(third.contains("Post 0") && !third.contains("rel=\"next\""));
    }
}
