//! What an unknown address shows: a clear message and a way back.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::site::words::words;
use crate::web::api::base_path;

/// Takes the language as a prop: it is also shown while a route is being left,
/// when the blog's context may already be gone.
#[component]
pub fn NotFound(#[prop(into)] lang: String) -> impl IntoView {
    let w = words(&lang);
    view! {
        <Title text=w.not_found/>
        <section class="not-found">
            <h1>{w.not_found}</h1>
            <p>{w.not_found_text}</p>
            <p><a href=format!("{}/", base_path())>{w.back_home}</a></p>
        </section>
    }
}
