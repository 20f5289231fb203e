//! Latency of the matcher on a real index, warm (the matcher loaded once, as in the server).
//!
//! * `gap+rank`: requirements, profile, gap and the top-10 credential ranking
//!   ([`Matcher::recommend`]) for a mix of targets and profiles.
//! * `path`: the same plus a pathway within 150 hours ([`Matcher::path`]).
//!
//! Before criterion's own runs, each workload is timed query by query (500 queries after a
//! warm-up) and p50/p99 are printed: the acceptance targets are percentiles, which criterion
//! does not report.
//!
//! `SKILLGAP_BENCH_INDEX=/tmp/full cargo bench -p skillgap-matcher --bench latency`, where
//! `/tmp/full` was built by `skillgap ingest --data ../shared/datasets --index /tmp/full`.
//! Without the variable the benchmarks are skipped with a message.

use criterion::{criterion_group, criterion_main, Criterion};
use skillgap_core::Catalog;
use skillgap_matcher::{
    Budget, Filters, Matcher, PathOptions, ProfileInput, TargetInput, WeightConfig,
};
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const TARGETS: &[&str] = &[
    "15-2051.00",
    "15-1212.00",
    "13-1082.00",
    "29-1141.00",
    "15-1252.00",
    "11-2021.00",
    "43-4051.00",
    "15-2051.01",
];

const PROFILES: &[&str] = &[
    "",
    "excel, sql",
    "python, statistics, machine learning",
    "patient care, communication",
    "project management, leadership, budgeting",
    "java, javascript, git, linux",
];

fn queries() -> Vec<(TargetInput, ProfileInput)> {
    let mut q = Vec::new();
    for t in TARGETS {
        for p in PROFILES {
            q.push((
                TargetInput {
                    occupation: Some((*t).into()),
                    ..Default::default()
                },
                ProfileInput {
                    skills: ProfileInput::split_list(p),
                    ..Default::default()
                },
            ));
        }
    }
    q
}

fn percentiles(name: &str, mut run: impl FnMut(usize)) {
    for i in 0..50 {
        run(i);
    }
    let mut times: Vec<Duration> = (0..500)
        .map(|i| {
            let t = Instant::now();
            run(i);
            t.elapsed()
        })
        .collect();
    times.sort();
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    eprintln!(
        "{name}: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} queries",
        p(0.5).as_secs_f64() * 1e3,
        p(0.9).as_secs_f64() * 1e3,
        p(0.99).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}

fn bench(c: &mut Criterion) {
    let Some(dir) = std::env::var_os("SKILLGAP_BENCH_INDEX").filter(|d| !d.is_empty()) else {
        eprintln!("skipping: set SKILLGAP_BENCH_INDEX to an index built from the full data");
        return;
    };
    let catalog = Arc::new(Catalog::open(&PathBuf::from(dir)).expect("open index"));
    let t = Instant::now();
    let m = Matcher::new(catalog).expect("load matcher");
    eprintln!("matcher loaded in {:.2} s", t.elapsed().as_secs_f64());
    let qs = queries();
    let cfg = WeightConfig::default();
    let filters = Filters::default();
    let budget = Budget {
        max_hours: Some(150.0),
        max_cost: None,
    };
    let opts = PathOptions::default();
    let rec = |i: usize| {
        let (t, p) = &qs[i % qs.len()];
        black_box(m.recommend(t, p, &cfg, &filters, 10).unwrap());
    };
    let path = |i: usize| {
        let (t, p) = &qs[i % qs.len()];
        black_box(m.path(t, p, &cfg, &filters, &budget, &opts).unwrap());
    };
    percentiles("gap+rank", rec);
    percentiles("path (150 h)", path);
    let mut g = c.benchmark_group("matcher");
    g.sample_size(50);
    let mut i = 0;
    g.bench_function("gap+rank", |b| {
        b.iter(|| {
            i += 1;
            rec(i)
        })
    });
    g.bench_function("path", |b| {
        b.iter(|| {
            i += 1;
            path(i)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
