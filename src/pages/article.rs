//! An article at its permalink. Permalinks are the author's to choose, so any
//! address the other routes do not claim is looked up in the catalog; the
//! post file is then fetched and rendered in the browser by carnet's core.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use carnet_core::index::{content_hash, PostEntry, Problem};
use carnet_core::liquid::has_liquid;
use carnet_core::markdown::{RenderOptions, Rendered};
use carnet_core::pages::labels::labels;
use carnet_core::pages::PageMarkup;
use carnet_core::post::{body_of, render_body, Format};
use carnet_core::text::Html;

use super::{blog_page, show, when_covered, NotFound, SitePage};
use crate::components::{LoadError, Loading};
use crate::http::Limits;
use crate::intl::set_document_lang;
use crate::load::Need;
use crate::{api, Blog};
use carnet_core::catalog::{page_at_url, redirect_for};

#[component]
pub fn ArticleOrNotFound() -> impl IntoView {
    let location = use_location();
    blog_page(move || {
        let pathname = location.pathname.get();
        move |blog| {
            when_covered(&blog.clone(), Need::post(&pathname), move || {
                let base = &blog.index.site.baseurl;
                let (posts, pages) = (blog.catalog.posts(), &blog.index.pages);
                if let Some(to) = redirect_for(posts, pages, &pathname, base) {
                    return view! { <Redirect to/> }.into_any();
                }
                if let Some((index, _)) = blog.catalog.at_url(&pathname, base) {
                    return view! { <Article blog index/> }.into_any();
                }
                match page_at_url(pages, &pathname, base).cloned() {
                    Some(entry) => view! { <SitePage blog entry/> }.into_any(),
                    None => view! { <NotFound lang=blog.lang().to_string()/> }.into_any(),
                }
            })
        }
    })
}

/// jekyll-redirect-from's redirect: within the blog the router moves (the old
/// address leaves the history, as a server redirect would); to another site
/// the browser goes.
#[component]
fn Redirect(to: String) -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    request_animation_frame(move || {
        if to.starts_with('/') {
            navigate(
                &to,
                leptos_router::NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        } else if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&to);
        }
    });
    view! { <Loading/> }
}

/// A post's body as fetched: Markdown the page renders itself, or a post
/// with Liquid the worker rendered (with the Liquid error it was shown without).
#[derive(Clone)]
enum Body {
    Markdown(Rc<str>),
    Liquid(Result<(Rendered, Option<Problem>), String>, Rc<str>),
}

impl Body {
    async fn of(entry: &PostEntry, text: Rc<str>) -> Body {
        if !has_liquid(body_of(&text)) {
            return Body::Markdown(text);
        }
        Body::Liquid(crate::liquid::render(&entry.path, &text).await, text)
    }
}

