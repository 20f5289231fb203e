//! The curriculum designer's report: is a credential (or a draft list of outcomes) relevant to
//! the labour market?
//!
//! For each outcome: its demand (share of all postings, share within the occupations the
//! credential serves best, monthly counts). Occupations served: O*NET occupations by the
//! weighted share of their requirements the outcomes cover. "Consider adding": skills that
//! co-occur with the outcomes in postings (P(skill | outcome) ≥ 0.2) but are not taught.
//! Weak outcomes: named by fewer than `max(3, 0.05% of postings)` postings. Competitors:
//! credentials teaching the most of the same skills (weighted Jaccard overlap).

use crate::engine::Matcher;
use crate::error::{Error, Result};
use crate::gap::{r4, Held, HeldSkill, WeightConfig, MAX_ITEMS};
use crate::rank::CredentialSummary;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// An outcome's text, its resolved skill (id, label) and its strength.
type OutcomeItem = (String, Option<(String, String)>, f32);

/// Demand for one outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OutcomeDemand {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Postings naming the skill, and their share of all postings.
    pub postings: u64,
    pub share: f32,
    /// Share within each of the top occupations served.
    pub in_occupations: Vec<OccupationShare>,
    /// Postings naming the skill by month.
    pub by_month: BTreeMap<String, u64>,
    /// Little or no demand.
    pub weak: bool,
    /// How sure the outcome's mapping to its skill is (1 for skill ids the provider gave; ingest's
    /// guesses for outcomes no label fits carry 0.3), times 0.85 when the outcome is unassessed.
    pub strength: f32,
}

/// A skill's share of one occupation's postings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationShare {
    pub id: String,
    pub postings: u64,
    pub of: u64,
    pub share: f32,
}

/// An occupation the credential serves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationServed {
    pub id: String,
    pub title: String,
    /// Weighted share of the occupation's requirements covered.
    pub coverage: f32,
    pub requirements_covered: usize,
    pub postings: u64,
}

/// A skill the credential could add.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SuggestedSkill {
    pub skill_id: String,
    pub label: String,
    /// Postings naming the skill.
    pub postings: u64,
    pub share: f32,
    /// The outcome it co-occurs with most, postings naming both, and P(skill | outcome).
    pub with: String,
    pub together: u64,
    pub p: f32,
}

/// A competing credential.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Competitor {
    #[serde(flatten)]
    pub credential: CredentialSummary,
    /// Weighted Jaccard overlap of taught skills (0..1).
    pub overlap: f32,
    pub shared_skills: usize,
}

/// The curriculum designer's market report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RelevanceReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credential: Option<CredentialSummary>,
    pub all_postings: u64,
    pub outcomes: Vec<OutcomeDemand>,
    pub occupations: Vec<OccupationServed>,
    pub consider_adding: Vec<SuggestedSkill>,
    /// Outcomes with little or no demand (their text).
    pub weak_outcomes: Vec<String>,
    pub competitors: Vec<Competitor>,
}

