//! `--append` gives the demand statistics of a full rebuild, byte for byte, with duplicates
//! inside the appended file and across the base and the append counted once.

use serde_json::Value;
use skillgap_core::{live_generation, Catalog};
use skillgap_ingest::pipeline::{run, IngestConfig, NoProgress};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample")
}

fn config(index: &Path, postings: &[PathBuf], credentials: &[PathBuf]) -> IngestConfig {
    let mut cfg = IngestConfig::from_data_dir(&sample(), index).unwrap();
    cfg.mappings_dir = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/mappings"));
    cfg.postings = postings.to_vec();
    cfg.credentials = credentials.to_vec();
    cfg.threads = Some(1);
    cfg
}

fn append(index: &Path, postings: &[PathBuf], credentials: &[PathBuf]) {
    let cfg = IngestConfig {
        index_dir: index.to_owned(),
        postings: postings.to_vec(),
        credentials: credentials.to_vec(),
        append: true,
        threads: Some(1),
        mappings_dir: config(index, &[], &[]).mappings_dir,
        ..Default::default()
    };
    run(&cfg, &NoProgress, &AtomicBool::new(false)).unwrap();
}

fn demand_bytes(index: &Path) -> Vec<u8> {
    let gen = live_generation(index).unwrap().unwrap();
    std::fs::read(gen.join("demand.json")).unwrap()
}

