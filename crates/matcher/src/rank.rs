//! Credentials ranked by the weighted gap they close.
//!
//! A credential's outcome on gap line `i` covers it to `strength × relation × level factor`
//! (strength: mapping confidence × [`UNASSESSED`](crate::engine::UNASSESSED) when not assessed;
//! relation: 1 for the same skill, [`NARROWER_CREDIT`] for a narrower one, [`BROADER_CREDIT`] for
//! a broader one; level factor `0.6 + 0.4 × min(1, taught level / required level)` when both
//! are known). It closes `weight_i × max(0, that − current coverage_i)`; only what is still
//! missing counts.
//!
//! The ranking score is `closed × √focus × (1 + 2 built_for)`. Focus is the share of the
//! credential's outcome strength that lands on the target's gap lines: a degree listing 128
//! generic skills that happens to touch 19 of the lines ranks below a programme that closes as
//! much with fewer. `built_for` (0..1) says the credential was made for the target occupation:
//! 1 when its publisher declares the occupation, else the score with which its title names it
//! ("IBM Data Science" → Data Scientists 0.81), 0 otherwise. Ties are broken by credential id. (Pathways optimise `closed` itself under
//! the budget, where size is already paid for in hours.)

use crate::engine::{Matcher, BROADER_CREDIT, NARROWER_CREDIT};
use crate::error::{Error, Result};
use crate::gap::{r4, GapReport, Held, ProfileInput, Requirements, TargetInput, WeightConfig};
use serde::{Deserialize, Serialize};
use skillgap_core::{Credential, CredentialType, DeliveryMode, Pace};
use std::collections::HashMap;

/// Filters on credentials. Unknown hours or cost fail a `max_hours` / `max_cost` filter: a
/// budget cannot be honoured with a credential whose size is not stated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Filters {
    pub max_hours: Option<f32>,
    pub max_cost: Option<f32>,
    pub mode: Option<DeliveryMode>,
    pub pace: Option<Pace>,
    pub credit_bearing: Option<bool>,
    /// Language code or name prefix (`en`, `English`).
    pub language: Option<String>,
    /// Provider name, case-insensitive substring.
    pub provider: Option<String>,
    /// Only these credential types.
    pub kinds: Vec<CredentialType>,
}

