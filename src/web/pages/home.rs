//! The index: the newest posts first, paginated as the site config says.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{blog_page, NotFound};
use crate::site::links::{page_number, page_url};
use crate::site::words::words;
use crate::web::components::{BrokenPosts, PageMeta, Pagination, PostCard};

#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_params_map();
    blog_page(move || {
        let page = page_number(params.read().get_str("num"));
        move |blog| {
            let site = blog.index.site.clone();
            let lang = site.lang.clone();
            let Some(posts) = page.and_then(|n| blog.catalog.page(n, site.paginate)) else {
                return view! { <NotFound lang/> }.into_any();
            };
            let page = page.unwrap_or(1);
            let last = blog.catalog.page_count(site.paginate);
            let w = words(&site.lang);
            let (base, paginate_path) = (site.baseurl.clone(), site.paginate_path.clone());
            let url = move |n| page_url(&base, &paginate_path, n);
            let cards = posts
                .iter()
                .map(|post| view! { <PostCard post=post.clone() site=site.clone()/> })
                .collect_view();
            let heading = if page == 1 {
                site.title.clone()
            } else {
                format!("{} · {}", site.title, (w.page_of)(page, last))
            };
            view! {
                <PageMeta site=site.clone() title=if page == 1 { String::new() } else { (w.page_of)(page, last) }
                    description=site.description.clone() path=url(page)/>
                <h1 class="page-title" class:visually-hidden=page == 1>{heading}</h1>
                {(page == 1 && !site.description.is_empty()).then(|| view! { <p class="site-description">{site.description.clone()}</p> })}
                {(page == 1).then(|| view! { <BrokenPosts problems=blog.index.problems.clone() words=w/> })}
                <div class="post-list">{cards}</div>
                <Pagination page last url words=w/>
            }
            .into_any()
        }
    })
}
