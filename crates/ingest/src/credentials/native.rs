//! skillgap's native credential formats (described with examples in `docs/credentials.md`).
//!
//! * **CSV**, for spreadsheet people. The *wide* layout has one row per credential, with all
//!   outcomes in one `outcomes` cell as `;`-separated entries `skill|level|assessed|label`
//!   (`skill` is a skill reference or the outcome text; only `skill` is required). The *long*
//!   layout has an `outcome` column instead (with `level`, `assessed` and optionally `label`):
//!   one row per outcome, the credential columns filled on the first row of each id.
//!   List cells (`stackable_into`, `prerequisites`, `occupations`, `keywords`) are
//!   `;`-separated. A `\` escapes `;`, `|` or `\` inside an entry.
//! * **JSON**, for systems: JSON Lines (one credential object per line), a JSON array of
//!   objects, or a single object. Keys are the credential fields in snake_case (`type` or
//!   `kind`); lists are arrays (or `;`-separated strings); outcomes are objects
//!   `{"skill": …, "level": …, "assessed": …, "text": …}` or entry strings as in CSV.
//!
//! Required: `id`, `title`, `type`. Hours come from `hours`, or else from `duration` by the
//! rules of [`super::duration`] (default 5 h/week, recorded in `hours_rule`).

use super::duration::{self, NATIVE_DEFAULT};
use super::{blank, outcome, source_of, Emit, Issue, Record};
use crate::table::{Delimiter, Row, Table};
use skillgap_core::{
    AssessmentKind, Credential, CredentialType, DeliveryMode, FileReport, Outcome, Pace,
};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// The credential columns of the CSV layouts, in the order [`write_csv`] writes them.
pub const CSV_COLUMNS: [&str; 23] = [
    "id",
    "title",
    "provider",
    "url",
    "description",
    "type",
    "hours",
    "hours_rule",
    "duration",
    "cost",
    "currency",
    "mode",
    "pace",
    "credit_bearing",
    "credits",
    "assessment",
    "evidence",
    "language",
    "stackable_into",
    "prerequisites",
    "occupations",
    "keywords",
    "outcomes",
];

/// The per-outcome columns of the long CSV layout.
const LONG_COLUMNS: [&str; 4] = ["outcome", "level", "assessed", "label"];

// ---------------------------------------------------------------------------------------------
// Enumerations

fn norm(s: &str) -> String {
    s.trim().to_ascii_lowercase().replace(['_', ' '], "-")
}

/// Parses a credential type: `course`, `badge`, `certificate`, `nano-degree`,
/// `micro-masters`, `degree`, `other` (case, `-`, `_` and spaces do not matter).
pub fn parse_kind(s: &str) -> Result<CredentialType, String> {
    Ok(match norm(s).as_str() {
        "course" | "module" => CredentialType::Course,
        "badge" | "digital-badge" | "open-badge" => CredentialType::Badge,
        "certificate" | "cert" | "certification" => CredentialType::Certificate,
        "nano-degree" | "nanodegree" => CredentialType::NanoDegree,
        "micro-masters" | "micromasters" => CredentialType::MicroMasters,
        "degree" => CredentialType::Degree,
        "other" => CredentialType::Other,
        _ => {
            return Err(format!(
                "unknown type `{s}` (expected course, badge, certificate, nano-degree, \
                 micro-masters, degree or other)"
            ))
        }
    })
}

/// Parses a delivery mode: `online`, `in-person`, `hybrid` (also `on-site`, `classroom`,
/// `blended`).
pub fn parse_mode(s: &str) -> Result<DeliveryMode, String> {
    Ok(match norm(s).as_str() {
        "online" | "remote" | "e-learning" => DeliveryMode::Online,
        "in-person" | "inperson" | "on-site" | "onsite" | "classroom" | "face-to-face" => {
            DeliveryMode::InPerson
        }
        "hybrid" | "blended" => DeliveryMode::Hybrid,
        _ => {
            return Err(format!(
                "unknown mode `{s}` (expected online, in-person or hybrid)"
            ))
        }
    })
}

/// Parses a pace: `self-paced`, `cohort` (also `on-demand`, `instructor-led`, `scheduled`).
pub fn parse_pace(s: &str) -> Result<Pace, String> {
    Ok(match norm(s).as_str() {
        "self-paced" | "selfpaced" | "on-demand" => Pace::SelfPaced,
        "cohort" | "instructor-led" | "scheduled" | "cohort-based" => Pace::Cohort,
        _ => {
            return Err(format!(
                "unknown pace `{s}` (expected self-paced or cohort)"
            ))
        }
    })
}

