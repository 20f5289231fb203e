//! The HTML pages, in process on the sample index: every page answers with HTML and the parts a
//! person relies on, forms work as plain GET/POST (no JavaScript), bad input gets a page that
//! says what is wrong, and browsers get an HTML 404. (`tests/browser.rs` at the repository
//! root drives the same pages in Chromium.)

mod common;

use axum::body::Body;
use axum::http::Request;
use common::{app, get, send, Res};

fn html(r: &Res) -> String {
    let ct = r.headers["content-type"].to_str().unwrap();
    assert!(ct.starts_with("text/html"), "{ct}");
    String::from_utf8(r.body.to_vec()).expect("UTF-8 page")
}

fn page(r: &Res, status: u16) -> String {
    let body = html(r);
    assert_eq!(
        r.status.as_u16(),
        status,
        "{}",
        &body[..body.len().min(400)]
    );
    assert!(body.starts_with("<!DOCTYPE html>"));
    // The attributions O*NET and ESCO require are on every page.
    assert!(body.contains("O*NET"), "O*NET attribution");
    assert!(body.contains("ESCO classification"), "ESCO attribution");
    let timing = r.headers["server-timing"].to_str().unwrap();
    assert!(timing.starts_with("app;dur="), "{timing}");
    assert!(r.headers.contains_key("content-security-policy"));
    body
}

#[tokio::test]
async fn every_page_answers_with_html() {
    let app = app();
    for uri in [
        "/",
        "/about",
        "/learn",
        "/design",
        "/team",
        "/occupation?id=15-2051.00",
        "/credential?id=sample:python-for-data-badge",
    ] {
        page(&get(&app, uri).await, 200);
    }
    let css = get(&app, "/assets/app.css").await;
    assert!(css.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    let js = get(&app, "/assets/app.js").await;
    assert!(js.headers["content-type"]
        .to_str()
        .unwrap()
        .contains("javascript"));
}

#[tokio::test]
async fn the_learner_form_works_as_a_link_and_as_a_post() {
    let app = app();
    let body = page(
        &get(
            &app,
            "/learn?goal=data+scientist&have=excel%2C+sql&max_hours=120&max_cost=500",
        )
        .await,
        200,
    );
    assert!(body.contains("id=\"gap-h\""), "gap section");
    assert!(body.contains("Data Scientists"), "the goal is read");
    assert!(body.contains("<ol class=\"path\""), "a pathway");
    assert!(body.contains("id=\"pareto\""), "the Pareto chart");
    assert!(body.contains("id=\"nearby\""), "nearby occupations");
    // The same through a form POST (what a browser without JavaScript sends).
    let posted = send(
        &app,
        Request::post("/learn")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(
                "goal=data+scientist&have=excel%2C+sql&max_hours=120&max_cost=500",
            ))
            .unwrap(),
    )
    .await;
    let pb = page(&posted, 200);
    assert!(pb.contains("id=\"gap-h\""));
}

#[tokio::test]
async fn a_goal_nobody_knows_gets_a_page_that_says_so() {
    let app = app();
    let r = get(&app, "/learn?goal=zzzz+qqqq+xxxx").await;
    let body = html(&r);
    assert!(r.status.is_client_error(), "{}", r.status);
    assert!(body.contains("role=\"alert\""), "an alert");
    // The form keeps what was typed.
    assert!(body.contains("zzzz qqqq xxxx"));
    let r = get(&app, "/occupation?id=99-9999.99").await;
    assert!(r.status.is_client_error());
    assert!(html(&r).contains("role=\"alert\""));
}

#[tokio::test]
async fn the_designer_reports_outcomes_of_a_credential_and_of_a_draft() {
    let app = app();
    let body = page(
        &get(&app, "/design?credential=sample%3Asql-foundations-badge").await,
        200,
    );
    assert!(body.contains("id=\"outcomes-demand\""));
    assert!(body.contains("id=\"served\""));
    let draft = page(
        &get(&app, "/design?outcomes=SQL%0ATableau%0Astatistics").await,
        200,
    );
    assert!(draft.contains("id=\"outcomes-demand\""));
    assert!(draft.contains("Tableau"));
}

#[tokio::test]
async fn the_team_page_takes_a_pasted_csv_and_offers_a_template() {
    let app = app();
    let t = get(&app, "/team/template.csv").await;
    assert_eq!(t.status.as_u16(), 200);
    assert!(t.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let template = String::from_utf8(t.body.to_vec()).unwrap();
    assert!(template.starts_with("person,skills,credentials,resume"));

    let boundary = "XyZsKiLlGaP";
    let mut form = String::new();
    for (name, value) in [
        ("goal", "Business Intelligence Analysts · 15-2051.01"),
        (
            "csv",
            "person,skills,credentials,resume\nAna,\"Microsoft Excel; SQL\",,\nBen,\"Python\",,\n",
        ),
        ("max_hours", "60"),
    ] {
        form.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    form.push_str(&format!("--{boundary}--\r\n"));
    let r = send(
        &app,
        Request::post("/team")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(form))
            .unwrap(),
    )
    .await;
    let body = page(&r, 200);
    assert!(body.contains("id=\"heatmap\""));
    assert_eq!(body.matches("<details class=\"person\"").count(), 2);
    assert!(body.contains("id=\"export-csv\""));
}

#[tokio::test]
async fn browsers_get_an_html_404_and_programs_get_json() {
    let app = app();
    let r = send(
        &app,
        Request::get("/no/such/page")
            .header("accept", "text/html,application/xhtml+xml")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let body = page(&r, 404);
    assert!(body.contains("Page not found"));
    get(&app, "/no/such/page")
        .await
        .assert_error(404, "not_found");
    // Under /v1 the answer is JSON whatever the client accepts.
    let r = send(
        &app,
        Request::get("/v1/nope")
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    r.assert_error(404, "not_found");
}
