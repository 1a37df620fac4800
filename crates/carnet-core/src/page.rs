//! The site beside its posts, as Jekyll publishes it: pages (files with front
//! matter that are not posts: `about.md`, `projects/index.md`, `404.md`,
//! `atom.xml`) at Jekyll's page URLs, and static files (everything else it
//! reads: images, `favicon.ico`, `CNAME`) copied as they are. Which files
//! count is Jekyll's `EntryFilter` with the site's `exclude:` and `include:`.
//! Paths are relative to the site's root (carnet's `pages/` folder).

use crate::config::SiteConfig;
use crate::post::permalink::relative_url;
use crate::post::{
    body_of, merge_front_matter, page_defaults, parse_mapping, split_front_matter, FrontMatter,
    FrontMatterError, Post,
};
use crate::text::url::{escape_path, percent_decode};
use crate::time::PostDate;

/// What a page's body is, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// One of the site's `markdown_ext`: converted, written as `.html`.
    Markdown,
    /// `.html`, `.htm`, `.xhtml`: Liquid only, a page of the site.
    Html,
    /// Any other extension (`.xml`, `.json`, `.txt`): Liquid only, written
    /// under its own extension, never drawn inside the blog's pages.
    Other,
    /// Sass, which Jekyll compiles to CSS and carnet does not.
    Sass,
}

impl PageFormat {
    pub fn of_path(path: &str, site: &SiteConfig) -> PageFormat {
        match extension(path).to_ascii_lowercase().as_str() {
            "html" | "htm" | "xhtml" => PageFormat::Html,
            "scss" | "sass" => PageFormat::Sass,
            ext if site.is_markdown_extension(ext) => PageFormat::Markdown,
            _ => PageFormat::Other,
        }
    }

    /// Whether the blog draws it as one of its pages (head, header, footer).
    pub fn is_html(self) -> bool {
        matches!(self, PageFormat::Markdown | PageFormat::Html)
    }
}

/// A page of the site, its front matter read.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    /// With `baseurl`, escaped as Jekyll's `relative_url` gives it.
    pub url: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub lang: Option<String>,
    pub format: PageFormat,
    pub published: bool,
    /// Listed in the sitemap (jekyll-sitemap's `sitemap: false` says no).
    pub sitemap: bool,
    pub redirect_from: Vec<String>,
    pub redirect_to: Option<String>,
    /// The body, front matter removed.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PageError {
    #[error("line {line}: not UTF-8 text")]
    NotUtf8 { line: usize },
    #[error(transparent)]
    FrontMatter(#[from] FrontMatterError),
}

impl PageError {
    pub fn line(&self) -> Option<usize> {
        match self {
            PageError::NotUtf8 { line } => Some(*line),
            PageError::FrontMatter(e) => e.line(),
        }
    }
}

impl Page {
    /// Reads the page at `path` (relative to the site root) from its bytes.
    pub fn parse(path: &str, bytes: &[u8], site: &SiteConfig) -> Result<Page, PageError> {
        let text = std::str::from_utf8(bytes).map_err(|e| PageError::NotUtf8 {
            line: 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count(),
        })?;
        // Front matter over the `defaults:` that take the page (`type: pages`, its path).
        let defaults = page_defaults(path, site);
        let (fm, body) = match split_front_matter(text) {
            Ok(split) => {
                let own = parse_mapping(split.yaml, split.yaml_line)?;
                let merged = merge_front_matter(defaults, &own);
                let fm = FrontMatter::from_mapping(&merged, split.yaml, split.yaml_line);
                (fm, split.body)
            }
            Err(FrontMatterError::Missing) => {
                (FrontMatter::from_mapping(&defaults, "", 1), body_of(text))
            }
            Err(e) => return Err(e.into()),
        };
        let format = PageFormat::of_path(path, site);
        Ok(Page {
            path: path.to_string(),
            url: page_url(path, fm.permalink.as_deref(), format, site),
            title: fm.title,
            description: fm.description,
            lang: fm.lang,
            format,
            published: fm.published.unwrap_or(true),
            sitemap: fm.sitemap,
            redirect_from: fm.redirect_from,
            redirect_to: fm.redirect_to,
            body: body.to_string(),
        })
    }

