//! # skillgap-ingest
//!
//! Reads the official releases in their native formats and writes the skillgap index.
pub mod credentials;
pub mod crosswalk;
pub mod enrich;
pub mod error;
pub mod esco;
pub mod onet;
pub mod pipeline;
pub mod postings;
pub mod table;

pub use error::{Error, Result};
