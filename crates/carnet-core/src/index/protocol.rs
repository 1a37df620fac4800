//! The browser's indexer worker protocol: what `carnet index` does, for a host that only has
//! Markdown files. It runs in a Web Worker built as its own small wasm module
//! (`carnet-indexer`), which the app starts only when it has posts to read
//! itself: the YAML parser, the date and permalink rules and the listing
//! parsers then stay out of the module every visitor downloads, and parsing
//! many posts never blocks the page.
//!
//! The app fetches (it owns retries and limits); the worker only reads text.
//! Requests and responses are JSON, so this module runs natively in tests too.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use super::listing::{looks_like_html, parse_listing_under, post_files};
use super::source::{read_post, SourceFile};
use super::{IncludeFile, IndexOptions, PostEntry, PostIndex, Problem, SiteFiles};
use crate::config::SiteConfig;
use crate::markdown::{RenderOptions, Rendered};
use crate::page::Page;
use crate::post::{body_of, Post};

/// Where a render request names a site page rather than a post: the folder
/// the app fetches page sources from (`_pages/about.md`).
pub const PAGE_SOURCES: &str = "_pages/";
use crate::time::PostDate;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    /// The post files a directory listing of the posts folder shows.
    Listing {
        body: String,
        content_type: Option<String>,
        listing_path: String,
        /// `_config.yml` as the host serves it: its `markdown_ext` says which files are posts.
        #[serde(default)]
        config: Option<String>,
    },
    /// Post index entries for these files, as `carnet index` would write them.
    Posts {
        /// `_config.yml` as the host serves it; `None` when it has none.
        config: Option<String>,
        /// The base path the app's own index uses, which wins over the config's.
        baseurl: Option<String>,
        files: Vec<FetchedPost>,
        /// Seconds since the epoch: future posts are left out.
        now: i64,
    },
    /// A post with Liquid, rendered as `carnet build` renders it: Liquid
    /// with the site the index shows, then Markdown.
    Render(Box<RenderRequest>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RenderRequest {
    /// The post index as the host served it: what `site.*` shows. `None`
    /// where the host has none: the worker then uses the index it built.
    pub index_json: Option<String>,
    /// `_config.yml` as written and the includes fetched so far.
    pub files: SiteFiles,
    /// The post: its path in the index, and its file.
    pub path: String,
    pub text: String,
    /// `site.time`, seconds since the epoch.
    pub now: i64,
}

/// A rendered post, or the files to fetch before it can be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RenderAnswer {
    Needs(Vec<IncludeFile>),
    Done {
        rendered: Rendered,
        /// The Liquid error the post was shown without, if any.
        problem: Option<Problem>,
    },
}

/// A post file as the app fetched it: its text, or why it could not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FetchedPost {
    pub path: String,
    pub text: Result<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Listing(Result<Vec<String>, IndexerError>),
    Posts(Result<Box<PostIndex>, IndexerError>),
    Render(Result<RenderAnswer, IndexerError>),
}

/// Why the indexer could not answer. Messages of other modules' errors cross
/// the worker boundary as text, in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum IndexerError {
    #[error("_config.yml: {0}")]
    Config(String),
    #[error("{path}: {message}")]
    Listing { path: String, message: String },
    #[error("{0}")]
    Render(String),
    /// Only a mismatched app and worker get here; said rather than hung on.
    #[error("the indexer could not read a request: {0}")]
    Request(String),
}

/// Answers one request (JSON in, JSON out): the worker's whole job.
pub fn answer_json(request: &str) -> String {
    let response = match serde_json::from_str::<Request>(request) {
        Ok(request) => answer(request),
        Err(e) => Response::Posts(Err(IndexerError::Request(e.to_string()))),
    };
    serde_json::to_string(&response).unwrap_or_default()
}

pub fn answer(request: Request) -> Response {
    match request {
        Request::Listing {
            body,
            content_type,
            listing_path,
            config,
        } => Response::Listing(site_config(config.as_deref()).and_then(|site| {
            parse_listing_under(&body, content_type.as_deref(), &listing_path)
                .map(|entries| post_files(&entries, &site))
                .map_err(|e| IndexerError::Listing {
                    path: listing_path,
                    message: e.to_string(),
                })
        })),
        Request::Posts {
            config,
            baseurl,
            files,
            now,
        } => Response::Posts(index_posts(config.as_deref(), baseurl, files, now).map(Box::new)),
        Request::Render(request) => Response::Render(render(*request)),
    }
}

thread_local! {
    /// The index this worker built last (hosts without one): the site a
    /// post's Liquid sees there.
    static BUILT: RefCell<Option<PostIndex>> = const { RefCell::new(None) };
}

