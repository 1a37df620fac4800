//! The shards an article is drawn from without the whole index: each post
//! with its position among the blog's posts (newest first) and its newer
//! and older neighbours (what the links under it show), spread over
//! [`POST_BUCKETS`] files by a hash of the post's address, so the app (and
//! `public/early.js`) knows from the address alone which file to fetch.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{is_address, Catalog, TagCount};
use crate::index::{fnv1a, PageEntry, PostEntry};
use crate::text::url::percent_decode;

/// Files the posts are spread over: about ten posts a file, a few KB
/// brotli, at 10,000 posts. `public/early.js` has the same number; a change
/// is a new [`super::SHARDS_VERSION`].
pub const POST_BUCKETS: u64 = 1024;

/// A post as its article needs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleShard {
    /// Where the post is among the blog's posts, newest first.
    pub position: usize,
    pub post: PostEntry,
    /// The neighbours hold only what their links show (title, address) and
    /// what orders them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer: Option<PostEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub older: Option<PostEntry>,
}

/// The key of an address: its path inside the site (the `baseurl` off),
/// decoded, so `/blog/%C3%A9t%C3%A9.html` and `/été.html` are one key.
pub fn address_key(address: &str, baseurl: &str) -> String {
    let decoded = percent_decode(address);
    match decoded.strip_prefix(baseurl) {
        Some(rest) if !baseurl.is_empty() && rest.starts_with('/') => rest.to_string(),
        _ => decoded,
    }
}

/// The file (in the shards folder) of the post at `key` (see [`address_key`]).
pub fn post_file(key: &str) -> String {
    bucket_file(fnv1a(key.as_bytes()) % POST_BUCKETS)
}

fn bucket_file(n: u64) -> String {
    format!("post-{n:03x}.json")
}

impl ArticleShard {
    /// Whether this is the post served at `pathname` (as `Catalog::at_url` reads it).
    pub fn is_at(&self, pathname: &str, baseurl: &str) -> bool {
        is_address(&self.post.url, pathname, baseurl)
    }

    /// A catalog of the post and its neighbours, numbered within the whole blog.
    pub fn catalog(self, totals: (usize, Vec<TagCount>, Vec<TagCount>)) -> Catalog {
        let offset = self.position - usize::from(self.newer.is_some());
        let posts = self.newer.into_iter().chain([self.post]).chain(self.older);
        Catalog::partial(posts.collect(), offset, totals)
    }
}

/// The article shards of a catalog, by file: every file, those no post falls
/// in empty, so no address (a page, a typo) asks for a missing file, which
/// browsers report as an error. A post whose address another post or a page
/// redirects from is left out: the whole index, which knows every redirect,
/// draws it.
pub fn article_shards(
    catalog: &Catalog,
    pages: &[PageEntry],
    baseurl: &str,
) -> BTreeMap<String, Vec<ArticleShard>> {
    let redirected = redirect_sources(catalog.posts(), pages, baseurl);
    let posts = catalog.posts();
    let mut files: BTreeMap<String, Vec<ArticleShard>> = (0..POST_BUCKETS)
        .map(|n| (bucket_file(n), Vec::new()))
        .collect();
    for (position, post) in posts.iter().enumerate() {
        let url = percent_decode(&post.url);
        if redirected.contains(&url) || redirected.contains(&format!("{baseurl}{url}")) {
            continue;
        }
        let shard = ArticleShard {
            position,
            post: post.clone(),
            newer: position.checked_sub(1).map(|i| link_only(&posts[i])),
            older: posts.get(position + 1).map(link_only),
        };
        let file = post_file(&address_key(&post.url, baseurl));
        files.entry(file).or_default().push(shard);
    }
    files
}

/// Every address a `redirect_from` names, decoded, as `catalog::redirect_for`
/// matches them (`/old` also as `old.html`).
fn redirect_sources(posts: &[PostEntry], pages: &[PageEntry], baseurl: &str) -> HashSet<String> {
    let froms = posts
        .iter()
        .flat_map(|p| &p.redirects.from)
        .chain(pages.iter().flat_map(|p| &p.redirects.from));
    let mut sources = HashSet::new();
    for from in froms {
        let from = format!("{baseurl}/{}", from.trim_start_matches('/'));
        if !from.ends_with('/') {
            sources.insert(percent_decode(&format!("{from}.html")));
        }
        sources.insert(percent_decode(&from));
    }
    sources
}

