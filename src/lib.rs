//! carnet's core: turns Jekyll-style Markdown posts into values the web app and the
//! command line share. Pure Rust, no browser APIs: it takes bytes, returns values or
//! typed errors, and so runs the same natively, in tests and in WebAssembly.

pub mod discover;
pub mod post;
pub mod render;
pub mod site;

#[cfg(target_arch = "wasm32")]
pub mod web;
