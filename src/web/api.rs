//! Every URL the app fetches, and the base path it is served under, in one place.

use gloo_net::http::Request;

use crate::discover::{PostIndex, INDEX_VERSION};

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

fn posts_url(file: &str) -> String {
    format!("{}/posts/{file}", base_path())
}

pub async fn fetch_index() -> Result<PostIndex, String> {
    let url = posts_url("index.json");
    let text = fetch_text(&url).await?;
    let index: PostIndex =
        serde_json::from_str(&text).map_err(|e| format!("{url}: not a carnet post index ({e})"))?;
    if index.version != INDEX_VERSION {
        return Err(format!(
            "{url}: index version {} but this app reads {INDEX_VERSION}; rebuild it",
            index.version
        ));
    }
    Ok(index)
}

/// The raw Markdown of a post, by its path in the posts folder.
pub async fn fetch_post(path: &str) -> Result<String, String> {
    fetch_text(&posts_url(path)).await
}

async fn fetch_text(url: &str) -> Result<String, String> {
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
    response.text().await.map_err(|e| format!("{url}: {e}"))
}
