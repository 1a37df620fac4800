//! Liquid's standard filters and Jekyll's own, with Ruby's results. A filter
//! neither knows is passed over, as Jekyll's lax filters are.

use std::cmp::Ordering;

use super::strftime::strftime;
use super::value::Value;
use crate::post::permalink::{relative_url, slugify_default, slugify_pretty};
use crate::text::letters;
use crate::text::url::percent_decode;
use crate::time::{PostDate, MONTHS};

/// What filters need from the page being rendered.
pub trait FilterEnv {
    /// `site.baseurl`, `site.url`.
    fn site_key(&self, key: &str) -> Value;
    /// The build time, and the zone dates written as text are read in.
    fn now(&self) -> PostDate;
    /// The same instant in the site's zone.
    fn local(&self, date: &PostDate) -> PostDate;
    fn markdownify(&self, text: &str) -> String;
    fn smartify(&self, text: &str) -> String;
}

type Args<'a> = &'a [Value];

pub fn apply(
    env: &dyn FilterEnv,
    name: &str,
    input: Value,
    args: Args,
    keywords: &[(String, Value)],
) -> Result<Value, String> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let text = || input.to_text();
    Ok(match name {
        // Strings.
        "append" => Value::str(text() + &arg(0).to_text()),
        "prepend" => Value::str(arg(0).to_text() + &text()),
        "capitalize" => Value::str(letters::capitalize(&text())),
        "downcase" => Value::str(text().to_lowercase()),
        "upcase" => Value::str(text().to_uppercase()),
        "strip" => Value::str(text().trim()),
        "lstrip" => Value::str(text().trim_start()),
        "rstrip" => Value::str(text().trim_end()),
        "strip_newlines" => Value::str(text().replace(['\r', '\n'], "")),
        "newline_to_br" => Value::str(text().replace("\r\n", "\n").replace('\n', "<br />\n")),
        "replace" => Value::str(text().replace(&*arg(0).to_text(), &arg(1).to_text())),
        "replace_first" => Value::str(text().replacen(&*arg(0).to_text(), &arg(1).to_text(), 1)),
        "remove" => Value::str(text().replace(&*arg(0).to_text(), "")),
        "remove_first" => Value::str(text().replacen(&*arg(0).to_text(), "", 1)),
        "truncate" => truncate(
            &text(),
            int(&arg(0)).unwrap_or(50),
            args.get(1).map_or("...".into(), Value::to_text),
        ),
        "truncatewords" => truncate_words(
            &text(),
            int(&arg(0)).unwrap_or(15),
            args.get(1).map_or("...".into(), Value::to_text),
        ),
        "split" => split(&text(), &arg(0).to_text()),
        "slice" => slice(
            &input,
            int(&arg(0)).unwrap_or(0),
            args.get(1).and_then(int).unwrap_or(1),
        ),
        "escape" | "xml_escape" | "h" => Value::str(html_escape(&text(), false)),
        "escape_once" => Value::str(html_escape(&text(), true)),
        "strip_html" => Value::str(strip_html(&text())),
        "url_encode" | "cgi_escape" => Value::str(cgi_escape(&text())),
        "url_decode" => Value::str(percent_decode(&text().replace('+', " "))),
        "uri_escape" => Value::str(uri_escape(&text())),
        "slugify" => Value::str(slugify(
            &text(),
            &args.first().map_or("default".into(), Value::to_text),
        )),
        "normalize_whitespace" => {
            Value::str(text().split_whitespace().collect::<Vec<_>>().join(" "))
        }
        "number_of_words" => Value::Int(text().split_whitespace().count() as i64),
        "markdownify" => Value::str(env.markdownify(&text())),
        "smartify" => Value::str(env.smartify(&text())),
        "jsonify" => Value::str(json(&input)),
        "inspect" => Value::str(input.inspect()),
        "to_integer" => Value::Int(int(&input).unwrap_or(0)),
        "default" => default(input, arg(0), keywords),
        "size" => Value::Int(match &input {
            Value::Str(s) => s.chars().count() as i64,
            Value::Array(a) => a.len() as i64,
            Value::Object(o) => o.len() as i64,
            _ => 0,
        }),
        // URLs.
        "relative_url" => Value::str(relative(env, &text())),
        "absolute_url" => Value::str(absolute(env, &text())),
        // Dates.
        "date" => date(env, &input, &arg(0)),
        // Jekyll's date filters show the time in the site's zone (`Time#localtime`).
        "date_to_xmlschema" => on_local_date(env, &input, |d| strftime(d, "%Y-%m-%dT%H:%M:%S%:z")),
        "date_to_rfc822" => on_local_date(env, &input, |d| strftime(d, "%a, %d %b %Y %H:%M:%S %z")),
        "date_to_string" => {
            on_local_date(env, &input, |d| date_to_string(d, "%b", &arg(0), &arg(1)))
        }
        "date_to_long_string" => {
            on_local_date(env, &input, |d| date_to_string(d, "%B", &arg(0), &arg(1)))
        }
        // Numbers.
        "plus" => arith(&input, &arg(0), |a, b| a.checked_add(b), |a, b| a + b),
        "minus" => arith(&input, &arg(0), |a, b| a.checked_sub(b), |a, b| a - b),
        "times" => arith(&input, &arg(0), |a, b| a.checked_mul(b), |a, b| a * b),
        "divided_by" => {
            if matches!(arg(0), Value::Int(0)) {
                return Err("divided by 0".into());
            }
            arith(&input, &arg(0), |a, b| Some(a.div_euclid(b)), |a, b| a / b)
        }
        "modulo" => {
            if matches!(arg(0), Value::Int(0)) {
                return Err("divided by 0".into());
            }
            arith(&input, &arg(0), |a, b| Some(a.rem_euclid(b)), |a, b| a % b)
        }
        "abs" => match number(&input) {
            Value::Int(i) => Value::Int(i.abs()),
            Value::Float(f) => Value::Float(f.abs()),
            other => other,
        },
        "ceil" => Value::Int(float(&input).ceil() as i64),
        "floor" => Value::Int(float(&input).floor() as i64),
        "round" => round(&input, int(&arg(0)).unwrap_or(0)),
        "at_least" => pick(&input, &arg(0), Ordering::Less),
        "at_most" => pick(&input, &arg(0), Ordering::Greater),
        // Arrays.
        "join" => Value::str(
            input
                .list()
                .iter()
                .map(Value::to_text)
                .collect::<Vec<_>>()
                .join(&args.first().map_or(" ".into(), Value::to_text)),
        ),
        "first" => input
            .property("first")
            .filter(|_| matches!(input, Value::Array(_)))
            .unwrap_or_default(),
        "last" => input
            .property("last")
            .filter(|_| matches!(input, Value::Array(_)))
            .unwrap_or_default(),
        "reverse" => Value::array(input.list().into_iter().rev().collect()),
        "compact" => Value::array(input.list().into_iter().filter(|v| !v.is_nil()).collect()),
        "uniq" => uniq(input.list()),
        "concat" => Value::array(input.list().into_iter().chain(arg(0).list()).collect()),
        "map" => Value::array(
            input
                .list()
                .iter()
                .map(|v| v.get(&arg(0).to_text()))
                .collect(),
        ),
        "sort" => sort(input.list(), args, false),
        "sort_natural" => sort(input.list(), args, true),
        "where" => where_(input.list(), &arg(0).to_text(), args.get(1)),
        "group_by" => group_by(input.list(), &arg(0).to_text()),
        "find" => input
            .list()
            .into_iter()
            .find(|item| matches_property(&item.get(&arg(0).to_text()), &arg(1)))
            .unwrap_or_default(),
        "push" => Value::array(input.list().into_iter().chain([arg(0)]).collect()),
        "unshift" => Value::array([arg(0)].into_iter().chain(input.list()).collect()),
        "pop" => {
            let mut items = input.list();
            items.pop();
            Value::array(items)
        }
        "shift" => Value::array(input.list().into_iter().skip(1).collect()),
        "sample" => input.list().into_iter().next().unwrap_or_default(),
        "array_to_sentence_string" => sentence(
            &input.list(),
            &args.first().map_or("and".into(), Value::to_text),
        ),
        _ => input,
    })
}

