//! The ingest pipeline: read every source, link them, write a new index generation.

use crate::credentials::{credential_files, read_credentials, CredentialFormat};
use crate::crosswalk::{apply_links, read_crosswalks};
use crate::enrich::{resolve_credential, OutcomeMemo, PostingEnricher, Resolution};
use crate::error::{Error, Result};
use crate::esco::read_esco;
use crate::onet::read_onet;
use crate::postings::{
    load_mapping, mapping_for, posting_files, read_postings_counted, NOT_A_POSTINGS_FILE,
};
use rayon::prelude::*;
use skillgap_core::{
    normalise_label, open_taxonomy, Catalog, CatalogWriter, DemandState, IngestReport, Manifest,
    Occupation, Posting, Requirement, Skill, Taxonomy,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What to read and where to write.
#[derive(Debug, Clone, Default)]
pub struct IngestConfig {
    /// O*NET text release directory.
    pub onet: Option<PathBuf>,
    /// ESCO CSV directory.
    pub esco: Option<PathBuf>,
    /// The ESCO ↔ O*NET crosswalk file (Nesta layout).
    pub crosswalk: Option<PathBuf>,
    /// Directory holding the O*NET/SOC/ISCO tables as CSV (`crosswalks/derived`).
    pub crosswalk_tables: Option<PathBuf>,
    /// The index directory to publish into.
    pub index_dir: PathBuf,
    /// tantivy indexing threads (default: 1 per core, at most 2).
    pub threads: Option<usize>,
    /// tantivy writer memory in bytes, all threads together (default 200 MB).
    pub heap_bytes: Option<usize>,
    /// Posting files or directories.
    pub postings: Vec<PathBuf>,
    /// A mapping applied to every posting file (else each file's shipped mapping, else
    /// detection from the header).
    pub postings_mapping: Option<PathBuf>,
    /// Where shipped posting mappings live (`data/mappings`).
    pub mappings_dir: Option<PathBuf>,
    /// Credential files or directories.
    pub credentials: Vec<PathBuf>,
    /// Force one credential format instead of detecting it per file.
    pub credentials_format: Option<CredentialFormat>,
    /// Add `postings` and `credentials` to the live generation instead of rebuilding
    /// ([`run`] then reads no taxonomy sources).
    pub append: bool,
}

impl IngestConfig {
    /// The layout of `../shared/datasets` and `data/sample`: `DIR/onet`, `DIR/esco`,
    /// `DIR/crosswalks/esco_onet_crosswalk*.csv` and `DIR/crosswalks/derived`, each used when
    /// present.
    pub fn from_data_dir(data: &Path, index_dir: &Path) -> Result<Self> {
        if !data.is_dir() {
            return Err(Error::Input(format!(
                "data directory {} does not exist",
                data.display()
            )));
        }
        let dir = |name: &str| {
            let p = data.join(name);
            p.is_dir().then_some(p)
        };
        let crosswalks = data.join("crosswalks");
        let crosswalk = std::fs::read_dir(&crosswalks).ok().and_then(|entries| {
            let mut files: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("esco_onet") && n.ends_with(".csv"))
                })
                .collect();
            files.sort();
            files.pop()
        });
        let tables = crosswalks.join("derived");
        Ok(IngestConfig {
            onet: dir("onet"),
            esco: dir("esco"),
            crosswalk,
            crosswalk_tables: tables.is_dir().then_some(tables),
            index_dir: index_dir.to_owned(),
            postings: dir("postings").into_iter().collect(),
            credentials: dir("credentials").into_iter().collect(),
            ..Default::default()
        })
    }
}

/// Receives progress: a stage name, then ticks.
pub trait Progress: Sync {
    /// A new stage begins with `total` steps (0 when unknown).
    fn stage(&self, name: &str, total: u64);
    /// `n` steps of the current stage are done.
    fn advance(&self, n: u64);
    /// The current stage is at `pos` of its total; `msg` says how fast it goes.
    fn position(&self, _pos: u64, _msg: &str) {}
}

/// A [`Progress`] that reports nothing.
pub struct NoProgress;

