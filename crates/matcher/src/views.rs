//! Result views shared by the CLI's `--json` output and the HTTP API, so that both return the
//! same JSON for the same query: scored postings and credentials, extraction results, and
//! free-text skill resolution.

use serde::{Deserialize, Serialize};
use skillgap_core::{
    Catalog, Credential, Hit, Posting, Result, SearchOptions, SkillMention, Taxonomy,
};

/// A posting search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PostingHit {
    /// BM25 score.
    pub score: f32,
    pub posting: Posting,
}

/// A credential search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CredentialHit {
    /// BM25 score.
    pub score: f32,
    pub credential: Credential,
}

/// Postings ranked by BM25 over title and description.
pub fn search_postings(catalog: &Catalog, query: &str, limit: usize) -> Result<Vec<PostingHit>> {
    Ok(catalog
        .search_postings(query, limit)?
        .into_iter()
        .map(|(score, posting)| PostingHit { score, posting })
        .collect())
}

/// Credentials ranked by BM25 over title, keywords, provider, description and outcomes.
pub fn search_credentials(
    catalog: &Catalog,
    query: &str,
    limit: usize,
) -> Result<Vec<CredentialHit>> {
    Ok(catalog
        .search_credentials(query, limit)?
        .into_iter()
        .map(|(score, credential)| CredentialHit { score, credential })
        .collect())
}

/// One sentence of an extracted text with the skills ranked for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RankedSentence {
    /// Byte offsets of the sentence in the text.
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    /// Boilerplate sentences (benefits, how to apply, …) are not ranked.
    pub boilerplate: bool,
    pub skills: Vec<Hit>,
}

/// What [`extract`] found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ExtractOutput {
    /// Verbatim label and alias matches, in text order.
    pub mentions: Vec<SkillMention>,
    /// Skills ranked per sentence, when ranking was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<RankedSentence>>,
}

/// Finds skills in `text`: verbatim matches, and with `rank = Some(n)` the top `n` skills
/// ranked for each non-boilerplate sentence. `taxonomy` restricts both.
pub fn extract(
    catalog: &Catalog,
    text: &str,
    rank: Option<usize>,
    taxonomy: Option<Taxonomy>,
) -> Result<ExtractOutput> {
    let extractor = catalog.extractor()?;
    let mut mentions = extractor.extract(text);
    if let Some(t) = taxonomy {
        mentions.retain(|m| {
            extractor
                .skill(&m.skill_id)
                .is_some_and(|e| e.taxonomy == t)
        });
    }
    let sentences = match rank {
        Some(n) => {
            let opts = SearchOptions {
                limit: Some(n),
                taxonomy,
                kind: None,
            };
            let mut out = Vec::new();
            for (s, e) in skillgap_core::extract::sentences(text) {
                let sentence = &text[s..e];
                let boilerplate = skillgap_core::extract::is_boilerplate(sentence);
                let skills = if boilerplate {
                    Vec::new()
                } else {
                    catalog.rank_skills(sentence, &opts)?
                };
                out.push(RankedSentence {
                    start: s,
                    end: e,
                    sentence: sentence.to_owned(),
                    boilerplate,
                    skills,
                });
            }
            Some(out)
        }
        None => None,
    };
    Ok(ExtractOutput {
        mentions,
        sentences,
    })
}

/// A free-text skill name and the skill it resolved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ResolvedSkill {
    /// The name as given.
    pub query: String,
    /// The best matching skill, absent when nothing matched.
    pub skill: Option<Hit>,
}

/// Resolves each free-text skill name to the best matching skill (typo-tolerant label search).
/// Names that are empty after trimming resolve to nothing.
pub fn resolve_skills(
    catalog: &Catalog,
    names: &[String],
    opts: &SearchOptions,
) -> Result<Vec<ResolvedSkill>> {
    let opts = SearchOptions {
        limit: Some(1),
        ..opts.clone()
    };
    names
        .iter()
        .map(|name| {
            let skill = if name.trim().is_empty() {
                None
            } else {
                catalog.search_skills(name, &opts)?.into_iter().next()
            };
            Ok(ResolvedSkill {
                query: name.clone(),
                skill,
            })
        })
        .collect()
}
