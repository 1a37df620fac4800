//! Jekyll 4.3's `EntryFilter`: which names of a site folder its reader takes.
//! Special names (`_`, `.`, `#` first, `~` last) are skipped unless `include:`
//! lists them; `exclude:` (the site's, plus Jekyll's defaults) drops paths,
//! `include:` winning. Patterns match as Jekyll's `glob_include?` does: a
//! `File.fnmatch` without flags (so `*` crosses `/`), or a plain string prefix,
//! or a folder named with a trailing `/`.

use carnet_core::config::DEFAULT_EXCLUDES;
use serde_yaml_ng::Value;

pub struct EntryFilter {
    include: Vec<String>,
    /// `exclude - include`, as Jekyll computes it before matching.
    exclude: Vec<String>,
}

impl EntryFilter {
    /// The filter of a site's `_config.yml` (`Value::Null` when it has none).
    pub fn of_config(config: &Value) -> EntryFilter {
        // A site's `include:` replaces Jekyll's default (`.htaccess`); its
        // `exclude:` is added to the defaults.
        let include = match config.get("include") {
            Some(value) => strings(value),
            None => vec![".htaccess".to_string()],
        };
        let mut exclude = config.get("exclude").map(strings).unwrap_or_default();
        exclude.extend(DEFAULT_EXCLUDES.iter().map(|s| s.to_string()));
        exclude.retain(|e| !include.contains(e));
        EntryFilter { include, exclude }
    }

    /// The `include:` entries: Jekyll also reads each one that names a file.
    pub fn included_paths(&self) -> &[String] {
        &self.include
    }

    /// Whether Jekyll drops `entry` (a name, or a path below a `_posts`
    /// folder) found in the folder `base` (relative to the site, `""` for
    /// its root). `is_dir` says whether it is a folder.
    pub fn rejects(&self, base: &str, entry: &str, is_dir: bool) -> bool {
        if entry.ends_with('.') {
            return true;
        }
        let basename = entry.rsplit('/').next().unwrap_or(entry);
        // Jekyll matches `include:` against the name as listed, not its path
        // from the site root: `.htaccess` is taken in every folder.
        let included = matches_any(&self.include, entry, is_dir)
            || matches_any(&self.include, basename, is_dir);
        let path = join(base, entry);
        if matches_any(&self.exclude, &path, is_dir) && !included {
            return true;
        }
        if included {
            return false;
        }
        is_special(entry) || is_special(basename) || entry.ends_with('~')
    }
}

/// `_`, `.`, `#` or `~` first: Jekyll's `SPECIAL_LEADING_CHAR_REGEX`.
fn is_special(name: &str) -> bool {
    name.starts_with(['.', '_', '#', '~'])
}

/// `base/entry`, or `entry` at the root (`base` for an empty `entry`).
pub fn join(base: &str, entry: &str) -> String {
    if base.is_empty() {
        entry.to_string()
    } else if entry.is_empty() {
        base.to_string()
    } else {
        format!("{base}/{entry}")
    }
}

/// A list of strings from YAML: a sequence, or one string.
pub fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::Sequence(items) => items.iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Jekyll's `glob_include?` with paths relative to the site (it prefixes
/// both sides with the source folder, which changes nothing but a leading `/`).
fn matches_any(patterns: &[String], path: &str, is_dir: bool) -> bool {
    patterns.iter().any(|pattern| {
        let pattern = pattern.trim_start_matches('/');
        fnmatch(pattern.as_bytes(), path.as_bytes())
            || path.starts_with(pattern)
            || (is_dir && pattern.strip_suffix('/') == Some(path))
    })
}

/// Ruby's `File.fnmatch` without flags: `*` and `?` match any character, `/`
/// too, `[...]` a class (`!` or `^` negates), `\` escapes.
fn fnmatch(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|skip| fnmatch(rest, &text[skip..])),
        Some((b'?', rest)) => !text.is_empty() && fnmatch(rest, &text[1..]),
        Some((b'[', rest)) => match (class(rest, text.first().copied()), text.split_first()) {
            (Some((true, after)), Some((_, tail))) => fnmatch(after, tail),
            _ => false,
        },
        Some((b'\\', [escaped, rest @ ..])) => {
            text.first() == Some(escaped) && fnmatch(rest, &text[1..])
        }
        Some((c, rest)) => text.first() == Some(c) && fnmatch(rest, &text[1..]),
    }
}

/// Whether `c` is in the class that `pattern` (after its `[`) opens, and the
/// pattern after the class; `None` for an unclosed class (which matches nothing).
fn class(pattern: &[u8], c: Option<u8>) -> Option<(bool, &[u8])> {
    let c = c?;
    let (negated, mut rest) = match pattern.split_first() {
        Some((b'!' | b'^', rest)) => (true, rest),
        _ => (false, pattern),
    };
    let mut found = false;
    let mut first = true;
    loop {
        match rest {
            [b']', after @ ..] if !first => return Some((found != negated, after)),
            [lo, b'-', hi, after @ ..] if *hi != b']' => {
                found |= (*lo..=*hi).contains(&c);
                rest = after;
            }
            [x, after @ ..] => {
                found |= *x == c;
                rest = after;
            }
            [] => return None,
        }
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(yaml: &str) -> EntryFilter {
        EntryFilter::of_config(&carnet_core::yaml::parse_bounded(yaml).unwrap())
    }

    #[test]
    fn special_names_are_skipped_unless_included() {
        let f = filter("include: [_redirects, .well-known]");
        assert!(f.rejects("", "_layouts", true));
        assert!(f.rejects("", ".hidden", false));
        assert!(f.rejects("", "#x#", false));
        assert!(f.rejects("", "notes.md~", false));
        assert!(!f.rejects("", "_redirects", false));
        assert!(!f.rejects("sub", ".well-known", true));
        // The site's `include:` replaces the default `.htaccess`.
        assert!(f.rejects("", ".htaccess", false));
        assert!(!filter("{}").rejects("deep", ".htaccess", false));
    }

    #[test]
    fn excludes_are_prefixes_globs_or_folders() {
        let f = filter("exclude: [drafts-notes/, TODO.md, '*.log', /private]");
        assert!(f.rejects("", "drafts-notes", true));
        assert!(!f.rejects("", "drafts-notes", false));
        assert!(f.rejects("", "TODO.md", false));
        // A string prefix: Jekyll drops `TODO.md.bak` too.
        assert!(f.rejects("", "TODO.md.bak", false));
        // `*` crosses folders, as `File.fnmatch` without flags does.
        assert!(f.rejects("logs/old", "x.log", false));
        assert!(f.rejects("", "private", true));
        assert!(f.rejects("", "Gemfile", false));
        assert!(f.rejects("vendor", "bundle", true));
        assert!(!f.rejects("", "vendor", true));
        assert!(!f.rejects("", "about.md", false));
    }

    #[test]
    fn include_wins_over_exclude() {
        let f = filter("exclude: [node_modules]\ninclude: [node_modules]");
        assert!(!f.rejects("", "node_modules", true));
    }

    #[test]
    fn fnmatch_classes_and_escapes() {
        assert!(fnmatch(b"a[bc]d", b"acd"));
        assert!(!fnmatch(b"a[!bc]d", b"acd"));
        assert!(fnmatch(b"[a-c]?", b"bz"));
        assert!(fnmatch(b"a\\*", b"a*"));
        assert!(!fnmatch(b"a\\*", b"ab"));
        assert!(!fnmatch(b"[ab", b"a"));
    }
}
