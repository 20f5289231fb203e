//! The endpoints. Each handler parses its input with the API's extractors, checks the
//! documented limits and calls one library function through [`AppState::run`]; the response
//! body is the library's serde type, the same one the CLI prints with `--json`.

use crate::error::{ApiError, ApiResult};
use crate::input::{ApiJson, ApiPath, ApiQuery};
use crate::limits::{
    check_limit, check_range, MAX_EVIDENCE, MAX_ITEMS, MAX_LIMIT, MAX_RANK, MAX_TEXT_BYTES,
};
use crate::state::AppState;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use skillgap_core::{Credential, Hit, Posting, SearchOptions, SkillKind, Taxonomy};
use skillgap_matcher::demand::{OccupationDemandReport, SkillDemandReport};
use skillgap_matcher::views::{CredentialHit, ExtractOutput, PostingHit, ResolvedSkill};
use skillgap_matcher::{OccupationDetail, SkillDetail};
use std::collections::BTreeMap;
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The probes and documents: liveness, readiness, metrics, attributions, the OpenAPI document.
/// Not subject to the concurrency limit, so that they answer while the API is saturated.
pub(crate) fn probes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(metrics))
        .routes(routes!(about))
        .routes(routes!(openapi))
}

/// The `/v1` API. To add an endpoint: write a handler with a `#[utoipa::path]` attribute that
/// calls a library function through [`AppState::run`] (its error type needs a
/// `From<E> for ApiError`), and add one `.routes(routes!(handler))` line here.
pub(crate) fn v1() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search_occupations))
        .routes(routes!(get_occupation))
        .routes(routes!(search_skills))
        .routes(routes!(get_skill))
        .routes(routes!(resolve_skills))
        .routes(routes!(search_postings))
        .routes(routes!(get_posting))
        .routes(routes!(demand))
        .routes(routes!(search_credentials))
        .routes(routes!(get_credential))
        .routes(routes!(extract))
        .routes(routes!(crate::matching::gap))
        .routes(routes!(crate::matching::recommend))
        .routes(routes!(crate::matching::path))
        .routes(routes!(crate::matching::nearby))
        .routes(routes!(crate::matching::relevance))
        .routes(routes!(crate::matching::team))
}

// ---------------------------------------------------------------------------------------------
// Probes

/// Liveness.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    pub status: String,
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "probes",
    responses((status = 200, description = "The server is up", body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

/// Readiness: which index is served.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ready {
    /// `ready`.
    pub status: String,
    /// The index generation being served (changes when `skillgap ingest` publishes one).
    pub index_version: String,
    /// When the generation was published (seconds since the Unix epoch).
    pub created_unix: u64,
    /// Entity counts of the generation.
    pub counts: BTreeMap<String, u64>,
}

/// Readiness: the index is loaded; its version and counts.
#[utoipa::path(get, path = "/readyz", tag = "probes",
    responses((status = 200, description = "An index is loaded", body = Ready)))]
async fn readyz(State(s): State<AppState>) -> Json<Ready> {
    let c = s.catalog();
    let m = c.manifest();
    Json(Ready {
        status: "ready".into(),
        index_version: m.generation.clone(),
        created_unix: m.created_unix,
        counts: m.counts.clone(),
    })
}

/// Prometheus metrics: requests by route template, method and status; latency histograms.
#[utoipa::path(get, path = "/metrics", tag = "probes",
    responses((status = 200, description = "Prometheus text exposition format", body = String,
        content_type = "text/plain; version=0.0.4")))]
async fn metrics(State(s): State<AppState>) -> Response {
    let text = s.metrics().render(&s.catalog().manifest().generation);
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        text,
    )
        .into_response()
}

/// What the server is, and the attributions its data licences require.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct About {
    pub name: String,
    pub version: String,
    /// The API version prefix.
    pub api: String,
    pub licence: String,
    pub attribution: Attribution,
}

/// Data attributions.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Attribution {
    /// O*NET (CC BY 4.0, USDOL/ETA).
    pub onet: String,
    /// ESCO (European Commission).
    pub esco: String,
    pub crosswalks: String,
}

