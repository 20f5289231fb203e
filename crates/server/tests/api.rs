//! Every endpoint of the router, in process, on an index of the bundled sample: answers equal
//! to the library's (the same types the CLI prints with `--json`), and every error case with
//! the API's JSON error shape.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::{app, enc, get, post_json, send, state};
use serde_json::{json, Value};
use skillgap_core::SearchOptions;

const ESCO_SQL: &str = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
const ESCO_DATA_ANALYST: &str =
    "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";

/// The JSON a value is sent as (through text, as the CLI prints it: f32 stay short).
fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::from_str(&serde_json::to_string(v).unwrap()).unwrap()
}

#[tokio::test]
async fn probes_and_about() {
    let app = app();
    let r = get(&app, "/healthz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ok");

    let r = get(&app, "/readyz").await;
    let v = r.json();
    assert_eq!(v["status"], "ready");
    let m = state().catalog().manifest().clone();
    assert_eq!(v["index_version"], m.generation.as_str());
    assert_eq!(v["counts"]["occupations.onet"], 25);

    let v = get(&app, "/v1/about").await.json();
    let onet = v["attribution"]["onet"].as_str().unwrap();
    assert!(
        onet.contains("O*NET") && onet.contains("CC BY 4.0"),
        "{onet}"
    );
    assert!(v["attribution"]["esco"]
        .as_str()
        .unwrap()
        .contains("ESCO classification of the European Commission"));
}

#[tokio::test]
async fn occupation_search_and_detail_match_the_library() {
    let app = app();
    let catalog = state().catalog();
    let r = get(&app, "/v1/occupations?q=data%20analyst&limit=3").await;
    assert_eq!(r.status, 200);
    let opts = SearchOptions {
        limit: Some(3),
        ..Default::default()
    };
    let expected = catalog.search_occupations("data analyst", &opts).unwrap();
    assert_eq!(r.json(), to_json(&expected));

    let r = get(
        &app,
        "/v1/occupations?q=sofware%20develper&taxonomy=onet&limit=1",
    )
    .await;
    assert_eq!(r.json()[0]["id"], "15-1252.00");

    let detail = to_json(&skillgap_matcher::occupation_detail(&catalog, "15-1252.00").unwrap());
    assert_eq!(get(&app, "/v1/occupations/15-1252.00").await.json(), detail);
    assert_eq!(get(&app, "/v1/occupations/15-1252").await.json(), detail);
    assert_eq!(
        get(&app, "/v1/occupations?id=15-1252.00").await.json(),
        detail
    );
    // ESCO URIs: percent-encoded in the path, or as ?id=.
    let esco = get(&app, &format!("/v1/occupations/{}", enc(ESCO_DATA_ANALYST))).await;
    assert_eq!(esco.status, 200);
    assert_eq!(esco.json()["title"], "data analyst");
    let by_query = get(
        &app,
        &format!("/v1/occupations?id={}", enc(ESCO_DATA_ANALYST)),
    )
    .await;
    assert_eq!(by_query.json(), esco.json());

    get(&app, "/v1/occupations/99-9999.99")
        .await
        .assert_error(404, "not_found");
    let v = get(&app, "/v1/occupations?taxonomy=isco&q=nurse")
        .await
        .assert_error(400, "bad_request");
    assert_eq!(v["error"]["field"], "taxonomy");
    get(&app, "/v1/occupations?q=a&id=b")
        .await
        .assert_error(400, "bad_request");
    let v = get(&app, "/v1/occupations")
        .await
        .assert_error(400, "bad_request");
    assert_eq!(v["error"]["field"], "q");
}

