//! `carnet dump` on each blog of tests/fixtures/blogs/, compared post by post
//! with what Jekyll 4.3 made of it (`<blog>.jekyll.json`, written by
//! compare/jekyll/plugins/dump.rb through `compare/jekyll/run.sh --bless`), so
//! this test needs no Jekyll.
//!
//! Compared as compare/jekyll/compare.mjs does: url, title and date exactly;
//! content and excerpt by their text (tags stripped, entities decoded,
//! whitespace collapsed), so code blocks compare by their text only.
//!
//! tests/fixtures/blogs/KNOWN-DIFFERENCES.md lists, as `- blog/path: reason`, the
//! posts that differ today. The test fails when a post not listed differs (a
//! regression) and when a listed post is now the same (remove its line: the
//! list only shrinks). `CARNET_JEKYLL_BLOGS=DIR` adds the blogs of another
//! folder laid out the same way (DIR/<blog>/, DIR/<blog>.jekyll.json,
//! DIR/KNOWN-DIFFERENCES.md), e.g. real blogs that are not in the repository.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The repository root.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Tags that end a line of text: stripped as a space, other tags as nothing.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "iframe",
    "img",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "video",
    "audio",
    "source",
    "script",
    "style",
    "noscript",
];

/// The named entities decoded (the others stay as written, on both sides).
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("hellip", '\u{2026}'),
    ("mdash", '\u{2014}'),
    ("ndash", '\u{2013}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("laquo", '\u{ab}'),
    ("raquo", '\u{bb}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("times", '\u{d7}'),
    ("deg", '\u{b0}'),
    ("middot", '\u{b7}'),
    ("bull", '\u{2022}'),
    ("euro", '\u{20ac}'),
    ("shy", '\u{ad}'),
    ("eacute", '\u{e9}'),
    ("egrave", '\u{e8}'),
    ("agrave", '\u{e0}'),
    ("ccedil", '\u{e7}'),
    ("rarr", '\u{2192}'),
    ("larr", '\u{2190}'),
];

/// Removes `<!-- … -->` comments.
fn strip_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        match rest[start + 4..].find("-->") {
            Some(end) => {
                out.push_str(&rest[..start]);
                rest = &rest[start + 4 + end + 3..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}

/// Replaces each tag (`<name …>` or `</name …>`) by a space (block tags) or
/// nothing; a `<` that starts no tag stays.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        let name_start = usize::from(after.starts_with('/'));
        let name: String = after[name_start..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let next = after[name_start + name.len()..].chars().next();
        let is_tag = name.starts_with(|c: char| c.is_ascii_alphabetic()) && next != Some('_');
        match (is_tag, after.find('>')) {
            (true, Some(gt)) => {
                if BLOCK_TAGS.contains(&name.to_ascii_lowercase().as_str()) {
                    out.push(' ');
                }
                rest = &after[gt + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes `&name;` (the names above), `&#NN;` and `&#xHH;`.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').and_then(|semi| {
            let body = &after[..semi];
            let c = if let Some(hex) = body.strip_prefix("#x").or(body.strip_prefix("#X")) {
                (!hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
                    .then(|| u32::from_str_radix(hex, 16).ok())
                    .flatten()
                    .filter(|&n| n > 0)
                    .and_then(char::from_u32)
            } else if let Some(dec) = body.strip_prefix('#') {
                (!dec.is_empty() && dec.chars().all(|c| c.is_ascii_digit()))
                    .then(|| dec.parse::<u32>().ok())
                    .flatten()
                    .filter(|&n| n > 0)
                    .and_then(char::from_u32)
            } else {
                ENTITIES
                    .iter()
                    .find(|(name, _)| *name == body)
                    .map(|&(_, c)| c)
            };
            c.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of an HTML fragment, as both sides are compared on.
fn text(html: &str) -> String {
    decode_entities(&strip_tags(&strip_comments(html)))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where two texts first differ, with 60 characters each side.
fn first_difference(jekyll: &str, carnet: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (jekyll.chars().collect(), carnet.chars().collect());
    let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let cut = |s: &[char]| -> String {
        let start = at.saturating_sub(60);
        s[start.min(s.len())..(at + 60).min(s.len())]
            .iter()
            .collect()
    };
    format!("\n      jekyll: {}\n      carnet: {}", cut(&a), cut(&b))
}

fn field<'a>(post: &'a Value, key: &str) -> &'a str {
    post[key].as_str().unwrap_or_default()
}

/// What differs in each post of one blog, by path; posts that are the same
/// are absent.
fn differences(site: &Path, jekyll_json: &Path) -> BTreeMap<String, Vec<String>> {
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .arg("dump")
        .arg(site)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "carnet dump {}: {}",
        site.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    let carnet: Vec<Value> = serde_json::from_slice(&run.stdout).unwrap();
    let jekyll: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(jekyll_json)
            .unwrap_or_else(|e| panic!("{}: {e}", jekyll_json.display())),
    )
    .unwrap();
    let mut carnet: BTreeMap<&str, &Value> = carnet.iter().map(|p| (field(p, "path"), p)).collect();
    let mut found = BTreeMap::new();
    for j in &jekyll {
        let path = field(j, "path");
        let Some(c) = carnet.remove(path) else {
            found.insert(
                path.to_string(),
                vec!["post missing from carnet dump".into()],
            );
            continue;
        };
        let mut problems = Vec::new();
        for (name, a, b) in [
            (
                "url",
                field(j, "url").to_string(),
                field(c, "url").to_string(),
            ),
            ("title", field(j, "title").into(), field(c, "title").into()),
            ("date", field(j, "date").into(), field(c, "date").into()),
            (
                "content",
                text(field(j, "content")),
                text(field(c, "content_html")),
            ),
            (
                "excerpt",
                text(field(j, "excerpt")),
                text(field(c, "excerpt_html")),
            ),
        ] {
            if a != b {
                problems.push(format!("{name} differs:{}", first_difference(&a, &b)));
            }
        }
        if !problems.is_empty() {
            found.insert(path.to_string(), problems);
        }
    }
    for path in carnet.keys() {
        found.insert(
            path.to_string(),
            vec!["post not published by Jekyll".into()],
        );
    }
    found
}

/// `blog/path` → reason, from a KNOWN-DIFFERENCES.md: its list items
/// (`- blog/path: reason`); other lines are prose.
fn known_differences(file: &Path) -> BTreeMap<String, String> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return BTreeMap::new();
    };
    text.lines()
        .filter_map(|l| l.strip_prefix("- "))
        .map(|l| {
            let (key, reason) = l
                .split_once(": ")
                .unwrap_or_else(|| panic!("{}: not `- blog/path: reason`: {l}", file.display()));
            (key.trim_matches('`').to_string(), reason.to_string())
        })
        .collect()
}

/// The blogs of a folder: every sub-folder with a `<name>.jekyll.json` beside it.
fn blogs(dir: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .filter_map(|site| {
            let name = site.file_name()?.to_str()?.to_string();
            let json = dir.join(format!("{name}.jekyll.json"));
            json.exists().then_some((name, site, json))
        })
        .collect();
    found.sort();
    found
}

fn check_folder(dir: &Path) -> Vec<String> {
    let list = dir.join("KNOWN-DIFFERENCES.md");
    let known = known_differences(&list);
    let list = list.strip_prefix(ROOT).unwrap_or(&list).display();
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    let blogs = blogs(dir);
    assert!(!blogs.is_empty(), "no blog in {}", dir.display());
    for (name, site, json) in blogs {
        for (path, problems) in differences(&site, &json) {
            let key = format!("{name}/{path}");
            if !known.contains_key(&key) {
                failures.push(format!(
                    "{key} differs from Jekyll and is not in {list}:\n    {}",
                    problems.join("\n    ")
                ));
            }
            seen.insert(key);
        }
    }
    for (key, reason) in &known {
        if !seen.contains(key) {
            failures.push(format!(
                "{key} is now the same as Jekyll's: remove its line ({reason}) from {list}"
            ));
        }
    }
    failures
}

#[test]
fn blogs_match_jekyll_but_for_the_known_differences() {
    let mut dirs = vec![PathBuf::from(ROOT).join("tests/fixtures/blogs")];
    if let Some(extra) = std::env::var_os("CARNET_JEKYLL_BLOGS") {
        dirs.push(PathBuf::from(extra));
    }
    let failures: Vec<String> = dirs.iter().flat_map(|d| check_folder(d)).collect();
    assert!(
        failures.is_empty(),
        "{} problem(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn text_strips_tags_decodes_entities_and_collapses_spaces() {
    let html = "<p>a&amp;b <em>c</em>d</p>\n<pre class=\"highlight\"><code><span class=\"k\">fn</span>  x&#40;&#x29;</code></pre><!-- no -->&nbsp;&unknown; 1 < 2";
    assert_eq!(text(html), "a&b cd fn x() &unknown; 1 < 2");
    assert_eq!(text("<li>one</li><li>two</li>"), "one two");
    assert_eq!(text("&#0; &#xZZ; &#55296;"), "&#0; &#xZZ; &#55296;");
}
