//! Detail pages: one occupation (requirements, what its postings ask for, related and
//! crosswalked occupations, credentials for it) and one credential (facts, outcomes and the
//! skills they were resolved to, stacks, occupations).

use super::charts::{self, Bar};
use super::layout::{alert, shell, Nav};
use super::{
    credential_href, enc, hours, money, occupation_href, pct, pct1, user_message, Fields, Page,
};
use crate::state::AppState;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use maud::{html, Markup};
use skillgap_core::{Credential, SkillKind};
use skillgap_matcher::demand::{occupation_demand, OccupationDemandReport};
use skillgap_matcher::{
    occupation_detail, Filters, OccupationDetail, ProfileInput, Recommendation, TargetInput,
    WeightConfig,
};
use std::time::Instant;

fn missing_id(s: &AppState, t: Instant, what: &str) -> Page {
    let body = alert(&format!("Give the {what} to show as `?id=…`."));
    Page::new(t, shell(s, Nav::Other, "Not found", body)).status(StatusCode::BAD_REQUEST)
}

type OccupationView = (
    OccupationDetail,
    OccupationDemandReport,
    Option<Recommendation>,
);

pub(crate) async fn occupation(State(s): State<AppState>, RawQuery(q): RawQuery) -> Page {
    let t = Instant::now();
    let f = Fields::parse(q.unwrap_or_default().as_bytes());
    let Some(id) = f.get("id").map(str::to_owned) else {
        return missing_id(&s, t, "occupation");
    };
    let run = s
        .run_matcher(move |m| -> skillgap_matcher::Result<OccupationView> {
            let d = occupation_detail(m.catalog(), &id)?;
            let demand = occupation_demand(m.catalog(), &d.occupation.id, 15, 3)?;
            let target = TargetInput {
                occupation: Some(d.occupation.id.clone()),
                ..TargetInput::default()
            };
            let rec = m
                .recommend(
                    &target,
                    &ProfileInput::default(),
                    &WeightConfig::default(),
                    &Filters::default(),
                    5,
                )
                .ok();
            Ok((d, demand, rec))
        })
        .await;
    match run {
        Ok((d, demand, rec)) => {
            let title = d.occupation.title.clone();
            Page::new(
                t,
                shell(
                    &s,
                    Nav::Other,
                    &title,
                    occupation_view(&d, &demand, rec.as_ref()),
                ),
            )
        }
        Err(e) => {
            let status = e.status();
            Page::new(
                t,
                shell(&s, Nav::Other, "Occupation", alert(&user_message(&e))),
            )
            .status(status)
        }
    }
}

