//! Demand reports: which skills an occupation's postings ask for, and which occupations ask
//! for a skill, with counts, shares, monthly trend and the posting ids behind each figure.

use serde::{Deserialize, Serialize};
use skillgap_core::{Catalog, Result};
use std::collections::BTreeMap;

/// One skill's demand within an occupation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SkillLine {
    pub skill_id: String,
    pub label: String,
    /// Postings of the occupation asking for the skill.
    pub postings: u64,
    /// `postings` / the occupation's postings.
    pub share: f32,
    /// Share of all postings asking for the skill (any occupation).
    pub overall_share: f32,
    /// Posting ids behind `postings` (the first few, when evidence was asked for).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// What an occupation's postings ask for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationDemandReport {
    pub occupation_id: String,
    pub title: String,
    /// Postings placed in the occupation.
    pub postings: u64,
    /// Postings of the whole index.
    pub all_postings: u64,
    pub by_month: BTreeMap<String, u64>,
    pub skills: Vec<SkillLine>,
}

/// One occupation asking for a skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationLine {
    pub occupation_id: String,
    pub title: String,
    /// Postings of the occupation asking for the skill.
    pub postings: u64,
    /// Postings of the occupation.
    pub occupation_postings: u64,
    pub share: f32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// Which occupations ask for a skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SkillDemandReport {
    pub skill_id: String,
    pub label: String,
    pub postings: u64,
    pub share: f32,
    pub all_postings: u64,
    pub by_month: BTreeMap<String, u64>,
    pub occupations: Vec<OccupationLine>,
}

/// The `top` skills most asked for by `occupation`'s postings, with up to `evidence` posting
/// ids each. Ties are broken by skill id.
pub fn occupation_demand(
    catalog: &Catalog,
    occupation: &str,
    top: usize,
    evidence: usize,
) -> Result<OccupationDemandReport> {
    let occ = catalog.occupation(occupation)?;
    let stats = catalog.demand()?;
    let extractor = catalog.extractor()?;
    let Some(d) = stats.occupations.get(&occ.id) else {
        return Ok(OccupationDemandReport {
            occupation_id: occ.id,
            title: occ.title,
            postings: 0,
            all_postings: stats.postings,
            by_month: BTreeMap::new(),
            skills: Vec::new(),
        });
    };
    let mut skills: Vec<(&String, &u64)> = d.skills.iter().collect();
    skills.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut lines = Vec::new();
    for (id, n) in skills.into_iter().take(top) {
        let evidence = if evidence > 0 {
            catalog.postings_with(Some(&occ.id), Some(id), evidence)?.0
        } else {
            Vec::new()
        };
        lines.push(SkillLine {
            skill_id: id.clone(),
            label: extractor
                .skill(id)
                .map(|e| e.label.clone())
                .unwrap_or_default(),
            postings: *n,
            share: *n as f32 / d.postings.max(1) as f32,
            overall_share: stats.skill_share(id),
            evidence,
        });
    }
    Ok(OccupationDemandReport {
        occupation_id: occ.id,
        title: occ.title,
        postings: d.postings,
        all_postings: stats.postings,
        by_month: d.by_month.clone(),
        skills: lines,
    })
}

/// The `top` occupations whose postings ask for `skill` most often (by count, then share, then
/// id), with up to `evidence` posting ids each.
pub fn skill_demand(
    catalog: &Catalog,
    skill: &str,
    top: usize,
    evidence: usize,
) -> Result<SkillDemandReport> {
    let s = catalog.skill(skill)?;
    let stats = catalog.demand()?;
    let overall = stats.skills.get(&s.id);
    let mut occs: Vec<(&String, u64, u64)> = stats
        .occupations
        .iter()
        .filter_map(|(o, d)| d.skills.get(&s.id).map(|n| (o, *n, d.postings)))
        .collect();
    occs.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| (b.1 * a.2).cmp(&(a.1 * b.2)))
            .then_with(|| a.0.cmp(b.0))
    });
    let mut lines = Vec::new();
    for (o, n, total) in occs.into_iter().take(top) {
        let title = catalog.occupation(o).map(|x| x.title).unwrap_or_default();
        let evidence = if evidence > 0 {
            catalog.postings_with(Some(o), Some(&s.id), evidence)?.0
        } else {
            Vec::new()
        };
        lines.push(OccupationLine {
            occupation_id: o.clone(),
            title,
            postings: n,
            occupation_postings: total,
            share: n as f32 / total.max(1) as f32,
            evidence,
        });
    }
    Ok(SkillDemandReport {
        skill_id: s.id.clone(),
        label: s.label,
        postings: overall.map_or(0, |d| d.postings),
        share: stats.skill_share(&s.id),
        all_postings: stats.postings,
        by_month: overall.map(|d| d.by_month.clone()).unwrap_or_default(),
        occupations: lines,
    })
}
