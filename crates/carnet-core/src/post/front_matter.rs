//! The YAML front matter: split off the start of the file as Jekyll does
//! (`Document::YAML_FRONT_MATTER_REGEXP`: a first line `---`, YAML, a closing
//! `---` or `...` line), then typed the way Jekyll's `Document` reads its keys.
//! Splitting and typing stay apart so each error can name its line.

use serde_yaml_ng::{Mapping, Value};

use crate::time::DateOrigin;
use crate::yaml::parse_bounded;

#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum FrontMatterError {
    /// No `---` first line: Jekyll reads the whole file as the body.
    #[error("no front matter")]
    Missing,
    #[error("front matter opened here is never closed by a `---` or `...` line")]
    Unclosed { line: usize },
    #[error("invalid YAML in front matter: {message}")]
    Yaml { line: usize, message: String },
    #[error("front matter must be a mapping of `key: value` lines, found {found}")]
    NotMapping { line: usize, found: &'static str },
}

impl FrontMatterError {
    pub fn line(&self) -> Option<usize> {
        match self {
            FrontMatterError::Missing => Some(1),
            FrontMatterError::Unclosed { line }
            | FrontMatterError::Yaml { line, .. }
            | FrontMatterError::NotMapping { line, .. } => Some(*line),
        }
    }
}

/// A file cut in two: the YAML text and the Markdown body after it.
#[derive(Debug, PartialEq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the file where the YAML starts.
    pub yaml_line: usize,
    pub body: &'a str,
}

/// Ruby's `\s`: ASCII whitespace, vertical tab included.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Cuts the front matter off the start of `text`. A UTF-8 byte order mark and
/// CRLF line endings are accepted. Only the very first line can open it, so a
/// `---` rule later in the post stays Markdown. As in Jekyll, blank lines
/// right after the closing line are not part of the body.
pub fn split_front_matter(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text.strip_prefix("---").ok_or(FrontMatterError::Missing)?;
    let first_line_end = rest
        .bytes()
        .position(|b| !is_space(b) || b == b'\n')
        .filter(|&i| rest.as_bytes()[i] == b'\n')
        .ok_or(FrontMatterError::Missing)?;
    let yaml_start = text.len() - rest.len() + first_line_end + 1;
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if let Some(body_start) = closing_line(text, offset) {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_start..],
            });
        }
        offset += line.len();
    }
    Err(FrontMatterError::Unclosed { line: 1 })
}

/// If a closing `---`/`...` line starts at `at`, where the body starts:
/// Jekyll's `^(---|\.\.\.)\s*$\n?` eats the whitespace that follows up to the
/// last line break in it.
fn closing_line(text: &str, at: usize) -> Option<usize> {
    let after = at + 3;
    let marker = text.get(at..after)?;
    if marker != "---" && marker != "..." {
        return None;
    }
    let bytes = text.as_bytes();
    let run = bytes[after..].iter().take_while(|b| is_space(**b)).count();
    if after + run == bytes.len() {
        return Some(bytes.len());
    }
    let last_break = bytes[after..after + run]
        .iter()
        .rposition(|b| *b == b'\n')?;
    Some(after + last_break + 1)
}

/// A front matter date: its text, its line in the file, and how YAML typed it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateField {
    pub text: String,
    /// None: the date comes from `_config.yml`'s `defaults:`.
    pub line: Option<usize>,
    pub origin: DateOrigin,
}

