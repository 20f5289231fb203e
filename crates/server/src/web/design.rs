//! The curriculum designer's page: pick a credential of the index or paste draft outcomes;
//! shows demand per outcome (bars with posting counts and a monthly sparkline), the
//! occupations the credential serves, skills to consider adding, outcomes with weak demand and
//! competing credentials.

use super::charts;
use super::layout::{alert, shell, Nav};
use super::{
    credential_href, hours, money, occupation_href, pct, pct1, picked_id, user_message, Fields,
    Page,
};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use maud::{html, Markup};
use skillgap_matcher::RelevanceReport;
use std::time::Instant;

pub(crate) async fn get(State(s): State<AppState>, RawQuery(q): RawQuery) -> Page {
    page(s, Fields::parse(q.unwrap_or_default().as_bytes())).await
}

pub(crate) async fn post(State(s): State<AppState>, body: Bytes) -> Page {
    page(s, Fields::parse(&body)).await
}

/// Outcomes read from the text box: one per line (or separated by `;`).
fn outcome_lines(text: &str) -> Vec<String> {
    text.split(['\n', ';'])
        .map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

async fn page(s: AppState, f: Fields) -> Page {
    let t = Instant::now();
    let cred_input = f.get("credential").unwrap_or_default().to_owned();
    let outcomes_text = f.get("outcomes").unwrap_or_default().to_owned();
    let credential =
        (!cred_input.is_empty()).then(|| picked_id(&cred_input).unwrap_or(&cred_input).to_owned());
    let outcomes = outcome_lines(&outcomes_text);
    let mut status = StatusCode::OK;
    let mut problem = None;
    let report = if credential.is_none() && outcomes.is_empty() {
        None
    } else {
        // Draft outcomes take precedence over a picked credential when both are given.
        let cred = if outcomes.is_empty() {
            credential
        } else {
            None
        };
        match s
            .run_matcher(move |m| m.relevance(cred.as_deref(), &outcomes, 10))
            .await
        {
            Ok(r) => Some(r),
            Err(e) => {
                status = e.status();
                problem = Some(user_message(&e));
                None
            }
        }
    };
    let body = html! {
        h1 { "Is this credential relevant to the market?" }
        p.lead { "Pick a credential from the index, or paste the learning outcomes of a draft. We measure each outcome against the job postings and the occupations that ask for it." }
        form.ask #design-form method="post" action="/design" {
            div.field {
                label for="credential" { "A credential of the index" }
                input #credential name="credential" type="text" value=(cred_input) autocomplete="off"
                    placeholder="e.g. data analytics" data-suggest="credentials";
            }
            div.field {
                label for="outcomes" { "Or draft outcomes, one per line" }
                textarea #outcomes name="outcomes" rows="4" placeholder="SQL\nData visualisation\nStatistics" { (outcomes_text) }
            }
            button #design-submit type="submit" { "Check relevance" }
        }
        @if let Some(p) = &problem { (alert(p)) }
        @if let Some(r) = &report { (results(r)) }
    };
    Page::new(t, shell(&s, Nav::Design, "Curriculum designer", body)).status(status)
}

