//! A post: its file name, front matter, date, categories, excerpt and
//! permalink, read the way Jekyll 4 reads `_posts/YYYY-MM-DD-slug.md`
//! (`Jekyll::Document`).

mod excerpt;
mod file_name;
mod front_matter;
pub mod permalink;

pub use excerpt::excerpt_markdown;
pub use file_name::{is_markdown_extension, FileName, FileNameError};
pub use front_matter::{split_front_matter, DateField, FrontMatter, FrontMatterError, Split};
pub use permalink::{permalink, site_template, PermalinkError};

use crate::config::SiteConfig;
use crate::markdown::{render_markdown, RenderOptions};
use crate::time::{DateError, DateOrigin, PostDate};

/// Everything wrong with one post file. Each variant names what to fix;
/// the file itself is named by whoever holds the path.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PostError {
    #[error(transparent)]
    FileName(#[from] FileNameError),
    #[error("not valid UTF-8 (Jekyll skips such files)")]
    NotUtf8 { line: usize },
    #[error(transparent)]
    FrontMatter(#[from] FrontMatterError),
    #[error("{source}")]
    Date { line: usize, source: DateError },
    #[error("{source}")]
    Permalink { line: usize, source: PermalinkError },
}

impl PostError {
    /// The line in the file the problem is on; a file name problem points at line 1.
    pub fn line(&self) -> Option<usize> {
        match self {
            PostError::FileName(_) => Some(1),
            PostError::FrontMatter(e) => e.line(),
            PostError::NotUtf8 { line }
            | PostError::Date { line, .. }
            | PostError::Permalink { line, .. } => Some(*line),
        }
    }

    /// Files Jekyll would not read as posts at all (no date in the name, not
    /// Markdown, no front matter, not UTF-8), as opposed to broken posts.
    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            PostError::FileName(FileNameError::NoDate | FileNameError::NotMarkdown)
                | PostError::FrontMatter(FrontMatterError::Missing)
                | PostError::NotUtf8 { .. }
        )
    }
}

/// A parsed post. Markdown stays unrendered until someone asks for HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// Path relative to the posts folder, with `/` separators.
    pub path: String,
    pub title: String,
    /// In the site's time zone, as Jekyll shows it.
    pub date: PostDate,
    pub slug: String,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub published: bool,
    pub draft: bool,
    pub lang: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    /// The excerpt: Markdown cut before the separator, or the front matter
    /// `excerpt`, which Jekyll uses as it is, without rendering it.
    pub excerpt: String,
    /// The excerpt came from the front matter: already the HTML to show.
    pub excerpt_is_html: bool,
    /// Markdown body, front matter removed.
    pub body: String,
    /// Path with the site `baseurl`, percent-encoded as Jekyll's `relative_url` gives it.
    pub url: String,
}

/// What the file system adds to a post's bytes.
#[derive(Debug, Clone, Default)]
pub struct PostFile<'a> {
    /// Jekyll's categories from folders above `_posts` (`a/b/_posts/x.md` gives `a`, `b`).
    pub folder_categories: &'a [String],
    /// Last modification, seconds since the epoch: the date of an undated draft.
    pub modified: Option<i64>,
}

impl Post {
    /// Reads one post from its path (relative to the posts folder) and its bytes.
    /// `folder_categories` are the folders above the posts folder (Jekyll's
    /// `a/b/_posts/x.md` gives `a`, `b`). An undated draft is dated 1970-01-01.
    pub fn parse(
        path: &str,
        bytes: &[u8],
        folder_categories: &[String],
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let file = PostFile {
            folder_categories,
            modified: None,
        };
        Post::parse_file(path, bytes, &file, site)
    }

    /// [`Post::parse`] with what the file system knows of the file.
    pub fn parse_file(
        path: &str,
        bytes: &[u8],
        file: &PostFile,
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let draft = is_draft(path);
        let name = FileName::parse(path, draft)?;
        let text = std::str::from_utf8(bytes).map_err(|e| PostError::NotUtf8 {
            line: 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count(),
        })?;
        let split = split_front_matter(text)?;
        let fm = FrontMatter::from_yaml(split.yaml, split.yaml_line)?;
        let zone = site.zone();

        let date = match &fm.date {
            Some(field) => PostDate::read(&field.text, &zone, field.origin).map_err(|source| {
                PostError::Date {
                    line: field.line,
                    source,
                }
            })?,
            None => match &name.date {
                Some(written) => PostDate::read(written, &zone, DateOrigin::Text)
                    .map_err(|source| PostError::Date { line: 1, source })?,
                None => {
                    let modified = file.modified.unwrap_or(0);
                    PostDate::at(modified, zone.offset_at(modified))
                }
            },
        };
        let separator = fm
            .excerpt_separator
            .as_deref()
            .unwrap_or(&site.excerpt_separator);
        let excerpt = match &fm.excerpt {
            Some(e) => e.clone(),
            None => excerpt_markdown(split.body, separator),
        };
        let mut post = Post {
            path: path.to_string(),
            title: fm
                .title
                .clone()
                .unwrap_or_else(|| titleize_slug(&name.slug)),
            date,
            slug: fm.slug.clone().unwrap_or_else(|| name.slug.clone()),
            categories: categories(file.folder_categories, &fm),
            tags: fm.tags.clone(),
            published: fm.published.unwrap_or(true),
            draft,
            lang: fm.lang.clone(),
            author: fm.author.clone(),
            description: fm.description.clone(),
            excerpt,
            excerpt_is_html: fm.excerpt.is_some(),
            body: split.body.to_string(),
            url: String::new(),
        };
        // Jekyll's order: front matter, then `collections: posts: permalink`,
        // both templates as written; style names apply to the top-level key only.
        let template = fm
            .permalink
            .as_deref()
            .or(site.posts_permalink.as_deref())
            .unwrap_or_else(|| site_template(&site.permalink));
        post.url =
            permalink(&post, template, &site.baseurl).map_err(|source| PostError::Permalink {
                line: if fm.permalink.is_some() {
                    fm.permalink_line
                } else {
                    1
                },
                source,
            })?;
        Ok(post)
    }

