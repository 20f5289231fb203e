//! Readers for microcredential outcome maps.
//!
//! A credential (course, badge, certificate, degree …) is read into a
//! [`Credential`](skillgap_core::Credential) with its learning outcomes. Seven input shapes are
//! understood (see [`CredentialFormat`] and `docs/credentials.md`):
//!
//! * the native CSV and JSON / JSON Lines formats, for people and systems that author
//!   credentials for skillgap ([`native`]);
//! * the public catalogue scrapes of Coursera, edX and Udemy ([`coursera`], [`edx`], [`udemy`]);
//! * Open Badges 3.0 (and 2.0 `BadgeClass`) JSON ([`openbadges`]);
//! * Credential Engine CTDL JSON-LD, plain, `@graph` or registry envelopes ([`ctdl`]).
//!
//! The readers do **not** resolve free-text outcomes to taxonomy skills: that is done later by
//! the shared skill extraction of the ingest pipeline. An outcome leaves here as
//! [`MatchMethod::Unresolved`] with confidence 0, except when the source names the skill by an
//! id skillgap understands — an ESCO skill URI, an O\*NET element id (`2.A.1.a`) or an O\*NET
//! technology id (`tech:python`) — which is copied to `skill_id` as [`MatchMethod::Given`] with
//! confidence 1 (the pipeline checks that it exists). Nothing is invented: a value the source
//! does not give stays `None`. Where hours are derived from a duration, the rule used is
//! recorded in `hours_rule` (see [`duration`]).
//!
//! Every reader reports per file: rows read, credentials loaded, rows rejected (with line,
//! field and reason) and rows skipped on purpose (e.g. a duplicate id in a catalogue scrape).

pub mod coursera;
pub mod ctdl;
pub mod duration;
pub mod edx;
pub mod native;
pub mod openbadges;
pub mod udemy;

#[cfg(test)]
mod tests;

pub use native::{write_csv, write_jsonl};

use skillgap_core::{Credential, FileReport, MatchMethod, Outcome, Problem};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// The input shapes [`read_credentials`] understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CredentialFormat {
    /// skillgap's CSV: one row per credential (or one row per outcome, the "long" layout).
    NativeCsv,
    /// skillgap's JSON: JSON Lines, one JSON array, or one object.
    NativeJson,
    /// The Coursera catalogue scrapes (three layouts, told apart by their headers).
    Coursera,
    /// The edX catalogue scrape (`edx_courses.csv`).
    Edx,
    /// The Udemy catalogue scrape (`udemy_courses.csv`).
    Udemy,
    /// Open Badges 3.0 `OpenBadgeCredential` / `Achievement` (and Open Badges 2.0 `BadgeClass`).
    OpenBadges,
    /// Credential Engine CTDL JSON-LD.
    Ctdl,
}

impl CredentialFormat {
    /// All formats, in documentation order.
    pub const ALL: [CredentialFormat; 7] = [
        CredentialFormat::NativeCsv,
        CredentialFormat::NativeJson,
        CredentialFormat::Coursera,
        CredentialFormat::Edx,
        CredentialFormat::Udemy,
        CredentialFormat::OpenBadges,
        CredentialFormat::Ctdl,
    ];

    /// The kebab-case name used on the command line and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialFormat::NativeCsv => "native-csv",
            CredentialFormat::NativeJson => "native-json",
            CredentialFormat::Coursera => "coursera",
            CredentialFormat::Edx => "edx",
            CredentialFormat::Udemy => "udemy",
            CredentialFormat::OpenBadges => "open-badges",
            CredentialFormat::Ctdl => "ctdl",
        }
    }

    /// Parses [`CredentialFormat::as_str`] names (case-insensitive; `_` and `-` alike, and a
    /// few obvious aliases: `csv`, `json`, `jsonl`, `openbadges`, `ob3`).
    pub fn parse(s: &str) -> Option<CredentialFormat> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        Some(match s.as_str() {
            "native-csv" | "csv" => CredentialFormat::NativeCsv,
            "native-json" | "json" | "jsonl" | "native-jsonl" => CredentialFormat::NativeJson,
            "coursera" => CredentialFormat::Coursera,
            "edx" => CredentialFormat::Edx,
            "udemy" => CredentialFormat::Udemy,
            "open-badges" | "openbadges" | "ob" | "ob3" => CredentialFormat::OpenBadges,
            "ctdl" | "credential-engine" => CredentialFormat::Ctdl,
            _ => return None,
        })
    }
}