fn occupation_view(
    d: &OccupationDetail,
    dm: &OccupationDemandReport,
    rec: Option<&Recommendation>,
) -> Markup {
    let o = &d.occupation;
    let mut reqs = skillgap_matcher::detail::rated_requirements(o);
    let techs: Vec<_> = o
        .requirements
        .iter()
        .filter(|r| r.kind == SkillKind::Technology)
        .collect();
    reqs.truncate(15);
    // O*NET names some elements twice (Mathematics is a skill and a knowledge area): say which.
    let req_labels: Vec<String> = reqs
        .iter()
        .map(|r| {
            let twice = reqs
                .iter()
                .filter(|x| x.skill_label == r.skill_label)
                .count()
                > 1;
            if twice {
                format!("{} ({})", r.skill_label, r.kind.as_str())
            } else {
                r.skill_label.clone()
            }
        })
        .collect();
    let req_bars: Vec<Bar<'_>> = reqs
        .iter()
        .zip(&req_labels)
        .map(|(r, label)| Bar {
            label,
            total: r.importance.unwrap_or(0.0),
            filled: 0.0,
            value_text: match (r.raw_importance, r.raw_level) {
                (Some(i), Some(l)) => format!("IM {i:.1} · LV {l:.1}"),
                _ => {
                    if r.essential {
                        "essential".to_owned()
                    } else {
                        "optional".to_owned()
                    }
                }
            },
            hover: format!(
                "{}: importance {}",
                r.skill_label,
                r.importance.map_or("–".into(), pct)
            ),
            href: None,
        })
        .collect();
    // The same skill may be counted under an ESCO and an O*NET id ("Python (computer
    // programming)" and "Python"): show it once, with the larger share.
    let mut seen = std::collections::HashSet::new();
    let demand_bars: Vec<Bar<'_>> = dm
        .skills
        .iter()
        .filter(|l| seen.insert(label_key(&l.label)))
        .map(|l| Bar {
            label: &l.label,
            total: l.share,
            filled: 0.0,
            value_text: format!("{} ({})", l.postings, pct(l.share)),
            hover: format!(
                "{} of {} postings ask for {}; e.g. {}",
                l.postings,
                dm.postings,
                l.label,
                l.evidence.join(", ")
            ),
            href: None,
        })
        .collect();
    html! {
        h1 { (o.title) }
        p.muted { (o.taxonomy.as_str()) " " code { (o.code) }
            @if let Some(z) = o.job_zone { " · job zone " (z) }
            " · " a href={ "/learn?goal=" (enc(&format!("{} · {}", o.title, o.id))) } { "Plan a path to this role" } }
        p { (o.description) }
        @if !o.alt_titles.is_empty() {
            p.muted { "Also called: " (o.alt_titles.iter().take(12).cloned().collect::<Vec<_>>().join(", ")) }
        }
        @if !req_bars.is_empty() {
            section aria-labelledby="req-h" {
                h2 #req-h { "What the taxonomy requires" }
                (charts::bars("Requirements by importance", ("", "importance"), &req_bars))
            }
        }
        @if !techs.is_empty() {
            section aria-labelledby="tech-h" {
                h2 #tech-h { "Technologies" }
                p { @for (i, r) in techs.iter().take(40).enumerate() {
                    @if i > 0 { ", " }
                    span.chip.hot[r.hot] title=(if r.hot { "Hot technology" } else { "" }) { (r.skill_label) }
                } }
            }
        }
        section #demand aria-labelledby="dem-h" {
            h2 #dem-h { "What its job postings ask for" }
            @if dm.postings == 0 { p { "No posting of the index is placed in this occupation." } }
            @else {
                p { (dm.postings) " of " (dm.all_postings) " postings are placed here. By month: " (charts::sparkline(&dm.by_month)) }
                (charts::bars("Share of the occupation's postings asking for each skill", ("", "share"), &demand_bars))
            }
        }
        @if let Some(r) = rec {
            @if !r.credentials.is_empty() {
                section aria-labelledby="cr-h" {
                    h2 #cr-h { "Credentials for this role" }
                    ol { @for c in &r.credentials {
                        li { a href=(credential_href(&c.credential.id)) { (c.credential.title) } " · " (hours(c.credential.hours)) " · closes " (pct1(c.coverage_gain)) " of the role" }
                    } }
                }
            }
        }
        @if !d.related_titles.is_empty() {
            section aria-labelledby="rel-h" {
                h2 #rel-h { "Related occupations" }
                ul.cols { @for r in &d.related_titles {
                    li { a href=(occupation_href(&r.id)) { (if r.title.is_empty() { r.id.clone() } else { r.title.clone() }) } span.muted { " · " (r.tier) } }
                } }
            }
        }
        @if !o.crosswalk.is_empty() {
            section aria-labelledby="cw-h" {
                h2 #cw-h { "In other classifications" }
                ul.cols { @for l in o.crosswalk.iter().take(30) {
                    li { (l.scheme) " " a href=(occupation_href(&l.code)) { (if l.title.is_empty() { &l.code } else { &l.title }) } }
                } }
            }
        }
        @if !o.tasks.is_empty() {
            details { summary { "Tasks (" (o.tasks.len()) ")" } ul { @for task in &o.tasks { li { (task) } } } }
        }
    }
}

pub(crate) async fn credential(State(s): State<AppState>, RawQuery(q): RawQuery) -> Page {
    let t = Instant::now();
    let f = Fields::parse(q.unwrap_or_default().as_bytes());
    let Some(id) = f.get("id").map(str::to_owned) else {
        return missing_id(&s, t, "credential");
    };
    match s.run(move |c| c.credential(&id)).await {
        Ok(c) => {
            let title = c.title.clone();
            Page::new(t, shell(&s, Nav::Other, &title, credential_view(&c)))
        }
        Err(e) => {
            let status = e.status();
            Page::new(
                t,
                shell(&s, Nav::Other, "Credential", alert(&user_message(&e))),
            )
            .status(status)
        }
    }
}