    pub fn excerpt_html(&self, options: &RenderOptions) -> String {
        if self.excerpt_is_html {
            return self.excerpt.clone();
        }
        render_markdown(&self.excerpt, options).html
    }

    pub fn content_html(&self, options: &RenderOptions) -> String {
        render_markdown(&self.body, options).html
    }
}

/// Jekyll's `Document#draft?`: in a `_drafts` folder, and not under `_posts`.
fn is_draft(path: &str) -> bool {
    let mut segments = path.split('/');
    let folders: Vec<&str> = segments.by_ref().collect();
    let folders = &folders[..folders.len().saturating_sub(1)];
    folders.contains(&"_drafts") && !folders.contains(&"_posts")
}

/// Jekyll 4's categories: folders above `_posts`, then `categories` (merged
/// with `|`), then `category` (or `categories` again), with duplicates dropped
/// (`Document#categories_from_path`, `#merge_categories!`, `#populate_categories`).
fn categories(folders: &[String], fm: &FrontMatter) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in folders.iter().chain(&fm.categories).chain(&fm.category) {
        if !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// Jekyll's `Utils.titleize_slug`: `my-first-post` becomes `My First Post`.
/// Ruby's `split("-")` drops trailing empty words, so `a-` gives `A`.
pub fn titleize_slug(slug: &str) -> String {
    let words: Vec<&str> = slug.split('-').collect();
    let kept = words.len() - words.iter().rev().take_while(|w| w.is_empty()).count();
    words[..kept]
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_becomes_a_title_as_jekyll_titleizes_it() {
        assert_eq!(titleize_slug("my-first-POST"), "My First Post");
        assert_eq!(titleize_slug("été-à-vélo"), "Été À Vélo");
        assert_eq!(titleize_slug("trailing--"), "Trailing");
        assert_eq!(titleize_slug("a--b"), "A  B");
    }

    fn parse(text: &str, folders: &[&str]) -> Post {
        let folders: Vec<String> = folders.iter().map(|f| f.to_string()).collect();
        Post::parse(
            "2009-03-27-x.md",
            text.as_bytes(),
            &folders,
            &SiteConfig::default(),
        )
        .unwrap()
    }

    #[test]
    fn categories_merge_folders_categories_and_category_once() {
        let post = parse(
            "---
categories: [film, movies, film]
category: sci fi
---
",
            &["movies"],
        );
        assert_eq!(post.categories, ["movies", "film", "sci fi"]);
        let post = parse(
            "---
categories: foo bar
---
",
            &[],
        );
        assert_eq!(post.categories, ["foo", "bar"]);
        assert_eq!(post.url, "/foo/bar/2009/03/27/x.html");
    }

    #[test]
    fn front_matter_excerpt_is_kept_as_written() {
        let post = parse(
            "---
excerpt: A *short* one
---

Body.
",
            &[],
        );
        assert_eq!(
            post.excerpt_html(&RenderOptions::default()),
            "A *short* one"
        );
        let post = parse(
            "---
---

Body *here*.

More.
",
            &[],
        );
        assert_eq!(
            post.excerpt_html(&RenderOptions::default()),
            "<p>Body <em>here</em>.</p>\n"
        );
    }

    #[test]
    fn an_undated_draft_takes_its_file_date() {
        let file = PostFile {
            folder_categories: &[],
            modified: Some(86_400),
        };
        let site = SiteConfig {
            timezone: Some("+02:00".into()),
            ..SiteConfig::default()
        };
        let draft = Post::parse_file(
            "_drafts/idea.md",
            b"---
---
",
            &file,
            &site,
        )
        .unwrap();
        assert_eq!(draft.date.to_rfc3339(), "1970-01-02T02:00:00+02:00");
        assert!(draft.draft);
    }

    #[test]
    fn the_posts_collection_permalink_beats_the_site_one_and_loses_to_front_matter() {
        // Jekyll 4.3.1, `permalink: pretty` and `collections: posts: permalink:
        // /blog/:year/:title/`: 2020-01-02-a-post.md went to /blog/2020/a-post/,
        // a post with `permalink: /own/:title.html` to /own/b-post.html; with
        // `collections: posts: permalink: pretty` every post went to /pretty.
        let site = |collection: &str| SiteConfig {
            permalink: "pretty".into(),
            posts_permalink: Some(collection.into()),
            ..SiteConfig::default()
        };
        let url = |text: &str, site: &SiteConfig| {
            Post::parse("2020-01-02-a-post.md", text.as_bytes(), &[], site)
                .unwrap()
                .url
        };
        let blog = site("/blog/:year/:title/");
        assert_eq!(url("---\n---\n", &blog), "/blog/2020/a-post/");
        assert_eq!(
            url("---\npermalink: /own/:title.html\n---\n", &blog),
            "/own/a-post.html"
        );
        assert_eq!(url("---\n---\n", &site("pretty")), "/pretty");
    }

    #[test]
    fn drafts_are_in_drafts_folders_outside_posts() {
        assert!(is_draft("_drafts/x.md"));
        assert!(is_draft("blog/_drafts/x.md"));
        assert!(!is_draft("_posts/_drafts/x.md"));
        assert!(!is_draft("x_drafts/x.md"));
        assert!(!is_draft("2020-01-01-_drafts.md"));
    }
}
