//! The on-disk layout of an index directory, and the writer that fills it.
//!
//! ```text
//! index/
//!   CURRENT                 one line: the name of the live generation
//!   gen-<millis>-<pid>/     a complete tantivy index plus manifest.json
//!   tmp-<millis>-<pid>/     a generation being built (ignored by readers, removed later)
//! ```
//!
//! A new generation is built in a `tmp-` directory, synced, renamed to `gen-…`, and only then
//! made live by atomically replacing `CURRENT` (write a temporary file, fsync, rename). A
//! reader therefore always sees either the old or the new generation complete, whatever
//! point an ingest is killed at. Older generations are removed after a successful publish,
//! keeping the previous one for readers that still have it open.
//!
//! Each generation also holds `taxonomy/`, a tantivy index of its occupations and skills only
//! (hard links to the segments committed before postings and credentials were added), and
//! `demand-state.bin` ([`DemandState`]). An append ([`CatalogWriter::append`]) starts a new
//! `tmp-` generation from hard links to the live one's files, enriches the new postings against
//! `taxonomy/` (the same statistics a full rebuild searches) and extends the demand state, so
//! the result equals a full rebuild's without re-reading anything old.

use crate::catalog::Catalog;
use crate::demand::{month_of, read_state, DemandState, DemandStats};
use crate::error::{Error, Result};
use crate::model::{Credential, Occupation, Posting, Skill};
use crate::report::IngestReport;
use crate::schema::{build_schema, doc_type, Fields, LabelRecord, FORMAT_VERSION};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

/// Name of the pointer file.
pub const CURRENT: &str = "CURRENT";
/// Name of the manifest inside a generation.
pub const MANIFEST: &str = "manifest.json";
/// Name of the demand statistics inside a generation.
pub const DEMAND: &str = "demand.json";
/// Name of the demand state (exact counts and posting keys) inside a generation.
pub const DEMAND_STATE: &str = "demand-state.bin";
/// Name of the taxonomy-only tantivy index inside a generation.
pub const TAXONOMY: &str = "taxonomy";

/// What a generation holds: version, provenance, counts and the ingest report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format_version: u32,
    /// Generation name (`gen-…`), also used as the index version shown to users.
    pub generation: String,
    /// Seconds since the Unix epoch at which the generation was published.
    pub created_unix: u64,
    /// Version of skillgap that built it.
    pub built_by: String,
    /// The input directories and files.
    pub sources: Vec<String>,
    /// Entity counts, e.g. `occupations.onet`, `skills.esco`, `requirements`.
    pub counts: BTreeMap<String, u64>,
    pub report: IngestReport,
    /// Seconds the ingest took.
    #[serde(default)]
    pub elapsed_secs: f64,
}

/// Reads the manifest of generation `dir` of `index_dir`, checking its format version.
pub(crate) fn read_manifest(dir: &Path, index_dir: &Path) -> Result<Manifest> {
    let manifest_path = dir.join(MANIFEST);
    let raw = fs::read(&manifest_path).map_err(|e| Error::io("read", &manifest_path, e))?;
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
    Ok(manifest)
}

/// A tantivy writer with `threads` threads sharing `heap_bytes` (at least 15 MB each).
fn writer_for(index: &Index, threads: usize, heap_bytes: usize) -> Result<IndexWriter> {
    let threads = threads.max(1);
    // tantivy requires at least 15 MB per thread.
    let heap = heap_bytes.max(threads * 15_000_000);
    Ok(index.writer_with_num_threads(threads, heap)?)
}

/// Path of the live generation of `index_dir`, if any.
pub fn live_generation(index_dir: &Path) -> Result<Option<PathBuf>> {
    let pointer = index_dir.join(CURRENT);
    match fs::read_to_string(&pointer) {
        Ok(s) => {
            let name = s.trim();
            if name.is_empty() || name.contains('/') || name.contains("..") {
                return Ok(None);
            }
            let dir = index_dir.join(name);
            Ok(dir.is_dir().then_some(dir))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io("read", pointer, e)),
    }
}

