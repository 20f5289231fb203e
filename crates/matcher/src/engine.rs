//! The [`Matcher`]: what every gap, ranking and pathway computation needs, loaded once from a
//! [`Catalog`].
//!
//! * **Concepts.** O*NET and ESCO name many skills twice ("Python" and "Python (computer
//!   programming)"); ingest links identical labels with `same_as`. A concept is a set of
//!   skills joined by `same_as`, so holding either counts for both. Concepts inherit the ESCO
//!   hierarchy (`broader`/`narrower`), which gives partial credit.
//! * **Credentials** by concept: for each concept, the credentials with an outcome resolved to
//!   it and the strength of that outcome (confidence of the mapping × assessment).
//! * **Stacks**: for each credential that others stack into, its parts.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use skillgap_core::{AssessmentKind, Catalog, Credential, MatchMethod};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

/// Outcomes weaker than this (mapping confidence × assessment) are not counted. Ingest marks
/// its guesses (outcomes no label fits, mapped to the best-ranked skill) with confidence 0.3:
/// they count at about a quarter of a sure mapping (a wrong guess rarely lands on a gap line,
/// a right one does).
pub const MIN_OUTCOME_STRENGTH: f32 = 0.2;
/// Weight of an unassessed outcome relative to an assessed one.
pub const UNASSESSED: f32 = 0.85;
/// Credit for holding (or being taught) a narrower skill than the one required.
pub const NARROWER_CREDIT: f32 = 0.6;
/// Credit for holding (or being taught) a broader skill than the one required.
pub const BROADER_CREDIT: f32 = 0.4;
/// Co-occurrence credit: `COOCCUR_CREDIT × P(required | held)` when that probability is at
/// least [`COOCCUR_MIN_P`].
pub const COOCCUR_CREDIT: f32 = 0.5;
/// See [`COOCCUR_CREDIT`].
pub const COOCCUR_MIN_P: f32 = 0.3;

/// Everything loaded once per index generation.
pub struct Matcher {
    pub(crate) catalog: Arc<Catalog>,
    pub(crate) concepts: Concepts,
    pub(crate) credentials: Vec<Credential>,
    pub(crate) credential_index: HashMap<String, u32>,
    /// Concept → (credential, outcome strength, outcome level), strongest outcome per pair.
    pub(crate) by_concept: HashMap<u32, Vec<Taught>>,
    /// Per credential: the summed strength of its resolved outcomes (one per concept), the
    /// denominator of a ranking's focus.
    pub(crate) outcome_mass: Vec<f32>,
    /// Occupation id → credentials built for it (declared by the publisher: 1.0; named by the
    /// credential's title: the title-normalisation score).
    pub(crate) built_for: HashMap<String, Vec<(u32, f32)>>,
    /// Larger credential id → the credentials stacking into it.
    pub(crate) stack_parts: BTreeMap<String, Vec<u32>>,
    /// Requirements of every O*NET occupation, built on first use (nearby, relevance).
    pub(crate) onet_targets: OnceLock<Arc<Vec<crate::gap::Requirements>>>,
}

/// One credential teaching one concept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Taught {
    pub credential: u32,
    pub strength: f32,
    pub level: Option<f32>,
}

/// Skills grouped into concepts by `same_as`, with the ESCO hierarchy between concepts.
pub(crate) struct Concepts {
    of_skill: HashMap<String, u32>,
    pub members: Vec<Vec<String>>,
    pub label: Vec<String>,
    pub broader: Vec<Vec<u32>>,
    pub narrower: Vec<Vec<u32>>,
}

