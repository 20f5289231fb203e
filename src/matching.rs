//! The matcher commands: gap, recommend, path, nearby, relevance, team.

use crate::table::TextTable;
use crate::{open_catalog, parse_taxonomy, print_json, Global};
use anyhow::{Context, Result};
use clap::Args;
use skillgap_core::{DeliveryMode, Pace, Taxonomy};
use skillgap_matcher::gap::GapReport;
use skillgap_matcher::path::Pathway;
use skillgap_matcher::{
    Budget, Filters, Matcher, PathOptions, ProfileInput, TargetInput, WeightConfig,
};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Args, Clone)]
pub struct TargetArgs {
    /// Target occupation: O*NET-SOC code (15-2051.00 or 15-2051), ESCO code or URI.
    #[arg(long, short = 'o', conflicts_with_all = ["goal", "ad"])]
    occupation: Option<String>,
    /// Target as a career goal in words ("data analyst", "I want to work as a nurse").
    #[arg(long, short = 'g', conflicts_with = "ad")]
    goal: Option<String>,
    /// Target as job-ad text files (repeatable): their skills become the requirements.
    #[arg(long, value_name = "FILE")]
    ad: Vec<PathBuf>,
    /// Taxonomy to place a goal in: onet (default) or esco.
    #[arg(long, value_parser = parse_taxonomy)]
    taxonomy: Option<Taxonomy>,
}

#[derive(Args, Clone, Default)]
pub struct ProfileArgs {
    /// Skills you have: names or ids, comma-separated, `@level` optional
    /// ("excel, sql, python@advanced"); repeatable.
    #[arg(long, value_name = "LIST")]
    have: Vec<String>,
    /// Credentials you hold (ids, repeatable or comma-separated).
    #[arg(long, value_name = "ID")]
    held: Vec<String>,
    /// A résumé or any text about you: the skills in it count as held.
    #[arg(long, value_name = "FILE")]
    resume: Option<PathBuf>,
}

#[derive(Args, Clone, Default)]
pub struct FilterArgs {
    /// Budget: most hours in total (a path) or per credential (a ranking).
    #[arg(long, env = "SKILLGAP_MAX_HOURS")]
    max_hours: Option<f32>,
    /// Budget: most cost in total (a path) or per credential (a ranking).
    #[arg(long, env = "SKILLGAP_MAX_COST")]
    max_cost: Option<f32>,
    /// Delivery mode: online, in-person, hybrid.
    #[arg(long, value_parser = parse_mode)]
    mode: Option<DeliveryMode>,
    /// Pace: self-paced or cohort.
    #[arg(long, value_parser = parse_pace)]
    pace: Option<Pace>,
    /// Only credit-bearing credentials.
    #[arg(long)]
    credit: bool,
    /// Language (code or name prefix: en, English).
    #[arg(long)]
    language: Option<String>,
    /// Provider (case-insensitive substring).
    #[arg(long)]
    provider: Option<String>,
}

#[derive(Args, Clone, Default)]
pub struct WeightArgs {
    /// λ: share of each requirement's weight taken from posting demand (0..1; default 0.4).
    #[arg(long)]
    demand_weight: Option<f32>,
    /// Count every O*NET technology example, not only hot or in-demand ones.
    #[arg(long)]
    all_technology: bool,
    /// Keep at most this many requirements (default 60).
    #[arg(long)]
    max_requirements: Option<usize>,
}

#[derive(Args)]
pub struct GapArgs {
    #[command(flatten)]
    target: TargetArgs,
    #[command(flatten)]
    profile: ProfileArgs,
    #[command(flatten)]
    weights: WeightArgs,
    /// Gap lines to show (all with --json).
    #[arg(long, short = 'n', default_value_t = 25)]
    limit: usize,
}

