//! The real `carnet` binary over the sample blog and over broken posts.

use std::process::Command;

use carnet_core::index::PostIndex;

/// The repository root: fixtures and the sample blog are paths from there.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn carnet(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_carnet"))
        .current_dir(ROOT)
        .args(args)
        .output()
        .unwrap()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("carnet-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn index_lists_the_sample_blog_newest_first_without_drafts() {
    let out = temp_dir("index").join("index.json");
    let run = carnet(&["index", ".", "--out", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let index: PostIndex = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(index.site.title, "Carnet de bord");
    assert!(index.posts.len() >= 13, "{} posts", index.posts.len());
    assert!(index
        .posts
        .windows(2)
        .all(|w| w[0].timestamp >= w[1].timestamp));
    assert!(index.posts.iter().all(|p| !p.path.starts_with("_drafts/")));
    let seed = index
        .posts
        .iter()
        .find(|p| p.title == "A mon compte + 1 mois")
        .unwrap();
    assert_eq!(
        seed.url,
        "/good_job/2017/02/01/a-mon-compte-plus-1-mois.html"
    );
    assert!(!seed.excerpt_html.contains("Que s"));
}

#[test]
fn preview_index_includes_drafts() {
    let out = temp_dir("preview").join("index.json");
    assert!(
        carnet(&["index", ".", "--preview", "--out", out.to_str().unwrap()])
            .status
            .success()
    );
    let index: PostIndex = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(index
        .posts
        .iter()
        .any(|p| p.path.starts_with("_drafts/") && p.draft));
}

#[test]
fn check_names_the_broken_post_and_the_line_and_keeps_the_others() {
    let site = temp_dir("check");
    let posts = site.join("posts");
    std::fs::create_dir_all(&posts).unwrap();
    std::fs::write(
        posts.join("2020-01-01-good.md"),
        "---\ntitle: Good\n---\nText.\n",
    )
    .unwrap();
    std::fs::write(
        posts.join("2020-01-02-broken.md"),
        "---\ntitle: Broken\ndate: someday\n---\nText.\n",
    )
    .unwrap();
    // Jekyll publishes a post whose YAML fails: a warning, and the post is indexed.
    std::fs::write(
        posts.join("2020-01-03-bad-yaml.md"),
        "---\ntitle: Bad\ntags: [a, b\n---\nText.\n",
    )
    .unwrap();
    std::fs::write(posts.join("notes.md"), "no date in my name\n").unwrap();

    let run = carnet(&["check", site.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        stderr.contains("2020-01-02-broken.md:3: error: date \"someday\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("2020-01-03-bad-yaml.md:3: warning: invalid YAML"),
        "{stderr}"
    );
    assert!(
        stderr.contains("notes.md:1: warning: skipped, not a post"),
        "{stderr}"
    );

    let run = carnet(&["index", site.to_str().unwrap()]);
    assert!(run.status.success());
    let index: PostIndex =
        serde_json::from_slice(&std::fs::read(posts.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.posts.len(), 2);
    assert_eq!(index.problems.len(), 3);
}

/// Every page `carnet index` writes a first-paint copy of shows what
/// `carnet build` prerenders for it: the same markup (code aside, which only
/// the build colours) and the same title.
#[test]
fn first_paint_copies_are_the_prerendered_pages() {
    use carnet_core::catalog::shards::articles::address_key;
    use carnet_core::pages::copy::{copy_file, PageCopy};
    let work = temp_dir("copies");
    let (app, out, spa) = (work.join("app"), work.join("out"), work.join("spa"));
    std::fs::create_dir_all(&app).unwrap();
    // The app's own build is not what this test is about: a bare shell stands in.
    let shell = "<html><head><title>x</title></head><body><div id=\"app\"></div></body></html>";
    std::fs::write(app.join("index.html"), shell).unwrap();
    let (out_dir, app_dir) = (out.to_str().unwrap(), app.to_str().unwrap());
    let built = carnet(&["build", ".", "--from", app_dir, "--out", out_dir]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let index_json = spa.join("posts/index.json");
    let indexed = carnet(&["index", ".", "--out", index_json.to_str().unwrap()]);
    assert!(
        indexed.status.success(),
        "{}",
        String::from_utf8_lossy(&indexed.stderr)
    );
    let index: PostIndex = serde_json::from_slice(&std::fs::read(&index_json).unwrap()).unwrap();
    let urls = index
        .posts
        .iter()
        .map(|p| p.url.clone())
        .chain(["/".to_string()]);
    let mut compared = 0;
    for url in urls {
        let file = spa
            .join("posts/index")
            .join(copy_file(&address_key(&url, "")));
        let copy: PageCopy = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let page_file = if url.ends_with('/') {
            format!("{url}index.html")
        } else {
            url.clone()
        };
        let page = std::fs::read_to_string(out.join(page_file.trim_start_matches('/'))).unwrap();
        let title = page
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next());
        let unescaped = title.map(|t| {
            [
                ("&apos;", "'"),
                ("&quot;", "\""),
                ("&lt;", "<"),
                ("&gt;", ">"),
                ("&amp;", "&"),
            ]
            .iter()
            .fold(t.to_string(), |t, (entity, c)| t.replace(entity, c))
        });
        assert_eq!(Some(copy.title), unescaped, "{url}");
        assert!(
            copy.html
                .starts_with("<div id=\"prerendered\" data-first-paint>"),
            "{url}"
        );
        if page.contains("<pre") {
            continue;
        }
        let start = page.find("<div id=\"prerendered\"").unwrap();
        let end = page.find("<div id=\"app\" hidden>").unwrap();
        assert_eq!(
            copy.html.replacen(" data-first-paint", "", 1),
            page[start..end],
            "{url}"
        );
        compared += 1;
    }
    assert!(compared >= 10, "{compared} pages compared");
}
