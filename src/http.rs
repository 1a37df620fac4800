//! Fetching over flaky networks and misbehaving hosts: transient failures
//! (network errors, timeouts, 5xx) are retried with backoff, every request has
//! a time limit, and bodies over a size limit are refused as soon as they pass
//! it, so a stalled or huge file never hangs the tab.

use std::time::Duration;

use gloo_net::http::Request;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Attempts for a transient failure, and the wait before each retry.
const BACKOFF_MS: [u32; 2] = [400, 1200];

/// How long one attempt may take, body included, and how big a body may be.
#[derive(Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    pub max_bytes: usize,
}

impl Limits {
    /// The site's `fetch_timeout` and `max_post_size`.
    pub fn of(site: &carnet_core::config::SiteConfig) -> Limits {
        Limits {
            timeout: Duration::from_secs(u64::from(site.fetch_timeout)),
            max_bytes: site.max_post_size,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(15),
            max_bytes: 5 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    #[error("{0}: not found on the server")]
    NotFound(String),
    #[error("{url}: the server answered {status}")]
    Status { url: String, status: u16 },
    #[error("{0}: the network failed")]
    Network(String),
    #[error("{0}: no complete answer in time")]
    Timeout(String),
    #[error("{url}: the file is larger than {limit} bytes")]
    TooLarge { url: String, limit: usize },
}

impl FetchError {
    /// Worth trying again: the same request may well succeed in a moment.
    fn is_transient(&self) -> bool {
        match self {
            FetchError::Network(_) | FetchError::Timeout(_) => true,
            FetchError::Status { status, .. } => *status >= 500 || *status == 429,
            FetchError::NotFound(_) | FetchError::TooLarge { .. } => false,
        }
    }
}

thread_local! {
    static HANDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where the first-paint module leaves its fetches for the app (a separate
/// module in the same page): `window.carnetFetched`, a `Map` of URL to a
/// promise of `[body, type]`, or of `[null, failure, detail]`. The app takes
/// each once, as its own first attempt: nothing is fetched twice, a failure
/// counts as one try, and a fetch still under way is waited for, not repeated.
const HANDED: &str = "carnetFetched";

/// Makes this module the first-paint one: each fetch is a single attempt,
/// handed to the app, which retries it if need be.
pub fn hand_to_app() {
    HANDING.with(|h| h.set(true));
}

fn handed() -> Option<js_sys::Map> {
    let window = web_sys::window()?;
    let map = js_sys::Reflect::get(&window, &HANDED.into()).ok()?;
    if map.is_instance_of::<js_sys::Map>() {
        return Some(map.unchecked_into());
    }
    let map = js_sys::Map::new();
    js_sys::Reflect::set(&window, &HANDED.into(), &map).ok()?;
    Some(map)
}

/// One attempt at `url`, left in the map for the app, and its result.
async fn hand(url: &str, limits: Limits) -> Result<(String, Option<String>), FetchError> {
    let owned = url.to_string();
    let promise = wasm_bindgen_futures::future_to_promise(async move {
        Ok(encode(get_once(&owned, limits).await))
    });
    if let Some(map) = handed() {
        map.set(&url.into(), &promise);
    }
    decode(url, JsFuture::from(promise).await.unwrap_or(JsValue::NULL))
}

/// The first paint's attempt at `url`, if it made one.
async fn take_handed(url: &str) -> Option<Result<(String, Option<String>), FetchError>> {
    let map = handed()?;
    let promise: js_sys::Promise = map.get(&url.into()).dyn_into().ok()?;
    map.delete(&url.into());
    Some(decode(url, JsFuture::from(promise).await.ok()?))
}

fn encode(result: Result<(String, Option<String>), FetchError>) -> JsValue {
    let text = |s: Option<&str>| s.map_or(JsValue::NULL, JsValue::from);
    let (first, second, third) = match &result {
        Ok((body, kind)) => (
            JsValue::from(body.as_str()),
            text(kind.as_deref()),
            JsValue::NULL,
        ),
        Err(e) => {
            let (code, detail) = match e {
                FetchError::NotFound(_) => (0, 0),
                FetchError::Status { status, .. } => (1, usize::from(*status)),
                FetchError::Network(_) => (2, 0),
                FetchError::Timeout(_) => (3, 0),
                FetchError::TooLarge { limit, .. } => (4, *limit),
            };
            (JsValue::NULL, code.into(), (detail as f64).into())
        }
    };
    js_sys::Array::of3(&first, &second, &third).into()
}

fn decode(url: &str, value: JsValue) -> Result<(String, Option<String>), FetchError> {
    let array = js_sys::Array::from(&value);
    if let Some(body) = array.get(0).as_string() {
        return Ok((body, array.get(1).as_string()));
    }
    let detail = array.get(2).as_f64().unwrap_or(0.0);
    let url = url.to_string();
    Err(match array.get(1).as_f64() {
        Some(0.0) => FetchError::NotFound(url),
        Some(1.0) => FetchError::Status {
            url,
            status: detail as u16,
        },
        Some(3.0) => FetchError::Timeout(url),
        Some(4.0) => FetchError::TooLarge {
            url,
            limit: detail as usize,
        },
        _ => FetchError::Network(url),
    })
}

/// The body and `Content-Type` of `url`, retried on transient failures.
pub async fn get(url: &str, limits: Limits) -> Result<(String, Option<String>), FetchError> {
    if HANDING.with(|h| h.get()) {
        return hand(url, limits).await;
    }
    let mut handed = take_handed(url).await;
    let mut attempt = 0;
    loop {
        let result = match handed.take() {
            Some(result) => result,
            None => get_once(url, limits).await,
        };
        match result {
            Err(error) if error.is_transient() && attempt < BACKOFF_MS.len() => {
                sleep(BACKOFF_MS[attempt]).await;
                attempt += 1;
            }
            result => return result,
        }
    }
}

async fn get_once(url: &str, limits: Limits) -> Result<(String, Option<String>), FetchError> {
    let controller =
        web_sys::AbortController::new().map_err(|_| FetchError::Network(url.into()))?;
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            limits.timeout,
        )
        .ok()
    };
    let result = async {
        let failed = || {
            if timed_out.get() {
                FetchError::Timeout(url.into())
            } else {
                FetchError::Network(url.into())
            }
        };
        let response = Request::get(url)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(|_| failed())?;
        match response.status() {
            404 | 410 => return Err(FetchError::NotFound(url.into())),
            status if !response.ok() => {
                return Err(FetchError::Status {
                    url: url.into(),
                    status,
                })
            }
            _ => {}
        }
        let declared = response
            .headers()
            .get("content-length")
            .and_then(|l| l.parse::<usize>().ok());
        if declared.is_some_and(|size| size > limits.max_bytes) {
            controller.abort();
            return Err(FetchError::TooLarge {
                url: url.into(),
                limit: limits.max_bytes,
            });
        }
        let content_type = response.headers().get("content-type");
        let bytes = match response.body() {
            Some(body) => read_at_most(&body, limits.max_bytes)
                .await
                .map_err(|_| failed())?,
            None => Some(Vec::new()),
        };
        let Some(bytes) = bytes else {
            // Closes the connection too, whatever the reader's cancel did.
            controller.abort();
            return Err(FetchError::TooLarge {
                url: url.into(),
                limit: limits.max_bytes,
            });
        };
        // As `Response::text()` decodes: a leading BOM dropped, invalid
        // sequences replaced with U+FFFD (the same maximal subparts as WHATWG).
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        Ok((String::from_utf8_lossy(bytes).into_owned(), content_type))
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}

/// The bytes of `body`, or `None` as soon as they pass `max`: a chunked answer
/// announces no size, and reading it whole first could mean gigabytes in memory.
async fn read_at_most(
    body: &web_sys::ReadableStream,
    max: usize,
) -> Result<Option<Vec<u8>>, JsValue> {
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let read: web_sys::ReadableStreamReadResult =
            JsFuture::from(reader.read()).await?.unchecked_into();
        if read.get_done().unwrap_or(true) {
            return Ok(Some(bytes));
        }
        let chunk: js_sys::Uint8Array = read.get_value().unchecked_into();
        let start = bytes.len();
        if start + chunk.length() as usize > max {
            // Stops the download; its promise only says when that is done.
            let _ = reader.cancel();
            return Ok(None);
        }
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

pub(crate) async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}
