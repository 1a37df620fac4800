//! An article at its permalink. Permalinks are the author's to choose, so any
//! address the other routes do not claim is looked up in the catalog; the
//! Markdown is then fetched and rendered in the browser.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

use super::NotFound;
use crate::discover::{asset_base, PostEntry};
use crate::post::Post;
use crate::render::{render_markdown, RenderOptions};
use crate::site::links::percent_decode;
use crate::web::components::{LoadError, Loading, TagLinks};
use crate::web::{api, format_date, intl::set_document_lang, use_blog, words::words, Blog};

#[component]
pub fn ArticleOrNotFound() -> impl IntoView {
    let blog = use_blog();
    let location = use_location();
    view! {
        <Suspense fallback=Loading>
            {move || {
                let pathname = location.pathname.get();
                Suspend::new(async move {
                    let blog = match blog.await {
                        Ok(blog) => blog,
                        Err(message) => return view! { <LoadError message/> }.into_any(),
                    };
                    match find_post(&blog, &pathname) {
                        Some(entry) => view! { <Article blog entry/> }.into_any(),
                        None => view! { <NotFound lang=blog.index.site.lang.clone()/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Matches the address against post URLs, decoded, with or without the base path.
fn find_post(blog: &Blog, pathname: &str) -> Option<PostEntry> {
    let wanted = percent_decode(pathname);
    let base = &blog.index.site.baseurl;
    let with_base = format!("{base}{wanted}");
    blog.catalog
        .posts()
        .iter()
        .find(|p| {
            let url = percent_decode(&p.url);
            url == wanted || url == with_base
        })
        .cloned()
}

#[component]
fn Article(blog: std::rc::Rc<Blog>, entry: PostEntry) -> impl IntoView {
    let path = entry.path.clone();
    let markdown = LocalResource::new(move || {
        let path = path.clone();
        async move { api::fetch_post(&path).await }
    });
    let site = blog.index.site.clone();
    view! {
        <Suspense fallback=Loading>
            {move || {
                let (entry, site) = (entry.clone(), site.clone());
                Suspend::new(async move {
                    let text = match markdown.await {
                        Ok(text) => text,
                        Err(message) => {
                            let message = format!("{} « {} » : {message}", words(&site.lang).failed, entry.title);
                            return view! { <LoadError message/> }.into_any();
                        }
                    };
                    let folders: Vec<String> = Vec::new();
                    let post = match Post::parse(&entry.path, text.as_bytes(), &folders, &site) {
                        Ok(post) => post,
                        Err(error) => {
                            let message = format!("{}: {error}", entry.path);
                            return view! { <LoadError message/> }.into_any();
                        }
                    };
                    let options = RenderOptions { smart_quotes: site.smart_quotes, asset_base: asset_base(&site) };
                    let html = render_markdown(&post.body, &options).html;
                    let lang = post.lang.clone().unwrap_or_else(|| site.lang.clone());
                    set_document_lang(&lang);
                    let date = format_date(&post.date.to_rfc3339(), &lang);
                    let description = post.description.clone().unwrap_or_else(|| strip_tags(&entry.excerpt_html));
                    view! {
                        <Title text=format!("{} · {}", post.title, site.title)/>
                        <Meta name="description" content=description/>
                        <article class="post" lang=lang>
                            <header>
                                <h1>{post.title.clone()}</h1>
                                <p class="post-meta">
                                    <time datetime=post.date.to_rfc3339()>{date}</time>
                                    <TagLinks tags=post.tags.clone() baseurl=site.baseurl.clone()/>
                                </p>
                            </header>
                            // Rendered by carnet's core from the author's Markdown.
                            <div class="post-content" inner_html=html></div>
                        </article>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}

/// Text of an HTML excerpt, for the meta description.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
