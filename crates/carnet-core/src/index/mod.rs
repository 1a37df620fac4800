//! The post index: one JSON file holding the site config and, per post, the
//! front matter summary, the rendered excerpt, the URL and a content hash;
//! and how posts are found to build it (`source`: files, `listing`: a host's
//! directory listing, `protocol`: the browser's indexer worker).

mod liquid;
pub mod listing;
pub mod protocol;
mod source;

pub use liquid::{Folder, IncludeFile, SiteFiles};
pub use source::{is_posts_folder, read_post, Layout, SourceFile};

use serde::{Deserialize, Serialize};

use crate::config::SiteConfig;
use crate::liquid::has_liquid;
use crate::markdown::languages_in_source;
use crate::markdown::RenderOptions;
use crate::page::Page;
use crate::post::{FrontMatterError, Post, PostError};
use crate::text::url::percent_decode;

/// Bumped whenever a field changes meaning, so an old app never misreads a new index.
/// 2: a problem's `error: bool` became `severity`.
/// 3: a post's `path` may name an `.html` post, whose body is no Markdown.
/// The shards' head (`catalog::shards`) carries it too: bump it when they change.
pub const INDEX_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostIndex {
    pub version: u32,
    pub site: SiteConfig,
    pub posts: Vec<PostEntry>,
    /// Files that are not posts or could not be read; shown, never fatal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    /// The files of `_data/` (their paths there), which Liquid's `site.data` reads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_files: Vec<String>,
    /// The site's pages the app draws (Markdown and HTML ones, by path).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<PageEntry>,
}

/// A page of the site (`about.md`): fetched and rendered like a post, but
/// in no list of posts and not in the feed.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageEntry {
    /// Relative to the site root (carnet's `pages/` folder); the app fetches
    /// it under `_pages/`, a folder no static file can be in.
    pub path: String,
    pub url: String,
    /// Empty when the front matter has none (such pages stay out of the header).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub liquid: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code_languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Redirects::is_empty")]
    pub redirects: Redirects,
    pub hash: String,
    pub size: usize,
}

/// jekyll-redirect-from's front matter keys, for posts and pages alike.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Redirects {
    /// Old paths under the base path (`/old/url/`) that lead to this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<String>,
    /// Where this one sends its readers instead (a URL, or a path of the site).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

impl Redirects {
    pub fn is_empty(&self) -> bool {
        self.from.is_empty() && self.to.is_none()
    }
}

impl PageEntry {
    pub fn from_page(page: &Page, bytes: &[u8]) -> PageEntry {
        PageEntry {
            path: page.path.clone(),
            url: page.url.clone(),
            title: page.title.clone().unwrap_or_default(),
            description: page.description.clone(),
            lang: page.lang.clone(),
            liquid: has_liquid(&page.body),
            code_languages: languages_in_source(&page.body),
            redirects: Redirects {
                from: page.redirect_from.clone(),
                to: page.redirect_to.clone(),
            },
            hash: content_hash(bytes),
            size: bytes.len(),
        }
    }
}

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostEntry {
    /// Path of the post file (Markdown, or HTML by its extension) relative to the posts folder.
    pub path: String,
    pub url: String,
    pub title: String,
    /// RFC 3339 with offset.
    pub date: String,
    /// Seconds since the epoch, for sorting without parsing `date`.
    pub timestamp: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    pub excerpt_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Drafts, unpublished and future posts only reach the index in preview builds.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// The body has Liquid: the app starts the worker that runs it while
    /// the post downloads.
    #[serde(default, skip_serializing_if = "is_false")]
    pub liquid: bool,
    /// The languages of its code blocks to colour (see
    /// `markdown::languages_in_source`): the app fetches their grammars
    /// while the post downloads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code_languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Redirects::is_empty")]
    pub redirects: Redirects,
    /// FNV-1a 64 of the file bytes, hex: changes when the post does.
    pub hash: String,
    pub size: usize,
}

fn is_false(b: &bool) -> bool {
    !b
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub message: String,
    pub severity: Severity,
}

