//! # skillgap-server
//!
//! The HTTP face of skillgap, built on axum: a versioned JSON API under `/v1` whose bodies are
//! the library's serde types (the same JSON the CLI prints with `--json`), an OpenAPI 3.1
//! document generated from the code (`/v1/openapi.json`), liveness and readiness probes,
//! Prometheus metrics (`/metrics`), and the data attributions (`/v1/about`); and, at `/`, the
//! web pages for learners, curriculum designers and employers (see [`web`]).
//!
//! * Errors have one JSON shape (see [`error`]); every response carries `x-request-id`.
//! * Limits (see [`limits`]): body size, query length, items per request, a per-request
//!   timeout and a concurrency limit that sheds load with 503 and `Retry-After`.
//! * The index is opened read-only and swapped atomically when `skillgap ingest` publishes a
//!   new generation (polling `CURRENT`, or on SIGHUP); see [`state`].
//!
//! ```no_run
//! # async fn run() {
//! let state = skillgap_server::AppState::open("index".as_ref()).unwrap();
//! let app = skillgap_server::router(state);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap();
//! axum::serve(listener, app).await.unwrap();
//! # }
//! ```
//!
//! ## Adding an endpoint
//!
//! Write a handler in [`routes`]-style: extract input with [`input::ApiQuery`] /
//! [`input::ApiJson`] (request structs with `#[serde(deny_unknown_fields)]`), check limits,
//! call one library function through [`AppState::run`] and return `ApiResult<Json<T>>` where
//! `T: Serialize + ToSchema`. Give it a `#[utoipa::path]` attribute and add
//! `.routes(routes!(handler))` to the `/v1` router. If the library function's error type is
//! new, add `impl From<ThatError> for ApiError` in [`error`].

pub mod error;
pub mod input;
pub mod limits;
pub mod matching;
pub mod metrics;
mod openapi;
pub mod routes;
pub mod state;
pub mod web;

pub use error::{ApiError, ApiResult, ErrorBody};
pub use limits::Limits;
pub use state::{AppState, Reload, POLL_INTERVAL};

use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::ServiceBuilder;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};
use tower_http::LatencyUnit;
use tracing::Level;
use utoipa::OpenApi as _;

/// The request id header, set on every response.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Errors that stop the server (not request errors: those are [`ApiError`]).
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The index could not be opened.
    #[error(transparent)]
    Index(#[from] skillgap_core::Error),
    /// A background task failed.
    #[error("background task: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// Binding or serving failed.
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

/// The OpenAPI document of [`router`].
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, mut doc) = api().merge(routes::v1()).split_for_parts();
    openapi::add_error_responses(&mut doc);
    doc
}

fn api() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(routes::probes())
}

/// The application: every route with its layers, ready to serve.
pub fn router(state: AppState) -> Router {
    let limits = state.limits();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(limits.concurrency.max(1)));
    // Only the /v1 API is limited: probes and metrics answer while it is saturated.
    let limited = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(limits::layer_error))
        .load_shed()
        .layer(GlobalConcurrencyLimitLayer::with_semaphore(semaphore))
        .timeout(limits.timeout);
    let (router, mut doc) = api().merge(routes::v1().layer(limited)).split_for_parts();
    openapi::add_error_responses(&mut doc);
    let doc_json = doc
        .to_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    let metrics = Arc::clone(state.metrics());
    router
        .merge(web::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(limits::MAX_BODY_BYTES))
        .layer(middleware::from_fn(limits::precheck))
        .layer(middleware::from_fn_with_state(metrics, metrics::track))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let id = req
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default();
                    let route = req
                        .extensions()
                        .get::<MatchedPath>()
                        .map_or(metrics::UNMATCHED, |m| m.as_str());
                    tracing::info_span!("request", method = %req.method(), route,
                        path = %req.uri().path(), request_id = id)
                })
                .on_response(
                    DefaultOnResponse::new()
                        .level(Level::INFO)
                        .latency_unit(LatencyUnit::Micros),
                )
                // 5xx are logged by ApiError (internal) or are deliberate (503).
                .on_failure(DefaultOnFailure::new().level(Level::DEBUG)),
        )
        .layer(middleware::from_fn(request_id))
        .layer(Extension(routes::OpenApiJson(Arc::new(doc_json))))
        .with_state(state)
}

async fn not_found(
    axum::extract::State(s): axum::extract::State<AppState>,
    req: Request,
) -> Response {
    if let Some(page) = web::page_not_found(&s, &req) {
        return page;
    }
    ApiError::NotFound {
        message: format!("no route for {} {}", req.method(), req.uri().path()),
    }
    .into_response()
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// Keeps a well-formed client `x-request-id` (up to 64 characters of `[A-Za-z0-9._-]`),
/// otherwise makes one; sets it on the request (for the trace span) and the response.
async fn request_id(mut req: Request, next: Next) -> Response {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let given = req.headers().get(REQUEST_ID).filter(|v| {
        let b = v.as_bytes();
        !b.is_empty()
            && b.len() <= 64
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
    });
    let id = match given {
        Some(v) => v.clone(),
        None => {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            HeaderValue::from_str(&format!("{}-{n:08x}", process_tag()))
                .unwrap_or(HeaderValue::from_static("unknown"))
        }
    };
    req.headers_mut().insert(REQUEST_ID, id.clone());
    let mut res = next.run(req).await.into_response();
    res.headers_mut().insert(REQUEST_ID, id);
    res
}

/// A short tag distinguishing this process's request ids from another's.
fn process_tag() -> &'static str {
    static TAG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAG.get_or_init(|| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos() ^ d.as_secs() as u32)
            .unwrap_or(0);
        format!("{:08x}", nanos ^ std::process::id().rotate_left(16))
    })
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Serves `state` on `addr` until SIGINT or SIGTERM, reloading the index as it changes.
/// `on_bound` is told the bound address (useful with port 0). Builds its own tokio runtime.
pub fn run(
    addr: &str,
    state: AppState,
    on_bound: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| ServerError::Io {
            what: "starting the runtime".into(),
            source,
        })?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Io {
                what: format!("binding {addr}"),
                source,
            })?;
        let bound = listener.local_addr().map_err(|source| ServerError::Io {
            what: "reading the bound address".into(),
            source,
        })?;
        let reloader = state.spawn_reloader(POLL_INTERVAL);
        tracing::info!(%bound, index = %state.catalog().manifest().generation, "serving");
        on_bound(bound);
        let served = axum::serve(listener, router(state))
            .with_graceful_shutdown(shutdown_signal())
            .await;
        reloader.abort();
        served.map_err(|source| ServerError::Io {
            what: "serving".into(),
            source,
        })
    })
}
