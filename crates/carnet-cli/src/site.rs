//! The site's own files beside the blog, written into a served folder (the
//! deploy folder, or Trunk's staging folder for `trunk serve`): static files
//! at their paths, the page sources the app fetches (under `_pages/`), the
//! pages of other formats (`search.json`, `robots.txt` with front matter)
//! after their Liquid, and jekyll-redirect-from's redirect pages.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use carnet_core::config::SiteConfig;
use carnet_core::html;
use carnet_core::index::PostIndex;
use carnet_core::liquid::LiquidSite;
use carnet_core::markdown::RenderOptions;
use carnet_core::page::{output_file, PageFormat};
use carnet_core::time::PostDate;

use crate::load::LoadedSite;

/// Where the app fetches page sources: no static file can be there, since
/// Jekyll never publishes a `_` folder.
pub const PAGE_SOURCES: &str = "_pages";

/// Copies the static files, the sources of the pages the index lists and
/// the rendered pages of other formats into `out`. Files carnet writes
/// itself (its feed) are left to it. Returns how many files were written.
pub fn write_site_files(
    site: &LoadedSite,
    index: &PostIndex,
    liquid: &LiquidSite,
    out: &Path,
) -> Result<usize> {
    let mut written = 0;
    for path in &site.static_files {
        copy(&site.pages_root.join(path), &out.join(path))?;
        written += 1;
    }
    for entry in &index.pages {
        copy(
            &site.pages_root.join(&entry.path),
            &out.join(PAGE_SOURCES).join(&entry.path),
        )?;
    }
    let now = PostDate::at(site.now, site.config.zone().offset_at(site.now));
    let options = RenderOptions::for_site(&site.config);
    for (page, bytes) in &site.pages {
        if page.format != PageFormat::Other || !page.published || is_feed(&page.url, &site.config) {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        let (rendered, error) = liquid.render_post(&page.as_post(now), &text, &options);
        if let Some(e) = error {
            eprintln!("pages/{}:{}: warning: {}", page.path, e.line, e.message);
        }
        let ext = page.path.rsplit_once('.').map_or("", |(_, e)| e);
        let file = output_file(&page.url, &site.config.baseurl, &format!(".{ext}"));
        write(&out.join(file), &rendered.html)?;
        written += 1;
    }
    Ok(written)
}

/// The feed's paths: `feed: path:` (jekyll-feed's `/feed.xml` by default),
/// and a feed template the old blog had at the root (`atom.xml`, `rss.xml`,
/// `feed.xml`), which carnet's own feed replaces so subscribers keep it.
pub fn feed_paths(site: &LoadedSite) -> Vec<String> {
    let mut paths = vec![site.config.feed_path.clone()];
    for (page, _) in &site.pages {
        let path = page
            .url
            .strip_prefix(&site.config.baseurl)
            .unwrap_or(&page.url);
        if is_feed_template(path) && !paths.iter().any(|p| p == path) {
            paths.push(path.to_string());
        }
    }
    paths
}

fn is_feed(url: &str, site: &SiteConfig) -> bool {
    let path = url.strip_prefix(&site.baseurl).unwrap_or(url);
    path == site.feed_path || is_feed_template(path)
}

fn is_feed_template(path: &str) -> bool {
    matches!(
        path,
        "/feed.xml" | "/atom.xml" | "/rss.xml" | "/feed/atom.xml"
    )
}

/// One redirect: the file written at the old path, and where it sends readers.
pub struct Redirect {
    /// Relative to the served folder.
    pub file: String,
    pub from: String,
    pub to: String,
}

/// jekyll-redirect-from's redirects: a page at each `redirect_from` path
/// sending readers to the post or page, and the post or page itself sending
/// them on when it has `redirect_to`.
pub fn redirects(index: &PostIndex) -> Vec<Redirect> {
    let site = &index.site;
    let targets = index
        .posts
        .iter()
        .map(|p| (&p.url, &p.redirects))
        .chain(index.pages.iter().map(|p| (&p.url, &p.redirects)));
    let mut out = Vec::new();
    for (url, redirects) in targets {
        for from in &redirects.from {
            let from = format!("/{}", from.trim_start_matches('/'));
            out.push(Redirect {
                file: output_file(&from, "", ".html"),
                to: absolute_url(site, url.strip_prefix(&site.baseurl).unwrap_or(url)),
                from,
            });
        }
        if let Some(to) = &redirects.to {
            let own = url.strip_prefix(&site.baseurl).unwrap_or(url);
            out.push(Redirect {
                file: output_file(own, "", ".html"),
                from: own.to_string(),
                to: if to.starts_with("http://") || to.starts_with("https://") {
                    to.clone()
                } else {
                    absolute_url(site, to)
                },
            });
        }
    }
    out
}

/// Jekyll's `absolute_url` of a path of the site.
fn absolute_url(site: &SiteConfig, path: &str) -> String {
    format!(
        "{}{}/{}",
        site.url,
        site.baseurl,
        path.trim_start_matches('/')
    )
}

/// Writes every redirect page of `index` into `out`, and returns the redirects.
pub fn write_redirects(index: &PostIndex, out: &Path) -> Result<Vec<Redirect>> {
    let redirects = redirects(index);
    for redirect in &redirects {
        write(&out.join(&redirect.file), &redirect_page(&redirect.to))?;
    }
    Ok(redirects)
}

/// jekyll-redirect-from's `redirect.html`, as the plugin writes it.
pub fn redirect_page(to: &str) -> String {
    html!(
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n  <meta charset=\"utf-8\">\n  \
         <title>Redirecting&hellip;</title>\n  <link rel=\"canonical\" href=\"{to}\">\n  \
         <script>location=\"{to}\"</script>\n  \
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\n  \
         <meta name=\"robots\" content=\"noindex\">\n  <h1>Redirecting&hellip;</h1>\n  \
         <a href=\"{to}\">Click here if you are not redirected.</a>\n</html>\n",
        to = to
    )
    .into_string()
}

/// The plugin's `redirects.json`: each old path and where it goes.
pub fn redirects_json(redirects: &[Redirect]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = redirects
        .iter()
        .map(|r| (r.from.clone(), serde_json::Value::String(r.to.clone())))
        .collect();
    serde_json::Value::Object(map).to_string()
}

/// Copies a file, making the folders it goes in.
pub fn copy(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    fs::copy(from, to).with_context(|| format!("copying {}", from.display()))?;
    Ok(())
}

/// The SHA-256 of `bytes` as an `integrity` attribute and a Content Security
/// Policy source write it: `sha256-` and the digest in base64.
pub fn sha256_source(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Writes a file, making the folders it goes in.
pub fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_core::index::{PostEntry, Redirects};

    #[test]
    fn redirect_from_gives_pages_at_the_old_paths_as_the_plugin_writes_them() {
        let mut index = PostIndex::build(
            &SiteConfig {
                url: "https://example.org".into(),
                baseurl: "/blog".into(),
                ..SiteConfig::default()
            },
            vec![],
            vec![],
            Default::default(),
        );
        index.posts.push(PostEntry {
            url: "/blog/2020/01/01/new.html".into(),
            redirects: Redirects {
                from: vec![
                    "old/url/".into(),
                    "/2015/01/01/old-name.html".into(),
                    "/x".into(),
                ],
                to: None,
            },
            ..PostEntry::default()
        });
        let found = redirects(&index);
        let files: Vec<&str> = found.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(
            files,
            ["old/url/index.html", "2015/01/01/old-name.html", "x.html"]
        );
        assert_eq!(found[0].to, "https://example.org/blog/2020/01/01/new.html");
        let page = redirect_page(&found[0].to);
        assert!(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/blog/2020/01/01/new.html\">"));
        assert_eq!(
            redirects_json(&found[..1]),
            "{\"/old/url/\":\"https://example.org/blog/2020/01/01/new.html\"}"
        );
    }
}
