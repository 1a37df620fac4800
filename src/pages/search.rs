//! Search as you type over titles, tags, categories and excerpts. The query
//! lives in the address (`/search/?q=…`) so results can be linked and reloaded.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use carnet_core::catalog::search::{highlight, search, text_of_html};
use carnet_core::config::SiteConfig;
use carnet_core::index::PostEntry;
use carnet_core::pages::chrome::Head;
use carnet_core::pages::labels::labels;
use carnet_core::text::url::escape_query;

use super::{blog_page, when_covered};
use crate::load::Need;
use crate::{api, format_date, head, use_blog};

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let blog = use_blog();
    let lang = move || {
        blog.get()
            .and_then(Result::ok)
            .map(|b| b.lang().to_string())
            .unwrap_or_default()
    };
    // Typing replaces the history entry: back leaves the search instead of undoing letters.
    let on_input = move |event: leptos::ev::Event| {
        let q = event_target_value(&event);
        let href = api::page(&format!("/search/?q={}", escape_query(&q)));
        navigate(
            &href,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    // The field is outside the results so it keeps focus while they change.
    let initial = query.read_untracked().get("q").unwrap_or_default();
    view! {
        <h1 class="page-title">{move || labels(&lang()).search}</h1>
        <form class="search-form" role="search" on:submit=|e| e.prevent_default()>
            <label for="search-input" class="visually-hidden">{move || labels(&lang()).search_label}</label>
            <input id="search-input" type="search" name="q" autocomplete="off" value=initial
                placeholder=move || labels(&lang()).search_label on:input=on_input/>
        </form>
        {blog_page(move || {
            let q = query.read().get("q").unwrap_or_default();
            move |blog| when_covered(&blog.clone(), Need::Whole, move || {
                let site = blog.index.site.clone();
                let w = labels(&site.lang);
                let found: Vec<PostEntry> = search(blog.catalog.posts(), &q).into_iter().cloned().collect();
                let results = found.iter().map(|post| view! { <SearchResult post=post.clone() site=site.clone() query=q.clone()/> });
                let path = format!("{}/search/", site.baseurl);
                head::set(&Head::new(&site, w.search, &site.description, &path));
                view! {
                    {(!q.trim().is_empty()).then(|| view! { <p class="page-count" role="status">{(w.search_results)(found.len())}</p> })}
                    <ol class="search-results">{results.collect_view()}</ol>
                }
                .into_any()
            })
        })}
    }
}

/// A result with the query's words highlighted in its title and excerpt.
#[component]
fn SearchResult(post: PostEntry, site: SiteConfig, query: String) -> impl IntoView {
    let marked = |text: &str| {
        highlight(text, &query)
            .into_iter()
            .map(|(piece, hit)| {
                if hit {
                    view! { <mark>{piece}</mark> }.into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect_view()
    };
    view! {
        <li class="search-result">
            <h2><a href=post.url.clone()>{marked(&post.title)}</a></h2>
            <p class="post-meta"><time datetime=post.date.clone()>{format_date(&post.date, &site.lang)}</time>
                {(!post.tags.is_empty()).then(|| format!(" · {}", post.tags.join(", ")))}</p>
            <p>{marked(&text_of_html(&post.excerpt_html))}</p>
        </li>
    }
}
