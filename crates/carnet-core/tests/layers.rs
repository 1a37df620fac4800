//! The core's layers, checked: each module uses only the modules listed
//! before it in `LAYERS` (the order `lib.rs` and ARCHITECTURE.md give), so a
//! rule added in the wrong place fails here instead of growing a cycle.

use std::path::Path;

const LAYERS: [&str; 11] = [
    "text", "time", "yaml", "config", "markdown", "post", "page", "liquid", "index", "catalog",
    "pages",
];

fn layer(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| *l == module)
        .unwrap_or_else(|| panic!("module {module} is not in LAYERS: add it where it belongs"))
}

/// Every `crate::name` a source text mentions (code and doc links alike).
fn uses(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .map(|(i, _)| {
            text[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .filter(|name: &String| !name.is_empty() && name != "html")
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_later_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in all {
        let relative = path.strip_prefix(&src).unwrap();
        let module = relative
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" {
            continue;
        }
        let own = layer(&module);
        let text = std::fs::read_to_string(&path).unwrap();
        for used in uses(&text) {
            if layer(&used) > own {
                wrong.push(format!("{}: uses crate::{used}", relative.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "later layers used:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_a_use() {
    assert_eq!(
        uses("use crate::post::Post;\nx crate::text::escape"),
        ["post", "text"]
    );
}
