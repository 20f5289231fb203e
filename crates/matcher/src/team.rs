//! The employer's report: a team, a target role, each person's gap and pathway, the team's
//! aggregate gap, the credentials that close the most team gap per hour, and who is closest.
//!
//! Team file: CSV with a header. `person` (or `name`) is required; `skills` (comma- or
//! semicolon-separated names or ids, `python@advanced` for proficiency), `credentials`
//! (credential ids) and `resume` (free text) are optional. Rows with problems are reported
//! with their line and field; the other rows are used.

use crate::engine::Matcher;
use crate::error::{Error, Result};
use crate::gap::{r4, ProfileInput, TargetInput, TargetSummary, WeightConfig};
use crate::path::{Budget, PathOptions, Pathway};
use crate::rank::{CredentialSummary, Filters};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// At most this many people in one team.
pub const MAX_TEAM: usize = 200;

/// One person of a team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct TeamMember {
    pub person: String,
    #[serde(flatten)]
    pub profile: ProfileInput,
}

/// A row of a team file that could not be used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TeamProblem {
    pub line: u64,
    pub field: String,
    pub message: String,
}

/// Reads a team CSV (see the module docs).
pub fn read_team_csv(name: &str, data: &[u8]) -> Result<(Vec<TeamMember>, Vec<TeamProblem>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(data);
    let headers = rdr
        .headers()
        .map_err(|e| Error::TeamFile {
            path: name.into(),
            line: 1,
            field: "header".into(),
            message: e.to_string(),
        })?
        .clone();
    let col = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.to_lowercase().trim_start_matches('\u{feff}')))
    };
    let Some(person) = col(&["person", "name", "employee"]) else {
        return Err(Error::TeamFile {
            path: name.into(),
            line: 1,
            field: "person".into(),
            message: "no `person` column; expected a header like person,skills,credentials,resume"
                .into(),
        });
    };
    let skills = col(&["skills", "skill"]);
    let creds = col(&["credentials", "credential", "certificates"]);
    let resume = col(&["resume", "résumé", "cv", "text"]);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, rec) in rdr.byte_records().enumerate() {
        let line = i as u64 + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                problems.push(TeamProblem {
                    line: e.position().map_or(line, |p| p.line()),
                    field: "row".into(),
                    message: e.to_string(),
                });
                continue;
            }
        };
        let get = |c: Option<usize>, field: &str, problems: &mut Vec<TeamProblem>| {
            let raw = c.and_then(|c| rec.get(c)).unwrap_or_default();
            match std::str::from_utf8(raw) {
                Ok(s) => Some(s.trim().to_owned()),
                Err(_) => {
                    problems.push(TeamProblem {
                        line,
                        field: field.into(),
                        message: "not valid UTF-8".into(),
                    });
                    None
                }
            }
        };
        let Some(p) = get(Some(person), "person", &mut problems) else {
            continue;
        };
        if p.is_empty() {
            problems.push(TeamProblem {
                line,
                field: "person".into(),
                message: "empty; every row needs a person".into(),
            });
            continue;
        }
        let s = get(skills, "skills", &mut problems).unwrap_or_default();
        let c = get(creds, "credentials", &mut problems).unwrap_or_default();
        let r = get(resume, "resume", &mut problems).unwrap_or_default();
        out.push(TeamMember {
            person: p,
            profile: ProfileInput {
                skills: ProfileInput::split_list(&s),
                credentials: ProfileInput::split_list(&c),
                resume: (!r.is_empty()).then_some(r),
            },
        });
        if out.len() > MAX_TEAM {
            return Err(Error::TeamFile {
                path: name.into(),
                line,
                field: "person".into(),
                message: format!("more than {MAX_TEAM} people"),
            });
        }
    }
    Ok((out, problems))
}

/// One person's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PersonReport {
    pub person: String,
    pub coverage: f32,
    pub missing_weight: f32,
    /// Heaviest missing requirements.
    pub top_missing: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<String>,
    pub path: Pathway,
}

/// A requirement across the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TeamGapLine {
    pub skill_id: String,
    pub label: String,
    pub weight: f32,
    /// Mean coverage over the team.
    pub coverage: f32,
    /// People not fully covering it.
    pub people_missing: usize,
    /// Sum over people of the missing weight.
    pub missing: f32,
    /// Coverage per person, in team order (for a heat map).
    pub by_person: Vec<f32>,
}

/// A credential's value to the whole team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TeamCredential {
    #[serde(flatten)]
    pub credential: CredentialSummary,
    /// Sum over people of the weight it closes for them.
    pub team_closed: f32,
    /// `team_closed` per hour (when hours are stated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_hour: Option<f32>,
    pub people: Vec<String>,
}

/// The employer's team report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TeamReport {
    pub target: TargetSummary,
    pub people: Vec<PersonReport>,
    /// People from closest to the role to furthest.
    pub closest: Vec<String>,
    pub team_coverage: f32,
    pub aggregate: Vec<TeamGapLine>,
    pub credentials: Vec<TeamCredential>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<TeamProblem>,
}

