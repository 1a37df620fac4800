//! Finding posts without a post index: on a host where authors only drop
//! Markdown files, the app reads the host's directory listing of `posts/`,
//! fetches the posts (at most six at a time) and has the indexer worker read
//! them. The index shows up with the first posts and fills in, sorted, as the
//! rest arrive. With an index, the listing (where the host has one) still
//! reveals posts dropped after the index was built.

use futures::channel::oneshot;
use futures::stream::{self, StreamExt};

use carnet_core::index::listing::looks_like_html;
use carnet_core::index::PostIndex;

use crate::api;
use crate::http::FetchError;
use crate::indexer::{index_posts, listed_posts, FetchedPost, IndexerFailure};

/// Why no posts could be found without an index.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DiscoveryError {
    /// `_config.yml` exists but could not be read: its settings are not guessed.
    #[error(transparent)]
    Config(FetchError),
    #[error("{0}. No post index and no directory listing: run `carnet index` or enable listings")]
    NoListing(FetchError),
    #[error("{0}: no post index and no Markdown files listed: run `carnet index` or enable directory listings")]
    NoPosts(String),
    #[error(transparent)]
    Indexer(#[from] IndexerFailure),
    #[error("discovery stopped before any post arrived")]
    Stopped,
}

/// Posts fetched at once: a browser's connection limit per host.
const CONCURRENT_FETCHES: usize = 6;

/// Builds the same index `carnet index` writes, from the listing. Returns once
/// the first posts are in; `on_more` then receives the fuller index as more arrive.
pub async fn discover_posts(
    on_more: impl Fn(PostIndex) + 'static,
) -> Result<PostIndex, DiscoveryError> {
    let config = api::fetch_optional(&api::page("/_config.yml"))
        .await
        .map_err(DiscoveryError::Config)?;
    let listing_path = api::page("/posts/");
    let (body, content_type) = api::fetch_with_type(&listing_path)
        .await
        .map_err(DiscoveryError::NoListing)?;
    let no_posts = || DiscoveryError::NoPosts(listing_path.clone());
    // A host without listings may answer `posts/` with the app shell: no posts either way.
    if is_app_shell(&body) {
        return Err(no_posts());
    }
    let files = listed_posts(config.clone(), body, content_type, listing_path.clone()).await?;
    if files.is_empty() {
        return Err(no_posts());
    }
    // No posts yet: checks the config, and gives the site settings.
    let mut index = index_posts(config.clone(), None, Vec::new()).await?;
    let (first, first_index) = oneshot::channel();
    leptos::task::spawn_local(async move {
        let mut first = Some(first);
        let mut arrivals = fetch_posts(files);
        while let Some(batch) = arrivals.next().await {
            match index_posts(config.clone(), None, batch).await {
                Ok(more) => index.merge(more),
                Err(error) => console_error(&error),
            }
            match first.take() {
                Some(sender) => {
                    let _ = sender.send(index.clone());
                }
                None => on_more(index.clone()),
            }
        }
    });
    first_index.await.map_err(|_| DiscoveryError::Stopped)
}

/// The posts' texts, a batch at a time as they arrive.
fn fetch_posts(files: Vec<String>) -> impl futures::Stream<Item = Vec<FetchedPost>> {
    stream::iter(files)
        .map(|path| async move {
            let text = api::fetch_text(&api::posts_url(&path))
                .await
                .map_err(|e| e.to_string());
            FetchedPost { path, text }
        })
        .buffer_unordered(CONCURRENT_FETCHES)
        .ready_chunks(CONCURRENT_FETCHES)
}

/// A single-page host answers `posts/` with the app itself. Listings are HTML
/// too, but never load a wasm module: checking here spares starting the worker.
fn is_app_shell(body: &str) -> bool {
    looks_like_html(body) && body.contains("_bg.wasm")
}

/// Runs `then` when the host lists the posts folder: a blog loaded from
/// shards then loads the whole index too, to check it against the listing
/// (`add_unindexed_posts`). Hosts without listings cost one request.
pub fn when_listed(then: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        if let Ok((body, _)) = api::fetch_with_type(&api::page("/posts/")).await {
            if !is_app_shell(&body) && !body.trim().is_empty() {
                then();
            }
        }
    });
}

/// Adds the posts a listing shows but a (stale) index lacks, in the background.
/// Hosts without listings, or whose listing is the app shell, change nothing.
pub fn add_unindexed_posts(index: PostIndex, on_more: impl Fn(PostIndex) + 'static) {
    leptos::task::spawn_local(async move {
        let listing_path = api::page("/posts/");
        let Ok((body, content_type)) = api::fetch_with_type(&listing_path).await else {
            return;
        };
        if is_app_shell(&body) {
            return;
        }
        // The index carries the config: its `markdown_ext` says which files
        // are posts, with no request for `_config.yml` unless posts are missing.
        let markdown_ext = format!("markdown_ext: {:?}\n", index.site.markdown_ext.join(","));
        let Ok(files) = listed_posts(Some(markdown_ext), body, content_type, listing_path).await
        else {
            return;
        };
        // A set: a listing of 10,000 posts against an index of 10,000.
        let known: std::collections::HashSet<&str> = (index.posts.iter().map(|p| p.path.as_str()))
            .chain(index.problems.iter().map(|p| p.path.as_str()))
            .collect();
        let missing: Vec<String> = files
            .into_iter()
            .filter(|f| !known.contains(f.as_str()))
            .collect();
        if missing.is_empty() {
            return;
        }
        let config = match api::fetch_optional(&api::page("/_config.yml")).await {
            Ok(config) => config,
            Err(error) => return console_error(&error),
        };
        let fetched: Vec<FetchedPost> = fetch_posts(missing).concat().await;
        // The index's base path wins: it is the one the app is served under.
        let baseurl = Some(index.site.baseurl.clone());
        match index_posts(config, baseurl, fetched).await {
            Ok(more) => {
                let mut fuller = index;
                fuller.merge(more);
                on_more(fuller);
            }
            Err(error) => console_error(&error),
        }
    });
}

fn console_error(error: &dyn std::fmt::Display) {
    web_sys::console::error_1(&format!("carnet: {error}").into());
}
