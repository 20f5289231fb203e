//! End-to-end tests of the `skillgap` binary on the bundled sample.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

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

fn run_json(index: &Path, args: &[&str]) -> Value {
    let out = skillgap(index)
        .arg("--json")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json(&out)
}

#[test]
fn sample_postings_are_extracted_placed_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let info = run_json(dir.path(), &["info"]);
    assert_eq!(info["counts"]["postings"], 60);

    let hits = run_json(dir.path(), &["postings", "data analyst SQL"]);
    let first = &hits[0]["posting"];
    assert!(!first["skills"].as_array().unwrap().is_empty(), "{first:#}");
    assert!(
        !first["occupations"].as_array().unwrap().is_empty(),
        "{first:#}"
    );
    // Spans point at the text they name (title + newline + description).
    let text = format!(
        "{}\n{}",
        first["title"].as_str().unwrap(),
        first["description"].as_str().unwrap()
    );
    for m in first["skills"].as_array().unwrap() {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }

    let d = run_json(
        dir.path(),
        &["demand", "--occupation", "15-2051.01", "--evidence", "2"],
    );
    assert!(d["postings"].as_u64().unwrap() >= 3, "{d:#}");
    let top = &d["skills"][0];
    assert_eq!(top["label"], "SQL", "{d:#}");
    assert!(!top["evidence"].as_array().unwrap().is_empty());

    let s = run_json(dir.path(), &["demand", "--skill", "tech:tableau"]);
    assert!(s["postings"].as_u64().unwrap() >= 2, "{s:#}");
    assert!(!s["occupations"].as_array().unwrap().is_empty());
}

#[test]
fn extract_finds_skills_with_spans_and_ranks_paraphrases() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let text = "You will build dashboards in Tableau and query data with SQL. \
                We are an equal opportunity employer and value Python.";
    let r = run_json(dir.path(), &["extract", text, "--rank", "3"]);
    let labels: Vec<&str> = r["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"Tableau"), "{labels:?}");
    assert!(labels.contains(&"SQL"), "{labels:?}");
    // The equal-opportunity sentence is boilerplate: its Python yields nothing.
    assert!(
        !labels.iter().any(|l| l.starts_with("Python")),
        "{labels:?}"
    );
    let sentences = r["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[1]["boilerplate"], true);
    assert!(!sentences[0]["skills"].as_array().unwrap().is_empty());
}

#[test]
fn sample_credentials_resolve_and_stack() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let hits = run_json(dir.path(), &["credentials", "data analytics certificate"]);
    let cert = &hits[0]["credential"];
    assert_eq!(cert["kind"], "certificate", "{cert:#}");
    let id = cert["id"].as_str().unwrap();
    let c = run_json(dir.path(), &["credential", id]);
    let outcomes = c["outcomes"].as_array().unwrap();
    assert!(outcomes.iter().all(|o| o["skill_id"].is_string()), "{c:#}");
    // Three badges stack into it.
    let badges = run_json(dir.path(), &["credentials", "badge", "-n", "20"]);
    let stacking = badges
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| {
            h["credential"]["stackable_into"]
                .as_array()
                .is_some_and(|s| s.iter().any(|x| x == id))
        })
        .count();
    assert!(stacking >= 3, "{stacking}");
}

#[test]
fn credentials_validate_reports_every_problem_and_good_records_still_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest_sample(&index);
    let creds = dir.path().join("creds");
    std::fs::create_dir(&creds).unwrap();
    let file = creds.join("provider.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id":"ok-1","title":"Good SQL Course","type":"course","hours":10,"cost":50,"currency":"USD","outcomes":[{"skill":"SQL","level":0.5}]}"#,
            "\n",
            r#"{"id":"bad-1","type":"course","hours":5}"#,
            "\n",
            r#"{"id":"bad-2","title":"Negative","type":"course","cost":-20}"#,
            "\n",
            r#"{"id":"bad-3","title":"Unknown skill","type":"badge","outcomes":[{"skill":"http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"}]}"#,
            "\n",
            r#"{"id":"bad-4","title":"Broken", "type": "course", "cost": }"#,
            "\n",
            r#"{"id":"ok-2","title":"Good Tableau Badge","type":"badge","hours":4,"outcomes":[{"skill":"tech:tableau","assessed":true}]}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = skillgap(&index)
        .args(["credentials", "validate"])
        .arg(&file)
        .assert()
        .failure()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    for needle in [":2 [title]", ":3 [cost]", ":4 [", ":5 ["] {
        assert!(text.contains(needle), "missing {needle}: {text}");
    }
    assert!(text.contains("6 records, 2 valid"), "{text}");

    // The valid records still ingest.
    let out = skillgap(&index)
        .args(["--json", "ingest", "--data"])
        .arg(sample())
        .arg("--credentials")
        .arg(&creds)
        .assert()
        .code(3)
        .get_output()
        .stdout
        .clone();
    let m = json(&out);
    let f = m["report"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("provider.jsonl"))
        .unwrap()
        .clone();
    assert_eq!(f["loaded"], 3, "{f:#}");
    let c = run_json(&index, &["credential", "ok-2"]);
    assert_eq!(c["outcomes"][0]["skill_id"], "tech:tableau");
}

#[test]
fn eval_on_a_small_gold_file_prints_the_agreed_keys() {
    let dir = tempfile::tempdir().unwrap();
    ingest_sample(dir.path());
    let gold = dir.path().join("gold.csv");
    std::fs::write(
        &gold,
        "sentence,span,sub_span,label\n\
         we need strong SQL skills,SQL,,SQL\n\
         we need strong SQL skills,x,,LABEL NOT PRESENT\n\
         python for data analysis,python,,Python (computer programming)\n",
    )
    .unwrap();
    let r = run_json(
        dir.path(),
        &["eval", "skills", "--gold", gold.to_str().unwrap()],
    );
    assert_eq!(r["queries"], 2);
    assert!(r["rp@1"].as_f64().unwrap() > 0.4, "{r}");
    let titles = dir.path().join("titles.csv");
    std::fs::write(
        &titles,
        ",vacancyTitle,conceptUri\n0,Senior Data Analyst (m/f/d),http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2\n",
    )
    .unwrap();
    let r = run_json(
        dir.path(),
        &["eval", "titles", "--gold", titles.to_str().unwrap()],
    );
    let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["acc@1", "acc@5", "mrr", "per_second", "queries"]);
}
