//! What an unknown address shows: a clear message and a way back.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::web::{api::base_path, use_blog, words::words};

#[component]
pub fn NotFound() -> impl IntoView {
    let blog = use_blog();
    let lang = move || {
        blog.get()
            .and_then(|b| b.ok())
            .map(|b| b.index.site.lang.clone())
            .unwrap_or_default()
    };
    let w = move || words(&lang());
    view! {
        <Title text=move || w().not_found/>
        <section class="not-found">
            <h1>{move || w().not_found}</h1>
            <p>{move || w().not_found_text}</p>
            <p><a href=format!("{}/", base_path())>{move || w().back_home}</a></p>
        </section>
    }
}