/// Name, version and data attributions (O*NET CC BY 4.0, ESCO).
#[utoipa::path(get, path = "/v1/about", tag = "probes",
    responses((status = 200, description = "About the server and its data", body = About)))]
async fn about() -> Json<About> {
    use skillgap_core::attribution::{CROSSWALK_ATTRIBUTION, ESCO_ATTRIBUTION, ONET_ATTRIBUTION};
    Json(About {
        name: "skillgap".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        api: "v1".into(),
        licence: "MIT OR Apache-2.0".into(),
        attribution: Attribution {
            onet: ONET_ATTRIBUTION.into(),
            esco: ESCO_ATTRIBUTION.into(),
            crosswalks: CROSSWALK_ATTRIBUTION.into(),
        },
    })
}

/// The OpenAPI document, kept as JSON text.
#[derive(Clone)]
pub(crate) struct OpenApiJson(pub Arc<String>);

/// This API's OpenAPI 3.1 document.
#[utoipa::path(get, path = "/v1/openapi.json", tag = "probes",
    responses((status = 200, description = "OpenAPI 3.1 document", body = Object)))]
async fn openapi(Extension(doc): Extension<OpenApiJson>) -> Response {
    (
        [(CONTENT_TYPE, "application/json")],
        doc.0.as_str().to_owned(),
    )
        .into_response()
}

// ---------------------------------------------------------------------------------------------
// Taxonomy

fn taxonomy_param(v: Option<&str>) -> ApiResult<Option<Taxonomy>> {
    v.map(|t| {
        Taxonomy::parse(t).ok_or_else(|| {
            ApiError::bad_request(
                "taxonomy",
                format!("`taxonomy` must be `onet` or `esco`; found `{t}`"),
            )
        })
    })
    .transpose()
}

/// Exactly one of `q` (search) and `id` (look-up).
fn one_of<'a>(q: &'a Option<String>, id: &'a Option<String>) -> ApiResult<Lookup<'a>> {
    match (q.as_deref(), id.as_deref()) {
        (Some(q), None) => Ok(Lookup::Search(q)),
        (None, Some(id)) => Ok(Lookup::Id(id)),
        (Some(_), Some(_)) => Err(ApiError::bad_request(
            "id",
            "give either `q` (search) or `id` (look-up), not both",
        )),
        (None, None) => Err(ApiError::bad_request(
            "q",
            "the query parameter `q` is required (or `id` to look one up)",
        )),
    }
}

enum Lookup<'a> {
    Search(&'a str),
    Id(&'a str),
}

/// Occupation search parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OccupationSearch {
    /// Free text: a title, alternative title or description words (typos are forgiven).
    q: Option<String>,
    /// Instead of `q`: one occupation by id or code (same answer as `/v1/occupations/{id}`).
    id: Option<String>,
    /// Results, 1..=100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
    /// Only `onet` or `esco`.
    taxonomy: Option<String>,
}

/// Ranked occupations, or one occupation when `id` was given.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum OccupationsResponse {
    Hits(Vec<Hit>),
    Occupation(Box<OccupationDetail>),
}

/// Search occupations (O*NET-SOC and ESCO); same body as `skillgap occupations --json`.
#[utoipa::path(get, path = "/v1/occupations", tag = "taxonomy", params(OccupationSearch),
    responses((status = 200, description = "Ranked occupations (or one, with `id`)",
        body = OccupationsResponse)))]
async fn search_occupations(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<OccupationSearch>,
) -> ApiResult<Json<OccupationsResponse>> {
    let limit = check_limit(p.limit, 10)?;
    let taxonomy = taxonomy_param(p.taxonomy.as_deref())?;
    match one_of(&p.q, &p.id)? {
        Lookup::Id(id) => {
            let id = id.to_owned();
            let d = s
                .run(move |c| skillgap_matcher::occupation_detail(c, &id))
                .await?;
            Ok(Json(OccupationsResponse::Occupation(Box::new(d))))
        }
        Lookup::Search(q) => {
            let q = q.to_owned();
            let opts = SearchOptions {
                limit: Some(limit),
                taxonomy,
                kind: None,
            };
            let hits = s
                .run(move |c| c.search_occupations(&q, &opts))
                .await
                .map_err(|e| e.with_field("q"))?;
            Ok(Json(OccupationsResponse::Hits(hits)))
        }
    }
}