#[derive(Args)]
pub struct RecommendArgs {
    #[command(flatten)]
    target: TargetArgs,
    #[command(flatten)]
    profile: ProfileArgs,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    weights: WeightArgs,
    /// Credentials to rank.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Args)]
pub struct NearbyArgs {
    /// Your current occupation (code): the occupations nearest to it.
    #[arg(long, short = 'o')]
    occupation: Option<String>,
    #[command(flatten)]
    profile: ProfileArgs,
    #[command(flatten)]
    weights: WeightArgs,
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Args)]
pub struct RelevanceArgs {
    /// A credential id of the index.
    credential: Option<String>,
    /// Draft outcomes instead: skill names or ids, comma-separated (repeatable).
    #[arg(long, value_name = "LIST", conflicts_with = "credential")]
    outcomes: Vec<String>,
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Args)]
pub struct TeamArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Team CSV: person,skills,credentials,resume (skills and credentials comma-separated).
    #[arg(long)]
    team: PathBuf,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    weights: WeightArgs,
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

fn parse_mode(s: &str) -> Result<DeliveryMode, String> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase()))
        .map_err(|_| format!("unknown mode {s:?}: online, in-person or hybrid"))
}

fn parse_pace(s: &str) -> Result<Pace, String> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase()))
        .map_err(|_| format!("unknown pace {s:?}: self-paced or cohort"))
}

impl TargetArgs {
    fn input(&self) -> Result<TargetInput> {
        let mut postings = Vec::new();
        for f in &self.ad {
            postings.push(
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?,
            );
        }
        if self.occupation.is_none() && self.goal.is_none() && postings.is_empty() {
            anyhow::bail!("name a target: --occupation CODE, --goal \"words\" or --ad FILE");
        }
        Ok(TargetInput {
            occupation: self.occupation.clone(),
            goal: self.goal.clone(),
            taxonomy: self.taxonomy,
            postings,
        })
    }
}

impl ProfileArgs {
    fn input(&self) -> Result<ProfileInput> {
        let resume = match &self.resume {
            Some(f) => Some(
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?,
            ),
            None => None,
        };
        Ok(ProfileInput {
            skills: self
                .have
                .iter()
                .flat_map(|s| ProfileInput::split_list(s))
                .collect(),
            credentials: self
                .held
                .iter()
                .flat_map(|s| ProfileInput::split_list(s))
                .collect(),
            resume,
        })
    }

    fn is_empty(&self) -> bool {
        self.have.is_empty() && self.held.is_empty() && self.resume.is_none()
    }
}

impl FilterArgs {
    fn filters(&self) -> Filters {
        Filters {
            max_hours: None,
            max_cost: None,
            mode: self.mode,
            pace: self.pace,
            credit_bearing: self.credit.then_some(true),
            language: self.language.clone(),
            provider: self.provider.clone(),
            kinds: Vec::new(),
        }
    }

    fn budget(&self) -> Budget {
        Budget {
            max_hours: self.max_hours,
            max_cost: self.max_cost,
        }
    }
}

impl WeightArgs {
    fn config(&self) -> WeightConfig {
        let mut c = WeightConfig::default();
        if let Some(d) = self.demand_weight {
            c.demand_weight = d;
        }
        c.all_technology = self.all_technology;
        if let Some(m) = self.max_requirements {
            c.max_requirements = m;
        }
        c
    }
}

fn matcher(g: &Global) -> Result<Matcher> {
    let catalog = Arc::new(open_catalog(g)?);
    Ok(Matcher::new(catalog)?)
}

fn pct(x: f32) -> String {
    format!("{:.1}%", 100.0 * x)
}

