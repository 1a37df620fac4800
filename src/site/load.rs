//! Loads a site from disk: its `_config.yml` and its posts, each parsed on its
//! own so one broken post is reported without hiding the others.

use std::path::{Path, PathBuf};

use crate::discover::{read_posts_folder, Problem};
use crate::post::{FileNameError, FrontMatterError, Post, PostError};
use crate::site::SiteConfig;

pub struct LoadedSite {
    pub config: SiteConfig,
    /// Folder the post paths are relative to.
    pub posts_root: PathBuf,
    pub posts: Vec<(Post, Vec<u8>)>,
    pub problems: Vec<Problem>,
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
    let carnet_layout = dir.join("posts").is_dir();
    let posts_root = if carnet_layout {
        dir.join("posts")
    } else {
        dir.to_path_buf()
    };
    let files =
        read_posts_folder(&posts_root).map_err(|e| format!("{}: {e}", posts_root.display()))?;
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let in_jekyll_folder = file
            .path
            .split('/')
            .any(|p| p == "_posts" || p == "_drafts");
        if !carnet_layout && !in_jekyll_folder {
            continue; // a Jekyll page, not a post
        }
        match Post::parse(&file.path, &file.bytes, &file.folder_categories, &config) {
            Ok(post) => posts.push((post, file.bytes)),
            Err(error) => problems.push(problem(&file.path, &error)),
        }
    }
    Ok(LoadedSite {
        config,
        posts_root,
        posts,
        problems,
    })
}

/// Files Jekyll would skip (no date, not Markdown, no front matter) are warnings;
/// posts that are broken are errors.
fn problem(path: &str, error: &PostError) -> Problem {
    let skipped = matches!(
        error,
        PostError::FileName(FileNameError::NoDate | FileNameError::NotMarkdown)
            | PostError::FrontMatter(FrontMatterError::Missing)
    );
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
