//! The learner's page: a career goal, the skills one has (typed, suggested or read from a
//! pasted résumé), hours and cost budgets and filters; shows the weighted gap as a bar chart
//! with the evidence of every line, the recommended pathway, the coverage-vs-hours Pareto
//! chart, the credentials that close most of the gap, and the occupations nearest to the
//! person with their gap sizes.

use super::charts::{self, Bar, Point};
use super::layout::{alert, shell, Nav};
use super::{
    credential_href, enc, hours, looks_like_soc, money, occupation_href, pct, pct1, picked_id,
    user_message, Fields, Page,
};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use maud::{html, Markup};
use skillgap_core::{DeliveryMode, Pace};
use skillgap_matcher::nearby::NearbyReport;
use skillgap_matcher::path::Pathway;
use skillgap_matcher::{
    Budget, Filters, GapLine, GapReport, PathOptions, ProfileInput, Recommendation, TargetInput,
    WeightConfig,
};
use std::time::Instant;

/// Slider ends: at the top the budget is unlimited.
const HOURS_MAX: f32 = 400.0;
const COST_MAX: f32 = 5000.0;
/// Budgets of the first view.
const HOURS_DEFAULT: f32 = 120.0;
const COST_DEFAULT: f32 = 500.0;
/// Gap lines drawn in the chart (all are listed with evidence below it).
const CHART_LINES: usize = 15;

pub(crate) async fn get(State(s): State<AppState>, RawQuery(q): RawQuery) -> Page {
    let f = Fields::parse(q.unwrap_or_default().as_bytes());
    page(s, f).await
}

pub(crate) async fn post(State(s): State<AppState>, body: Bytes) -> Page {
    page(s, Fields::parse(&body)).await
}

/// What the form asks, checked.
struct Query {
    goal: String,
    have: String,
    resume: String,
    max_hours: f32,
    max_cost: f32,
    mode: Option<DeliveryMode>,
    pace: Option<Pace>,
    credit: bool,
}

impl Query {
    fn read(f: &Fields) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let mut num = |name: &str, what: &str, default: f32, max: f32| match f.number(name, what) {
            Ok(v) => v.unwrap_or(default).min(max),
            Err(e) => {
                problems.push(e);
                default
            }
        };
        let max_hours = num("max_hours", "Hours", HOURS_DEFAULT, HOURS_MAX);
        let max_cost = num("max_cost", "Cost", COST_DEFAULT, COST_MAX);
        let goal = f
            .get("goal")
            .or_else(|| f.get("occupation"))
            .unwrap_or_default()
            .to_owned();
        let mode = f
            .get("mode")
            .and_then(|m| parse_enum::<DeliveryMode>(m, "mode", &mut problems));
        let pace = f
            .get("pace")
            .and_then(|m| parse_enum::<Pace>(m, "pace", &mut problems));
        (
            Query {
                goal,
                have: f.get("have").unwrap_or_default().to_owned(),
                resume: f.get("resume").unwrap_or_default().to_owned(),
                max_hours,
                max_cost,
                mode,
                pace,
                credit: f.has("credit"),
            },
            problems,
        )
    }

    fn target(&self) -> Option<TargetInput> {
        let g = self.goal.trim();
        if g.is_empty() {
            return None;
        }
        let id = picked_id(g).or_else(|| looks_like_soc(g).then_some(g));
        Some(match id {
            Some(id) => TargetInput {
                occupation: Some(id.to_owned()),
                ..TargetInput::default()
            },
            None => TargetInput {
                goal: Some(g.to_owned()),
                ..TargetInput::default()
            },
        })
    }

    fn profile(&self) -> ProfileInput {
        ProfileInput {
            skills: ProfileInput::split_list(&self.have),
            credentials: Vec::new(),
            resume: (!self.resume.trim().is_empty()).then(|| self.resume.clone()),
        }
    }

    fn budget(&self) -> Budget {
        Budget {
            max_hours: (self.max_hours < HOURS_MAX).then_some(self.max_hours),
            max_cost: (self.max_cost < COST_MAX).then_some(self.max_cost),
        }
    }

    fn filters(&self) -> Filters {
        Filters {
            mode: self.mode,
            pace: self.pace,
            credit_bearing: self.credit.then_some(true),
            ..Filters::default()
        }
    }

    /// A link to the same question with `have` replaced (the résumé is not carried: its
    /// skills are, by name, in `have`).
    fn link(&self, goal: &str, have: &str) -> String {
        let mut q = format!(
            "/learn?goal={}&have={}&max_hours={}&max_cost={}",
            enc(goal),
            enc(have),
            self.max_hours,
            self.max_cost
        );
        if let Some(m) = self.mode {
            q.push_str(&format!("&mode={}", enc_enum(&m)));
        }
        if let Some(p) = self.pace {
            q.push_str(&format!("&pace={}", enc_enum(&p)));
        }
        if self.credit {
            q.push_str("&credit=on");
        }
        q
    }
}

