//! The index: the newest posts first, paginated as the site config says.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{blog_page, show, when_covered};
use crate::load::Need;
use carnet_core::catalog::links::page_number;

#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_params_map();
    blog_page(move || {
        let page = page_number(params.read().get_str("num"));
        move |blog| {
            let need = page.map_or(Need::Whole, Need::Home);
            when_covered(&blog.clone(), need, move || {
                let markup = page.and_then(|n| blog.markup().home(n, &blog.index.problems));
                show(&blog, markup)
            })
        }
    })
}
