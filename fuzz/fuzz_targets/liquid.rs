//! Any text as a post's Liquid, run with a site (posts, includes that include
//! each other, data) and rendered in safe mode: it must never panic, never
//! hang past the engine's budget, and Liquid's output must stay Markdown
//! input like any other, so safe mode still drops every script.
#![no_main]

use carnet_core::config::SiteConfig;
use carnet_core::liquid::{LiquidSite, PostSummary};
use carnet_core::markdown::RenderOptions;
use carnet_core::post::Post;
use carnet_core::time::PostDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let file = format!("---\ntitle: \"<script>alert(1)</script>\"\ntags: [a, b]\n---\n{text}");
    let config = SiteConfig::default();
    let Ok(post) = Post::parse("2020-01-01-fuzz.md", file.as_bytes(), &[], &config) else {
        return;
    };
    let now = PostDate::at(1_600_000_000, 0);
    let other = PostSummary {
        path: "2019-01-01-other.md".into(),
        url: "/2019/01/01/other.html".into(),
        title: "Other".into(),
        date: Some(now),
        ..PostSummary::default()
    };
    let mut site = LiquidSite::new(config, "title: Fuzz\nnested: {a: [1, 2]}\n", vec![other], now);
    site.includes.insert("loop.html".into(), "{% include loop.html %}".into());
    site.includes.insert("a.html".into(), "{{ include.x | upcase }}{% include b.html x=include.x %}".into());
    site.includes.insert("b.html".into(), "<img src=x onerror=alert(1)>{{ include.x }}".into());
    site.data.insert("people.yml".into(), "ada: {name: Ada}\n".into());
    let options = RenderOptions { safe: true, ..RenderOptions::default() };
    let (rendered, _) = site.render_post(&post, &file, &options);
    let html = rendered.html.to_ascii_lowercase();
    // Text is escaped, so every `<` opens a tag: look inside tags only.
    // Only highlight's fragments pass Markdown untouched, and their code is escaped.
    for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or(t)) {
        assert!(!tag.starts_with("script"), "{html}");
        assert!(!tag.contains(" onerror") && !tag.contains(" onload"), "{html}");
    }
});
