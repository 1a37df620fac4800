//! Search without the whole index, finding exactly what `catalog::search`
//! finds. A query word matches where it begins a word of a post's text, and
//! has no white space, so it matches inside one run of text between white
//! space, from the run's start or after a character that is not a letter or
//! digit. Those tails of each run (folded, cut at [`MAX_KEY`] characters)
//! are the keys a post is found by: a word matches a post when one of its
//! keys begins with the word. Keys go to a file per first two characters
//! (key → positions among the posts, newest first); a file per first
//! character holds, for one-letter queries, every post with a key starting
//! with it. The results are drawn from [`SearchCard`]s, [`CARD_SLICE`] a
//! file, fetched for the results shown.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalog::search::{folded_text, query_words, text_of_html};
use crate::catalog::Catalog;
use crate::index::{content_hash, PostEntry};

/// Keys are cut here: a query word longer than this is left to the whole index.
pub const MAX_KEY: usize = 24;

/// Cards a file: about 2 KB brotli, so the ten results a search shows first
/// cost at most ten small files, and a common word's a few. The app finds a
/// card by it: a change is a new [`super::SHARDS_VERSION`].
pub const CARD_SLICE: usize = 10;

/// What a search result shows of a post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchCard {
    pub url: String,
    pub title: String,
    pub date: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The excerpt's text.
    pub text: String,
}

impl SearchCard {
    pub fn of(post: &PostEntry) -> SearchCard {
        SearchCard {
            url: post.url.clone(),
            title: post.title.clone(),
            date: post.date.clone(),
            tags: post.tags.clone(),
            text: text_of_html(&post.excerpt_html),
        }
    }
}

/// A word file: each key with its posts' positions, each the gap from the
/// one before (small numbers, which compress well).
pub type WordFile = BTreeMap<String, Vec<usize>>;

/// The file of the keys starting with `prefix` (one or two folded characters).
pub fn words_file(prefix: &str) -> String {
    format!("words-{}.json", content_hash(prefix.as_bytes()))
}

/// The file of cards `n * CARD_SLICE` onwards, newest first.
pub fn cards_file(n: usize) -> String {
    format!("cards-{n}.json")
}

/// The word files `query` needs, or `None` when only the whole index can
/// answer it (a word longer than the keys).
pub fn files_for(query: &str) -> Option<BTreeSet<String>> {
    let words = query_words(query);
    if words.iter().any(|w| w.chars().count() > MAX_KEY) {
        return None;
    }
    Some(words.iter().map(|w| words_file(&prefix(w))).collect())
}

/// The positions (newest first) of the posts `query` finds, from the word
/// files it needs, `file` giving each by name (a missing one has no keys).
pub fn found<'a>(query: &str, file: impl Fn(&str) -> Option<&'a WordFile>) -> Vec<usize> {
    let mut words = query_words(query).into_iter();
    let Some(first) = words.next() else {
        return Vec::new();
    };
    let posts_of = |word: &str| -> BTreeSet<usize> {
        let Some(file) = file(&words_file(&prefix(word))) else {
            return BTreeSet::new();
        };
        file.range(word.to_string()..)
            .take_while(|(key, _)| key.starts_with(word))
            .flat_map(|(_, gaps)| positions(gaps))
            .collect()
    };
    let mut found = posts_of(&first);
    for word in words {
        let more = posts_of(&word);
        found.retain(|p| more.contains(p));
    }
    found.into_iter().collect()
}

/// The word files and card files of a catalog: (file name, JSON).
pub fn search_shards(catalog: &Catalog) -> Vec<(String, String)> {
    let mut by_prefix: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for (position, post) in catalog.posts().iter().enumerate() {
        let keys = keys_of(post);
        let firsts: BTreeSet<String> = keys.iter().map(|k| prefix_of(k, 1)).collect();
        let pairs = keys
            .into_iter()
            .filter(|k| k.chars().count() > 1)
            .map(|k| (prefix_of(&k, 2), k));
        // A one-letter file lists the posts with a key starting with its letter.
        for (prefix, key) in firsts.into_iter().map(|f| (f.clone(), f)).chain(pairs) {
            let keys = by_prefix.entry(prefix).or_default();
            keys.entry(key).or_default().push(position);
        }
    }
    let mut files: Vec<(String, String)> = by_prefix
        .into_iter()
        .map(|(prefix, keys)| {
            let gaps: WordFile = keys.into_iter().map(|(k, p)| (k, gaps(&p))).collect();
            (words_file(&prefix), to_json(&gaps))
        })
        .collect();
    let cards: Vec<SearchCard> = catalog.posts().iter().map(SearchCard::of).collect();
    for (n, slice) in cards.chunks(CARD_SLICE).enumerate() {
        files.push((cards_file(n), to_json(&slice)));
    }
    files
}

/// Plain data (strings, numbers, lists) as JSON, which cannot fail.
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The keys of a post: the tails of each run of its folded text that start
/// a word, cut at [`MAX_KEY`] characters.
fn keys_of(post: &PostEntry) -> BTreeSet<String> {
    let text = folded_text(post);
    let mut keys = BTreeSet::new();
    for run in text.split(|c: &char| c.is_whitespace()) {
        for start in 0..run.len() {
            if start == 0 || !run[start - 1].is_alphanumeric() {
                let end = (start + MAX_KEY).min(run.len());
                keys.insert(run[start..end].iter().collect());
            }
        }
    }
    keys
}

