//! Finding posts: the post index (`posts/index.json`) the web app loads in
//! one request, and, natively, the posts folder it is built from.

#[cfg(not(target_arch = "wasm32"))]
mod folder;
mod index;
pub mod indexer;
pub mod listing;

#[cfg(not(target_arch = "wasm32"))]
pub use folder::{categories_from_path, read_posts, read_posts_folder, Layout, SourceFile};
pub use index::{
    asset_base, content_hash, sort_newest_first, IndexOptions, PostEntry, PostIndex, Problem,
    INDEX_VERSION,
};
