//! Credential Engine CTDL JSON-LD: a single object, a `{"@graph": […]}` document, an array,
//! or a registry envelope (`decoded_resource`). Every `ceterms:` credential class
//! (`Certificate`, `Certification`, `BachelorDegree`, `BachelorOfScienceDegree`,
//! `MasterDegree`, `OpenBadge`, `Badge`, `License`, …) and every learning opportunity
//! (`LearningOpportunityProfile`, `LearningProgram`, `Course`) becomes a credential; other
//! nodes (organisations, data sets) only serve look-ups. Graph nodes without a CTID (blank
//! nodes such as `_:3bd5…`, file-local) are skipped.
//!
//! * id = `ctdl:` + `ceterms:ctid`; name / description from language maps (English preferred);
//!   `subjectWebpage` → url; `ownedBy` / `offeredBy` → provider (the organisation's name when
//!   it is in the file, else its id); `inLanguage` → language (English when offered, as the texts are read in English); `keyword` and `subject` names →
//!   keywords;
//! * `occupationType` → occupations: `codedNotation` **exactly as declared** (`15-1131.00`,
//!   `53-3032`), else the `targetNode` URL; entries with only a name are not codes and are left
//!   out;
//! * hours, first rule that applies: a duration in hours (`PT160H`); credits × hours per
//!   credit (`creditValue`, on the node or in a `requires` condition; see
//!   [`super::duration::hours_per_credit`]); a calendar duration (`exactDuration`, or the
//!   midpoint of `minimumDuration`–`maximumDuration`, or a length written in the profile's
//!   description) × the weekly effort stated in a profile description ("five to ten hours …
//!   per week"); else × full-time study ([`super::duration::FULL_TIME`], 1,350 h/year);
//! * cost: a `costType:AggregateCost` price when given, else the sum over cost types of the
//!   lowest price per type (alternative prices of one type, e.g. resident / non-resident
//!   tuition, are alternatives, not additions); in the first priced profile's currency;
//! * `learningDeliveryType` / `deliveryType`: online only → online, in person only → in-person,
//!   blended or both → hybrid; `isNonCredit` / `isCreditBased` / credits → credit-bearing;
//! * `isPartOf` → stackable_into, and a `hasPart` inside the same file is turned round (the
//!   part stacks into the whole);
//! * outcomes: `teaches` (not assessed), `assesses` and the `targetCompetency` of `requires`
//!   conditions (assessed: they must be shown to earn the credential), and the lines of a
//!   `requires` description that start with "The learner" (assessed). A `requires` condition
//!   named "…Criteria" also gives `evidence`;
//! * prerequisites: the credentials, learning opportunities, assessments and competencies
//!   named in `entryCondition` / `prerequisite`, as ids. Free-text conditions ("High-school
//!   level of mathematics knowledge") are not ids and are not kept; the learning
//!   opportunities a credential `requires` are its curriculum, not prerequisites.

use super::duration::{self, Length, Unit, FULL_TIME};
use super::{
    blank, clean_text, currency_code, outcome, push_unique, read_text, Emit, Issue, Record,
};
use serde_json::{Map, Value};
use skillgap_core::{Credential, CredentialType, DeliveryMode, FileReport};
use std::collections::HashMap;
use std::path::Path;

type Obj = Map<String, Value>;

/// The English (else the first) value of a language map, a string, or the first of a list.
pub(crate) fn lang(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|i| lang(Some(i))),
        Value::Object(m) => lang(pick_language(m)),
        _ => None,
    }
}

/// All values of a (language-mapped) list, English preferred.
fn lang_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.trim().to_owned()],
        Some(Value::Array(items)) => items.iter().flat_map(|i| lang_list(Some(i))).collect(),
        Some(Value::Object(m)) => lang_list(pick_language(m)),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

