//! Any bytes as a post file: splitting and typing the front matter, then the
//! whole post (dates, categories, permalink) must never panic.
#![no_main]

use carnet_core::post::{split_front_matter, FrontMatter, Post};
use carnet_core::config::SiteConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(split) = split_front_matter(&text) {
        let _ = FrontMatter::from_yaml(split.yaml, split.yaml_line);
    }
    let site = SiteConfig::default();
    let _ = Post::parse("2020-01-01-fuzz.md", data, &[], &site);
    let _ = Post::parse("_drafts/fuzz.md", data, &[], &site);
});
