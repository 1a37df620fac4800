//! `carnet build`: a deploy folder ready for any static host. The app's
//! release build (Trunk's, or one given with `--from`), the post index, a
//! prerendered page for every route, `404.html`, `_redirects`, the Atom feed,
//! the sitemap and robots.txt, all correct under a sub-path.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use carnet_core::catalog::shards::{shards_of, SHARDS_FOLDER};
use carnet_core::catalog::Catalog;
use carnet_core::config::SiteConfig;
use carnet_core::index::{content_hash, IndexOptions, PageEntry, PostIndex};
use carnet_core::liquid::LiquidSite;
use carnet_core::markdown::{RenderOptions, Rendered};
use carnet_core::pages::look::site_css;
use carnet_core::post::{Format, Post};
use carnet_core::time::PostDate;

use crate::feed::{atom_feed, robots_txt, sitemap, FeedPost};
use crate::highlight::Highlighter;
use crate::load::{load_site, local_logo, LoadedSite};
use crate::offline;
use crate::prerender::Prerender;
use crate::shell;
use crate::site::{copy, feed_paths, redirects_json, write, write_redirects, write_site_files};
use crate::tools;

pub struct BuildOptions {
    /// The site folder (holding `_config.yml` and `posts/`).
    pub site_dir: PathBuf,
    pub out: PathBuf,
    /// Overrides `baseurl`: the path the blog is served under, e.g. `/blog/`.
    pub base_path: Option<String>,
    /// Include drafts, unpublished and future posts.
    pub drafts: bool,
    /// Overrides `url`: the address the site is served at.
    pub url: Option<String>,
    /// A Trunk release build to use instead of running Trunk.
    pub from: Option<PathBuf>,
}

/// What was written, for the command's summary line.
pub struct BuildReport {
    pub posts: usize,
    pub pages: usize,
    /// Static files and pages of other formats.
    pub files: usize,
    pub redirects: usize,
}

pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let mut site = load_site(&options.site_dir)?;
    for warning in &site.warnings {
        eprintln!("{warning}");
    }
    let errors: Vec<String> = site
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{}:{}: {}", p.path, p.line.unwrap_or(1), p.message))
        .collect();
    if !errors.is_empty() {
        bail!(
            "not deploying a blog with broken posts:\n{}",
            errors.join("\n")
        );
    }
    if let Some(base) = &options.base_path {
        site.move_under(base);
    }
    if let Some(url) = &options.url {
        site.config.url = url.trim_end_matches('/').to_string();
    }
    let app = match &options.from {
        Some(dir) => dir.clone(),
        None => trunk_release(&options.site_dir, &site.config.baseurl)?,
    };
    copy_dir(&app, &options.out).with_context(|| format!("copying {}", app.display()))?;

    let config = site.config.clone();
    let preview = options.drafts;
    let index_options = IndexOptions {
        drafts: preview,
        future: preview,
        unpublished: preview,
        now: site.now,
    };
    let index = site.index(index_options);
    let liquid = index.liquid_site(&site.files, index_options.now);
    copy_site_sources(&site, &index, &options.out)?;
    write_index(&index, &options.out.join("posts").join("index.json"))?;

    // Code is coloured as the app colours it: each article once, for its
    // page and the feed; then the pages, for the excerpts of listing pages.
    let highlighter = Highlighter::new()?;
    let articles: HashMap<String, Rendered> = site
        .posts
        .drain(..)
        .filter(|(post, _)| index.posts.iter().any(|e| e.path == post.path))
        .map(|(post, bytes)| {
            let mut rendered = render_article(&liquid, &config, &post, &bytes);
            rendered.html = highlighter.html(&rendered.html);
            (post.path, rendered)
        })
        .collect();
    let written = write_site_files(&site, &index, &liquid, &options.out)?;
    let mut site_pages = render_site_pages(&site, &index, &liquid);
    for (_, rendered) in &mut site_pages {
        rendered.html = highlighter.html(&rendered.html);
    }
    let catalog = Catalog::new(index.posts.clone());
    let shell::Prepared {
        shell,
        start,
        early_hash,
    } = shell::prepared(&app, &config.baseurl)?;
    let shell = with_content_security_policy(&shell, early_hash.as_deref());
    let shell = write_site_style(&shell, &config, &options.site_dir, &options.out)?;
    copy_logo(&config, &options.site_dir, &options.out)?;
    if let Some(start) = start {
        write(
            &options.out.join(shell::START_SCRIPT),
            &format!(
                "{}{start}",
                offline::registration(&config.baseurl, config.offline)
            ),
        )?;
    }
    // After the app's files and the index: the id is their hash.
    let shell = offline::with_build_id(&shell, &options.out, config.offline)?;
    let pages = Prerender {
        shell: &shell,
        site: &config,
        catalog: &catalog,
        articles: &articles,
        site_pages: &site_pages,
    }
    .pages();
    for page in &pages {
        write(&options.out.join(&page.file), &highlighter.html(&page.html))?;
    }
    // After the pages: a post with `redirect_to` is a redirect, not an article.
    let redirects = write_redirects(&index, &options.out)?;
    if !redirects.is_empty() || config.plugins.iter().any(|p| p == "jekyll-redirect-from") {
        write(
            &options.out.join("redirects.json"),
            &redirects_json(&redirects),
        )?;
    }

    let feed_posts: Vec<FeedPost> = catalog
        .posts()
        .iter()
        .map(|entry| FeedPost {
            entry,
            content_html: articles
                .get(&entry.path)
                .map(|a| a.html.clone())
                .unwrap_or_default(),
        })
        .collect();
    let feed = atom_feed(&config, &feed_posts);
    for path in feed_paths(&site) {
        write(&options.out.join(path.trim_start_matches('/')), &feed)?;
    }
    let unlisted: Vec<&str> = site
        .pages
        .iter()
        .filter(|(page, _)| !page.sitemap)
        .map(|(page, _)| page.url.as_str())
        .collect();
    let urls: Vec<(String, Option<String>)> = pages
        .iter()
        .filter(|p| p.file != "404.html" && !unlisted.contains(&p.url.as_str()))
        .map(|p| (p.url.clone(), p.lastmod.clone()))
        .collect();
    write(&options.out.join("sitemap.xml"), &sitemap(&config, &urls))?;
    write(&options.out.join("robots.txt"), &robots_txt(&config))?;
    // Netlify: unknown paths get the app shell's not-found page with a real 404 status.
    write(
        &options.out.join("_redirects"),
        &format!("{}/*  {}/404.html  404\n", config.baseurl, config.baseurl),
    )?;
    // Netlify and Cloudflare Pages: the pages' policy as a header too, so a
    // host's header never differs from it (early.js's hash changes with carnet).
    write(
        &options.out.join("_headers"),
        &format!(
            "{}/*\n  Content-Security-Policy: {}\n",
            config.baseurl,
            content_security_policy(early_hash.as_deref())
        ),
    )?;
    // Last: its version is a hash of every file written above.
    offline::write_worker(&options.out, &config.baseurl, config.offline)?;
    Ok(BuildReport {
        posts: index.posts.len(),
        pages: pages.len(),
        files: written,
        redirects: redirects.len(),
    })
}

/// A post's article as the browser renders it, Liquid included. A Liquid
/// error is a warning (`carnet check` fails on it): the post shows without
/// its Liquid, as in the browser. Code is not coloured here.
pub fn render_article(
    liquid: &LiquidSite,
    config: &SiteConfig,
    post: &Post,
    bytes: &[u8],
) -> Rendered {
    let options = RenderOptions::for_article(config, &post.url, post.lang.as_deref());
    let (rendered, error) = liquid.render_post(post, &String::from_utf8_lossy(bytes), &options);
    if let Some(e) = error {
        eprintln!("{}:{}: warning: {}", post.path, e.line, e.message);
    }
    rendered
}

/// The site's pages the blog draws (Markdown and HTML), Liquid and Markdown
/// as for posts, code not coloured. A Liquid error is a warning: the page still shows.
pub fn render_site_pages(
    site: &LoadedSite,
    index: &PostIndex,
    liquid: &LiquidSite,
) -> Vec<(PageEntry, Rendered)> {
    let now = PostDate::at(site.now, site.config.zone().offset_at(site.now));
    index
        .pages
        .iter()
        .filter_map(|entry| {
            let (page, bytes) = site.pages.iter().find(|(p, _)| p.path == entry.path)?;
            let options =
                RenderOptions::for_article(&site.config, &entry.url, page.lang.as_deref());
            let text = String::from_utf8_lossy(bytes);
            let (rendered, error) = liquid.render_post(&page.as_post(now), &text, &options);
            if let Some(e) = error {
                eprintln!("pages/{}:{}: warning: {}", page.path, e.line, e.message);
            }
            Some((entry.clone(), rendered))
        })
        .collect()
}

