//! Any bytes as a host's directory listing of `posts/`: parsing must never
//! panic, and every post file it gives is one plain entry of the folder (no
//! `/`, `\`, `..`, NUL, scheme) with a Markdown or HTML extension.
#![no_main]

use carnet_core::config::SiteConfig;
use carnet_core::index::listing::{parse_listing_under, post_files};
use libfuzzer_sys::fuzz_target;

const CONTENT_TYPES: [Option<&str>; 5] = [
    None,
    Some("text/html"),
    Some("application/json"),
    Some("text/xml"),
    Some("text/plain"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let body = String::from_utf8_lossy(rest);
    let content_type = CONTENT_TYPES[usize::from(choice) % CONTENT_TYPES.len()];
    let listing_path = if choice & 0x80 == 0 { "/posts/" } else { "/blog/posts/" };
    let Ok(entries) = parse_listing_under(&body, content_type, listing_path) else {
        return;
    };
    for name in post_files(&entries, &SiteConfig::default()) {
        assert!(!name.is_empty(), "empty name from {body:?}");
        assert!(
            !name.contains(['/', '\\', '\0']) && name != "." && name != "..",
            "{name:?} is not one entry of the folder ({body:?})"
        );
        assert!(!name.contains("://"), "{name:?} names another site");
    }
});
