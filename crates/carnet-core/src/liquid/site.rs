//! What Liquid sees of a Jekyll site: `site.*` (every `_config.yml` key,
//! the posts, tags and categories, the build time) and `page.*` (the front
//! matter and Jekyll's computed keys), and the [`Host`] that answers tags.

use std::cell::OnceCell;
use std::collections::BTreeMap;

use super::value::{Object, Value};
use super::{has_liquid, Host, LiquidError, Output, Template};
use crate::config::SiteConfig;
use crate::markdown::{render_markdown, RenderOptions, Rendered};
use crate::post::permalink::relative_url;
use crate::post::{front_matter_mapping, render_body, split_front_matter, Post};
use crate::time::PostDate;
use crate::yaml::parse_bounded;

/// One post as `site.posts` lists it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostSummary {
    /// Relative to the posts folder, as the index keeps it.
    pub path: String,
    /// With `baseurl`.
    pub url: String,
    pub title: String,
    pub date: Option<PostDate>,
    pub slug: String,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub excerpt_html: String,
    pub author: Option<String>,
    pub description: Option<String>,
    pub draft: bool,
}

/// The site a post's Liquid runs in.
pub struct LiquidSite {
    pub config: SiteConfig,
    /// Every key of `_config.yml`, as written.
    pub config_keys: Object,
    /// Newest first, as Jekyll's `site.posts`.
    pub posts: Vec<PostSummary>,
    /// `_includes/` files by name, and files beside posts by their path in the posts folder.
    pub includes: BTreeMap<String, String>,
    /// `_data/` files by their path there.
    pub data: BTreeMap<String, String>,
    /// The site's pages, as `site.pages` lists them: (path, URL, title).
    pub pages: Vec<(String, String, String)>,
    pub now: PostDate,
    site_value: OnceCell<Value>,
}

impl LiquidSite {
    pub fn new(
        config: SiteConfig,
        config_yaml: &str,
        posts: Vec<PostSummary>,
        now: PostDate,
    ) -> LiquidSite {
        let config_keys = match parse_bounded(config_yaml).map(|y| Value::from_yaml(&y)) {
            Ok(Value::Object(pairs)) => pairs.to_vec(),
            _ => Vec::new(),
        };
        LiquidSite {
            config,
            config_keys,
            posts,
            includes: BTreeMap::new(),
            data: BTreeMap::new(),
            pages: Vec::new(),
            now,
            site_value: OnceCell::new(),
        }
    }

    /// `site`, built once: thousands of posts are not copied per page.
    fn site(&self) -> Value {
        self.site_value.get_or_init(|| self.build_site()).clone()
    }

    fn build_site(&self) -> Value {
        let mut site: Object = self.config_keys.clone();
        let posts: Vec<Value> = self
            .posts
            .iter()
            .map(|p| summary_value(p, &self.config.baseurl))
            .collect();
        let by = |terms: fn(&PostSummary) -> &Vec<String>| {
            let mut map: Object = Vec::new();
            for (summary, value) in self.posts.iter().zip(&posts) {
                for term in terms(summary) {
                    match map.iter_mut().find(|(k, _)| k == term) {
                        Some((_, Value::Array(list))) => {
                            std::rc::Rc::make_mut(list).push(value.clone())
                        }
                        _ => map.push((term.clone(), Value::array(vec![value.clone()]))),
                    }
                }
            }
            Value::object(map)
        };
        let computed = [
            ("title", Value::str(self.config.title.as_str())),
            ("description", Value::str(self.config.description.as_str())),
            ("url", Value::str(self.config.url.as_str())),
            ("baseurl", Value::str(self.config.baseurl.as_str())),
            ("time", Value::Date(self.now)),
            ("tags", by(|p| &p.tags)),
            ("categories", by(|p| &p.categories)),
            ("posts", Value::array(posts.clone())),
            (
                "related_posts",
                Value::array(posts.iter().take(10).cloned().collect()),
            ),
            ("pages", Value::array(self.page_values())),
            ("static_files", Value::array(Vec::new())),
            ("html_pages", Value::array(self.page_values())),
            ("data", data_value(&self.data)),
        ];
        for (key, value) in computed {
            let keep_written =
                matches!(key, "title" | "description") && site.iter().any(|(k, _)| k == key);
            if !keep_written {
                set(&mut site, key, value);
            }
        }
        Value::object(site)
    }

