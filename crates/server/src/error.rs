//! The one error type of the API and its JSON shape.
//!
//! Every error response, whatever produced it (a handler, an extractor, a limit layer, the
//! router's fallback), has the body `{"error": {"code": "...", "message": "...", "field":
//! "..."}}` with a stable snake_case `code`. Internal errors are logged with the request id
//! (the `x-request-id` header of every response) and their details are never sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Seconds a client is asked to wait (`Retry-After`) when the server is saturated.
pub const RETRY_AFTER_SECS: u32 = 1;

/// An API error: a status, a stable code and a message fit for the client.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the request is malformed (bad query parameter, malformed JSON, invalid UTF-8).
    #[error("{message}")]
    BadRequest {
        message: String,
        field: Option<String>,
    },
    /// 404: the entity or route does not exist.
    #[error("{message}")]
    NotFound { message: String },
    /// 405: the route exists, but not for this method.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 413: the body exceeds [`crate::limits::MAX_BODY_BYTES`].
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    /// 415: the body is not `application/json`.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 422: well-formed JSON that does not fit the request type (wrong types, missing or
    /// unknown fields), or a value beyond a documented limit (too many items).
    #[error("{message}")]
    Unprocessable {
        message: String,
        field: Option<String>,
    },
    /// 429: the client sends too fast.
    #[error("too many requests")]
    TooManyRequests,
    /// 503 with `Retry-After`: every request slot is busy.
    #[error("the server is at capacity; retry after {RETRY_AFTER_SECS} s")]
    Overloaded,
    /// 503: no index can be served.
    #[error("{0}")]
    Unavailable(String),
    /// 503: the request took longer than [`crate::limits::Limits::timeout`].
    #[error("the request took too long and was stopped")]
    Timeout,
    /// 500: a failure that is not the client's; logged, never shown.
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code: `bad_request`, `not_found`, `method_not_allowed`,
    /// `payload_too_large`, `unsupported_media_type`, `unprocessable`, `too_many_requests`,
    /// `overloaded`, `unavailable`, `timeout`, `internal`.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// The request field (query parameter or JSON path) at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    /// A 400 naming the offending field.
    pub fn bad_request(field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::BadRequest {
            message: message.into(),
            field: Some(field.into()),
        }
    }

    /// A 422 naming the offending field.
    pub fn unprocessable(field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::Unprocessable {
            message: message.into(),
            field: Some(field.into()),
        }
    }

    /// A 500 from any error (logged when turned into a response).
    pub fn internal(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        ApiError::Internal(e.into())
    }

    /// Attaches `field` to a 400 or 422 that has none.
    pub fn with_field(mut self, name: &str) -> Self {
        if let ApiError::BadRequest { field, .. } | ApiError::Unprocessable { field, .. } =
            &mut self
        {
            field.get_or_insert_with(|| name.to_owned());
        }
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound { .. } => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Overloaded | ApiError::Unavailable(_) | ApiError::Timeout => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code of the JSON body.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "bad_request",
            ApiError::NotFound { .. } => "not_found",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::UnsupportedMediaType(_) => "unsupported_media_type",
            ApiError::Unprocessable { .. } => "unprocessable",
            ApiError::TooManyRequests => "too_many_requests",
            ApiError::Overloaded => "overloaded",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Timeout => "timeout",
            ApiError::Internal(_) => "internal",
        }
    }

    /// The body sent to the client.
    pub fn body(&self) -> ErrorBody {
        let (message, field) = match self {
            ApiError::BadRequest { message, field }
            | ApiError::Unprocessable { message, field } => (message.clone(), field.clone()),
            ApiError::Internal(_) => (
                "internal error; quote the x-request-id header when reporting it".to_owned(),
                None,
            ),
            other => (other.to_string(), None),
        };
        ErrorBody {
            error: ErrorDetail {
                code: self.code().to_owned(),
                message,
                field,
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(e) = &self {
            // Runs inside the request's span, which carries the request id.
            let mut chain = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                chain.push_str(": ");
                chain.push_str(&s.to_string());
                source = s.source();
            }
            tracing::error!(error = %chain, "internal error");
        }
        let mut res = (self.status(), Json(self.body())).into_response();
        if matches!(self, ApiError::Overloaded) {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        }
        res
    }
}

impl From<skillgap_core::Error> for ApiError {
    fn from(e: skillgap_core::Error) -> Self {
        use skillgap_core::Error as E;
        match e {
            E::NotFound { .. } => ApiError::NotFound {
                message: e.to_string(),
            },
            E::InvalidQuery(message) => ApiError::BadRequest {
                message,
                field: None,
            },
            E::NoIndex { .. } | E::IncompatibleIndex { .. } => {
                tracing::error!(error = %e, "index unavailable");
                ApiError::Unavailable("no index is loaded".into())
            }
            other => ApiError::internal(other),
        }
    }
}

impl From<skillgap_matcher::Error> for ApiError {
    fn from(e: skillgap_matcher::Error) -> Self {
        use skillgap_matcher::Error as E;
        match e {
            E::Catalog(e) => e.into(),
            E::Invalid { field, message } => ApiError::unprocessable(field, message),
            E::TeamFile {
                line,
                field,
                message,
                ..
            } => ApiError::unprocessable(field, format!("team CSV line {line}: {message}")),
        }
    }
}

/// Result alias of handlers.
pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_details_are_not_sent() {
        let e = ApiError::internal(std::io::Error::other("/secret/path exploded"));
        let body = serde_json::to_string(&e.body()).unwrap();
        assert!(!body.contains("secret"), "{body}");
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn core_errors_map_to_statuses() {
        let nf: ApiError = skillgap_core::Error::NotFound {
            kind: "skill",
            id: "x".into(),
        }
        .into();
        assert_eq!(nf.status(), StatusCode::NOT_FOUND);
        let bad: ApiError = skillgap_core::Error::InvalidQuery("empty".into()).into();
        assert_eq!(bad.with_field("q").body().error.field.as_deref(), Some("q"));
    }
}
