//! The catalog: the blog's posts newest first, with the views pages need
//! (a tag's posts, tag counts, pages of the index, the post at a URL,
//! neighbours), tags and categories (`taxonomy`), search, and the URLs of the
//! blog's own pages (`links`).

pub mod links;
pub mod search;
pub mod shards;
pub mod taxonomy;

pub use taxonomy::{Taxonomy, TermPosts};

use crate::index::{sort_newest_first, PageEntry, PostEntry};
use crate::text::url::percent_decode;

#[derive(Debug, Clone, PartialEq)]
pub struct TagCount {
    pub name: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    posts: Vec<PostEntry>,
    /// For a catalog of some of the blog's posts (a shard): the whole
    /// blog's number of posts and term counts.
    totals: Option<Totals>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Totals {
    /// Where the catalog's posts start among the blog's, newest first.
    offset: usize,
    posts: usize,
    tags: Vec<TagCount>,
    categories: Vec<TagCount>,
}

impl Catalog {
    /// Sorts newest first; equal dates by path, newest path first, as Jekyll's
    /// `site.posts` (sorted by date then path, then reversed) lists them.
    pub fn new(mut posts: Vec<PostEntry>) -> Catalog {
        sort_newest_first(&mut posts);
        Catalog {
            posts,
            totals: None,
        }
    }

    /// Some of the blog's posts (a shard of its index, newest first as the
    /// shards hold them, so not sorted again: an archive shard's posts have
    /// no timestamps to sort by) with the whole blog's counts: pages numbered and
    /// terms counted as the whole catalog's are. `offset` is where `posts`
    /// start among the blog's newest first.
    pub fn partial(
        posts: Vec<PostEntry>,
        offset: usize,
        (total, tags, categories): (usize, Vec<TagCount>, Vec<TagCount>),
    ) -> Catalog {
        Catalog {
            posts,
            totals: Some(Totals {
                offset,
                posts: total,
                tags,
                categories,
            }),
        }
    }

    /// Whether this catalog holds only some of the blog's posts.
    pub fn is_partial(&self) -> bool {
        self.totals.is_some()
    }

    pub fn posts(&self) -> &[PostEntry] {
        &self.posts
    }

    /// Page `page` (1-based) of `per_page` posts; `None` past the last page.
    pub fn page(&self, page: usize, per_page: usize) -> Option<&[PostEntry]> {
        let Some(totals) = &self.totals else {
            return page_slice(&self.posts, page, per_page);
        };
        let start = page.checked_sub(1)?.checked_mul(per_page.max(1))?;
        let local = start.checked_sub(totals.offset)?;
        (page <= self.page_count(per_page) && local < self.posts.len().max(1)).then(|| {
            &self.posts[local.min(self.posts.len())..(local + per_page).min(self.posts.len())]
        })
    }

    /// Whether home page `page` can be drawn from this catalog's posts.
    pub fn has_page(&self, page: usize, per_page: usize) -> bool {
        let Some(totals) = &self.totals else {
            return true;
        };
        let start = page.saturating_sub(1) * per_page.max(1);
        let end = (start + per_page.max(1)).min(totals.posts);
        page > self.page_count(per_page)
            || (start >= totals.offset && end <= totals.offset + self.posts.len())
    }

    pub fn page_count(&self, per_page: usize) -> usize {
        let total = self.totals.as_ref().map_or(self.posts.len(), |t| t.posts);
        page_count(total, per_page)
    }

    pub fn with_tag<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = &'a PostEntry> + 'a {
        self.posts
            .iter()
            .filter(move |p| p.tags.iter().any(|t| t == tag))
    }

    pub fn in_category<'a>(
        &'a self,
        category: &'a str,
    ) -> impl Iterator<Item = &'a PostEntry> + 'a {
        self.posts
            .iter()
            .filter(move |p| p.categories.iter().any(|c| c == category))
    }

    /// Every tag with its number of posts, most used first, then by name.
    pub fn tags(&self) -> Vec<TagCount> {
        match &self.totals {
            Some(totals) => totals.tags.clone(),
            None => count(self.posts.iter().flat_map(|p| p.tags.iter())),
        }
    }

