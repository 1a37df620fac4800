//! Where posts come from: the files of carnet's `posts/` folder (with
//! `_drafts/`), or of a Jekyll site, where posts are the files under any
//! `_posts/` or `_drafts/` folder, with category folders above them
//! (`Jekyll::PostReader`, `EntryFilter`). The rules of which folders and
//! files count live here; the command line walks the disk with them.

use super::Problem;
use crate::config::SiteConfig;
use crate::post::{Format, Post, PostFile};

/// One file found in the posts folder.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the posts root, `/`-separated, as the web app fetches it.
    pub path: String,
    pub bytes: Vec<u8>,
    /// Categories from the folders above `_posts`/`_drafts` (Jekyll layout only).
    pub folder_categories: Vec<String>,
    /// Last modification, seconds since the epoch (the date of an undated draft).
    pub modified: Option<i64>,
}

/// Where posts live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// carnet's `posts/`: it stands for `_posts`, so its sub-folders are no categories.
    Carnet,
    /// A Jekyll site folder: `_posts/` and `_drafts/` anywhere in it.
    Jekyll,
}

/// Folders Jekyll never reads: its default `exclude` list.
const EXCLUDED: [&str; 5] = [
    "node_modules",
    "vendor",
    "gemfiles",
    ".jekyll-cache",
    ".sass-cache",
];

impl Layout {
    /// Whether a walk enters the folder `name`; `in_posts` says it is already
    /// inside a posts folder.
    pub fn enters(self, name: &str, in_posts: bool) -> bool {
        if is_special(name) {
            return false;
        }
        match (self, in_posts) {
            (Layout::Carnet, _) => true,
            (Layout::Jekyll, true) => !name.starts_with('_'),
            (Layout::Jekyll, false) => {
                is_posts_folder(name) || !(name.starts_with('_') || EXCLUDED.contains(&name))
            }
        }
    }

    /// Whether the file `name` is read as a post (or reported as not one). In
    /// carnet's folder, Markdown, HTML and text files (images sit beside
    /// posts); in a Jekyll `_posts` folder, every file.
    pub fn takes(self, name: &str, in_posts: bool, site: &SiteConfig) -> bool {
        if is_special(name) || !in_posts {
            return false;
        }
        match (self, name.rsplit_once('.')) {
            (Layout::Jekyll, _) => !name.starts_with('_'),
            (Layout::Carnet, Some((_, ext))) => {
                Format::of_extension(ext, site).is_some() || ext.eq_ignore_ascii_case("txt")
            }
            (Layout::Carnet, None) => false,
        }
    }

    /// The categories a file's folders give it.
    pub fn folder_categories(self, relative: &str) -> Vec<String> {
        match self {
            Layout::Carnet => Vec::new(),
            Layout::Jekyll => categories_from_path(relative),
        }
    }
}

/// `_posts` and `_drafts`: a walk is inside a posts folder below one.
pub fn is_posts_folder(name: &str) -> bool {
    name == "_posts" || name == "_drafts"
}

/// Jekyll's EntryFilter: `.`, `#`, `~` names and `~` backups are never read.
pub(super) fn is_special(name: &str) -> bool {
    name.starts_with(['.', '#', '~']) || name.ends_with('~')
}

/// Jekyll's `Document#categories_from_path`: the folders before the first
/// `_posts` (or `_drafts` for a draft) in the path. Like Jekyll's unanchored
/// `/_posts.*/`, a folder named `my_posts` cuts there too.
fn categories_from_path(relative: &str) -> Vec<String> {
    let is_draft = !relative.contains("_posts");
    let special = if is_draft { "_drafts" } else { "_posts" };
    if relative.starts_with(special) {
        return Vec::new();
    }
    let before = relative.find(special).map_or(relative, |i| &relative[..i]);
    let basename = relative.rsplit('/').next().unwrap_or(relative);
    before
        .split('/')
        .filter(|c| !c.is_empty() && *c != special && *c != basename)
        .map(str::to_string)
        .collect()
}

