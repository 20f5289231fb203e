//! The matcher endpoints in process: bodies equal the library's answers (which the CLI prints
//! with `--json`), errors have the API's shape, limits hold.

mod common;

use common::{app, post_json, state};
use serde_json::{json, Value};
use skillgap_matcher::{Budget, Filters, PathOptions, ProfileInput, TargetInput, WeightConfig};

/// The body the API sends for `v` (f32 values go through their shortest decimal form).
fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::from_str(&serde_json::to_string(v).unwrap()).unwrap()
}

fn learner() -> (TargetInput, ProfileInput) {
    (
        TargetInput {
            goal: Some("data analyst".into()),
            ..Default::default()
        },
        ProfileInput {
            skills: vec!["excel".into(), "sql".into()],
            ..Default::default()
        },
    )
}

#[tokio::test]
async fn gap_recommend_and_path_equal_the_library() {
    let app = app();
    let m = state().matcher();
    let (t, p) = learner();
    let budget = Budget {
        max_hours: Some(120.0),
        max_cost: Some(500.0),
    };
    let body = json!({"target": {"goal": "data analyst"}, "profile": {"skills": ["excel", "sql"]}});
    let res = post_json(&app, "/v1/gap", body.to_string()).await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.json(),
        to_json(&m.gap(&t, &p, &WeightConfig::default()).unwrap())
    );

    let body = json!({
        "target": {"goal": "data analyst"},
        "profile": {"skills": ["excel", "sql"]},
        "budget": {"max_hours": 120.0, "max_cost": 500.0}
    });
    let res = post_json(&app, "/v1/recommend", body.to_string()).await;
    assert_eq!(res.status, 200);
    let lib = m
        .recommend_path(
            &t,
            &p,
            &WeightConfig::default(),
            &Filters::default(),
            &budget,
            &PathOptions::default(),
            10,
        )
        .unwrap();
    assert_eq!(res.json(), to_json(&lib));
    assert!(!res.json()["path"]["steps"].as_array().unwrap().is_empty());

    let res = post_json(&app, "/v1/path", body.to_string()).await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json(), to_json(lib.path.as_ref().unwrap()));
}

#[tokio::test]
async fn nearby_relevance_and_team() {
    let app = app();
    let res = post_json(
        &app,
        "/v1/nearby",
        json!({"profile": {"skills": ["python", "sql"]}, "limit": 5}).to_string(),
    )
    .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["occupations"].as_array().unwrap().len(), 5);
    let res = post_json(
        &app,
        "/v1/nearby",
        json!({"occupation": "15-2051.00"}).to_string(),
    )
    .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.json()["from"]["id"], "15-2051.00");

    let res = post_json(
        &app,
        "/v1/relevance",
        json!({"credential": "sample:data-visualization-badge"}).to_string(),
    )
    .await;
    assert_eq!(res.status, 200);
    assert!(!res.json()["outcomes"].as_array().unwrap().is_empty());

    let members = json!([
        {"person": "Ana", "skills": ["excel", "sql"]},
        {"person": "Bo", "resume": "Dashboards in Tableau, reports in Power BI."}
    ]);
    let res = post_json(
        &app,
        "/v1/team",
        json!({"target": {"occupation": "15-2051.01"}, "members": members, "budget": {"max_hours": 60}})
            .to_string(),
    )
    .await;
    assert_eq!(res.status, 200);
    let v = res.json();
    assert_eq!(v["people"].as_array().unwrap().len(), 2);
    // The same team as CSV text gives the same report.
    let csv = "person,skills,resume\nAna,\"excel, sql\",\nBo,,\"Dashboards in Tableau, reports in Power BI.\"\n";
    let res2 = post_json(
        &app,
        "/v1/team",
        json!({"target": {"occupation": "15-2051.01"}, "csv": csv, "budget": {"max_hours": 60}})
            .to_string(),
    )
    .await;
    assert_eq!(res2.status, 200);
    assert_eq!(res2.json(), v);
}

#[tokio::test]
async fn matcher_errors_are_json_with_fields() {
    let app = app();
    // Unknown occupation → 404.
    let res = post_json(
        &app,
        "/v1/gap",
        json!({"target": {"occupation": "99-9999.99"}}).to_string(),
    )
    .await;
    res.assert_error(404, "not_found");
    // No target → 422 naming the field.
    let res = post_json(&app, "/v1/gap", json!({"target": {}}).to_string()).await;
    let v = res.assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "target");
    // Negative budget.
    let res = post_json(
        &app,
        "/v1/path",
        json!({"target": {"occupation": "15-2051.01"}, "budget": {"max_hours": -5}}).to_string(),
    )
    .await;
    let v = res.assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "max_hours");
    // 100,000 skills.
    let skills: Vec<String> = (0..100_000).map(|i| format!("s{i}")).collect();
    let res = post_json(
        &app,
        "/v1/gap",
        json!({"target": {"occupation": "15-2051.01"}, "profile": {"skills": skills}}).to_string(),
    )
    .await;
    assert!(res.status == 413 || res.status == 422, "{}", res.status);
    // Unknown fields.
    let res = post_json(
        &app,
        "/v1/recommend",
        json!({"target": {"occupation": "15-2051.01"}, "budjet": {}}).to_string(),
    )
    .await;
    assert_eq!(res.status.as_u16(), 422);
    // Out-of-range weights.
    let res = post_json(
        &app,
        "/v1/gap",
        json!({"target": {"occupation": "15-2051.01"}, "weights": {"demand_weight": 3}})
            .to_string(),
    )
    .await;
    let v = res.assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "demand_weight");
    // Neither members nor csv.
    let res = post_json(
        &app,
        "/v1/team",
        json!({"target": {"occupation": "15-2051.01"}}).to_string(),
    )
    .await;
    res.assert_error(422, "unprocessable");
    // And the server still answers.
    let res = post_json(
        &app,
        "/v1/gap",
        json!({"target": {"occupation": "15-2051.01"}}).to_string(),
    )
    .await;
    assert_eq!(res.status, 200);
}
