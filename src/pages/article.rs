//! An article at its permalink. Permalinks are the author's to choose, so any
//! address the other routes do not claim is looked up in the catalog; the
//! Markdown is then fetched and rendered in the browser by carnet's core.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{blog_page, show, NotFound};
use crate::discover::asset_base;
use crate::post::split_front_matter;
use crate::render::{render_markdown, RenderOptions};
use crate::site::links::percent_decode;
use crate::site::words::words;
use crate::web::components::{LoadError, Loading};
use crate::web::intl::set_document_lang;
use crate::web::{api, Blog};

#[component]
pub fn ArticleOrNotFound() -> impl IntoView {
    let location = use_location();
    blog_page(move || {
        let pathname = location.pathname.get();
        move |blog| match find_post(&blog, &pathname) {
            Some(index) => view! { <Article blog index/> }.into_any(),
            None => view! { <NotFound lang=blog.lang().to_string()/> }.into_any(),
        }
    })
}

/// Matches the address against post URLs, decoded, with or without the base path.
fn find_post(blog: &Blog, pathname: &str) -> Option<usize> {
    let wanted = percent_decode(pathname);
    let with_base = format!("{}{wanted}", blog.index.site.baseurl);
    blog.catalog.posts().iter().position(|p| {
        let url = percent_decode(&p.url);
        url == wanted || url == with_base
    })
}

#[component]
fn Article(blog: Rc<Blog>, index: usize) -> impl IntoView {
    let entry = blog.catalog.posts()[index].clone();
    let limits = crate::web::http::Limits::of(&blog.index.site);
    let markdown = LocalResource::new(move || {
        let entry = entry.clone();
        async move { api::fetch_post(&entry, limits).await }
    });
    // Views must be `Send`; the blog is not, so it is held in the page's local store.
    let blog = StoredValue::new_local(blog);
    view! {
        <Suspense fallback=Loading>
            {move || {
                Suspend::new(async move {
                    // Read after the await: the blog must not be held across it.
                    let fetched = markdown.await;
                    let blog = blog.get_value();
                    let entry = &blog.catalog.posts()[index];
                    let w = words(blog.lang());
                    let text = match fetched {
                        Ok(text) => text,
                        Err(api::PostFetchError::Missing) => {
                            return view! { <NotFound lang=blog.lang().to_string()/> }.into_any();
                        }
                        Err(api::PostFetchError::Failed(message)) => {
                            let message = format!("{} « {} » : {message}", w.failed, entry.title);
                            let retry = Callback::new(move |_| markdown.refetch());
                            return view! { <LoadError message retry words=w/> }.into_any();
                        }
                    };
                    // The index already holds the front matter, read by the
                    // same rules as the rest of the site; only the body is left.
                    match split_front_matter(&text) {
                        Ok(split) => show_article(&blog, index, split.body),
                        Err(error) => {
                            let message = format!("{}: {error}", entry.path);
                            view! { <LoadError message words=w/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// Renders the post's Markdown and shows it as `site::markup` writes articles;
/// `<html lang>` follows the post while it is shown.
fn show_article(blog: &Blog, index: usize, body: &str) -> AnyView {
    let (site, entry) = (&blog.index.site, &blog.catalog.posts()[index]);
    let lang = entry.lang.clone().unwrap_or_else(|| site.lang.clone());
    let options = RenderOptions {
        smart_quotes: site.smart_quotes,
        asset_base: asset_base(site),
        safe: site.safe_mode,
        page: Some((entry.url.clone(), lang.clone())),
    };
    let rendered = render_markdown(body, &options);
    set_document_lang(&lang);
    on_cleanup({
        let site_lang = site.lang.clone();
        move || set_document_lang(&site_lang)
    });
    show(blog, blog.markup().article(index, &rendered))
}
