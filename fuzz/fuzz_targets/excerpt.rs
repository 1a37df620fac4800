//! A separator and a body: cutting the excerpt (link references carried
//! over) and rendering it to HTML must never panic.
#![no_main]

use carnet_core::post::excerpt_markdown;
use carnet_core::markdown::{render_markdown, RenderOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (separator, body) = text.split_once('\u{0}').unwrap_or(("\n\n", &text));
    let excerpt = excerpt_markdown(body, separator);
    let options = RenderOptions {
        smart_quotes: data.first().is_some_and(|b| b % 2 == 0),
        asset_base: "/posts/".into(),
        ..RenderOptions::default()
    };
    let _ = render_markdown(&excerpt, &options);
});
