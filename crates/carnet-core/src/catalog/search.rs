//! Client-side search over the post index: every word of the query must begin
//! a word of the title, tags, categories or excerpt ("velo" finds "vélos", not
//! "tête" for "ete"). Matching ignores case and accents, so "ete" finds "été",
//! and reports where each match is for highlighting.

use crate::index::PostEntry;

/// Folds one character for matching: lowercase, Latin accents removed. Always one
/// character out for one in, so match positions map back onto the original text.
pub fn fold_char(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '’' | '‘' => '\'',
        other => other,
    }
}

pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// The query's words, folded; empty words dropped.
pub fn query_words(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Posts where every query word appears somewhere, in catalog order.
pub fn search<'a>(posts: &'a [PostEntry], query: &str) -> Vec<&'a PostEntry> {
    let words = query_words(query);
    if words.is_empty() {
        return Vec::new();
    }
    posts
        .iter()
        .filter(|post| {
            let haystack = folded_text(post);
            words.iter().all(|w| !word_starts(&haystack, w).is_empty())
        })
        .collect()
}

/// What search reads of a post, folded: title, tags, categories, excerpt text.
pub(crate) fn folded_text(post: &PostEntry) -> Vec<char> {
    searchable_text(post).chars().map(fold_char).collect()
}

fn searchable_text(post: &PostEntry) -> String {
    format!(
        "{}\n{}\n{}\n{}",
        post.title,
        post.tags.join("\n"),
        post.categories.join("\n"),
        text_of_html(&post.excerpt_html)
    )
}

/// The text of an HTML fragment: tags dropped, the few entities pulldown-cmark writes decoded.
pub fn text_of_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `word` (folded) begins a word of `haystack` (folded chars).
fn word_starts(haystack: &[char], word: &str) -> Vec<usize> {
    let word: Vec<char> = word.chars().collect();
    if word.is_empty() || word.len() > haystack.len() {
        return Vec::new();
    }
    (0..=haystack.len() - word.len())
        .filter(|&i| i == 0 || !haystack[i - 1].is_alphanumeric())
        .filter(|&i| haystack[i..i + word.len()] == word[..])
        .collect()
}

/// Splits `text` into (piece, is_match) runs for highlighting the query words.
pub fn highlight(text: &str, query: &str) -> Vec<(String, bool)> {
    let words = query_words(query);
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
    let mut marked = vec![false; chars.len()];
    for word in &words {
        let word: Vec<char> = word.chars().collect();
        for start in 0..folded.len().saturating_sub(word.len() - 1) {
            if folded[start..start + word.len()] == word[..] {
                marked[start..start + word.len()]
                    .iter_mut()
                    .for_each(|m| *m = true);
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((run, flag)) if *flag == m => run.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(title: &str, tags: &[&str], excerpt: &str) -> PostEntry {
        PostEntry {
            path: title.into(),
            title: title.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            excerpt_html: excerpt.into(),
            ..PostEntry::default()
        }
    }

    #[test]
    fn search_ignores_accents_and_case_and_needs_every_word() {
        let posts = vec![
            post("L'été à vélo", &["vélo"], "<p>Trois jours</p>"),
            post("Tarte", &["cuisine"], "<p>Un été <em>sucré</em></p>"),
            post("Rails", &["hébergement"], "<p>Serveur</p>"),
        ];
        let titles = |q: &str| {
            search(&posts, q)
                .iter()
                .map(|p| p.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("ETE"), ["L'été à vélo", "Tarte"]);
        assert_eq!(titles("ete velo"), ["L'été à vélo"]);
        assert_eq!(titles("hebergement"), ["Rails"]);
        assert_eq!(titles("sucre"), ["Tarte"]);
        assert!(titles("rois").is_empty(), "only word beginnings match");
        assert!(titles("  ").is_empty());
        assert!(titles("<em>").is_empty(), "markup is not searched");
    }

    #[test]
    fn highlight_marks_matches_in_the_original_text() {
        assert_eq!(
            highlight("L'Été à vélo", "ete"),
            [
                ("L'".to_string(), false),
                ("Été".to_string(), true),
                (" à vélo".to_string(), false)
            ]
        );
        assert_eq!(highlight("abc", ""), [("abc".to_string(), false)]);
    }
}
