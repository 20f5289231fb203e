//! Shared state and the index lifecycle.
//!
//! The catalog, with the [`Matcher`] loaded from it, sits behind an [`ArcSwap`]: a request
//! takes the current `Arc<Matcher>` (which holds its catalog) once and keeps it to the end, so a reload never changes the index under a request in flight. A new
//! generation (published by `skillgap ingest`, which replaces the index directory's `CURRENT`
//! pointer) is opened read-only, warmed, and only then swapped in; the old one is dropped when
//! its last request finishes. Reloads are triggered by SIGHUP and by polling `CURRENT`.

use crate::error::ApiError;
use crate::limits::Limits;
use crate::metrics::Metrics;
use crate::ServerError;
use arc_swap::ArcSwap;
use skillgap_core::{live_generation, Catalog};
use skillgap_matcher::Matcher;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often the index directory's `CURRENT` pointer is checked for a new generation.
pub const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// Shared state of all handlers. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    index_dir: PathBuf,
    matcher: ArcSwap<Matcher>,
    metrics: Arc<Metrics>,
    limits: Limits,
    /// Generation whose opening failed last, so that it is not retried every poll.
    failed: Mutex<Option<PathBuf>>,
    /// Serialises reloads (SIGHUP and the poller may fire together).
    reloading: tokio::sync::Mutex<()>,
}

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reload {
    /// The live generation is the one being served.
    Unchanged,
    /// A new generation was swapped in.
    Swapped { from: String, to: String },
}

impl AppState {
    /// Opens the live generation of `index_dir` read-only and warms it.
    pub fn open(index_dir: &Path) -> skillgap_core::Result<Self> {
        let catalog = Catalog::open(index_dir)?;
        Self::with_catalog(index_dir, catalog, Limits::default())
    }

    /// Serves an already opened catalog of `index_dir` (warmed, and the matcher loaded, here).
    pub fn with_catalog(
        index_dir: &Path,
        catalog: Catalog,
        limits: Limits,
    ) -> skillgap_core::Result<Self> {
        let matcher = load_matcher(catalog)?;
        Ok(AppState {
            inner: Arc::new(Inner {
                index_dir: index_dir.to_owned(),
                matcher: ArcSwap::from_pointee(matcher),
                metrics: Arc::new(Metrics::default()),
                limits,
                failed: Mutex::new(None),
                reloading: tokio::sync::Mutex::new(()),
            }),
        })
    }

    /// The catalog being served now. Hold the `Arc` for the whole request.
    pub fn catalog(&self) -> Arc<Catalog> {
        self.inner.matcher.load().catalog_arc()
    }

    /// The matcher (and through it the catalog) being served now.
    pub fn matcher(&self) -> Arc<Matcher> {
        self.inner.matcher.load_full()
    }

    /// The index directory (holding `CURRENT`).
    pub fn index_dir(&self) -> &Path {
        &self.inner.index_dir
    }

    /// The metrics registry.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.inner.metrics
    }

    /// The server's limits.
    pub fn limits(&self) -> Limits {
        self.inner.limits
    }

    /// Runs `f` on the current catalog on the blocking thread pool (searches are CPU work) and
    /// converts its error into an [`ApiError`]. Every endpoint calls the library through this:
    /// an endpoint is a handler that parses its input and calls one library function here.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Catalog) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError> + Send + 'static,
    {
        let catalog = self.catalog();
        tokio::task::spawn_blocking(move || f(&catalog).map_err(Into::into))
            .await
            .map_err(ApiError::internal)?
    }

    /// Like [`AppState::run`], for the matcher's computations (gap, recommend, path, …).
    pub async fn run_matcher<T, E, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Matcher) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Into<ApiError> + Send + 'static,
    {
        let matcher = self.matcher();
        tokio::task::spawn_blocking(move || f(&matcher).map_err(Into::into))
            .await
            .map_err(ApiError::internal)?
    }

    /// Swaps in the live generation of the index directory if it is not the one being served.
    /// The new generation is opened and warmed before the swap; on failure the current one
    /// stays and the failed generation is not tried again until `CURRENT` changes.
    pub async fn reload(&self) -> Result<Reload, ServerError> {
        let _guard = self.inner.reloading.lock().await;
        let index_dir = self.inner.index_dir.clone();
        let live = tokio::task::spawn_blocking(move || live_generation(&index_dir)).await??;
        let Some(live) = live else {
            return Ok(Reload::Unchanged);
        };
        let current = self.catalog();
        if same_dir(&live, current.generation_dir()) {
            return Ok(Reload::Unchanged);
        }
        {
            let failed = self.inner.failed.lock().unwrap_or_else(|e| e.into_inner());
            if failed.as_deref() == Some(live.as_path()) {
                return Ok(Reload::Unchanged);
            }
        }
        let index_dir = self.inner.index_dir.clone();
        let opened =
            tokio::task::spawn_blocking(move || load_matcher(Catalog::open(&index_dir)?)).await?;
        match opened {
            Ok(new) => {
                let from = current.manifest().generation.clone();
                let to = new.catalog().manifest().generation.clone();
                self.inner.matcher.store(Arc::new(new));
                self.inner.metrics.reloaded(true);
                tracing::info!(%from, %to, "index reloaded");
                Ok(Reload::Swapped { from, to })
            }
            Err(e) => {
                *self.inner.failed.lock().unwrap_or_else(|e| e.into_inner()) = Some(live);
                self.inner.metrics.reloaded(false);
                Err(e.into())
            }
        }
    }

    /// Reloads every `interval` and on SIGHUP, until the returned task is aborted.
    pub fn spawn_reloader(&self, interval: Duration) -> tokio::task::JoinHandle<()> {
        let state = self.clone();
        tokio::spawn(async move {
            #[cfg(unix)]
            let mut hup =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
            let mut tick = tokio::time::interval(interval);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                #[cfg(unix)]
                {
                    let hup_recv = async {
                        match hup.as_mut() {
                            Some(h) => h.recv().await,
                            None => std::future::pending().await,
                        }
                    };
                    tokio::select! {
                        _ = tick.tick() => {}
                        _ = hup_recv => tracing::info!("SIGHUP: checking the index"),
                    }
                }
                #[cfg(not(unix))]
                tick.tick().await;
                if let Err(e) = state.reload().await {
                    tracing::warn!(error = %e, "index reload failed; still serving the previous generation");
                }
            }
        })
    }
}

/// Warms a catalog and loads the matcher over it.
fn load_matcher(catalog: Catalog) -> skillgap_core::Result<Matcher> {
    let to_core = |e| match e {
        skillgap_matcher::Error::Catalog(e) => e,
        other => skillgap_core::Error::InvalidQuery(other.to_string()),
    };
    let m = Matcher::new(Arc::new(catalog)).map_err(to_core)?;
    m.prepare().map_err(to_core)?;
    Ok(m)
}

/// Generation directories are uniquely named, so the name identifies one.
fn same_dir(a: &Path, b: &Path) -> bool {
    a.file_name() == b.file_name()
}
