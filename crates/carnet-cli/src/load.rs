//! Loads a site from disk: its `_config.yml` and its posts, each parsed on its
//! own so one broken post is reported without hiding the others. Which
//! folders and files count is the core's rule (`index::Layout`); this module
//! only walks the disk with it.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use carnet_core::config::SiteConfig;
use carnet_core::index::{read_post, Layout, Problem, SourceFile};
use carnet_core::post::Post;
use carnet_core::time::SiteZone;

pub struct LoadedSite {
    pub config: SiteConfig,
    /// Folder the post paths are relative to.
    pub posts_root: PathBuf,
    pub posts: Vec<(Post, Vec<u8>)>,
    pub problems: Vec<Problem>,
    /// Problems of the site itself (`_config.yml`), as `path: message`.
    pub warnings: Vec<String>,
    /// Jekyll's `site.time` (`_config.yml`'s `time`, else now): later posts are future ones.
    pub now: i64,
}

/// Reads a carnet site (`_config.yml` and `posts/`) or a Jekyll site
/// (`_config.yml`, `_posts/`, `_drafts/`, category folders).
pub fn load_site(dir: &Path) -> Result<LoadedSite> {
    let config_path = dir.join("_config.yml");
    let config = match fs::read_to_string(&config_path) {
        Ok(text) => {
            SiteConfig::from_yaml(&text).with_context(|| format!("{}", config_path.display()))?
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
    let now = config.build_time(now()).unwrap_or_else(|error| {
        warnings.push(format!(
            "{}: time: {error}, the build uses the current time",
            config_path.display()
        ));
        now()
    });
    let (layout, posts_root) = if dir.join("posts").is_dir() {
        (Layout::Carnet, dir.join("posts"))
    } else {
        (Layout::Jekyll, dir.to_path_buf())
    };
    let files = read_posts(&posts_root, layout, &config)
        .with_context(|| format!("reading {}", posts_root.display()))?;
    let mut posts = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        match read_post(&file, &config, now) {
            Ok((post, warning)) => {
                posts.push((post, file.bytes));
                problems.extend(warning);
            }
            Err(problem) => problems.push(problem),
        }
    }
    Ok(LoadedSite {
        config,
        posts_root,
        posts,
        problems,
        warnings,
        now,
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

/// Every post file of `root` in the given layout, sorted by path.
fn read_posts(root: &Path, layout: Layout, site: &SiteConfig) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    walk(
        root,
        root,
        layout == Layout::Carnet,
        layout,
        site,
        &mut files,
    )?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn walk(
    root: &Path,
    dir: &Path,
    in_posts: bool,
    layout: Layout,
    site: &SiteConfig,
    out: &mut Vec<SourceFile>,
) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_symlink() {
            continue;
        }
        if path.is_dir() {
            if layout.enters(name, in_posts) {
                let inside = in_posts || carnet_core::index::is_posts_folder(name);
                walk(root, &path, inside, layout, site, out)?;
            }
        } else if layout.takes(name, in_posts, site) {
            out.push(source_file(root, &path, layout)?);
        }
    }
    Ok(())
}

fn source_file(root: &Path, path: &Path, layout: Layout) -> std::io::Result<SourceFile> {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let relative = parts.join("/");
    let modified = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64);
    Ok(SourceFile {
        folder_categories: layout.folder_categories(&relative),
        path: relative,
        bytes: fs::read(path)?,
        modified,
    })
}

/// Seconds since the epoch, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