impl Matcher {
    /// The team report.
    #[allow(clippy::too_many_arguments)]
    pub fn team(
        &self,
        target: &TargetInput,
        members: &[TeamMember],
        cfg: &WeightConfig,
        filters: &Filters,
        budget: &Budget,
        limit: usize,
        problems: Vec<TeamProblem>,
    ) -> Result<TeamReport> {
        filters.validate()?;
        if members.is_empty() {
            return Err(Error::invalid("team", "the team has nobody in it"));
        }
        if members.len() > MAX_TEAM {
            return Err(Error::invalid(
                "team",
                format!("{} people; at most {MAX_TEAM}", members.len()),
            ));
        }
        let req = self.requirements(target, cfg)?;
        let mut f = filters.clone();
        if budget.max_hours.is_some() {
            f.max_hours = budget.max_hours;
        }
        if budget.max_cost.is_some() {
            f.max_cost = budget.max_cost;
        }
        let mut people = Vec::new();
        let mut by_line: Vec<Vec<f32>> = vec![Vec::new(); req.lines.len()];
        let mut team_closed: HashMap<u32, (f32, Vec<String>)> = HashMap::new();
        for m in members {
            let held = self.resolve_profile(&m.profile)?;
            let gap = self.gap_for(&req, &held, cfg);
            let current: Vec<f32> = self
                .coverage(&req, &held)
                .into_iter()
                .map(|x| x.0)
                .collect();
            for (i, c) in current.iter().enumerate() {
                by_line[i].push(*c);
            }
            for (ci, o) in self.offers(&req, &current, &f) {
                let s: f32 = o
                    .iter()
                    .map(|&(i, v, _, _)| req.lines[i].weight * (v - current[i]).max(0.0))
                    .sum();
                if s > 0.0 {
                    let e = team_closed.entry(ci).or_insert((0.0, Vec::new()));
                    e.0 += s;
                    e.1.push(m.person.clone());
                }
            }
            let path = self.path_for(&req, &held, &f, budget, &PathOptions::default())?;
            people.push(PersonReport {
                person: m.person.clone(),
                coverage: gap.coverage,
                missing_weight: gap.missing_weight,
                top_missing: gap
                    .lines
                    .iter()
                    .filter(|l| l.missing > 0.0)
                    .take(5)
                    .map(|l| l.label.clone())
                    .collect(),
                unresolved: gap.profile.unresolved,
                path,
            });
        }
        let n = members.len() as f32;
        let mut aggregate: Vec<TeamGapLine> = req
            .lines
            .iter()
            .zip(by_line)
            .map(|(l, covs)| {
                let mean = covs.iter().sum::<f32>() / n;
                TeamGapLine {
                    skill_id: l.skill_id.clone(),
                    label: l.label.clone(),
                    weight: l.weight,
                    coverage: r4(mean),
                    people_missing: covs.iter().filter(|c| **c < 1.0).count(),
                    missing: r4(covs.iter().map(|c| l.weight * (1.0 - c)).sum()),
                    by_person: covs.into_iter().map(r4).collect(),
                }
            })
            .collect();
        aggregate.sort_by(|a, b| {
            b.missing
                .total_cmp(&a.missing)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        let mut credentials: Vec<TeamCredential> = team_closed
            .into_iter()
            .map(|(ci, (s, people))| {
                let c = &self.credentials[ci as usize];
                TeamCredential {
                    credential: c.into(),
                    team_closed: r4(s),
                    per_hour: c.hours.filter(|h| *h > 0.0).map(|h| r4(s / h)),
                    people,
                }
            })
            .collect();
        credentials.sort_by(|a, b| {
            b.per_hour
                .unwrap_or(0.0)
                .total_cmp(&a.per_hour.unwrap_or(0.0))
                .then_with(|| b.team_closed.total_cmp(&a.team_closed))
                .then_with(|| a.credential.id.cmp(&b.credential.id))
        });
        credentials.truncate(limit);
        let mut order: Vec<(f32, &str)> = people
            .iter()
            .map(|p| (p.coverage, p.person.as_str()))
            .collect();
        order.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        let total: f32 = req.lines.iter().map(|l| l.weight).sum();
        let covered: f32 = aggregate.iter().map(|l| l.weight * l.coverage).sum();
        let closest = order.iter().map(|x| x.1.to_owned()).collect();
        Ok(TeamReport {
            target: req.target,
            closest,
            team_coverage: if total > 0.0 {
                r4(covered / total)
            } else {
                0.0
            },
            people,
            aggregate,
            credentials,
            problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_csv_reads_rows_and_reports_bad_ones() {
        let data = b"Person,Skills,Credentials,Resume\nAna,\"excel, sql\",,\n,python,,\nBo,python@advanced;r,coursera:x,\"I built dashboards\"\n";
        let (m, p) = read_team_csv("team.csv", data).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].profile.skills, vec!["excel", "sql"]);
        assert_eq!(m[1].profile.credentials, vec!["coursera:x"]);
        assert_eq!(m[1].profile.resume.as_deref(), Some("I built dashboards"));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, 3);
        assert_eq!(p[0].field, "person");
        assert!(read_team_csv("t.csv", b"skills\npython\n").is_err());
    }
}
