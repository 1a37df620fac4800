//! The service worker of a deploy folder (`sw.js` at its root, so its scope
//! is the base path): offline reading and repeat visits without the network.
//! Hand-written (`offline/sw.js`) rather than Workbox: a fraction of the
//! bytes of a bundled Workbox worker with the same routes (README, "Offline
//! reading"), no bundler at build time, and the rule Workbox has no route
//! for (a page from a newer deploy never runs with the old app or index)
//! is a few lines of it.
//!
//! The worker's constants come from the folder `carnet build` wrote: its
//! version is a hash of every file, so a new deploy is a new worker, which
//! the browser installs (checking `sw.js` past its HTTP cache on each visit)
//! with its own complete set of shell files.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::site::sha256_source;

/// The worker's file, at the deploy root (the base path).
pub const WORKER: &str = "sw.js";

const ON: &str = include_str!("offline/sw.js");
const OFF: &str = include_str!("offline/off.js");

/// What the start script runs first: registers the worker once the page has
/// loaded, so its install never competes with the first visit. Deploy pages
/// only: `trunk serve` has no start script file, so previews never get a
/// worker. When offline reading is off, only an update of a worker readers
/// kept from an earlier deploy, which the new `sw.js` then removes.
pub fn registration(baseurl: &str, on: bool) -> String {
    if !on {
        // Turned off: nothing registers, but a reader's worker of an earlier
        // deploy is asked to update now, to this deploy's `sw.js`, which
        // removes it; the browser's own check after a navigation can come
        // much later on a busy phone.
        return format!(
            "if ('serviceWorker' in navigator) {{\n  \
             navigator.serviceWorker.getRegistration('{baseurl}/')\n    \
             .then((registration) => registration && registration.update()).catch(() => {{}});\n}}\n"
        );
    }
    // `load` may have fired already (a page from the worker's cache loads at
    // once, and this script waits for the first paint); and `register` does
    // not look for a new deploy when the worker is known, so `update` does.
    format!(
        "if ('serviceWorker' in navigator) {{\n  \
         const register = () => navigator.serviceWorker.register('{baseurl}/{WORKER}', {{ scope: '{baseurl}/' }})\n    \
         .then((registration) => registration.update()).catch(() => {{}});\n  \
         if (document.readyState === 'complete') register(); else addEventListener('load', register);\n}}\n"
    )
}

/// The app shell with this deploy's build id in a meta tag, which every page
/// made from it carries: the worker tells by it a page of its own deploy from
/// one of a newer deploy.
pub fn with_build_id(shell: &str, out: &Path, on: bool) -> Result<String> {
    if !on {
        return Ok(shell.to_string());
    }
    let tag = format!(
        "<meta name=\"carnet-build\" content=\"{}\">",
        build_id(out)?
    );
    Ok(shell.replacen("<head>", &format!("<head>\n    {tag}"), 1))
}

/// A hash of what the app is in this deploy: its start script, JS, wasm,
/// style sheets and post index (which holds every post's and page's hash).
fn build_id(out: &Path) -> Result<String> {
    let mut id = Sha256::new();
    for file in files(out)? {
        let rel = relative(out, &file);
        if is_shell(&rel) && rel != "index.html" {
            id.update(rel.as_bytes());
            id.update([0]);
            id.update(fs::read(&file).with_context(|| format!("reading {}", file.display()))?);
        }
    }
    Ok(hex(&id.finalize()[..8]))
}

/// Writes `sw.js` into `out`, the finished deploy folder: the offline worker,
/// or with `on` false one that removes itself and this blog's caches.
pub fn write_worker(out: &Path, baseurl: &str, on: bool) -> Result<()> {
    let base = serde_json::to_string(baseurl)?;
    let text = if on {
        let files = files(out)?;
        let mut version = Sha256::new();
        for file in &files {
            let rel = relative(out, file);
            if rel == WORKER {
                continue;
            }
            version.update(rel.as_bytes());
            version.update([0]);
            version.update(fs::read(file).with_context(|| format!("reading {}", file.display()))?);
        }
        version.update(ON.as_bytes());
        let version = hex(&version.finalize()[..8]);
        let mut shell = Vec::new();
        for file in &files {
            let rel = relative(out, file);
            if !is_shell(&rel) {
                continue;
            }
            let bytes = fs::read(file)?;
            let integrity = sha256_source(&bytes);
            let url = match rel.as_str() {
                "index.html" => format!("{baseurl}/"),
                _ => format!("{baseurl}/{rel}"),
            };
            shell.push((url, integrity));
        }
        format!(
            "const BASE = {base};\nconst VERSION = '{version}';\nconst BUILD = '{}';\nconst SHELL = {};\n\n{ON}",
            build_id(out)?,
            serde_json::to_string_pretty(&shell)?,
        )
    } else {
        format!("const BASE = {base};\n\n{OFF}")
    };
    let path = out.join(WORKER);
    fs::write(&path, text).with_context(|| format!("writing {}", path.display()))
}

