//! A tag page: every post carrying one tag, newest first.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::site::links::percent_decode;
use crate::web::components::{LoadError, Loading, PostCard};
use crate::web::{use_blog, words::words};

#[component]
pub fn TagPage() -> impl IntoView {
    let blog = use_blog();
    let params = use_params_map();
    view! {
        <Suspense fallback=Loading>
            {move || {
                let tag = percent_decode(&params.read().get("tag").unwrap_or_default());
                Suspend::new(async move {
                    let blog = match blog.await {
                        Ok(blog) => blog,
                        Err(message) => return view! { <LoadError message/> }.into_any(),
                    };
                    let site = &blog.index.site;
                    let posts: Vec<_> = blog.catalog.with_tag(&tag).cloned().collect();
                    if posts.is_empty() {
                        return view! { <NotFound lang=blog.index.site.lang.clone()/> }.into_any();
                    }
                    let w = words(&site.lang);
                    let cards = posts
                        .into_iter()
                        .map(|post| view! { <PostCard post lang=site.lang.clone() baseurl=site.baseurl.clone()/> })
                        .collect_view();
                    view! {
                        <Title text=format!("{} « {tag} » · {}", w.tagged, site.title)/>
                        <h1>{w.tagged} " « " {tag.clone()} " »"</h1>
                        <div class="post-list">{cards}</div>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