impl Concepts {
    fn build(catalog: &Catalog) -> Result<Concepts> {
        let ex = catalog.extractor()?;
        let skills = ex.skills();
        let n = skills.len();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        fn find(p: &mut [u32], mut x: u32) -> u32 {
            while p[x as usize] != x {
                p[x as usize] = p[p[x as usize] as usize];
                x = p[x as usize];
            }
            x
        }
        for (i, s) in skills.iter().enumerate() {
            for other in &s.same_as {
                if let Some(j) = ex.index_of(other) {
                    let (a, b) = (find(&mut parent, i as u32), find(&mut parent, j));
                    if a != b {
                        parent[a.max(b) as usize] = a.min(b);
                    }
                }
            }
        }
        // O*NET names technologies with their acronym ("Structured query language SQL",
        // "Amazon Web Services AWS software"); the acronym alone is often an ESCO label ("SQL").
        let mut by_label: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, s) in skills.iter().enumerate() {
            by_label
                .entry(s.label.to_lowercase())
                .or_default()
                .push(i as u32);
        }
        for (i, s) in skills.iter().enumerate() {
            if !s.id.starts_with("tech:") {
                continue;
            }
            let mut words: Vec<&str> = s.label.split_whitespace().collect();
            if words.last() == Some(&"software") {
                words.pop();
            }
            let Some(last) = words.last() else { continue };
            let acronym = last.len() >= 2
                && words.len() >= 3
                && last
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            if !acronym {
                continue;
            }
            let long = words[..words.len() - 1].join(" ").to_lowercase();
            for key in [last.to_lowercase(), long] {
                for &j in by_label.get(&key).into_iter().flatten() {
                    let (a, b) = (find(&mut parent, i as u32), find(&mut parent, j));
                    if a != b {
                        parent[a.max(b) as usize] = a.min(b);
                    }
                }
            }
        }
        let mut root_to_concept: HashMap<u32, u32> = HashMap::new();
        let mut of_skill = HashMap::with_capacity(n);
        let mut members: Vec<Vec<String>> = Vec::new();
        let mut label = Vec::new();
        let mut concept_of_index = vec![0u32; n];
        for (i, s) in skills.iter().enumerate() {
            let root = find(&mut parent, i as u32);
            let c = *root_to_concept.entry(root).or_insert_with(|| {
                members.push(Vec::new());
                label.push(s.label.clone());
                (members.len() - 1) as u32
            });
            members[c as usize].push(s.id.clone());
            of_skill.insert(s.id.clone(), c);
            concept_of_index[i] = c;
        }
        let mut broader: Vec<Vec<u32>> = vec![Vec::new(); members.len()];
        let mut narrower: Vec<Vec<u32>> = vec![Vec::new(); members.len()];
        for (i, s) in skills.iter().enumerate() {
            let c = concept_of_index[i];
            for b in &s.broader {
                if let Some(&bc) = of_skill.get(b) {
                    if bc != c && !broader[c as usize].contains(&bc) {
                        broader[c as usize].push(bc);
                        narrower[bc as usize].push(c);
                    }
                }
            }
        }
        Ok(Concepts {
            of_skill,
            members,
            label,
            broader,
            narrower,
        })
    }

    /// The concept of a skill id.
    pub fn of(&self, skill_id: &str) -> Option<u32> {
        self.of_skill.get(skill_id).copied()
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }
}

/// How strongly an outcome evidences its skill: the mapping's confidence (1 for ids the
/// provider gave), times [`UNASSESSED`] when neither the outcome nor the credential is assessed;
/// 0 below [`MIN_OUTCOME_STRENGTH`].
pub fn outcome_strength(credential: &Credential, o: &skillgap_core::Outcome) -> f32 {
    let confidence = match o.method {
        MatchMethod::Given => 1.0,
        MatchMethod::Unresolved => 0.0,
        _ => o.confidence.clamp(0.0, 1.0),
    };
    let assessed = o.assessed || credential.assessment == Some(AssessmentKind::Performance);
    let s = confidence * if assessed { 1.0 } else { UNASSESSED };
    if s < MIN_OUTCOME_STRENGTH {
        0.0
    } else {
        s
    }
}

/// Summary of the matcher's data, for `/readyz`-style reports and tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MatcherStats {
    pub concepts: usize,
    pub credentials: usize,
    pub credentials_with_outcomes: usize,
    pub stacks: usize,
}

impl Matcher {
    /// Loads concepts and credentials from `catalog` (about a second on the full data; the
    /// server does it once per index generation).
    pub fn new(catalog: Arc<Catalog>) -> Result<Matcher> {
        let _span = tracing::info_span!("matcher_load").entered();
        catalog.warm()?;
        let concepts = Concepts::build(&catalog)?;
        let mut credentials = catalog.all_credentials()?;
        credentials.sort_by(|a, b| a.id.cmp(&b.id));
        // The matcher reports credentials by id, title and size; the long texts stay in the
        // index (`Catalog::credential` has them).
        for c in &mut credentials {
            c.description = String::new();
            c.hours_rule = None;
            c.keywords = Vec::new();
            for o in &mut c.outcomes {
                o.skill_ref = None;
            }
        }
        let mut credential_index = HashMap::with_capacity(credentials.len());
        let mut by_concept: HashMap<u32, Vec<Taught>> = HashMap::new();
        let mut stack_parts: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut outcome_mass = vec![0.0f32; credentials.len()];
        let mut built_for: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
        for (i, c) in credentials.iter().enumerate() {
            let ci = i as u32;
            for o in &c.occupations {
                let id = catalog
                    .occupation(o)
                    .map(|x| x.id)
                    .unwrap_or_else(|_| o.clone());
                built_for.entry(id).or_default().push((ci, 1.0));
            }
            for m in &c.title_occupations {
                built_for
                    .entry(m.id.clone())
                    .or_default()
                    .push((ci, m.score.clamp(0.0, 1.0)));
            }
            credential_index.insert(c.id.clone(), ci);
            for s in &c.stackable_into {
                stack_parts.entry(s.clone()).or_default().push(ci);
            }
            let mut best: HashMap<u32, Taught> = HashMap::new();
            for o in &c.outcomes {
                let Some(concept) = o.skill_id.as_deref().and_then(|s| concepts.of(s)) else {
                    continue;
                };
                let strength = outcome_strength(c, o);
                if strength <= 0.0 {
                    continue;
                }
                let e = best.entry(concept).or_insert(Taught {
                    credential: ci,
                    strength,
                    level: o.level,
                });
                if strength > e.strength {
                    e.strength = strength;
                    e.level = o.level;
                }
            }
            outcome_mass[i] = best.values().map(|t| t.strength).sum();
            for (concept, t) in best {
                by_concept.entry(concept).or_default().push(t);
            }
        }
        // Only stacks whose larger credential is in the index count.
        stack_parts.retain(|k, _| credential_index.contains_key(k));
        tracing::info!(
            concepts = concepts.len(),
            credentials = credentials.len(),
            "matcher loaded"
        );
        Ok(Matcher {
            catalog,
            concepts,
            credentials,
            credential_index,
            by_concept,
            outcome_mass,
            built_for,
            stack_parts,
            onet_targets: OnceLock::new(),
        })
    }

