//! Load generator for `skillgap serve`, run from a separate process (see scripts/loadtest.sh).
//!
//! ```sh
//! cargo run --release -p skillgap-server --example loadgen -- \
//!     --url http://127.0.0.1:8080 --seconds 20 --workers 4
//! ```
//!
//! N workers each keep one HTTP/1.1 keep-alive connection and send requests back to back
//! (closed loop) for a bounded time, drawing from a fixed mix of endpoints. Ids for detail and
//! demand requests are discovered from search results first, so the mix works on any index.
//! Prints requests/s, latency percentiles, errors (anything but 2xx, excluding deliberate
//! 429/503, which are counted as `shed`), and per-endpoint figures.
//!
//! Only loopback addresses are accepted: this tool is for measuring a local server.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::Request;
use hyper_util::rt::TokioIo;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// One request of the mix.
#[derive(Clone)]
struct Job {
    /// Label in the report.
    kind: &'static str,
    method: &'static str,
    path: String,
    body: Option<String>,
}

const OCCUPATION_QUERIES: &[&str] = &[
    "data analyst",
    "registered nurse",
    "sofware develper",
    "accountant",
    "electrician",
    "teacher",
    "project manager",
    "marketing",
    "chef",
    "truck driver",
];
const SKILL_QUERIES: &[&str] = &[
    "python",
    "pyhton",
    "sql",
    "communication",
    "project management",
    "customer service",
    "excel",
    "patient care",
    "machine learning",
    "welding",
];
const TEXT_QUERIES: &[&str] = &[
    "data analysis",
    "nursing",
    "cloud computing",
    "leadership",
    "javascript",
    "accounting",
    "cyber security",
    "sales",
];
const EXTRACT_TEXTS: &[&str] = &[
    "We need a data analyst with SQL, Python and Tableau; experience with relational databases and stakeholder communication.",
    "Registered nurse for a busy ward: patient care, medication administration, infection control. Competitive salary and benefits.",
    "Software engineer: Java, Kubernetes, AWS and CI/CD pipelines. You will mentor junior developers.",
];

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn get(kind: &'static str, path: String) -> Job {
    Job {
        kind,
        method: "GET",
        path,
        body: None,
    }
}

struct Args {
    url: String,
    seconds: f64,
    workers: usize,
}

fn parse_args() -> Args {
    let mut a = Args {
        url: "http://127.0.0.1:8080".into(),
        seconds: 20.0,
        workers: 4,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().unwrap_or_default();
        match k.as_str() {
            "--url" => a.url = v,
            "--seconds" => a.seconds = v.parse().expect("--seconds takes a number"),
            "--workers" => a.workers = v.parse().expect("--workers takes a number"),
            other => panic!("unknown argument {other}; use --url, --seconds, --workers"),
        }
    }
    a.seconds = a.seconds.clamp(1.0, 600.0);
    a.workers = a.workers.clamp(1, 256);
    a
}

struct Conn {
    addr: SocketAddr,
    host: String,
    sender: Option<hyper::client::conn::http1::SendRequest<Full<Bytes>>>,
}

impl Conn {
    async fn send(&mut self, job: &Job) -> Result<(u16, Bytes), String> {
        if self.sender.as_ref().is_none_or(|s| s.is_closed()) {
            let stream = tokio::net::TcpStream::connect(self.addr)
                .await
                .map_err(|e| format!("connect: {e}"))?;
            stream.set_nodelay(true).ok();
            let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .map_err(|e| format!("handshake: {e}"))?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            self.sender = Some(sender);
        }
        let sender = self.sender.as_mut().expect("connected above");
        sender.ready().await.map_err(|e| format!("ready: {e}"))?;
        let mut req = Request::builder()
            .method(job.method)
            .uri(&job.path)
            .header("host", &self.host);
        if job.body.is_some() {
            req = req.header("content-type", "application/json");
        }
        let req = req
            .body(Full::new(Bytes::from(job.body.clone().unwrap_or_default())))
            .map_err(|e| format!("request: {e}"))?;
        let res = sender.send_request(req).await.map_err(|e| {
            self.sender = None;
            format!("send: {e}")
        })?;
        let status = res.status().as_u16();
        let body = res
            .into_body()
            .collect()
            .await
            .map_err(|e| format!("body: {e}"))?
            .to_bytes();
        Ok((status, body))
    }
}

