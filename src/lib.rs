//! carnet's browser app (Leptos, client-side rendered): loads the post index
//! once, then routes between the index, tag, category, archive and search
//! pages and articles, drawing each with the core's page markup. Everything
//! the browser fetches goes through `api` (URLs) and `http` (retries, limits);
//! `load` and `listing_mode` find the posts; the indexer worker
//! (`src/bin/carnet-indexer.rs`) reads posts where the host has no index.
//!
//! It only runs in a browser, but type-checks anywhere, so `cargo check`,
//! clippy and rust-analyzer see it on the host too.

mod api;
mod components;
pub mod entities;
pub mod first_paint;
mod head;
mod highlight;
pub mod http;
mod indexer;
mod intl;
mod liquid;
mod listing_mode;
mod load;
mod look;
mod math;
mod navigation;
mod pages;
mod takeover;
mod theme;

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use carnet_core::catalog::{Catalog, Taxonomy};
use carnet_core::index::PostIndex;
use carnet_core::pages::Markup;
use load::{LoadError, Need};
use pages::{TermPage, TermsPage};

pub use intl::{format_date, intl_date};

/// The loaded blog: site settings and the catalog of posts, all of them or
/// the shard of the index a page needed (`load::Need`).
pub struct Blog {
    /// The index the blog was made from; its posts are in the catalog.
    pub index: PostIndex,
    pub catalog: Catalog,
    /// What the catalog was loaded for, when it holds only some posts.
    pub shard: Option<Need>,
}

impl Blog {
    pub fn new(mut index: PostIndex) -> Blog {
        // Moved, not copied: 10,000 posts are megabytes of excerpts.
        let catalog = Catalog::new(std::mem::take(&mut index.posts));
        Blog {
            index,
            catalog,
            shard: None,
        }
    }

    /// Whether this blog holds what a page needs.
    pub fn covers(&self, need: &Need) -> bool {
        match (&self.shard, need) {
            (None, _) | (Some(_), Need::Terms | Need::Search) => true,
            (Some(Need::Home(_)), Need::Home(page)) => {
                self.catalog.has_page(*page, self.index.site.paginate)
            }
            (Some(shard), need) => shard == need && *need != Need::Whole,
        }
    }

    pub fn lang(&self) -> &str {
        &self.index.site.lang
    }

    /// The pages' markup, with dates as the reader's browser writes them.
    pub fn markup(&self) -> Markup<'_> {
        Markup {
            site: &self.index.site,
            catalog: &self.catalog,
            dates: intl::DATES,
        }
    }
}

pub type BlogResult = Result<Rc<Blog>, LoadError>;

/// The blog as it loads; every page reads it from context.
#[derive(Clone, Copy)]
pub struct BlogResource(pub LocalResource<BlogResult>);

pub fn use_blog() -> LocalResource<BlogResult> {
    expect_context::<BlogResource>().0
}

/// Why the part of the index a page needed could not be fetched, for that
/// page to show with a retry.
#[derive(Clone, Copy)]
pub struct ShardFailure(pub RwSignal<Option<String>>);

/// A fuller blog than the first one loaded, while posts are still being found
/// through a directory listing; pages show it as soon as it is set.
#[derive(Clone, Copy)]
pub struct NewerBlog(pub RwSignal<Option<Rc<Blog>>, LocalStorage>);

/// Mounts the app in `#app`, taking over a prerendered page if there is one.
pub fn start() {
    console_error_panic_hook::set_once();
    entities::install();
    navigation::listen();
    leptos::mount::mount_to(takeover::app_root(), App).forget();
    takeover::take_over(0);
}

#[component]
fn App() -> impl IntoView {
    let newer = RwSignal::new_local(None::<Rc<Blog>>);
    let failed = RwSignal::new(None);
    let blog = LocalResource::new(move || async move {
        // The shards the first page needs, when the host has them: a visit
        // costs what it shows. Other pages fetch theirs as they are opened.
        let need = Need::of(&api::current_path());
        let blog = match load::load_shards(&need).await {
            Some(blog) => {
                // A host that lists posts may hold posts the index lacks: the
                // whole index is checked against its listing.
                listing_mode::when_listed(move || load::check_listing(newer, failed));
                blog
            }
            None => Blog::new(
                load::load_index(move |index| newer.set(Some(Rc::new(Blog::new(index))))).await?,
            ),
        };
        intl::set_document_lang(&blog.index.site.lang);
        look::apply(&blog.index.site);
        Ok(Rc::new(blog))
    });
    provide_context(BlogResource(blog));
    provide_context(NewerBlog(newer));
    provide_context(ShardFailure(failed));
    // The router's base is fixed for the life of the page, so leaking it once is fine.
    let base: &'static str = Box::leak(api::base_path().into_boxed_str());
    view! {
        <Router base=base>
            <navigation::ScrollAndFocus/>
            <components::Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=pages::ArticleOrNotFound>
                    <Route path=path!("/") view=pages::HomePage/>
                    <Route path=path!("/page/:num/") view=pages::HomePage/>
                    <Route path=path!("/tags/") view=|| view! { <TermsPage taxonomy=Taxonomy::Tag/> }/>
                    <Route path=path!("/tags/:name/") view=|| view! { <TermPage taxonomy=Taxonomy::Tag/> }/>
                    <Route path=path!("/tags/:name/page/:num/") view=|| view! { <TermPage taxonomy=Taxonomy::Tag/> }/>
                    <Route path=path!("/categories/") view=|| view! { <TermsPage taxonomy=Taxonomy::Category/> }/>
                    <Route path=path!("/categories/:name/") view=|| view! { <TermPage taxonomy=Taxonomy::Category/> }/>
                    <Route path=path!("/categories/:name/page/:num/") view=|| view! { <TermPage taxonomy=Taxonomy::Category/> }/>
                    <Route path=path!("/archive/") view=pages::ArchivePage/>
                    <Route path=path!("/search/") view=pages::SearchPage/>
                </Routes>
            </main>
            <components::Footer/>
        </Router>
    }
}

/// Renders Markdown exactly as articles are rendered, exported to JavaScript
/// (`window.wasmBindings.render_markdown_html`) so benchmarks can time the
/// renderer inside the page against JavaScript renderers.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render_markdown_html(markdown: &str) -> String {
    use carnet_core::markdown::{render_markdown, RenderOptions};
    render_markdown(markdown, &RenderOptions::default()).html
}
