//! Permalinks: Jekyll's named styles and `:placeholder` templates
//! (`Jekyll::URL`, `Drops::UrlDrop`), then the site `baseurl` in front as
//! Jekyll's `relative_url` filter puts it, giving the path a post is served at.

use super::Post;
use crate::text::letters::{is_decimal_digit, is_letter, is_mark};
use crate::text::url::{escape_path, escape_segment_bytes, percent_decode_bytes};
use crate::time::{DAYS, MONTHS};

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PermalinkError {
    #[error("permalink {template:?} has an unknown placeholder :{name}")]
    UnknownPlaceholder { template: String, name: String },
}

/// The template of a site `permalink` setting: Jekyll's named styles, or the setting itself.
pub fn site_template(style: &str) -> &str {
    match style {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        other => other,
    }
}

/// The URL path of `post` for a `template` (a front matter permalink or
/// [`site_template`]), `baseurl` in front.
pub fn permalink(post: &Post, template: &str, baseurl: &str) -> Result<String, PermalinkError> {
    let path = expand(template, |name| placeholder(post, name)).map_err(|name| {
        PermalinkError::UnknownPlaceholder {
            template: template.to_string(),
            name,
        }
    })?;
    Ok(relative_url(baseurl, &sanitize(&path)))
}

/// Replaces each `:name` (Jekyll's `:([a-z_]+)`) with its escaped value. A
/// trailing `_` is not part of the name, so `:month_:day` works.
fn expand(template: &str, value: impl Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find(':') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let len = after
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || *b == b'_')
            .count();
        if len == 0 {
            out.push(':');
            rest = after;
            continue;
        }
        let name = &after[..len];
        let name = name.strip_suffix('_').unwrap_or(name);
        let found = value(name).ok_or_else(|| name.to_string())?;
        out.push_str(&escape_path(&found));
        rest = &after[name.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The value of one `Drops::UrlDrop` placeholder, unescaped.
fn placeholder(post: &Post, name: &str) -> Option<String> {
    let d = &post.date;
    let month = MONTHS
        .get(d.month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let day = DAYS.get(d.weekday() as usize - 1).copied().unwrap_or("");
    Some(match name {
        "year" => format!("{:04}", d.year),
        "short_year" => format!("{:02}", d.year.rem_euclid(100)),
        "month" => format!("{:02}", d.month),
        "i_month" => d.month.to_string(),
        "short_month" => month.get(..3).unwrap_or(month).to_string(),
        "long_month" => month.to_string(),
        "day" => format!("{:02}", d.day),
        "i_day" => d.day.to_string(),
        "y_day" => format!("{:03}", d.day_of_year()),
        "w_year" => format!("{:04}", d.iso_week().0),
        "week" => format!("{:02}", d.iso_week().1),
        "w_day" => d.weekday().to_string(),
        "short_day" => day.get(..3).unwrap_or(day).to_string(),
        "long_day" => day.to_string(),
        "hour" => format!("{:02}", d.hour),
        "minute" => format!("{:02}", d.minute),
        "second" => format!("{:02}", d.second),
        "title" => slugify_pretty(&post.slug),
        "slug" => slugify_default(&post.slug),
        "name" => slugify_default(base_name(&post.path)),
        "categories" => unique(post.categories.iter().map(|c| c.to_lowercase())),
        "slugified_categories" => unique(post.categories.iter().map(|c| slugify_default(c))),
        "collection" => "posts".to_string(),
        "path" => cleaned_relative_path(post),
        "output_ext" => ".html".to_string(),
        _ => return None,
    })
}

/// Jekyll's `:categories`: a set, so the first of equal names wins, joined by `/`.
fn unique(names: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen.join("/")
}

fn base_name(path: &str) -> &str {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.rsplit_once('.').map_or(file, |(stem, _)| stem)
}

/// Jekyll's `cleaned_relative_path`: the source path without extension, with
/// the `_posts` folder taken out. carnet's `posts/` folder stands for `_posts`.
fn cleaned_relative_path(post: &Post) -> String {
    let path = post
        .path
        .rsplit_once('.')
        .map_or(post.path.as_str(), |(p, _)| p);
    let path = if let Some(i) = path.find("_posts") {
        format!("{}{}", &path[..i], &path[i + "_posts".len()..])
    } else if post.draft {
        path.to_string()
    } else {
        format!("/{path}")
    };
    path.trim_end_matches('.').to_string()
}

/// Jekyll's `URL#sanitize_url`: a leading `/`, `..` made `/`, `./` dropped, `//` squeezed.
fn sanitize(path: &str) -> String {
    let path = format!("/{path}").replace("..", "/").replace("./", "");
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

/// Jekyll's `relative_url`: `baseurl` in front, then Addressable's
/// normalisation, which percent-encodes each path segment the same way
/// whether the permalink wrote `été` or `%C3%A9t%C3%A9`.
pub fn relative_url(baseurl: &str, path: &str) -> String {
    let base = baseurl.trim_end_matches('/');
    let base = if base.is_empty() || base.starts_with('/') {
        base.to_string()
    } else {
        format!("/{base}")
    };
    let joined = if path.starts_with('/') {
        format!("{base}{path}")
    } else {
        format!("{base}/{path}")
    };
    let segments: Vec<String> = joined
        .split('/')
        .map(|segment| escape_segment_bytes(&percent_decode_bytes(segment)))
        .collect();
    remove_dot_segments(&segments)
}

/// RFC 3986's remove_dot_segments, as Addressable's `normalize_path` applies
/// it: `/blog/%2e%2e/x` is `/x`.
fn remove_dot_segments(segments: &[String]) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.iter().enumerate().skip(1) {
        match segment.as_str() {
            "." | ".." => {
                if segment == ".." {
                    kept.pop();
                }
                if i == last {
                    kept.push("");
                }
            }
            other => kept.push(other),
        }
    }
    format!("/{}", kept.join("/"))
}

/// Jekyll's `slugify(mode: "pretty", cased: true)`: keeps letters and marks of
/// any script, decimal digits and `._~!$&'()+,;=@`, turns runs of anything
/// else into `-`, then drops one `-` at each end.
pub fn slugify_pretty(text: &str) -> String {
    slugify(text, |c| "._~!$&'()+,;=@".contains(c), false)
}

/// Jekyll's default `slugify`: letters, marks and digits only, downcased.
pub fn slugify_default(text: &str) -> String {
    slugify(text, |_| false, true)
}

fn slugify(text: &str, also_keep: impl Fn(char) -> bool, lower: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_letter(c) || is_mark(c) || is_decimal_digit(c) || also_keep(c) {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.strip_prefix('-').unwrap_or(&out);
    let out = out.strip_suffix('-').unwrap_or(out);
    if lower {
        out.to_lowercase()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::PostDate;

    fn post(path: &str, slug: &str, date: &str, categories: &[&str]) -> Post {
        Post {
            path: path.into(),
            title: String::new(),
            date: PostDate::parse(date, 0).unwrap(),
            slug: slug.into(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            tags: vec![],
            published: true,
            draft: false,
            lang: None,
            author: None,
            description: None,
            excerpt: String::new(),
            excerpt_is_html: false,
            body: String::new(),
            format: crate::post::Format::Markdown,
            url: String::new(),
            front_matter_problem: None,
            redirect_from: vec![],
            redirect_to: None,
        }
    }

    fn url(post: &Post, style: &str) -> String {
        permalink(post, site_template(style), "").unwrap()
    }

    #[test]
    fn the_five_named_styles() {
        let p = post(
            "2009-03-27-star-wars.md",
            "star-wars",
            "2009-03-27",
            &["movies"],
        );
        assert_eq!(url(&p, "date"), "/movies/2009/03/27/star-wars.html");
        assert_eq!(url(&p, "pretty"), "/movies/2009/03/27/star-wars/");
        assert_eq!(url(&p, "ordinal"), "/movies/2009/086/star-wars.html");
        assert_eq!(url(&p, "weekdate"), "/movies/2009/W13/Fri/star-wars.html");
        assert_eq!(url(&p, "none"), "/movies/star-wars.html");
    }

    #[test]
    fn every_date_placeholder() {
        let p = post("2017-01-01-x.md", "x", "2017-01-01 09:05:03", &[]);
        let template = "/:year/:short_year/:month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/:w_year/:week/:w_day/:short_day/:long_day/:hour/:minute/:second";
        assert_eq!(
            permalink(&p, template, "").unwrap(),
            "/2017/17/01/1/Jan/January/01/1/001/2016/52/7/Sun/Sunday/09/05/03"
        );
    }

    #[test]
    fn name_slug_path_collection_and_trailing_underscores() {
        let p = post(
            "cat/_posts/sub/2009-03-27-Star_Wars.md",
            "Star_Wars",
            "2009-03-27",
            &[],
        );
        assert_eq!(
            permalink(&p, "/:collection/:name/:slug/:title/", "").unwrap(),
            "/posts/2009-03-27-star-wars/star-wars/Star_Wars/"
        );
        assert_eq!(
            permalink(&p, ":path:output_ext", "").unwrap(),
            "/cat/sub/2009-03-27-Star_Wars.html"
        );
        assert_eq!(permalink(&p, "/:month_:day", "").unwrap(), "/03_27");
    }

    #[test]
    fn an_unknown_placeholder_is_an_error() {
        let p = post("2009-03-27-a.md", "a", "2009-03-27", &[]);
        assert_eq!(
            permalink(&p, "/:yeer/:title", ""),
            Err(PermalinkError::UnknownPlaceholder {
                template: "/:yeer/:title".into(),
                name: "yeer".into()
            })
        );
        // Capitals are no placeholder name: the colon stays.
        assert_eq!(permalink(&p, "/:Title", "").unwrap(), "/:Title");
    }

    #[test]
    fn categories_are_downcased_once_and_escaped() {
        let p = post(
            "2020-04-03-x.md",
            "x",
            "2020-04-03",
            &["Sci-Fi Movi3s", "vintage", "sci-fi movi3s"],
        );
        assert_eq!(
            url(&p, "date"),
            "/sci-fi%20movi3s/vintage/2020/04/03/x.html"
        );
        assert_eq!(
            permalink(&p, "/:slugified_categories/:title", "").unwrap(),
            "/sci-fi-movi3s/vintage/x"
        );
    }

    #[test]
    fn titles_keep_unicode_and_urls_are_percent_encoded() {
        let p = post(
            "2017-08-10-l-été-à-vélo.md",
            "l'été à vélo",
            "2017-08-10",
            &[],
        );
        assert_eq!(
            url(&p, "pretty"),
            "/2017/08/10/l'%C3%A9t%C3%A9-%C3%A0-v%C3%A9lo/"
        );
    }

    #[test]
    fn front_matter_permalinks_are_normalised_and_sanitised() {
        let p = post("2014-01-06-x.md", "x", "2014-01-06", &[]);
        assert_eq!(permalink(&p, "/été/", "").unwrap(), "/%C3%A9t%C3%A9/");
        assert_eq!(permalink(&p, "../../../etc/:title", "").unwrap(), "/etc/x");
        assert_eq!(
            permalink(&p, "/a b/:title", "/blog/").unwrap(),
            "/blog/a%20b/x"
        );
        assert_eq!(permalink(&p, "", "").unwrap(), "/");
        assert_eq!(
            permalink(&p, "/%2e%2e/%2e%2e/%2e%2e/baddie.html", "/blog").unwrap(),
            "/baddie.html"
        );
    }

    #[test]
    fn slugify_as_jekyll_does() {
        assert_eq!(
            slugify_default("The _config.yml file"),
            "the-config-yml-file"
        );
        assert_eq!(
            slugify_pretty("The _config.yml file"),
            "The-_config.yml-file"
        );
        assert_eq!(slugify_default("--a--"), "a");
        assert_eq!(slugify_pretty("café ½ e\u{301}"), "café-e\u{301}");
    }
}
