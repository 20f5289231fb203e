//! # skillgap-core
//!
//! The shared vocabulary of skillgap and the one place that knows how the index is laid out.
//!
//! * [`model`]: occupations, skills, requirements (occupation → skill, with importance and
//!   level normalised to `0..=1`) and crosswalk links, for both O*NET-SOC and ESCO.
//! * [`schema`]: the single tantivy schema. Every entity is one document; its full JSON is
//!   stored alongside the searchable text.
//! * [`store`]: the index directory (`CURRENT` pointer plus immutable generations), and the
//!   [`CatalogWriter`] that publishes a new generation atomically.
//! * [`catalog`]: the read side, [`Catalog`]: look-ups by id and ranked, typo-tolerant search.
//! * [`report`]: what an ingest read, loaded and rejected.
//!
//! Ingest (`skillgap-ingest`) fills a [`CatalogWriter`]; the matcher and the server only ever
//! open a [`Catalog`].
//!
//! ```
//! use skillgap_core::*;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut writer = CatalogWriter::create(dir.path(), 1, 15_000_000).unwrap();
//! writer.add_skill(&Skill {
//!     id: "tech:python".into(), taxonomy: Taxonomy::Onet, kind: SkillKind::Technology,
//!     label: "Python".into(), alt_labels: vec![], description: String::new(),
//!     broader: vec![], collections: vec![], reuse_level: None, same_as: vec![],
//! }).unwrap();
//! writer.publish(Manifest::default()).unwrap();
//!
//! let catalog = Catalog::open(dir.path()).unwrap();
//! let hits = catalog.search_skills("pyhton", &SearchOptions::default()).unwrap();
//! assert_eq!(hits[0].id, "tech:python");
//! ```

pub mod attribution;
pub mod catalog;
pub mod demand;
pub mod error;
pub mod extract;
pub mod model;
pub mod report;
pub mod schema;
pub mod store;
pub mod tokenize;

pub use attribution::attribution_text;
pub use catalog::{label_similarity, normalise_label, Catalog, Hit, SearchOptions};
pub use demand::{DemandState, DemandStats};
pub use error::{Error, Result};
pub use extract::Extractor;
pub use model::*;
pub use report::{FileReport, IngestReport, Problem};
pub use store::{index_exists, live_generation, open_taxonomy, CatalogWriter, Manifest};
