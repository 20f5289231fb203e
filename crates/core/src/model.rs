//! The domain model: occupations, skills, requirements and crosswalk links.
//!
//! Every number that later feeds a gap is normalised here to `0..=1` so that O*NET ratings
//! (importance 1–5, level 0–7) and ESCO relations (essential / optional) can be compared.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Which classification an occupation or skill comes from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Taxonomy {
    /// O*NET-SOC 2019 (USDOL/ETA).
    Onet,
    /// ESCO v1.x (European Commission).
    Esco,
}

impl Taxonomy {
    /// Stable lower-case name used in the index and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Taxonomy::Onet => "onet",
            Taxonomy::Esco => "esco",
        }
    }

    /// Parses `onet` / `esco` (case-insensitive; `o*net` accepted).
    pub fn parse(s: &str) -> Option<Taxonomy> {
        match s.trim().to_ascii_lowercase().as_str() {
            "onet" | "o*net" | "onet-soc" => Some(Taxonomy::Onet),
            "esco" => Some(Taxonomy::Esco),
            _ => None,
        }
    }
}

impl fmt::Display for Taxonomy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sort of competence a skill is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SkillKind {
    /// A skill or competence (O*NET Skills, ESCO `skill/competence`).
    Skill,
    /// Knowledge (O*NET Knowledge, ESCO `knowledge`).
    Knowledge,
    /// A named tool or software product (O*NET Technology Skills).
    Technology,
    /// A transversal (cross-sector) skill, e.g. "show initiative".
    Transversal,
    /// A language skill.
    Language,
}

impl SkillKind {
    /// Stable lower-case name used in the index and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SkillKind::Skill => "skill",
            SkillKind::Knowledge => "knowledge",
            SkillKind::Technology => "technology",
            SkillKind::Transversal => "transversal",
            SkillKind::Language => "language",
        }
    }

    /// Parses the names produced by [`SkillKind::as_str`].
    pub fn parse(s: &str) -> Option<SkillKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "skill" | "skill/competence" => Some(SkillKind::Skill),
            "knowledge" => Some(SkillKind::Knowledge),
            "technology" | "tech" => Some(SkillKind::Technology),
            "transversal" => Some(SkillKind::Transversal),
            "language" => Some(SkillKind::Language),
            _ => None,
        }
    }
}

impl fmt::Display for SkillKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An occupation from O*NET-SOC or ESCO.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Occupation {
    /// O*NET-SOC code (`15-1252.00`) or ESCO concept URI.
    pub id: String,
    pub taxonomy: Taxonomy,
    /// A short code: the O*NET-SOC code, or the ESCO occupation code (`2512.4`).
    pub code: String,
    pub title: String,
    /// Alternate and reported titles (deduplicated, case-insensitively).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt_titles: Vec<String>,
    #[serde(default)]
    pub description: String,
    /// O*NET job zone 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<u8>,
    /// ISCO-08 unit group code (ESCO occupations, or via crosswalk for O*NET).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isco_group: Option<String>,
    /// Task statements (O*NET).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<String>,
    /// Related occupations in the same taxonomy, best first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedOccupation>,
    /// Broader occupations / groups (ESCO pillar), as ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub broader: Vec<String>,
    /// What the occupation requires, strongest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
    /// Links to occupations or codes of other classifications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crosswalk: Vec<CrosswalkLink>,
}

/// A related occupation with O*NET's relatedness tier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RelatedOccupation {
    pub id: String,
    /// `Primary-Short`, `Primary-Long` or `Supplemental`.
    pub tier: String,
    /// O*NET's rank within the tier list (1 = closest).
    pub index: u32,
}