impl std::fmt::Display for CredentialFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Detects the format from the header row (CSV), the JSON shape (JSON), and failing that the
/// file name. `None` when the file cannot be read or nothing fits.
pub fn detect_format(path: &Path) -> Option<CredentialFormat> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let by_name = || {
        let name = path.to_string_lossy().to_ascii_lowercase();
        if name.contains("coursera") {
            Some(CredentialFormat::Coursera)
        } else if name.contains("edx") {
            Some(CredentialFormat::Edx)
        } else if name.contains("udemy") {
            Some(CredentialFormat::Udemy)
        } else if name.contains("ctdl") || name.contains("registry") {
            Some(CredentialFormat::Ctdl)
        } else if name.contains("openbadge") || name.contains("badge") {
            Some(CredentialFormat::OpenBadges)
        } else {
            None
        }
    };
    match ext.as_str() {
        "csv" => {
            let file = std::fs::File::open(path).ok()?;
            let mut first = String::new();
            BufReader::new(file).read_line(&mut first).ok()?;
            let first = first.trim_start_matches('\u{feff}');
            let header: Vec<String> = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(first.as_bytes())
                .records()
                .next()
                .and_then(|r| r.ok())
                .map(|r| r.iter().map(|f| f.trim().to_ascii_lowercase()).collect())
                .unwrap_or_default();
            classify_header(&header).or_else(by_name)
        }
        "json" | "jsonld" | "jsonl" | "ndjson" => {
            // Lossy: one line with invalid UTF-8 is rejected by the reader, not the whole file.
            let bytes = std::fs::read(path).ok()?;
            let text = String::from_utf8_lossy(&bytes);
            let text = text.trim_start_matches('\u{feff}');
            let shape = match serde_json::from_str::<serde_json::Value>(text) {
                Ok(v) => Some(classify_json(&v)),
                Err(_) => text
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                    .map(|v| classify_json(&v)),
            };
            match shape {
                Some(CredentialFormat::NativeJson) | None => {
                    by_name().or(Some(CredentialFormat::NativeJson))
                }
                other => other,
            }
        }
        _ => None,
    }
}

/// The format a CSV header (lower-cased, trimmed) belongs to.
fn classify_header(header: &[String]) -> Option<CredentialFormat> {
    let has = |name: &str| header.iter().any(|h| h == name);
    if has("course_certificate_type")
        || has("gained skills")
        || (has("partner") && has("certificatetype"))
    {
        Some(CredentialFormat::Coursera)
    } else if has("course_effort") || has("course_length") {
        Some(CredentialFormat::Edx)
    } else if has("content_duration") || (has("course_id") && has("is_paid")) {
        Some(CredentialFormat::Udemy)
    } else if has("id") && has("title") {
        Some(CredentialFormat::NativeCsv)
    } else {
        None
    }
}

/// The format of a parsed JSON document (or of its first element / line).
fn classify_json(v: &serde_json::Value) -> CredentialFormat {
    use serde_json::Value;
    match v {
        Value::Array(items) => items
            .iter()
            .find(|i| i.is_object())
            .map(classify_json)
            .unwrap_or(CredentialFormat::NativeJson),
        Value::Object(map) => {
            let context = map
                .get("@context")
                .map(|c| c.to_string())
                .unwrap_or_default();
            let types = type_names(map.get("@type")).chain(type_names(map.get("type")));
            let types: Vec<&str> = types.collect();
            if map.contains_key("@graph")
                || map.contains_key("decoded_resource")
                || map.contains_key("envelope_type")
                || types.iter().any(|t| t.starts_with("ceterms:"))
                || context.contains("credreg.net")
            {
                CredentialFormat::Ctdl
            } else if map.contains_key("credentialSubject")
                || types.iter().any(|t| {
                    matches!(
                        *t,
                        "OpenBadgeCredential"
                            | "AchievementCredential"
                            | "Achievement"
                            | "BadgeClass"
                            | "Assertion"
                    )
                })
                || context.contains("purl.imsglobal.org/spec/ob")
                || context.contains("w3id.org/openbadges")
            {
                CredentialFormat::OpenBadges
            } else {
                CredentialFormat::NativeJson
            }
        }
        _ => CredentialFormat::NativeJson,
    }
}