    /// The catalog this matcher reads.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// A shared handle on the catalog.
    pub fn catalog_arc(&self) -> Arc<Catalog> {
        Arc::clone(&self.catalog)
    }

    /// Counts of what was loaded.
    pub fn stats(&self) -> MatcherStats {
        MatcherStats {
            concepts: self.concepts.len(),
            credentials: self.credentials.len(),
            credentials_with_outcomes: {
                let mut seen = std::collections::HashSet::new();
                for v in self.by_concept.values() {
                    for t in v {
                        seen.insert(t.credential);
                    }
                }
                seen.len()
            },
            stacks: self.stack_parts.len(),
        }
    }

    /// A credential of the index by id, as the matcher holds it: without its description and
    /// other long texts ([`Catalog::credential`] has the whole record).
    pub fn credential(&self, id: &str) -> Result<&Credential> {
        self.credential_index
            .get(id.trim())
            .map(|&i| &self.credentials[i as usize])
            .ok_or_else(|| {
                Error::Catalog(skillgap_core::Error::NotFound {
                    kind: "credential",
                    id: id.trim().to_owned(),
                })
            })
    }

    /// Postings naming concept `c` within occupation `occupation` (the most of any member
    /// skill: members are the same skill, so they are not added), with the occupation's total.
    pub(crate) fn concept_demand(&self, occupation: &str, c: u32) -> Option<(u64, u64)> {
        let d = self.catalog.demand().ok()?;
        let o = d.occupations.get(occupation)?;
        let n = self.concepts.members[c as usize]
            .iter()
            .map(|s| o.skills.get(s).copied().unwrap_or(0))
            .max()
            .unwrap_or(0);
        Some((n, o.postings))
    }

    /// Postings naming concept `c` anywhere.
    pub(crate) fn concept_postings(&self, c: u32) -> u64 {
        let Ok(d) = self.catalog.demand() else {
            return 0;
        };
        self.concepts.members[c as usize]
            .iter()
            .map(|s| d.skills.get(s).map_or(0, |x| x.postings))
            .max()
            .unwrap_or(0)
    }

    /// The member skill of `c` with the most postings (ties: smallest id), for traces.
    pub(crate) fn concept_main_skill(&self, c: u32) -> &str {
        let members = &self.concepts.members[c as usize];
        let d = self.catalog.demand().ok();
        members
            .iter()
            .max_by(|a, b| {
                let na = d.and_then(|d| d.skills.get(*a)).map_or(0, |x| x.postings);
                let nb = d.and_then(|d| d.skills.get(*b)).map_or(0, |x| x.postings);
                na.cmp(&nb).then_with(|| b.cmp(a))
            })
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Concepts co-occurring with concept `held` in postings, with P(other | held).
    pub(crate) fn cooccurring(&self, held: u32) -> Vec<(u32, f32, u64)> {
        let Ok(d) = self.catalog.demand() else {
            return Vec::new();
        };
        let mut out: HashMap<u32, (f32, u64)> = HashMap::new();
        for s in &self.concepts.members[held as usize] {
            let base = d.skills.get(s).map_or(0, |x| x.postings);
            if base == 0 {
                continue;
            }
            for (other, n) in d.cooccur.get(s).into_iter().flatten() {
                let Some(oc) = self.concepts.of(other) else {
                    continue;
                };
                if oc == held {
                    continue;
                }
                let p = *n as f32 / base as f32;
                let e = out.entry(oc).or_insert((0.0, 0));
                if p > e.0 {
                    *e = (p, *n);
                }
            }
        }
        let mut v: Vec<(u32, f32, u64)> = out.into_iter().map(|(c, (p, n))| (c, p, n)).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}
