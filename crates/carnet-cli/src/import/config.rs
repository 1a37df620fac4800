//! The Jekyll site's `_config.yml`, carried as written (Liquid's `site.*`
//! sees every key; carnet ignores the ones it does not read), with one
//! addition: a `defaults:` scope for each folder whose posts Jekyll gave
//! categories (`a/_posts/x.md` is in category `a`), since carnet's `posts/`
//! sub-folders are not categories.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_yaml_ng::Value;

pub struct SiteConfigText {
    /// The file as written; `None` when the site has none.
    pub text: Option<String>,
    /// Its YAML (`Null` when absent or empty).
    pub value: Value,
}

impl SiteConfigText {
    /// Reads `site/_config.yml`; broken YAML is an error naming the file and line.
    pub fn read(site: &Path) -> Result<SiteConfigText> {
        let path = site.join("_config.yml");
        if !site.is_dir() {
            bail!("{}: not a folder", site.display());
        }
        if !path.is_file() {
            return Ok(SiteConfigText {
                text: None,
                value: Value::Null,
            });
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let value = parse(&text).map_err(|(line, message)| {
            anyhow::anyhow!("{}:{line}: invalid YAML: {message}", path.display())
        })?;
        if !matches!(value, Value::Mapping(_) | Value::Null) {
            bail!(
                "{}:1: must be a mapping of `key: value` lines",
                path.display()
            );
        }
        Ok(SiteConfigText {
            text: Some(text),
            value,
        })
    }
}

/// YAML of a config file; a file of comments only is empty (`Null`).
fn parse(text: &str) -> Result<Value, (usize, String)> {
    let has_content = text.lines().any(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#') && t != "---"
    });
    if !has_content {
        return Ok(Value::Null);
    }
    carnet_core::yaml::parse_bounded(text)
        .map_err(|e| (e.location().map_or(1, |l| l.line()), e.to_string()))
}

/// The bytes to write as the carnet site's `_config.yml` (none when the
/// Jekyll site has no config and no categories to keep), and notes for
/// what could not be written into it.
pub fn carried_config(
    config: &SiteConfigText,
    scopes: &[(String, Vec<String>)],
) -> (Option<Vec<u8>>, Vec<String>) {
    let mut notes = nested_scope_notes(&config.value);
    let text = config.text.clone().unwrap_or_default();
    if scopes.is_empty() {
        return (config.text.clone().map(String::into_bytes), notes);
    }
    match with_category_defaults(&text, &config.value, scopes) {
        Some(added) => (Some(added.into_bytes()), notes),
        None => {
            notes.push(format!(
                "_config.yml: defaults: written in a form import cannot add to; add these sets by hand to keep the posts' folder categories:\n{}",
                entries(scopes, "    ")
            ));
            (config.text.clone().map(String::into_bytes), notes)
        }
    }
}

/// `text` with the category scopes added to its `defaults:` (a block list)
/// or as a new `defaults:` at its end; `None` when the result would not
/// read back as the old sets followed by the new ones.
fn with_category_defaults(
    text: &str,
    value: &Value,
    scopes: &[(String, Vec<String>)],
) -> Option<String> {
    let old_sets = match value.get("defaults") {
        None => 0,
        Some(Value::Sequence(sets)) => sets.len(),
        Some(_) => return None,
    };
    let mut lines: Vec<&str> = text.lines().collect();
    let added = match lines.iter().position(|l| is_defaults_key(l)) {
        None => {
            let mut out = text.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&format!(
                "\n{}\ndefaults:\n{}",
                comment(""),
                entries(scopes, "  ")
            ));
            out
        }
        Some(at) => {
            let indent = sequence_indent(&lines[at + 1..])?;
            let block = format!("{}\n{}", comment(&indent), entries(scopes, &indent));
            let block = block.trim_end_matches('\n').to_string();
            lines.insert(at + 1, &block);
            lines.join("\n") + "\n"
        }
    };
    let reread = carnet_core::yaml::parse_bounded(&added).ok()?;
    let new_sets = reread.get("defaults")?.as_sequence()?.len();
    (new_sets == old_sets + scopes.len()).then_some(added)
}