fn parse_enum<T: serde::de::DeserializeOwned>(
    v: &str,
    field: &str,
    problems: &mut Vec<String>,
) -> Option<T> {
    if v == "any" {
        return None;
    }
    match serde_json::from_value(serde_json::Value::String(v.to_owned())) {
        Ok(x) => Some(x),
        Err(_) => {
            problems.push(format!("Unknown {field} “{v}”"));
            None
        }
    }
}

pub(crate) fn enc_enum<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// What was computed for the page.
enum Outcome {
    /// The first view: no question yet.
    Empty,
    /// A goal: the recommendation and the occupations nearest to the person.
    Goal(Box<Recommendation>, Option<NearbyReport>),
    /// Skills but no goal: the nearest occupations only.
    Nearby(NearbyReport),
}

async fn page(s: AppState, f: Fields) -> Page {
    let t = Instant::now();
    let (q, mut problems) = Query::read(&f);
    let target = q.target();
    let profile = q.profile();
    let has_profile = !profile.skills.is_empty() || profile.resume.is_some();
    let mut status = StatusCode::OK;
    let outcome = if !problems.is_empty() {
        status = StatusCode::UNPROCESSABLE_ENTITY;
        Outcome::Empty
    } else {
        let (budget, filters) = (q.budget(), q.filters());
        let target2 = target.clone();
        let run = s
            .run_matcher(move |m| -> skillgap_matcher::Result<Outcome> {
                let cfg = WeightConfig::default();
                match target2 {
                    Some(t) => {
                        let rec = m.recommend_path(
                            &t,
                            &profile,
                            &cfg,
                            &filters,
                            &budget,
                            &PathOptions::default(),
                            10,
                        )?;
                        let near = if has_profile {
                            m.nearby(Some(&profile), None, &cfg, 8).ok()
                        } else {
                            m.nearby(None, Some(&rec.gap.target.id), &cfg, 8).ok()
                        };
                        Ok(Outcome::Goal(Box::new(rec), near))
                    }
                    None if has_profile => {
                        Ok(Outcome::Nearby(m.nearby(Some(&profile), None, &cfg, 10)?))
                    }
                    None => Ok(Outcome::Empty),
                }
            })
            .await;
        match run {
            Ok(o) => o,
            Err(e) => {
                status = e.status();
                problems.push(user_message(&e));
                Outcome::Empty
            }
        }
    };
    let body = html! {
        h1 { "Plan your next step" }
        p.lead { "Say where you want to go and what you already know. We weigh what the role needs (taxonomy importance and what job postings ask for), take off what you have, and find credentials that close the rest within your budget." }
        (form(&q))
        @for p in &problems { (alert(p)) }
        @match &outcome {
            Outcome::Empty => {}
            Outcome::Goal(rec, near) => (results(&q, rec, near.as_ref())),
            Outcome::Nearby(n) => {
                section aria-labelledby="near-h" {
                    h2 #near-h { "Occupations closest to what you know" }
                    p { "Add a career goal above to see your gap and a pathway." }
                    (nearby_table(&q, n))
                }
            }
        }
    };
    Page::new(t, shell(&s, Nav::Learn, "Learner", body)).status(status)
}