/// One occupation by O*NET-SOC code (`15-1252.00` or `15-1252`), ESCO code (`2512.4`) or ESCO
/// URI (percent-encoded); same body as `skillgap occupation ID --json`.
#[utoipa::path(get, path = "/v1/occupations/{id}", tag = "taxonomy",
    params(("id" = String, Path, description = "O*NET-SOC code, ESCO code or percent-encoded ESCO URI")),
    responses((status = 200, description = "The occupation with requirements, hot technologies, related occupations and crosswalk links", body = OccupationDetail)))]
async fn get_occupation(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<OccupationDetail>> {
    Ok(Json(
        s.run(move |c| skillgap_matcher::occupation_detail(c, &id))
            .await?,
    ))
}

/// Skill search parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SkillSearch {
    /// Free text: a label or alternative label (typos are forgiven).
    q: Option<String>,
    /// Instead of `q`: one skill by id (same answer as `/v1/skills/{id}`); ESCO URIs need no
    /// encoding beyond the query string's.
    id: Option<String>,
    /// Results, 1..=100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
    /// Only `onet` or `esco`.
    taxonomy: Option<String>,
    /// Only `skill`, `knowledge`, `technology`, `transversal` or `language`.
    kind: Option<String>,
}

/// Ranked skills, or one skill when `id` was given.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum SkillsResponse {
    Hits(Vec<Hit>),
    Skill(Box<SkillDetail>),
}

/// Search skills, knowledge and technologies; same body as `skillgap skills --json`.
#[utoipa::path(get, path = "/v1/skills", tag = "taxonomy", params(SkillSearch),
    responses((status = 200, description = "Ranked skills (or one, with `id`)", body = SkillsResponse)))]
async fn search_skills(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<SkillSearch>,
) -> ApiResult<Json<SkillsResponse>> {
    let limit = check_limit(p.limit, 10)?;
    let taxonomy = taxonomy_param(p.taxonomy.as_deref())?;
    let kind = p
        .kind
        .as_deref()
        .map(|k| {
            SkillKind::parse(k).ok_or_else(|| {
                ApiError::bad_request(
                    "kind",
                    format!("`kind` must be skill, knowledge, technology, transversal or language; found `{k}`"),
                )
            })
        })
        .transpose()?;
    match one_of(&p.q, &p.id)? {
        Lookup::Id(id) => {
            let id = id.to_owned();
            let d = s
                .run(move |c| skillgap_matcher::skill_detail(c, &id))
                .await?;
            Ok(Json(SkillsResponse::Skill(Box::new(d))))
        }
        Lookup::Search(q) => {
            let q = q.to_owned();
            let opts = SearchOptions {
                limit: Some(limit),
                taxonomy,
                kind,
            };
            let hits = s
                .run(move |c| c.search_skills(&q, &opts))
                .await
                .map_err(|e| e.with_field("q"))?;
            Ok(Json(SkillsResponse::Hits(hits)))
        }
    }
}

/// One skill by O*NET element id, `tech:` id or percent-encoded ESCO URI; same body as
/// `skillgap skill ID --json`.
#[utoipa::path(get, path = "/v1/skills/{id}", tag = "taxonomy",
    params(("id" = String, Path, description = "O*NET element id, tech: id or percent-encoded ESCO URI")),
    responses((status = 200, description = "The skill", body = SkillDetail)))]