fn pick_language(m: &Obj) -> Option<&Value> {
    ["en-US", "en", "en-us", "en-GB", "en-gb"]
        .iter()
        .find_map(|k| m.get(*k))
        .or_else(|| {
            m.iter()
                .find(|(k, _)| k.to_ascii_lowercase().starts_with("en"))
                .map(|(_, v)| v)
        })
        .or_else(|| m.values().next())
}

fn objects(v: Option<&Value>) -> Vec<&Obj> {
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(m)) => vec![m],
        _ => Vec::new(),
    }
}

fn values(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
    }
}

fn number(v: Option<&Value>) -> Option<f32> {
    match v? {
        Value::Number(n) => n.as_f64().map(|x| x as f32),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|x: &f32| x.is_finite())
}

/// The node's CTDL class without the prefix (`BachelorDegree`).
fn ctdl_type(m: &Obj) -> Option<&str> {
    super::type_names(m.get("@type")).find_map(|t| t.strip_prefix("ceterms:"))
}

/// Whether a CTDL class is a credential or a learning opportunity.
pub(crate) fn is_credential_class(t: &str) -> bool {
    [
        "Degree",
        "Doctorate",
        "Certificate",
        "Certification",
        "Diploma",
        "Badge",
        "License",
    ]
    .iter()
    .any(|s| t.ends_with(s))
        || matches!(
            t,
            "Credential"
                | "MicroCredential"
                | "QualityAssuranceCredential"
                | "GeneralEducationDevelopment"
                | "Course"
                | "LearningProgram"
                | "LearningOpportunityProfile"
        )
}

/// CTDL class → credential type.
pub(crate) fn kind_of(t: &str) -> CredentialType {
    if t.ends_with("Degree") || t.ends_with("Doctorate") {
        CredentialType::Degree
    } else if t.ends_with("Badge") || t == "MicroCredential" {
        CredentialType::Badge
    } else if t.ends_with("Certificate")
        || t.ends_with("Certification")
        || t.ends_with("Diploma")
        || t == "GeneralEducationDevelopment"
    {
        CredentialType::Certificate
    } else if t == "Course" || t == "LearningOpportunityProfile" {
        CredentialType::Course
    } else {
        CredentialType::Other
    }
}

/// The CTID in a registry URI (`…/resources/ce-…`), if any.
fn ctid_in(uri: &str) -> Option<&str> {
    let at = uri.find("/resources/ce-")?;
    let rest = &uri[at + "/resources/".len()..];
    let end = rest.find(['?', '#', '/']).unwrap_or(rest.len());
    Some(&rest[..end])
}

fn ctid_of(m: &Obj) -> Option<String> {
    m.get("ceterms:ctid")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .or_else(|| {
            m.get("@id")
                .and_then(Value::as_str)
                .and_then(ctid_in)
                .map(str::to_owned)
        })
}

struct Ctx<'a> {
    index: HashMap<&'a str, &'a Obj>,
}

impl Ctx<'_> {
    /// The skillgap id of a referenced resource: `ctdl:<ctid>` when the CTID is known, the URI
    /// otherwise; `None` for a blank node that is not described in the file with a CTID.
    fn ref_id(&self, v: &Value) -> Option<String> {
        match v {
            Value::String(s) => {
                let s = s.trim();
                if let Some(ctid) = self.index.get(s).and_then(|n| ctid_of(n)) {
                    return Some(format!("ctdl:{ctid}"));
                }
                if let Some(ctid) = ctid_in(s) {
                    return Some(format!("ctdl:{ctid}"));
                }
                if s.starts_with("ce-") {
                    return Some(format!("ctdl:{s}"));
                }
                if s.is_empty() || s.starts_with("_:") {
                    return None;
                }
                Some(s.to_owned())
            }
            Value::Object(m) => ctid_of(m)
                .map(|c| format!("ctdl:{c}"))
                .or_else(|| m.get("@id").and_then(|i| self.ref_id(i))),
            _ => None,
        }
    }

    /// An organisation's name when it is in the file, else its id.
    fn org_name(&self, v: &Value) -> Option<String> {
        match v {
            Value::String(s) => self
                .index
                .get(s.as_str())
                .and_then(|n| lang(n.get("ceterms:name")))
                .or_else(|| Some(s.trim().to_owned()).filter(|s| !s.is_empty())),
            Value::Object(m) => lang(m.get("ceterms:name"))
                .or_else(|| m.get("@id").and_then(Value::as_str).map(str::to_owned)),
            _ => None,
        }
    }
}

