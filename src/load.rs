//! Loading the blog: the post index where the host has one, else the posts
//! found through its directory listing (`listing_mode`). What can go wrong on
//! the way is one error type, shown with a retry.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use carnet_core::catalog::links::page_number;
use carnet_core::catalog::shards::articles::{address_key, post_file, ArticleShard};
use carnet_core::catalog::shards::search::{
    cards_file, files_for, found, SearchCard, WordFile, CARD_SLICE,
};
use carnet_core::catalog::shards::{
    newest_file, newest_slices_of_page, term_file, ArchiveEntry, IndexHead, ARCHIVE_FILE,
    NEWEST_SLICE, SHARDS_FOLDER, SHARDS_VERSION,
};
use carnet_core::catalog::{Catalog, Taxonomy};
use carnet_core::index::listing::looks_like_html;
use carnet_core::index::{PostEntry, PostIndex, INDEX_VERSION};
use carnet_core::text::url::percent_decode;
use futures::future::{FutureExt, LocalBoxFuture, Shared};

use crate::http::{self, FetchError, Limits};
use crate::listing_mode::{self, DiscoveryError};
use crate::{api, Blog};

thread_local! {
    static INDEX_JSON: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
    /// Whether a blog was drawn from shards: the host has the whole index
    /// too, not read yet.
    static SHARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Its one fetch, shared by every caller meanwhile.
    static FETCHING_JSON: RefCell<Option<IndexJsonFetch>> = const { RefCell::new(None) };
}

type IndexJsonFetch = Shared<LocalBoxFuture<'static, Option<Rc<str>>>>;

/// The post index as the host served it, if it has one: the worker reads it
/// itself for `site.*` (the app does not write JSON back). A blog drawn from
/// shards fetches it here, for its first post with Liquid: `site.posts` and
/// the like are the whole blog.
pub async fn index_json() -> Option<Rc<str>> {
    if let Some(json) = INDEX_JSON.with(|j| j.borrow().clone()) {
        return Some(json);
    }
    if !SHARDED.with(|s| s.get()) {
        return None;
    }
    let fetch = FETCHING_JSON.with(|f| {
        let mut f = f.borrow_mut();
        f.get_or_insert_with(|| fetch_index_json().boxed_local().shared())
            .clone()
    });
    let json = fetch.await;
    if json.is_none() {
        // Failed: the next post with Liquid asks again.
        FETCHING_JSON.with(|f| *f.borrow_mut() = None);
    }
    json
}

async fn fetch_index_json() -> Option<Rc<str>> {
    let limits = Limits {
        max_bytes: INDEX_LIMIT,
        ..Limits::default()
    };
    let (text, _) = http::get(&api::posts_url("index.json"), limits)
        .await
        .ok()?;
    let json: Rc<str> = text.into();
    INDEX_JSON.with(|j| *j.borrow_mut() = Some(json.clone()));
    Some(json)
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
    match fetch_index().await? {
        Some((index, text)) => {
            INDEX_JSON.with(|j| *j.borrow_mut() = Some(text.into()));
            listing_mode::add_unindexed_posts(index.clone(), on_more);
            Ok(index)
        }
        None => Ok(listing_mode::discover_posts(on_more).await?),
    }
}

/// The host's whole post index and its text; `None` where it has none.
pub(crate) async fn fetch_index() -> Result<Option<(PostIndex, String)>, LoadError> {
    let url = api::posts_url("index.json");
    match http::get(&url, index_limits()).await {
        // A single-page host answers a missing index with the app itself.
        Ok((text, _)) if !looks_like_html(&text) => Ok(Some((parse_index(&url, &text)?, text))),
        Ok(_) | Err(FetchError::NotFound(_)) => Ok(None),
        // Anything else is a failure to show as it is, with a retry: not a missing index.
        Err(error) => Err(error.into()),
    }
}

/// The limits of an index fetch: its size limit is for posts, and a
/// 10,000-post index is about 7 MB.
fn index_limits() -> Limits {
    Limits {
        max_bytes: INDEX_LIMIT,
        ..Limits::default()
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
    /// The article at an address (base path removed) outside the blog's own
    /// routes: its shard, or the whole index for a page, a redirect or an
    /// address with no post.
    Post(String),
    /// Every post's date, address and title.
    Archive,
    /// The head: search fetches its word and card files as the reader types.
    Search,
    /// Anything else: the whole index.
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
            ["archive"] => Need::Archive,
            ["search"] => Need::Search,
            ["page", ..] | ["tags", ..] | ["categories", ..] => Need::Whole,
            _ => Need::Post(path.to_string()),
        }
    }

    /// The need of an article's page at `pathname`, with or without the base path.
    pub fn post(pathname: &str) -> Need {
        let base = api::base_path();
        let path = pathname.strip_prefix(base.as_str()).unwrap_or(pathname);
        Need::Post(path.to_string())
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
        Need::Post(path) => Some(shard_url(&post_file(&address_key(path, "")))),
        Need::Archive => Some(shard_url(ARCHIVE_FILE)),
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
                version: SHARDS_VERSION,
                ..
            },
        ) => head,
        // Another app's shards, or none: the whole index says what is wrong, if anything.
        _ => return Ok(None),
    };
    SHARDED.with(|s| s.set(true));
    let first_url = first.unwrap_or_default();
    let posts = |url: &str, text: Option<String>| -> Result<Vec<PostEntry>, LoadError> {
        parse_shard(url, &text.unwrap_or_else(|| "[]".into()))
    };
    let totals = head.totals();
    let (posts, offset) = match need {
        Need::Home(page) => {
            let slices = newest_slices_of_page(*page, head.site.paginate);
            let offset = slices.start() * NEWEST_SLICE;
            let mut all = Vec::new();
            for n in slices {
                let url = shard_url(&newest_file(n));
                let text = match (n, &shard) {
                    (0, Ok(Some(text))) => Some(text.clone()),
                    _ => fetch_shard(&url).await?,
                };
                all.extend(posts(&url, text)?);
            }
            (all, offset)
        }
        Need::Term(..) => (posts(&first_url, shard?)?, 0),
        Need::Archive => {
            let rows: Vec<ArchiveEntry> = parse_shard(&first_url, &shard?.unwrap_or_default())?;
            (rows.into_iter().map(ArchiveEntry::into_post).collect(), 0)
        }
        Need::Post(path) => {
            let shards: Vec<ArticleShard> = match shard? {
                Some(text) => parse_shard(&first_url, &text)?,
                None => Vec::new(),
            };
            let base = &head.site.baseurl;
            // Not a post's address (a page, a redirect, none): the whole index knows.
            let Some(found) = shards.into_iter().find(|s| s.is_at(path, base)) else {
                return Ok(None);
            };
            return Ok(Some(Blog {
                index: head.with_posts(Vec::new()),
                catalog: found.catalog(totals),
                shard: Some(need.clone()),
            }));
        }
        _ => (Vec::new(), 0),
    };
    Ok(Some(Blog {
        index: head.with_posts(Vec::new()),
        catalog: Catalog::partial(posts, offset, totals),
        shard: Some(need.clone()),
    }))
}

