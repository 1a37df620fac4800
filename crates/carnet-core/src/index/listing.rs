//! Static hosts' directory listings of `posts/`: how the web app finds posts
//! when `posts/index.json` is missing. Owns reading the listing formats of
//! real servers (nginx `autoindex` HTML, JSON and XML; Apache `mod_autoindex`;
//! Caddy `file_server browse` HTML and JSON; Python's `http.server`; any page
//! of plain `<a href>` links), choosing the Markdown files among the entries,
//! and spotting an SPA host that answers every path with its HTML shell.
//!
//! A listing is untrusted input: every name is checked to be one entry of the
//! listed folder (no `..`, no `/` or `\`, no absolute URL), and nothing here
//! panics. Names come from `href`s, never from link text, which servers
//! shorten (nginx cuts names past 50 characters to `..>`). Fixtures captured
//! from each server live in `tests/fixtures/listings/` (see its README).

use crate::config::SiteConfig;
use crate::post::Format as PostFormat;
use crate::text::url::percent_decode_utf8;

/// One entry of the listed folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingEntry {
    /// The decoded file name (`2020-01-01-l'été à vélo.md`), one path segment.
    pub name: String,
    pub is_dir: bool,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ListingError {
    #[error("the directory listing is not valid JSON: {0}")]
    Json(String),
    #[error(
        "the JSON answer is not a directory listing (expected an array of {{\"name\": …}} objects)"
    )]
    NotListingJson,
    #[error("the answer is not a directory listing (neither HTML, XML nor JSON)")]
    NotAListing,
}

/// Reads a directory listing into its entries, in the server's order.
/// Links that are not entries of the folder (parent, sort columns, other
/// sites, absolute paths) are skipped; see [`parse_listing_under`] for hosts
/// whose listings link entries by absolute path.
pub fn parse_listing(
    body: &str,
    content_type: Option<&str>,
) -> Result<Vec<ListingEntry>, ListingError> {
    parse(body, content_type, None)
}

/// As [`parse_listing`], also accepting links by absolute path under
/// `listing_path`, the URL path the listing was fetched from (`/blog/posts/`).
pub fn parse_listing_under(
    body: &str,
    content_type: Option<&str>,
    listing_path: &str,
) -> Result<Vec<ListingEntry>, ListingError> {
    let base: Vec<String> = listing_path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode_utf8(s).unwrap_or_else(|| s.to_string()))
        .collect();
    parse(body, content_type, Some(&base))
}

/// The post candidates among `entries`: files with a Markdown or HTML
/// extension, less the names Jekyll's `EntryFilter` ignores (`.`, `#`, `~`
/// prefixes and `~` backups), as the native folder reader does.
pub fn post_files(entries: &[ListingEntry], site: &SiteConfig) -> Vec<String> {
    entries
        .iter()
        .filter(|e| !e.is_dir)
        .map(|e| e.name.as_str())
        .filter(|n| !super::source::is_special(n))
        .filter(|n| {
            n.rsplit_once('.')
                .is_some_and(|(_, ext)| PostFormat::of_extension(ext, site).is_some())
        })
        .map(str::to_string)
        .collect()
}

/// Whether `body` is an HTML page: an SPA host answers a missing `.md` with
/// its app shell and status 200, which must not be read as a post.
pub fn looks_like_html(body: &str) -> bool {
    let head = trim_head(body);
    starts_with_tag(head, "<!doctype html") || starts_with_tag(head, "<html")
}

