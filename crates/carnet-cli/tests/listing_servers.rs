//! The listing parser against a live server: `python3 -m http.server` over a
//! temporary folder, fetched with a plain HTTP/1.0 request (python3 is
//! required); the captured fixtures in `tests/fixtures/listings/` cover the
//! other servers.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use carnet_core::config::SiteConfig;
use carnet_core::index::listing::{parse_listing, post_files, ListingEntry};

/// Ends the server and removes the folder however the test ends.
struct Server {
    child: Child,
    root: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn make_folder() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let root = std::env::temp_dir().join(format!("carnet-listing-{}-{nanos}", std::process::id()));
    let posts = root.join("posts");
    for dir in ["images", "_drafts"] {
        std::fs::create_dir_all(posts.join(dir)).unwrap();
    }
    for file in [
        "2017-02-01-a-mon-compte-plus-1-mois.md",
        "2020-01-01-l'été à vélo.md",
        "2021-05-05-a&b #1 100%.md",
        "index.json",
        "notes.txt",
        "images/velo.svg",
        "_drafts/brouillon.md",
    ] {
        std::fs::write(posts.join(file), "x\n").unwrap();
    }
    root
}

/// Starts the server on port 0 and reads the port it chose from its first
/// line ("Serving HTTP on 127.0.0.1 port 41234 …"): no race for a free port.
/// Python is part of every machine carnet is tested on (Debian, and the CI
/// image): a missing one fails the test rather than skipping it unseen.
fn start(root: &Path) -> (Server, u16) {
    let child = Command::new("python3")
        .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
        .arg("--directory")
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            let _ = std::fs::remove_dir_all(root);
            panic!("python3 could not start ({e}): install it (apt-get install python3)");
        }
    };
    let stdout = child.stdout.take();
    let server = Server {
        child,
        root: root.to_path_buf(),
    };
    let mut line = String::new();
    BufReader::new(stdout.expect("piped stdout"))
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split_whitespace()
        .skip_while(|w| *w != "port")
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in python's first line: {line:?}"));
    (server, port)
}

/// `GET path` over HTTP/1.0; returns the Content-Type and the body.
fn get(port: u16, path: &str) -> (Option<String>, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8(response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.0 200"), "{head}");
    let content_type = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("content-type")
            .then(|| value.trim().to_string())
    });
    (content_type, body.to_string())
}

#[test]
fn python_http_server_listing_is_parsed() {
    let root = make_folder();
    let (server, port) = start(&root);
    let (content_type, body) = get(port, "/posts/");
    let mut entries = parse_listing(&body, content_type.as_deref()).unwrap();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let entry = |name: &str, is_dir| ListingEntry {
        name: name.into(),
        is_dir,
    };
    assert_eq!(
        entries,
        [
            entry("2017-02-01-a-mon-compte-plus-1-mois.md", false),
            entry("2020-01-01-l'été à vélo.md", false),
            entry("2021-05-05-a&b #1 100%.md", false),
            entry("_drafts", true),
            entry("images", true),
            entry("index.json", false),
            entry("notes.txt", false),
        ]
    );
    assert_eq!(post_files(&entries, &SiteConfig::default()).len(), 3);

    // The drafts folder lists too, one level down.
    let (content_type, body) = get(port, "/posts/_drafts/");
    let drafts = parse_listing(&body, content_type.as_deref()).unwrap();
    assert_eq!(
        post_files(&drafts, &SiteConfig::default()),
        ["brouillon.md"]
    );
    drop(server);
}
