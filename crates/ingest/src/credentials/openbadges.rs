//! Open Badges 3.0 (`OpenBadgeCredential` / `AchievementCredential` wrapping
//! `credentialSubject.achievement`, or a bare `Achievement`) and Open Badges 2.0 (`BadgeClass`,
//! or an `Assertion` with an embedded `badge`). A file holds one document, an array of them,
//! or one per line.
//!
//! One credential per achievement:
//! * id = `ob:` + the achievement `id` (else the credential's, else `<file stem>#<n>`);
//! * `name`, `description`; `achievementType` → type (`Badge` when absent: an Open Badge is a
//!   badge); `creator.name` (else the issuer's name, else the issuer id) → provider;
//! * `criteria.narrative` (else `criteria.id`) → evidence; `creditsAvailable` → credits (and
//!   credit-bearing); `tag`, `fieldOfStudy`, `specialization` → keywords; `inLanguage` →
//!   language;
//! * each `alignment` → an outcome: text = `targetName` (else `targetDescription`), skill
//!   reference = `targetUrl` when it is an ESCO or O\*NET URL, else `targetCode`, else
//!   `targetUrl`. Alignments of `targetType` `ceterms:Credential` (equivalent credentials,
//!   not skills), alignments named like the achievement itself, and repeats are left out. A `Competency` achievement without alignments (a skill
//!   assertion) is itself the outcome (text = its name);
//! * outcomes are *assessed* when the achievement states `criteria` or `resultDescription`;
//!   with a `resultDescription` (graded results) the assessment is `performance`.

use super::{blank, clean_text, outcome, push_unique, read_text, type_names, Emit, Issue, Record};
use serde_json::{Map, Value};
use skillgap_core::{AssessmentKind, Credential, CredentialType, FileReport};
use std::path::Path;

type Obj = Map<String, Value>;

/// OB 3.0 `achievementType` (and CTDL-like names) → credential type.
fn kind_of(t: &str) -> CredentialType {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    if lower.contains("degree") || lower.contains("doctorate") {
        return CredentialType::Degree;
    }
    match lower.as_str() {
        "badge" | "microcredential" | "openbadge" => CredentialType::Badge,
        "course" | "learningprogram" | "module" => CredentialType::Course,
        "certificate"
        | "certification"
        | "certificateofcompletion"
        | "diploma"
        | "apprenticeshipcertificate"
        | "journeymancertificate"
        | "mastercertificate"
        | "license" => CredentialType::Certificate,
        _ if lower.starts_with("ext:") => CredentialType::Other,
        _ => CredentialType::Other,
    }
}

fn str_of<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A profile's name, or its id when it is only referenced.
fn profile_name(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Object(m) => str_of(m, "name")
            .or_else(|| str_of(m, "id"))
            .map(str::to_owned),
        _ => None,
    }
}

fn is_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// An ESCO or O*NET URL: the kind of reference skillgap can use as it is.
fn is_taxonomy_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    is_url(s)
        && (l.contains("data.europa.eu/esco/")
            || l.contains("onetonline.org")
            || l.contains("onetcenter.org"))
}

