//! The app's own pieces around the pages (whose markup is `carnet_core::pages`'s):
//! header and footer, and the loading and error states. The header's sections
//! are the core's (`pages::chrome`), as in the prerendered pages.

use carnet_core::pages::chrome::{footer_items, logo, page_links, SECTIONS};
use carnet_core::pages::labels::{labels, Labels};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::intl::document_lang;
use crate::theme::ThemeToggle;
use crate::{api, use_blog, BlogResult};

#[component]
pub fn Header() -> impl IntoView {
    let blog = use_blog();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{move || site_labels(blog).skip}</a>
        <header class="site-header" lang=site_lang(blog)>
            <div class="site-bar">
                <div class="site-brand">
                    {move || blog.get().and_then(Result::ok).and_then(|b| logo(&b.index.site, &api::base_path())).map(|logo| view! {
                        <img class="site-logo" src=logo.src alt=logo.alt width=logo.width height=logo.height/>
                    })}
                    <a class="site-title" href=api::page("/")>
                        {move || blog.get().and_then(Result::ok).map(|b| b.index.site.title.clone())}
                    </a>
                </div>
                {move || view! { <ThemeToggle labels=site_labels(blog)/> }}
            </div>
            <Nav/>
        </header>
    }
}

/// The site's own language, even while a post in another sets `<html lang>`.
fn site_lang(blog: LocalResource<BlogResult>) -> impl Fn() -> Option<String> + Copy {
    move || {
        blog.get()
            .and_then(Result::ok)
            .map(|b| b.lang().to_string())
    }
}

fn site_labels(blog: LocalResource<BlogResult>) -> &'static Labels {
    let lang = blog
        .get()
        .and_then(Result::ok)
        .map(|b| b.lang().to_string());
    labels(&lang.unwrap_or_else(document_lang))
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
    // Fixed for the page's life; the router's pathname may or may not carry it.
    let base = api::base_path();
    let items = SECTIONS.iter().map(|section| {
        let base = base.clone();
        let current = move || {
            let here = location.pathname.get();
            let here = here.strip_prefix(base.as_str()).unwrap_or(&here);
            section.is_current(here).then_some("page")
        };
        let label = move || (section.label)(site_labels(blog));
        view! { <li><a href=api::page(section.path) aria-current=current>{label}</a></li> }
    });
    // The site's pages (`header_pages`, else those with a title), after the sections.
    let pages = move || {
        let blog = blog.get().and_then(Result::ok)?;
        let links = page_links(&blog.index.site, &blog.index.pages);
        Some(
            links
                .into_iter()
                .map(|link| {
                    let (url, base) = (link.url.clone(), api::base_path());
                    let current = move || {
                        let here = location.pathname.get();
                        (here == url || format!("{base}{here}") == url).then_some("page")
                    };
                    view! { <li><a href=link.url aria-current=current>{link.title}</a></li> }
                })
                .collect_view(),
        )
    };
    view! {
        <nav class="site-nav" aria-label="Navigation">
            <ul>{items.collect_view()}{pages}</ul>
        </nav>
    }
}

/// The footer: the core's items (author, email, profiles, feed), as in
/// the prerendered pages.
#[component]
pub fn Footer() -> impl IntoView {
    let blog = use_blog();
    let items = move || {
        let blog = blog.get().and_then(Result::ok)?;
        let items = footer_items(&blog.index.site, &api::base_path());
        Some(view! {
            <ul class="footer-links">
                {items.into_iter().map(|item| match item.href {
                    Some(href) => view! {
                        <li><a href=href rel=item.rel type=item.kind>{item.text}</a></li>
                    }.into_any(),
                    None => view! { <li>{item.text}</li> }.into_any(),
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <footer class="site-footer" lang=site_lang(blog)>
            {items}
        </footer>
    }
}

/// Shown while data loads; CSS keeps it invisible for the first 300 ms so fast
/// loads do not flash.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{labels(&document_lang()).loading}</p> }
}

/// A failure where the content would have been, with a way to try again.
#[component]
pub fn LoadError(
    message: String,
    #[prop(optional)] retry: Option<Callback<()>>,
    #[prop(optional)] labels: Option<&'static Labels>,
) -> impl IntoView {
    let labels = labels.unwrap_or_else(|| carnet_core::pages::labels::labels(&document_lang()));
    view! {
        <div class="load-error" role="alert">
            <p>{message}</p>
            {retry.map(|retry| view! { <button type="button" on:click=move |_| retry.run(())>{labels.retry}</button> })}
        </div>
    }
}
