//! The markup of the blog's pages, written once: the app shows it as its
//! page's HTML, and `carnet build` puts it in the prerendered files. So a
//! prerendered page and the app taking it over are the same markup, and the
//! app's module carries string building instead of a view per element.
//! Everything from the author or the config is escaped; rendered Markdown
//! (excerpts, articles) is HTML from carnet's core.

use crate::discover::{PostEntry, Problem};
use crate::render::feed::escape;
use crate::render::toc::{table_of_contents, TocEntry};
use crate::render::{Heading, Rendered};
use crate::site::links::{category_url, page_url, tag_url};
use crate::site::taxonomy::{Taxonomy, TermPage};
use crate::site::words::{long_date, month_year, words, Words};
use crate::site::{Catalog, SiteConfig};

/// Words a minute, for the reading time (the usual figure for prose on screens).
const READING_SPEED: usize = 200;

/// One page: what goes in `<main>`, and what its head tags say.
#[derive(Debug, Clone, PartialEq)]
pub struct PageMarkup {
    /// The page's URL path, base path included.
    pub url: String,
    /// Empty for the home page, which is titled by the site alone.
    pub title: String,
    pub description: String,
    /// The page's language: the site's, or a post's own.
    pub lang: String,
    pub main: String,
}

/// How dates read: a day (`rfc3339, lang`: "1 février 2017") and a month
/// (`year, month, lang`: "février 2017").
#[derive(Clone, Copy)]
pub struct Dates {
    pub day: fn(&str, &str) -> String,
    pub month: fn(i32, u32, &str) -> String,
}

/// carnet's own: French and English, ISO dates for other languages. (The app
/// hands other languages to the browser's Intl.)
pub const CARNET_DATES: Dates = Dates {
    day: long_date,
    month: month_year,
};

pub struct Markup<'a> {
    pub site: &'a SiteConfig,
    pub catalog: &'a Catalog,
    pub dates: Dates,
}

