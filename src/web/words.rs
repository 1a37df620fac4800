//! The few words of the interface, in the site's language (French or English).

pub struct Words {
    pub read_more: &'static str,
    pub loading: &'static str,
    pub tagged: &'static str,
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
    pub failed: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
}

pub fn words(lang: &str) -> &'static Words {
    if lang.starts_with("fr") {
        &FR
    } else {
        &EN
    }
}

static FR: Words = Words {
    read_more: "Lire la suite",
    loading: "Chargement…",
    tagged: "Articles avec l’étiquette",
    not_found: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page de ce blog.",
    back_home: "Retour à l’accueil",
    failed: "Impossible de charger",
    newer: "Articles plus récents",
    older: "Articles plus anciens",
};

static EN: Words = Words {
    read_more: "Read more",
    loading: "Loading…",
    tagged: "Posts tagged",
    not_found: "Page not found",
    not_found_text: "This address matches no page of this blog.",
    back_home: "Back to the home page",
    failed: "Could not load",
    newer: "Newer posts",
    older: "Older posts",
};