/// The front matter keys carnet understands; others are kept out of its way.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<DateField>,
    pub slug: Option<String>,
    /// `categories` as Jekyll merges it (a string split on spaces), without `category`.
    pub categories: Vec<String>,
    /// `category` (Jekyll's singular key, not split), or `categories` again when absent.
    pub category: Vec<String>,
    pub tags: Vec<String>,
    pub published: Option<bool>,
    pub lang: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    pub excerpt: Option<String>,
    pub excerpt_separator: Option<String>,
    pub permalink: Option<String>,
    /// Line of the `permalink` key in the file, for messages; none when the
    /// file does not write it (it comes from `defaults:`).
    pub permalink_line: Option<usize>,
    /// jekyll-redirect-from's keys: old paths (under the base path) that lead
    /// here, and an address this page sends its readers to instead.
    pub redirect_from: Vec<String>,
    pub redirect_to: Option<String>,
    /// jekyll-sitemap's `sitemap: false` leaves a page out of the sitemap.
    pub sitemap: bool,
}

impl FrontMatter {
    /// Types the YAML text; `first_line` is where it starts in the file, for messages.
    pub fn from_yaml(yaml: &str, first_line: usize) -> Result<FrontMatter, FrontMatterError> {
        let map = parse_mapping(yaml, first_line)?;
        Ok(FrontMatter::from_mapping(&map, yaml, first_line))
    }

    /// Types a mapping: the file's front matter (`yaml`, which starts on the
    /// file's `first_line`, gives the keys' lines), perhaps over defaults. A
    /// key the file does not write points at `first_line`.
    pub fn from_mapping(map: &Mapping, yaml: &str, first_line: usize) -> FrontMatter {
        // Jekyll's `data["key"] ||= fallback`: a key left empty (null) falls back.
        let text = |key: &str| map.get(key).and_then(scalar_text);
        FrontMatter {
            title: text("title"),
            date: map
                .get("date")
                .map(|value| date_field(yaml, first_line, value)),
            slug: text("slug"),
            categories: plural_key(map, "categories"),
            category: pluralized(map, "category", "categories"),
            tags: pluralized(map, "tag", "tags"),
            published: map.get("published").map(is_published),
            lang: text("lang"),
            author: text("author"),
            description: text("description"),
            excerpt: text("excerpt"),
            excerpt_separator: text("excerpt_separator"),
            permalink: text("permalink"),
            permalink_line: key_line(yaml, "permalink").map(|(line, _)| first_line + line),
            // The plugin's `Array(value)`: one string or a list of them.
            redirect_from: match map.get("redirect_from") {
                Some(Value::Sequence(items)) => items.iter().filter_map(scalar_text).collect(),
                Some(value) => scalar_text(value).into_iter().collect(),
                None => Vec::new(),
            },
            redirect_to: match map.get("redirect_to") {
                Some(Value::Sequence(items)) => items.first().and_then(scalar_text),
                Some(value) => scalar_text(value),
                None => None,
            },
            sitemap: map.get("sitemap") != Some(&Value::Bool(false)),
        }
    }
}

/// The front matter's YAML as a mapping; empty YAML is an empty mapping.
pub fn parse_mapping(yaml: &str, first_line: usize) -> Result<Mapping, FrontMatterError> {
    let value = if yaml.trim().is_empty() {
        Value::Null
    } else {
        parse_bounded(yaml).map_err(|e| FrontMatterError::Yaml {
            line: first_line + yaml_error_line(&e).saturating_sub(1),
            message: first_sentence(&e.to_string()),
        })?
    };
    match value {
        Value::Mapping(map) => Ok(map),
        Value::Null => Ok(Mapping::new()),
        other => Err(FrontMatterError::NotMapping {
            line: first_line,
            found: kind(&other),
        }),
    }
}

/// Jekyll's Publisher keeps a post unless `published` is false or empty (Ruby
/// `nil`); SafeYAML also reads `no` and `off` as false.
fn is_published(value: &Value) -> bool {
    match value {
        Value::Bool(b) => *b,
        Value::Null => false,
        Value::String(s) => !matches!(
            s.as_str(),
            "no" | "No" | "NO" | "off" | "Off" | "OFF" | "false" | "False" | "FALSE"
        ),
        Value::Tagged(t) => is_published(&t.value),
        _ => true,
    }
}

