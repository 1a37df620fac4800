//! One module per kind of page, and the frame they share: wait for the blog,
//! show its load error (with a retry) or the page.

mod archive;
mod article;
mod home;
mod not_found;
mod search;
mod site_page;
mod terms;

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

pub use archive::ArchivePage;
pub use article::ArticleOrNotFound;
pub use home::HomePage;
pub use not_found::NotFound;
pub use search::SearchPage;
pub use site_page::SitePage;
pub use terms::{TermPage, TermsPage};

use carnet_core::pages::chrome::Head;
use carnet_core::pages::PageMarkup;

use crate::components::{LoadError, Loading};
use crate::load::Need;
use crate::{head, use_blog, Blog, NewerBlog, ShardFailure};

/// Shows a page of the blog once the index is loaded. `make` runs in a tracked
/// scope (read route params there) and returns what renders the page.
pub fn blog_page<R>(make: impl Fn() -> R + Send + Sync + 'static) -> AnyView
where
    R: FnOnce(Rc<Blog>) -> AnyView + Send + 'static,
{
    // Every page goes through one frame, so the loading machinery (Suspense,
    // the async blog) is compiled once, not once per kind of page.
    frame(Arc::new(move || Box::new(make()) as Render))
}

/// What a page does with the loaded blog.
type Render = Box<dyn FnOnce(Rc<Blog>) -> AnyView + Send>;

fn frame(make: Arc<dyn Fn() -> Render + Send + Sync>) -> AnyView {
    let blog = use_blog();
    let newer = expect_context::<NewerBlog>().0;
    view! {
        <Suspense fallback=Loading>
            {move || {
                let render = make();
                // Re-render when a fuller blog arrives (read after the await: it is not Send).
                newer.track();
                Suspend::new(async move {
                    match blog.await {
                        Ok(first) => render(newer.get_untracked().unwrap_or(first)),
                        Err(error) => {
                            let retry = Callback::new(move |_| blog.refetch());
                            view! { <LoadError message=error.to_string() retry/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Draws the page when the blog shown holds what it needs; else fetches that
/// (its shards, or the whole index) and shows the loading state meanwhile.
pub fn when_covered(blog: &Blog, need: Need, render: impl FnOnce() -> AnyView) -> AnyView {
    if blog.covers(&need) {
        return render();
    }
    let failed = expect_context::<ShardFailure>().0;
    if let Some(message) = failed.get() {
        let retry = Callback::new(move |_| failed.set(None));
        return view! { <LoadError message retry/> }.into_any();
    }
    crate::load::fetch_for(need, expect_context::<NewerBlog>().0, failed);
    view! { <Loading/> }.into_any()
}

/// A page as `carnet_core::pages` writes it (the markup of the prerendered pages
/// too), with its head tags; the not-found page when there is no such page.
pub fn show(blog: &Blog, page: Option<PageMarkup>) -> AnyView {
    let Some(page) = page else {
        return view! { <NotFound lang=blog.lang().to_string()/> }.into_any();
    };
    head::set(&Head::of(&blog.index.site, &page));
    let main = page.main.into_string();
    if crate::highlight::has_code(&main) {
        crate::highlight::colour();
    }
    crate::takeover::check_soon();
    view! { <div class="page" inner_html=main></div> }.into_any()
}
