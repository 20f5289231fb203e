//! Enrichment of postings and credentials with the taxonomy of the generation being built:
//! skills found in posting text, postings placed in occupations, credential outcomes resolved
//! to skills.

use rayon::prelude::*;
use skillgap_core::{
    Catalog, Credential, Extractor, Hit, MatchMethod, OccupationMatch, Posting, SearchOptions,
    Taxonomy,
};
use std::collections::{HashMap, HashSet};

/// Minimum title-normalisation score for a posting to be placed in an occupation.
pub const MIN_TITLE_SCORE: f32 = 0.55;
/// Weight of skill overlap when re-ranking title candidates (share of the posting's skills
/// that the occupation requires).
pub const SKILL_OVERLAP_WEIGHT: f32 = 0.25;
/// Minimum ranking score for a free-text outcome to resolve to a skill.
pub const MIN_OUTCOME_SCORE: f32 = 0.5;
/// Confidence multiplier for outcomes guessed from a title or subject only (Udemy).
pub const WEAK_SOURCE_FACTOR: f32 = 0.5;

/// Title-normalisation candidates of one title: O*NET, then ESCO.
type TitleHits = (Vec<Hit>, Vec<Hit>);

/// What posting enrichment needs, built once per ingest.
pub struct PostingEnricher<'a> {
    catalog: &'a Catalog,
    extractor: &'a Extractor,
    /// Occupation id → required skill ids (including their `same_as` equivalents).
    requirements: HashMap<String, HashSet<String>>,
    titles: std::sync::Mutex<HashMap<String, TitleHits>>,
}

impl<'a> PostingEnricher<'a> {
    /// Loads requirement sets of every occupation from `catalog`.
    pub fn new(catalog: &'a Catalog) -> skillgap_core::Result<Self> {
        catalog.warm()?;
        let extractor = catalog.extractor()?;
        // Equivalents across taxonomies, from the extractor (no second decode of every skill).
        let same_as: HashMap<&str, &[String]> = extractor
            .skills()
            .iter()
            .filter(|s| !s.same_as.is_empty())
            .map(|s| (s.id.as_str(), s.same_as.as_slice()))
            .collect();
        let mut requirements = HashMap::new();
        for occ in catalog.all_occupations()? {
            let mut set = HashSet::new();
            for r in &occ.requirements {
                set.insert(r.skill_id.clone());
                if let Some(eq) = same_as.get(r.skill_id.as_str()) {
                    set.extend(eq.iter().cloned());
                }
            }
            requirements.insert(occ.id, set);
        }
        Ok(PostingEnricher {
            catalog,
            extractor,
            requirements,
            titles: std::sync::Mutex::new(HashMap::new()),
        })
    }

    /// Extracts skills and places each posting of the batch in occupations, in parallel.
    pub fn enrich(&self, batch: &mut [Posting]) {
        // Normalise each distinct title once.
        let mut todo: Vec<String> = {
            let cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
            let mut seen = HashSet::new();
            batch
                .iter()
                .filter(|p| !p.title.trim().is_empty())
                .map(|p| p.title.trim().to_owned())
                .filter(|t| !cache.contains_key(t) && seen.insert(t.clone()))
                .collect()
        };
        todo.sort();
        let done: Vec<(String, TitleHits)> = todo
            .into_par_iter()
            .map(|t| {
                let r = (
                    self.title_hits(&t, Taxonomy::Onet),
                    self.title_hits(&t, Taxonomy::Esco),
                );
                (t, r)
            })
            .collect();
        {
            let mut cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
            if cache.len() > 200_000 {
                cache.clear();
            }
            cache.extend(done);
        }
        let cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
        batch.par_iter_mut().for_each(|p| {
            self.extract(p);
            let hits = cache.get(p.title.trim());
            self.place(p, hits);
        });
    }

    fn title_hits(&self, title: &str, taxonomy: Taxonomy) -> Vec<Hit> {
        let opts = SearchOptions {
            limit: Some(5),
            taxonomy: Some(taxonomy),
            kind: None,
        };
        self.catalog
            .normalise_title(title, &opts)
            .unwrap_or_default()
    }

    /// Skills in the title and description. Spans index into `title + "\n" + description`;
    /// one mention (the first) is kept per skill.
    fn extract(&self, p: &mut Posting) {
        let text = format!("{}\n{}", p.title, p.description);
        let mut seen = HashSet::new();
        p.skills = self
            .extractor
            .extract(&text)
            .into_iter()
            .filter(|m| seen.insert(m.skill_id.clone()))
            .collect();
    }

