//! The archive: every post, grouped by year and month, newest first.

use leptos::prelude::*;

use super::{blog_page, show, when_covered};
use crate::load::Need;

#[component]
pub fn ArchivePage() -> impl IntoView {
    blog_page(|| {
        |blog| {
            when_covered(&blog.clone(), Need::Whole, move || {
                show(&blog, Some(blog.markup().archive()))
            })
        }
    })
}
