//! Prometheus metrics in the text exposition format, kept with atomics: request counts by
//! route template (never the raw URI), method and status, and latency histograms per route.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, RwLock};
use std::time::Instant;

/// Upper bounds of the latency histogram buckets, in seconds.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Route label of requests that matched no route (kept to one label whatever the URI).
pub const UNMATCHED: &str = "unmatched";

#[derive(Default)]
struct RouteStats {
    /// Count per status code (100..=599 → index status - 100).
    statuses: Vec<AtomicU64>,
    /// Cumulative bucket counts are computed at render time; these are per-bucket counts, the
    /// last one being +Inf.
    buckets: [AtomicU64; BUCKETS.len() + 1],
    sum_nanos: AtomicU64,
    count: AtomicU64,
}

impl RouteStats {
    fn new() -> Self {
        RouteStats {
            statuses: (100..600).map(|_| AtomicU64::new(0)).collect(),
            ..Default::default()
        }
    }

    fn record(&self, status: u16, secs: f64) {
        if let Some(c) = self.statuses.get(usize::from(status).wrapping_sub(100)) {
            c.fetch_add(1, Relaxed);
        }
        let i = BUCKETS
            .iter()
            .position(|&b| secs <= b)
            .unwrap_or(BUCKETS.len());
        self.buckets[i].fetch_add(1, Relaxed);
        self.sum_nanos.fetch_add((secs * 1e9) as u64, Relaxed);
        self.count.fetch_add(1, Relaxed);
    }
}

/// The metrics registry of one server.
#[derive(Default)]
pub struct Metrics {
    routes: RwLock<HashMap<(String, String), Arc<RouteStats>>>,
    in_flight: AtomicU64,
    reloads: AtomicU64,
    reload_failures: AtomicU64,
}

impl Metrics {
    /// Records one finished request.
    pub fn record(&self, route: &str, method: &str, status: u16, secs: f64) {
        let key = (route.to_owned(), method.to_owned());
        let stats = {
            let map = self.routes.read().unwrap_or_else(|e| e.into_inner());
            map.get(&key).cloned()
        };
        let stats = match stats {
            Some(s) => s,
            None => {
                let mut map = self.routes.write().unwrap_or_else(|e| e.into_inner());
                Arc::clone(
                    map.entry(key)
                        .or_insert_with(|| Arc::new(RouteStats::new())),
                )
            }
        };
        stats.record(status, secs);
    }

    /// Counts an index reload (`ok`) or a failed attempt.
    pub fn reloaded(&self, ok: bool) {
        if ok {
            self.reloads.fetch_add(1, Relaxed);
        } else {
            self.reload_failures.fetch_add(1, Relaxed);
        }
    }

    /// The Prometheus text exposition of every metric; `generation` labels the index info.
    pub fn render(&self, generation: &str) -> String {
        let mut out = String::with_capacity(8 * 1024);
        let map = self.routes.read().unwrap_or_else(|e| e.into_inner());
        let sorted: BTreeMap<_, _> = map.iter().collect();
        out.push_str("# HELP skillgap_http_requests_total HTTP requests by route template, method and status.\n");
        out.push_str("# TYPE skillgap_http_requests_total counter\n");
        for ((route, method), s) in &sorted {
            for (i, c) in s.statuses.iter().enumerate() {
                let n = c.load(Relaxed);
                if n > 0 {
                    let _ = writeln!(
                        out,
                        "skillgap_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {n}",
                        escape(route),
                        escape(method),
                        i + 100
                    );
                }
            }
        }
        out.push_str("# HELP skillgap_http_request_duration_seconds Request latency by route template and method.\n");
        out.push_str("# TYPE skillgap_http_request_duration_seconds histogram\n");
        for ((route, method), s) in &sorted {
            let labels = format!("route=\"{}\",method=\"{}\"", escape(route), escape(method));
            let mut cumulative = 0;
            for (i, b) in BUCKETS.iter().enumerate() {
                cumulative += s.buckets[i].load(Relaxed);
                let _ = writeln!(
                    out,
                    "skillgap_http_request_duration_seconds_bucket{{{labels},le=\"{b}\"}} {cumulative}"
                );
            }
            cumulative += s.buckets[BUCKETS.len()].load(Relaxed);
            let _ = writeln!(
                out,
                "skillgap_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {cumulative}"
            );
            let _ = writeln!(
                out,
                "skillgap_http_request_duration_seconds_sum{{{labels}}} {}",
                s.sum_nanos.load(Relaxed) as f64 / 1e9
            );
            let _ = writeln!(
                out,
                "skillgap_http_request_duration_seconds_count{{{labels}}} {}",
                s.count.load(Relaxed)
            );
        }
        for (name, help, kind, v) in [
            (
                "skillgap_http_requests_in_flight",
                "Requests being processed.",
                "gauge",
                self.in_flight.load(Relaxed),
            ),
            (
                "skillgap_index_reloads_total",
                "Index generations swapped in since start.",
                "counter",
                self.reloads.load(Relaxed),
            ),
            (
                "skillgap_index_reload_failures_total",
                "Index generations that could not be opened.",
                "counter",
                self.reload_failures.load(Relaxed),
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {v}"
            );
        }
        let _ = writeln!(
            out,
            "# HELP skillgap_index_info The index generation being served.\n# TYPE skillgap_index_info gauge\nskillgap_index_info{{generation=\"{}\"}} 1",
            escape(generation)
        );
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Middleware recording every request. Added with `Router::layer`, so it runs after routing
/// and sees the route template ([`MatchedPath`]).
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, |m| m.as_str())
        .to_owned();
    let method = req.method().as_str().to_owned();
    let start = Instant::now();
    metrics.in_flight.fetch_add(1, Relaxed);
    let res = next.run(req).await;
    metrics.in_flight.fetch_sub(1, Relaxed);
    metrics.record(
        &route,
        &method,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_cumulative_buckets() {
        let m = Metrics::default();
        m.record("/v1/skills/{id}", "GET", 200, 0.0007);
        m.record("/v1/skills/{id}", "GET", 404, 0.3);
        let text = m.render("gen-1");
        assert!(text.contains(
            "skillgap_http_requests_total{route=\"/v1/skills/{id}\",method=\"GET\",status=\"404\"} 1"
        ));
        assert!(text.contains("le=\"0.001\"} 1\n"), "{text}");
        assert!(text.contains("le=\"0.5\"} 2\n"), "{text}");
        assert!(text.contains("le=\"+Inf\"} 2\n"), "{text}");
        assert!(text.contains("skillgap_index_info{generation=\"gen-1\"} 1"));
    }
}
