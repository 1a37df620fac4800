//! The Atom 1.0 feed (RFC 4287) at `/feed.xml`, where jekyll-feed puts it, so
//! subscribers of a moved Jekyll blog keep their feed. Also the sitemap and
//! robots.txt a deploy build writes beside it.

use carnet_core::config::SiteConfig;
use carnet_core::html;
use carnet_core::index::PostEntry;
use carnet_core::text::Html;

/// How many posts the feed carries, as jekyll-feed's default `posts_limit`.
pub const FEED_POSTS: usize = 10;

/// A post for the feed: its index entry and its full rendered content.
pub struct FeedPost<'a> {
    pub entry: &'a PostEntry,
    pub content_html: String,
}

/// Writes the feed for `posts` (newest first). Every text from front matter is
/// escaped by `html!` (XML's rules are HTML's here): a title is text, never
/// markup, and the posts' HTML goes in as text, as `type="html"` wants.
pub fn atom_feed(site: &SiteConfig, posts: &[FeedPost]) -> String {
    let root = absolute(site, "/");
    let updated = posts
        .first()
        .map_or("1970-01-01T00:00:00+00:00", |p| p.entry.date.as_str());
    let mut xml = Html::trusted("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push(html!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        site.lang
    ));
    xml.push(html!("<id>{}</id>\n", root));
    xml.push(html!("<title type=\"text\">{}</title>\n", site.title));
    if !site.description.is_empty() {
        xml.push(html!("<subtitle>{}</subtitle>\n", site.description));
    }
    xml.push(html!("<updated>{}</updated>\n", updated));
    xml.push(html!(
        "<link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n",
        absolute(site, "/feed.xml")
    ));
    xml.push(html!(
        "<link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
        root
    ));
    xml.push(Html::trusted("<generator>carnet</generator>\n"));
    if !site.author.is_empty() {
        xml.push(html!("<author><name>{}</name></author>\n", site.author));
    }
    for post in posts.iter().take(FEED_POSTS) {
        xml.push(entry(site, post));
    }
    xml.push(Html::trusted("</feed>\n"));
    xml.into_string()
}

fn entry(site: &SiteConfig, post: &FeedPost) -> Html {
    let e = post.entry;
    let url = absolute_url(site, &e.url);
    let mut xml = Html::trusted("<entry>\n");
    xml.push(html!("<title type=\"text\">{}</title>\n", e.title));
    xml.push(html!(
        "<link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
        url
    ));
    xml.push(html!("<id>{}</id>\n", url));
    xml.push(html!("<published>{}</published>\n", e.date));
    xml.push(html!("<updated>{}</updated>\n", e.date));
    if let Some(author) = &e.author {
        xml.push(html!("<author><name>{}</name></author>\n", author));
    }
    for term in e.categories.iter().chain(&e.tags) {
        xml.push(html!("<category term=\"{}\"/>\n", term));
    }
    xml.push(html!(
        "<summary type=\"html\">{}</summary>\n",
        e.excerpt_html
    ));
    xml.push(html!(
        "<content type=\"html\" xml:base=\"{}\">{}</content>\n",
        url,
        post.content_html
    ));
    xml.push(Html::trusted("</entry>\n"));
    xml
}

/// `sitemap.xml`: every page a crawler should know, with the post dates.
pub fn sitemap(site: &SiteConfig, pages: &[(String, Option<String>)]) -> String {
    let mut xml = Html::trusted(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, lastmod) in pages {
        xml.push(html!("<url><loc>{}</loc>", absolute_url(site, path)));
        if let Some(date) = lastmod {
            xml.push(html!("<lastmod>{}</lastmod>", date));
        }
        xml.push(Html::trusted("</url>\n"));
    }
    xml.push(Html::trusted("</urlset>\n"));
    xml.into_string()
}

pub fn robots_txt(site: &SiteConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        absolute(site, "/sitemap.xml")
    )
}

/// `path` under the site's base URL, made absolute with its `url`.
fn absolute(site: &SiteConfig, path: &str) -> String {
    absolute_url(site, &format!("{}{path}", site.baseurl))
}

/// A URL path that already includes the base URL, made absolute.
fn absolute_url(site: &SiteConfig, path: &str) -> String {
    format!("{}{path}", site.url.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(title: &str, date: &str) -> PostEntry {
        PostEntry {
            path: "p.md".into(),
            url: "/blog/2017/02/01/p.html".into(),
            title: title.into(),
            date: date.into(),
            categories: vec!["good_job".into()],
            tags: vec!["et moi".into()],
            excerpt_html: "<p>Intro</p>".into(),
            ..PostEntry::default()
        }
    }

    fn site() -> SiteConfig {
        SiteConfig {
            title: "Carnet & co".into(),
            url: "https://example.org".into(),
            baseurl: "/blog".into(),
            ..SiteConfig::default()
        }
    }

    #[test]
    fn the_feed_is_atom_with_absolute_links_and_escaped_text() {
        let entry = post("<img src=x onerror=alert(1)>", "2017-02-01T00:00:00+00:00");
        let xml = atom_feed(
            &site(),
            &[FeedPost {
                entry: &entry,
                content_html: "<p>Body</p>".into(),
            }],
        );
        assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assert!(xml.contains("<title type=\"text\">Carnet &amp; co</title>"));
        assert!(xml.contains("<link href=\"https://example.org/blog/feed.xml\" rel=\"self\""));
        assert!(xml.contains("<id>https://example.org/blog/2017/02/01/p.html</id>"));
        assert!(xml.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!xml.contains("<img"));
        assert!(xml.contains("<content type=\"html\" xml:base=\"https://example.org/blog/2017/02/01/p.html\">&lt;p&gt;Body&lt;/p&gt;</content>"));
        assert!(xml.contains("<updated>2017-02-01T00:00:00+00:00</updated>"));
    }

    #[test]
    fn the_feed_keeps_the_newest_posts_only() {
        let entries: Vec<PostEntry> = (0..15)
            .map(|i| post(&format!("P{i}"), "2020-01-01T00:00:00Z"))
            .collect();
        let posts: Vec<FeedPost> = entries
            .iter()
            .map(|entry| FeedPost {
                entry,
                content_html: String::new(),
            })
            .collect();
        assert_eq!(
            atom_feed(&site(), &posts).matches("<entry>").count(),
            FEED_POSTS
        );
    }

    #[test]
    fn sitemap_and_robots_point_at_absolute_urls() {
        let xml = sitemap(
            &site(),
            &[
                ("/blog/".into(), None),
                ("/blog/a.html".into(), Some("2020-01-01".into())),
            ],
        );
        assert!(xml.contains("<url><loc>https://example.org/blog/</loc></url>"));
        assert!(
            xml.contains("<loc>https://example.org/blog/a.html</loc><lastmod>2020-01-01</lastmod>")
        );
        assert_eq!(
            robots_txt(&site()),
            "User-agent: *\nAllow: /\nSitemap: https://example.org/blog/sitemap.xml\n"
        );
    }
}
