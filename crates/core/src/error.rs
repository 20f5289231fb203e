//! The error type of `skillgap-core`.

use std::path::PathBuf;

/// Errors raised while opening, reading or writing an index.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No index at the given directory (the user should run `skillgap ingest`).
    #[error("no index at {path}: run `skillgap ingest` first")]
    NoIndex { path: PathBuf },
    /// The index was built by an incompatible version of skillgap.
    #[error("index at {path} has format version {found}, this build reads version {expected}: rebuild it with `skillgap ingest`")]
    IncompatibleIndex {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    /// An entity the user asked for does not exist.
    #[error("{kind} not found: {id}")]
    NotFound { kind: &'static str, id: String },
    /// The user's query is unusable (empty, too long, …).
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    /// A file-system operation failed.
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// tantivy failed (corrupt or unreadable index, or a bug).
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A stored document could not be decoded.
    #[error("corrupt stored {kind} document {id}: {source}")]
    Decode {
        kind: &'static str,
        id: String,
        #[source]
        source: serde_json::Error,
    },
    /// The demand state of a generation (`demand-state.bin`) is unreadable.
    #[error("demand state {path}: byte {offset}: {reason}")]
    DemandState {
        path: PathBuf,
        offset: usize,
        reason: String,
    },
    /// The index cannot take an append (no taxonomy sidecar or demand state).
    #[error("cannot append to the index at {path}: {reason}")]
    NotAppendable { path: PathBuf, reason: String },
    /// The manifest could not be read or written.
    #[error("index manifest {path}: {source}")]
    Manifest {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
}

impl Error {
    /// Whether the error is the user's to fix (bad query, missing id or index) rather than an
    /// internal failure. The server maps the former to 4xx and the latter to 5xx.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::NoIndex { .. } | Error::NotFound { .. } | Error::InvalidQuery(_)
        )
    }

    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            op,
            path: path.into(),
            source,
        }
    }
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
