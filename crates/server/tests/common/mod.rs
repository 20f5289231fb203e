//! Shared helpers: an index built from the bundled sample, and in-process requests.

#![allow(dead_code)]

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use skillgap_server::AppState;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;
use tower::ServiceExt;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Ingests the bundled sample into `index_dir` (a new generation each call).
pub fn ingest_sample(index_dir: &Path) -> skillgap_core::Manifest {
    let root = repo_root();
    let mut cfg = skillgap_ingest::pipeline::IngestConfig::from_data_dir(
        &root.join("data/sample"),
        index_dir,
    )
    .expect("sample layout");
    cfg.mappings_dir = Some(root.join("data/mappings"));
    cfg.threads = Some(1);
    skillgap_ingest::pipeline::run(
        &cfg,
        &skillgap_ingest::pipeline::NoProgress,
        &AtomicBool::new(false),
    )
    .expect("sample ingest")
}

/// One sample index for the whole test binary.
pub fn sample_index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        ingest_sample(dir.path());
        dir
    })
    .path()
}

/// Shared state over the sample index.
pub fn state() -> AppState {
    static STATE: OnceLock<AppState> = OnceLock::new();
    STATE
        .get_or_init(|| AppState::open(sample_index()).expect("open sample index"))
        .clone()
}

pub fn app() -> Router {
    skillgap_server::router(state())
}

/// A response, decoded.
pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Res {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(500)])
            )
        })
    }

    /// Asserts an error response: status, code, and that the body has the API's shape.
    pub fn assert_error(&self, status: u16, code: &str) -> serde_json::Value {
        let v = self.json();
        assert_eq!(self.status.as_u16(), status, "{v}");
        assert_eq!(v["error"]["code"], code, "{v}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{v}"
        );
        assert_eq!(v.as_object().map(|o| o.len()), Some(1), "{v}");
        v
    }
}

pub async fn send(app: &Router, req: Request<Body>) -> Res {
    let res = app.clone().oneshot(req).await.expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    assert!(
        headers.get("x-request-id").is_some(),
        "every response has x-request-id"
    );
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .expect("body");
    Res {
        status,
        headers,
        body,
    }
}

pub async fn get(app: &Router, uri: &str) -> Res {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn post_json(app: &Router, uri: &str, body: impl Into<Body>) -> Res {
    send(
        app,
        Request::post(uri)
            .header("content-type", "application/json")
            .body(body.into())
            .unwrap(),
    )
    .await
}

/// Percent-encodes a path segment or query value.
pub fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