fn form(q: &Query) -> Markup {
    let slider_text = |v: f32, max: f32, unit: &str| {
        if v >= max {
            "no limit".to_owned()
        } else if unit == "$" {
            format!("${v:.0}")
        } else {
            format!("{v:.0} {unit}")
        }
    };
    let opt = |cur: Option<String>, v: &str, label: &str| {
        html! { option value=(v) selected[cur.as_deref() == Some(v)] { (label) } }
    };
    let mode = q.mode.map(|m| enc_enum(&m));
    let pace = q.pace.map(|p| enc_enum(&p));
    html! {
        form.ask #learn-form method="post" action="/learn" {
            div.field {
                label for="goal" { "Career goal" }
                input #goal name="goal" type="text" value=(q.goal) autocomplete="off"
                    placeholder="e.g. data analyst" data-suggest="occupations"
                    aria-describedby="goal-help";
                small #goal-help { "A job title in your words, or pick a suggestion." }
            }
            div.field {
                label for="have" { "Skills you have" }
                input #have name="have" type="text" value=(q.have) autocomplete="off"
                    placeholder="e.g. excel, sql@advanced" data-suggest="skills" data-multi
                    aria-describedby="have-help";
                small #have-help { "Separate with commas; add @beginner, @intermediate or @advanced for a level." }
            }
            div.field {
                label for="resume" { "Or paste your résumé" }
                textarea #resume name="resume" rows="3" placeholder="We find the skills in it." { (q.resume) }
            }
            div.row {
                div.field {
                    label for="max_hours" { "Hours at most: " output #max_hours_out for="max_hours" { (slider_text(q.max_hours, HOURS_MAX, "h")) } }
                    input #max_hours name="max_hours" type="range" min="10" max=(HOURS_MAX) step="10"
                        value=(q.max_hours) data-unit="h" data-max-text="no limit";
                }
                div.field {
                    label for="max_cost" { "Cost at most: " output #max_cost_out for="max_cost" { (slider_text(q.max_cost, COST_MAX, "$")) } }
                    input #max_cost name="max_cost" type="range" min="0" max=(COST_MAX) step="50"
                        value=(q.max_cost) data-unit="$" data-max-text="no limit";
                }
            }
            div.row {
                div.field {
                    label for="mode" { "Mode" }
                    select #mode name="mode" {
                        (opt(mode.clone(), "any", "any"))
                        (opt(mode.clone(), "online", "online"))
                        (opt(mode.clone(), "in-person", "in person"))
                        (opt(mode, "hybrid", "hybrid"))
                    }
                }
                div.field {
                    label for="pace" { "Pace" }
                    select #pace name="pace" {
                        (opt(pace.clone(), "any", "any"))
                        (opt(pace.clone(), "self-paced", "self-paced"))
                        (opt(pace, "cohort", "cohort"))
                    }
                }
                div.field.check {
                    input #credit name="credit" type="checkbox" checked[q.credit];
                    label for="credit" { "Credit-bearing only" }
                }
            }
            button #learn-submit type="submit" { "Show my gap and pathway" }
        }
    }
}

fn results(q: &Query, rec: &Recommendation, near: Option<&NearbyReport>) -> Markup {
    let g = &rec.gap;
    let held: Vec<&str> = g.profile.skills.iter().map(|h| h.label.as_str()).collect();
    let have_all = held.join(", ");
    let goal_for_links = format!("{} · {}", g.target.title, g.target.id);
    let permalink = q.link(&goal_for_links, &have_all);
    html! {
        section #gap aria-labelledby="gap-h" {
            h2 #gap-h {
                "Your gap for " a href=(occupation_href(&g.target.id)) { (g.target.title) }
            }
            p.summary {
                "You cover " strong #coverage { (pct1(g.coverage)) } " of what "
                (g.target.title) " asks for (" (g.lines.len()) " weighted requirements"
                @if g.target.postings > 0 { ", " (g.target.postings) " job postings" }
                "). " a href=(permalink) { "Link to this result" }
            }
            @if !g.alternatives.is_empty() {
                p.alts {
                    "We read your goal as " strong { (g.target.title) } ". Did you mean: "
                    @for (i, a) in g.alternatives.iter().take(4).enumerate() {
                        @if i > 0 { ", " }
                        a href=(q.link(&format!("{} · {}", a.title, a.id), &have_all)) { (a.title) }
                    }
                    "?"
                }
            }
            @if !g.profile.skills.is_empty() {
                p { "Your skills as we read them: "
                    @for (i, h) in g.profile.skills.iter().enumerate() {
                        @if i > 0 { ", " }
                        span.chip title={ "from " (h.source) ": “" (h.input) "”" } { (h.label) }
                    }
                }
            }
            @if !g.profile.unresolved.is_empty() {
                p.warn { "Not recognised: " (g.profile.unresolved.join(", ")) }
            }
            (gap_chart(g))
            details.evidence {
                summary { "All " (g.lines.len()) " requirements with their evidence" }
                ol.lines {
                    @for (i, l) in g.lines.iter().enumerate() {
                        li #{ "line-" (i) } { (gap_line(q, l, &goal_for_links, &have_all)) }
                    }
                }
            }
        }
        @if let Some(p) = &rec.path {
            (pathway(p, q))
        }
        (ranked(rec))
        @if let Some(n) = near {
            section aria-labelledby="near-h" {
                h2 #near-h {
                    @if n.profile_skills > 0 { "Occupations closest to what you know" }
                    @else { "Occupations near " (g.target.title) }
                }
                (nearby_table(q, n))
            }
        }
    }
}

