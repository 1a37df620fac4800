//! The YAML front matter: split off the start of the file as Jekyll does
//! (a first line `---`, YAML, a closing `---` or `...` line), then typed.
//! Splitting and typing stay apart so each error can name its line.

use serde_yaml_ng::{Mapping, Value};

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FrontMatterError {
    #[error("no front matter: a post starts with a `---` line")]
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

/// Cuts the front matter off the start of `text`. A UTF-8 byte order mark and
/// CRLF line endings are accepted. Only the very first line can open it, so a
/// `---` rule later in the post stays Markdown.
pub fn split_front_matter(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (first, rest) = match text.find('\n') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => return Err(FrontMatterError::Missing),
    };
    if first.trim_end() != "---" {
        return Err(FrontMatterError::Missing);
    }
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let content = line.trim_end();
        if content == "---" || content == "..." {
            return Ok(Split {
                yaml: &rest[..offset],
                yaml_line: 2,
                body: &rest[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    Err(FrontMatterError::Unclosed { line: 1 })
}

/// The front matter keys carnet understands; others are kept out of its way.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// The raw date text and its line in the file.
    pub date: Option<(String, usize)>,
    pub slug: Option<String>,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub published: Option<bool>,
    pub lang: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    pub excerpt: Option<String>,
    pub excerpt_separator: Option<String>,
    pub permalink: Option<String>,
}

impl FrontMatter {
    /// Types the YAML text; `first_line` is where it starts in the file, for messages.
    pub fn from_yaml(yaml: &str, first_line: usize) -> Result<FrontMatter, FrontMatterError> {
        let value: Value = if yaml.trim().is_empty() {
            Value::Mapping(Mapping::new())
        } else {
            serde_yaml_ng::from_str(yaml).map_err(|e| FrontMatterError::Yaml {
                line: first_line + yaml_error_line(&e).saturating_sub(1),
                message: first_sentence(&e.to_string()),
            })?
        };
        let map = match value {
            Value::Mapping(map) => map,
            Value::Null => Mapping::new(),
            other => {
                return Err(FrontMatterError::NotMapping {
                    line: first_line,
                    found: kind(&other),
                })
            }
        };
        let text = |key: &str| map.get(key).and_then(scalar_text);
        Ok(FrontMatter {
            title: text("title"),
            date: text("date").map(|d| (d, first_line + key_line(yaml, "date"))),
            slug: text("slug"),
            categories: pluralized(&map, "category", "categories"),
            tags: pluralized(&map, "tag", "tags"),
            // Jekyll hides a post whose `published` is false or empty (Ruby `nil`).
            published: map
                .get("published")
                .map(|v| !matches!(v, Value::Bool(false) | Value::Null)),
            lang: text("lang"),
            author: text("author"),
            description: text("description"),
            excerpt: text("excerpt"),
            excerpt_separator: text("excerpt_separator"),
            permalink: text("permalink"),
        })
    }
}

/// Jekyll's `pluralized_array_from_hash`: the singular key wins when present; a
/// plural string is split on whitespace; nested lists are flattened.
fn pluralized(map: &Mapping, singular: &str, plural: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(value) = map.get(singular) {
        flatten(value, &mut out);
    } else if let Some(value) = map.get(plural) {
        match value {
            Value::String(s) => out.extend(s.split_whitespace().map(str::to_string)),
            other => flatten(other, &mut out),
        }
    }
    out
}

fn flatten(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Sequence(items) => items.iter().for_each(|item| flatten(item, out)),
        other => out.extend(scalar_text(other)),
    }
}

/// Front matter values are text to carnet: numbers and booleans are shown as written.
fn scalar_text(value: &Value) -> Option<String> {
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

/// 0-based line of a top-level key in the YAML text, for pointing at it.
fn key_line(yaml: &str, key: &str) -> usize {
    yaml.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .unwrap_or(0)
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
    fn missing_and_unclosed_front_matter_are_errors() {
        assert_eq!(
            split_front_matter("# Title\n"),
            Err(FrontMatterError::Missing)
        );
        assert_eq!(
            split_front_matter("---\ntitle: A\n"),
            Err(FrontMatterError::Unclosed { line: 1 })
        );
    }

    #[test]
    fn invalid_yaml_names_the_file_line() {
        let err = FrontMatter::from_yaml("title: A\ntags: [a, b\n", 2).unwrap_err();
        assert!(
            matches!(err, FrontMatterError::Yaml { line, .. } if (3..=4).contains(&line)),
            "{err:?}"
        );
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
        let fm = FrontMatter::from_yaml("tag: solo\ntags: [ignored]\n", 2).unwrap();
        assert_eq!(fm.tags, ["solo"]);
    }
}
