//! Every URL the app fetches, and the base path it is served under, in one place.
//! Post files are kept in memory by content hash, so going back to an article
//! is instant and an unchanged post is never fetched twice in a visit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::http;
use crate::discover::{PostEntry, PostIndex, INDEX_VERSION};

thread_local! {
    static POSTS: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// The path the app is served under, from `<base href>` (Trunk's `public_url`),
/// without its trailing slash: `""` at the root, `"/blog"` under a sub-path.
pub fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    href.trim_end_matches('/').to_string()
}

/// A path inside the app, base path included: `page("/tags/")` is `/blog/tags/`.
pub fn page(path: &str) -> String {
    format!("{}{path}", base_path())
}

fn posts_url(file: &str) -> String {
    page(&format!("/posts/{file}"))
}

/// The largest post index read (a post takes about 740 bytes of it).
const INDEX_LIMIT: usize = 64 * 1024 * 1024;

/// The post index, or, where the host has none, the posts found through its
/// directory listing (`on_more` then gets the index again as more posts arrive).
pub async fn load_index(on_more: impl Fn(PostIndex) + 'static) -> Result<PostIndex, String> {
    let url = posts_url("index.json");
    // The size limit is for posts: a 10,000-post index is about 7 MB.
    let limits = http::Limits {
        max_bytes: INDEX_LIMIT,
        ..http::Limits::default()
    };
    match http::get(&url, limits).await {
        // A single-page host answers a missing index with the app itself.
        Ok((text, _)) if !crate::discover::listing::looks_like_html(&text) => {
            let index = parse_index(&text)?;
            super::discovery::add_unindexed_posts(index.clone(), on_more);
            Ok(index)
        }
        Ok(_) | Err(http::FetchError::NotFound(_)) => {
            super::discovery::discover_posts(on_more).await
        }
        // Anything else is a failure to show as it is, with a retry: not a missing index.
        Err(error) => Err(error.to_string()),
    }
}

fn parse_index(text: &str) -> Result<PostIndex, String> {
    let url = posts_url("index.json");
    let index: PostIndex =
        serde_json::from_str(text).map_err(|e| format!("{url}: not a carnet post index ({e})"))?;
    if index.version != INDEX_VERSION {
        return Err(format!(
            "{url}: index version {} but this app reads {INDEX_VERSION}; rebuild it",
            index.version
        ));
    }
    let index = index.without_unsafe_entries();
    for problem in index.problems.iter().filter(|p| p.error) {
        web_sys::console::warn_1(&format!("carnet: {}: {}", problem.path, problem.message).into());
    }
    Ok(index)
}

/// The raw Markdown of a post: from memory or from the browser's storage when
/// this version (the index's content hash) was already fetched, else from the host.
pub async fn fetch_post(
    entry: &PostEntry,
    limits: http::Limits,
) -> Result<Rc<str>, PostFetchError> {
    let key = format!("{}#{}", entry.path, entry.hash);
    if let Some(text) = POSTS.with(|p| p.borrow().get(&key).cloned()) {
        return Ok(text);
    }
    if let Some(text) = stored_post(entry) {
        POSTS.with(|p| p.borrow_mut().insert(key, text.clone()));
        return Ok(text);
    }
    let url = posts_url(&crate::site::links::escape_segment(&entry.path).replace("%2F", "/"));
    let text = match http::get(&url, limits).await {
        Ok((text, _)) => text,
        Err(http::FetchError::NotFound(_)) => return Err(PostFetchError::Missing),
        Err(error) => return Err(PostFetchError::Failed(error.to_string())),
    };
    // A single-page host answers a missing file with the app itself.
    if crate::discover::listing::looks_like_html(&text) {
        return Err(PostFetchError::Missing);
    }
    store_post(entry, &text);
    let text: Rc<str> = text.into();
    POSTS.with(|p| p.borrow_mut().insert(key, text.clone()));
    Ok(text)
}

/// Why a post could not be read: gone from the host (a not-found page), or
/// not reachable now (an error with a retry).
#[derive(Debug, Clone, PartialEq)]
pub enum PostFetchError {
    Missing,
    Failed(String),
}

/// Posts kept across visits, one entry per post: `hash` then the text.
const STORE_PREFIX: &str = "carnet:post:";
/// Larger posts are not stored: storage is small (about 5 MB a site).
const STORE_LIMIT: usize = 256 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored_post(entry: &PostEntry) -> Option<Rc<str>> {
    let stored = storage()?
        .get_item(&format!("{STORE_PREFIX}{}", entry.path))
        .ok()??;
    let (hash, text) = stored.split_once('\n')?;
    (hash == entry.hash).then(|| text.into())
}

fn store_post(entry: &PostEntry, text: &str) {
    if text.len() > STORE_LIMIT {
        return;
    }
    if let Some(storage) = storage() {
        // A full or refused storage only means the next visit fetches again.
        let _ = storage.set_item(
            &format!("{STORE_PREFIX}{}", entry.path),
            &format!("{}\n{text}", entry.hash),
        );
    }
}

pub async fn fetch_text(url: &str) -> Result<String, String> {
    fetch_with_type(url).await.map(|(text, _)| text)
}

/// A file that may be absent: `None` when the host has no such file.
pub async fn fetch_optional(url: &str) -> Option<String> {
    fetch_text(url).await.ok()
}

/// The body and its `Content-Type`.
pub async fn fetch_with_type(url: &str) -> Result<(String, Option<String>), String> {
    http::get(url, http::Limits::default())
        .await
        .map_err(|e| e.to_string())
}
