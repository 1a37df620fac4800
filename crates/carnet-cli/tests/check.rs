//! `carnet check` on a folder of broken posts: one `path:line: level: message`
//! line per problem, the good post still read, a failing exit status.

use std::process::Command;

/// The repository root: fixtures and the sample blog are paths from there.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn check(site: &str) -> (bool, String) {
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .current_dir(ROOT)
        .args(["check", site])
        .output()
        .unwrap();
    (
        run.status.success(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

#[test]
fn every_broken_post_is_named_with_its_line() {
    let (ok, stderr) = check("tests/fixtures/broken-site");
    assert!(!ok);
    let p = "tests/fixtures/broken-site/_posts";
    let expected = [
        format!("{p}/2020-02-30-impossible-date-in-file-name.md:1: error: file name date 2020-02-30 does not exist"),
        format!("{p}/2020-07-01-unclosed-front-matter.md:1: error: front matter opened here is never closed by a `---` or `...` line"),
        format!("{p}/2020-07-02-invalid-yaml-is-an-error.md:3: error: invalid YAML in front matter"),
        format!("{p}/2020-07-04-bad-date-in-front-matter.md:4: error: date \"yesterday\" is not of the form"),
        format!("{p}/2020-07-05-front-matter-is-a-list.md:2: error: front matter must be a mapping"),
        format!("{p}/2020-07-06-unknown-permalink-placeholder.md:2: error: permalink \"/:yeer/:title/\" has an unknown placeholder :yeer"),
        format!("{p}/2020-07-07-no-front-matter.md:1: warning: skipped, not a post: no front matter"),
        format!("{p}/2020-07-08-not-utf8.md:4: warning: skipped, not a post: not valid UTF-8"),
        format!("{p}/2020-07-09-not-markdown.html:1: warning: skipped, not a post: not a Markdown file"),
        format!("{p}/notes-without-date.md:1: warning: skipped, not a post: file name has no date"),
    ];
    let lines: Vec<&str> = stderr.lines().collect();
    for (line, want) in lines.iter().zip(&expected) {
        assert!(
            line.starts_with(want.as_str()),
            "{line}\nshould start with\n{want}"
        );
    }
    assert_eq!(lines.len(), expected.len() + 1, "{stderr}");
    assert_eq!(
        lines[expected.len()],
        "carnet: 1 posts, 6 errors, 4 skipped"
    );
}

#[test]
fn the_fixture_jekyll_site_is_clean() {
    let (ok, stderr) = check("tests/fixtures/jekyll-site");
    assert!(ok, "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn an_unknown_timezone_is_a_warning_not_a_failure() {
    let dir = std::env::temp_dir().join(format!("carnet-tz-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("_posts")).unwrap();
    std::fs::write(dir.join("_config.yml"), "timezone: Mars/Olympus_Mons\n").unwrap();
    std::fs::write(dir.join("_posts/2020-01-01-a.md"), "---\n---\nA.\n").unwrap();
    let (ok, stderr) = check(dir.to_str().unwrap());
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("unknown timezone \"Mars/Olympus_Mons\""),
        "{stderr}"
    );
}