/// SafeYAML takes an unquoted value for a timestamp only when nothing but
/// an offset follows the time: `2023-01-29 18:30:22 2023 -0800` is a string,
/// which Jekyll's `Time.parse` reads in the site's zone.
fn timestamp_shaped(value: &Value) -> bool {
    let text = scalar_text(value).unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [_] | [_, _] => true,
        [_, _, zone] => zone.starts_with(['+', '-', 'Z', 'z']),
        _ => false,
    }
}

fn date_field(yaml: &str, first_line: usize, value: &Value) -> DateField {
    let written = key_line(yaml, "date");
    // A quoted value is a string to YAML, so never a UTC timestamp. A date
    // from `defaults:` is taken as unquoted, as most are.
    let quoted = written.is_some_and(|(_, raw)| raw.trim_start().starts_with(['"', '\'']));
    DateField {
        text: scalar_text(value).unwrap_or_default(),
        line: written.map(|(line, _)| first_line + line),
        origin: if quoted || !matches!(value, Value::String(_)) || !timestamp_shaped(value) {
            DateOrigin::Text
        } else {
            DateOrigin::YamlTimestamp
        },
    }
}

/// Jekyll's `value_from_plural_key`: a string is split on whitespace, a list
/// is kept (nested lists flattened, empty entries dropped).
fn plural_key(map: &Mapping, key: &str) -> Vec<String> {
    map.get(key).map(list_of).unwrap_or_default()
}

/// One plural key's value as a list (see [`plural_key`]).
pub(super) fn list_of(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => ruby_split(s),
        Value::Tagged(t) => flatten_one(&t.value),
        // Jekyll fails on a lone number here; carnet takes it as one entry.
        other => flatten_one(other),
    }
}

/// Jekyll's `pluralized_array_from_hash`: the singular key wins when it has a
/// value (a string is then kept whole); otherwise the plural key.
fn pluralized(map: &Mapping, singular: &str, plural: &str) -> Vec<String> {
    match map.get(singular) {
        Some(value) if !value.is_null() => flatten_one(value),
        _ => plural_key(map, plural),
    }
}

fn flatten_one(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    flatten(value, &mut out);
    out
}

fn flatten(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Sequence(items) => items.iter().for_each(|item| flatten(item, out)),
        other => out.extend(scalar_text(other)),
    }
}

/// Ruby's `String#split` with no argument: on runs of ASCII whitespace.
fn ruby_split(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_ascii() && is_space(c as u8))
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// Front matter values are text to carnet: numbers and booleans as Ruby's `to_s` writes them.
pub(crate) fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Tagged(t) => scalar_text(&t.value),
        _ => None,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Sequence(_) => "a list",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        _ => "another value",
    }
}

/// 0-based line of a top-level key in the YAML text and the text after its colon.
fn key_line<'a>(yaml: &'a str, key: &str) -> Option<(usize, &'a str)> {
    yaml.lines().enumerate().find_map(|(i, line)| {
        let rest = line.strip_prefix(key)?.trim_start();
        rest.strip_prefix(':').map(|value| (i, value))
    })
}

/// 1-based line in the YAML of an error. libyaml notices an unclosed `[` only
/// at the next line; its "while parsing … at line N" names the line to fix.
fn yaml_error_line(error: &serde_yaml_ng::Error) -> usize {
    let message = error.to_string();
    let context_line = message.split("while parsing").nth(1).and_then(|context| {
        let digits = context.split(" at line ").nth(1)?;
        digits
            .split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    });
    context_line
        .or_else(|| error.location().map(|l| l.line()))
        .unwrap_or(1)
}

