//! `carnet`: the native command line over the same core the web app uses.
//! `index` writes the post index, `check` lints posts, `dump` prints what
//! carnet makes of a Jekyll site, `new` starts a draft, `build` writes a
//! deploy folder (prerendered pages, feed, sitemap), `import` copies a
//! Jekyll site into carnet's layout.

mod build;
mod copies;
mod feed;
mod highlight;
mod import;
mod load;
mod offline;
mod prerender;
mod shell;
mod site;
mod tools;

fn main() -> std::process::ExitCode {
    run()
}

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use carnet_core::catalog::shards::SHARDS_FOLDER;
use carnet_core::index::{IndexOptions, Problem};
use carnet_core::markdown::RenderOptions;
use carnet_core::post::permalink::slugify_default;
use carnet_core::post::Post;
use carnet_core::time::PostDate;
use clap::{Parser, Subcommand};
use serde::Serialize;

use build::{build, BuildOptions};
use load::{load_site, now, LoadedSite};

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
        /// The path the blog is served under, e.g. `/blog/` (overrides `baseurl`).
        #[arg(long)]
        base_path: Option<String>,
        /// Also write the site's static files, page sources and redirect
        /// pages into this folder (Trunk's staging folder, for `trunk serve`).
        #[arg(long)]
        site_files: Option<PathBuf>,
    },
    /// Lint every post; prints `path:line: message` and fails on errors.
    Check {
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Print what carnet makes of each post of a site, as JSON, newest first.
    Dump {
        /// A Jekyll site (`_config.yml`, `_posts/`, `_drafts/`) or a carnet site (`posts/`).
        site_dir: PathBuf,
        /// Include drafts (`_drafts/`).
        #[arg(long)]
        drafts: bool,
        /// Include posts dated after now.
        #[arg(long)]
        future: bool,
        /// Include posts with `published: false`.
        #[arg(long)]
        unpublished: bool,
    },
    /// Write a deploy folder: the app, prerendered pages, feed, sitemap.
    Build {
        /// The site folder (holding `_config.yml` and `posts/`).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Where to write the site.
        #[arg(long)]
        out: PathBuf,
        /// The path the blog is served under, e.g. `/blog/` (overrides `baseurl`).
        #[arg(long)]
        base_path: Option<String>,
        /// Include drafts, unpublished and future posts.
        #[arg(long)]
        drafts: bool,
        /// The address the site is served at (overrides `url`, as `jekyll serve`
        /// does): feed links, canonical links and redirects use it.
        #[arg(long)]
        url: Option<String>,
        /// Use this Trunk release build instead of running Trunk.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Copy a Jekyll site into a carnet site: posts, drafts, pages, static files, includes, data, _config.yml.
    Import {
        /// The Jekyll site folder (it is only read).
        site: PathBuf,
        /// The carnet site to write into.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Also replace files changed since the last import, or not written by it.
        #[arg(long)]
        force: bool,
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
        Command::Index {
            dir,
            out,
            preview,
            base_path,
            site_files,
        } => index(&dir, out, preview, base_path.as_deref(), site_files),
        Command::Check { dir } => check(&dir),
        Command::Dump {
            site_dir,
            drafts,
            future,
            unpublished,
        } => dump(&site_dir, |now| IndexOptions {
            drafts,
            future,
            unpublished,
            now,
        }),
        Command::Import { site, dir, force } => import::import(&site, &dir, force),
        Command::New { title, dir } => new_draft(&dir, &title),
        Command::Build {
            dir,
            out,
            base_path,
            drafts,
            url,
            from,
        } => site_build(BuildOptions {
            site_dir: dir,
            out,
            base_path,
            drafts,
            url,
            from,
        }),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            // `{:#}`: the error with its context, on one line.
            eprintln!("carnet: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn index(
    dir: &Path,
    out: Option<PathBuf>,
    preview: bool,
    base_path: Option<&str>,
    site_files: Option<PathBuf>,
) -> Result<ExitCode> {
    let mut site = load_site(dir)?;
    if let Some(base) = base_path {
        site.move_under(base);
    }
    let options = IndexOptions {
        drafts: preview,
        future: preview,
        unpublished: preview,
        now: site.now,
    };
    report(&site);
    let out = out.unwrap_or_else(|| site.posts_root.join("index.json"));
    let index = site.index(options);
    for problem in index.problems.iter().filter(|p| !site.problems.contains(p)) {
        print_problem(&site, problem);
    }
    build::write_index(&index, &out)?;
    let liquid = index.liquid_site(&site.files, options.now);
    let copies = copies::write_copies(&site, &index, &liquid, &out.with_file_name(SHARDS_FOLDER))?;
    eprintln!(
        "carnet: {} posts indexed in {}, {copies} first-paint copies",
        index.posts.len(),
        out.display()
    );
    if let Some(folder) = site_files {
        let written = site::write_site_files(&site, &index, &liquid, &folder)?;
        site::write_redirects(&index, &folder)?;
        shell::prepare(&folder, &site.config.baseurl)?;
        eprintln!(
            "carnet: {} pages, {written} files copied into {}",
            index.pages.len(),
            folder.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints each problem as `path:line: message`, the shape editors jump to.
fn report(site: &LoadedSite) -> usize {
    for warning in &site.warnings {
        eprintln!("{warning}");
    }
    let mut errors = 0;
    for p in &site.problems {
        print_problem(site, p);
        errors += usize::from(p.is_error());
    }
    errors
}

fn print_problem(site: &LoadedSite, p: &Problem) {
    let path = site.posts_root.join(&p.path);
    let level = if p.is_error() { "error" } else { "warning" };
    match p.line {
        Some(line) => eprintln!("{}:{line}: {level}: {}", path.display(), p.message),
        None => eprintln!("{}: {level}: {}", path.display(), p.message),
    }
}

fn check(dir: &Path) -> Result<ExitCode> {
    let site = load_site(dir)?;
    let mut errors = report(&site);
    // Every post, drafts and future ones too: they will be published one day.
    let everything = IndexOptions {
        drafts: true,
        future: true,
        unpublished: true,
        now: now(),
    };
    for problem in site.liquid_problems(everything) {
        print_problem(&site, &problem);
        errors += usize::from(problem.is_error());
    }
    eprintln!(
        "carnet: {} posts, {} errors, {} warnings",
        site.posts.len(),
        errors,
        site.problems.iter().filter(|p| !p.is_error()).count()
    );
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// One post as `carnet dump` prints it: the contract tools compare with Jekyll.
#[derive(Serialize)]
struct DumpedPost {
    path: String,
    title: String,
    date: String,
    slug: String,
    categories: Vec<String>,
    tags: Vec<String>,
    url: String,
    excerpt_html: String,
    content_html: String,
    published: bool,
    draft: bool,
}

/// `options` gives what is shown at the site's build time.
fn dump(dir: &Path, options: impl Fn(i64) -> IndexOptions) -> Result<ExitCode> {
    let site = load_site(dir)?;
    let options = options(site.now);
    report(&site);
    let liquid = site.index(options).liquid_site(&site.files, options.now);
    // Links stay as written, as Jekyll leaves them (the web app rebases them).
    let render = RenderOptions {
        asset_base: String::new(),
        ..RenderOptions::for_site(&site.config)
    };
    let prefix = site.posts_root.strip_prefix(dir).unwrap_or(Path::new(""));
    let mut shown: Vec<&Post> = site
        .posts
        .iter()
        .map(|(post, _)| post)
        .filter(|post| options.shows(post, &site.config))
        .collect();
    // Jekyll's `site.posts`: by date then path, newest first.
    shown.sort_by(|a, b| {
        b.date
            .timestamp()
            .cmp(&a.date.timestamp())
            .then_with(|| b.path.cmp(&a.path))
    });
    let highlighter = highlight::Highlighter::new()?;
    let text_of = |post: &Post| {
        let bytes = site
            .posts
            .iter()
            .find(|(p, _)| p.path == post.path)
            .map(|(_, b)| b.as_slice());
        String::from_utf8_lossy(bytes.unwrap_or_default()).into_owned()
    };
    let posts: Vec<DumpedPost> = shown
        .into_iter()
        .map(|post| (post, text_of(post)))
        .map(|(post, text)| DumpedPost {
            path: prefix.join(&post.path).to_string_lossy().replace('\\', "/"),
            title: post.title.clone(),
            date: post.date.to_rfc3339(),
            slug: post.slug.clone(),
            categories: post.categories.clone(),
            tags: post.tags.clone(),
            url: post.url.clone(),
            excerpt_html: highlighter.html(&liquid.render_excerpt(post, &text, &render).0),
            content_html: highlighter.html(&liquid.render_post(post, &text, &render).0.html),
            published: post.published,
            draft: post.draft,
        })
        .collect();
    println!(
        "{}",
        serde_json::to_string_pretty(&posts).context("printing the posts")?
    );
    Ok(ExitCode::SUCCESS)
}

fn site_build(options: BuildOptions) -> Result<ExitCode> {
    let report = build(&options)?;
    eprintln!(
        "carnet: {} posts, {} pages, {} files, {} redirects written to {}",
        report.posts,
        report.pages,
        report.files,
        report.redirects,
        options.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn new_draft(dir: &Path, title: &str) -> Result<ExitCode> {
    let slug = slugify_default(title);
    if slug.is_empty() {
        bail!("cannot make a file name from the title {title:?}");
    }
    let drafts = dir.join("posts").join("_drafts");
    std::fs::create_dir_all(&drafts).with_context(|| format!("creating {}", drafts.display()))?;
    let path = drafts.join(format!("{slug}.md"));
    if path.exists() {
        bail!("{} already exists", path.display());
    }
    let title_yaml = serde_json::to_string(title).context("quoting the title")?;
    let text = format!(
        "---\ntitle: {title_yaml}\ndate: {}\ntags: []\n---\n\nWrite here.\n",
        today()
    );
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    println!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let date = PostDate::at(now(), 0);
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}
