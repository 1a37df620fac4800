//! Posts with Liquid: the worker (which holds the Liquid engine, so a visit
//! to a post without Liquid never downloads it) renders them as `carnet
//! build` does; this module fetches what it asks for: `_config.yml`, the
//! included files and `_data/`, each once a visit.

use std::cell::RefCell;

use carnet_core::index::protocol::{RenderAnswer, RenderRequest};
use carnet_core::index::{Folder, IncludeFile, Problem, SiteFiles};
use carnet_core::markdown::Rendered;
use carnet_core::text::url::escape_segment;

use crate::{api, indexer, load};

/// Rounds of "fetch these includes": includes of includes, bounded like Liquid's nesting.
const MAX_ROUNDS: usize = 16;

thread_local! {
    static FILES: RefCell<Option<SiteFiles>> = const { RefCell::new(None) };
}

/// The post's HTML after Liquid and Markdown, and the Liquid error it was
/// shown without, if any.
/// `path` is the post's path in the index, or a page's behind `_pages/`.
pub async fn render(path: &str, text: &str) -> Result<(Rendered, Option<Problem>), String> {
    let index_json = load::index_json().await.map(|json| json.to_string());
    let mut files = site_files().await?;
    for _ in 0..MAX_ROUNDS {
        let request = RenderRequest {
            index_json: index_json.clone(),
            files: files.clone(),
            path: path.to_string(),
            text: text.to_string(),
            now: (js_sys::Date::now() / 1000.0) as i64,
        };
        match indexer::render_post(request)
            .await
            .map_err(|e| e.to_string())?
        {
            RenderAnswer::Done { rendered, problem } => return Ok((rendered, problem)),
            RenderAnswer::Needs(needed) => {
                for file in needed {
                    // A missing file is left out: the tag then says so, as Jekyll does.
                    let text = fetch_file(&file).await.unwrap_or_default();
                    match file.folder {
                        Folder::Data => files.data.insert(file.key, text),
                        _ => files.includes.insert(file.key, text),
                    };
                }
                FILES.with(|f| *f.borrow_mut() = Some(files.clone()));
            }
        }
    }
    Err("includes nested too deep".into())
}

/// For a post the index says has Liquid: the worker, `_config.yml` and the
/// whole index (which a blog drawn from shards lacks) load while the post
/// downloads, not after.
pub fn prepare() {
    indexer::start();
    leptos::task::spawn_local(async {
        let _ = futures::join!(site_files(), load::index_json());
    });
}

/// `_config.yml` (for `site.*`) and the includes fetched so far.
async fn site_files() -> Result<SiteFiles, String> {
    if let Some(files) = FILES.with(|f| f.borrow().clone()) {
        return Ok(files);
    }
    let config_yaml = api::fetch_optional(&api::page("/_config.yml"))
        .await
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let files = SiteFiles {
        config_yaml,
        ..SiteFiles::default()
    };
    // Another caller may have fetched it meanwhile, with includes since: theirs stays.
    Ok(FILES.with(|f| f.borrow_mut().get_or_insert(files).clone()))
}

async fn fetch_file(file: &IncludeFile) -> Option<String> {
    let in_folder = |folder: &str| {
        let path = escape_segment(&file.key).replace("%2F", "/");
        api::page(&format!("/{folder}/{path}"))
    };
    let url = match file.folder {
        Folder::Posts => api::posts_url(&file.key),
        Folder::Includes => in_folder("_includes"),
        Folder::Data => in_folder("_data"),
    };
    api::fetch_optional(&url).await.ok().flatten()
}
