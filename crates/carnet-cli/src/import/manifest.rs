//! `.carnet-import.json` in the carnet site: what `carnet import` wrote, so a
//! re-run can tell a file it may replace (as it wrote it) from one the author
//! changed since, or wrote themselves (which it never replaces unasked).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

pub const FILE_NAME: &str = ".carnet-import.json";

#[derive(Default, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    /// The Jekyll site last imported, as given on the command line.
    pub source: String,
    /// Each written path (relative to the carnet site, `/`-separated) with the
    /// hash of the bytes import wrote there.
    pub files: BTreeMap<String, String>,
}

impl Manifest {
    /// The manifest of `dir`, empty when it has none.
    pub fn read(dir: &Path) -> Result<Manifest> {
        let path = dir.join(FILE_NAME);
        if !path.exists() {
            return Ok(Manifest::default());
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| {
            format!(
                "{}: not a carnet import manifest (delete it to import afresh)",
                path.display()
            )
        })
    }

    /// Writes the manifest unless it is already as it would be written:
    /// a re-run that changes nothing writes nothing. Says whether it wrote.
    pub fn write_if_changed(&self, dir: &Path, before: &Manifest) -> Result<bool> {
        if self == before {
            return Ok(false);
        }
        let path = dir.join(FILE_NAME);
        let json = serde_json::to_string_pretty(self).context("writing the import manifest")?;
        std::fs::write(&path, json + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(true)
    }
}
