//! The archive: every post, grouped by year and month, newest first.

use leptos::prelude::*;

use super::blog_page;
use crate::site::words::words;
use crate::web::components::PageMeta;
use crate::web::format_date;
use crate::web::intl::format_month;

#[component]
pub fn ArchivePage() -> impl IntoView {
    blog_page(|| {
        |blog| {
            let site = blog.index.site.clone();
            let w = words(&site.lang);
            let years = blog.catalog.archive().into_iter().map(|year| {
                let months = year.months.into_iter().map(|month| {
                    let posts = month.posts.into_iter().map(|post| {
                        view! {
                            <li>
                                <time datetime=post.date.clone()>{format_date(&post.date, &site.lang)}</time>
                                " " <a href=post.url.clone()>{post.title.clone()}</a>
                            </li>
                        }
                    });
                    view! {
                        <h3>{format_month(year.year, month.month, &site.lang)}</h3>
                        <ul class="archive-list">{posts.collect_view()}</ul>
                    }
                });
                view! {
                    <section class="archive-year">
                        <h2>{year.year}</h2>
                        {months.collect_view()}
                    </section>
                }
            });
            view! {
                <PageMeta site=site.clone() title=w.archive.to_string() description=site.description.clone() path=format!("{}/archive/", site.baseurl)/>
                <h1 class="page-title">{w.archive}</h1>
                {years.collect_view()}
            }
            .into_any()
        }
    })
}
