//! The document's head tags, set directly from the core's [`Head`] (the same
//! tags the prerendered pages carry): each page replaces the previous page's.

use carnet_core::pages::chrome::Head;
use wasm_bindgen::JsCast;

/// Marks the tags the app set; prerendered pages mark theirs `data-prerendered`.
const MARKER: &str = "data-page-head";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Gives the document this page's title and head tags.
pub fn set(page: &Head) {
    let Some(document) = document() else { return };
    document.set_title(&page.title);
    remove(
        &document,
        &format!("head [{MARKER}], head [data-prerendered]"),
    );
    let Some(head) = document.head() else { return };
    for tag in &page.tags {
        let Ok(element) = document.create_element(tag.element) else {
            continue;
        };
        let _ = element.set_attribute(MARKER, "");
        for (name, value) in &tag.attributes {
            let _ = element.set_attribute(name, value);
        }
        let _ = head.append_child(&element);
    }
}

/// Only the document title (a page with nothing else to describe).
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Removes every element matching `selector`.
pub fn remove(document: &web_sys::Document, selector: &str) {
    let Ok(found) = document.query_selector_all(selector) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            element.remove();
        }
    }
}
