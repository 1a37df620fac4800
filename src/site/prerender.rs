//! Prerendered pages for a deploy build: every route of the blog as static
//! HTML with its real content, title and meta tags, so readers without
//! JavaScript and crawlers see the posts. The markup mirrors the app's
//! components (same elements and classes), so when the app takes over
//! (see `web::takeover`) nothing moves.

use std::collections::HashMap;

use crate::discover::PostEntry;
use crate::post::Post;
use crate::render::feed::escape;
use crate::render::toc::{table_of_contents, TocEntry};
use crate::render::{Heading, Rendered};
use crate::site::links::{category_url, page_url, percent_decode, tag_url};
use crate::site::taxonomy::Taxonomy;
use crate::site::words::{long_date, month_year, words, Words};
use crate::site::{Catalog, SiteConfig};

/// A full article, parsed and rendered by the core.
pub struct Article {
    pub post: Post,
    pub rendered: Rendered,
}

/// One file of the deploy folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Path relative to the output folder, e.g. `tags/et moi/index.html`.
    pub file: String,
    pub html: String,
}

pub struct Prerender<'a> {
    /// Trunk's built `index.html`: the app shell every page starts from.
    pub shell: &'a str,
    pub site: &'a SiteConfig,
    pub catalog: &'a Catalog,
    /// Articles by post path.
    pub articles: &'a HashMap<String, Article>,
}

/// What a page puts in the shell's head and in its `<main>`.
struct Content {
    url: String,
    title: String,
    description: String,
    lang: String,
    main: String,
}

