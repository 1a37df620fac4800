//! Liquid over the index: the site a post's Liquid sees, made from the
//! index's entries (so the browser, which has only the index, sees the
//! same), and the excerpts that need it rendered with it.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{PostEntry, PostIndex, Problem, Severity};
use crate::liquid::{has_liquid, LiquidSite, PostLiquidError, PostSummary, Template};
use crate::markdown::RenderOptions;
use crate::post::Post;
use crate::time::PostDate;

/// The files Liquid reads besides posts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteFiles {
    /// `_config.yml` as written: `site.*` has every key.
    pub config_yaml: String,
    /// `_includes/` by name, and files `include_relative` names by their
    /// path in the posts folder.
    pub includes: BTreeMap<String, String>,
    /// `_data/` files by their path there: `site.data`.
    #[serde(default)]
    pub data: BTreeMap<String, String>,
}

/// Where a file Liquid reads lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Folder {
    /// `_includes/`.
    Includes,
    /// The posts folder (`include_relative`).
    Posts,
    /// `_data/`.
    Data,
}

/// A file Liquid reads, by its path in its folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncludeFile {
    pub key: String,
    pub folder: Folder,
}

impl SiteFiles {
    /// The files a post's Liquid will read that are not here yet (the
    /// includes of includes, and `_data/` once `site.data` is named): the
    /// browser fetches them before rendering.
    pub fn missing_includes(
        &self,
        post_path: &str,
        body: &str,
        data_files: &[String],
    ) -> Vec<IncludeFile> {
        let folder = post_path
            .rsplit_once('/')
            .map_or(String::new(), |(f, _)| format!("{f}/"));
        let mut missing = Vec::new();
        let mut texts = vec![body.to_string()];
        let mut seen = std::collections::BTreeSet::new();
        let mut reads_data = false;
        while let Some(text) = texts.pop() {
            reads_data |= text.contains("site.data");
            let Ok(template) = Template::parse(&text) else {
                continue;
            };
            for (name, relative) in template.include_names() {
                let (key, folder) = if relative {
                    (format!("{folder}{name}"), Folder::Posts)
                } else {
                    (name, Folder::Includes)
                };
                if !seen.insert((key.clone(), folder)) {
                    continue;
                }
                match self.includes.get(&key) {
                    Some(text) => texts.push(text.clone()),
                    None => missing.push(IncludeFile { key, folder }),
                }
            }
        }
        if reads_data {
            let unread = data_files.iter().filter(|f| !self.data.contains_key(*f));
            missing.extend(unread.map(|key| IncludeFile {
                key: key.clone(),
                folder: Folder::Data,
            }));
        }
        missing
    }
}

impl PostSummary {
    pub fn of_entry(entry: &PostEntry) -> PostSummary {
        PostSummary {
            path: entry.path.clone(),
            url: entry.url.clone(),
            title: entry.title.clone(),
            date: PostDate::parse(&entry.date, 0).ok(),
            slug: slug_of(&entry.path),
            categories: entry.categories.clone(),
            tags: entry.tags.clone(),
            excerpt_html: entry.excerpt_html.clone(),
            author: entry.author.clone(),
            description: entry.description.clone(),
            draft: entry.draft,
        }
    }
}

/// The file name's slug: `2020-01-05-hello.md` is `hello`.
fn slug_of(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let parts: Vec<&str> = stem.splitn(4, '-').collect();
    match parts.as_slice() {
        [y, m, d, slug]
            if [y, m, d]
                .iter()
                .all(|p| p.chars().all(|c| c.is_ascii_digit())) =>
        {
            slug.to_string()
        }
        _ => stem.to_string(),
    }
}

impl Problem {
    /// A post whose Liquid failed: it still shows, without its Liquid run.
    pub fn of_liquid(path: &str, error: &PostLiquidError) -> Problem {
        Problem {
            path: path.to_string(),
            line: Some(error.line),
            message: error.message.clone(),
            severity: Severity::Error,
        }
    }
}

impl PostIndex {
    /// The site Liquid sees; `now` is `site.time`, in seconds since the epoch.
    pub fn liquid_site(&self, files: &SiteFiles, now: i64) -> LiquidSite {
        let summaries = self.posts.iter().map(PostSummary::of_entry).collect();
        let now = PostDate::at(now, self.site.zone().offset_at(now));
        let mut site = LiquidSite::new(self.site.clone(), &files.config_yaml, summaries, now);
        site.includes = files.includes.clone();
        site.data = files.data.clone();
        site.pages = self
            .pages
            .iter()
            .map(|p| (p.path.clone(), p.url.clone(), p.title.clone()))
            .collect();
        site
    }

    /// Renders the excerpts that hold Liquid, as Jekyll does; a post whose
    /// Liquid fails keeps its excerpt without it, and becomes a problem.
    pub fn render_liquid_excerpts(
        &mut self,
        posts: &[(Post, Vec<u8>)],
        files: &SiteFiles,
        now: i64,
    ) {
        if !posts
            .iter()
            .any(|(post, _)| !post.excerpt_is_html && has_liquid(&post.excerpt))
        {
            return;
        }
        let site = self.liquid_site(files, now);
        let render = RenderOptions::for_site(&self.site);
        let by_path: HashMap<&str, &(Post, Vec<u8>)> =
            posts.iter().map(|p| (p.0.path.as_str(), p)).collect();
        for entry in &mut self.posts {
            let Some((post, bytes)) = by_path.get(entry.path.as_str()).copied() else {
                continue;
            };
            if post.excerpt_is_html || !has_liquid(&post.excerpt) {
                continue;
            }
            let text = String::from_utf8_lossy(bytes);
            let (html, error) = site.render_excerpt(post, &text, &render);
            entry.excerpt_html = html;
            if let Some(error) = error {
                self.problems.push(Problem::of_liquid(&entry.path, &error));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SiteConfig;
    use crate::index::{IndexOptions, PageEntry, PostIndex};
    use crate::page::Page;

    #[test]
    fn site_pages_lists_the_pages_under_the_base_path_without_it() {
        let site = SiteConfig {
            baseurl: "/blog".into(),
            ..SiteConfig::default()
        };
        let mut index = PostIndex::build(&site, vec![], vec![], IndexOptions::default());
        let about = Page::parse("about.md", b"---\ntitle: About\n---\n", &site).unwrap();
        index.pages = vec![PageEntry::from_page(&about, b"")];
        let liquid = index.liquid_site(&SiteFiles::default(), 0);
        let text = "{% for p in site.pages %}{{ p.url }}|{{ p.title }}|{{ p.name }}{% endfor %}";
        let page = Page::parse("list.md", text.as_bytes(), &site).unwrap();
        let out = liquid
            .render(text, &page.as_post(PostDate::at(0, 0)), text)
            .unwrap();
        assert_eq!(out.text, "/about.html|About|about.md");
    }
}
