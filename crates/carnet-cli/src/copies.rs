//! The first-paint copies `carnet index` writes beside the shards
//! (`carnet_core::pages::copy`): the home page and every article and site
//! page, rendered as `carnet build` prerenders them (Liquid included; code
//! is left for the app to colour), one small file each. On a host without
//! prerendered pages, `public/early.js` shows a visit's page from its copy
//! before any wasm has downloaded.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use carnet_core::catalog::shards::articles::address_key;
use carnet_core::catalog::Catalog;
use carnet_core::index::PostIndex;
use carnet_core::liquid::LiquidSite;
use carnet_core::pages::copy::{copy_file, PageCopy};
use carnet_core::pages::{Markup, PageMarkup};
use carnet_core::post::Post;

use crate::build::{render_article, render_site_pages};
use crate::load::LoadedSite;
use crate::site::write;

/// Writes the copies into `folder` (the shards folder); how many.
pub fn write_copies(
    site: &LoadedSite,
    index: &PostIndex,
    liquid: &LiquidSite,
    folder: &Path,
) -> Result<usize> {
    let config = &site.config;
    let catalog = Catalog::new(index.posts.clone());
    let markup = Markup::new(config, &catalog);
    let write_copy = |page: &PageMarkup| -> Result<()> {
        let copy = PageCopy::of(config, &index.pages, page);
        let file = folder.join(copy_file(&address_key(&page.url, &config.baseurl)));
        write(
            &file,
            &serde_json::to_string(&copy).context("writing a page copy")?,
        )
    };
    let mut written = 0;
    if let Some(home) = markup.home(1, &index.problems) {
        write_copy(&home)?;
        written += 1;
    }
    // One article at a time: a 10,000-post blog's pages never sit in memory together.
    let sources: HashMap<&str, &(Post, Vec<u8>)> = site
        .posts
        .iter()
        .map(|source| (source.0.path.as_str(), source))
        .collect();
    for (i, entry) in catalog.posts().iter().enumerate() {
        let Some((post, bytes)) = sources.get(entry.path.as_str()) else {
            continue;
        };
        if let Some(page) = markup.article(i, &render_article(liquid, config, post, bytes)) {
            write_copy(&page)?;
            written += 1;
        }
    }
    for (entry, rendered) in render_site_pages(site, index, liquid) {
        write_copy(&markup.site_page(&entry, &rendered))?;
        written += 1;
    }
    Ok(written)
}
