//! The read side of the index: look-ups by id and ranked search.
//!
//! Search is tantivy BM25 over title, alternative labels and description, widened with fuzzy
//! terms (edit distance 1, or 2 for long words, transpositions costing one) so that typos still
//! match, followed by a re-rank of the top candidates that blends the normalised BM25 score with
//! a string similarity (`strsim`) between the query and the closest label.

use crate::demand::DemandStats;
use crate::error::{Error, Result};
use crate::extract::{content_tokens, Extractor, STOP_WORDS};
use crate::model::{Credential, Occupation, Posting, Skill, SkillKind, Taxonomy};
use crate::schema::{doc_type, fields_of, Fields, LabelRecord};
use crate::store::{live_generation, Manifest, DEMAND};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

/// Longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1_000;
/// How many BM25 candidates the re-rank looks at: three per result asked for, within
/// `MIN_CANDIDATES..=CANDIDATES`.
const CANDIDATES: usize = 60;
const MIN_CANDIDATES: usize = 20;
/// Share of the normalised BM25 score in the search re-rank (the rest is label similarity).
const SEARCH_BM25: f32 = 0.45;
/// Weight of the demand prior of [`Catalog::normalise_title`]. Tuned on the JobBERT development
/// titles against the full-data index: 0 gives acc@1 0.260 / mrr 0.339; 0.05 0.267 / 0.343;
/// 0.1 0.270 / 0.345; 0.2 0.269 / 0.342.
const TITLE_DEMAND_PRIOR: f32 = 0.1;
/// How many BM25 candidates [`Catalog::rank_skills`] re-ranks.
const RANK_CANDIDATES: usize = 100;
/// Weights of [`Catalog::rank_skills`]: BM25 normalised to the best candidate, label coverage,
/// and verbatim (extractor) matches. Tuned on the development gold sets only.
const RANK_BM25: f32 = 0.35;
const RANK_COVERAGE: f32 = 0.45;
const RANK_EXACT: f32 = 0.6;

