//! Text every other layer needs: HTML escaping (with [`Html`], a type for
//! markup that is already safe), the one URL codec, and Unicode letter classes.

mod html;
pub mod letters;
pub mod url;

#[doc(hidden)]
pub use html::Escaped;
pub use html::{escape, Html, ToHtml};