/// `prefix` then a character that cannot continue the tag name.
fn starts_with_tag(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
        && !s[prefix.len()..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

fn trim_head(body: &str) -> &str {
    body.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace())
}

enum Format {
    Json,
    NginxXml,
    Html,
}

fn parse(
    body: &str,
    content_type: Option<&str>,
    base: Option<&[String]>,
) -> Result<Vec<ListingEntry>, ListingError> {
    let entries = match detect(body, content_type)? {
        Format::Json => parse_json(trim_head(body))?,
        Format::NginxXml => parse_nginx_xml(body),
        Format::Html => links(body)
            .filter_map(|href| entry_from_href(href, base))
            .collect(),
    };
    Ok(dedup(entries))
}

/// The declared type decides JSON; otherwise the content does, since static
/// hosts often serve listings with a generic or wrong type.
fn detect(body: &str, content_type: Option<&str>) -> Result<Format, ListingError> {
    let mime = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let head = trim_head(body);
    if mime == "application/json" || mime.ends_with("+json") || head.starts_with(['[', '{']) {
        Ok(Format::Json)
    } else if (mime.ends_with("/xml") || head.starts_with("<?xml")) && body.contains("<list>") {
        Ok(Format::NginxXml)
    } else if head.starts_with('<') || body.contains("<a") || body.contains("<A") {
        Ok(Format::Html)
    } else {
        Err(ListingError::NotAListing)
    }
}

/// nginx `autoindex_format json` (`{"name", "type": "file"|"directory"|"other"}`)
/// and Caddy (`{"name": "images/", "is_dir": true, "url", …}`).
fn parse_json(body: &str) -> Result<Vec<ListingEntry>, ListingError> {
    let value: serde_json::Value =
        serde_json::from_str(body).map_err(|e| ListingError::Json(e.to_string()))?;
    let items = value.as_array().ok_or(ListingError::NotListingJson)?;
    let named = items.iter().filter(|i| i.get("name").is_some()).count();
    if !items.is_empty() && named == 0 {
        return Err(ListingError::NotListingJson);
    }
    Ok(items.iter().filter_map(json_entry).collect())
}

fn json_entry(item: &serde_json::Value) -> Option<ListingEntry> {
    let raw = item.get("name")?.as_str()?;
    // Caddy ends directory names with `/`.
    let (name, slash) = match raw.strip_suffix('/') {
        Some(n) => (n, true),
        None => (raw, false),
    };
    let is_dir = match (item.get("is_dir"), item.get("type")) {
        (Some(d), _) => d.as_bool()?,
        (None, Some(t)) => match t.as_str()? {
            "directory" => true,
            "file" => false,
            // nginx's "other": sockets, fifos, devices; never a post.
            _ => return None,
        },
        (None, None) => slash,
    };
    checked(name.to_string(), is_dir)
}

/// nginx `autoindex_format xml`: `<directory mtime="…">images</directory>`
/// and `<file mtime="…" size="4">a&amp;b.md</file>`, names entity-escaped.
fn parse_nginx_xml(body: &str) -> Vec<ListingEntry> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let Some(kind) = ["directory", "file"]
            .into_iter()
            .find(|k| starts_with_tag(rest, k))
        else {
            continue;
        };
        let Some(gt) = tag_end(rest) else { break };
        let (tag, after) = (&rest[..gt], &rest[gt + 1..]);
        // Names hold no `<` (nginx writes `&lt;`): the text ends at the close tag.
        let end = after.find('<').unwrap_or(after.len());
        let closed = after[end..].starts_with(&format!("</{kind}>"));
        if closed && !tag.ends_with('/') {
            out.extend(checked(decode_entities(&after[..end]), kind == "directory"));
        }
        rest = &after[end..];
    }
    out
}

/// The raw `href` values of the `<a>` tags of an HTML page, outside
/// comments, scripts and styles.
fn links(body: &str) -> impl Iterator<Item = &str> {
    let mut rest = body;
    std::iter::from_fn(move || loop {
        let lt = rest.find('<')?;
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.get(4..).map_or("", |r| after_marker(r, "-->"));
        } else if let Some(name) = ["script", "style"]
            .into_iter()
            .find(|n| starts_with_tag(&rest[1..], n))
        {
            let tail = &rest[1 + name.len()..];
            rest = after_marker_ci(tail, &format!("</{name}"));
        } else if starts_with_tag(&rest[1..], "a") {
            let attrs = &rest[2..];
            let end = tag_end(attrs).unwrap_or(attrs.len());
            rest = attrs.get(end + 1..).unwrap_or("");
            if let Some(href) = attribute(&attrs[..end], "href") {
                return Some(href);
            }
        } else {
            rest = &rest[1..];
        }
    })
}