fn print_gap(r: &GapReport, limit: usize) {
    println!(
        "Target: {} {} ({}; {} postings)",
        r.target.id, r.target.title, r.target.taxonomy, r.target.postings
    );
    if !r.alternatives.is_empty() {
        let alts: Vec<String> = r
            .alternatives
            .iter()
            .take(4)
            .map(|a| format!("{} {}", a.id, a.title))
            .collect();
        println!(
            "  (other readings of the goal: {}; use --occupation to pick)",
            alts.join("; ")
        );
    }
    if !r.profile.unresolved.is_empty() {
        println!("Not recognised: {}", r.profile.unresolved.join(", "));
    }
    println!(
        "Covered: {} of the weighted requirements ({:.2} of {:.2}); missing {:.2}",
        pct(r.coverage),
        r.covered_weight,
        r.total_weight,
        r.missing_weight
    );
    let mut t = TextTable::new([
        "skill", "weight", "covered", "missing", "evidence", "credit",
    ]);
    for l in r.lines.iter().take(limit) {
        let mut ev = Vec::new();
        if let Some(tx) = &l.taxonomy {
            ev.push(match (tx.raw_importance, tx.raw_level) {
                (Some(i), Some(lv)) => format!("{} IM {i:.1} LV {lv:.1}", tx.source),
                _ => format!("{}{}", tx.source, if tx.hot { " hot" } else { "" }),
            });
        }
        if let Some(d) = &l.demand {
            ev.push(format!("{}/{} postings", d.postings, d.of));
        }
        t.row([
            l.label.clone(),
            format!("{:.3}", l.weight),
            pct(l.coverage),
            format!("{:.3}", l.missing),
            ev.join("; "),
            l.credit
                .as_ref()
                .map(|c| format!("{} {} ({})", c.relation, c.label, c.source))
                .unwrap_or_default(),
        ]);
    }
    print!("{}", t.render());
    if r.lines.len() > limit {
        println!(
            "… {} more lines (-n, or --json for all)",
            r.lines.len() - limit
        );
    }
}

fn money(x: Option<f32>) -> String {
    x.map(|v| format!("{v:.0}")).unwrap_or_else(|| "?".into())
}

