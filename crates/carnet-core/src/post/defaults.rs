//! Jekyll's front matter defaults (`FrontmatterDefaults#all`): the `values`
//! of each `defaults:` entry whose scope takes the post, merged by Jekyll's
//! precedence, under the file's own front matter.
//!
//! A scope's `path` is matched against the post's path from the site root,
//! as Jekyll names it (`_posts/snippets/x.md`). carnet's `posts/` folder
//! stands for `_posts`, so `posts/snippets/x.md` is matched both as
//! `_posts/snippets/x.md` and as written, and `posts/_drafts/x.md` as
//! `_drafts/x.md`: a Jekyll config moves over as it is.

use serde_yaml_ng::{Mapping, Value};

use super::front_matter::{list_of, parse_mapping, split_front_matter};
use super::union;
use crate::config::{DefaultSet, SiteConfig};

/// Jekyll's type for posts and drafts alike: both are documents of the
/// `posts` collection, so a scope `type: drafts` takes nothing.
const POST_TYPE: &str = "posts";

/// The defaults of the post at `path` (relative to the posts folder), merged.
pub fn defaults_for(path: &str, site: &SiteConfig) -> Mapping {
    merged_defaults(&site_paths(path), POST_TYPE, site)
}

/// Jekyll's type for pages.
const PAGE_TYPE: &str = "pages";

/// The defaults of the site page at `path` (relative to the site root, as
/// Jekyll names it: `about.md`, `docs/guide.md`), merged.
pub fn page_defaults(path: &str, site: &SiteConfig) -> Mapping {
    merged_defaults(&[path.to_string()], PAGE_TYPE, site)
}

/// The values of every set that takes a file of type `kind` named `names`.
fn merged_defaults(names: &[String], kind: &str, site: &SiteConfig) -> Mapping {
    let mut merged = Mapping::new();
    let mut winner: Option<&DefaultSet> = None;
    for set in site.defaults.iter().filter(|set| applies(set, names, kind)) {
        // Jekyll's `all`: a set without precedence still fills what is missing.
        if has_precedence(winner, set) {
            merged = deep_merge(merged, &set.values);
            winner = Some(set);
        } else {
            merged = deep_merge(set.values.clone(), &merged);
        }
    }
    merged
}

/// The front matter Liquid's `page` shows: the defaults, then the file's
/// own keys over them (the defaults alone when the file's YAML fails).
pub fn front_matter_mapping(path: &str, text: &str, site: &SiteConfig) -> Mapping {
    let defaults = defaults_for(path, site);
    match split_front_matter(text).map(|split| parse_mapping(split.yaml, split.yaml_line)) {
        Ok(Ok(file)) => merge_front_matter(defaults, &file),
        _ => defaults,
    }
}

/// The file's front matter over the defaults (`Document#merge_data!`): its
/// `categories` join the defaults' rather than replace them
/// (`merge_categories!`); other keys replace, mappings merge key by key.
pub(crate) fn merge_front_matter(defaults: Mapping, file: &Mapping) -> Mapping {
    let mut file = file.clone();
    let own = file.get("categories").filter(|c| !c.is_null());
    if let (Some(theirs), Some(own)) = (defaults.get("categories"), own) {
        let both = union(&list_of(theirs), &list_of(own));
        let both = Value::Sequence(both.into_iter().map(Value::String).collect());
        file.insert("categories".into(), both);
    }
    deep_merge(defaults, &file)
}

/// Jekyll's `Utils.deep_merge_hashes`: `overwrite` wins, except that its
/// empty (null) values keep the old ones and mappings merge key by key.
fn deep_merge(mut target: Mapping, overwrite: &Mapping) -> Mapping {
    for (key, new) in overwrite {
        match (target.get_mut(key), new) {
            (Some(_), Value::Null) => {}
            (Some(Value::Mapping(old)), Value::Mapping(new)) => {
                *old = deep_merge(std::mem::take(old), new);
            }
            (Some(old), new) => *old = new.clone(),
            (None, new) => {
                target.insert(key.clone(), new.clone());
            }
        }
    }
    target
}

