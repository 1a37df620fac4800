//! A permalink template, a file name, categories, a date and a baseurl:
//! expanding the permalink must never panic.
#![no_main]

use carnet_core::post::Post;
use carnet_core::config::SiteConfig;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{0}');
    let template = parts.next().unwrap_or("");
    let slug = parts.next().unwrap_or("x").replace('/', "");
    let date = parts.next().unwrap_or("2020-01-01");
    let categories: Vec<String> = parts
        .next()
        .unwrap_or("")
        .split(',')
        .map(str::to_string)
        .collect();
    let site = SiteConfig {
        permalink: template.to_string(),
        baseurl: parts.next().unwrap_or("").to_string(),
        timezone: parts.next().map(str::to_string),
        ..SiteConfig::default()
    };
    let file = format!("---\ndate: {date:?}\n---\nbody\n");
    let path = format!("2020-01-01-{slug}.md");
    let _ = Post::parse(&path, file.as_bytes(), &categories, &site);
});