/// Text and reference of a CredentialAlignmentObject (or a bare reference).
fn alignment(ctx: &Ctx<'_>, v: &Value) -> Option<(String, Option<String>)> {
    match v {
        Value::Object(m) => {
            let skill_ref = m
                .get("ceterms:targetNode")
                .and_then(Value::as_str)
                .or_else(|| m.get("ceterms:codedNotation").and_then(Value::as_str))
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty());
            let text = lang(m.get("ceterms:targetNodeName"))
                .or_else(|| lang(m.get("ceterms:targetNodeDescription")))
                .or_else(|| lang(m.get("ceterms:name")))
                .or_else(|| skill_ref.clone())?;
            Some((text, skill_ref))
        }
        Value::String(s) => {
            // A competency referenced by URI; use its description if it is in the file.
            let node = ctx.index.get(s.as_str());
            let text = node
                .and_then(|n| {
                    lang(n.get("ceasn:competencyText")).or_else(|| lang(n.get("ceterms:name")))
                })
                .unwrap_or_else(|| s.trim().to_owned());
            Some((text, Some(s.trim().to_owned())))
        }
        _ => None,
    }
}

/// Credits from a ValueProfile list: (value, unit text).
fn credit_value(v: Option<&Value>) -> Option<(f32, String)> {
    for p in objects(v) {
        let value = number(p.get("schema:value")).or_else(|| {
            match (
                number(p.get("schema:minValue")),
                number(p.get("schema:maxValue")),
            ) {
                (Some(a), Some(b)) => Some((a + b) / 2.0),
                (a, b) => a.or(b),
            }
        });
        let Some(value) = value else { continue };
        let mut unit = String::new();
        for u in values(p.get("ceterms:creditUnitType")) {
            match u {
                Value::String(s) => unit.push_str(s),
                Value::Object(m) => {
                    if let Some(n) = m.get("ceterms:targetNode").and_then(Value::as_str) {
                        unit.push_str(n);
                    }
                    if let Some(n) = lang(m.get("ceterms:targetNodeName")) {
                        unit.push(' ');
                        unit.push_str(&n);
                    }
                }
                _ => {}
            }
            unit.push(' ');
        }
        for key in ["schema:description", "ceterms:creditUnitTypeDescription"] {
            if let Some(d) = lang(p.get(key)) {
                unit.push_str(&d);
                unit.push(' ');
            }
        }
        return Some((value, unit.trim().to_owned()));
    }
    None
}