impl Progress for NoProgress {
    fn stage(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// Runs a full ingest and publishes the new generation. Row-level problems are in the returned
/// manifest's report; an `Err` means nothing was published and the previous index is intact.
pub fn run(cfg: &IngestConfig, progress: &dyn Progress, cancel: &AtomicBool) -> Result<Manifest> {
    if cfg.append {
        return run_append(cfg, progress, cancel);
    }
    let started = Instant::now();
    let _span = tracing::info_span!("ingest", index = %cfg.index_dir.display()).entered();
    for (what, p) in [("O*NET", &cfg.onet), ("ESCO", &cfg.esco)] {
        if let Some(p) = p {
            if !p.is_dir() {
                return Err(Error::Input(format!(
                    "{what} directory {} does not exist",
                    p.display()
                )));
            }
        }
    }
    if let Some(p) = &cfg.crosswalk {
        if !p.is_file() {
            return Err(Error::Input(format!(
                "crosswalk file {} does not exist",
                p.display()
            )));
        }
    }
    if cfg.onet.is_none() && cfg.esco.is_none() {
        return Err(Error::Input(
            "nothing to ingest: give --data DIR, or --onet DIR and/or --esco DIR".into(),
        ));
    }

    progress.stage("reading O*NET and ESCO", 0);
    let ((onet, onet_report), (esco, esco_report)) = rayon::join(
        || {
            let mut r = IngestReport::default();
            let d = cfg.onet.as_deref().map(|p| read_onet(p, &mut r));
            (d, r)
        },
        || {
            let mut r = IngestReport::default();
            let d = cfg.esco.as_deref().map(|p| read_esco(p, &mut r));
            (d, r)
        },
    );
    let mut report = IngestReport::default();
    for r in [onet_report, esco_report] {
        report.files.extend(r.files);
        report.warnings.extend(r.warnings);
    }
    if cfg.onet.is_none() {
        report.warnings.push("no O*NET directory given".into());
    }
    if cfg.esco.is_none() {
        report.warnings.push("no ESCO directory given".into());
    }
    if cancel.load(Ordering::Relaxed) {
        return Err(Error::Cancelled);
    }

    let (mut occupations, mut skills) = (Vec::new(), Vec::new());
    if let Some(d) = onet {
        occupations.extend(d.occupations);
        skills.extend(d.skills);
    }
    if let Some(d) = esco {
        occupations.extend(d.occupations);
        skills.extend(d.skills);
    }

    progress.stage("linking crosswalks", 0);
    if cfg.crosswalk.is_some() || cfg.crosswalk_tables.is_some() {
        let links = read_crosswalks(
            cfg.crosswalk.as_deref(),
            cfg.crosswalk_tables.as_deref(),
            &mut report,
        );
        let dropped = apply_links(links, &mut occupations);
        if dropped > 0 {
            report.warnings.push(format!(
                "{dropped} crosswalk links name occupations that are not in the index and were left out"
            ));
        }
    } else {
        report.warnings.push("no crosswalk given".into());
    }
    link_identical_labels(&mut skills);
    let inferred = infer_missing_ratings(&mut occupations);
    if inferred > 0 {
        report.warnings.push(format!(
            "{inferred} O*NET occupations have no Skills/Knowledge ratings in the release; \
             their ratings were averaged from up to {INFER_FROM} rated related occupations \
             (marked `inferred_from`)"
        ));
    }

    let total = (occupations.len() + skills.len()) as u64;
    progress.stage("indexing", total);
    // With postings or credentials, rayon does the extraction on every core: leave tantivy
    // one indexing thread so that the two do not fight.
    let enriching = !cfg.postings.is_empty() || !cfg.credentials.is_empty();
    let threads = cfg.threads.unwrap_or_else(|| {
        if enriching {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(2))
        }
    });
    let heap = cfg.heap_bytes.unwrap_or(200_000_000);
    let mut writer = CatalogWriter::create(&cfg.index_dir, threads, heap)?;
    let (catalog, extractor) = std::thread::scope(|scope| -> Result<_> {
        // Enrichment needs an automaton over every skill label: this thread builds it from
        // the skills in memory while a second one indexes them. (Built on another thread,
        // the automaton made every later search about a third slower.)
        let indexed = scope.spawn(|| -> Result<Catalog> {
            add_each(&occupations, 256, progress, cancel, |o| {
                writer.add_occupation(o)
            })?;
            add_each(&skills, 1024, progress, cancel, |s| writer.add_skill(s))?;
            // Enrichment searches the taxonomy-only index, which appends will search too.
            let catalog = writer.commit_taxonomy()?;
            if enriching {
                catalog.warm_labels()?;
            }
            Ok(catalog)
        });
        let extractor = enriching.then(|| skillgap_core::Extractor::new(&skills));
        let catalog = indexed.join().expect("taxonomy indexing panicked")?;
        Ok((catalog, extractor))
    })?;
    if let Some(extractor) = extractor {
        if !catalog.set_extractor(extractor)? {
            tracing::warn!("the skill index differs from the skills read: extractor rebuilt");
        }
    }
    tracing::info!(
        secs = started.elapsed().as_secs_f64(),
        "taxonomy indexed and committed"
    );
    if enriching {
        progress.stage("preparing skill extraction", 0);
        let demand = DemandState::default();
        let mut stage = Enrich {
            cfg,
            catalog: &catalog,
            base: None,
            occupations: Some(&occupations),
            progress,
            cancel,
        };
        stage.run(&mut writer, demand, &mut report)?;
    }
    release(catalog);
    let mut sources = Vec::new();
    for p in [&cfg.onet, &cfg.esco, &cfg.crosswalk, &cfg.crosswalk_tables]
        .into_iter()
        .flatten()
    {
        sources.push(p.display().to_string());
    }
    publish(writer, sources, report, started, progress, cancel)
}

/// Adds `items` one by one, advancing `progress` and checking `cancel` every `step` items.
fn add_each<T>(
    items: &[T],
    step: usize,
    progress: &dyn Progress,
    cancel: &AtomicBool,
    mut add: impl FnMut(&T) -> skillgap_core::Result<()>,
) -> Result<()> {
    for chunk in items.chunks(step) {
        for item in chunk {
            add(item)?;
        }
        progress.advance(chunk.len() as u64);
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
    }
    Ok(())
}

/// Drops `value` on another thread: freeing a warmed catalog (label cache, extractor) takes
/// a noticeable part of a second that publishing need not wait for.
fn release<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// Writes the manifest and makes the generation live, unless cancelled.
fn publish(
    writer: CatalogWriter,
    sources: Vec<String>,
    report: IngestReport,
    started: Instant,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<Manifest> {
    progress.stage("committing", 0);
    let manifest = Manifest {
        sources,
        report,
        elapsed_secs: started.elapsed().as_secs_f64(),
        ..Default::default()
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(Error::Cancelled);
    }
    let mut published = writer.publish(manifest)?;
    published.elapsed_secs = started.elapsed().as_secs_f64();
    tracing::info!(generation = %published.generation, secs = published.elapsed_secs, "published");
    Ok(published)
}

/// Credentials then postings of one ingest or append, enriched against the taxonomy index.
struct Enrich<'a> {
    cfg: &'a IngestConfig,
    catalog: &'a Catalog,
    /// The generation appended to: its credentials are replaced by new ones with their id.
    base: Option<&'a Catalog>,
    /// The occupations of `catalog`, when already in memory (else they are decoded from it).
    occupations: Option<&'a [Occupation]>,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
}

impl Enrich<'_> {
    fn run(
        &mut self,
        writer: &mut CatalogWriter,
        mut demand: DemandState,
        report: &mut IngestReport,
    ) -> Result<()> {
        let (cfg, catalog, progress, cancel) = (self.cfg, self.catalog, self.progress, self.cancel);
        if !cfg.credentials.is_empty() {
            ingest_credentials(cfg, catalog, self.base, writer, report, progress, cancel)?;
        }
        if !cfg.postings.is_empty() {
            let enricher = PostingEnricher::new(catalog, self.occupations)?;
            ingest_postings(
                cfg,
                &enricher,
                writer,
                &mut demand,
                report,
                progress,
                cancel,
            )?;
        }
        if demand.postings() > 0 {
            writer.set_demand_state(demand);
        }
        Ok(())
    }
}

