//! Transferable skills: the occupations closest to a profile or to a current occupation.
//!
//! Every O*NET occupation's requirements are weighted as for a gap; a candidate's distance is
//! the weighted share of its requirements the profile does not cover. For a current
//! occupation, its own requirements are the profile (held at their required level), and
//! O*NET's related-occupation tier is shown beside each result.

use crate::engine::Matcher;
use crate::error::{Error, Result};
use crate::gap::{r4, Held, HeldSkill, ProfileInput, Requirements, TargetSummary, WeightConfig};
use serde::{Deserialize, Serialize};
use skillgap_core::Taxonomy;

/// A nearby occupation with its gap size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearbyOccupation {
    pub rank: usize,
    pub id: String,
    pub title: String,
    /// Weighted share of its requirements the profile covers.
    pub coverage: f32,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearbyReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<TargetSummary>,
    pub profile_skills: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<String>,
    pub occupations: Vec<NearbyOccupation>,
}

impl Matcher {
    /// Requirements of every O*NET occupation (cached for the default weights).
    pub(crate) fn onet_requirements(&self, cfg: &WeightConfig) -> Result<Vec<Requirements>> {
        let build = || -> Result<Vec<Requirements>> {
            let _span = tracing::info_span!("onet_requirements").entered();
            let mut occs = self.catalog.all_occupations()?;
            occs.retain(|o| o.taxonomy == Taxonomy::Onet && !o.requirements.is_empty());
            occs.sort_by(|a, b| a.id.cmp(&b.id));
            Ok(occs
                .iter()
                .map(|o| self.occupation_requirements(o, cfg))
                .collect())
        };
        if *cfg == WeightConfig::default() {
            if let Some(v) = self.onet_targets.get() {
                return Ok(v.clone());
            }
            let v = build()?;
            let _ = self.onet_targets.set(v.clone());
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
        let (held, from, related) =
            match (profile, current) {
                (Some(p), None) => (self.resolve_profile(p)?, None, Vec::new()),
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
                    (held, Some(req.target), occ.related.clone())
                }
                _ => return Err(Error::invalid(
                    "profile",
                    "give either a profile (skills, credentials, résumé) or a current occupation",
                )),
            };
        if held.by_concept.is_empty() {
            return Err(Error::invalid(
                "profile",
                "no known skills in the profile; name skills, credentials or paste a résumé",
            ));
        }
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
                NearbyOccupation {
                    rank: 0,
                    id: r.target.id.clone(),
                    title: r.target.title.clone(),
                    coverage: if total > 0.0 {
                        r4((total - miss) / total)
                    } else {
                        0.0
                    },
                    missing_weight: r4(miss),
                    total_weight: r4(total),
                    postings: r.target.postings,
                    related: related
                        .iter()
                        .find(|x| x.id == r.target.id)
                        .map(|x| x.tier.clone()),
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
            b.coverage
                .total_cmp(&a.coverage)
                .then_with(|| a.missing_weight.total_cmp(&b.missing_weight))
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