/// Whether `index_dir` holds a usable (published) index.
pub fn index_exists(index_dir: &Path) -> bool {
    matches!(live_generation(index_dir), Ok(Some(_)))
}

fn unique_suffix() -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("{millis:013}-{}", std::process::id())
}

fn fsync_dir(dir: &Path) {
    // Directory fsync makes renames durable on Linux; not supported everywhere, so best effort.
    if let Ok(f) = fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

/// Writes one new generation of an index directory.
///
/// ```
/// use skillgap_core::{CatalogWriter, Catalog, Occupation, Taxonomy};
/// let dir = tempfile::tempdir().unwrap();
/// let mut w = CatalogWriter::create(dir.path(), 1, 15_000_000).unwrap();
/// w.add_occupation(&Occupation {
///     id: "15-2051.00".into(), taxonomy: Taxonomy::Onet, code: "15-2051.00".into(),
///     title: "Data Scientists".into(), alt_titles: vec![], description: String::new(),
///     job_zone: Some(5), isco_group: None, tasks: vec![], related: vec![], broader: vec![],
///     requirements: vec![], crosswalk: vec![],
/// }).unwrap();
/// w.publish(Default::default()).unwrap();
/// let catalog = Catalog::open(dir.path()).unwrap();
/// assert_eq!(catalog.occupation("15-2051.00").unwrap().title, "Data Scientists");
/// ```
pub struct CatalogWriter {
    index_dir: PathBuf,
    tmp_dir: PathBuf,
    writer: IndexWriter,
    fields: Fields,
    counts: BTreeMap<String, u64>,
    demand: Option<DemandStats>,
    /// Finished and written (with `demand`) while tantivy commits.
    demand_state: Option<DemandState>,
    /// The generation an append started from.
    base: Option<PathBuf>,
}

/// Hard-links `from` to `to`, copying when links are not possible (another file system).
fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    if fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| Error::io("copy", from, e))
}

/// Files of the segments a tantivy `meta.json` lists.
fn segment_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let meta_path = dir.join("meta.json");
    let raw = fs::read(&meta_path).map_err(|e| Error::io("read", &meta_path, e))?;
    let meta: serde_json::Value = serde_json::from_slice(&raw).map_err(|e| Error::Manifest {
        path: meta_path.clone(),
        source: e,
    })?;
    let ids: Vec<String> = meta["segments"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s["segment_id"].as_str())
                .map(|s| s.replace('-', ""))
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io("read", dir, e))? {
        let entry = entry.map_err(|e| Error::io("read", dir, e))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stem = name.split('.').next().unwrap_or("");
        if ids.iter().any(|id| id == stem) {
            out.push(entry.path());
        }
    }
    Ok(out)
}

/// Opens the taxonomy-only index (`taxonomy/`) of a generation directory: what posting and
/// credential enrichment search, in full ingests and appends alike.
pub fn open_taxonomy(gen_dir: &Path) -> Result<Catalog> {
    let dir = gen_dir.join(TAXONOMY);
    if !dir.join("meta.json").is_file() {
        return Err(Error::NotAppendable {
            path: gen_dir.to_owned(),
            reason: "the generation has no taxonomy/ index (built by an older skillgap): run a \
                     full ingest once"
                .into(),
        });
    }
    Catalog::open_dir(&dir, Manifest::default())
}

impl CatalogWriter {
    /// Starts a new generation in `index_dir` (created if missing), writing with `threads`
    /// indexing threads and `heap_bytes` of writer memory in total.
    pub fn create(index_dir: &Path, threads: usize, heap_bytes: usize) -> Result<Self> {
        fs::create_dir_all(index_dir).map_err(|e| Error::io("create", index_dir, e))?;
        let tmp_dir = index_dir.join(format!("tmp-{}", unique_suffix()));
        fs::create_dir(&tmp_dir).map_err(|e| Error::io("create", &tmp_dir, e))?;
        let (schema, fields) = build_schema();
        let index = Index::create_in_dir(&tmp_dir, schema)?;
        crate::tokenize::register(&index);
        let writer = writer_for(&index, threads, heap_bytes)?;
        Ok(CatalogWriter {
            index_dir: index_dir.to_owned(),
            tmp_dir,
            writer,
            fields,
            counts: BTreeMap::new(),
            demand: None,
            demand_state: None,
            base: None,
        })
    }

