//! The matcher endpoints: gap, recommend, path, nearby, relevance, team. Request bodies are the
//! matcher's own input types (the CLI builds the same ones from its flags), responses the
//! matcher's report types, so `skillgap recommend … --json` and `POST /v1/recommend` give the
//! same body for the same query.

use crate::error::{ApiError, ApiResult};
use crate::input::ApiJson;
use crate::limits::{MAX_ITEMS, MAX_LIMIT, MAX_TEXT_BYTES};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use skillgap_matcher::nearby::NearbyReport;
use skillgap_matcher::path::Pathway;
use skillgap_matcher::relevance::RelevanceReport;
use skillgap_matcher::team::{read_team_csv, TeamMember, TeamReport};
use skillgap_matcher::{
    Budget, Filters, GapReport, PathOptions, ProfileInput, Recommendation, TargetInput,
    WeightConfig,
};
use utoipa::ToSchema;

/// At most this many people in one team request.
pub const MAX_TEAM: usize = 50;

fn check_profile(p: &ProfileInput, field: &str) -> ApiResult<()> {
    if p.skills.len() > MAX_ITEMS {
        return Err(ApiError::unprocessable(
            format!("{field}.skills"),
            format!("{} skills; at most {MAX_ITEMS} per request", p.skills.len()),
        ));
    }
    if p.credentials.len() > MAX_ITEMS {
        return Err(ApiError::unprocessable(
            format!("{field}.credentials"),
            format!(
                "{} credentials; at most {MAX_ITEMS} per request",
                p.credentials.len()
            ),
        ));
    }
    if p.resume.as_ref().is_some_and(|r| r.len() > MAX_TEXT_BYTES) {
        return Err(ApiError::unprocessable(
            format!("{field}.resume"),
            format!("longer than {MAX_TEXT_BYTES} bytes"),
        ));
    }
    Ok(())
}

fn check_target(t: &TargetInput) -> ApiResult<()> {
    if t.postings.len() > MAX_ITEMS {
        return Err(ApiError::unprocessable(
            "target.postings",
            format!("{} texts; at most {MAX_ITEMS}", t.postings.len()),
        ));
    }
    if t.postings.iter().any(|p| p.len() > MAX_TEXT_BYTES) {
        return Err(ApiError::unprocessable(
            "target.postings",
            format!("a text is longer than {MAX_TEXT_BYTES} bytes"),
        ));
    }
    Ok(())
}

fn check_limit(limit: Option<usize>, default: usize) -> ApiResult<usize> {
    let l = limit.unwrap_or(default);
    if !(1..=MAX_LIMIT).contains(&l) {
        return Err(ApiError::unprocessable(
            "limit",
            format!("`limit` must be between 1 and {MAX_LIMIT}; found {l}"),
        ));
    }
    Ok(l)
}

/// A gap request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GapRequest {
    pub target: TargetInput,
    #[serde(default)]
    pub profile: ProfileInput,
    /// How requirement weights are computed (defaults documented on each field).
    #[serde(default)]
    pub weights: WeightConfig,
}

