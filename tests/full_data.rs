//! End-to-end tests on the real releases in `../shared/datasets` (or `SKILLGAP_DATASETS`).
//! They skip, saying why, when the data is absent.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn datasets() -> Option<PathBuf> {
    let p = std::env::var_os("SKILLGAP_DATASETS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets"));
    if p.join("onet").is_dir() && p.join("esco").is_dir() {
        Some(p)
    } else {
        eprintln!(
            "skipping: real datasets not found at {} (set SKILLGAP_DATASETS)",
            p.display()
        );
        None
    }
}

/// One full ingest shared by all tests of this file.
fn full_index() -> Option<&'static (tempfile::TempDir, Value)> {
    static INDEX: OnceLock<Option<(tempfile::TempDir, Value)>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let data = datasets()?;
            let dir = tempfile::tempdir().unwrap();
            let out = skillgap(dir.path())
                .args(["--json", "ingest", "--data"])
                .arg(&data)
                .output()
                .unwrap();
            assert!(
                out.status.code() == Some(0) || out.status.code() == Some(3),
                "ingest failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let manifest: Value = serde_json::from_slice(&out.stdout).unwrap();
            Some((dir, manifest))
        })
        .as_ref()
}

fn skillgap(index: &Path) -> Command {
    let mut c = Command::cargo_bin("skillgap").unwrap();
    c.arg("--index").arg(index);
    c
}

fn query(args: &[&str]) -> Option<Value> {
    let (dir, _) = full_index()?;
    let out = skillgap(dir.path())
        .arg("--json")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    Some(serde_json::from_slice(&out).unwrap())
}

#[test]
fn full_ingest_loads_every_occupation_skill_and_relation() {
    let Some((_, m)) = full_index() else { return };
    let c = &m["counts"];
    assert_eq!(c["occupations.onet"], 1016);
    assert_eq!(c["occupations.esco"], 3007);
    assert_eq!(c["skills.esco"], 13896);
    let files = m["report"]["files"].as_array().unwrap();
    let relations = files
        .iter()
        .find(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .contains("occupationSkillRelations")
        })
        .unwrap();
    assert_eq!(relations["rows"], 123_855);
    // Every relation is loaded except those the report lists as skipped with a reason.
    assert_eq!(
        relations["loaded"].as_u64().unwrap() + relations["skipped"].as_u64().unwrap(),
        123_855
    );
    assert_eq!(relations["skipped_reasons"][0][0], "unknown occupation URI");
    for f in files {
        assert_eq!(f["rejected"], 0, "{f}");
    }
}

#[test]
fn registered_nurse_ranks_29_1141_first() {
    let Some(hits) = query(&["occupations", "registered nurse"]) else {
        return;
    };
    assert_eq!(hits[0]["id"], "29-1141.00", "{hits:#}");
}

#[test]
fn pyhton_finds_python() {
    let Some(hits) = query(&["skills", "pyhton"]) else {
        return;
    };
    let top: Vec<&str> = hits.as_array().unwrap()[..2]
        .iter()
        .map(|h| h["matched"].as_str().unwrap())
        .collect();
    assert!(top.iter().all(|t| t.starts_with("Python")), "{hits:#}");
}

#[test]
fn software_developers_have_rated_requirements_and_hot_technologies() {
    let Some(o) = query(&["occupation", "15-1252.00"]) else {
        return;
    };
    assert_eq!(o["title"], "Software Developers");
    let reqs = o["requirements"].as_array().unwrap();
    let rated = reqs
        .iter()
        .filter(|r| r["importance"].is_number() && r["level"].is_number())
        .count();
    assert!(rated >= 30, "{rated} rated requirements");
    let hot = o["hot_technologies"].as_array().unwrap();
    assert!(hot.iter().any(|h| h == "Python"), "{hot:?}");
    // Registered Nurses are rated in the release itself (not inferred).
    let Some(rn) = query(&["occupation", "29-1141.00"]) else {
        return;
    };
    assert!(rn["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["level"].is_number() && r.get("inferred_from").is_none()));
}

#[test]
fn crosswalks_link_both_taxonomies() {
    let Some(o) = query(&["occupation", "29-1141.00"]) else {
        return;
    };
    let schemes: Vec<&str> = o["crosswalk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["scheme"].as_str().unwrap())
        .collect();
    for s in ["esco", "soc2018", "isco08"] {
        assert!(schemes.contains(&s), "{s} missing from {schemes:?}");
    }
}
