//! What a page change does besides showing the new page: scroll to the top and
//! move focus to the new main heading (for screen readers), or, on back and
//! forward, put the reader back where they were. Also in-page links (`#id`:
//! table of contents, footnotes), which `<base href>` would otherwise send to
//! the home page.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Scroll position of each address visited, updated as the reader scrolls.
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// The address a back or forward went to, until its page change is handled.
    static POPPED: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

fn address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Installs the page-wide listeners. Called before the router mounts, so that
/// on back and forward ours runs before the router's and the page change
/// knows it is a return.
pub fn listen() {
    let win = window();
    if let Ok(history) = win.history() {
        // The browser cannot restore positions in a page that renders after load.
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let on_scroll = Closure::<dyn Fn()>::new(|| {
        let y = window().scroll_y().unwrap_or(0.0);
        POSITIONS.with(|p| p.borrow_mut().insert(address(), y));
    });
    let on_pop = Closure::<dyn Fn()>::new(|| POPPED.with(|p| *p.borrow_mut() = Some(address())));
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(follow_in_page_link);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = win.add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
    let _ = win.add_event_listener_with_callback_and_add_event_listener_options(
        "popstate",
        on_pop.as_ref().unchecked_ref(),
        &options,
    );
    if let Some(document) = win.document() {
        let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
            "click",
            on_click.as_ref().unchecked_ref(),
            &options,
        );
    }
    // The listeners live as long as the page.
    on_scroll.forget();
    on_pop.forget();
    on_click.forget();
}

/// A click on a link to a place on this very page (`#id`, or this page's URL
/// with `#id`: table of contents, footnotes, heading anchors) scrolls there and
/// records the fragment in the address, as a plain page would.
fn follow_in_page_link(event: web_sys::MouseEvent) {
    let plain_click =
        event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key());
    if event.default_prevented() || !plain_click {
        return;
    }
    let link = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href*='#']:not(.skip-link)").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else { return };
    let here = window().location();
    let same_page = link.pathname() == here.pathname().unwrap_or_default()
        && link.search() == here.search().unwrap_or_default();
    let id = carnet_core::text::url::percent_decode(link.hash().trim_start_matches('#'));
    let target = window().document().and_then(|d| d.get_element_by_id(&id));
    let (true, Some(target)) = (same_page, target) else {
        return;
    };
    event.prevent_default();
    // Stop the router from reading the link as a page change.
    event.stop_propagation();
    target.scroll_into_view();
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{}{}", address(), link.hash())),
        );
    }
}

/// Watches page changes; lives inside the router.
#[component]
pub fn ScrollAndFocus() -> impl IntoView {
    let location = use_location();
    // Only a new path is a new page: the search page rewrites `?q=` as the reader types.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            let popped = POPPED
                .with(|p| p.borrow_mut().take())
                .is_some_and(|a| a == address());
            let target = if popped {
                POSITIONS.with(|p| p.borrow().get(&address()).copied())
            } else {
                None
            };
            settle(target, !popped, main_heading(), 0);
        }
        path
    });
}
/// Waits for the new page to render (data may still be arriving), then restores
/// the position or scrolls to the top and focuses the heading.
fn settle(target: Option<f64>, focus: bool, old_heading: Option<web_sys::Element>, attempt: u32) {
    let window = window();
    let document = window.document().expect("a window has a document");
    let height = document
        .document_element()
        .map_or(0.0, |e| e.scroll_height() as f64);
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let heading = main_heading();
    // The old page's heading may still be there for a moment: wait for the new one.
    let new_page = heading.is_some() && heading != old_heading;
    let ready = attempt >= 40
        || match target {
            Some(y) => new_page && height >= y + viewport,
            None => new_page,
        };
    if !ready {
        let retry = move || settle(target, focus, old_heading, attempt + 1);
        set_timeout(retry, std::time::Duration::from_millis(25));
        return;
    }
    window.scroll_to_with_x_and_y(0.0, target.unwrap_or(0.0));
    if focus {
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = heading.set_attribute("tabindex", "-1");
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    }
}

fn main_heading() -> Option<web_sys::Element> {
    window()
        .document()?
        .query_selector("main h1")
        .ok()
        .flatten()
}
