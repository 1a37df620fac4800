//! The app shell (Trunk's built `index.html`) as carnet serves it. Trunk
//! starts the app with an inline module script and preloads its wasm from the
//! head. carnet moves the script into `carnet-start.js`, behind a wait for the
//! first paint (and so a strict policy can forbid it), and hands
//! the wasm preload to `early.js`: on a host without prerendered pages a
//! first-paint module may be drawing the page, and the app's 300 KB would
//! take the network from it (`public/early.js`, the app's `first_paint`).
//! The post-build hook (`carnet index --site-files`) prepares Trunk's output
//! this way, so `trunk serve`, a plain `trunk build` and `carnet build` start
//! the app alike. The hook also writes `early.js` into the page: on the phone
//! profile its own request cost a round trip before any of its fetches began.
//! `carnet build` keeps it there and names its hash in the policy, which
//! allows no other inline script.

use std::fs;
use std::path::Path;

use crate::site::{sha256_source, write};
use anyhow::{Context, Result};

/// The app's start script, out of the page.
pub const START_SCRIPT: &str = "carnet-start.js";

/// The app compiles and starts after the first paint, not in its way: a
/// prerendered page's (on 2 cores, compiling the wasm while the page was laid
/// out put its first paint at 1.24× a static page's), or the page the
/// first-paint module draws (`early.js` sets `carnetFirstPaint`).
const AFTER_FIRST_PAINT: &str = "await (window.carnetFirstPaint || \
     new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))));\n";

const INLINE_START: &str = "<script type=\"module\">";
const EARLY_SCRIPT: &str = "<script src=\"early.js\"></script>";

/// Prepares Trunk's output in `folder` (its staging folder): the shell's
/// start script moved to [`START_SCRIPT`], the wasm preload handed to
/// `early.js`. A shell prepared already is left as it is.
pub fn prepare(folder: &Path, baseurl: &str) -> Result<()> {
    let path = folder.join("index.html");
    let shell = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    if let (shell, Some(start)) = move_start_script(&shell, baseurl) {
        let early = fs::read_to_string(folder.join(EARLY_FILE)).unwrap_or_default();
        write(&folder.join(START_SCRIPT), &start)?;
        write(&path, &with_early_inline(&shell, &early))?;
    }
    Ok(())
}

const EARLY_FILE: &str = "early.js";
/// Marks the inline copy of `early.js`, so `carnet build` finds it.
const EARLY_INLINE: &str = "<script data-early";

/// `early.js`'s tag with the script's text in it (unless the text could end the tag).
fn with_early_inline(shell: &str, early: &str) -> String {
    let Some(start) = shell.find("<script src=\"early.js\"") else {
        return shell.to_string();
    };
    let Some(end) = shell[start..].find("</script>").map(|e| start + e) else {
        return shell.to_string();
    };
    if early.is_empty() || early.contains("</script") {
        return shell.to_string();
    }
    let attributes = &shell[start + "<script src=\"early.js\"".len()..end];
    let attributes = attributes.strip_suffix('>').unwrap_or(attributes);
    format!(
        "{}{EARLY_INLINE}{attributes}>\n{early}{}",
        &shell[..start],
        &shell[end..]
    )
}

/// `early.js` for a page under the policy. It stays inline, before the style
/// sheets, where the hook put it, and the policy allows it by its hash (the
/// second value). Moved back to its file at the end of the head, it held the
/// body's parsing back until its own request came: on the phone profile a
/// deploy's article text showed at ×1.39 a static page's time, ×1.02–1.17
/// inline. A prerendered page needs no first paint: the app's wasm is
/// preloaded from the head as Trunk had it, after the style sheets (a request
/// before them holds them back). A shell without the inline copy keeps its
/// `early.js` file and needs no hash.
fn with_early_for_policy(shell: &str) -> (String, Option<String>) {
    let Some(start) = shell.find(EARLY_INLINE) else {
        return (shell.to_string(), None);
    };
    let Some(open_end) = shell[start..].find('>').map(|e| start + e) else {
        return (shell.to_string(), None);
    };
    let Some(end) = shell[open_end..].find("</script>").map(|e| open_end + e) else {
        return (shell.to_string(), None);
    };
    let text = &shell[open_end + 1..end];
    let hash = format!("'{}'", sha256_source(text.as_bytes()));
    let wasm = attribute(&shell[start..open_end], "data-app-wasm").unwrap_or_default();
    let preload = format!(
        "<link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\"></head>"
    );
    let shell = format!("{}{EARLY_INLINE}>{text}{}", &shell[..start], &shell[end..]);
    (shell.replacen("</head>", &preload, 1), Some(hash))
}

/// The shell of the app built in `app`, prepared for a page under the policy.
pub struct Prepared {
    pub shell: String,
    /// The start script (`None` for a shell that starts no app).
    pub start: Option<String>,
    /// The hash the policy allows the inline `early.js` by, if it is inline.
    pub early_hash: Option<String>,
}