    /// Starts a new generation holding everything of the live one (hard links to its
    /// immutable segment files and its `taxonomy/` index), to which documents can be added.
    /// Counts start from the live generation's manifest.
    pub fn append(index_dir: &Path, threads: usize, heap_bytes: usize) -> Result<Self> {
        let base = live_generation(index_dir)?.ok_or_else(|| Error::NoIndex {
            path: index_dir.to_owned(),
        })?;
        let manifest = read_manifest(&base, index_dir)?;
        if !base.join(TAXONOMY).join("meta.json").is_file() {
            open_taxonomy(&base)?;
        }
        let tmp_dir = index_dir.join(format!("tmp-{}", unique_suffix()));
        fs::create_dir(&tmp_dir).map_err(|e| Error::io("create", &tmp_dir, e))?;
        let entries = fs::read_dir(&base).map_err(|e| Error::io("read", &base, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io("read", &base, e))?;
            let name = entry.file_name();
            let s = name.to_string_lossy();
            if s == MANIFEST || s == DEMAND || s == DEMAND_STATE || s.starts_with(".tantivy-") {
                continue;
            }
            let from = entry.path();
            let to = tmp_dir.join(&name);
            if s == TAXONOMY {
                fs::create_dir(&to).map_err(|e| Error::io("create", &to, e))?;
                let inner = fs::read_dir(&from).map_err(|e| Error::io("read", &from, e))?;
                for f in inner {
                    let f = f.map_err(|e| Error::io("read", &from, e))?;
                    link_or_copy(&f.path(), &to.join(f.file_name()))?;
                }
            } else if from.is_file() {
                link_or_copy(&from, &to)?;
            }
        }
        let index = Index::open_in_dir(&tmp_dir)?;
        crate::tokenize::register(&index);
        let fields = crate::schema::fields_of(&index.schema())?;
        let writer = writer_for(&index, threads, heap_bytes)?;
        Ok(CatalogWriter {
            index_dir: index_dir.to_owned(),
            tmp_dir,
            writer,
            fields,
            counts: manifest.counts,
            demand: None,
            demand_state: None,
            base: Some(base),
        })
    }

    /// The generation an append started from (`None` for a full ingest).
    pub fn base(&self) -> Option<&Path> {
        self.base.as_deref()
    }

    /// The demand state of the generation an append started from (empty when it has no
    /// postings).
    pub fn base_demand_state(&self) -> Result<DemandState> {
        let Some(base) = &self.base else {
            return Ok(DemandState::default());
        };
        match read_state(&base.join(DEMAND_STATE))? {
            Some(s) => Ok(s),
            None if self.counts.get("postings").copied().unwrap_or(0) == 0 => {
                Ok(DemandState::default())
            }
            None => Err(Error::NotAppendable {
                path: base.clone(),
                reason: format!(
                    "the generation has postings but no {DEMAND_STATE} (built by an older \
                     skillgap): run a full ingest once"
                ),
            }),
        }
    }

    /// Removes a credential of the base generation (before adding its new version), taking
    /// its figures out of the counts.
    pub fn remove_credential(&mut self, old: &Credential) -> Result<()> {
        let f = self.fields;
        let term = |field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        let q = BooleanQuery::new(vec![
            (Occur::Must, term(f.doc_type, doc_type::CREDENTIAL)),
            (Occur::Must, term(f.id, &old.id)),
        ]);
        self.writer.delete_query(Box::new(q))?;
        let mut down = |key: &str, n: u64| {
            if let Some(v) = self.counts.get_mut(key) {
                *v = v.saturating_sub(n);
            }
        };
        down("credentials", 1);
        down("credential_outcomes", old.outcomes.len() as u64);
        down(
            "credential_outcomes.resolved",
            old.outcomes.iter().filter(|o| o.skill_id.is_some()).count() as u64,
        );
        Ok(())
    }

    fn bump(&mut self, key: String, by: u64) {
        *self.counts.entry(key).or_default() += by;
    }

