//! Any bytes as the post index the web app downloads: parsing it and building
//! the catalog from it must never panic.
#![no_main]

use carnet_core::index::PostIndex;
use carnet_core::catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(index) = serde_json::from_slice::<PostIndex>(data) {
        let per_page = index.site.paginate;
        let catalog = Catalog::new(index.posts);
        let _ = catalog.page(1, per_page);
        let _ = catalog.page(usize::MAX, per_page);
        let _ = catalog.tags();
        let _ = catalog.page_count(per_page);
    }
});
