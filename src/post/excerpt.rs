//! Excerpts as Jekyll cuts them: the body up to the separator (by default the
//! first blank line, so the first paragraph), plus the link reference
//! definitions the excerpt uses but the rest of the post defines.

/// Jekyll's default `excerpt_separator`.
pub const DEFAULT_SEPARATOR: &str = "\n\n";

/// The Markdown of the excerpt of `body`. With no separator in the body the
/// whole body is the excerpt, as in Jekyll.
pub fn excerpt_markdown(body: &str, separator: &str) -> String {
    if separator.is_empty() {
        return body.to_string();
    }
    // Jekyll partitions on "\n\n"; a CRLF file has "\r\n\r\n" there instead.
    let cut = match body.find(separator) {
        Some(i) => Some((i, separator.len())),
        None if separator == DEFAULT_SEPARATOR => body.find("\r\n\r\n").map(|i| (i, 4)),
        None => None,
    };
    let Some((at, len)) = cut else {
        return body.to_string();
    };
    let (head, tail) = (&body[..at], &body[at + len..]);
    let definitions: Vec<&str> = tail
        .lines()
        .filter(|line| reference_label(line).is_some_and(|label| head.contains(label)))
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
    fn no_separator_means_the_whole_post() {
        assert_eq!(excerpt_markdown("All of it.", "<!--more-->"), "All of it.");
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
