//! Finding posts without a post index: on a host where authors only drop
//! Markdown files, the app reads the host's directory listing of `posts/`,
//! fetches the posts (at most six at a time) and parses them itself. The
//! index shows up with the first posts and fills in, sorted, as the rest arrive.
//! With an index, the listing (where the host has one) still reveals posts
//! dropped after the index was built.

use futures::channel::oneshot;
use futures::stream::{self, StreamExt};

use super::api;
use crate::discover::listing::{looks_like_html, parse_listing_under, post_files};
use crate::discover::{IndexOptions, PostIndex, Problem};
use crate::post::Post;
use crate::site::SiteConfig;

/// Posts fetched at once: a browser's connection limit per host.
const CONCURRENT_FETCHES: usize = 6;

/// Builds the same index `carnet index` writes, from the listing. Returns once
/// the first posts are in; `on_more` then receives the fuller index as more arrive.
pub async fn discover_posts(on_more: impl Fn(PostIndex) + 'static) -> Result<PostIndex, String> {
    let site = match api::fetch_optional(&api::page("/_config.yml")).await {
        Some(text) => SiteConfig::from_yaml(&text).map_err(|e| format!("_config.yml: {e}"))?,
        None => SiteConfig::default(),
    };
    let listing_path = api::page("/posts/");
    let (body, content_type) = api::fetch_with_type(&listing_path).await.map_err(|e| {
        format!(
            "{e}. No post index and no directory listing: run `carnet index` or enable listings"
        )
    })?;
    let entries = parse_listing_under(&body, content_type.as_deref(), &listing_path)
        .map_err(|e| format!("{listing_path}: {e}"))?;
    let files = post_files(&entries);
    // A host without listings may answer `posts/` with the app shell: no posts either way.
    if files.is_empty() {
        return Err(format!(
            "{listing_path}: no post index and no Markdown files listed: run `carnet index` or enable directory listings"
        ));
    }
    let (first, first_index) = oneshot::channel();
    leptos::task::spawn_local(async move {
        let mut first = Some(first);
        let mut posts = Vec::new();
        let mut problems = Vec::new();
        let mut arrivals = stream::iter(files)
            .map(|path| async move {
                let url = api::page(&format!(
                    "/posts/{}",
                    crate::site::links::escape_segment(&path)
                ));
                (path, api::fetch_text(&url).await)
            })
            .buffer_unordered(CONCURRENT_FETCHES)
            .ready_chunks(CONCURRENT_FETCHES);
        while let Some(batch) = arrivals.next().await {
            for (path, text) in batch {
                read_post(&site, path, text, &mut posts, &mut problems);
            }
            let index = index_of(&site, &posts, &problems);
            match first.take() {
                Some(sender) => {
                    let _ = sender.send(index);
                }
                None => on_more(index),
            }
        }
        if let Some(sender) = first {
            let _ = sender.send(index_of(&site, &posts, &problems));
        }
    });
    first_index
        .await
        .map_err(|_| "discovery stopped before any post arrived".to_string())
}

/// Adds the posts a listing shows but a (stale) index lacks, in the background.
/// Hosts without listings, or whose listing is the app shell, change nothing.
pub fn add_unindexed_posts(index: PostIndex, on_more: impl Fn(PostIndex) + 'static) {
    leptos::task::spawn_local(async move {
        let listing_path = api::page("/posts/");
        let Ok((body, content_type)) = api::fetch_with_type(&listing_path).await else {
            return;
        };
        let Ok(entries) = parse_listing_under(&body, content_type.as_deref(), &listing_path) else {
            return;
        };
        let known = |file: &String| {
            index.posts.iter().any(|p| &p.path == file)
                || index.problems.iter().any(|p| &p.path == file)
        };
        let missing: Vec<String> = post_files(&entries)
            .into_iter()
            .filter(|f| !known(f))
            .collect();
        if missing.is_empty() {
            return;
        }
        let mut posts = Vec::new();
        let mut problems = index.problems.clone();
        for path in missing {
            let url = api::page(&format!(
                "/posts/{}",
                crate::site::links::escape_segment(&path)
            ));
            let text = api::fetch_text(&url).await;
            read_post(&index.site, path, text, &mut posts, &mut problems);
        }
        let mut fuller = index_of(&index.site, &posts, &problems);
        fuller.posts.extend(index.posts.iter().cloned());
        fuller.posts.sort_by(|a, b| {
            b.timestamp
                .cmp(&a.timestamp)
                .then_with(|| b.path.cmp(&a.path))
        });
        on_more(fuller);
    });
}

fn read_post(
    site: &SiteConfig,
    path: String,
    text: Result<String, String>,
    posts: &mut Vec<(Post, Vec<u8>)>,
    problems: &mut Vec<Problem>,
) {
    let problem = |message: String| Problem {
        path: path.clone(),
        line: None,
        message,
        error: true,
    };
    match text {
        // A single-page host answers any path with the app itself.
        Ok(text) if looks_like_html(&text) => problems.push(problem(
            "the host answered with an HTML page, not Markdown".into(),
        )),
        Ok(text) => match Post::parse(&path, text.as_bytes(), &[], site) {
            Ok(post) => posts.push((post, text.into_bytes())),
            Err(error) => problems.push(Problem {
                line: error.line(),
                ..problem(error.to_string())
            }),
        },
        Err(message) => problems.push(problem(message)),
    }
}

fn index_of(site: &SiteConfig, posts: &[(Post, Vec<u8>)], problems: &[Problem]) -> PostIndex {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let options = IndexOptions {
        now,
        ..IndexOptions::default()
    };
    PostIndex::build(site, posts.to_vec(), problems.to_vec(), options)
}