/// Parses an assessment kind: `progress` (completion of activities) or `performance` (an
/// assessed demonstration).
pub fn parse_assessment(s: &str) -> Result<AssessmentKind, String> {
    Ok(match norm(s).as_str() {
        "progress" | "completion" | "participation" => AssessmentKind::Progress,
        "performance" | "assessed" | "exam" | "assessment" => AssessmentKind::Performance,
        _ => {
            return Err(format!(
                "unknown assessment `{s}` (expected progress or performance)"
            ))
        }
    })
}

fn parse_bool(s: &str) -> Result<bool, String> {
    match norm(s).as_str() {
        "true" | "yes" | "y" | "1" => Ok(true),
        "false" | "no" | "n" | "0" => Ok(false),
        _ => Err(format!("expected true or false, found `{s}`")),
    }
}

fn parse_assessed(s: &str) -> Result<bool, String> {
    match norm(s).as_str() {
        "" | "no" | "n" | "false" | "0" | "not-assessed" | "unassessed" => Ok(false),
        "assessed" | "yes" | "y" | "true" | "1" | "x" => Ok(true),
        _ => Err(format!(
            "unknown assessed value `{s}` (expected `assessed`, yes/no, true/false or empty)"
        )),
    }
}

fn parse_number(field: &str, s: &str, issues: &mut Vec<Issue>) -> Option<f32> {
    match s.trim().parse::<f32>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            issues.push(Issue::new(field, format!("expected a number, found `{s}`")));
            None
        }
    }
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Escaped lists and outcome entries

/// Splits on `sep` outside backslash escapes, keeping the escapes.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            out.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&s[start..]);
    out
}