    /// Every category with its number of posts, most used first, then by name.
    pub fn categories(&self) -> Vec<TagCount> {
        match &self.totals {
            Some(totals) => totals.categories.clone(),
            None => count(self.posts.iter().flat_map(|p| p.categories.iter())),
        }
    }

    /// Posts grouped by year then month (both newest first), for the archive page.
    pub fn archive(&self) -> Vec<ArchiveYear<'_>> {
        let mut years: Vec<ArchiveYear> = Vec::new();
        for post in &self.posts {
            let (year, month) = year_month(&post.date);
            if years.last().is_none_or(|y| y.year != year) {
                years.push(ArchiveYear {
                    year,
                    months: Vec::new(),
                });
            }
            let months = &mut years.last_mut().expect("pushed above").months;
            if months.last().is_none_or(|m| m.month != month) {
                months.push(ArchiveMonth {
                    month,
                    posts: Vec::new(),
                });
            }
            months.last_mut().expect("pushed above").posts.push(post);
        }
        years
    }

    /// The post served at the address `pathname`, percent-encoded or not,
    /// with or without the site's `baseurl` (post URLs carry it).
    pub fn at_url(&self, pathname: &str, baseurl: &str) -> Option<(usize, &PostEntry)> {
        let wanted = percent_decode(pathname);
        let with_base = format!("{baseurl}{wanted}");
        self.posts.iter().enumerate().find(|(_, p)| {
            let url = percent_decode(&p.url);
            url == wanted || url == with_base
        })
    }

    /// The (newer, older) neighbours of the post at `index`.
    pub fn neighbours(&self, index: usize) -> (Option<&PostEntry>, Option<&PostEntry>) {
        let newer = index.checked_sub(1).and_then(|i| self.posts.get(i));
        (newer, self.posts.get(index + 1))
    }
}

/// Whether `url` (as the index writes it) is the address `pathname`,
/// percent-encoded or not, with or without the site's `baseurl`.
fn is_address(url: &str, pathname: &str, baseurl: &str) -> bool {
    let wanted = percent_decode(pathname);
    let url = percent_decode(url);
    url == wanted || url == format!("{baseurl}{wanted}")
}

/// The site page (`about.md`) served at `pathname`.
pub fn page_at_url<'a>(
    pages: &'a [PageEntry],
    pathname: &str,
    baseurl: &str,
) -> Option<&'a PageEntry> {
    pages.iter().find(|p| is_address(&p.url, pathname, baseurl))
}

/// Where jekyll-redirect-from sends a reader of `pathname`: to the post or
/// page that lists it in `redirect_from`, or on from a post or page with
/// `redirect_to` (a URL of another site, or a path of this one).
pub fn redirect_for(
    posts: &[PostEntry],
    pages: &[PageEntry],
    pathname: &str,
    baseurl: &str,
) -> Option<String> {
    let all = posts
        .iter()
        .map(|p| (&p.url, &p.redirects))
        .chain(pages.iter().map(|p| (&p.url, &p.redirects)));
    for (url, redirects) in all {
        if let Some(to) = redirects
            .to
            .as_ref()
            .filter(|_| is_address(url, pathname, baseurl))
        {
            // Only web addresses: a `javascript:` one must never run.
            if to.starts_with('/') && !to.starts_with("//") {
                return Some(format!("{baseurl}{to}"));
            }
            if to.starts_with("https://") || to.starts_with("http://") {
                return Some(to.clone());
            }
        }
        let old = |from: &String| {
            let from = format!("{baseurl}/{}", from.trim_start_matches('/'));
            let with_html = |path: &str| format!("{}.html", path.trim_end_matches('/'));
            // The plugin writes `/old` as `old.html`, which hosts serve at both.
            is_address(&from, pathname, baseurl)
                || (!from.ends_with('/') && is_address(&with_html(&from), pathname, baseurl))
        };
        if redirects.from.iter().any(old) {
            return Some(url.clone());
        }
    }
    None
}

#[cfg(test)]
mod redirect_tests {
    use super::*;
    use crate::index::Redirects;