impl Prerender<'_> {
    /// Every page of the blog, and `404.html`.
    pub fn pages(&self) -> Vec<Page> {
        let mut contents = self.home_pages();
        contents.extend(
            self.catalog
                .posts()
                .iter()
                .enumerate()
                .filter_map(|(i, p)| self.article(i, p)),
        );
        contents.extend(self.term_pages(Taxonomy::Tag));
        contents.extend(self.term_pages(Taxonomy::Category));
        contents.push(self.archive());
        let mut pages: Vec<Page> = contents
            .iter()
            .filter_map(|c| {
                Some(Page {
                    file: url_to_file(&c.url, &self.site.baseurl)?,
                    html: self.page(c),
                })
            })
            .collect();
        pages.push(Page {
            file: "404.html".into(),
            html: self.page(&self.not_found()),
        });
        pages
    }

    fn w(&self) -> &'static Words {
        words(&self.site.lang)
    }

    fn content(&self, url: String, title: String, main: String) -> Content {
        Content {
            url,
            title,
            description: self.site.description.clone(),
            lang: self.site.lang.clone(),
            main,
        }
    }

    fn home_pages(&self) -> Vec<Content> {
        let (site, w) = (self.site, self.w());
        let last = self.catalog.page_count(site.paginate);
        (1..=last)
            .map(|page| {
                let posts = self.catalog.page(page, site.paginate).unwrap_or_default();
                let url = |n| page_url(&site.baseurl, &site.paginate_path, n);
                let heading = if page == 1 {
                    format!(
                        "<h1 class=\"page-title visually-hidden\">{}</h1>",
                        escape(&site.title)
                    )
                } else {
                    let text = format!("{} · {}", site.title, (w.page_of)(page, last));
                    format!("<h1 class=\"page-title\">{}</h1>", escape(&text))
                };
                let description = if page == 1 && !site.description.is_empty() {
                    format!(
                        "<p class=\"site-description\">{}</p>",
                        escape(&site.description)
                    )
                } else {
                    String::new()
                };
                let main = format!(
                    "{heading}{description}<div class=\"post-list\">{}</div>{}",
                    posts.iter().map(|p| self.card(p)).collect::<String>(),
                    pagination(page, last, url, w),
                );
                let title = if page == 1 {
                    String::new()
                } else {
                    (w.page_of)(page, last)
                };
                self.content(url(page), title, main)
            })
            .collect()
    }

    /// A post in a list, as `web::components::PostCard` draws it.
    fn card(&self, post: &PostEntry) -> String {
        let w = self.w();
        let lang = post.lang.as_deref().unwrap_or(&self.site.lang);
        format!(
            "<article class=\"post-card\"><h2 lang=\"{lang}\"><a href=\"{url}\">{}</a>{}</h2><p class=\"post-meta\">{}{}</p><div class=\"excerpt\" lang=\"{lang}\">{}</div><p class=\"read-more\"><a href=\"{url}\" aria-label=\"{}\">{}</a></p></article>",
            escape(&post.title),
            draft_badge(post.draft, w),
            time(&post.date, &self.site.lang),
            tag_links(&post.tags, &self.site.baseurl),
            post.excerpt_html,
            escape(&format!("{} : {}", w.read_more, post.title)),
            w.read_more,
            url = escape(&post.url),
            lang = escape(lang),
        )
    }

    fn article(&self, index: usize, entry: &PostEntry) -> Option<Content> {
        let Article { post, rendered } = self.articles.get(&entry.path)?;
        let (site, w) = (self.site, self.w());
        let lang = post.lang.clone().unwrap_or_else(|| site.lang.clone());
        let author = post.author.as_deref().unwrap_or(&site.author);
        let minutes = rendered.words.div_ceil(200).max(1);
        let author = if author.is_empty() {
            String::new()
        } else {
            format!(
                "<span class=\"author\"> · {} {}</span>",
                w.by,
                escape(author)
            )
        };
        let toc = table_of_contents(rendered)
            .map(|entries| toc_html(&entries, w, &site.lang, &entry.url))
            .unwrap_or_default();
        let (newer, older) = self.catalog.neighbours(index);
        let main = format!(
            "<article class=\"post\" lang=\"{}\"><header class=\"post-header\"><h1>{}{}</h1><p class=\"post-meta\" lang=\"{ui_lang}\">{}{author} · <span class=\"reading-time\">{}</span></p><p class=\"post-terms\">{}{}</p></header>{toc}<div class=\"post-content\">{}</div></article>{}",
            escape(&lang),
            escape(&post.title),
            draft_badge(entry.draft, w),
            time(&post.date.to_rfc3339(), &site.lang),
            (w.minutes)(minutes),
            category_links(&post.categories, &site.baseurl),
            tag_links(&post.tags, &site.baseurl),
            rendered.html,
            neighbours(newer, older, w),
            ui_lang = escape(&site.lang),
        );
        let description = post
            .description
            .clone()
            .unwrap_or_else(|| crate::site::search::text_of_html(&entry.excerpt_html));
        Some(Content {
            url: entry.url.clone(),
            title: post.title.clone(),
            description,
            lang,
            main,
        })
    }

    fn term_pages(&self, term: Taxonomy) -> Vec<Content> {
        let (site, w) = (self.site, self.w());
        let counts = term.counts(self.catalog);
        let items: String = counts
            .iter()
            .map(|t| {
                format!(
                    "<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                    escape(&term.url(&site.baseurl, &t.name)),
                    escape(&t.name),
                    (w.posts_count)(t.count)
                )
            })
            .collect();
        let list_title = term.title(w);
        let list_url = format!("{}{}", site.baseurl, term.list_path());
        let list = format!(
            "<h1 class=\"page-title\">{list_title}</h1><ul class=\"term-cloud\">{items}</ul>"
        );
        let mut pages = vec![self.content(list_url, list_title.to_string(), list)];
        for t in &counts {
            let heading = term.heading(w, &t.name);
            let url = |n| term.page_url(&site.baseurl, &t.name, n);
            for found in term.pages(self.catalog, &t.name, site.paginate) {
                let page = found.page;
                // As `web::pages::TermPage` draws it; one page needs no page links.
                let main = format!(
                    "<h1 class=\"page-title\">{}</h1><p class=\"page-count\">{}</p><div class=\"post-list\">{}</div>{}",
                    escape(&heading),
                    (w.posts_count)(found.total),
                    found.posts.iter().map(|p| self.card(p)).collect::<String>(),
                    if found.last > 1 { pagination(page, found.last, url, w) } else { String::new() },
                );
                let title = if page == 1 {
                    heading.clone()
                } else {
                    format!("{heading} · {}", (w.page_of)(page, found.last))
                };
                pages.push(self.content(url(page), title, main));
            }
        }
        pages
    }

    fn archive(&self) -> Content {
        let (site, w) = (self.site, self.w());
        let mut main = format!("<h1 class=\"page-title\">{}</h1>", w.archive);
        for year in self.catalog.archive() {
            main.push_str(&format!(
                "<section class=\"archive-year\"><h2>{}</h2>",
                year.year
            ));
            for month in year.months {
                main.push_str(&format!(
                    "<h3>{}</h3><ul class=\"archive-list\">",
                    month_year(year.year, month.month, &site.lang)
                ));
                for post in month.posts {
                    main.push_str(&format!(
                        "<li>{} <a href=\"{}\">{}</a></li>",
                        time(&post.date, &site.lang),
                        escape(&post.url),
                        escape(&post.title)
                    ));
                }
                main.push_str("</ul>");
            }
            main.push_str("</section>");
        }
        self.content(
            format!("{}/archive/", site.baseurl),
            w.archive.to_string(),
            main,
        )
    }

    fn not_found(&self) -> Content {
        let w = self.w();
        let main = format!(
            "<section class=\"not-found\"><h1>{}</h1><p>{}</p><p><a href=\"{}/\">{}</a></p></section>",
            w.not_found, w.not_found_text, escape(&self.site.baseurl), w.back_home
        );
        self.content(
            format!("{}/404.html", self.site.baseurl),
            w.not_found.to_string(),
            main,
        )
    }

    /// The shell with this page's head tags and content filled in. Head tags are
    /// marked `data-prerendered`: the app replaces them with its own when it takes over.
    fn page(&self, c: &Content) -> String {
        let site = self.site;
        let title = if c.title.is_empty() {
            site.title.clone()
        } else {
            format!("{} · {}", c.title, site.title)
        };
        let og_title = if c.title.is_empty() {
            &site.title
        } else {
            &c.title
        };
        let canonical = format!("{}{}", site.url, c.url);
        let head = format!(
            "<title>{title}</title>\n<meta data-prerendered name=\"description\" content=\"{desc}\">\n<meta data-prerendered property=\"og:title\" content=\"{og}\">\n<meta data-prerendered property=\"og:description\" content=\"{desc}\">\n<meta data-prerendered property=\"og:site_name\" content=\"{site_title}\">\n<meta data-prerendered property=\"og:url\" content=\"{canonical}\">\n<meta data-prerendered name=\"twitter:card\" content=\"summary\">\n<meta data-prerendered name=\"twitter:title\" content=\"{og}\">\n<meta data-prerendered name=\"twitter:description\" content=\"{desc}\">\n<link data-prerendered rel=\"canonical\" href=\"{canonical}\">\n<link data-prerendered rel=\"alternate\" type=\"application/atom+xml\" title=\"{site_title}\" href=\"{feed}\">",
            title = escape(&title),
            desc = escape(&c.description),
            og = escape(og_title),
            site_title = escape(&site.title),
            canonical = escape(&canonical),
            feed = escape(&format!("{}/feed.xml", site.baseurl)),
        );
        let body = format!(
            "<div id=\"prerendered\">{}<main id=\"main\" tabindex=\"-1\">{}</main>{}</div><div id=\"app\" hidden></div>",
            self.header(&c.url),
            c.main,
            self.footer()
        );
        let shell = replace_element(self.shell, "<title>", "</title>", &head);
        let shell = replace_between(
            &shell,
            "<html",
            ">",
            &format!(" lang=\"{}\"", escape(&c.lang)),
        );
        shell.replacen("<div id=\"app\"></div>", &body, 1)
    }

    fn header(&self, url: &str) -> String {
        let (site, w) = (self.site, self.w());
        let base = &site.baseurl;
        let here = url.strip_prefix(base.as_str()).unwrap_or(url);
        let sections: [(&str, &str); 5] = [
            ("/", w.home),
            ("/archive/", w.archive),
            ("/tags/", w.tags),
            ("/categories/", w.categories),
            ("/search/", w.search),
        ];
        let items: String = sections
            .iter()
            .map(|(path, label)| {
                let active = if *path == "/" {
                    here == "/" || here.starts_with("/page/")
                } else {
                    here.starts_with(path)
                };
                let current = if active { " aria-current=\"page\"" } else { "" };
                format!(
                    "<li><a href=\"{}{path}\"{current}>{label}</a></li>",
                    escape(base)
                )
            })
            .collect();
        format!(
            "<a class=\"skip-link\" href=\"#main\">{}</a><header class=\"site-header\" lang=\"{lang}\"><div class=\"site-bar\"><a class=\"site-title\" href=\"{}/\">{}</a></div><nav class=\"site-nav\" aria-label=\"Navigation\"><ul>{items}</ul></nav></header>",
            w.skip,
            escape(base),
            escape(&site.title),
            lang = escape(&site.lang),
        )
    }

    fn footer(&self) -> String {
        let site = self.site;
        format!(
            "<footer class=\"site-footer\" lang=\"{}\"><p>{} · <a href=\"{}/feed.xml\" rel=\"alternate\" type=\"application/atom+xml\">{}</a></p></footer>",
            escape(&site.lang),
            escape(&site.author),
            escape(&site.baseurl),
            self.w().feed
        )
    }
}