fn results(r: &RelevanceReport) -> Markup {
    let max_share = r
        .outcomes
        .iter()
        .map(|o| o.share)
        .fold(0.0f32, f32::max)
        .max(1e-6);
    html! {
        @if let Some(c) = &r.credential {
            section aria-labelledby="cred-h" {
                h2 #cred-h { a href=(credential_href(&c.id)) { (c.title) } }
                p { @if let Some(p) = &c.provider { (p) " · " } (hours(c.hours)) " · " (money(c.cost, c.currency.as_deref())) }
            }
        }
        section #outcomes-demand aria-labelledby="out-h" {
            h2 #out-h { "Demand per outcome" }
            p.muted { "Share of all " (r.all_postings) " postings that ask for the outcome's skill; the line shows postings by month." }
            div.scroll {
                table {
                    thead { tr { th scope="col" { "Outcome" } th scope="col" { "Skill" } th scope="col" { "Demand" } th scope="col" { "Trend" } th scope="col" { "Top occupations" } } }
                    tbody {
                        @for o in &r.outcomes {
                            tr.weak[o.weak] {
                                td {
                                    @if is_reference(&o.text) { span.muted title=(o.text) { "(by skill id)" } } @else { (o.text) }
                                    @if o.weak { " " span.tag.warn { "weak demand" } }
                                    @if o.label.is_some() && o.strength < 0.5 { " " span.tag.warn title="No skill label fits this outcome; the nearest skill was guessed" { "guessed skill" } }
                                }
                                td { (o.label.as_deref().unwrap_or("not recognised")) }
                                td.demand {
                                    (charts::meter(o.share / max_share, &format!("{} postings", o.postings)))
                                    " " (o.postings) " postings (" (pct1(o.share)) ")"
                                }
                                td { (charts::sparkline(&o.by_month)) }
                                td { @for (i, s) in o.in_occupations.iter().take(3).enumerate() {
                                        @if i > 0 { ", " }
                                        a href=(occupation_href(&s.id)) { (s.id) } " " (pct(s.share))
                                } }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="occ-h" {
            h2 #occ-h { "Occupations served" }
            @if r.occupations.is_empty() { p { "No occupation's requirements are covered." } }
            @else {
                div.scroll { table #served {
                    thead { tr { th scope="col" { "Occupation" } th scope="col" { "Requirements covered" } th scope="col" { "Postings" } } }
                    tbody { @for o in &r.occupations {
                        tr {
                            td { a href=(occupation_href(&o.id)) { (o.title) } }
                            td { (charts::meter(o.coverage, "coverage")) " " (pct(o.coverage)) " (" (o.requirements_covered) ")" }
                            td { (o.postings) }
                        }
                    } }
                } }
            }
        }
        section aria-labelledby="add-h" {
            h2 #add-h { "Skills to consider adding" }
            @if r.consider_adding.is_empty() { p { "None found." } }
            @else {
                div.scroll { table #consider {
                    thead { tr { th scope="col" { "Skill" } th scope="col" { "Postings" } th scope="col" { "Asked together with" } } }
                    tbody { @for sgg in &r.consider_adding {
                        tr {
                            td { (sgg.label) }
                            td { (sgg.postings) " (" (pct1(sgg.share)) ")" }
                            td { (sgg.with) ": " (sgg.together) " postings, P = " (format!("{:.2}", sgg.p)) }
                        }
                    } }
                } }
            }
        }
        @if !r.weak_outcomes.is_empty() {
            section aria-labelledby="weak-h" {
                h2 #weak-h { "Outcomes with weak demand" }
                ul { @for w in &r.weak_outcomes { li { (w) } } }
            }
        }
        section aria-labelledby="comp-h" {
            h2 #comp-h { "Competing credentials" }
            @if r.competitors.is_empty() { p { "None found." } }
            @else {
                div.scroll { table #competitors {
                    thead { tr { th scope="col" { "Credential" } th scope="col" { "Overlap" } th scope="col" { "Hours" } th scope="col" { "Cost" } } }
                    tbody { @for c in &r.competitors {
                        tr {
                            td { a href=(credential_href(&c.credential.id)) { (c.credential.title) } @if let Some(p) = &c.credential.provider { span.muted { " · " (p) } } }
                            td { (charts::meter(c.overlap, "overlap")) " " (pct(c.overlap)) " (" (c.shared_skills) " skills)" }
                            td { (hours(c.credential.hours)) }
                            td { (money(c.credential.cost, c.credential.currency.as_deref())) }
                        }
                    } }
                } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn outcome_lines_split_on_lines_and_bullets() {
        assert_eq!(
            super::outcome_lines("- SQL\n* statistics; Python\n\n"),
            vec!["SQL", "statistics", "Python"]
        );
    }
}

/// Outcomes given as a skill URI or id rather than in words.
pub(crate) fn is_reference(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("http://") || t.starts_with("https://") || (t.contains(':') && !t.contains(' '))
}