    /// Adds an occupation.
    pub fn add_occupation(&mut self, occ: &Occupation) -> Result<()> {
        let f = self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.doc_type, doc_type::OCCUPATION);
        doc.add_text(f.id, &occ.id);
        doc.add_text(f.code, &occ.code);
        doc.add_text(f.taxonomy, occ.taxonomy.as_str());
        doc.add_text(f.title, &occ.title);
        for alt in &occ.alt_titles {
            doc.add_text(f.alt, alt);
        }
        doc.add_text(f.body, &occ.description);
        let payload = serde_json::to_vec(occ).expect("occupation serialises");
        doc.add_bytes(f.payload, &payload);
        let labels = LabelRecord {
            id: occ.id.clone(),
            taxonomy: occ.taxonomy,
            kind: None,
            title: occ.title.clone(),
            alts: occ.alt_titles.clone(),
            links: occ
                .crosswalk
                .iter()
                .filter(|l| l.scheme == "esco" || l.scheme == "onet")
                .map(|l| l.code.clone())
                .collect(),
        };
        doc.add_bytes(
            f.labels,
            &serde_json::to_vec(&labels).expect("labels serialise"),
        );
        self.writer.add_document(doc)?;
        self.bump(format!("occupations.{}", occ.taxonomy), 1);
        self.bump("requirements".into(), occ.requirements.len() as u64);
        self.bump("crosswalk_links".into(), occ.crosswalk.len() as u64);
        Ok(())
    }

    /// Adds a skill.
    pub fn add_skill(&mut self, skill: &Skill) -> Result<()> {
        let f = self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.doc_type, doc_type::SKILL);
        doc.add_text(f.id, &skill.id);
        doc.add_text(f.code, &skill.id);
        doc.add_text(f.taxonomy, skill.taxonomy.as_str());
        doc.add_text(f.kind, skill.kind.as_str());
        doc.add_text(f.title, &skill.label);
        for alt in &skill.alt_labels {
            doc.add_text(f.alt, alt);
        }
        doc.add_text(f.body, &skill.description);
        let payload = serde_json::to_vec(skill).expect("skill serialises");
        doc.add_bytes(f.payload, &payload);
        let labels = LabelRecord {
            id: skill.id.clone(),
            taxonomy: skill.taxonomy,
            kind: Some(skill.kind),
            title: skill.label.clone(),
            alts: skill.alt_labels.clone(),
            links: Vec::new(),
        };
        doc.add_bytes(
            f.labels,
            &serde_json::to_vec(&labels).expect("labels serialise"),
        );
        self.writer.add_document(doc)?;
        self.bump(format!("skills.{}", skill.taxonomy), 1);
        self.bump(format!("skills.kind.{}", skill.kind), 1);
        Ok(())
    }

    /// Adds a job posting with its extracted skills and occupations.
    pub fn add_posting(&mut self, p: &Posting) -> Result<()> {
        let f = self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.doc_type, doc_type::POSTING);
        doc.add_text(f.id, &p.id);
        doc.add_text(f.title, &p.title);
        doc.add_text(f.body, &p.description);
        if let Some(e) = &p.employer {
            doc.add_text(f.alt, e);
        }
        let mut seen = std::collections::HashSet::new();
        for m in &p.skills {
            if seen.insert(m.skill_id.as_str()) {
                doc.add_text(f.skill, &m.skill_id);
            }
        }
        for o in &p.occupations {
            doc.add_text(f.occupation, &o.id);
        }
        if let Some(m) = month_of(p.date.as_deref()) {
            doc.add_text(f.month, &m);
        }
        let payload = serde_json::to_vec(p).expect("posting serialises");
        doc.add_bytes(f.payload, &payload);
        self.writer.add_document(doc)?;
        self.bump("postings".into(), 1);
        Ok(())
    }

    /// Adds a credential with its resolved outcomes.
    pub fn add_credential(&mut self, c: &Credential) -> Result<()> {
        let f = self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.doc_type, doc_type::CREDENTIAL);
        doc.add_text(f.id, &c.id);
        doc.add_text(f.title, &c.title);
        for k in &c.keywords {
            doc.add_text(f.alt, k);
        }
        if let Some(p) = &c.provider {
            doc.add_text(f.alt, p);
        }
        let mut body = c.description.clone();
        for o in &c.outcomes {
            body.push('\n');
            body.push_str(&o.text);
            if let Some(l) = &o.skill_label {
                body.push_str(" — ");
                body.push_str(l);
            }
        }
        doc.add_text(f.body, &body);
        let mut seen = std::collections::HashSet::new();
        for o in &c.outcomes {
            if let Some(id) = &o.skill_id {
                if seen.insert(id.as_str()) {
                    doc.add_text(f.skill, id);
                }
            }
        }
        for o in &c.occupations {
            doc.add_text(f.occupation, o);
        }
        let payload = serde_json::to_vec(c).expect("credential serialises");
        doc.add_bytes(f.payload, &payload);
        let labels = LabelRecord {
            id: c.id.clone(),
            taxonomy: crate::Taxonomy::Esco,
            kind: None,
            title: c.title.clone(),
            alts: c.keywords.clone(),
            links: Vec::new(),
        };
        doc.add_bytes(
            f.labels,
            &serde_json::to_vec(&labels).expect("labels serialise"),
        );
        self.writer.add_document(doc)?;
        self.bump("credentials".into(), 1);
        self.bump("credential_outcomes".into(), c.outcomes.len() as u64);
        self.bump(
            "credential_outcomes.resolved".into(),
            c.outcomes.iter().filter(|o| o.skill_id.is_some()).count() as u64,
        );
        Ok(())
    }

    /// Adds `n` to the manifest count `key` (e.g. per-source resolution figures).
    pub fn count(&mut self, key: &str, n: u64) {
        self.bump(key.to_owned(), n);
    }

    /// Demand statistics to store with this generation.
    pub fn set_demand(&mut self, mut demand: DemandStats) {
        demand.finish();
        self.demand = Some(demand);
    }

    /// Demand statistics to store with this generation, with the state an append extends.
    pub fn set_demand_state(&mut self, state: DemandState) {
        self.demand = None;
        self.demand_state = Some(state);
    }

    /// Commits the occupations and skills added so far, keeps them as this generation's
    /// `taxonomy/` index (hard links to the committed segments) and opens that for reading:
    /// posting and credential enrichment search it, so that a later append sees exactly the
    /// statistics this ingest saw.
    pub fn commit_taxonomy(&mut self) -> Result<Catalog> {
        self.writer.commit()?;
        let dir = self.tmp_dir.join(TAXONOMY);
        fs::create_dir(&dir).map_err(|e| Error::io("create", &dir, e))?;
        for f in segment_files(&self.tmp_dir)? {
            if let Some(name) = f.file_name() {
                link_or_copy(&f, &dir.join(name))?;
            }
        }
        let meta = self.tmp_dir.join("meta.json");
        fs::copy(&meta, dir.join("meta.json")).map_err(|e| Error::io("copy", &meta, e))?;
        Catalog::open_dir(&dir, Manifest::default())
    }

    /// Commits what was added so far and opens it for reading, so that later stages (posting
    /// extraction, credential resolution) can use the taxonomy of this very generation before
    /// it is published.
    pub fn commit_and_open(&mut self) -> Result<Catalog> {
        self.writer.commit()?;
        Catalog::open_dir(&self.tmp_dir, Manifest::default())
    }

    /// Takes `n` from the manifest count `key` (not below 0).
    pub fn uncount(&mut self, key: &str, n: u64) {
        if let Some(v) = self.counts.get_mut(key) {
            *v = v.saturating_sub(n);
        }
    }

    /// Counts added so far.
    pub fn counts(&self) -> &BTreeMap<String, u64> {
        &self.counts
    }

    /// Commits, writes the manifest and makes this generation the live one.
    pub fn publish(mut self, mut manifest: Manifest) -> Result<Manifest> {
        // demand.json and demand-state.bin are written while tantivy commits.
        let (demand_dir, demand, demand_state) =
            (&self.tmp_dir, self.demand.take(), self.demand_state.take());
        let writer = &mut self.writer;
        let (committed, written) = std::thread::scope(|scope| {
            let written = scope.spawn(move || -> Result<()> {
                let t0 = std::time::Instant::now();
                let (demand, bytes) = match demand_state {
                    Some(state) => {
                        let (stats, bytes) = state.into_stats_and_bytes();
                        (Some(stats), Some(bytes))
                    }
                    None => (demand, None),
                };
                tracing::debug!(secs = t0.elapsed().as_secs_f64(), "demand finished");
                if let Some(d) = &demand {
                    let path = demand_dir.join(DEMAND);
                    let json = serde_json::to_vec(d).expect("demand serialises");
                    tracing::debug!(secs = t0.elapsed().as_secs_f64(), "demand serialised");
                    write_synced(&path, &json)?;
                }
                if let Some(b) = &bytes {
                    write_synced(&demand_dir.join(DEMAND_STATE), b)?;
                }
                tracing::debug!(secs = t0.elapsed().as_secs_f64(), "demand written");
                Ok(())
            });
            let t0 = std::time::Instant::now();
            let committed = writer.commit().map(|_| ()).map_err(Error::from);
            tracing::debug!(secs = t0.elapsed().as_secs_f64(), "committed");
            (committed, written.join().expect("demand writer panicked"))
        });
        committed?;
        written?;
        self.writer.wait_merging_threads()?;
        let name = format!("gen-{}", unique_suffix());
        manifest.format_version = FORMAT_VERSION;
        manifest.generation = name.clone();
        manifest.created_unix = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        if manifest.built_by.is_empty() {
            manifest.built_by = format!("skillgap {}", env!("CARGO_PKG_VERSION"));
        }
        manifest.counts = self.counts.clone();
        fsync_dir(&self.tmp_dir.join(TAXONOMY));
        let manifest_path = self.tmp_dir.join(MANIFEST);
        write_synced(
            &manifest_path,
            &serde_json::to_vec_pretty(&manifest).expect("manifest serialises"),
        )?;
        // tantivy syncs its own files on commit; sync the directory entries too.
        fsync_dir(&self.tmp_dir);
        let gen_dir = self.index_dir.join(&name);
        fs::rename(&self.tmp_dir, &gen_dir).map_err(|e| Error::io("rename", &gen_dir, e))?;
        fsync_dir(&self.index_dir);
        let previous = live_generation(&self.index_dir).ok().flatten();
        let pointer_tmp = self
            .index_dir
            .join(format!("{CURRENT}.tmp-{}", unique_suffix()));
        write_synced(&pointer_tmp, format!("{name}\n").as_bytes())?;
        let pointer = self.index_dir.join(CURRENT);
        fs::rename(&pointer_tmp, &pointer).map_err(|e| Error::io("rename", &pointer, e))?;
        fsync_dir(&self.index_dir);
        collect_garbage(&self.index_dir, &name, previous.as_deref());
        Ok(manifest)
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = fs::File::create(path).map_err(|e| Error::io("create", path, e))?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| Error::io("write", path, e))
}

/// Removes generations other than `live` and `keep`, abandoned `tmp-` directories and stray
/// pointer temporaries. Failures are ignored: garbage is harmless.
fn collect_garbage(index_dir: &Path, live: &str, keep: Option<&Path>) {
    let Ok(entries) = fs::read_dir(index_dir) else {
        return;
    };
    let keep_name = keep.and_then(|p| p.file_name()).map(|n| n.to_owned());
    for entry in entries.flatten() {
        let name = entry.file_name();
        let s = name.to_string_lossy();
        if s == live || Some(&name) == keep_name.as_ref() {
            continue;
        }
        let path = entry.path();
        if s.starts_with("gen-") || s.starts_with("tmp-") {
            // A tmp- dir of a running ingest by another process would be removed here; ingests
            // into the same directory are not meant to run concurrently.
            let _ = fs::remove_dir_all(&path);
        } else if s.starts_with("CURRENT.tmp-") {
            let _ = fs::remove_file(&path);
        }
    }
}