/// A skipped file (not a post) or a post published despite its front matter
/// is a warning; a broken post (one Jekyll fails to build) is an error, shown
/// at the top of the index and refused by `carnet build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Problem {
    /// The problem of a file that did not read as a post. Files Jekyll would
    /// not take for posts at all are skipped with a warning; broken posts are
    /// errors. The CLI and the browser's indexer both decide here.
    pub fn of_post(path: &str, error: &PostError) -> Problem {
        let (severity, message) = if error.is_skip() {
            (Severity::Warning, format!("skipped, not a post: {error}"))
        } else {
            (Severity::Error, error.to_string())
        };
        Problem {
            path: path.to_string(),
            line: error.line(),
            message,
            severity,
        }
    }

    /// The warning of a post Jekyll publishes although its front matter is
    /// broken: what is wrong, and what Jekyll then makes of the post.
    pub fn of_front_matter(path: &str, error: &FrontMatterError) -> Problem {
        let outcome = match error {
            FrontMatterError::Unclosed { .. } => "Jekyll publishes the whole file as the body",
            _ => "Jekyll publishes the post without it: no title, dated at build time",
        };
        Problem {
            path: path.to_string(),
            line: error.line(),
            message: format!("{error}; {outcome}"),
            severity: Severity::Warning,
        }
    }

    /// A file that could not be read at all (a failed fetch, the wrong kind of file).
    pub fn unreadable(path: &str, message: String) -> Problem {
        Problem {
            path: path.to_string(),
            line: None,
            message,
            severity: Severity::Error,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// What a build lets through: production shows only what Jekyll would publish.
#[derive(Debug, Clone, Copy, Default)]
pub struct IndexOptions {
    pub drafts: bool,
    pub future: bool,
    pub unpublished: bool,
    /// "Now" in seconds since the epoch, for hiding future posts.
    pub now: i64,
}

impl IndexOptions {
    /// Whether `post` is shown, as Jekyll's Publisher decides with the site's
    /// `show_drafts`, `unpublished` and `future` settings or these options.
    pub fn shows(&self, post: &Post, site: &SiteConfig) -> bool {
        let future = post.date.timestamp() > self.now && !site.future;
        let drafts = self.drafts || site.show_drafts;
        let unpublished = self.unpublished || site.unpublished;
        (!post.draft || drafts) && (post.published || unpublished) && (!future || self.future)
    }

    /// Whether `post` is one a production build leaves out.
    pub fn is_preview(&self, post: &Post, site: &SiteConfig) -> bool {
        post.draft || !post.published || (post.date.timestamp() > self.now && !site.future)
    }
}

impl PostEntry {
    pub fn from_post(
        post: &Post,
        bytes: &[u8],
        render: &RenderOptions,
        preview: bool,
    ) -> PostEntry {
        PostEntry {
            path: post.path.clone(),
            url: post.url.clone(),
            title: post.title.clone(),
            date: post.date.to_rfc3339(),
            timestamp: post.date.timestamp(),
            categories: post.categories.clone(),
            tags: post.tags.clone(),
            excerpt_html: post.excerpt_html(render),
            lang: post.lang.clone(),
            author: post.author.clone(),
            description: post.description.clone(),
            draft: preview,
            liquid: has_liquid(&post.body),
            code_languages: languages_in_source(&post.body),
            redirects: Redirects {
                from: post.redirect_from.clone(),
                to: post.redirect_to.clone(),
            },
            hash: content_hash(bytes),
            size: bytes.len(),
        }
    }
}

impl PostIndex {
    /// Drops entries an app must not follow: a path that leaves the posts folder
    /// or names another host, a URL that is not a path on this site. Each one
    /// becomes a problem, so a tampered index cannot make the app fetch or link
    /// elsewhere.
    pub fn without_unsafe_entries(mut self) -> PostIndex {
        let (safe, unsafe_): (Vec<PostEntry>, Vec<PostEntry>) = self
            .posts
            .into_iter()
            .partition(|p| is_safe_post_path(&p.path) && is_site_path(&p.url));
        self.problems.extend(unsafe_.into_iter().map(|p| Problem {
            message: format!(
                "refused: the index points outside the posts folder ({:?}, {:?})",
                p.path, p.url
            ),
            path: p.path,
            line: None,
            severity: Severity::Error,
        }));
        self.posts = safe;
        let (safe, unsafe_): (Vec<PageEntry>, Vec<PageEntry>) = self
            .pages
            .into_iter()
            .partition(|p| is_safe_post_path(&p.path) && is_site_path(&p.url));
        self.problems.extend(unsafe_.into_iter().map(|p| Problem {
            message: format!(
                "refused: the index points outside the pages folder ({:?}, {:?})",
                p.path, p.url
            ),
            path: p.path,
            line: None,
            severity: Severity::Error,
        }));
        self.pages = safe;
        self
    }

    /// Adds posts found later (the indexer's next batch) to this index.
    pub fn merge(&mut self, more: PostIndex) {
        self.posts.extend(more.posts);
        self.problems.extend(more.problems);
        sort_newest_first(&mut self.posts);
    }

    /// Builds the index from parsed posts; `posts` holds (post, bytes) or problems.
    pub fn build(
        site: &SiteConfig,
        posts: Vec<(Post, Vec<u8>)>,
        problems: Vec<Problem>,
        options: IndexOptions,
    ) -> PostIndex {
        let render = RenderOptions::for_site(site);
        let mut entries: Vec<PostEntry> = posts
            .iter()
            .filter(|(post, _)| options.shows(post, site))
            .map(|(post, bytes)| {
                let preview = options.is_preview(post, site);
                PostEntry::from_post(post, bytes, &render, preview)
            })
            .collect();
        sort_newest_first(&mut entries);
        PostIndex {
            version: INDEX_VERSION,
            site: site.clone(),
            posts: entries,
            problems,
            data_files: Vec::new(),
            pages: Vec::new(),
        }
    }
}

/// Jekyll sorts by date then path; the index (and the catalog) list newest
/// first, equal dates by path, newest path first.
pub fn sort_newest_first(entries: &mut [PostEntry]) {
    entries.sort_by(|a, b| {
        b.timestamp
            .cmp(&a.timestamp)
            .then_with(|| b.path.cmp(&a.path))
    });
}

/// A relative path inside the posts folder: no scheme, no leading `/`, no
/// backslash, no `.`/`..` segment, even percent-encoded.
pub fn is_safe_post_path(path: &str) -> bool {
    let decoded = percent_decode(path);
    let lower = decoded.to_ascii_lowercase();
    !decoded.is_empty()
        && !decoded.starts_with('/')
        && !decoded.contains(['\\', ':', '?', '#', '\0'])
        && !lower.contains("%2e")
        && decoded
            .split('/')
            .all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

/// A path on this site: starts with one `/`, no scheme, no `//host`.
fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !url.contains('\\')
}

/// FNV-1a 64: tiny, stable across platforms, enough to tell that a file changed.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// FNV-1a 64 of `bytes`, as a number (`public/early.js` computes it too).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(text: &str) -> Post {
        Post::parse(
            "2020-01-01-x.md",
            text.as_bytes(),
            &[],
            &SiteConfig::default(),
        )
        .unwrap()
    }

    #[test]
    fn a_post_dated_after_now_is_hidden_unless_future_is_on() {
        let future = post("---\ndate: 2030-01-01\n---\n");
        let now = post("---\ndate: 2025-01-01\n---\n").date.timestamp();
        let options = IndexOptions {
            now,
            ..IndexOptions::default()
        };
        let site = SiteConfig::default();
        assert!(!options.shows(&future, &site));
        assert!(options.shows(&post("---\n---\n"), &site));
        let future_site = SiteConfig {
            future: true,
            ..SiteConfig::default()
        };
        assert!(options.shows(&future, &future_site));
        let asked = IndexOptions {
            future: true,
            ..options
        };
        assert!(asked.shows(&future, &site) && asked.is_preview(&future, &site));
    }

    #[test]
    fn unpublished_posts_and_drafts_need_asking() {
        let site = SiteConfig::default();
        let options = IndexOptions {
            now: i64::MAX,
            ..IndexOptions::default()
        };
        let hidden = post("---\npublished: false\n---\n");
        assert!(!options.shows(&hidden, &site));
        let site_unpublished = SiteConfig {
            unpublished: true,
            ..SiteConfig::default()
        };
        assert!(options.shows(&hidden, &site_unpublished));
        let draft = Post::parse("_drafts/idea.md", b"---\n---\n", &[], &site).unwrap();
        assert!(!options.shows(&draft, &site));
        let drafts = IndexOptions {
            drafts: true,
            ..options
        };
        assert!(drafts.shows(&draft, &site));
    }

    #[test]
    fn paths_that_leave_the_posts_folder_are_refused() {
        for bad in [
            "../secret.md",
            "/etc/passwd",
            "a/../../b.md",
            "%2e%2e/x.md",
            "%2E%2E/x.md",
            "a\\b.md",
            "https://evil.example/x.md",
            "//evil.example/x.md",
            "",
            "./x.md",
            "x.md?y",
            "C:x.md",
        ] {
            assert!(!is_safe_post_path(bad), "{bad}");
        }
        for good in [
            "2017-02-01-a.md",
            "_drafts/idee.md",
            "2020-01-01-l%27%C3%A9t%C3%A9.md",
            "a b.md",
        ] {
            assert!(is_safe_post_path(good), "{good}");
        }
    }
}