/// Links to the newer and older pages of a list, as `web::components::Pagination` draws them.
fn pagination(page: usize, last: usize, url: impl Fn(usize) -> String, w: &Words) -> String {
    let link = |rel: &str, n: usize, label: &str| {
        format!("<a rel=\"{rel}\" href=\"{}\">{label}</a>", escape(&url(n)))
    };
    format!(
        "<nav class=\"pagination\" aria-label=\"{label}\">{}<span class=\"page-number\">{label}</span>{}</nav>",
        if page > 1 { link("prev", page - 1, w.newer) } else { String::new() },
        if page < last { link("next", page + 1, w.older) } else { String::new() },
        label = escape(&(w.page_of)(page, last)),
    )
}

fn time(date: &str, lang: &str) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        escape(date),
        escape(&long_date(date, lang))
    )
}

fn draft_badge(draft: bool, w: &Words) -> String {
    if draft {
        format!("<span class=\"draft-badge\">{}</span>", w.draft)
    } else {
        String::new()
    }
}

fn tag_links(tags: &[String], baseurl: &str) -> String {
    let links: String = tags
        .iter()
        .map(|t| {
            format!(
                "<a class=\"tag\" rel=\"tag\" href=\"{}\">{}</a>",
                escape(&tag_url(baseurl, t)),
                escape(t)
            )
        })
        .collect();
    format!("<span class=\"tags\">{links}</span>")
}

