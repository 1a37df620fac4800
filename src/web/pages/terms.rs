//! Tag and category pages: every term with its count, and the posts of one
//! term. Tags and categories behave alike, so one set of pages serves both.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{blog_page, NotFound};
use crate::site::links::percent_decode;
pub use crate::site::taxonomy::Taxonomy;
use crate::site::words::words;
use crate::web::components::{PageMeta, PostCard};

#[component]
pub fn TermsPage(taxonomy: Taxonomy) -> impl IntoView {
    blog_page(move || {
        move |blog| {
            let site = blog.index.site.clone();
            let w = words(&site.lang);
            let terms = taxonomy.counts(&blog.catalog).into_iter().map(|t| {
                view! {
                    <li>
                        <a href=taxonomy.url(&site.baseurl, &t.name)>{t.name.clone()}</a>
                        " " <span class="count">{(w.posts_count)(t.count)}</span>
                    </li>
                }
            });
            view! {
                <PageMeta site=site.clone() title=taxonomy.title(w).to_string()
                    description=site.description.clone() path=format!("{}{}", site.baseurl, taxonomy.list_path())/>
                <h1 class="page-title">{taxonomy.title(w)}</h1>
                <ul class="term-cloud">{terms.collect_view()}</ul>
            }
            .into_any()
        }
    })
}

#[component]
pub fn TermPage(taxonomy: Taxonomy) -> impl IntoView {
    let params = use_params_map();
    blog_page(move || {
        let name = percent_decode(&params.read().get("name").unwrap_or_default());
        move |blog| {
            let site = blog.index.site.clone();
            let posts: Vec<_> = taxonomy
                .posts(&blog.catalog, &name)
                .into_iter()
                .cloned()
                .collect();
            if posts.is_empty() {
                return view! { <NotFound lang=site.lang.clone()/> }.into_any();
            }
            let w = words(&site.lang);
            let heading = taxonomy.heading(w, &name);
            view! {
                <PageMeta site=site.clone() title=heading.clone() description=site.description.clone()
                    path=taxonomy.url(&site.baseurl, &name)/>
                <h1 class="page-title">{heading}</h1>
                <p class="page-count">{(w.posts_count)(posts.len())}</p>
                <div class="post-list">
                    {posts.into_iter().map(|post| view! { <PostCard post site=site.clone()/> }).collect_view()}
                </div>
            }
            .into_any()
        }
    })
}
