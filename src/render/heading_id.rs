//! Heading ids made the way kramdown (Jekyll's Markdown converter) makes its
//! auto ids, so links to `#plein-de-rencontres` keep working after a move.

use std::collections::HashMap;

/// Hands out kramdown ids for the headings of one document, numbering repeats.
#[derive(Default)]
pub struct HeadingIds {
    used: HashMap<String, usize>,
}

impl HeadingIds {
    /// kramdown's `generate_id`: drop leading non-letters, keep ASCII letters,
    /// digits, spaces and dashes, spaces to dashes, lowercase; `section` if
    /// nothing is left; `-1`, `-2` … for repeats.
    pub fn id_for(&mut self, text: &str) -> String {
        let start = text
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(text.len());
        let mut id: String = text[start..]
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
            .map(|c| {
                if c == ' ' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if id.is_empty() {
            id = "section".into();
        }
        match self.used.get_mut(&id) {
            Some(count) => {
                *count += 1;
                format!("{id}-{count}")
            }
            None => {
                self.used.insert(id.clone(), 0);
                id
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_kramdown() {
        let mut ids = HeadingIds::default();
        assert_eq!(ids.id_for("Plein de rencontres"), "plein-de-rencontres");
        assert_eq!(ids.id_for("Et des projets ?"), "et-des-projets-");
        assert_eq!(ids.id_for("L'été à vélo"), "lt--vlo");
        assert_eq!(ids.id_for("2017 : bilan"), "bilan");
        assert_eq!(ids.id_for("Plein de rencontres"), "plein-de-rencontres-1");
        assert_eq!(ids.id_for("???"), "section");
    }
}
