//! Light and dark themes: the system's choice by default, or the reader's,
//! remembered in localStorage. `public/early.js` applies it before the first paint.

use leptos::prelude::*;

use carnet_core::pages::labels::Labels;

const KEY: &str = "carnet-theme";

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The theme in force: the reader's stored choice, else the system's.
fn current() -> &'static str {
    let chosen = root().and_then(|r| r.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => "dark",
        Some("light") => "light",
        _ => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark {
                "dark"
            } else {
                "light"
            }
        }
    }
}

fn apply(theme: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute("data-theme", theme);
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // Private browsing may refuse storage: the theme then lasts for this page only.
        let _ = storage.set_item(KEY, theme);
    }
}

/// A button that switches between light and dark and says what it will switch to.
#[component]
pub fn ThemeToggle(labels: &'static Labels) -> impl IntoView {
    let theme = RwSignal::new(current());
    let toggle = move |_| {
        let next = if theme.get() == "dark" {
            "light"
        } else {
            "dark"
        };
        apply(next);
        theme.set(next);
    };
    let label = move || {
        if theme.get() == "dark" {
            labels.theme_light
        } else {
            labels.theme_dark
        }
    };
    view! {
        <button class="theme-toggle" type="button" on:click=toggle aria-label=label title=label
            aria-pressed=move || (theme.get() == "dark").to_string()>
            <span aria-hidden="true">{move || if theme.get() == "dark" { "☀" } else { "☾" }}</span>
        </button>
    }
}