/// Writes the post index at `path` (`posts/index.json`) and its shards in
/// `posts/index/` (`catalog::shards`), the shards of an earlier index removed.
pub fn write_index(index: &PostIndex, path: &Path) -> Result<()> {
    write(
        path,
        &serde_json::to_string(index).context("writing the post index")?,
    )?;
    let folder = path.with_file_name(SHARDS_FOLDER);
    let _ = fs::remove_dir_all(&folder);
    for (name, json) in shards_of(index) {
        write(&folder.join(name), &json)?;
    }
    Ok(())
}

/// The policy every shipped page carries (hosts may send the same as a header):
/// scripts only from the site itself, wasm compilation allowed, and one inline
/// script, `early.js`, allowed by its hash (`early`, `'sha256-…'`; see
/// `shell`). Inline styles are refused but for the three the Markdown
/// renderer writes on aligned table columns (`style="text-align:
/// left|center|right"`), allowed by their SHA-256 (`'unsafe-hashes'` lets a
/// hash match a style attribute).
fn content_security_policy(early: Option<&str>) -> String {
    let early = early.map(|hash| format!(" {hash}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{early}; \
         style-src 'self' 'unsafe-hashes' 'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=' \
         'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=' \
         'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk='; \
         img-src 'self' data: https:; media-src 'self' https:; frame-src https:; \
         connect-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )
}

/// The shell with the policy in its head.
fn with_content_security_policy(shell: &str, early: Option<&str>) -> String {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(early)
    );
    shell.replacen("<head>", &format!("<head>\n    {meta}"), 1)
}

/// The app shell's link to the site's own style sheet (index.html), after
/// main.css: `custom.css`, which Trunk copies from the site's
/// `style/custom.css`.
const SITE_STYLE_LINK: &str = "<link rel=\"stylesheet\" href=\"custom.css\" id=\"site-style\">";

/// The site's look in one style sheet after main.css: the colours and fonts
/// of `_config.yml` (`pages::look`), then the author's `style/custom.css`,
/// so the author's rules win over both. Named by its content's hash (hosts
/// may cache it for good) and marked `data-built` so the app does not apply
/// the config's values a second time. A site with neither gets no link and
/// no request.
fn write_site_style(shell: &str, site: &SiteConfig, site_dir: &Path, out: &Path) -> Result<String> {
    let custom_path = site_dir.join("style").join("custom.css");
    let custom = match fs::read_to_string(&custom_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("reading {}", custom_path.display())),
    };
    let _ = fs::remove_file(out.join("custom.css"));
    let mut css = site_css(site).unwrap_or_default();
    if has_rules(&custom) {
        css.push_str("/* style/custom.css */\n");
        css.push_str(&custom);
    }
    if css.is_empty() {
        return Ok(shell.replacen(SITE_STYLE_LINK, "", 1));
    }
    let file = format!("site-{}.css", content_hash(css.as_bytes()));
    write(&out.join(&file), &css)?;
    let link = format!(
        "<link rel=\"stylesheet\" href=\"{}/{file}\" id=\"site-style\" data-built>",
        site.baseurl
    );
    Ok(shell.replacen(SITE_STYLE_LINK, &link, 1))
}

/// Whether a style sheet has anything but comments and spaces.
fn has_rules(css: &str) -> bool {
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        if !rest[..start].trim().is_empty() {
            return true;
        }
        match rest[start + 2..].find("*/") {
            Some(end) => rest = &rest[start + 2 + end + 2..],
            None => return false,
        }
    }
    !rest.trim().is_empty()
}

/// The logo of `logo:`/`avatar:` when it is a file of the site folder that
/// the app build did not copy (Trunk copies only the folders index.html lists).
fn copy_logo(site: &SiteConfig, site_dir: &Path, out: &Path) -> Result<()> {
    let Some(path) = local_logo(site) else {
        return Ok(());
    };
    let (from, to) = (site_dir.join(path), out.join(path));
    if from.is_file() && !to.exists() {
        copy(&from, &to)?;
    }
    Ok(())
}

/// Runs Trunk's release build (wasm-opt included) for the given base path,
/// with the pinned tools the setup installed (Trunk would try to download
/// missing ones, which fails offline).
fn trunk_release(site_dir: &Path, baseurl: &str) -> Result<PathBuf> {
    let dist = site_dir.join("target").join("carnet-build");
    let status = tools::pinned(site_dir)?
        .trunk()
        .args([
            "build",
            "--release",
            "--public-url",
            &format!("{baseurl}/"),
            "--dist",
        ])
        .arg(&dist)
        .current_dir(site_dir)
        .status()
        .context("could not run trunk (install it with `make setup`)")?;
    if !status.success() {
        bail!("trunk build failed ({status})");
    }
    Ok(dist)
}

