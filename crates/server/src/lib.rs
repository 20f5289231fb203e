//! # skillgap-server
//!
//! The HTTP face of skillgap, built on axum. This first cut serves liveness, readiness (with
//! the index version and counts) and the data attributions; the `/v1` API grows on the same
//! [`AppState`].
//!
//! ```no_run
//! # async fn run() {
//! let state = skillgap_server::AppState::open("index".as_ref()).unwrap();
//! let app = skillgap_server::router(state);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap();
//! axum::serve(listener, app).await.unwrap();
//! # }
//! ```

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use skillgap_core::Catalog;
use std::path::Path;
use std::sync::Arc;

/// Shared state: the opened catalog.
#[derive(Clone)]
pub struct AppState {
    catalog: Arc<Catalog>,
}

impl AppState {
    /// Opens the index at `index_dir` read-only.
    pub fn open(index_dir: &Path) -> skillgap_core::Result<Self> {
        Ok(AppState {
            catalog: Arc::new(Catalog::open(index_dir)?),
        })
    }
}

/// The application's routes.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/v1/about", get(about))
        .with_state(state)
}

async fn readyz(State(s): State<AppState>) -> Response {
    let m = s.catalog.manifest();
    (
        StatusCode::OK,
        Json(json!({"status": "ready", "index_version": m.generation, "counts": m.counts})),
    )
        .into_response()
}

async fn about() -> Json<serde_json::Value> {
    Json(json!({
        "name": "skillgap",
        "version": env!("CARGO_PKG_VERSION"),
        "attribution": {
            "onet": skillgap_core::attribution::ONET_ATTRIBUTION,
            "esco": skillgap_core::attribution::ESCO_ATTRIBUTION,
            "crosswalks": skillgap_core::attribution::CROSSWALK_ATTRIBUTION,
        }
    }))
}