    /// The page as a post, for what renders posts (Liquid's `page.*`, the
    /// Markdown converter): dated `now`, with no categories or tags.
    pub fn as_post(&self, now: PostDate) -> Post {
        Post {
            path: self.path.clone(),
            title: self.title.clone().unwrap_or_default(),
            date: now,
            slug: base_name(&self.path).to_string(),
            categories: Vec::new(),
            tags: Vec::new(),
            published: self.published,
            draft: false,
            lang: self.lang.clone(),
            author: None,
            description: self.description.clone(),
            excerpt: String::new(),
            excerpt_is_html: false,
            body: self.body.clone(),
            format: match self.format {
                PageFormat::Markdown => crate::post::Format::Markdown,
                _ => crate::post::Format::Html,
            },
            url: self.url.clone(),
            front_matter_problem: None,
            redirect_from: self.redirect_from.clone(),
            redirect_to: self.redirect_to.clone(),
        }
    }
}

/// Whether the page at `path` is the site's not-found page (`404.md`,
/// `404.html` at the root), which GitHub Pages and other hosts serve for
/// unknown addresses: carnet shows it instead of its own text.
pub fn is_not_found_page(path: &str) -> bool {
    !path.contains('/') && base_name(path) == "404" && path != "404"
}

/// Whether the blog draws the page at `url` itself (its home, index pages,
/// archive, tags, categories, search): a site page there is not shown.
pub fn is_blog_route(url: &str, site: &SiteConfig) -> bool {
    let path = url.strip_prefix(&site.baseurl).unwrap_or(url);
    let path = path.strip_suffix("index.html").unwrap_or(path);
    path == "/"
        || path.starts_with("/page/")
        || ["/archive/", "/search/", "/tags/", "/categories/"]
            .iter()
            .any(|route| path.starts_with(route))
}

/// Jekyll's `Page#url`: the front matter's `permalink`, else `/:path/:basename`
/// with the suffix the site's permalink style gives HTML pages (`.html`, or
/// `/` for `pretty` and styles ending in `/`); `index` pages are their folder;
/// pages of other formats keep their extension.
pub fn page_url(
    path: &str,
    permalink: Option<&str>,
    format: PageFormat,
    site: &SiteConfig,
) -> String {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    let basename = base_name(name);
    let output_ext = match format {
        PageFormat::Markdown => ".html".to_string(),
        PageFormat::Sass => ".css".to_string(),
        _ => format!(".{}", extension(name)),
    };
    let template = match permalink {
        Some(permalink) => permalink.to_string(),
        None if !format.is_html() => "/:path/:basename:output_ext".to_string(),
        None if basename == "index" => "/:path/".to_string(),
        None => format!("/:path/:basename{}", suffix(&site.permalink)),
    };
    let url = template
        .replace(":path", &escape_path(dir))
        .replace(":basename", &escape_path(basename))
        .replace(":output_ext", &output_ext);
    relative_url(&site.baseurl, &sanitize(&url))
}

/// `Utils.add_permalink_suffix` for the site's `permalink` style.
fn suffix(style: &str) -> &'static str {
    match style {
        "pretty" => "/",
        "date" | "ordinal" | "none" => ":output_ext",
        other if other.ends_with('/') => "/",
        other if other.ends_with(":output_ext") => ":output_ext",
        _ => "",
    }
}

/// `URL#sanitize_url`: one leading slash, no `..`, no `./`, no `//`.
fn sanitize(url: &str) -> String {
    let url = format!("/{url}").replace("..", "/").replace("./", "");
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

fn base_name(name: &str) -> &str {
    let name = name.rsplit('/').next().unwrap_or(name);
    name.rsplit_once('.').map_or(name, |(base, _)| base)
}

fn extension(name: &str) -> &str {
    let name = name.rsplit('/').next().unwrap_or(name);
    name.rsplit_once('.').map_or("", |(_, ext)| ext)
}

/// The file a URL is written to (`Page#destination`), relative to the deploy
/// folder and without the base path: `/about/` is `about/index.html`, `/a` is
/// `a.html`, `/feed.xml` stays.
pub fn output_file(url: &str, baseurl: &str, output_ext: &str) -> String {
    let path = url.strip_prefix(baseurl).unwrap_or(url);
    let mut file = percent_decode(path.trim_start_matches('/'));
    if file.is_empty() || file.ends_with('/') {
        file.push_str("index");
    }
    if !file.ends_with(output_ext) {
        file.push_str(output_ext);
    }
    file
}

/// What Jekyll makes of a file at the site's root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteFile {
    /// Front matter: rendered, at its page URL.
    Page,
    /// Copied as it is, at the same path.
    Static,
}

