//! Request extractors that turn every malformed input into an [`ApiError`] with the API's JSON
//! shape, instead of axum's plain-text rejections.
//!
//! * [`ApiJson`]: `application/json` bodies. Invalid UTF-8 and malformed JSON (including
//!   nesting deeper than serde_json's limit of 128) are 400; well-formed JSON of the wrong
//!   shape (wrong types, missing or unknown fields) is 422 naming the field; a body over the
//!   limit is 413.
//! * [`ApiQuery`]: query strings; any problem is 400 naming the parameter.
//! * [`ApiPath`]: path parameters (percent-decoded, so ESCO URIs can be passed encoded).

use crate::error::ApiError;
use crate::limits::MAX_BODY_BYTES;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// A JSON request body.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|m| {
                let m = m.trim().to_ascii_lowercase();
                m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
            });
        if json != Some(true) {
            return Err(ApiError::UnsupportedMediaType(
                "the body must be JSON with `content-type: application/json`".into(),
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|r| {
            if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge {
                    limit: MAX_BODY_BYTES,
                }
            } else {
                ApiError::BadRequest {
                    message: "the request body could not be read".into(),
                    field: None,
                }
            }
        })?;
        // Request types are objects; serde would also read a struct from an array.
        if let Some(b'[' | b'"' | b'-' | b'0'..=b'9') =
            bytes.iter().find(|b| !b.is_ascii_whitespace())
        {
            return Err(ApiError::Unprocessable {
                message: "the body must be a JSON object".into(),
                field: None,
            });
        }
        parse_json(&bytes).map(ApiJson)
    }
}

/// Parses a JSON body as the API does (see the module documentation).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ApiError::BadRequest {
        message: format!(
            "the body is not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ),
        field: None,
    })?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let field = (path != ".").then_some(path);
        json_error(&inner, field)
    })?;
    de.end().map_err(|e| json_error(&e, None))?;
    Ok(value)
}

fn json_error(e: &serde_json::Error, field: Option<String>) -> ApiError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => ApiError::Unprocessable {
            message: match &field {
                Some(f) => format!("{f}: {e}"),
                None => e.to_string(),
            },
            field,
        },
        Category::Syntax | Category::Eof | Category::Io => {
            let message = if e.to_string().starts_with("recursion limit exceeded") {
                format!(
                    "the JSON is nested too deeply (at most 128 levels; line {} column {})",
                    e.line(),
                    e.column()
                )
            } else {
                format!("malformed JSON: {e}")
            };
            ApiError::BadRequest {
                message,
                field: None,
            }
        }
    }
}

/// Query parameters.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parse_query(parts.uri.query().unwrap_or_default()).map(ApiQuery)
    }
}

/// Parses a query string as the API does: any problem is a 400 naming the parameter.
pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if path == "." {
            ApiError::BadRequest {
                message: format!("invalid query string: {inner}"),
                field: None,
            }
        } else {
            ApiError::bad_request(path.clone(), format!("query parameter `{path}`: {inner}"))
        }
    })
}

/// A path parameter, percent-decoded.
#[derive(Debug, Clone)]
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(t)| ApiPath(t))
            .map_err(|r| ApiError::BadRequest {
                message: format!("invalid path: {}", r.body_text()),
                field: None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        text: String,
        rank: Option<usize>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Query {
        q: Option<String>,
        limit: Option<i64>,
    }

    fn err<T: std::fmt::Debug>(r: Result<T, ApiError>) -> ApiError {
        r.expect_err("should fail")
    }

    #[test]
    fn json_errors_are_classified() {
        let e = err(parse_json::<Body>(br#"{"text": 5}"#));
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e.body().error.field.as_deref(), Some("text"));
        let e = err(parse_json::<Body>(br#"{"text": "a", "x": 1}"#));
        assert!(e.to_string().contains("unknown field"), "{e}");
        let e = err(parse_json::<Body>(br#"{"text": "a""#));
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        let e = err(parse_json::<Body>(b"{\"text\": \"\xff\"}"));
        assert!(e.to_string().contains("UTF-8"), "{e}");
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let e = err(parse_json::<serde_json::Value>(deep.as_bytes()));
        assert!(e.to_string().contains("nested too deeply"), "{e}");
        let e = err(parse_json::<Body>(br#"{"text": "a"} trailing"#));
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        assert_eq!(
            parse_json::<Body>(br#"{"text": "a", "rank": 3}"#)
                .unwrap()
                .rank,
            Some(3)
        );
    }

    #[test]
    fn query_errors_name_the_parameter() {
        let e = err(parse_query::<Query>("q=x&limit=ten"));
        assert_eq!(e.body().error.field.as_deref(), Some("limit"));
        let e = err(parse_query::<Query>("query=x"));
        assert!(e.to_string().contains("unknown field"), "{e}");
        let q: Query = parse_query("q=data%20analyst&limit=-1").unwrap();
        assert_eq!(q.q.as_deref(), Some("data analyst"));
        assert_eq!(q.limit, Some(-1));
    }
}