/// The shell of the app built in `app`, prepared for a page under the
/// policy, and its start script.
pub fn prepared(app: &Path, baseurl: &str) -> Result<Prepared> {
    let path = app.join("index.html");
    let shell = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let (shell, early_hash) = with_early_for_policy(&shell);
    let (shell, start) = match move_start_script(&shell, baseurl) {
        (shell, Some(start)) => (shell, Some(start)),
        (shell, None) => {
            let path = app.join(START_SCRIPT);
            match fs::read_to_string(&path) {
                Ok(start) => (shell, Some(start)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => (shell, None),
                Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
            }
        }
    };
    Ok(Prepared {
        shell,
        start,
        early_hash,
    })
}

/// The shell with Trunk's inline start script replaced by a link to
/// [`START_SCRIPT`] and its wasm preload handed to `early.js`, and the start
/// script; `None` for a shell without an inline start script.
fn move_start_script(shell: &str, baseurl: &str) -> (String, Option<String>) {
    let Some(start) = shell.find(INLINE_START) else {
        return (shell.to_string(), None);
    };
    let Some(end) = shell[start..].find("</script>").map(|e| start + e) else {
        return (shell.to_string(), None);
    };
    let script = &shell[start + INLINE_START.len()..end];
    let tag = format!("<script type=\"module\" src=\"{baseurl}/{START_SCRIPT}\"></script>");
    let moved = format!(
        "{}{tag}{}",
        &shell[..start],
        &shell[end + "</script>".len()..]
    );
    (
        without_wasm_preload(&moved),
        Some(format!("{AFTER_FIRST_PAINT}{script}")),
    )
}

/// Trunk's `<link rel="preload" … _bg.wasm …>` removed, its address given to
/// `early.js` as `data-app-wasm` instead.
fn without_wasm_preload(shell: &str) -> String {
    let link = shell
        .match_indices("<link rel=\"preload\"")
        .find_map(|(i, _)| {
            let end = i + shell[i..].find('>')? + 1;
            shell[i..end].contains("_bg.wasm\"").then_some((i, end))
        });
    let Some((start, end)) = link else {
        return shell.to_string();
    };
    let href = attribute(&shell[start..end], "href").unwrap_or_default();
    let shell = format!("{}{}", &shell[..start], &shell[end..]);
    let early = format!("<script src=\"early.js\" data-app-wasm=\"{href}\"></script>");
    shell.replacen(EARLY_SCRIPT, &early, 1)
}

/// The value of `name="…"` in a tag Trunk wrote (its values need no unescaping).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[from..].find('"')?;
    Some(&tag[from..from + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<html><head><title>x</title>\n<script type=\"module\">\nimport init from '/blog/app.js';\nawait init();\n</script>\
        <script src=\"early.js\"></script>\
        <link rel=\"modulepreload\" href=\"/blog/app.js\"><link rel=\"preload\" href=\"/blog/app_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";

    #[test]
    fn the_start_script_leaves_the_page_behind_a_wait_for_the_first_paint() {
        let (page, script) = move_start_script(TRUNK, "/blog");
        let script = script.unwrap();
        assert!(script.starts_with(AFTER_FIRST_PAINT), "{script}");
        assert!(script.ends_with("\nimport init from '/blog/app.js';\nawait init();\n"));
        assert!(page.contains("<script type=\"module\" src=\"/blog/carnet-start.js\"></script>"));
        assert!(!page.contains("await init"));
        assert_eq!(
            move_start_script(&page, "/blog"),
            (page.clone(), None),
            "prepared once"
        );
    }

    #[test]
    fn early_js_gets_the_wasm_preload() {
        let (page, _) = move_start_script(TRUNK, "/blog");
        assert!(!page.contains("_bg.wasm\" crossorigin"), "{page}");
        assert!(
            page.contains("<script src=\"early.js\" data-app-wasm=\"/blog/app_bg.wasm\"></script>")
        );
        assert!(
            page.contains("<link rel=\"modulepreload\" href=\"/blog/app.js\">"),
            "the JS stays"
        );
    }

    #[test]
    fn early_js_stays_inline_under_the_policy_allowed_by_its_hash() {
        let (page, _) = move_start_script(TRUNK, "/blog");
        let page = with_early_inline(&page, "var x = 1;\n");
        let (page, hash) = with_early_for_policy(&page);
        assert!(
            page.contains("<script data-early>\nvar x = 1;\n</script>"),
            "{page}"
        );
        // The SHA-256 of the script's text as a browser hashes it (openssl's).
        assert_eq!(
            hash.as_deref(),
            Some("'sha256-gHAzIVRaQxzYNNimjwLbjxxQL8U3ofFkNNb+igm7dTw='")
        );
        assert!(page.ends_with("<link rel=\"preload\" href=\"/blog/app_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\"></head><body></body></html>"), "{page}");
        assert_eq!(
            with_early_for_policy(TRUNK),
            (TRUNK.to_string(), None),
            "no inline copy"
        );
    }
}
