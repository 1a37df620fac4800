//! The site: its `_config.yml` settings and the catalog of its posts.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
mod catalog;
mod config;
pub mod links;
#[cfg(not(target_arch = "wasm32"))]
mod load;
pub mod markup;
pub mod prerender;
pub mod search;
pub mod taxonomy;
pub mod words;

pub use catalog::{ArchiveMonth, ArchiveYear, Catalog, TagCount};
pub use config::{ConfigError, SiteConfig};
#[cfg(not(target_arch = "wasm32"))]
pub use load::{load_site, now, LoadedSite};
