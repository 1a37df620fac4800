//! Jekyll post file names: `YYYY-MM-DD-slug.ext` (`Document::DATE_FILENAME_MATCHER`),
//! with the Markdown extensions Jekyll's kramdown converter accepts. Drafts
//! need no date, but a dated draft name gives its date as a post's does.

use crate::time::PostDate;

/// Extensions Jekyll treats as Markdown (its default `markdown_ext`).
pub const MARKDOWN_EXTENSIONS: [&str; 6] = ["markdown", "mkdown", "mkdn", "mkd", "md", "markdn"];

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FileNameError {
    #[error("not a Markdown file (expected one of .md, .markdown, .mkd, .mkdn, .mdown, .markdn)")]
    NotMarkdown,
    #[error("file name has no date: posts are named YYYY-MM-DD-slug.md")]
    NoDate,
    #[error("file name date {0} does not exist")]
    BadDate(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FileName {
    /// The date as written (`2017-2-5`), checked to exist.
    pub date: Option<String>,
    /// Trailing dots dropped, as Jekyll's `populate_title` drops them.
    pub slug: String,
}

impl FileName {
    /// Reads the last path segment. Drafts need no date; posts must have one.
    pub fn parse(path: &str, draft: bool) -> Result<FileName, FileNameError> {
        let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let (stem, ext) = base.rsplit_once('.').ok_or(FileNameError::NotMarkdown)?;
        if !is_markdown_extension(ext) {
            return Err(FileNameError::NotMarkdown);
        }
        match split_date(stem) {
            Some((date, slug)) => {
                PostDate::parse(date, 0).map_err(|_| FileNameError::BadDate(date.into()))?;
                Ok(FileName {
                    date: Some(date.to_string()),
                    slug: slug.trim_end_matches('.').to_string(),
                })
            }
            None if draft => Ok(FileName {
                date: None,
                slug: stem.trim_end_matches('.').to_string(),
            }),
            None => Err(FileNameError::NoDate),
        }
    }
}

pub fn is_markdown_extension(ext: &str) -> bool {
    // "mdown" is in the list and in Jekyll's docs; kramdown's default omits it.
    let ext = ext.to_ascii_lowercase();
    MARKDOWN_EXTENSIONS.contains(&ext.as_str()) || ext == "mdown"
}

/// Jekyll's `DATE_FILENAME_MATCHER`: `\d{2,4}-\d{1,2}-\d{1,2}-` then the slug.
/// carnet wants four-digit years, which Ruby's `Time.parse` reads without guessing.
fn split_date(stem: &str) -> Option<(&str, &str)> {
    let mut parts = stem.splitn(4, '-');
    let (y, m, d, slug) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if digits(y, 2, 4) && digits(m, 1, 2) && digits(d, 1, 2) {
        Some((&stem[..y.len() + m.len() + d.len() + 2], slug))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dated_file_name_gives_date_and_slug() {
        let name = FileName::parse("2017-02-01-a-mon-compte-plus-1-mois.md", false).unwrap();
        assert_eq!(name.slug, "a-mon-compte-plus-1-mois");
        assert_eq!(name.date.unwrap(), "2017-02-01");
        let name = FileName::parse("2018-10-12-trailing-dots...markdown", false).unwrap();
        assert_eq!(name.slug, "trailing-dots");
        let name = FileName::parse("2017-2-5-i-dont-like-zeroes.md", false).unwrap();
        assert_eq!(name.date.unwrap(), "2017-2-5");
    }

    #[test]
    fn a_post_without_a_date_is_not_a_post_but_a_draft_is() {
        assert_eq!(
            FileName::parse("notes.md", false),
            Err(FileNameError::NoDate)
        );
        assert_eq!(
            FileName::parse("_drafts/notes.md", true).unwrap().slug,
            "notes"
        );
    }

    #[test]
    fn only_markdown_extensions_are_posts() {
        assert!(FileName::parse("2020-01-01-a.markdown", false).is_ok());
        assert!(FileName::parse("2020-01-01-a.MKD", false).is_ok());
        assert_eq!(
            FileName::parse("2020-01-01-a.txt", false),
            Err(FileNameError::NotMarkdown)
        );
        assert_eq!(
            FileName::parse("README", false),
            Err(FileNameError::NotMarkdown)
        );
    }

    #[test]
    fn an_impossible_file_name_date_is_named() {
        assert_eq!(
            FileName::parse("2017-02-30-x.md", false),
            Err(FileNameError::BadDate("2017-02-30".into()))
        );
    }
}