/// The strings of a JSON `type` / `@type` value (a string or an array of strings).
pub(crate) fn type_names(v: Option<&serde_json::Value>) -> impl Iterator<Item = &str> {
    let (one, many) = match v {
        Some(serde_json::Value::String(s)) => (Some(s.as_str()), None),
        Some(serde_json::Value::Array(a)) => (None, Some(a.iter().filter_map(|x| x.as_str()))),
        _ => (None, None),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

/// The credential files under `path`: the file itself, or every `.csv`, `.json`, `.jsonl` and
/// `.jsonld` file under a directory, recursively, sorted by path. Hidden files and directories
/// (names starting with `.`) are left out; symbolic links to directories are not followed.
pub fn credential_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let p = entry.path();
            let ft = entry.file_type()?;
            if ft.is_dir() {
                stack.push(p);
            } else if (ft.is_file() || (ft.is_symlink() && p.is_file())) && is_credential_file(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_credential_file(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("csv" | "json" | "jsonl" | "jsonld")
    )
}

/// Reads one file; each good credential goes to `sink`. Problems (with line and field) go to
/// the returned report: invalid records are rejected and the valid ones still load; a record
/// whose id repeats an earlier one is rejected in the native formats and skipped (reason
/// `duplicate id`) in catalogue imports. `format` `None` = [`detect_format`]. Never panics.
pub fn read_credentials(
    path: &Path,
    format: Option<CredentialFormat>,
    sink: &mut dyn FnMut(Credential),
) -> FileReport {
    run(path, format, None, Some(MAX_READ_PROBLEMS), sink)
}

/// Validation for `skillgap credentials validate FILE`: every problem with line and field —
/// missing required fields, negative cost / hours / credits, malformed JSON lines, unknown
/// enumeration values, syntactically invalid ESCO / O\*NET / `tech:` skill references — and,
/// through `known_skill` (a look-up in the index), skill ids that do not exist. `rows` counts
/// the records read, `loaded` the valid ones, `rejected` the invalid ones; unlike
/// [`read_credentials`], all problems are listed (no cap).
pub fn validate_credentials(
    path: &Path,
    format: Option<CredentialFormat>,
    known_skill: &dyn Fn(&str) -> bool,
) -> FileReport {
    run(path, format, Some(known_skill), None, &mut |_| {})
}

/// At most this many problems are listed by [`read_credentials`] (the core cap).
const MAX_READ_PROBLEMS: usize = skillgap_core::report::MAX_PROBLEMS_PER_FILE;

/// A problem with one record, before it goes to the report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Issue {
    /// The line, when it differs from the record's (a later row of a long-layout credential).
    pub line: Option<u64>,
    pub field: Option<String>,
    pub message: String,
}

impl Issue {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Issue {
        Issue {
            line: None,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    pub(crate) fn record(message: impl Into<String>) -> Issue {
        Issue {
            line: None,
            field: None,
            message: message.into(),
        }
    }
}

/// What a reader hands to the driver for each record.
pub(crate) struct Record {
    /// 1-based line where the record starts (0 when unknown).
    pub line: u64,
    pub result: Result<Credential, Vec<Issue>>,
    /// Whether a repeated id is an error (native formats) or an expected quirk (catalogues).
    pub duplicate_is_error: bool,
}

/// The callback through which readers emit records.
pub(crate) type Emit<'a> = dyn FnMut(&mut FileReport, Record) + 'a;

fn run(
    path: &Path,
    format: Option<CredentialFormat>,
    known_skill: Option<&dyn Fn(&str) -> bool>,
    cap: Option<usize>,
    sink: &mut dyn FnMut(Credential),
) -> FileReport {
    let mut report = FileReport::new(path.display().to_string());
    let Some(format) = format.or_else(|| detect_format(path)) else {
        if !path.exists() {
            report.fail("cannot open: the file does not exist");
        } else {
            report.fail(
                "cannot tell the credential format from the name, header or JSON shape; \
                 name it explicitly (native-csv, native-json, coursera, edx, udemy, \
                 open-badges, ctdl)",
            );
        }
        return report;
    };
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut emit = |report: &mut FileReport, record: Record| {
        accept(report, record, &mut seen, known_skill, cap, sink);
    };
    match format {
        CredentialFormat::NativeCsv => native::read_csv(path, &mut report, &mut emit),
        CredentialFormat::NativeJson => native::read_json(path, &mut report, &mut emit),
        CredentialFormat::Coursera => coursera::read(path, &mut report, &mut emit),
        CredentialFormat::Edx => edx::read(path, &mut report, &mut emit),
        CredentialFormat::Udemy => udemy::read(path, &mut report, &mut emit),
        CredentialFormat::OpenBadges => openbadges::read(path, &mut report, &mut emit),
        CredentialFormat::Ctdl => ctdl::read(path, &mut report, &mut emit),
    }
    report
}

fn accept(
    report: &mut FileReport,
    record: Record,
    seen: &mut HashMap<String, u64>,
    known_skill: Option<&dyn Fn(&str) -> bool>,
    cap: Option<usize>,
    sink: &mut dyn FnMut(Credential),
) {
    let credential = match record.result {
        Ok(c) => c,
        Err(issues) => {
            reject(report, record.line, issues, cap);
            return;
        }
    };
    let mut issues = check(&credential);
    if let Some(known) = known_skill {
        issues.extend(unknown_skills(&credential, known));
    }
    if !issues.is_empty() {
        reject(report, record.line, issues, cap);
        return;
    }
    if let Some(first) = seen.get(&credential.id) {
        if record.duplicate_is_error {
            let issue = Issue::new(
                "id",
                format!(
                    "duplicate id `{}` (first used on line {first})",
                    credential.id
                ),
            );
            reject(report, record.line, vec![issue], cap);
        } else {
            report.skip("duplicate id");
        }
        return;
    }
    seen.insert(credential.id.clone(), record.line);
    report.loaded += 1;
    sink(credential);
}

/// Rejects one record, listing all its problems (up to `cap` problems in the file).
fn reject(report: &mut FileReport, line: u64, issues: Vec<Issue>, cap: Option<usize>) {
    report.rejected += 1;
    let issues = if issues.is_empty() {
        vec![Issue::record("invalid record")]
    } else {
        issues
    };
    for issue in issues {
        if cap.is_some_and(|c| report.problems.len() >= c) {
            break;
        }
        report.problems.push(Problem {
            line: issue.line.unwrap_or(line),
            field: issue.field,
            message: issue.message,
        });
    }
}

/// Checks that apply to every credential whatever its source: required fields, non-negative
/// numbers, outcome levels in `0..=1`, and well-formed skill references.
pub(crate) fn check(c: &Credential) -> Vec<Issue> {
    let mut issues = Vec::new();
    if c.id.trim().is_empty() {
        issues.push(Issue::new("id", "missing required field `id`"));
    }
    if c.title.trim().is_empty() {
        issues.push(Issue::new("title", "missing required field `title`"));
    }
    for (field, value) in [("hours", c.hours), ("cost", c.cost), ("credits", c.credits)] {
        if let Some(v) = value {
            if !v.is_finite() {
                issues.push(Issue::new(
                    field,
                    format!("`{field}` is not a finite number"),
                ));
            } else if v < 0.0 {
                issues.push(Issue::new(
                    field,
                    format!("`{field}` must not be negative (found {v})"),
                ));
            }
        }
    }
    for (i, o) in c.outcomes.iter().enumerate() {
        if o.text.trim().is_empty() && o.skill_ref.is_none() {
            issues.push(Issue::new(
                "outcomes",
                format!("outcome {} has neither text nor skill reference", i + 1),
            ));
        }
        if let Some(level) = o.level {
            if !(0.0..=1.0).contains(&level) {
                issues.push(Issue::new(
                    "outcomes",
                    format!(
                        "outcome {} (`{}`): level {level} is outside 0..1",
                        i + 1,
                        o.skill_ref.as_deref().unwrap_or(&o.text)
                    ),
                ));
            }
        }
        if let Some(r) = &o.skill_ref {
            if let Err(e) = classify_ref(r) {
                issues.push(Issue::new(
                    "outcomes",
                    format!("outcome {} (`{r}`): {e}", i + 1),
                ));
            }
        }
    }
    for p in &c.prerequisites {
        if is_skill_reference(p) {
            if let Err(e) = classify_ref(p) {
                issues.push(Issue::new("prerequisites", format!("`{p}`: {e}")));
            }
        }
    }
    issues
}

/// Skill ids (of outcomes and prerequisites) that `known` does not know.
fn unknown_skills(c: &Credential, known: &dyn Fn(&str) -> bool) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (i, o) in c.outcomes.iter().enumerate() {
        if let Some(id) = &o.skill_id {
            if !known(id) {
                issues.push(Issue::new(
                    "outcomes",
                    format!("outcome {}: unknown skill `{id}` (not in the index)", i + 1),
                ));
            }
        }
    }
    for p in &c.prerequisites {
        if let Ok(SkillRef::Esco(id) | SkillRef::Onet(id) | SkillRef::Tech(id)) = classify_ref(p) {
            if !known(&id) {
                issues.push(Issue::new(
                    "prerequisites",
                    format!("unknown skill `{id}` (not in the index)"),
                ));
            }
        }
    }
    issues
}

// ---------------------------------------------------------------------------------------------
// Skill references

/// What a skill reference points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SkillRef {
    /// An ESCO skill, as its canonical `http://data.europa.eu/esco/skill/…` URI.
    Esco(String),
    /// An O\*NET content-model element id such as `2.A.1.a`.
    Onet(String),
    /// An O\*NET technology id such as `tech:microsoft-excel`.
    Tech(String),
    /// Any other reference (a CASE item, a Credential Engine competency, a URL …).
    Other,
}

const ESCO_PREFIX: &str = "data.europa.eu/esco/";
const ESCO_SKILL: &str = "http://data.europa.eu/esco/skill/";

/// Whether `s` is meant as a reference rather than as text: a URL or URN, a `tech:` id, or
/// something shaped like an O\*NET element id (a number, a dot and a capital letter).
pub(crate) fn is_skill_reference(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("urn:")
        || lower.starts_with("tech:")
        || looks_like_onet_id(s)
}

/// A number, a dot and a capital letter: meant as an O\*NET element id.
fn looks_like_onet_id(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && s[digits..].starts_with('.')
        && s[digits + 1..].starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether `s` is a well-formed O\*NET content-model element id: a number, then dot-separated
/// parts that are each one capital letter, a number, or one lower-case letter (`2.A.1.a`,
/// `2.C.10`, `4.A.2.a.4`), with a capital letter second.
pub(crate) fn is_onet_element_id(s: &str) -> bool {
    let mut parts = s.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let second_ok = parts
        .next()
        .is_some_and(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_uppercase());
    first_ok
        && second_ok
        && parts.all(|p| {
            (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                || (p.len() == 1 && p.as_bytes()[0].is_ascii_alphabetic())
        })
}

/// Classifies a skill reference; `Err` says why a reference meant as an ESCO skill URI, an
/// O\*NET element id or a `tech:` id is malformed.
pub(crate) fn classify_ref(r: &str) -> Result<SkillRef, String> {
    let r = r.trim();
    let lower = r.to_ascii_lowercase();
    if let Some(pos) = lower.find(ESCO_PREFIX) {
        let scheme = &lower[..pos];
        if scheme == "http://" || scheme == "https://" {
            let rest = &r[pos + ESCO_PREFIX.len()..];
            let (kind, id) = rest.split_once('/').unwrap_or((rest, ""));
            if kind != "skill" {
                return Err(format!(
                    "an ESCO `{kind}` URI is not a skill (expected {ESCO_SKILL}<id>)"
                ));
            }
            let id = id.trim_end_matches('/');
            if id.is_empty() {
                return Err(format!(
                    "ESCO skill URI without an id (expected {ESCO_SKILL}<id>)"
                ));
            }
            if !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            {
                return Err(format!(
                    "malformed ESCO skill id `{id}` (expected a UUID such as \
                     0005c151-5b5a-4a66-8aac-60e734beb1ab or a group code such as S1.2.3)"
                ));
            }
            return Ok(SkillRef::Esco(format!("{ESCO_SKILL}{id}")));
        }
    }
    if lower.starts_with("tech:") {
        let rest = &r[5..];
        if rest.trim().is_empty() {
            return Err("`tech:` id without a name (expected e.g. tech:microsoft-excel)".into());
        }
        let slug = skillgap_core::tech_skill_id(rest);
        if slug != format!("tech:{rest}") {
            return Err(format!(
                "`{r}` is not an O*NET technology id in slug form (did you mean `{slug}`?)"
            ));
        }
        return Ok(SkillRef::Tech(slug));
    }
    if looks_like_onet_id(r) {
        return if is_onet_element_id(r) {
            Ok(SkillRef::Onet(r.to_owned()))
        } else {
            Err(format!(
                "malformed O*NET element id `{r}` (expected e.g. 2.A.1.a or 2.C.10)"
            ))
        };
    }
    if (lower.starts_with("http://") || lower.starts_with("https://"))
        && (lower.contains("onetonline.org") || lower.contains("onetcenter.org"))
    {
        // An O*NET page of a content-model element: take the id from the last segment.
        let tail = r.rsplit(['/', '#', '=', '-']).next().unwrap_or("");
        if is_onet_element_id(tail) {
            return Ok(SkillRef::Onet(tail.to_owned()));
        }
    }
    Ok(SkillRef::Other)
}

/// Builds an outcome. A reference that names an ESCO skill, an O\*NET element or a `tech:` id
/// becomes the outcome's `skill_id` ([`MatchMethod::Given`], confidence 1); anything else is
/// left for the pipeline ([`MatchMethod::Unresolved`], confidence 0). A malformed reference is
/// kept as written (and reported by [`check`]).
pub(crate) fn outcome(
    text: impl Into<String>,
    skill_ref: Option<String>,
    level: Option<f32>,
    assessed: bool,
) -> Outcome {
    let skill_ref = skill_ref
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    let given = match skill_ref.as_deref().map(classify_ref) {
        Some(Ok(SkillRef::Esco(id) | SkillRef::Onet(id) | SkillRef::Tech(id))) => Some(id),
        _ => None,
    };
    let (method, confidence) = if given.is_some() {
        (MatchMethod::Given, 1.0)
    } else {
        (MatchMethod::Unresolved, 0.0)
    };
    Outcome {
        text: text.into(),
        skill_ref,
        skill_id: given,
        skill_label: None,
        level,
        assessed,
        confidence,
        method,
    }
}

// ---------------------------------------------------------------------------------------------
// Small shared helpers

/// A credential with only the required fields set.
pub(crate) fn blank(
    id: String,
    title: String,
    kind: skillgap_core::CredentialType,
    source: String,
) -> Credential {
    Credential {
        id,
        title,
        provider: None,
        url: None,
        description: String::new(),
        kind,
        hours: None,
        hours_rule: None,
        cost: None,
        currency: None,
        mode: None,
        pace: None,
        credit_bearing: None,
        credits: None,
        assessment: None,
        evidence: None,
        language: None,
        stackable_into: Vec::new(),
        prerequisites: Vec::new(),
        occupations: Vec::new(),
        title_occupations: Vec::new(),
        keywords: Vec::new(),
        source,
        outcomes: Vec::new(),
    }
}

/// `<importer>:<file name>`, the value of [`Credential::source`].
pub(crate) fn source_of(importer: &str, path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    format!("{importer}:{name}")
}

/// Reads a whole file as UTF-8 text without a byte-order mark.
pub(crate) fn read_text(path: &Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_owned(),
        None => text,
    })
}

/// 1-based line of byte `offset` in `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> u64 {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
}

