//! Uses each crate of carnet's browser stack once, and nothing more.
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

#[derive(serde::Deserialize, Clone)]
struct Entry {
    title: String,
    url: String,
    tags: Vec<String>,
}

async fn load() -> String {
    let response = gloo_net::http::Request::get("posts/index.json").send().await;
    match response {
        Ok(response) => response.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

fn render(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    html
}

#[component]
fn Home() -> impl IntoView {
    let data = LocalResource::new(load);
    view! {
        <Suspense fallback=|| "…">
            {move || Suspend::new(async move {
                let text = data.await;
                let entries: Vec<Entry> = serde_json::from_str(&text).unwrap_or_default();
                let list = entries
                    .into_iter()
                    .map(|e| view! { <li><a href=e.url>{e.title}</a>{e.tags.join(", ")}</li> })
                    .collect_view();
                view! { <ul>{list}</ul><div inner_html=render(&text)></div> }
            })}
        </Suspense>
    }
}

#[component]
fn Tag() -> impl IntoView {
    let params = use_params_map();
    view! { <h1>{move || params.read().get("name").unwrap_or_default()}</h1> }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        leptos_meta::provide_meta_context();
        view! {
            <Router>
                <leptos_meta::Title text="floor"/>
                <main>
                    <Routes fallback=|| "not found">
                        <Route path=path!("/") view=Home/>
                        <Route path=path!("/tags/:name/") view=Tag/>
                    </Routes>
                </main>
            </Router>
        }
    })
}
