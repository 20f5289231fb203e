//! # skillgap-matcher
//!
//! Everything skillgap computes from a built index. It reads only the index, through
//! [`skillgap_core::Catalog`], and never depends on ingest.
//!
//! * [`Matcher`] loads what the computations share once per index generation: skills grouped
//!   into concepts (O*NET and ESCO names of the same skill count as one), the ESCO hierarchy
//!   between them, and every credential's outcomes by concept.
//! * [`gap`]: a **target** (occupation code, career goal in words, or job-ad texts) gives
//!   weighted requirements: taxonomy importance blended with posting demand. A **profile**
//!   (skills with optional proficiency, credentials held, résumé text) covers them, fully or
//!   partly (narrower/broader skills, skills that co-occur in postings). Every line carries its
//!   evidence.
//! * [`rank`]: credentials ranked by the weighted gap they close, with filters.
//! * [`path`]: the set of credentials that closes most gap within hours/cost budgets
//!   (greedy with a proven bound, exact for small instances), ordered by prerequisites, with
//!   the coverage-vs-hours Pareto points.
//! * [`nearby`], [`relevance`], [`team`]: occupations closest to a profile, the curriculum
//!   designer's market report for a credential, and the employer's team report.
//! * [`detail`], [`demand`], [`eval`]: detail views, demand reports and quality evaluation.
//!
//! ```no_run
//! use skillgap_core::Catalog;
//! use skillgap_matcher::{Budget, Filters, Matcher, PathOptions, ProfileInput, TargetInput, WeightConfig};
//! let catalog = std::sync::Arc::new(Catalog::open(std::path::Path::new("index")).unwrap());
//! let m = Matcher::new(catalog).unwrap();
//! let target = TargetInput { goal: Some("data analyst".into()), ..Default::default() };
//! let profile = ProfileInput { skills: vec!["excel".into(), "sql".into()], ..Default::default() };
//! let budget = Budget { max_hours: Some(120.0), max_cost: Some(500.0) };
//! let rec = m
//!     .recommend_path(&target, &profile, &WeightConfig::default(), &Filters::default(), &budget,
//!                     &PathOptions::default(), 10)
//!     .unwrap();
//! println!("{} covered now", rec.gap.coverage);
//! for step in &rec.path.unwrap().steps {
//!     println!("{}. {} (+{:.1}% of the role)", step.step, step.credential.title, 100.0 * step.coverage_gain);
//! }
//! ```

pub mod demand;
pub mod detail;
pub mod engine;
pub mod error;
pub mod eval;
pub mod gap;
pub mod nearby;
pub mod path;
pub mod rank;
pub mod relevance;
pub mod team;
pub mod views;

pub use detail::{
    occupation_detail, rated_requirements, skill_detail, OccupationDetail, SkillDetail,
};
pub use engine::{Matcher, MatcherStats};
pub use error::{Error, Result};
pub use gap::{GapLine, GapReport, OccupationChoice, ProfileInput, TargetInput, WeightConfig};
pub use nearby::{NearbyOccupation, NearbyReport};
pub use path::{Budget, PathOptions, PathStep, Pathway};
pub use rank::{Filters, RankedCredential, Recommendation};
pub use relevance::RelevanceReport;
pub use team::{read_team_csv, TeamMember, TeamReport};
