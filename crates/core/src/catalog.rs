//! The read side of the index: look-ups by id and ranked search.
//!
//! Search is tantivy BM25 over title, alternative labels and description, widened with fuzzy
//! terms (edit distance 1, or 2 for long words, transpositions costing one) so that typos still
//! match, followed by a re-rank of the top candidates that blends the normalised BM25 score with
//! a string similarity (`strsim`) between the query and the closest label.

use crate::error::{Error, Result};
use crate::model::{Occupation, Skill, SkillKind, Taxonomy};
use crate::schema::{doc_type, fields_of, Fields, FORMAT_VERSION};
use crate::store::{live_generation, Manifest, MANIFEST};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

/// Longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1_000;
/// How many BM25 candidates the re-rank looks at.
const CANDIDATES: usize = 60;

/// An opened index generation.
pub struct Catalog {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    manifest: Manifest,
}

/// Options for [`Catalog::search_occupations`] and [`Catalog::search_skills`].
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// Maximum hits (default 10).
    pub limit: Option<usize>,
    pub taxonomy: Option<Taxonomy>,
    /// Skills only.
    pub kind: Option<SkillKind>,
}

/// One ranked search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub taxonomy: Taxonomy,
    pub title: String,
    /// Skill kind; absent for occupations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SkillKind>,
    /// The label the query matched best (the title or an alternative label).
    pub matched: String,
    /// Final score in 0..1: blend of BM25 (normalised to the best hit) and label similarity.
    pub score: f32,
    /// Raw tantivy BM25 score.
    pub bm25: f32,
    /// Similarity of the query to `matched` (0..1).
    pub similarity: f32,
}

impl Catalog {
    /// Opens the live generation of `index_dir`.
    pub fn open(index_dir: &Path) -> Result<Catalog> {
        let dir = live_generation(index_dir)?.ok_or_else(|| Error::NoIndex {
            path: index_dir.to_owned(),
        })?;
        let manifest_path = dir.join(MANIFEST);
        let raw =
            std::fs::read(&manifest_path).map_err(|e| Error::io("read", &manifest_path, e))?;
        let manifest: Manifest = serde_json::from_slice(&raw).map_err(|e| Error::Manifest {
            path: manifest_path.clone(),
            source: e,
        })?;
        if manifest.format_version != FORMAT_VERSION {
            return Err(Error::IncompatibleIndex {
                path: index_dir.to_owned(),
                found: manifest.format_version,
                expected: FORMAT_VERSION,
            });
        }
        let index = Index::open_in_dir(&dir)?;
        let fields = fields_of(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Catalog {
            dir,
            index,
            reader,
            fields,
            manifest,
        })
    }

    /// The generation directory this catalog reads.
    pub fn generation_dir(&self) -> &Path {
        &self.dir
    }

