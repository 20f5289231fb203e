//! The employer's page: a target role and a team CSV (uploaded, or pasted); shows a person ×
//! skill heat map, the team's aggregate gap, the credentials that close the most team gap per
//! hour, and each person's pathway; the plan exports as CSV and JSON.

use super::charts::{self, Bar};
use super::layout::{alert, shell, Nav};
use super::{
    credential_href, hours, looks_like_soc, money, occupation_href, pct, picked_id, user_message,
    Page,
};
use crate::matching::MAX_TEAM;
use crate::state::AppState;
use axum::extract::{Multipart, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use skillgap_matcher::{read_team_csv, Budget, Filters, TargetInput, TeamReport, WeightConfig};
use std::time::Instant;

/// The downloadable template: the columns `skillgap team` and this page read.
pub(crate) const TEMPLATE: &str = "person,skills,credentials,resume\n\
Ana,\"Microsoft Excel; SQL; data visualisation\",,\n\
Ben,\"Python; statistics\",,\"Five years of reporting in a retail bank, building dashboards in Tableau.\"\n\
Chloe,\"project management; communication\",,\n";

/// Skills in the heat map.
const HEAT_COLUMNS: usize = 12;
/// Largest team file accepted.
const MAX_CSV_BYTES: usize = 256 * 1024;

pub(crate) async fn template() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"team-template.csv\""),
            ),
        ],
        TEMPLATE,
    )
        .into_response()
}

#[derive(Default)]
struct Form {
    goal: String,
    csv: String,
    max_hours: String,
    max_cost: String,
}

pub(crate) async fn get(State(s): State<AppState>) -> Page {
    let t = Instant::now();
    let f = Form {
        max_hours: "80".into(),
        ..Form::default()
    };
    Page::new(t, shell(&s, Nav::Team, "Employer", view(&f, &[], None)))
}

pub(crate) async fn post(State(s): State<AppState>, mut mp: Multipart) -> Page {
    let t = Instant::now();
    let mut f = Form::default();
    let mut problems: Vec<String> = Vec::new();
    let mut file_csv = String::new();
    loop {
        match mp.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(b) if b.len() > MAX_CSV_BYTES => {
                        problems.push(format!("{name}: larger than {} KiB", MAX_CSV_BYTES / 1024));
                    }
                    Ok(b) => {
                        let text = String::from_utf8_lossy(&b).into_owned();
                        match name.as_str() {
                            "goal" => f.goal = text.trim().to_owned(),
                            "csv" => f.csv = text,
                            "file" => file_csv = text,
                            "max_hours" => f.max_hours = text.trim().to_owned(),
                            "max_cost" => f.max_cost = text.trim().to_owned(),
                            _ => {}
                        }
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
            Ok(None) => break,
            Err(e) => {
                problems.push(format!("The form could not be read: {e}"));
                break;
            }
        }
    }
    // An uploaded file wins over the text box; the page shows what was used.
    if !file_csv.trim().is_empty() {
        f.csv = file_csv;
    }
    let mut status = StatusCode::OK;
    let mut number = |v: &str, what: &str| -> Option<f32> {
        if v.is_empty() {
            return None;
        }
        match v.parse::<f32>() {
            Ok(x) if x.is_finite() && x >= 0.0 => Some(x),
            _ => {
                problems.push(format!("{what} must be a number of 0 or more; found “{v}”"));
                None
            }
        }
    };
    let budget = Budget {
        max_hours: number(&f.max_hours, "Hours per person"),
        max_cost: number(&f.max_cost, "Cost per person"),
    };
    if f.goal.is_empty() {
        problems.push("Give a target role.".into());
    }
    if f.csv.trim().is_empty() {
        problems.push("Upload a team CSV or paste its content (see the template).".into());
    }
    let mut report = None;
    if problems.is_empty() {
        let g = f.goal.clone();
        let id = picked_id(&g).or_else(|| looks_like_soc(&g).then_some(g.as_str()));
        let target = match id {
            Some(id) => TargetInput {
                occupation: Some(id.to_owned()),
                ..TargetInput::default()
            },
            None => TargetInput {
                goal: Some(g.clone()),
                ..TargetInput::default()
            },
        };
        let csv = f.csv.clone();
        let run = s
            .run_matcher(move |m| -> skillgap_matcher::Result<TeamReport> {
                let (members, problems) = read_team_csv("team CSV", csv.as_bytes())?;
                m.team(
                    &target,
                    &members,
                    &WeightConfig::default(),
                    &Filters::default(),
                    &budget,
                    10,
                    problems,
                )
            })
            .await;
        match run {
            Ok(r) => report = Some(r),
            Err(e) => {
                status = e.status();
                problems.push(user_message(&e));
            }
        }
    } else {
        status = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Page::new(
        t,
        shell(
            &s,
            Nav::Team,
            "Employer",
            view(&f, &problems, report.as_ref()),
        ),
    )
    .status(status)
}

fn view(f: &Form, problems: &[String], report: Option<&TeamReport>) -> Markup {
    html! {
        h1 { "Move your team into a role" }
        p.lead { "Pick the role your team must move into and give the team as a CSV (one row per person: skills, credentials held, or résumé text). You get each person's gap and pathway, and the credentials that help the most people." }
        form.ask #team-form method="post" action="/team" enctype="multipart/form-data" {
            div.field {
                label for="goal" { "Target role" }
                input #goal name="goal" type="text" value=(f.goal) autocomplete="off"
                    placeholder="e.g. business intelligence analyst" data-suggest="occupations";
            }
            div.field {
                label for="file" { "Team CSV file" }
                input #file name="file" type="file" accept=".csv,text/csv" aria-describedby="file-help";
                small #file-help { "Columns person, skills, credentials, resume (up to " (MAX_TEAM) " people). " a #template href="/team/template.csv" download { "Download the template" } }
            }
            div.field {
                label for="csv" { "Or paste the CSV" }
                textarea #csv name="csv" rows="4" { (f.csv) }
            }
            div.row {
                div.field {
                    label for="max_hours" { "Hours per person at most" }
                    input #max_hours name="max_hours" type="number" min="0" step="10" value=(f.max_hours);
                }
                div.field {
                    label for="max_cost" { "Cost per person at most ($)" }
                    input #max_cost name="max_cost" type="number" min="0" step="50" value=(f.max_cost);
                }
            }
            button #team-submit type="submit" { "Show the team's gap" }
        }
        @for p in problems { (alert(p)) }
        @if let Some(r) = report { (results(r)) }
    }
}

