//! A post: its file name, front matter, date, categories, excerpt and
//! permalink, read the way Jekyll 4 reads `_posts/YYYY-MM-DD-slug.md`
//! (`Jekyll::Document`).

mod defaults;
mod excerpt;
mod file_name;
mod front_matter;
mod html;
pub mod permalink;

pub(crate) use defaults::merge_front_matter;
pub use defaults::{defaults_for, front_matter_mapping, page_defaults};
pub use excerpt::excerpt_markdown;
pub use file_name::{FileName, FileNameError, Format};
pub use front_matter::{
    parse_mapping, split_front_matter, DateField, FrontMatter, FrontMatterError, Split,
};
pub use permalink::{permalink, site_template, PermalinkError};

use serde_yaml_ng::Mapping;

use crate::config::SiteConfig;
use crate::markdown::{render_markdown, RenderOptions, Rendered};
use crate::text::letters;
use crate::time::{DateError, DateOrigin, PostDate};

/// Everything wrong with one post file. Each variant names what to fix;
/// the file itself is named by whoever holds the path.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PostError {
    #[error(transparent)]
    FileName(#[from] FileNameError),
    #[error("not valid UTF-8 (Jekyll skips such files)")]
    NotUtf8 { line: usize },
    #[error("{source}")]
    Date { line: usize, source: DateError },
    #[error("{source}")]
    Permalink { line: usize, source: PermalinkError },
    /// A value the post takes from `_config.yml`'s `defaults:` is wrong there.
    #[error("{source} (from `defaults:` in _config.yml)")]
    FromDefaults { source: Box<PostError> },
}

impl PostError {
    /// The line in the file the problem is on; a file name problem points at line 1.
    pub fn line(&self) -> Option<usize> {
        match self {
            PostError::FileName(_) | PostError::FromDefaults { .. } => Some(1),
            PostError::NotUtf8 { line }
            | PostError::Date { line, .. }
            | PostError::Permalink { line, .. } => Some(*line),
        }
    }

    /// Files Jekyll would not read as posts at all (no date in the name, not
    /// Markdown or HTML, not UTF-8), as opposed to broken posts.
    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            PostError::FileName(FileNameError::NoDate | FileNameError::NotAPostFormat)
                | PostError::NotUtf8 { .. }
        )
    }
}

/// A parsed post. Its body stays unconverted until someone asks for HTML.
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
    /// The excerpt: the body cut before the separator, or the front matter
    /// `excerpt`, which Jekyll uses as it is, without rendering it.
    pub excerpt: String,
    /// The excerpt came from the front matter: already the HTML to show.
    pub excerpt_is_html: bool,
    /// The body, front matter removed: Markdown or HTML, as `format` says.
    pub body: String,
    pub format: Format,
    /// Path with the site `baseurl`, percent-encoded as Jekyll's `relative_url` gives it.
    pub url: String,
    /// Front matter Jekyll could not read, though it still publishes the post
    /// (see [`read_head`]): a warning for the author.
    pub front_matter_problem: Option<FrontMatterError>,
    /// jekyll-redirect-from's old paths of this post, and where it sends readers instead.
    pub redirect_from: Vec<String>,
    pub redirect_to: Option<String>,
}

/// What the file system adds to a post's bytes.
#[derive(Debug, Clone, Default)]
pub struct PostFile<'a> {
    /// Jekyll's categories from folders above `_posts` (`a/b/_posts/x.md` gives `a`, `b`).
    pub folder_categories: &'a [String],
    /// Last modification, seconds since the epoch: the date of an undated draft.
    pub modified: Option<i64>,
    /// Jekyll's `site.time` (the build's start, or `_config.yml`'s `time`),
    /// seconds since the epoch: the date of a post whose front matter fails.
    pub build_time: i64,
}

/// The front matter as Jekyll's `Document#read_content` reads it.
enum Head<'a> {
    /// Read, or empty: a file without front matter, or with one never
    /// closed, which Jekyll's `YAML_FRONT_MATTER_REGEXP` does not see, is
    /// all body. An unclosed one is worth a warning all the same.
    Read {
        fm: Box<FrontMatter>,
        body: &'a str,
        problem: Option<FrontMatterError>,
    },
    /// The YAML failed to parse, or is no mapping: Jekyll logs an error and
    /// keeps the post, its body cut after the front matter, with only the
    /// defaults it merged before reading the file (`Document#read`,
    /// `handle_read_error`; `read_post_data` never runs).
    Failed {
        defaults: Box<FrontMatter>,
        body: &'a str,
        problem: FrontMatterError,
    },
}

