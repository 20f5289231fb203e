//! Checks shared by the end-to-end tests.

#![allow(dead_code)]

use serde_json::Value;

pub fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}

/// A `recommend --json` body: the gap's sums, every path step closing at least one gap line
/// it names, and the path's hours, cost, closed weight and coverage summed from its steps.
pub fn assert_recommendation_adds_up(r: &Value, max_hours: Option<f64>, max_cost: Option<f64>) {
    let gap = &r["gap"];
    // Gap arithmetic.
    let lines = gap["lines"].as_array().unwrap();
    let total: f64 = lines.iter().map(|l| f(&l["weight"])).sum();
    let missing: f64 = lines.iter().map(|l| f(&l["missing"])).sum();
    assert!((total - f(&gap["total_weight"])).abs() < 1e-2);
    assert!((missing - f(&gap["missing_weight"])).abs() < 1e-2);
    for l in lines {
        let (w, c, m) = (f(&l["weight"]), f(&l["coverage"]), f(&l["missing"]));
        assert!((0.0..=1.0).contains(&c));
        assert!((m - w * (1.0 - c)).abs() < 1e-3, "{l}");
        assert!(l["why"].as_str().unwrap().starts_with("weight"));
    }
    // Lines sorted by missing weight, ties by id.
    for w in lines.windows(2) {
        assert!(f(&w[0]["missing"]) >= f(&w[1]["missing"]));
    }
    // Pathway arithmetic against its own listed credentials.
    let p = &r["path"];
    let steps = p["steps"].as_array().unwrap();
    assert!(!steps.is_empty(), "{p}");
    let gap_ids: Vec<&str> = lines
        .iter()
        .map(|l| l["skill_id"].as_str().unwrap())
        .collect();
    let (mut hours, mut cost, mut closed, mut gain) = (0.0, 0.0, 0.0, 0.0);
    for s in steps {
        let closes = s["closes"].as_array().unwrap();
        assert!(!closes.is_empty(), "step closes nothing: {s}");
        for c in closes {
            assert!(gap_ids.contains(&c["skill_id"].as_str().unwrap()), "{c}");
            assert!(f(&c["closed"]) > 0.0);
        }
        let step_closed: f64 = closes.iter().map(|c| f(&c["closed"])).sum();
        assert!((step_closed - f(&s["closed"])).abs() < 1e-3, "{s}");
        hours += f(&s["hours"]);
        cost += f(&s["cost"]);
        closed += f(&s["closed"]);
        gain += f(&s["coverage_gain"]);
    }
    assert!((hours - f(&p["total_hours"])).abs() < 1e-3);
    assert!((cost - f(&p["total_cost"])).abs() < 1e-3);
    if let Some(h) = max_hours {
        assert!(hours <= h + 1e-3, "{hours} h over the budget");
    }
    if let Some(c) = max_cost {
        assert!(cost <= c + 1e-3, "{cost} over the budget");
    }
    assert!((closed - f(&p["closed"])).abs() < 1e-2);
    let expect = f(&p["coverage_before"]) + gain;
    assert!(
        (expect - f(&p["coverage_after"])).abs() < 2e-3,
        "{expect} vs {}",
        p["coverage_after"]
    );
    assert!(
        (f(&p["coverage_before"]) - f(&gap["coverage"])).abs() < 1e-3,
        "path starts from the gap's coverage"
    );
    // Pareto points: more hours never buy less coverage.
    let pareto = p["pareto"].as_array().unwrap();
    assert!(!pareto.is_empty());
    for w in pareto.windows(2) {
        assert!(f(&w[1]["coverage"]) > f(&w[0]["coverage"]));
        assert!(f(&w[1]["budget_hours"]) > f(&w[0]["budget_hours"]));
    }
}

/// Starts `cmd` (the `skillgap` binary with `--index` set) as `serve` on a free loopback port
/// and returns the child and the URL (`http://ADDR`) it prints on its first line, once it
/// listens.
pub fn spawn_serve(mut cmd: std::process::Command) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    let mut child = cmd
        .env("SKILLGAP_LOG", "warn")
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn skillgap serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .expect("first line of serve");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_owned();
    (child, url)
}