fn credential_view(c: &Credential) -> Markup {
    html! {
        h1 { (c.title) }
        p.muted { @if let Some(p) = &c.provider { (p) " · " } (super::learn::enc_enum(&c.kind)) " · id " code { (c.id) } }
        dl.facts {
            dt { "Hours" } dd { (hours(c.hours)) @if let Some(r) = &c.hours_rule { span.muted { " (" (r) ")" } } }
            dt { "Cost" } dd { (money(c.cost, c.currency.as_deref())) }
            dt { "Mode" } dd { (opt_enum(&c.mode).unwrap_or_else(|| "not stated".into())) }
            dt { "Pace" } dd { (opt_enum(&c.pace).unwrap_or_else(|| "not stated".into())) }
            dt { "Credit" } dd { (match (c.credit_bearing, c.credits) {
                (Some(true), Some(n)) => format!("credit-bearing, {n} credits"),
                (Some(true), None) => "credit-bearing".into(),
                (Some(false), _) => "no credit".into(),
                (None, _) => "not stated".into(),
            }) }
            dt { "Assessment" } dd { (opt_enum(&c.assessment).unwrap_or_else(|| "not stated".into())) }
            @if let Some(l) = &c.language { dt { "Language" } dd { (l) } }
            @if let Some(u) = &c.url { dt { "Web page" } dd { a href=(u) rel="noopener noreferrer" { (u) } } }
            dt { "Source" } dd { (c.source) }
        }
        p { (c.description) }
        p { a href={ "/design?credential=" (enc(&c.id)) } { "Check its market relevance" } }
        section aria-labelledby="out-h" {
            h2 #out-h { "Outcomes" }
            div.scroll { table #outcomes {
                thead { tr { th scope="col" { "Outcome" } th scope="col" { "Skill" } th scope="col" { "Confidence" } th scope="col" { "Assessed" } } }
                tbody { @for o in &c.outcomes {
                    tr {
                        td { @if crate::web::design::is_reference(&o.text) { span.muted title=(o.text) { "(by skill id)" } } @else { (o.text) } }
                        td { (o.skill_label.as_deref().unwrap_or("not resolved")) }
                        td { (charts::meter(o.confidence, "confidence")) " " (pct(o.confidence)) " " span.muted { (super::learn::enc_enum(&o.method)) } }
                        td { (if o.assessed { "yes" } else { "no" }) }
                    }
                } }
            } }
        }
        @if !c.prerequisites.is_empty() || !c.stackable_into.is_empty() {
            section aria-labelledby="st-h" {
                h2 #st-h { "Stacking" }
                @if !c.prerequisites.is_empty() {
                    p { "Requires: " @for (i, p) in c.prerequisites.iter().enumerate() { @if i > 0 { ", " } a href=(credential_href(p)) { (p) } } }
                }
                @if !c.stackable_into.is_empty() {
                    p { "Stacks into: " @for (i, p) in c.stackable_into.iter().enumerate() { @if i > 0 { ", " } a href=(credential_href(p)) { (p) } } }
                }
            }
        }
        @if !c.occupations.is_empty() || !c.title_occupations.is_empty() {
            section aria-labelledby="oc-h" {
                h2 #oc-h { "Occupations" }
                ul {
                    @for o in &c.occupations { li { a href=(occupation_href(o)) { (o) } " (declared by the publisher)" } }
                    @for o in &c.title_occupations { li { a href=(occupation_href(&o.id)) { (o.title) } " (named by its title, " (pct(o.score)) ")" } }
                }
            }
        }
    }
}

fn opt_enum<T: serde::Serialize>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(super::learn::enc_enum)
}

/// A label without its parenthesised qualifier, lower-cased: what a reader takes as the name.
fn label_key(label: &str) -> String {
    let base = match label.find(" (") {
        Some(i) if label.ends_with(')') => &label[..i],
        _ => label,
    };
    base.trim().to_lowercase()
}
