//! Reads a Jekyll site as Jekyll 4.3's `Reader` does (`reader.rb`,
//! `post_reader.rb`, `data_reader.rb`) and says where each file it would
//! publish goes in carnet's layout, and what carnet cannot carry.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use carnet_core::index::Layout;
use serde_yaml_ng::Value;

use super::config::{carried_config, SiteConfigText};
use super::filter::{join, strings, EntryFilter};

/// What a carried file is, for the summary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Post,
    Draft,
    Page,
    Static,
    Include,
    Data,
    Config,
}

/// One file to write into the carnet site.
pub struct Carried {
    /// Its path in the carnet site, `/`-separated.
    pub dest: String,
    /// Its path in the Jekyll site, for messages.
    pub source: String,
    pub kind: Kind,
    pub bytes: Vec<u8>,
    /// When the Jekyll file was last changed: a draft's date in Jekyll, so
    /// the copy keeps it.
    pub modified: Option<std::time::SystemTime>,
}

/// Everything an import would write, and one line for each thing it would not.
#[derive(Default)]
pub struct Plan {
    pub files: Vec<Carried>,
    pub left_out: Vec<String>,
}

/// Plugins whose output carnet makes itself (jekyll-gist: carnet runs its `gist` tag).
const EMULATED_PLUGINS: [&str; 6] = [
    "jekyll-feed",
    "jekyll-redirect-from",
    "jekyll-seo-tag",
    "jekyll-sitemap",
    "jekyll-paginate",
    "jekyll-gist",
];

/// The data formats carnet's `site.data` reads; Jekyll also reads csv and tsv.
const DATA_READ: [&str; 3] = ["yml", "yaml", "json"];
const DATA_UNREAD: [&str; 2] = ["csv", "tsv"];

struct Reader<'a> {
    site: &'a Path,
    config: Value,
    filter: EntryFilter,
    plan: Plan,
    /// `(posts folder prefix, categories)` Jekyll gave from folders above `_posts`.
    category_scopes: Vec<(String, Vec<String>)>,
    sass_pages: Vec<String>,
    undated: Vec<String>,
}

/// Reads the Jekyll site at `site`.
pub fn read_site(site: &Path) -> Result<Plan> {
    let config = SiteConfigText::read(site)?;
    let mut reader = Reader {
        site,
        filter: EntryFilter::of_config(&config.value),
        config: config.value.clone(),
        plan: Plan::default(),
        category_scopes: Vec::new(),
        sass_pages: Vec::new(),
        undated: Vec::new(),
    };
    reader.walk("")?;
    reader.read_included_files()?;
    reader.read_folder(&reader.dir_key("includes_dir", "_includes"), Kind::Include)?;
    reader.read_data()?;
    reader.note_left_out()?;
    reader.note_scope_overlaps();
    let (text, note) = carried_config(&config, &reader.category_scopes);
    if let Some(bytes) = text {
        reader.carry(Kind::Config, "_config.yml".into(), "_config.yml", bytes);
    }
    reader.plan.left_out.extend(note);
    Ok(reader.plan)
}

