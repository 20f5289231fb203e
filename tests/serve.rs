//! End-to-end test of `skillgap serve`: the real binary on a free loopback port, spoken to
//! over TCP with plain HTTP/1.1. Same JSON as the CLI's `--json`, hostile inputs, the README's
//! curl examples, an index swapped in by `skillgap ingest` while serving, graceful SIGTERM.

mod common;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skillgap(index: &Path) -> Command {
    let mut c = Command::cargo_bin("skillgap").unwrap();
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("SKILLGAP_SAMPLE", root().join("data/sample"))
        .env("SKILLGAP_MAPPINGS", root().join("data/mappings"))
        .arg("--index")
        .arg(index);
    c
}

fn ingest_sample(index: &Path) {
    let out = skillgap(index)
        .args(["ingest", "--data"])
        .arg(root().join("data/sample"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn cli_json(index: &Path, args: &[&str]) -> Value {
    let out = skillgap(index).arg("--json").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The server process; killed if the test fails before stopping it.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(index: &Path) -> Server {
    let (child, url) = common::spawn_serve(skillgap(index));
    let addr = url
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("not an http URL: {url}"))
        .parse()
        .unwrap();
    Server { child, addr }
}

struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&self.body));
        })
    }

    fn error(&self, status: u16, code: &str) -> Value {
        let v = self.json();
        assert_eq!(self.status, status, "{v}");
        assert_eq!(v["error"]["code"], code, "{v}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
        v
    }
}

