//! What an unknown address shows: the core's not-found page, in the language
//! it is given.

use carnet_core::pages::labels::labels;
use carnet_core::pages::not_found_main;
use leptos::prelude::*;

use crate::api::base_path;
use crate::head;

/// Takes the language as a prop: it is also shown while a route is being left,
/// when the blog's context may already be gone.
#[component]
pub fn NotFound(#[prop(into)] lang: String) -> impl IntoView {
    head::set_title(labels(&lang).not_found);
    view! { <div class="page" inner_html=not_found_main(&base_path(), &lang).into_string()></div> }
}
