//! The markup of the blog's pages, written once: the app shows it as its
//! page's HTML, and `carnet build` puts it in the prerendered files. So a
//! prerendered page and the app taking it over are the same markup, and the
//! app's module carries string building instead of a view per element.
//! Everything from the author or the config goes in through [`html!`], which
//! escapes it; rendered Markdown (excerpts, articles) is HTML from carnet's core.
//! `chrome` holds what surrounds every page: head tags, header, footer;
//! `look` the site's colours and fonts as CSS.

pub mod chrome;
pub mod copy;
pub mod labels;
pub mod look;

use crate::catalog::links::{category_url, page_url, tag_url};
use crate::catalog::search::text_of_html;
use crate::catalog::{Catalog, Taxonomy, TermPosts};
use crate::config::SiteConfig;
use crate::html;
use crate::index::{PageEntry, PostEntry, Problem};
use crate::markdown::toc::{table_of_contents, TocEntry};
use crate::markdown::{Heading, Rendered};
use crate::text::Html;
use labels::{labels, long_date, month_year, Labels};

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
    pub main: Html,
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

    fn w(&self) -> &'static Labels {
        labels(&self.site.lang)
    }

    fn page(&self, url: String, title: String, main: Html) -> PageMarkup {
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
            let heading = html!(
                "<h1 class=\"page-title visually-hidden\">{}</h1>",
                site.title
            );
            (heading, String::new())
        } else {
            let text = format!("{} · {}", site.title, (w.page_of)(page, last));
            let heading = html!("<h1 class=\"page-title\">{}</h1>", text);
            (heading, (w.page_of)(page, last))
        };
        let mut intro = Html::new();
        if page == 1 && !site.description.is_empty() {
            intro = html!("<p class=\"site-description\">{}</p>", site.description);
        }
        if page == 1 {
            intro.push(broken_posts(problems, w));
        }
        let main = html!(
            "{}{}<div class=\"post-list\">{}</div>{}",
            heading,
            intro,
            posts.iter().map(|p| self.card(p)).collect::<Html>(),
            pagination(page, last, url, w),
        );
        Some(self.page(url(page), title, main))
    }

    /// A post in a list: title, date, tags, its excerpt and a link to read on.
    pub fn card(&self, post: &PostEntry) -> Html {
        let w = self.w();
        let lang = post.lang.as_deref().unwrap_or(&self.site.lang);
        html!(
            "<article class=\"post-card\"><h2 lang=\"{lang}\"><a href=\"{url}\">{title}</a>\
             {badge}</h2><p class=\"post-meta\">{time}{tags}</p>\
             <div class=\"excerpt\" lang=\"{lang}\">{excerpt}</div><p class=\"read-more\">\
             <a href=\"{url}\" aria-label=\"{label}\">{read_more}</a></p></article>",
            lang = lang,
            url = post.url,
            title = post.title,
            badge = draft_badge(post.draft, w),
            time = self.time(&post.date),
            tags = tag_links(&post.tags, &self.site.baseurl),
            // The index holds excerpts as carnet's Markdown renderer wrote them.
            excerpt = Html::trusted(post.excerpt_html.as_str()),
            label = format!("{} : {}", w.read_more, post.title),
            read_more = w.read_more,
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
            Html::new()
        } else {
            html!("<span class=\"author\"> · {} {}</span>", w.by, author)
        };
        let minutes = rendered.word_count.div_ceil(READING_SPEED).max(1);
        let toc = table_of_contents(rendered)
            .map(|entries| toc_html(&entries, w, &site.lang, &entry.url))
            .unwrap_or_default();
        let (newer, older) = self.catalog.neighbours(index);
        let main = html!(
            "<article class=\"post\" lang=\"{lang}\"><header class=\"post-header\"><h1>\
             {title}{badge}</h1><p class=\"post-meta\" lang=\"{ui_lang}\">\
             {time}{author} · <span class=\"reading-time\">{minutes}</span></p>\
             <p class=\"post-terms\">{categories}{tags}</p></header>\
             {toc}<div class=\"post-content\"{math}>{content}</div></article>{neighbours}",
            lang = lang,
            title = entry.title,
            badge = draft_badge(entry.draft, w),
            // The interface speaks the site's language even inside a post written in another.
            ui_lang = site.lang,
            time = self.time(&entry.date),
            author = author,
            minutes = (w.minutes)(minutes),
            categories = category_links(&entry.categories, &site.baseurl),
            tags = tag_links(&entry.tags, &site.baseurl),
            toc = toc,
            // Said in the markup, so the app taking a prerendered article as it
            // is knows to typeset its math.
            math = Html::trusted(if rendered.has_math { " data-math" } else { "" }),
            content = Html::trusted(rendered.html.as_str()),
            neighbours = neighbours(newer, older, w),
        );
        let description = entry
            .description
            .clone()
            .unwrap_or_else(|| text_of_html(&entry.excerpt_html));
        Some(PageMarkup {
            url: entry.url.clone(),
            title: entry.title.clone(),
            description,
            lang,
            main,
        })
    }

    /// A page of the site (`about.md`): its title, if it has one, and its text.
    pub fn site_page(&self, entry: &PageEntry, rendered: &Rendered) -> PageMarkup {
        let lang = entry.lang.clone().unwrap_or_else(|| self.site.lang.clone());
        let header = if entry.title.is_empty() {
            Html::new()
        } else {
            html!(
                "<header class=\"post-header\"><h1>{}</h1></header>",
                entry.title
            )
        };
        let main = html!(
            "<article class=\"post site-page\" lang=\"{}\">{}<div class=\"post-content\">{}</div></article>",
            lang,
            header,
            Html::trusted(rendered.html.as_str())
        );
        let description = entry
            .description
            .clone()
            .unwrap_or_else(|| self.site.description.clone());
        PageMarkup {
            url: entry.url.clone(),
            title: entry.title.clone(),
            description,
            lang,
            main,
        }
    }

    /// Every tag (or category) with its number of posts.
    pub fn terms(&self, taxonomy: Taxonomy) -> PageMarkup {
        let (site, w) = (self.site, self.w());
        let items: Html = taxonomy
            .counts(self.catalog)
            .iter()
            .map(|t| {
                html!(
                    "<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                    taxonomy.url(&site.baseurl, &t.name),
                    t.name,
                    (w.posts_count)(t.count)
                )
            })
            .collect();
        let title = w.taxonomy_title(taxonomy);
        let main = html!(
            "<h1 class=\"page-title\">{}</h1><ul class=\"term-cloud\">{}</ul>",
            title,
            items
        );
        let url = format!("{}{}", site.baseurl, taxonomy.list_path());
        self.page(url, title.to_string(), main)
    }

    /// One page of the posts with a tag (or in a category).
    pub fn term(&self, taxonomy: Taxonomy, name: &str, found: &TermPosts<'_>) -> PageMarkup {
        let (site, w) = (self.site, self.w());
        let heading = w.term_heading(taxonomy, name);
        let url = |n| taxonomy.page_url(&site.baseurl, name, n);
        // One page needs no page links.
        let pages = if found.last > 1 {
            pagination(found.page, found.last, url, w)
        } else {
            Html::new()
        };
        let main = html!(
            "<h1 class=\"page-title\">{}</h1><p class=\"page-count\">{}</p>\
             <div class=\"post-list\">{}</div>{}",
            heading,
            (w.posts_count)(found.total),
            found.posts.iter().map(|p| self.card(p)).collect::<Html>(),
            pages,
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
        let mut main = html!("<h1 class=\"page-title\">{}</h1>", w.archive);
        for year in self.catalog.archive() {
            main.push(html!(
                "<section class=\"archive-year\"><h2>{}</h2>",
                year.year
            ));
            for month in year.months {
                main.push(html!(
                    "<h3>{}</h3><ul class=\"archive-list\">",
                    self.month(year.year, month.month)
                ));
                for post in month.posts {
                    main.push(html!(
                        "<li>{} <a href=\"{}\">{}</a></li>",
                        self.time(&post.date),
                        post.url,
                        post.title
                    ));
                }
                main.push(Html::trusted("</ul>"));
            }
            main.push(Html::trusted("</section>"));
        }
        let url = format!("{}/archive/", site.baseurl);
        self.page(url, w.archive.to_string(), main)
    }

    fn time(&self, date: &str) -> Html {
        html!(
            "<time datetime=\"{}\">{}</time>",
            date,
            (self.dates.day)(date, &self.site.lang)
        )
    }

    fn month(&self, year: i32, month: u32) -> String {
        (self.dates.month)(year, month, &self.site.lang)
    }
}

