//! `carnet import JEKYLL_SITE [DIR]`: copies a Jekyll site into carnet's
//! layout (`_posts/` → `posts/`, `_drafts/` → `posts/_drafts/`, published
//! root files → `pages/`, `_includes/`, `_data/`, `_config.yml`) and says
//! what it did not carry. This module owns the writing: the manifest rule
//! that never overwrites a file the author changed, and the report. Which
//! files Jekyll publishes is in `reader` (with `filter`, Jekyll's entry
//! filter); the config's one addition is in `config`.

mod config;
mod filter;
mod manifest;
mod reader;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use carnet_core::index::content_hash;

use manifest::Manifest;
use reader::{read_site, Carried, Kind};

/// What happened to one planned file.
#[derive(PartialEq)]
enum Outcome {
    Written,
    Updated,
    Unchanged,
    /// Deleted by the author since import wrote it: left deleted.
    KeptDeleted,
    /// Changed by the author, or never written by import: not touched.
    Refused(String),
}

pub fn import(site: &Path, dir: &Path, force: bool) -> Result<ExitCode> {
    let plan = read_site(site)?;
    refuse_shared_paths(&plan.files)?;
    refuse_writing_into(site, dir, &plan.files)?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let before = Manifest::read(dir)?;
    let mut after = Manifest {
        source: site.canonicalize()?.display().to_string(),
        files: BTreeMap::new(),
    };
    let mut outcomes = Vec::new();
    for file in &plan.files {
        let outcome = apply(dir, file, &before, force)?;
        if let Some(hash) = recorded_hash(&outcome, file, &before) {
            after.files.insert(file.dest.clone(), hash);
        }
        outcomes.push((file, outcome));
    }
    // Files written by an earlier import that the site no longer has stay
    // the author's to delete; they stay recorded so a later import may update them.
    for (path, hash) in &before.files {
        after
            .files
            .entry(path.clone())
            .or_insert_with(|| hash.clone());
    }
    let wrote_manifest = after.write_if_changed(dir, &before)?;
    let code = report(site, dir, &outcomes, &plan.left_out, wrote_manifest);
    note_other_posts(dir, &after);
    Ok(code)
}

/// Posts already in DIR/posts/ that import did not write (in carnet's own
/// repository, the sample blog's) would be published beside the imported
/// ones: say so, since the author most likely wants them gone.
fn note_other_posts(dir: &Path, written: &Manifest) {
    let mut others = 0;
    let mut stack = vec![dir.join("posts")];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let post = matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "markdown" | "html")
            );
            if path.is_dir() {
                stack.push(path);
            } else if post && !written.files.contains_key(&rel) {
                others += 1;
            }
        }
    }
    if others > 0 {
        println!(
            "note: {} also has {others} posts carnet import did not write (the sample blog's?): they are published beside the imported ones; delete them if they are not yours",
            dir.join("posts").display()
        );
    }
}

/// The site is only read: a DIR inside it (or the same folder) is refused
/// before anything is written.
fn refuse_writing_into(site: &Path, dir: &Path, files: &[Carried]) -> Result<()> {
    let site = site
        .canonicalize()
        .with_context(|| format!("reading {}", site.display()))?;
    // DIR may not exist yet: nothing is created before this check.
    let dir = match dir.canonicalize() {
        Ok(dir) => dir,
        Err(_) => std::path::absolute(dir).with_context(|| format!("reading {}", dir.display()))?,
    };
    let inside = |path: &Path| path.starts_with(&site);
    if inside(&dir) || files.iter().any(|f| inside(&dir.join(&f.dest))) {
        bail!(
            "{} is inside the Jekyll site {}: import would change the site it reads; import into a folder outside it",
            dir.display(),
            site.display()
        );
    }
    Ok(())
}

/// Two Jekyll files for one carnet path (`_posts/a/x.md` and
/// `a/_posts/x.md` are both `posts/a/x.md`): stop before writing either.
fn refuse_shared_paths(files: &[Carried]) -> Result<()> {
    let mut seen = BTreeMap::new();
    for file in files {
        if let Some(other) = seen.insert(&file.dest, &file.source) {
            bail!(
                "{other} and {} would both be written to {}: rename one of them in the Jekyll site",
                file.source,
                file.dest
            );
        }
    }
    Ok(())
}

