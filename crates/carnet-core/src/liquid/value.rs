//! Liquid's values, with Ruby's rules for truth, printing and comparing,
//! since Jekyll runs Liquid in Ruby and posts are written against that.

use std::cmp::Ordering;
use std::rc::Rc;

use serde_yaml_ng::Value as Yaml;

use crate::time::PostDate;

/// A hash keeps its keys in insertion order, as Ruby's does.
pub type Object = Vec<(String, Value)>;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Date(PostDate),
    Array(Rc<Vec<Value>>),
    Object(Rc<Object>),
    /// Liquid's `empty` and `blank` literals, which only compare.
    Empty,
    Blank,
}

impl Value {
    pub fn str(text: impl Into<Rc<str>>) -> Value {
        Value::Str(text.into())
    }

    pub fn array(items: Vec<Value>) -> Value {
        Value::Array(Rc::new(items))
    }

    pub fn object(pairs: Object) -> Value {
        Value::Object(Rc::new(pairs))
    }

    /// Ruby's truth: only `nil` and `false` are false.
    pub fn is_truthy(&self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// A key of a hash; `nil` for anything else.
    pub fn get(&self, key: &str) -> Value {
        match self {
            Value::Object(pairs) => pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            _ => Value::Nil,
        }
    }

    /// Liquid's `.size`, `.first` and `.last`, which any array, hash or string answers.
    pub fn property(&self, name: &str) -> Option<Value> {
        match (self, name) {
            (Value::Array(items), "size") => Some(Value::Int(items.len() as i64)),
            (Value::Array(items), "first") => Some(items.first().cloned().unwrap_or_default()),
            (Value::Array(items), "last") => Some(items.last().cloned().unwrap_or_default()),
            (Value::Str(s), "size") => Some(Value::Int(s.chars().count() as i64)),
            (Value::Object(pairs), "size") if !pairs.iter().any(|(k, _)| k == "size") => {
                Some(Value::Int(pairs.len() as i64))
            }
            _ => None,
        }
    }

    pub fn index(&self, at: &Value) -> Value {
        match (self, at) {
            (Value::Array(items), Value::Int(i)) => {
                let i = if *i < 0 { items.len() as i64 + i } else { *i };
                usize::try_from(i)
                    .ok()
                    .and_then(|i| items.get(i).cloned())
                    .unwrap_or_default()
            }
            (Value::Object(_), Value::Str(key)) => self.get(key),
            (_, Value::Str(key)) => self.property(key).unwrap_or_default(),
            _ => Value::Nil,
        }
    }

    /// What `{{ value }}` prints: Ruby's `to_s`, arrays joined with nothing between.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    fn render_into(&self, out: &mut String) {
        match self {
            Value::Array(items) => items.iter().for_each(|item| item.render_into(out)),
            other => out.push_str(&other.to_text()),
        }
    }

    /// Ruby's `to_s` of one value (arrays as `inspect` would show them inside a hash).
    pub fn to_text(&self) -> String {
        match self {
            Value::Nil | Value::Empty | Value::Blank => String::new(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => ruby_float(*f),
            Value::Str(s) => s.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Array(_) => self.render(),
            Value::Object(_) => self.inspect(),
        }
    }

    /// Ruby's `inspect`, which Liquid prints for a hash.
    pub fn inspect(&self) -> String {
        match self {
            Value::Nil => "nil".into(),
            Value::Str(s) => format!("{s:?}"),
            Value::Array(items) => {
                let inner: Vec<String> = items.iter().map(Value::inspect).collect();
                format!("[{}]", inner.join(", "))
            }
            Value::Object(pairs) => {
                let inner: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{k:?}=>{}", v.inspect()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
            other => other.to_text(),
        }
    }

    /// Liquid's `empty?`: an empty string, array or hash.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Str(s) => s.is_empty(),
            Value::Array(items) => items.is_empty(),
            Value::Object(pairs) => pairs.is_empty(),
            _ => false,
        }
    }