impl SiteFile {
    /// Jekyll's `Utils.has_yaml_header?`: the first line is `---`.
    pub fn of(bytes: &[u8]) -> SiteFile {
        let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
        let has_header = bytes.contains(&b'\n')
            && first.starts_with(b"---")
            && first[3..].iter().all(|b| b.is_ascii_whitespace());
        if has_header {
            SiteFile::Page
        } else {
            SiteFile::Static
        }
    }
}

/// Jekyll's `EntryFilter#filter` for one entry (a file or folder path
/// relative to the site root, the walk having entered its folders): dot,
/// underscore, `#` and `~` names and backups are skipped, as is what
/// `exclude:` names (a glob, or a prefix), unless `include:` names it.
pub fn publishes(path: &str, is_dir: bool, site: &SiteConfig) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let included =
        matches_any(&site.include, path, is_dir) || matches_any(&site.include, name, is_dir);
    let excluded = site
        .exclude
        .iter()
        .filter(|e| !site.include.contains(e))
        .any(|pattern| matches_pattern(pattern, path, is_dir));
    if excluded && !included {
        return false;
    }
    if included {
        return true;
    }
    let special = |s: &str| s.starts_with(['.', '_', '#', '~']);
    !(special(path) || special(name) || name.ends_with('~'))
}

fn matches_any(patterns: &[String], entry: &str, is_dir: bool) -> bool {
    patterns.iter().any(|p| matches_pattern(p, entry, is_dir))
}

/// `glob_include?`: `File.fnmatch?` (no `FNM_PATHNAME`: `*` crosses `/`),
/// or the entry starts with the pattern, or the pattern is the folder with a slash.
fn matches_pattern(pattern: &str, entry: &str, is_dir: bool) -> bool {
    let pattern = pattern.trim_start_matches("./").trim_start_matches('/');
    glob(pattern.as_bytes(), entry.as_bytes())
        || entry.starts_with(pattern)
        || (is_dir && pattern.strip_suffix('/') == Some(entry))
}

fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match (pattern.first(), text.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob(&pattern[1..], text) || (!text.is_empty() && glob(pattern, &text[1..]))
        }
        (Some(b'?'), Some(_)) => glob(&pattern[1..], &text[1..]),
        (Some(p), Some(t)) if p == t => glob(&pattern[1..], &text[1..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(permalink: &str) -> SiteConfig {
        SiteConfig {
            permalink: permalink.into(),
            ..SiteConfig::default()
        }
    }

    fn url(path: &str, permalink: Option<&str>, style: &str) -> String {
        let site = site(style);
        page_url(path, permalink, PageFormat::of_path(path, &site), &site)
    }

    /// Expected URLs from Jekyll 4.3.1 (`site.pages`, dumped by a hook).
    #[test]
    fn page_urls_follow_jekyll() {
        assert_eq!(url("contact.md", None, "date"), "/contact.html");
        assert_eq!(url("contact.md", None, "pretty"), "/contact/");
        assert_eq!(url("contact.md", None, "/:year/:title/"), "/contact/");
        assert_eq!(
            url("contact.md", None, "/:categories/:title:output_ext"),
            "/contact.html"
        );
        assert_eq!(url("contact.md", None, "none"), "/contact.html");
        assert_eq!(url("docs/guide.html", None, "date"), "/docs/guide.html");
        assert_eq!(url("docs/guide.html", None, "pretty"), "/docs/guide/");
        assert_eq!(url("projects/index.md", None, "date"), "/projects/");
        assert_eq!(url("index.html", None, "date"), "/");
        assert_eq!(url("search.json", None, "pretty"), "/search.json");
        assert_eq!(url("sp ace.md", None, "date"), "/sp%20ace.html");
        assert_eq!(url("sp ace.md", None, "pretty"), "/sp%20ace/");
        assert_eq!(
            url("perm.md", Some("/x/:basename:output_ext"), "date"),
            "/x/perm.html"
        );
        assert_eq!(url("about.md", Some("/about/"), "date"), "/about/");
        assert_eq!(url("404.md", Some("/404.html"), "date"), "/404.html");
    }

    #[test]
    fn a_page_is_under_the_base_path_and_written_where_jekyll_writes_it() {
        let site = SiteConfig {
            baseurl: "/blog".into(),
            ..site("pretty")
        };
        let url = page_url("about.md", None, PageFormat::Markdown, &site);
        assert_eq!(url, "/blog/about/");
        assert_eq!(output_file(&url, "/blog", ".html"), "about/index.html");
        assert_eq!(output_file("/x/perm.html", "", ".html"), "x/perm.html");
        assert_eq!(output_file("/contact", "", ".html"), "contact.html");
        assert_eq!(output_file("/sp%20ace.html", "", ".html"), "sp ace.html");
        assert_eq!(output_file("/", "", ".html"), "index.html");
    }

    #[test]
    fn defaults_for_pages_apply_under_the_page_own_keys() {
        let site = SiteConfig::from_yaml(
            "defaults:\n  - scope: {type: pages}\n    values: {lang: fr, title: Sans titre}\n  - scope: {path: docs, type: pages}\n    values: {permalink: /docs/:basename/}\n  - scope: {type: posts}\n    values: {description: posts only}\n",
        )
        .unwrap();
        let page = Page::parse("docs/guide.md", b"---\ntitle: Guide\n---\nx", &site).unwrap();
        assert_eq!(page.title.as_deref(), Some("Guide"));
        assert_eq!(page.lang.as_deref(), Some("fr"));
        assert_eq!(page.url, "/docs/guide/");
        assert_eq!(page.description, None);
        let other = Page::parse("about.md", b"---\n---\nx", &site).unwrap();
        assert_eq!(other.title.as_deref(), Some("Sans titre"));
        assert_eq!(other.url, "/about.html");
    }

    #[test]
    fn the_blog_keeps_its_own_routes() {
        let site = SiteConfig {
            baseurl: "/blog".into(),
            ..SiteConfig::default()
        };
        assert!(is_blog_route("/blog/", &site));
        assert!(is_blog_route("/blog/index.html", &site));
        assert!(is_blog_route("/blog/tags/", &site));
        assert!(is_blog_route("/blog/page/2/", &site));
        assert!(!is_blog_route("/blog/about/", &site));
        assert!(!is_blog_route("/blog/tagsoup.html", &site));
    }

    #[test]
    fn front_matter_makes_a_page_and_its_absence_a_static_file() {
        assert_eq!(SiteFile::of(b"---\ntitle: x\n---\n"), SiteFile::Page);
        assert_eq!(SiteFile::of(b"--- \r\n---\n"), SiteFile::Page);
        assert_eq!(SiteFile::of(b"\x89PNG\r\n"), SiteFile::Static);
        assert_eq!(SiteFile::of(b"----\n"), SiteFile::Static);
        assert_eq!(SiteFile::of(b"---"), SiteFile::Static);
    }

    #[test]
    fn jekyll_publishes_what_its_entry_filter_lets_through() {
        let site = SiteConfig::from_yaml(
            "exclude: [TODO.md, drafts-notes/, '*.log']\ninclude: [.well-known, _headers]\n",
        )
        .unwrap();
        let publishes = |p: &str, dir: bool| publishes(p, dir, &site);
        assert!(publishes("assets/img/x.png", false));
        assert!(publishes("CNAME", false));
        assert!(!publishes(".hidden", false));
        assert!(!publishes("_layouts", true));
        assert!(!publishes("assets/_partial.png", false));
        assert!(!publishes("#notes", false));
        assert!(!publishes("notes.md~", false));
        assert!(!publishes("TODO.md", false));
        assert!(!publishes("drafts-notes", true));
        assert!(!publishes("build.log", false));
        assert!(!publishes("Gemfile", false));
        assert!(!publishes("Gemfile.lock", false));
        assert!(!publishes("vendor/bundle", true));
        assert!(publishes("vendor", true));
        assert!(publishes(".well-known", true));
        assert!(publishes("_headers", false));
        assert!(
            !publishes(".htaccess", false),
            "a site's include: replaces the default"
        );
        let plain = SiteConfig::default();
        assert!(super::publishes(".htaccess", false, &plain));
        assert!(!super::publishes("node_modules", true, &plain));
    }

    #[test]
    fn a_page_reads_its_front_matter() {
        let page = Page::parse(
            "about.md",
            b"---\ntitle: About\npermalink: /about/\nredirect_from: /old-about/\nsitemap: false\n---\nHi\n",
            &SiteConfig::default(),
        )
        .unwrap();
        assert_eq!(page.url, "/about/");
        assert_eq!(page.title.as_deref(), Some("About"));
        assert_eq!(page.redirect_from, ["/old-about/"]);
        assert!(!page.sitemap);
        assert_eq!(page.body, "Hi\n");
        // The YAML parser notices the open list where the front matter ends.
        let broken = Page::parse("x.md", b"---\ntitle: [\n---\n", &SiteConfig::default());
        let error = broken.unwrap_err();
        assert!(matches!(error, PageError::FrontMatter(_)), "{error}");
        assert_eq!(error.line(), Some(3));
    }
}
