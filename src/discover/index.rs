//! The post index: one JSON file holding the site config and, per post, the
//! front matter summary, the rendered excerpt, the URL and a content hash.

use serde::{Deserialize, Serialize};

use crate::post::Post;
use crate::render::RenderOptions;
use crate::site::SiteConfig;

/// Bumped whenever a field changes meaning, so an old app never misreads a new index.
pub const INDEX_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostIndex {
    pub version: u32,
    pub site: SiteConfig,
    pub posts: Vec<PostEntry>,
    /// Files that are not posts or could not be read; shown, never fatal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostEntry {
    /// Path of the Markdown file relative to the posts folder.
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
    /// A skipped file (not a post) is a warning; a broken post is an error.
    pub error: bool,
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
            hash: content_hash(bytes),
            size: bytes.len(),
        }
    }
}

impl PostIndex {
    /// Builds the index from parsed posts; `posts` holds (post, bytes) or problems.
    pub fn build(
        site: &SiteConfig,
        posts: Vec<(Post, Vec<u8>)>,
        problems: Vec<Problem>,
        options: IndexOptions,
    ) -> PostIndex {
        let render = RenderOptions {
            smart_quotes: site.smart_quotes,
            asset_base: asset_base(site),
        };
        let mut entries: Vec<PostEntry> = posts
            .iter()
            .filter_map(|(post, bytes)| {
                let future = post.date.timestamp() > options.now && !site.future;
                let hidden = (post.draft && !(options.drafts || site.show_drafts))
                    || (!post.published && !options.unpublished)
                    || (future && !options.future);
                let preview = post.draft || !post.published || future;
                (!hidden).then(|| PostEntry::from_post(post, bytes, &render, preview))
            })
            .collect();
        // Jekyll sorts by date then path; the index lists newest first.
        entries.sort_by(|a, b| {
            b.timestamp
                .cmp(&a.timestamp)
                .then_with(|| b.path.cmp(&a.path))
        });
        PostIndex {
            version: INDEX_VERSION,
            site: site.clone(),
            posts: entries,
            problems,
        }
    }
}

/// Where the posts folder is served, for resolving relative images in posts.
pub fn asset_base(site: &SiteConfig) -> String {
    format!("{}/posts/", site.baseurl.trim_end_matches('/'))
}

/// FNV-1a 64: tiny, stable across platforms, enough to tell that a file changed.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