#[tokio::test]
async fn skill_search_detail_and_resolve() {
    let app = app();
    let catalog = state().catalog();
    let r = get(&app, "/v1/skills?q=pyhton&kind=technology&limit=2").await;
    let opts = SearchOptions {
        limit: Some(2),
        kind: Some(skillgap_core::SkillKind::Technology),
        ..Default::default()
    };
    assert_eq!(
        r.json(),
        to_json(&catalog.search_skills("pyhton", &opts).unwrap())
    );
    assert_eq!(r.json()[0]["id"], "tech:python");

    let detail = to_json(&skillgap_matcher::skill_detail(&catalog, ESCO_SQL).unwrap());
    let r = get(&app, &format!("/v1/skills/{}", enc(ESCO_SQL))).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), detail);
    assert_eq!(
        get(&app, &format!("/v1/skills?id={ESCO_SQL}")).await.json(),
        detail
    );
    assert_eq!(get(&app, "/v1/skills/2.A.1.a").await.status, 200);
    get(&app, "/v1/skills/tech:cobol-on-mars")
        .await
        .assert_error(404, "not_found");
    let v = get(&app, "/v1/skills?q=x&kind=hobby")
        .await
        .assert_error(400, "bad_request");
    assert_eq!(v["error"]["field"], "kind");

    let r = post_json(
        &app,
        "/v1/skills/resolve",
        json!({"skills": ["pyhton", "Structured Query Language", "   "], "kind": "technology"})
            .to_string(),
    )
    .await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v[0]["query"], "pyhton");
    assert_eq!(v[0]["skill"]["id"], "tech:python");
    assert_eq!(v[2]["skill"], Value::Null);
    assert_eq!(v.as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn postings_demand_and_credentials_match_the_library() {
    let app = app();
    let catalog = state().catalog();
    let r = get(&app, "/v1/postings?q=data%20analyst&limit=2").await;
    assert_eq!(
        r.json(),
        to_json(&skillgap_matcher::views::search_postings(&catalog, "data analyst", 2).unwrap())
    );
    let r = get(&app, "/v1/postings/SG-C-001").await;
    assert_eq!(r.json(), to_json(&catalog.posting("SG-C-001").unwrap()));
    get(&app, "/v1/postings/SG-NOPE")
        .await
        .assert_error(404, "not_found");

    let r = get(&app, "/v1/demand?skill=tech:python&evidence=2&limit=3").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        to_json(&skillgap_matcher::demand::skill_demand(&catalog, "tech:python", 3, 2).unwrap())
    );
    assert!(!r.json()["occupations"][0]["evidence"]
        .as_array()
        .unwrap()
        .is_empty());
    let r = get(&app, "/v1/demand?occupation=29-1141.00").await;
    assert_eq!(
        r.json(),
        to_json(
            &skillgap_matcher::demand::occupation_demand(&catalog, "29-1141.00", 20, 0).unwrap()
        )
    );
    get(&app, "/v1/demand?occupation=29-1141.00&skill=tech:python")
        .await
        .assert_error(400, "bad_request");
    get(&app, "/v1/demand")
        .await
        .assert_error(400, "bad_request");
    let v = get(&app, "/v1/demand?skill=tech:python&evidence=500")
        .await
        .assert_error(400, "bad_request");
    assert_eq!(v["error"]["field"], "evidence");
    get(&app, "/v1/demand?occupation=00-0000.00")
        .await
        .assert_error(404, "not_found");

    let r = get(&app, "/v1/credentials?q=data%20visualization&limit=2").await;
    assert_eq!(
        r.json(),
        to_json(
            &skillgap_matcher::views::search_credentials(&catalog, "data visualization", 2)
                .unwrap()
        )
    );
    let id = r.json()[0]["credential"]["id"].as_str().unwrap().to_owned();
    let r = get(&app, &format!("/v1/credentials/{}", enc(&id))).await;
    assert_eq!(r.json(), to_json(&catalog.credential(&id).unwrap()));
    get(&app, "/v1/credentials/none:such")
        .await
        .assert_error(404, "not_found");
    get(&app, "/v1/credentials")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn extract_matches_the_library_and_checks_its_input() {
    let app = app();
    let catalog = state().catalog();
    let text = "SQL and Tableau dashboards; experience with relational databases.";
    let r = post_json(
        &app,
        "/v1/extract",
        json!({"text": text, "rank": 3}).to_string(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        to_json(&skillgap_matcher::views::extract(&catalog, text, Some(3), None).unwrap())
    );
    assert!(r.json()["sentences"].is_array());
    let r = post_json(
        &app,
        "/v1/extract",
        json!({"text": text, "taxonomy": "onet"}).to_string(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert!(r.json().get("sentences").is_none());

    let cases: &[(&str, u16, &str, Option<&str>)] = &[
        (
            r#"{"text": "SQL", "colour": "red"}"#,
            422,
            "unprocessable",
            Some("colour"),
        ),
        (r#"{"text": 42}"#, 422, "unprocessable", Some("text")),
        (
            r#"{"text": "SQL", "rank": "three"}"#,
            422,
            "unprocessable",
            Some("rank"),
        ),
        (
            r#"{"text": "SQL", "rank": -1}"#,
            422,
            "unprocessable",
            Some("rank"),
        ),
        (
            r#"{"text": "SQL", "rank": 0}"#,
            422,
            "unprocessable",
            Some("rank"),
        ),
        (
            r#"{"text": "SQL", "rank": 21}"#,
            422,
            "unprocessable",
            Some("rank"),
        ),
        (
            r#"{"text": "SQL", "taxonomy": "isco"}"#,
            422,
            "unprocessable",
            Some("taxonomy"),
        ),
        (r#"{"rank": 2}"#, 422, "unprocessable", None),
        (r#"{"text": "  "}"#, 422, "unprocessable", Some("text")),
        (r#"["SQL"]"#, 422, "unprocessable", None),
        (r#"{"text": "SQL""#, 400, "bad_request", None),
        (r#"{"text": "SQL"} {}"#, 400, "bad_request", None),
        ("", 400, "bad_request", None),
    ];
    for (body, status, code, field) in cases {
        let r = post_json(&app, "/v1/extract", body.to_string()).await;
        let v = r.assert_error(*status, code);
        if let Some(f) = field {
            assert_eq!(v["error"]["field"], *f, "{body}: {v}");
        }
    }
    let missing = post_json(&app, "/v1/extract", r#"{"rank": 2}"#)
        .await
        .json();
    assert!(missing["error"]["message"]
        .as_str()
        .unwrap()
        .contains("missing field `text`"));

    let long = json!({"text": "SQL ".repeat(20_000)}).to_string();
    let v = post_json(&app, "/v1/extract", long)
        .await
        .assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "text");

    // Not JSON.
    let r = send(
        &app,
        Request::post("/v1/extract")
            .header("content-type", "text/plain")
            .body(Body::from("SQL"))
            .unwrap(),
    )
    .await;
    r.assert_error(415, "unsupported_media_type");
}

#[tokio::test]
async fn hostile_bodies_get_clear_4xx() {
    let app = app();
    // Invalid UTF-8.
    let v = post_json(
        &app,
        "/v1/extract",
        b"{\"text\": \"\xff\xfe SQL\"}".to_vec(),
    )
    .await
    .assert_error(400, "bad_request");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("UTF-8"),
        "{v}"
    );

    // Deeply nested JSON, where a value is expected and at the top.
    let deep = format!(
        r#"{{"text": {}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    post_json(&app, "/v1/extract", deep)
        .await
        .assert_error(422, "unprocessable");
    let deep = "[".repeat(200_000);
    post_json(&app, "/v1/skills/resolve", deep)
        .await
        .assert_error(422, "unprocessable");
    let nested_names = format!(r#"{{"skills": [{}]}}"#, "[".repeat(500));
    let v = post_json(&app, "/v1/skills/resolve", nested_names)
        .await
        .assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "skills[0]");

    // 10 MB body: refused from its declared length, and without one (streamed, chunked).
    let big = vec![b' '; 10 * 1024 * 1024];
    let v = post_json(&app, "/v1/extract", big.clone())
        .await
        .assert_error(413, "payload_too_large");
    assert!(v["error"]["message"].as_str().unwrap().contains("1048576"));
    let stream = futures_stream(big);
    send(
        &app,
        Request::post("/v1/extract")
            .header("content-type", "application/json")
            .body(stream)
            .unwrap(),
    )
    .await
    .assert_error(413, "payload_too_large");

    // 100,000 skills in one request.
    let many: Vec<String> = (0..100_000).map(|i| format!("s{i}")).collect();
    let v = post_json(
        &app,
        "/v1/skills/resolve",
        json!({ "skills": many }).to_string(),
    )
    .await
    .assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "skills");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("at most 100"));

    // Unknown fields and negative numbers.
    let v = post_json(&app, "/v1/skills/resolve", r#"{"skills": [], "limit": 5}"#)
        .await
        .assert_error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "limit");
    let v = get(&app, "/v1/skills?q=python&limit=-1")
        .await
        .assert_error(400, "bad_request");
    assert_eq!(v["error"]["field"], "limit");
    assert!(v["error"]["message"].as_str().unwrap().contains("-1"));

    // Still serving.
    assert_eq!(get(&app, "/v1/skills?q=python").await.status, 200);
}

/// A body without a declared length.
fn futures_stream(bytes: Vec<u8>) -> Body {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        bytes.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect();
    Body::from_stream(futures_util::stream::iter(chunks))
}

#[tokio::test]
async fn query_parameters_are_checked() {
    let app = app();
    for (uri, field) in [
        ("/v1/skills?q=python&limit=abc", Some("limit")),
        ("/v1/skills?q=python&limit=0", Some("limit")),
        ("/v1/skills?q=python&limit=101", Some("limit")),
        ("/v1/skills?query=python", Some("query")),
        ("/v1/postings?q=nurse&limit=-5", Some("limit")),
        ("/v1/credentials?q=data&limit=1e3", Some("limit")),
        ("/v1/occupations?q=%20%20", Some("q")),
    ] {
        let v = get(&app, uri).await.assert_error(400, "bad_request");
        assert_eq!(v["error"]["field"].as_str(), field, "{uri}: {v}");
    }
    let long_q = format!("/v1/skills?q={}", "a".repeat(2_000));
    let v = get(&app, &long_q).await.assert_error(400, "bad_request");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("1000"),
        "{v}"
    );
    let huge = format!("/v1/skills?q={}", "a".repeat(10_000));
    let v = get(&app, &huge).await.assert_error(400, "bad_request");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("query string"),
        "{v}"
    );
    // Bad percent-encoding in the path.
    get(&app, "/v1/skills/%FF%FE")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn unknown_routes_and_methods_are_json() {
    let app = app();
    get(&app, "/v2/skills").await.assert_error(404, "not_found");
    get(&app, "/nope").await.assert_error(404, "not_found");
    send(
        &app,
        Request::delete("/v1/skills?q=x")
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .assert_error(405, "method_not_allowed");
    get(&app, "/v1/extract")
        .await
        .assert_error(405, "method_not_allowed");
}

#[tokio::test]
async fn request_ids_are_made_or_kept() {
    let app = app();
    let a = get(&app, "/healthz").await;
    let b = get(&app, "/v1/skills/none").await;
    assert_ne!(a.headers["x-request-id"], b.headers["x-request-id"]);
    let r = send(
        &app,
        Request::get("/healthz")
            .header("x-request-id", "client-abc.123")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.headers["x-request-id"], "client-abc.123");
    let r = send(
        &app,
        Request::get("/healthz")
            .header("x-request-id", "no spaces allowed")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_ne!(r.headers["x-request-id"], "no spaces allowed");
}

#[tokio::test]
async fn metrics_count_by_route_template() {
    let app = app();
    get(&app, &format!("/v1/skills/{}", enc(ESCO_SQL))).await;
    get(&app, "/v1/skills/none").await;
    get(&app, "/no/such/route/12345").await;
    let r = get(&app, "/metrics").await;
    assert_eq!(r.status, 200);
    assert!(r.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = String::from_utf8(r.body.to_vec()).unwrap();
    assert!(
        text.contains(
            r#"skillgap_http_requests_total{route="/v1/skills/{id}",method="GET",status="404"}"#
        ),
        "{text}"
    );
    assert!(text.contains(r#"route="/v1/skills/{id}",method="GET",status="200"}"#));
    assert!(text.contains(
        r#"skillgap_http_request_duration_seconds_bucket{route="/v1/skills/{id}",method="GET",le="+Inf"}"#
    ));
    assert!(text.contains(r#"route="unmatched""#));
    assert!(!text.contains("598de5b0"), "raw ids must not become labels");
    assert!(!text.contains("12345"), "raw paths must not become labels");
    assert!(text.contains("skillgap_index_info{generation=\"gen-"));
}

#[tokio::test]
async fn openapi_document_covers_every_route() {
    let app = app();
    let r = get(&app, "/v1/openapi.json").await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert!(
        v["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        v["openapi"]
    );
    // It parses as an OpenAPI document with utoipa's own types.
    let doc: utoipa::openapi::OpenApi = serde_json::from_value(v.clone()).expect("OpenAPI");
    assert!(doc.paths.paths.len() >= 16);
    assert_eq!(v, to_json(&skillgap_server::openapi()));
    assert!(v["components"]["schemas"]["ErrorBody"].is_object());
    // Every reference resolves.
    let mut refs = Vec::new();
    collect_refs(&v, &mut refs);
    assert!(refs.len() > 20);
    for r in refs {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected $ref {r}"));
        assert!(
            v["components"]["schemas"][name].is_object(),
            "dangling $ref {r}"
        );
    }
    assert!(v["components"]["schemas"]["Hit"].is_object());

    let paths = v["paths"].as_object().unwrap();
    for expected in [
        "/healthz",
        "/readyz",
        "/metrics",
        "/v1/about",
        "/v1/openapi.json",
        "/v1/occupations",
        "/v1/occupations/{id}",
        "/v1/skills",
        "/v1/skills/{id}",
        "/v1/skills/resolve",
        "/v1/postings",
        "/v1/postings/{id}",
        "/v1/demand",
        "/v1/credentials",
        "/v1/credentials/{id}",
        "/v1/extract",
    ] {
        assert!(
            paths.contains_key(expected),
            "{expected} missing from the document"
        );
    }
    // Every documented operation is routed (not the fallback) and has responses.
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().expect("responses");
            assert!(responses.contains_key("200"), "{method} {path}");
            let uri = path.replace("{id}", "x");
            let req = Request::builder()
                .method(method.to_uppercase().as_str())
                .uri(&uri)
                .header("content-type", "application/json")
                .body(Body::from("{}"))
                .unwrap();
            let r = send(&app, req).await;
            if r.status == 404 {
                let v = r.json();
                assert!(
                    !v["error"]["message"]
                        .as_str()
                        .unwrap()
                        .starts_with("no route"),
                    "{method} {path} is documented but not routed"
                );
            }
            assert_ne!(r.status, 405, "{method} {path}");
        }
    }
    // And every route is documented: routes are only ever added through utoipa-axum's
    // `routes!` (which documents them), never with a bare `.route(`.
    // (The HTML pages of `web/` are not API routes and are not in the document.)
    let src = common::repo_root().join("crates/server/src");
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for needle in [".route(\"", ".route_service(", ".nest(\"", ".nest_service("] {
            assert!(
                !text.contains(needle),
                "{} adds an undocumented route with {needle}",
                path.display()
            );
        }
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}