    /// Version, counts and ingest report of this generation.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    fn term(&self, field: tantivy::schema::Field, value: &str) -> Term {
        Term::from_field_text(field, value)
    }

    fn decode<T: DeserializeOwned>(
        &self,
        searcher: &Searcher,
        addr: DocAddress,
        kind: &'static str,
    ) -> Result<T> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let bytes = doc
            .get_first(self.fields.payload)
            .and_then(|v| v.as_bytes())
            .unwrap_or_default();
        serde_json::from_slice(bytes).map_err(|e| Error::Decode {
            kind,
            id: doc
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or("?")
                .to_owned(),
            source: e,
        })
    }

    fn by_term<T: DeserializeOwned>(
        &self,
        kind: &'static str,
        field: tantivy::schema::Field,
        value: &str,
    ) -> Result<Option<T>> {
        let searcher = self.searcher();
        let q = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    self.term(self.fields.doc_type, kind),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    self.term(field, value),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(self.decode(&searcher, *addr, kind)?)),
            None => Ok(None),
        }
    }

    /// An occupation by id (O*NET-SOC code or ESCO URI) or short code (ESCO `2512.4`, or an
    /// O*NET-SOC code without the `.00` suffix).
    pub fn occupation(&self, id_or_code: &str) -> Result<Occupation> {
        let key = id_or_code.trim();
        let found = match self.by_term::<Occupation>(doc_type::OCCUPATION, self.fields.id, key)? {
            Some(o) => Some(o),
            None => match self.by_term(doc_type::OCCUPATION, self.fields.code, key)? {
                Some(o) => Some(o),
                None if is_soc_without_suffix(key) => {
                    self.by_term(doc_type::OCCUPATION, self.fields.id, &format!("{key}.00"))?
                }
                None => None,
            },
        };
        found.ok_or_else(|| Error::NotFound {
            kind: "occupation",
            id: key.to_owned(),
        })
    }

    /// A skill by id (O*NET element id, `tech:…` id or ESCO URI).
    pub fn skill(&self, id: &str) -> Result<Skill> {
        self.by_term(doc_type::SKILL, self.fields.id, id.trim())?
            .ok_or_else(|| Error::NotFound {
                kind: "skill",
                id: id.trim().to_owned(),
            })
    }

    /// All documents of one type, in index order.
    fn all<T: DeserializeOwned>(&self, kind: &'static str) -> Result<Vec<T>> {
        let searcher = self.searcher();
        let q = TermQuery::new(
            self.term(self.fields.doc_type, kind),
            IndexRecordOption::Basic,
        );
        let n = searcher.search(&q, &tantivy::collector::Count)?;
        let mut addrs = searcher
            .search(&q, &TopDocs::with_limit(n.max(1)).order_by_score())?
            .into_iter()
            .map(|(_, a)| a)
            .collect::<Vec<_>>();
        addrs.sort();
        addrs
            .into_iter()
            .map(|a| self.decode(&searcher, a, kind))
            .collect()
    }

    /// Every occupation in the index.
    pub fn all_occupations(&self) -> Result<Vec<Occupation>> {
        self.all(doc_type::OCCUPATION)
    }

    /// Every skill in the index.
    pub fn all_skills(&self) -> Result<Vec<Skill>> {
        self.all(doc_type::SKILL)
    }

    /// Ranked occupations for a free-text query (titles, alternative titles, descriptions).
    pub fn search_occupations(&self, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        self.search(doc_type::OCCUPATION, query, opts, |o: Occupation| {
            Labelled {
                id: o.id,
                taxonomy: o.taxonomy,
                kind: None,
                title: o.title,
                alts: o.alt_titles,
            }
        })
    }

    /// Ranked skills for a free-text query (labels, alternative labels, descriptions).
    pub fn search_skills(&self, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        self.search(doc_type::SKILL, query, opts, |s: Skill| Labelled {
            id: s.id,
            taxonomy: s.taxonomy,
            kind: Some(s.kind),
            title: s.label,
            alts: s.alt_labels,
        })
    }

    fn analyse(&self, text: &str) -> Result<Vec<String>> {
        let mut analyzer = self.index.tokenizer_for_field(self.fields.title)?;
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(tok) = stream.next() {
            if !out.contains(&tok.text) {
                out.push(tok.text.clone());
            }
        }
        Ok(out)
    }

    fn search<T: DeserializeOwned>(
        &self,
        kind: &'static str,
        query: &str,
        opts: &SearchOptions,
        label: impl Fn(T) -> Labelled,
    ) -> Result<Vec<Hit>> {
        let query = query.trim();
        if query.is_empty() {
            return Err(Error::InvalidQuery("the query is empty".into()));
        }
        if query.len() > MAX_QUERY_BYTES {
            return Err(Error::InvalidQuery(format!(
                "the query is {} bytes long; at most {MAX_QUERY_BYTES} are accepted",
                query.len()
            )));
        }
        let limit = opts.limit.unwrap_or(10).clamp(1, 1_000);
        let terms = self.analyse(query)?;
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let mut text_clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in &terms {
            for (field, boost) in [(f.title, 3.0), (f.alt, 2.0), (f.body, 0.4)] {
                let tq = TermQuery::new(self.term(field, t), IndexRecordOption::WithFreqs);
                text_clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(tq), boost)),
                ));
            }
            let chars = t.chars().count();
            if chars >= 4 {
                let distance = if chars >= 8 { 2 } else { 1 };
                for (field, boost) in [(f.title, 1.2), (f.alt, 0.8)] {
                    let fq = FuzzyTermQuery::new(self.term(field, t), distance, true);
                    text_clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(fq), boost)),
                    ));
                }
            }
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    self.term(f.doc_type, kind),
                    IndexRecordOption::Basic,
                )),
            ),
            (Occur::Must, Box::new(BooleanQuery::new(text_clauses))),
        ];
        if let Some(tax) = opts.taxonomy {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    self.term(f.taxonomy, tax.as_str()),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(k) = opts.kind {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    self.term(f.kind, k.as_str()),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let searcher = self.searcher();
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(CANDIDATES.max(limit)).order_by_score(),
        )?;
        let best = top
            .first()
            .map(|(s, _)| *s)
            .unwrap_or(1.0)
            .max(f32::EPSILON);
        let q_norm = normalise_label(query);
        let mut hits = Vec::with_capacity(top.len());
        for (bm25, addr) in top {
            let l = label(self.decode::<T>(&searcher, addr, kind)?);
            let (matched, similarity) = l.best_label(&q_norm);
            let score = 0.45 * (bm25 / best) + 0.55 * similarity;
            hits.push(Hit {
                id: l.id,
                taxonomy: l.taxonomy,
                title: l.title,
                kind: l.kind,
                matched,
                score,
                bm25,
                similarity,
            });
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(limit);
        Ok(hits)
    }
}