/// Discovers ids from search results and builds the request mix.
async fn build_mix(conn: &mut Conn) -> Vec<Job> {
    let mut jobs = Vec::new();
    let mut occupation_ids = Vec::new();
    let mut skill_ids = Vec::new();
    for q in OCCUPATION_QUERIES {
        let job = get(
            "occupations",
            format!("/v1/occupations?q={}&limit=10", enc(q)),
        );
        if let Ok((200, body)) = conn.send(&job).await {
            if let Ok(serde_json::Value::Array(hits)) = serde_json::from_slice(&body) {
                occupation_ids.extend(
                    hits.iter()
                        .take(2)
                        .filter_map(|h| h["id"].as_str().map(str::to_owned)),
                );
            }
        }
        jobs.push(job);
    }
    for q in SKILL_QUERIES {
        let job = get("skills", format!("/v1/skills?q={}&limit=10", enc(q)));
        if let Ok((200, body)) = conn.send(&job).await {
            if let Ok(serde_json::Value::Array(hits)) = serde_json::from_slice(&body) {
                skill_ids.extend(
                    hits.iter()
                        .take(1)
                        .filter_map(|h| h["id"].as_str().map(str::to_owned)),
                );
            }
        }
        jobs.push(job);
    }
    for q in TEXT_QUERIES {
        jobs.push(get(
            "credentials",
            format!("/v1/credentials?q={}&limit=10", enc(q)),
        ));
        jobs.push(get(
            "postings",
            format!("/v1/postings?q={}&limit=10", enc(q)),
        ));
    }
    for id in &occupation_ids {
        jobs.push(get("occupation", format!("/v1/occupations/{}", enc(id))));
        jobs.push(get(
            "demand",
            format!("/v1/demand?occupation={}&limit=10&evidence=2", enc(id)),
        ));
    }
    for id in &skill_ids {
        jobs.push(get("skill", format!("/v1/skills/{}", enc(id))));
    }
    for t in EXTRACT_TEXTS {
        jobs.push(Job {
            kind: "extract",
            method: "POST",
            path: "/v1/extract".into(),
            body: Some(serde_json::json!({ "text": t, "rank": 3 }).to_string()),
        });
    }
    // The matcher: gaps and recommendations for the discovered O*NET occupations and a few
    // profiles, pathways within a budget, curriculum reports for draft outcome lists.
    let post = |kind: &'static str, path: &str, body: serde_json::Value| Job {
        kind,
        method: "POST",
        path: path.into(),
        body: Some(body.to_string()),
    };
    let onet: Vec<&String> = occupation_ids
        .iter()
        .filter(|id| !id.starts_with("http"))
        .collect();
    let mut gap_jobs = Vec::new();
    let mut path_jobs = Vec::new();
    for (i, id) in onet.iter().enumerate() {
        let profile = PROFILES[i % PROFILES.len()];
        let target = serde_json::json!({ "occupation": id });
        gap_jobs.push(post(
            "gap",
            "/v1/gap",
            serde_json::json!({ "target": target, "profile": { "skills": profile } }),
        ));
        gap_jobs.push(post(
            "recommend",
            "/v1/recommend",
            serde_json::json!({
                "target": target,
                "profile": { "skills": profile },
                "budget": { "max_hours": 150 }
            }),
        ));
        path_jobs.push(post(
            "path",
            "/v1/path",
            serde_json::json!({
                "target": target,
                "profile": { "skills": profile },
                "budget": { "max_hours": 120, "max_cost": 1000 }
            }),
        ));
    }
    let relevance_jobs: Vec<Job> = OUTCOME_LISTS
        .iter()
        .map(|o| {
            post(
                "relevance",
                "/v1/relevance",
                serde_json::json!({ "outcomes": o }),
            )
        })
        .collect();
    // The agreed mix: search 40%, gap/recommend 40%, path 10%, relevance 10%.
    if gap_jobs.is_empty() || path_jobs.is_empty() {
        return jobs;
    }
    let mut mix = Vec::with_capacity(400);
    for i in 0..400 {
        let (list, n) = match i % 10 {
            0..=3 => (&jobs, i / 10 * 4 + i % 10),
            4..=7 => (&gap_jobs, i / 10 * 4 + i % 10 - 4),
            8 => (&path_jobs, i / 10),
            _ => (&relevance_jobs, i / 10),
        };
        mix.push(list[n % list.len()].clone());
    }
    mix
}

/// Profiles of the gap, recommend and path requests.
const PROFILES: &[&[&str]] = &[
    &[],
    &["excel", "sql"],
    &["python", "statistics", "machine learning"],
    &["communication", "project management"],
    &["patient care", "nursing"],
];

