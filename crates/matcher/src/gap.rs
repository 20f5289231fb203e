//! Targets, profiles and the weighted skills gap.
//!
//! **Requirement weight** (documented in ARCHITECTURE.md, configurable with [`WeightConfig`]):
//!
//! ```text
//! taxonomy t = O*NET importance (0..1)  | ESCO essential 0.8 / optional 0.4 | technology 0.8 or 0.35 (below)
//! demand   d = min(1, share / demand_saturation)     share = postings of the occupation naming
//!                                                    the skill / postings of the occupation
//! λ          = demand_weight × min(1, occupation postings / min_postings_for_demand (100))
//! weight     = (1 − λ)·t + λ·d
//! ```
//!
//! O*NET technologies: `t` = 0.8 when O*NET flags the technology "in demand" for this
//! occupation, 0.35 when it is only a Hot Technology (a flag shared across occupations).
//!
//! Skills the postings ask for often (share ≥ `market_min_share`, ≥ `market_min_postings`
//! postings) but the taxonomy omits are added with `weight = 0.75 × d × min(1, postings / 100)`:
//! the market is ahead of the codes, and a taxonomy that is silent is not evidence against the
//! skill; a small sample of postings (often partly misplaced) is trusted less.
//!
//! The crosswalk adds the requirements of the linked occupations of the other taxonomy (ESCO
//! for an O*NET target and back): term = 0.75 × the confidence-weighted mean of their terms,
//! kept from 0.2.
//!
//! **Coverage** of a requirement by a profile (0..1, the best of):
//! the same skill (× held level / required level when both are known), a narrower held skill
//! ([`NARROWER_CREDIT`]), a broader one ([`BROADER_CREDIT`]), a skill that co-occurs with it in
//! postings (`COOCCUR_CREDIT × P(required | held)` when P ≥ `COOCCUR_MIN_P`). A gap line's
//! `missing` is `weight × (1 − coverage)`.

use crate::engine::{
    outcome_strength, Matcher, BROADER_CREDIT, COOCCUR_CREDIT, COOCCUR_MIN_P, NARROWER_CREDIT,
};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use skillgap_core::{Occupation, RequirementSource, SearchOptions, SkillKind, Taxonomy};
use std::collections::{BTreeMap, HashMap};

/// At most this many skills, credentials or postings in one profile or target.
pub const MAX_ITEMS: usize = 500;
/// At most this many bytes of résumé or posting text.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// How requirement weights are computed. Every field has a documented default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct WeightConfig {
    /// λ: share of the weight that comes from posting demand (0..1).
    pub demand_weight: f32,
    /// A skill named by this share of an occupation's postings gets the full demand term.
    pub demand_saturation: f32,
    /// Below this many postings for the occupation, λ shrinks proportionally.
    pub min_postings_for_demand: u64,
    /// O*NET skills and knowledge below this importance (0..1; 0.5 = "important" on the
    /// 1–5 scale) are not requirements.
    pub min_importance: f32,
    /// Taxonomy term of ESCO essential skills.
    pub essential: f32,
    /// Taxonomy term of ESCO optional skills.
    pub optional: f32,
    /// Include every O*NET technology example, not only hot or in-demand ones.
    pub all_technology: bool,
    /// Taxonomy term of a technology O*NET flags "in demand" for the occupation.
    pub tech_in_demand: f32,
    /// … of a Hot Technology (flagged across occupations) not in demand for this one.
    pub tech_hot: f32,
    /// … of any other technology example (with `all_technology`).
    pub tech_other: f32,
    /// Skills absent from the taxonomy become requirements at this share of postings.
    pub market_min_share: f32,
    /// … and at least this many postings.
    pub market_min_postings: u64,
    /// Keep at most this many requirements (the heaviest).
    pub max_requirements: usize,
    /// Share of the term of requirements reached through the crosswalk (0 = ignore it).
    pub crosswalk_weight: f32,
    /// Weight of a market-only requirement per unit of demand term.
    pub market_weight: f32,
    /// Crosswalk requirements below this term are left out.
    pub crosswalk_min_term: f32,
}

impl Default for WeightConfig {
    fn default() -> Self {
        WeightConfig {
            demand_weight: 0.4,
            demand_saturation: 0.3,
            min_postings_for_demand: 100,
            min_importance: 0.5,
            essential: 0.8,
            optional: 0.4,
            all_technology: false,
            tech_in_demand: 0.8,
            tech_hot: 0.35,
            tech_other: 0.2,
            market_min_share: 0.1,
            market_min_postings: 5,
            max_requirements: 60,
            crosswalk_weight: 0.75,
            market_weight: 0.75,
            crosswalk_min_term: 0.2,
        }
    }
}

