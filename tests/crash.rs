//! Crash safety: `skillgap ingest` (full and `--append`) killed with SIGKILL at seeded-random
//! moments, 50 times; after each kill the index opens, answers, and holds exactly the old or
//! the new content, never a mix.
//!
//! Two contents alternate: S, the bundled sample (a full ingest gives it from any state), and
//! S+A, the sample plus an appended file of new postings including a marker (an append gives it
//! from either). After every kill the index must be one of the two as a whole: posting count
//! in the manifest, postings actually searchable, the demand statistics and the marker posting
//! all agree. Set SKILLGAP_KILL_SEED to replay a run, SKILLGAP_KILLS for another count.

use skillgap_core::Catalog;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample")
}

fn ingest(index: &Path, append: Option<&Path>) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("skillgap"));
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .arg("--index")
        .arg(index)
        .arg("--json")
        .arg("ingest")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    match append {
        Some(file) => c.arg("--append").arg("--postings").arg(file),
        None => c.arg("--data").arg(sample()),
    };
    c
}

/// xorshift64*: enough randomness for kill delays, reproducible from the seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const MARKER: &str = "KILL-TEST-MARKER";

/// Which content the index holds: `false` for S, `true` for S+A. Panics on anything else.
fn content(index: &Path, sample_postings: u64, appended: u64) -> bool {
    let catalog = Catalog::open(index).expect("the index opens");
    let counted = catalog
        .manifest()
        .counts
        .get("postings")
        .copied()
        .unwrap_or(0);
    let (_, searchable) = catalog
        .postings_with(None, None, 1)
        .expect("postings answer");
    let demand = catalog.demand().expect("demand statistics load").postings;
    let marker = catalog.posting(MARKER).is_ok();
    let hits = catalog
        .search_occupations("registered nurse", &Default::default())
        .expect("search answers");
    assert_eq!(hits[0].id, "29-1141.00");
    let state = (counted, searchable as u64, demand, marker);
    if state == (sample_postings, sample_postings, sample_postings, false) {
        false
    } else if state
        == (
            sample_postings + appended,
            sample_postings + appended,
            sample_postings + appended,
            true,
        )
    {
        true
    } else {
        panic!(
            "mixed index: manifest {counted}, searchable {searchable}, demand {demand}, marker {marker} \
             (expected {sample_postings} or {})",
            sample_postings + appended
        )
    }
}

#[test]
fn fifty_random_kills_of_ingest_and_append_leave_old_or_new_content() {
    let started = Instant::now();
    let seed: u64 = std::env::var("SKILLGAP_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x005e_ed0f_c4a5);
    let kills: u32 = std::env::var("SKILLGAP_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let extra = dir.path().join("extra.jsonl");
    let mut lines = Vec::new();
    for i in 0..40 {
        let id = if i == 0 {
            MARKER.to_owned()
        } else {
            format!("KILL-TEST-{i}")
        };
        lines.push(
            serde_json::json!({
                "id": id, "title": "Data Analyst", "company": format!("Employer {i}"),
                "date_posted": "2025-06-01",
                "description": format!("Posting {i}: SQL, Python and Tableau reports for the board.")
            })
            .to_string(),
        );
    }
    std::fs::write(&extra, lines.join("\n")).unwrap();

    // Time one of each run; kills land anywhere in [0, 1.1 x that].
    let t = Instant::now();
    assert!(ingest(&index, None).status().unwrap().success());
    let full = t.elapsed();
    let sample_postings = Catalog::open(&index).unwrap().manifest().counts["postings"];
    let t = Instant::now();
    assert!(ingest(&index, Some(&extra)).status().unwrap().success());
    let append = t.elapsed();
    let appended = 40;
    let mut now = content(&index, sample_postings, appended);
    assert!(now);

    let (mut old, mut new, mut midway) = (0, 0, 0);
    for k in 0..kills {
        let is_append = rng.next() & 1 == 0;
        let span = if is_append { append } else { full };
        let delay = span.mul_f64(1.1 * rng.unit());
        let before = std::fs::read_to_string(index.join("CURRENT")).unwrap();
        let mut child = ingest(&index, is_append.then_some(extra.as_path()))
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            midway += 1;
        }
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let after = content(&index, sample_postings, appended);
        let changed = std::fs::read_to_string(index.join("CURRENT")).unwrap() != before;
        // The new content is what this run would have produced.
        let expected_new = is_append;
        if changed {
            assert_eq!(after, expected_new, "kill {k}: published the wrong content");
            new += 1;
        } else {
            assert_eq!(after, now, "kill {k}: old generation changed content");
            old += 1;
        }
        now = after;
    }
    // Garbage of killed runs is removed by the next publish: the directory stays small.
    assert!(ingest(&index, None).status().unwrap().success());
    assert!(!content(&index, sample_postings, appended));
    let entries = std::fs::read_dir(&index).unwrap().count();
    assert!(
        entries <= 4,
        "{entries} entries left in the index directory"
    );
    eprintln!(
        "{kills} kills (seed {seed:#x}): {midway} killed mid-run, {old} left the old generation, \
         {new} the new one; full ingest {full:?}, append {append:?}, test {:?}",
        started.elapsed()
    );
    assert!(midway > kills / 2, "too few runs killed part-way: {midway}");
}
