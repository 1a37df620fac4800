//! Liquid through the real CLI: a post whose Liquid fails is named with its
//! file line by `carnet check` (which fails) and still published, without
//! its Liquid run, by `carnet dump`; the other posts are untouched.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A Jekyll site folder of its own under the target dir, made afresh.
fn site_with(name: &str, posts: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("_posts")).unwrap();
    fs::write(dir.join("_config.yml"), "title: T\n").unwrap();
    for (file, text) in posts {
        fs::write(dir.join("_posts").join(file), text).unwrap();
    }
    dir
}

fn carnet(args: &[&str]) -> (bool, String, String) {
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(args)
        .output()
        .unwrap();
    (
        run.status.success(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

const BROKEN: &str = "---\ntitle: Broken\n---\nFirst line.\n\n{% frobnicate %}\n";
const GOOD: &str = "---\ntitle: Good\n---\nIn {{ site.title }}.\n";

#[test]
fn check_names_the_file_line_of_a_liquid_error() {
    let site = site_with(
        "liquid-check",
        &[
            ("2020-01-01-broken.md", BROKEN),
            ("2020-01-02-good.md", GOOD),
        ],
    );
    let (ok, _, stderr) = carnet(&["check", site.to_str().unwrap()]);
    assert!(!ok, "{stderr}");
    assert!(
        stderr.contains(
            "2020-01-01-broken.md:6: error: Liquid syntax error: Unknown tag 'frobnicate'"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("good.md"), "{stderr}");
}

#[test]
fn a_post_whose_liquid_fails_is_still_published() {
    let site = site_with(
        "liquid-dump",
        &[
            ("2020-01-01-broken.md", BROKEN),
            ("2020-01-02-good.md", GOOD),
        ],
    );
    let (ok, stdout, _) = carnet(&["dump", site.to_str().unwrap()]);
    assert!(ok);
    let posts: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(posts[0]["content_html"], "<p>In T.</p>\n");
    assert_eq!(
        posts[1]["content_html"],
        "<p>First line.</p>\n<p>{% frobnicate %}</p>\n"
    );
}
