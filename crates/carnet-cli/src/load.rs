//! Loads a site from disk: its `_config.yml` and its posts, each parsed on its
//! own so one broken post is reported without hiding the others. Which
//! folders and files count is the core's rule (`index::Layout`); this module
//! only walks the disk with it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use carnet_core::config::SiteConfig;
use carnet_core::index::{
    read_post, IndexOptions, Layout, PageEntry, PostIndex, Problem, Severity, SiteFiles, SourceFile,
};
use carnet_core::markdown::RenderOptions;
use carnet_core::page::{self, Page, PageFormat, SiteFile};
use carnet_core::post::Post;
use carnet_core::time::SiteZone;

pub struct LoadedSite {
    /// The folder holding `_config.yml`, `_includes/` and `_data/`.
    pub site_dir: PathBuf,
    pub config: SiteConfig,
    /// `_config.yml` as written and the files Liquid includes.
    pub files: SiteFiles,
    /// Folder the post paths are relative to.
    pub posts_root: PathBuf,
    pub posts: Vec<(Post, Vec<u8>)>,
    /// The site's root beside the posts: carnet's `pages/`, or a Jekyll site's folder.
    pub pages_root: PathBuf,
    /// Its pages (files with front matter), published or not, by path.
    pub pages: Vec<PageFile>,
    /// Its other files, copied as they are: paths relative to `pages_root`.
    pub static_files: Vec<String>,
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
    let config_yaml = fs::read_to_string(&config_path).unwrap_or_default();
    let config = if config_path.is_file() {
        SiteConfig::from_yaml(&config_yaml).with_context(|| format!("{}", config_path.display()))?
    } else {
        SiteConfig::default()
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
    if config.invalid_defaults > 0 {
        warnings.push(format!(
            "{}: defaults: {} set(s) without a `values:` mapping, ignored as Jekyll does",
            config_path.display(),
            config.invalid_defaults
        ));
    }
    for warning in &config.warnings {
        warnings.push(format!("{}: {warning}", config_path.display()));
    }
    if let Some(path) = local_logo(&config) {
        if !dir.join(path).is_file() {
            warnings.push(format!(
                "{}: logo: {path} is not a file of the site folder",
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
    let pages_root = match layout {
        Layout::Carnet => dir.join("pages"),
        Layout::Jekyll => dir.to_path_buf(),
    };
    let (pages, static_files) = read_site_root(&pages_root, &config, &mut problems)
        .with_context(|| format!("reading {}", pages_root.display()))?;
    let mut includes = BTreeMap::new();
    read_includes(&dir.join("_includes"), "", &mut includes);
    read_relative_includes(&posts_root, &posts, &mut includes);
    let mut data = BTreeMap::new();
    read_includes(&dir.join("_data"), "", &mut data);
    Ok(LoadedSite {
        site_dir: dir.to_path_buf(),
        config,
        files: SiteFiles {
            config_yaml,
            includes,
            data,
        },
        posts_root,
        posts,
        pages_root,
        pages,
        static_files,
        problems,
        warnings,
        now,
    })
}

/// The logo's path in the site folder, when `logo:`/`avatar:` names a file
/// of the site rather than a URL.
pub fn local_logo(config: &SiteConfig) -> Option<&str> {
    let logo = config.look.logo.as_deref()?;
    let is_url = carnet_core::config::look::web_url(logo).is_some();
    (!is_url).then(|| logo.trim_start_matches('/'))
}

impl LoadedSite {
    /// The post index of what `options` shows, excerpts' Liquid run.
    pub fn index(&self, options: IndexOptions) -> PostIndex {
        let mut index = PostIndex::build(
            &self.config,
            self.posts.clone(),
            self.problems.clone(),
            options,
        );
        index.data_files = self.files.data.keys().cloned().collect();
        index.pages = self
            .pages
            .iter()
            .filter(|(page, _)| page.published && page.format.is_html())
            .map(|(page, bytes)| PageEntry::from_page(page, bytes))
            .collect();
        index.render_liquid_excerpts(&self.posts, &self.files, options.now);
        index
    }

    /// Each post's Liquid errors, for `carnet check`: the post bodies run with the site.
    pub fn liquid_problems(&self, options: IndexOptions) -> Vec<Problem> {
        let index = self.index(options);
        let site = index.liquid_site(&self.files, options.now);
        let render = RenderOptions::for_site(&self.config);
        let mut problems: Vec<Problem> = index
            .problems
            .into_iter()
            .filter(|p| !self.problems.contains(p))
            .collect();
        for (post, bytes) in &self.posts {
            let text = String::from_utf8_lossy(bytes);
            if let (_, Some(error)) = site.render_post(post, &text, &render) {
                problems.push(Problem::of_liquid(&post.path, &error));
            }
        }
        problems.dedup();
        problems
    }

    /// Serves the site under `base` (e.g. `/blog/`) instead of its `baseurl`:
    /// post URLs were made with the old one and move with it.
    pub fn move_under(&mut self, base: &str) {
        let (old, new) = (
            self.config.baseurl.clone(),
            base.trim_end_matches('/').to_string(),
        );
        let moved = |url: &str| format!("{new}{}", url.strip_prefix(old.as_str()).unwrap_or(url));
        for (post, _) in &mut self.posts {
            post.url = moved(&post.url);
        }
        for (page, _) in &mut self.pages {
            page.url = moved(&page.url);
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

/// A page and its file's bytes.
pub type PageFile = (Page, Vec<u8>);

/// The pages and static files of the site's root, as Jekyll's reader finds
/// them (`page::publishes`); a page that cannot be read is a problem.
fn read_site_root(
    root: &Path,
    site: &SiteConfig,
    problems: &mut Vec<Problem>,
) -> Result<(Vec<PageFile>, Vec<String>)> {
    let mut pages = Vec::new();
    let mut statics = Vec::new();
    if !root.is_dir() {
        return Ok((pages, statics));
    }
    let mut stack = vec![String::new()];
    while let Some(folder) = stack.pop() {
        let mut entries: Vec<_> = fs::read_dir(root.join(&folder))?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{folder}{name}");
            let kind = entry.file_type()?;
            if kind.is_symlink() || !page::publishes(&path, kind.is_dir(), site) {
                continue;
            }
            if kind.is_dir() {
                stack.push(format!("{path}/"));
                continue;
            }
            let bytes = fs::read(entry.path())?;
            match SiteFile::of(&bytes) {
                SiteFile::Static => statics.push(path),
                SiteFile::Page => match Page::parse(&path, &bytes, site) {
                    Ok(page) if page.format.is_html() && page::is_blog_route(&page.url, site) => {
                        problems.push(Problem {
                            path: path.clone(),
                            line: None,
                            message: format!(
                                "not shown: {} is one of the blog's own pages (home, archive, tags…)",
                                page.url
                            ),
                            severity: Severity::Warning,
                        })
                    }
                    Ok(page) if page.format == PageFormat::Sass => problems.push(Problem {
                        path: path.clone(),
                        line: None,
                        message: "not published: carnet does not compile Sass; put your own CSS in style/custom.css".into(),
                        severity: Severity::Warning,
                    }),
                    Ok(page) => pages.push((page, bytes)),
                    Err(error) => problems.push(Problem {
                        path: path.clone(),
                        line: error.line(),
                        message: error.to_string(),
                        severity: Severity::Error,
                    }),
                },
            }
        }
    }
    pages.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    statics.sort();
    Ok((pages, statics))
}

/// Seconds since the epoch, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Includes larger than this are not text an author wrote.
const MAX_INCLUDE: u64 = 1 << 20;

/// Every file of a folder (`_includes/`, `_data/`) and its sub-folders, by its path there.
fn read_includes(folder: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if path.is_dir() {
            read_includes(&path, &format!("{prefix}{name}/"), out);
        } else if entry.metadata().is_ok_and(|m| m.len() <= MAX_INCLUDE) {
            if let Ok(text) = fs::read_to_string(&path) {
                out.insert(format!("{prefix}{name}"), text);
            }
        }
    }
}

/// The files posts name with `{% include_relative NAME %}`, by their path in the posts folder.
fn read_relative_includes(
    root: &Path,
    posts: &[(Post, Vec<u8>)],
    out: &mut BTreeMap<String, String>,
) {
    for (post, _) in posts {
        let folder = post.path.rsplit_once('/').map_or("", |(f, _)| f);
        for name in relative_include_names(&post.body) {
            let key = if folder.is_empty() {
                name.to_string()
            } else {
                format!("{folder}/{name}")
            };
            if key.split('/').any(|s| s == ".." || s.is_empty()) {
                continue;
            }
            if let Ok(text) = fs::read_to_string(root.join(&key)) {
                out.insert(key, text);
            }
        }
    }
}

fn relative_include_names(body: &str) -> impl Iterator<Item = &str> {
    body.match_indices("include_relative").filter_map(|(i, _)| {
        body[i + "include_relative".len()..]
            .split_whitespace()
            .next()
            .filter(|n| !n.contains("{{") && !n.contains("%}"))
    })
}
