//! End-to-end tests of the matcher commands (gap, recommend, path, nearby, relevance, team) on
//! the bundled sample.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn skillgap(index: &Path) -> Command {
    let mut c = Command::cargo_bin("skillgap").unwrap();
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .arg("--index")
        .arg(index);
    c
}

/// One sample index shared by the tests of this file.
fn index() -> &'static Path {
    static INDEX: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let index = dir.path().join("index");
            skillgap(&index)
                .args(["ingest", "--data"])
                .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample"))
                .assert()
                .success();
            (dir, index)
        })
        .1
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = skillgap(index()).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn run_json(args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let out = run(&a);
    serde_json::from_slice(&out)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out)))
}

use common::f;

const LEARNER: &[&str] = &[
    "recommend",
    "--goal",
    "I want to work as a data analyst",
    "--have",
    "excel, sql",
    "--max-hours",
    "120",
    "--max-cost",
    "500",
];

#[test]
fn learner_recommendation_adds_up_and_every_step_closes_a_named_gap_line() {
    let r = run_json(LEARNER);
    let gap = &r["gap"];
    assert!(gap["target"]["id"].as_str().unwrap().starts_with("15-"));
    // Held skills were understood.
    let held: Vec<&str> = gap["profile"]["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    assert!(held.contains(&"Microsoft Excel"), "{held:?}");
    assert!(held.contains(&"SQL"), "{held:?}");
    common::assert_recommendation_adds_up(&r, Some(120.0), Some(500.0));
    // The ranked list: every credential closes something, ranks are 1..n.
    for (i, c) in r["credentials"].as_array().unwrap().iter().enumerate() {
        assert_eq!(c["rank"].as_u64().unwrap() as usize, i + 1);
        assert!(!c["closes"].as_array().unwrap().is_empty());
    }
}

#[test]
fn the_same_query_gives_byte_identical_json() {
    let mut a = vec!["--json"];
    a.extend_from_slice(LEARNER);
    let first = run(&a);
    let second = run(&a);
    assert_eq!(first, second);
}

#[test]
fn human_output_shows_the_gap_the_ranking_and_the_path() {
    let out = String::from_utf8(run(LEARNER)).unwrap();
    for needle in [
        "Target:",
        "Covered:",
        "Credentials that close",
        "Pathway",
        "Total:",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in\n{out}");
    }
}

#[test]
fn holding_a_credential_covers_its_outcomes() {
    let before = run_json(&["gap", "--occupation", "15-2051.01"]);
    let after = run_json(&[
        "gap",
        "--occupation",
        "15-2051.01",
        "--held",
        "sample:data-visualization-badge",
    ]);
    assert!(f(&after["coverage"]) > f(&before["coverage"]));
    let credited: Vec<&Value> = after["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| !l["credit"].is_null())
        .collect();
    assert!(credited.iter().any(|l| l["credit"]["source"]
        .as_str()
        .unwrap()
        .starts_with("credential:sample:data-visualization-badge")));
}

#[test]
fn bad_requests_are_clear_errors() {
    let out = skillgap(index())
        .args(["recommend", "--occupation", "15-2051.01", "--max-hours=-5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("max_hours"), "{err}");
    let out = skillgap(index())
        .args(["gap", "--occupation", "99-9999.99"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not found"));
    let out = skillgap(index())
        .args(["gap", "--have", "sql"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("target"));
}

#[test]
fn nearby_occupations_from_skills_and_from_a_current_occupation() {
    let r = run_json(&["nearby", "--have", "python, sql, tableau, statistics"]);
    let occ = r["occupations"].as_array().unwrap();
    assert!(!occ.is_empty());
    for w in occ.windows(2) {
        assert!(f(&w[0]["fit"]) >= f(&w[1]["fit"]));
    }
    assert!(f(&occ[0]["coverage"]) > 0.0);
    let r = run_json(&["nearby", "--occupation", "15-2051.00"]);
    let occ = r["occupations"].as_array().unwrap();
    assert!(occ.iter().all(|o| o["id"] != "15-2051.00"));
    assert_eq!(r["from"]["id"], "15-2051.00");
}

#[test]
fn relevance_report_for_a_credential_and_for_draft_outcomes() {
    let r = run_json(&["relevance", "sample:data-visualization-badge"]);
    assert!(!r["outcomes"].as_array().unwrap().is_empty());
    assert!(!r["occupations"].as_array().unwrap().is_empty());
    let r = run_json(&["relevance", "--outcomes", "Tableau, SQL, basket weaving"]);
    let outs = r["outcomes"].as_array().unwrap();
    assert_eq!(outs.len(), 3);
    assert!(r["weak_outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w == "basket weaving"));
}

#[test]
fn team_report_reads_the_csv_and_reports_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team.csv");
    std::fs::write(
        &team,
        "person,skills,credentials,resume\n\
         Ana,\"excel, sql\",,\n\
         Bo,python@advanced;tableau,sample:sql-foundations-badge,\n\
         ,r,,\n\
         Chen,,,\"I build dashboards in Power BI and query databases with SQL\"\n",
    )
    .unwrap();
    let out = skillgap(index())
        .args([
            "--json",
            "team",
            "--occupation",
            "15-2051.01",
            "--max-hours",
            "60",
            "--team",
        ])
        .arg(&team)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("team.csv:4 [person]"));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["people"].as_array().unwrap().len(), 3);
    assert_eq!(r["closest"].as_array().unwrap().len(), 3);
    for p in r["people"].as_array().unwrap() {
        assert!(f(&p["path"]["total_hours"]) <= 60.0);
    }
    let agg = r["aggregate"].as_array().unwrap();
    assert!(agg
        .iter()
        .all(|l| l["by_person"].as_array().unwrap().len() == 3));
}

#[test]
fn gap_report_snapshot() {
    // The whole JSON body of a gap on the sample: any change to weights, evidence or wording
    // shows up in review (`cargo insta review`).
    let r = run_json(&[
        "gap",
        "--occupation",
        "15-2051.01",
        "--have",
        "sql, tableau@beginner",
        "--max-requirements",
        "8",
    ]);
    insta::assert_json_snapshot!("gap_15-2051.01", r);
}
