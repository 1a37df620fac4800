//! Fetching over flaky networks and misbehaving hosts: transient failures
//! (network errors, timeouts, 5xx) are retried with backoff, every request has
//! a time limit, and bodies over a size limit are refused, so a stalled or
//! huge file never hangs the tab.

use std::time::Duration;

use gloo_net::http::Request;
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

/// The body and `Content-Type` of `url`, retried on transient failures.
pub async fn get(url: &str, limits: Limits) -> Result<(String, Option<String>), FetchError> {
    let mut attempt = 0;
    loop {
        match get_once(url, limits).await {
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
        let failed = |_| {
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
            .map_err(failed)?;
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
        let text = response.text().await.map_err(failed)?;
        if text.len() > limits.max_bytes {
            return Err(FetchError::TooLarge {
                url: url.into(),
                limit: limits.max_bytes,
            });
        }
        Ok((text, content_type))
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}

async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}