async fn get_skill(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<SkillDetail>> {
    Ok(Json(
        s.run(move |c| skillgap_matcher::skill_detail(c, &id))
            .await?,
    ))
}

/// Free-text skill names to resolve.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolveRequest {
    /// Skill names as a person would write them, at most 100.
    pub skills: Vec<String>,
    /// Only skills of `onet` or `esco`.
    #[serde(default)]
    pub taxonomy: Option<Taxonomy>,
    /// Only skills of this kind.
    #[serde(default)]
    pub kind: Option<SkillKind>,
}

/// Resolve free-text skill names to taxonomy skills (best match each, typo-tolerant).
#[utoipa::path(post, path = "/v1/skills/resolve", tag = "taxonomy", request_body = ResolveRequest,
    responses((status = 200, description = "One entry per name, in order", body = Vec<ResolvedSkill>)))]
async fn resolve_skills(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<ResolveRequest>,
) -> ApiResult<Json<Vec<ResolvedSkill>>> {
    if req.skills.len() > MAX_ITEMS {
        return Err(ApiError::unprocessable(
            "skills",
            format!(
                "{} skills given; at most {MAX_ITEMS} are accepted per request",
                req.skills.len()
            ),
        ));
    }
    if let Some(i) = req
        .skills
        .iter()
        .position(|n| n.len() > skillgap_core::catalog::MAX_QUERY_BYTES)
    {
        return Err(ApiError::unprocessable(
            format!("skills[{i}]"),
            format!(
                "skill names are at most {} bytes long",
                skillgap_core::catalog::MAX_QUERY_BYTES
            ),
        ));
    }
    let opts = SearchOptions {
        limit: Some(1),
        taxonomy: req.taxonomy,
        kind: req.kind,
    };
    Ok(Json(
        s.run(move |c| skillgap_matcher::views::resolve_skills(c, &req.skills, &opts))
            .await?,
    ))
}

// ---------------------------------------------------------------------------------------------
// Postings, demand, credentials

/// Search parameters of postings and credentials.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TextSearch {
    /// Free text.
    q: Option<String>,
    /// Results, 1..=100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
}

impl TextSearch {
    fn checked(self) -> ApiResult<(String, usize)> {
        let limit = check_limit(self.limit, 10)?;
        let q = self
            .q
            .ok_or_else(|| ApiError::bad_request("q", "the query parameter `q` is required"))?;
        Ok((q, limit))
    }
}

/// Search job postings (BM25 over title and description); same body as
/// `skillgap postings --json`.
#[utoipa::path(get, path = "/v1/postings", tag = "postings", params(TextSearch),
    responses((status = 200, description = "Ranked postings", body = Vec<PostingHit>)))]
async fn search_postings(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<TextSearch>,
) -> ApiResult<Json<Vec<PostingHit>>> {
    let (q, limit) = p.checked()?;
    Ok(Json(
        s.run(move |c| skillgap_matcher::views::search_postings(c, &q, limit))
            .await
            .map_err(|e| e.with_field("q"))?,
    ))
}

/// One job posting with its extracted skills (spans) and occupations; same body as
/// `skillgap posting ID --json`.
#[utoipa::path(get, path = "/v1/postings/{id}", tag = "postings",
    params(("id" = String, Path, description = "Posting id")),
    responses((status = 200, description = "The posting", body = Posting)))]
async fn get_posting(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Posting>> {
    Ok(Json(s.run(move |c| c.posting(&id)).await?))
}

/// Demand report parameters: exactly one of `occupation` and `skill`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DemandQuery {
    /// Occupation (O*NET-SOC code, ESCO code or URI): its most demanded skills.
    occupation: Option<String>,
    /// Skill id: the occupations whose postings ask for it.
    skill: Option<String>,
    /// Rows, 1..=100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<i64>,
    /// Posting ids listed behind each figure, 0..=20 (default 0).
    #[param(minimum = 0, maximum = 20)]
    evidence: Option<i64>,
}

/// A demand report for an occupation or for a skill.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum DemandResponse {
    Occupation(OccupationDemandReport),
    Skill(SkillDemandReport),
}

