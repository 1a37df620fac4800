//! Markdown to HTML, the same in the browser and in the command line:
//! pulldown-cmark with kramdown's dialect (attribute lists, extensions,
//! definition lists, abbreviations, math, typography, heading ids,
//! `{:toc}`, footnotes), in-page links, safe mode and the table of contents of long posts.

mod abbr;
mod attach;
mod code;
mod deflist;
mod footnotes;
mod heading_id;
mod ial;
mod in_page;
#[cfg(test)]
mod kramdown_tests;
mod render;
mod safe;
mod source;
mod stray_tags;
pub mod toc;
mod typography;

pub use code::{highlights, languages_in_source, rouge_knows};
pub use heading_id::HeadingIds;
pub use render::{render_markdown, Heading, RenderOptions, Rendered};
