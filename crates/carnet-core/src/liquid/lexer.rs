//! Cuts a template into text, `{{ output }}` and `{% tag %}`, with the line
//! each starts on and Liquid's `-` whitespace control already applied.

use super::LiquidError;

#[derive(Debug, Clone, PartialEq)]
pub enum Token<'a> {
    Text(&'a str),
    /// The markup between `{{` and `}}`.
    Output(&'a str),
    /// The tag's name and the markup after it.
    Tag(&'a str, &'a str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<'a> {
    pub token: Token<'a>,
    pub line: usize,
}

/// The tokens of `source`. `{% raw %}` and `{% comment %}` bodies come out
/// as one text token (`raw`) or not at all (`comment`): nothing in them is markup.
pub fn tokens(source: &str) -> Result<Vec<Spanned<'_>>, LiquidError> {
    let mut out: Vec<Spanned> = Vec::new();
    let mut rest = source;
    let mut line = 1;
    let mut trim_next = false;
    while !rest.is_empty() {
        let Some(start) = find_open(rest) else {
            push_text(&mut out, rest, line, trim_next, false);
            break;
        };
        let (text, markup) = rest.split_at(start);
        let is_output = markup.starts_with("{{");
        let close = if is_output { "}}" } else { "%}" };
        let Some(end) = markup[2..].find(close).map(|i| i + 2) else {
            let what = if is_output { "Variable" } else { "Tag" };
            return Err(LiquidError::syntax(
                line + newlines(text),
                format!(
                    "{what} '{}' was not properly terminated with regexp: /{}/",
                    first_line(markup),
                    if is_output { "\\}\\}" } else { "\\%\\}" }
                ),
            ));
        };
        let inner = &markup[2..end];
        let trim_before = inner.starts_with('-');
        let trim_after = inner.ends_with('-') && inner.len() > 1;
        push_text(&mut out, text, line, trim_next, trim_before);
        line += newlines(text);
        let mut body = if trim_before { &inner[1..] } else { inner };
        if trim_after {
            body = body.strip_suffix('-').unwrap_or(body);
        }
        let body = body.trim();
        let tag_line = line;
        line += newlines(&markup[..end + 2]);
        rest = &markup[end + 2..];
        trim_next = trim_after;
        if is_output {
            out.push(Spanned {
                token: Token::Output(body),
                line: tag_line,
            });
            continue;
        }
        let (name, args) = split_name(body);
        if name == "raw" || name == "comment" {
            let (content, after, end_trim, lines) = verbatim(rest, name, tag_line)?;
            if name == "raw" {
                push_text(&mut out, content, line, trim_next, end_trim.0);
            }
            line += lines;
            rest = after;
            trim_next = end_trim.1;
            continue;
        }
        out.push(Spanned {
            token: Token::Tag(name, args),
            line: tag_line,
        });
    }
    Ok(out)
}

/// The first `{{` or `{%`.
fn find_open(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(1))
        .find(|&i| bytes[i] == b'{' && (bytes[i + 1] == b'{' || bytes[i + 1] == b'%'))
}

fn push_text<'a>(
    out: &mut Vec<Spanned<'a>>,
    text: &'a str,
    line: usize,
    trim_start: bool,
    trim_end: bool,
) {
    let mut text = text;
    let mut line = line;
    if trim_start {
        let trimmed = text.trim_start();
        line += newlines(&text[..text.len() - trimmed.len()]);
        text = trimmed;
    }
    if trim_end {
        text = text.trim_end();
    }
    if !text.is_empty() {
        out.push(Spanned {
            token: Token::Text(text),
            line,
        });
    }
}

/// A `raw` or `comment` body: its text, what follows its end tag, the end
/// tag's trim marks (before, after) and the lines body and tag span.
type Verbatim<'a> = (&'a str, &'a str, (bool, bool), usize);

fn verbatim<'a>(text: &'a str, name: &str, line: usize) -> Result<Verbatim<'a>, LiquidError> {
    let end_name = format!("end{name}");
    let mut from = 0;
    let mut depth = 0;
    while let Some(open) = text[from..].find("{%").map(|i| i + from) {
        let Some(close) = text[open..].find("%}").map(|i| i + open) else {
            break;
        };
        let inner = &text[open + 2..close];
        let tag = inner.trim_matches('-').trim();
        let (tag_name, _) = split_name(tag);
        if name == "comment" && tag_name == "comment" {
            depth += 1;
        } else if tag_name == end_name {
            if depth == 0 {
                let marks = (inner.starts_with('-'), inner.ends_with('-'));
                return Ok((
                    &text[..open],
                    &text[close + 2..],
                    marks,
                    newlines(&text[..close + 2]),
                ));
            }
            depth -= 1;
        }
        from = close + 2;
    }
    Err(LiquidError::syntax(
        line,
        format!("'{name}' tag was never closed"),
    ))
}

/// `for x in y` is `("for", "x in y")`.
pub fn split_name(markup: &str) -> (&str, &str) {
    let markup = markup.trim();
    match markup.find(|c: char| c.is_whitespace()) {
        Some(i) => (&markup[..i], markup[i..].trim()),
        None => (markup, ""),
    }
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count()
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Token<'_>> {
        tokens(source)
            .unwrap()
            .into_iter()
            .map(|s| s.token)
            .collect()
    }

    #[test]
    fn text_output_and_tags_with_their_lines() {
        let t = tokens("a\n{{ x }}\n{% if y %}b{% endif %}").unwrap();
        assert_eq!(
            t[1],
            Spanned {
                token: Token::Output("x"),
                line: 2
            }
        );
        assert_eq!(
            t[3],
            Spanned {
                token: Token::Tag("if", "y"),
                line: 3
            }
        );
    }

    #[test]
    fn dashes_trim_the_whitespace_beside_them() {
        assert_eq!(
            kinds("a \n {{- x -}} \n b"),
            vec![Token::Text("a"), Token::Output("x"), Token::Text("b")]
        );
    }

    #[test]
    fn raw_keeps_markup_and_comment_drops_it() {
        assert_eq!(
            kinds("{% raw %}{{ x }}{% endraw %}{% comment %}{% if %}{% endcomment %}!"),
            vec![Token::Text("{{ x }}"), Token::Text("!")]
        );
    }

    #[test]
    fn an_unterminated_tag_is_an_error_with_its_line() {
        let e = tokens("a\nb {% if x").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