/// Lines of the sample JSONL postings, as JSON objects.
fn sample_lines() -> Vec<Value> {
    std::fs::read_to_string(sample().join("postings/sample_postings.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write_jsonl(path: &Path, rows: &[Value]) {
    let text: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    std::fs::write(path, text.join("\n") + "\n").unwrap();
}

#[test]
fn append_gives_the_demand_statistics_of_a_full_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let lines = sample_lines();
    assert!(lines.len() >= 20);
    let csv = sample().join("postings/sample_postings.csv");
    let base_file = dir.path().join("base.jsonl");
    write_jsonl(&base_file, &lines[..12]);
    // The append: 4 postings the base has (same ids), 8 new ones, and duplicates.
    let mut rows: Vec<Value> = lines[8..].to_vec();
    // Same text as a base posting under a new id: counted once.
    let mut same_text = lines[0].clone();
    same_text["id"] = "APPEND-SAME-TEXT".into();
    same_text["title"] = Value::String(same_text["title"].as_str().unwrap().to_uppercase());
    rows.push(same_text);
    // The same twice inside the append, the copy with extra spaces.
    let mut copy = lines[15].clone();
    copy["id"] = "APPEND-COPY".into();
    copy["description"] = Value::String(format!("  {}  ", copy["description"].as_str().unwrap()));
    rows.push(copy);
    // Postings without text share a title but not an id: both count.
    for id in ["APPEND-NOTEXT-1", "APPEND-NOTEXT-2"] {
        rows.push(
            serde_json::json!({"id": id, "title": "Data Analyst", "date_posted": "2025-06-01"}),
        );
    }
    // A brand-new posting.
    rows.push(serde_json::json!({
        "id": "APPEND-NEW", "title": "Registered Nurse", "company": "St Elsewhere",
        "date_posted": "2025-07-02",
        "description": "Provide patient care, administer medication and keep records in Epic."
    }));
    let append_file = dir.path().join("append.jsonl");
    write_jsonl(&append_file, &rows);

    let incremental = dir.path().join("incremental");
    let cancel = AtomicBool::new(false);
    run(
        &config(&incremental, &[csv.clone(), base_file.clone()], &[]),
        &NoProgress,
        &cancel,
    )
    .unwrap();
    let base_postings = Catalog::open(&incremental).unwrap().manifest().counts["postings"];
    append(&incremental, std::slice::from_ref(&append_file), &[]);

    let rebuilt = dir.path().join("rebuilt");
    run(
        &config(&rebuilt, &[csv, base_file, append_file.clone()], &[]),
        &NoProgress,
        &cancel,
    )
    .unwrap();

    let (a, b) = (demand_bytes(&incremental), demand_bytes(&rebuilt));
    assert!(
        a == b,
        "demand.json differs after base + append vs a rebuild"
    );
    let inc = Catalog::open(&incremental).unwrap();
    let reb = Catalog::open(&rebuilt).unwrap();
    assert_eq!(
        inc.manifest().counts["postings"],
        reb.manifest().counts["postings"]
    );
    // 8 new + 2 without text + 1 brand new; the rest were duplicates.
    assert_eq!(inc.manifest().counts["postings"], base_postings + 11);
    assert_eq!(inc.demand().unwrap().postings, base_postings + 11);
    assert!(inc.posting("APPEND-NEW").is_ok());
    assert!(inc.posting("APPEND-SAME-TEXT").is_err());
    assert!(inc.posting("APPEND-COPY").is_err());
    let report = &inc.manifest().report.files[0];
    assert_eq!(report.loaded, 11, "{report:?}");

    // Appending the same file again changes nothing but the generation.
    append(&incremental, &[dir.path().join("append.jsonl")], &[]);
    assert_eq!(demand_bytes(&incremental), b);
    // Evidence queries see old and new postings alike.
    let (_, n) = Catalog::open(&incremental)
        .unwrap()
        .postings_with(None, None, 1)
        .unwrap();
    assert_eq!(n as u64, base_postings + 11);
}

#[test]
fn appended_credentials_are_new_or_replace_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let creds = sample().join("credentials/sample_credentials.csv");
    run(
        &config(&index, &[], std::slice::from_ref(&creds)),
        &NoProgress,
        &AtomicBool::new(false),
    )
    .unwrap();
    let before = Catalog::open(&index).unwrap();
    let n = before.manifest().counts["credentials"];
    let old = before.credential("sample:sql-foundations-badge").unwrap();
    drop(before);

    let mut reader = csv::Reader::from_path(&creds).unwrap();
    let header = reader.headers().unwrap().clone();
    let first = reader.records().next().unwrap().unwrap();
    let title = header.iter().position(|h| h == "title").unwrap();
    let id = header.iter().position(|h| h == "id").unwrap();
    let file = dir.path().join("update.csv");
    let mut w = csv::Writer::from_path(&file).unwrap();
    w.write_record(&header).unwrap();
    let updated: Vec<&str> = first
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i == title {
                "SQL Foundations Badge, 2nd edition"
            } else {
                v
            }
        })
        .collect();
    w.write_record(&updated).unwrap();
    let added: Vec<&str> = first
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i == id {
                "sample:sql-foundations-badge-2"
            } else {
                v
            }
        })
        .collect();
    w.write_record(&added).unwrap();
    w.flush().unwrap();
    drop(w);

    append(&index, &[], &[file]);
    let after = Catalog::open(&index).unwrap();
    assert_eq!(after.manifest().counts["credentials"], n + 1);
    let new = after.credential("sample:sql-foundations-badge").unwrap();
    assert_eq!(new.title, "SQL Foundations Badge, 2nd edition");
    assert_ne!(new.title, old.title);
    assert!(after.credential("sample:sql-foundations-badge-2").is_ok());
    let all = after.all_credentials().unwrap();
    assert_eq!(all.len() as u64, n + 1);
    assert_eq!(
        all.iter()
            .filter(|c| c.id == "sample:sql-foundations-badge")
            .count(),
        1
    );
}

#[test]
fn append_without_an_index_or_input_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = IngestConfig {
        index_dir: dir.path().join("none"),
        postings: vec![sample().join("postings/sample_postings.jsonl")],
        append: true,
        ..Default::default()
    };
    let e = run(&cfg, &NoProgress, &AtomicBool::new(false)).unwrap_err();
    assert!(e.to_string().contains("no index"), "{e}");
    let cfg = IngestConfig {
        index_dir: dir.path().join("none"),
        append: true,
        ..Default::default()
    };
    assert!(run(&cfg, &NoProgress, &AtomicBool::new(false)).is_err());
}