/// The achievements in a document, with the wrapping credential (if any).
fn achievements(doc: &Value) -> Vec<(&Obj, Option<&Obj>)> {
    let Some(m) = doc.as_object() else {
        return Vec::new();
    };
    let types: Vec<&str> = type_names(m.get("type"))
        .chain(type_names(m.get("@type")))
        .collect();
    let mut out = Vec::new();
    if let Some(subject) = m.get("credentialSubject") {
        let subjects: Vec<&Value> = match subject {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        for s in subjects {
            if let Some(a) = s.get("achievement").and_then(Value::as_object) {
                out.push((a, Some(m)));
            }
        }
    } else if types
        .iter()
        .any(|t| *t == "Achievement" || *t == "BadgeClass")
    {
        out.push((m, None));
    } else if let Some(badge) = m.get("badge").and_then(Value::as_object) {
        // OB 2.0 Assertion with the BadgeClass embedded.
        out.push((badge, Some(m)));
    }
    out
}

fn credential(
    a: &Map<String, Value>,
    vc: Option<&Map<String, Value>>,
    fallback_id: String,
    source: &str,
) -> Result<Credential, Vec<Issue>> {
    let id = str_of(a, "id")
        .or_else(|| vc.and_then(|v| str_of(v, "id")))
        .map(|i| format!("ob:{i}"))
        .unwrap_or(fallback_id);
    let title = str_of(a, "name")
        .or_else(|| vc.and_then(|v| str_of(v, "name")))
        .map(clean_text);
    let Some(title) = title else {
        return Err(vec![Issue::new("name", "the achievement has no name")]);
    };
    let achievement_type = str_of(a, "achievementType");
    let kind = achievement_type
        .map(kind_of)
        .unwrap_or(CredentialType::Badge);
    let mut c = blank(id, title.clone(), kind, source.to_owned());
    c.description = str_of(a, "description")
        .or_else(|| vc.and_then(|v| str_of(v, "description")))
        .unwrap_or("")
        .to_owned();
    c.provider = profile_name(a.get("creator"))
        .or_else(|| profile_name(a.get("issuer")))
        .or_else(|| vc.and_then(|v| profile_name(v.get("issuer"))));
    c.language = str_of(a, "inLanguage").map(str::to_owned);
    let criteria = a.get("criteria");
    c.evidence = match criteria {
        Some(Value::Object(cm)) => str_of(cm, "narrative")
            .or_else(|| str_of(cm, "id"))
            .map(str::to_owned),
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    };
    let results = a
        .get("resultDescription")
        .and_then(Value::as_array)
        .is_some_and(|r| !r.is_empty());
    let assessed = criteria.is_some() || results;
    if results {
        c.assessment = Some(AssessmentKind::Performance);
    }
    if let Some(credits) = a.get("creditsAvailable").and_then(Value::as_f64) {
        c.credits = Some(credits as f32);
        c.credit_bearing = Some(credits > 0.0);
    }
    match a.get("tag") {
        Some(Value::Array(tags)) => tags
            .iter()
            .filter_map(Value::as_str)
            .for_each(|t| push_unique(&mut c.keywords, t)),
        Some(Value::String(t)) => push_unique(&mut c.keywords, t),
        _ => {}
    }
    for key in ["fieldOfStudy", "specialization"] {
        if let Some(v) = str_of(a, key) {
            push_unique(&mut c.keywords, v);
        }
    }
    let alignments: Vec<&Map<String, Value>> = match a.get("alignment") {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(one)) => vec![one],
        _ => Vec::new(),
    };
    for al in alignments {
        // Equivalent credentials, and alignments naming the achievement itself, are not skills.
        if str_of(al, "targetType") == Some("ceterms:Credential")
            || str_of(al, "targetName").is_some_and(|n| n.eq_ignore_ascii_case(&title))
        {
            continue;
        }
        let url = str_of(al, "targetUrl");
        let code = str_of(al, "targetCode");
        let skill_ref = match (url, code) {
            (Some(u), _) if is_taxonomy_url(u) => Some(u),
            (_, Some(code)) => Some(code),
            (Some(u), None) => Some(u),
            (None, None) => None,
        };
        let text = str_of(al, "targetName")
            .or_else(|| str_of(al, "targetDescription"))
            .or(skill_ref);
        let duplicate = c
            .outcomes
            .iter()
            .any(|o| Some(o.text.as_str()) == text && o.skill_ref.as_deref() == skill_ref);
        if let (Some(text), false) = (text, duplicate) {
            c.outcomes.push(outcome(
                clean_text(text),
                skill_ref.map(str::to_owned),
                None,
                assessed,
            ));
        }
    }
    if c.outcomes.is_empty() && achievement_type == Some("Competency") {
        c.outcomes.push(outcome(title, None, None, assessed));
    }
    Ok(c)
}

/// Reads an Open Badges file.
pub(crate) fn read(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => {
            report.fail(format!("cannot read: {e}"));
            return;
        }
    };
    let source = super::source_of("openbadges", path);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Documents with their first line: one document, an array, or JSON Lines.
    let mut docs: Vec<(u64, Result<Value, String>)> = Vec::new();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(items)) => docs.extend(items.into_iter().map(|v| (1, Ok(v)))),
        Ok(v) => docs.push((1, Ok(v))),
        Err(whole) => {
            let lines: Vec<(usize, &str)> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .collect();
            if lines.len() > 1 {
                for (i, l) in lines {
                    docs.push((
                        i as u64 + 1,
                        serde_json::from_str(l).map_err(|e| e.to_string()),
                    ));
                }
            } else {
                docs.push((whole.line() as u64, Err(whole.to_string())));
            }
        }
    }
    let mut n = 0;
    for (line, doc) in docs {
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                report.rows += 1;
                emit(
                    report,
                    Record {
                        line,
                        result: Err(vec![Issue::record(format!("malformed JSON: {e}"))]),
                        duplicate_is_error: false,
                    },
                );
                continue;
            }
        };
        let found = achievements(&doc);
        if found.is_empty() {
            report.rows += 1;
            let t: Vec<&str> = doc
                .as_object()
                .map(|m| type_names(m.get("type")).collect())
                .unwrap_or_default();
            report.skip(&format!(
                "not an achievement or badge ({})",
                if t.is_empty() {
                    "no type".into()
                } else {
                    t.join(", ")
                }
            ));
            continue;
        }
        for (a, vc) in found {
            report.rows += 1;
            n += 1;
            let line = a
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| text.find(&format!("\"{id}\"")))
                .map(|at| super::line_at(&text, at))
                .unwrap_or(line);
            let result = credential(a, vc, format!("ob:{stem}#{n}"), &source);
            emit(
                report,
                Record {
                    line,
                    result,
                    duplicate_is_error: false,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn achievement_types() {
        assert_eq!(kind_of("Degree"), CredentialType::Degree);
        assert_eq!(kind_of("BachelorDegree"), CredentialType::Degree);
        assert_eq!(kind_of("Badge"), CredentialType::Badge);
        assert_eq!(kind_of("Certificate"), CredentialType::Certificate);
        assert_eq!(kind_of("Competency"), CredentialType::Other);
    }
}
