//! End-to-end tests on the real releases in `../shared/datasets` (or `SKILLGAP_DATASETS`).
//! They skip, saying why, when the data is absent.

mod common;

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
        let path = f["path"].as_str().unwrap();
        if ["/onet/", "/esco/", "/crosswalks/"]
            .iter()
            .any(|d| path.contains(d))
        {
            assert_eq!(f["rejected"], 0, "{f}");
        }
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

fn catalog() -> Option<skillgap_core::Catalog> {
    let (dir, _) = full_index()?;
    Some(skillgap_core::Catalog::open(dir.path()).unwrap())
}

#[test]
fn every_postings_file_ingests_and_nurse_demand_is_traceable() {
    let Some((_, m)) = full_index() else { return };
    let files = m["report"]["files"].as_array().unwrap();
    let postings: Vec<&Value> = files
        .iter()
        .filter(|f| f["path"].as_str().unwrap().contains("/postings/"))
        .collect();
    assert!(postings.len() >= 11, "{postings:#?}");
    for f in &postings {
        assert!(f.get("fatal").is_none(), "{f}");
        assert!(f["loaded"].as_u64().unwrap() > 0, "{f}");
    }
    assert!(m["counts"]["postings"].as_u64().unwrap() > 50_000);

    let Some(r) = query(&["demand", "--occupation", "29-1141.00", "--evidence", "3"]) else {
        return;
    };
    assert!(r["postings"].as_u64().unwrap() > 1000, "{r:#}");
    let skills = r["skills"].as_array().unwrap();
    assert!(skills.len() >= 10);
    let catalog = catalog().unwrap();
    for line in skills.iter().take(5) {
        let n = line["postings"].as_u64().unwrap();
        let share = line["share"].as_f64().unwrap();
        assert!((share - n as f64 / r["postings"].as_f64().unwrap()).abs() < 1e-4);
        // Each evidence id is a posting placed in the occupation that asks for the skill.
        let evidence = line["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty());
        for id in evidence {
            let p = catalog.posting(id.as_str().unwrap()).unwrap();
            assert!(p.occupations.iter().any(|o| o.id == "29-1141.00"));
            assert!(p.skills.iter().any(|s| s.skill_id == line["skill_id"]));
        }
        // And the count is exactly the number of such postings.
        let (_, total) = catalog
            .postings_with(Some("29-1141.00"), line["skill_id"].as_str(), 1)
            .unwrap();
        assert_eq!(total as u64, n);
    }
}

#[test]
fn nhs_boilerplate_yields_no_skills() {
    let Some(data) = datasets() else { return };
    let Some(catalog) = catalog() else { return };
    let extractor = catalog.extractor().unwrap();
    // Sentences that recur in the postings of at least 15 different employers are not about
    // any one job: they are NHS-wide boilerplate (equality statements, benefits, how to apply).
    let text =
        std::fs::read_to_string(data.join("postings/nhs-jobs-2020/nhs_jobs_schemaorg.jsonl"))
            .unwrap();
    let mut employers: std::collections::HashMap<String, std::collections::HashSet<String>> =
        Default::default();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let html = v["description"].as_str().unwrap_or("");
        let employer = v["hiringOrganization"]["name"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        let plain = skillgap_ingest::postings::html_to_text(html);
        for (s, e) in skillgap_core::extract::sentences(&plain) {
            let sentence = plain[s..e].to_owned();
            if sentence.len() > 40 {
                employers
                    .entry(sentence)
                    .or_default()
                    .insert(employer.clone());
            }
        }
    }
    // A recurring sentence that states a requirement ("The ability to speak Welsh is
    // desirable for this post") is a real, if shared, demand: it is not boilerplate.
    let states_requirement = |s: &str| {
        ["desirable", "essential", "required"]
            .iter()
            .any(|w| s.to_lowercase().contains(w))
    };
    let frequent: Vec<&String> = employers
        .iter()
        .filter(|(s, e)| e.len() >= 15 && !states_requirement(s))
        .map(|(s, _)| s)
        .collect();
    // Typical boilerplate of UK health-service adverts (written for this test).
    let typical = [
        "We are an equal opportunities employer and welcome applications from all sections of the community.",
        "As a Disability Confident employer we guarantee an interview to applicants with a disability who meet the essential criteria.",
        "Benefits include 27 days annual leave, the NHS pension scheme and access to a staff wellbeing hub with gym discounts.",
        "This post is subject to an enhanced Disclosure and Barring Service check.",
        "Please note that we may close this vacancy early if we receive a high number of applications.",
        "Outstanding personal development and CPD opportunities are available to every colleague.",
        "Our staff benefits include cycle to work, salary sacrifice cars and childcare vouchers.",
    ];
    let mut frequent = frequent;
    let typical: Vec<String> = typical.iter().map(|s| s.to_string()).collect();
    frequent.extend(typical.iter());
    let with_skills: Vec<(&String, Vec<String>)> = frequent
        .iter()
        .map(|s| {
            (
                *s,
                extractor
                    .extract(s)
                    .into_iter()
                    .map(|m| m.label)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, m)| !m.is_empty())
        .collect();
    assert!(
        with_skills.is_empty(),
        "boilerplate sentences yielding skills: {with_skills:#?}"
    );
}

#[test]
fn wgu_records_keep_declared_occupations_and_hours() {
    let Some(c) = query(&["credentials", "Computer Science", "-n", "50"]) else {
        return;
    };
    let cs = c
        .as_array()
        .unwrap()
        .iter()
        .map(|h| &h["credential"])
        .find(|c| {
            c["source"].as_str().unwrap_or("").contains("ctdl")
                && c["title"]
                    .as_str()
                    .unwrap_or("")
                    .contains("Computer Science")
        })
        .expect("WGU BS Computer Science");
    assert!(
        cs["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o == "15-1131.00"),
        "{cs:#}"
    );
    assert!(cs["hours"].as_f64().unwrap() > 1000.0);
}

#[test]
fn most_coursera_skill_tags_resolve() {
    let Some(catalog) = catalog() else { return };
    let (mut tags, mut resolved) = (0, 0);
    for c in catalog.all_credentials().unwrap() {
        if !c.source.starts_with("coursera") {
            continue;
        }
        for o in &c.outcomes {
            // Provider tags are short ("Data Visualization", "SQL"); summary sentences are long.
            if o.text.split_whitespace().count() <= 4 {
                tags += 1;
                resolved += usize::from(o.skill_id.is_some());
            }
        }
    }
    let share = resolved as f64 / tags as f64;
    eprintln!("coursera tags resolved: {resolved}/{tags} = {share:.3}");
    assert!(tags > 10_000);
    assert!(share >= 0.85, "{share}");
}

#[test]
fn eval_commands_print_the_agreed_keys() {
    let Some(data) = datasets() else { return };
    let gold = data.join("dev-gold/tech_validation_annotations.csv");
    let Some(r) = query(&["eval", "skills", "--gold", gold.to_str().unwrap()]) else {
        return;
    };
    let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["mrr", "per_second", "queries", "rp@1", "rp@10", "rp@5"]
    );
    assert!(r["rp@5"].as_f64().unwrap() >= 0.45, "{r}");
}

#[test]
fn learner_recommendation_on_the_full_data_adds_up() {
    let Some(r) = query(&[
        "recommend",
        "--goal",
        "data analyst",
        "--have",
        "excel, sql",
        "--max-hours",
        "150",
    ]) else {
        return;
    };
    common::assert_recommendation_adds_up(&r, Some(150.0), None);
    let held: Vec<&str> = r["gap"]["profile"]["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    assert!(held.iter().any(|l| l.contains("Excel")), "{held:?}");
    assert!(r["gap"]["profile"]["unresolved"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// Rank of the first credential whose title matches one of `words` in an empty-profile
/// recommendation for `occupation`, among the top 10.
fn role_rank(occupation: &str, words: &[&str]) -> Option<Option<(u64, String)>> {
    let r = query(&["recommend", "--occupation", occupation, "-n", "10"])?;
    Some(
        r["credentials"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| {
                let t = c["title"].as_str().unwrap().to_lowercase();
                c["id"].as_str().unwrap().starts_with("coursera:")
                    && words.iter().any(|w| t.contains(w))
            })
            .map(|c| {
                (
                    c["rank"].as_u64().unwrap(),
                    c["title"].as_str().unwrap().to_owned(),
                )
            }),
    )
}

#[test]
fn credentials_designed_for_a_role_rank_in_its_top_ten() {
    for (occ, words) in [
        ("15-2051.00", &["data scien"][..]),
        ("15-1212.00", &["cybersecurity", "security analyst"][..]),
        ("13-1082.00", &["project manage"][..]),
    ] {
        let Some(rank) = role_rank(occ, words) else {
            return;
        };
        eprintln!("{occ}: {rank:?}");
        assert!(
            rank.is_some(),
            "no credential for {occ} ({words:?}) in the top 10"
        );
    }
}