/// The names a scope path is matched against (see the module's comment).
fn site_paths(path: &str) -> Vec<String> {
    let folders: Vec<&str> = path.split('/').collect();
    let folders = &folders[..folders.len() - 1];
    // Only Jekyll's site puts `_posts` anywhere, or `_drafts` below a category folder.
    let in_jekyll_site =
        folders.contains(&"_posts") || folders.iter().skip(1).any(|f| *f == "_drafts");
    if in_jekyll_site {
        return vec![path.to_string()];
    }
    let jekyll_name = if folders.first() == Some(&"_drafts") {
        path.to_string()
    } else {
        format!("_posts/{path}")
    };
    vec![jekyll_name, format!("posts/{path}")]
}

/// Jekyll's `applies?`: the type, then the path (a prefix of the post's
/// path, as a string: `_posts/snip` takes `_posts/snippets/x.md`).
fn applies(set: &DefaultSet, names: &[String], kind: &str) -> bool {
    if set.kind.as_deref().is_some_and(|k| k != kind) {
        return false;
    }
    match set.path.as_deref() {
        None | Some("") => true,
        Some(glob) if glob.contains('*') => names.iter().any(|name| glob_takes(glob, name)),
        Some(prefix) => names.iter().any(|name| name.starts_with(prefix)),
    }
}

/// Jekyll's `has_precedence?`: the longer path wins; at equal length a set
/// with a type wins, and a later set over an earlier one unless only the
/// earlier has a type.
fn has_precedence(old: Option<&DefaultSet>, new: &DefaultSet) -> bool {
    let Some(old) = old else {
        return true;
    };
    let (new_len, old_len) = (scope_length(new), scope_length(old));
    if new_len != old_len {
        new_len > old_len
    } else {
        new.kind.is_some() || old.kind.is_none()
    }
}

/// The length of Jekyll's `sanitize_path`: one leading `/` dropped, in characters.
fn scope_length(set: &DefaultSet) -> usize {
    let path = set.path.as_deref().unwrap_or("");
    path.strip_prefix('/').unwrap_or(path).chars().count()
}

/// Jekyll globs a scope path with `*` (since 3.7) against the site's files
/// and takes a post when one of them is a prefix of its path. The files that
/// are prefixes of a post's path are its folders and itself, so the glob is
/// matched against those: `_posts/*/` takes the posts in sub-folders,
/// `_posts/**/*.md` every Markdown post. `*` and `?` stay within a folder
/// name, `**` spans folders; Ruby's `{a,b}` and `[a-z]` are not read.
fn glob_takes(glob: &str, path: &str) -> bool {
    let folders_only = glob.ends_with('/');
    let pattern: Vec<&str> = glob.trim_end_matches('/').split('/').collect();
    let segments: Vec<&str> = path.split('/').collect();
    let longest = segments.len() - usize::from(folders_only);
    (1..=longest).any(|n| segments_match(&pattern, &segments[..n]))
}

fn segments_match(pattern: &[&str], segments: &[&str]) -> bool {
    match (pattern.split_first(), segments.split_first()) {
        (None, None) => true,
        (Some((&"**", rest)), _) => {
            segments_match(rest, segments)
                || segments
                    .split_first()
                    .is_some_and(|(_, tail)| segments_match(pattern, tail))
        }
        (Some((glob, rest)), Some((name, tail))) => {
            let glob: Vec<char> = glob.chars().collect();
            let name: Vec<char> = name.chars().collect();
            wildcard(&glob, &name) && segments_match(rest, tail)
        }
        _ => false,
    }
}

