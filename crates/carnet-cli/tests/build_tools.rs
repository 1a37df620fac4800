//! `carnet build` from a plain shell: it finds the pinned tools the setup
//! installed (`node_modules/.bin`, `~/.cargo/bin`) itself, and where one is
//! missing it says in one line which command installs it, instead of letting
//! Trunk try to download it (which fails offline with a DNS error).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where a tool the setup installed lives, from this test's own PATH.
fn installed(tool: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin")])
        .chain(std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin")))
        .map(|dir| dir.join(tool))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| panic!("{tool} is not installed: run `make setup` first"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carnet-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_missing_wasm_opt_is_one_line_naming_the_setup_command() {
    // A site outside the repository (no node_modules/.bin above it), a home
    // without ~/.cargo/bin, and a PATH with Trunk and wasm-bindgen only.
    let root = temp_dir("tools");
    let site = root.join("site");
    std::fs::create_dir_all(site.join("posts")).unwrap();
    std::fs::write(
        site.join("posts/2020-01-01-a.md"),
        "---\ntitle: A\n---\nA.\n",
    )
    .unwrap();
    let bin = root.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for tool in ["trunk", "wasm-bindgen"] {
        std::os::unix::fs::symlink(installed(tool), bin.join(tool)).unwrap();
    }
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(["build", "--out"])
        .arg(root.join("out"))
        .arg(&site)
        .env("PATH", &bin)
        .env("HOME", &root)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success(), "{stderr}");
    assert_eq!(
        stderr.trim(),
        "carnet: wasm-opt (wasm-opt version 132) not found: run `make setup`"
    );
    assert!(!root.join("out").exists(), "nothing is written");
    let _ = std::fs::remove_dir_all(&root);
}
