//! Index reloads, load shedding and timeouts, in process.

mod common;

use common::{get, ingest_sample, post_json, sample_index};
use serde_json::json;
use skillgap_core::Catalog;
use skillgap_server::{AppState, Limits, Reload};
use std::time::{Duration, Instant};

fn state_with(limits: Limits) -> AppState {
    let index = sample_index();
    AppState::with_catalog(index, Catalog::open(index).unwrap(), limits).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_generation_is_swapped_in_and_old_requests_keep_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let first = ingest_sample(dir.path());
    let state = AppState::open(dir.path()).unwrap();
    let app = skillgap_server::router(state.clone());
    assert_eq!(
        get(&app, "/readyz").await.json()["index_version"],
        first.generation.as_str()
    );
    assert_eq!(state.reload().await.unwrap(), Reload::Unchanged);

    // A request in flight holds the catalog it started with.
    let held = state.catalog();
    let second = ingest_sample(dir.path());
    assert_ne!(first.generation, second.generation);
    assert_eq!(
        state.reload().await.unwrap(),
        Reload::Swapped {
            from: first.generation.clone(),
            to: second.generation.clone()
        }
    );
    assert_eq!(
        get(&app, "/readyz").await.json()["index_version"],
        second.generation.as_str()
    );
    assert_eq!(held.manifest().generation, first.generation);
    assert!(!held
        .search_skills("python", &Default::default())
        .unwrap()
        .is_empty());
    drop(held);

    // The poller notices the next generation by itself.
    let poller = state.spawn_reloader(Duration::from_millis(50));
    let third = ingest_sample(dir.path());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = get(&app, "/readyz").await.json();
        if v["index_version"] == third.generation.as_str() {
            break;
        }
        assert!(Instant::now() < deadline, "not reloaded: {v}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    poller.abort();
    let metrics = String::from_utf8(get(&app, "/metrics").await.body.to_vec()).unwrap();
    assert!(
        metrics.contains("skillgap_index_reloads_total 2"),
        "{metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saturation_sheds_with_503_and_retry_after() {
    let app = skillgap_server::router(state_with(Limits {
        concurrency: 1,
        timeout: Duration::from_secs(30),
    }));
    let text = "Data analyst with SQL, Python, Tableau and Excel. ".repeat(200);
    let body = json!({"text": text, "rank": 5}).to_string();
    let requests = (0..16).map(|_| post_json(&app, "/v1/extract", body.clone()));
    let responses = futures_util::future::join_all(requests).await;
    let shed: Vec<_> = responses.iter().filter(|r| r.status == 503).collect();
    assert!(
        !shed.is_empty(),
        "one slot, 16 requests at once: some must be shed"
    );
    assert!(responses.iter().any(|r| r.status == 200));
    for r in &shed {
        r.assert_error(503, "overloaded");
        assert_eq!(r.headers["retry-after"], "1");
    }
    // Probes are not limited.
    assert_eq!(get(&app, "/healthz").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_requests_time_out_with_503() {
    let app = skillgap_server::router(state_with(Limits {
        concurrency: 8,
        timeout: Duration::from_millis(1),
    }));
    let text = "Registered nurse: patient care, medication, infection control. ".repeat(200);
    let r = post_json(
        &app,
        "/v1/extract",
        json!({"text": text, "rank": 20}).to_string(),
    )
    .await;
    r.assert_error(503, "timeout");
    assert!(r.headers.get("retry-after").is_none());
}