/// Removes backslash escapes.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut escaped = false;
    for c in s.chars() {
        if escaped {
            out.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else {
            out.push(c);
        }
    }
    if escaped {
        out.push('\\');
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | ';' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `;`-separated list cell (escapes honoured, empty items dropped).
fn split_list(s: &str) -> Vec<String> {
    split_top(s, ';')
        .into_iter()
        .map(|x| unescape(x).trim().to_owned())
        .filter(|x| !x.is_empty())
        .collect()
}

/// One outcome from its parts. `n` numbers the outcome in messages.
fn outcome_from_parts(
    field: &str,
    n: usize,
    skill: &str,
    level: &str,
    assessed: &str,
    label: &str,
    issues: &mut Vec<Issue>,
) -> Option<Outcome> {
    let skill = skill.trim();
    let label = label.trim();
    if skill.is_empty() {
        issues.push(Issue::new(
            field,
            format!("outcome {n} has no skill reference or text"),
        ));
        return None;
    }
    let mut ok = true;
    let level = match level.trim() {
        "" => None,
        l => {
            let (l, scale) = match l.strip_suffix('%') {
                Some(p) => (p.trim(), 100.0),
                None => (l, 1.0),
            };
            match l.parse::<f32>() {
                Ok(v) if v.is_finite() => Some(v / scale),
                _ => {
                    issues.push(Issue::new(
                        field,
                        format!("outcome {n} (`{skill}`): level `{l}` is not a number in 0..1"),
                    ));
                    ok = false;
                    None
                }
            }
        }
    };
    let assessed = match parse_assessed(assessed) {
        Ok(a) => a,
        Err(e) => {
            issues.push(Issue::new(field, format!("outcome {n} (`{skill}`): {e}")));
            ok = false;
            false
        }
    };
    if !ok {
        return None;
    }
    if super::is_skill_reference(skill) {
        let text = if label.is_empty() { skill } else { label };
        Some(outcome(text, Some(skill.to_owned()), level, assessed))
    } else if !label.is_empty() {
        issues.push(Issue::new(
            field,
            format!("outcome {n} (`{skill}`): a label is only allowed after a skill reference"),
        ));
        None
    } else {
        Some(outcome(skill, None, level, assessed))
    }
}

/// Outcomes of one `skill|level|assessed|label; …` cell.
fn outcomes_from_cell(field: &str, cell: &str, issues: &mut Vec<Issue>) -> Vec<Outcome> {
    let mut out = Vec::new();
    let entries = split_top(cell, ';');
    let mut n = 0;
    for entry in entries {
        if entry.trim().is_empty() {
            continue;
        }
        n += 1;
        let parts: Vec<String> = split_top(entry, '|').into_iter().map(unescape).collect();
        if parts.len() > 4 {
            issues.push(Issue::new(
                field,
                format!(
                    "outcome {n} (`{}`) has {} `|`-parts; expected skill|level|assessed|label",
                    entry.trim(),
                    parts.len()
                ),
            ));
            continue;
        }
        let part = |i: usize| parts.get(i).map(String::as_str).unwrap_or("");
        if let Some(o) = outcome_from_parts(field, n, part(0), part(1), part(2), part(3), issues) {
            out.push(o);
        }
    }
    out
}

fn outcome_entry(o: &Outcome) -> String {
    let (skill, label) = match &o.skill_ref {
        Some(r) if o.text != *r => (r.as_str(), o.text.as_str()),
        Some(r) => (r.as_str(), ""),
        None => (o.text.as_str(), ""),
    };
    let mut parts = vec![
        escape(skill),
        o.level.map(|l| l.to_string()).unwrap_or_default(),
        if o.assessed {
            "assessed".into()
        } else {
            String::new()
        },
        escape(label),
    ];
    while parts.len() > 1 && parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    parts.join("|")
}

// ---------------------------------------------------------------------------------------------
// Building a credential from named fields (shared by CSV and JSON)

/// Access to a record's fields by name.
trait Fields {
    /// A scalar as text; `None` when absent or empty.
    fn text(&self, name: &str, issues: &mut Vec<Issue>) -> Option<String>;
    /// A list field.
    fn list(&self, name: &str, issues: &mut Vec<Issue>) -> Vec<String>;
}

/// Builds the credential from everything but the outcomes; problems go to `issues`.
fn build(f: &dyn Fields, source: &str, issues: &mut Vec<Issue>) -> Credential {
    let id = f.text("id", issues).unwrap_or_default();
    if id.is_empty() {
        issues.push(Issue::new("id", "missing required field `id`"));
    }
    let title = f.text("title", issues).unwrap_or_default();
    if title.is_empty() {
        issues.push(Issue::new("title", "missing required field `title`"));
    }
    let (type_field, type_value) = match f.text("type", issues) {
        Some(v) => ("type", Some(v)),
        None => ("kind", f.text("kind", issues)),
    };
    let kind = match type_value {
        None => {
            issues.push(Issue::new("type", "missing required field `type`"));
            CredentialType::Other
        }
        Some(v) => parse_kind(&v).unwrap_or_else(|e| {
            issues.push(Issue::new(type_field, e));
            CredentialType::Other
        }),
    };
    let mut c = blank(id, title, kind, source.to_owned());
    c.provider = f.text("provider", issues);
    c.url = f.text("url", issues);
    c.description = f.text("description", issues).unwrap_or_default();
    c.evidence = f.text("evidence", issues);
    c.language = f.text("language", issues);

    let number = |name: &str, issues: &mut Vec<Issue>| {
        f.text(name, issues)
            .and_then(|v| parse_number(name, &v, issues))
    };
    c.cost = number("cost", issues);
    c.credits = number("credits", issues);
    let hours = number("hours", issues);
    let rule = f.text("hours_rule", issues);
    let duration_text = f.text("duration", issues);
    if hours.is_some() {
        c.hours = hours;
        c.hours_rule = rule;
    } else if let Some(d) = duration_text {
        match duration::hours_from(&d, Some(NATIVE_DEFAULT)) {
            Some(derived) => {
                c.hours = Some(derived.hours);
                c.hours_rule = Some(derived.rule);
            }
            None => issues.push(Issue::new(
                "duration",
                format!(
                    "cannot derive hours from `{d}` (write e.g. `40 hours`, \
                     `4-6 weeks at 5 hours/week` or `P6W`)"
                ),
            )),
        }
    }
    if let Some(cur) = f.text("currency", issues) {
        match super::currency_code(&cur) {
            Some(code) => c.currency = Some(code),
            None => issues.push(Issue::new(
                "currency",
                format!("unknown currency `{cur}` (expected an ISO 4217 code such as USD)"),
            )),
        }
    }
    macro_rules! parsed {
        ($name:literal, $parse:expr) => {
            f.text($name, issues).and_then(|v| match $parse(&v) {
                Ok(x) => Some(x),
                Err(e) => {
                    issues.push(Issue::new($name, e));
                    None
                }
            })
        };
    }
    c.mode = parsed!("mode", parse_mode);
    c.pace = parsed!("pace", parse_pace);
    c.assessment = parsed!("assessment", parse_assessment);
    c.credit_bearing = parsed!("credit_bearing", parse_bool);
    c.stackable_into = f.list("stackable_into", issues);
    c.prerequisites = f.list("prerequisites", issues);
    c.occupations = f.list("occupations", issues);
    c.keywords = f.list("keywords", issues);
    c
}

// ---------------------------------------------------------------------------------------------
// CSV

struct CsvFields<'a> {
    row: &'a Row,
    cols: &'a HashMap<String, usize>,
}

impl Fields for CsvFields<'_> {
    fn text(&self, name: &str, _: &mut Vec<Issue>) -> Option<String> {
        let v = self.row.get(*self.cols.get(name)?);
        (!v.is_empty()).then(|| v.to_owned())
    }

    fn list(&self, name: &str, _: &mut Vec<Issue>) -> Vec<String> {
        self.cols
            .get(name)
            .map(|&i| split_list(self.row.get(i)))
            .unwrap_or_default()
    }
}