/// A lower-case slug: letters and digits kept (`+` and `#` too, so that C++ and C# stay
/// apart), every other run of characters becomes one `-`.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '+' || c == '#' {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Collapses runs of whitespace (including no-break spaces) to one space and trims.
pub(crate) fn clean_text(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Appends `item` unless an equal one (ignoring case and surrounding space) is already there.
pub(crate) fn push_unique(list: &mut Vec<String>, item: &str) {
    let item = item.trim();
    if !item.is_empty() && !list.iter().any(|x| x.eq_ignore_ascii_case(item)) {
        list.push(item.to_owned());
    }
}

/// The outcome level (0..1) skillgap reads into a provider's course level. The scale places a
/// provider's three steps in the middle of the corresponding O\*NET level bands
/// (beginner ≈ level 2 of 7, intermediate ≈ 4, advanced ≈ 5.5); mixed / all-levels courses get
/// no level.
pub(crate) fn course_level(s: &str) -> Option<f32> {
    let s = s.trim().to_ascii_lowercase();
    let s = s.strip_suffix(" level").unwrap_or(&s);
    match s {
        "beginner" | "introductory" | "introduction" | "basic" | "foundational" => Some(0.3),
        "intermediate" => Some(0.55),
        "advanced" | "expert" => Some(0.8),
        _ => None,
    }
}

/// A currency code from a code or a symbol (`$` → USD, `€` → EUR, `£` → GBP) or a CTDL name
/// (`US Dollar`); `None` when it is none of these.
pub(crate) fn currency_code(s: &str) -> Option<String> {
    let t = s.trim();
    match t {
        "$" | "US$" => return Some("USD".into()),
        "€" => return Some("EUR".into()),
        "£" => return Some("GBP".into()),
        _ => {}
    }
    let lower = t.to_ascii_lowercase();
    let named = match lower.as_str() {
        "us dollar" | "us dollars" | "dollar" | "u.s. dollar" | "united states dollar" => "USD",
        "euro" | "euros" => "EUR",
        "pound sterling" | "british pound" | "pound" | "pounds" => "GBP",
        "canadian dollar" => "CAD",
        "australian dollar" => "AUD",
        _ => "",
    };
    if !named.is_empty() {
        return Some(named.into());
    }
    if t.len() == 3 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    None
}