impl Reader<'_> {
    fn carry(&mut self, kind: Kind, dest: String, source: &str, bytes: Vec<u8>) {
        let modified = std::fs::metadata(self.site.join(source))
            .and_then(|m| m.modified())
            .ok();
        self.plan.files.push(Carried {
            dest,
            source: source.to_string(),
            kind,
            bytes,
            modified,
        });
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>> {
        let path = self.site.join(rel);
        fs::read(&path).with_context(|| format!("reading {}", path.display()))
    }

    /// A folder setting (`includes_dir`, `data_dir`, `layouts_dir`...), or Jekyll's default.
    fn dir_key(&self, key: &str, default: &str) -> String {
        let value = self.config.get(key).and_then(Value::as_str);
        value.unwrap_or(default).trim_matches('/').to_string()
    }

    /// Jekyll's `read_directories`: the posts of `dir`, then its folders,
    /// pages and static files, each entry passed through the entry filter.
    fn walk(&mut self, dir: &str) -> Result<()> {
        self.read_posts(dir)?;
        for (name, is_dir) in self.entries(dir)? {
            let rel = join(dir, &name);
            if is_dir {
                self.walk(&rel)?;
            } else {
                self.take_file(&rel)?;
            }
        }
        Ok(())
    }

    /// The names of `dir` Jekyll's filter keeps, sorted, with whether each is a folder.
    fn entries(&self, dir: &str) -> Result<Vec<(String, bool)>> {
        let mut entries = Vec::new();
        for (name, path) in list(&self.site.join(dir))? {
            let is_dir = path.is_dir();
            if !self.filter.rejects(dir, &name, is_dir) {
                entries.push((name, is_dir));
            }
        }
        Ok(entries)
    }

    /// A page (front matter) or static file; the home page and Sass pages are not carried.
    fn take_file(&mut self, rel: &str) -> Result<()> {
        let bytes = self.read(rel)?;
        let page = has_front_matter(&bytes);
        if is_home_page(rel, page) {
            self.plan.left_out.push(format!(
                "{rel}: the home page; carnet's home page (the newest posts) replaces it"
            ));
        } else if page && has_extension(rel, &["scss", "sass"]) {
            self.sass_pages.push(rel.to_string());
        } else {
            let kind = if page { Kind::Page } else { Kind::Static };
            self.carry(kind, format!("pages/{rel}"), rel, bytes);
        }
        Ok(())
    }

    /// Files `include:` names by path: Jekyll's `read_included_excludes`.
    fn read_included_files(&mut self) -> Result<()> {
        let carried: Vec<String> = self.plan.files.iter().map(|f| f.source.clone()).collect();
        let named: Vec<String> = self.filter.included_paths().to_vec();
        for rel in named {
            let rel = rel.trim_matches('/');
            if self.site.join(rel).is_file() && !carried.iter().any(|c| c == rel) {
                self.take_file(rel)?;
            }
        }
        Ok(())
    }

    /// `dir/_posts/` and `dir/_drafts/`: Jekyll's `retrieve_posts`.
    fn read_posts(&mut self, dir: &str) -> Result<()> {
        let collections_dir = self.dir_key("collections_dir", "");
        if !collections_dir.is_empty()
            && !format!("/{dir}").starts_with(&format!("/{collections_dir}"))
        {
            return Ok(());
        }
        for kind in [Kind::Post, Kind::Draft] {
            let base = join(
                dir,
                if kind == Kind::Post {
                    "_posts"
                } else {
                    "_drafts"
                },
            );
            for entry in files_below(&self.site.join(&base))? {
                if self.filter.rejects(&base, &entry, false) {
                    continue;
                }
                self.take_post(kind, dir, &base, &entry)?;
            }
        }
        Ok(())
    }

    /// One file of a `_posts` or `_drafts` folder: `a/_posts/x.md` goes to
    /// `posts/a/x.md` (`posts/_drafts/a/x.md` for a draft), keeping paths
    /// apart, and its folder categories are kept by a `defaults:` scope.
    fn take_post(&mut self, kind: Kind, dir: &str, base: &str, entry: &str) -> Result<()> {
        let source = join(base, entry);
        if !is_publishable_name(kind, entry) {
            self.undated.push(source);
            return Ok(());
        }
        let folder = match kind {
            Kind::Post => join("posts", dir),
            _ => join("posts/_drafts", dir),
        };
        let categories = Layout::Jekyll.folder_categories(&source);
        let scope = format!("{folder}/");
        if !categories.is_empty() && !self.category_scopes.iter().any(|(s, _)| *s == scope) {
            self.category_scopes.push((scope, categories));
        }
        let bytes = self.read(&source)?;
        self.carry(kind, format!("{folder}/{entry}"), &source, bytes);
        Ok(())
    }

    /// Every file of `_includes/` (any name: the `include` tag reads them all).
    fn read_folder(&mut self, folder: &str, kind: Kind) -> Result<()> {
        for entry in files_below(&self.site.join(folder))? {
            let source = join(folder, &entry);
            let bytes = self.read(&source)?;
            self.carry(kind, join(kind_folder(kind), &entry), &source, bytes);
        }
        Ok(())
    }

    /// `_data/`: the formats carnet reads are carried, csv and tsv listed.
    fn read_data(&mut self) -> Result<()> {
        let folder = self.dir_key("data_dir", "_data");
        let mut unread = Vec::new();
        for entry in files_below(&self.site.join(&folder))? {
            let source = join(&folder, &entry);
            if has_extension(&entry, &DATA_READ) {
                let bytes = self.read(&source)?;
                self.carry(Kind::Data, join("_data", &entry), &source, bytes);
            } else if has_extension(&entry, &DATA_UNREAD) {
                unread.push(source);
            }
        }
        if !unread.is_empty() {
            self.plan.left_out.push(format!(
                "{}: csv and tsv data files: carnet's site.data reads YAML and JSON only (convert them)",
                unread.join(", ")
            ));
        }
        Ok(())
    }

    /// One line for each thing Jekyll uses that carnet does not carry.
    fn note_left_out(&mut self) -> Result<()> {
        let layouts = self.dir_key("layouts_dir", "_layouts");
        self.note_folder(
            &layouts,
            "carnet draws its own pages (page `layout:` keys are ignored)",
        )?;
        self.note_sass()?;
        let plugins = self.dir_key("plugins_dir", "_plugins");
        self.note_folder(&plugins, "carnet runs no Ruby plugins")?;
        self.note_plugins();
        self.note_collections()?;
        for key in ["theme", "remote_theme"] {
            if let Some(theme) = self.config.get(key).and_then(Value::as_str) {
                self.plan.left_out.push(format!(
                    "{key}: {theme}: carnet draws its own pages; the theme's layouts, includes and Sass are not read"
                ));
            }
        }
        if !self.undated.is_empty() {
            self.plan.left_out.push(format!(
                "{}: not named YYYY-MM-DD-title.EXT (drafts: title.EXT), so Jekyll does not publish them either",
                self.undated.join(", ")
            ));
        }
        if !self.dir_key("collections_dir", "").is_empty() {
            self.plan.left_out.push(
                "collections_dir: carnet keeps posts in posts/; the key is carried but means nothing there".into(),
            );
        }
        Ok(())
    }

    /// A post of the root `_posts/` whose new path a category scope takes
    /// (`_posts/a/x.md` beside `a/_posts/`) would get those categories too.
    fn note_scope_overlaps(&mut self) {
        let mut notes = Vec::new();
        for file in self
            .plan
            .files
            .iter()
            .filter(|f| f.source.starts_with("_posts/"))
        {
            for (scope, categories) in &self.category_scopes {
                if file.dest.starts_with(scope.as_str()) {
                    notes.push(format!(
                        "{}: now at {}, where the defaults: scope kept for a/_posts/ folders gives it categories {} Jekyll did not: move it, or edit the scope",
                        file.source, file.dest, categories.join(", ")
                    ));
                }
            }
        }
        self.plan.left_out.extend(notes);
    }

    fn note_folder(&mut self, folder: &str, why: &str) -> Result<()> {
        let count = files_below(&self.site.join(folder))?.len();
        if count > 0 {
            let files = if count == 1 { "file" } else { "files" };
            self.plan
                .left_out
                .push(format!("{folder}/ ({count} {files}): {why}"));
        }
        Ok(())
    }

    fn note_sass(&mut self) -> Result<()> {
        let count = files_below(&self.site.join("_sass"))?.len();
        if count == 0 && self.sass_pages.is_empty() {
            return Ok(());
        }
        let mut what = Vec::new();
        if count > 0 {
            what.push(format!("_sass/ ({count} files)"));
        }
        what.extend(self.sass_pages.iter().cloned());
        self.plan.left_out.push(format!(
            "{}: carnet has its own CSS; put your own rules in style/custom.css",
            what.join(", ")
        ));
        Ok(())
    }

    /// `plugins:` (and its old name `gems:`) entries carnet does not emulate.
    fn note_plugins(&mut self) {
        let mut listed = Vec::new();
        for key in ["plugins", "gems"] {
            listed.extend(self.config.get(key).map(strings).unwrap_or_default());
        }
        for plugin in listed {
            if !EMULATED_PLUGINS.contains(&plugin.as_str()) {
                self.plan.left_out.push(format!(
                    "plugins: {plugin}: carnet does not emulate it (it emulates {})",
                    EMULATED_PLUGINS.join(", ")
                ));
            }
        }
    }

    /// Collections other than posts (`collections:` as a mapping or a list).
    fn note_collections(&mut self) -> Result<()> {
        let names: Vec<String> = match self.config.get("collections") {
            Some(Value::Mapping(map)) => map
                .keys()
                .filter_map(|k| k.as_str().map(String::from))
                .collect(),
            Some(other) => strings(other),
            None => Vec::new(),
        };
        for name in names.into_iter().filter(|n| n != "posts") {
            let count = files_below(&self.site.join(format!("_{name}")))?.len();
            self.plan.left_out.push(format!(
                "collection {name} (_{name}/, {count} {}): carnet reads posts only; move its documents to posts/ (dated names) or pages/",
                if count == 1 { "file" } else { "files" }
            ));
        }
        Ok(())
    }
}

