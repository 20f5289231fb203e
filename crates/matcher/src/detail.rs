//! Detail views: an occupation or skill with its references resolved to titles.

use serde::{Deserialize, Serialize};
use skillgap_core::{Catalog, CrosswalkLink, Occupation, Requirement, Result, Skill, SkillKind};

/// An occupation as shown to a user: the stored record plus resolved titles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OccupationDetail {
    #[serde(flatten)]
    pub occupation: Occupation,
    /// O*NET Hot Technologies among the requirements, by label.
    pub hot_technologies: Vec<String>,
    /// Related occupations with their titles.
    pub related_titles: Vec<RelatedTitle>,
}

/// A related occupation with its title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RelatedTitle {
    pub id: String,
    pub title: String,
    pub tier: String,
}

/// Loads an occupation by id or code and resolves its related occupations' titles.
pub fn occupation_detail(catalog: &Catalog, id_or_code: &str) -> Result<OccupationDetail> {
    let occupation = catalog.occupation(id_or_code)?;
    let hot_technologies = occupation
        .requirements
        .iter()
        .filter(|r| r.hot)
        .map(|r| r.skill_label.clone())
        .collect();
    let related_titles = occupation
        .related
        .iter()
        .map(|r| RelatedTitle {
            id: r.id.clone(),
            title: catalog
                .occupation(&r.id)
                .map(|o| o.title)
                .unwrap_or_default(),
            tier: r.tier.clone(),
        })
        .collect();
    Ok(OccupationDetail {
        occupation,
        hot_technologies,
        related_titles,
    })
}

/// Rated requirements (skills and knowledge, not technologies), strongest first: importance,
/// then level, then skill id.
pub fn rated_requirements(occ: &Occupation) -> Vec<&Requirement> {
    let mut reqs: Vec<&Requirement> = occ
        .requirements
        .iter()
        .filter(|r| r.kind != SkillKind::Technology)
        .collect();
    reqs.sort_by(|a, b| {
        b.importance
            .unwrap_or(0.0)
            .total_cmp(&a.importance.unwrap_or(0.0))
            .then_with(|| b.level.unwrap_or(0.0).total_cmp(&a.level.unwrap_or(0.0)))
            .then_with(|| a.skill_id.cmp(&b.skill_id))
    });
    reqs
}

/// A skill as shown to a user: the stored record plus the occupations that require it most.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SkillDetail {
    #[serde(flatten)]
    pub skill: Skill,
}

/// Loads a skill by id.
pub fn skill_detail(catalog: &Catalog, id: &str) -> Result<SkillDetail> {
    Ok(SkillDetail {
        skill: catalog.skill(id)?,
    })
}

/// Crosswalk links grouped for display: (scheme, links).
pub fn crosswalk_by_scheme(occ: &Occupation) -> Vec<(&str, Vec<&CrosswalkLink>)> {
    let mut out: Vec<(&str, Vec<&CrosswalkLink>)> = Vec::new();
    for l in &occ.crosswalk {
        match out.iter_mut().find(|(s, _)| *s == l.scheme) {
            Some((_, v)) => v.push(l),
            None => out.push((&l.scheme, vec![l])),
        }
    }
    out
}