    fn post(url: &str, from: &[&str], to: Option<&str>) -> PostEntry {
        PostEntry {
            url: url.into(),
            redirects: Redirects {
                from: from.iter().map(|f| f.to_string()).collect(),
                to: to.map(String::from),
            },
            ..PostEntry::default()
        }
    }

    #[test]
    fn old_addresses_lead_to_their_post_and_redirect_to_sends_readers_on() {
        let posts = [
            post(
                "/blog/2020/new.html",
                &["/old/url/", "2015/01/01/old-name.html", "/x"],
                None,
            ),
            post("/blog/gone.html", &[], Some("https://example.com/")),
            post("/blog/moved.html", &[], Some("/2020/new.html")),
            post("/blog/evil.html", &[], Some("javascript:alert(1)")),
        ];
        let to = |path: &str| redirect_for(&posts, &[], path, "/blog");
        assert_eq!(to("/blog/old/url/").as_deref(), Some("/blog/2020/new.html"));
        assert_eq!(to("/old/url/").as_deref(), Some("/blog/2020/new.html"));
        assert_eq!(
            to("/blog/2015/01/01/old-name.html").as_deref(),
            Some("/blog/2020/new.html")
        );
        assert_eq!(to("/blog/x.html").as_deref(), Some("/blog/2020/new.html"));
        assert_eq!(
            to("/blog/gone.html").as_deref(),
            Some("https://example.com/")
        );
        assert_eq!(
            to("/blog/moved.html").as_deref(),
            Some("/blog/2020/new.html")
        );
        assert_eq!(to("/blog/evil.html"), None);
        assert_eq!(to("/blog/2020/new.html"), None);
    }
}

/// Page `page` (1-based) of `items`, `per_page` a page; `None` for page 0 and
/// past the last page. An empty list still has its page 1, empty.
pub fn page_slice<T>(items: &[T], page: usize, per_page: usize) -> Option<&[T]> {
    let per_page = per_page.max(1);
    let start = page.checked_sub(1)?.checked_mul(per_page)?;
    if start >= items.len() && !(page == 1 && items.is_empty()) {
        return None;
    }
    Some(&items[start..(start + per_page).min(items.len())])
}

/// How many pages `len` items make, `per_page` a page; at least one.
pub fn page_count(len: usize, per_page: usize) -> usize {
    len.div_ceil(per_page.max(1)).max(1)
}

/// A year of the archive, its months newest first.
#[derive(Debug, PartialEq)]
pub struct ArchiveYear<'a> {
    pub year: i32,
    pub months: Vec<ArchiveMonth<'a>>,
}

#[derive(Debug, PartialEq)]
pub struct ArchiveMonth<'a> {
    pub month: u32,
    pub posts: Vec<&'a PostEntry>,
}

fn count<'a>(names: impl Iterator<Item = &'a String>) -> Vec<TagCount> {
    let mut counts: Vec<TagCount> = Vec::new();
    for name in names {
        match counts.iter_mut().find(|c| &c.name == name) {
            Some(c) => c.count += 1,
            None => counts.push(TagCount {
                name: name.clone(),
                count: 1,
            }),
        }
    }
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    counts
}

