//! Property tests of the matcher's invariants on the bundled sample: gap lines are
//! requirements of the target, coverage and closed gap stay within bounds, pathways respect
//! budgets and prerequisites, and results are deterministic with ties broken by id.

use proptest::prelude::*;
use skillgap_core::Catalog;
use skillgap_ingest::pipeline::{self, IngestConfig, NoProgress};
use skillgap_matcher::path::{solve_exact, solve_greedy, Instance, Item};
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

/// A random solver instance: up to 12 items over up to 10 gap lines, each item requiring only
/// earlier ones (prerequisites are acyclic), with both budgets.
fn instance_strategy() -> impl Strategy<Value = (Instance, Budget)> {
    (1usize..10, 1usize..12).prop_flat_map(|(lines, items)| {
        let item = (
            prop::collection::btree_map(0..lines, 0.1f32..=1.0, 1..4),
            1u32..100,
            0u32..300,
            prop::collection::btree_set(0..items, 0..2),
        );
        (
            prop::collection::vec(0.05f32..1.0, lines),
            prop::collection::vec(prop_oneof![3 => Just(0.0f32), 1 => 0.0f32..0.6], lines),
            prop::collection::vec(item, items),
            prop::option::of(0u32..400),
            prop::option::of(0u32..600),
        )
            .prop_map(|(weights, base, items, hours, cost)| {
                let items = items
                    .into_iter()
                    .enumerate()
                    .map(|(j, (cover, hours, cost, requires))| Item {
                        cover: cover.into_iter().collect(),
                        hours: hours as f32,
                        cost: cost as f32,
                        requires: requires.into_iter().filter(|&r| r < j).collect(),
                    })
                    .collect();
                let budget = Budget {
                    max_hours: hours.map(|h| h as f32),
                    max_cost: cost.map(|c| c as f32),
                };
                (
                    Instance {
                        weights,
                        base,
                        items,
                    },
                    budget,
                )
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn gap_lines_are_requirements_of_the_target_occupation(o in 0..OCCUPATIONS.len(), p in profile_strategy()) {
        let m = matcher();
        let Ok(gap) = m.gap(&target(o), &p, &WeightConfig::default()) else { return Ok(()); };
        // The target's own requirements and those of the occupations the crosswalk links it to
        // in the other taxonomy.
        let occ = m.catalog().occupation(OCCUPATIONS[o]).unwrap();
        let mut req: std::collections::BTreeSet<String> =
            occ.requirements.iter().map(|r| r.skill_id.clone()).collect();
        for link in &occ.crosswalk {
            if let Ok(linked) = m.catalog().occupation(&link.code) {
                req.extend(linked.requirements.into_iter().map(|r| r.skill_id));
            }
        }
        for l in &gap.lines {
            prop_assert!(req.contains(&l.skill_id), "{} is not a requirement of {}", l.skill_id, OCCUPATIONS[o]);
        }
        let again = m.gap(&target(o), &p, &WeightConfig::default()).unwrap();
        prop_assert_eq!(serde_json::to_string(&gap).unwrap(), serde_json::to_string(&again).unwrap());
    }

    #[test]
    fn nearby_ranking_is_deterministic_with_ties_broken_by_id(p in profile_strategy()) {
        let m = matcher();
        let cfg = WeightConfig::default();
        let Ok(r) = m.nearby(Some(&p), None, &cfg, 50) else { return Ok(()); };
        for w in r.occupations.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            prop_assert!(
                a.fit > b.fit
                    || (a.fit == b.fit && a.coverage > b.coverage)
                    || (a.fit == b.fit && a.coverage == b.coverage && a.id < b.id),
                "{} before {}", a.id, b.id
            );
        }
        let again = m.nearby(Some(&p), None, &cfg, 50).unwrap();
        prop_assert_eq!(serde_json::to_string(&r).unwrap(), serde_json::to_string(&again).unwrap());
    }

    #[test]
    fn pathways_are_deterministic(o in 0..OCCUPATIONS.len(), p in profile_strategy(), hours in prop::option::of(0.0f32..200.0)) {
        let m = matcher();
        let budget = Budget { max_hours: hours, max_cost: None };
        let run = || m.path(&target(o), &p, &WeightConfig::default(), &Filters::default(), &budget, &PathOptions::default())
            .map(|x| serde_json::to_string(&x).unwrap())
            .map_err(|e| e.to_string());
        prop_assert_eq!(run(), run());
    }

    #[test]
    fn solvers_respect_budgets_and_prerequisites((inst, budget) in instance_strategy()) {
        let exact = solve_exact(&inst, &budget);
        let greedy = solve_greedy(&inst, &budget);
        for s in [&exact, &greedy] {
            let set: std::collections::BTreeSet<usize> = s.items.iter().copied().collect();
            prop_assert_eq!(set.len(), s.items.len(), "an item twice: {:?}", s.items);
            for &j in &s.items {
                for r in &inst.items[j].requires {
                    prop_assert!(set.contains(r), "item {} without its prerequisite {}", j, r);
                }
            }
            let hours: f32 = s.items.iter().map(|&j| inst.items[j].hours).sum();
            let cost: f32 = s.items.iter().map(|&j| inst.items[j].cost).sum();
            prop_assert!((hours - s.hours).abs() < 1e-3 && (cost - s.cost).abs() < 1e-3);
            if let Some(h) = budget.max_hours {
                prop_assert!(hours <= h + 1e-3, "{} h over {}", hours, h);
            }
            if let Some(c) = budget.max_cost {
                prop_assert!(cost <= c + 1e-3, "{} over {}", cost, c);
            }
            prop_assert!((inst.value(&s.items) - s.value).abs() < 1e-3);
            prop_assert!(s.value + 1e-4 >= inst.base_value());
        }
        prop_assert!(exact.value + 1e-3 >= greedy.value, "greedy {} beats exact {}", greedy.value, exact.value);
        prop_assert_eq!(solve_exact(&inst, &budget), exact);
        prop_assert_eq!(solve_greedy(&inst, &budget), greedy);
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