/// Reads one file as a post; a file that is not one, or is broken, is a
/// problem. A post Jekyll publishes despite its front matter comes with a
/// warning. `build_time` is Jekyll's `site.time` ([`SiteConfig::build_time`]).
pub fn read_post(
    file: &SourceFile,
    site: &SiteConfig,
    build_time: i64,
) -> Result<(Post, Option<Problem>), Problem> {
    let source = PostFile {
        folder_categories: &file.folder_categories,
        modified: file.modified,
        build_time,
    };
    let post = Post::parse_file(&file.path, &file.bytes, &source, site)
        .map_err(|error| Problem::of_post(&file.path, &error))?;
    let warning = post
        .front_matter_problem
        .as_ref()
        .map(|error| Problem::of_front_matter(&file.path, error));
    Ok((post, warning))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Severity;

    #[test]
    fn categories_come_from_folders_above_posts_only() {
        assert_eq!(
            categories_from_path("scifi/Movies/_posts/sub/2009-03-27-x.md"),
            ["scifi", "Movies"]
        );
        assert!(categories_from_path("_posts/es/2008-11-21-nested.md").is_empty());
        assert_eq!(categories_from_path("blog/_drafts/x.md"), ["blog"]);
        assert!(categories_from_path("_drafts/x.md").is_empty());
        assert_eq!(categories_from_path("my_posts/_posts/x.md"), ["my"]);
    }

    #[test]
    fn jekyll_reads_posts_folders_and_skips_special_names() {
        let site = SiteConfig::default();
        let j = Layout::Jekyll;
        assert!(j.enters("_posts", false) && j.enters("blog", false));
        assert!(!j.enters("_site", false) && !j.enters("node_modules", false));
        assert!(!j.enters(".git", false) && !j.enters("_sub", true));
        assert!(
            j.takes("2020-01-01-a.html", true, &site) && !j.takes("2020-01-01-a.md", false, &site)
        );
        assert!(
            !j.takes("_x.md", true, &site)
                && !j.takes("a.md~", true, &site)
                && !j.takes("#a.md", true, &site)
        );
        let c = Layout::Carnet;
        assert!(
            c.takes("a.md", true, &site)
                && c.takes("notes.txt", true, &site)
                && c.takes("a.html", true, &site)
        );
        assert!(!c.takes("x.svg", true, &site) && !c.takes(".hidden.md", true, &site));
    }

    fn read(path: &str, text: &str) -> Result<(Post, Option<Problem>), Problem> {
        let file = SourceFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
            folder_categories: vec![],
            modified: None,
        };
        read_post(&file, &SiteConfig::default(), 0)
    }

    #[test]
    fn a_file_that_is_not_a_post_is_a_warning_and_a_broken_post_an_error() {
        let skipped = read("2020-01-01-notes.txt", "no front matter").unwrap_err();
        assert_eq!(skipped.severity, Severity::Warning);
        assert!(skipped.message.starts_with("skipped, not a post"));
        let broken = read("2020-01-01-b.md", "---\ndate: someday\n---\n").unwrap_err();
        assert_eq!((broken.severity, broken.line), (Severity::Error, Some(2)));
    }

    #[test]
    fn a_post_jekyll_publishes_despite_its_front_matter_comes_with_a_warning() {
        let (_, none) = read("2020-01-01-a.md", "Just text.\n").unwrap();
        assert_eq!(none, None);
        let (post, warning) = read("2020-01-01-b.md", "---\ntitle: [oops\n---\n").unwrap();
        let warning = warning.unwrap();
        assert_eq!(
            (warning.severity, warning.line),
            (Severity::Warning, Some(2))
        );
        assert!(warning.message.starts_with("invalid YAML in front matter"));
        assert_eq!(post.title, "");
    }
}