/// The front matter over `defaults` (see [`defaults_for`]).
fn read_head(text: &str, defaults: Mapping) -> Head<'_> {
    let split = match split_front_matter(text) {
        Ok(split) => split,
        Err(problem) => {
            return Head::Read {
                fm: Box::new(FrontMatter::from_mapping(&defaults, "", 1)),
                body: body_of(text),
                problem: (problem != FrontMatterError::Missing).then_some(problem),
            }
        }
    };
    match front_matter::parse_mapping(split.yaml, split.yaml_line) {
        Ok(file) => Head::Read {
            fm: Box::new(FrontMatter::from_mapping(
                &defaults::merge_front_matter(defaults, &file),
                split.yaml,
                split.yaml_line,
            )),
            body: split.body,
            problem: None,
        },
        Err(problem) => Head::Failed {
            defaults: Box::new(FrontMatter::from_mapping(&defaults, "", 1)),
            body: split.body,
            problem,
        },
    }
}

/// The body of a post file's text: after the front matter, or the whole
/// text (less a byte order mark) when there is none to cut.
pub fn body_of(text: &str) -> &str {
    match split_front_matter(text) {
        Ok(split) => split.body,
        Err(_) => text.strip_prefix('\u{feff}').unwrap_or(text),
    }
}

/// A post body's HTML: converted as its format says. Liquid, which Jekyll
/// runs first, is the `liquid` layer's (`LiquidSite::render_post`).
pub fn render_body(body: &str, format: Format, options: &RenderOptions) -> Rendered {
    match format {
        Format::Markdown => render_markdown(body, options),
        Format::Html => Rendered {
            html: if options.safe {
                html::safe_html(body)
            } else {
                body.to_string()
            },
            headings: Vec::new(),
            word_count: html::word_count(body),
            // Math is kramdown's, which an HTML post does not go through.
            has_math: false,
        },
    }
}

