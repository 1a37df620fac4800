//! Excerpts as Jekyll cuts them: the body up to the separator (by default the
//! first blank line, so the first paragraph), plus the link reference
//! definitions the excerpt uses but the rest of the post defines.

/// The Markdown of the excerpt of `body`. With no separator in the body the
/// whole body is the excerpt, as in Jekyll; an empty separator turns
/// excerpts off (Jekyll's `generate_excerpt?`).
pub fn excerpt_markdown(body: &str, separator: &str) -> String {
    if separator.is_empty() {
        return String::new();
    }
    // The separator is matched as written: Jekyll's default "\n\n" is in no
    // CRLF file, whose excerpt is then the whole post.
    let Some(at) = body.find(separator) else {
        return body.to_string();
    };
    let (head, tail) = (&body[..at], &body[at + separator.len()..]);
    if tail.is_empty() {
        return head.to_string();
    }
    // Jekyll appends each definition without its indent.
    let definitions: Vec<&str> = tail
        .lines()
        .filter(|line| reference_label(line).is_some_and(|label| head.contains(label)))
        .map(|line| line.trim_start_matches(' '))
        .collect();
    if definitions.is_empty() {
        head.to_string()
    } else {
        format!("{head}\n\n{}", definitions.join("\n"))
    }
}

/// The `[label]` of a link reference definition line (Jekyll's
/// `^ {0,3}(?:(\[[^\]]+\])(:.+))$`), brackets included.
fn reference_label(line: &str) -> Option<&str> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 || !trimmed.starts_with('[') {
        return None;
    }
    let close = trimmed.find(']')?;
    let label = &trimmed[..=close];
    let rest = &trimmed[close + 1..];
    (close > 1 && rest.starts_with(':') && rest.len() > 1).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_SEPARATOR;

    #[test]
    fn the_default_excerpt_is_the_first_paragraph() {
        assert_eq!(
            excerpt_markdown("One.\nStill one.\n\nTwo.", DEFAULT_SEPARATOR),
            "One.\nStill one."
        );
    }

    #[test]
    fn a_custom_separator_cuts_there() {
        let body = "\nIntro.\n\n<!--more-->\n\nRest.";
        assert_eq!(excerpt_markdown(body, "<!--more-->"), "\nIntro.\n\n");
    }

    #[test]
    fn no_separator_means_the_whole_post_and_an_empty_one_no_excerpt() {
        assert_eq!(excerpt_markdown("All of it.", "<!--more-->"), "All of it.");
        assert_eq!(excerpt_markdown("All of it.", ""), "");
    }

    #[test]
    fn a_crlf_post_is_all_excerpt_as_the_default_separator_is_not_in_it() {
        // Jekyll 4.3.1 gave `<p>One.</p>\n\n<p>Two.</p>\n` as this post's excerpt.
        assert_eq!(
            excerpt_markdown("One.\r\n\r\nTwo.\r\n", DEFAULT_SEPARATOR),
            "One.\r\n\r\nTwo.\r\n"
        );
        assert_eq!(excerpt_markdown("One.\r\n\r\nTwo.", "\r\n\r\n"), "One.");
    }

    #[test]
    fn reference_definitions_used_in_the_excerpt_are_carried_over() {
        let body = "See [Jekyll][jk].\n\nMore [else][x].\n\n[jk]: https://jekyllrb.com/\n[x]: https://x.org/";
        assert_eq!(
            excerpt_markdown(body, DEFAULT_SEPARATOR),
            "See [Jekyll][jk].\n\n[jk]: https://jekyllrb.com/"
        );
    }
}
