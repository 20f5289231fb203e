//! The one tantivy schema of the skillgap index.
//!
//! Every entity (occupation, skill, and later postings and credentials) is one tantivy document
//! with a `doc_type`. Searchable text goes to `title` (preferred label, boosted most), `alt`
//! (alternative labels) and `body` (descriptions, tasks). The whole entity is kept as JSON in
//! the stored `payload` field, so that reading it back needs no join.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

/// Version of the on-disk layout; bump it whenever the schema or payloads change incompatibly.
pub const FORMAT_VERSION: u32 = 4;

/// The tokenizer used for all text fields: lower-casing, English stemming.
pub const TEXT_TOKENIZER: &str = "en_stem";

/// `doc_type` values.
pub mod doc_type {
    pub const OCCUPATION: &str = "occupation";
    pub const SKILL: &str = "skill";
    pub const POSTING: &str = "posting";
    pub const CREDENTIAL: &str = "credential";
}

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `occupation`, `skill`, …: raw string, indexed.
    pub doc_type: Field,
    /// Entity id (O*NET code, element id, ESCO URI): raw string, indexed and stored.
    pub id: Field,
    /// Short code (O*NET-SOC code, ESCO occupation code): raw string, indexed.
    pub code: Field,
    /// `onet` / `esco`.
    pub taxonomy: Field,
    /// Skill kind (`skill`, `knowledge`, `technology`, …); empty for occupations.
    pub kind: Field,
    /// Preferred label or title.
    pub title: Field,
    /// Alternative labels and titles.
    pub alt: Field,
    /// Description, tasks.
    pub body: Field,
    /// The entity as JSON.
    pub payload: Field,
    /// Postings and credentials: skill ids they ask for or teach (one term per id).
    pub skill: Field,
    /// Postings: occupation ids they were placed in; credentials: declared occupations.
    pub occupation: Field,
    /// Postings: `YYYY-MM`.
    pub month: Field,
    /// Just the labels as JSON ([`LabelRecord`]), for re-ranking without decoding `payload`.
    pub labels: Field,
}

/// What the `labels` field holds.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LabelRecord {
    pub id: String,
    pub taxonomy: crate::Taxonomy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::SkillKind>,
    pub title: String,
    #[serde(default)]
    pub alts: Vec<String>,
    /// Occupations only: ids of linked occupations in the other taxonomy (crosswalk).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
}

/// Builds the schema and returns it with its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TEXT_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        doc_type: b.add_text_field("doc_type", STRING | FAST),
        id: b.add_text_field("id", STRING | STORED),
        code: b.add_text_field("code", STRING),
        taxonomy: b.add_text_field("taxonomy", STRING),
        kind: b.add_text_field("kind", STRING),
        title: b.add_text_field("title", text.clone()),
        alt: b.add_text_field("alt", text.clone()),
        body: b.add_text_field("body", text),
        payload: b.add_bytes_field("payload", STORED),
        labels: b.add_bytes_field("labels", STORED),
        skill: b.add_text_field("skill", STRING),
        occupation: b.add_text_field("occupation", STRING),
        month: b.add_text_field("month", STRING),
    };
    (b.build(), fields)
}

/// Looks up the field handles in an existing index's schema.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        doc_type: f("doc_type")?,
        id: f("id")?,
        code: f("code")?,
        taxonomy: f("taxonomy")?,
        kind: f("kind")?,
        title: f("title")?,
        alt: f("alt")?,
        body: f("body")?,
        payload: f("payload")?,
        labels: f("labels")?,
        skill: f("skill")?,
        occupation: f("occupation")?,
        month: f("month")?,
    })
}
