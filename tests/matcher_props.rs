//! Property tests of the matcher's invariants on the bundled sample: gap lines are
//! requirements of the target, coverage and closed gap stay within bounds, pathways respect
//! budgets and prerequisites, and results are deterministic with ties broken by id.

use proptest::prelude::*;
use skillgap_core::Catalog;
use skillgap_ingest::pipeline::{self, IngestConfig, NoProgress};
use skillgap_matcher::{
    Budget, Filters, Matcher, PathOptions, ProfileInput, TargetInput, WeightConfig,
};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

fn matcher() -> &'static Matcher {
    static M: OnceLock<(tempfile::TempDir, Matcher)> = OnceLock::new();
    &M.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample");
        let cfg = IngestConfig::from_data_dir(&sample, dir.path()).unwrap();
        pipeline::run(&cfg, &NoProgress, &AtomicBool::new(false)).unwrap();
        let catalog = Arc::new(Catalog::open(dir.path()).unwrap());
        let m = Matcher::new(catalog).unwrap();
        (dir, m)
    })
    .1
}

const OCCUPATIONS: &[&str] = &[
    "15-2051.00",
    "15-2051.01",
    "15-1252.00",
    "29-1141.00",
    "15-1212.00",
    "13-1082.00",
];

const SKILLS: &[&str] = &[
    "python",
    "sql",
    "excel",
    "tableau",
    "statistics",
    "critical thinking",
    "mathematics",
    "project management",
    "power bi",
    "java",
    "patient care",
    "writing",
    "no such skill at all",
];

const LEVELS: &[&str] = &["", "@beginner", "@0.5", "@expert"];

fn profile_strategy() -> impl Strategy<Value = ProfileInput> {
    prop::collection::vec((0..SKILLS.len(), 0..LEVELS.len()), 0..8).prop_map(|v| ProfileInput {
        skills: v
            .into_iter()
            .map(|(s, l)| format!("{}{}", SKILLS[s], LEVELS[l]))
            .collect(),
        ..Default::default()
    })
}

fn target(i: usize) -> TargetInput {
    TargetInput {
        occupation: Some(OCCUPATIONS[i].to_owned()),
        ..Default::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn gap_lines_are_requirements_and_stay_in_bounds(o in 0..OCCUPATIONS.len(), p in profile_strategy()) {
        let m = matcher();
        let cfg = WeightConfig::default();
        let t = target(o);
        let Ok(gap) = m.gap(&t, &p, &cfg) else { return Ok(()); };
        let empty = m.gap(&t, &ProfileInput::default(), &cfg).unwrap();
        let req: std::collections::BTreeSet<&str> =
            empty.lines.iter().map(|l| l.skill_id.as_str()).collect();
        prop_assert_eq!(gap.lines.len(), empty.lines.len());
        for l in &gap.lines {
            prop_assert!(req.contains(l.skill_id.as_str()));
            prop_assert!((0.0..=1.0).contains(&l.coverage));
            prop_assert!(l.missing <= l.weight + 1e-4);
            prop_assert!(l.missing >= 0.0);
        }
        // Holding skills never increases the gap.
        prop_assert!(gap.missing_weight <= empty.missing_weight + 1e-3);
        prop_assert!((gap.total_weight - empty.total_weight).abs() < 1e-3);
    }

    #[test]
    fn closed_gap_never_exceeds_the_gap_and_ranking_is_deterministic(
        o in 0..OCCUPATIONS.len(), p in profile_strategy()
    ) {
        let m = matcher();
        let cfg = WeightConfig::default();
        let Ok(r) = m.recommend(&target(o), &p, &cfg, &Filters::default(), 50) else { return Ok(()); };
        let missing: std::collections::HashMap<&str, (f32, f32)> = r
            .gap
            .lines
            .iter()
            .map(|l| (l.skill_id.as_str(), (l.missing, l.coverage)))
            .collect();
        for c in &r.credentials {
            prop_assert!(c.closed <= r.gap.missing_weight + 1e-3);
            for x in &c.closes {
                let (miss, cov) = missing[x.skill_id.as_str()];
                prop_assert!(x.closed <= miss + 1e-3);
                prop_assert!((x.from - cov).abs() < 1e-3);
                prop_assert!(x.to <= 1.0 + 1e-6 && x.to > x.from);
            }
        }
        for w in r.credentials.windows(2) {
            prop_assert!(
                w[0].score > w[1].score
                    || (w[0].score == w[1].score && w[0].credential.id < w[1].credential.id)
            );
        }
        let again = m.recommend(&target(o), &p, &cfg, &Filters::default(), 50).unwrap();
        prop_assert_eq!(serde_json::to_string(&r).unwrap(), serde_json::to_string(&again).unwrap());
    }

    #[test]
    fn pathways_respect_budgets_and_prerequisites(
        o in 0..OCCUPATIONS.len(),
        p in profile_strategy(),
        hours in prop::option::of(0.0f32..200.0),
        cost in prop::option::of(0.0f32..800.0),
    ) {
        let m = matcher();
        let budget = Budget { max_hours: hours, max_cost: cost };
        let Ok(path) = m.path(&target(o), &p, &WeightConfig::default(), &Filters::default(), &budget, &PathOptions::default()) else { return Ok(()); };
        if let Some(h) = hours {
            prop_assert!(path.total_hours <= h + 1e-3);
            prop_assert_eq!(path.unknown_hours, 0);
        }
        if let Some(c) = cost {
            prop_assert!(path.total_cost <= c + 1e-3);
            prop_assert_eq!(path.unknown_cost, 0);
        }
        prop_assert!(path.coverage_after + 1e-4 >= path.coverage_before);
        prop_assert!(path.coverage_after <= 1.0 + 1e-4);
        let mut seen = std::collections::BTreeSet::new();
        for s in &path.steps {
            for a in &s.after {
                prop_assert!(seen.contains(a.as_str()), "{} before its prerequisite {}", s.credential.id, a);
            }
            seen.insert(s.credential.id.as_str());
            prop_assert!(s.closed > 0.0 || !s.after.is_empty() || path.steps.iter().any(|x| x.after.contains(&s.credential.id)));
        }
    }
}

#[test]
fn invalid_inputs_are_user_errors_naming_the_field() {
    let m = matcher();
    let bad = Budget {
        max_hours: Some(-1.0),
        max_cost: None,
    };
    let e = m
        .path(
            &target(0),
            &ProfileInput::default(),
            &WeightConfig::default(),
            &Filters::default(),
            &bad,
            &PathOptions::default(),
        )
        .unwrap_err();
    assert!(e.is_user_error());
    assert_eq!(e.field(), Some("max_hours"));
    let too_many = ProfileInput {
        skills: vec!["python".into(); 100_000],
        ..Default::default()
    };
    let e = m
        .gap(&target(0), &too_many, &WeightConfig::default())
        .unwrap_err();
    assert_eq!(e.field(), Some("skills"));
    let e = m
        .gap(
            &TargetInput::default(),
            &ProfileInput::default(),
            &WeightConfig::default(),
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("target"));
}