#[component]
fn Article(blog: Rc<Blog>, index: usize) -> impl IntoView {
    let entry = blog.catalog.posts()[index].clone();
    let limits = Limits::of(&blog.index.site);
    let canonical = format!("{}{}", blog.index.site.url, entry.url);
    if let Some(main) = crate::takeover::built_main(&canonical) {
        return show_built_until_changed(blog, index, main, limits);
    }
    if entry.liquid {
        crate::liquid::prepare();
    }
    crate::highlight::preload(&entry.code_languages);
    let body = LocalResource::new(move || {
        let entry = entry.clone();
        async move {
            let text = api::fetch_post(&entry, limits).await?;
            Ok::<Body, api::PostFetchError>(Body::of(&entry, text).await)
        }
    });
    // Views must be `Send`; the blog is not, so it is held in the page's local store.
    let blog = StoredValue::new_local(blog);
    view! {
        <Suspense fallback=Loading>
            {move || {
                Suspend::new(async move {
                    // Read after the await: the blog must not be held across it.
                    let fetched = body.await;
                    let blog = blog.get_value();
                    let entry = &blog.catalog.posts()[index];
                    let w = labels(blog.lang());
                    match fetched {
                        Ok(body) => show_fetched(&blog, index, body),
                        Err(api::PostFetchError::Missing) => {
                            view! { <NotFound lang=blog.lang().to_string()/> }.into_any()
                        }
                        Err(api::PostFetchError::Failed(message)) => {
                            let message = format!("{} « {} » : {message}", w.failed, entry.title);
                            let retry = Callback::new(move |_| body.refetch());
                            view! { <LoadError message retry labels=w/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Shows a post as fetched. The index already holds the front matter, read
/// by the same rules as the rest of the site; only the body is left (the
/// whole file when it has none, as in Jekyll).
fn show_fetched(blog: &Blog, index: usize, body: Body) -> AnyView {
    match body {
        Body::Markdown(text) => show_body(blog, index, body_of(&text), None),
        Body::Liquid(Ok((rendered, problem)), _) => show_article(blog, index, &rendered, problem),
        // The worker could not run: the post as written, rather than nothing.
        Body::Liquid(Err(reason), text) => {
            let path = &blog.catalog.posts()[index].path;
            let problem = Problem::unreadable(path, reason);
            show_body(blog, index, body_of(&text), Some(problem))
        }
    }
}

/// The page `carnet build` prerendered here is this article as the app draws
/// it, from the same index: the app takes it as it is, without first fetching
/// and rendering the post (on the phone, its Markdown shared the network with
/// the app's wasm). The post is fetched after, for going back to it (offline
/// too); if its file changed since the build (edited on the host, not built
/// again), the article is shown anew from it, as on a host without a build.
fn show_built_until_changed(blog: Rc<Blog>, index: usize, main: String, limits: Limits) -> AnyView {
    let entry = blog.catalog.posts()[index].clone();
    let changed = RwSignal::new_local(None::<Body>);
    leptos::task::spawn_local(async move {
        let Ok(text) = api::fetch_post(&entry, limits).await else {
            return;
        };
        if changed_since_index(&entry, &text) {
            changed.set(Some(Body::of(&entry, text).await));
        }
    });
    let blog = StoredValue::new_local(blog);
    (move || match changed.get() {
        None => show_built(&blog.get_value(), index, main.clone()),
        Some(body) => show_fetched(&blog.get_value(), index, body),
    })
    .into_any()
}

/// Whether a post's text is not the file its index entry was made from. The
/// text comes decoded, without its BOM: a file that had one was hashed with it.
fn changed_since_index(entry: &PostEntry, text: &str) -> bool {
    let with_bom = || content_hash(&[b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat());
    content_hash(text.as_bytes()) != entry.hash && with_bom() != entry.hash
}

/// Renders the post's body (Markdown, or HTML as written) and shows it.
fn show_body(blog: &Blog, index: usize, body: &str, problem: Option<Problem>) -> AnyView {
    let (site, entry) = (&blog.index.site, &blog.catalog.posts()[index]);
    let lang = entry.lang.as_deref().unwrap_or(&site.lang);
    let options = RenderOptions::for_article(site, &entry.url, Some(lang));
    let rendered = render_body(body, Format::of_path(&entry.path, site), &options);
    show_article(blog, index, &rendered, problem)
}

/// Shows the rendered post as `site::markup` writes articles, a Liquid error
/// named above it.
fn show_article(
    blog: &Blog,
    index: usize,
    rendered: &Rendered,
    problem: Option<Problem>,
) -> AnyView {
    follow_post_lang(blog, index);
    let article = show(blog, blog.markup().article(index, rendered));
    if rendered.has_math {
        crate::math::typeset();
    }
    match problem {
        None => article,
        Some(p) => {
            let line = p.line.map(|l| format!(":{l}")).unwrap_or_default();
            let message = format!("{}{line}: {}", p.path, p.message);
            view! { <p class="post-problem" role="alert">{message}</p> {article} }.into_any()
        }
    }
}

/// Shows the article `carnet build` prerendered (`main`, its markup), as it is.
fn show_built(blog: &Blog, index: usize, main: String) -> AnyView {
    follow_post_lang(blog, index);
    // As the browser writes the markup back: `data-math=""`.
    let has_math = main.contains("<div class=\"post-content\" data-math");
    // Only the head tags are taken from the markup: they do not depend on the body.
    let page = blog
        .markup()
        .article(index, &Rendered::default())
        .map(|page| PageMarkup {
            main: Html::trusted(main),
            ..page
        });
    let article = show(blog, page);
    if has_math {
        crate::math::typeset();
    }
    article
}

/// `<html lang>` follows the post while it is shown.
fn follow_post_lang(blog: &Blog, index: usize) {
    let (site, entry) = (&blog.index.site, &blog.catalog.posts()[index]);
    let lang = entry.lang.clone().unwrap_or_else(|| site.lang.clone());
    set_document_lang(&lang);
    on_cleanup({
        let site_lang = site.lang.clone();
        move || set_document_lang(&site_lang)
    });
}