/// What an unknown address shows: a clear message and a way home. The app
/// shows it too, in the language it is given (a post's, or the site's).
pub fn not_found(site: &SiteConfig, lang: &str) -> PageMarkup {
    PageMarkup {
        url: format!("{}/404.html", site.baseurl),
        title: labels(lang).not_found.to_string(),
        description: site.description.clone(),
        lang: lang.to_string(),
        main: not_found_main(&site.baseurl, lang),
    }
}

/// The not-found page's content, for a site served under `baseurl`.
pub fn not_found_main(baseurl: &str, lang: &str) -> Html {
    let w = labels(lang);
    html!(
        "<section class=\"not-found\"><h1>{}</h1><p>{}</p><p><a href=\"{}/\">{}</a></p></section>",
        w.not_found,
        w.not_found_text,
        baseurl,
        w.back_home
    )
}

/// Posts that could not be read, where the newest posts are listed: the
/// author sees what to fix, and every other post still shows.
fn broken_posts(problems: &[Problem], w: &Labels) -> Html {
    let items: Html = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| {
            let place = match p.line {
                Some(line) => format!("{}:{line}", p.path),
                None => p.path.clone(),
            };
            html!("<li><code>{}</code> {}</li>", place, p.message)
        })
        .collect();
    if items.is_empty() {
        return items;
    }
    html!(
        "<section class=\"broken-posts\" role=\"note\"><h2>{}</h2><ul>{}</ul></section>",
        w.broken_posts,
        items
    )
}