/// A skill, knowledge area, technology, transversal or language competence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Skill {
    /// O*NET element id (`2.A.1.a`), O*NET technology id (`tech:python`) or ESCO concept URI.
    pub id: String,
    pub taxonomy: Taxonomy,
    pub kind: SkillKind,
    pub label: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt_labels: Vec<String>,
    #[serde(default)]
    pub description: String,
    /// Broader concepts (ESCO skill groups or broader skills; O*NET parent elements or
    /// the UNSPSC commodity of a technology), as ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub broader: Vec<String>,
    /// ESCO collections the skill belongs to: `digital`, `green`, `transversal`, `language`,
    /// `research`, `digcomp`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collections: Vec<String>,
    /// ESCO reuse level (`transversal`, `cross-sector`, `sector-specific`, `occupation-specific`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuse_level: Option<String>,
    /// Skills in the other taxonomy with an identical label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<String>,
}

/// Where a requirement comes from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RequirementSource {
    OnetSkills,
    OnetKnowledge,
    OnetTechnology,
    EscoRelation,
}

/// One occupation → skill requirement, with values normalised to `0..=1`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Requirement {
    pub skill_id: String,
    /// The skill's label, denormalised so that a report needs no second lookup.
    pub skill_label: String,
    pub kind: SkillKind,
    /// Importance 0..1 (O*NET IM `(v-1)/4`; ESCO essential 1.0, optional 0.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<f32>,
    /// Level 0..1 (O*NET LV `v/7`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f32>,
    /// The raw O*NET values, kept for the evidence trail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_importance: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_level: Option<f32>,
    /// ESCO essential (true) vs optional (false); O*NET ratings count as essential when
    /// importance ≥ 3 (of 5).
    pub essential: bool,
    /// O*NET "Hot Technology".
    #[serde(default, skip_serializing_if = "is_false")]
    pub hot: bool,
    /// O*NET "In Demand".
    #[serde(default, skip_serializing_if = "is_false")]
    pub in_demand: bool,
    pub source: RequirementSource,
    /// For O*NET occupations that the release does not rate: the rated related occupations
    /// whose values were averaged to fill this requirement (empty for measured values).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred_from: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A link from an occupation to a code in another classification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CrosswalkLink {
    /// Target classification: `onet`, `esco`, `soc2018`, `soc2010`, `isco08`, `onet2010`.
    pub scheme: String,
    /// Target code or URI.
    pub code: String,
    #[serde(default)]
    pub title: String,
    /// Which file the link came from.
    pub source: String,
    /// Confidence where the source gives one (Nesta crosswalk), else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// BLS marks partial matches with `*`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub partial: bool,
}

/// Normalises an O*NET importance (1–5) to 0..1.
pub fn normalise_importance(v: f32) -> f32 {
    ((v - 1.0) / 4.0).clamp(0.0, 1.0)
}

/// Normalises an O*NET level (0–7) to 0..1.
pub fn normalise_level(v: f32) -> f32 {
    (v / 7.0).clamp(0.0, 1.0)
}

/// Builds the id of an O*NET technology skill from its example name: `tech:` and a slug.
///
/// ```
/// assert_eq!(skillgap_core::tech_skill_id("Microsoft Excel"), "tech:microsoft-excel");
/// assert_eq!(skillgap_core::tech_skill_id("C++"), "tech:c++");
/// ```
pub fn tech_skill_id(example: &str) -> String {
    let mut slug = String::with_capacity(example.len() + 5);
    slug.push_str("tech:");
    let mut dash = false;
    for c in example.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || matches!(c, '+' | '#' | '.') {
            slug.push(c);
            dash = false;
        } else if !dash && !slug.ends_with(':') {
            slug.push('-');
            dash = true;
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_bounds() {
        assert_eq!(normalise_importance(1.0), 0.0);
        assert_eq!(normalise_importance(5.0), 1.0);
        assert_eq!(normalise_level(7.0), 1.0);
        assert_eq!(normalise_level(-1.0), 0.0);
    }

    #[test]
    fn tech_ids_are_slugs() {
        assert_eq!(
            tech_skill_id("  Structured query language SQL "),
            "tech:structured-query-language-sql"
        );
        assert_eq!(tech_skill_id("C#"), "tech:c#");
    }
}

// ---------------------------------------------------------------------------------------------
// Postings

/// How a skill mention or outcome was tied to a taxonomy skill.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MatchMethod {
    /// The source named the skill by id (ESCO URI, O*NET element id, …).
    Given,
    /// The text contains the skill's preferred label.
    Exact,
    /// The text contains one of the skill's alternative labels.
    Alias,
    /// Ranked by BM25 over labels and descriptions, re-ranked by string similarity.
    Ranked,
    /// Nothing matched.
    Unresolved,
}