/// What follows the first `marker` in `s`, or nothing when it never comes
/// (an unclosed comment hides the rest of the page, as in a browser).
fn after_marker<'a>(s: &'a str, marker: &str) -> &'a str {
    s.find(marker).map_or("", |i| &s[i + marker.len()..])
}

fn after_marker_ci<'a>(s: &'a str, marker: &str) -> &'a str {
    let m = marker.as_bytes();
    s.as_bytes()
        .windows(m.len())
        .position(|w| w.eq_ignore_ascii_case(m))
        .map_or("", |i| &s[i + m.len()..])
}

/// Index of the `>` closing a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i),
            (Some(q), _) if q == b => quote = None,
            _ => {}
        }
    }
    None
}

/// The raw value of attribute `name` in a start tag's attribute text.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_len = rest
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
            .unwrap_or(rest.len())
            .max(1);
        let attr_name = rest.get(..name_len)?;
        rest = rest[name_len..].trim_start();
        let mut value = None;
        if let Some(v) = rest.strip_prefix('=') {
            let v = v.trim_start();
            let (val, after) = match v.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &v[1..];
                    let close = inner.find(q).unwrap_or(inner.len());
                    (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = v.find(|c: char| c.is_ascii_whitespace()).unwrap_or(v.len());
                    (&v[..end], &v[end..])
                }
            };
            value = Some(val);
            rest = after;
        }
        if attr_name.eq_ignore_ascii_case(name) {
            return Some(value.unwrap_or(""));
        }
    }
}

/// The entry an `href` names, if it names one entry of the listed folder:
/// `name`, `./name`, `name/` (a folder), or `/listing/path/name` when the
/// listing path is known. Everything else is skipped.
fn entry_from_href(raw: &str, base: Option<&[String]>) -> Option<ListingEntry> {
    // As a browser does: entities first, then the URL parser's trimming of
    // spaces and controls and its removal of tabs and newlines.
    let href: String = decode_entities(raw)
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    // `\` is a path separator to browsers and a way out of the folder.
    if href.contains('\\') || has_scheme(&href) {
        return None;
    }
    let mut rel = match href.strip_prefix('/') {
        Some(abs) if !abs.starts_with('/') => strip_base(abs, base?)?,
        Some(_) => return None, // `//host/…`: another site
        None => href.as_str(),
    };
    while let Some(r) = rel.strip_prefix("./") {
        rel = r;
    }
    // A bare query or fragment is a sort link (`?C=N;O=D`) or an anchor. After
    // a name, `?` and `#` stay part of it: servers that escape names write
    // them `%3F` and `%23`, and Vercel's `serve`, which escapes nothing, means
    // them literally (`/posts/a&b #1 100%.md`).
    if rel.is_empty() || rel.starts_with(['?', '#']) {
        return None;
    }
    let (segment, is_dir) = match rel.strip_suffix('/') {
        Some(s) => (s, true),
        None => (rel, false),
    };
    if segment.contains('/') {
        return None; // deeper than the folder, or `../x`
    }
    checked(percent_decode_utf8(segment)?, is_dir)
}

/// `scheme:` before any `/`: an absolute URL (`https://…`, `mailto:`, and
/// also `a:b.md`, which servers write as `./a:b.md` for that reason).
fn has_scheme(href: &str) -> bool {
    let end = href.find([':', '/']).unwrap_or(href.len());
    let scheme = &href[..end];
    href[end..].starts_with(':')
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// What follows the listing path in an absolute path (without its leading
/// `/`), comparing decoded segments since servers differ in what they escape.
fn strip_base<'a>(abs: &'a str, base: &[String]) -> Option<&'a str> {
    let mut rest = abs;
    for want in base {
        let (segment, after) = rest.split_once('/')?;
        if percent_decode_utf8(segment).as_deref() != Some(want.as_str()) {
            return None;
        }
        rest = after;
    }
    Some(rest)
}

