//! kramdown's dialect, checked against kramdown itself. Every expected HTML
//! below is what kramdown 2.4.0 (Debian's ruby-kramdown, with
//! ruby-kramdown-parser-gfm) printed for the Markdown beside it, with:
//!
//! ```sh
//! ruby -rkramdown -rkramdown-parser-gfm -e 'puts Kramdown::Document.new(STDIN.read,
//!   input: "GFM", hard_wrap: false, auto_ids: true,
//!   smart_quotes: %w[lsquo rsquo ldquo rdquo], syntax_highlighter: nil).to_html'
//! ```
//!
//! (`syntax_highlighter: nil` because carnet does not highlight: Jekyll's
//! Rouge wraps code blocks in two `div`s.) kramdown indents nested elements
//! and puts blank lines between blocks, pulldown-cmark does not:
//! `same_as_kramdown` compares the two with the whitespace between tags taken
//! out, and each run of whitespace with a line break read as one line break.

use super::{render_markdown, RenderOptions, Rendered};

fn render(markdown: &str) -> Rendered {
    render_markdown(markdown, &RenderOptions::default())
}

/// Whitespace between tags dropped, other line breaks with their indent read as one.
fn normalized(html: &str) -> String {
    let mut out = String::new();
    let mut chars = html.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_whitespace() {
            out.push(c);
            continue;
        }
        let mut run = c.to_string();
        while let Some(w) = chars.next_if(|w| w.is_whitespace()) {
            run.push(w);
        }
        let between_tags = out.ends_with('>') && chars.peek() == Some(&'<');
        match (run.contains('\n'), between_tags) {
            (true, true) => {}
            (true, false) => out.push('\n'),
            (false, _) => out.push_str(&run),
        }
    }
    out
}

#[track_caller]
fn same_as_kramdown(markdown: &str, kramdown: &str) {
    let html = render(markdown).html;
    assert_eq!(
        normalized(&html),
        normalized(kramdown),
        "carnet wrote:\n{html}"
    );
}

#[test]
fn definition_lists() {
    same_as_kramdown(
        "term\n: definition\n\nterm2\nterm3\n: def a\n: def b\n\napple\n: para one\n\n  second para\n\nloose\n\n: loose def",
        r#"<dl>
  <dt>term</dt>
  <dd>definition</dd>
  <dt>term2</dt>
  <dt>term3</dt>
  <dd>def a</dd>
  <dd>def b</dd>
  <dt>apple</dt>
  <dd>para one

    <p>second para</p>
  </dd>
  <dt>loose</dt>
  <dd>
    <p>loose def</p>
  </dd>
</dl>"#,
    );
}

#[test]
fn typography_as_kramdown() {
    same_as_kramdown(
        r#""favorite"d '90s -- --- ... << >> << y >> "Hello," she said. 'quoted'. "(paren)" end."
It's ok "a" ('b') --- x -- y 1--2 a...b "*em*" *em*'s "'Quoted' words" \"esc\" &quot;ent&quot; rock 'n' roll"#,
        "<p>“favorite”d ’90s – — … «\u{a0}» «\u{a0}y\u{a0}» “Hello,” she said. ‘quoted’. “(paren)” end.”
It’s ok “a” (‘b’) — x – y 1–2 a…b “<em>em</em>” <em>em</em>’s “‘Quoted’ words” \"esc\" \"ent\" rock ‘n’ roll</p>",
    );
}