/// Year and month of an RFC 3339 date as the author wrote it (its own offset).
fn year_month(date: &str) -> (i32, u32) {
    let year = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let month = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    (year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, timestamp: i64, tags: &[&str]) -> PostEntry {
        PostEntry {
            path: path.into(),
            url: format!("/{path}.html"),
            title: path.into(),
            timestamp,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..PostEntry::default()
        }
    }

    #[test]
    fn newest_first_and_same_day_by_path() {
        let catalog = Catalog::new(vec![
            entry("a", 1, &[]),
            entry("c", 2, &[]),
            entry("b", 2, &[]),
        ]);
        let order: Vec<&str> = catalog.posts().iter().map(|p| p.path.as_str()).collect();
        assert_eq!(order, ["c", "b", "a"]);
    }

    #[test]
    fn pages_and_tags() {
        let catalog = Catalog::new(
            (0..7)
                .map(|i| {
                    entry(
                        &format!("p{i}"),
                        i,
                        &["x", "et moi"][..(i as usize % 2 + 1)],
                    )
                })
                .collect(),
        );
        assert_eq!(catalog.page(1, 5).unwrap().len(), 5);
        assert_eq!(catalog.page(2, 5).unwrap().len(), 2);
        assert!(catalog.page(3, 5).is_none());
        assert!(catalog.page(0, 5).is_none());
        assert_eq!(catalog.page_count(5), 2);
        assert_eq!(
            catalog.tags()[0],
            TagCount {
                name: "x".into(),
                count: 7
            }
        );
        assert_eq!(catalog.with_tag("et moi").count(), 3);
    }

    #[test]
    fn any_list_slices_into_pages() {
        let items: Vec<u32> = (1..=10).collect();
        // An exact multiple of the page size: no empty page after the last.
        assert_eq!(page_count(items.len(), 5), 2);
        assert_eq!(page_slice(&items, 1, 5), Some(&items[..5]));
        assert_eq!(page_slice(&items, 2, 5), Some(&items[5..]));
        assert_eq!(page_slice(&items, 3, 5), None);
        // One more item opens a third page holding it alone.
        let eleven: Vec<u32> = (1..=11).collect();
        assert_eq!(page_count(eleven.len(), 5), 3);
        assert_eq!(page_slice(&eleven, 3, 5), Some(&[11][..]));
        // Page 0 and absurd pages are not pages.
        assert_eq!(page_slice(&items, 0, 5), None);
        assert_eq!(page_slice(&items, usize::MAX, 5), None);
        // A page size of 0 is read as 1, never a division by zero.
        assert_eq!(page_count(3, 0), 3);
        assert_eq!(page_slice(&items, 2, 0), Some(&[2][..]));
        // An empty list has one empty page.
        let none: [u32; 0] = [];
        assert_eq!(page_count(0, 5), 1);
        assert_eq!(page_slice(&none, 1, 5), Some(&none[..]));
        assert_eq!(page_slice(&none, 2, 5), None);
    }

    #[test]
    fn the_archive_groups_by_year_then_month() {
        let mut posts = vec![entry("a", 3, &[]), entry("b", 2, &[]), entry("c", 1, &[])];
        posts[0].date = "2020-05-02T00:00:00+00:00".into();
        posts[1].date = "2020-05-01T00:00:00+00:00".into();
        posts[2].date = "2019-12-31T00:00:00+00:00".into();
        let catalog = Catalog::new(posts);
        let archive = catalog.archive();
        assert_eq!(archive.len(), 2);
        assert_eq!(
            (
                archive[0].year,
                archive[0].months[0].month,
                archive[0].months[0].posts.len()
            ),
            (2020, 5, 2)
        );
        assert_eq!((archive[1].year, archive[1].months[0].month), (2019, 12));
    }

    #[test]
    fn neighbours_are_newer_and_older() {
        let catalog = Catalog::new(vec![
            entry("a", 1, &[]),
            entry("b", 2, &[]),
            entry("c", 3, &[]),
        ]);
        let (i, _) = catalog.at_url("/b.html", "").unwrap();
        let (newer, older) = catalog.neighbours(i);
        assert_eq!(
            (newer.unwrap().path.as_str(), older.unwrap().path.as_str()),
            ("c", "a")
        );
    }

    #[test]
    fn a_post_is_found_at_its_address_encoded_or_not_with_or_without_the_base() {
        let mut post = entry("été", 1, &[]);
        post.url = "/blog/2020/01/01/%C3%A9t%C3%A9.html".into();
        let catalog = Catalog::new(vec![entry("a", 2, &[]), post]);
        for address in [
            "/blog/2020/01/01/%C3%A9t%C3%A9.html",
            "/blog/2020/01/01/été.html",
            "/2020/01/01/%C3%A9t%C3%A9.html",
        ] {
            let found = catalog
                .at_url(address, "/blog")
                .map(|(i, p)| (i, p.path.as_str()));
            assert_eq!(found, Some((1, "été")), "{address}");
        }
        assert!(catalog.at_url("/2020/01/01/other.html", "/blog").is_none());
    }
}
