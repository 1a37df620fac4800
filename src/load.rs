//! Loading the blog: the post index where the host has one, else the posts
//! found through its directory listing (`listing_mode`). What can go wrong on
//! the way is one error type, shown with a retry.

use std::cell::RefCell;
use std::rc::Rc;

use carnet_core::index::listing::looks_like_html;
use carnet_core::index::{PostIndex, INDEX_VERSION};

use crate::api;
use crate::http::{self, FetchError, Limits};
use crate::listing_mode::{self, DiscoveryError};

thread_local! {
    static INDEX_JSON: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
}

/// The post index as the host served it, if it has one: the worker reads it
/// itself for `site.*` (the app does not write JSON back).
pub fn index_json() -> Option<Rc<str>> {
    INDEX_JSON.with(|j| j.borrow().clone())
}

/// The largest post index read (a post takes about 740 bytes of it).
const INDEX_LIMIT: usize = 64 * 1024 * 1024;

/// Why the blog could not be loaded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error("{url}: not a carnet post index ({message})")]
    NotAnIndex { url: String, message: String },
    #[error("{url}: index version {found} but this app reads {INDEX_VERSION}; rebuild it")]
    Version { url: String, found: u32 },
    #[error(transparent)]
    Discovery(#[from] DiscoveryError),
}

/// The post index, or, where the host has none, the posts found through its
/// directory listing (`on_more` then gets the index again as more posts arrive).
pub async fn load_index(on_more: impl Fn(PostIndex) + 'static) -> Result<PostIndex, LoadError> {
    let url = api::posts_url("index.json");
    // The size limit is for posts: a 10,000-post index is about 7 MB.
    let limits = Limits {
        max_bytes: INDEX_LIMIT,
        ..Limits::default()
    };
    match http::get(&url, limits).await {
        // A single-page host answers a missing index with the app itself.
        Ok((text, _)) if !looks_like_html(&text) => {
            let index = parse_index(&url, &text)?;
            INDEX_JSON.with(|j| *j.borrow_mut() = Some(text.into()));
            listing_mode::add_unindexed_posts(index.clone(), on_more);
            Ok(index)
        }
        Ok(_) | Err(FetchError::NotFound(_)) => Ok(listing_mode::discover_posts(on_more).await?),
        // Anything else is a failure to show as it is, with a retry: not a missing index.
        Err(error) => Err(error.into()),
    }
}

fn parse_index(url: &str, text: &str) -> Result<PostIndex, LoadError> {
    let index: PostIndex = serde_json::from_str(text).map_err(|e| LoadError::NotAnIndex {
        url: url.to_string(),
        message: e.to_string(),
    })?;
    if index.version != INDEX_VERSION {
        return Err(LoadError::Version {
            url: url.to_string(),
            found: index.version,
        });
    }
    let index = index.without_unsafe_entries();
    for problem in index.problems.iter().filter(|p| p.is_error()) {
        web_sys::console::warn_1(&format!("carnet: {}: {}", problem.path, problem.message).into());
    }
    Ok(index)
}
