//! Request limits. Every limit is a documented constant or a field of [`Limits`]; going past
//! one is a clear 4xx or 503, never a crash or an unbounded amount of work.
//!
//! | limit | value | beyond it |
//! |---|---|---|
//! | request body | [`MAX_BODY_BYTES`] (1 MiB) | 413 `payload_too_large` |
//! | query string | [`MAX_QUERY_STRING_BYTES`] | 400 `bad_request` |
//! | search query `q` | [`skillgap_core::catalog::MAX_QUERY_BYTES`] | 400 `bad_request` |
//! | `limit` of a search | 1..=[`MAX_LIMIT`] | 400 `bad_request` |
//! | `evidence` of a demand report | 0..=[`MAX_EVIDENCE`] | 400 `bad_request` |
//! | skills in one `/v1/skills/resolve` | [`MAX_ITEMS`] | 422 `unprocessable` |
//! | text of one `/v1/extract` | [`MAX_TEXT_BYTES`] | 422 `unprocessable` |
//! | `rank` of one `/v1/extract` | 1..=[`MAX_RANK`] | 422 `unprocessable` |
//! | time per request | [`Limits::timeout`] (10 s) | 503 `timeout` |
//! | requests in flight | [`Limits::concurrency`] (64) | 503 `overloaded` + `Retry-After` |

use crate::error::ApiError;
use axum::extract::Request;
use axum::http::header::CONTENT_LENGTH;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Longest query string accepted.
pub const MAX_QUERY_STRING_BYTES: usize = 4 * 1024;
/// Most results one search returns.
pub const MAX_LIMIT: usize = 100;
/// Most posting ids listed per demand figure.
pub const MAX_EVIDENCE: usize = 20;
/// Most items (skills) in one request.
pub const MAX_ITEMS: usize = 100;
/// Longest text `/v1/extract` accepts.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Most skills ranked per sentence by `/v1/extract`.
pub const MAX_RANK: usize = 20;

/// Server-wide limits that operators may tune.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests processed at once; more are refused with 503 and `Retry-After`.
    pub concurrency: usize,
    /// Time allowed per request.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            concurrency: 64,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Rejects, before any body is read, requests whose query string or declared body size is over
/// the limit.
pub async fn precheck(req: Request, next: Next) -> Response {
    let query = req.uri().query().map_or(0, str::len);
    if query > MAX_QUERY_STRING_BYTES {
        return ApiError::BadRequest {
            message: format!(
                "the query string is {query} bytes long; at most {MAX_QUERY_STRING_BYTES} are accepted"
            ),
            field: None,
        }
        .into_response();
    }
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return ApiError::PayloadTooLarge {
            limit: MAX_BODY_BYTES,
        }
        .into_response();
    }
    next.run(req).await
}

/// Turns the errors of the tower limit layers into API errors.
pub async fn layer_error(err: tower::BoxError) -> ApiError {
    if err.is::<tower::load_shed::error::Overloaded>() {
        ApiError::Overloaded
    } else if err.is::<tower::timeout::error::Elapsed>() {
        ApiError::Timeout
    } else {
        ApiError::Internal(err)
    }
}

/// Checks a search `limit` parameter: absent means `default`, otherwise 1..=[`MAX_LIMIT`].
pub fn check_limit(limit: Option<i64>, default: usize) -> Result<usize, ApiError> {
    check_range("limit", limit, default, 1, MAX_LIMIT)
}

/// Checks an integer query parameter against `min..=max`.
pub fn check_range(
    name: &str,
    value: Option<i64>,
    default: usize,
    min: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match value {
        None => Ok(default),
        Some(v) if v >= min as i64 && v <= max as i64 => Ok(v as usize),
        Some(v) => Err(ApiError::bad_request(
            name,
            format!("`{name}` must be between {min} and {max}; found {v}"),
        )),
    }
}