impl<'a> Markup<'a> {
    /// Markup with carnet's own dates, as `carnet build` writes them.
    pub fn new(site: &'a SiteConfig, catalog: &'a Catalog) -> Markup<'a> {
        Markup {
            site,
            catalog,
            dates: CARNET_DATES,
        }
    }

    fn w(&self) -> &'static Words {
        words(&self.site.lang)
    }

    fn page(&self, url: String, title: String, main: String) -> PageMarkup {
        PageMarkup {
            url,
            title,
            description: self.site.description.clone(),
            lang: self.site.lang.clone(),
            main,
        }
    }

    /// Page `page` of the newest posts; `None` past the last page. `problems`
    /// (posts that could not be read) head the first page.
    pub fn home(&self, page: usize, problems: &[Problem]) -> Option<PageMarkup> {
        let (site, w) = (self.site, self.w());
        let posts = self.catalog.page(page, site.paginate)?;
        let last = self.catalog.page_count(site.paginate);
        let url = |n| page_url(&site.baseurl, &site.paginate_path, n);
        let (heading, title) = if page == 1 {
            let heading = format!(
                "<h1 class=\"page-title visually-hidden\">{}</h1>",
                escape(&site.title)
            );
            (heading, String::new())
        } else {
            let text = format!("{} · {}", site.title, (w.page_of)(page, last));
            let heading = format!("<h1 class=\"page-title\">{}</h1>", escape(&text));
            (heading, (w.page_of)(page, last))
        };
        let mut intro = String::new();
        if page == 1 && !site.description.is_empty() {
            intro = format!(
                "<p class=\"site-description\">{}</p>",
                escape(&site.description)
            );
        }
        if page == 1 {
            intro.push_str(&broken_posts(problems, w));
        }
        let main = format!(
            "{heading}{intro}<div class=\"post-list\">{}</div>{}",
            posts.iter().map(|p| self.card(p)).collect::<String>(),
            pagination(page, last, url, w),
        );
        Some(self.page(url(page), title, main))
    }

    /// A post in a list: title, date, tags, its excerpt and a link to read on.
    pub fn card(&self, post: &PostEntry) -> String {
        let w = self.w();
        let lang = post.lang.as_deref().unwrap_or(&self.site.lang);
        format!(
            "<article class=\"post-card\"><h2 lang=\"{lang}\"><a href=\"{url}\">{}</a>{}</h2><p class=\"post-meta\">{}{}</p><div class=\"excerpt\" lang=\"{lang}\">{}</div><p class=\"read-more\"><a href=\"{url}\" aria-label=\"{}\">{}</a></p></article>",
            escape(&post.title),
            draft_badge(post.draft, w),
            self.time(&post.date),
            tag_links(&post.tags, &self.site.baseurl),
            post.excerpt_html,
            escape(&format!("{} : {}", w.read_more, post.title)),
            w.read_more,
            url = escape(&post.url),
            lang = escape(lang),
        )
    }

    /// The article at `index` in the catalog, its Markdown rendered: header
    /// (title, date, author, reading time, categories, tags), table of
    /// contents for long posts, the text, and the neighbouring posts.
    pub fn article(&self, index: usize, rendered: &Rendered) -> Option<PageMarkup> {
        let (site, w) = (self.site, self.w());
        let entry = self.catalog.posts().get(index)?;
        let lang = entry.lang.clone().unwrap_or_else(|| site.lang.clone());
        let author = entry.author.as_deref().unwrap_or(&site.author);
        let author = if author.is_empty() {
            String::new()
        } else {
            format!(
                "<span class=\"author\"> · {} {}</span>",
                w.by,
                escape(author)
            )
        };
        let minutes = rendered.words.div_ceil(READING_SPEED).max(1);
        let toc = table_of_contents(rendered)
            .map(|entries| toc_html(&entries, w, &site.lang, &entry.url))
            .unwrap_or_default();
        let (newer, older) = self.catalog.neighbours(index);
        let main = format!(
            "<article class=\"post\" lang=\"{}\"><header class=\"post-header\"><h1>{}{}</h1><p class=\"post-meta\" lang=\"{ui_lang}\">{}{author} · <span class=\"reading-time\">{}</span></p><p class=\"post-terms\">{}{}</p></header>{toc}<div class=\"post-content\">{}</div></article>{}",
            escape(&lang),
            escape(&entry.title),
            draft_badge(entry.draft, w),
            self.time(&entry.date),
            (w.minutes)(minutes),
            category_links(&entry.categories, &site.baseurl),
            tag_links(&entry.tags, &site.baseurl),
            rendered.html,
            neighbours(newer, older, w),
            // The interface speaks the site's language even inside a post written in another.
            ui_lang = escape(&site.lang),
        );
        let description = entry
            .description
            .clone()
            .unwrap_or_else(|| crate::site::search::text_of_html(&entry.excerpt_html));
        Some(PageMarkup {
            url: entry.url.clone(),
            title: entry.title.clone(),
            description,
            lang,
            main,
        })
    }

    /// Every tag (or category) with its number of posts.
    pub fn terms(&self, taxonomy: Taxonomy) -> PageMarkup {
        let (site, w) = (self.site, self.w());
        let items: String = taxonomy
            .counts(self.catalog)
            .iter()
            .map(|t| {
                format!(
                    "<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                    escape(&taxonomy.url(&site.baseurl, &t.name)),
                    escape(&t.name),
                    (w.posts_count)(t.count)
                )
            })
            .collect();
        let title = taxonomy.title(w);
        let main =
            format!("<h1 class=\"page-title\">{title}</h1><ul class=\"term-cloud\">{items}</ul>");
        let url = format!("{}{}", site.baseurl, taxonomy.list_path());
        self.page(url, title.to_string(), main)
    }

    /// One page of the posts with a tag (or in a category).
    pub fn term(&self, taxonomy: Taxonomy, name: &str, found: &TermPage<'_>) -> PageMarkup {
        let (site, w) = (self.site, self.w());
        let heading = taxonomy.heading(w, name);
        let url = |n| taxonomy.page_url(&site.baseurl, name, n);
        // One page needs no page links.
        let pages = if found.last > 1 {
            pagination(found.page, found.last, url, w)
        } else {
            String::new()
        };
        let main = format!(
            "<h1 class=\"page-title\">{}</h1><p class=\"page-count\">{}</p><div class=\"post-list\">{}</div>{pages}",
            escape(&heading),
            (w.posts_count)(found.total),
            found.posts.iter().map(|p| self.card(p)).collect::<String>(),
        );
        let title = if found.page == 1 {
            heading
        } else {
            format!("{heading} · {}", (w.page_of)(found.page, found.last))
        };
        self.page(url(found.page), title, main)
    }

    /// Every post, by year and month, newest first.
    pub fn archive(&self) -> PageMarkup {
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
                    escape(&self.month(year.year, month.month))
                ));
                for post in month.posts {
                    main.push_str(&format!(
                        "<li>{} <a href=\"{}\">{}</a></li>",
                        self.time(&post.date),
                        escape(&post.url),
                        escape(&post.title)
                    ));
                }
                main.push_str("</ul>");
            }
            main.push_str("</section>");
        }
        let url = format!("{}/archive/", site.baseurl);
        self.page(url, w.archive.to_string(), main)
    }

    fn time(&self, date: &str) -> String {
        format!(
            "<time datetime=\"{}\">{}</time>",
            escape(date),
            escape(&(self.dates.day)(date, &self.site.lang))
        )
    }

    fn month(&self, year: i32, month: u32) -> String {
        (self.dates.month)(year, month, &self.site.lang)
    }
}