/// `*` (any run) and `?` (one character) within one folder or file name.
fn wildcard(glob: &[char], name: &[char]) -> bool {
    match glob.split_first() {
        None => name.is_empty(),
        Some(('*', rest)) => (0..=name.len()).any(|i| wildcard(rest, &name[i..])),
        Some(('?', rest)) => !name.is_empty() && wildcard(rest, &name[1..]),
        Some((c, rest)) => name.first() == Some(c) && wildcard(rest, &name[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::post::Post;

    fn site(defaults: &str) -> SiteConfig {
        SiteConfig::from_yaml(&format!("defaults:\n{defaults}")).unwrap()
    }

    fn value(map: &Mapping, key: &str) -> Option<String> {
        map.get(key).and_then(|v| v.as_str()).map(str::to_string)
    }

    // Each case was built with Jekyll 4.3.1 (a `:site, :post_write` hook
    // printing each post's `data`).

    #[test]
    fn a_longer_path_wins_and_a_typed_scope_over_an_untyped_one() {
        let site = site(concat!(
            "  - values: {author: Everyone, nested: {a: 1, b: 2}}\n",
            "  - scope: {path: _posts/snip}\n    values: {author: Snip}\n",
            "  - scope: {path: _posts/snippets, type: posts}\n    values: {author: Typed}\n",
            "  - scope: {path: _posts/snippets}\n    values: {author: Untyped, extra: x, nested: {b: 3}}\n",
        ));
        let a = defaults_for("_posts/snippets/2020-01-01-a.md", &site);
        assert_eq!(value(&a, "author").as_deref(), Some("Typed"));
        // The untyped set loses, yet still gives what no other set gives.
        assert_eq!(value(&a, "extra").as_deref(), Some("x"));
        assert_eq!(
            serde_json::to_string(&a["nested"]).unwrap(),
            // Jekyll printed the same order.
            r#"{"b":2,"a":1}"#
        );
        // A string prefix, not a folder: `_posts/snip` takes `_posts/snip2/`.
        let b = defaults_for("_posts/snip2/2020-01-02-b.md", &site);
        assert_eq!(value(&b, "author").as_deref(), Some("Snip"));
    }

    #[test]
    fn a_leading_slash_matches_nothing_and_drafts_are_posts() {
        let site = site(concat!(
            "  - scope: {path: /_posts}\n    values: {a: slash}\n",
            "  - scope: {type: drafts}\n    values: {b: drafts}\n",
            "  - scope: {type: post}\n    values: {c: posts}\n",
            "  - scope: {type: pages}\n    values: {d: pages}\n",
        ));
        let draft = defaults_for("_drafts/x.md", &site);
        assert_eq!(draft.keys().collect::<Vec<_>>(), ["c"]);
        assert_eq!(defaults_for("_posts/2020-01-01-x.md", &site).len(), 1);
    }

    #[test]
    fn globs_match_the_posts_folders_or_the_post_itself() {
        let site = site(concat!(
            "  - scope: {path: '_posts/*/'}\n    values: {in: folder}\n",
            "  - scope: {path: '_posts/*.md'}\n    values: {in: root}\n",
            "  - scope: {path: '**/drafts-*'}\n    values: {any: deep}\n",
        ));
        let of = |path: &str| value(&defaults_for(path, &site), "in");
        assert_eq!(
            of("_posts/snippets/2020-01-01-a.md").as_deref(),
            Some("folder")
        );
        assert_eq!(of("_posts/2020-01-01-a.md").as_deref(), Some("root"));
        assert_eq!(of("_posts/2020-01-01-a.markdown"), None);
        let deep = defaults_for("a/b/drafts-x/_posts/2020-01-01-a.md", &site);
        assert_eq!(value(&deep, "any").as_deref(), Some("deep"));
    }

    #[test]
    fn carnets_posts_folder_is_matched_as_posts_and_as_written() {
        let site = site(concat!(
            "  - scope: {path: _posts/notes}\n    values: {a: jekyll}\n",
            "  - scope: {path: posts/notes}\n    values: {b: carnet}\n",
            "  - scope: {path: _drafts}\n    values: {c: draft}\n",
        ));
        let notes = defaults_for("notes/2020-01-01-a.md", &site);
        assert_eq!(
            (notes.contains_key("a"), notes.contains_key("b")),
            (true, true)
        );
        assert!(defaults_for("_drafts/x.md", &site).contains_key("c"));
        let jekyll = defaults_for("_posts/notes/2020-01-01-a.md", &site);
        assert!(jekyll.contains_key("a") && !jekyll.contains_key("b"));
    }

    fn post(path: &str, text: &str, site: &SiteConfig) -> Post {
        Post::parse(path, text.as_bytes(), &[], site).unwrap()
    }

    #[test]
    fn the_file_wins_except_where_it_is_empty_and_categories_join() {
        let site = site(concat!(
            "  - values: {title: Default, author: Ann, lang: fr, categories: [dcat], tags: [dtag]}\n",
            "  - scope: {path: _posts/snip}\n    values: {permalink: '/snip/:title/'}\n",
        ));
        let a = post(
            "_posts/snippets/2020-01-01-a.md",
            "---\ntitle: A\ncategories: [fcat, dcat]\n---\nBody.\n",
            &site,
        );
        assert_eq!((a.title.as_str(), a.url.as_str()), ("A", "/snip/a/"));
        assert_eq!(
            (a.categories, a.tags),
            (
                vec!["dcat".to_string(), "fcat".into()],
                vec!["dtag".to_string()]
            )
        );
        assert_eq!(
            (a.author.as_deref(), a.lang.as_deref()),
            (Some("Ann"), Some("fr"))
        );
        let b = post(
            "_posts/2020-01-02-b.md",
            "---\ntitle:\ntags: [ftag]\n---\n",
            &site,
        );
        assert_eq!(
            (b.title.as_str(), b.tags),
            ("Default", vec!["ftag".to_string()])
        );
        let c = post("_posts/2020-01-03-c.md", "---\ncategory: one\n---\n", &site);
        assert_eq!(
            (c.categories, c.url.as_str()),
            (
                vec!["dcat".to_string(), "one".into()],
                "/dcat/one/2020/01/03/c.html"
            )
        );
        let none = post("_posts/2020-01-04-d.md", "No front matter.\n", &site);
        assert_eq!(none.title, "Default");
    }

    #[test]
    fn a_post_whose_yaml_fails_keeps_its_defaults() {
        let site = site("  - values: {title: Default, categories: [dcat], published: false}\n");
        let e = post(
            "_posts/2020-01-05-e.md",
            "---\ntitle: [oops\n---\nBody.\n",
            &site,
        );
        assert!(e.front_matter_problem.is_some());
        assert_eq!(
            (e.title.as_str(), e.categories.as_slice(), e.published),
            ("Default", &["dcat".to_string()][..], false)
        );
        assert_eq!(e.url, "/dcat/1970/01/01/2020-01-05-e.html");
    }

    #[test]
    fn a_wrong_default_is_blamed_on_the_config() {
        // Jekyll 4.3.1 stops the build on a default date it cannot read.
        let site = site("  - values: {date: someday}\n");
        let error = Post::parse(
            "_posts/2020-01-01-a.md",
            b"---\ntitle: A\n---\n",
            &[],
            &site,
        )
        .unwrap_err();
        assert_eq!(error.line(), Some(1));
        assert!(
            error
                .to_string()
                .ends_with("(from `defaults:` in _config.yml)"),
            "{error}"
        );
        let own = Post::parse(
            "_posts/2020-01-01-a.md",
            b"---\ntitle: A\ndate: x\n---\n",
            &[],
            &site,
        );
        assert_eq!(own.unwrap_err().line(), Some(3));
    }

    #[test]
    fn liquid_sees_the_defaults_under_the_files_keys() {
        let site = site("  - values: {extra: x, title: Default}\n");
        let map = front_matter_mapping("_posts/2020-01-01-a.md", "---\ntitle: A\n---\n", &site);
        assert_eq!(
            (
                value(&map, "extra").as_deref(),
                value(&map, "title").as_deref()
            ),
            (Some("x"), Some("A"))
        );
        let broken = front_matter_mapping("_posts/2020-01-01-a.md", "---\n[\n---\n", &site);
        assert_eq!(value(&broken, "title").as_deref(), Some("Default"));
    }
}