/// The site's own posts folder and Liquid files, in place of what the app
/// build copied (the sample blog's, when the app was built elsewhere with
/// `--from`): the posts the index lists, the other files beside them
/// (images), no drafts, unpublished or future files.
fn copy_site_sources(site: &LoadedSite, index: &PostIndex, out: &Path) -> Result<()> {
    for folder in ["posts", "_includes", "_data"] {
        let _ = fs::remove_dir_all(out.join(folder));
    }
    let _ = fs::remove_file(out.join("_config.yml"));
    let out_posts = out.join("posts");
    fs::create_dir_all(&out_posts)?;
    for entry in &index.posts {
        copy(
            &site.posts_root.join(&entry.path),
            &out_posts.join(&entry.path),
        )?;
    }
    if site.posts_root != site.pages_root {
        copy_beside_posts(&site.posts_root, &out_posts, &index.site)?;
    }
    let root = &site.site_dir;
    for folder in ["_includes", "_data"] {
        if root.join(folder).is_dir() {
            copy_dir(&root.join(folder), &out.join(folder))?;
        }
    }
    if root.join("_config.yml").is_file() {
        copy(&root.join("_config.yml"), &out.join("_config.yml"))?;
    }
    Ok(())
}

/// Files of carnet's posts folder that are not posts (images linked
/// relatively), outside `_drafts/`.
fn copy_beside_posts(from: &Path, to: &Path, site: &SiteConfig) -> Result<()> {
    for entry in fs::read_dir(from)?.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "_drafts" {
                copy_beside_posts(&path, &to.join(&name), site)?;
            }
        } else if !is_post_file(&path, site) && name != "index.json" {
            copy(&path, &to.join(&name))?;
        }
    }
    Ok(())
}

/// Markdown and HTML files: what the index may list.
fn is_post_file(path: &Path, site: &SiteConfig) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(|ext| Format::of_extension(ext, site))
        .is_some()
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_style_holds_the_config_look_then_custom_css() {
        let dir = std::env::temp_dir().join(format!("carnet-style-{}", std::process::id()));
        let (site_dir, out) = (dir.join("site"), dir.join("out"));
        fs::create_dir_all(site_dir.join("style")).unwrap();
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("custom.css"), "/* the app's copy */").unwrap();
        let shell = format!(
            "<head><link rel=\"stylesheet\" href=\"/blog/main-1.css\">{SITE_STYLE_LINK}</head>"
        );
        let mut site =
            SiteConfig::from_yaml("baseurl: /blog\ncarnet: {accent: '#b5322d'}\n").unwrap();

        // Only comments in custom.css: the config's rules alone.
        fs::write(site_dir.join("style/custom.css"), "/* edit me */\n").unwrap();
        let page = write_site_style(&shell, &site, &site_dir, &out).unwrap();
        let file = page
            .split("href=\"/blog/")
            .nth(2)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            file.starts_with("site-") && page.contains("id=\"site-style\" data-built>"),
            "{page}"
        );
        let css = fs::read_to_string(out.join(file)).unwrap();
        assert!(css.contains(":root { --accent: #b5322d;") && !css.contains("edit me"));
        assert!(!out.join("custom.css").exists());

        // The author's rules come last.
        fs::write(
            site_dir.join("style/custom.css"),
            "/* mine */ :root { --accent: #123456; }\n",
        )
        .unwrap();
        let page = write_site_style(&shell, &site, &site_dir, &out).unwrap();
        let file = page
            .split("href=\"/blog/")
            .nth(2)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let css = fs::read_to_string(out.join(file)).unwrap();
        assert!(css.find("#b5322d").unwrap() < css.find("#123456").unwrap());

        // Neither: no link, no request.
        site.look = Default::default();
        fs::remove_file(site_dir.join("style/custom.css")).unwrap();
        let page = write_site_style(&shell, &site, &site_dir, &out).unwrap();
        assert!(!page.contains("site-style"), "{page}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn comments_alone_are_no_rules() {
        assert!(!has_rules(" /* a */\n/* b */ "));
        assert!(!has_rules(""));
        assert!(has_rules("/* a */ p { }"));
        assert!(has_rules("p{} /* a */"));
    }

    #[test]
    fn the_policy_enters_the_head() {
        let page = with_content_security_policy("<html><head><title>x</title></head></html>", None);
        assert!(page.contains("<head>\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
        let page = with_content_security_policy("<head>", Some("'sha256-x'"));
        assert!(page.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-x';"));
    }
}