/// Reads a native CSV file (wide or long layout).
pub(crate) fn read_csv(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let Some(mut table) = Table::open(path, Delimiter::Comma, report) else {
        return;
    };
    let source = source_of("native", path);
    let mut cols: HashMap<String, usize> = HashMap::new();
    for (i, h) in table.header().iter().enumerate() {
        let h = h.trim().to_ascii_lowercase();
        if !h.is_empty() {
            cols.entry(h).or_insert(i);
        }
    }
    let mut missing: Vec<&str> = ["id", "title"]
        .into_iter()
        .filter(|c| !cols.contains_key(*c))
        .collect();
    if !cols.contains_key("type") && !cols.contains_key("kind") {
        missing.push("type");
    }
    if !missing.is_empty() {
        report.fail(format!(
            "missing column(s) {}; the header has: {}",
            missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", "),
            table.header().join(" | ")
        ));
        return;
    }
    let long = cols.contains_key("outcome");
    let id_col = cols["id"];
    // Long layout: credentials in order of first appearance, with their outcome rows.
    struct Group {
        line: u64,
        credential: Credential,
        issues: Vec<Issue>,
        /// The first row's credential cells, to spot conflicting later rows.
        cells: Vec<(String, String)>,
        outcomes: usize,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let rows: Vec<Row> = table.rows(report).collect();
    for row in rows {
        let fields = CsvFields {
            row: &row,
            cols: &cols,
        };
        if !long {
            let mut issues = Vec::new();
            let mut c = build(&fields, &source, &mut issues);
            if let Some(&i) = cols.get("outcomes") {
                c.outcomes = outcomes_from_cell("outcomes", row.get(i), &mut issues);
            }
            let result = if issues.is_empty() {
                Ok(c)
            } else {
                Err(issues)
            };
            emit(
                report,
                Record {
                    line: row.line,
                    result,
                    duplicate_is_error: true,
                },
            );
            continue;
        }
        let id = row.get(id_col).to_owned();
        let long_outcome = |n: usize, issues: &mut Vec<Issue>| {
            let cell = |name: &str| cols.get(name).map(|&i| row.get(i)).unwrap_or("");
            if cell("outcome").is_empty() {
                if !(cell("level").is_empty() && cell("assessed").is_empty()) {
                    issues.push(Issue::new(
                        "outcome",
                        "level or assessed without an outcome",
                    ));
                }
                return None;
            }
            outcome_from_parts(
                "outcome",
                n,
                cell("outcome"),
                cell("level"),
                cell("assessed"),
                cell("label"),
                issues,
            )
        };
        match by_id.get(&id).copied() {
            Some(g) if !id.is_empty() => {
                let group = &mut groups[g];
                let mut issues = Vec::new();
                for (name, first) in &group.cells {
                    let v = cols.get(name).map(|&i| row.get(i)).unwrap_or("");
                    if !v.is_empty() && v != first {
                        issues.push(Issue::new(
                            name.as_str(),
                            format!(
                                "conflicting value for `{name}` of `{id}`: `{v}` (line {} has `{first}`)",
                                group.line
                            ),
                        ));
                    }
                }
                if let Some(o) = long_outcome(group.outcomes + 1, &mut issues) {
                    group.outcomes += 1;
                    group.credential.outcomes.push(o);
                }
                group.issues.extend(issues.into_iter().map(|mut i| {
                    i.line = Some(row.line);
                    i
                }));
            }
            _ => {
                let mut issues = Vec::new();
                let mut credential = build(&fields, &source, &mut issues);
                if let Some(&i) = cols.get("outcomes") {
                    credential.outcomes = outcomes_from_cell("outcomes", row.get(i), &mut issues);
                }
                let mut outcomes = credential.outcomes.len();
                if let Some(o) = long_outcome(outcomes + 1, &mut issues) {
                    outcomes += 1;
                    credential.outcomes.push(o);
                }
                let cells = cols
                    .iter()
                    .filter(|(name, _)| {
                        name.as_str() != "id" && !LONG_COLUMNS.contains(&name.as_str())
                    })
                    .map(|(name, &i)| (name.clone(), row.get(i).to_owned()))
                    .collect();
                if id.is_empty() {
                    // Cannot be grouped: report it on its own.
                    emit(
                        report,
                        Record {
                            line: row.line,
                            result: Err(issues),
                            duplicate_is_error: true,
                        },
                    );
                    continue;
                }
                by_id.insert(id, groups.len());
                groups.push(Group {
                    line: row.line,
                    credential,
                    issues,
                    cells,
                    outcomes,
                });
            }
        }
    }
    for g in groups {
        let result = if g.issues.is_empty() {
            Ok(g.credential)
        } else {
            Err(g.issues)
        };
        emit(
            report,
            Record {
                line: g.line,
                result,
                duplicate_is_error: true,
            },
        );
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

struct JsonFields<'a>(&'a serde_json::Map<String, serde_json::Value>);

impl Fields for JsonFields<'_> {
    fn text(&self, name: &str, issues: &mut Vec<Issue>) -> Option<String> {
        use serde_json::Value;
        match self.0.get(name)? {
            Value::Null => None,
            Value::String(s) => {
                let s = s.trim();
                (!s.is_empty()).then(|| s.to_owned())
            }
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => {
                issues.push(Issue::new(
                    name,
                    format!("expected a single value for `{name}`, found a list or object"),
                ));
                None
            }
        }
    }

    fn list(&self, name: &str, issues: &mut Vec<Issue>) -> Vec<String> {
        use serde_json::Value;
        match self.0.get(name) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => split_list(s),
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_owned()),
                        Value::String(_) | Value::Null => {}
                        Value::Number(n) => out.push(n.to_string()),
                        _ => {
                            issues.push(Issue::new(name, format!("`{name}` items must be strings")))
                        }
                    }
                }
                out
            }
            Some(_) => {
                issues.push(Issue::new(
                    name,
                    format!("expected a list of strings for `{name}`"),
                ));
                Vec::new()
            }
        }
    }
}