fn category_links(categories: &[String], baseurl: &str) -> String {
    let links: String = categories
        .iter()
        .map(|c| {
            format!(
                "<a class=\"category\" href=\"{}\">{}</a>",
                escape(&category_url(baseurl, c)),
                escape(c)
            )
        })
        .collect();
    format!("<span class=\"categories\">{links}</span>")
}

fn toc_html(entries: &[TocEntry], w: &Words, lang: &str, url: &str) -> String {
    let link = |h: &Heading| {
        format!(
            "<a href=\"{}#{}\">{}</a>",
            escape(url),
            escape(&h.id),
            escape(&h.text)
        )
    };
    let items: String = entries
        .iter()
        .map(|entry| {
            let children: String = entry
                .children
                .iter()
                .map(|c| format!("<li>{}</li>", link(c)))
                .collect();
            let children = if children.is_empty() {
                children
            } else {
                format!("<ol>{children}</ol>")
            };
            format!("<li>{}{children}</li>", link(&entry.heading))
        })
        .collect();
    format!(
        "<nav class=\"toc\" aria-labelledby=\"toc-title\" lang=\"{}\"><h2 id=\"toc-title\">{}</h2><ol>{items}</ol></nav>",
        escape(lang),
        w.contents
    )
}

fn neighbours(newer: Option<&PostEntry>, older: Option<&PostEntry>, w: &Words) -> String {
    let link = |p: &PostEntry, rel: &str, label: &str| {
        format!(
            "<a rel=\"{rel}\" href=\"{}\"><span class=\"label\">{label}</span><span class=\"title\">{}</span></a>",
            escape(&p.url),
            escape(&p.title)
        )
    };
    format!(
        "<nav class=\"post-neighbours\" lang=\"{}\" aria-label=\"{} / {}\">{}{}</nav>",
        w.lang,
        w.previous_post,
        w.next_post,
        older
            .map(|p| link(p, "prev", w.previous_post))
            .unwrap_or_default(),
        newer
            .map(|p| link(p, "next", w.next_post))
            .unwrap_or_default()
    )
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