/// Liquid, then Markdown, with the same functions as `carnet build`; the
/// post's front matter comes from its entry, read natively.
fn render(request: RenderRequest) -> Result<RenderAnswer, IndexerError> {
    let RenderRequest {
        index_json,
        files,
        path,
        text,
        now,
    } = request;
    // The app names the post beside the message.
    let fail = IndexerError::Render;
    let built = BUILT.with(|b| b.borrow().clone());
    // The index as served, with the posts this worker found through the
    // listing since (a stale index), or the one it built (no index at all).
    let index: PostIndex = match (index_json, built) {
        (Some(json), built) => {
            let mut index: PostIndex =
                serde_json::from_str(&json).map_err(|e| fail(e.to_string()))?;
            if let Some(built) = built {
                let known = |p: &PostEntry| index.posts.iter().any(|e| e.path == p.path);
                let more: Vec<PostEntry> =
                    built.posts.iter().filter(|p| !known(p)).cloned().collect();
                index.merge(PostIndex {
                    posts: more,
                    problems: Vec::new(),
                    ..built
                });
            }
            index
        }
        (None, built) => built.ok_or_else(|| fail("no post index".into()))?,
    };
    let needs = files.missing_includes(&path, body_of(&text), &index.data_files);
    if !needs.is_empty() {
        return Ok(RenderAnswer::Needs(needs));
    }
    let site = &index.site;
    let (post, lang) = match path.strip_prefix(PAGE_SOURCES) {
        Some(page_path) => {
            let entry = index
                .pages
                .iter()
                .find(|e| e.path == page_path)
                .ok_or_else(|| fail("not in the post index".into()))?;
            let page =
                Page::parse(page_path, text.as_bytes(), site).map_err(|e| fail(e.to_string()))?;
            let mut post = page.as_post(PostDate::at(now, site.zone().offset_at(now)));
            post.url = entry.url.clone();
            (post, entry.lang.clone())
        }
        None => {
            let entry = index
                .posts
                .iter()
                .find(|e| e.path == path)
                .ok_or_else(|| fail("not in the post index".into()))?;
            let mut post =
                Post::parse(&path, text.as_bytes(), &[], site).map_err(|e| fail(e.to_string()))?;
            // What the index says wins: it was read natively, with the full zone rules.
            post.url = entry.url.clone();
            post.date = PostDate::parse(&entry.date, 0).unwrap_or(post.date);
            post.categories = entry.categories.clone();
            post.tags = entry.tags.clone();
            (post, entry.lang.clone())
        }
    };
    let liquid = index.liquid_site(&files, now);
    let lang = lang.as_deref().unwrap_or(&site.lang);
    let options = RenderOptions::for_article(site, &post.url, Some(lang));
    let (rendered, error) = liquid.render_post(&post, &text, &options);
    let problem = error.map(|e| Problem::of_liquid(&path, &e));
    Ok(RenderAnswer::Done { rendered, problem })
}

fn index_posts(
    config: Option<&str>,
    baseurl: Option<String>,
    files: Vec<FetchedPost>,
    now: i64,
) -> Result<PostIndex, IndexerError> {
    let mut site = site_config(config)?;
    if let Some(baseurl) = baseurl {
        site.baseurl = baseurl;
    }
    // An unreadable `time` is reported by `carnet check`; here the clock stands in.
    let now = site.build_time(now).unwrap_or(now);
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match source_of(file).and_then(|source| {
            read_post(&source, &site, now).map(|(post, warning)| (post, source.bytes, warning))
        }) {
            Ok((post, bytes, warning)) => {
                posts.push((post, bytes));
                problems.extend(warning);
            }
            Err(problem) => problems.push(problem),
        }
    }
    let options = IndexOptions {
        now,
        ..IndexOptions::default()
    };
    let index = PostIndex::build(&site, posts, problems, options);
    BUILT.with(|b| remember(&mut b.borrow_mut(), &index));
    Ok(index)
}

/// The app sends posts in batches: the site Liquid sees is all of them, a
/// post sent again replacing its older entry.
fn remember(built: &mut Option<PostIndex>, batch: &PostIndex) {
    match built {
        Some(all) => {
            all.posts
                .retain(|p| batch.posts.iter().all(|e| e.path != p.path));
            all.merge(PostIndex {
                problems: Vec::new(),
                ..batch.clone()
            });
        }
        None => *built = Some(batch.clone()),
    }
}

fn site_config(config: Option<&str>) -> Result<SiteConfig, IndexerError> {
    match config {
        Some(text) => SiteConfig::from_yaml(text).map_err(|e| IndexerError::Config(e.to_string())),
        None => Ok(SiteConfig::default()),
    }
}