impl WeightConfig {
    pub(crate) fn validate(&self) -> Result<()> {
        let unit = |v: f32, f: &'static str| {
            if (0.0..=1.0).contains(&v) {
                Ok(())
            } else {
                Err(Error::invalid(
                    f,
                    format!("must be between 0 and 1, got {v}"),
                ))
            }
        };
        unit(self.demand_weight, "demand_weight")?;
        unit(self.min_importance, "min_importance")?;
        unit(self.essential, "essential")?;
        unit(self.optional, "optional")?;
        unit(self.tech_in_demand, "tech_in_demand")?;
        unit(self.tech_hot, "tech_hot")?;
        unit(self.tech_other, "tech_other")?;
        unit(self.market_min_share, "market_min_share")?;
        unit(self.crosswalk_weight, "crosswalk_weight")?;
        unit(self.market_weight, "market_weight")?;
        unit(self.crosswalk_min_term, "crosswalk_min_term")?;
        if !(self.demand_saturation > 0.0 && self.demand_saturation <= 1.0) {
            return Err(Error::invalid(
                "demand_saturation",
                "must be above 0 and at most 1",
            ));
        }
        if self.max_requirements == 0 || self.max_requirements > 1_000 {
            return Err(Error::invalid("max_requirements", "must be 1..=1000"));
        }
        Ok(())
    }
}

/// What the user wants to become.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct TargetInput {
    /// An occupation id or code (O*NET-SOC like `15-2051.00` or `15-2051`, ESCO URI or code).
    pub occupation: Option<String>,
    /// A career goal in words ("I want to work as a data analyst").
    pub goal: Option<String>,
    /// Taxonomy to place a goal in (default O*NET, which rates importance and level).
    pub taxonomy: Option<Taxonomy>,
    /// Job-ad texts (an employer's own postings): their skills become the requirements.
    pub postings: Vec<String>,
}

/// What the person has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileInput {
    /// Skill ids or names, optionally with a proficiency: `python@advanced`, `sql@0.5`
    /// (beginner 0.3, intermediate 0.6, advanced 0.85, expert 1).
    pub skills: Vec<String>,
    /// Credential ids already earned: their outcomes count as held skills.
    pub credentials: Vec<String>,
    /// Résumé or free text: the skills found in it count as held.
    pub resume: Option<String>,
}

impl ProfileInput {
    /// Splits a comma- or semicolon-separated list ("excel, sql; python@advanced").
    pub fn split_list(s: &str) -> Vec<String> {
        s.split([',', ';', '\n'])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if self.skills.len() > MAX_ITEMS {
            return Err(Error::invalid(
                "skills",
                format!("{} skills given; at most {MAX_ITEMS}", self.skills.len()),
            ));
        }
        if self.credentials.len() > MAX_ITEMS {
            return Err(Error::invalid(
                "credentials",
                format!(
                    "{} credentials given; at most {MAX_ITEMS}",
                    self.credentials.len()
                ),
            ));
        }
        if self
            .resume
            .as_ref()
            .is_some_and(|r| r.len() > MAX_TEXT_BYTES)
        {
            return Err(Error::invalid(
                "resume",
                format!("longer than {MAX_TEXT_BYTES} bytes"),
            ));
        }
        Ok(())
    }
}

/// The occupation (or posting set) a gap is computed against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TargetSummary {
    pub id: String,
    pub title: String,
    /// `onet`, `esco`, or `postings` for a target given as job-ad texts.
    pub taxonomy: String,
    /// Postings placed in the occupation (the demand evidence behind the weights).
    pub postings: u64,
}

/// An occupation a goal could mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationChoice {
    pub id: String,
    pub title: String,
    pub taxonomy: Taxonomy,
    pub score: f32,
}

/// Where a requirement's taxonomy term comes from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TaxonomyEvidence {
    /// `onet_skills`, `onet_knowledge`, `onet_technology`, `esco_essential`, `esco_optional`,
    /// or `crosswalk:<one of those>` when it comes from occupations the crosswalk links.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<f32>,
    /// O*NET's own scale values (importance 1–5, level 0–7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_importance: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_level: Option<f32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hot: bool,
    /// Occupations whose ratings were averaged when O*NET does not rate this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inferred_from: Vec<String>,
    /// The taxonomy term `t` used in the weight.
    pub term: f32,
    /// For `crosswalk:…` sources: the linked occupations of the other taxonomy that require it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<String>,
}

/// Where a requirement's demand term comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DemandEvidence {
    /// Postings of the occupation naming the skill (`skillgap demand --occupation … --evidence`
    /// lists them).
    pub postings: u64,
    /// Postings of the occupation.
    pub of: u64,
    pub share: f32,
    /// The demand term `d` used in the weight.
    pub term: f32,
    /// The skill id the postings were counted under.
    pub skill_id: String,
}