/// Where the files of a folder kind go in the carnet site.
fn kind_folder(kind: Kind) -> &'static str {
    match kind {
        Kind::Include => "_includes",
        _ => "_data",
    }
}

/// The entries of a folder, sorted by name; none when it does not exist.
fn list(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let read = fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    let mut entries = Vec::new();
    for entry in read {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        entries.push((
            entry.file_name().to_string_lossy().into_owned(),
            entry.path(),
        ));
    }
    entries.sort();
    Ok(entries)
}

/// Every file below `dir`, as `/`-separated paths from it, as Ruby's
/// `Dir["**/*"]` lists them: hidden names (a leading `.`) are not listed.
fn files_below(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for (name, path) in list(dir)? {
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            files.extend(
                files_below(&path)?
                    .into_iter()
                    .map(|f| format!("{name}/{f}")),
            );
        } else {
            files.push(name);
        }
    }
    Ok(files)
}

/// Jekyll's `Utils.has_yaml_header?`: the first line is `---`, trailing
/// spaces allowed.
fn has_front_matter(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_prefix(b"---") else {
        return false;
    };
    let line_end = rest.iter().position(|b| *b == b'\n');
    line_end.is_some_and(|end| rest[..end].iter().all(u8::is_ascii_whitespace))
}

/// The site root's `index.*` page (or plain `index.html`): Jekyll's `/`.
fn is_home_page(rel: &str, page: bool) -> bool {
    let Some((stem, _)) = rel.rsplit_once('.') else {
        return false;
    };
    stem == "index" && (page || has_extension(rel, &["html", "htm"]))
}

