//! Jekyll post file names: `YYYY-MM-DD-slug.ext` (`Document::DATE_FILENAME_MATCHER`),
//! with the Markdown extensions Jekyll's kramdown converter accepts, or
//! `.html`. Drafts need no date, but a dated draft name gives its date as a
//! post's does.

use crate::config::SiteConfig;
use crate::time::PostDate;

/// How a post's body becomes HTML, chosen by its extension as Jekyll picks a converter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Jekyll's kramdown converter; carnet's Markdown renderer.
    Markdown,
    /// `.html`: Jekyll has no converter for it (its Identity converter), so
    /// the body is the HTML as written. Liquid is the one thing Jekyll runs on
    /// it, as on every post, before the converter: see `Post::content_html`.
    Html,
}

impl Format {
    /// Markdown for the site's `markdown_ext`, HTML for `.html`, else no post's.
    pub fn of_extension(ext: &str, site: &SiteConfig) -> Option<Format> {
        if site.is_markdown_extension(ext) {
            Some(Format::Markdown)
        } else if ext.eq_ignore_ascii_case("html") {
            Some(Format::Html)
        } else {
            None
        }
    }

    /// The format of the post file at `path`; Markdown when its extension is no post's.
    pub fn of_path(path: &str, site: &SiteConfig) -> Format {
        path.rsplit_once('.')
            .and_then(|(_, ext)| Format::of_extension(ext, site))
            .unwrap_or(Format::Markdown)
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FileNameError {
    /// Jekyll would publish it unconverted, under its own extension (a
    /// `.txt` post at `….txt`); carnet publishes Markdown and HTML posts only.
    #[error("not a Markdown or HTML file (Markdown extensions are _config.yml's markdown_ext: by default md, markdown, mkdown, mkdn, mkd, mdown, markdn)")]
    NotAPostFormat,
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
    pub format: Format,
}

impl FileName {
    /// Reads the last path segment. Drafts need no date; posts must have one.
    pub fn parse(path: &str, draft: bool, site: &SiteConfig) -> Result<FileName, FileNameError> {
        let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let (stem, ext) = base.rsplit_once('.').ok_or(FileNameError::NotAPostFormat)?;
        let format = Format::of_extension(ext, site).ok_or(FileNameError::NotAPostFormat)?;
        match split_date(stem) {
            Some((date, slug)) => {
                PostDate::parse(date, 0).map_err(|_| FileNameError::BadDate(date.into()))?;
                Ok(FileName {
                    date: Some(date.to_string()),
                    slug: slug.trim_end_matches('.').to_string(),
                    format,
                })
            }
            None if draft => Ok(FileName {
                date: None,
                slug: stem.trim_end_matches('.').to_string(),
                format,
            }),
            None => Err(FileNameError::NoDate),
        }
    }
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
        let name = FileName::parse(
            "2017-02-01-a-mon-compte-plus-1-mois.md",
            false,
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(name.slug, "a-mon-compte-plus-1-mois");
        assert_eq!(name.date.unwrap(), "2017-02-01");
        let name = FileName::parse(
            "2018-10-12-trailing-dots...markdown",
            false,
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(name.slug, "trailing-dots");
        let name = FileName::parse(
            "2017-2-5-i-dont-like-zeroes.md",
            false,
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(name.date.unwrap(), "2017-2-5");
    }

    #[test]
    fn a_post_without_a_date_is_not_a_post_but_a_draft_is() {
        assert_eq!(
            FileName::parse("notes.md", false, &SiteConfig::default()),
            Err(FileNameError::NoDate)
        );
        assert_eq!(
            FileName::parse("_drafts/notes.md", true, &SiteConfig::default())
                .unwrap()
                .slug,
            "notes"
        );
    }

    #[test]
    fn markdown_and_html_extensions_are_posts() {
        let format = |path: &str| {
            FileName::parse(path, false, &SiteConfig::default()).map(|name| name.format)
        };
        assert_eq!(format("2020-01-01-a.markdown"), Ok(Format::Markdown));
        // Jekyll 4.3.1 converted `2020-07-16-ext-upper.MD` to /2020/07/16/ext-upper.html.
        assert_eq!(format("2020-01-01-a.MKD"), Ok(Format::Markdown));
        assert_eq!(format("2020-01-01-a.html"), Ok(Format::Html));
        // Jekyll 4.3.1 copied `2020-07-14-ext-txt.txt` unconverted to /2020/07/14/ext-txt.txt.
        assert_eq!(
            format("2020-01-01-a.txt"),
            Err(FileNameError::NotAPostFormat)
        );
        assert_eq!(format("README"), Err(FileNameError::NotAPostFormat));
        assert_eq!(
            Format::of_path("_drafts/x.HTML", &SiteConfig::default()),
            Format::Html
        );
        let text_is_markdown = SiteConfig {
            markdown_ext: vec!["txt".into()],
            ..SiteConfig::default()
        };
        let name = FileName::parse("2020-01-01-a.txt", false, &text_is_markdown).unwrap();
        assert_eq!(name.format, Format::Markdown);
    }

    #[test]
    fn an_impossible_file_name_date_is_named() {
        assert_eq!(
            FileName::parse("2017-02-30-x.md", false, &SiteConfig::default()),
            Err(FileNameError::BadDate("2017-02-30".into()))
        );
    }
}