struct Labelled {
    id: String,
    taxonomy: Taxonomy,
    kind: Option<SkillKind>,
    title: String,
    alts: Vec<String>,
}

impl Labelled {
    /// The label most similar to the (normalised) query; the preferred title wins ties and
    /// alternative labels are discounted slightly.
    fn best_label(&self, q: &str) -> (String, f32) {
        let mut best = (
            self.title.clone(),
            label_similarity(q, &normalise_label(&self.title)),
        );
        for alt in &self.alts {
            let s = 0.95 * label_similarity(q, &normalise_label(alt));
            if s > best.1 {
                best = (alt.clone(), s);
            }
        }
        best
    }
}

/// Lower-cases, folds punctuation to spaces and strips a plural `s` from each word, so that
/// "Registered Nurses" and "registered nurse" compare equal.
pub fn normalise_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        let w = word.to_lowercase();
        let w = if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            &w[..w.len() - 1]
        } else {
            &w[..]
        };
        out.push_str(w);
    }
    out
}

/// Similarity of two normalised labels in 0..1: Jaro-Winkler blended with token overlap, so
/// that both typos and word order are forgiven.
pub fn label_similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let jw = strsim::jaro_winkler(a, b) as f32;
    let ta: Vec<&str> = a.split(' ').collect();
    let tb: Vec<&str> = b.split(' ').collect();
    // Token overlap where each query token may match a label token with a small typo.
    let matched = ta
        .iter()
        .filter(|x| {
            tb.iter().any(|y| {
                x == &y || (x.len() > 3 && strsim::damerau_levenshtein(x, y) <= 1 + x.len() / 8)
            })
        })
        .count() as f32;
    let overlap = 2.0 * matched / (ta.len() + tb.len()) as f32;
    0.5 * jw + 0.5 * overlap
}

fn is_soc_without_suffix(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_labels_ignore_plural_and_case() {
        assert_eq!(normalise_label("Registered Nurses"), "registered nurse");
        assert_eq!(normalise_label("C++ / C#"), "c++ c#");
        assert_eq!(normalise_label("Business"), "business");
    }

    #[test]
    fn similarity_forgives_typos() {
        let s = label_similarity("sofware develper", "software developer");
        assert!(s > 0.85, "{s}");
        assert!(label_similarity("python", "pyhton") > label_similarity("python", "java"));
        assert_eq!(label_similarity("x", "x"), 1.0);
    }

    #[test]
    fn soc_codes_without_suffix() {
        assert!(is_soc_without_suffix("15-1252"));
        assert!(!is_soc_without_suffix("15-1252.00"));
        assert!(!is_soc_without_suffix("2512.4"));
    }
}
