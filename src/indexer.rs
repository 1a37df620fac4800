//! The app's side of the indexer worker (`carnet-indexer`, protocol in
//! `carnet_core::index::protocol`): started on first use only, so a blog with a
//! post index and no Liquid in the posts read never downloads it. Requests are numbered; each answer settles
//! its request.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use futures::channel::oneshot;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker};

pub use carnet_core::index::protocol::FetchedPost;
use carnet_core::index::protocol::{IndexerError, RenderAnswer, RenderRequest, Request, Response};
use carnet_core::index::PostIndex;

use crate::api;

/// The worker's script (`public/indexer-worker.js`), beside the app.
const LOADER: &str = "/indexer-worker.js";

/// Why the indexer gave no answer, or its answer says it could not.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IndexerFailure {
    #[error("the indexer ({LOADER}) could not start: {0}")]
    Start(String),
    #[error("the indexer ({LOADER}) failed: {0}")]
    Crashed(String),
    #[error("the indexer stopped")]
    Stopped,
    #[error("the indexer's answer: {0}")]
    Unreadable(String),
    #[error("the indexer answered another request")]
    WrongAnswer,
    #[error(transparent)]
    Indexer(#[from] IndexerError),
}

type Answer = Result<String, IndexerFailure>;

struct Indexer {
    worker: Worker,
    /// The worker has set its message handler: earlier messages would be lost.
    ready: Cell<bool>,
    waiting: RefCell<Vec<String>>,
    pending: RefCell<HashMap<u32, oneshot::Sender<Answer>>>,
    next_id: Cell<u32>,
}

thread_local! {
    static INDEXER: RefCell<Option<Rc<Indexer>>> = const { RefCell::new(None) };
}

/// The post files a directory listing of the posts folder shows, by the
/// site's `_config.yml` (its `markdown_ext`).
pub async fn listed_posts(
    config: Option<String>,
    body: String,
    content_type: Option<String>,
    listing_path: String,
) -> Result<Vec<String>, IndexerFailure> {
    let request = Request::Listing {
        body,
        content_type,
        listing_path,
        config,
    };
    match ask(&request).await? {
        Response::Listing(files) => Ok(files?),
        _ => Err(IndexerFailure::WrongAnswer),
    }
}

/// The index entries (and problems) for these fetched files.
pub async fn index_posts(
    config: Option<String>,
    baseurl: Option<String>,
    files: Vec<FetchedPost>,
) -> Result<PostIndex, IndexerFailure> {
    let request = Request::Posts {
        config,
        baseurl,
        files,
        now: (js_sys::Date::now() / 1000.0) as i64,
    };
    match ask(&request).await? {
        Response::Posts(index) => Ok(*index?),
        _ => Err(IndexerFailure::WrongAnswer),
    }
}

/// A post with Liquid rendered as `carnet build` renders it, or the include
/// files it still needs.
pub async fn render_post(request: RenderRequest) -> Result<RenderAnswer, IndexerFailure> {
    match ask(&Request::Render(Box::new(request))).await? {
        Response::Render(answer) => Ok(answer?),
        _ => Err(IndexerFailure::WrongAnswer),
    }
}

/// Starts the worker ahead of a request, so its module loads while the
/// post it will render downloads.
pub fn start() {
    let _ = indexer();
}

async fn ask(request: &Request) -> Result<Response, IndexerFailure> {
    let indexer = indexer()?;
    let id = indexer.next_id.get();
    indexer.next_id.set(id + 1);
    let (answer, answered) = oneshot::channel();
    indexer.pending.borrow_mut().insert(id, answer);
    let json =
        serde_json::to_string(request).map_err(|e| IndexerFailure::Unreadable(e.to_string()))?;
    indexer.send(format!("{id}\n{json}"));
    let text = answered.await.map_err(|_| IndexerFailure::Stopped)??;
    serde_json::from_str(&text).map_err(|e| IndexerFailure::Unreadable(e.to_string()))
}

impl Indexer {
    fn send(&self, message: String) {
        if self.ready.get() {
            let _ = self.worker.post_message(&message.into());
        } else {
            self.waiting.borrow_mut().push(message);
        }
    }

    fn on_message(&self, message: String) {
        if message == "ready" {
            self.ready.set(true);
            for waiting in self.waiting.take() {
                let _ = self.worker.post_message(&waiting.into());
            }
            return;
        }
        let (id, answer) = message.split_once('\n').unwrap_or(("", ""));
        let sender = id
            .parse()
            .ok()
            .and_then(|id| self.pending.borrow_mut().remove(&id));
        if let Some(sender) = sender {
            let _ = sender.send(Ok(answer.to_string()));
        }
    }

    /// The worker failed to load or crashed: every waiting request fails with
    /// the reason, and the next request starts a new worker.
    fn on_error(&self, reason: String) {
        INDEXER.with(|i| i.borrow_mut().take());
        self.worker.terminate();
        for (_, sender) in self.pending.take() {
            let _ = sender.send(Err(IndexerFailure::Crashed(reason.clone())));
        }
    }
}

fn indexer() -> Result<Rc<Indexer>, IndexerFailure> {
    if let Some(indexer) = INDEXER.with(|i| i.borrow().clone()) {
        return Ok(indexer);
    }
    let worker =
        Worker::new(&api::page(LOADER)).map_err(|e| IndexerFailure::Start(format!("{e:?}")))?;
    let indexer = Rc::new(Indexer {
        worker,
        ready: Cell::new(false),
        waiting: RefCell::new(Vec::new()),
        pending: RefCell::new(HashMap::new()),
        next_id: Cell::new(1),
    });
    let on_message = {
        let indexer = indexer.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(message) = event.data().as_string() {
                indexer.on_message(message);
            }
        })
    };
    let on_error = {
        let indexer = indexer.clone();
        // A script that fails to load gives a plain `Event`, a crash an `ErrorEvent`.
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let message = js_sys::Reflect::get(&event, &"message".into()).ok();
            let reason = message.and_then(|m| m.as_string());
            indexer.on_error(reason.unwrap_or_else(|| "it could not be loaded".into()));
        })
    };
    indexer
        .worker
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    indexer
        .worker
        .set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so do its handlers.
    on_message.forget();
    on_error.forget();
    INDEXER.with(|i| *i.borrow_mut() = Some(indexer.clone()));
    Ok(indexer)
}