fn gap_chart(g: &GapReport) -> Markup {
    let mut idx: Vec<usize> = (0..g.lines.len()).collect();
    idx.sort_by(|&a, &b| {
        g.lines[b]
            .missing
            .total_cmp(&g.lines[a].missing)
            .then_with(|| g.lines[a].skill_id.cmp(&g.lines[b].skill_id))
    });
    let bars: Vec<Bar<'_>> = idx
        .iter()
        .take(CHART_LINES)
        .map(|&i| {
            let l = &g.lines[i];
            Bar {
                label: &l.label,
                total: l.weight,
                filled: l.weight * l.coverage,
                value_text: format!("{:.2} of {:.2}", l.missing, l.weight),
                hover: l.why.clone(),
                href: Some(format!("#line-{i}")),
            }
        })
        .collect();
    html! {
        figure.gapchart {
            (charts::bars(
                "Weighted requirements, most missing first",
                ("you have", "missing"),
                &bars,
            ))
            figcaption { "Bar length is the requirement's weight; the dark part is what you already cover. Hover a bar for its arithmetic, or open the list below for the evidence." }
        }
    }
}

fn gap_line(q: &Query, l: &GapLine, goal: &str, have: &str) -> Markup {
    let add = if have.is_empty() {
        l.label.clone()
    } else {
        format!("{have}, {}", l.label)
    };
    html! {
        details {
            summary {
                strong { (l.label) } " · weight " (format!("{:.2}", l.weight))
                " · covered " (pct(l.coverage))
                @if l.missing > 0.0 { " · missing " (format!("{:.2}", l.missing)) }
            }
            p.why { (l.why) }
            ul.ev {
                @if let Some(t) = &l.taxonomy {
                    li { "Taxonomy (" (t.source) "): term " (format!("{:.2}", t.term))
                        @if let Some(i) = t.raw_importance { ", importance " (format!("{i:.2}")) " of 5" }
                        @if let Some(v) = t.raw_level { ", level " (format!("{v:.2}")) " of 7" }
                        @if t.hot { ", hot technology" }
                        @if !t.via.is_empty() { ", via " (t.via.join(", ")) }
                        @if !t.inferred_from.is_empty() { ", inferred from " (t.inferred_from.join(", ")) }
                    }
                }
                @if let Some(d) = &l.demand {
                    li { "Postings: " (d.postings) " of " (d.of) " ask for it (" (pct1(d.share)) "), term " (format!("{:.2}", d.term)) }
                }
                @if let Some(c) = &l.credit {
                    li { "Credit " (format!("{:.2}", c.factor)) " from " (c.label) " (" (c.relation) ", " (c.source) ")" }
                }
            }
            @if l.coverage < 1.0 {
                a.small href=(q.link(goal, &add)) { "I have this skill" }
            }
        }
    }
}