/// One HTTP/1.1 request on a fresh connection. The body is written from another thread, so a
/// server that answers before reading all of it (413) is heard.
fn http(addr: SocketAddr, method: &str, path: &str, body: Option<Vec<u8>>) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(b) = &body {
        head.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    let writer = body.map(|b| {
        let mut w = s.try_clone().unwrap();
        std::thread::spawn(move || {
            // The server may close early (413); later writes then fail, which is expected.
            let _ = w.write_all(&b);
        })
    });
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    if let Some(w) = writer {
        let _ = s.shutdown(std::net::Shutdown::Both);
        let _ = w.join();
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP head in {:?}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    assert!(
        head.to_ascii_lowercase().contains("\r\nx-request-id: "),
        "{head}"
    );
    Reply {
        status,
        body: raw[split + 4..].to_vec(),
    }
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

const ESCO_SQL: &str = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";

#[test]
fn serve_answers_like_the_cli_resists_hostile_input_and_reloads() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    ingest_sample(&index);
    let mut server = start(&index);
    let addr = server.addr;
    assert_eq!(http(addr, "GET", "/healthz", None).status, 200);

    // The same JSON as the CLI.
    let text = "SQL and Tableau dashboards; experience with relational databases";
    let same: &[(&[&str], &str, Option<Value>)] = &[
        (
            &["occupations", "data analyst", "-n", "3"],
            "/v1/occupations?q=data%20analyst&limit=3",
            None,
        ),
        (
            &["skills", "pyhton", "--kind", "technology"],
            "/v1/skills?q=pyhton&kind=technology",
            None,
        ),
        (
            &["occupation", "15-1252.00"],
            "/v1/occupations/15-1252.00",
            None,
        ),
        (
            &["skill", ESCO_SQL],
            &format!("/v1/skills/{}", enc(ESCO_SQL)),
            None,
        ),
        (
            &["postings", "data analyst"],
            "/v1/postings?q=data%20analyst",
            None,
        ),
        (&["posting", "SG-C-001"], "/v1/postings/SG-C-001", None),
        (
            &["demand", "--skill", "tech:python", "--evidence", "2"],
            "/v1/demand?skill=tech:python&evidence=2",
            None,
        ),
        (
            &["demand", "--occupation", "15-2051.01"],
            "/v1/demand?occupation=15-2051.01",
            None,
        ),
        (
            &["credentials", "data visualization"],
            "/v1/credentials?q=data%20visualization",
            None,
        ),
        (
            &["credential", "sample:data-analytics-certificate"],
            "/v1/credentials/sample:data-analytics-certificate",
            None,
        ),
        (
            &["extract", text, "--rank", "3"],
            "/v1/extract",
            Some(json!({"text": text, "rank": 3})),
        ),
        (
            &["extract", text, "--taxonomy", "esco"],
            "/v1/extract",
            Some(json!({"text": text, "taxonomy": "esco"})),
        ),
        (
            &[
                "recommend",
                "--goal",
                "data analyst",
                "--have",
                "excel, sql",
                "--max-hours",
                "120",
                "--max-cost",
                "500",
            ],
            "/v1/recommend",
            Some(json!({
                "target": {"goal": "data analyst"},
                "profile": {"skills": ["excel", "sql"]},
                "budget": {"max_hours": 120, "max_cost": 500}
            })),
        ),
        (
            &[
                "gap",
                "--occupation",
                "15-2051.01",
                "--have",
                "python@advanced",
            ],
            "/v1/gap",
            Some(
                json!({"target": {"occupation": "15-2051.01"}, "profile": {"skills": ["python@advanced"]}}),
            ),
        ),
        (
            &["nearby", "--have", "python, sql"],
            "/v1/nearby",
            Some(json!({"profile": {"skills": ["python", "sql"]}})),
        ),
        (
            &["relevance", "sample:data-visualization-badge"],
            "/v1/relevance",
            Some(json!({"credential": "sample:data-visualization-badge"})),
        ),
    ];
    for (args, path, body) in same {
        let reply = match body {
            Some(b) => http(addr, "POST", path, Some(b.to_string().into_bytes())),
            None => http(addr, "GET", path, None),
        };
        assert_eq!(
            reply.status,
            200,
            "{path}: {}",
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.json(), cli_json(&index, args), "{path} vs {args:?}");
    }

    // Hostile input: each gets the right 4xx with a clear message.
    let big = vec![b'a'; 10 * 1024 * 1024];
    let v = http(addr, "POST", "/v1/extract", Some(big)).error(413, "payload_too_large");
    assert!(v["error"]["message"].as_str().unwrap().contains("bytes"));
    let nested = format!(
        r#"{{"text": {}{}}}"#,
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    http(addr, "POST", "/v1/extract", Some(nested.into_bytes())).error(422, "unprocessable");
    let bad_utf8 = b"{\"text\": \"caf\xe9 SQL\"}".to_vec();
    let v = http(addr, "POST", "/v1/extract", Some(bad_utf8)).error(400, "bad_request");
    assert!(v["error"]["message"].as_str().unwrap().contains("UTF-8"));
    let many: Vec<String> = (0..100_000).map(|i| format!("s{i}")).collect();
    let body = json!({ "skills": many }).to_string().into_bytes();
    let v = http(addr, "POST", "/v1/skills/resolve", Some(body)).error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "skills");
    let body = br#"{"text": "SQL", "verbose": true}"#.to_vec();
    let v = http(addr, "POST", "/v1/extract", Some(body)).error(422, "unprocessable");
    assert_eq!(v["error"]["field"], "verbose");
    let v = http(addr, "GET", "/v1/occupations?q=nurse&limit=-1", None).error(400, "bad_request");
    assert_eq!(v["error"]["field"], "limit");
    http(addr, "GET", "/v1/occupations/00-0000.00", None).error(404, "not_found");
    // And then a normal request succeeds.
    let ok = http(addr, "GET", "/v1/skills?q=python&limit=1", None);
    assert_eq!(ok.status, 200);
    assert_eq!(ok.json()[0]["id"], "tech:python");

    // The README's curl examples.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let examples = readme_curls(&readme);
    assert!(examples.len() >= 15, "{examples:?}");
    for (method, path, body) in &examples {
        let r = http(addr, method, path, body.clone().map(String::into_bytes));
        assert_eq!(
            r.status,
            200,
            "{method} {path}: {}",
            String::from_utf8_lossy(&r.body)
        );
        if !path.starts_with("/metrics") {
            r.json();
        }
    }

    // `skillgap ingest` publishes a new generation: /readyz shows it within seconds.
    let before = http(addr, "GET", "/readyz", None).json()["index_version"].clone();
    ingest_sample(&index);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = http(addr, "GET", "/readyz", None).json()["index_version"].clone();
        if now != before {
            break;
        }
        assert!(Instant::now() < deadline, "the new index was not picked up");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(http(addr, "GET", "/v1/postings/SG-C-001", None).status, 200);

    // SIGTERM: graceful exit.
    #[cfg(unix)]
    {
        let pid = server.child.id().to_string();
        assert!(Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(s) = server.child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "no exit after SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(status.success(), "{status:?}");
    }
}

/// `(method, path, body)` of each `curl` line of the README's "HTTP API" section.
fn readme_curls(readme: &str) -> Vec<(String, String, Option<String>)> {
    let section = readme
        .split("\n## HTTP API")
        .nth(1)
        .expect("README has an HTTP API section");
    let section = section.split("\n## ").next().unwrap();
    let mut out = Vec::new();
    for line in section
        .lines()
        .filter(|l| l.trim_start().starts_with("curl "))
    {
        // Arguments are single-quoted where they contain anything but plain words.
        let mut args = Vec::new();
        let mut rest = line.trim();
        while !rest.is_empty() {
            rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix('\'') {
                let end = r.find('\'').expect("closing quote");
                args.push(r[..end].to_owned());
                rest = &r[end + 1..];
            } else {
                let end = rest.find(' ').unwrap_or(rest.len());
                args.push(rest[..end].to_owned());
                rest = &rest[end..];
            }
        }
        let url = args
            .iter()
            .find(|a| a.starts_with("http://"))
            .expect("a URL");
        let path = url
            .strip_prefix("http://127.0.0.1:8080")
            .expect("examples use 127.0.0.1:8080")
            .to_owned();
        let body = args
            .iter()
            .position(|a| a == "-d")
            .map(|i| args[i + 1].clone());
        let method = args
            .iter()
            .position(|a| a == "-X")
            .map(|i| args[i + 1].clone())
            .unwrap_or_else(|| if body.is_some() { "POST" } else { "GET" }.to_owned());
        out.push((method, path, body));
    }
    out
}
