//! The sample blog's first post, read from posts/ as the app and the CLI read it.

use carnet_core::config::SiteConfig;
use carnet_core::markdown::RenderOptions;
use carnet_core::post::Post;

const SEED: &str = "2017-02-01-a-mon-compte-plus-1-mois.md";

fn seed() -> Post {
    let bytes = std::fs::read(format!("../../posts/{SEED}")).unwrap();
    Post::parse(SEED, &bytes, &[], &SiteConfig::default()).unwrap()
}

#[test]
fn the_seed_post_has_its_front_matter() {
    let post = seed();
    assert_eq!(post.title, "A mon compte + 1 mois");
    assert_eq!(post.date.to_rfc3339(), "2017-02-01T00:00:00+00:00");
    assert_eq!(post.categories, ["good_job"]);
    assert_eq!(post.tags, ["et moi"]);
    assert_eq!(
        post.url,
        "/good_job/2017/02/01/a-mon-compte-plus-1-mois.html"
    );
}

#[test]
fn the_seed_excerpt_is_the_paragraph_before_more() {
    let html = seed().excerpt_html(&RenderOptions::default());
    assert_eq!(
        html,
        "<p>Je m’étais promise de tenir un simili journal de bord simili mensuel de ma mise à mon compte. Voici donc l’épisode 1.</p>\n"
    );
}

#[test]
fn the_seed_article_renders_headings_and_links() {
    let html = seed().content_html(&RenderOptions::default());
    assert!(html.contains("<h2 id=\"plein-de-rencontres\">Plein de rencontres</h2>"));
    assert!(html.contains("<a href=\"https://lesbricodeurs.fr/\">Bricodeurs</a>"));
    assert!(html.contains("Que s’est-il passé"));
}
