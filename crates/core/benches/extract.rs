//! Benchmarks of skill extraction on a real index.
//!
//! * `extract/posting`: [`Extractor::extract`] over ~1 MB of posting text (the descriptions of
//!   the bundled sample postings, repeated), reported in bytes per second.
//! * `rank_skills/sentence`: [`Catalog::rank_skills`] over ~50 sentences split from the same
//!   postings (ESCO only, top 10, as `skillgap eval skills` does), reported in sentences per
//!   second.
//!
//! The extractor must come from a built index (core cannot depend on ingest):
//! `SKILLGAP_BENCH_INDEX=/tmp/full cargo bench -p skillgap-core --bench extract`, where
//! `/tmp/full` was built by `skillgap ingest --data ../shared/datasets --index /tmp/full`.
//! Without the variable the repository's `index/` is used when it holds an index; otherwise the
//! benchmarks are skipped with a message.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::Value;
use skillgap_core::extract::{is_boilerplate, sentences};
use skillgap_core::{index_exists, Catalog, SearchOptions, Taxonomy};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Size of the extraction corpus.
const CORPUS_BYTES: usize = 1 << 20;
/// Sentences ranked per iteration of `rank_skills/sentence`.
const SENTENCES: usize = 50;

fn repo_root() -> PathBuf {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    core.ancestors().nth(2).unwrap_or(core).to_owned()
}

/// The index to benchmark on, or why there is none.
fn open_catalog() -> Result<(Catalog, PathBuf), String> {
    if let Some(dir) = std::env::var_os("SKILLGAP_BENCH_INDEX").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return Catalog::open(&dir)
            .map(|c| (c, dir.clone()))
            .map_err(|e| format!("SKILLGAP_BENCH_INDEX={}: {e}", dir.display()));
    }
    let dir = repo_root().join("index");
    if !index_exists(&dir) {
        return Err(format!(
            "no index: set SKILLGAP_BENCH_INDEX to an index built by `skillgap ingest \
             --data ../shared/datasets --index /tmp/full`, or build one in {}",
            dir.display()
        ));
    }
    Catalog::open(&dir)
        .map(|c| (c, dir.clone()))
        .map_err(|e| format!("{}: {e}", dir.display()))
}

/// Crude HTML clean-up for the schema.org sample (double-escaped `&lt;p&gt;`): entities
/// decoded twice, tags replaced by line breaks. Ingest does the same before extracting.
fn html_to_text(s: &str) -> String {
    let mut text = s.to_owned();
    for _ in 0..2 {
        for (entity, c) in [
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&rsquo;", "\u{2019}"),
            ("&lsquo;", "\u{2018}"),
            ("&nbsp;", " "),
            ("&amp;", "&"),
        ] {
            text = text.replace(entity, c);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Descriptions of the sample postings (`data/sample/postings/*.jsonl`).
fn sample_descriptions() -> Vec<String> {
    let dir = repo_root().join("data/sample/postings");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let raw =
            std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("read {}: {e}", f.display()));
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            if let Some(d) = v.get("description").and_then(Value::as_str) {
                let d = html_to_text(d);
                if !d.trim().is_empty() {
                    out.push(d);
                }
            }
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let (catalog, dir) = match open_catalog() {
        Ok(c) => c,
        Err(why) => {
            eprintln!("skipping the extract benchmarks: {why}");
            return;
        }
    };
    let descriptions = sample_descriptions();
    assert!(
        !descriptions.is_empty(),
        "no posting descriptions in data/sample/postings/*.jsonl"
    );
    let build = std::time::Instant::now();
    catalog.warm().expect("load the extractor");
    let extractor = catalog.extractor().expect("load the extractor");
    eprintln!(
        "index {}: extractor over {} skills built in {:.2} s",
        dir.display(),
        extractor.len(),
        build.elapsed().as_secs_f64()
    );

    // ~1 MB of postings: the sample descriptions repeated, one posting per call as ingest does.
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        for d in &descriptions {
            corpus.push(d);
            bytes += d.len();
        }
    }
    let mentions: usize = descriptions
        .iter()
        .map(|d| extractor.extract(d).len())
        .sum();
    eprintln!(
        "corpus: {} postings, {bytes} bytes; {mentions} mentions in one pass over the {} sample descriptions",
        corpus.len(),
        descriptions.len()
    );
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("posting", |b| {
        b.iter(|| {
            let mut n = 0;
            for text in &corpus {
                n += extractor.extract(black_box(text)).len();
            }
            n
        })
    });
    group.finish();

    // ~50 sentences with content (no boilerplate, not trivially short), spread over postings.
    let all: Vec<&str> = descriptions
        .iter()
        .flat_map(|d| sentences(d).into_iter().map(move |(s, e)| &d[s..e]))
        .filter(|s| s.len() >= 30 && !is_boilerplate(s))
        .collect();
    let step = (all.len() / SENTENCES).max(1);
    let picked: Vec<&str> = all.iter().step_by(step).take(SENTENCES).copied().collect();
    let opts = SearchOptions {
        limit: Some(10),
        taxonomy: Some(Taxonomy::Esco),
        kind: None,
    };
    let mut group = c.benchmark_group("rank_skills");
    group.throughput(Throughput::Elements(picked.len() as u64));
    group.bench_function("sentence", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &picked {
                n += catalog
                    .rank_skills(black_box(s), &opts)
                    .expect("rank skills")
                    .len();
            }
            n
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
}

criterion_group! {
    name = extract;
    config = config();
    targets = benches
}
criterion_main!(extract);
