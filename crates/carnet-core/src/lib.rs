//! carnet's core: turns Jekyll-style Markdown posts into the values and the
//! page markup the web app and the command line share. Pure Rust, no I/O and
//! no browser APIs: it takes bytes, returns values or typed errors, and so
//! runs the same natively, in tests and in WebAssembly.
//!
//! Layers, each using only the ones listed before it:
//! `text` (escaping, URLs, letters), `time` (dates, zones), `yaml` (bounded
//! parsing), `config` (`_config.yml`), `markdown` (HTML from Markdown),
//! `post` (one post file, Jekyll's rules), `page` (the site's other pages
//! and static files), `liquid` (Liquid as Jekyll runs it), `index` (the post index and how
//! posts are found), `catalog` (sorting, tags, categories, search, links),
//! `pages` (every page's markup).

pub mod catalog;
pub mod config;
pub mod index;
pub mod liquid;
pub mod markdown;
pub mod page;
pub mod pages;
pub mod post;
pub mod text;
pub mod time;
pub mod yaml;
