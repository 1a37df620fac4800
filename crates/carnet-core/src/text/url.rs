//! The one URL codec: percent-encoding of path segments, paths and query
//! values as Jekyll (Addressable) and browsers do, and percent-decoding.

/// RFC 3986 `pchar`: what a path segment may hold unescaped.
fn is_pchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte)
}

fn escape_bytes(bytes: &[u8], keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &byte in bytes {
        if keep(byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Jekyll's `URL.escape_path` (Addressable's path class): a space becomes
/// `%20` and non-ASCII letters their UTF-8 bytes; `/` stays.
pub fn escape_path(path: &str) -> String {
    escape_bytes(path.as_bytes(), |b| is_pchar(b) || b == b'/')
}

/// Escapes one path segment: like a path, but `/` too, so a tag `a/b` stays one segment.
pub fn escape_segment(text: &str) -> String {
    escape_segment_bytes(text.as_bytes())
}

/// [`escape_segment`] of raw bytes (a decoded segment need not be UTF-8).
pub fn escape_segment_bytes(bytes: &[u8]) -> String {
    escape_bytes(bytes, is_pchar)
}

/// Escapes a query-string value: everything but unreserved characters, so `&`,
/// `#`, `+` and `=` in a search stay part of it.
pub fn escape_query(text: &str) -> String {
    escape_bytes(text.as_bytes(), |b| {
        b.is_ascii_alphanumeric() || b"-._~".contains(&b)
    })
}

/// Decodes `%XX` escapes to bytes; a `%` not followed by two hex digits stays
/// literal, as in the URL standard.
pub fn percent_decode_bytes(text: &str) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| (h * 16 + l) as u8),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Decodes `%XX` escapes to UTF-8; `None` when the decoded bytes are not UTF-8.
pub fn percent_decode_utf8(text: &str) -> Option<String> {
    String::from_utf8(percent_decode_bytes(text)).ok()
}

/// Decodes `%XX` escapes; text whose decoded bytes are not UTF-8 is kept as written.
pub fn percent_decode(text: &str) -> String {
    percent_decode_utf8(text).unwrap_or_else(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_paths_and_queries_escape_what_they_must() {
        assert_eq!(
            escape_path("/tags/et moi/été"),
            "/tags/et%20moi/%C3%A9t%C3%A9"
        );
        assert_eq!(escape_segment("a/b c"), "a%2Fb%20c");
        assert_eq!(escape_query("a&b=c d#"), "a%26b%3Dc%20d%23");
        assert_eq!(escape_path("~!$&'()*+,;=:@-._"), "~!$&'()*+,;=:@-._");
    }

    #[test]
    fn decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("%C3%A9t%C3%A9"), "été");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "%FF");
        assert_eq!(percent_decode_utf8("%FF"), None);
        assert_eq!(percent_decode_bytes("%FF%2e"), [0xFF, b'.']);
    }

    #[test]
    fn what_is_escaped_decodes_back() {
        for text in ["et moi", "été", "a/b", "c#", "100%", "日本語"] {
            assert_eq!(percent_decode(&escape_segment(text)), text);
        }
    }
}