/// A fetched file as `carnet index` reads it from disk, to be read by the
/// same rules (`read_post`).
fn source_of(file: FetchedPost) -> Result<SourceFile, Problem> {
    let text = file.text.map_err(|e| Problem::unreadable(&file.path, e))?;
    // A single-page host answers any path with the app itself.
    if looks_like_html(&text) {
        return Err(Problem::unreadable(
            &file.path,
            "the host answered with an HTML page, not a post".into(),
        ));
    }
    Ok(SourceFile {
        path: file.path,
        bytes: text.into_bytes(),
        folder_categories: Vec::new(),
        modified: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Folder, Severity};

    fn posts(config: Option<&str>, files: &[(&str, Result<&str, &str>)]) -> PostIndex {
        let files = files
            .iter()
            .map(|(path, text)| FetchedPost {
                path: path.to_string(),
                text: text.map(str::to_string).map_err(str::to_string),
            })
            .collect();
        let request = Request::Posts {
            config: config.map(str::to_string),
            baseurl: None,
            files,
            now: 2_000_000_000,
        };
        // Through JSON both ways, as between the app and the worker.
        let json = answer_json(&serde_json::to_string(&request).unwrap());
        match serde_json::from_str(&json).unwrap() {
            Response::Posts(Ok(index)) => *index,
            other => panic!("unexpected answer {other:?}"),
        }
    }

    #[test]
    fn posts_become_index_entries_and_broken_ones_problems() {
        let index = posts(
            Some("baseurl: /blog\n"),
            &[
                ("2020-01-02-older.md", Ok("---\ntitle: Older\n---\nHi\n")),
                ("2021-03-04-newer.md", Ok("---\ntags: [a]\n---\nHello\n")),
                ("2021-05-06-broken.md", Ok("---\ntitle: [oops\n---\n")),
                ("2021-07-08-gone.md", Err("HTTP 500")),
                ("2021-09-10-shell.md", Ok("<!DOCTYPE html><html></html>")),
                ("2021-11-12-no-front-matter.md", Ok("Just text.\n")),
            ],
        );
        let urls: Vec<_> = index.posts.iter().map(|p| p.url.as_str()).collect();
        // As in Jekyll, a post without front matter is published, and so is
        // one whose YAML fails, dated at build time (`now`, 2033-05-18).
        assert_eq!(
            urls,
            [
                "/blog/2033/05/18/2021-05-06-broken.html",
                "/blog/2021/11/12/no-front-matter.html",
                "/blog/2021/03/04/newer.html",
                "/blog/2020/01/02/older.html"
            ]
        );
        assert_eq!(index.posts[2].tags, ["a"]);
        let problems: Vec<_> = index
            .problems
            .iter()
            .map(|p| (p.path.as_str(), p.line, p.severity))
            .collect();
        // Broken YAML is a warning, as `carnet index` gives it.
        assert_eq!(
            problems,
            [
                ("2021-05-06-broken.md", Some(2), Severity::Warning),
                ("2021-07-08-gone.md", None, Severity::Error),
                ("2021-09-10-shell.md", None, Severity::Error),
            ]
        );
    }

    #[test]
    fn the_app_base_path_wins_over_the_config() {
        let request = Request::Posts {
            config: Some("baseurl: /old\n".into()),
            baseurl: Some("/new".into()),
            files: vec![FetchedPost {
                path: "2020-01-02-a.md".into(),
                text: Ok("---\n---\nx\n".into()),
            }],
            now: 2_000_000_000,
        };
        let Response::Posts(Ok(index)) = answer(request) else {
            panic!("no index")
        };
        assert_eq!(index.posts[0].url, "/new/2020/01/02/a.html");
    }

    #[test]
    fn a_broken_config_is_an_error_naming_the_file() {
        let request = Request::Posts {
            config: Some("title: [\n".into()),
            baseurl: None,
            files: vec![],
            now: 0,
        };
        let Response::Posts(Err(error)) = answer(request) else {
            panic!("no error")
        };
        assert!(
            error
                .to_string()
                .starts_with("_config.yml: line 2: invalid YAML"),
            "{error}"
        );
    }

    #[test]
    fn listings_give_the_post_files_the_config_names() {
        let body = "<html><body><ul><li><a href=\"2020-01-02-a.md\">a</a></li>\
                    <li><a href=\"2020-01-03-b.html\">b</a></li>\
                    <li><a href=\"notes.txt\">n</a></li><li><a href=\"../\">up</a></li></ul></body></html>";
        let request = |config: Option<&str>| Request::Listing {
            body: body.into(),
            content_type: Some("text/html".into()),
            listing_path: "/posts/".into(),
            config: config.map(str::to_string),
        };
        assert_eq!(
            answer(request(None)),
            Response::Listing(Ok(vec![
                "2020-01-02-a.md".into(),
                "2020-01-03-b.html".into()
            ]))
        );
        assert_eq!(
            answer(request(Some("markdown_ext: txt\n"))),
            Response::Listing(Ok(vec!["2020-01-03-b.html".into(), "notes.txt".into()]))
        );
    }

    #[test]
    fn garbage_is_an_answer_not_a_hang() {
        let answer: Response = serde_json::from_str(&answer_json("not json")).unwrap();
        let Response::Posts(Err(error)) = answer else {
            panic!("no error")
        };
        assert!(
            error.to_string().contains("could not read a request"),
            "{error}"
        );
    }

    fn ask_render(request: &RenderRequest) -> RenderAnswer {
        let json = answer_json(
            &serde_json::to_string(&Request::Render(Box::new(request.clone()))).unwrap(),
        );
        match serde_json::from_str(&json).unwrap() {
            Response::Render(Ok(answer)) => answer,
            other => panic!("unexpected answer {other:?}"),
        }
    }

    #[test]
    fn a_liquid_post_asks_for_its_includes_then_renders_as_the_cli_does() {
        let text = "---\ntitle: Hi\n---\n{% include note.html t=page.title %}\n\n{% highlight rb %}\na < b\n{% endhighlight %}\n";
        let site = SiteConfig::from_yaml("title: Site\nbaseurl: /blog\n").unwrap();
        let post = Post::parse("2020-01-02-hi.md", text.as_bytes(), &[], &site).unwrap();
        let index = PostIndex::build(
            &site,
            vec![(post.clone(), text.as_bytes().to_vec())],
            vec![],
            IndexOptions {
                now: 2_000_000_000,
                ..IndexOptions::default()
            },
        );
        let mut request = RenderRequest {
            index_json: Some(serde_json::to_string(&index).unwrap()),
            files: SiteFiles {
                config_yaml: "title: Site\n".into(),
                ..SiteFiles::default()
            },
            path: "2020-01-02-hi.md".into(),
            text: text.into(),
            now: 2_000_000_000,
        };
        // The include names another one: both are asked for, one round each.
        assert_eq!(
            ask_render(&request),
            RenderAnswer::Needs(vec![IncludeFile {
                key: "note.html".into(),
                folder: Folder::Includes
            }])
        );
        request.files.includes.insert(
            "note.html".into(),
            "<b>{{ include.t }}</b>{% include inner.txt %}".into(),
        );
        assert_eq!(
            ask_render(&request),
            RenderAnswer::Needs(vec![IncludeFile {
                key: "inner.txt".into(),
                folder: Folder::Includes
            }])
        );
        request
            .files
            .includes
            .insert("inner.txt".into(), "!".into());
        let RenderAnswer::Done { rendered, problem } = ask_render(&request) else {
            panic!("not rendered")
        };
        assert_eq!(problem, None);
        // The CLI's path: the same functions, natively.
        let liquid = index.liquid_site(&request.files, 2_000_000_000);
        let options = RenderOptions::for_article(&site, &post.url, Some("en"));
        let (native, _) = liquid.render_post(&post, text, &options);
        assert_eq!(rendered, native);
        assert!(rendered.html.contains("<b>Hi</b>!"), "{}", rendered.html);
        assert!(rendered.html.contains("<figure class=\"highlight\"><pre><code class=\"language-rb\" data-lang=\"rb\">a &lt; b</code></pre></figure>"), "{}", rendered.html);
    }

    #[test]
    fn without_a_served_index_a_post_of_any_batch_renders() {
        // Listing mode sends the posts it finds in batches: each one is kept.
        posts(
            None,
            &[(
                "2020-01-01-first.md",
                Ok("---\ntitle: First\n---\n{{ site.posts | size }} posts\n"),
            )],
        );
        posts(
            None,
            &[("2020-02-01-second.md", Ok("---\ntitle: Second\n---\nHi\n"))],
        );
        let request = RenderRequest {
            index_json: None,
            files: SiteFiles::default(),
            path: "2020-01-01-first.md".into(),
            text: "---\ntitle: First\n---\n{{ site.posts | size }} posts\n".into(),
            now: 2_000_000_000,
        };
        let RenderAnswer::Done { rendered, problem } = ask_render(&request) else {
            panic!("not rendered")
        };
        assert_eq!(problem, None);
        // Both batches at least (a test thread may have sent others before).
        let count: usize = rendered
            .html
            .trim_start_matches("<p>")
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(count >= 2, "{}", rendered.html);
    }
}