impl Post {
    /// Reads one post from its path (relative to the posts folder) and its bytes.
    /// `folder_categories` are the folders above the posts folder (Jekyll's
    /// `a/b/_posts/x.md` gives `a`, `b`). An undated draft is dated 1970-01-01,
    /// and so is a post whose front matter fails.
    pub fn parse(
        path: &str,
        bytes: &[u8],
        folder_categories: &[String],
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let file = PostFile {
            folder_categories,
            ..PostFile::default()
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
        let name = FileName::parse(path, is_draft(path), site)?;
        let text = std::str::from_utf8(bytes).map_err(|e| PostError::NotUtf8 {
            line: 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count(),
        })?;
        match read_head(text, defaults_for(path, site)) {
            Head::Read { fm, body, problem } => {
                let mut post = Post::read(path, &name, &fm, body, file, site)?;
                post.front_matter_problem = problem;
                Ok(post)
            }
            Head::Failed {
                defaults,
                body,
                problem,
            } => Post::unread(path, &name, &defaults, body, problem, file, site),
        }
    }

    /// A post as Jekyll's `Document#read` makes it from its front matter and file name.
    fn read(
        path: &str,
        name: &FileName,
        fm: &FrontMatter,
        body: &str,
        file: &PostFile,
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let zone = site.zone();
        let date = match &fm.date {
            Some(field) => PostDate::read(&field.text, &zone, field.origin)
                .map_err(|source| at_line(field.line, |line| PostError::Date { line, source }))?,
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
            None => excerpt_markdown(body, separator),
        };
        let mut post = Post {
            path: path.to_string(),
            title: fm
                .title
                .clone()
                .unwrap_or_else(|| titleize_slug(&name.slug)),
            date,
            slug: fm.slug.clone().unwrap_or_else(|| name.slug.clone()),
            categories: categories(file.folder_categories, fm),
            tags: fm.tags.clone(),
            published: fm.published.unwrap_or(true),
            draft: is_draft(path),
            lang: fm.lang.clone(),
            author: fm.author.clone(),
            description: fm.description.clone(),
            excerpt,
            excerpt_is_html: fm.excerpt.is_some(),
            body: body.to_string(),
            format: name.format,
            url: String::new(),
            front_matter_problem: None,
            redirect_from: fm.redirect_from.clone(),
            redirect_to: fm.redirect_to.clone(),
        };
        post.url = site_permalink(&post, fm.permalink.as_deref(), site).map_err(|source| {
            match fm.permalink {
                Some(_) => at_line(fm.permalink_line, |line| PostError::Permalink {
                    line,
                    source,
                }),
                // The site's template, from `_config.yml`.
                None => PostError::Permalink { line: 1, source },
            }
        })?;
        Ok(post)
    }

    /// A post whose front matter Jekyll could not read: only what the
    /// defaults give (title, tags, `categories` after the folder ones, URL
    /// template, `published`...), no excerpt; dated at build time (a draft at
    /// its file's time: `Document#date`); without a slug, its URL's `:title`
    /// is the file's base name (`UrlDrop#title` falls back to `basename_without_ext`).
    fn unread(
        path: &str,
        name: &FileName,
        defaults: &FrontMatter,
        body: &str,
        problem: FrontMatterError,
        file: &PostFile,
        site: &SiteConfig,
    ) -> Result<Post, PostError> {
        let draft = is_draft(path);
        let time = if draft {
            file.modified.unwrap_or(0)
        } else {
            file.build_time
        };
        let mut post = Post {
            path: path.to_string(),
            title: defaults.title.clone().unwrap_or_default(),
            date: PostDate::at(time, site.zone().offset_at(time)),
            slug: defaults
                .slug
                .clone()
                .unwrap_or_else(|| base_name_without_ext(path).to_string()),
            // `populate_categories`, which reads `category`, never runs.
            categories: union(file.folder_categories, &defaults.categories),
            tags: defaults.tags.clone(),
            published: defaults.published.unwrap_or(true),
            draft,
            lang: defaults.lang.clone(),
            author: defaults.author.clone(),
            description: defaults.description.clone(),
            excerpt: String::new(),
            excerpt_is_html: false,
            body: body.to_string(),
            format: name.format,
            url: String::new(),
            front_matter_problem: Some(problem),
            redirect_from: defaults.redirect_from.clone(),
            redirect_to: defaults.redirect_to.clone(),
        };
        post.url = site_permalink(&post, defaults.permalink.as_deref(), site)
            .map_err(|source| PostError::Permalink { line: 1, source })?;
        Ok(post)
    }

    pub fn excerpt_html(&self, options: &RenderOptions) -> String {
        if self.excerpt_is_html {
            return self.excerpt.clone();
        }
        render_body(&self.excerpt, self.format, options).html
    }

    pub fn content_html(&self, options: &RenderOptions) -> String {
        render_body(&self.body, self.format, options).html
    }
}

/// An error at a front matter key's line; with none, the key came from
/// `defaults:` and the error says so.
fn at_line(line: Option<usize>, error: impl FnOnce(usize) -> PostError) -> PostError {
    match line {
        Some(line) => error(line),
        None => PostError::FromDefaults {
            source: Box::new(error(1)),
        },
    }
}

/// The post's URL: Jekyll's order is the front matter `permalink`, then
/// `collections: posts: permalink`, both templates as written; style names
/// apply to the top-level key only.
fn site_permalink(
    post: &Post,
    front_matter: Option<&str>,
    site: &SiteConfig,
) -> Result<String, PermalinkError> {
    let template = front_matter
        .or(site.posts_permalink.as_deref())
        .unwrap_or_else(|| site_template(&site.permalink));
    permalink(post, template, &site.baseurl)
}

/// Ruby's `File.basename(path, ".*")`: the last extension goes, dots before it stay.
fn base_name_without_ext(path: &str) -> &str {
    let base = path.rsplit('/').next().unwrap_or(path);
    base.rsplit_once('.').map_or(base, |(stem, _)| stem)
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
    union(&union(folders, &fm.categories), &fm.category)
}

/// Ruby's `a | b`: `a`, then what `b` adds, each name once.
fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in a.iter().chain(b) {
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
        .map(|word| letters::capitalize(word))
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
            modified: Some(86_400),
            ..PostFile::default()
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
    fn a_post_without_front_matter_is_all_body() {
        // Jekyll 4.3.1 published `_posts/2020-07-07-no-front-matter.md` ("Just
        // *text*, no front matter.\n\nSecond paragraph.\n") at
        // /2020/07/07/no-front-matter.html, titled "No Front Matter", dated
        // 2020-07-07, its excerpt "<p>Just <em>text</em>, no front matter.</p>\n".
        let post = Post::parse(
            "2020-07-07-no-front-matter.md",
            "\u{feff}Just *text*, no front matter.\n\nSecond paragraph.\n".as_bytes(),
            &[],
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(post.title, "No Front Matter");
        assert_eq!(post.url, "/2020/07/07/no-front-matter.html");
        assert_eq!(post.date.to_rfc3339(), "2020-07-07T00:00:00+00:00");
        let render = RenderOptions::default();
        assert_eq!(
            post.excerpt_html(&render),
            "<p>Just <em>text</em>, no front matter.</p>\n"
        );
        assert_eq!(post.front_matter_problem, None);
        // Jekyll's `YAML_FRONT_MATTER_REGEXP` needs a closing line: without
        // one, `2020-07-01-unclosed-front-matter.md` was all body, its `---`
        // a rule ("<hr />\n<p>title: Never closed</p>...").
        let unclosed = Post::parse(
            "2020-07-01-unclosed.md",
            b"---\ntitle: Never closed\n\nBody.\n",
            &[],
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(unclosed.title, "Unclosed");
        assert_eq!(unclosed.body, "---\ntitle: Never closed\n\nBody.\n");
        assert_eq!(
            unclosed.front_matter_problem,
            Some(FrontMatterError::Unclosed { line: 1 })
        );
    }

    #[test]
    fn an_html_post_is_published_as_written() {
        // Jekyll 4.3.1, `_posts/2020-07-09-html-post.html`: at
        // /2020/07/09/html-post.html, content "<p>Written *as* HTML.</p>\n\n
        // <script>alert(1)</script>\n\nsecond\n" as written (no Markdown),
        // excerpt "<p>Written *as* HTML.</p>".
        let text = "---\ntitle: HTML post\n---\n<p>Written *as* HTML.</p>\n\n<script>alert(1)</script>\n\nsecond\n";
        let post = Post::parse(
            "2020-07-09-html-post.html",
            text.as_bytes(),
            &[],
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(post.url, "/2020/07/09/html-post.html");
        let render = RenderOptions::default();
        assert_eq!(post.excerpt_html(&render), "<p>Written *as* HTML.</p>");
        assert_eq!(post.content_html(&render), post.body);
        // Safe mode drops raw HTML: here every tag but bare structure ones.
        let safe = RenderOptions {
            safe: true,
            ..RenderOptions::default()
        };
        assert_eq!(
            post.content_html(&safe),
            "<p>Written *as* HTML.</p>\n\n\n\nsecond\n"
        );
    }

    #[test]
    fn a_post_whose_yaml_fails_is_kept_as_jekyll_keeps_it() {
        // Jekyll 4.3.1 logged "YAML Exception reading …/2020-07-02-invalid-yaml.md:
        // (<unknown>): did not find expected ',' or ']' while parsing a flow
        // sequence at line 3 column 7" and published the post with no title,
        // slug or tags, dated at build time (`site.time`), at
        // /2026/12/01/2020-07-02-invalid-yaml.html, content "<p>Body
        // <em>here</em>.</p>\n\n<p>More.</p>\n", excerpt "".
        let folders = ["notes".to_string()];
        let file = PostFile {
            folder_categories: &folders,
            modified: None,
            build_time: 1_764_590_400, // 2025-12-01T12:00:00Z
        };
        let post = Post::parse_file(
            "notes/_posts/2020-07-02-invalid-yaml.md",
            b"---\ntitle: Broken\ntags: [a, b\n---\n\nBody *here*.\n\nMore.\n",
            &file,
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(post.title, "");
        assert_eq!(post.date.to_rfc3339(), "2025-12-01T12:00:00+00:00");
        assert_eq!(post.url, "/notes/2025/12/01/2020-07-02-invalid-yaml.html");
        assert_eq!(
            (post.categories.as_slice(), post.tags.len()),
            (&folders[..], 0)
        );
        assert_eq!(post.excerpt_html(&RenderOptions::default()), "");
        assert_eq!(post.body, "Body *here*.\n\nMore.\n");
        assert_eq!(post.front_matter_problem.and_then(|e| e.line()), Some(3));
        // Jekyll 4.3.1 `--drafts`: `_drafts/broken-draft.md`, last changed
        // 2021-03-04 05:06:07 UTC, was dated then, at /2021/03/04/broken-draft.html.
        let file = PostFile {
            modified: Some(1_614_834_367),
            ..PostFile::default()
        };
        let draft = Post::parse_file(
            "_drafts/broken-draft.md",
            b"---\ntitle: [x\n---\nDraft body.\n",
            &file,
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(draft.url, "/2021/03/04/broken-draft.html");
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