/// An opened index generation.
pub struct Catalog {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    manifest: Manifest,
    /// The extractor, and each skill document's address → its extractor index.
    extractor: OnceLock<(Extractor, HashMap<DocAddress, u32>)>,
    /// Labels of every document, when [`Catalog::warm`] was called.
    label_cache: OnceLock<HashMap<DocAddress, Arc<CachedLabels>>>,
    demand: OnceLock<DemandStats>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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
        let manifest = crate::store::read_manifest(&dir, index_dir)?;
        Catalog::open_dir(&dir, manifest)
    }

    /// Opens a generation directory directly (used by ingest on the generation it is
    /// building).
    pub(crate) fn open_dir(dir: &Path, manifest: Manifest) -> Result<Catalog> {
        let index = Index::open_in_dir(dir)?;
        let fields = fields_of(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Catalog {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
            manifest,
            extractor: OnceLock::new(),
            label_cache: OnceLock::new(),
            demand: OnceLock::new(),
        })
    }

    /// Demand statistics of this generation (empty when no postings were ingested).
    pub fn demand(&self) -> Result<&DemandStats> {
        if let Some(d) = self.demand.get() {
            return Ok(d);
        }
        let path = self.dir.join(DEMAND);
        let stats = match std::fs::read(&path) {
            Ok(raw) => serde_json::from_slice(&raw).map_err(|e| Error::Manifest {
                path: path.clone(),
                source: e,
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DemandStats::default(),
            Err(e) => return Err(Error::io("read", path, e)),
        };
        Ok(self.demand.get_or_init(|| stats))
    }

    /// Ids of postings placed in `occupation` and/or asking for `skill`, in index order, at
    /// most `limit`, with the total number matching: the evidence behind a demand figure.
    pub fn postings_with(
        &self,
        occupation: Option<&str>,
        skill: Option<&str>,
        limit: usize,
    ) -> Result<(Vec<String>, usize)> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![self.must(f.doc_type, doc_type::POSTING)];
        if let Some(o) = occupation {
            clauses.push(self.must(f.occupation, o));
        }
        if let Some(sk) = skill {
            clauses.push(self.must(f.skill, sk));
        }
        let q = BooleanQuery::new(clauses);
        let searcher = self.searcher();
        let total = searcher.search(&q, &tantivy::collector::Count)?;
        let mut addrs: Vec<DocAddress> = searcher
            .search(&q, &TopDocs::with_limit(limit.max(1)).order_by_score())?
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        addrs.sort();
        let mut ids = Vec::with_capacity(addrs.len());
        for a in addrs.into_iter().take(limit) {
            let doc: TantivyDocument = searcher.doc(a)?;
            if let Some(id) = doc.get_first(f.id).and_then(|v| v.as_str()) {
                ids.push(id.to_owned());
            }
        }
        Ok((ids, total))
    }

    /// A posting by id.
    pub fn posting(&self, id: &str) -> Result<Posting> {
        self.by_id(doc_type::POSTING, "posting", id)
    }

    /// Postings ranked by BM25 over title and description (title boosted).
    pub fn search_postings(&self, query: &str, limit: usize) -> Result<Vec<(f32, Posting)>> {
        self.search_payloads(doc_type::POSTING, query, limit)
    }

    /// A credential by id.
    pub fn credential(&self, id: &str) -> Result<Credential> {
        self.by_id(doc_type::CREDENTIAL, "credential", id)
    }

    /// Credentials ranked by BM25 over title, keywords, provider, description and outcomes.
    pub fn search_credentials(&self, query: &str, limit: usize) -> Result<Vec<(f32, Credential)>> {
        self.search_payloads(doc_type::CREDENTIAL, query, limit)
    }

    /// Every credential in the index.
    pub fn all_credentials(&self) -> Result<Vec<Credential>> {
        self.all(doc_type::CREDENTIAL)
    }

    fn search_payloads<T: DeserializeOwned>(
        &self,
        kind: &'static str,
        query: &str,
        limit: usize,
    ) -> Result<Vec<(f32, T)>> {
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
        let f = self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in self.analyse(query)? {
            self.boosted(
                &t,
                &[(f.title, 3.0), (f.alt, 1.5), (f.body, 1.0)],
                &mut should,
            );
        }
        if should.is_empty() {
            return Ok(Vec::new());
        }
        let mut clauses = self.filters(kind, &SearchOptions::default());
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(should))));
        let searcher = self.searcher();
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(limit.clamp(1, 1_000)).order_by_score(),
        )?;
        top.into_iter()
            .map(|(score, addr)| Ok((score, self.decode(&searcher, addr, kind)?)))
            .collect()
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

    /// Optional, boosted BM25 clauses for one analysed term in each of `fields`.
    fn boosted(
        &self,
        term: &str,
        fields: &[(tantivy::schema::Field, f32)],
        out: &mut Vec<(Occur, Box<dyn Query>)>,
    ) {
        for &(field, boost) in fields {
            let tq = TermQuery::new(self.term(field, term), IndexRecordOption::WithFreqs);
            out.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(tq), boost)),
            ));
        }
    }

    /// A required `field = value` clause.
    fn must(&self, field: tantivy::schema::Field, value: &str) -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(TermQuery::new(
                self.term(field, value),
                IndexRecordOption::Basic,
            )),
        )
    }

    /// An entity of type `kind` by its id, or `NotFound` naming `what`.
    fn by_id<T: DeserializeOwned>(
        &self,
        kind: &'static str,
        what: &'static str,
        id: &str,
    ) -> Result<T> {
        let id = id.trim();
        self.by_term(kind, self.fields.id, id)?
            .ok_or_else(|| Error::NotFound {
                kind: what,
                id: id.to_owned(),
            })
    }

    /// Loads what bulk work needs into memory (the skill extractor and every document's
    /// labels), so that searches stop decoding stored documents. Servers, evaluations and
    /// ingest call this once; a one-off CLI query does not need it.
    pub fn warm(&self) -> Result<()> {
        self.extractor()?;
        self.warm_labels()
    }

    /// The label half of [`Catalog::warm`]: reads the labels of every occupation and skill.
    pub fn warm_labels(&self) -> Result<()> {
        if self.label_cache.get().is_some() {
            return Ok(());
        }
        let searcher = self.searcher();
        let mut cache = HashMap::new();
        for kind in [doc_type::OCCUPATION, doc_type::SKILL] {
            for addr in self.addresses(&searcher, kind)? {
                let doc: TantivyDocument = searcher.doc(addr)?;
                if let Some(bytes) = doc.get_first(self.fields.labels).and_then(|v| v.as_bytes()) {
                    if let Ok(l) = serde_json::from_slice::<LabelRecord>(bytes) {
                        cache.insert(addr, Arc::new(CachedLabels::new(l)));
                    }
                }
            }
        }
        let _ = self.label_cache.set(cache);
        Ok(())
    }

    /// Installs an extractor built elsewhere from this index's skills, in index order (ingest
    /// builds it while it indexes the taxonomy). Returns `false`, keeping nothing, when the
    /// index's skill documents are not those skills in that order, or an extractor is already
    /// installed; the extractor is then built from the index on first use, as usual.
    pub fn set_extractor(&self, extractor: Extractor) -> Result<bool> {
        if self.extractor.get().is_some() {
            return Ok(false);
        }
        let searcher = self.searcher();
        let addrs = self.addresses(&searcher, doc_type::SKILL)?;
        if addrs.len() != extractor.len() {
            return Ok(false);
        }
        let mut map = HashMap::with_capacity(addrs.len());
        for (i, &addr) in addrs.iter().enumerate() {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let id = doc.get_first(self.fields.id).and_then(|v| v.as_str());
            if id != Some(extractor.skills()[i].id.as_str()) {
                return Ok(false);
            }
            map.insert(addr, i as u32);
        }
        Ok(self.extractor.set((extractor, map)).is_ok())
    }

    fn labels(&self, searcher: &Searcher, addr: DocAddress) -> Result<Arc<CachedLabels>> {
        if let Some(l) = self.label_cache.get().and_then(|c| c.get(&addr)) {
            return Ok(Arc::clone(l));
        }
        let doc: TantivyDocument = searcher.doc(addr)?;
        let bytes = doc
            .get_first(self.fields.labels)
            .and_then(|v| v.as_bytes())
            .unwrap_or_default();
        let rec: LabelRecord = serde_json::from_slice(bytes).map_err(|e| Error::Decode {
            kind: "labels",
            id: format!("{addr:?}"),
            source: e,
        })?;
        Ok(Arc::new(CachedLabels::new(rec)))
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
            self.must(self.fields.doc_type, kind),
            self.must(field, value),
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
        self.by_id(doc_type::SKILL, "skill", id)
    }

    /// All documents of one type, in index order.
    fn all<T: DeserializeOwned>(&self, kind: &'static str) -> Result<Vec<T>> {
        Ok(self
            .all_with_addresses(kind)?
            .into_iter()
            .map(|(_, t)| t)
            .collect())
    }

    fn all_with_addresses<T: DeserializeOwned>(
        &self,
        kind: &'static str,
    ) -> Result<Vec<(DocAddress, T)>> {
        let searcher = self.searcher();
        self.addresses(&searcher, kind)?
            .into_iter()
            .map(|a| Ok((a, self.decode(&searcher, a, kind)?)))
            .collect()
    }

    /// Addresses of every document of one type, in index order.
    fn addresses(&self, searcher: &Searcher, kind: &'static str) -> Result<Vec<DocAddress>> {
        let q = TermQuery::new(
            self.term(self.fields.doc_type, kind),
            IndexRecordOption::Basic,
        );
        let n = searcher.search(&q, &tantivy::collector::Count)?;
        if n == 0 {
            return Ok(Vec::new());
        }
        let mut addrs = searcher
            .search(&q, &TopDocs::with_limit(n).order_by_score())?
            .into_iter()
            .map(|(_, a)| a)
            .collect::<Vec<_>>();
        addrs.sort();
        Ok(addrs)
    }

    /// Every occupation in the index.
    pub fn all_occupations(&self) -> Result<Vec<Occupation>> {
        self.all(doc_type::OCCUPATION)
    }

    /// Every occupation of one taxonomy, in index order (decodes only those).
    pub fn occupations_in(&self, taxonomy: Taxonomy) -> Result<Vec<Occupation>> {
        let searcher = self.searcher();
        let q = BooleanQuery::new(self.filters(
            doc_type::OCCUPATION,
            &SearchOptions {
                taxonomy: Some(taxonomy),
                ..Default::default()
            },
        ));
        let n = searcher.search(&q, &tantivy::collector::Count)?;
        if n == 0 {
            return Ok(Vec::new());
        }
        let mut addrs: Vec<DocAddress> = searcher
            .search(&q, &TopDocs::with_limit(n).order_by_score())?
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        addrs.sort();
        addrs
            .into_iter()
            .map(|a| self.decode(&searcher, a, doc_type::OCCUPATION))
            .collect()
    }

    /// Every skill in the index.
    pub fn all_skills(&self) -> Result<Vec<Skill>> {
        self.all(doc_type::SKILL)
    }

    /// Ranked occupations for a free-text query (titles, alternative titles, descriptions).
    pub fn search_occupations(&self, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        self.search(doc_type::OCCUPATION, query, opts)
    }

    /// Ranked skills for a free-text query (labels, alternative labels, descriptions).
    pub fn search_skills(&self, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        self.search(doc_type::SKILL, query, opts)
    }

    /// The skill extractor over every skill of the index, built on first use.
    pub fn extractor(&self) -> Result<&Extractor> {
        Ok(&self.extractor_and_addresses()?.0)
    }

    fn extractor_and_addresses(&self) -> Result<&(Extractor, HashMap<DocAddress, u32>)> {
        if let Some(e) = self.extractor.get() {
            return Ok(e);
        }
        let with_addr = self.all_with_addresses::<Skill>(doc_type::SKILL)?;
        let _span = tracing::info_span!("build_extractor", skills = with_addr.len()).entered();
        let addresses = with_addr
            .iter()
            .enumerate()
            .map(|(i, (a, _))| (*a, i as u32))
            .collect();
        let skills: Vec<Skill> = with_addr.into_iter().map(|(_, s)| s).collect();
        Ok(self
            .extractor
            .get_or_init(|| (Extractor::new(&skills), addresses)))
    }

    /// Ranks skills for a sentence or span of free text: BM25 over labels, alternative labels
    /// and descriptions, re-ranked by how much of each candidate's label the text covers
    /// (`similarity`), and boosted for labels found verbatim by the [`Extractor`].
    pub fn rank_skills(&self, text: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        let text = text.trim();
        if text.is_empty() {
            return Err(Error::InvalidQuery("the text is empty".into()));
        }
        let text = if text.len() > 10 * MAX_QUERY_BYTES {
            let mut end = 10 * MAX_QUERY_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        } else {
            text
        };
        let limit = opts.limit.unwrap_or(10).clamp(1, 1_000);
        let (extractor, addresses) = self.extractor_and_addresses()?;
        let f = self.fields;
        let terms: Vec<String> = self
            .analyse(text)?
            .into_iter()
            .filter(|t| !STOP_WORDS.contains(&t.as_str()))
            .collect();
        let mut candidates: HashMap<u32, (f32, f32)> = HashMap::new(); // skill -> (bm25, exact)
        if !terms.is_empty() {
            let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for t in &terms {
                self.boosted(
                    t,
                    &[(f.title, 2.0), (f.alt, 1.0), (f.body, 0.35)],
                    &mut should,
                );
            }
            let mut clauses = self.filters(crate::schema::doc_type::SKILL, opts);
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(should))));
            let searcher = self.searcher();
            let top = searcher.search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(RANK_CANDIDATES).order_by_score(),
            )?;
            for (score, addr) in top {
                if let Some(&i) = addresses.get(&addr) {
                    candidates.insert(i, (score, 0.0));
                }
            }
        }
        for m in extractor.extract_all(text) {
            let Some(i) = extractor.index_of(&m.skill_id) else {
                continue;
            };
            let e = &extractor.skills()[i as usize];
            if opts.taxonomy.is_none_or(|t| t == e.taxonomy)
                && opts.kind.is_none_or(|k| k == e.kind)
            {
                let c = candidates.entry(i).or_insert((0.0, 0.0));
                c.1 = c.1.max(m.confidence);
            }
        }
        let best = candidates
            .values()
            .map(|c| c.0)
            .fold(f32::EPSILON, f32::max);
        let text_tokens: std::collections::HashSet<String> =
            content_tokens(text).into_iter().collect();
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .map(|(i, (bm25, exact))| {
                let e = &extractor.skills()[i as usize];
                let mut coverage = 0f32;
                let mut matched = e.label.clone();
                for (i, toks) in e.label_tokens.iter().enumerate() {
                    if toks.is_empty() {
                        continue;
                    }
                    let hit = toks.iter().filter(|t| text_tokens.contains(*t)).count() as f32;
                    // Long labels covered in part say less than short ones covered fully.
                    let c = hit / toks.len() as f32 * if i == 0 { 1.0 } else { 0.9 };
                    if c > coverage {
                        coverage = c;
                        if i > 0 {
                            matched = String::new();
                        }
                    }
                }
                let score =
                    RANK_BM25 * (bm25 / best) + RANK_COVERAGE * coverage + RANK_EXACT * exact;
                Hit {
                    id: e.id.clone(),
                    taxonomy: e.taxonomy,
                    title: e.label.clone(),
                    kind: Some(e.kind),
                    matched: if matched.is_empty() {
                        e.label.clone()
                    } else {
                        matched
                    },
                    score,
                    bm25,
                    similarity: coverage,
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(limit);
        Ok(hits)
    }

    fn filters(&self, kind: &'static str, opts: &SearchOptions) -> Vec<(Occur, Box<dyn Query>)> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![self.must(f.doc_type, kind)];
        if let Some(tax) = opts.taxonomy {
            clauses.push(self.must(f.taxonomy, tax.as_str()));
        }
        if let Some(k) = opts.kind {
            clauses.push(self.must(f.kind, k.as_str()));
        }
        clauses
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

    fn search(&self, kind: &'static str, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        Ok(self
            .search_linked(kind, query, opts)?
            .into_iter()
            .map(|(h, _)| h)
            .collect())
    }

    /// Normalises a job title to occupations of `taxonomy` (ESCO by default): noise words
    /// (seniority, contract, gender markers) are dropped and abbreviations expanded before
    /// the search. (Letting O*NET's alternate titles vote through the crosswalk was measured
    /// and made the development titles worse: acc@1 0.186 → 0.164, so it is not done.) When
    /// the index holds postings, a small demand prior breaks near-ties in favour of the
    /// occupations the market posts for ([`TITLE_DEMAND_PRIOR`]).
    pub fn normalise_title(&self, title: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        let target = opts.taxonomy.unwrap_or(Taxonomy::Esco);
        let limit = opts.limit.unwrap_or(10);
        let cleaned = strip_title_noise(title);
        let query = if cleaned.trim().is_empty() {
            title
        } else {
            &cleaned
        };
        let wide = |t: Taxonomy, n: usize| SearchOptions {
            limit: Some(n),
            taxonomy: Some(t),
            kind: None,
        };
        let hits = self.search_linked(doc_type::OCCUPATION, query, &wide(target, limit))?;
        let mut hits: Vec<Hit> = hits.into_iter().map(|(h, _)| h).collect();
        self.add_demand_prior(&mut hits);
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(limit);
        Ok(hits)
    }

    /// Adds [`TITLE_DEMAND_PRIOR`] × the occupation's share of postings on a log scale
    /// (`ln(1 + n) / ln(1 + max)`) to each hit's score (then rescales to 0..1): between titles that fit about as well,
    /// the occupation the market posts for more often is the likelier reading. Nothing
    /// changes for an index without postings (and ingest's own placement searches the
    /// taxonomy-only index, so it is unaffected).
    fn add_demand_prior(&self, hits: &mut [Hit]) {
        let Ok(d) = self.demand() else {
            return;
        };
        let max = d
            .occupations
            .values()
            .map(|o| o.postings)
            .max()
            .unwrap_or(0) as f32;
        if max <= 0.0 {
            return;
        }
        for h in hits {
            let n = d.occupations.get(&h.id).map_or(0, |o| o.postings) as f32;
            let prior = (1.0 + n).ln() / (1.0 + max).ln();
            // Divided so that scores stay in 0..1.
            h.score = (h.score + TITLE_DEMAND_PRIOR * prior) / (1.0 + TITLE_DEMAND_PRIOR);
        }
    }

    fn search_linked(
        &self,
        kind: &'static str,
        query: &str,
        opts: &SearchOptions,
    ) -> Result<Vec<(Hit, Vec<String>)>> {
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
        let searcher = self.searcher();
        let mut text_clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut fuzzy = false;
        for t in &terms {
            self.boosted(
                t,
                &[(f.title, 3.0), (f.alt, 2.0), (f.body, 0.4)],
                &mut text_clauses,
            );
            let chars = t.chars().count();
            // Fuzzy terms only for words the labels do not contain: they cost far more than
            // term look-ups and only help with typos.
            let known = searcher.doc_freq(&self.term(f.title, t))? > 0
                || searcher.doc_freq(&self.term(f.alt, t))? > 0;
            fuzzy |= !known;
            if chars >= 4 && !known {
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
        let mut clauses = self.filters(kind, opts);
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(text_clauses))));
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit((3 * limit).clamp(MIN_CANDIDATES, CANDIDATES.max(limit)))
                .order_by_score(),
        )?;
        let best = top
            .first()
            .map(|(s, _)| *s)
            .unwrap_or(1.0)
            .max(f32::EPSILON);
        let q_norm = normalise_label(query);
        let mut hits = Vec::with_capacity(top.len());
        for (bm25, addr) in top {
            let l = self.labels(&searcher, addr)?;
            let (matched, similarity) = l.best_label(&q_norm, fuzzy);
            let score = SEARCH_BM25 * (bm25 / best) + (1.0 - SEARCH_BM25) * similarity;
            let l = &l.rec;
            hits.push((
                Hit {
                    id: l.id.clone(),
                    taxonomy: l.taxonomy,
                    title: l.title.clone(),
                    kind: l.kind,
                    matched,
                    score,
                    bm25,
                    similarity,
                },
                l.links.clone(),
            ));
        }
        hits.sort_by(|a, b| {
            b.0.score
                .total_cmp(&a.0.score)
                .then_with(|| a.0.id.cmp(&b.0.id))
        });
        hits.truncate(limit);
        Ok(hits)
    }
}

