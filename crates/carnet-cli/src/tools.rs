//! The build tools `carnet build` runs: Trunk, and the wasm-bindgen and
//! wasm-opt it calls, at the versions Trunk.toml pins. The setup installs
//! them in `~/.cargo/bin` and the project's `node_modules/.bin`; a plain
//! shell may have neither on its PATH, and Trunk would then try to download
//! them, which fails offline. So they are looked up here, and a missing one
//! is a one-line error naming the command that installs it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Result};

/// Versions Trunk.toml pins, as each tool prints them.
const PINNED: [(&str, &str); 3] = [
    ("trunk", "trunk 0.21.14"),
    ("wasm-bindgen", "wasm-bindgen 0.2.130"),
    ("wasm-opt", "wasm-opt version 132"),
];

/// A PATH on which every pinned tool answers with its pinned version.
pub struct Tools {
    path: OsString,
}

impl Tools {
    /// A `trunk` command with that PATH.
    pub fn trunk(&self) -> Command {
        let mut command = Command::new("trunk");
        command.env("PATH", &self.path);
        command
    }
}

/// Finds the pinned tools for the site in `site_dir`: its `node_modules/.bin`
/// (or an enclosing folder's), `~/.cargo/bin`, then the PATH.
pub fn pinned(site_dir: &Path) -> Result<Tools> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let start = site_dir
        .canonicalize()
        .unwrap_or_else(|_| site_dir.to_path_buf());
    if let Some(bin) = start
        .ancestors()
        .map(|dir| dir.join("node_modules").join(".bin"))
        .find(|bin| bin.is_dir())
    {
        dirs.push(bin);
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo").join("bin"));
    }
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(&dirs)?;
    for (tool, version) in PINNED {
        let found = Command::new(tool)
            .arg("--version")
            .env("PATH", &path)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string());
        match found {
            Some(v) if v.starts_with(version) => {}
            Some(v) => bail!("{tool}: found {v:?}, carnet needs {version:?}: run `make setup`"),
            None => bail!("{tool} ({version}) not found: run `make setup`"),
        }
    }
    Ok(Tools { path })
}