/// Hours and rule from the duration profiles and credits (rules in the module doc).
fn hours(node: &Obj, credits: Option<&(f32, String)>) -> Option<duration::Derived> {
    let mut lengths: Vec<(Length, String)> = Vec::new();
    let mut effort = None;
    for p in objects(node.get("ceterms:estimatedDuration")) {
        let exact = p.get("ceterms:exactDuration").and_then(Value::as_str);
        let min = p.get("ceterms:minimumDuration").and_then(Value::as_str);
        let max = p.get("ceterms:maximumDuration").and_then(Value::as_str);
        let mut iso = None;
        if let Some(e) = exact {
            iso = duration::parse_iso(e).map(|l| (l, format!("CTDL exactDuration `{e}`")));
        }
        if iso.is_none() {
            iso = match (min, max) {
                (Some(a), Some(b)) => duration::iso_range(a, b).map(|l| {
                    (
                        l,
                        format!("CTDL minimumDuration `{a}` – maximumDuration `{b}`"),
                    )
                }),
                (Some(a), None) => {
                    duration::parse_iso(a).map(|l| (l, format!("CTDL minimumDuration `{a}`")))
                }
                (None, Some(b)) => {
                    duration::parse_iso(b).map(|l| (l, format!("CTDL maximumDuration `{b}`")))
                }
                (None, None) => None,
            };
        }
        let stated = lang(p.get("ceterms:description")).map(|d| (duration::parse_text(&d), d));
        if let Some((s, _)) = &stated {
            if effort.is_none() {
                effort = s.effort;
            }
        }
        match (iso, stated) {
            (Some(l), _) => lengths.push(l),
            (None, Some((s, d))) => {
                if let Some(l) = s.length {
                    lengths.push((l, format!("CTDL duration description `{d}`")));
                }
            }
            (None, None) => {}
        }
    }
    // 1. A duration in hours.
    if let Some((l, input)) = lengths
        .iter()
        .find(|(l, _)| matches!(l.unit, Unit::Hour | Unit::Minute))
    {
        return duration::derive(input, *l, None, None);
    }
    // 2. Credits in a known unit.
    if let Some((value, unit)) = credits {
        if let Some((per, why)) = duration::hours_per_credit(unit) {
            let h = duration::round1(value * per);
            return Some(duration::Derived {
                hours: h,
                rule: format!(
                    "CTDL creditValue {} `{unit}` × {} h/credit ({why}) = {} h",
                    duration::num(*value),
                    duration::num(per),
                    duration::num(h)
                ),
            });
        }
    }
    // 3./4. A calendar length × the stated effort, else full-time study.
    let (l, input) = lengths.first()?;
    match effort {
        Some(e) => duration::derive(input, *l, Some(e), None),
        None => duration::derive(input, *l, None, Some(FULL_TIME)),
    }
}

