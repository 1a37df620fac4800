//! Any Markdown through safe mode: rendering never panics, and the HTML it
//! gives can run no script: no `<script`, `<iframe`, `<svg`, `<style`
//! element, no `on…=` event attribute, no `style=` attribute but table
//! alignment, and no
//! `javascript:`, `vbscript:` or (but for images) `data:` URL in an
//! attribute, however cased or padded.
#![no_main]

use carnet_core::markdown::{render_markdown, RenderOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let markdown = String::from_utf8_lossy(data);
    let options = RenderOptions {
        safe: true,
        smart_quotes: data.first().is_some_and(|b| b % 2 == 0),
        page: data
            .get(1)
            .is_some_and(|b| b % 2 == 0)
            .then(|| ("/2020/01/01/p.html".to_string(), "fr".to_string())),
        ..RenderOptions::default()
    };
    let html = render_markdown(&markdown, &options).html;
    check(&html);
});

fn check(html: &str) {
    let lower = html.to_ascii_lowercase();
    for element in ["<script", "<iframe", "<svg", "<style", "<object", "<embed"] {
        assert!(!lower.contains(element), "{element} in {html:?}");
    }
    for tag in lower.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let name = tag.split_whitespace().next().unwrap_or("");
        for (attribute, value) in attributes(tag) {
            // pulldown-cmark's own column alignment is the one style it writes.
            let alignment = attribute == "style"
                && matches!(value.as_str(), "text-align: left" | "text-align: center" | "text-align: right");
            assert!(
                !attribute.starts_with("on") && (attribute != "style" || alignment),
                "{attribute}= on <{tag}> in {html:?}"
            );
            if matches!(attribute.as_str(), "href" | "src" | "action" | "formaction") {
                let scheme: String = decode(&value)
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
                    .collect();
                let image_data = name == "img"
                    && scheme.starts_with("data:image/")
                    && !scheme.starts_with("data:image/svg");
                assert!(
                    !scheme.starts_with("javascript:")
                        && !scheme.starts_with("vbscript:")
                        && (!scheme.starts_with("data:") || image_data),
                    "{attribute}={value:?} on <{tag}> in {html:?}"
                );
            }
        }
    }
}

/// The `name="value"` pairs of one tag's text (pulldown-cmark always quotes).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let after = &rest[eq + 2..];
        let end = after.find('"').unwrap_or(after.len());
        found.push((name.to_string(), after[..end].to_string()));
        rest = &after[(end + 1).min(after.len())..];
    }
    found
}

/// The character references a browser decodes in an attribute value.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').unwrap_or(0);
        let reference = &after[..end];
        let decoded = match reference {
            "amp" => Some('&'),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            _ => reference
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| reference.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) if end > 0 => {
                out.push(c);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
