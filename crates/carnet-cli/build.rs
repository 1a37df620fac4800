//! Lists the highlighter's scripts for `src/highlight.rs`, which embeds them
//! (`carnet` colours code without npm or the repository at hand): the
//! vendored highlight.js grammars and carnet's Rouge rules, each under the
//! path the browser fetches it from, as `carnetHighlight.needs` names it.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = String::from(
        "/// Each script the highlighter may need: its path on the site, its text.\n\
         pub const SCRIPTS: &[(&str, &str)] = &[\n",
    );
    for (dir, served) in [
        ("vendor/highlight.js/languages", "highlight/languages"),
        ("public/rouge", "rouge"),
    ] {
        let dir = root.join(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".js"))
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name).display().to_string();
            writeln!(
                out,
                "    ({:?}, include_str!({path:?})),",
                format!("{served}/{name}")
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("scripts.rs");
    std::fs::write(target, out).unwrap();
}