/// A skill found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SkillMention {
    pub skill_id: String,
    pub label: String,
    /// Byte offsets of the mention in the text it was found in (`text[start..end]`).
    pub start: usize,
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// 0..1.
    pub confidence: f32,
    pub method: MatchMethod,
}

/// A candidate occupation for a posting or title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationMatch {
    pub id: String,
    pub title: String,
    pub taxonomy: Taxonomy,
    pub score: f32,
    /// `given` (the posting carried the code), `title`, or `title+skills`.
    pub method: String,
}

/// A job posting, normalised from any of the supported input shapes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Posting {
    /// The source's id when it has one, else `<file stem>:<line>`.
    pub id: String,
    /// File the posting came from.
    pub source: String,
    pub title: String,
    /// Plain text (HTML entities decoded, tags stripped).
    #[serde(default)]
    pub description: String,
    /// ISO date `YYYY-MM-DD` when the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    /// An occupation code the posting itself carries (O*NET-SOC, ESCO URI or code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Skills extracted from title and description (filled by ingest).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillMention>,
    /// Ranked occupations (filled by ingest).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<OccupationMatch>,
}

// ---------------------------------------------------------------------------------------------
// Credentials

/// What sort of credential.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CredentialType {
    Course,
    Badge,
    Certificate,
    NanoDegree,
    MicroMasters,
    Degree,
    Other,
}

/// How a credential is delivered.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum DeliveryMode {
    Online,
    InPerson,
    Hybrid,
}

/// Whether learners go at their own pace or with a cohort.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Pace {
    SelfPaced,
    Cohort,
}

/// How achievement is established.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentKind {
    /// Completion of activities.
    Progress,
    /// An assessed demonstration of the skill.
    Performance,
}

/// One learning outcome of a credential, tied (when possible) to a taxonomy skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Outcome {
    /// The outcome as the provider wrote it (a skill tag, a sentence, or a reference).
    pub text: String,
    /// A skill reference the provider gave (ESCO URI, O*NET element id, `tech:` id, URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_ref: Option<String>,
    /// The taxonomy skill it resolved to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_label: Option<String>,
    /// Proficiency level 0..1 when the provider states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f32>,
    /// Whether this outcome is assessed.
    #[serde(default)]
    pub assessed: bool,
    /// Confidence of the resolution 0..1 (1 for a given id).
    #[serde(default)]
    pub confidence: f32,
    pub method: MatchMethod,
}

/// A microcredential with its outcome map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Credential {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub description: String,
    pub kind: CredentialType,
    /// Learning hours (see `hours_rule` for how they were derived).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<DeliveryMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pace: Option<Pace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_bearing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<AssessmentKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Ids of larger credentials this one stacks into.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stackable_into: Vec<String>,
    /// Skill ids or credential ids required before starting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prerequisites: Vec<String>,
    /// Occupation codes the publisher declares (e.g. CTDL `occupationType`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<String>,
    /// O*NET occupations the credential's title names ("IBM Data Science" → Data Scientists),
    /// found by title normalisation at ingest when the publisher declares none; method `title`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title_occupations: Vec<OccupationMatch>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Importer and file it came from, e.g. `coursera:coursera_programs_skills_1139.csv`.
    pub source: String,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
}
