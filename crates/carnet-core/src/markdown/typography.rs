//! kramdown's typographic symbols and smart quotes, rule for rule
//! (`parser/kramdown/typographic_symbol.rb` and `smart_quotes.rb`), where
//! pulldown-cmark's smart punctuation differs: `"favorite"d`, a quote at the
//! end of a line, `<<` and `>>`.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// Rewrites the text outside code. Adjacent text events form one run, as
/// kramdown sees one text; a character that came from an escape or an
/// entity is literal, as in kramdown.
pub fn apply<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    source: &str,
    smart_quotes: bool,
) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut run: Vec<(char, bool)> = Vec::new();
    let mut in_code = false;
    for (event, range) in events {
        match &event {
            Event::Text(text) if !in_code => {
                let written = source.get(range.clone()) == Some(text.as_ref());
                let escaped = source[..range.start].ends_with('\\');
                for (i, c) in text.chars().enumerate() {
                    run.push((c, !written || (i == 0 && escaped)));
                }
                continue;
            }
            Event::SoftBreak if !in_code && !run.is_empty() => {
                run.push(('\n', false));
                continue;
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        flush(&mut run, smart_quotes, &mut out);
        out.push(event);
    }
    flush(&mut run, smart_quotes, &mut out);
    out
}

/// Writes a run back as text events, its line breaks as soft breaks.
fn flush<'a>(run: &mut Vec<(char, bool)>, smart_quotes: bool, out: &mut Vec<Event<'a>>) {
    if run.is_empty() {
        return;
    }
    let text = typeset(run, smart_quotes);
    run.clear();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(Event::SoftBreak);
        }
        if !line.is_empty() {
            out.push(Event::Text(CowStr::from(line.to_string())));
        }
    }
}

/// kramdown's typographic symbol starting at `chars[0]`, and how many
/// characters it replaces (longest first, as in `TYPOGRAPHIC_SYMS`).
fn symbol_at(chars: &[char]) -> Option<(usize, &'static str)> {
    let next = |i: usize| chars.get(i).copied();
    match (chars[0], next(1), next(2)) {
        ('-', Some('-'), Some('-')) => Some((3, "\u{2014}")),
        ('-', Some('-'), _) => Some((2, "\u{2013}")),
        ('.', Some('.'), Some('.')) => Some((3, "\u{2026}")),
        ('<', Some('<'), Some(' ')) => Some((3, "\u{ab}\u{a0}")),
        (' ', Some('>'), Some('>')) => Some((3, "\u{a0}\u{bb}")),
        ('<', Some('<'), _) => Some((2, "\u{ab}")),
        ('>', Some('>'), _) => Some((2, "\u{bb}")),
        _ => None,
    }
}

/// kramdown's span parser in miniature: at each place, a smart quote (which
/// starts at the character before the quote) wins over a symbol.
fn typeset(run: &[(char, bool)], smart_quotes: bool) -> String {
    let chars: Vec<char> = run
        .iter()
        .map(|&(c, literal)| if literal { '\0' } else { c })
        .collect();
    let mut out = String::with_capacity(run.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let quote_here = is_quote(chars[i])
            || (chars.get(i + 1).copied().is_some_and(is_quote)
                && chars[i] != '\\'
                && chars[i] != '\0');
        if smart_quotes && quote_here {
            i += smart_quote(&chars[i..], run[i].0, &mut out);
        } else if let Some((len, symbol)) = symbol_at(&chars[i..]) {
            out.push_str(symbol);
            i += len;
        } else {
            out.push(run[i].0);
            i += 1;
        }
    }
    out
}

fn is_quote(c: char) -> bool {
    c == '"' || c == '\''
}

/// Ruby's `\w` and `\s`, which are ASCII.
fn word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn space(c: Option<char>) -> bool {
    c.is_some_and(|c| " \t\r\n\x0b\x0c".contains(c))
}

const PUNCT: &str = "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~";

/// kramdown's `SQ_RULES`, tried in order at `s[0]` (the quote, or the
/// character before it); writes what they give, returns how much they took.
/// `first` is `s[0]` as written (a literal character reads as `\0` in `s`).
fn smart_quote(s: &[char], first: char, out: &mut String) -> usize {
    let c = |i: usize| s.get(i).copied();
    let open = |q: char| if q == '"' { '\u{201c}' } else { '\u{2018}' };
    let close = |q: char| if q == '"' { '\u{201d}' } else { '\u{2019}' };
    let q0 = is_quote(s[0]);
    if q0 && c(1).is_some_and(|x| "_*".contains(x)) && c(2).is_some() && !space(c(2)) {
        out.push(open(s[0]));
        return 1;
    }
    let punct_next = c(1).is_some_and(|x| PUNCT.contains(x));
    if q0 && punct_next && !(c(2) == Some('.') && c(3) == Some('.')) && !word(c(2)) {
        out.push(close(s[0]));
        return 1;
    }
    let lead = usize::from(space(c(0)));
    let pair = (c(lead), c(lead + 1));
    if word(c(lead + 2)) && (pair == (Some('"'), Some('\'')) || pair == (Some('\''), Some('"'))) {
        out.extend(s[..lead].iter());
        out.push(open(s[lead]));
        out.push(open(s[lead + 1]));
        return lead + 2;
    }
    let decade = c(lead + 1).is_some_and(|x| x.is_ascii_digit())
        && c(lead + 2).is_some_and(|x| x.is_ascii_digit())
        && c(lead + 3) == Some('s');
    if c(lead) == Some('\'') && decade {
        out.extend(s[..lead].iter());
        out.push('\u{2019}');
        return lead + 1;
    }
    if space(c(0)) && c(1).is_some_and(is_quote) && word(c(2)) {
        out.push(s[0]);
        out.push(open(s[1]));
        return 2;
    }
    let closer = !" \\\t\r\n[{(-".contains(s[0]);
    if closer && c(1).is_some_and(is_quote) {
        out.push(first);
        out.push(close(s[1]));
        return 2;
    }
    let ends = c(1).is_none() || space(c(1)) || (c(1) == Some('s') && !word(c(2)));
    if q0 && ends {
        out.push(close(s[0]));
        return 1;
    }
    // What remains opens: a `'` (after any one character), else a `"`.
    for q in ['\'', '"'] {
        if c(1) == Some(q) {
            out.push(first);
            out.push(open(q));
            return 2;
        }
        if s[0] == q {
            out.push(open(q));
            return 1;
        }
    }
    out.push(first);
    1
}