/// Draft outcome lists of the relevance requests.
const OUTCOME_LISTS: &[&[&str]] = &[
    &["SQL", "Tableau", "data visualisation"],
    &["Python", "machine learning", "statistics"],
    &["project management", "budgeting", "risk management"],
    &["patient care", "wound care", "infection control"],
];

#[derive(Default)]
struct Tally {
    latencies_us: Vec<u32>,
    by_kind: BTreeMap<&'static str, Vec<u32>>,
    errors: u64,
    shed: u64,
    first_errors: Vec<String>,
}

async fn worker(mut conn: Conn, jobs: Vec<Job>, offset: usize, until: Instant) -> Tally {
    let mut t = Tally::default();
    let mut i = offset;
    while Instant::now() < until {
        let job = &jobs[i % jobs.len()];
        i += 7; // co-prime stride: workers walk the mix in different orders
        let start = Instant::now();
        let result = conn.send(job).await;
        let us = start.elapsed().as_micros().min(u32::MAX as u128) as u32;
        match result {
            Ok((s, _)) if (200..300).contains(&s) => {
                t.latencies_us.push(us);
                t.by_kind.entry(job.kind).or_default().push(us);
            }
            Ok((429 | 503, _)) => t.shed += 1,
            Ok((s, body)) => {
                t.errors += 1;
                if t.first_errors.len() < 3 {
                    t.first_errors.push(format!(
                        "{} {} -> {s} {}",
                        job.method,
                        job.path,
                        String::from_utf8_lossy(&body)
                    ));
                }
            }
            Err(e) => {
                t.errors += 1;
                if t.first_errors.len() < 3 {
                    t.first_errors
                        .push(format!("{} {} -> {e}", job.method, job.path));
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }
    t
}

fn pct(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn main() {
    let args = parse_args();
    let rest = args
        .url
        .strip_prefix("http://")
        .expect("--url must start with http://");
    let host = rest.trim_end_matches('/').to_owned();
    let addr: SocketAddr = host
        .parse()
        .expect("--url must be http://IP:PORT (a loopback address)");
    assert!(
        addr.ip().is_loopback(),
        "loadgen only targets loopback addresses"
    );
    // One thread: the generator must leave the CPU to the server it measures.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async move {
        let mut probe = Conn {
            addr,
            host: host.clone(),
            sender: None,
        };
        let jobs = build_mix(&mut probe).await;
        let kinds: BTreeMap<&str, usize> = jobs.iter().fold(BTreeMap::new(), |mut m, j| {
            *m.entry(j.kind).or_default() += 1;
            m
        });
        println!(
            "loadgen: {} workers, {:.0} s, {} distinct requests {kinds:?}",
            args.workers,
            args.seconds,
            jobs.len()
        );
        // Warm-up pass so that first-use costs are not measured.
        for j in &jobs {
            let _ = probe.send(j).await;
        }
        let start = Instant::now();
        let until = start + Duration::from_secs_f64(args.seconds);
        let handles: Vec<_> = (0..args.workers)
            .map(|w| {
                let conn = Conn {
                    addr,
                    host: host.clone(),
                    sender: None,
                };
                tokio::spawn(worker(conn, jobs.clone(), w * 13, until))
            })
            .collect();
        let mut all = Tally::default();
        for h in handles {
            let t = h.await.expect("worker");
            all.latencies_us.extend(t.latencies_us);
            for (k, v) in t.by_kind {
                all.by_kind.entry(k).or_default().extend(v);
            }
            all.errors += t.errors;
            all.shed += t.shed;
            all.first_errors.extend(t.first_errors);
        }
        let secs = start.elapsed().as_secs_f64();
        all.latencies_us.sort_unstable();
        let ok = all.latencies_us.len() as u64;
        println!(
            "requests: {} ok in {secs:.1} s = {:.0} req/s",
            ok,
            ok as f64 / secs
        );
        println!(
            "latency: p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
            pct(&all.latencies_us, 0.5),
            pct(&all.latencies_us, 0.9),
            pct(&all.latencies_us, 0.99),
            pct(&all.latencies_us, 1.0)
        );
        println!("errors: {} (shed with 429/503: {})", all.errors, all.shed);
        for e in all.first_errors.iter().take(5) {
            println!("  error: {}", e.chars().take(300).collect::<String>());
        }
        for (k, mut v) in all.by_kind {
            v.sort_unstable();
            println!(
                "  {k:12} {:>7} req  p50 {:>6.2} ms  p99 {:>6.2} ms",
                v.len(),
                pct(&v, 0.5),
                pct(&v, 0.99)
            );
        }
    });
}
