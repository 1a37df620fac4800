//! Loading the blog: the post index where the host has one, else the posts
//! found through its directory listing (`listing_mode`). What can go wrong on
//! the way is one error type, shown with a retry.

use std::cell::RefCell;
use std::rc::Rc;

use carnet_core::catalog::links::page_number;
use carnet_core::catalog::shards::{
    newest_file, newest_slices_of_page, term_file, IndexHead, NEWEST_SLICE, SHARDS_FOLDER,
};
use carnet_core::catalog::{Catalog, Taxonomy};
use carnet_core::index::listing::looks_like_html;
use carnet_core::index::{PostEntry, PostIndex, INDEX_VERSION};
use carnet_core::text::url::percent_decode;

use crate::http::{self, FetchError, Limits};
use crate::listing_mode::{self, DiscoveryError};
use crate::{api, Blog};

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
    match http::get(&url, index_limits()).await {
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

/// The limits of an index fetch: its size limit is for posts, and a
/// 10,000-post index is about 7 MB.
pub(crate) fn index_limits() -> Limits {
    Limits {
        max_bytes: INDEX_LIMIT,
        ..Limits::default()
    }
}

pub(crate) fn parse_index(url: &str, text: &str) -> Result<PostIndex, LoadError> {
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

/// What the first page of a visit needs of the index: some shards
/// (`catalog::shards`), or the whole of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    /// A home page (1-based).
    Home(usize),
    /// Every tag or category with its count: the head alone.
    Terms,
    /// One tag's or category's posts.
    Term(Taxonomy, String),
    /// Articles, the archive, search, pages: the whole index.
    Whole,
}

impl Need {
    /// The need of the page at `path` (base path removed), as the router reads it.
    pub fn of(path: &str) -> Need {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let term = |t: Taxonomy, name: &str| Need::Term(t, percent_decode(name));
        let number = |n: &str| page_number(Some(n)).map_or(Need::Whole, Need::Home);
        match parts.as_slice() {
            [""] => Need::Home(1),
            ["page", n] => number(n),
            ["tags"] | ["categories"] => Need::Terms,
            ["tags", name] | ["tags", name, "page", _] => term(Taxonomy::Tag, name),
            ["categories", name] | ["categories", name, "page", _] => {
                term(Taxonomy::Category, name)
            }
            _ => Need::Whole,
        }
    }
}

/// The index a first page needs: the head and its shards when the host has
/// them (the visit then costs what the page shows, not the whole blog).
/// `None` means: load the whole index, which also decides what a failure
/// says (and which the service worker keeps, for a page opened offline).
pub async fn load_shards(need: &Need) -> Option<Blog> {
    shards_for(need).await.ok().flatten()
}

async fn shards_for(need: &Need) -> Result<Option<Blog>, LoadError> {
    let head_url = shard_url("head.json");
    let first = match need {
        Need::Whole => return Ok(None),
        Need::Home(1) => Some(shard_url(&newest_file(0))),
        Need::Term(taxonomy, name) => Some(shard_url(&term_file(*taxonomy, name))),
        _ => None,
    };
    // The head and the likeliest shard in parallel: one round trip.
    let (head, shard) = futures::join!(fetch_shard(&head_url), async {
        match &first {
            Some(url) => fetch_shard(url).await,
            None => Ok(None),
        }
    });
    let Some(head) = head? else { return Ok(None) };
    let head: IndexHead = match serde_json::from_str(&head) {
        Ok(
            head @ IndexHead {
                version: INDEX_VERSION,
                ..
            },
        ) => head,
        // Another app's shards, or none: the whole index says what is wrong, if anything.
        _ => return Ok(None),
    };
    let posts = |text: Option<String>| -> Result<Vec<PostEntry>, LoadError> {
        let text = text.unwrap_or_else(|| "[]".into());
        serde_json::from_str(&text).map_err(|e| LoadError::NotAnIndex {
            url: head_url.clone(),
            message: e.to_string(),
        })
    };
    let (posts, offset) = match need {
        Need::Home(page) => {
            let slices = newest_slices_of_page(*page, head.site.paginate);
            let offset = slices.start() * NEWEST_SLICE;
            let mut all = Vec::new();
            for n in slices {
                let text = match (n, &shard) {
                    (0, Ok(Some(text))) => Some(text.clone()),
                    _ => fetch_shard(&shard_url(&newest_file(n))).await?,
                };
                all.extend(posts(text)?);
            }
            (all, offset)
        }
        Need::Term(..) => (posts(shard?)?, 0),
        _ => (Vec::new(), 0),
    };
    let totals = head.totals();
    Ok(Some(Blog {
        index: head.with_posts(Vec::new()),
        catalog: Catalog::partial(posts, offset, totals),
        shard: Some(need.clone()),
    }))
}

thread_local! {
    /// What is being fetched for a page the blog does not cover yet.
    static FETCHING: RefCell<Option<Need>> = const { RefCell::new(None) };
}

/// Fetches what a page needs that the blog shown lacks (its shards, or the
/// whole index) and shows it through `newer` when it is there; a failure
/// goes to `failed`, for the page to show with a retry.
pub fn fetch_for(
    need: Need,
    newer: leptos::prelude::RwSignal<Option<Rc<Blog>>, leptos::prelude::LocalStorage>,
    failed: leptos::prelude::RwSignal<Option<String>>,
) {
    use leptos::prelude::Set;
    if FETCHING.with(|f| f.borrow().as_ref() == Some(&need)) {
        return;
    }
    FETCHING.with(|f| *f.borrow_mut() = Some(need.clone()));
    leptos::task::spawn_local(async move {
        let blog = match load_shards(&need).await {
            Some(blog) => Ok(blog),
            None => load_index(move |index| newer.set(Some(Rc::new(Blog::new(index)))))
                .await
                .map(Blog::new),
        };
        FETCHING.with(|f| *f.borrow_mut() = None);
        match blog {
            Ok(blog) => newer.set(Some(Rc::new(blog))),
            Err(error) => failed.set(Some(error.to_string())),
        }
    });
}

fn shard_url(file: &str) -> String {
    api::posts_url(&format!("{SHARDS_FOLDER}/{file}"))
}

/// A shard's text; `None` where the host has no such file (or answers with the app).
async fn fetch_shard(url: &str) -> Result<Option<String>, LoadError> {
    match http::get(url, index_limits()).await {
        Ok((text, _)) if !looks_like_html(&text) => Ok(Some(text)),
        Ok(_) | Err(FetchError::NotFound(_)) => Ok(None),
        Err(error) => Err(error.into()),
    }
}
