//! Transferable skills: the occupations closest to a profile or to a current occupation.
//!
//! Every O*NET occupation's requirements are weighted as for a gap. For each candidate:
//! `coverage`, the weighted share of its requirements the profile covers (its gap is the
//! rest), and `reuse`, the (weighted) share of the profile's skills the candidate asks for.
//! Candidates rank by `fit = coverage × reuse`, plus a small bonus for O*NET's own related
//! occupations (0.05 primary-short, 0.03 primary-long, 0.01 supplemental): a move that needs
//! little new and uses much of what one has. (Coverage alone favours occupations with few
//! requirements.) For a current occupation, its own requirements are the profile, held at
//! their required level and weighted by their weight there.

use crate::engine::Matcher;
use crate::error::{Error, Result};
use crate::gap::{r4, Held, HeldSkill, ProfileInput, Requirements, TargetSummary, WeightConfig};
use serde::{Deserialize, Serialize};
use skillgap_core::Taxonomy;
use std::collections::HashSet;

/// A nearby occupation with its gap size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NearbyOccupation {
    pub rank: usize,
    pub id: String,
    pub title: String,
    /// `coverage × reuse` (+ the related-occupation bonus): the ranking key.
    pub fit: f32,
    /// Weighted share of its requirements the profile covers.
    pub coverage: f32,
    /// Weighted share of the profile's skills it asks for.
    pub reuse: f32,
    /// Weight still missing (the gap size).
    pub missing_weight: f32,
    pub total_weight: f32,
    /// Postings placed in the occupation.
    pub postings: u64,
    /// O*NET related-occupation tier, when the starting occupation lists it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<String>,
    /// The heaviest missing requirements.
    pub top_missing: Vec<String>,
}

/// Occupations closest to a profile or occupation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NearbyReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<TargetSummary>,
    pub profile_skills: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<String>,
    pub occupations: Vec<NearbyOccupation>,
}

impl Matcher {
    /// Loads what the first `nearby` or `relevance` request would otherwise build (the
    /// requirements of every O*NET occupation, about a second on the full data). Servers call
    /// it once after loading; one-off CLI commands need not.
    pub fn prepare(&self) -> Result<()> {
        self.onet_requirements(&WeightConfig::default()).map(|_| ())
    }

    /// Requirements of every O*NET occupation (cached for the default weights).
    pub(crate) fn onet_requirements(
        &self,
        cfg: &WeightConfig,
    ) -> Result<std::sync::Arc<Vec<Requirements>>> {
        let build = || -> Result<std::sync::Arc<Vec<Requirements>>> {
            let _span = tracing::info_span!("onet_requirements").entered();
            let mut occs = self.catalog.occupations_in(Taxonomy::Onet)?;
            occs.retain(|o| !o.requirements.is_empty());
            occs.sort_by(|a, b| a.id.cmp(&b.id));
            // Kept for every occupation: only what coverage needs (no evidence texts).
            Ok(std::sync::Arc::new(
                occs.iter()
                    .map(|o| {
                        let mut r = self.occupation_requirements(o, cfg);
                        for l in &mut r.lines {
                            l.why = String::new();
                            l.taxonomy = None;
                            l.demand = None;
                            l.skill_id = String::new();
                        }
                        r.lines.shrink_to_fit();
                        r
                    })
                    .collect(),
            ))
        };
        if *cfg == WeightConfig::default() {
            if let Some(v) = self.onet_targets.get() {
                return Ok(std::sync::Arc::clone(v));
            }
            let v = build()?;
            let _ = self.onet_targets.set(std::sync::Arc::clone(&v));
            return Ok(v);
        }
        build()
    }