fn json_scalar(v: Option<&serde_json::Value>) -> Result<String, String> {
    use serde_json::Value;
    match v {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(Value::Bool(b)) => Ok(b.to_string()),
        Some(_) => Err("expected a single value".into()),
    }
}

fn outcomes_from_json(v: Option<&serde_json::Value>, issues: &mut Vec<Issue>) -> Vec<Outcome> {
    use serde_json::Value;
    let items = match v {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::String(s)) => return outcomes_from_cell("outcomes", s, issues),
        Some(Value::Array(items)) => items,
        Some(_) => {
            issues.push(Issue::new("outcomes", "expected a list of outcomes"));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        match item {
            Value::String(s) => {
                let parts: Vec<String> = split_top(s, '|').into_iter().map(unescape).collect();
                let part = |i: usize| parts.get(i).map(String::as_str).unwrap_or("");
                if let Some(o) =
                    outcome_from_parts("outcomes", n, part(0), part(1), part(2), part(3), issues)
                {
                    out.push(o);
                }
            }
            Value::Object(m) => {
                let mut get = |key: &str| match json_scalar(m.get(key)) {
                    Ok(s) => s,
                    Err(e) => {
                        issues.push(Issue::new("outcomes", format!("outcome {n}: `{key}`: {e}")));
                        String::new()
                    }
                };
                let skill = get("skill");
                let skill_ref = get("skill_ref");
                let text = get("text");
                let label = get("label");
                let level = get("level");
                let assessed = get("assessed");
                // `skill` (a reference or text), or the explicit `skill_ref` / `text` pair.
                let (main, label) = if !skill_ref.trim().is_empty() {
                    let t = if text.trim().is_empty() { label } else { text };
                    (skill_ref, t)
                } else if !skill.trim().is_empty() {
                    let t = if text.trim().is_empty() { label } else { text };
                    (skill, t)
                } else {
                    (text, label)
                };
                let label = if main.trim() == label.trim() {
                    String::new()
                } else {
                    label
                };
                if let Some(o) =
                    outcome_from_parts("outcomes", n, &main, &level, &assessed, &label, issues)
                {
                    out.push(o);
                }
            }
            _ => issues.push(Issue::new(
                "outcomes",
                format!("outcome {n} must be an object or a string"),
            )),
        }
    }
    out
}

