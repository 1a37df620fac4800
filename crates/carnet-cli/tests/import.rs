//! `carnet import` on the Jekyll site fixtures of `tests/fixtures/sites/`:
//! the files it writes and what it prints (`NAME.import.txt`, rewritten by
//! `CARNET_BLESS=1`), the site it reads left as it is, a re-run that writes
//! nothing, and the files of the author it refuses to overwrite.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// The repository root: fixtures are paths from there.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn carnet(args: &[&str]) -> Run {
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .current_dir(ROOT)
        .args(args)
        .output()
        .unwrap();
    Run {
        ok: run.status.success(),
        stdout: String::from_utf8_lossy(&run.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&run.stderr).into_owned(),
    }
}

fn import(site: &str, dir: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["import", site, dir.to_str().unwrap()];
    args.extend(extra);
    carnet(&args)
}

/// A fresh, empty folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carnet-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every file below `dir`, by `/`-separated path, with its bytes and mtime.
fn tree(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, (Vec<u8>, SystemTime)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                let modified = entry.metadata().unwrap().modified().unwrap();
                out.insert(name, (std::fs::read(entry.path()).unwrap(), modified));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, "", &mut out);
    out
}

fn compare(actual: &str, expected_file: &str) {
    let path = Path::new(ROOT)
        .join("tests/fixtures/sites")
        .join(expected_file);
    if std::env::var_os("CARNET_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        actual, expected,
        "{expected_file} differs (CARNET_BLESS=1 rewrites it)"
    );
}

/// Imports fixture `name` and compares the files written and the output
/// with `NAME.import.txt`; the fixture must be left byte for byte as it was.
fn snapshot(name: &str) {
    let site = format!("tests/fixtures/sites/{name}");
    let source = Path::new(ROOT).join(&site);
    let before = tree(&source);
    let dir = temp_dir(name);
    let run = import(&site, &dir, &[]);
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert_eq!(tree(&source), before, "import changed the site it read");
    let files: Vec<String> = tree(&dir).into_keys().collect();
    let output = format!("{}{}", run.stdout, run.stderr).replace(dir.to_str().unwrap(), "DIR");
    compare(
        &format!(
            "$ carnet import {site} DIR\n{output}\n# files written\n{}\n",
            files.join("\n")
        ),
        &format!("{name}.import.txt"),
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn importing_minima_writes_its_posts_pages_and_static_files() {
    snapshot("minima");
}

#[test]
fn importing_the_moved_site_writes_its_posts_pages_and_static_files() {
    snapshot("moved");
}

#[test]
fn a_rerun_with_nothing_changed_writes_nothing_and_says_so() {
    let dir = temp_dir("rerun");
    assert!(import("tests/fixtures/sites/moved", &dir, &[]).ok);
    let first = tree(&dir);
    let again = import("tests/fixtures/sites/moved", &dir, &[]);
    assert!(again.ok, "{}", again.stderr);
    assert!(
        again
            .stdout
            .contains("nothing to do: every file is already as import writes it (17 files)"),
        "{}",
        again.stdout
    );
    assert_eq!(tree(&dir), first, "a re-run rewrote files");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A copy of the moved fixture the test may change.
fn moved_copy(name: &str) -> PathBuf {
    let site = temp_dir(name);
    for (path, (bytes, _)) in tree(&Path::new(ROOT).join("tests/fixtures/sites/moved")) {
        let to = site.join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, bytes).unwrap();
    }
    site
}

#[test]
fn a_file_the_author_edited_is_refused_and_force_replaces_it() {
    let site = moved_copy("edited-site");
    let site_arg = site.to_str().unwrap();
    let dir = temp_dir("edited");
    assert!(import(site_arg, &dir, &[]).ok);
    let post = dir.join("posts/2015-01-01-new-name.md");
    std::fs::write(&post, "my own edit\n").unwrap();
    std::fs::remove_file(dir.join("pages/notes.txt")).unwrap();
    // The site changed too: an untouched imported file follows it.
    std::fs::write(site.join("about.md"), "---\ntitle: About me\n---\nNew.\n").unwrap();

    let run = import(site_arg, &dir, &[]);
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stderr.contains("carnet: refused: posts/2015-01-01-new-name.md: changed since carnet import wrote it (from _posts/2015-01-01-new-name.md)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("run again with --force"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("0 files written, 1 updated, 14 already up to date"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("kept deleted: pages/notes.txt"),
        "{}",
        run.stdout
    );
    assert_eq!(std::fs::read_to_string(&post).unwrap(), "my own edit\n");
    assert!(!dir.join("pages/notes.txt").exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("pages/about.md")).unwrap(),
        "---\ntitle: About me\n---\nNew.\n"
    );
    // Refused once, refused again: the manifest still knows it as changed.
    assert!(!import(site_arg, &dir, &[]).ok);

    let forced = import(site_arg, &dir, &["--force"]);
    assert!(forced.ok, "{}", forced.stderr);
    let original = std::fs::read(site.join("_posts/2015-01-01-new-name.md")).unwrap();
    assert_eq!(std::fs::read(&post).unwrap(), original);
    assert!(dir.join("pages/notes.txt").exists());
    assert!(import(site_arg, &dir, &[]).stdout.contains("nothing to do"));
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&site).unwrap();
}

