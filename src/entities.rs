//! HTML named entities (`&eacute;`) expanded by the browser, so the app's
//! module leaves out pulldown-cmark's table of 2,125 of them (17 KB brotli on
//! every first visit; see vendor/pulldown-cmark/CARNET.md). The browser's HTML
//! parser knows the same WHATWG list.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Each name asked once; the few a blog uses are kept for the page's life.
    static KNOWN: RefCell<HashMap<Vec<u8>, Option<&'static str>>> = RefCell::new(HashMap::new());
}

/// Has pulldown-cmark ask [`expand`] (builds without the `entity-table` feature).
pub fn install() {
    #[cfg(not(feature = "entity-table"))]
    pulldown_cmark::set_entity_resolver(expand);
}

/// The text `&name;` stands for, or `None` when it names no entity.
pub fn expand(name: &[u8]) -> Option<&'static str> {
    if let Some(known) = KNOWN.with(|k| k.borrow().get(name).copied()) {
        return known;
    }
    let expanded = ask_browser(name).map(|text| &*Box::leak(text.into_boxed_str()));
    KNOWN.with(|k| k.borrow_mut().insert(name.to_vec(), expanded));
    expanded
}

fn ask_browser(name: &[u8]) -> Option<String> {
    if name.is_empty() || !name.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let name = std::str::from_utf8(name).ok()?;
    let written = format!("&{name};");
    // A textarea's content is parsed as text with character references.
    let textarea = web_sys::window()?
        .document()?
        .create_element("textarea")
        .ok()?;
    textarea.set_inner_html(&written);
    let text = textarea.text_content()?;
    // Unknown names come back as written; `&notit;` comes back as "¬it;"
    // (the legacy `&not` without its `;`), which is no entity either. A real
    // one is one or two characters, never ending in `;` but for `&semi;`.
    let entity =
        text != written && text.chars().count() <= 2 && (!text.ends_with(';') || name == "semi");
    entity.then_some(text)
}
