//! The page shell (head, navigation, footer with the data attributions and the index version),
//! the home page and the about page.

use super::Page;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};
use skillgap_core::attribution::{CROSSWALK_ATTRIBUTION, ESCO_ATTRIBUTION, ONET_ATTRIBUTION};
use std::time::Instant;

/// Which navigation entry is the current page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nav {
    Home,
    Learn,
    Design,
    Team,
    About,
    Other,
}

/// A whole page: `title` in the tab and as the first heading's context, `content` in `<main>`.
pub(crate) fn shell(s: &AppState, nav: Nav, title: &str, content: Markup) -> Markup {
    let catalog = s.catalog();
    let m = catalog.manifest();
    let item = |n: Nav, href: &str, label: &str| {
        html! {
            li { a href=(href) aria-current=[(n == nav).then_some("page")] { (label) } }
        }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · skillgap" }
                link rel="stylesheet" href="/assets/app.css";
                script src="/assets/app.js" defer {}
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.top {
                    a.brand href="/" { "skillgap" }
                    nav aria-label="Main" {
                        ul {
                            (item(Nav::Learn, "/learn", "Learner"))
                            (item(Nav::Design, "/design", "Curriculum designer"))
                            (item(Nav::Team, "/team", "Employer"))
                            (item(Nav::About, "/about", "About"))
                        }
                    }
                }
                main #main { (content) }
                footer.foot {
                    p {
                        "Index " code { (m.generation) }
                        " · built " (date(m.created_unix)) " by " (m.built_by)
                        " · " a href="/about" { "About and data sources" }
                        " · " a href="/v1/openapi.json" { "API (OpenAPI)" }
                    }
                    p.attr { (ONET_ATTRIBUTION) }
                    p.attr { (ESCO_ATTRIBUTION) }
                    p.attr { (CROSSWALK_ATTRIBUTION) }
                }
            }
        }
    }
}

/// `YYYY-MM-DD` of a Unix time (UTC).
fn date(unix: u64) -> String {
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = (unix / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A message box (`role="alert"` for errors).
pub(crate) fn alert(message: &str) -> Markup {
    html! { div.alert role="alert" { p { (message) } } }
}

pub(crate) async fn home(State(s): State<AppState>) -> Page {
    let t = Instant::now();
    let catalog = s.catalog();
    let c = &catalog.manifest().counts;
    let n = |k: &str| c.get(k).copied().unwrap_or(0);
    let body = html! {
        h1 { "Which microcredentials close your skills gap?" }
        p.lead {
            "skillgap compares what a role asks for, in occupational taxonomies and in real job "
            "postings, with what a person already knows, and finds the short courses, badges and "
            "certificates that close the gap, within a budget. Every figure links to its evidence."
        }
        div.cards {
            a.card href="/learn" {
                h2 { "I am a learner" }
                p { "Pick a career goal, say what you know, set your hours and budget: see your gap, a pathway and the jobs closest to you." }
            }
            a.card href="/design" {
                h2 { "I design curricula" }
                p { "Check a credential against the market: demand per outcome, occupations served, skills to add, competitors." }
            }
            a.card href="/team" {
                h2 { "I am an employer" }
                p { "Upload your team, pick a target role: see the team's gap as a heat map and a pathway for each person." }
            }
        }
        p.muted {
            "This index holds "
            (n("occupations.onet")) " O*NET and " (n("occupations.esco")) " ESCO occupations, "
            (n("skills.onet") + n("skills.esco")) " skills, "
            (n("postings")) " job postings and " (n("credentials")) " credentials."
        }
    };
    Page::new(t, shell(&s, Nav::Home, "skillgap", body))
}

pub(crate) async fn about(State(s): State<AppState>) -> Page {
    let t = Instant::now();
    let catalog = s.catalog();
    let m = catalog.manifest();
    let body = html! {
        h1 { "About skillgap and its data" }
        p { "skillgap is open source (MIT OR Apache-2.0). It reads occupational taxonomies, job postings and credential outcome maps into an index and computes gaps, rankings and pathways from it." }
        h2 { "Data sources" }
        ul {
            li { strong { "O*NET. " } (ONET_ATTRIBUTION) }
            li { strong { "ESCO. " } (ESCO_ATTRIBUTION) }
            li { strong { "Crosswalks. " } (CROSSWALK_ATTRIBUTION) }
        }
        h2 { "This index" }
        dl.facts {
            dt { "Generation" } dd { code { (m.generation) } }
            dt { "Built" } dd { (date(m.created_unix)) " by " (m.built_by) }
            dt { "Sources" } dd { (m.sources.join(", ")) }
            @for (k, v) in &m.counts {
                dt { (k) } dd { (v) }
            }
        }
    };
    Page::new(t, shell(&s, Nav::About, "About", body))
}

/// The 404 page for a path that is neither a page nor an API route, when a browser asks.
pub fn page_not_found(s: &AppState, req: &Request) -> Option<Response> {
    let wants_html = req
        .headers()
        .get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if !wants_html || req.uri().path().starts_with("/v1") {
        return None;
    }
    let t = Instant::now();
    let body = html! {
        h1 { "Page not found" }
        p { "There is no page at " code { (req.uri().path()) } ". Try the " a href="/" { "home page" } "." }
    };
    Some(
        Page::new(t, shell(s, Nav::Other, "Not found", body))
            .status(StatusCode::NOT_FOUND)
            .into_response(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::date(0), "1970-01-01");
        assert_eq!(super::date(1_700_000_000), "2023-11-14");
        assert_eq!(super::date(951_782_400), "2000-02-29");
    }
}
