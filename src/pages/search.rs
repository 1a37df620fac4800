//! Search as you type over titles, tags, categories and excerpts. The query
//! lives in the address (`/search/?q=…`) so results can be linked and
//! reloaded; results show ten at a time, so a common word on a large blog
//! fetches (from the search shards) and draws only what is shown.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use std::rc::Rc;

use carnet_core::catalog::search::{highlight, search};
use carnet_core::catalog::shards::search::SearchCard;
use carnet_core::config::SiteConfig;
use carnet_core::pages::chrome::Head;
use carnet_core::pages::labels::labels;
use carnet_core::text::url::escape_query;

use super::{blog_page, when_covered};
use crate::components::Loading;
use crate::load::{self, Need};
use crate::{api, format_date, head, use_blog, Blog};

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
            move |blog| view! { <Results blog query=q/> }.into_any()
        })}
    }
}

/// Results shown at first, and added by each "more results".
const RESULTS_PAGE: usize = 10;

/// The results of `query`: from the whole index when the blog has it, else
/// from the search shards (the word files the query needs, then the cards
/// of the results shown), or the whole index when the shards cannot answer.
#[component]
fn Results(blog: Rc<Blog>, query: String) -> impl IntoView {
    let site = blog.index.site.clone();
    let w = labels(&site.lang);
    let path = format!("{}/search/", site.baseurl);
    head::set(&Head::new(&site, w.search, &site.description, &path));
    let shown = RwSignal::new(RESULTS_PAGE);
    if blog.shard.is_none() {
        let found: Vec<SearchCard> = search(blog.catalog.posts(), &query)
            .into_iter()
            .map(SearchCard::of)
            .collect();
        return (move || {
            let cards = found.iter().take(shown.get()).cloned().collect();
            result_list(&site, &query, found.len(), cards, shown)
        })
        .into_any();
    }
    let blog = StoredValue::new_local(blog);
    let q = query.clone();
    let results = LocalResource::new(move || load::search_shards(q.clone(), shown.get()));
    view! {
        <Transition fallback=Loading>
            {move || {
                let (site, query) = (site.clone(), query.clone());
                Suspend::new(async move {
                    match results.await {
                        Some((count, cards)) => result_list(&site, &query, count, cards, shown),
                        // The whole index answers; the page is drawn again when it is there.
                        None => when_covered(&blog.get_value(), Need::Whole, || ().into_any()),
                    }
                })
            }}
        </Transition>
    }
    .into_any()
}

/// The count of results, the cards shown, and a button for more.
fn result_list(
    site: &SiteConfig,
    query: &str,
    count: usize,
    cards: Vec<SearchCard>,
    shown: RwSignal<usize>,
) -> AnyView {
    let w = labels(&site.lang);
    let more = count > cards.len();
    let results = cards.into_iter().map(|card| {
        view! { <SearchResult card site=site.clone() query=query.to_string()/> }
    });
    view! {
        {(!query.trim().is_empty()).then(|| view! { <p class="page-count" role="status">{(w.search_results)(count)}</p> })}
        <ol class="search-results">{results.collect_view()}</ol>
        {more.then(|| view! {
            <button type="button" class="more-results" on:click=move |_| shown.update(|n| *n += RESULTS_PAGE)>
                {w.more_results}
            </button>
        })}
    }
    .into_any()
}

/// A result with the query's words highlighted in its title and excerpt.
#[component]
fn SearchResult(card: SearchCard, site: SiteConfig, query: String) -> impl IntoView {
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
            <h2><a href=card.url.clone()>{marked(&card.title)}</a></h2>
            <p class="post-meta"><time datetime=card.date.clone()>{format_date(&card.date, &site.lang)}</time>
                {(!card.tags.is_empty()).then(|| format!(" · {}", card.tags.join(", ")))}</p>
            <p>{marked(&card.text)}</p>
        </li>
    }
}
