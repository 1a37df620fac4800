//! `carnet`: the native command line over the same core the web app uses.
//! `index` writes the post index, `check` lints posts, `dump` prints what
//! carnet makes of a Jekyll site, `new` starts a draft.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use carnet::discover::{asset_base, IndexOptions, PostIndex};
    use carnet::post::permalink::slugify_default;
    use carnet::render::RenderOptions;
    use carnet::site::{load_site, now, LoadedSite};
    use clap::{Parser, Subcommand};
    use serde_json::json;

    #[derive(Parser)]
    #[command(
        name = "carnet",
        version,
        about = "A Jekyll-compatible blog that renders itself in the browser"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Write the post index the web app loads (default: DIR/posts/index.json).
        Index {
            #[arg(default_value = ".")]
            dir: PathBuf,
            /// Where to write the index.
            #[arg(long)]
            out: Option<PathBuf>,
            /// Include drafts, unpublished and future posts (for previews).
            #[arg(long)]
            preview: bool,
        },
        /// Lint every post; prints `path:line: message` and fails on errors.
        Check {
            #[arg(default_value = ".")]
            dir: PathBuf,
        },
        /// Print what carnet makes of each post of a site, as JSON, newest first.
        Dump {
            site_dir: PathBuf,
            #[arg(long)]
            drafts: bool,
            #[arg(long)]
            future: bool,
            #[arg(long)]
            unpublished: bool,
        },
        /// Create a draft in posts/_drafts/ with its front matter.
        New {
            title: String,
            #[arg(long, default_value = ".")]
            dir: PathBuf,
        },
    }

    pub fn run() -> ExitCode {
        let result = match Cli::parse().command {
            Command::Index { dir, out, preview } => index(&dir, out, preview),
            Command::Check { dir } => check(&dir),
            Command::Dump {
                site_dir,
                drafts,
                future,
                unpublished,
            } => dump(
                &site_dir,
                IndexOptions {
                    drafts,
                    future,
                    unpublished,
                    now: now(),
                },
            ),
            Command::New { title, dir } => new_draft(&dir, &title),
        };
        match result {
            Ok(code) => code,
            Err(message) => {
                eprintln!("carnet: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn load(dir: &Path) -> Result<LoadedSite, String> {
        load_site(dir)
    }

    fn index(dir: &Path, out: Option<PathBuf>, preview: bool) -> Result<ExitCode, String> {
        let site = load(dir)?;
        let options = IndexOptions {
            drafts: preview,
            future: preview,
            unpublished: preview,
            now: now(),
        };
        report(&site);
        let out = out.unwrap_or_else(|| site.posts_root.join("index.json"));
        let index = PostIndex::build(&site.config, site.posts, site.problems, options);
        let json = serde_json::to_string(&index).map_err(|e| e.to_string())?;
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!(
            "carnet: {} posts indexed in {}",
            index.posts.len(),
            out.display()
        );
        Ok(ExitCode::SUCCESS)
    }

    /// Prints each problem as `path:line: message`, the shape editors jump to.
    fn report(site: &LoadedSite) -> usize {
        let mut errors = 0;
        for p in &site.problems {
            let path = site.posts_root.join(&p.path);
            let level = if p.error { "error" } else { "warning" };
            match p.line {
                Some(line) => eprintln!("{}:{line}: {level}: {}", path.display(), p.message),
                None => eprintln!("{}: {level}: {}", path.display(), p.message),
            }
            errors += usize::from(p.error);
        }
        errors
    }

    fn check(dir: &Path) -> Result<ExitCode, String> {
        let site = load(dir)?;
        let errors = report(&site);
        eprintln!(
            "carnet: {} posts, {} errors, {} skipped",
            site.posts.len(),
            errors,
            site.problems.len() - errors
        );
        Ok(if errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        })
    }

    fn dump(dir: &Path, options: IndexOptions) -> Result<ExitCode, String> {
        let site = load(dir)?;
        report(&site);
        let render = RenderOptions {
            smart_quotes: site.config.smart_quotes,
            asset_base: asset_base(&site.config),
        };
        let index = PostIndex::build(&site.config, site.posts.clone(), Vec::new(), options);
        let posts: Vec<serde_json::Value> = index
            .posts
            .iter()
            .filter_map(|entry| site.posts.iter().find(|(p, _)| p.path == entry.path))
            .map(|(post, _)| {
                let prefix = site.posts_root.strip_prefix(dir).unwrap_or(Path::new(""));
                json!({
                    "path": prefix.join(&post.path).to_string_lossy().replace('\\', "/"),
                    "title": post.title,
                    "date": post.date.to_rfc3339(),
                    "slug": post.slug,
                    "categories": post.categories,
                    "tags": post.tags,
                    "url": post.url,
                    "excerpt_html": post.excerpt_html(&render),
                    "content_html": post.content_html(&render),
                    "published": post.published,
                    "draft": post.draft,
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&posts).map_err(|e| e.to_string())?
        );
        Ok(ExitCode::SUCCESS)
    }

    fn new_draft(dir: &Path, title: &str) -> Result<ExitCode, String> {
        let slug = slugify_default(title);
        if slug.is_empty() {
            return Err(format!("cannot make a file name from the title {title:?}"));
        }
        let drafts = dir.join("posts").join("_drafts");
        std::fs::create_dir_all(&drafts).map_err(|e| format!("{}: {e}", drafts.display()))?;
        let path = drafts.join(format!("{slug}.md"));
        if path.exists() {
            return Err(format!("{} already exists", path.display()));
        }
        let title_yaml = serde_json::to_string(title).map_err(|e| e.to_string())?;
        let text = format!(
            "---\ntitle: {title_yaml}\ndate: {}\ntags: []\n---\n\nWrite here.\n",
            today()
        );
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{}", path.display());
        Ok(ExitCode::SUCCESS)
    }

    /// Today's date (UTC) as `YYYY-MM-DD`, from the civil-from-days algorithm.
    fn today() -> String {
        let days = now().div_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!("{year:04}-{month:02}-{day:02}")
    }
}
