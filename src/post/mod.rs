//! A post: its file name, front matter, date, excerpt and permalink, read the way
//! Jekyll reads `_posts/YYYY-MM-DD-slug.md`.

mod date;
pub(crate) mod excerpt;
mod file_name;
mod front_matter;
pub mod permalink;

pub use date::{DateError, PostDate};
pub use excerpt::excerpt_markdown;
pub use file_name::{is_markdown_extension, FileName, FileNameError};
pub use front_matter::{split_front_matter, FrontMatter, FrontMatterError, Split};
pub use permalink::permalink;

use crate::render::{render_markdown, RenderOptions};
use crate::site::SiteConfig;

/// Everything wrong with one post file. Each variant names what to fix;
/// the file itself is named by whoever holds the path.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PostError {
    #[error(transparent)]
    FileName(#[from] FileNameError),
    #[error(transparent)]
    FrontMatter(#[from] FrontMatterError),
    #[error("{source}")]
    Date { line: usize, source: DateError },
}

impl PostError {
    /// The line in the file the problem is on, where known.
    pub fn line(&self) -> Option<usize> {
        match self {
            PostError::FileName(_) => None,
            PostError::FrontMatter(e) => e.line(),
            PostError::Date { line, .. } => Some(*line),
        }
    }
}

/// A parsed post. Markdown stays unrendered until someone asks for HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// Path relative to the posts folder, with `/` separators.
    pub path: String,
    pub title: String,
    pub date: PostDate,
    pub slug: String,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub published: bool,
    pub draft: bool,
    pub lang: Option<String>,
    pub author: Option<String>,
    pub description: Option<String>,
    /// Markdown of the excerpt (front matter `excerpt` or the text before the separator).
    pub excerpt: String,
    /// Markdown body, front matter removed.
    pub body: String,
    pub url: String,
}

impl Post {
    /// Reads one post from its path (relative to the posts folder) and its bytes.
    /// `folder_categories` are the folders above the posts folder (Jekyll's
    /// `a/b/_posts/x.md` gives `a`, `b`).
    pub fn parse(
        path: &str,
        bytes: &[u8],
        folder_categories: &[String],
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let draft = path.starts_with("_drafts/") || path.contains("/_drafts/");
        let name = FileName::parse(path, draft)?;
        let text = String::from_utf8_lossy(bytes);
        let split = split_front_matter(&text)?;
        let fm = FrontMatter::from_yaml(split.yaml, split.yaml_line)?;

        let date = match &fm.date {
            Some((raw, line)) => {
                PostDate::parse(raw, site.utc_offset_minutes).map_err(|source| PostError::Date {
                    line: *line,
                    source,
                })?
            }
            None => name.date.unwrap_or_default(),
        };
        let slug = fm.slug.clone().unwrap_or_else(|| name.slug.clone());
        let title = fm
            .title
            .clone()
            .unwrap_or_else(|| titleize_slug(&name.slug));
        let mut categories = folder_categories.to_vec();
        categories.extend(fm.categories.iter().cloned());
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
            title,
            date,
            slug,
            categories,
            tags: fm.tags.clone(),
            published: fm.published.unwrap_or(true),
            draft,
            lang: fm.lang.clone(),
            author: fm.author.clone(),
            description: fm.description.clone(),
            excerpt,
            body: split.body.to_string(),
            url: String::new(),
        };
        let template = fm.permalink.as_deref().unwrap_or(&site.permalink);
        post.url = permalink(&post, template, &site.baseurl);
        Ok(post)
    }

    pub fn excerpt_html(&self, options: &RenderOptions) -> String {
        render_markdown(&self.excerpt, options).html
    }

    pub fn content_html(&self, options: &RenderOptions) -> String {
        render_markdown(&self.body, options).html
    }
}

/// Jekyll's `Utils.titleize_slug`: `my-first-post` becomes `My First Post`.
pub fn titleize_slug(slug: &str) -> String {
    slug.split('-')
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
    }
}