/// The weighted skills gap between a target and a profile; same body as `skillgap gap --json`.
#[utoipa::path(post, path = "/v1/gap", tag = "matcher", request_body = GapRequest,
    responses((status = 200, description = "The gap, every line with its evidence", body = GapReport),
        (status = 404, description = "Unknown occupation", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input", body = crate::error::ErrorBody)))]
pub(crate) async fn gap(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<GapRequest>,
) -> ApiResult<Json<GapReport>> {
    check_target(&req.target)?;
    check_profile(&req.profile, "profile")?;
    Ok(Json(
        s.run_matcher(move |m| m.gap(&req.target, &req.profile, &req.weights))
            .await?,
    ))
}

/// A recommendation or pathway request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecommendRequest {
    pub target: TargetInput,
    #[serde(default)]
    pub profile: ProfileInput,
    #[serde(default)]
    pub weights: WeightConfig,
    #[serde(default)]
    pub filters: Filters,
    /// Hours and cost budgets of the pathway (and per credential of the ranking).
    #[serde(default)]
    pub budget: Budget,
    #[serde(default)]
    pub path_options: PathOptions,
    /// Credentials to rank (1..=100, default 10).
    #[serde(default)]
    pub limit: Option<usize>,
}

/// The gap, the credentials that close the most of it, and a pathway within the budget; same
/// body as `skillgap recommend --json`.
#[utoipa::path(post, path = "/v1/recommend", tag = "matcher", request_body = RecommendRequest,
    responses((status = 200, description = "Gap, ranked credentials and pathway", body = Recommendation),
        (status = 404, description = "Unknown occupation", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input", body = crate::error::ErrorBody)))]
pub(crate) async fn recommend(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<RecommendRequest>,
) -> ApiResult<Json<Recommendation>> {
    check_target(&req.target)?;
    check_profile(&req.profile, "profile")?;
    let limit = check_limit(req.limit, 10)?;
    Ok(Json(
        s.run_matcher(move |m| {
            m.recommend_path(
                &req.target,
                &req.profile,
                &req.weights,
                &req.filters,
                &req.budget,
                &req.path_options,
                limit,
            )
        })
        .await?,
    ))
}

/// A budget-constrained pathway; same body as `skillgap path --json`.
#[utoipa::path(post, path = "/v1/path", tag = "matcher", request_body = RecommendRequest,
    responses((status = 200, description = "Ordered credentials within the budget, with Pareto points", body = Pathway),
        (status = 404, description = "Unknown occupation", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input", body = crate::error::ErrorBody)))]
pub(crate) async fn path(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<RecommendRequest>,
) -> ApiResult<Json<Pathway>> {
    check_target(&req.target)?;
    check_profile(&req.profile, "profile")?;
    check_limit(req.limit, 10)?;
    Ok(Json(
        s.run_matcher(move |m| {
            m.path(
                &req.target,
                &req.profile,
                &req.weights,
                &req.filters,
                &req.budget,
                &req.path_options,
            )
        })
        .await?,
    ))
}

/// Occupations near a profile or a current occupation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NearbyRequest {
    /// What the person has (or give `occupation`).
    #[serde(default)]
    pub profile: Option<ProfileInput>,
    /// A current occupation (code or id).
    #[serde(default)]
    pub occupation: Option<String>,
    #[serde(default)]
    pub weights: WeightConfig,
    /// Occupations to return (1..=100, default 10).
    #[serde(default)]
    pub limit: Option<usize>,
}

/// The occupations closest to a profile, or nearest to a current occupation, each with its gap;
/// same body as `skillgap nearby --json`.
#[utoipa::path(post, path = "/v1/nearby", tag = "matcher", request_body = NearbyRequest,
    responses((status = 200, description = "Nearby occupations", body = NearbyReport),
        (status = 404, description = "Unknown occupation", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input", body = crate::error::ErrorBody)))]
pub(crate) async fn nearby(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<NearbyRequest>,
) -> ApiResult<Json<NearbyReport>> {
    if let Some(p) = &req.profile {
        check_profile(p, "profile")?;
    }
    let limit = check_limit(req.limit, 10)?;
    Ok(Json(
        s.run_matcher(move |m| {
            m.nearby(
                req.profile.as_ref(),
                if req.profile.is_some() {
                    None
                } else {
                    req.occupation.as_deref()
                },
                &req.weights,
                limit,
            )
        })
        .await?,
    ))
}

/// A curriculum designer's question: a credential of the index, or draft outcomes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RelevanceRequest {
    #[serde(default)]
    pub credential: Option<String>,
    /// Skill names or ids (at most 100).
    #[serde(default)]
    pub outcomes: Vec<String>,
    #[serde(default)]
    pub limit: Option<usize>,
}

/// Demand per outcome, occupations served, skills to consider adding, weak outcomes and
/// competitors; same body as `skillgap relevance --json`.
#[utoipa::path(post, path = "/v1/relevance", tag = "matcher", request_body = RelevanceRequest,
    responses((status = 200, description = "The market report", body = RelevanceReport),
        (status = 404, description = "Unknown credential", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input", body = crate::error::ErrorBody)))]
pub(crate) async fn relevance(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<RelevanceRequest>,
) -> ApiResult<Json<RelevanceReport>> {
    if req.outcomes.len() > MAX_ITEMS {
        return Err(ApiError::unprocessable(
            "outcomes",
            format!("{} outcomes; at most {MAX_ITEMS}", req.outcomes.len()),
        ));
    }
    let limit = check_limit(req.limit, 10)?;
    Ok(Json(
        s.run_matcher(move |m| m.relevance(req.credential.as_deref(), &req.outcomes, limit))
            .await?,
    ))
}

/// An employer's team: as JSON `members`, or as the text of a team CSV
/// (`person,skills,credentials,resume`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamRequest {
    pub target: TargetInput,
    #[serde(default)]
    pub members: Vec<TeamMember>,
    /// A team CSV's content (instead of `members`).
    #[serde(default)]
    pub csv: Option<String>,
    #[serde(default)]
    pub weights: WeightConfig,
    #[serde(default)]
    pub filters: Filters,
    /// Budget of each person's pathway.
    #[serde(default)]
    pub budget: Budget,
    #[serde(default)]
    pub limit: Option<usize>,
}

/// Each person's gap and pathway, the team's aggregate gap, the credentials closing the most
/// team gap per hour, and who is closest; same body as `skillgap team --json`.
#[utoipa::path(post, path = "/v1/team", tag = "matcher", request_body = TeamRequest,
    responses((status = 200, description = "The team report", body = TeamReport),
        (status = 404, description = "Unknown occupation", body = crate::error::ErrorBody),
        (status = 422, description = "Unusable input or team file", body = crate::error::ErrorBody)))]
pub(crate) async fn team(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<TeamRequest>,
) -> ApiResult<Json<TeamReport>> {
    check_target(&req.target)?;
    let limit = check_limit(req.limit, 10)?;
    let (members, problems) = match (&req.csv, req.members.is_empty()) {
        (Some(csv), true) => read_team_csv("csv", csv.as_bytes())?,
        (None, false) => (req.members.clone(), Vec::new()),
        _ => {
            return Err(ApiError::unprocessable(
                "members",
                "give the team as `members` or as `csv`, not both and not neither",
            ))
        }
    };
    if members.len() > MAX_TEAM {
        return Err(ApiError::unprocessable(
            "members",
            format!("{} people; at most {MAX_TEAM} per request", members.len()),
        ));
    }
    for (i, m) in members.iter().enumerate() {
        check_profile(&m.profile, &format!("members[{i}]"))?;
    }
    Ok(Json(
        s.run_matcher(move |m| {
            m.team(
                &req.target,
                &members,
                &req.weights,
                &req.filters,
                &req.budget,
                limit,
                problems,
            )
        })
        .await?,
    ))
}