/// What gave a requirement its coverage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Credit {
    /// `exact`, `narrower`, `broader`, `cooccurs`, or `level` (held below the required level).
    pub relation: String,
    pub skill_id: String,
    pub label: String,
    /// Where the held skill came from: `skills`, `resume`, or `credential:<id>`.
    pub source: String,
    pub factor: f32,
    /// For `cooccurs`: postings naming both, and P(required | held).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooccurrence: Option<Cooccurrence>,
}

/// Evidence of a co-occurrence credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Cooccurrence {
    /// Postings naming both skills.
    pub postings: u64,
    /// P(required | held) over postings.
    pub p: f32,
}

/// One line of a gap: a requirement, its weight, how much of it is covered and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GapLine {
    pub skill_id: String,
    pub label: String,
    pub kind: SkillKind,
    pub weight: f32,
    pub coverage: f32,
    /// `weight × (1 − coverage)`.
    pub missing: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_level: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<TaxonomyEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand: Option<DemandEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<Credit>,
    /// How the weight was computed, in words.
    pub why: String,
}

/// A skill the profile holds, as resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct HeldSkill {
    /// What the user wrote (or the credential / résumé phrase).
    pub input: String,
    pub skill_id: String,
    pub label: String,
    /// Proficiency 0..1 when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<f32>,
    /// Strength of the evidence 0..1 (1 for a stated skill; credentials: outcome strength).
    pub strength: f32,
    pub source: String,
}

/// The profile as the matcher understood it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ResolvedProfile {
    pub skills: Vec<HeldSkill>,
    /// Inputs that named no known skill or credential.
    pub unresolved: Vec<String>,
}

/// A weighted skills gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GapReport {
    pub target: TargetSummary,
    /// Other occupations the goal could mean (when the target was a goal).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<OccupationChoice>,
    pub profile: ResolvedProfile,
    pub total_weight: f32,
    pub covered_weight: f32,
    /// `covered_weight / total_weight`.
    pub coverage: f32,
    pub missing_weight: f32,
    /// Every requirement, most missing weight first (ties by skill id).
    pub lines: Vec<GapLine>,
    pub config: WeightConfig,
}

/// A target's requirements before any profile is applied.
#[derive(Debug, Clone)]
pub struct Requirements {
    pub target: TargetSummary,
    pub alternatives: Vec<OccupationChoice>,
    pub lines: Vec<ReqLine>,
}

/// One requirement with its concept.
#[derive(Debug, Clone)]
pub struct ReqLine {
    pub(crate) concept: u32,
    pub skill_id: String,
    pub label: String,
    pub kind: SkillKind,
    pub weight: f32,
    pub required_level: Option<f32>,
    pub taxonomy: Option<TaxonomyEvidence>,
    pub demand: Option<DemandEvidence>,
    pub why: String,
}

/// Co-occurrence partners of held concepts: required concept → (P(required | held),
/// postings naming both, held concept).
pub(crate) type CooccurMap = HashMap<u32, (f32, u64, u32)>;

/// Held concepts with their best evidence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Held {
    pub by_concept: HashMap<u32, (f32, Option<f32>, usize)>,
    pub profile: ResolvedProfile,
    /// Computed on first use and kept: coverage of many targets reuses it.
    pub cooccur: std::sync::OnceLock<CooccurMap>,
}