fn credential_from_json(v: &serde_json::Value, source: &str) -> Result<Credential, Vec<Issue>> {
    let Some(map) = v.as_object() else {
        return Err(vec![Issue::record(
            "expected a JSON object (one credential)",
        )]);
    };
    let mut issues = Vec::new();
    let mut c = build(&JsonFields(map), source, &mut issues);
    c.outcomes = outcomes_from_json(map.get("outcomes"), &mut issues);
    if issues.is_empty() {
        Ok(c)
    } else {
        Err(issues)
    }
}

/// Byte ranges of the elements of a top-level JSON array, or where and why it is broken.
fn array_elements(text: &str) -> Result<Vec<(usize, usize)>, (usize, String)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if bytes.get(i) != Some(&b'[') {
        return Err((i, "expected `[`".into()));
    }
    i += 1;
    let mut out = Vec::new();
    loop {
        skip_ws(&mut i);
        match bytes.get(i) {
            None => return Err((i, "unterminated array (missing `]`)".into())),
            Some(b']') => return Ok(out),
            _ => {}
        }
        let start = i;
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        loop {
            let Some(&b) = bytes.get(i) else {
                return Err((start, "unterminated element or array".into()));
            };
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => break,
                    _ => {}
                }
            }
            i += 1;
        }
        out.push((start, i));
        if bytes[i] == b',' {
            i += 1;
        }
    }
}

/// The last object key before `column` (1-based, in characters) of `line`: the field a JSON
/// syntax error is in.
fn key_before(line: &str, column: usize) -> Option<String> {
    let (mut in_string, mut escaped) = (false, false);
    let mut current = String::new();
    let mut last_string: Option<String> = None;
    let mut key = None;
    for c in line.chars().take(column.saturating_sub(1)) {
        if in_string {
            if escaped {
                escaped = false;
                current.push(c);
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                last_string = Some(std::mem::take(&mut current));
            } else {
                current.push(c);
            }
        } else if c == '"' {
            in_string = true;
        } else if c == ':' {
            key = last_string.take().or(key);
        } else if !c.is_whitespace() {
            last_string = None;
        }
    }
    key
}

/// A JSON syntax error as an issue: its field is the key being written when it happened.
fn syntax_issue(e: &serde_json::Error, text: &str) -> Issue {
    let line = text.lines().nth(e.line().saturating_sub(1)).unwrap_or("");
    Issue {
        line: None,
        field: key_before(line, e.column()),
        message: format!("malformed JSON at column {}: {e}", e.column()),
    }
}

/// Reads a native JSON file: JSON Lines, a JSON array of objects, or one object.
pub(crate) fn read_json(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            report.fail(format!("cannot read: {e}"));
            return;
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let (text, bad_utf8) = match std::str::from_utf8(bytes) {
        Ok(t) => (t, None),
        Err(e) if bytes.trim_ascii_start().starts_with(b"[") => {
            report.fail(format!(
                "not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ));
            return;
        }
        // JSON Lines with a bad line: that line is rejected, the others still load.
        Err(e) => ("", Some(e)),
    };
    let source = source_of("native", path);
    // `chunk` is one record's JSON text, starting on line `line`.
    // `Err` is a record that cannot even be decoded.
    let mut one = |report: &mut FileReport, line: u64, chunk: Result<&str, Issue>| {
        report.rows += 1;
        let (line, result) = match chunk.map(|c| (c, serde_json::from_str::<serde_json::Value>(c)))
        {
            Ok((_, Ok(v))) => (line, credential_from_json(&v, &source)),
            Ok((chunk, Err(e))) => (
                line + e.line().saturating_sub(1) as u64,
                Err(vec![syntax_issue(&e, chunk)]),
            ),
            Err(issue) => (line, Err(vec![issue])),
        };
        emit(
            report,
            Record {
                line,
                result,
                duplicate_is_error: true,
            },
        );
    };
    if bad_utf8.is_some() {
        for (i, l) in bytes.split(|&b| b == b'\n').enumerate() {
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            match std::str::from_utf8(l) {
                Ok(l) if l.trim().is_empty() || l.trim_start().starts_with("//") => {}
                Ok(l) => one(report, i as u64 + 1, Ok(l)),
                Err(e) => {
                    let why = format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1);
                    one(report, i as u64 + 1, Err(Issue::record(why)));
                }
            }
        }
        return;
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        match array_elements(text) {
            Ok(elements) => {
                for (s, e) in elements {
                    one(report, super::line_at(text, s), Ok(&text[s..e]));
                }
            }
            Err((at, why)) => {
                report.rejected += 1;
                report.problems.push(skillgap_core::Problem {
                    line: super::line_at(text, at),
                    field: None,
                    message: format!("malformed JSON array: {why}"),
                });
            }
        }
        return;
    }
    // One (possibly pretty-printed) object, or JSON Lines.
    if let Ok(serde_json::Value::Object(_)) = serde_json::from_str::<serde_json::Value>(text) {
        let start = text.len() - trimmed.len();
        one(report, super::line_at(text, start), Ok(trimmed));
        return;
    }
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() || l.trim_start().starts_with("//") {
            continue;
        }
        one(report, i as u64 + 1, Ok(l));
    }
}