/// Links to the newer and older pages of a list, and which page this is.
fn pagination(page: usize, last: usize, url: impl Fn(usize) -> String, w: &Labels) -> Html {
    let link = |rel: &str, n: usize, label: &str| {
        html!("<a rel=\"{}\" href=\"{}\">{}</a>", rel, url(n), label)
    };
    html!(
        "<nav class=\"pagination\" aria-label=\"{label}\">\
         {newer}<span class=\"page-number\">{label}</span>{older}</nav>",
        label = (w.page_of)(page, last),
        newer = if page > 1 {
            link("prev", page - 1, w.newer)
        } else {
            Html::new()
        },
        older = if page < last {
            link("next", page + 1, w.older)
        } else {
            Html::new()
        },
    )
}

fn draft_badge(draft: bool, w: &Labels) -> Html {
    if draft {
        html!("<span class=\"draft-badge\">{}</span>", w.draft)
    } else {
        Html::new()
    }
}

fn tag_links(tags: &[String], baseurl: &str) -> Html {
    let links: Html = tags
        .iter()
        .map(|t| {
            html!(
                "<a class=\"tag\" rel=\"tag\" href=\"{}\">{}</a>",
                tag_url(baseurl, t),
                t
            )
        })
        .collect();
    html!("<span class=\"tags\">{}</span>", links)
}

fn category_links(categories: &[String], baseurl: &str) -> Html {
    let links: Html = categories
        .iter()
        .map(|c| {
            html!(
                "<a class=\"category\" href=\"{}\">{}</a>",
                category_url(baseurl, c),
                c
            )
        })
        .collect();
    html!("<span class=\"categories\">{}</span>", links)
}

/// The table of contents of a long post; links carry the page's own URL
/// (a bare `#id` would resolve against `<base href>`).
fn toc_html(entries: &[TocEntry], w: &Labels, lang: &str, url: &str) -> Html {
    let link = |h: &Heading| html!("<a href=\"{}#{}\">{}</a>", url, h.id, h.text);
    let items: Html = entries
        .iter()
        .map(|entry| {
            let children: Html = entry
                .children
                .iter()
                .map(|c| html!("<li>{}</li>", link(c)))
                .collect();
            let children = if children.is_empty() {
                children
            } else {
                html!("<ol>{}</ol>", children)
            };
            html!("<li>{}{}</li>", link(&entry.heading), children)
        })
        .collect();
    html!(
        "<nav class=\"toc\" aria-labelledby=\"toc-title\" lang=\"{}\">\
         <h2 id=\"toc-title\">{}</h2><ol>{}</ol></nav>",
        lang,
        w.contents,
        items
    )
}

fn neighbours(newer: Option<&PostEntry>, older: Option<&PostEntry>, w: &Labels) -> Html {
    let link = |p: &PostEntry, rel: &str, label: &str| {
        html!(
            "<a rel=\"{}\" href=\"{}\"><span class=\"label\">{}</span><span class=\"title\">\
             {}</span></a>",
            rel,
            p.url,
            label,
            p.title
        )
    };
    html!(
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
    use crate::index::Severity;

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
        let card = Markup::new(&site, &catalog)
            .card(&catalog.posts()[0])
            .into_string();
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
        assert!(
            first.main.as_str().find("Post 2").unwrap()
                < first.main.as_str().find("Post 1").unwrap()
        );
        assert!(!first.main.as_str().contains("Post 0"));
        assert!(first
            .main
            .as_str()
            .contains("rel=\"next\" href=\"/blog/page/2/\""));
        let second = markup.home(2, &[]).unwrap();
        assert_eq!(second.url, "/blog/page/2/");
        assert!(second.main.as_str().contains("Post 0"));
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
                severity: Severity::Error,
            },
            Problem {
                path: "notes.txt".into(),
                line: None,
                message: "not a post".into(),
                severity: Severity::Warning,
            },
        ];
        let markup = Markup::new(&site, &catalog);
        let first = markup.home(1, &problems).unwrap().main.into_string();
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
            .as_str()
            .contains("broken-posts"));
    }
}