fn has_extension(name: &str, extensions: &[&str]) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    ext.is_some_and(|e| extensions.contains(&e.as_str()))
}

/// Jekyll's `DATE_FILENAME_MATCHER` for posts (`YYYY-MM-DD-title.EXT`, the
/// year of 2 to 4 digits) and `DATELESS_FILENAME_MATCHER` for drafts (`title.EXT`).
fn is_publishable_name(kind: Kind, entry: &str) -> bool {
    let name = entry.rsplit('/').next().unwrap_or(entry);
    let has_ext = name
        .rsplit_once('.')
        .is_some_and(|(_, ext)| !ext.is_empty());
    if kind == Kind::Draft {
        return has_ext;
    }
    let mut parts = name.splitn(4, '-');
    let digits = |part: Option<&str>, lo: usize, hi: usize| {
        part.is_some_and(|p| (lo..=hi).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    digits(parts.next(), 2, 4)
        && digits(parts.next(), 1, 2)
        && digits(parts.next(), 1, 2)
        && parts.next().is_some()
        && has_ext
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_names_follow_jekylls_matchers() {
        assert!(is_publishable_name(Kind::Post, "2020-1-5-x.md"));
        assert!(is_publishable_name(Kind::Post, "sub/20-01-05-x.y.md"));
        assert!(!is_publishable_name(Kind::Post, "notes.md"));
        assert!(!is_publishable_name(Kind::Post, "2020-01-05-x"));
        assert!(!is_publishable_name(Kind::Post, "2020-01-05.md"));
        assert!(is_publishable_name(Kind::Draft, "idea.md"));
        assert!(!is_publishable_name(Kind::Draft, "README"));
    }

    #[test]
    fn front_matter_is_a_first_line_of_dashes() {
        assert!(has_front_matter(b"---\ntitle: x\n---\n"));
        assert!(has_front_matter(b"--- \r\n---\n"));
        assert!(!has_front_matter(b"----\n"));
        assert!(!has_front_matter(b"---"));
        assert!(!has_front_matter(b"# title\n"));
    }

    #[test]
    fn the_home_page_is_the_roots_index() {
        assert!(is_home_page("index.md", true));
        assert!(is_home_page("index.html", false));
        assert!(!is_home_page("index.md", false));
        assert!(!is_home_page("projects/index.md", true));
    }
}
