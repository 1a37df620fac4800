//! A Jekyll site moved over with `carnet import` and deployed with `carnet
//! build` keeps every address `jekyll build` gave it: posts, pages, static
//! files, redirects and the feed. The expected lists are what real Jekyll
//! 4.3.1 wrote (`compare/jekyll/paths.sh`, committed beside the fixtures);
//! the differences carnet makes on purpose are named here.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn carnet(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "carnet {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn files(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(root, &path, out);
        } else {
            let relative = path.strip_prefix(root).unwrap();
            out.insert(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Imports and builds the fixture site `name`; returns the deploy folder's files.
fn deployed(name: &str) -> BTreeSet<String> {
    let work =
        std::env::temp_dir().join(format!("carnet-site-paths-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    let (site, app, out) = (work.join("site"), work.join("app"), work.join("out"));
    fs::create_dir_all(&app).unwrap();
    // The app's own build is not what this test is about: a bare shell stands in.
    fs::write(
        app.join("index.html"),
        "<html><head><title>x</title></head><body><div id=\"app\"></div></body></html>",
    )
    .unwrap();
    let source = repo().join("tests/fixtures/sites").join(name);
    carnet(&["import", source.to_str().unwrap(), site.to_str().unwrap()]);
    carnet(&[
        "build",
        site.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--from",
        app.to_str().unwrap(),
    ]);
    let mut found = BTreeSet::new();
    files(&out, &out, &mut found);
    let _ = fs::remove_dir_all(&work);
    found
}

fn jekyll_paths(name: &str) -> Vec<String> {
    let list = repo().join(format!("tests/fixtures/sites/{name}.jekyll-paths.txt"));
    fs::read_to_string(list)
        .unwrap()
        .lines()
        .map(|l| l.trim_start_matches("./").to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Jekyll's paths that carnet's deploy folder lacks, less the named differences.
fn missing(name: &str, differences: &[&str]) -> Vec<String> {
    let found = deployed(name);
    jekyll_paths(name)
        .into_iter()
        .filter(|p| !found.contains(p) && !differences.contains(&p.as_str()))
        .collect()
}

#[test]
fn the_minima_theme_site_keeps_every_path_jekyll_wrote() {
    // carnet does not compile Sass: its own CSS (and the author's custom.css) replace minima's.
    let sass = ["assets/css/style.css", "assets/css/style.css.map"];
    assert_eq!(missing("minima", &sass), Vec::<String>::new());
}

#[test]
fn a_moved_blog_keeps_its_pages_files_redirects_and_feed_path() {
    assert_eq!(missing("moved", &[]), Vec::<String>::new());
    let found = deployed("moved");
    // jekyll-feed's `feed: path: atom.xml`: no second feed at the default path.
    assert!(found.contains("atom.xml") && !found.contains("feed.xml"));
    // `exclude:`, dot files and the layouts stay out.
    for left_out in [
        "TODO.md",
        ".hidden",
        "_layouts/default.html",
        "drafts-notes/idea.md",
    ] {
        assert!(!found.contains(left_out), "{left_out} was published");
    }
}