    fn place(&self, p: &mut Posting, hits: Option<&TitleHits>) {
        let mut out = Vec::new();
        if let Some(code) = p
            .occupation_code
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if let Ok(o) = self.catalog.occupation(code) {
                out.push(OccupationMatch {
                    id: o.id,
                    title: o.title,
                    taxonomy: o.taxonomy,
                    score: 1.0,
                    method: "given".into(),
                });
            }
        }
        let skills: HashSet<&str> = p.skills.iter().map(|m| m.skill_id.as_str()).collect();
        if let Some((onet, esco)) = hits {
            for (taxonomy, list) in [(Taxonomy::Onet, onet), (Taxonomy::Esco, esco)] {
                if out.iter().any(|o| o.taxonomy == taxonomy) {
                    continue;
                }
                if let Some(m) = self.best(list, &skills) {
                    out.push(m);
                }
            }
        }
        p.occupations = out;
    }

    /// The best title candidate after re-ranking by skill overlap, if good enough.
    fn best(&self, hits: &[Hit], skills: &HashSet<&str>) -> Option<OccupationMatch> {
        let mut best: Option<(f32, &Hit, bool)> = None;
        for h in hits {
            let mut score = h.score;
            let mut used_skills = false;
            if skills.len() >= 3 {
                if let Some(req) = self.requirements.get(&h.id) {
                    let overlap = skills.iter().filter(|s| req.contains(**s)).count() as f32
                        / skills.len() as f32;
                    score += SKILL_OVERLAP_WEIGHT * overlap;
                    used_skills = overlap > 0.0;
                }
            }
            if best.is_none_or(|(b, bh, _)| score > b || (score == b && h.id < bh.id)) {
                best = Some((score, h, used_skills));
            }
        }
        let (score, h, used) = best?;
        (h.score >= MIN_TITLE_SCORE).then(|| OccupationMatch {
            id: h.id.clone(),
            title: h.title.clone(),
            taxonomy: h.taxonomy,
            score,
            method: if used { "title+skills" } else { "title" }.into(),
        })
    }
}

/// Share of the outcome's content words found in the skill's closest label.
fn outcome_coverage(extractor: &Extractor, skill: &str, text: &str) -> f32 {
    let words = skillgap_core::extract::content_tokens(text);
    if words.is_empty() {
        return 0.0;
    }
    let Some(e) = extractor.skill(skill) else {
        return 0.0;
    };
    e.label_tokens
        .iter()
        .map(|label| words.iter().filter(|w| label.contains(w)).count() as f32 / words.len() as f32)
        .fold(0.0, f32::max)
}

/// Counts of outcome resolution for one source.
#[derive(Debug, Clone, Copy, Default)]
pub struct Resolution {
    pub outcomes: u64,
    pub resolved: u64,
    pub unresolved: u64,
}

/// Resolves a credential's outcomes to taxonomy skills: given ids are checked against the
/// index; text is matched verbatim first (a label or alias that covers the outcome), then
/// ranked (BM25 + label coverage). The original text is always kept; outcomes that resolve to
/// nothing stay, marked `unresolved`.
pub fn resolve_credential(
    catalog: &Catalog,
    extractor: &Extractor,
    c: &mut Credential,
) -> Resolution {
    let weak = c.source.starts_with("udemy");
    let mut r = Resolution::default();
    for o in &mut c.outcomes {
        r.outcomes += 1;
        if let Some(id) = o.skill_id.clone() {
            if let Some(e) = extractor.skill(&id) {
                o.skill_label = Some(e.label.clone());
                o.method = MatchMethod::Given;
                o.confidence = 1.0;
                r.resolved += 1;
                continue;
            }
            // An id the index does not know: keep it as a reference and try the text.
            o.skill_ref.get_or_insert(id);
            o.skill_id = None;
        }
        let text = o.text.trim();
        if text.is_empty() {
            o.method = MatchMethod::Unresolved;
            r.unresolved += 1;
            continue;
        }
        // Verbatim: a label or alias covering most of a short outcome ("SQL", "Data Visualization").
        let words = text.split_whitespace().count();
        let verbatim = extractor
            .extract_all(text)
            .into_iter()
            .filter(|m| (m.end - m.start) * 10 >= text.len() * 7)
            .max_by(|a, b| {
                a.confidence
                    .total_cmp(&b.confidence)
                    .then_with(|| b.skill_id.cmp(&a.skill_id))
            });
        let (id, label, conf, method) = if let (Some(m), true) = (verbatim, words <= 8) {
            (m.skill_id, m.label, m.confidence, m.method)
        } else {
            let opts = SearchOptions {
                limit: Some(1),
                taxonomy: None,
                kind: None,
            };
            // Coverage must hold both ways: the label by the outcome (in the ranking) and the
            // outcome by the label, so that "Marketing Effectiveness" does not become
            // "labour market".
            let best = catalog
                .rank_skills(text, &opts)
                .ok()
                .and_then(|h| h.into_iter().next())
                .map(|h| {
                    let back = outcome_coverage(extractor, &h.id, text);
                    let score = h.score * (0.85 + 0.15 * back);
                    (h, score)
                });
            match best {
                Some((h, score)) if score >= MIN_OUTCOME_SCORE => {
                    (h.id, h.title, score.min(1.0) * 0.8, MatchMethod::Ranked)
                }
                _ => {
                    o.method = MatchMethod::Unresolved;
                    o.confidence = 0.0;
                    r.unresolved += 1;
                    continue;
                }
            }
        };
        o.skill_id = Some(id);
        o.skill_label = Some(label);
        o.confidence = if weak {
            conf * WEAK_SOURCE_FACTOR
        } else {
            conf
        };
        o.method = method;
        r.resolved += 1;
    }
    r
}