    /// Liquid's `==`.
    pub fn equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Empty, v) | (v, Value::Empty) => v.is_empty(),
            // Jekyll runs Liquid without ActiveSupport: nothing answers `blank?`.
            (Value::Blank, _) | (_, Value::Blank) => false,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => *a as f64 == *b,
            (a, b) => a == b,
        }
    }

    /// Liquid's `<`, `>`: numbers with numbers, strings with strings; otherwise none.
    pub fn compare(&self, other: &Value) -> Option<Ordering> {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
            (a, b) if a.as_number().is_some() && b.as_number().is_some() => {
                a.as_number()?.partial_cmp(&b.as_number()?)
            }
            (Value::Str(a), Value::Str(b)) => Some(a.cmp(b)),
            (Value::Date(a), Value::Date(b)) => Some(a.timestamp().cmp(&b.timestamp())),
            _ => None,
        }
    }

    /// Liquid's `contains`: a substring, or an element equal to the value.
    pub fn contains(&self, needle: &Value) -> bool {
        match self {
            Value::Str(s) => s.contains(&*needle.to_text()),
            Value::Array(items) => items.iter().any(|item| item.equals(needle)),
            Value::Object(pairs) => pairs.iter().any(|(k, _)| **k == *needle.to_text()),
            _ => false,
        }
    }

    fn as_number(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The items a `for` loop or an array filter walks: a hash gives
    /// `[key, value]` pairs, anything else but nil is one item.
    pub fn items(&self) -> Vec<Value> {
        match self {
            Value::Array(items) => items.to_vec(),
            Value::Object(pairs) => pairs
                .iter()
                .map(|(k, v)| Value::array(vec![Value::str(k.as_str()), v.clone()]))
                .collect(),
            Value::Nil => Vec::new(),
            Value::Str(s) if s.is_empty() => Vec::new(),
            other => vec![other.clone()],
        }
    }

    /// The items an array filter takes: a hash or a string is one item.
    pub fn list(&self) -> Vec<Value> {
        match self {
            Value::Array(items) => items.to_vec(),
            Value::Nil => Vec::new(),
            other => vec![other.clone()],
        }
    }

    /// YAML as Jekyll's SafeYAML reads it into Ruby values.
    pub fn from_yaml(yaml: &Yaml) -> Value {
        match yaml {
            Yaml::Null => Value::Nil,
            Yaml::Bool(b) => Value::Bool(*b),
            Yaml::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::Float(n.as_f64().unwrap_or(0.0)),
            },
            Yaml::String(s) => Value::str(s.as_str()),
            Yaml::Sequence(items) => Value::array(items.iter().map(Value::from_yaml).collect()),
            Yaml::Mapping(map) => Value::object(
                map.iter()
                    .map(|(k, v)| (Value::from_yaml(k).to_text(), Value::from_yaml(v)))
                    .collect(),
            ),
            Yaml::Tagged(tagged) => Value::from_yaml(&tagged.value),
        }
    }
}

/// Ruby's `Float#to_s`: `2.0`, `0.1`, `1.0e+20`.
pub fn ruby_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let magnitude = f.abs();
    if magnitude != 0.0 && !(1e-4..1e16).contains(&magnitude) {
        let text = format!("{f:e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let mantissa = if mantissa.contains('.') {
            mantissa.to_string()
        } else {
            format!("{mantissa}.0")
        };
        let exponent: i32 = exponent.parse().unwrap_or(0);
        return format!(
            "{mantissa}e{}{:02}",
            if exponent < 0 { '-' } else { '+' },
            exponent.abs()
        );
    }
    let text = format!("{f}");
    if text.contains('.') {
        text
    } else {
        format!("{text}.0")
    }
}

/// `+0100`, or `+01:00` with a colon.
pub fn offset_text(minutes: i32, colon: bool) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    if colon {
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    } else {
        format!("{sign}{:02}{:02}", m / 60, m % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_ruby_prints_them() {
        assert_eq!(ruby_float(2.0), "2.0");
        assert_eq!(ruby_float(0.1), "0.1");
        assert_eq!(ruby_float(-3.25), "-3.25");
        assert_eq!(ruby_float(1e20), "1.0e+20");
    }

    #[test]
    fn only_nil_and_false_are_false() {
        assert!(Value::Int(0).is_truthy());
        assert!(Value::str("").is_truthy());
        assert!(!Value::Nil.is_truthy());
        assert!(!Value::Bool(false).is_truthy());
    }

    #[test]
    fn empty_and_blank_compare_like_liquid() {
        assert!(Value::str("").equals(&Value::Empty));
        assert!(Value::array(vec![]).equals(&Value::Empty));
        assert!(!Value::Nil.equals(&Value::Empty));
        assert!(!Value::str("").equals(&Value::Blank));
        assert!(!Value::Nil.equals(&Value::Blank));
    }
}
