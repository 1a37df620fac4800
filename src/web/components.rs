//! Small pieces shared by pages: the header, a post's summary card, tag links,
//! and the loading and error states.

use leptos::prelude::*;

use super::{format_date, use_blog, words::words};
use crate::discover::PostEntry;
use crate::site::links::tag_url;

#[component]
pub fn Header() -> impl IntoView {
    let blog = use_blog();
    let home = format!("{}/", super::api::base_path());
    let title = move || {
        blog.get()
            .and_then(|b| b.ok())
            .map(|b| b.index.site.title.clone())
            .unwrap_or_default()
    };
    view! {
        <header class="site-header">
            <a class="site-title" href=home>{title}</a>
        </header>
    }
}

/// A post in a list: title, date, tags and its rendered excerpt.
#[component]
pub fn PostCard(post: PostEntry, lang: String, baseurl: String) -> impl IntoView {
    let w = words(&lang);
    let date = format_date(&post.date, post.lang.as_deref().unwrap_or(&lang));
    view! {
        <article class="post-card">
            <h2><a href=post.url.clone()>{post.title.clone()}</a></h2>
            <p class="post-meta">
                <time datetime=post.date.clone()>{date}</time>
                <TagLinks tags=post.tags.clone() baseurl=baseurl/>
            </p>
            // The excerpt is HTML the author wrote in Markdown, rendered by carnet's core.
            <div class="excerpt" inner_html=post.excerpt_html.clone()></div>
            <p class="read-more"><a href=post.url>{w.read_more}</a></p>
        </article>
    }
}

#[component]
pub fn TagLinks(tags: Vec<String>, baseurl: String) -> impl IntoView {
    view! {
        <span class="tags">
            {tags
                .into_iter()
                .map(|tag| view! { <a class="tag" rel="tag" href=tag_url(&baseurl, &tag)>{tag.clone()}</a> })
                .collect_view()}
        </span>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-busy="true">{words("").loading}</p> }
}

#[component]
pub fn LoadError(message: String) -> impl IntoView {
    view! {
        <div class="load-error" role="alert">
            <p>{message}</p>
        </div>
    }
}
