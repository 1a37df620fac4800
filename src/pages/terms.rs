//! Tag and category pages: every term with its count, and the posts of one
//! term. Tags and categories behave alike, so one set of pages serves both.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use carnet_core::catalog::links::page_number;
use carnet_core::catalog::Taxonomy;
use carnet_core::text::url::percent_decode;

use super::{blog_page, show, when_covered};
use crate::load::Need;

#[component]
pub fn TermsPage(taxonomy: Taxonomy) -> impl IntoView {
    blog_page(move || move |blog| show(&blog, Some(blog.markup().terms(taxonomy))))
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
            let need = Need::Term(taxonomy, name.clone());
            when_covered(&blog.clone(), need, move || {
                let paginate = blog.index.site.paginate;
                let found = page.and_then(|n| taxonomy.page(&blog.catalog, &name, n, paginate));
                let markup = found.map(|found| blog.markup().term(taxonomy, &name, &found));
                show(&blog, markup)
            })
        }
    })
}
