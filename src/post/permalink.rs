//! Permalinks: Jekyll's named styles and `:placeholder` templates, giving the
//! URL path a post is served at (site `baseurl` included).

use super::Post;

/// Expands a Jekyll permalink style or template for `post`.
pub fn permalink(post: &Post, template: &str, baseurl: &str) -> String {
    let template = match template {
        "date" | "" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        other => other,
    };
    let d = &post.date;
    let categories = jekyll_categories(&post.categories);
    let values: [(&str, String); 13] = [
        ("categories", categories),
        ("year", format!("{:04}", d.year)),
        ("short_year", format!("{:02}", d.year.rem_euclid(100))),
        ("month", format!("{:02}", d.month)),
        ("i_month", d.month.to_string()),
        ("day", format!("{:02}", d.day)),
        ("i_day", d.day.to_string()),
        ("hour", format!("{:02}", d.hour)),
        ("minute", format!("{:02}", d.minute)),
        ("second", format!("{:02}", d.second)),
        ("title", slugify_pretty(&post.slug)),
        ("slug", slugify_default(&post.slug)),
        ("output_ext", ".html".to_string()),
    ];
    let path = expand(template, &values);
    let path = collapse_slashes(&format!("/{path}"));
    format!("{}{}", baseurl.trim_end_matches('/'), escape_path(&path))
}

/// Replaces `:name` placeholders, longest names first so `:short_year` is not read as `:short`.
fn expand(template: &str, values: &[(&str, String)]) -> String {
    let mut sorted: Vec<&(&str, String)> = values.iter().collect();
    sorted.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find(':') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match sorted.iter().find(|(name, _)| after.starts_with(name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len()..];
            }
            None => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Jekyll's `:categories`: each category downcased, duplicates dropped, joined by `/`.
fn jekyll_categories(categories: &[String]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for category in categories {
        let lower = category.to_lowercase();
        if !seen.contains(&lower) {
            seen.push(lower);
        }
    }
    seen.join("/")
}

fn collapse_slashes(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

/// Jekyll's `slugify(mode: "pretty", cased: true)`: keeps letters (any script),
/// digits and `._~!$&'()+,;=@`, turns runs of anything else into `-`.
pub fn slugify_pretty(text: &str) -> String {
    slugify(
        text,
        |c| c.is_alphanumeric() || "._~!$&'()+,;=@".contains(c),
        false,
    )
}

/// Jekyll's default `slugify`: letters and digits only, downcased.
pub fn slugify_default(text: &str) -> String {
    slugify(text, char::is_alphanumeric, true)
}

fn slugify(text: &str, keep: impl Fn(char) -> bool, lower: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep(c) {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if lower {
        out.to_lowercase()
    } else {
        out.to_string()
    }
}

/// Percent-encodes what may not stand in a URL path (Addressable's path class), so
/// a space becomes `%20` and non-ASCII letters their UTF-8 bytes.
pub fn escape_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&byte);
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
