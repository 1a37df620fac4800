//! Finding posts without a post index: on a host where authors only drop
//! Markdown files, the app reads the host's directory listing of `posts/`,
//! fetches the posts (at most six at a time) and parses them itself.

use futures::stream::{self, StreamExt};

use super::api;
use crate::discover::listing::{looks_like_html, parse_listing_under, post_files};
use crate::discover::{IndexOptions, PostIndex, Problem};
use crate::post::Post;
use crate::site::SiteConfig;

/// Posts fetched at once: a browser's connection limit per host.
const CONCURRENT_FETCHES: usize = 6;

/// Builds the same index `carnet index` writes, from the listing.
pub async fn discover_posts() -> Result<PostIndex, String> {
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
    let fetched: Vec<(String, Result<String, String>)> = stream::iter(post_files(&entries))
        .map(|path| async move {
            let text = api::fetch_text(&api::page(&format!(
                "/posts/{}",
                crate::site::links::escape_segment(&path)
            )))
            .await;
            (path, text)
        })
        .buffer_unordered(CONCURRENT_FETCHES)
        .collect()
        .await;
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    for (path, text) in fetched {
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
            Ok(text) => match Post::parse(&path, text.as_bytes(), &[], &site) {
                Ok(post) => posts.push((post, text.into_bytes())),
                Err(error) => problems.push(Problem {
                    line: error.line(),
                    ..problem(error.to_string())
                }),
            },
            Err(message) => problems.push(problem(message)),
        }
    }
    let now = (js_sys::Date::now() / 1000.0) as i64;
    Ok(PostIndex::build(
        &site,
        posts,
        problems,
        IndexOptions {
            now,
            ..IndexOptions::default()
        },
    ))
}