/// The entry, if `name` is one safe path segment: decoding may have turned
/// `%2e%2e` into `..` or `%2F` into `/`.
fn checked(name: String, is_dir: bool) -> Option<ListingEntry> {
    let bad = name.is_empty()
        || name == "."
        || name == ".."
        || name.contains(['/', '\\'])
        || name.chars().any(char::is_control);
    (!bad).then_some(ListingEntry { name, is_dir })
}

/// Some servers link a name twice (icon and text); the first link counts.
fn dedup(entries: Vec<ListingEntry>) -> Vec<ListingEntry> {
    let mut seen = std::collections::BTreeSet::new();
    entries
        .into_iter()
        .filter(|e| seen.insert(e.name.clone()))
        .collect()
}

/// HTML/XML character references: the named ones servers emit and every
/// numeric one. Unknown or unterminated references stay as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        // References are short: looking further for `;` would be quadratic.
        let semi = rest.bytes().take(33).position(|b| b == b';');
        match semi.and_then(|n| Some((reference(&rest[..n])?, n))) {
            Some((c, n)) => {
                out.push(c);
                rest = &rest[n + 1..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix: u32| {
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        // The HTML parser turns NUL, surrogates and out-of-range values into U+FFFD.
        let n = u32::from_str_radix(digits, radix).unwrap_or(u32::MAX);
        Some(
            char::from_u32(n)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{fffd}'),
        )
    };
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => match name.strip_prefix('#') {
            Some(hex) if hex.starts_with(['x', 'X']) => numeric(&hex[1..], 16),
            Some(dec) => numeric(dec, 10),
            None => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!("../../../../tests/fixtures/listings/", $name))
        };
    }

    fn file(name: &str) -> ListingEntry {
        ListingEntry {
            name: name.into(),
            is_dir: false,
        }
    }

    fn dir(name: &str) -> ListingEntry {
        ListingEntry {
            name: name.into(),
            is_dir: true,
        }
    }

    /// The captured folder, sorted by name (servers order it differently).
    fn captured_folder() -> Vec<ListingEntry> {
        vec![
            file("2017-02-01-a-mon-compte-plus-1-mois.md"),
            file("2020-01-01-l'été à vélo.md"),
            file("2021-05-05-a&b #1 100%.md"),
            dir("_drafts"),
            dir("images"),
            file("index.json"),
            file("notes.txt"),
        ]
    }

    fn sorted(mut entries: Vec<ListingEntry>) -> Vec<ListingEntry> {
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        entries
    }

    fn assert_captured(body: &str, content_type: &str) {
        let entries = parse_listing(body, Some(content_type)).expect("a listing");
        assert_eq!(sorted(entries), captured_folder());
        // The declared type is a hint only: sniffing alone finds the same.
        let entries = parse_listing(body, None).expect("a listing");
        assert_eq!(sorted(entries), captured_folder());
    }

    #[test]
    fn python_http_server() {
        assert_captured(
            fixture!("python-http-server.html"),
            "text/html; charset=utf-8",
        );
    }

    #[test]
    fn nginx_autoindex_html() {
        assert_captured(fixture!("nginx-autoindex.html"), "text/html");
    }

    #[test]
    fn nginx_autoindex_json() {
        assert_captured(fixture!("nginx-autoindex.json"), "application/json");
    }

    #[test]
    fn nginx_autoindex_xml() {
        assert_captured(fixture!("nginx-autoindex.xml"), "text/xml; charset=utf-8");
    }

    #[test]
    fn apache_autoindex_debian_default() {
        assert_captured(fixture!("apache-autoindex.html"), "text/html;charset=UTF-8");
    }

    #[test]
    fn apache_autoindex_fancy_table() {
        assert_captured(
            fixture!("apache-autoindex-fancy-table.html"),
            "text/html;charset=UTF-8",
        );
    }

    #[test]
    fn apache_autoindex_fancy_pre() {
        assert_captured(
            fixture!("apache-autoindex-fancy-pre.html"),
            "text/html;charset=UTF-8",
        );
    }

    #[test]
    fn apache_autoindex_plain() {
        assert_captured(
            fixture!("apache-autoindex-plain.html"),
            "text/html;charset=UTF-8",
        );
    }

    #[test]
    fn caddy_browse_html() {
        assert_captured(fixture!("caddy-browse.html"), "text/html; charset=utf-8");
    }

    #[test]
    fn caddy_browse_json() {
        assert_captured(
            fixture!("caddy-browse.json"),
            "application/json; charset=utf-8",
        );
    }

    #[test]
    fn npm_http_server() {
        assert_captured(fixture!("npm-http-server.html"), "text/html");
    }

    #[test]
    fn npm_serve_links_by_absolute_unescaped_path() {
        let body = fixture!("npm-serve.html");
        assert_eq!(
            parse_listing(body, Some("text/html; charset=utf-8")),
            Ok(vec![])
        );
        let entries = parse_listing_under(body, Some("text/html; charset=utf-8"), "/posts/");
        assert_eq!(sorted(entries.unwrap()), captured_folder());
        // Mounted elsewhere, the same links are not this folder's entries.
        let entries = parse_listing_under(body, None, "/blog/posts/").unwrap();
        assert_eq!(entries, []);
    }

    #[test]
    fn server_order_is_kept() {
        let entries = parse_listing(fixture!("nginx-autoindex.json"), None).unwrap();
        let names: Vec<_> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names[..2], ["_drafts", "images"]);
    }

    #[test]
    fn post_files_keeps_markdown_files_only() {
        let entries = parse_listing(fixture!("caddy-browse.html"), None).unwrap();
        assert_eq!(
            post_files(&entries, &SiteConfig::default()),
            [
                "2017-02-01-a-mon-compte-plus-1-mois.md",
                "2020-01-01-l'été à vélo.md",
                "2021-05-05-a&b #1 100%.md",
            ]
        );
        let more = [
            file("a.MARKDOWN"),
            file("b.mkd"),
            file("c.mkdn"),
            file("d.mdown"),
            file("e.markdn"),
            file("f.Md"),
            dir("g.md"),
            file(".hidden.md"),
            file("#autosave.md"),
            file("backup.md~"),
            file("md"),
            file("x.md.txt"),
        ];
        assert_eq!(
            post_files(&more, &SiteConfig::default()),
            [
                "a.MARKDOWN",
                "b.mkd",
                "c.mkdn",
                "d.mdown",
                "e.markdn",
                "f.Md"
            ]
        );
    }

    fn hrefs(links: &[&str]) -> Vec<ListingEntry> {
        let body: String = links
            .iter()
            .map(|h| format!("<a href=\"{h}\">x</a>\n"))
            .collect();
        parse_listing(&body, Some("text/html")).unwrap()
    }

    #[test]
    fn hostile_hrefs_are_skipped() {
        let hostile = [
            "../",
            "..",
            "../secret.md",
            "./../x.md",
            "%2e%2e/",
            "%2E%2E",
            ".%2e",
            "%2e",
            "a%2Fb.md",
            "a%2fb.md",
            "..%2Fx.md",
            "a%5Cb.md",
            "..\\x.md",
            "a\\b.md",
            "/etc/passwd",
            "/",
            "//evil.example/x.md",
            "https://evil.example/x.md",
            "HTTP://evil.example/x.md",
            "javascript:alert(1)",
            "jav&#x61;script:alert(1)",
            "mailto:x@example.org",
            "data:text/html,x",
            "?C=N;O=D",
            "?sort=name&order=asc",
            "./?sort=name",
            "#top",
            "./#top",
            "",
            "./",
            "images/velo.svg",
            "%00.md",
            "a%0Ab.md",
            "%ff%fe.md",
        ];
        assert_eq!(hrefs(&hostile), []);
    }

    #[test]
    fn hrefs_are_entity_then_percent_decoded() {
        let entries = hrefs(&[
            "a&amp;b%20%231%20100%25.md",
            "l&#39;%C3%A9t%C3%A9.md",
            "q&quot;&#x27;&apos;&lt;&gt;.md",
            "100%.md",
            "50%zz.md",
            "&unknown;&amp",
            "./a:b.md",
            "%E2%82%AC/",
            "  spaced.md\n",
            "tab\tbed.md",
            "raw #1 50%.md",
        ]);
        assert_eq!(
            entries,
            [
                file("a&b #1 100%.md"),
                file("l'été.md"),
                file("q\"''<>.md"),
                file("100%.md"),
                file("50%zz.md"),
                file("&unknown;&amp"),
                file("a:b.md"),
                dir("€"),
                file("spaced.md"),
                file("tabbed.md"),
                file("raw #1 50%.md"),
            ]
        );
    }

    #[test]
    fn html_quirks() {
        let body = "<A HREF=one.md>1</A><a class=x href='two.md' >2</a>\
            <a\nhref = \"three.md\"\n>3</a><abbr href=\"no.md\"></abbr>\
            <a xlink:href=\"no2.md\" data-href=\"no3.md\">-</a>\
            <!-- <a href=\"commented.md\"> --><script>'<a href=\"script.md\">'</script>\
            <style>a[href=\"style.md\"]{}</style><a title=\"a>b\" href=\"four.md\">\
            <a href=\"one.md\">again</a><a href=\"five.md\"";
        let names: Vec<_> = parse_listing(body, None)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(
            names,
            ["one.md", "two.md", "three.md", "four.md", "five.md"]
        );
    }

    #[test]
    fn absolute_links_under_the_listing_path() {
        let body = r#"<a href="/">up</a><a href="/blog/posts/a%20b.md">a</a>
            <a href="/blog/posts/sub/">sub</a><a href="/blog/other/x.md">no</a>
            <a href="/blog/posts/">self</a><a href="/blog/posts/deep/x.md">no</a>
            <a href="/blog/p%6Fsts/c.md">c</a>"#;
        assert_eq!(parse_listing(body, None).unwrap(), []);
        let entries = parse_listing_under(body, None, "/blog/posts/").unwrap();
        assert_eq!(entries, [file("a b.md"), dir("sub"), file("c.md")]);
        let entries = parse_listing_under(body, None, "/blog/posts").unwrap();
        assert_eq!(entries.len(), 3);
    }

    #[test]
    fn json_listings() {
        assert_eq!(parse_listing("[\n]", Some("application/json")), Ok(vec![]));
        let body = r#"[{"name":"a.md","type":"file"},{"name":"s","type":"other"},
            {"name":"../x.md","type":"file"},{"name":"d","type":"directory"},
            {"name":"e/","is_dir":true},{"name":"f/"},{"nom":"g"},{"name":1},
            {"name":"..","is_dir":true},{"name":"h","is_dir":"yes"}]"#;
        assert_eq!(
            parse_listing(body, None).unwrap(),
            [file("a.md"), dir("d"), dir("e"), dir("f")]
        );
        assert_eq!(
            parse_listing("{\"posts\":[]}", None),
            Err(ListingError::NotListingJson)
        );
        assert_eq!(
            parse_listing("[1,2]", None),
            Err(ListingError::NotListingJson)
        );
        assert!(matches!(
            parse_listing("[{\"name\":", None),
            Err(ListingError::Json(_))
        ));
        assert!(matches!(
            parse_listing("<html></html>", Some("application/json")),
            Err(ListingError::Json(_))
        ));
    }

    #[test]
    fn xml_names_are_checked() {
        let body = "<?xml version=\"1.0\"?>\n<list>\n<file>..</file><file/>\
            <directory>a&#47;b</directory><file size=\"1\">ok&lt;.md</file>\
            <filex>no</filex><other>sock</other><file>open";
        assert_eq!(parse_listing(body, None).unwrap(), [file("ok<.md")]);
    }

    #[test]
    fn what_is_no_listing() {
        assert_eq!(parse_listing("", None), Err(ListingError::NotAListing));
        assert_eq!(
            parse_listing("just text", Some("text/plain")),
            Err(ListingError::NotAListing)
        );
        // An SPA shell is HTML without entries.
        let shell = "<!doctype html><html><head><link href=\"app.css\"></head></html>";
        assert_eq!(parse_listing(shell, Some("text/html")), Ok(vec![]));
    }

    #[test]
    fn html_is_recognised() {
        for body in [
            "<!DOCTYPE html>\n<html>",
            "<!doctype html><title>x</title>",
            "\u{feff}  \n\t<HTML lang=\"fr\">",
            "<html>",
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
            fixture!("python-http-server.html"),
            fixture!("nginx-autoindex.html"),
        ] {
            assert!(looks_like_html(body), "{body:?}");
        }
        for body in [
            "",
            "# Titre\n\n<html> in Markdown",
            "---\ntitle: x\n---\n<!doctype html>",
            "<htmlx>",
            "<!doctype htmlx>",
            "<!doctype",
            "<",
            "é<html>",
            fixture!("nginx-autoindex.json"),
        ] {
            assert!(!looks_like_html(body), "{body:?}");
        }
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of listings, so random bodies reach the deeper code paths.
    fn listing_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<a href=\"".to_string()),
            Just("<a href='".to_string()),
            Just("<a href=".to_string()),
            Just("\"".to_string()),
            Just(">".to_string()),
            Just("</a>".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<script>".to_string()),
            Just("</script".to_string()),
            Just("<?xml version=\"1.0\"?><list>".to_string()),
            Just("<file>".to_string()),
            Just("</file>".to_string()),
            Just("<directory ".to_string()),
            Just("[{\"name\":\"".to_string()),
            Just("&#".to_string()),
            Just("&#x".to_string()),
            Just("&amp;".to_string()),
            Just(";".to_string()),
            Just("%".to_string()),
            Just("%2e".to_string()),
            Just("%C3".to_string()),
            Just("../".to_string()),
            Just("./".to_string()),
            Just("/".to_string()),
            Just("?".to_string()),
            Just(":".to_string()),
            "[a-zA-Z0-9 .\\\\é€\u{feff}\u{0}-]{0,6}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    fn content_type() -> impl Strategy<Value = Option<String>> {
        prop::option::of(prop_oneof![
            Just("text/html".to_string()),
            Just("application/json; charset=utf-8".to_string()),
            Just("text/xml".to_string()),
            any::<String>(),
        ])
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_strings(body in any::<String>(), ct in content_type()) {
            let _ = parse_listing(&body, ct.as_deref());
            let _ = parse_listing_under(&body, ct.as_deref(), &body);
            let _ = looks_like_html(&body);
        }

        #[test]
        fn names_are_always_single_safe_segments(body in listing_like(), ct in content_type()) {
            for under in [None, Some("/posts/")] {
                let parsed = match under {
                    None => parse_listing(&body, ct.as_deref()),
                    Some(p) => parse_listing_under(&body, ct.as_deref(), p),
                };
                for entry in parsed.unwrap_or_default() {
                    prop_assert!(!entry.name.is_empty());
                    prop_assert!(entry.name != "." && entry.name != "..");
                    prop_assert!(!entry.name.contains(['/', '\\']));
                    prop_assert!(!entry.name.chars().any(char::is_control));
                }
            }
            let _ = post_files(
                &parse_listing(&body, None).unwrap_or_default(),
                &SiteConfig::default(),
            );
        }
    }
}
