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
            let query = Memo::new(move |_| query.read().get("q").unwrap_or_default());
            move |blog| view! { <Results blog query/> }.into_any()
        })}
    }
}

/// Results shown at first, and added by each "more results".
const RESULTS_PAGE: usize = 10;

/// The results of `query` as it is typed: from the whole index when the blog
/// has it, else from the search shards (the word files the query needs,
/// then the cards of the results shown; the results of the last letters stay
/// while those of the next arrive), or the whole index when the shards
/// cannot answer.
#[component]
fn Results(blog: Rc<Blog>, query: Memo<String>) -> impl IntoView {
    let site = blog.index.site.clone();
    let w = labels(&site.lang);
    let path = format!("{}/search/", site.baseurl);
    head::set(&Head::new(&site, w.search, &site.description, &path));
    // How many results to show, for the query they were asked for: a new query starts at one page.
    let more = RwSignal::new((String::new(), RESULTS_PAGE));
    let shown = move || {
        let (asked, n) = more.get();
        if asked == query.get() {
            n
        } else {
            RESULTS_PAGE
        }
    };
    let show_more = move |n: usize| more.set((query.get_untracked(), n + RESULTS_PAGE));
    if blog.shard.is_none() {
        let blog = StoredValue::new_local(blog);
        return (move || {
            let (q, n) = (query.get(), shown());
            let blog = blog.get_value();
            let found = search(blog.catalog.posts(), &q);
            let cards = found.iter().take(n).map(|p| SearchCard::of(p)).collect();
            result_list(&site, &q, found.len(), cards, show_more)
        })
        .into_any();
    }
    let blog = StoredValue::new_local(blog);
    let results = LocalResource::new(move || {
        let (q, n) = (query.get(), shown());
        async move { (q.clone(), load::search_shards(q, n).await) }
    });
    view! {
        <Transition fallback=Loading>
            {move || {
                let site = site.clone();
                Suspend::new(async move {
                    match results.await {
                        (q, Some((count, cards))) => result_list(&site, &q, count, cards, show_more),
                        // The whole index answers; the page is drawn again when it is there.
                        (_, None) => when_covered(&blog.get_value(), Need::Whole, || ().into_any()),
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
    show_more: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> AnyView {
    let w = labels(&site.lang);
    let shown = cards.len();
    let more = count > shown;
    let results = cards.into_iter().map(|card| {
        view! { <SearchResult card site=site.clone() query=query.to_string()/> }
    });
    view! {
        {(!query.trim().is_empty()).then(|| view! { <p class="page-count" role="status">{(w.search_results)(count)}</p> })}
        <ol class="search-results">{results.collect_view()}</ol>
        {more.then(|| view! {
            <button type="button" class="more-results" on:click=move |_| show_more(shown)>
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