// ---------------------------------------------------------------------------------------------
// Writers

/// Writes credentials in the native CSV (wide) layout, header first. Outcome texts that differ
/// from their skill reference are written as the entry's label, so that reading the file back
/// gives the same credentials (except `source`, which names the file read).
pub fn write_csv<W: Write>(w: W, credentials: &[Credential]) -> std::io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(CSV_COLUMNS)?;
    let list = |v: &[String]| v.iter().map(|x| escape(x)).collect::<Vec<_>>().join("; ");
    let num = |v: Option<f32>| v.map(|x| x.to_string()).unwrap_or_default();
    for c in credentials {
        let record = [
            c.id.clone(),
            c.title.clone(),
            c.provider.clone().unwrap_or_default(),
            c.url.clone().unwrap_or_default(),
            c.description.clone(),
            enum_name(&c.kind),
            num(c.hours),
            c.hours_rule.clone().unwrap_or_default(),
            String::new(),
            num(c.cost),
            c.currency.clone().unwrap_or_default(),
            c.mode.map(|m| enum_name(&m)).unwrap_or_default(),
            c.pace.map(|p| enum_name(&p)).unwrap_or_default(),
            c.credit_bearing.map(|b| b.to_string()).unwrap_or_default(),
            num(c.credits),
            c.assessment.map(|a| enum_name(&a)).unwrap_or_default(),
            c.evidence.clone().unwrap_or_default(),
            c.language.clone().unwrap_or_default(),
            list(&c.stackable_into),
            list(&c.prerequisites),
            list(&c.occupations),
            list(&c.keywords),
            c.outcomes
                .iter()
                .map(outcome_entry)
                .collect::<Vec<_>>()
                .join("; "),
        ];
        out.write_record(&record)?;
    }
    out.flush()
}

