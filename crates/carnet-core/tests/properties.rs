//! Property tests: no input makes the core panic, and what it returns keeps
//! the shape a reader relies on (a body after its front matter, a URL a
//! browser can request, an index that reads back as it was written).

use carnet_core::config::SiteConfig;
use carnet_core::index::{PostEntry, PostIndex, INDEX_VERSION};
use carnet_core::post::{excerpt_markdown, permalink, split_front_matter, FrontMatter, Post};
use carnet_core::time::PostDate;
use proptest::prelude::*;

/// Text that looks like a post often enough to reach the deep code paths.
fn post_like() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("---".to_string()),
        Just("...".to_string()),
        Just("".to_string()),
        "(title|date|tags|category|categories|permalink|excerpt_separator|published|slug): [ -~]{0,30}",
        "- [a-z]{0,5}",
        "[ -~éà’\t]{0,40}",
    ];
    proptest::collection::vec(line, 0..12)
        .prop_flat_map(|lines| (Just(lines), prop_oneof![Just("\n"), Just("\r\n")]))
        .prop_map(|(lines, eol)| lines.join(eol))
}

fn is_url_path(url: &str) -> bool {
    url.starts_with('/')
        && !url.contains("//")
        && url.bytes().all(|b| b.is_ascii_graphic())
        && !url.contains(['?', '#', '"', '<', '>', '\\'])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn splitting_any_bytes_never_panics_and_keeps_the_body(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(split) = split_front_matter(&text) {
            prop_assert!(text.ends_with(split.body));
            prop_assert!(text.contains(split.yaml));
            let _ = FrontMatter::from_yaml(split.yaml, split.yaml_line);
        }
    }

    #[test]
    fn any_post_like_text_parses_or_fails_cleanly(text in post_like()) {
        let site = SiteConfig { timezone: Some("Europe/Paris".into()), ..SiteConfig::default() };
        for path in ["2020-03-29-x.md", "_drafts/x.md", "a/_posts/2020-01-01-é.md"] {
            if let Ok(post) = Post::parse(path, text.as_bytes(), &[], &site) {
                prop_assert!(is_url_path(&post.url), "{}", post.url);
                prop_assert!(text.ends_with(&post.body));
                let date = post.date;
                prop_assert_eq!(PostDate::at(date.timestamp(), date.offset_minutes), date);
            }
        }
    }

    #[test]
    fn any_bytes_as_a_post_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Post::parse("2020-01-01-x.md", &bytes, &[], &SiteConfig::default());
    }

    #[test]
    fn the_excerpt_is_the_text_before_the_separator(body in "[ -~\n]{0,200}", separator in "(\n\n|<!--more-->|[a-z]{1,3})") {
        let excerpt = excerpt_markdown(&body, &separator);
        match body.find(&separator) {
            Some(at) => prop_assert!(excerpt.starts_with(&body[..at])),
            None => prop_assert_eq!(excerpt, body),
        }
    }

    #[test]
    fn any_permalink_template_gives_a_clean_path_or_names_the_placeholder(
        template in "[ -~é]{0,40}",
        slug in "[ -~éß’]{1,20}",
        categories in proptest::collection::vec("[ -~é]{0,8}", 0..3),
        baseurl in "(|/blog|/a b/|été)",
    ) {
        let slug = slug.replace('/', "-");
        let file = format!("---\nslug: {}\n---\n", serde_json::to_string(&slug).unwrap());
        let site = SiteConfig::default();
        let post = Post::parse("2020-01-01-x.md", file.as_bytes(), &categories, &site).unwrap();
        match permalink(&post, &template, &baseurl) {
            Ok(url) => prop_assert!(is_url_path(&url), "{} from {:?}", url, template),
            Err(e) => prop_assert!(e.to_string().contains("unknown placeholder")),
        }
    }

    #[test]
    fn any_bytes_as_an_index_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = serde_json::from_slice::<PostIndex>(&bytes);
    }

    #[test]
    fn an_index_reads_back_as_written(
        titles in proptest::collection::vec("[ -~éà’\"\\\\]{0,20}", 0..5),
        timestamp in any::<i32>(),
    ) {
        let posts = titles.iter().enumerate().map(|(i, title)| PostEntry {
            path: format!("{i}.md"),
            url: format!("/{i}.html"),
            title: title.clone(),
            date: PostDate::at(i64::from(timestamp), 60).to_rfc3339(),
            timestamp: i64::from(timestamp),
            categories: vec![title.clone()],
            tags: vec![],
            excerpt_html: title.clone(),
            lang: None,
            author: Some(title.clone()),
            description: None,
            draft: i % 2 == 0,
            liquid: false,
            code_languages: if i % 3 == 0 { vec![title.clone()] } else { vec![] },
            redirects: Default::default(),
            hash: String::new(),
            size: i,
        }).collect();
        let index = PostIndex { version: INDEX_VERSION, site: SiteConfig::default(), posts, problems: vec![], data_files: vec![], pages: vec![] };
        let json = serde_json::to_string(&index).unwrap();
        prop_assert_eq!(serde_json::from_str::<PostIndex>(&json).unwrap(), index);
    }
}
