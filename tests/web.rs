//! Browser-side behaviour, in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use carnet_core::config::SiteConfig;
use carnet_core::post::Post;
use carnet_web::format_date;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn dates_read_in_the_site_language() {
    assert_eq!(
        format_date("2017-02-01T00:00:00+00:00", "fr"),
        "1 février 2017"
    );
    assert_eq!(
        format_date("2017-02-01T00:00:00+00:00", "en"),
        "February 1, 2017"
    );
}

#[wasm_bindgen_test]
fn a_late_evening_post_keeps_its_own_calendar_day() {
    assert_eq!(
        format_date("2019-06-15T23:30:00+02:00", "fr"),
        "15 juin 2019"
    );
}

#[wasm_bindgen_test]
fn the_seed_post_parses_in_the_browser() {
    let bytes = include_bytes!("../posts/2017-02-01-a-mon-compte-plus-1-mois.md");
    let post = Post::parse(
        "2017-02-01-a-mon-compte-plus-1-mois.md",
        bytes,
        &[],
        &SiteConfig::default(),
    )
    .unwrap();
    assert_eq!(post.title, "A mon compte + 1 mois");
    assert_eq!(post.tags, ["et moi"]);
}

#[wasm_bindgen_test]
fn prerendered_dates_match_the_browsers() {
    use carnet_core::pages::labels::long_date;
    for date in [
        "2017-02-01T00:00:00+00:00",
        "2024-10-06T00:00:00+02:00",
        "2019-06-15T18:30:00+02:00",
    ] {
        for lang in ["fr", "en"] {
            // The browser's own Intl, not carnet's `format_date` (which is `long_date` for fr and en).
            assert_eq!(
                long_date(date, lang),
                carnet_web::intl_date(date, lang),
                "{date} {lang}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn french_and_english_dates_are_written_as_the_browser_writes_them() {
    for month in 1..=12 {
        let date = format!("2017-{month:02}-21T12:00:00+00:00");
        for lang in ["fr", "en"] {
            assert_eq!(format_date(&date, lang), carnet_web::intl_date(&date, lang));
        }
    }
}

#[wasm_bindgen_test]
fn other_languages_are_written_by_the_browser() {
    assert_eq!(
        format_date("2017-02-01T00:00:00+00:00", "de"),
        "1. Februar 2017"
    );
}

/// The app's module has no entity table: the browser must expand every entity
/// exactly as pulldown-cmark's table does (these tests are built with it).
#[wasm_bindgen_test]
fn the_browser_expands_every_entity_as_the_table_does() {
    use pulldown_cmark::{Event, Parser};
    let table = include_str!("../vendor/pulldown-cmark/src/entities.rs");
    let mut checked = 0;
    for line in table.lines() {
        let Some(rest) = line.trim().strip_prefix("(b\"") else {
            continue;
        };
        let name = &rest[..rest.find('"').unwrap()];
        let by_table: String = Parser::new(&format!("&{name};"))
            .filter_map(|e| match e {
                Event::Text(text) => Some(text.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            carnet_web::entities::expand(name.as_bytes()),
            Some(by_table.as_str()),
            "&{name};"
        );
        checked += 1;
    }
    assert_eq!(checked, 2125);
    for name in ["notit", "ampx", "bogus", "", "amp2", "semicolon"] {
        assert_eq!(
            carnet_web::entities::expand(name.as_bytes()),
            None,
            "&{name};"
        );
    }
}
