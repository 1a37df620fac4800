//! A page of the site (`about.md`, `404.md`) at its URL: its source fetched
//! and rendered as an article is (Liquid in the worker when it has some),
//! drawn with the core's page markup.

use std::rc::Rc;

use leptos::prelude::*;

use carnet_core::index::protocol::PAGE_SOURCES;
use carnet_core::index::{PageEntry, Problem};
use carnet_core::markdown::{RenderOptions, Rendered};
use carnet_core::page::{is_not_found_page, PageFormat};
use carnet_core::pages::labels::labels;
use carnet_core::post::{body_of, render_body, Format};

use super::not_found::carnet_not_found;
use super::{show, NotFound};
use crate::components::{LoadError, Loading};
use crate::http::Limits;
use crate::{api, Blog};

/// The page `entry` of the blog's index.
#[component]
pub fn SitePage(blog: Rc<Blog>, entry: PageEntry) -> impl IntoView {
    let limits = Limits::of(&blog.index.site);
    if entry.liquid {
        crate::liquid::prepare();
    }
    crate::highlight::preload(&entry.code_languages);
    let fetched = LocalResource::new({
        let entry = entry.clone();
        move || {
            let entry = entry.clone();
            async move {
                let text = api::fetch_page(&entry, limits).await?;
                let rendered = if entry.liquid {
                    let path = format!("{PAGE_SOURCES}{}", entry.path);
                    Some(crate::liquid::render(&path, &text).await)
                } else {
                    None
                };
                Ok::<_, api::PostFetchError>((text, rendered))
            }
        }
    });
    let blog = StoredValue::new_local(blog);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let entry = entry.clone();
                Suspend::new(async move {
                    let result = fetched.await;
                    let blog = blog.get_value();
                    let w = labels(blog.lang());
                    match result {
                        Ok((_, Some(Ok((rendered, problem))))) => show_page(&blog, &entry, &rendered, problem),
                        Ok((text, Some(Err(reason)))) => {
                            let problem = Problem::unreadable(&entry.path, reason);
                            show_page(&blog, &entry, &render(&blog, &entry, &text), Some(problem))
                        }
                        Ok((text, None)) => show_page(&blog, &entry, &render(&blog, &entry, &text), None),
                        // The site's 404 page itself missing must not ask for itself again.
                        Err(api::PostFetchError::Missing) if is_not_found_page(&entry.path) => {
                            carnet_not_found(blog.lang())
                        }
                        Err(api::PostFetchError::Missing) => {
                            view! { <NotFound lang=blog.lang().to_string()/> }.into_any()
                        }
                        Err(api::PostFetchError::Failed(message)) => {
                            let message = format!("{} « {} » : {message}", w.failed, entry.title);
                            let retry = Callback::new(move |_| fetched.refetch());
                            view! { <LoadError message retry labels=w/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// The page's body as its format says: Markdown converted, HTML as written.
fn render(blog: &Blog, entry: &PageEntry, text: &str) -> Rendered {
    let site = &blog.index.site;
    let lang = entry.lang.as_deref().unwrap_or(&site.lang);
    let options = RenderOptions::for_article(site, &entry.url, Some(lang));
    let format = match PageFormat::of_path(&entry.path, site) {
        PageFormat::Markdown => Format::Markdown,
        _ => Format::Html,
    };
    // The front matter was read natively into the index; only the body is left.
    render_body(body_of(text), format, &options)
}

fn show_page(
    blog: &Blog,
    entry: &PageEntry,
    rendered: &Rendered,
    problem: Option<Problem>,
) -> AnyView {
    let page = show(blog, Some(blog.markup().site_page(entry, rendered)));
    if rendered.has_math {
        crate::math::typeset();
    }
    match problem {
        None => page,
        Some(p) => {
            let line = p.line.map(|l| format!(":{l}")).unwrap_or_default();
            let message = format!("{}{line}: {}", p.path, p.message);
            view! { <p class="post-problem" role="alert">{message}</p> {page} }.into_any()
        }
    }
}