/// Postings enriched and written per batch.
const POSTING_BATCH: usize = 4096;

/// Adds postings and credentials to the live generation of `cfg.index_dir` and publishes the
/// result as a new generation: the old generation's segments are reused (hard links), only
/// the new documents are enriched (against the old generation's `taxonomy/` index) and
/// written, and its demand state is extended. A posting already counted (same id, or same
/// normalised title, employer and text) is skipped; a credential whose id is in the index
/// replaces the old one.
pub fn run_append(
    cfg: &IngestConfig,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<Manifest> {
    let started = Instant::now();
    let _span = tracing::info_span!("append", index = %cfg.index_dir.display()).entered();
    if cfg.postings.is_empty() && cfg.credentials.is_empty() {
        return Err(Error::Input(
            "nothing to append: give --postings FILE and/or --credentials FILE".into(),
        ));
    }
    if cfg.onet.is_some() || cfg.esco.is_some() || cfg.crosswalk.is_some() {
        return Err(Error::Input(
            "--append takes the taxonomy from the live index: give only --postings and \
             --credentials (a new O*NET, ESCO or crosswalk release needs a full ingest)"
                .into(),
        ));
    }
    for p in cfg.postings.iter().chain(&cfg.credentials) {
        if !p.exists() {
            return Err(Error::Input(format!("{} does not exist", p.display())));
        }
    }
    progress.stage("opening the live index", 0);
    let base = Catalog::open(&cfg.index_dir)?;
    let threads = cfg.threads.unwrap_or(1);
    let heap = cfg.heap_bytes.unwrap_or(200_000_000);
    let mut writer = CatalogWriter::append(&cfg.index_dir, threads, heap)?;
    let base_dir = writer
        .base()
        .map(Path::to_owned)
        .unwrap_or_else(|| base.generation_dir().to_owned());
    let catalog = open_taxonomy(&base_dir)?;
    // The automaton over every skill label takes a second to build (on this thread: built
    // on another, it made searches slower); the labels, occupations and demand state are read
    // meanwhile.
    let (extracted, (demand, warmed, occupations)) = std::thread::scope(|scope| {
        let rest = scope.spawn(|| {
            (
                writer.base_demand_state(),
                catalog.warm_labels(),
                catalog.all_occupations(),
            )
        });
        let extracted = catalog.extractor().map(|_| ());
        (
            extracted,
            rest.join().expect("loading the live index panicked"),
        )
    });
    extracted?;
    warmed?;
    let demand = demand?;
    let occupations = occupations?;
    tracing::info!(
        secs = started.elapsed().as_secs_f64(),
        "live index opened, taxonomy loaded"
    );
    let mut report = IngestReport::default();
    if cancel.load(Ordering::Relaxed) {
        return Err(Error::Cancelled);
    }
    Enrich {
        cfg,
        catalog: &catalog,
        base: Some(&base),
        occupations: Some(&occupations),
        progress,
        cancel,
    }
    .run(&mut writer, demand, &mut report)?;
    let mut sources = base.manifest().sources.clone();
    for p in cfg.postings.iter().chain(&cfg.credentials) {
        sources.push(format!("appended: {}", p.display()));
    }
    release(catalog);
    release(base);
    publish(writer, sources, report, started, progress, cancel)
}

struct PostingSink<'a, 'c> {
    enricher: &'a PostingEnricher<'c>,
    writer: &'a mut CatalogWriter,
    demand: &'a mut DemandState,
    batch: Vec<Posting>,
    duplicates: u64,
    error: Option<Error>,
    progress: &'a dyn Progress,
    cancel: &'a AtomicBool,
    /// Bytes of the file read so far, postings written, and when this file began.
    bytes: &'a AtomicU64,
    written: u64,
    started: Instant,
    logged: Instant,
}

impl PostingSink<'_, '_> {
    fn push(&mut self, p: Posting) {
        if !self.demand.admit(&p) {
            self.duplicates += 1;
            return;
        }
        self.batch.push(p);
        if self.batch.len() >= POSTING_BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.error.is_some() || self.batch.is_empty() {
            self.batch.clear();
            return;
        }
        if self.cancel.load(Ordering::Relaxed) {
            self.error = Some(Error::Cancelled);
            return;
        }
        self.enricher.enrich(&mut self.batch);
        let n = self.batch.len() as u64;
        for p in self.batch.drain(..) {
            self.demand.add(&p);
            if let Err(e) = self.writer.add_posting(&p) {
                self.error = Some(e.into());
                break;
            }
        }
        self.written += n;
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = self.written as f64 / secs;
        let msg = format!("{} postings, {rate:.0}/s", self.written);
        self.progress
            .position(self.bytes.load(Ordering::Relaxed), &msg);
        if self.logged.elapsed() >= Duration::from_secs(10) {
            self.logged = Instant::now();
            tracing::info!(
                postings = self.written,
                per_second = rate as u64,
                "progress"
            );
        }
    }
}

fn ingest_postings(
    cfg: &IngestConfig,
    enricher: &PostingEnricher,
    writer: &mut CatalogWriter,
    demand: &mut DemandState,
    report: &mut IngestReport,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<()> {
    let _span = tracing::info_span!("postings").entered();
    let mut files = Vec::new();
    for p in &cfg.postings {
        files.extend(posting_files(p).map_err(|e| Error::Io {
            op: "read",
            path: p.clone(),
            source: e,
        })?);
    }
    let explicit = match &cfg.postings_mapping {
        Some(m) => Some(
            load_mapping(m)
                .map_err(|e| Error::Input(format!("posting mapping {}: {e}", m.display())))?,
        ),
        None => None,
    };
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        progress.stage(&format!("postings: {name}"), size);
        let mapping = explicit.clone().or_else(|| {
            cfg.mappings_dir
                .as_deref()
                .and_then(|d| mapping_for(&file, d))
        });
        let bytes = Arc::new(AtomicU64::new(0));
        let mut sink = PostingSink {
            enricher,
            writer,
            demand,
            batch: Vec::with_capacity(POSTING_BATCH),
            duplicates: 0,
            error: None,
            progress,
            cancel,
            bytes: &bytes,
            written: 0,
            started: Instant::now(),
            logged: Instant::now(),
        };
        let mut fr = read_postings_counted(&file, mapping.as_ref(), &mut |p| sink.push(p), &bytes);
        sink.flush();
        tracing::info!(
            file = %name,
            postings = sink.written,
            secs = sink.started.elapsed().as_secs_f64(),
            "postings file done"
        );
        if let Some(e) = sink.error {
            return Err(e);
        }
        if sink.duplicates > 0 {
            fr.loaded = fr.loaded.saturating_sub(sink.duplicates);
            for _ in 0..sink.duplicates {
                fr.skip(
                    "duplicate posting (same id, or same title, employer and text; counted once)",
                );
            }
        }
        match &fr.fatal {
            Some(msg) if msg.starts_with(NOT_A_POSTINGS_FILE) => {
                report.warnings.push(format!("{}: {msg}", fr.path));
            }
            _ => report.files.push(fr),
        }
    }
    Ok(())
}

/// Resolves and writes credentials; with `base` (an append), a credential whose id the base
/// generation holds replaces it.
fn ingest_credentials(
    cfg: &IngestConfig,
    catalog: &Catalog,
    base: Option<&Catalog>,
    writer: &mut CatalogWriter,
    report: &mut IngestReport,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<()> {
    let _span = tracing::info_span!("credentials").entered();
    let mut files = Vec::new();
    for p in &cfg.credentials {
        files.extend(credential_files(p).map_err(|e| Error::Io {
            op: "read",
            path: p.clone(),
            source: e,
        })?);
    }
    catalog.warm()?;
    let extractor = catalog.extractor()?;
    let mut seen = HashSet::new();
    let memo = OutcomeMemo::default();
    for file in files {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        progress.stage(&format!("credentials: {name}"), 0);
        let file_started = Instant::now();
        let mut creds = Vec::new();
        let mut fr = read_credentials(&file, cfg.credentials_format, &mut |c| creds.push(c));
        let before = creds.len();
        creds.retain(|c| seen.insert(c.id.clone()));
        for _ in creds.len()..before {
            fr.loaded = fr.loaded.saturating_sub(1);
            fr.skip("duplicate credential id (first kept)");
        }
        let counts: Vec<Resolution> = creds
            .par_iter_mut()
            .map(|c| resolve_credential(catalog, extractor, c, &memo))
            .collect();
        let source = creds
            .first()
            .map(|c| c.source.split(':').next().unwrap_or("native").to_owned())
            .unwrap_or_else(|| "native".into());
        let mut total = Resolution::default();
        for r in counts {
            total.outcomes += r.outcomes;
            total.resolved += r.resolved;
            total.unresolved += r.unresolved;
        }
        for c in &creds {
            if let Some(old) = base.and_then(|b| b.credential(&c.id).ok()) {
                writer.remove_credential(&old)?;
                let old_source = old.source.split(':').next().unwrap_or("native").to_owned();
                writer.uncount(&format!("credentials.{old_source}.loaded"), 1);
            }
            writer.add_credential(c)?;
        }
        progress.advance(creds.len() as u64);
        writer.count(&format!("credentials.{source}.loaded"), creds.len() as u64);
        writer.count(&format!("credentials.{source}.outcomes"), total.outcomes);
        writer.count(&format!("credentials.{source}.resolved"), total.resolved);
        writer.count(
            &format!("credentials.{source}.unresolved"),
            total.unresolved,
        );
        tracing::info!(
            file = %name,
            credentials = creds.len(),
            outcomes = total.outcomes,
            secs = file_started.elapsed().as_secs_f64(),
            "credentials file done"
        );
        report.files.push(fr);
    }
    Ok(())
}

/// How many rated related occupations an unrated one borrows from.
pub const INFER_FROM: usize = 3;

/// Fills Skills/Knowledge requirements of O*NET occupations that the release does not rate
/// (e.g. 15-1252.00 Software Developers in O*NET 29.3) by averaging the ratings of their closest
/// rated related occupations, in O*NET's relatedness order. Every such requirement names the
/// occupations it came from in `inferred_from`. Returns how many occupations were filled.
fn infer_missing_ratings(occupations: &mut [Occupation]) -> usize {
    use skillgap_core::RequirementSource::{OnetKnowledge, OnetSkills};
    let rated = |o: &Occupation| {
        o.requirements
            .iter()
            .any(|r| matches!(r.source, OnetSkills | OnetKnowledge) && r.inferred_from.is_empty())
    };
    let by_id: HashMap<&str, usize> = occupations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.taxonomy == Taxonomy::Onet && rated(o))
        .map(|(i, o)| (o.id.as_str(), i))
        .collect();
    let mut fills: Vec<(usize, Vec<Requirement>)> = Vec::new();
    for (i, occ) in occupations.iter().enumerate() {
        if occ.taxonomy != Taxonomy::Onet || rated(occ) {
            continue;
        }
        let donors: Vec<usize> = occ
            .related
            .iter()
            .filter_map(|r| by_id.get(r.id.as_str()).copied())
            .take(INFER_FROM)
            .collect();
        if donors.is_empty() {
            continue;
        }
        let donor_ids: Vec<String> = donors.iter().map(|&d| occupations[d].id.clone()).collect();
        // element id -> (template, sum im, n im, sum lv, n lv)
        let mut acc: BTreeMap<&str, (&Requirement, f32, u32, f32, u32)> = BTreeMap::new();
        for &d in &donors {
            for r in occupations[d]
                .requirements
                .iter()
                .filter(|r| matches!(r.source, OnetSkills | OnetKnowledge))
            {
                let e = acc
                    .entry(r.skill_id.as_str())
                    .or_insert((r, 0.0, 0, 0.0, 0));
                if let Some(v) = r.raw_importance {
                    e.1 += v;
                    e.2 += 1;
                }
                if let Some(v) = r.raw_level {
                    e.3 += v;
                    e.4 += 1;
                }
            }
        }
        let reqs = acc
            .into_values()
            .map(|(t, si, ni, sl, nl)| {
                let im = (ni > 0).then(|| si / ni as f32);
                let lv = (nl > 0).then(|| sl / nl as f32);
                Requirement {
                    importance: im.map(skillgap_core::normalise_importance),
                    level: lv.map(skillgap_core::normalise_level),
                    raw_importance: im,
                    raw_level: lv,
                    essential: im.is_some_and(|v| v >= 3.0),
                    inferred_from: donor_ids.clone(),
                    ..t.clone()
                }
            })
            .collect();
        fills.push((i, reqs));
    }
    let n = fills.len();
    for (i, reqs) in fills {
        let occ = &mut occupations[i];
        occ.requirements.extend(reqs);
        occ.requirements.sort_by(|a, b| {
            b.importance
                .unwrap_or(-1.0)
                .total_cmp(&a.importance.unwrap_or(-1.0))
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
    }
    n
}

/// Links O*NET and ESCO skills whose preferred labels are identical (after normalisation), in
/// both directions, e.g. O*NET technology "Python" ↔ ESCO knowledge "Python".
fn link_identical_labels(skills: &mut [Skill]) {
    let mut esco_by_label: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in skills.iter().enumerate() {
        if s.taxonomy == Taxonomy::Esco {
            esco_by_label
                .entry(normalise_label(&s.label))
                .or_default()
                .push(i);
        }
    }
    let mut pairs = Vec::new();
    for (i, s) in skills.iter().enumerate() {
        if s.taxonomy == Taxonomy::Onet {
            if let Some(js) = esco_by_label.get(&normalise_label(&s.label)) {
                pairs.extend(js.iter().map(|&j| (i, j)));
            }
        }
    }
    for (i, j) in pairs {
        let (a, b) = (skills[i].id.clone(), skills[j].id.clone());
        if !skills[i].same_as.contains(&b) {
            skills[i].same_as.push(b);
        }
        if !skills[j].same_as.contains(&a) {
            skills[j].same_as.push(a);
        }
    }
}
