//! # skillgap-matcher
//!
//! Everything skillgap computes from a built index. It reads only the index, through
//! [`skillgap_core::Catalog`], and never depends on ingest.
//!
//! Today it offers the detail views used by the CLI and the server; the gap, ranking and
//! pathway computations build on the same catalog.
//!
//! ```no_run
//! use skillgap_core::Catalog;
//! let catalog = Catalog::open(std::path::Path::new("index")).unwrap();
//! let detail = skillgap_matcher::occupation_detail(&catalog, "15-1252.00").unwrap();
//! println!("{} hot technologies", detail.hot_technologies.len());
//! ```

pub mod demand;
pub mod detail;
pub mod eval;
pub mod views;

pub use detail::{
    occupation_detail, rated_requirements, skill_detail, OccupationDetail, SkillDetail,
};