/// Writes credentials as native JSON Lines, one object per line.
pub fn write_jsonl<W: Write>(mut w: W, credentials: &[Credential]) -> std::io::Result<()> {
    use serde_json::{json, Map, Value};
    for c in credentials {
        let mut m = Map::new();
        m.insert("id".into(), json!(c.id));
        m.insert("title".into(), json!(c.title));
        m.insert("type".into(), json!(enum_name(&c.kind)));
        let mut opt = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                m.insert(k.into(), v);
            }
        };
        opt("provider", c.provider.as_ref().map(|v| json!(v)));
        opt("url", c.url.as_ref().map(|v| json!(v)));
        opt(
            "description",
            (!c.description.is_empty()).then(|| json!(c.description)),
        );
        opt("hours", c.hours.map(|v| json!(v)));
        opt("hours_rule", c.hours_rule.as_ref().map(|v| json!(v)));
        opt("cost", c.cost.map(|v| json!(v)));
        opt("currency", c.currency.as_ref().map(|v| json!(v)));
        opt("mode", c.mode.map(|v| json!(enum_name(&v))));
        opt("pace", c.pace.map(|v| json!(enum_name(&v))));
        opt("credit_bearing", c.credit_bearing.map(|v| json!(v)));
        opt("credits", c.credits.map(|v| json!(v)));
        opt("assessment", c.assessment.map(|v| json!(enum_name(&v))));
        opt("evidence", c.evidence.as_ref().map(|v| json!(v)));
        opt("language", c.language.as_ref().map(|v| json!(v)));
        for (k, v) in [
            ("stackable_into", &c.stackable_into),
            ("prerequisites", &c.prerequisites),
            ("occupations", &c.occupations),
            ("keywords", &c.keywords),
        ] {
            opt(k, (!v.is_empty()).then(|| json!(v)));
        }
        let outcomes: Vec<Value> = c
            .outcomes
            .iter()
            .map(|o| {
                let mut om = Map::new();
                match &o.skill_ref {
                    Some(r) => {
                        om.insert("skill".into(), json!(r));
                        if o.text != *r {
                            om.insert("text".into(), json!(o.text));
                        }
                    }
                    None => {
                        om.insert("skill".into(), json!(o.text));
                    }
                }
                if let Some(l) = o.level {
                    om.insert("level".into(), json!(l));
                }
                if o.assessed {
                    om.insert("assessed".into(), json!(true));
                }
                Value::Object(om)
            })
            .collect();
        m.insert("outcomes".into(), Value::Array(outcomes));
        serde_json::to_writer(&mut w, &Value::Object(m))?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_cells() {
        let mut issues = Vec::new();
        let o = outcomes_from_cell(
            "outcomes",
            "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742|0.6|assessed; \
             Python|0.5|; build dashboards in Tableau||assessed; tech:tableau|||Tableau \\| dashboards",
            &mut issues,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(o.len(), 4);
        assert_eq!(o[0].skill_id.as_deref(), o[0].skill_ref.as_deref());
        assert_eq!(o[0].method, skillgap_core::MatchMethod::Given);
        assert_eq!(o[0].level, Some(0.6));
        assert!(o[0].assessed);
        assert_eq!(o[1].text, "Python");
        assert_eq!(o[1].skill_ref, None);
        assert_eq!(o[1].method, skillgap_core::MatchMethod::Unresolved);
        assert_eq!(o[1].confidence, 0.0);
        assert!(o[2].assessed && o[2].level.is_none());
        assert_eq!(o[3].text, "Tableau | dashboards");
        assert_eq!(o[3].skill_id.as_deref(), Some("tech:tableau"));
        for o in &o {
            assert_eq!(
                outcomes_from_cell("x", &outcome_entry(o), &mut issues)[0],
                *o
            );
        }

        let mut issues = Vec::new();
        outcomes_from_cell(
            "outcomes",
            "SQL|high|; Excel||maybe; a|b|c|d|e",
            &mut issues,
        );
        assert_eq!(issues.len(), 3, "{issues:?}");
    }

    #[test]
    fn enums_are_forgiving_about_spelling_only() {
        assert_eq!(parse_kind("Nano Degree"), Ok(CredentialType::NanoDegree));
        assert_eq!(
            parse_kind("micro_masters"),
            Ok(CredentialType::MicroMasters)
        );
        assert!(parse_kind("diploma").is_err());
        assert_eq!(parse_mode("In person"), Ok(DeliveryMode::InPerson));
        assert_eq!(parse_pace("Self-Paced"), Ok(Pace::SelfPaced));
        assert_eq!(
            parse_assessment("performance"),
            Ok(AssessmentKind::Performance)
        );
        assert!(parse_assessment("vibes").is_err());
    }

    #[test]
    fn json_arrays_are_split_into_elements() {
        let text = "[\n {\"a\": \"]\\\"[\"},\n {\"b\": [1, 2]} ,\n 3\n]";
        let els = array_elements(text).unwrap();
        let parts: Vec<&str> = els.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(parts, ["{\"a\": \"]\\\"[\"}", "{\"b\": [1, 2]}", "3"]);
        assert!(array_elements("[{\"a\": 1},").is_err());
        assert_eq!(array_elements("[ ]").unwrap(), vec![]);
    }

    #[test]
    fn json_syntax_errors_name_the_field() {
        let line = r#"{"id": "a", "title": "b\": c", "cost": , "x": 1}"#;
        let e = serde_json::from_str::<serde_json::Value>(line).unwrap_err();
        let issue = syntax_issue(&e, line);
        assert_eq!(issue.field.as_deref(), Some("cost"), "{issue:?}");
        assert_eq!(key_before("{\"a\": [1, 2", 12).as_deref(), Some("a"));
    }
}
