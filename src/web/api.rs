//! Every URL the app fetches, and the base path it is served under, in one place.
//! Post files are kept in memory by content hash, so going back to an article
//! is instant and an unchanged post is never fetched twice in a visit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo_net::http::Request;

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

/// The post index, or, where the host has none, the posts found through its
/// directory listing.
pub async fn load_index() -> Result<PostIndex, String> {
    match fetch_optional(&posts_url("index.json")).await {
        Some(text) if !crate::discover::listing::looks_like_html(&text) => parse_index(&text),
        _ => super::discovery::discover_posts().await,
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
    Ok(index)
}

/// The raw Markdown of a post, from memory when this version was already fetched.
pub async fn fetch_post(entry: &PostEntry) -> Result<Rc<str>, String> {
    let key = format!("{}#{}", entry.path, entry.hash);
    if let Some(text) = POSTS.with(|p| p.borrow().get(&key).cloned()) {
        return Ok(text);
    }
    let text: Rc<str> = fetch_text(&posts_url(&entry.path)).await?.into();
    POSTS.with(|p| p.borrow_mut().insert(key, text.clone()));
    Ok(text)
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
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.ok() {
        return Err(format!(
            "{url}: the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let content_type = response.headers().get("content-type");
    let text = response.text().await.map_err(|e| format!("{url}: {e}"))?;
    Ok((text, content_type))
}
