//! `carnet dump` on a Jekyll site folder, compared with what Jekyll 4 makes of
//! it. The expected files were reviewed value by value against Jekyll's rules
//! (see tests/fixtures/README.md); `CARNET_BLESS=1 cargo test -p carnet-cli --test dump`
//! rewrites them, and the diff must then be reviewed the same way.

use std::path::Path;
use std::process::Command;

/// The repository root: fixtures and the sample blog are paths from there.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

const SITE: &str = "tests/fixtures/jekyll-site";

fn dump(args: &[&str]) -> String {
    dump_site(SITE, args)
}

fn dump_site(site: &str, args: &[&str]) -> String {
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .current_dir(ROOT)
        .arg("dump")
        .arg(site)
        .args(args)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

fn compare(actual: &str, expected_file: &str) {
    let path = Path::new(ROOT).join("tests/fixtures").join(expected_file);
    if std::env::var_os("CARNET_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    let actual: serde_json::Value = serde_json::from_str(actual).unwrap();
    let expected: serde_json::Value = serde_json::from_str(&expected).unwrap();
    let (actual, expected) = (actual.as_array().unwrap(), expected.as_array().unwrap());
    for (a, e) in actual.iter().zip(expected) {
        assert_eq!(a, e, "post {} differs", e["path"]);
    }
    assert_eq!(actual.len(), expected.len(), "number of posts");
}

#[test]
fn dump_matches_what_jekyll_publishes() {
    compare(&dump(&[]), "jekyll-site.expected.json");
}

#[test]
fn dump_with_drafts_future_and_unpublished() {
    compare(
        &dump(&["--drafts", "--future", "--unpublished"]),
        "jekyll-site.all.expected.json",
    );
}

/// `collections: posts: permalink:` is site-wide, so it has a site of its own.
#[test]
fn dump_follows_the_posts_collection_config() {
    compare(
        &dump_site("tests/fixtures/jekyll-collections-site", &[]),
        "jekyll-collections-site.expected.json",
    );
}

/// `defaults:` in carnet's layout, where `posts/` stands for `_posts/`.
#[test]
fn dump_applies_front_matter_defaults() {
    compare(
        &dump_site("tests/fixtures/defaults-site", &["--drafts"]),
        "defaults-site.expected.json",
    );
}

#[test]
fn dump_prints_exactly_the_contract_keys() {
    let posts: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&dump(&[])).unwrap();
    let keys = [
        "categories",
        "content_html",
        "date",
        "draft",
        "excerpt_html",
        "path",
        "published",
        "slug",
        "tags",
        "title",
        "url",
    ];
    for post in &posts {
        let mut found: Vec<&str> = post.keys().map(String::as_str).collect();
        found.sort();
        assert_eq!(found, keys);
    }
}
