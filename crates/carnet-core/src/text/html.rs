//! HTML escaping, and [`Html`]: markup that is safe to put in a page. Text
//! from authors and the config becomes `Html` only through escaping; carnet's
//! own tags and the Markdown renderer's output are the only trusted markup.
//! The [`html!`](crate::html) macro writes a tag around text and escapes each
//! argument that is not already `Html`, so a forgotten `escape` cannot happen.

use std::fmt;

/// Escapes text for HTML and XML, in text and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 (the feed) and mean nothing in HTML.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
}

/// Markup that is safe to put in a page as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }

    /// Markup carnet made itself: its own tags, or HTML from the Markdown renderer.
    pub fn trusted(markup: impl Into<String>) -> Html {
        Html(markup.into())
    }

    /// Appends `part`, escaping it unless it is already markup.
    pub fn push(&mut self, part: impl ToHtml) {
        part.write_html(&mut self.0);
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromIterator<Html> for Html {
    fn from_iter<I: IntoIterator<Item = Html>>(parts: I) -> Html {
        let mut out = Html::new();
        for part in parts {
            out.push(part);
        }
        out
    }
}

/// What can go into a page: text is escaped, markup and numbers go in as they are.
pub trait ToHtml {
    fn write_html(&self, out: &mut String);
}

impl ToHtml for str {
    fn write_html(&self, out: &mut String) {
        escape_into(self, out);
    }
}

impl ToHtml for String {
    fn write_html(&self, out: &mut String) {
        escape_into(self, out);
    }
}

impl ToHtml for Html {
    fn write_html(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

impl<T: ToHtml + ?Sized> ToHtml for &T {
    fn write_html(&self, out: &mut String) {
        (**self).write_html(out);
    }
}

macro_rules! numbers_are_markup {
    ($($t:ty),*) => {$(
        impl ToHtml for $t {
            fn write_html(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )*};
}
numbers_are_markup!(usize, i32);

/// An argument of [`html!`](crate::html), written escaped unless it is markup.
#[doc(hidden)]
pub struct Escaped<'a, T: ?Sized>(pub &'a T);

impl<T: ToHtml + ?Sized> fmt::Display for Escaped<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.0.write_html(&mut out);
        f.write_str(&out)
    }
}

/// `html!("<a href=\"{}\">{}</a>", url, title)`: carnet's own markup around
/// arguments, each escaped unless it is already [`Html`]. Pass every value as
/// an argument (positional or `name = value`): a name captured inside the
/// format string is not escaped.
#[macro_export]
macro_rules! html {
    ($fmt:literal $(, $name:ident = $arg:expr)+ $(,)?) => {
        $crate::text::Html::trusted(format!($fmt $(, $name = $crate::text::Escaped(&$arg))+))
    };
    ($fmt:literal $(, $arg:expr)* $(,)?) => {
        $crate::text::Html::trusted(format!($fmt $(, $crate::text::Escaped(&$arg))*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let title = "Tom & <Jerry> \"quoted\" l'été";
        let link = crate::html!("<a href=\"{}\">{}</a>", "/a?b=1&c=2", title);
        assert_eq!(
            link.as_str(),
            "<a href=\"/a?b=1&amp;c=2\">Tom &amp; &lt;Jerry&gt; &quot;quoted&quot; l&apos;été</a>"
        );
        let item = crate::html!("<li>{link}</li>", link = link);
        assert!(item.as_str().starts_with("<li><a href="));
        assert_eq!(crate::html!("<b>{}</b>", 3usize).as_str(), "<b>3</b>");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(escape("a\u{1}b\tc\n"), "ab\tc\n");
    }
}
