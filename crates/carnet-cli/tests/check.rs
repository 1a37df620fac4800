//! `carnet check` on a folder of broken posts: one `path:line: level: message`
//! line per problem, the good posts still read, a failing exit status on
//! errors only.

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

/// What real Jekyll 4.3.1 did with each file (built without the two files it
/// cannot build at all, the bad date and the unknown placeholder, which stop
/// its build: "Invalid date 'yesterday'", "The URL template doesn't have
/// yeer keys"):
/// - impossible date: published at 2020/03/01 (Ruby rolls the date over);
///   carnet refuses the date;
/// - unclosed front matter: published, the whole file as body, silently;
/// - invalid YAML: "Error: YAML Exception reading …: (<unknown>): did not
///   find expected ',' or ']' while parsing a flow sequence at line 3 column
///   7", published with no title, dated at build time;
/// - a list as front matter: "Error: could not read file …: undefined method
///   `key?' for [\"a\", \"b\"]:Array", published like the invalid YAML one;
/// - not UTF-8: "could not read file …: invalid byte sequence in UTF-8", skipped;
/// - `.txt`: copied unconverted to /2020/07/09/not-markdown-or-html.txt;
/// - no date in the name: not read.
#[test]
fn every_broken_post_is_named_with_its_line() {
    let (ok, stderr) = check("tests/fixtures/broken-site");
    assert!(!ok);
    let p = "tests/fixtures/broken-site/_posts";
    let expected = [
        format!("{p}/2020-02-30-impossible-date-in-file-name.md:1: error: file name date 2020-02-30 does not exist"),
        format!("{p}/2020-07-01-unclosed-front-matter.md:1: warning: front matter opened here is never closed by a `---` or `...` line; Jekyll publishes the whole file as the body"),
        format!("{p}/2020-07-02-invalid-yaml-is-a-warning.md:3: warning: invalid YAML in front matter: did not find expected ',' or ']'; Jekyll publishes the post without it: no title, dated at build time"),
        format!("{p}/2020-07-04-bad-date-in-front-matter.md:4: error: date \"yesterday\" is not of the form"),
        format!("{p}/2020-07-05-front-matter-is-a-list.md:2: warning: front matter must be a mapping of `key: value` lines, found a list; Jekyll publishes the post without it: no title, dated at build time"),
        format!("{p}/2020-07-06-unknown-permalink-placeholder.md:2: error: permalink \"/:yeer/:title/\" has an unknown placeholder :yeer"),
        format!("{p}/2020-07-08-not-utf8.md:4: warning: skipped, not a post: not valid UTF-8"),
        format!("{p}/2020-07-09-not-markdown-or-html.txt:1: warning: skipped, not a post: not a Markdown or HTML file"),
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
    // Warnings alone would not fail: Jekyll builds such a site.
    assert_eq!(
        lines[expected.len()],
        "carnet: 4 posts, 3 errors, 6 warnings"
    );
}

#[test]
fn the_fixture_jekyll_site_passes_with_its_one_warning() {
    let (ok, stderr) = check("tests/fixtures/jekyll-site");
    assert!(ok, "{stderr}");
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].starts_with("tests/fixtures/jekyll-site/movies/_posts/2020-07-02-broken-yaml-is-kept-at-build-time.md:3: warning: invalid YAML"),
        "{stderr}"
    );
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

#[test]
fn a_defaults_entry_without_values_is_a_warning() {
    let dir = std::env::temp_dir().join(format!("carnet-defaults-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("_posts")).unwrap();
    let config = "defaults:\n  - scope: {path: _posts}\n    values: [author]\n";
    std::fs::write(dir.join("_config.yml"), config).unwrap();
    std::fs::write(dir.join("_posts/2020-01-01-a.md"), "---\n---\nA.\n").unwrap();
    let (ok, stderr) = check(dir.to_str().unwrap());
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("_config.yml: defaults: 1 set(s) without a `values:` mapping, ignored"),
        "{stderr}"
    );
}
