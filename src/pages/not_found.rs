//! What an unknown address shows: the site's own `404.md` (or `404.html`)
//! page when it has one, as hosts show it, else the core's not-found page,
//! in the language it is given.

use carnet_core::page::is_not_found_page;
use carnet_core::pages::labels::labels;
use carnet_core::pages::not_found_main;
use leptos::prelude::*;

use super::SitePage;
use crate::api::base_path;
use crate::{head, BlogResource};

/// Takes the language as a prop: it is also shown while a route is being left,
/// when the blog's context may already be gone.
#[component]
pub fn NotFound(#[prop(into)] lang: String) -> impl IntoView {
    let blog = use_context::<BlogResource>()
        .and_then(|b| b.0.get_untracked())
        .and_then(Result::ok);
    let own = blog.and_then(|blog| {
        let entry = blog
            .index
            .pages
            .iter()
            .find(|p| is_not_found_page(&p.path))?
            .clone();
        Some((blog, entry))
    });
    match own {
        Some((blog, entry)) => view! { <SitePage blog entry/> }.into_any(),
        None => carnet_not_found(&lang),
    }
}

/// carnet's own not-found text (also when the site's 404 page cannot be read).
pub fn carnet_not_found(lang: &str) -> AnyView {
    head::set_title(labels(lang).not_found);
    view! { <div class="page" inner_html=not_found_main(&base_path(), lang).into_string()></div> }
        .into_any()
}
