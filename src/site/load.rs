//! Loads a site from disk: its `_config.yml` and its posts, each parsed on its
//! own so one broken post is reported without hiding the others.

use std::path::{Path, PathBuf};

use crate::discover::{read_posts, Layout, Problem};
use crate::post::{Post, PostError, PostFile, SiteZone};
use crate::site::SiteConfig;

pub struct LoadedSite {
    pub config: SiteConfig,
    /// Folder the post paths are relative to.
    pub posts_root: PathBuf,
    pub layout: Layout,
    pub posts: Vec<(Post, Vec<u8>)>,
    pub problems: Vec<Problem>,
    /// Problems of the site itself (`_config.yml`), as `path: message`.
    pub warnings: Vec<String>,
}

/// Reads a carnet site (`_config.yml` and `posts/`) or a Jekyll site
/// (`_config.yml`, `_posts/`, `_drafts/`, category folders).
pub fn load_site(dir: &Path) -> Result<LoadedSite, String> {
    let config_path = dir.join("_config.yml");
    let config = match std::fs::read_to_string(&config_path) {
        Ok(text) => {
            SiteConfig::from_yaml(&text).map_err(|e| format!("{}: {e}", config_path.display()))?
        }
        Err(_) => SiteConfig::default(),
    };
    let mut warnings = Vec::new();
    if let Some(zone) = &config.timezone {
        if SiteZone::named(zone).is_none() {
            warnings.push(format!(
                "{}: unknown timezone {zone:?}, dates are read as UTC",
                config_path.display()
            ));
        }
    }
    let layout = if dir.join("posts").is_dir() {
        Layout::Carnet
    } else {
        Layout::Jekyll
    };
    let posts_root = match layout {
        Layout::Carnet => dir.join("posts"),
        Layout::Jekyll => dir.to_path_buf(),
    };
    let files =
        read_posts(&posts_root, layout).map_err(|e| format!("{}: {e}", posts_root.display()))?;
    let mut posts = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        let source = PostFile {
            folder_categories: &file.folder_categories,
            modified: file.modified,
        };
        match Post::parse_file(&file.path, &file.bytes, &source, &config) {
            Ok(post) => posts.push((post, file.bytes)),
            Err(error) => problems.push(problem(&file.path, &error)),
        }
    }
    Ok(LoadedSite {
        config,
        posts_root,
        layout,
        posts,
        problems,
        warnings,
    })
}

impl LoadedSite {
    /// Serves the site under `base` (e.g. `/blog/`) instead of its `baseurl`:
    /// post URLs were made with the old one and move with it.
    pub fn move_under(&mut self, base: &str) {
        let (old, new) = (
            self.config.baseurl.clone(),
            base.trim_end_matches('/').to_string(),
        );
        for (post, _) in &mut self.posts {
            let path = post.url.strip_prefix(old.as_str()).unwrap_or(&post.url);
            post.url = format!("{new}{path}");
        }
        self.config.baseurl = new;
    }
}

/// Files Jekyll would skip (no date, not Markdown, no front matter) are warnings;
/// posts that are broken are errors.
fn problem(path: &str, error: &PostError) -> Problem {
    let skipped = error.is_skip();
    let message = if skipped {
        format!("skipped, not a post: {error}")
    } else {
        error.to_string()
    };
    Problem {
        path: path.to_string(),
        line: error.line(),
        message,
        error: !skipped,
    }
}

/// Seconds since the epoch, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