/// The app shell: what a repeat visit needs before its first paint. The home
/// page, the start script, the app's JS and wasm (Trunk's names carry their
/// hash), the style sheets and the post index (and the shards the home page
/// reads). `early.js` is in the pages themselves.
fn is_shell(rel: &str) -> bool {
    let hashed = |prefix: &str, suffix: &str| {
        rel.starts_with(prefix) && rel.ends_with(suffix) && !rel.contains('/')
    };
    matches!(
        rel,
        "index.html"
            | "carnet-start.js"
            | "favicon.svg"
            | "posts/index.json"
            // What the home page reads first: the index's head and newest posts.
            | "posts/index/head.json"
            | "posts/index/newest-0.json"
    ) || hashed("carnet-web-", ".js")
        || hashed("carnet-web-", "_bg.wasm")
        || hashed("main-", ".css")
        || hashed("site-", ".css")
}

/// Every file under `dir`, sorted, so the version does not depend on the
/// order the file system lists them in.
fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in
            fs::read_dir(&folder).with_context(|| format!("reading {}", folder.display()))?
        {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                folders.push(entry.path());
            } else {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

fn relative(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("carnet-sw-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("posts")).unwrap();
        fs::write(dir.join("index.html"), "<html>home</html>").unwrap();
        fs::write(
            dir.join("carnet-start.js"),
            "import '/blog/carnet-web-1.js';",
        )
        .unwrap();
        fs::write(dir.join("carnet-web-1.js"), "glue").unwrap();
        fs::write(dir.join("carnet-web-1_bg.wasm"), "wasm").unwrap();
        fs::write(dir.join("highlight.js"), "lazy").unwrap();
        fs::write(dir.join("posts/index.json"), "{}").unwrap();
        fs::write(dir.join("posts/a.md"), "# a").unwrap();
        dir
    }

    fn constant<'a>(worker: &'a str, name: &str) -> &'a str {
        let start = worker.find(&format!("const {name} = ")).unwrap() + name.len() + 9;
        &worker[start..start + worker[start..].find(";\n").unwrap()]
    }

    #[test]
    fn the_worker_lists_the_shell_under_the_base_path_with_its_hashes() {
        let dir = folder("shell");
        write_worker(&dir, "/blog", true).unwrap();
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert_eq!(constant(&worker, "BASE"), "\"/blog\"");
        let page = with_build_id("<head></head>", &dir, true).unwrap();
        let build = constant(&worker, "BUILD").trim_matches('\'');
        assert_eq!(
            page,
            format!("<head>\n    <meta name=\"carnet-build\" content=\"{build}\"></head>")
        );
        let shell: Vec<(String, String)> =
            serde_json::from_str(constant(&worker, "SHELL")).unwrap();
        let urls: Vec<&str> = shell.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            urls,
            [
                "/blog/carnet-start.js",
                "/blog/carnet-web-1.js",
                "/blog/carnet-web-1_bg.wasm",
                "/blog/",
                "/blog/posts/index.json"
            ]
        );
        // sha256 of "glue", as a browser checks `integrity`.
        assert_eq!(
            shell[1].1,
            "sha256-mVUt6ZmKK4Jn34C1mENCQ33aMkaJ4tfGtqDIp/OS/7U="
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn any_changed_file_is_a_new_worker_and_rewriting_it_is_not() {
        let dir = folder("version");
        write_worker(&dir, "", true).unwrap();
        let first = fs::read_to_string(dir.join(WORKER)).unwrap();
        write_worker(&dir, "", true).unwrap();
        let again = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert_eq!(constant(&first, "VERSION"), constant(&again, "VERSION"));
        // A lazily loaded file is not the app: same build id, new worker.
        fs::write(dir.join("highlight.js"), "lazy, edited").unwrap();
        write_worker(&dir, "", true).unwrap();
        let lazy = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert_eq!(constant(&first, "BUILD"), constant(&lazy, "BUILD"));
        assert_ne!(constant(&first, "VERSION"), constant(&lazy, "VERSION"));
        fs::write(dir.join("posts/a.md"), "# a, edited").unwrap();
        write_worker(&dir, "", true).unwrap();
        let edited = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert_ne!(constant(&lazy, "VERSION"), constant(&edited, "VERSION"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn turned_off_the_worker_removes_itself_and_nothing_registers_it() {
        let dir = folder("off");
        write_worker(&dir, "/blog", false).unwrap();
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert!(worker.contains("registration.unregister()"));
        assert!(!worker.contains("addEventListener('fetch'"), "{worker}");
        let off = registration("/blog", false);
        assert!(!off.contains("register("), "{off}");
        assert!(off.contains("getRegistration('/blog/')"), "{off}");
        assert!(
            registration("/blog", true).contains("register('/blog/sw.js', { scope: '/blog/' })")
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