fn truncate(text: &str, length: i64, ellipsis: String) -> Value {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() as i64 <= length {
        return Value::str(text);
    }
    let keep = (length - ellipsis.chars().count() as i64).max(0) as usize;
    Value::str(chars[..keep].iter().collect::<String>() + &ellipsis)
}

fn truncate_words(text: &str, words: i64, ellipsis: String) -> Value {
    let all: Vec<&str> = text.split_whitespace().collect();
    let keep = words.max(1) as usize;
    if all.len() <= keep {
        return Value::str(text);
    }
    Value::str(all[..keep].join(" ") + &ellipsis)
}

/// Ruby's `String#split`: on whitespace for `" "`, trailing empty parts dropped.
fn split(text: &str, on: &str) -> Value {
    let mut parts: Vec<Value> = if on == " " || on.is_empty() && text.is_empty() {
        text.split_whitespace().map(Value::str).collect()
    } else if on.is_empty() {
        text.chars().map(|c| Value::str(c.to_string())).collect()
    } else {
        text.split(on).map(Value::str).collect()
    };
    while parts.last().is_some_and(Value::is_empty) {
        parts.pop();
    }
    Value::array(parts)
}

fn slice(input: &Value, start: i64, length: i64) -> Value {
    let take = |len: usize| -> Option<(usize, usize)> {
        let start = if start < 0 { len as i64 + start } else { start };
        if start < 0 || start as usize > len || length < 0 {
            return None;
        }
        let start = start as usize;
        Some((start, (start + length as usize).min(len)))
    };
    match input {
        Value::Array(items) => match take(items.len()) {
            Some((a, b)) => Value::array(items[a..b].to_vec()),
            None => Value::Nil,
        },
        other => {
            let chars: Vec<char> = other.to_text().chars().collect();
            match take(chars.len()) {
                Some((a, b)) => Value::str(chars[a..b].iter().collect::<String>()),
                None => Value::Nil,
            }
        }
    }
}