/// The first two characters of a folded query word: its file.
fn prefix(word: &str) -> String {
    prefix_of(word, 2)
}

fn prefix_of(word: &str, chars: usize) -> String {
    word.chars().take(chars).collect()
}

fn gaps(positions: &[usize]) -> Vec<usize> {
    let mut last = 0;
    positions
        .iter()
        .map(|&p| {
            let gap = p - last;
            last = p;
            gap
        })
        .collect()
}

fn positions(gaps: &[usize]) -> impl Iterator<Item = usize> + '_ {
    gaps.iter().scan(0, |at, gap| {
        *at += gap;
        Some(*at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::search::search;
    use std::collections::HashMap;

    fn post(i: usize, title: &str, tags: &[&str], excerpt: &str) -> PostEntry {
        PostEntry {
            path: format!("{i:03}.md"),
            url: format!("/{i}.html"),
            title: title.into(),
            timestamp: i as i64,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            categories: if i.is_multiple_of(3) {
                vec!["good_job".into()]
            } else {
                vec![]
            },
            excerpt_html: excerpt.into(),
            ..PostEntry::default()
        }
    }

    fn blog() -> Catalog {
        let texts = [
            (
                "L'été à vélo",
                &["vélo", "et moi"][..],
                "<p>Trois jours, <em>sucré</em>.</p>",
            ),
            (
                "Tarte",
                &["cuisine"],
                "<p>Un été <a href=\"/x\">sucré</a> ; l’été.</p>",
            ),
            (
                "Rails & Ruby",
                &["hébergement"],
                "<p>Serveur: node.js, C++ et «guillemets».</p>",
            ),
            ("ÉTÉS", &[], "<p>https://example.org/a-b/c?d=e&amp;f</p>"),
            (
                "Vélos électriques",
                &["open source"],
                "<p>anticonstitutionnellement-anticonstitutionnellement</p>",
            ),
            ("a b c", &["x"], "<p>a.b 12h30 2024</p>"),
        ];
        Catalog::new(
            (0..60)
                .map(|i| {
                    let (title, tags, excerpt) = texts[i % texts.len()];
                    let title = if i % 7 == 0 {
                        format!("{title} {i}")
                    } else {
                        title.into()
                    };
                    post(i, &title, tags, excerpt)
                })
                .collect(),
        )
    }

    /// The word files as the app reads them: parsed back from their JSON.
    fn word_files(catalog: &Catalog) -> HashMap<String, WordFile> {
        search_shards(catalog)
            .into_iter()
            .filter(|(name, _)| name.starts_with("words-"))
            .map(|(name, json)| (name, serde_json::from_str(&json).unwrap()))
            .collect()
    }

    #[test]
    fn the_shards_find_exactly_what_the_whole_index_search_finds() {
        let catalog = blog();
        let files = word_files(&catalog);
        for query in [
            "ete",
            "ÉTÉ",
            "e",
            "v",
            "velo",
            "vélos",
            "ete velo",
            "l'ete",
            "l’été",
            "sucre",
            "sucré.",
            "rois",
            "node.js",
            "node.",
            "c++",
            "«guil",
            "guillemets»",
            "12h",
            "2024",
            "a",
            "a.b",
            "b",
            "x",
            "open",
            "source",
            "open source",
            "good",
            "good_job",
            "ruby",
            "&",
            "rails &",
            "https://example",
            "example.org/a-b",
            "a-b/c?d=e&f",
            "d=e",
            "anticonstitutionnelleme",
            "tarte cuisine",
            "tarte rails",
            "zzz",
            "",
            "  ",
            "é",
            "7",
            "42",
            "vélo 7",
        ] {
            assert!(
                files_for(query).is_some(),
                "{query}: short enough for the shards"
            );
            let expected: Vec<&str> = search(catalog.posts(), query)
                .iter()
                .map(|p| p.path.as_str())
                .collect();
            let got: Vec<&str> = found(query, |name| files.get(name))
                .into_iter()
                .map(|i| catalog.posts()[i].path.as_str())
                .collect();
            assert_eq!(got, expected, "{query:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_keys_is_left_to_the_whole_index() {
        assert_eq!(files_for("anticonstitutionnellement-anti"), None);
        assert_eq!(files_for("ete velo").map(|f| f.len()), Some(2));
        assert_eq!(
            files_for("velo vent").map(|f| f.len()),
            Some(1),
            "one file for \"ve\""
        );
    }

    #[test]
    fn cards_hold_what_a_result_shows_newest_first() {
        let catalog = blog();
        let shards = search_shards(&catalog);
        let (_, first) = shards.iter().find(|(n, _)| *n == cards_file(0)).unwrap();
        let cards: Vec<SearchCard> = serde_json::from_str(first).unwrap();
        assert_eq!(cards.len(), CARD_SLICE);
        assert_eq!(cards[0], SearchCard::of(&catalog.posts()[0]));
        assert_eq!(cards[0].text, "a.b 12h30 2024", "the excerpt as text");
    }
}
