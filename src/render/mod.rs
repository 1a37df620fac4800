//! Markdown to HTML, the same in the browser and in the command line.

pub mod feed;
mod heading_id;
mod in_page;
mod markdown;
mod safe;
pub mod toc;

pub use heading_id::HeadingIds;
pub use markdown::{render_markdown, Heading, RenderOptions, Rendered};