fn pathway(p: &Pathway, q: &Query) -> Markup {
    let marker = p.budget.max_hours.map(|h| (h, "your budget"));
    let pts: Vec<Point> = p
        .pareto
        .iter()
        .map(|x| Point {
            x: x.budget_hours,
            y: x.coverage,
            hover: format!(
                "Within {:.0} h: coverage {} with {} credential(s), {:.0} h, ${:.0}",
                x.budget_hours,
                pct1(x.coverage),
                x.credentials.len(),
                x.hours,
                x.cost
            ),
        })
        .collect();
    html! {
        section #pathway aria-labelledby="path-h" {
            h2 #path-h { "Your pathway" }
            @if p.steps.is_empty() {
                p { "No credential within your budget and filters closes part of this gap. Try raising the hours or cost, or removing a filter." }
            } @else {
                p.summary {
                    (p.steps.len()) " credential(s), " strong { (format!("{:.0} h", p.total_hours)) }
                    ", " strong { (money(Some(p.total_cost), None)) }
                    @if p.unknown_hours > 0 { " (" (p.unknown_hours) " without stated hours)" }
                    @if p.unknown_cost > 0 { " (" (p.unknown_cost) " without stated cost, counted as 0)" }
                    ": coverage " (pct1(p.coverage_before)) " → " strong #coverage-after { (pct1(p.coverage_after)) } "."
                }
                ol.path {
                    @for st in &p.steps {
                        li {
                            div.step-head {
                                a href=(credential_href(&st.credential.id)) { (st.credential.title) }
                                @if let Some(pr) = &st.credential.provider { span.muted { " · " (pr) } }
                            }
                            div.step-figs {
                                span { (hours(st.credential.hours)) }
                                span { (money(st.credential.cost, st.credential.currency.as_deref())) }
                                span.gain { "+" (format!("{:.1}", st.coverage_gain * 100.0)) " points → " (pct1(st.coverage_after)) }
                            }
                            @if !st.after.is_empty() { div.muted { "after " (st.after.join(", ")) } }
                            @if !st.closes.is_empty() {
                                div.closes { "Closes: "
                                    @for (i, c) in st.closes.iter().enumerate() {
                                        @if i > 0 { ", " }
                                        span title={ (pct(c.from)) " → " (pct(c.to)) " (" (c.relation) ")" } { (c.label) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if !p.stacks.is_empty() {
                    p { "Stacks: "
                        @for s in &p.stacks {
                            (s.title) " (" (s.parts_on_path + s.parts_held) " of " (s.parts) " parts"
                            @if s.earned { ", earned" } ") "
                        }
                    }
                }
            }
            @if pts.len() > 1 {
                figure #pareto {
                    (charts::line("Coverage you can reach for each hours budget", "hours", "coverage", &pts, marker))
                    figcaption { "Each point is the best pathway within that many hours (same cost budget and filters). Move the hours slider to pick a point: currently " (if q.max_hours >= HOURS_MAX { "no limit".to_owned() } else { format!("{:.0} h", q.max_hours) }) "." }
                }
            }
            @if !p.remaining.is_empty() {
                details {
                    summary { "Still missing after the pathway (" (p.remaining.len()) ")" }
                    ul { @for r in p.remaining.iter().take(20) { li { (r.label) " · missing " (format!("{:.2}", r.missing)) } } }
                }
            }
        }
    }
}

fn ranked(rec: &Recommendation) -> Markup {
    if rec.credentials.is_empty() {
        return html! {};
    }
    html! {
        section aria-labelledby="rank-h" {
            h2 #rank-h { "Credentials that close the most of your gap" }
            div.scroll {
                table {
                    thead { tr { th scope="col" { "#" } th scope="col" { "Credential" } th scope="col" { "Hours" } th scope="col" { "Cost" } th scope="col" { "Gap closed" } th scope="col" { "Coverage gain" } } }
                    tbody {
                        @for r in &rec.credentials {
                            tr {
                                td { (r.rank) }
                                td { a href=(credential_href(&r.credential.id)) { (r.credential.title) }
                                    @if r.built_for > 0.0 { " " span.tag title="Made for this occupation" { "for this role" } } }
                                td { (hours(r.credential.hours)) }
                                td { (money(r.credential.cost, r.credential.currency.as_deref())) }
                                td { (format!("{:.2}", r.closed)) }
                                td { "+" (format!("{:.1}", r.coverage_gain * 100.0)) " points" }
                            }
                        }
                    }
                }
            }
            p.muted { (rec.considered) " credentials considered." }
        }
    }
}

fn nearby_table(q: &Query, n: &NearbyReport) -> Markup {
    if n.occupations.is_empty() {
        return html! { p { "No nearby occupation found." } };
    }
    html! {
        div.scroll {
            table #nearby {
                thead { tr { th scope="col" { "Occupation" } th scope="col" { "Fit" } th scope="col" { "You cover" } th scope="col" { "Gap size" } th scope="col" { "Postings" } th scope="col" { "Biggest missing" } } }
                tbody {
                    @for o in &n.occupations {
                        tr {
                            td { a href=(occupation_href(&o.id)) { (o.title) }
                                br; a.small href=(q.link(&format!("{} · {}", o.title, o.id), &q.have)) { "set as goal" } }
                            td { (charts::meter(o.fit, "fit")) " " (pct(o.fit)) }
                            td { (pct(o.coverage)) }
                            td { (format!("{:.1}", o.missing_weight)) " of " (format!("{:.1}", o.total_weight)) }
                            td { (o.postings) }
                            td { (o.top_missing.iter().take(3).cloned().collect::<Vec<_>>().join(", ")) }
                        }
                    }
                }
            }
        }
    }
}
