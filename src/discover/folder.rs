//! Reads a posts folder from disk: carnet's `posts/` (with `_drafts/`) or a
//! Jekyll site's `_posts/` with category folders above or below it.

use std::fs;
use std::path::{Path, PathBuf};

/// One file found in the posts folder.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the posts folder, `/`-separated, as the web app fetches it.
    pub path: String,
    pub bytes: Vec<u8>,
    /// Categories from folders (Jekyll: `a/b/_posts/x.md` and `_posts/a/b/x.md`).
    pub folder_categories: Vec<String>,
}

/// Every Markdown-looking file under `root` (the posts folder), drafts included;
/// hidden files, `index.json` and non-text assets are left out.
pub fn read_posts_folder(root: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if looks_like_post(name) {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let parts: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            let folders = &parts[..parts.len() - 1];
            out.push(SourceFile {
                path: parts.join("/"),
                bytes: fs::read(&path)?,
                folder_categories: folders
                    .iter()
                    .filter(|f| !f.starts_with('_'))
                    .cloned()
                    .collect(),
            });
        }
    }
    Ok(())
}

/// Markdown files and anything else that may be a mistaken post; images stay out.
fn looks_like_post(name: &str) -> bool {
    match name.rsplit_once('.') {
        Some((_, ext)) => {
            crate::post::is_markdown_extension(ext) || ext.eq_ignore_ascii_case("txt")
        }
        None => false,
    }
}