/// Writes `file` into `dir` unless the author's copy must be kept.
fn apply(dir: &Path, file: &Carried, before: &Manifest, force: bool) -> Result<Outcome> {
    let path = dir.join(&file.dest);
    let current = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let recorded = before.files.get(&file.dest);
    let outcome = match (&current, recorded) {
        (Some(bytes), _) if *bytes == file.bytes => {
            keep_time(&path, file)?;
            return Ok(Outcome::Unchanged);
        }
        (None, Some(_)) if !force => return Ok(Outcome::KeptDeleted),
        (None, _) => Outcome::Written,
        (Some(bytes), Some(hash)) if content_hash(bytes) == *hash => Outcome::Updated,
        (Some(_), _) if force => Outcome::Updated,
        (Some(_), recorded) => return Ok(Outcome::Refused(refusal(file, recorded.is_some()))),
    };
    write(&path, &file.bytes)?;
    keep_time(&path, file)?;
    Ok(outcome)
}

/// The copy gets the Jekyll file's time, as `cp -p` would: Jekyll dates a
/// draft by its file's time, and so does carnet.
fn keep_time(path: &Path, file: &Carried) -> Result<()> {
    let Some(modified) = file.modified else {
        return Ok(());
    };
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(modified))
        .with_context(|| format!("setting the time of {}", path.display()))
}

/// The hash to record for `file`: what is now on disk if import wrote it
/// (or it already held those bytes), else the earlier record, so a refused
/// or deleted file stays the author's on the next run too.
fn recorded_hash(outcome: &Outcome, file: &Carried, before: &Manifest) -> Option<String> {
    match outcome {
        Outcome::Written | Outcome::Updated | Outcome::Unchanged => Some(content_hash(&file.bytes)),
        Outcome::KeptDeleted | Outcome::Refused(_) => before.files.get(&file.dest).cloned(),
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

fn refusal(file: &Carried, written_before: bool) -> String {
    if written_before {
        return format!(
            "{}: changed since carnet import wrote it (from {})",
            file.dest, file.source
        );
    }
    if file.kind == Kind::Config {
        return "_config.yml: already there and not written by carnet import (the sample blog's?): merge the Jekyll site's _config.yml into it by hand, or move it aside".to_string();
    }
    format!(
        "{}: already there and not written by carnet import (it would be {})",
        file.dest, file.source
    )
}

/// Prints what was done, carried and left out; fails when files were refused.
fn report(
    site: &Path,
    dir: &Path,
    outcomes: &[(&Carried, Outcome)],
    left_out: &[String],
    wrote_manifest: bool,
) -> ExitCode {
    let count = |want: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| want(o)).count();
    let written = count(&|o| *o == Outcome::Written);
    let updated = count(&|o| *o == Outcome::Updated);
    let unchanged = count(&|o| *o == Outcome::Unchanged);
    println!("carnet import: {} into {}", site.display(), dir.display());
    println!("  {}", kinds_summary(outcomes));
    if written + updated == 0 && !wrote_manifest {
        println!("  nothing to do: every file is already as import writes it ({unchanged} files)");
    } else {
        println!("  {written} files written, {updated} updated, {unchanged} already up to date");
    }
    for (file, outcome) in outcomes {
        if *outcome == Outcome::KeptDeleted {
            println!(
                "  kept deleted: {} (deleted since import wrote it; --force brings it back)",
                file.dest
            );
        }
    }
    if !left_out.is_empty() {
        println!("not carried:");
        for line in left_out {
            println!("  {line}");
        }
    }
    let refused: Vec<&String> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Refused(why) => Some(why),
            _ => None,
        })
        .collect();
    if refused.is_empty() {
        return ExitCode::SUCCESS;
    }
    for why in &refused {
        eprintln!("carnet: refused: {why}");
    }
    eprintln!(
        "carnet: {} left as {}, everything else imported; run again with --force to replace {} with the Jekyll site's",
        if refused.len() == 1 { "1 file".to_string() } else { format!("{} files", refused.len()) },
        if refused.len() == 1 { "it is" } else { "they are" },
        if refused.len() == 1 { "it" } else { "them" },
    );
    ExitCode::FAILURE
}

/// `4 posts, 1 draft, ...`: what the site holds, by kind, in a fixed order.
fn kinds_summary(outcomes: &[(&Carried, Outcome)]) -> String {
    let kinds = [
        (Kind::Post, "post"),
        (Kind::Draft, "draft"),
        (Kind::Page, "page"),
        (Kind::Static, "static file"),
        (Kind::Include, "include"),
        (Kind::Data, "data file"),
    ];
    let mut parts: Vec<String> = kinds
        .iter()
        .map(|(kind, name)| {
            let n = outcomes.iter().filter(|(f, _)| f.kind == *kind).count();
            format!("{n} {name}{}", if n == 1 { "" } else { "s" })
        })
        .collect();
    if outcomes.iter().any(|(f, _)| f.kind == Kind::Config) {
        parts.push("_config.yml".into());
    }
    parts.join(", ")
}