fn parse_shard<T: serde::de::DeserializeOwned>(url: &str, text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::NotAnIndex {
        url: url.to_string(),
        message: e.to_string(),
    })
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

/// The stale-index check of a blog drawn from shards, on a host that lists
/// its posts: the whole index, checked against the listing. The page shown
/// is drawn again only when the listing has posts the index lacks (drawn
/// again, an article would flash and colour its code anew); the pages opened
/// next read the whole index.
pub fn check_listing(
    newer: leptos::prelude::RwSignal<Option<Rc<Blog>>, leptos::prelude::LocalStorage>,
    failed: leptos::prelude::RwSignal<Option<String>>,
) {
    use leptos::prelude::{Set, UpdateUntracked};
    leptos::task::spawn_local(async move {
        match load_index(move |index| newer.set(Some(Rc::new(Blog::new(index))))).await {
            Ok(index) => {
                newer.update_untracked(|blog| *blog = Some(Rc::new(Blog::new(index))));
            }
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

thread_local! {
    /// Search's word files and cards read in this visit: more letters of a
    /// word, or the word again, fetch nothing more.
    static WORDS: RefCell<HashMap<String, Rc<WordFile>>> = RefCell::new(HashMap::new());
    static CARDS: RefCell<HashMap<usize, Rc<Vec<SearchCard>>>> = RefCell::new(HashMap::new());
}

/// Search over the shards: how many posts `query` finds, and the cards of
/// the first `shown` of them. `None` when only the whole index can answer
/// (a word longer than the shards' keys, a file that could not be read).
pub async fn search_shards(query: String, shown: usize) -> Option<(usize, Vec<SearchCard>)> {
    let names: Vec<String> = files_for(&query)?.into_iter().collect();
    let files = futures::future::join_all(names.iter().map(|n| word_file(n))).await;
    let files: HashMap<String, Rc<WordFile>> = names.into_iter().zip(warned(files)?).collect();
    let positions = found(&query, |name| files.get(name).map(|f| &**f));
    let shown = &positions[..shown.min(positions.len())];
    let slices: Vec<usize> = shown
        .iter()
        .map(|p| p / CARD_SLICE)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let loaded = futures::future::join_all(slices.iter().map(|&n| card_slice(n))).await;
    let loaded: HashMap<usize, Rc<Vec<SearchCard>>> =
        slices.into_iter().zip(warned(loaded)?).collect();
    let card = |p: &usize| loaded.get(&(p / CARD_SLICE))?.get(p % CARD_SLICE).cloned();
    let cards = shown.iter().map(card).collect::<Option<Vec<_>>>()?;
    Some((positions.len(), cards))
}

/// All the values, or `None` with the first error in the console.
fn warned<T>(results: Vec<Result<T, LoadError>>) -> Option<Vec<T>> {
    results
        .into_iter()
        .collect::<Result<Vec<T>, LoadError>>()
        .map_err(|e| web_sys::console::warn_1(&format!("carnet: {e}").into()))
        .ok()
}

/// A word file; one the host lacks has no keys.
async fn word_file(name: &str) -> Result<Rc<WordFile>, LoadError> {
    if let Some(file) = WORDS.with(|w| w.borrow().get(name).cloned()) {
        return Ok(file);
    }
    let url = shard_url(name);
    let file: WordFile = match fetch_shard(&url).await? {
        Some(text) => parse_shard(&url, &text)?,
        None => WordFile::new(),
    };
    let file = Rc::new(file);
    WORDS.with(|w| w.borrow_mut().insert(name.to_string(), file.clone()));
    Ok(file)
}

/// Slice `n` of the result cards.
async fn card_slice(n: usize) -> Result<Rc<Vec<SearchCard>>, LoadError> {
    if let Some(cards) = CARDS.with(|c| c.borrow().get(&n).cloned()) {
        return Ok(cards);
    }
    let url = shard_url(&cards_file(n));
    let text = fetch_shard(&url)
        .await?
        .ok_or_else(|| LoadError::NotAnIndex {
            url: url.clone(),
            message: "missing".into(),
        })?;
    let cards: Rc<Vec<SearchCard>> = Rc::new(parse_shard(&url, &text)?);
    CARDS.with(|c| c.borrow_mut().insert(n, cards.clone()));
    Ok(cards)
}