fn comment(indent: &str) -> String {
    format!("{indent}# Added by carnet import: the categories Jekyll gave these posts from the folders above _posts/ (carnet's posts/ sub-folders are not categories).")
}

/// A top-level `defaults:` line with nothing after it but a comment.
fn is_defaults_key(line: &str) -> bool {
    line.strip_prefix("defaults:")
        .is_some_and(|rest| rest.trim().is_empty() || rest.trim().starts_with('#'))
}

/// The indentation of the block list that follows a key, from its first item.
fn sequence_indent(after: &[&str]) -> Option<String> {
    let first = after.iter().find(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    })?;
    let indent = &first[..first.len() - first.trim_start().len()];
    first
        .trim_start()
        .starts_with("- ")
        .then(|| indent.to_string())
}

/// The `defaults:` sets, one scope each, as YAML at `indent`.
fn entries(scopes: &[(String, Vec<String>)], indent: &str) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    scopes
        .iter()
        .map(|(path, categories)| {
            let list: Vec<String> = categories.iter().map(|c| quote(c)).collect();
            format!(
                "{indent}- scope: {{path: {}}}\n{indent}  values: {{categories: [{}]}}\n",
                quote(path),
                list.join(", ")
            )
        })
        .collect()
}

/// The site's own `defaults:` scopes that name a `_posts` or `_drafts`
/// folder below another: those posts moved into `posts/`.
fn nested_scope_notes(value: &Value) -> Vec<String> {
    let Some(Value::Sequence(sets)) = value.get("defaults") else {
        return Vec::new();
    };
    sets.iter()
        .filter_map(|set| set.get("scope")?.get("path")?.as_str())
        .filter(|path| {
            let path = path.trim_start_matches('/');
            !path.starts_with("_posts") && !path.starts_with("_drafts")
                && (path.contains("/_posts") || path.contains("/_drafts"))
        })
        .map(|path| format!("_config.yml: defaults: scope path {path:?}: those posts are now in posts/FOLDERS/ (drafts in posts/_drafts/FOLDERS/): edit the scope"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scopes() -> Vec<(String, Vec<String>)> {
        vec![("posts/a/b/".into(), vec!["a".into(), "b".into()])]
    }

    fn add(text: &str) -> Option<String> {
        let value = parse(text).unwrap();
        with_category_defaults(text, &value, &scopes())
    }

    #[test]
    fn a_new_defaults_key_goes_at_the_end() {
        let out = add("title: x").unwrap();
        let value = carnet_core::yaml::parse_bounded(&out).unwrap();
        assert_eq!(value["title"].as_str(), Some("x"));
        assert_eq!(
            value["defaults"][0]["scope"]["path"].as_str(),
            Some("posts/a/b/")
        );
        assert_eq!(
            value["defaults"][0]["values"]["categories"][1].as_str(),
            Some("b")
        );
    }

    #[test]
    fn existing_block_defaults_get_the_sets_first_at_their_indent() {
        for indent in ["", "  "] {
            let text = format!(
                "defaults:\n{indent}- scope: {{path: x}}\n{indent}  values: {{a: 1}}\ntitle: t\n"
            );
            let out = add(&text).unwrap();
            let value = carnet_core::yaml::parse_bounded(&out).unwrap();
            assert_eq!(value["defaults"].as_sequence().unwrap().len(), 2, "{out}");
            assert_eq!(value["defaults"][1]["values"]["a"].as_u64(), Some(1));
            assert_eq!(value["title"].as_str(), Some("t"));
        }
    }

    #[test]
    fn flow_defaults_are_left_to_the_author() {
        assert!(add("defaults: [{scope: {path: x}, values: {a: 1}}]\n").is_none());
    }

    #[test]
    fn comments_only_is_an_empty_config() {
        assert_eq!(parse("# a\n\n  # b\n"), Ok(Value::Null));
    }
}
