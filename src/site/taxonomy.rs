//! Tags and categories: two ways of grouping posts that behave alike, so the
//! app's pages and the prerendered ones serve both from one description.

use crate::discover::PostEntry;
use crate::site::links::{category_url, tag_url};
use crate::site::words::Words;
use crate::site::{Catalog, TagCount};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Taxonomy {
    Tag,
    Category,
}

impl Taxonomy {
    /// The list page's title: "Étiquettes", "Catégories".
    pub fn title(self, w: &Words) -> &'static str {
        match self {
            Taxonomy::Tag => w.tags,
            Taxonomy::Category => w.categories,
        }
    }

    /// One term's page heading: "Articles avec l'étiquette « et moi »".
    pub fn heading(self, w: &Words, name: &str) -> String {
        let label = match self {
            Taxonomy::Tag => w.tagged,
            Taxonomy::Category => w.in_category,
        };
        format!("{label} « {name} »")
    }

    /// The list page's path, base path excluded.
    pub fn list_path(self) -> &'static str {
        match self {
            Taxonomy::Tag => "/tags/",
            Taxonomy::Category => "/categories/",
        }
    }

    pub fn url(self, baseurl: &str, name: &str) -> String {
        match self {
            Taxonomy::Tag => tag_url(baseurl, name),
            Taxonomy::Category => category_url(baseurl, name),
        }
    }

    pub fn counts(self, catalog: &Catalog) -> Vec<TagCount> {
        match self {
            Taxonomy::Tag => catalog.tags(),
            Taxonomy::Category => catalog.categories(),
        }
    }

    pub fn posts<'a>(self, catalog: &'a Catalog, name: &'a str) -> Vec<&'a PostEntry> {
        match self {
            Taxonomy::Tag => catalog.with_tag(name).collect(),
            Taxonomy::Category => catalog.in_category(name).collect(),
        }
    }
}