fn print_path(p: &Pathway) {
    let mut budget = Vec::new();
    if let Some(h) = p.budget.max_hours {
        budget.push(format!("{h} h"));
    }
    if let Some(c) = p.budget.max_cost {
        budget.push(format!("{c} cost"));
    }
    println!(
        "\nPathway ({}; {} solver over {} candidates{}):",
        if budget.is_empty() {
            "no budget".to_string()
        } else {
            format!("budget {}", budget.join(", "))
        },
        p.method,
        p.candidates,
        p.guarantee
            .map(|g| format!(", at least {:.0}% of optimal by proof", 100.0 * g))
            .unwrap_or_default()
    );
    if p.steps.is_empty() {
        println!("  no credential within the budget closes any of the gap");
    }
    let mut t = TextTable::new([
        "#",
        "credential",
        "provider",
        "hours",
        "cost",
        "gain",
        "coverage",
        "closes",
    ]);
    for s in &p.steps {
        t.row([
            s.step.to_string(),
            s.credential.title.clone(),
            s.credential.provider.clone().unwrap_or_default(),
            s.credential
                .hours
                .map(|h| format!("{h:.0}"))
                .unwrap_or_else(|| "?".into()),
            money(s.credential.cost),
            format!("+{}", pct(s.coverage_gain)),
            pct(s.coverage_after),
            s.closes
                .iter()
                .take(4)
                .map(|c| c.label.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    print!("{}", t.render());
    println!(
        "Total: {:.0} h, cost {:.0}{}; coverage {} -> {}",
        p.total_hours,
        p.total_cost,
        if p.unknown_cost > 0 {
            format!(" ({} without a stated cost)", p.unknown_cost)
        } else {
            String::new()
        },
        pct(p.coverage_before),
        pct(p.coverage_after)
    );
    for s in &p.stacks {
        println!(
            "Stack: {} ({} of {} parts on the path{}{})",
            s.title,
            s.parts_on_path,
            s.parts,
            if s.parts_held > 0 {
                format!(", {} held", s.parts_held)
            } else {
                String::new()
            },
            if s.earned { ": earned" } else { "" }
        );
    }
    if !p.remaining.is_empty() {
        let rem: Vec<String> = p
            .remaining
            .iter()
            .take(6)
            .map(|r| format!("{} ({:.2})", r.label, r.missing))
            .collect();
        println!("Still missing: {}", rem.join(", "));
    }
    if p.pareto.len() > 1 {
        let pts: Vec<String> = p
            .pareto
            .iter()
            .map(|x| format!("{:.0} h -> {}", x.hours, pct(x.coverage)))
            .collect();
        println!("More hours buy: {}", pts.join(" | "));
    }
}

pub fn gap(g: &Global, a: GapArgs) -> Result<ExitCode> {
    let m = matcher(g)?;
    let r = m.gap(&a.target.input()?, &a.profile.input()?, &a.weights.config())?;
    if g.json {
        print_json(&r)?;
    } else {
        print_gap(&r, a.limit);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn recommend(g: &Global, a: RecommendArgs, path_only: bool) -> Result<ExitCode> {
    let m = matcher(g)?;
    let r = m.recommend_path(
        &a.target.input()?,
        &a.profile.input()?,
        &a.weights.config(),
        &a.filters.filters(),
        &a.filters.budget(),
        &PathOptions::default(),
        a.limit,
    )?;
    if g.json {
        if path_only {
            print_json(&r.path)?;
        } else {
            print_json(&r)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if !path_only {
        print_gap(&r.gap, 10);
        println!(
            "\nCredentials that close the most of this gap ({} considered):",
            r.considered
        );
        let mut t = TextTable::new(["#", "credential", "id", "hours", "cost", "closes", "gain"]);
        for c in &r.credentials {
            t.row([
                c.rank.to_string(),
                c.credential.title.clone(),
                c.credential.id.clone(),
                c.credential
                    .hours
                    .map(|h| format!("{h:.0}"))
                    .unwrap_or_else(|| "?".into()),
                money(c.credential.cost),
                c.closes
                    .iter()
                    .take(4)
                    .map(|x| x.label.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                format!("+{}", pct(c.coverage_gain)),
            ]);
        }
        print!("{}", t.render());
    } else {
        println!(
            "Target: {} {}; covered now {}",
            r.gap.target.id,
            r.gap.target.title,
            pct(r.gap.coverage)
        );
    }
    if let Some(p) = &r.path {
        print_path(p);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn nearby(g: &Global, a: NearbyArgs) -> Result<ExitCode> {
    let m = matcher(g)?;
    let profile = (!a.profile.is_empty())
        .then(|| a.profile.input())
        .transpose()?;
    if profile.is_none() && a.occupation.is_none() {
        anyhow::bail!("give --occupation CODE or a profile (--have, --held, --resume)");
    }
    let r = m.nearby(
        profile.as_ref(),
        if profile.is_some() {
            None
        } else {
            a.occupation.as_deref()
        },
        &a.weights.config(),
        a.limit,
    )?;
    if g.json {
        print_json(&r)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(f) = &r.from {
        println!("Occupations nearest to {} {}:", f.id, f.title);
    } else {
        println!("Occupations nearest to your {} skills:", r.profile_skills);
    }
    let mut t = TextTable::new([
        "#",
        "occupation",
        "code",
        "covered",
        "gap",
        "postings",
        "related",
        "top missing",
    ]);
    for o in &r.occupations {
        t.row([
            o.rank.to_string(),
            o.title.clone(),
            o.id.clone(),
            format!("{:.3}", o.fit),
            pct(o.coverage),
            pct(o.reuse),
            format!("{:.2}", o.missing_weight),
            o.postings.to_string(),
            o.related.clone().unwrap_or_default(),
            o.top_missing.join(", "),
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

pub fn relevance(g: &Global, a: RelevanceArgs) -> Result<ExitCode> {
    let m = matcher(g)?;
    let outcomes: Vec<String> = a
        .outcomes
        .iter()
        .flat_map(|s| ProfileInput::split_list(s))
        .collect();
    if a.credential.is_none() && outcomes.is_empty() {
        anyhow::bail!("give a credential id or --outcomes \"skill, skill, …\"");
    }
    let r = m.relevance(a.credential.as_deref(), &outcomes, a.limit)?;
    if g.json {
        print_json(&r)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(c) = &r.credential {
        println!("{} ({})", c.title, c.id);
    }
    println!(
        "Outcomes and their demand ({} postings in the index):",
        r.all_postings
    );
    let mut t = TextTable::new([
        "outcome",
        "skill",
        "postings",
        "share",
        "in top occupations",
        "trend",
    ]);
    for o in &r.outcomes {
        let trend: Vec<String> = o.by_month.values().map(|n| n.to_string()).collect();
        t.row([
            o.text.clone(),
            o.label.clone().unwrap_or_else(|| "(unresolved)".into()),
            o.postings.to_string(),
            pct(o.share),
            o.in_occupations
                .iter()
                .map(|x| format!("{} {}", x.id, pct(x.share)))
                .collect::<Vec<_>>()
                .join(", "),
            trend.join(" "),
        ]);
    }
    print!("{}", t.render());
    println!("\nOccupations it serves:");
    let mut t = TextTable::new(["occupation", "code", "covers", "requirements", "postings"]);
    for o in &r.occupations {
        t.row([
            o.title.clone(),
            o.id.clone(),
            pct(o.coverage),
            o.requirements_covered.to_string(),
            o.postings.to_string(),
        ]);
    }
    print!("{}", t.render());
    println!("\nConsider adding (asked for together with its outcomes):");
    let mut t = TextTable::new(["skill", "postings", "share", "with", "together", "P"]);
    for s in &r.consider_adding {
        t.row([
            s.label.clone(),
            s.postings.to_string(),
            pct(s.share),
            s.with.clone(),
            s.together.to_string(),
            format!("{:.2}", s.p),
        ]);
    }
    print!("{}", t.render());
    if !r.weak_outcomes.is_empty() {
        println!("\nLittle or no demand: {}", r.weak_outcomes.join(", "));
    }
    println!("\nClosest competing credentials:");
    let mut t = TextTable::new(["credential", "id", "overlap", "shared skills"]);
    for c in &r.competitors {
        t.row([
            c.credential.title.clone(),
            c.credential.id.clone(),
            pct(c.overlap),
            c.shared_skills.to_string(),
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

pub fn team(g: &Global, a: TeamArgs) -> Result<ExitCode> {
    let m = matcher(g)?;
    let data = std::fs::read(&a.team).with_context(|| format!("reading {}", a.team.display()))?;
    let (members, problems) =
        skillgap_matcher::read_team_csv(&a.team.display().to_string(), &data)?;
    for p in &problems {
        eprintln!(
            "{}:{} [{}]: {}",
            a.team.display(),
            p.line,
            p.field,
            p.message
        );
    }
    let partial = !problems.is_empty();
    let r = m.team(
        &a.target.input()?,
        &members,
        &a.weights.config(),
        &a.filters.filters(),
        &a.filters.budget(),
        a.limit,
        problems,
    )?;
    if g.json {
        print_json(&r)?;
    } else {
        println!(
            "Team of {} for {} {}: team coverage {}",
            r.people.len(),
            r.target.id,
            r.target.title,
            pct(r.team_coverage)
        );
        let mut t = TextTable::new([
            "person",
            "covered",
            "missing",
            "path",
            "hours",
            "after path",
            "top missing",
        ]);
        for p in &r.people {
            t.row([
                p.person.clone(),
                pct(p.coverage),
                format!("{:.2}", p.missing_weight),
                p.path
                    .steps
                    .iter()
                    .map(|s| s.credential.id.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                format!("{:.0}", p.path.total_hours),
                pct(p.path.coverage_after),
                p.top_missing.join(", "),
            ]);
        }
        print!("{}", t.render());
        println!("Closest to the role: {}", r.closest.join(", "));
        println!("\nTeam gap (heaviest first):");
        let mut t = TextTable::new(["skill", "weight", "mean covered", "people missing"]);
        for l in r.aggregate.iter().take(15) {
            t.row([
                l.label.clone(),
                format!("{:.3}", l.weight),
                pct(l.coverage),
                l.people_missing.to_string(),
            ]);
        }
        print!("{}", t.render());
        println!("\nCredentials closing the most team gap per hour:");
        let mut t = TextTable::new([
            "credential",
            "id",
            "hours",
            "team gap closed",
            "per hour",
            "people",
        ]);
        for c in &r.credentials {
            t.row([
                c.credential.title.clone(),
                c.credential.id.clone(),
                c.credential
                    .hours
                    .map(|h| format!("{h:.0}"))
                    .unwrap_or_else(|| "?".into()),
                format!("{:.2}", c.team_closed),
                c.per_hour
                    .map(|x| format!("{x:.4}"))
                    .unwrap_or_else(|| "?".into()),
                c.people.len().to_string(),
            ]);
        }
        print!("{}", t.render());
    }
    Ok(if partial {
        ExitCode::from(crate::EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}
