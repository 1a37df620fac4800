//! Reads posts from disk: carnet's `posts/` folder (with `_drafts/`), or a
//! Jekyll site, where posts are the files under any `_posts/` or `_drafts/`
//! folder, with category folders above them (`Jekyll::PostReader`).

use std::fs;
use std::path::Path;

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

/// Every Markdown-looking file under `root` (the posts folder), drafts included;
/// hidden files, `index.json` and images are left out.
pub fn read_posts_folder(root: &Path) -> std::io::Result<Vec<SourceFile>> {
    read_posts(root, Layout::Carnet)
}

/// Every post file of `root` in the given layout, sorted by path.
pub fn read_posts(root: &Path, layout: Layout) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    let in_posts = layout == Layout::Carnet;
    walk(root, root, in_posts, layout, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Folders Jekyll never reads: its default `exclude` list.
const EXCLUDED: [&str; 5] = [
    "node_modules",
    "vendor",
    "gemfiles",
    ".jekyll-cache",
    ".sass-cache",
];

fn walk(
    root: &Path,
    dir: &Path,
    in_posts: bool,
    layout: Layout,
    out: &mut Vec<SourceFile>,
) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Jekyll's EntryFilter: `.`, `_`, `#`, `~` names and `~` backups are special.
        let special = name.starts_with(['.', '#', '~']) || name.ends_with('~');
        let magic = name == "_posts" || name == "_drafts";
        if special || path.is_symlink() {
            continue;
        }
        if path.is_dir() {
            let enter = match (layout, in_posts) {
                (Layout::Carnet, _) => true,
                (Layout::Jekyll, true) => !name.starts_with('_'),
                (Layout::Jekyll, false) => {
                    magic || !(name.starts_with('_') || EXCLUDED.contains(&name))
                }
            };
            if enter {
                walk(root, &path, in_posts || magic, layout, out)?;
            }
        } else if in_posts
            && looks_like_post(name, layout)
            && !(layout == Layout::Jekyll && name.starts_with('_'))
        {
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
        folder_categories: match layout {
            Layout::Carnet => Vec::new(),
            Layout::Jekyll => categories_from_path(&relative),
        },
        path: relative,
        bytes: fs::read(path)?,
        modified,
    })
}

/// Jekyll's `Document#categories_from_path`: the folders before the first
/// `_posts` (or `_drafts` for a draft) in the path. Like Jekyll's unanchored
/// `/_posts.*/`, a folder named `my_posts` cuts there too.
pub fn categories_from_path(relative: &str) -> Vec<String> {
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

/// In carnet's folder, Markdown and text files (images sit beside posts). In a
/// Jekyll `_posts` folder, every file: one carnet cannot read is reported.
fn looks_like_post(name: &str, layout: Layout) -> bool {
    match (layout, name.rsplit_once('.')) {
        (Layout::Jekyll, _) => true,
        (Layout::Carnet, Some((_, ext))) => {
            crate::post::is_markdown_extension(ext) || ext.eq_ignore_ascii_case("txt")
        }
        (Layout::Carnet, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