#[test]
fn a_config_not_written_by_import_is_refused_and_the_rest_imported() {
    let dir = temp_dir("sample-config");
    std::fs::write(dir.join("_config.yml"), "title: The sample blog\n").unwrap();
    let run = import("tests/fixtures/sites/moved", &dir, &[]);
    assert!(!run.ok);
    assert!(
        run.stderr.starts_with("carnet: refused: _config.yml: already there and not written by carnet import (the sample blog's?): merge the Jekyll site's _config.yml into it by hand, or move it aside\ncarnet: 1 file left as it is, everything else imported; run again with --force"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("_config.yml")).unwrap(),
        "title: The sample blog\n"
    );
    assert!(dir.join("posts/2016-03-12-a-picture.md").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// What `carnet dump` makes of each post: url, title and categories.
fn posts_of(site: &str) -> Vec<(String, String, String)> {
    let run = carnet(&["dump", site, "--drafts"]);
    assert!(run.ok, "{}", run.stderr);
    let posts: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let field = |p: &serde_json::Value, k: &str| p[k].to_string();
    posts
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (field(p, "url"), field(p, "title"), field(p, "categories")))
        .collect()
}

#[test]
fn posts_keep_their_urls_and_folder_categories() {
    let site = temp_dir("categories-site");
    let write = |path: &str, text: &str| {
        let to = site.join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, text).unwrap();
    };
    write(
        "_config.yml",
        "title: Categories\ndefaults:\n  - scope: {path: \"\"}\n    values: {author: Ada}\n",
    );
    write("_posts/2020-01-01-root.md", "---\ntitle: Root\n---\nx\n");
    write(
        "_posts/sub/2020-01-02-below.md",
        "---\ntitle: Below\n---\nx\n",
    );
    write(
        "films/scifi/_posts/2020-01-03-above.md",
        "---\ntitle: Above\ncategories: own\n---\nx\n",
    );
    write("films/_drafts/idea.md", "---\ntitle: Idea\n---\nx\n");
    let dir = temp_dir("categories");
    let run = import(site.to_str().unwrap(), &dir, &[]);
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert!(dir.join("posts/films/scifi/2020-01-03-above.md").is_file());
    assert!(dir.join("posts/_drafts/films/idea.md").is_file());
    let jekyll = posts_of(site.to_str().unwrap());
    let carnet = posts_of(dir.to_str().unwrap());
    assert_eq!(carnet, jekyll);
    assert!(
        jekyll.iter().any(|p| p.2 == r#"["films","scifi","own"]"#),
        "{jekyll:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&site).unwrap();
}

#[test]
fn the_moved_sites_posts_keep_their_urls_and_titles() {
    let dir = temp_dir("moved-dump");
    assert!(import("tests/fixtures/sites/moved", &dir, &[]).ok);
    assert_eq!(
        posts_of(dir.to_str().unwrap()),
        posts_of("tests/fixtures/sites/moved")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_inside_the_site_is_refused() {
    let site = moved_copy("inside-site");
    let before = tree(&site);
    let run = import(site.to_str().unwrap(), &site.join("carnet"), &[]);
    assert!(!run.ok);
    assert!(
        run.stderr.contains("import would change the site it reads"),
        "{}",
        run.stderr
    );
    assert!(!site.join("carnet").exists());
    assert_eq!(tree(&site), before);
    std::fs::remove_dir_all(&site).unwrap();
}