    /// `site.pages`: each page's `path`, `url`, `title` and `name`, as Jekyll's page drops
    /// give them (carnet's pages are all HTML pages, so `html_pages` is the same list).
    fn page_values(&self) -> Vec<Value> {
        self.pages
            .iter()
            .map(|(path, url, title)| {
                let name = path.rsplit('/').next().unwrap_or(path);
                // Jekyll's `page.url` is under the base path, without it.
                let base = self.config.baseurl.trim_end_matches('/');
                let url = url
                    .strip_prefix(base)
                    .filter(|u| u.starts_with('/'))
                    .unwrap_or(url);
                let mut page = vec![
                    ("path".to_string(), Value::str(path.as_str())),
                    ("url".to_string(), Value::str(url)),
                    ("name".to_string(), Value::str(name)),
                ];
                if !title.is_empty() {
                    page.push(("title".to_string(), Value::str(title.as_str())));
                }
                Value::object(page)
            })
            .collect()
    }

    /// Runs the Liquid of `markdown` (a post's body or excerpt) for `post`,
    /// whose file text gives `page.*` its front matter keys.
    pub fn render(
        &self,
        markdown: &str,
        post: &Post,
        file_text: &str,
    ) -> Result<Output, LiquidError> {
        let template = Template::parse(markdown)?;
        let globals = vec![
            ("page".to_string(), self.page(post, file_text)),
            ("site".to_string(), self.site()),
            ("paginator".to_string(), Value::Nil),
        ];
        let host = PostHost {
            site: self,
            post_folder: folder_of(&post.path),
        };
        template.render(globals, &host)
    }

    /// `page`: the front matter as written, then Jekyll's computed keys over it.
    fn page(&self, post: &Post, file_text: &str) -> Value {
        let mut page = front_matter_keys(post, file_text, &self.config);
        let at = self.posts.iter().position(|p| p.path == post.path);
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| self.posts.get(i))
                .map_or(Value::Nil, |p| summary_value(p, &self.config.baseurl))
        };
        let summary = PostSummary {
            path: post.path.clone(),
            url: post.url.clone(),
            title: post.title.clone(),
            date: Some(post.date),
            slug: post.slug.clone(),
            categories: post.categories.clone(),
            tags: post.tags.clone(),
            excerpt_html: at
                .map(|i| self.posts[i].excerpt_html.clone())
                .unwrap_or_default(),
            author: post.author.clone(),
            description: post.description.clone(),
            draft: post.draft,
        };
        if let Value::Object(computed) = summary_value(&summary, &self.config.baseurl) {
            for (key, value) in computed.iter() {
                set(&mut page, key, value.clone());
            }
        }
        // Newest first: the previous post is the next one in the list.
        set(&mut page, "previous", neighbour(at.map(|i| i + 1)));
        set(
            &mut page,
            "next",
            neighbour(at.and_then(|i| i.checked_sub(1))),
        );
        Value::object(page)
    }
}

/// Tags' questions about the site, for one post.
struct PostHost<'a> {
    site: &'a LiquidSite,
    post_folder: String,
}

impl Host for PostHost<'_> {
    fn include(&self, name: &str, relative: bool) -> Result<String, String> {
        if !is_safe_include(name) {
            return Err(format!(
                "Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  {name}\n\nValid syntax:\n\n  {{% include file.ext param='value' param2='value' %}}\n"
            ));
        }
        let key = if relative {
            format!("{}{name}", self.post_folder)
        } else {
            name.to_string()
        };
        let folder = if relative {
            "the post's folder"
        } else {
            "_includes"
        };
        self.site.includes.get(&key).cloned().ok_or_else(|| {
            format!("Could not locate the included file '{name}' in any of [\"{folder}\"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.")
        })
    }

    fn post_url(&self, name: &str) -> Option<String> {
        let name = name.trim().trim_start_matches('/');
        self.site
            .posts
            .iter()
            .find(|p| {
                let stem = p.path.rsplit_once('.').map_or(p.path.as_str(), |(s, _)| s);
                let file = stem.rsplit('/').next().unwrap_or(stem);
                match name.rsplit_once('/') {
                    Some(_) => stem.ends_with(name),
                    None => file == name,
                }
            })
            .map(|p| p.url.clone())
    }

    fn link(&self, path: &str) -> Option<String> {
        let path = path.trim().trim_start_matches('/');
        let inner = path.strip_prefix("_posts/").unwrap_or(path);
        let post = self.site.posts.iter().find(|p| {
            p.path == path || p.path == inner || p.path.ends_with(&format!("_posts/{inner}"))
        });
        match post {
            Some(p) => Some(p.url.clone()),
            None if inner != path || path.starts_with('_') => None,
            // A page or a file: the URL Jekyll gives a page without a permalink.
            None => Some(relative_url(&self.site.config.baseurl, &page_url(path))),
        }
    }

    fn now(&self) -> PostDate {
        self.site.now
    }

    fn local(&self, date: &PostDate) -> PostDate {
        let zone = self.site.config.zone();
        let at = date.timestamp();
        PostDate::at(at, zone.offset_at(at))
    }

    fn markdownify(&self, text: &str) -> String {
        render_markdown(text, &RenderOptions::for_site(&self.site.config)).html
    }

    /// kramdown's SmartyPants: typography only, no Markdown.
    fn smartify(&self, text: &str) -> String {
        let html = render_markdown(text, &RenderOptions::for_site(&self.site.config)).html;
        let inner = html
            .trim_end()
            .strip_prefix("<p>")
            .and_then(|h| h.strip_suffix("</p>"));
        inner.unwrap_or(html.trim_end()).to_string()
    }
}

