//! The labels of the interface (buttons, headings, counts), in the site's
//! language (French or English), and dates as the reader's browser writes
//! them; shared by the app and the prerendered pages so both read the same.

use crate::catalog::Taxonomy;
use crate::time::MONTHS as MONTHS_EN;

pub struct Labels {
    /// The language these words are in, for `lang` attributes.
    pub lang: &'static str,
    pub read_more: &'static str,
    pub loading: &'static str,
    pub tagged: &'static str,
    pub in_category: &'static str,
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub home: &'static str,
    pub archive: &'static str,
    pub tags: &'static str,
    pub categories: &'static str,
    pub search: &'static str,
    pub search_label: &'static str,
    pub search_results: fn(usize) -> String,
    /// The button under the results shown so far.
    pub more_results: &'static str,
    pub skip: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub minutes: fn(usize) -> String,
    pub by: &'static str,
    pub contents: &'static str,
    pub previous_post: &'static str,
    pub next_post: &'static str,
    pub posts_count: fn(usize) -> String,
    pub page_of: fn(usize, usize) -> String,
    pub feed: &'static str,
    pub draft: &'static str,
    pub broken_posts: &'static str,
}

impl Labels {
    /// The list page's title: "Étiquettes", "Catégories".
    pub fn taxonomy_title(&self, taxonomy: Taxonomy) -> &'static str {
        match taxonomy {
            Taxonomy::Tag => self.tags,
            Taxonomy::Category => self.categories,
        }
    }

    /// One term's page heading: "Articles avec l'étiquette « et moi »".
    pub fn term_heading(&self, taxonomy: Taxonomy, name: &str) -> String {
        let label = match taxonomy {
            Taxonomy::Tag => self.tagged,
            Taxonomy::Category => self.in_category,
        };
        format!("{label} « {name} »")
    }
}

pub fn labels(lang: &str) -> &'static Labels {
    if lang.starts_with("fr") {
        &FR
    } else {
        &EN
    }
}

static FR: Labels = Labels {
    lang: "fr",
    read_more: "Lire la suite",
    loading: "Chargement…",
    tagged: "Articles avec l’étiquette",
    in_category: "Articles de la catégorie",
    not_found: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page de ce blog.",
    back_home: "Retour à l’accueil",
    failed: "Impossible de charger",
    retry: "Réessayer",
    newer: "Articles plus récents",
    older: "Articles plus anciens",
    home: "Accueil",
    archive: "Archives",
    tags: "Étiquettes",
    categories: "Catégories",
    search: "Recherche",
    search_label: "Rechercher dans les articles",
    search_results: |n| match n {
        0 => "Aucun article trouvé".into(),
        1 => "1 article trouvé".into(),
        n => format!("{n} articles trouvés"),
    },
    more_results: "Plus de résultats",
    skip: "Aller au contenu",
    theme_dark: "Thème sombre",
    theme_light: "Thème clair",
    minutes: |n| format!("{n} min de lecture"),
    by: "par",
    contents: "Sommaire",
    previous_post: "Article précédent",
    next_post: "Article suivant",
    posts_count: |n| {
        if n > 1 {
            format!("{n} articles")
        } else {
            format!("{n} article")
        }
    },
    page_of: |page, last| format!("Page {page} sur {last}"),
    feed: "Flux Atom",
    draft: "Brouillon",
    broken_posts: "Articles illisibles",
};

static EN: Labels = Labels {
    lang: "en",
    read_more: "Read more",
    loading: "Loading…",
    tagged: "Posts tagged",
    in_category: "Posts in",
    not_found: "Page not found",
    not_found_text: "This address matches no page of this blog.",
    back_home: "Back to the home page",
    failed: "Could not load",
    retry: "Try again",
    newer: "Newer posts",
    older: "Older posts",
    home: "Home",
    archive: "Archive",
    tags: "Tags",
    categories: "Categories",
    search: "Search",
    search_label: "Search the posts",
    search_results: |n| match n {
        0 => "No post found".into(),
        1 => "1 post found".into(),
        n => format!("{n} posts found"),
    },
    more_results: "More results",
    skip: "Skip to content",
    theme_dark: "Dark theme",
    theme_light: "Light theme",
    minutes: |n| format!("{n} min read"),
    by: "by",
    contents: "Contents",
    previous_post: "Previous post",
    next_post: "Next post",
    posts_count: |n| {
        if n > 1 {
            format!("{n} posts")
        } else {
            format!("{n} post")
        }
    },
    page_of: |page, last| format!("Page {page} of {last}"),
    feed: "Atom feed",
    draft: "Draft",
    broken_posts: "Posts that could not be read",
};

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The languages whose dates carnet writes itself (the rest go to the browser's Intl).
pub fn writes_dates(lang: &str) -> bool {
    matches!(lang.get(..2), Some("fr" | "en"))
}

/// The calendar date of an RFC 3339 timestamp as the browser's Intl API writes it
/// in French or English ("1 février 2017", "February 1, 2017"), for pages
/// rendered without a browser; other languages get the ISO date.
pub fn long_date(rfc3339: &str, lang: &str) -> String {
    let part =
        |range: std::ops::Range<usize>| rfc3339.get(range).and_then(|s| s.parse::<u32>().ok());
    let (Some(year), Some(month @ 1..=12), Some(day)) = (part(0..4), part(5..7), part(8..10))
    else {
        return rfc3339.to_string();
    };
    let m = month as usize - 1;
    match lang.get(..2) {
        Some("fr") => format!("{day} {} {year}", MONTHS_FR[m]),
        Some("en") => format!("{} {day}, {year}", MONTHS_EN[m]),
        _ => rfc3339.get(..10).unwrap_or(rfc3339).to_string(),
    }
}

/// "février 2017" / "February 2017", as Intl writes a month and year.
pub fn month_year(year: i32, month: u32, lang: &str) -> String {
    let m = (month.clamp(1, 12) - 1) as usize;
    match lang.get(..2) {
        Some("fr") => format!("{} {year}", MONTHS_FR[m]),
        Some("en") => format!("{} {year}", MONTHS_EN[m]),
        _ => format!("{year:04}-{month:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_browser_writes_them() {
        assert_eq!(
            long_date("2017-02-01T00:00:00+00:00", "fr"),
            "1 février 2017"
        );
        assert_eq!(
            long_date("2017-02-01T00:00:00+00:00", "en"),
            "February 1, 2017"
        );
        assert_eq!(long_date("2017-02-01T00:00:00+00:00", "de"), "2017-02-01");
        assert_eq!(long_date("garbage", "fr"), "garbage");
        assert_eq!(month_year(2024, 10, "fr"), "octobre 2024");
    }
}