/// A document's labels with their normalised forms (title first), ready for re-ranking.
struct CachedLabels {
    rec: LabelRecord,
    norms: Vec<String>,
}

impl CachedLabels {
    fn new(rec: LabelRecord) -> Self {
        let mut norms = Vec::with_capacity(1 + rec.alts.len());
        norms.push(normalise_label(&rec.title));
        norms.extend(rec.alts.iter().map(|a| normalise_label(a)));
        CachedLabels { rec, norms }
    }

    /// The label most similar to the (normalised) query; the preferred title wins ties and
    /// alternative labels are discounted slightly. Word overlap is computed for every label
    /// sharing a word with the query (with possible typos when `fuzzy`: a word starting with
    /// the same three letters); the costlier Jaro-Winkler only for the title and the
    /// `JW_CANDIDATES` alternative labels of highest overlap.
    fn best_label(&self, q: &str, fuzzy: bool) -> (String, f32) {
        const JW_CANDIDATES: usize = 4;
        let q_words: Vec<&str> = q.split(' ').collect();
        let prefix = |w: &str| -> String { w.chars().take(3).collect() };
        let q_prefixes: Vec<String> = q_words.iter().map(|w| prefix(w)).collect();
        let mut best = (self.rec.title.clone(), similarity(q, &self.norms[0], fuzzy));
        let mut ranked: Vec<(f32, usize)> = Vec::new();
        for (i, norm) in self.norms.iter().enumerate().skip(1) {
            let related = norm.split(' ').any(|w| {
                q_words.contains(&w)
                    || (fuzzy && q_prefixes.iter().any(|p| w.starts_with(p.as_str())))
            });
            if related {
                ranked.push((word_overlap(&q_words, norm, fuzzy), i));
            }
        }
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        for &(overlap, i) in ranked.iter().take(JW_CANDIDATES) {
            let norm = &self.norms[i];
            let sim = if q == norm {
                1.0
            } else {
                0.5 * strsim::jaro_winkler(q, norm) as f32 + 0.5 * overlap
            };
            let s = 0.95 * sim;
            if s > best.1 {
                best = (self.rec.alts[i - 1].clone(), s);
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
    similarity(a, b, true)
}

/// [`label_similarity`]; without `fuzzy`, tokens must match exactly (much cheaper).
fn similarity(a: &str, b: &str, fuzzy: bool) -> f32 {
    if a == b {
        return 1.0;
    }
    let ta: Vec<&str> = a.split(' ').collect();
    0.5 * strsim::jaro_winkler(a, b) as f32 + 0.5 * word_overlap(&ta, b, fuzzy)
}

/// Dice overlap of the query words with a label's words; with `fuzzy`, a query word may match
/// a label word with a small typo.
fn word_overlap(ta: &[&str], b: &str, fuzzy: bool) -> f32 {
    let tb: Vec<&str> = b.split(' ').collect();
    let matched = ta
        .iter()
        .filter(|x| {
            tb.iter().any(|y| {
                x == &y
                    || (fuzzy
                        && x.len() > 3
                        && x.len().abs_diff(y.len()) <= 1 + x.len() / 8
                        && strsim::osa_distance(x, y) <= 1 + x.len() / 8)
            })
        })
        .count() as f32;
    2.0 * matched / (ta.len() + tb.len()) as f32
}

/// Words in job titles that say nothing about the occupation: seniority, contract, gender
/// markers, place of work.
const TITLE_NOISE: &[&str] = &[
    "senior",
    "sr",
    "junior",
    "jr",
    "lead",
    "principal",
    "chief",
    "head",
    "intern",
    "internship",
    "trainee",
    "apprentice",
    "graduate",
    "entry",
    "level",
    "mid",
    "experienced",
    "m",
    "f",
    "d",
    "w",
    "x",
    "h",
    "mwd",
    "fmd",
    "wmd",
    "all",
    "genders",
    "remote",
    "hybrid",
    "onsite",
    "on-site",
    "full",
    "part",
    "time",
    "fulltime",
    "parttime",
    "permanent",
    "temporary",
    "temp",
    "contract",
    "freelance",
    "locum",
    "bank",
    "urgent",
    "new",
    "ii",
    "iii",
    "iv",
    "i",
    "1",
    "2",
    "3",
    "band",
    "grade",
    "nights",
    "days",
    "weekend",
    "immediate",
    "start",
    "hiring",
    "wanted",
    "needed",
    "job",
    "vacancy",
    "position",
    "role",
    "opportunity",
    "k",
];

/// Abbreviations common in job titles.
const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("exec", "executive"),
    ("mgr", "manager"),
    ("mngr", "manager"),
    ("asst", "assistant"),
    ("admin", "administrator"),
    ("eng", "engineer"),
    ("engr", "engineer"),
    ("dev", "developer"),
    ("tech", "technician"),
    ("techn", "technician"),
    ("rep", "representative"),
    ("spec", "specialist"),
    ("coord", "coordinator"),
    ("acct", "accountant"),
    ("hr", "human resources"),
    ("it", "ICT"),
    ("ict", "ICT"),
    ("qa", "quality assurance"),
    ("ui", "user interface"),
    ("ux", "user experience"),
    ("rn", "registered nurse"),
    ("hca", "healthcare assistant"),
    ("cna", "certified nursing assistant"),
    ("dba", "database administrator"),
    ("swe", "software engineer"),
    ("pm", "project manager"),
];

/// Removes noise words and bracketed asides from a job title: "Senior Data Analyst (m/f/d) -
/// Remote" becomes "Data Analyst".
pub fn strip_title_noise(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut depth = 0i32;
    for c in title.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split(|c: char| {
        c.is_whitespace() || matches!(c, '/' | ',' | '|' | '-' | '–' | ':' | '*' | '!')
    })
    .filter_map(|w| {
        let lower = w.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty()
            || TITLE_NOISE.contains(&bare)
            || bare.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        Some(
            TITLE_ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == bare)
                .map_or_else(|| w.to_owned(), |(_, full)| (*full).to_owned()),
        )
    })
    .collect::<Vec<_>>()
    .join(" ")
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
    fn title_noise_is_removed() {
        assert_eq!(
            strip_title_noise("Senior Data Analyst (m/f/d) - Remote"),
            "Data Analyst"
        );
        assert_eq!(
            strip_title_noise("Registered Nurse - Band 5 Nights"),
            "Registered Nurse"
        );
        assert_eq!(strip_title_noise("Junior"), "");
        assert_eq!(
            strip_title_noise("Digital Sales Exec"),
            "Digital Sales executive"
        );
    }

    #[test]
    fn soc_codes_without_suffix() {
        assert!(is_soc_without_suffix("15-1252"));
        assert!(!is_soc_without_suffix("15-1252.00"));
        assert!(!is_soc_without_suffix("2512.4"));
    }
}