/// What an unknown address shows: a clear message and a way home.
pub fn not_found(site: &SiteConfig, lang: &str) -> PageMarkup {
    let w = words(lang);
    let main = format!(
        "<section class=\"not-found\"><h1>{}</h1><p>{}</p><p><a href=\"{}/\">{}</a></p></section>",
        w.not_found,
        w.not_found_text,
        escape(&site.baseurl),
        w.back_home
    );
    PageMarkup {
        url: format!("{}/404.html", site.baseurl),
        title: w.not_found.to_string(),
        description: site.description.clone(),
        lang: lang.to_string(),
        main,
    }
}

/// Posts that could not be read, where the newest posts are listed: the
/// author sees what to fix, and every other post still shows.
fn broken_posts(problems: &[Problem], w: &Words) -> String {
    let items: String = problems
        .iter()
        .filter(|p| p.error)
        .map(|p| {
            let place = match p.line {
                Some(line) => format!("{}:{line}", p.path),
                None => p.path.clone(),
            };
            format!(
                "<li><code>{}</code> {}</li>",
                escape(&place),
                escape(&p.message)
            )
        })
        .collect();
    if items.is_empty() {
        return items;
    }
    format!(
        "<section class=\"broken-posts\" role=\"note\"><h2>{}</h2><ul>{items}</ul></section>",
        w.broken_posts
    )
}

/// Links to the newer and older pages of a list, and which page this is.
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

/// The table of contents of a long post; links carry the page's own URL
/// (a bare `#id` would resolve against `<base href>`).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::new(
            (0..3)
                .map(|i| PostEntry {
                    path: format!("2020-01-0{}-p.md", i + 1),
                    url: format!("/blog/p{i}.html"),
                    title: format!("<b>Post {i}</b>"),
                    date: format!("2020-01-0{}T10:00:00+00:00", i + 1),
                    timestamp: i,
                    tags: vec!["et moi".into()],
                    excerpt_html: format!("<p>Excerpt {i}</p>"),
                    ..PostEntry::default()
                })
                .collect(),
        )
    }

    fn site() -> SiteConfig {
        SiteConfig {
            lang: "fr".into(),
            baseurl: "/blog".into(),
            paginate: 2,
            ..SiteConfig::default()
        }
    }

    #[test]
    fn cards_escape_what_authors_write_and_keep_rendered_excerpts() {
        let (site, catalog) = (site(), catalog());
        let card = Markup::new(&site, &catalog).card(&catalog.posts()[0]);
        assert!(card.contains("&lt;b&gt;Post 2&lt;/b&gt;"), "{card}");
        assert!(card.contains("<div class=\"excerpt\" lang=\"fr\"><p>Excerpt 2</p></div>"));
        assert!(card.contains("<time datetime=\"2020-01-03T10:00:00+00:00\">3 janvier 2020</time>"));
        assert!(card.contains("href=\"/blog/tags/et%20moi/\""), "{card}");
    }

    #[test]
    fn home_pages_list_the_newest_first_then_stop() {
        let (site, catalog) = (site(), catalog());
        let markup = Markup::new(&site, &catalog);
        let first = markup.home(1, &[]).unwrap();
        assert_eq!(first.title, "");
        assert!(first.main.find("Post 2").unwrap() < first.main.find("Post 1").unwrap());
        assert!(!first.main.contains("Post 0"));
        assert!(first.main.contains("rel=\"next\" href=\"/blog/page/2/\""));
        let second = markup.home(2, &[]).unwrap();
        assert_eq!(second.url, "/blog/page/2/");
        assert!(second.main.contains("Post 0"));
        assert!(markup.home(3, &[]).is_none());
        assert!(markup.home(0, &[]).is_none());
    }

    #[test]
    fn broken_posts_head_the_first_page_with_their_line() {
        let (site, catalog) = (site(), catalog());
        let problems = [
            Problem {
                path: "2021-01-01-x.md".into(),
                line: Some(3),
                message: "bad <yaml>".into(),
                error: true,
            },
            Problem {
                path: "notes.txt".into(),
                line: None,
                message: "not a post".into(),
                error: false,
            },
        ];
        let markup = Markup::new(&site, &catalog);
        let first = markup.home(1, &problems).unwrap().main;
        assert!(
            first.contains("<code>2021-01-01-x.md:3</code> bad &lt;yaml&gt;"),
            "{first}"
        );
        assert!(
            !first.contains("notes.txt"),
            "warnings are not shown to readers"
        );
        assert!(!markup
            .home(2, &problems)
            .unwrap()
            .main
            .contains("broken-posts"));
    }
}
