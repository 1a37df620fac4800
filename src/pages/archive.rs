//! The archive: every post, grouped by year and month, newest first.

use leptos::prelude::*;

use super::{blog_page, show};

#[component]
pub fn ArchivePage() -> impl IntoView {
    blog_page(|| |blog| show(&blog, Some(blog.markup().archive())))
}
