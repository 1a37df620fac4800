//! Tag and category pages: every term with its count, and the posts of one
//! term. Tags and categories behave alike, so one set of pages serves both.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{blog_page, NotFound};
use crate::site::links::{page_number, percent_decode};
pub use crate::site::taxonomy::Taxonomy;
use crate::site::words::words;
use crate::web::components::{PageMeta, Pagination, PostCard};

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
        let (name, page) = params.with(|p| {
            let name = percent_decode(&p.get("name").unwrap_or_default());
            (name, page_number(p.get_str("num")))
        });
        move |blog| {
            let site = blog.index.site.clone();
            let found = page.and_then(|n| taxonomy.page(&blog.catalog, &name, n, site.paginate));
            let Some(found) = found else {
                return view! { <NotFound lang=site.lang.clone()/> }.into_any();
            };
            let w = words(&site.lang);
            let heading = taxonomy.heading(w, &name);
            let (page, last) = (found.page, found.last);
            let title = if page == 1 {
                heading.clone()
            } else {
                format!("{heading} · {}", (w.page_of)(page, last))
            };
            let (base, term) = (site.baseurl.clone(), name.clone());
            let url = move |n| taxonomy.page_url(&base, &term, n);
            view! {
                <PageMeta site=site.clone() title description=site.description.clone() path=url(page)/>
                <h1 class="page-title">{heading}</h1>
                <p class="page-count">{(w.posts_count)(found.total)}</p>
                <div class="post-list">
                    {found.posts.into_iter().map(|post| view! { <PostCard post=post.clone() site=site.clone()/> }).collect_view()}
                </div>
                // One page needs no page links.
                {(last > 1).then(|| view! { <Pagination page last url words=w/> })}
            }
            .into_any()
        }
    })
}