/// A neighbour as its link shows it: title and address, and its date and
/// path, which order it among the posts.
fn link_only(post: &PostEntry) -> PostEntry {
    PostEntry {
        path: post.path.clone(),
        url: post.url.clone(),
        title: post.title.clone(),
        date: post.date.clone(),
        timestamp: post.timestamp,
        ..PostEntry::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::redirect_for;
    use crate::index::Redirects;

    fn post(i: i64, url: &str) -> PostEntry {
        PostEntry {
            path: format!("{i:03}.md"),
            url: url.into(),
            title: format!("Post {i}"),
            timestamp: i,
            excerpt_html: format!("<p>Excerpt {i}</p>"),
            ..PostEntry::default()
        }
    }

    fn blog() -> Catalog {
        let mut posts: Vec<PostEntry> = (0..40)
            .map(|i| post(i, &format!("/blog/{i}/été.html")))
            .collect();
        posts[5].redirects = Redirects {
            from: vec!["/old".into()],
            to: None,
        };
        posts.push(post(40, "/blog/old.html"));
        Catalog::new(posts)
    }

    #[test]
    fn every_file_is_written_even_empty() {
        let files = article_shards(&blog(), &[], "/blog");
        assert_eq!(files.len() as u64, POST_BUCKETS);
        assert!(files.values().any(Vec::is_empty));
        assert_eq!(
            files.values().map(Vec::len).sum::<usize>(),
            40,
            "all but the redirected"
        );
    }

    fn shard_at(catalog: &Catalog, pathname: &str) -> Option<ArticleShard> {
        let files = article_shards(catalog, &[], "/blog");
        let file = post_file(&address_key(pathname, "/blog"));
        files
            .get(&file)?
            .iter()
            .find(|s| s.is_at(pathname, "/blog"))
            .cloned()
    }

    #[test]
    fn an_article_is_drawn_from_its_shard_as_from_the_whole_catalog() {
        let whole = blog();
        for pathname in [
            "/blog/7/%C3%A9t%C3%A9.html",
            "/7/été.html",
            "/blog/0/été.html",
            "/blog/39/été.html",
        ] {
            let shard = shard_at(&whole, pathname).expect(pathname);
            let partial = shard.catalog((41, vec![], vec![]));
            let (i, post) = partial.at_url(pathname, "/blog").unwrap();
            let (j, expected) = whole.at_url(pathname, "/blog").unwrap();
            assert_eq!(post, expected, "{pathname}: the post whole");
            let titles = |(newer, older): (Option<&PostEntry>, Option<&PostEntry>)| {
                (
                    newer.map(|p| p.title.clone()),
                    older.map(|p| p.title.clone()),
                )
            };
            assert_eq!(
                titles(partial.neighbours(i)),
                titles(whole.neighbours(j)),
                "{pathname}: its neighbours' links"
            );
        }
    }

    #[test]
    fn an_address_something_redirects_from_is_left_to_the_whole_index() {
        let whole = blog();
        assert!(redirect_for(whole.posts(), &[], "/blog/old.html", "/blog").is_some());
        assert_eq!(shard_at(&whole, "/blog/old.html"), None);
        assert!(shard_at(&whole, "/blog/5/été.html").is_some());
    }

    #[test]
    fn keys_ignore_the_base_and_the_encoding() {
        assert_eq!(
            address_key("/blog/%C3%A9t%C3%A9.html", "/blog"),
            "/été.html"
        );
        assert_eq!(address_key("/été.html", "/blog"), "/été.html");
        assert_eq!(address_key("/blogroll/", "/blog"), "/blogroll/");
        assert_eq!(address_key("/a/", ""), "/a/");
        // The number public/early.js computes for the same key.
        assert_eq!(post_file("/2020/01/01/été.html"), "post-384.json");
    }
}
