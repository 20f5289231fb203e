//! The OpenAPI 3.1 document, generated from the handlers' `#[utoipa::path]` attributes and the
//! response types' `ToSchema` derives; the error responses every operation can give are added
//! here in one place.

use crate::error::ErrorBody;
use utoipa::openapi::path::Operation;
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

/// The document's fixed parts (title, description, licence, tags, the error schema).
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "skillgap API",
        description = "Occupations, skills, job postings, demand and microcredentials from O*NET and ESCO.\n\n\
            Every response carries an `x-request-id` header. Errors have the body \
            `{\"error\": {\"code\", \"message\", \"field\"?}}` with a stable `code`.\n\n\
            Data: this product includes information from the O*NET Database by the U.S. Department \
            of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 \
            license; it uses the ESCO classification of the European Commission. See `/v1/about`.",
        license(name = "MIT OR Apache-2.0"),
    ),
    components(schemas(ErrorBody)),
    tags(
        (name = "taxonomy", description = "O*NET-SOC and ESCO occupations and skills"),
        (name = "postings", description = "Job postings and the demand counted from them"),
        (name = "credentials", description = "Microcredentials and their outcome maps"),
        (name = "extraction", description = "Skills found in free text"),
        (name = "probes", description = "Health, readiness, metrics and documents"),
    )
)]
pub(crate) struct ApiDoc;

/// Adds the error responses that every operation may give, referring to `ErrorBody`.
pub(crate) fn add_error_responses(doc: &mut OpenApi) {
    for (path, item) in doc.paths.paths.iter_mut() {
        let has_id = path.contains('{');
        for op in [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            add_to(op, path, has_id);
        }
    }
}

fn add_to(op: &mut Operation, path: &str, has_id: bool) {
    let is_api = path.starts_with("/v1/") && path != "/v1/about" && path != "/v1/openapi.json";
    let has_body = op.request_body.is_some();
    let mut errors: Vec<(&str, &str)> = Vec::new();
    if is_api {
        errors.push((
            "400",
            "bad_request: a malformed query parameter, malformed JSON or invalid UTF-8",
        ));
        if has_id || path == "/v1/demand" || path == "/v1/occupations" || path == "/v1/skills" {
            errors.push(("404", "not_found: no entity has this id"));
        }
        if has_body {
            errors.push(("413", "payload_too_large: the body is over 1 MiB"));
            errors.push((
                "415",
                "unsupported_media_type: the body is not application/json",
            ));
            errors.push((
                "422",
                "unprocessable: wrong types, missing or unknown fields, or too many items",
            ));
        }
        errors.push((
            "503",
            "overloaded (with Retry-After), timeout, or unavailable (no index)",
        ));
    }
    errors.push(("500", "internal: quote the x-request-id header"));
    for (status, description) in errors {
        op.responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| {
                RefOr::T(
                    ResponseBuilder::new()
                        .description(description)
                        .content(
                            "application/json",
                            ContentBuilder::new()
                                .schema(Some(Ref::from_schema_name("ErrorBody")))
                                .build(),
                        )
                        .build(),
                )
            });
    }
}
