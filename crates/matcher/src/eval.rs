//! Quality measurement on gold files, built in so anyone can check the numbers.
//!
//! * Skills: `sentence,span,sub_span,label` or `sentence,label` (label = ESCO preferred label).
//!   Rows labelled `LABEL NOT PRESENT` or `UNDERSPECIFIED` are dropped; rows are grouped by
//!   sentence; the gold set of a sentence is its distinct labels; the system ranks ESCO skills
//!   for the sentence. RP@K = |gold ∩ top K| / min(K, |gold|), averaged over sentences; MRR is
//!   the mean of 1/rank of the first gold label (0 when none is ranked in the top 100).
//! * Titles: `vacancyTitle,conceptUri` (extra columns ignored). One query per row; where a
//!   title appears on several rows, each of their URIs is relevant. Accuracy@1, @5 and MRR.

use serde::{Deserialize, Serialize};
use skillgap_core::{Catalog, Error, Result, SearchOptions, Taxonomy};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::time::Instant;

/// Skill-ranking figures. Serialised with exactly the keys of the command's `--json` output.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SkillEval {
    pub queries: usize,
    #[serde(rename = "rp@1")]
    pub rp1: f64,
    #[serde(rename = "rp@5")]
    pub rp5: f64,
    #[serde(rename = "rp@10")]
    pub rp10: f64,
    pub mrr: f64,
    pub per_second: f64,
}

/// Title-normalisation figures.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TitleEval {
    pub queries: usize,
    #[serde(rename = "acc@1")]
    pub acc1: f64,
    #[serde(rename = "acc@5")]
    pub acc5: f64,
    pub mrr: f64,
    pub per_second: f64,
}

const DEPTH: usize = 100;

fn read_csv(path: &Path) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| {
            Error::InvalidQuery(format!("cannot read gold file {}: {e}", path.display()))
        })?;
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::InvalidQuery(format!("{}: no header: {e}", path.display())))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    for (i, r) in rdr.records().enumerate() {
        let r = r.map_err(|e| {
            Error::InvalidQuery(format!("{}: record {}: {e}", path.display(), i + 2))
        })?;
        rows.push(r.iter().map(str::to_owned).collect());
    }
    Ok((header, rows))
}

fn column(header: &[String], name: &str, path: &Path) -> Result<usize> {
    header
        .iter()
        .position(|h| h.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            Error::InvalidQuery(format!(
                "{}: missing column `{name}` (header: {})",
                path.display(),
                header.join(",")
            ))
        })
}

/// Evaluates [`Catalog::rank_skills`] (restricted to ESCO) on a gold file.
pub fn eval_skills(catalog: &Catalog, gold: &Path) -> Result<SkillEval> {
    let (header, rows) = read_csv(gold)?;
    let s_col = column(&header, "sentence", gold)?;
    let l_col = column(&header, "label", gold)?;
    let mut by_sentence: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for r in &rows {
        let (Some(s), Some(l)) = (r.get(s_col), r.get(l_col)) else {
            continue;
        };
        let l = l.trim();
        if l.is_empty() || l == "LABEL NOT PRESENT" || l == "UNDERSPECIFIED" {
            continue;
        }
        by_sentence
            .entry(s.clone())
            .or_default()
            .insert(l.to_lowercase());
    }
    // Warm the extractor outside the timing.
    catalog.extractor()?;
    let opts = SearchOptions {
        limit: Some(DEPTH),
        taxonomy: Some(Taxonomy::Esco),
        kind: None,
    };
    let start = Instant::now();
    let (mut rp1, mut rp5, mut rp10, mut mrr) = (0.0, 0.0, 0.0, 0.0);
    for (sentence, gold) in &by_sentence {
        let hits = catalog.rank_skills(sentence, &opts)?;
        let ranked: Vec<String> = hits.iter().map(|h| h.title.to_lowercase()).collect();
        let rp = |k: usize| {
            let found = ranked.iter().take(k).filter(|l| gold.contains(*l)).count();
            found as f64 / k.min(gold.len()) as f64
        };
        rp1 += rp(1);
        rp5 += rp(5);
        rp10 += rp(10);
        if let Some(pos) = ranked.iter().position(|l| gold.contains(l)) {
            mrr += 1.0 / (pos + 1) as f64;
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let n = by_sentence.len().max(1) as f64;
    Ok(SkillEval {
        queries: by_sentence.len(),
        rp1: rp1 / n,
        rp5: rp5 / n,
        rp10: rp10 / n,
        mrr: mrr / n,
        per_second: by_sentence.len() as f64 / secs,
    })
}

/// Evaluates title normalisation ([`Catalog::normalise_title`] to ESCO) on a gold file.
pub fn eval_titles(catalog: &Catalog, gold: &Path) -> Result<TitleEval> {
    let (header, rows) = read_csv(gold)?;
    let t_col = column(&header, "vacancyTitle", gold)?;
    let u_col = column(&header, "conceptUri", gold)?;
    let mut relevant: HashMap<String, HashSet<String>> = HashMap::new();
    let mut queries = Vec::new();
    for r in &rows {
        let (Some(t), Some(u)) = (r.get(t_col), r.get(u_col)) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        relevant
            .entry(t.trim().to_owned())
            .or_default()
            .insert(u.trim().to_owned());
        queries.push(t.trim().to_owned());
    }
    catalog.warm()?;
    let opts = SearchOptions {
        limit: Some(10),
        taxonomy: Some(Taxonomy::Esco),
        kind: None,
    };
    let start = Instant::now();
    // Identical titles give identical rankings: rank each distinct title once.
    let mut cache: HashMap<&str, Vec<String>> = HashMap::new();
    let (mut a1, mut a5, mut mrr) = (0.0, 0.0, 0.0);
    for q in &queries {
        if !cache.contains_key(q.as_str()) {
            let hits = catalog.normalise_title(q, &opts)?;
            cache.insert(q, hits.into_iter().map(|h| h.id).collect());
        }
        let ranked = &cache[q.as_str()];
        let rel = &relevant[q];
        if let Some(pos) = ranked.iter().position(|id| rel.contains(id)) {
            if pos == 0 {
                a1 += 1.0;
            }
            if pos < 5 {
                a5 += 1.0;
            }
            mrr += 1.0 / (pos + 1) as f64;
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let n = queries.len().max(1) as f64;
    Ok(TitleEval {
        queries: queries.len(),
        acc1: a1 / n,
        acc5: a5 / n,
        mrr: mrr / n,
        per_second: queries.len() as f64 / secs,
    })
}