    /// Occupations closest to a profile (`profile`) or to a current occupation (`current`).
    pub fn nearby(
        &self,
        profile: Option<&ProfileInput>,
        current: Option<&str>,
        cfg: &WeightConfig,
        limit: usize,
    ) -> Result<NearbyReport> {
        cfg.validate()?;
        if limit == 0 || limit > 1_000 {
            return Err(Error::invalid("limit", "must be 1..=1000"));
        }
        let (held, from, related, held_weights) = match (profile, current) {
            (Some(p), None) => {
                let held = self.resolve_profile(p)?;
                let mut w: Vec<(u32, f32)> = held.by_concept.keys().map(|c| (*c, 1.0)).collect();
                w.sort_by_key(|x| x.0);
                (held, None, Vec::new(), w)
            }
            (None, Some(code)) => {
                let occ = self.catalog.occupation(code)?;
                let req = self.occupation_requirements(&occ, cfg);
                let mut held = Held::default();
                for l in &req.lines {
                    held.by_concept.insert(
                        l.concept,
                        (1.0, l.required_level, held.profile.skills.len()),
                    );
                    held.profile.skills.push(HeldSkill {
                        input: l.label.clone(),
                        skill_id: l.skill_id.clone(),
                        label: l.label.clone(),
                        level: l.required_level,
                        strength: 1.0,
                        source: format!("occupation:{}", occ.id),
                    });
                }
                let w = req.lines.iter().map(|l| (l.concept, l.weight)).collect();
                (held, Some(req.target), occ.related.clone(), w)
            }
            _ => {
                return Err(Error::invalid(
                    "profile",
                    "give either a profile (skills, credentials, résumé) or a current occupation",
                ))
            }
        };
        if held.by_concept.is_empty() {
            return Err(Error::invalid(
                "profile",
                "no known skills in the profile; name skills, credentials or paste a résumé",
            ));
        }
        let held_total: f32 = held_weights.iter().map(|x| x.1).sum();
        let all = self.onet_requirements(cfg)?;
        let mut scored: Vec<NearbyOccupation> = all
            .iter()
            .filter(|r| from.as_ref().is_none_or(|f| f.id != r.target.id))
            .map(|r| {
                let cov = self.coverage(r, &held);
                let total: f32 = r.lines.iter().map(|l| l.weight).sum();
                let mut missing: Vec<(f32, &str)> = r
                    .lines
                    .iter()
                    .zip(&cov)
                    .map(|(l, (c, _))| (l.weight * (1.0 - c), l.label.as_str()))
                    .collect();
                let miss: f32 = missing.iter().map(|m| m.0).sum();
                missing.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
                let theirs: HashSet<u32> = r.lines.iter().map(|l| l.concept).collect();
                let reused: f32 = held_weights
                    .iter()
                    .filter(|(c, _)| theirs.contains(c))
                    .map(|x| x.1)
                    .sum();
                let reuse = if held_total > 0.0 {
                    reused / held_total
                } else {
                    0.0
                };
                let coverage = if total > 0.0 {
                    (total - miss) / total
                } else {
                    0.0
                };
                let tier = related
                    .iter()
                    .find(|x| x.id == r.target.id)
                    .map(|x| x.tier.clone());
                let bonus = match tier.as_deref() {
                    Some(t) if t.starts_with("Primary-Short") => 0.05,
                    Some(t) if t.starts_with("Primary-Long") => 0.03,
                    Some(_) => 0.01,
                    None => 0.0,
                };
                NearbyOccupation {
                    rank: 0,
                    id: r.target.id.clone(),
                    title: r.target.title.clone(),
                    fit: r4(coverage * reuse + bonus),
                    coverage: r4(coverage),
                    reuse: r4(reuse),
                    missing_weight: r4(miss),
                    total_weight: r4(total),
                    postings: r.target.postings,
                    related: tier,
                    top_missing: missing
                        .iter()
                        .filter(|m| m.0 > 0.0)
                        .take(3)
                        .map(|m| m.1.to_owned())
                        .collect(),
                }
            })
            .collect();
        scored.sort_by(|a, b| {
            b.fit
                .total_cmp(&a.fit)
                .then_with(|| b.coverage.total_cmp(&a.coverage))
                .then_with(|| a.id.cmp(&b.id))
        });
        scored.truncate(limit);
        for (i, s) in scored.iter_mut().enumerate() {
            s.rank = i + 1;
        }
        Ok(NearbyReport {
            from,
            profile_skills: held.by_concept.len(),
            unresolved: held.profile.unresolved,
            occupations: scored,
        })
    }
}
