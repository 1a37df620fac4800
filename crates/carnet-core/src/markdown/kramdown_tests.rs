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
fn block_attribute_lists_land_on_the_block_before_or_after() {
    same_as_kramdown(
        r#"para
{: k="v" #b .a .c}

* a
* b
{: .list}

> quote
continued
{: .bq}

~~~ruby
code
~~~
{: .cb #i}

| a | b |
|---|---|
| 1 | 2 |
{: .tbl}

---
{: .rule}

{: .before}
next para

{:.notice--info}
{:.two}
merged

para3

{: .blank}

para4"#,
        r#"<p k="v" id="b" class="a c">para</p>

<ul class="list">
  <li>a</li>
  <li>b</li>
</ul>

<blockquote class="bq">
  <p>quote
continued</p>
</blockquote>

<div class="language-ruby cb highlighter-rouge" id="i"><div class="highlight"><pre class="highlight"><code>code
</code></pre></div></div>

<table class="tbl">
  <thead>
    <tr>
      <th>a</th>
      <th>b</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>1</td>
      <td>2</td>
    </tr>
  </tbody>
</table>

<hr class="rule" />

<p class="before">next para</p>

<p class="notice--info two">merged</p>

<p>para3</p>

<p class="blank">para4</p>"#,
    );
}

#[test]
fn span_attribute_lists_and_definitions() {
    same_as_kramdown(
        r#"{:ref: .r1 data-x="1"}
{:ref2: ref .r2}

[link](http://x){: .btn} *em*{:.x} ![img](a.png){: width="50%"} `code`{:.language-ruby} **s**{: #i} plain{: .p} [l2](u){:ref}

para2
{: .own ref2 data-x="2"}"#,
        r#"<p><a href="http://x" class="btn">link</a> <em class="x">em</em> <img src="a.png" alt="img" width="50%" /> <code class="language-ruby">code</code> <strong id="i">s</strong> plain{: .p} <a href="u" class="r1" data-x="1">l2</a></p>

<p class="r1 r2 own" data-x="2">para2</p>"#,
    );
}

#[test]
fn heading_ids_from_attribute_lists_override_auto_ids() {
    let markdown = "# H {#x}\n{: #y .z}\n\n## Title {#other}\n\n## Auto\n\n## Auto";
    same_as_kramdown(
        markdown,
        r#"<h1 id="y" class="z">H</h1>

<h2 id="other">Title</h2>

<h2 id="auto">Auto</h2>

<h2 id="auto-1">Auto</h2>"#,
    );
    let ids: Vec<_> = render(markdown)
        .headings
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, ["y", "other", "auto", "auto-1"]);
}

/// Compared to the space: kramdown's table of contents is written as is.
#[test]
fn toc_replaces_its_list_and_leaves_out_no_toc_headings() {
    let html = render(
        "* TOC\n{:toc}\n\n# One\n## Sub a\n### Deep\n## Sub b\n{: .no_toc}\n# Two \"q\"\n## `code` *em*",
    )
    .html;
    let toc = r##"<ul id="markdown-toc">
  <li><a href="#one" id="markdown-toc-one">One</a>    <ul>
      <li><a href="#sub-a" id="markdown-toc-sub-a">Sub a</a>        <ul>
          <li><a href="#deep" id="markdown-toc-deep">Deep</a></li>
        </ul>
      </li>
    </ul>
  </li>
  <li><a href="#two-q" id="markdown-toc-two-q">Two “q”</a>    <ul>
      <li><a href="#code-em" id="markdown-toc-code-em"><code>code</code> <em>em</em></a></li>
    </ul>
  </li>
</ul>
"##;
    assert!(html.starts_with(toc), "{html}");
    // kramdown writes `class="no_toc" id="sub-b"`: pulldown-cmark writes a heading's id first.
    assert!(html.contains("<h2 id=\"sub-b\" class=\"no_toc\">Sub b</h2>"));
    assert_eq!(
        render("1. toc\n{:toc}\n\n## A\n## B").html,
        "<ol id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li>\n  <li><a href=\"#b\" id=\"markdown-toc-b\">B</a></li>\n</ol>\n<h2 id=\"a\">A</h2>\n<h2 id=\"b\">B</h2>\n"
    );
}

/// On an article page, links carry the page's URL, as its heading anchors do.
#[test]
fn toc_links_carry_the_page_url_on_an_article() {
    let options = RenderOptions {
        page: Some(("/2017/post.html".into(), "fr".into())),
        ..RenderOptions::default()
    };
    let html = render_markdown("* x\n{:toc}\n\n## A", &options).html;
    assert!(
        html.contains("<li><a href=\"/2017/post.html#a\" id=\"markdown-toc-a\">A</a></li>"),
        "{html}"
    );
}

/// kramdown writes comments out as HTML comments; carnet drops them, which reads the same.
#[test]
fn extensions_comment_options_and_nomarkdown() {
    same_as_kramdown(
        r#"before {::comment}hidden{:/comment} after {::comment /} end

{::comment}
block *hidden*

still
{:/comment}

{::options auto_ids="false" /}

## No id

{::nomarkdown}
<b>raw *x*</b>

more raw
{:/}

inline {::nomarkdown}<i>r</i>{:/} text"#,
        r#"<p>before  after  end</p>

<h2>No id</h2>

<b>raw *x*</b>

more raw

<p>inline <i>r</i> text</p>"#,
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
fn abbreviations() {
    same_as_kramdown(
        r#"*[HTML]: Hyper Text Markup Language
*[W3C]:  World Wide Web "Consortium"

The HTML spec by W3C. HTMLs `HTML` [HTML](u) *HTML* ![HTML](i.png)

# HTML title"#,
        r#"<p>The <abbr title="Hyper Text Markup Language">HTML</abbr> spec by <abbr title="World Wide Web &quot;Consortium&quot;">W3C</abbr>. HTMLs <code>HTML</code> <a href="u"><abbr title="Hyper Text Markup Language">HTML</abbr></a> <em><abbr title="Hyper Text Markup Language">HTML</abbr></em> <img src="i.png" alt="HTML" /></p>

<h1 id="html-title"><abbr title="Hyper Text Markup Language">HTML</abbr> title</h1>"#,
    );
}

#[test]
fn markdown_attribute_on_html() {
    same_as_kramdown(
        r#"<div markdown="1" class="n">
*md* here

para
</div>

<div markdown="0">
*raw*
</div>

<span markdown="1">*x*</span> after"#,
        r#"<div class="n">
  <p><em>md</em> here</p>

  <p>para</p>
</div>

<div>
*raw*
</div>

<p><span><em>x</em></span> after</p>"#,
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

#[test]
fn math_as_kramdown_writes_it_for_mathjax() {
    let markdown = r"$$
a_1 * b_2 < c \\ d
$$

Inline $$x^2 < y$$ and $5 and $6 and \$$esc$$.

$$E=mc^2$$

text
$$notblock$$";
    same_as_kramdown(
        markdown,
        r"\[a_1 * b_2 &lt; c \\ d\]

<p>Inline \(x^2 &lt; y\) and $5 and $6 and $$esc$$.</p>

\[E=mc^2\]

<p>text
\(notblock\)</p>",
    );
    assert!(render(markdown).has_math);
    assert!(!render("$5 and $6, `$$x$$`").has_math);
}

#[test]
fn kramdown_syntax_in_code_stays_as_written() {
    same_as_kramdown(
        "```\n{: .x}\n*[A]: b\n$$x$$\n```\n\n    {: .y}\n    $$z$$\n\nUse `{: .z}` and `$$w$$` and A.",
        r#"<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>{: .x}
*[A]: b
$$x$$
</code></pre></div></div>

<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>{: .y}
$$z$$
</code></pre></div></div>

<p>Use <code>{: .z}</code> and <code>$$w$$</code> and A.</p>"#,
    );
}

/// carnet's markers are private-use characters: typed by an author, they are
/// replaced, so no text can pick up attributes or stashed HTML.
#[test]
fn markers_cannot_be_forged() {
    let html = render_markdown(
        "x\n{: onclick=\"a\"}\n\n\u{E001}0\u{E002}<p>y</p>\n\n<!--\u{E000}0-->\n\n<kd m=\"\u{E000}0\">",
        &RenderOptions {
            safe: true,
            ..RenderOptions::default()
        },
    )
    .html;
    assert!(
        !html.contains('\u{E000}') && !html.contains('\u{E001}'),
        "{html}"
    );
    assert!(!html.contains("onclick"), "{html}");
}

#[test]
fn kramdown_syntax_in_raw_html_stays_as_written() {
    same_as_kramdown(
        "<div>\n*a*{: .x} $$m$$\n{: .y}\n</div>",
        "<div>\n*a*{: .x} $$m$$\n{: .y}\n</div>",
    );
}

#[test]
fn list_item_attribute_lists() {
    same_as_kramdown(
        "* {:.li} item one\n\n* {: #b} loose\n\n1. {:.n}x",
        r#"<ul>
  <li class="li">
    <p>item one</p>
  </li>
  <li id="b">
    <p>loose</p>
  </li>
</ul>

<ol>
  <li class="n">x</li>
</ol>"#,
    );
    same_as_kramdown(
        "![x](y.png)\n{: .center}\n\nText with {: .x} in the middle.\n\n`code`{: .a} and {:toc} here",
        r#"<p class="center"><img src="y.png" alt="x" /></p>

<p>Text with {: .x} in the middle.</p>

<p><code class="a">code</code> and {:toc} here</p>"#,
    );
}

#[test]
fn footnotes_are_numbered_by_first_reference_and_gathered_at_the_end() {
    same_as_kramdown(
        "A claim.[^1] Another.[^two]\n\n[^1]: The first source.\n\n## Later\n\nMore.\n\n[^two]: The second.",
        "<p>A claim.<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> Another.<sup id=\"fnref:two\" role=\"doc-noteref\"><a href=\"#fn:two\" class=\"footnote\" rel=\"footnote\">2</a></sup></p>

<h2 id=\"later\">Later</h2>

<p>More.</p>

<div class=\"footnotes\" role=\"doc-endnotes\">
  <ol>
    <li id=\"fn:1\" role=\"doc-endnote\">
      <p>The first source.\u{a0}<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>
    </li>
    <li id=\"fn:two\" role=\"doc-endnote\">
      <p>The second.\u{a0}<a href=\"#fnref:two\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>
    </li>
  </ol>
</div>",
    );
}

#[test]
fn footnotes_referenced_twice_unreferenced_or_undefined() {
    same_as_kramdown(
        "A[^a] b[^a] c[^b] d[^missing].\n\n[^b]: Bee.\n\n[^a]: First para.\n\n    * list\n\n[^unused]: Not used.\n",
        "<p>A<sup id=\"fnref:a\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">1</a></sup> b<sup id=\"fnref:a:1\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">1</a></sup> c<sup id=\"fnref:b\" role=\"doc-noteref\"><a href=\"#fn:b\" class=\"footnote\" rel=\"footnote\">2</a></sup> d[^missing].</p>

<div class=\"footnotes\" role=\"doc-endnotes\">
  <ol>
    <li id=\"fn:a\" role=\"doc-endnote\">
      <p>First para.</p>

      <ul>
        <li>list</li>
      </ul>
      <p><a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u{a0}<a href=\"#fnref:a:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>
    </li>
    <li id=\"fn:b\" role=\"doc-endnote\">
      <p>Bee.\u{a0}<a href=\"#fnref:b\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>
    </li>
  </ol>
</div>",
    );
}

#[test]
fn an_html_block_goes_on_to_its_closing_tag_over_blank_lines() {
    same_as_kramdown(
        "<div class=\"outer\">\n<div>\n\ninner *x*\n\n</div>\n\n<p>para *y*</p>\n</div>\n\nAfter.\n\n* item\n\n  <div>\n  a\n\n  b\n  </div>\n\n<custom-el>\na\n\nb\n</custom-el>",
        "<div class=\"outer\">\n<div>\n\ninner *x*\n\n</div>\n\n<p>para *y*</p>\n</div>

<p>After.</p>

<ul>
  <li>
    <p>item</p>
  <div>\n  a\n\n  b\n  </div>
  </li>
</ul>

<custom-el>\na\n\nb\n</custom-el>",
    );
    same_as_kramdown(
        "<div markdown=\"0\" class=\"x\">\n*a*\n\nb\n</div>\ntext",
        "<div class=\"x\">\n*a*\n\nb\n</div>\n<p>text</p>",
    );
}

#[test]
fn parse_block_html_reads_block_elements_as_markdown() {
    same_as_kramdown(
        "{::options parse_block_html=\"true\" /}\n\n<div class=\"a\">\n*one*\n\n<div>\n*two*\n</div>\n</div>\n\n<div markdown=\"0\">\n*raw*\n</div>\n\n{::options parse_block_html=\"false\" /}\n\n<section>\n*not*\n</section>",
        r#"<div class="a">
  <p><em>one</em></p>

  <div>
    <p><em>two</em></p>
  </div>
</div>

<div>
*raw*
</div>

<section>
*not*
</section>"#,
    );
}

/// kramdown writes the target as given (`href="b c"`), carnet with `%20`:
/// the same address, so the comparison reads both with `%20`.
#[test]
fn link_targets_may_have_spaces() {
    let markdown = "[a](b c \"t\") [d](e f) ![i](g h) x](y z) [k](<l m>) [n](o (p)) `[s](t u)` \\[z](y x) [[w]](a b) [t](u v 'w')";
    let kramdown = r#"<p><a href="b c" title="t">a</a> <a href="e f">d</a> <img src="g h" alt="i" /> x](y z) <a href="l m">k</a> <a href="o (p)">n</a> <code>[s](t u)</code> [z](y x) <a href="a b">[w]</a> <a href="u v" title="w">t</a></p>"#;
    let spaced = |html: &str| normalized(html).replace("%20", " ");
    assert_eq!(spaced(&render(markdown).html), spaced(kramdown));
}

#[test]
fn a_closing_tag_with_nothing_open_is_text() {
    same_as_kramdown(
        "<span>*x*</span> </span> <b>a</b></b> </div> y <a href=\"x\">l</a> </a> z\n\n<span markdown=\"1\">*x*</span> after\n\n# h </i>",
        r#"<p><span><em>x</em></span> &lt;/span&gt; <b>a</b>&lt;/b&gt; &lt;/div&gt; y <a href="x">l</a> &lt;/a&gt; z</p>

<p><span><em>x</em></span> after</p>

<h1 id="h-i">h &lt;/i&gt;</h1>"#,
    );
}
