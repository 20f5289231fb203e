//! End-to-end tests of the `skillgap` binary on the bundled sample.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample")
}

fn skillgap(index: &Path) -> Command {
    let mut c = Command::cargo_bin("skillgap").unwrap();
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .arg("--index")
        .arg(index);
    c
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}", String::from_utf8_lossy(out));
    })
}

fn ingest_sample(index: &Path) {
    skillgap(index)
        .args(["ingest", "--data"])
        .arg(sample())
        .assert()
        .success();
}

#[test]
fn first_query_builds_the_index_from_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let out = skillgap(&index)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["occupations", "data analyst"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("building it from the bundled sample"),
        "{stderr}"
    );
    assert!(stdout.lines().count() >= 4, "{stdout}");
    assert!(stdout.contains("Analyst"), "{stdout}");
    assert!(index.join("CURRENT").is_file());
}

#[test]
fn sample_ingest_reports_counts_and_loads_everything() {
    let dir = tempfile::tempdir().unwrap();
    let out = skillgap(dir.path())
        .args(["--json", "ingest", "--data"])
        .arg(sample())
        .assert()
        .success()
        .get_output()
        .clone();
    let m = json(&out.stdout);
    assert_eq!(m["counts"]["occupations.onet"], 25);
    assert_eq!(m["counts"]["occupations.esco"], 28);
    assert!(m["counts"]["skills.esco"].as_u64().unwrap() > 200);
    assert!(m["counts"]["requirements"].as_u64().unwrap() > 1000);
    assert!(m["counts"]["crosswalk_links"].as_u64().unwrap() > 50);
    for f in m["report"]["files"].as_array().unwrap() {
        assert_eq!(f["rejected"], 0, "{f}");
        assert!(f.get("fatal").is_none(), "{f}");
    }
}

#[test]
fn search_ranks_and_forgives_typos() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let top = |args: &[&str]| -> Value {
        let out = skillgap(dir.path())
            .arg("--json")
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        json(&out)
    };
    let hits = top(&["occupations", "registered nurse"]);
    assert_eq!(hits[0]["id"], "29-1141.00", "{hits:#}");
    let hits = top(&["occupations", "sofware develper", "--taxonomy", "onet"]);
    assert_eq!(hits[0]["id"], "15-1252.00", "{hits:#}");
    let hits = top(&["skills", "pyhton"]);
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .take(3)
            .any(|h| h["title"] == "Python"),
        "{hits:#}"
    );
    let hits = top(&["skills", "pyhton", "--kind", "technology"]);
    assert_eq!(hits[0]["id"], "tech:python", "{hits:#}");
    // Ties and ordering are deterministic.
    assert_eq!(
        top(&["occupations", "analyst"]),
        top(&["occupations", "analyst"])
    );
}

#[test]
fn occupation_detail_has_ratings_hot_technologies_related_and_crosswalk() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let out = skillgap(dir.path())
        .args(["--json", "occupation", "15-1252.00"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let o = json(&out);
    assert_eq!(o["title"], "Software Developers");
    let reqs = o["requirements"].as_array().unwrap();
    assert!(reqs
        .iter()
        .any(|r| r["importance"].is_number() && r["level"].is_number()));
    assert!(!o["hot_technologies"].as_array().unwrap().is_empty());
    assert!(!o["related_titles"].as_array().unwrap().is_empty());
    assert!(o["crosswalk"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["scheme"] == "esco"));

    // The human table shows the same.
    let out = skillgap(dir.path())
        .args(["occupation", "15-1252"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    for needle in [
        "Software Developers",
        "Top requirements",
        "Hot technologies",
        "Related occupations",
        "Crosswalk",
    ] {
        assert!(text.contains(needle), "missing {needle}: {text}");
    }

    skillgap(dir.path())
        .args(["occupation", "99-9999.99"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "occupation not found: 99-9999.99",
        ));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn malformed_files_are_reported_with_file_and_line_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&sample(), &data);
    let skills = data.join("onet/Skills.txt");
    let mut bytes = std::fs::read(&skills).unwrap();
    // Line 2: replace a field with invalid UTF-8; then a truncated row and a wrong column count.
    let first_newline = bytes.iter().position(|&b| b == b'\n').unwrap();
    bytes.splice(first_newline + 1..first_newline + 3, [0xff, 0xfe]);
    bytes.extend_from_slice(b"15-1252.00\t2.A.1.a\tReading Comprehension\tIM\r\n");
    bytes.extend_from_slice(b"15-1252.00\t2.A.1.b\tActive Listening\tIM\tnot-a-number\t8\tn/a\tn/a\tn/a\tN\tn/a\t08/2023\tAnalyst\r\n");
    std::fs::write(&skills, bytes).unwrap();
    std::fs::remove_file(data.join("onet/Job Zones.txt")).unwrap();
    let lines = std::fs::read_to_string(
        data.join("onet/Skills.txt")
            .with_file_name("Occupation Data.txt"),
    )
    .unwrap();
    assert!(lines.contains("15-1252.00"));

    let index = dir.path().join("index");
    let out = skillgap(&index)
        .args(["ingest", "--data"])
        .arg(&data)
        .assert()
        .code(3)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Skills.txt:2"), "{stderr}");
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("Job Zones.txt"), "{stderr}");
    assert!(stderr.contains("partial"), "{stderr}");
    assert!(stderr.contains("[Data Value]"), "{stderr}");
    // Everything else loaded.
    let out = skillgap(&index)
        .args(["--json", "occupation", "15-1252.00"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let o = json(&out);
    assert!(o["requirements"].as_array().unwrap().len() > 30);
    assert!(o.get("job_zone").is_none());
}

#[test]
fn missing_data_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    skillgap(dir.path())
        .args(["ingest", "--data", "/nonexistent/skillgap-data"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("/nonexistent/skillgap-data"));
}

#[test]
fn killing_an_ingest_leaves_the_previous_index_answering() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest_sample(&index);
    let before = std::fs::read_to_string(index.join("CURRENT")).unwrap();

    // Time one ingest, then kill others at points spread across that duration.
    let bin = assert_cmd::cargo::cargo_bin("skillgap");
    let start = Instant::now();
    ingest_sample(&index);
    let full = start.elapsed();
    let mut killed_midway = 0;
    for i in 0..12u32 {
        let mut child = std::process::Command::new(&bin)
            .arg("--index")
            .arg(&index)
            .args(["ingest", "--data"])
            .arg(sample())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(f64::from(i) / 12.0) + Duration::from_millis(1));
        if child.try_wait().unwrap().is_none() {
            killed_midway += 1;
        }
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        // Whatever happened, the index opens and answers.
        let out = skillgap(&index)
            .args(["--json", "occupations", "registered nurse"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert_eq!(json(&out)[0]["id"], "29-1141.00");
    }
    assert!(killed_midway > 0, "no ingest was killed part-way");
    assert_ne!(before, "");
}