/// serde_yaml messages end with "at line X column Y"; we give the file line ourselves.
fn first_sentence(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_cut_at_the_first_closing_line() {
        let split = split_front_matter("---\ntitle: A\n---\nbody\n---\nmore\n").unwrap();
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "body\n---\nmore\n");
    }

    #[test]
    fn bom_crlf_and_dots_are_accepted() {
        let split = split_front_matter("\u{feff}---\r\ntitle: A\r\n...\r\nbody").unwrap();
        assert_eq!(split.yaml, "title: A\r\n");
        assert_eq!(split.body, "body");
    }

    #[test]
    fn blank_lines_after_the_closing_line_are_not_body() {
        let split = split_front_matter("---\ntitle: A\n---  \n\n \n\n  code\n").unwrap();
        assert_eq!(split.body, "  code\n");
        assert_eq!(split_front_matter("---\n---\n\n").unwrap().body, "");
    }

    #[test]
    fn the_opening_and_closing_lines_allow_only_trailing_spaces() {
        assert_eq!(
            split_front_matter("--- title: A\n---\n"),
            Err(FrontMatterError::Missing)
        );
        let split = split_front_matter("---  \ntitle: A\n--- x\n---\nbody").unwrap();
        assert_eq!(split.yaml, "title: A\n--- x\n");
        assert_eq!(split.body, "body");
    }

    #[test]
    fn missing_and_unclosed_front_matter_are_errors() {
        assert_eq!(
            split_front_matter("# Title\n"),
            Err(FrontMatterError::Missing)
        );
        assert_eq!(split_front_matter("---"), Err(FrontMatterError::Missing));
        assert_eq!(
            split_front_matter("---\ntitle: A\n"),
            Err(FrontMatterError::Unclosed { line: 1 })
        );
    }

    #[test]
    fn invalid_yaml_names_the_file_line() {
        let err = FrontMatter::from_yaml("title: A\ntags: [a, b\n", 2).unwrap_err();
        // The file's line 3 (the YAML starts on line 2): where the list is left open.
        assert_eq!(err.line(), Some(3), "{err:?}");
    }

    #[test]
    fn a_list_is_not_a_front_matter() {
        let err = FrontMatter::from_yaml("- a\n- b\n", 2).unwrap_err();
        assert_eq!(
            err,
            FrontMatterError::NotMapping {
                line: 2,
                found: "a list"
            }
        );
    }

    #[test]
    fn tags_as_list_or_space_separated_string() {
        let fm = FrontMatter::from_yaml("tags: [et moi, 2017]\n", 2).unwrap();
        assert_eq!(fm.tags, ["et moi", "2017"]);
        let fm = FrontMatter::from_yaml("tags: jekyll static-sites\n", 2).unwrap();
        assert_eq!(fm.tags, ["jekyll", "static-sites"]);
        let fm = FrontMatter::from_yaml("tag: solo two\ntags: [ignored]\n", 2).unwrap();
        assert_eq!(fm.tags, ["solo two"]);
        let fm = FrontMatter::from_yaml("tag:\ntags: [used, null]\n", 2).unwrap();
        assert_eq!(fm.tags, ["used"]);
    }

    #[test]
    fn published_false_empty_or_no_hides() {
        let published = |yaml: &str| FrontMatter::from_yaml(yaml, 2).unwrap().published;
        assert_eq!(published("published: false\n"), Some(false));
        assert_eq!(published("published:\n"), Some(false));
        assert_eq!(published("published: no\n"), Some(false));
        assert_eq!(published("published: 0\n"), Some(true));
        assert_eq!(published("title: A\n"), None);
    }

    #[test]
    fn a_quoted_date_is_text_and_a_bare_one_a_yaml_timestamp() {
        let date = |yaml: &str| FrontMatter::from_yaml(yaml, 2).unwrap().date.unwrap();
        let bare = date("title: A\ndate: 2010-01-10 13:07:09\n");
        assert_eq!(
            (bare.text.as_str(), bare.line, bare.origin),
            ("2010-01-10 13:07:09", Some(3), DateOrigin::YamlTimestamp)
        );
        assert_eq!(
            date("date: '2010-01-10 13:07:09'\n").origin,
            DateOrigin::Text
        );
    }
}
