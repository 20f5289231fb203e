//! The error type of `skillgap-matcher`.

/// Errors of gap, ranking, pathway and report computations.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading the index failed, or an id was not found there.
    #[error(transparent)]
    Catalog(#[from] skillgap_core::Error),
    /// A request field is unusable (empty goal, negative budget, too many skills, …).
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// A team file could not be read.
    #[error("{path}:{line} [{field}]: {message}")]
    TeamFile {
        path: String,
        line: u64,
        field: String,
        message: String,
    },
}

impl Error {
    /// Whether the user can fix it (bad input, unknown id) rather than an internal failure.
    pub fn is_user_error(&self) -> bool {
        match self {
            Error::Catalog(e) => e.is_user_error(),
            Error::Invalid { .. } | Error::TeamFile { .. } => true,
        }
    }

    /// The request field at fault, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::TeamFile { field, .. } => Some(field),
            Error::Catalog(_) => None,
        }
    }

    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            message: message.into(),
        }
    }
}

/// Result alias for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