/// Cost and currency (rules in the module doc).
fn cost(node: &Obj) -> (Option<f32>, Option<String>) {
    let mut priced: Vec<(f32, Option<String>, String)> = Vec::new();
    for p in objects(node.get("ceterms:estimatedCost")) {
        let Some(price) = number(p.get("ceterms:price")) else {
            continue;
        };
        let currency = p
            .get("ceterms:currency")
            .and_then(Value::as_str)
            .and_then(currency_code);
        let kind = match p.get("ceterms:directCostType") {
            Some(Value::Object(m)) => m
                .get("ceterms:targetNode")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        priced.push((price, currency, kind));
    }
    let Some((_, currency, _)) = priced.first().cloned() else {
        return (None, None);
    };
    priced.retain(|(_, c, _)| *c == currency);
    if let Some((p, _, _)) = priced.iter().find(|(_, _, k)| k.ends_with("AggregateCost")) {
        return (Some(*p), currency);
    }
    let mut lowest: Vec<(String, f32)> = Vec::new();
    for (p, _, k) in &priced {
        match lowest.iter_mut().find(|(kk, _)| kk == k) {
            Some(entry) => entry.1 = entry.1.min(*p),
            None => lowest.push((k.clone(), *p)),
        }
    }
    let total: f32 = lowest.iter().map(|(_, p)| p).sum();
    (Some((total * 100.0).round() / 100.0), currency)
}

fn delivery(node: &Obj) -> Option<DeliveryMode> {
    let mut targets = Vec::new();
    for key in ["ceterms:learningDeliveryType", "ceterms:deliveryType"] {
        for v in values(node.get(key)) {
            match v {
                Value::String(s) => targets.push(s.clone()),
                Value::Object(m) => {
                    if let Some(t) = m.get("ceterms:targetNode").and_then(Value::as_str) {
                        targets.push(t.to_owned());
                    }
                }
                _ => {}
            }
        }
    }
    let any = |w: &str| targets.iter().any(|t| t.contains(w));
    let (online, in_person) = (any("Online"), any("InPerson"));
    if any("Blended") || any("Hybrid") || (online && in_person) {
        Some(DeliveryMode::Hybrid)
    } else if online {
        Some(DeliveryMode::Online)
    } else if in_person {
        Some(DeliveryMode::InPerson)
    } else {
        None
    }
}

/// Whether a line of a condition's description states an outcome ("The learner designs …"),
/// rather than a condition ("The learner must have satisfied …").
fn is_learner_outcome(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("The learner ") else {
        return false;
    };
    let verb = rest.split_whitespace().next().unwrap_or("");
    !matches!(
        verb,
        "must" | "should" | "shall" | "may" | "will" | "is" | "has" | "needs" | "can" | "who"
    )
}

/// Builds one credential; also returns the ids of its parts (`hasPart`).
fn build(
    node: &Obj,
    t: &str,
    id: String,
    ctx: &Ctx<'_>,
    source: &str,
) -> (Result<Credential, Vec<Issue>>, Vec<String>) {
    let Some(title) = lang(node.get("ceterms:name")).map(|t| clean_text(&t)) else {
        return (
            Err(vec![Issue::new(
                "ceterms:name",
                "the credential has no name",
            )]),
            Vec::new(),
        );
    };
    let mut c = blank(id, title, kind_of(t), source.to_owned());
    c.description = node
        .get("ceterms:description")
        .and_then(|d| lang(Some(d)))
        .unwrap_or_default();
    c.url = lang(node.get("ceterms:subjectWebpage"));
    c.provider = ["ceterms:ownedBy", "ceterms:offeredBy"]
        .iter()
        .flat_map(|k| values(node.get(*k)))
        .find_map(|v| ctx.org_name(v));
    // The texts are read in English when they can be: say so when English is offered.
    let languages = lang_list(node.get("ceterms:inLanguage"));
    c.language = languages
        .iter()
        .find(|l| l.to_ascii_lowercase().starts_with("en"))
        .or(languages.first())
        .cloned();
    for k in lang_list(node.get("ceterms:keyword")) {
        push_unique(&mut c.keywords, &k);
    }
    for s in values(node.get("ceterms:subject")) {
        if let Some((text, _)) = alignment(ctx, s) {
            push_unique(&mut c.keywords, &text);
        }
    }
    for o in objects(node.get("ceterms:occupationType")) {
        let code = o
            .get("ceterms:codedNotation")
            .and_then(Value::as_str)
            .or_else(|| o.get("ceterms:targetNode").and_then(Value::as_str))
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if let Some(code) = code {
            if !c.occupations.iter().any(|x| x == code) {
                c.occupations.push(code.to_owned());
            }
        }
    }
    let requires = objects(node.get("ceterms:requires"));
    let credits = credit_value(node.get("ceterms:creditValue")).or_else(|| {
        requires
            .iter()
            .find_map(|r| credit_value(r.get("ceterms:creditValue")))
    });
    if let Some((v, _)) = &credits {
        c.credits = Some(*v);
    }
    c.credit_bearing = match (
        node.get("ceterms:isNonCredit").and_then(Value::as_bool),
        node.get("ceterms:isCreditBased").and_then(Value::as_bool),
    ) {
        (Some(true), _) => Some(false),
        (_, Some(b)) => Some(b),
        _ => credits.as_ref().map(|(v, _)| *v > 0.0),
    };
    if let Some(d) = hours(node, credits.as_ref()) {
        c.hours = Some(d.hours);
        c.hours_rule = Some(d.rule);
    }
    (c.cost, c.currency) = cost(node);
    c.mode = delivery(node);

    // Outcomes.
    for v in values(node.get("ceterms:teaches")) {
        if let Some((text, r)) = alignment(ctx, v) {
            c.outcomes.push(outcome(text, r, None, false));
        }
    }
    for v in values(node.get("ceterms:assesses")) {
        if let Some((text, r)) = alignment(ctx, v) {
            c.outcomes.push(outcome(text, r, None, true));
        }
    }
    for r in &requires {
        for v in values(r.get("ceterms:targetCompetency")) {
            if let Some((text, rf)) = alignment(ctx, v) {
                c.outcomes.push(outcome(text, rf, None, true));
            }
        }
        let name = lang(r.get("ceterms:name")).unwrap_or_default();
        let description = r
            .get("ceterms:description")
            .and_then(|d| match d {
                Value::Object(m) => pick_language(m).and_then(Value::as_str),
                Value::String(s) => Some(s.as_str()),
                _ => None,
            })
            .unwrap_or("");
        for line in description.lines() {
            let line = clean_text(line);
            if is_learner_outcome(&line) {
                c.outcomes.push(outcome(line, None, None, true));
            }
        }
        if name.to_ascii_lowercase().contains("criteria") && c.evidence.is_none() {
            c.evidence = Some(description.trim().to_owned()).filter(|d| !d.is_empty());
        }
    }
    // Prerequisites.
    for cond in ["ceterms:entryCondition", "ceterms:prerequisite"]
        .iter()
        .flat_map(|k| objects(node.get(*k)))
    {
        for key in [
            "ceterms:targetCredential",
            "ceterms:targetLearningOpportunity",
            "ceterms:targetAssessment",
        ] {
            for v in values(cond.get(key)) {
                if let Some(id) = ctx.ref_id(v) {
                    push_unique(&mut c.prerequisites, &id);
                }
            }
        }
        for v in values(cond.get("ceterms:targetCompetency")) {
            if let Some((_, Some(r))) = alignment(ctx, v) {
                push_unique(&mut c.prerequisites, &r);
            }
        }
    }
    // Stacking.
    for v in values(node.get("ceterms:isPartOf")) {
        if let Some(id) = ctx.ref_id(v) {
            push_unique(&mut c.stackable_into, &id);
        }
    }
    let parts = values(node.get("ceterms:hasPart"))
        .into_iter()
        .filter_map(|v| ctx.ref_id(v))
        .collect();
    (Ok(c), parts)
}

/// The nodes of a document: (node, whether it came from an `@graph`).
fn collect<'a>(v: &'a Value, out: &mut Vec<(&'a Obj, bool)>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
        Value::Object(m) => {
            if let Some(Value::Array(graph)) = m.get("@graph") {
                out.extend(graph.iter().filter_map(Value::as_object).map(|n| (n, true)));
            } else if let Some(inner) = m.get("decoded_resource") {
                collect(inner, out);
            } else {
                out.push((m, false));
            }
        }
        _ => {}
    }
}

