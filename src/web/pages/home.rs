//! The index: the newest posts first, paginated as the site config says.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::site::links::page_url;
use crate::web::components::{LoadError, Loading, PostCard};
use crate::web::{use_blog, words::words};

#[component]
pub fn HomePage() -> impl IntoView {
    let blog = use_blog();
    let params = use_params_map();
    view! {
        <Suspense fallback=Loading>
            {move || {
                let page = params.read().get("num").map_or(Some(1), |n| n.parse::<usize>().ok());
                Suspend::new(async move {
                    let blog = match blog.await {
                        Ok(blog) => blog,
                        Err(message) => return view! { <LoadError message/> }.into_any(),
                    };
                    let site = &blog.index.site;
                    let Some(posts) = page.and_then(|n| blog.catalog.page(n, site.paginate)) else {
                        return view! { <NotFound lang=blog.index.site.lang.clone()/> }.into_any();
                    };
                    let page = page.unwrap_or(1);
                    let last = blog.catalog.page_count(site.paginate);
                    let w = words(&site.lang);
                    let newer = (page > 1).then(|| page_url(&site.baseurl, &site.paginate_path, page - 1));
                    let older = (page < last).then(|| page_url(&site.baseurl, &site.paginate_path, page + 1));
                    let cards = posts
                        .iter()
                        .map(|post| view! { <PostCard post=post.clone() lang=site.lang.clone() baseurl=site.baseurl.clone()/> })
                        .collect_view();
                    view! {
                        <Title text=site.title.clone()/>
                        <h1 class="visually-hidden">{site.title.clone()}</h1>
                        <div class="post-list">{cards}</div>
                        <nav class="pagination">
                            {newer.map(|href| view! { <a rel="prev" href=href>{w.newer}</a> })}
                            {older.map(|href| view! { <a rel="next" href=href>{w.older}</a> })}
                        </nav>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
