//! carnet's Liquid against real Liquid: every case of
//! `tests/fixtures/liquid/cases.liquid` rendered with the globals of
//! `globals.json`, compared with what Ruby's Liquid 5.4 and Jekyll 4.3's
//! filters printed (`ruby tests/fixtures/liquid/expect.rb` writes
//! `cases.expected.json`; it ran with the machine's zone at UTC).

use std::path::Path;

use carnet_core::liquid::{Host, Object, Template, Value};
use carnet_core::markdown::{render_markdown, RenderOptions};
use carnet_core::time::PostDate;

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/liquid")
}

struct TestHost {
    now: PostDate,
}

impl Host for TestHost {
    fn include(&self, name: &str, _relative: bool) -> Result<String, String> {
        Err(format!("no include {name}"))
    }
    fn post_url(&self, _name: &str) -> Option<String> {
        None
    }
    fn link(&self, _path: &str) -> Option<String> {
        None
    }
    fn now(&self) -> PostDate {
        self.now
    }
    fn local(&self, date: &PostDate) -> PostDate {
        PostDate::at(date.timestamp(), 0)
    }
    fn markdownify(&self, text: &str) -> String {
        render_markdown(text, &RenderOptions::default()).html
    }
    fn smartify(&self, text: &str) -> String {
        let html = self.markdownify(text);
        html.trim_end()
            .trim_start_matches("<p>")
            .trim_end_matches("</p>")
            .to_string()
    }
}

/// JSON as the Ruby script reads it (read as YAML, which keeps the keys'
/// order): `date` and `time` keys are times.
fn with_dates(value: Value, key: &str) -> Value {
    match value {
        Value::Str(s) if key == "date" || key == "time" => {
            Value::Date(PostDate::parse(&s, 0).unwrap())
        }
        Value::Array(items) => {
            Value::array(items.iter().map(|i| with_dates(i.clone(), "")).collect())
        }
        Value::Object(pairs) => Value::object(
            pairs
                .iter()
                .map(|(k, v)| (k.clone(), with_dates(v.clone(), k)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
fn every_case_prints_what_ruby_liquid_printed() {
    let dir = fixtures();
    let yaml = serde_yaml_ng::from_str(&std::fs::read_to_string(dir.join("globals.json")).unwrap())
        .unwrap();
    let Value::Object(globals) = with_dates(Value::from_yaml(&yaml), "") else {
        panic!("globals must be an object")
    };
    let globals: Object = globals.to_vec();
    let now = PostDate::parse(globals_time(&globals).as_str(), 0).unwrap();
    let host = TestHost { now };
    let cases = std::fs::read_to_string(dir.join("cases.liquid")).unwrap();
    let expected: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases.expected.json")).unwrap())
            .unwrap();
    let cases: Vec<&str> = cases.split("=====\n").collect();
    assert_eq!(
        cases.len(),
        expected.len(),
        "rerun expect.rb after changing cases.liquid"
    );
    let mut wrong = Vec::new();
    for (i, (case, want)) in cases.iter().zip(&expected).enumerate() {
        let got = match Template::parse(case).and_then(|t| t.render(globals.clone(), &host)) {
            Ok(out) => out.text,
            Err(e) => format!("ERROR: {e}"),
        };
        if &got != want {
            wrong.push(format!(
                "case {} ({}):\n  want {want:?}\n  got  {got:?}",
                i + 1,
                case.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases differ:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

fn globals_time(globals: &Object) -> String {
    match globals
        .iter()
        .find(|(k, _)| k == "site")
        .map(|(_, v)| v.get("time"))
    {
        Some(Value::Date(d)) => d.to_string(),
        _ => panic!("site.time missing"),
    }
}

/// Front matter made of markup, printed by `{{ page.title }}`: Liquid's
/// output is Markdown input like any other, so safe mode drops the markup
/// it makes, while without safe mode it passes as in Jekyll (the author
/// owns the blog) and `| escape` shows it as text.
#[test]
fn markup_printed_by_liquid_is_dropped_in_safe_mode() {
    use carnet_core::config::SiteConfig;
    use carnet_core::liquid::LiquidSite;
    use carnet_core::post::Post;

    const VECTORS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src='javascript:alert(1)'></iframe>",
        "<a href='javascript:alert(1)'>x</a>",
        "[x](javascript:alert(1))",
        "<b onmouseover=alert(1)>b</b>",
    ];
    let config = SiteConfig::default();
    for vector in VECTORS {
        let file = format!(
            "---\ntitle: {vector:?}\n---\n{{{{ page.title }}}}\n\n{{{{ page.title | escape }}}}\n"
        );
        let post = Post::parse("2020-01-01-x.md", file.as_bytes(), &[], &config).unwrap();
        let site = LiquidSite::new(config.clone(), "", Vec::new(), PostDate::at(0, 0));
        let safe = RenderOptions {
            safe: true,
            ..RenderOptions::default()
        };
        let (html, _) = site.render_post(&post, &file, &safe);
        let html = html.html.to_ascii_lowercase();
        for bad in [
            "<script",
            "<img",
            "<svg",
            "<iframe",
            "<b ",
            "href=\"javascript",
        ] {
            assert!(
                !html.contains(bad),
                "safe mode let {bad} through for {vector}: {html}"
            );
        }
        if !vector.starts_with('<') {
            continue; // Markdown, which `escape` leaves as it is
        }
        let (raw, _) = site.render_post(&post, &file, &RenderOptions::default());
        let escaped = vector
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            raw.html.contains(&escaped.replace('\'', "&#39;")) || raw.html.contains(&escaped),
            "| escape shows {vector} as text: {}",
            raw.html
        );
    }
}

/// A post, document or include a tag names that is not there stops Jekyll's
/// build; here the tag gives nothing, the rest of the Liquid still runs, and
/// the error is reported with the post's line.
#[test]
fn a_missing_post_or_include_loses_only_its_tag() {
    use carnet_core::config::SiteConfig;
    use carnet_core::liquid::LiquidSite;
    use carnet_core::post::Post;

    let config = SiteConfig::default();
    let file = "---\ntitle: T\n---\nIn {{ site.title }}.\n\n[x]({% post_url 2000-01-01-gone %}) {% include gone.html %} {{ page.title }}\n";
    let post = Post::parse("2020-01-01-x.md", file.as_bytes(), &[], &config).unwrap();
    let site = LiquidSite::new(
        config.clone(),
        "title: Site\n",
        Vec::new(),
        PostDate::at(0, 0),
    );
    let (rendered, error) = site.render_post(&post, file, &RenderOptions::default());
    assert_eq!(
        rendered.html,
        "<p>In Site.</p>\n<p><a href=\"\">x</a>  T</p>\n"
    );
    let error = error.expect("the missing post is reported");
    assert_eq!(error.line, 6);
    assert!(
        error
            .message
            .contains("Could not find post \"2000-01-01-gone\" in tag 'post_url'"),
        "{}",
        error.message
    );
}