impl Filters {
    pub(crate) fn validate(&self) -> Result<()> {
        for (v, f) in [(self.max_hours, "max_hours"), (self.max_cost, "max_cost")] {
            if let Some(v) = v {
                if !v.is_finite() || v < 0.0 {
                    return Err(Error::invalid(
                        f,
                        format!("must be a number of zero or more, got {v}"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether a credential passes (budgets included).
    pub fn accepts(&self, c: &Credential) -> bool {
        if let Some(h) = self.max_hours {
            if c.hours.is_none_or(|x| x > h) {
                return false;
            }
        }
        if let Some(m) = self.max_cost {
            if c.cost.is_none_or(|x| x > m) {
                return false;
            }
        }
        if self.mode.is_some() && c.mode != self.mode {
            return false;
        }
        if self.pace.is_some() && c.pace != self.pace {
            return false;
        }
        if let Some(cb) = self.credit_bearing {
            if c.credit_bearing.unwrap_or(false) != cb {
                return false;
            }
        }
        if let Some(l) = &self.language {
            let l = l.to_lowercase();
            if !c
                .language
                .as_deref()
                .is_some_and(|x| x.to_lowercase().starts_with(&l))
            {
                return false;
            }
        }
        if let Some(p) = &self.provider {
            let p = p.to_lowercase();
            if !c
                .provider
                .as_deref()
                .is_some_and(|x| x.to_lowercase().contains(&p))
            {
                return false;
            }
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&c.kind) {
            return false;
        }
        true
    }
}

/// A gap line a credential closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Closes {
    pub skill_id: String,
    pub label: String,
    /// The outcome's skill (differs from `skill_id` for narrower/broader credit).
    pub via_skill_id: String,
    /// `exact`, `narrower`, `broader`.
    pub relation: String,
    /// Coverage of the line before and with this credential.
    pub from: f32,
    pub to: f32,
    /// Weight closed: `weight × (to − from)`.
    pub closed: f32,
}

/// A credential as ranked for a gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CredentialSummary {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    pub kind: CredentialType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<DeliveryMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl From<&Credential> for CredentialSummary {
    fn from(c: &Credential) -> Self {
        CredentialSummary {
            id: c.id.clone(),
            title: c.title.clone(),
            provider: c.provider.clone(),
            kind: c.kind,
            hours: c.hours,
            cost: c.cost,
            currency: c.currency.clone(),
            mode: c.mode,
            url: c.url.clone(),
        }
    }
}

/// One ranked credential with the gap lines it closes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RankedCredential {
    pub rank: usize,
    #[serde(flatten)]
    pub credential: CredentialSummary,
    /// Ranking score: `closed × √focus × (1 + 2 built_for)`.
    pub score: f32,
    /// Weight of the gap closed.
    pub closed: f32,
    /// Share of the credential's outcome strength that lands on this target's gap lines.
    pub focus: f32,
    /// How surely the credential was made for the target occupation (declared: 1; named by its
    /// title: the title match score; else 0).
    pub built_for: f32,
    /// `closed` as a share of the target's total weight.
    pub coverage_gain: f32,
    pub closes: Vec<Closes>,
}

/// The answer to "what should I take?": the gap and the ranked credentials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Recommendation {
    pub gap: GapReport,
    pub filters: Filters,
    /// Credentials considered after filters.
    pub considered: usize,
    pub credentials: Vec<RankedCredential>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<crate::path::Pathway>,
}

/// How much a credential made for the target occupation is preferred: its score is
/// multiplied by `1 + BUILT_FOR_BOOST × built_for`.
pub const BUILT_FOR_BOOST: f32 = 2.0;

/// A credential being ranked: score, index, offer, closed, focus, built-for.
type Scored<'a> = (f32, u32, &'a Offer, f32, f32, f32);

/// Per credential, the sparse coverage it gives each gap line: (line, coverage, via concept,
/// relation).
pub(crate) type Offer = Vec<(usize, f32, u32, &'static str)>;

impl Matcher {
    /// Coverage offers of every credential that improves at least one line.
    pub(crate) fn offers(
        &self,
        req: &Requirements,
        current: &[f32],
        filters: &Filters,
    ) -> HashMap<u32, Offer> {
        let mut out: HashMap<u32, Offer> = HashMap::new();
        for (i, l) in req.lines.iter().enumerate() {
            if current[i] >= 1.0 {
                continue;
            }
            let c = l.concept;
            let related = std::iter::once((c, 1.0f32, "exact"))
                .chain(
                    self.concepts.narrower[c as usize]
                        .iter()
                        .map(|&n| (n, NARROWER_CREDIT, "narrower")),
                )
                .chain(
                    self.concepts.broader[c as usize]
                        .iter()
                        .map(|&b| (b, BROADER_CREDIT, "broader")),
                );
            for (via, rel, relation) in related {
                for t in self.by_concept.get(&via).into_iter().flatten() {
                    let lf = match (t.level, l.required_level) {
                        (Some(h), Some(r)) if r > 0.0 => 0.6 + 0.4 * (h / r).min(1.0),
                        _ => 1.0,
                    };
                    let v = (t.strength * rel * lf).min(1.0);
                    if v <= current[i] + 1e-6 {
                        continue;
                    }
                    if !filters.accepts(&self.credentials[t.credential as usize]) {
                        continue;
                    }
                    let offer = out.entry(t.credential).or_default();
                    match offer.iter_mut().find(|o| o.0 == i) {
                        Some(o) if o.1 < v => *o = (i, v, via, relation),
                        Some(_) => {}
                        None => offer.push((i, v, via, relation)),
                    }
                }
            }
        }
        for o in out.values_mut() {
            o.sort_by_key(|x| x.0);
        }
        out
    }

    /// Credentials ranked by weighted gap closed.
    pub(crate) fn rank_for(
        &self,
        req: &Requirements,
        current: &[f32],
        filters: &Filters,
        limit: usize,
    ) -> (usize, Vec<RankedCredential>) {
        let offers = self.offers(req, current, filters);
        let total: f32 = req.lines.iter().map(|l| l.weight).sum();
        let built_for: HashMap<u32, f32> = self
            .built_for
            .get(&req.target.id)
            .into_iter()
            .flatten()
            .copied()
            .collect();
        let mut scored: Vec<Scored> = offers
            .iter()
            .map(|(&c, o)| {
                let s: f32 = o
                    .iter()
                    .map(|&(i, v, _, _)| req.lines[i].weight * (v - current[i]).max(0.0))
                    .sum();
                let mass = self.outcome_mass[c as usize];
                let hit: f32 = o.iter().map(|x| x.1).sum();
                let focus = if mass > 0.0 {
                    (hit / mass).min(1.0)
                } else {
                    0.0
                };
                let built = built_for.get(&c).copied().unwrap_or(0.0);
                (
                    r4(s * focus.sqrt() * (1.0 + BUILT_FOR_BOOST * built)),
                    c,
                    o,
                    s,
                    focus,
                    built,
                )
            })
            .filter(|x| x.3 > 0.0)
            .collect();
        scored.sort_by(|a, b| {
            b.0.total_cmp(&a.0).then_with(|| {
                self.credentials[a.1 as usize]
                    .id
                    .cmp(&self.credentials[b.1 as usize].id)
            })
        });
        let considered = scored.len();
        let ranked = scored
            .into_iter()
            .take(limit)
            .enumerate()
            .map(|(k, (score, c, o, s, focus, built))| RankedCredential {
                rank: k + 1,
                credential: (&self.credentials[c as usize]).into(),
                score,
                closed: r4(s),
                focus: r4(focus),
                built_for: r4(built),
                coverage_gain: if total > 0.0 { r4(s / total) } else { 0.0 },
                closes: self.closes(req, current, o),
            })
            .collect();
        (considered, ranked)
    }

    pub(crate) fn closes(&self, req: &Requirements, current: &[f32], o: &Offer) -> Vec<Closes> {
        let mut v: Vec<Closes> = o
            .iter()
            .filter(|(i, v, _, _)| *v > current[*i])
            .map(|&(i, v, via, relation)| {
                let l = &req.lines[i];
                Closes {
                    skill_id: l.skill_id.clone(),
                    label: l.label.clone(),
                    via_skill_id: if via == l.concept {
                        l.skill_id.clone()
                    } else {
                        self.concept_main_skill(via).to_owned()
                    },
                    relation: relation.into(),
                    from: r4(current[i]),
                    to: r4(v),
                    closed: r4(l.weight * (v - current[i])),
                }
            })
            .collect();
        v.sort_by(|a, b| {
            b.closed
                .total_cmp(&a.closed)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        v
    }

    /// The gap and the credentials that close most of it.
    pub fn recommend(
        &self,
        target: &TargetInput,
        profile: &ProfileInput,
        cfg: &WeightConfig,
        filters: &Filters,
        limit: usize,
    ) -> Result<Recommendation> {
        filters.validate()?;
        if limit == 0 || limit > 1_000 {
            return Err(Error::invalid("limit", "must be 1..=1000"));
        }
        let req = self.requirements(target, cfg)?;
        let held = self.resolve_profile(profile)?;
        Ok(self.recommend_for(&req, &held, cfg, filters, limit))
    }

    pub(crate) fn recommend_for(
        &self,
        req: &Requirements,
        held: &Held,
        cfg: &WeightConfig,
        filters: &Filters,
        limit: usize,
    ) -> Recommendation {
        let current: Vec<f32> = self.coverage(req, held).into_iter().map(|x| x.0).collect();
        let (considered, credentials) = self.rank_for(req, &current, filters, limit);
        Recommendation {
            gap: self.gap_for(req, held, cfg),
            filters: filters.clone(),
            considered,
            credentials,
            path: None,
        }
    }
}
