//! The app's own pieces around the pages (whose markup is `site::markup`'s):
//! header and footer, head tags, and the loading and error states.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::intl::document_lang;
use super::theme::ThemeToggle;
use super::{api, use_blog};
use crate::site::words::{words, Words};
use crate::site::SiteConfig;

#[component]
pub fn Header() -> impl IntoView {
    let blog = use_blog();
    // The site's own language, even while a post in another sets `<html lang>`.
    let site_lang = move || {
        blog.get()
            .and_then(Result::ok)
            .map(|b| b.lang().to_string())
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{move || lang_words(blog).skip}</a>
        <header class="site-header" lang=site_lang>
            <div class="site-bar">
                <a class="site-title" href=api::page("/")>
                    {move || blog.get().and_then(Result::ok).map(|b| b.index.site.title.clone())}
                </a>
                {move || view! { <ThemeToggle words=lang_words(blog)/> }}
            </div>
            <Nav/>
        </header>
    }
}

fn lang_words(blog: LocalResource<Result<std::rc::Rc<super::Blog>, String>>) -> &'static Words {
    let lang = blog
        .get()
        .and_then(Result::ok)
        .map(|b| b.lang().to_string());
    words(&lang.unwrap_or_else(document_lang))
}

/// The skip link moves focus itself: the router would treat `#main` as a navigation.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// The sections of the blog; the current one is marked for sight and for screen readers.
#[component]
fn Nav() -> impl IntoView {
    let blog = use_blog();
    let location = use_location();
    let item = move |path: &'static str, label: fn(&Words) -> &'static str| {
        let href = api::page(path);
        let current = move || {
            let here = location.pathname.get();
            let active = if path == "/" {
                here == "/" || here.starts_with("/page/") || here == api::page("/")
            } else {
                here.starts_with(path) || here.starts_with(&api::page(path))
            };
            active.then_some("page")
        };
        view! { <li><a href=href aria-current=current>{move || label(lang_words(blog))}</a></li> }
    };
    view! {
        <nav class="site-nav" aria-label="Navigation">
            <ul>
                {item("/", |w| w.home)}
                {item("/archive/", |w| w.archive)}
                {item("/tags/", |w| w.tags)}
                {item("/categories/", |w| w.categories)}
                {item("/search/", |w| w.search)}
            </ul>
        </nav>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let blog = use_blog();
    let site_lang = move || {
        blog.get()
            .and_then(Result::ok)
            .map(|b| b.lang().to_string())
    };
    let site = move || {
        blog.get()
            .and_then(Result::ok)
            .map(|b| b.index.site.clone())
    };
    view! {
        <footer class="site-footer" lang=site_lang>
            {move || site().map(|site| view! {
                <p>
                    {site.author.clone()} " · "
                    <a href=api::page("/feed.xml") rel="alternate" type="application/atom+xml">{words(&site.lang).feed}</a>
                </p>
            })}
        </footer>
    }
}

/// Document title, description, social cards, canonical link and feed link.
/// `path` is the page's URL path, base path included.
#[component]
pub fn PageMeta(
    site: SiteConfig,
    title: String,
    description: String,
    path: String,
) -> impl IntoView {
    let full_title = if title.is_empty() {
        site.title.clone()
    } else {
        format!("{title} · {}", site.title)
    };
    let canonical = format!("{}{}", site.url, path);
    let feed = format!("{}/feed.xml", site.baseurl);
    let og_title = if title.is_empty() {
        site.title.clone()
    } else {
        title
    };
    view! {
        <Title text=full_title/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=og_title.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:site_name" content=site.title.clone()/>
        <Meta property="og:url" content=canonical.clone()/>
        <Meta name="twitter:card" content="summary"/>
        <Meta name="twitter:title" content=og_title/>
        <Meta name="twitter:description" content=description/>
        <Link rel="canonical" href=canonical/>
        <Link rel="alternate" type_="application/atom+xml" title=site.title href=feed/>
    }
}

/// Shown while data loads; CSS keeps it invisible for the first 300 ms so fast
/// loads do not flash.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{words(&document_lang()).loading}</p> }
}

/// A failure where the content would have been, with a way to try again.
#[component]
pub fn LoadError(
    message: String,
    #[prop(optional)] retry: Option<Callback<()>>,
    #[prop(optional)] words: Option<&'static Words>,
) -> impl IntoView {
    let words = words.unwrap_or_else(|| crate::site::words::words(&document_lang()));
    view! {
        <div class="load-error" role="alert">
            <p>{message}</p>
            {retry.map(|retry| view! { <button type="button" on:click=move |_| retry.run(())>{words.retry}</button> })}
        </div>
    }
}