fn results(r: &TeamReport) -> Markup {
    let mut cols: Vec<usize> = (0..r.aggregate.len()).collect();
    cols.sort_by(|&a, &b| {
        r.aggregate[b]
            .missing
            .total_cmp(&r.aggregate[a].missing)
            .then_with(|| r.aggregate[a].skill_id.cmp(&r.aggregate[b].skill_id))
    });
    // The heat map shows where people differ: requirements somebody already covers come
    // first (up to half the columns), the largest team gaps fill the rest.
    let mut heat_cols: Vec<usize> = cols
        .iter()
        .copied()
        .filter(|&i| r.aggregate[i].by_person.iter().any(|&c| c > 0.0))
        .take(HEAT_COLUMNS / 2)
        .collect();
    for &i in &cols {
        if heat_cols.len() >= HEAT_COLUMNS {
            break;
        }
        if !heat_cols.contains(&i) {
            heat_cols.push(i);
        }
    }
    heat_cols.sort_by(|&a, &b| {
        r.aggregate[b]
            .weight
            .total_cmp(&r.aggregate[a].weight)
            .then_with(|| r.aggregate[a].skill_id.cmp(&r.aggregate[b].skill_id))
    });
    cols.truncate(HEAT_COLUMNS);
    let n = r.people.len().max(1) as f32;
    let bars: Vec<Bar<'_>> =
        cols.iter()
            .map(|&i| {
                let l = &r.aggregate[i];
                Bar {
                    label: &l.label,
                    total: l.weight * n,
                    filled: l.weight * n - l.missing,
                    value_text: format!("{} of {} missing", l.people_missing, r.people.len()),
                    hover: format!(
                    "{}: weight {:.2} per person; team covers {} on average; missing {:.2} in all",
                    l.label, l.weight, pct(l.coverage), l.missing
                ),
                    href: None,
                }
            })
            .collect();
    let json = serde_json::to_string_pretty(r).unwrap_or_default();
    html! {
        section #team-result aria-labelledby="tr-h" {
            h2 #tr-h { "Team gap for " a href=(occupation_href(&r.target.id)) { (r.target.title) } }
            p.summary { "The team covers " strong #team-coverage { (pct(r.team_coverage)) } " of the role on average. Closest first: " (r.closest.join(", ")) "." }
            @if !r.problems.is_empty() {
                div.alert role="alert" {
                    p { (r.problems.len()) " row(s) of the CSV were skipped:" }
                    ul { @for p in &r.problems { li { "line " (p.line) ", " (p.field) ": " (p.message) } } }
                }
            }
            p.export {
                "Export the plan: "
                a #export-csv download="team-plan.csv" href=(data_url("text/csv", &plan_csv(r))) { "CSV" }
                " · "
                a #export-json download="team-plan.json" href=(data_url("application/json", &json)) { "JSON" }
            }
            h3 { "Who is missing what" }
            div.scroll {
                table.heat #heatmap {
                    caption { "Coverage of each requirement by each person (green covered, red missing)" }
                    thead { tr { th scope="col" { "Person" }
                        @for &i in &heat_cols { th scope="col" { span.rot { (r.aggregate[i].label) } } } } }
                    tbody {
                        @for (p, person) in r.people.iter().enumerate() {
                            tr {
                                th scope="row" { (person.person) }
                                @for &i in &heat_cols {
                                    @let c = r.aggregate[i].by_person.get(p).copied().unwrap_or(0.0);
                                    td style=(charts::heat(c)) title={ (person.person) ", " (r.aggregate[i].label) ": " (pct(c)) } { (pct(c)) }
                                }
                            }
                        }
                    }
                }
            }
            h3 { "The team's aggregate gap" }
            (charts::bars("Team gap per requirement (weight × people)", ("covered", "missing"), &bars))
            h3 { "Credentials that close the most team gap per hour" }
            div.scroll {
                table #team-credentials {
                    thead { tr { th scope="col" { "Credential" } th scope="col" { "Team gap closed" } th scope="col" { "Per hour" } th scope="col" { "Hours" } th scope="col" { "For" } } }
                    tbody { @for c in &r.credentials {
                        tr {
                            td { a href=(credential_href(&c.credential.id)) { (c.credential.title) } }
                            td { (format!("{:.2}", c.team_closed)) }
                            td { (c.per_hour.map_or("–".to_owned(), |x| format!("{x:.3}"))) }
                            td { (hours(c.credential.hours)) }
                            td { (c.people.join(", ")) }
                        }
                    } }
                }
            }
            h3 { "Each person's pathway" }
            @for p in &r.people {
                details.person open[r.people.len() <= 3] {
                    summary { strong { (p.person) } " · covers " (pct(p.coverage)) " · pathway " (format!("{:.0} h", p.path.total_hours)) " → " (pct(p.path.coverage_after)) }
                    @if !p.unresolved.is_empty() { p.warn { "Not recognised: " (p.unresolved.join(", ")) } }
                    @if p.path.steps.is_empty() { p { "No credential within the budget closes part of this person's gap." } }
                    ol { @for st in &p.path.steps {
                        li { a href=(credential_href(&st.credential.id)) { (st.credential.title) } " · " (hours(st.credential.hours)) " · " (money(st.credential.cost, st.credential.currency.as_deref())) " · +" (format!("{:.1}", st.coverage_gain * 100.0)) " points" }
                    } }
                }
            }
        }
    }
}

/// The plan as CSV: one row per person and step.
fn plan_csv(r: &TeamReport) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "person",
        "coverage_now",
        "step",
        "credential_id",
        "title",
        "hours",
        "cost",
        "coverage_gain",
        "coverage_after",
        "closes",
    ]);
    for p in &r.people {
        for st in &p.path.steps {
            let closes: Vec<&str> = st.closes.iter().map(|c| c.label.as_str()).collect();
            let _ = w.write_record([
                p.person.clone(),
                format!("{:.4}", p.coverage),
                st.step.to_string(),
                st.credential.id.clone(),
                st.credential.title.clone(),
                st.credential
                    .hours
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
                st.credential
                    .cost
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                format!("{:.4}", st.coverage_gain),
                format!("{:.4}", st.coverage_after),
                closes.join("; "),
            ]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn data_url(kind: &str, body: &str) -> String {
    let mut s = format!("data:{kind};charset=utf-8,");
    for b in body.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~ ,:;".contains(&b) {
            s.push(if b == b' ' { ' ' } else { b as char });
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s.replace(' ', "%20")
}
