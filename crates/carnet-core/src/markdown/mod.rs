//! Markdown to HTML, the same in the browser and in the command line:
//! pulldown-cmark with kramdown's typography, definition lists and heading
//! ids, in-page links, safe mode and the table of contents of long posts.

mod deflist;
mod heading_id;
mod in_page;
#[cfg(test)]
mod kramdown_tests;
mod render;
mod safe;
pub mod toc;
mod typography;

pub use heading_id::HeadingIds;
pub use render::{render_markdown, Heading, RenderOptions, Rendered};