/// Reads a CTDL file.
pub(crate) fn read(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => {
            report.fail(format!("cannot read: {e}"));
            return;
        }
    };
    let source = super::source_of("ctdl", path);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut docs: Vec<(u64, Value)> = Vec::new();
    match serde_json::from_str::<Value>(&text) {
        Ok(v) => docs.push((1, v)),
        Err(whole) => {
            // JSON Lines of documents, else a broken file.
            let lines: Vec<(usize, &str)> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .collect();
            if lines.len() > 1 && lines[0].1.trim_start().starts_with('{') {
                for (i, l) in lines {
                    match serde_json::from_str(l) {
                        Ok(v) => docs.push((i as u64 + 1, v)),
                        Err(e) => {
                            report.rows += 1;
                            report.reject(i as u64 + 1, None, format!("malformed JSON: {e}"));
                        }
                    }
                }
            } else {
                report.rows += 1;
                report.reject(
                    whole.line() as u64,
                    None,
                    format!("malformed JSON: {whole}"),
                );
                return;
            }
        }
    }
    let mut nodes: Vec<(u64, &Obj, bool)> = Vec::new();
    for (line, doc) in &docs {
        let mut found = Vec::new();
        collect(doc, &mut found);
        nodes.extend(found.into_iter().map(|(n, g)| (*line, n, g)));
    }
    let ctx = Ctx {
        index: nodes
            .iter()
            .filter_map(|(_, n, _)| n.get("@id").and_then(Value::as_str).map(|id| (id, *n)))
            .collect(),
    };
    // (line, credential, its hasPart ids)
    type Built = (u64, Result<Credential, Vec<Issue>>, Vec<String>);
    let mut built: Vec<Built> = Vec::new();
    let mut n = 0;
    for (line, node, in_graph) in nodes {
        let t = ctdl_type(node).unwrap_or("");
        if !is_credential_class(t) {
            if !in_graph {
                report.rows += 1;
                let shown = super::type_names(node.get("@type"))
                    .next()
                    .unwrap_or("no @type");
                report.skip(&format!("not a credential ({shown})"));
            }
            continue;
        }
        report.rows += 1;
        n += 1;
        let ctid = ctid_of(node);
        let node_id = node.get("@id").and_then(Value::as_str).unwrap_or("");
        let id = match (&ctid, node_id) {
            (Some(c), _) => format!("ctdl:{c}"),
            (None, i) if in_graph && (i.is_empty() || i.starts_with("_:")) => {
                report.skip("referenced node without a CTID");
                continue;
            }
            (None, i) if !i.is_empty() && !i.starts_with("_:") => format!("ctdl:{i}"),
            (None, _) => format!("ctdl:{stem}#{n}"),
        };
        let line = ctid
            .as_ref()
            .and_then(|c| text.find(&format!("\"{c}\"")))
            .map(|at| super::line_at(&text, at))
            .unwrap_or(line);
        let (result, parts) = build(node, t, id, &ctx, &source);
        built.push((line, result, parts));
    }
    // A part named by `hasPart` in this file stacks into the whole.
    let wholes: Vec<(String, Vec<String>)> = built
        .iter()
        .filter_map(|(_, r, parts)| r.as_ref().ok().map(|c| (c.id.clone(), parts.clone())))
        .filter(|(_, p)| !p.is_empty())
        .collect();
    for (_, result, _) in built.iter_mut() {
        if let Ok(c) = result {
            for (whole, parts) in &wholes {
                if parts.contains(&c.id) {
                    push_unique(&mut c.stackable_into, whole);
                }
            }
        }
    }
    for (line, result, _) in built {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for t in [
            "BachelorOfScienceDegree",
            "MasterDegree",
            "AssociateDegree",
            "ProfessionalDoctorate",
        ] {
            assert!(is_credential_class(t));
            assert_eq!(kind_of(t), CredentialType::Degree);
        }
        assert_eq!(kind_of("OpenBadge"), CredentialType::Badge);
        assert_eq!(kind_of("Certification"), CredentialType::Certificate);
        assert_eq!(kind_of("License"), CredentialType::Other);
        assert_eq!(kind_of("Course"), CredentialType::Course);
        assert_eq!(kind_of("LearningProgram"), CredentialType::Other);
        assert!(!is_credential_class("QACredentialOrganization"));
        assert!(!is_credential_class("CredentialOrganization"));
        assert!(!is_credential_class("CredentialAlignmentObject"));
    }

    #[test]
    fn language_maps() {
        let v: Value = serde_json::json!({"ar-sa": "x", "en": "Accounting"});
        assert_eq!(lang(Some(&v)).as_deref(), Some("Accounting"));
        let v: Value = serde_json::json!({"en-US": ["a", "b"], "ar-sa": ["c"]});
        assert_eq!(lang_list(Some(&v)), ["a", "b"]);
        assert_eq!(
            ctid_in("https://x.org/resources/ce-12ab?x=1"),
            Some("ce-12ab")
        );
    }
}
