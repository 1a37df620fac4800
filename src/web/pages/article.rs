//! An article at its permalink. Permalinks are the author's to choose, so any
//! address the other routes do not claim is looked up in the catalog; the
//! Markdown is then fetched and rendered in the browser by carnet's core.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{blog_page, NotFound};
use crate::discover::{asset_base, PostEntry};
use crate::post::split_front_matter;
use crate::render::toc::{table_of_contents, TocEntry};
use crate::render::{render_markdown, Heading, RenderOptions};
use crate::site::links::percent_decode;
use crate::site::words::{words, Words};
use crate::site::SiteConfig;
use crate::web::components::{CategoryLinks, DraftBadge, LoadError, Loading, PageMeta, TagLinks};
use crate::web::intl::set_document_lang;
use crate::web::{api, format_date, Blog};

/// Words a minute, for the reading time (the usual figure for prose on screens).
const READING_SPEED: usize = 200;

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
    let fetched = entry.clone();
    let limits = crate::web::http::Limits::of(&blog.index.site);
    let markdown = LocalResource::new(move || {
        let entry = fetched.clone();
        async move { api::fetch_post(&entry, limits).await }
    });
    let (newer, older) = blog.catalog.neighbours(index);
    let (newer, older) = (newer.cloned(), older.cloned());
    let site = blog.index.site.clone();
    let w = words(&site.lang);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let (entry, site) = (entry.clone(), site.clone());
                Suspend::new(async move {
                    let text = match markdown.await {
                        Ok(text) => text,
                        Err(api::PostFetchError::Missing) => {
                            return view! { <NotFound lang=site.lang.clone()/> }.into_any();
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
                        Ok(split) => {
                            let body = split.body.to_string();
                            view! { <PostBody body entry site/> }.into_any()
                        }
                        Err(error) => {
                            let message = format!("{}: {error}", entry.path);
                            view! { <LoadError message words=w/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
        <PostNeighbours newer older words=w/>
    }
}

#[component]
fn PostBody(body: String, entry: PostEntry, site: SiteConfig) -> impl IntoView {
    let lang = entry.lang.clone().unwrap_or_else(|| site.lang.clone());
    let options = RenderOptions {
        smart_quotes: site.smart_quotes,
        asset_base: asset_base(&site),
        safe: site.safe_mode,
        page: Some((entry.url.clone(), lang.clone())),
    };
    let rendered = render_markdown(&body, &options);
    set_document_lang(&lang);
    on_cleanup({
        let site_lang = site.lang.clone();
        move || set_document_lang(&site_lang)
    });
    let w = words(&site.lang);
    let minutes = rendered.words.div_ceil(READING_SPEED).max(1);
    let author = entry.author.clone().unwrap_or_else(|| site.author.clone());
    let description = entry
        .description
        .clone()
        .unwrap_or_else(|| crate::site::search::text_of_html(&entry.excerpt_html));
    let toc = table_of_contents(&rendered);
    // The interface speaks the site's language even inside a post written in another.
    let ui_lang = site.lang.clone();
    view! {
        <PageMeta site=site.clone() title=entry.title.clone() description path=entry.url.clone()/>
        <article class="post" lang=lang>
            <header class="post-header">
                <h1>{entry.title.clone()}{entry.draft.then(|| view! { <DraftBadge words=w/> })}</h1>
                <p class="post-meta" lang=ui_lang.clone()>
                    // The index's date: resolved natively with the site's full time zone rules.
                    <time datetime=entry.date.clone()>{format_date(&entry.date, &site.lang)}</time>
                    {(!author.is_empty()).then(|| view! { <span class="author">" · " {w.by} " " {author}</span> })}
                    " · " <span class="reading-time">{(w.minutes)(minutes)}</span>
                </p>
                <p class="post-terms">
                    <CategoryLinks categories=entry.categories.clone() baseurl=site.baseurl.clone()/>
                    <TagLinks tags=entry.tags.clone() baseurl=site.baseurl.clone()/>
                </p>
            </header>
            {toc.map(|entries| view! { <TableOfContents entries words=w lang=ui_lang url=entry.url.clone()/> })}
            // Rendered by carnet's core from the author's Markdown.
            <div class="post-content" inner_html=rendered.html></div>
        </article>
    }
}

#[component]
fn TableOfContents(
    entries: Vec<TocEntry>,
    words: &'static Words,
    lang: String,
    url: String,
) -> impl IntoView {
    // The page's own URL before `#`: a bare `#id` would resolve against `<base href>`.
    let link = move |h: Heading| view! { <a href=format!("{url}#{}", h.id)>{h.text}</a> };
    let items = entries.into_iter().map(|entry| {
        let children = (!entry.children.is_empty())
            .then(|| view! { <ol>{entry.children.into_iter().map(|c| view! { <li>{link(c)}</li> }).collect_view()}</ol> });
        view! { <li>{link(entry.heading)}{children}</li> }
    });
    view! {
        <nav class="toc" aria-labelledby="toc-title" lang=lang>
            <h2 id="toc-title">{words.contents}</h2>
            <ol>{items.collect_view()}</ol>
        </nav>
    }
}

#[component]
fn PostNeighbours(
    newer: Option<PostEntry>,
    older: Option<PostEntry>,
    words: &'static Words,
) -> impl IntoView {
    view! {
        <nav class="post-neighbours" lang=words.lang aria-label=format!("{} / {}", words.previous_post, words.next_post)>
            {older.map(|p| view! {
                <a rel="prev" href=p.url><span class="label">{words.previous_post}</span><span class="title">{p.title}</span></a>
            })}
            {newer.map(|p| view! {
                <a rel="next" href=p.url><span class="label">{words.next_post}</span><span class="title">{p.title}</span></a>
            })}
        </nav>
    }
}
