//! The web pages, served at `/` by the same process as the API.
//!
//! Pages are rendered on the server with [maud](https://maud.lambda.xyz) templates; charts are
//! inline SVG ([`charts`]); `assets/app.js` adds suggestions as you type and live slider
//! labels, and nothing more: every form is a plain HTML form that works with JavaScript
//! disabled. Pages make no external request (no CDN, no fonts), so they work offline and on
//! an intranet.
//!
//! | page | path | for |
//! |---|---|---|
//! | home | `/` | choosing one of the three pages |
//! | learner | `/learn` (GET for links, POST for the form) | gap, pathway, Pareto chart, nearby occupations |
//! | curriculum designer | `/design` | demand per outcome, occupations served, skills to add, competitors |
//! | employer | `/team` (POST multipart with the team CSV), `/team/template.csv` | heat map, team gap, per-person pathways, export |
//! | details | `/occupation?id=…`, `/credential?id=…` | one occupation or credential |
//! | about | `/about` | data sources and their required attributions |
//!
//! Every page response carries `Server-Timing: app;dur=<ms>`, the time the server spent on it.

pub mod charts;
mod design;
mod detail;
mod layout;
mod learn;
mod team;

use crate::error::ApiError;
use crate::state::AppState;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::Markup;
use std::time::Instant;

pub use layout::page_not_found;

/// The routes of the web pages (merged into the application router, outside `/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(layout::home))
        .route("/about", get(layout::about))
        .route("/learn", get(learn::get).post(learn::post))
        .route("/design", get(design::get).post(design::post))
        .route("/team", get(team::get).post(team::post))
        .route("/team/template.csv", get(team::template))
        .route("/occupation", get(detail::occupation))
        .route("/credential", get(detail::credential))
        .route("/assets/app.css", get(css))
        .route("/assets/app.js", get(js))
}

const CSS: &str = include_str!("assets/app.css");
const JS: &str = include_str!("assets/app.js");

async fn css() -> Response {
    asset(CSS, "text/css; charset=utf-8")
}

async fn js() -> Response {
    asset(JS, "text/javascript; charset=utf-8")
}

fn asset(body: &'static str, kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
        ],
        body,
    )
        .into_response()
}

/// A rendered page with its status and the time spent on it.
pub(crate) struct Page {
    status: StatusCode,
    body: Markup,
    started: Instant,
}

impl Page {
    fn new(started: Instant, body: Markup) -> Self {
        Page {
            status: StatusCode::OK,
            body,
            started,
        }
    }

    fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }
}

impl IntoResponse for Page {
    fn into_response(self) -> Response {
        let ms = self.started.elapsed().as_secs_f64() * 1000.0;
        let mut res = (self.status, self.body.into_string()).into_response();
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        if let Ok(v) = HeaderValue::from_str(&format!("app;dur={ms:.2}")) {
            h.insert(header::HeaderName::from_static("server-timing"), v);
        }
        // The pages load nothing from elsewhere; say so to the browser.
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                 object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            ),
        );
        res
    }
}

/// Form fields from a query string or an `application/x-www-form-urlencoded` body, in order.
/// Parsing never fails: undecodable bytes become U+FFFD.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fields(Vec<(String, String)>);

impl Fields {
    pub(crate) fn parse(input: &[u8]) -> Self {
        Fields(form_urlencoded::parse(input).into_owned().collect())
    }

    /// The last non-empty value of `name`, trimmed.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// A number field: `Ok(None)` when empty, an error naming the field when not a
    /// non-negative number.
    pub(crate) fn number(&self, name: &str, what: &str) -> Result<Option<f32>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match v.parse::<f32>() {
                Ok(x) if x.is_finite() && x >= 0.0 => Ok(Some(x)),
                _ => Err(format!("{what} must be a number of 0 or more; found “{v}”")),
            },
        }
    }
}

/// A picked suggestion looks like `Title · ID`: the id after the last ` · `.
pub(crate) fn picked_id(value: &str) -> Option<&str> {
    value
        .rsplit_once(" · ")
        .map(|(_, id)| id.trim())
        .filter(|id| !id.is_empty())
}

/// Whether `s` looks like an O*NET-SOC code (`15-2051` or `15-2051.01`).
pub(crate) fn looks_like_soc(s: &str) -> bool {
    let b = s.as_bytes();
    let base = b.len() >= 7
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b'-'
        && b[3..7].iter().all(u8::is_ascii_digit);
    base && (b.len() == 7
        || (b.len() == 10 && b[7] == b'.' && b[8..].iter().all(u8::is_ascii_digit)))
}

/// Percent-encodes a query value.
pub(crate) fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Link to an occupation's page.
pub(crate) fn occupation_href(id: &str) -> String {
    format!("/occupation?id={}", enc(id))
}

/// Link to a credential's page.
pub(crate) fn credential_href(id: &str) -> String {
    format!("/credential?id={}", enc(id))
}

/// A message for the person, from an error of the library (internal details are logged, not
/// shown).
pub(crate) fn user_message(e: &ApiError) -> String {
    match e {
        ApiError::Internal(inner) => {
            tracing::error!(error = %inner, "page failed");
            "Something went wrong on our side; it has been logged. Please try again.".into()
        }
        other => other.to_string(),
    }
}

pub(crate) fn pct(x: f32) -> String {
    format!("{:.0}%", (x * 100.0).clamp(-1000.0, 1000.0))
}

pub(crate) fn pct1(x: f32) -> String {
    format!("{:.1}%", x * 100.0)
}

pub(crate) fn hours(h: Option<f32>) -> String {
    h.map_or_else(|| "hours not stated".into(), |h| format!("{h:.0} h"))
}

pub(crate) fn money(c: Option<f32>, currency: Option<&str>) -> String {
    match c {
        None => "cost not stated".into(),
        Some(0.0) => "free".into(),
        Some(c) => match currency {
            None | Some("USD") => format!("${c:.0}"),
            Some(cur) => format!("{c:.0} {cur}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_ids() {
        let f =
            Fields::parse(b"goal=Data+Scientists+%C2%B7+15-2051.00&have=&have=excel&max_hours=x");
        assert_eq!(f.get("goal"), Some("Data Scientists · 15-2051.00"));
        assert_eq!(picked_id(f.get("goal").unwrap()), Some("15-2051.00"));
        assert_eq!(f.get("have"), Some("excel"));
        assert!(f.number("max_hours", "Hours").is_err());
        assert_eq!(f.number("none", "x"), Ok(None));
        assert!(looks_like_soc("15-2051.01") && looks_like_soc("15-2051"));
        assert!(!looks_like_soc("15-2051.0") && !looks_like_soc("data"));
        assert_eq!(money(Some(0.0), None), "free");
        assert_eq!(money(Some(49.0), Some("EUR")), "49 EUR");
    }
}