/// Demand from job postings: an occupation's most demanded skills, or the occupations asking
/// for a skill, with shares, monthly counts and posting ids as evidence; same body as
/// `skillgap demand --json`.
#[utoipa::path(get, path = "/v1/demand", tag = "postings", params(DemandQuery),
    responses((status = 200, description = "The demand report", body = DemandResponse)))]
async fn demand(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<DemandQuery>,
) -> ApiResult<Json<DemandResponse>> {
    let limit = check_range("limit", p.limit, 20, 1, MAX_LIMIT)?;
    let evidence = check_range("evidence", p.evidence, 0, 0, MAX_EVIDENCE)?;
    let report = match (p.occupation, p.skill) {
        (Some(o), None) => DemandResponse::Occupation(
            s.run(move |c| skillgap_matcher::demand::occupation_demand(c, &o, limit, evidence))
                .await?,
        ),
        (None, Some(k)) => DemandResponse::Skill(
            s.run(move |c| skillgap_matcher::demand::skill_demand(c, &k, limit, evidence))
                .await?,
        ),
        _ => {
            return Err(ApiError::bad_request(
                "occupation",
                "give exactly one of `occupation` and `skill`",
            ))
        }
    };
    Ok(Json(report))
}

/// Search credentials (BM25 over title, keywords, provider, description and outcomes); same
/// body as `skillgap credentials --json`.
#[utoipa::path(get, path = "/v1/credentials", tag = "credentials", params(TextSearch),
    responses((status = 200, description = "Ranked credentials", body = Vec<CredentialHit>)))]
async fn search_credentials(
    State(s): State<AppState>,
    ApiQuery(p): ApiQuery<TextSearch>,
) -> ApiResult<Json<Vec<CredentialHit>>> {
    let (q, limit) = p.checked()?;
    Ok(Json(
        s.run(move |c| skillgap_matcher::views::search_credentials(c, &q, limit))
            .await
            .map_err(|e| e.with_field("q"))?,
    ))
}

/// One credential with its outcomes, resolved skills and confidence; same body as
/// `skillgap credential ID --json`.
#[utoipa::path(get, path = "/v1/credentials/{id}", tag = "credentials",
    params(("id" = String, Path, description = "Credential id")),
    responses((status = 200, description = "The credential", body = Credential)))]
async fn get_credential(
    State(s): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Credential>> {
    Ok(Json(s.run(move |c| c.credential(&id)).await?))
}

// ---------------------------------------------------------------------------------------------
// Extraction

/// Text to find skills in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtractRequest {
    /// The text, at most 64 KiB.
    pub text: String,
    /// Also rank the top `rank` skills (1..=20) for each sentence.
    #[serde(default)]
    pub rank: Option<usize>,
    /// Only skills of `onet` or `esco`.
    #[serde(default)]
    pub taxonomy: Option<Taxonomy>,
}

/// Find skills in free text: verbatim label and alias matches with spans, and with `rank` the
/// skills ranked per sentence; same body as `skillgap extract --json`.
#[utoipa::path(post, path = "/v1/extract", tag = "extraction", request_body = ExtractRequest,
    responses((status = 200, description = "Mentions and ranked sentences", body = ExtractOutput)))]
async fn extract(
    State(s): State<AppState>,
    ApiJson(req): ApiJson<ExtractRequest>,
) -> ApiResult<Json<ExtractOutput>> {
    if req.text.len() > MAX_TEXT_BYTES {
        return Err(ApiError::unprocessable(
            "text",
            format!(
                "the text is {} bytes long; at most {MAX_TEXT_BYTES} are accepted",
                req.text.len()
            ),
        ));
    }
    if req.text.trim().is_empty() {
        return Err(ApiError::unprocessable("text", "the text is empty"));
    }
    if let Some(r) = req.rank {
        if !(1..=MAX_RANK).contains(&r) {
            return Err(ApiError::unprocessable(
                "rank",
                format!("`rank` must be between 1 and {MAX_RANK}; found {r}"),
            ));
        }
    }
    Ok(Json(
        s.run(move |c| skillgap_matcher::views::extract(c, &req.text, req.rank, req.taxonomy))
            .await?,
    ))
}
