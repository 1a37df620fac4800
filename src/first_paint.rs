//! The first paint on a host without prerendered pages (a plain static host,
//! `trunk serve`) where the page has no first-paint copy (`pages::copy`,
//! which `early.js` shows without any wasm): a tag or category page, a later
//! home page, a post newer than the index. A small module of its own
//! (`src/bin/carnet-first.rs`, without Leptos) draws the page a visit opens
//! with the core's markup, as `carnet build` would have prerendered it,
//! while the app is still to download; the app then takes that copy over
//! (`takeover`) as it takes over a prerendered page. It draws only what it
//! can draw from the index as served: home, tag and category pages, and
//! articles without Liquid. For anything else (search, the archive, site
//! pages, an article with Liquid, a failure of any kind) it draws nothing
//! and the app draws the page as before.

use carnet_core::catalog::links::page_number;
use carnet_core::catalog::Taxonomy;
use carnet_core::liquid::has_liquid;
use carnet_core::markdown::RenderOptions;
use carnet_core::pages::chrome::{static_copy, Head};
use carnet_core::pages::PageMarkup;
use carnet_core::post::{body_of, render_body, Format};

use futures::future::{select, Either};

use crate::http::Limits;
use crate::load::{self, Need};
use crate::{api, head, intl, look, Blog};

/// How long the module waits for what the page needs once it runs.
const GIVE_UP_MS: u32 = 500;

/// Draws the page at the current address; whether it drew one.
pub async fn draw() -> bool {
    crate::entities::install();
    // Data slower than this leaves the page to the app, which shows that it
    // is loading (and takes over the fetches under way, `http::hand_to_app`).
    let late = std::pin::pin!(crate::http::sleep(GIVE_UP_MS));
    let Either::Left((Some((blog, page)), _)) = select(std::pin::pin!(page()), late).await else {
        return false;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(app) = document.get_element_by_id("app") else {
        return false;
    };
    // A prerendered page shows already; an app that started (the first paint
    // took too long) draws the page itself.
    if app.child_element_count() > 0 || document.get_element_by_id("prerendered").is_some() {
        return false;
    }
    let site = &blog.index.site;
    let copy = static_copy(site, &blog.index.pages, &page, true);
    if app
        .insert_adjacent_html("beforebegin", copy.as_str())
        .is_err()
    {
        return false;
    }
    let _ = app.set_attribute("hidden", "");
    head::set(&Head::of(site, &page));
    intl::set_document_lang(&page.lang);
    look::apply(site);
    true
}

/// The blog as far as the page needs it, and the page's markup.
async fn page() -> Option<(Blog, PageMarkup)> {
    let path = api::current_path();
    match Need::of(&path) {
        need @ Need::Post(_) => {
            let blog = match load::load_shards(&need).await {
                Some(shard) => shard,
                None => whole_index().await?,
            };
            article(blog, &path).await
        }
        // Left to the app: search and the archive (early.js does not load
        // the module for them), and any other address.
        Need::Archive | Need::Search | Need::Whole => None,
        need => {
            let blog = load::load_shards(&need).await?;
            let page = listing(&blog, &need, &path)?;
            Some((blog, page))
        }
    }
}

/// The whole index, for a host without shards (an older `carnet index`).
async fn whole_index() -> Option<Blog> {
    let (index, _) = load::fetch_index().await.ok()??;
    Some(Blog::new(index))
}

/// An article without Liquid (Liquid runs in the app's worker), from its
/// shard (the post and its neighbours) or the whole index.
async fn article(blog: Blog, path: &str) -> Option<(Blog, PageMarkup)> {
    let (index, entry) = blog.catalog.at_url(path, &blog.index.site.baseurl)?;
    let site = &blog.index.site;
    if entry.liquid {
        return None;
    }
    let text = api::fetch_post(entry, Limits::of(site)).await.ok()?;
    let body = body_of(&text);
    if has_liquid(body) {
        return None;
    }
    let lang = entry.lang.as_deref().unwrap_or(&site.lang);
    let options = RenderOptions::for_article(site, &entry.url, Some(lang));
    let rendered = render_body(body, Format::of_path(&entry.path, site), &options);
    let page = blog.markup().article(index, &rendered)?;
    Some((blog, page))
}

/// A listing page: home, the tags or categories, one term's posts, as the
/// app's pages draw them (`pages::home`, `pages::terms`).
fn listing(blog: &Blog, need: &Need, path: &str) -> Option<PageMarkup> {
    let markup = blog.markup();
    let taxonomy = if path.starts_with("/categories/") {
        Taxonomy::Category
    } else {
        Taxonomy::Tag
    };
    match need {
        Need::Home(n) => markup.home(*n, &blog.index.problems),
        Need::Terms => Some(markup.terms(taxonomy)),
        Need::Term(taxonomy, name) => {
            let number = path.split_once("/page/").map(|(_, n)| n.trim_matches('/'));
            let n = page_number(number.or(Some("1")))?;
            let found = taxonomy.page(&blog.catalog, name, n, blog.index.site.paginate)?;
            Some(markup.term(*taxonomy, name, &found))
        }
        _ => None,
    }
}