/// Jekyll's URL of a page (`/:path/:basename:output_ext`): `about.md` is
/// `/about.html`, `docs/index.md` is `/docs/`; any other file keeps its path.
fn page_url(path: &str) -> String {
    let (stem, ext) = path.rsplit_once('.').unwrap_or((path, ""));
    let converted = matches!(
        ext.to_ascii_lowercase().as_str(),
        "md" | "markdown" | "mkdown" | "mkd" | "html"
    );
    if !converted {
        return format!("/{path}");
    }
    match stem.strip_suffix("index") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => format!("/{folder}"),
        _ => format!("/{stem}.html"),
    }
}

/// `site.data`: each file's YAML (or JSON) under its name without extension,
/// folders as nested hashes, as Jekyll's `DataReader` makes it.
fn data_value(files: &BTreeMap<String, String>) -> Value {
    let mut root: Object = Vec::new();
    for (path, text) in files {
        let Some((stem, ext)) = path.rsplit_once('.') else {
            continue;
        };
        if !matches!(ext.to_ascii_lowercase().as_str(), "yml" | "yaml" | "json") {
            continue;
        }
        let value = parse_bounded(text)
            .map(|y| Value::from_yaml(&y))
            .unwrap_or_default();
        insert_at(&mut root, &stem.split('/').collect::<Vec<_>>(), value);
    }
    Value::object(root)
}

fn insert_at(object: &mut Object, keys: &[&str], value: Value) {
    match keys {
        [] => {}
        [last] => set(object, last, value),
        [first, rest @ ..] => {
            let mut inner = match object.iter().find(|(k, _)| k == first) {
                Some((_, Value::Object(o))) => o.to_vec(),
                _ => Vec::new(),
            };
            insert_at(&mut inner, rest, value);
            set(object, first, Value::object(inner));
        }
    }
}

/// An include name stays inside its folder: no `..`, no absolute path, no URL.
fn is_safe_include(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && name
            .split('/')
            .all(|s| !s.is_empty() && s != ".." && s != ".")
}

fn folder_of(path: &str) -> String {
    path.rsplit_once('/')
        .map_or(String::new(), |(folder, _)| format!("{folder}/"))
}

/// The front matter keys of a post file over the site's defaults, as Ruby values.
fn front_matter_keys(post: &Post, file_text: &str, site: &SiteConfig) -> Object {
    let keys = front_matter_mapping(&post.path, file_text, site);
    match Value::from_yaml(&serde_yaml_ng::Value::Mapping(keys)) {
        Value::Object(pairs) => pairs.to_vec(),
        _ => Vec::new(),
    }
}

/// A post as Jekyll's document drop shows it: `url` without `baseurl`,
/// `id` the URL without `.html`.
fn summary_value(post: &PostSummary, baseurl: &str) -> Value {
    let base = baseurl.trim_end_matches('/');
    let url = post
        .url
        .strip_prefix(base)
        .filter(|u| u.starts_with('/'))
        .unwrap_or(&post.url);
    let id = url.strip_suffix(".html").unwrap_or(url);
    let strings =
        |list: &[String]| Value::array(list.iter().map(|s| Value::str(s.as_str())).collect());
    let optional = |s: &Option<String>| s.as_deref().map_or(Value::Nil, Value::str);
    let name = post.path.rsplit('/').next().unwrap_or(&post.path);
    Value::object(vec![
        ("title".into(), Value::str(post.title.as_str())),
        ("url".into(), Value::str(url)),
        ("id".into(), Value::str(id)),
        ("date".into(), post.date.map_or(Value::Nil, Value::Date)),
        ("slug".into(), Value::str(post.slug.as_str())),
        ("categories".into(), strings(&post.categories)),
        ("tags".into(), strings(&post.tags)),
        ("excerpt".into(), Value::str(post.excerpt_html.as_str())),
        ("path".into(), Value::str(post.path.as_str())),
        ("name".into(), Value::str(name)),
        (
            "ext".into(),
            Value::str(
                name.rsplit_once('.')
                    .map_or(String::new(), |(_, e)| format!(".{e}")),
            ),
        ),
        ("collection".into(), Value::str("posts")),
        ("draft".into(), Value::Bool(post.draft)),
        ("author".into(), optional(&post.author)),
        ("description".into(), optional(&post.description)),
    ])
}

