//! Safe mode, for blogs whose posts come from many hands: raw HTML is dropped
//! and links and images may not run script. Off by default, as in Jekyll.

use pulldown_cmark::{CowStr, Event, Tag};

use super::source::marker_index;

/// What replaces a refused URL: a link to nowhere, so the text still reads.
const REFUSED: &str = "#";

/// Keeps, changes or drops one event of the Markdown stream.
pub fn sanitize(event: Event<'_>) -> Option<Event<'_>> {
    match event {
        // carnet's own markers, which no author can write (see `source`).
        Event::Html(ref html) | Event::InlineHtml(ref html) if marker_index(html).is_some() => {
            Some(event)
        }
        Event::Html(_) | Event::InlineHtml(_) => None,
        // `# Title {onclick=…}`: heading attributes may name any attribute, so
        // only the id and classes are kept.
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs: _,
        }) => Some(Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs: Vec::new(),
        })),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Some(Event::Start(Tag::Link {
            link_type,
            dest_url: checked(dest_url, false),
            title,
            id,
        })),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Some(Event::Start(Tag::Image {
            link_type,
            dest_url: checked(dest_url, true),
            title,
            id,
        })),
        other => Some(other),
    }
}

fn checked(url: CowStr<'_>, image: bool) -> CowStr<'_> {
    if is_dangerous(&url, image) {
        CowStr::Borrowed(REFUSED)
    } else {
        url
    }
}

/// True for `javascript:`, `vbscript:` and `data:` URLs (images may use
/// `data:image/…`), however they are cased or padded with control characters
/// and spaces, which browsers ignore when reading a scheme.
pub fn is_dangerous(url: &str, image: bool) -> bool {
    let compact: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase();
    let data_image = compact.starts_with("data:image/") && !compact.starts_with("data:image/svg");
    compact.starts_with("javascript:")
        || compact.starts_with("vbscript:")
        || (compact.starts_with("data:") && !(image && data_image))
}

#[cfg(test)]
mod tests {
    use crate::markdown::{render_markdown, RenderOptions};

    fn safe(markdown: &str) -> String {
        render_markdown(
            markdown,
            &RenderOptions {
                safe: true,
                ..RenderOptions::default()
            },
        )
        .html
    }

    fn unsafe_(markdown: &str) -> String {
        render_markdown(markdown, &RenderOptions::default()).html
    }

    /// The usual vectors; none may survive safe mode as markup or a script URL.
    const VECTORS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "text <b onmouseover=alert(1)>inline</b> html",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<style>body{background:expression(alert(1))}</style>",
        "# Title {onclick=alert(1)}",
        "## T {#x .y onmouseover=\"alert(1)\" style=x}",
    ];

    #[test]
    fn safe_mode_leaves_no_markup_or_script_url() {
        for vector in VECTORS {
            let html = safe(vector).to_ascii_lowercase();
            let markup = [
                "<script",
                "<img src=x",
                "<svg",
                "<iframe",
                "<style",
                "<b ",
                "<div",
                "<a href=\"javascript",
                " onclick=",
                " onmouseover=",
                " style=",
            ];
            let urls = [
                "=\"javascript:",
                "=\"vbscript:",
                "=\"data:text",
                "=\"data:image/svg",
                "= javascript",
            ];
            for bad in markup.iter().chain(&urls) {
                assert!(!html.contains(bad), "{vector} gave {html}");
            }
        }
    }

    #[test]
    fn safe_mode_keeps_ordinary_links_and_data_images() {
        assert_eq!(
            safe("[ok](https://example.org/)"),
            "<p><a href=\"https://example.org/\">ok</a></p>\n"
        );
        assert!(safe("![dot](data:image/png;base64,iVBORw0KGgo=)")
            .contains("src=\"data:image/png;base64,iVBORw0KGgo=\""));
    }

    #[test]
    fn headings_keep_their_id_and_classes() {
        assert_eq!(
            safe("## T {#x .y onclick=alert(1)}"),
            "<h2 id=\"x\" class=\"y\">T</h2>\n"
        );
    }

    /// kramdown's attribute lists, extensions and `markdown="1"` HTML as
    /// ways in: none may set a handler, a style or a script URL, or pass raw HTML.
    const KRAMDOWN_VECTORS: &[&str] = &[
        "para\n{: onclick=\"alert(1)\" style=\"color:red\" .ok}",
        "[x](https://example.org/){: href=\"javascript:alert(1)\"}",
        "[x](u){: href=\" JaVaScRiPt:alert(1)\" onmouseover='alert(1)'}",
        "[x](u){: href=\"vbscript:msgbox(1)\"}",
        "[x](u){: href=\"data:text/html;base64,PHNjcmlwdD4=\"}",
        "![x](a.png){: src=\"javascript:alert(1)\" onerror=\"alert(1)\"}",
        "![x](a.png){: src=\"data:image/svg+xml,<svg onload=alert(1)>\"}",
        "*x*{: ONCLICK=\"alert(1)\" Style=\"x\"}",
        "`c`{: formaction=\"javascript:alert(1)\"}",
        "## T\n{: onmouseover=\"alert(1)\" style=\"x\" #t}",
        "{: onclick=\"alert(1)\"}\nbefore",
        "{:evil: onclick=\"alert(1)\" style=\"x\" href=\"javascript:alert(1)\"}\n\npara\n{: evil}",
        "a\n{: title=\"x\\\" onclick=\\\"alert(1)\"}",
        "* x\n{:toc onclick=\"alert(1)\"}\n\n# <img src=x onerror=alert(1)>",
        "{::nomarkdown}<script>alert(1)</script>{:/}",
        "{::nomarkdown}\n<div onclick=\"alert(1)\">x</div>\n{:/}",
        "<div markdown=\"1\" onclick=\"alert(1)\" style=\"x\">\n*x*\n</div>",
        "<span markdown=\"1\" onmouseover=\"alert(1)\">*x*</span>",
        "*[HTML]: \"><script>alert(1)</script>\n\nHTML",
        "$$</script><script>alert(1)</script>$$",
        "$$\n<img src=x onerror=alert(1)>\n$$",
        "term\n: <script>alert(1)</script>",
        "<div onclick=\"alert(1)\">\n\n<script>alert(1)</script>\n\n</div>",
        "{::options parse_block_html=\"true\" /}\n\n<div onclick=\"alert(1)\">\n*x*\n</div>",
    ];

    #[test]
    fn kramdown_syntax_sets_no_handler_style_or_script_url_in_safe_mode() {
        let bad = [
            "<script",
            "<img src=x",
            "<div",
            "<span",
            // Quoted: `title="x&quot; onclick=&quot;…"` is one harmless value.
            " onclick=\"",
            " onmouseover=\"",
            " onerror=\"",
            " style=\"",
            "=\"javascript:",
            "=\" javascript:",
            "=\"vbscript:",
            "=\"data:",
            "formaction",
        ];
        for vector in KRAMDOWN_VECTORS {
            let html = safe(vector).to_ascii_lowercase();
            for bad in bad {
                assert!(!html.contains(bad), "{vector} gave {html}");
            }
        }
    }

    #[test]
    fn footnotes_carry_no_script_in_safe_mode() {
        let vectors = [
            "x[^a]\n\n[^a]: y <script>alert(1)</script> [y](javascript:alert(1))",
            "x[^\" onclick=\"alert(1)]\n\n[^\" onclick=\"alert(1)]: <img src=x onerror=alert(1)>",
        ];
        for vector in vectors {
            let html = safe(vector).to_ascii_lowercase();
            assert!(
                html.contains("<div class=\"footnotes\""),
                "{vector} gave {html}"
            );
            for bad in [
                "<script",
                "<img",
                " onclick=\"",
                " onerror=",
                "=\"javascript:",
            ] {
                assert!(!html.contains(bad), "{vector} gave {html}");
            }
        }
    }

    #[test]
    fn safe_mode_keeps_harmless_attributes_and_markdown_content() {
        assert_eq!(
            safe("para\n{: .note #n onclick=\"x\" title=\"t\"}"),
            "<p class=\"note\" id=\"n\" title=\"t\">para</p>\n"
        );
        assert_eq!(
            safe("![i](a.png){: width=\"50%\"}"),
            "<p><img src=\"a.png\" alt=\"i\" width=\"50%\" /></p>\n"
        );
        assert_eq!(
            safe("<div markdown=\"1\">\n*x*\n</div>"),
            "<p><em>x</em></p>\n"
        );
        assert_eq!(safe("a {::nomarkdown}<b>b</b>{:/} c"), "<p>a  c</p>\n");
    }

    #[test]
    fn without_safe_mode_raw_html_passes_as_in_jekyll() {
        assert!(unsafe_("<div class=\"note\">Hi</div>").contains("<div class=\"note\">Hi</div>"));
    }
}
