//! The archive: every post, grouped by year and month, newest first, drawn
//! from the archive shard (dates, addresses, titles) or the whole index.

use leptos::prelude::*;

use super::{blog_page, show, when_covered};
use crate::load::Need;

#[component]
pub fn ArchivePage() -> impl IntoView {
    blog_page(|| {
        |blog| {
            when_covered(&blog.clone(), Need::Archive, move || {
                show(&blog, Some(blog.markup().archive()))
            })
        }
    })
}