fn set(object: &mut Object, key: &str, value: Value) {
    match object.iter_mut().find(|(k, _)| k == key) {
        Some((_, v)) => *v = value,
        None => object.push((key.to_string(), value)),
    }
}

/// Jekyll's excerpt keeps its Liquid whole: a block the separator cut open
/// is closed at its end (`Excerpt#extract_excerpt`).
pub fn close_open_blocks(excerpt: &str) -> String {
    const BLOCKS: [&str; 8] = [
        "if",
        "unless",
        "for",
        "case",
        "capture",
        "highlight",
        "raw",
        "comment",
    ];
    let mut out = excerpt.to_string();
    let names: Vec<&str> = excerpt
        .match_indices("{%")
        .filter_map(|(i, _)| {
            let rest = excerpt[i + 2..].trim_start_matches('-').trim_start();
            BLOCKS
                .iter()
                .find(|b| {
                    rest.starts_with(*b)
                        && rest[b.len()..]
                            .starts_with(|c: char| c.is_whitespace() || c == '%' || c == '-')
                })
                .copied()
        })
        .collect();
    for name in names.iter().rev() {
        let end = format!("end{name}");
        let closed = excerpt.match_indices("{%").any(|(i, _)| {
            excerpt[i + 2..]
                .trim_start_matches('-')
                .trim_start()
                .starts_with(&end)
        });
        if !closed && !out.ends_with(&format!("{{% {end} %}}")) {
            out.push_str(&format!("\n{{% {end} %}}"));
        }
    }
    out
}

/// A post's Liquid failed: where in the file, and Jekyll's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostLiquidError {
    pub line: usize,
    pub message: String,
}

impl LiquidSite {
    /// The post's HTML as Jekyll makes it: Liquid, then Markdown, then the
    /// tags' HTML put back. On a Liquid error, the Markdown as written and
    /// the error, so the post still shows.
    pub fn render_post(
        &self,
        post: &Post,
        file_text: &str,
        options: &RenderOptions,
    ) -> (Rendered, Option<PostLiquidError>) {
        self.render_part(&post.body, post, file_text, options)
    }

    /// The excerpt's HTML: rendered apart from the post, as Jekyll renders it,
    /// with any Liquid block the separator cut open closed again.
    pub fn render_excerpt(
        &self,
        post: &Post,
        file_text: &str,
        options: &RenderOptions,
    ) -> (String, Option<PostLiquidError>) {
        if post.excerpt_is_html {
            return (post.excerpt.clone(), None);
        }
        let excerpt = if self.renders_liquid(post, file_text) {
            close_open_blocks(&post.excerpt)
        } else {
            post.excerpt.clone()
        };
        let (rendered, error) = self.render_part(&excerpt, post, file_text, options);
        (rendered.html, error)
    }

    /// Jekyll 4's `render_with_liquid: false` (in the file or its defaults)
    /// leaves a post's Liquid as written.
    fn renders_liquid(&self, post: &Post, file_text: &str) -> bool {
        !front_matter_keys(post, file_text, &self.config)
            .iter()
            .any(|(k, v)| k == "render_with_liquid" && *v == Value::Bool(false))
    }

    fn render_part(
        &self,
        markdown: &str,
        post: &Post,
        file_text: &str,
        options: &RenderOptions,
    ) -> (Rendered, Option<PostLiquidError>) {
        if !has_liquid(markdown) || !self.renders_liquid(post, file_text) {
            return (render_body(markdown, post.format, options), None);
        }
        match self.render(markdown, post, file_text) {
            Ok(output) => {
                let mut rendered = render_body(&output.text, post.format, options);
                rendered.html = output.restore(&rendered.html);
                let missing = output.missing.first().map(|e| PostLiquidError {
                    line: body_line(file_text) + e.line - 1,
                    message: e.to_string(),
                });
                (rendered, missing)
            }
            Err(e) => {
                let error = PostLiquidError {
                    line: body_line(file_text) + e.line - 1,
                    message: e.to_string(),
                };
                (render_body(markdown, post.format, options), Some(error))
            }
        }
    }
}

/// The file line the body starts on, for Liquid errors' lines.
fn body_line(file_text: &str) -> usize {
    match split_front_matter(file_text) {
        Ok(split) => {
            let offset = split.body.as_ptr() as usize - file_text.as_ptr() as usize;
            1 + file_text[..offset.min(file_text.len())]
                .matches('\n')
                .count()
        }
        Err(_) => 1,
    }
}