/// Rounds for output: 4 decimals keeps JSON stable and readable.
pub(crate) fn r4(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

fn strip_goal(goal: &str) -> String {
    let lower = goal.to_lowercase();
    let mut s = lower.as_str();
    for p in [
        "i would like to",
        "i'd like to",
        "i want to",
        "i wish to",
        "i plan to",
        "help me",
        "how do i",
        "how can i",
    ] {
        if let Some(rest) = s.trim_start().strip_prefix(p) {
            s = rest;
        }
    }
    for p in [
        "work as an",
        "work as a",
        "work as",
        "become an",
        "become a",
        "be an",
        "be a",
        "get a job as an",
        "get a job as a",
        "get a job as",
        "job as an",
        "job as a",
        "career as an",
        "career as a",
        "career in",
        "work in",
    ] {
        if let Some(rest) = s.trim_start().strip_prefix(p) {
            s = rest;
            break;
        }
    }
    s.trim().trim_end_matches(['.', '!', '?']).trim().to_owned()
}

fn level_of(word: &str) -> Option<f32> {
    match word.trim().to_lowercase().as_str() {
        "beginner" | "basic" | "novice" => Some(0.3),
        "intermediate" | "working" => Some(0.6),
        "advanced" => Some(0.85),
        "expert" => Some(1.0),
        w => w.parse::<f32>().ok().filter(|v| (0.0..=1.0).contains(v)),
    }
}

impl Matcher {
    /// Resolves a goal text to ranked occupations (O*NET by default).
    pub fn resolve_goal(
        &self,
        goal: &str,
        taxonomy: Option<Taxonomy>,
        limit: usize,
    ) -> Result<Vec<OccupationChoice>> {
        let q = strip_goal(goal);
        if q.is_empty() {
            return Err(Error::invalid("goal", "the goal is empty"));
        }
        let hits = self.catalog.search_occupations(
            &q,
            &SearchOptions {
                limit: Some(limit),
                taxonomy: Some(taxonomy.unwrap_or(Taxonomy::Onet)),
                kind: None,
            },
        )?;
        Ok(hits
            .into_iter()
            .map(|h| OccupationChoice {
                id: h.id,
                title: h.title,
                taxonomy: h.taxonomy,
                score: r4(h.score),
            })
            .collect())
    }

    /// The weighted requirements of a target.
    pub fn requirements(&self, target: &TargetInput, cfg: &WeightConfig) -> Result<Requirements> {
        cfg.validate()?;
        let given = [
            target.occupation.is_some(),
            target.goal.is_some(),
            !target.postings.is_empty(),
        ]
        .iter()
        .filter(|x| **x)
        .count();
        if given != 1 {
            return Err(Error::invalid(
                "target",
                "give exactly one of: an occupation, a goal, or posting texts",
            ));
        }
        if let Some(code) = &target.occupation {
            let occ = self.catalog.occupation(code)?;
            return Ok(self.occupation_requirements(&occ, cfg));
        }
        if let Some(goal) = &target.goal {
            let choices = self.resolve_goal(goal, target.taxonomy, 6)?;
            let Some(first) = choices.first() else {
                return Err(Error::invalid(
                    "goal",
                    format!(
                        "no occupation matches {goal:?}; try other words or an occupation code"
                    ),
                ));
            };
            let occ = self.catalog.occupation(&first.id)?;
            let mut req = self.occupation_requirements(&occ, cfg);
            req.alternatives = choices.into_iter().skip(1).collect();
            return Ok(req);
        }
        self.posting_requirements(&target.postings, cfg)
    }

    /// The requirement lines an occupation's own taxonomy gives (weights not yet blended), with
    /// the position of each concept.
    fn taxonomy_lines(
        &self,
        occ: &Occupation,
        cfg: &WeightConfig,
    ) -> (Vec<ReqLine>, HashMap<u32, usize>) {
        let mut lines: Vec<ReqLine> = Vec::new();
        let mut at: HashMap<u32, usize> = HashMap::new();
        for r in &occ.requirements {
            let Some(concept) = self.concepts.of(&r.skill_id) else {
                continue;
            };
            let (source, t) = match r.source {
                RequirementSource::OnetSkills | RequirementSource::OnetKnowledge => {
                    let imp = r.importance.unwrap_or(0.0);
                    if imp < cfg.min_importance {
                        continue;
                    }
                    (
                        if r.source == RequirementSource::OnetSkills {
                            "onet_skills"
                        } else {
                            "onet_knowledge"
                        },
                        imp,
                    )
                }
                RequirementSource::OnetTechnology => {
                    if !(cfg.all_technology || r.hot || r.in_demand) {
                        continue;
                    }
                    // "In demand" is O*NET's per-occupation flag; "hot" is global across
                    // occupations, so it says less about this one.
                    let t = if r.in_demand {
                        cfg.tech_in_demand
                    } else if r.hot {
                        cfg.tech_hot
                    } else {
                        cfg.tech_other
                    };
                    ("onet_technology", t)
                }
                RequirementSource::EscoRelation => {
                    if r.essential {
                        ("esco_essential", cfg.essential)
                    } else {
                        ("esco_optional", cfg.optional)
                    }
                }
            };
            let tax = TaxonomyEvidence {
                source: source.into(),
                importance: r.importance.map(r4),
                level: r.level.map(r4),
                raw_importance: r.raw_importance.map(r4),
                raw_level: r.raw_level.map(r4),
                hot: r.hot,
                inferred_from: r.inferred_from.clone(),
                term: r4(t),
                via: Vec::new(),
            };
            match at.get(&concept) {
                Some(&i) => {
                    // The same concept twice (O*NET skill and knowledge "Mathematics"): keep
                    // the stronger taxonomy evidence.
                    let l = &mut lines[i];
                    if l.taxonomy.as_ref().is_none_or(|x| x.term < tax.term) {
                        l.taxonomy = Some(tax);
                        l.required_level = r.level.or(l.required_level);
                    }
                }
                None => {
                    at.insert(concept, lines.len());
                    lines.push(ReqLine {
                        concept,
                        skill_id: r.skill_id.clone(),
                        label: r.skill_label.clone(),
                        kind: r.kind,
                        weight: 0.0,
                        required_level: r.level,
                        taxonomy: Some(tax),
                        demand: None,
                        why: String::new(),
                    });
                }
            }
        }
        (lines, at)
    }

    /// Adds the requirements of the occupations the crosswalk links to `occ` in the other
    /// taxonomy: each concept's term is `crosswalk_weight ×` the confidence-weighted mean of
    /// the linked occupations' terms (a skill all linked occupations require essentially gets
    /// ¾ × 0.8 = 0.6), kept when at least `crosswalk_min_term`.
    fn add_crosswalk_lines(
        &self,
        occ: &Occupation,
        cfg: &WeightConfig,
        lines: &mut Vec<ReqLine>,
        at: &mut HashMap<u32, usize>,
    ) {
        if cfg.crosswalk_weight <= 0.0 {
            return;
        }
        let other = match occ.taxonomy {
            Taxonomy::Onet => "esco",
            Taxonomy::Esco => "onet",
        };
        let mut total = 0.0f32;
        let mut sums: HashMap<u32, (f32, ReqLine, Vec<String>)> = HashMap::new();
        let mut links: Vec<&skillgap_core::CrosswalkLink> =
            occ.crosswalk.iter().filter(|l| l.scheme == other).collect();
        links.sort_by(|a, b| a.code.cmp(&b.code));
        links.dedup_by(|a, b| a.code == b.code);
        for link in links {
            let Ok(linked) = self.catalog.occupation(&link.code) else {
                continue;
            };
            let w = link.confidence.unwrap_or(1.0).max(0.0);
            if w == 0.0 {
                continue;
            }
            total += w;
            let (their, _) = self.taxonomy_lines(&linked, cfg);
            for l in their {
                let t = l.taxonomy.as_ref().map_or(0.0, |x| x.term);
                let e = sums
                    .entry(l.concept)
                    .or_insert_with(|| (0.0, l.clone(), Vec::new()));
                e.0 += w * t;
                e.2.push(linked.title.clone());
            }
        }
        if total <= 0.0 {
            return;
        }
        let mut merged: Vec<(u32, f32, ReqLine, Vec<String>)> = sums
            .into_iter()
            .map(|(c, (sum, l, via))| (c, cfg.crosswalk_weight * sum / total, l, via))
            .filter(|x| x.1 >= cfg.crosswalk_min_term)
            .collect();
        merged.sort_by_key(|x| x.0);
        for (c, t, mut l, mut via) in merged {
            via.sort();
            via.dedup();
            let source = l.taxonomy.as_ref().map_or("crosswalk".to_owned(), |x| {
                format!("crosswalk:{}", x.source)
            });
            let tax = TaxonomyEvidence {
                source,
                term: r4(t),
                via,
                ..l.taxonomy.clone().unwrap_or_default()
            };
            match at.get(&c) {
                Some(&i) => {
                    let own = &mut lines[i];
                    if own.taxonomy.as_ref().is_none_or(|x| x.term < tax.term) {
                        own.taxonomy = Some(tax);
                    }
                }
                None => {
                    at.insert(c, lines.len());
                    l.taxonomy = Some(tax);
                    lines.push(l);
                }
            }
        }
    }

    /// Requirements of one occupation (taxonomy blended with demand, plus market-only skills).
    pub(crate) fn occupation_requirements(
        &self,
        occ: &Occupation,
        cfg: &WeightConfig,
    ) -> Requirements {
        let occ_postings = self
            .catalog
            .demand()
            .ok()
            .and_then(|d| d.occupations.get(&occ.id))
            .map_or(0, |o| o.postings);
        let lambda = if cfg.min_postings_for_demand == 0 {
            cfg.demand_weight
        } else {
            cfg.demand_weight * (occ_postings as f32 / cfg.min_postings_for_demand as f32).min(1.0)
        };
        let (mut lines, mut at) = self.taxonomy_lines(occ, cfg);
        self.add_crosswalk_lines(occ, cfg, &mut lines, &mut at);
        // Market-only requirements.
        if let Some(od) = self
            .catalog
            .demand()
            .ok()
            .and_then(|d| d.occupations.get(&occ.id))
        {
            if od.postings > 0 {
                let mut extra: Vec<(&String, u64)> = od
                    .skills
                    .iter()
                    .filter(|(_, n)| {
                        **n >= cfg.market_min_postings
                            && **n as f32 / od.postings as f32 >= cfg.market_min_share
                    })
                    .map(|(s, n)| (s, *n))
                    .collect();
                extra.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
                for (sid, _) in extra {
                    let Some(c) = self.concepts.of(sid) else {
                        continue;
                    };
                    if at.contains_key(&c) {
                        continue;
                    }
                    let Some(entry) = self.catalog.extractor().ok().and_then(|e| e.skill(sid))
                    else {
                        continue;
                    };
                    at.insert(c, lines.len());
                    lines.push(ReqLine {
                        concept: c,
                        skill_id: sid.clone(),
                        label: entry.label.clone(),
                        kind: entry.kind,
                        weight: 0.0,
                        required_level: None,
                        taxonomy: None,
                        demand: None,
                        why: String::new(),
                    });
                }
            }
        }
        for l in &mut lines {
            let t = l.taxonomy.as_ref().map_or(0.0, |x| x.term);
            let (n, of) = self.concept_demand(&occ.id, l.concept).unwrap_or((0, 0));
            let share = if of > 0 { n as f32 / of as f32 } else { 0.0 };
            let d = (share / cfg.demand_saturation).min(1.0);
            if of > 0 {
                l.demand = Some(DemandEvidence {
                    postings: n,
                    of,
                    share: r4(share),
                    term: r4(d),
                    skill_id: self.concept_main_skill(l.concept).to_owned(),
                });
            }
            if l.taxonomy.is_some() {
                l.weight = r4((1.0 - lambda) * t + lambda * d);
                l.why = format!(
                    "weight {:.3} = (1 - {lambda:.2}) x taxonomy {t:.3} + {lambda:.2} x demand {d:.3} ({n} of {of} postings)",
                    l.weight
                );
            } else {
                // The taxonomy is silent: the market's demand term stands alone, at the
                // share given to evidence from outside the occupation's own record.
                let shrink = if cfg.demand_weight > 0.0 {
                    lambda / cfg.demand_weight
                } else {
                    0.0
                };
                l.weight = r4(cfg.market_weight * shrink * d);
                l.why = format!(
                    "weight {:.3} = {:.2} x {shrink:.2} x demand {d:.3} ({n} of {of} postings; not in the taxonomy; {shrink:.2} = postings / {} capped at 1)",
                    l.weight, cfg.market_weight, cfg.min_postings_for_demand
                );
            }
        }
        lines.retain(|l| l.weight > 0.0);
        lines.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        lines.truncate(cfg.max_requirements);
        Requirements {
            target: TargetSummary {
                id: occ.id.clone(),
                title: occ.title.clone(),
                taxonomy: occ.taxonomy.as_str().to_owned(),
                postings: occ_postings,
            },
            alternatives: Vec::new(),
            lines,
        }
    }

    fn posting_requirements(&self, texts: &[String], cfg: &WeightConfig) -> Result<Requirements> {
        if texts.len() > MAX_ITEMS {
            return Err(Error::invalid(
                "postings",
                format!("{} texts; at most {MAX_ITEMS}", texts.len()),
            ));
        }
        let ex = self.catalog.extractor()?;
        let mut counts: BTreeMap<u32, (u64, String)> = BTreeMap::new();
        for t in texts {
            if t.len() > MAX_TEXT_BYTES {
                return Err(Error::invalid(
                    "postings",
                    format!("a text is longer than {MAX_TEXT_BYTES} bytes"),
                ));
            }
            let mut seen = std::collections::BTreeSet::new();
            for m in ex.extract(t) {
                if let Some(c) = self.concepts.of(&m.skill_id) {
                    if seen.insert(c) {
                        let e = counts.entry(c).or_insert((0, m.skill_id.clone()));
                        e.0 += 1;
                        if m.skill_id < e.1 {
                            e.1 = m.skill_id.clone();
                        }
                    }
                }
            }
        }
        let n = texts.len() as u64;
        let mut lines: Vec<ReqLine> = counts
            .into_iter()
            .filter_map(|(c, (k, sid))| {
                let e = ex.skill(&sid)?;
                let share = k as f32 / n as f32;
                let w = r4(0.5 + 0.5 * share);
                Some(ReqLine {
                    concept: c,
                    skill_id: sid.clone(),
                    label: e.label.clone(),
                    kind: e.kind,
                    weight: w,
                    required_level: None,
                    taxonomy: None,
                    demand: Some(DemandEvidence {
                        postings: k,
                        of: n,
                        share: r4(share),
                        term: r4(share),
                        skill_id: sid,
                    }),
                    why: format!("weight {w:.3} = 0.5 + 0.5 x share of the given ads ({k} of {n})"),
                })
            })
            .collect();
        lines.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        lines.truncate(cfg.max_requirements);
        if lines.is_empty() {
            return Err(Error::invalid(
                "postings",
                "no skills were found in the posting texts",
            ));
        }
        Ok(Requirements {
            target: TargetSummary {
                id: "postings".into(),
                title: format!("{n} job ad(s)"),
                taxonomy: "postings".into(),
                postings: n,
            },
            alternatives: Vec::new(),
            lines,
        })
    }

    /// Resolves a profile: skill names or ids, credentials held, résumé text.
    pub(crate) fn resolve_profile(&self, p: &ProfileInput) -> Result<Held> {
        p.validate()?;
        let ex = self.catalog.extractor()?;
        let mut held = Held::default();
        let add = |held: &mut Held, s: HeldSkill| {
            if let Some(c) = self.concepts.of(&s.skill_id) {
                let idx = held.profile.skills.len();
                let e = held.by_concept.entry(c).or_insert((0.0, None, idx));
                if s.strength > e.0 {
                    *e = (s.strength, s.level, idx);
                }
                held.profile.skills.push(s);
            }
        };
        for raw in &p.skills {
            let raw_t = raw.trim();
            if raw_t.is_empty() {
                continue;
            }
            let (name, level) = match raw_t.rsplit_once('@') {
                Some((n, l)) if level_of(l).is_some() => (n.trim(), level_of(l)),
                _ => (raw_t, None),
            };
            match self.resolve_skill_name(name)? {
                Some((id, label)) => add(
                    &mut held,
                    HeldSkill {
                        input: raw_t.to_owned(),
                        skill_id: id,
                        label,
                        level,
                        strength: 1.0,
                        source: "skills".into(),
                    },
                ),
                None => held.profile.unresolved.push(raw_t.to_owned()),
            }
        }
        for id in &p.credentials {
            let Ok(c) = self.credential(id) else {
                held.profile.unresolved.push(id.trim().to_owned());
                continue;
            };
            for o in &c.outcomes {
                let (Some(sid), Some(label)) = (&o.skill_id, &o.skill_label) else {
                    continue;
                };
                let strength = outcome_strength(c, o);
                if strength <= 0.0 {
                    continue;
                }
                add(
                    &mut held,
                    HeldSkill {
                        input: o.text.clone(),
                        skill_id: sid.clone(),
                        label: label.clone(),
                        level: o.level,
                        strength: r4(strength),
                        source: format!("credential:{}", c.id),
                    },
                );
            }
        }
        if let Some(text) = &p.resume {
            let mut seen = std::collections::HashSet::new();
            for m in ex.extract(text) {
                if seen.insert(m.skill_id.clone()) {
                    add(
                        &mut held,
                        HeldSkill {
                            input: m.text.clone(),
                            skill_id: m.skill_id.clone(),
                            label: m.label.clone(),
                            level: None,
                            strength: 1.0,
                            source: "resume".into(),
                        },
                    );
                }
            }
        }
        Ok(held)
    }

    /// A skill id, or a name resolved by verbatim match, then by search.
    pub fn resolve_skill_name(&self, name: &str) -> Result<Option<(String, String)>> {
        let ex = self.catalog.extractor()?;
        let name = name.trim();
        if name.is_empty() {
            return Ok(None);
        }
        if let Some(e) = ex.skill(name) {
            return Ok(Some((e.id.clone(), e.label.clone())));
        }
        // A verbatim label covering most of the text.
        let mentions = ex.extract_all(name);
        if let Some(m) = mentions
            .iter()
            .filter(|m| (m.end - m.start) * 10 >= name.len() * 6)
            .max_by(|a, b| {
                (a.end - a.start)
                    .cmp(&(b.end - b.start))
                    .then_with(|| b.skill_id.cmp(&a.skill_id))
            })
        {
            return Ok(Some((m.skill_id.clone(), m.label.clone())));
        }
        let hits = self.catalog.search_skills(
            name,
            &SearchOptions {
                limit: Some(3),
                ..Default::default()
            },
        )?;
        // Accept a close label, or one that contains every word of the name ("excel" in
        // "Microsoft Excel").
        let words = skillgap_core::extract::content_tokens(name);
        Ok(hits
            .into_iter()
            .find(|h| {
                h.similarity >= 0.5 || {
                    let label = skillgap_core::extract::content_tokens(&h.title);
                    !words.is_empty() && words.iter().all(|w| label.contains(w))
                }
            })
            .map(|h| (h.id, h.title)))
    }

    /// Co-occurrence partners of every held concept (P ≥ [`COOCCUR_MIN_P`]).
    fn cooccur_map(&self, held: &Held) -> CooccurMap {
        let mut co: CooccurMap = HashMap::new();
        let mut held_keys: Vec<u32> = held.by_concept.keys().copied().collect();
        held_keys.sort_unstable();
        for h in held_keys {
            for (c, p, n) in self.cooccurring(h) {
                if p < COOCCUR_MIN_P {
                    continue;
                }
                let e = co.entry(c).or_insert((0.0, 0, h));
                if p > e.0 {
                    *e = (p, n, h);
                }
            }
        }
        co
    }

    /// Coverage of each requirement by the held concepts, with the credit that gave it.
    pub(crate) fn coverage(&self, req: &Requirements, held: &Held) -> Vec<(f32, Option<Credit>)> {
        let co = held.cooccur.get_or_init(|| self.cooccur_map(held));
        let credit = |relation: &str, c: u32, factor: f32, co: Option<Cooccurrence>| {
            let (_, _, idx) = held.by_concept[&c];
            let s = &held.profile.skills[idx];
            Credit {
                relation: relation.into(),
                skill_id: s.skill_id.clone(),
                label: s.label.clone(),
                source: s.source.clone(),
                factor: r4(factor),
                cooccurrence: co,
            }
        };
        req.lines
            .iter()
            .map(|l| {
                let mut best: (f32, Option<Credit>) = (0.0, None);
                let mut consider = |v: f32, mk: &dyn Fn() -> Credit| {
                    if v > best.0 + 1e-6 {
                        best = (v, Some(mk()));
                    }
                };
                if let Some(&(strength, level, _)) = held.by_concept.get(&l.concept) {
                    let lf = match (level, l.required_level) {
                        (Some(h), Some(r)) if r > 0.0 => (h / r).min(1.0),
                        _ => 1.0,
                    };
                    let v = strength * lf;
                    let rel = if lf < 1.0 { "level" } else { "exact" };
                    consider(v, &|| credit(rel, l.concept, v, None));
                }
                for &n in &self.concepts.narrower[l.concept as usize] {
                    if let Some(&(strength, _, _)) = held.by_concept.get(&n) {
                        let v = strength * NARROWER_CREDIT;
                        consider(v, &|| credit("narrower", n, v, None));
                    }
                }
                for &b in &self.concepts.broader[l.concept as usize] {
                    if let Some(&(strength, _, _)) = held.by_concept.get(&b) {
                        let v = strength * BROADER_CREDIT;
                        consider(v, &|| credit("broader", b, v, None));
                    }
                }
                if let Some(&(p, n, h)) = co.get(&l.concept) {
                    let strength = held.by_concept[&h].0;
                    let v = strength * COOCCUR_CREDIT * p;
                    consider(v, &|| {
                        credit(
                            "cooccurs",
                            h,
                            v,
                            Some(Cooccurrence {
                                postings: n,
                                p: r4(p),
                            }),
                        )
                    });
                }
                (r4(best.0.min(1.0)), best.1)
            })
            .collect()
    }

    /// The weighted gap between a target and a profile.
    pub fn gap(
        &self,
        target: &TargetInput,
        profile: &ProfileInput,
        cfg: &WeightConfig,
    ) -> Result<GapReport> {
        let req = self.requirements(target, cfg)?;
        let held = self.resolve_profile(profile)?;
        Ok(self.gap_for(&req, &held, cfg))
    }

    pub(crate) fn gap_for(&self, req: &Requirements, held: &Held, cfg: &WeightConfig) -> GapReport {
        let cov = self.coverage(req, held);
        let mut lines: Vec<GapLine> = req
            .lines
            .iter()
            .zip(cov)
            .map(|(l, (c, credit))| GapLine {
                skill_id: l.skill_id.clone(),
                label: l.label.clone(),
                kind: l.kind,
                weight: l.weight,
                coverage: c,
                missing: r4(l.weight * (1.0 - c)),
                required_level: l.required_level.map(r4),
                taxonomy: l.taxonomy.clone(),
                demand: l.demand.clone(),
                credit,
                why: l.why.clone(),
            })
            .collect();
        lines.sort_by(|a, b| {
            b.missing
                .total_cmp(&a.missing)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        let total: f32 = lines.iter().map(|l| l.weight).sum();
        let missing: f32 = lines.iter().map(|l| l.missing).sum();
        GapReport {
            target: req.target.clone(),
            alternatives: req.alternatives.clone(),
            profile: held.profile.clone(),
            total_weight: r4(total),
            covered_weight: r4(total - missing),
            coverage: if total > 0.0 {
                r4((total - missing) / total)
            } else {
                0.0
            },
            missing_weight: r4(missing),
            lines,
            config: cfg.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_lose_their_framing() {
        assert_eq!(
            strip_goal("I want to work as a data analyst."),
            "data analyst"
        );
        assert_eq!(strip_goal("become an electrician"), "electrician");
        assert_eq!(strip_goal("Registered Nurse"), "registered nurse");
    }

    #[test]
    fn proficiency_words_and_numbers() {
        assert_eq!(level_of("advanced"), Some(0.85));
        assert_eq!(level_of("0.5"), Some(0.5));
        assert_eq!(level_of("7"), None);
    }

    #[test]
    fn lists_split_on_commas_semicolons_and_lines() {
        assert_eq!(
            ProfileInput::split_list("excel, sql;python@advanced\n"),
            vec!["excel", "sql", "python@advanced"]
        );
    }

    #[test]
    fn weight_config_rejects_out_of_range_values() {
        let cfg = WeightConfig {
            demand_weight: 1.5,
            ..Default::default()
        };
        assert!(cfg.validate().is_err());
        assert!(WeightConfig::default().validate().is_ok());
    }
}
