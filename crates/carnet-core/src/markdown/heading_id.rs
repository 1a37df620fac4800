//! Heading ids made the way Jekyll's default Markdown reader makes them:
//! kramdown with `input: GFM`, whose `generate_gfm_header_id` keeps letters of
//! any script (`## L'été à vélo` gets `id="lété-à-vélo"`), so links to
//! `#plein-de-rencontres` keep working after a move.

use std::collections::HashMap;

use crate::text::letters::is_word;

/// Hands out GFM ids for the headings of one document, numbering repeats.
#[derive(Default)]
pub struct HeadingIds {
    used: HashMap<String, usize>,
}

impl HeadingIds {
    /// kramdown-parser-gfm: downcase, drop what is not a word character, `-`,
    /// space or tab, turn spaces and tabs into `-`; `-1`, `-2` … for repeats.
    /// `None` when nothing is left (kramdown then writes no id).
    pub fn id_for(&mut self, text: &str) -> Option<String> {
        let id: String = text
            .to_lowercase()
            .chars()
            .filter(|c| is_word(*c) || matches!(c, '-' | ' ' | '\t'))
            .map(|c| if c == ' ' || c == '\t' { '-' } else { c })
            .collect();
        let id = match self.used.get_mut(&id) {
            Some(count) => {
                *count += 1;
                format!("{id}-{count}")
            }
            None => {
                self.used.insert(id.clone(), 0);
                id
            }
        };
        (!id.is_empty()).then_some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_kramdown_gfm() {
        let mut ids = HeadingIds::default();
        let mut id = |text: &str| ids.id_for(text).unwrap_or_default();
        assert_eq!(id("Plein de rencontres"), "plein-de-rencontres");
        assert_eq!(id("Et des projets ?"), "et-des-projets-");
        assert_eq!(id("L’été à vélo"), "lété-à-vélo");
        assert_eq!(id("2017 : bilan"), "2017--bilan");
        assert_eq!(id("variable_name"), "variable_name");
        assert_eq!(id("abc def öúß"), "abc-def-öúß");
        assert_eq!(id("before \tafter tab"), "before--after-tab");
        assert_eq!(id("Plein de rencontres"), "plein-de-rencontres-1");
    }

    #[test]
    fn a_heading_without_word_characters_gets_no_id_then_a_number() {
        let mut ids = HeadingIds::default();
        assert_eq!(ids.id_for(";.;;"), None);
        assert_eq!(ids.id_for(";;").as_deref(), Some("-1"));
    }
}
