//! The error type of `skillgap-ingest`.
//!
//! Row-level problems never become errors: they are counted in the
//! [`IngestReport`](skillgap_core::IngestReport) and the good rows still load. An
//! [`Error`] stops the whole run: nothing usable to read, or the index cannot be written.

use std::path::PathBuf;

/// Errors that stop an ingest.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user gave no input at all, or an input directory does not exist.
    #[error("{0}")]
    Input(String),
    /// A path could not be read.
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Writing the index failed.
    #[error(transparent)]
    Index(#[from] skillgap_core::Error),
    /// The run was cancelled (e.g. Ctrl-C); the previous index is untouched.
    #[error("ingest cancelled; the previous index is untouched")]
    Cancelled,
}

impl Error {
    /// Whether the user can fix this (bad paths or flags) rather than an internal failure.
    pub fn is_user_error(&self) -> bool {
        matches!(self, Error::Input(_))
    }
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