/// Ruby's `CGI.escapeHTML`; `once` leaves entities already there alone.
pub fn html_escape(text: &str, once: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '&' if once && is_entity(&text[i..]) => out.push('&'),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn is_entity(text: &str) -> bool {
    let body: String = text[1..]
        .chars()
        .take_while(|c| *c != ';')
        .take(32)
        .collect();
    text[1..].len() > body.len()
        && !body.is_empty()
        && (body.chars().all(|c| c.is_ascii_alphanumeric())
            || body
                .strip_prefix('#')
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_hexdigit() || c == 'x')))
}

fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let lower = after.get(..8).unwrap_or(after).to_ascii_lowercase();
        let close = if lower.starts_with("<script") {
            "</script>"
        } else if lower.starts_with("<style") {
            "</style>"
        } else if after.starts_with("<!--") {
            "-->"
        } else {
            ">"
        };
        match after.find(close) {
            Some(end) => rest = &after[end + close.len()..],
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Ruby's `CGI.escape`: form encoding, a space is `+`.
fn cgi_escape(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b' ' => out.push('+'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Addressable's `normalize_component`: reserved characters kept.
fn uri_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/?#[]%".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Jekyll's `slugify` modes.
fn slugify(text: &str, mode: &str) -> String {
    match mode {
        "none" => text.to_string(),
        "raw" => text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .to_lowercase(),
        "pretty" => slugify_pretty(text).to_lowercase(),
        "ascii" | "latin" => {
            let mut out = String::new();
            for c in text.chars() {
                if c.is_ascii_alphanumeric() {
                    out.push(c.to_ascii_lowercase());
                } else if !out.ends_with('-') {
                    out.push('-');
                }
            }
            out.trim_matches('-').to_string()
        }
        _ => slugify_default(text),
    }
}

/// JSON with a hash's keys in their order, as Ruby's `to_json` writes them.
fn json(value: &Value) -> String {
    let text = |s: &str| serde_json::to_string(s).unwrap_or_default();
    match value {
        Value::Nil | Value::Empty | Value::Blank => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.is_finite() => super::value::ruby_float(*f),
        Value::Float(_) => "null".into(),
        Value::Str(s) => text(s),
        Value::Date(d) => text(&d.to_string()),
        Value::Array(items) => {
            format!("[{}]", items.iter().map(json).collect::<Vec<_>>().join(","))
        }
        Value::Object(pairs) => {
            let members: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("{}:{}", text(k), json(v)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
    }
}

/// `default: x` replaces nil, false and empty (false kept with `allow_false: true`).
fn default(input: Value, fallback: Value, keywords: &[(String, Value)]) -> Value {
    let allow_false = keywords
        .iter()
        .any(|(k, v)| k == "allow_false" && v.is_truthy());
    let falsy = if allow_false {
        input.is_nil()
    } else {
        !input.is_truthy()
    };
    if falsy || input.is_empty() {
        fallback
    } else {
        input
    }
}

fn relative(env: &dyn FilterEnv, path: &str) -> String {
    if path.contains("://") || path.starts_with("//") {
        return path.to_string();
    }
    relative_url(&env.site_key("baseurl").to_text(), path)
}

fn absolute(env: &dyn FilterEnv, path: &str) -> String {
    if path.contains("://") || path.starts_with("//") {
        return path.to_string();
    }
    let site = env.site_key("url").to_text();
    format!("{}{}", site.trim_end_matches('/'), relative(env, path))
}

/// A date from a value the way Liquid reads one: a time, `now`/`today`,
/// a timestamp or a date written as text (in the site's zone).
pub fn as_date(env: &dyn FilterEnv, value: &Value) -> Option<PostDate> {
    match value {
        Value::Date(d) => Some(*d),
        Value::Int(seconds) => Some(PostDate::at(*seconds, env.now().offset_minutes)),
        Value::Str(s) if s.as_ref() == "now" || s.as_ref() == "today" => Some(env.now()),
        Value::Str(s) => PostDate::parse(s, env.now().offset_minutes).ok(),
        _ => None,
    }
}

fn date(env: &dyn FilterEnv, input: &Value, format: &Value) -> Value {
    let format = format.to_text();
    if format.is_empty() {
        return input.clone();
    }
    match as_date(env, input) {
        Some(d) => Value::str(strftime(&d, &format)),
        None => input.clone(),
    }
}

fn on_local_date(env: &dyn FilterEnv, input: &Value, f: impl Fn(&PostDate) -> String) -> Value {
    match as_date(env, input) {
        Some(d) => Value::str(f(&env.local(&d))),
        None => input.clone(),
    }
}

/// Jekyll's `date_to_string` and `date_to_long_string`: `07 Nov 2008`,
/// `7th Nov 2008` (`"ordinal"`), `Nov 7th, 2008` (`"ordinal", "US"`).
fn date_to_string(d: &PostDate, month: &str, kind: &Value, style: &Value) -> String {
    if kind.to_text() != "ordinal" {
        return strftime(d, &format!("%d {month} %Y"));
    }
    let day = format!("{}{}", d.day, ordinal_suffix(d.day));
    let month_name = if month == "%B" {
        MONTHS[d.month as usize - 1].to_string()
    } else {
        MONTHS[d.month as usize - 1][..3].to_string()
    };
    if style.to_text() == "US" {
        format!("{month_name} {day}, {}", d.year)
    } else {
        format!("{day} {month_name} {}", d.year)
    }
}

fn ordinal_suffix(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn number(value: &Value) -> Value {
    match value {
        Value::Int(_) | Value::Float(_) => value.clone(),
        Value::Str(s) => {
            let s = s.trim();
            s.parse::<i64>()
                .map(Value::Int)
                .or_else(|_| s.parse::<f64>().map(Value::Float))
                .unwrap_or(Value::Int(0))
        }
        _ => Value::Int(0),
    }
}

fn int(value: &Value) -> Option<i64> {
    match number(value) {
        Value::Int(i) => Some(i),
        Value::Float(f) => Some(f as i64),
        _ => None,
    }
}

fn float(value: &Value) -> f64 {
    match number(value) {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        _ => 0.0,
    }
}

fn arith(
    a: &Value,
    b: &Value,
    ints: impl Fn(i64, i64) -> Option<i64>,
    floats: impl Fn(f64, f64) -> f64,
) -> Value {
    match (number(a), number(b)) {
        (Value::Int(x), Value::Int(y)) => ints(x, y).map_or(Value::Nil, Value::Int),
        (x, y) => Value::Float(floats(float(&x), float(&y))),
    }
}

fn round(value: &Value, digits: i64) -> Value {
    let f = float(value);
    if digits <= 0 {
        return Value::Int(f.round() as i64);
    }
    let scale = 10f64.powi(digits as i32);
    Value::Float((f * scale).round() / scale)
}

/// `at_least` keeps the larger, `at_most` the smaller.
fn pick(a: &Value, b: &Value, replace_when: Ordering) -> Value {
    let (a, b) = (number(a), number(b));
    if a.compare(&b) == Some(replace_when) {
        b
    } else {
        a
    }
}

fn uniq(items: Vec<Value>) -> Value {
    let mut out: Vec<Value> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    Value::array(out)
}

/// Jekyll's `sort`: by a property when given, nils first (or `"last"`).
fn sort(mut items: Vec<Value>, args: Args, natural: bool) -> Value {
    let property = args.first().map(Value::to_text);
    let nils_last = args.get(1).is_some_and(|v| v.to_text() == "last");
    let key = |v: &Value| match &property {
        Some(p) => v.get(p),
        None => v.clone(),
    };
    items.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        match (a.is_nil(), b.is_nil()) {
            (true, true) => Ordering::Equal,
            (true, false) => {
                if nils_last {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (false, true) => {
                if nils_last {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            _ if natural => a.to_text().to_lowercase().cmp(&b.to_text().to_lowercase()),
            _ => a
                .compare(&b)
                .unwrap_or_else(|| a.to_text().cmp(&b.to_text())),
        }
    });
    Value::array(items)
}

/// Jekyll's `where`: the property equals the value as text, or is a list holding it.
fn where_(items: Vec<Value>, property: &str, value: Option<&Value>) -> Value {
    Value::array(
        items
            .into_iter()
            .filter(|item| {
                let got = item.get(property);
                match value {
                    Some(v) => matches_property(&got, v),
                    None => got.is_truthy(),
                }
            })
            .collect(),
    )
}

fn matches_property(got: &Value, wanted: &Value) -> bool {
    match got {
        Value::Array(list) => list.iter().any(|x| x.to_text() == wanted.to_text()),
        other => other.to_text() == wanted.to_text(),
    }
}

/// Jekyll's `group_by`: `[{name, items, size}]` in the order names first appear.
fn group_by(items: Vec<Value>, property: &str) -> Value {
    group_pairs(
        items
            .into_iter()
            .map(|item| (item.get(property), item))
            .collect(),
    )
}

/// Groups of `(key, item)` pairs, as `group_by` and `group_by_exp` make them.
pub fn group_pairs(pairs: Vec<(Value, Value)>) -> Value {
    let mut groups: Vec<(Value, Vec<Value>)> = Vec::new();
    for (name, item) in pairs {
        let name = if matches!(name, Value::Array(_)) {
            name
        } else {
            Value::str(name.to_text())
        };
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, members)) => members.push(item),
            None => groups.push((name, vec![item])),
        }
    }
    let group = |(name, members): (Value, Vec<Value>)| {
        let size = members.len() as i64;
        Value::object(vec![
            ("name".into(), name),
            ("items".into(), Value::array(members)),
            ("size".into(), Value::Int(size)),
        ])
    };
    Value::array(groups.into_iter().map(group).collect())
}

/// Jekyll's `array_to_sentence_string`: `a, b, and c`.
fn sentence(items: &[Value], connector: &str) -> Value {
    let words: Vec<String> = items.iter().map(Value::to_text).collect();
    Value::str(match words.len() {
        0 => String::new(),
        1 => words[0].clone(),
        2 => format!("{} {connector} {}", words[0], words[1]),
        n => format!(
            "{}, {connector} {}",
            words[..n - 1].join(", "),
            words[n - 1]
        ),
    })
}
