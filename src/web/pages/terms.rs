//! Tag and category pages: every term with its count, and the posts of one
//! term. Tags and categories behave alike, so one set of pages serves both.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{blog_page, NotFound};
use crate::discover::PostEntry;
use crate::site::links::{category_url, percent_decode, tag_url};
use crate::site::words::{words, Words};
use crate::site::{Catalog, TagCount};
use crate::web::components::{PageMeta, PostCard};

#[derive(Clone, Copy)]
pub enum Taxonomy {
    Tag,
    Category,
}

impl Taxonomy {
    fn title(self, w: &Words) -> &'static str {
        match self {
            Taxonomy::Tag => w.tags,
            Taxonomy::Category => w.categories,
        }
    }

    fn heading(self, w: &Words, name: &str) -> String {
        match self {
            Taxonomy::Tag => format!("{} « {name} »", w.tagged),
            Taxonomy::Category => format!("{} « {name} »", w.in_category),
        }
    }

    fn list_path(self) -> &'static str {
        match self {
            Taxonomy::Tag => "/tags/",
            Taxonomy::Category => "/categories/",
        }
    }

    fn url(self, baseurl: &str, name: &str) -> String {
        match self {
            Taxonomy::Tag => tag_url(baseurl, name),
            Taxonomy::Category => category_url(baseurl, name),
        }
    }

    fn counts(self, catalog: &Catalog) -> Vec<TagCount> {
        match self {
            Taxonomy::Tag => catalog.tags(),
            Taxonomy::Category => catalog.categories(),
        }
    }

    fn posts(self, catalog: &Catalog, name: &str) -> Vec<PostEntry> {
        match self {
            Taxonomy::Tag => catalog.with_tag(name).cloned().collect(),
            Taxonomy::Category => catalog.in_category(name).cloned().collect(),
        }
    }
}

#[component]
pub fn TermsPage(taxonomy: Taxonomy) -> impl IntoView {
    blog_page(move || {
        move |blog| {
            let site = blog.index.site.clone();
            let w = words(&site.lang);
            let terms = taxonomy.counts(&blog.catalog).into_iter().map(|t| {
                view! {
                    <li>
                        <a href=taxonomy.url(&site.baseurl, &t.name)>{t.name.clone()}</a>
                        " " <span class="count">{(w.posts_count)(t.count)}</span>
                    </li>
                }
            });
            view! {
                <PageMeta site=site.clone() title=taxonomy.title(w).to_string()
                    description=site.description.clone() path=format!("{}{}", site.baseurl, taxonomy.list_path())/>
                <h1 class="page-title">{taxonomy.title(w)}</h1>
                <ul class="term-cloud">{terms.collect_view()}</ul>
            }
            .into_any()
        }
    })
}

#[component]
pub fn TermPage(taxonomy: Taxonomy) -> impl IntoView {
    let params = use_params_map();
    blog_page(move || {
        let name = percent_decode(&params.read().get("name").unwrap_or_default());
        move |blog| {
            let site = blog.index.site.clone();
            let posts = taxonomy.posts(&blog.catalog, &name);
            if posts.is_empty() {
                return view! { <NotFound lang=site.lang.clone()/> }.into_any();
            }
            let w = words(&site.lang);
            let heading = taxonomy.heading(w, &name);
            view! {
                <PageMeta site=site.clone() title=heading.clone() description=site.description.clone()
                    path=taxonomy.url(&site.baseurl, &name)/>
                <h1 class="page-title">{heading}</h1>
                <p class="page-count">{(w.posts_count)(posts.len())}</p>
                <div class="post-list">
                    {posts.into_iter().map(|post| view! { <PostCard post site=site.clone()/> }).collect_view()}
                </div>
            }
            .into_any()
        }
    })
}