impl Matcher {
    /// The report for a credential of the index (`credential`) or draft outcomes (`outcomes`,
    /// skill ids or names).
    pub fn relevance(
        &self,
        credential: Option<&str>,
        outcomes: &[String],
        limit: usize,
    ) -> Result<RelevanceReport> {
        if limit == 0 || limit > 1_000 {
            return Err(Error::invalid("limit", "must be 1..=1000"));
        }
        if outcomes.len() > MAX_ITEMS {
            return Err(Error::invalid(
                "outcomes",
                format!("{} outcomes; at most {MAX_ITEMS}", outcomes.len()),
            ));
        }
        // (text, skill id, label, strength)
        let mut items: Vec<OutcomeItem> = Vec::new();
        let mut summary = None;
        let mut self_id = None;
        match (credential, outcomes.is_empty()) {
            (Some(id), true) => {
                let c = self.credential(id)?;
                summary = Some(CredentialSummary::from(c));
                self_id = Some(c.id.clone());
                for o in &c.outcomes {
                    let resolved = o.skill_id.clone().zip(o.skill_label.clone());
                    items.push((
                        o.text.clone(),
                        resolved,
                        crate::engine::outcome_strength(c, o),
                    ));
                }
            }
            (None, false) => {
                for o in outcomes {
                    let t = o.trim();
                    if t.is_empty() {
                        continue;
                    }
                    items.push((t.to_owned(), self.resolve_skill_name(t)?, 1.0));
                }
            }
            _ => {
                return Err(Error::invalid(
                    "credential",
                    "give either a credential id or a list of outcomes",
                ))
            }
        }
        if items.is_empty() {
            return Err(Error::invalid("outcomes", "no outcomes to assess"));
        }
        let demand = self.catalog.demand()?;
        let all = demand.postings;
        let weak_at = 3u64.max(all / 2000);
        // Taught concepts as a "profile".
        let mut held = Held::default();
        for (text, r, strength) in &items {
            if let Some((sid, label)) = r {
                if let Some(c) = self.concepts.of(sid) {
                    let idx = held.profile.skills.len();
                    let e = held.by_concept.entry(c).or_insert((0.0, None, idx));
                    if *strength > e.0 {
                        *e = (*strength, None, idx);
                    }
                    held.profile.skills.push(HeldSkill {
                        input: text.clone(),
                        skill_id: sid.clone(),
                        label: label.clone(),
                        level: None,
                        strength: *strength,
                        source: "outcome".into(),
                    });
                }
            }
        }
        // Occupations served (exact, narrower and broader credit; not co-occurrence).
        let cfg = WeightConfig::default();
        let mut served: Vec<OccupationServed> = Vec::new();
        if !held.by_concept.is_empty() {
            // Only what the outcomes teach counts here, not what co-occurs with it.
            let held_no_co = held.clone();
            let _ = held_no_co.cooccur.set(Default::default());
            // Concepts the outcomes reach (exact, narrower, broader): occupations with none of
            // them among their requirements are skipped without computing coverage.
            let mut reach = std::collections::HashSet::new();
            for &c in held.by_concept.keys() {
                reach.insert(c);
                reach.extend(self.concepts.narrower[c as usize].iter().copied());
                reach.extend(self.concepts.broader[c as usize].iter().copied());
            }
            for r in self.onet_requirements(&cfg)?.iter() {
                if !r.lines.iter().any(|l| reach.contains(&l.concept)) {
                    continue;
                }
                let cov = self.coverage(r, &held_no_co);
                let total: f32 = r.lines.iter().map(|l| l.weight).sum();
                let mut covered = 0.0;
                let mut n = 0;
                for (l, (c, credit)) in r.lines.iter().zip(&cov) {
                    if credit.as_ref().is_some_and(|x| x.relation != "cooccurs") && *c > 0.0 {
                        covered += l.weight * c;
                        n += 1;
                    }
                }
                if n > 0 && total > 0.0 {
                    served.push(OccupationServed {
                        id: r.target.id.clone(),
                        title: r.target.title.clone(),
                        coverage: r4(covered / total),
                        requirements_covered: n,
                        postings: r.target.postings,
                    });
                }
            }
        }
        served.sort_by(|a, b| {
            b.coverage
                .total_cmp(&a.coverage)
                .then_with(|| b.postings.cmp(&a.postings))
                .then_with(|| a.id.cmp(&b.id))
        });
        served.truncate(limit);
        let top_occ: Vec<&OccupationServed> = served.iter().take(3).collect();
        let mut out_lines = Vec::new();
        let mut weak = Vec::new();
        for (text, r, strength) in &items {
            let (postings, by_month, in_occ) = match r {
                Some((sid, _)) => {
                    let c = self.concepts.of(sid);
                    let members: Vec<String> = c
                        .map(|c| self.concepts.members[c as usize].clone())
                        .unwrap_or_else(|| vec![sid.clone()]);
                    // The member with the most postings speaks for the concept.
                    let best = members
                        .iter()
                        .max_by(|a, b| {
                            let na = demand.skills.get(*a).map_or(0, |d| d.postings);
                            let nb = demand.skills.get(*b).map_or(0, |d| d.postings);
                            na.cmp(&nb).then_with(|| b.cmp(a))
                        })
                        .cloned()
                        .unwrap_or_default();
                    let d = demand.skills.get(&best);
                    let in_occ = top_occ
                        .iter()
                        .filter_map(|o| {
                            let (n, of) = self.concept_demand(&o.id, c?)?;
                            Some(OccupationShare {
                                id: o.id.clone(),
                                postings: n,
                                of,
                                share: if of > 0 {
                                    r4(n as f32 / of as f32)
                                } else {
                                    0.0
                                },
                            })
                        })
                        .collect();
                    (
                        d.map_or(0, |d| d.postings),
                        d.map(|d| d.by_month.clone()).unwrap_or_default(),
                        in_occ,
                    )
                }
                None => (0, BTreeMap::new(), Vec::new()),
            };
            let is_weak = postings < weak_at;
            if is_weak {
                weak.push(text.clone());
            }
            out_lines.push(OutcomeDemand {
                text: text.clone(),
                skill_id: r.as_ref().map(|x| x.0.clone()),
                label: r.as_ref().map(|x| x.1.clone()),
                postings,
                share: if all > 0 {
                    r4(postings as f32 / all as f32)
                } else {
                    0.0
                },
                in_occupations: in_occ,
                by_month,
                weak: is_weak,
                strength: r4(*strength),
            });
        }
        // Consider adding.
        let mut sugg: HashMap<u32, (f32, u64, u32)> = HashMap::new();
        let mut taught: Vec<u32> = held.by_concept.keys().copied().collect();
        taught.sort_unstable();
        for &t in &taught {
            for (c, p, n) in self.cooccurring(t) {
                if p < 0.2 || held.by_concept.contains_key(&c) {
                    continue;
                }
                let e = sugg.entry(c).or_insert((0.0, 0, t));
                if p > e.0 {
                    *e = (p, n, t);
                }
            }
        }
        let ex = self.catalog.extractor()?;
        let mut consider: Vec<SuggestedSkill> = sugg
            .into_iter()
            .map(|(c, (p, n, t))| {
                let sid = self.concept_main_skill(c).to_owned();
                let postings = self.concept_postings(c);
                let with_idx = held.by_concept[&t].2;
                SuggestedSkill {
                    label: ex
                        .skill(&sid)
                        .map(|e| e.label.clone())
                        .unwrap_or_else(|| self.concepts.label[c as usize].clone()),
                    skill_id: sid,
                    postings,
                    share: if all > 0 {
                        r4(postings as f32 / all as f32)
                    } else {
                        0.0
                    },
                    with: held.profile.skills[with_idx].label.clone(),
                    together: n,
                    p: r4(p),
                }
            })
            .collect();
        consider.sort_by(|a, b| {
            (b.p * b.share.sqrt())
                .total_cmp(&(a.p * a.share.sqrt()))
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        consider.truncate(limit);
        // Competitors.
        let mine: HashMap<u32, f32> = held.by_concept.iter().map(|(c, v)| (*c, v.0)).collect();
        let my_total: f32 = mine.values().sum();
        let mut inter: HashMap<u32, (f32, usize)> = HashMap::new();
        for (&c, &s) in &mine {
            for t in self.by_concept.get(&c).into_iter().flatten() {
                let e = inter.entry(t.credential).or_insert((0.0, 0));
                e.0 += s.min(t.strength);
                e.1 += 1;
            }
        }
        let mut competitors: Vec<Competitor> = inter
            .into_iter()
            .filter(|(ci, _)| Some(&self.credentials[*ci as usize].id) != self_id.as_ref())
            .map(|(ci, (i, shared))| {
                let theirs: f32 = self
                    .credentials
                    .get(ci as usize)
                    .map(|c| {
                        let mut best: HashMap<u32, f32> = HashMap::new();
                        for o in &c.outcomes {
                            if let Some(cc) =
                                o.skill_id.as_deref().and_then(|s| self.concepts.of(s))
                            {
                                let v = crate::engine::outcome_strength(c, o);
                                let e = best.entry(cc).or_insert(0.0);
                                *e = e.max(v);
                            }
                        }
                        best.values().sum()
                    })
                    .unwrap_or(0.0);
                let union = my_total + theirs - i;
                Competitor {
                    credential: (&self.credentials[ci as usize]).into(),
                    overlap: if union > 0.0 { r4(i / union) } else { 0.0 },
                    shared_skills: shared,
                }
            })
            .collect();
        competitors.sort_by(|a, b| {
            b.overlap
                .total_cmp(&a.overlap)
                .then_with(|| a.credential.id.cmp(&b.credential.id))
        });
        competitors.truncate(limit.min(10));
        Ok(RelevanceReport {
            credential: summary,
            all_postings: all,
            outcomes: out_lines,
            occupations: served,
            consider_adding: consider,
            weak_outcomes: weak,
            competitors,
        })
    }
}
