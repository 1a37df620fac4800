//! Every URL the app fetches, and the base path it is served under, in one place.
//! Post files are kept in memory by content hash, so going back to an article
//! is instant and an unchanged post is never fetched twice in a visit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use carnet_core::index::listing::looks_like_html;
use carnet_core::index::{PageEntry, PostEntry};
use carnet_core::text::url::escape_segment;

use crate::http::{self, FetchError, Limits};

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

/// The page's path, base path removed (`/tags/x/` under `/blog/`).
pub fn current_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let base = base_path();
    path.strip_prefix(base.as_str())
        .unwrap_or(&path)
        .to_string()
}

/// A path inside the app, base path included: `page("/tags/")` is `/blog/tags/`.
pub fn page(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// A file of the posts folder, by its path there (`/` kept, each segment escaped).
pub fn posts_url(path: &str) -> String {
    page(&format!(
        "/posts/{}",
        escape_segment(path).replace("%2F", "/")
    ))
}

/// The source of a site page (`about.md`), by its path in the pages folder.
pub fn page_source_url(path: &str) -> String {
    page(&format!(
        "/_pages/{}",
        escape_segment(path).replace("%2F", "/")
    ))
}

/// The raw Markdown of a post: from memory or from the browser's storage when
/// this version (the index's content hash) was already fetched, else from the host.
pub async fn fetch_post(entry: &PostEntry, limits: Limits) -> Result<Rc<str>, PostFetchError> {
    fetch_source(&entry.path, &entry.hash, &posts_url(&entry.path), limits).await
}

/// A site page's source, kept as posts are.
pub async fn fetch_page(entry: &PageEntry, limits: Limits) -> Result<Rc<str>, PostFetchError> {
    let key = format!("_pages/{}", entry.path);
    fetch_source(&key, &entry.hash, &page_source_url(&entry.path), limits).await
}

/// A post or page file by its storage key (its path) and content hash.
async fn fetch_source(
    path: &str,
    hash: &str,
    url: &str,
    limits: Limits,
) -> Result<Rc<str>, PostFetchError> {
    let key = format!("{path}#{hash}");
    if let Some(text) = POSTS.with(|p| p.borrow().get(&key).cloned()) {
        return Ok(text);
    }
    if let Some(text) = stored_post(path, hash) {
        POSTS.with(|p| p.borrow_mut().insert(key, text.clone()));
        return Ok(text);
    }
    let text = match http::get(url, limits).await {
        Ok((text, _)) => text,
        Err(FetchError::NotFound(_)) => return Err(PostFetchError::Missing),
        Err(error) => return Err(PostFetchError::Failed(error)),
    };
    // A single-page host answers a missing file with the app itself.
    if looks_like_html(&text) {
        return Err(PostFetchError::Missing);
    }
    store_post(path, hash, &text);
    let text: Rc<str> = text.into();
    POSTS.with(|p| p.borrow_mut().insert(key, text.clone()));
    Ok(text)
}

/// Why a post could not be read: gone from the host (a not-found page), or
/// not reachable now (an error with a retry).
#[derive(Debug, Clone, PartialEq)]
pub enum PostFetchError {
    Missing,
    Failed(FetchError),
}

/// Posts kept across visits, one entry per post: `hash` then the text.
const STORE_PREFIX: &str = "carnet:post:";
/// Larger posts are not stored: storage is small (about 5 MB a site).
const STORE_LIMIT: usize = 256 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored_post(path: &str, hash: &str) -> Option<Rc<str>> {
    let stored = storage()?
        .get_item(&format!("{STORE_PREFIX}{path}"))
        .ok()??;
    let (stored_hash, text) = stored.split_once('\n')?;
    (stored_hash == hash).then(|| text.into())
}

fn store_post(path: &str, hash: &str, text: &str) {
    if text.len() > STORE_LIMIT {
        return;
    }
    if let Some(storage) = storage() {
        // A full or refused storage only means the next visit fetches again.
        let _ = storage.set_item(&format!("{STORE_PREFIX}{path}"), &format!("{hash}\n{text}"));
    }
}

/// A text file, with the default limits.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    fetch_with_type(url).await.map(|(text, _)| text)
}

/// A file the host may not have: `None` when it answers that there is no
/// such file (or, a single-page host, with the app itself). Any other
/// failure is an error: a 500 on `_config.yml` must not pass for "no config".
pub async fn fetch_optional(url: &str) -> Result<Option<String>, FetchError> {
    match fetch_text(url).await {
        Ok(text) if looks_like_html(&text) => Ok(None),
        Ok(text) => Ok(Some(text)),
        Err(FetchError::NotFound(_)) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The body and its `Content-Type`.
pub async fn fetch_with_type(url: &str) -> Result<(String, Option<String>), FetchError> {
    http::get(url, Limits::default()).await
}
