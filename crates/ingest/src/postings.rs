//! Job-posting readers: CSV, JSON Lines and schema.org `JobPosting` JSON / JSON-LD.
//!
//! [`read_postings`] streams one file and calls a sink for every posting that has a title or
//! some description text. Problems go to the returned [`FileReport`]: rejected records carry
//! their physical line, the field at fault and the reason. Nothing is held in memory beyond
//! one record (a schema.org *document* is streamed element by element).
//!
//! # Formats
//!
//! * **CSV** (comma, RFC 4180): a UTF-8 byte-order mark, CRLF, quoted fields spanning lines
//!   and ragged rows are accepted. A field that is not valid UTF-8 is decoded as
//!   Windows-1252 (some scraped dumps were saved that way) instead of being rejected.
//! * **JSON Lines**: one object per line. An object whose `@type` is `JobPosting` is read as
//!   schema.org; other objects are read by their (flat) keys. Objects with another `@type`
//!   (e.g. `Organization` nodes) are skipped and counted.
//! * **schema.org JSON / JSON-LD document**: a single `JobPosting`, an array of them, or
//!   `{"@graph": [...]}` (also inside JSON Lines). Fields: `title`, `description` (plus
//!   `responsibilities`, `qualifications`, `skills` when present), `datePosted`,
//!   `hiringOrganization` (`name` or a string), `jobLocation.address.{addressLocality,
//!   addressRegion, addressCountry}` (object or array; `jobLocationType: TELECOMMUTE` adds
//!   "Remote"), `baseSalary` / `estimatedSalary`, `occupationalCategory`
//!   (→ `occupation_code`), `identifier` (string or `{value}`), `url`.
//!
//! Without a mapping the format comes from the extension (`.csv`, `.jsonl`/`.ndjson`); for
//! `.json`/`.jsonld` and unknown extensions from the content: a first line that is a complete
//! JSON object means JSON Lines, a leading `[` or a multi-line object a document.
//!
//! # Columns
//!
//! Without a mapping (or with a mapping that names no column), columns and flat JSON keys are
//! found by name, compared case-insensitively with spaces, `_` and `-` removed, using the
//! candidate lists below (the first candidate present wins):
//!
//! | field | candidates |
//! |---|---|
//! | `id` | id, job_id, control_number, posting_id, job_posting_id, vacancy_id, requisition_id |
//! | `title` | title, job title, position_title, vacancy_title, job_position_title, job_name, position |
//! | `description` | description, job description, full_description, job_description_text, description_text, text, job_text, posting_text, description_html; then **appended**: skills_desc, requirements, qualifications, responsibilities |
//! | `date` | date_posted, date, listed_time, original_listed_time, open_date, date_queried, posted_date, posting_date, publication_date, publish_date, date_created, created_at |
//! | `employer` | company, company name, employer, employer_name, hiring_organization, organization, organisation, department |
//! | `location` | location, location_raw, location_normalized, job_location, city |
//! | `occupation_code` | occupation_code, onet_code, onetsoc_code, onet_soc, soc_code, occupational_category |
//! | `salary` | salary_raw, salary estimate, salary, salary_text, compensation, med_salary |
//! | `salary_min` / `salary_max` | min_salary, salary_min, minimum_salary / max_salary, salary_max, maximum_salary |
//! | `salary_currency` / `salary_unit` | currency, salary_currency / pay_period, salary_unit, salary_period, unit_text |
//! | `url` | url, job_posting_url, usajobs_url, job_url, posting_url, job_link, link |
//!
//! USAJOBS `occupation_series_codes` are deliberately *not* a candidate: OPM series are not
//! SOC codes and need a crosswalk.
//!
//! A CSV without a title and a description column (or a JSON Lines file whose first flat
//! object has neither key) is not a postings file: the report's `fatal` then starts with
//! [`NOT_A_POSTINGS_FILE`], so that callers can treat it as a warning.
//!
//! # Values
//!
//! * Text is cleaned by [`html_to_text`]: HTML entities (named and numeric) are decoded, HTML
//!   tags stripped (block tags become line breaks), entities decoded a second time (for
//!   double-escaped text such as NHS Jobs' `&lt;p&gt;`), whitespace collapsed.
//! * Cells reading `nan`, `null`, `none`, `n/a`, `na`, `-` or `-1` (pandas and Glassdoor
//!   placeholders) count as empty.
//! * Dates become `YYYY-MM-DD` ([`parse_date`]). An unparseable date keeps the posting, leaves
//!   `date` empty and is counted under the skip reason `unparseable date`.
//! * A record with neither a title nor description text is rejected (field `title`).
//! * `id` is the source's id, else `<file stem>:<line>` (`<file stem>:<line>:<n>` for the
//!   n-th posting starting on the same line). `source` is the file name.

use crate::table::{LineTracking, Lines};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use skillgap_core::{FileReport, Posting};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::sync::Arc;

/// How `FileReport::fatal` starts when a file is readable but holds no postings (for example
/// a skill matrix next to the postings it describes).
pub const NOT_A_POSTINGS_FILE: &str = "not a postings file:";

/// The skip reason counted for a posting kept without its unparseable date.
pub const UNPARSEABLE_DATE: &str = "unparseable date";

// ---------------------------------------------------------------------------------------------
// Mapping

/// How to read one posting file.
///
/// Field values name a CSV column or a JSON key (a dotted path such as
/// `hiringOrganization.name` reaches into objects), or are a template with `{column}`
/// placeholders plus `{_stem}`, `{_file}` and `{_line}` (e.g. `"{_stem}:{idx}:{_line}"`;
/// `{{` and `}}` are literal braces). A template whose column placeholders are all empty
/// yields nothing.
///
/// When a mapping names at least one column, only the named columns are read. When it names
/// none, columns are detected from the header as without a mapping, and the mapping's options
/// (`format`, `date_format`, `employer_first_line`, `backslash_escapes`, `html`) still apply.
/// See `data/mappings/README.md`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PostingMapping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<PostingFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Several columns are cleaned separately and joined with a blank line. A single string
    /// is accepted in mapping files.
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub description: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation_code: Option<String>,
    /// Salary as written (text kept verbatim; a bare number is formatted with the currency
    /// and unit below).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How to read ambiguous dates: `auto` (default; `MM/DD/YYYY` unless the first number is
    /// over 12), `mm/dd/yyyy`, `dd/mm/yyyy`, `unix_s`, `unix_ms`, `iso`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    /// Lower and upper salary bounds; when given they win over `salary`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_currency: Option<String>,
    /// Pay period (`HOURLY`, `YEAR`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_unit: Option<String>,
    /// Keep only the first line of the employer (Glassdoor appends the rating on a new line).
    #[serde(default, skip_serializing_if = "is_false")]
    pub employer_first_line: bool,
    /// Decode JSON-style backslash escapes written literally into text (`\n`, `\"`,
    /// `\u2014`), as some scrapes did.
    #[serde(default, skip_serializing_if = "is_false")]
    pub backslash_escapes: bool,
    /// Strip HTML tags (default true). Turn off for text that uses `<ADDRESS>`-style
    /// placeholders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<bool>,
    /// File names (`*` and `?` wildcards, case-insensitive) this mapping applies to, for
    /// [`mapping_for`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<String>,
    /// Free text for people reading the mapping file.
    #[serde(default, alias = "comment", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The shape of a posting file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PostingFormat {
    Csv,
    #[serde(alias = "json-lines", alias = "ndjson")]
    Jsonl,
    #[serde(
        alias = "schemaorg",
        alias = "json-ld",
        alias = "jsonld",
        alias = "json"
    )]
    SchemaOrg,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Option::<OneOrMany>::deserialize(d)? {
        None => Vec::new(),
        Some(OneOrMany::One(s)) => vec![s],
        Some(OneOrMany::Many(v)) => v,
    })
}

impl PostingMapping {
    /// Whether the mapping names any column (else columns are detected from the header).
    pub fn names_columns(&self) -> bool {
        !self.description.is_empty()
            || [
                &self.id,
                &self.title,
                &self.date,
                &self.location,
                &self.employer,
                &self.occupation_code,
                &self.salary,
                &self.url,
                &self.salary_min,
                &self.salary_max,
                &self.salary_currency,
                &self.salary_unit,
            ]
            .iter()
            .any(|f| f.is_some())
    }

    /// Checks templates and the date format.
    fn validate(&self) -> Result<(), String> {
        if let Some(f) = &self.date_format {
            if DateHint::parse(f).is_none() {
                return Err(format!(
                    "unknown date_format `{f}` (expected auto, iso, mm/dd/yyyy, dd/mm/yyyy, \
                     unix_s or unix_ms)"
                ));
            }
        }
        compile(self, true).map(|_| ())
    }
}

/// Loads a mapping file (JSON, see `data/mappings/README.md`).
pub fn load_mapping(path: &Path) -> Result<PostingMapping, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read mapping {}: {e}", path.display()))?;
    let mapping: PostingMapping = serde_json::from_str(&text)
        .map_err(|e| format!("invalid mapping {}: {e}", path.display()))?;
    mapping
        .validate()
        .map_err(|e| format!("invalid mapping {}: {e}", path.display()))?;
    Ok(mapping)
}

/// Finds the shipped mapping for `file` in `mappings_dir` (`data/mappings`).
///
/// First `<mappings_dir>/<file stem>.json`; otherwise the first mapping (in file-name order)
/// whose `files` list matches the file's name (`*`/`?` wildcards, case-insensitive). Mapping
/// files that cannot be loaded are ignored with a warning.
pub fn mapping_for(file: &Path, mappings_dir: &Path) -> Option<PostingMapping> {
    let name = file.file_name()?.to_str()?;
    let stem = file.file_stem()?.to_str()?;
    let direct = mappings_dir.join(format!("{stem}.json"));
    if direct.is_file() {
        match load_mapping(&direct) {
            Ok(m) => return Some(m),
            Err(e) => tracing::warn!("{e}"),
        }
    }
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(mappings_dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                && *p != direct
        })
        .collect();
    candidates.sort();
    for path in candidates {
        // Cheap pre-check before parsing the mapping.
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if !text.contains("\"files\"") {
            continue;
        }
        match load_mapping(&path) {
            Ok(m) if m.files.iter().any(|pattern| wildcard_match(pattern, name)) => return Some(m),
            Ok(_) => {}
            Err(e) => tracing::warn!("{e}"),
        }
    }
    None
}

/// Case-insensitive match with `*` (any run) and `?` (one character).
fn wildcard_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().flat_map(char::to_lowercase).collect();
    let n: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ni));
            pi += 1;
        } else if let Some((sp, sn)) = star {
            pi = sp + 1;
            ni = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Files to read under a path: the file itself, or every `*.csv`, `*.jsonl`, `*.json` and
/// `*.jsonld` file under a directory (recursively, sorted by path; hidden entries skipped).
pub fn posting_files(path: &Path) -> io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut out = Vec::new();
    walk(path, &mut out, 0)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) -> io::Result<()> {
    if depth > 32 {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, out, depth + 1)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["csv", "jsonl", "json", "jsonld"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        }) {
            out.push(path);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Field specifications: a column/key or a template

#[derive(Debug, Clone, PartialEq)]
enum Seg<K> {
    Lit(String),
    Col(K),
    Line,
    Stem,
    File,
}

type Spec<K> = Vec<Seg<K>>;

#[derive(Debug, Clone)]
struct Specs<K> {
    id: Option<Spec<K>>,
    title: Option<Spec<K>>,
    description: Vec<Spec<K>>,
    date: Option<Spec<K>>,
    location: Option<Spec<K>>,
    employer: Option<Spec<K>>,
    occupation_code: Option<Spec<K>>,
    salary: Option<Spec<K>>,
    salary_min: Option<Spec<K>>,
    salary_max: Option<Spec<K>>,
    salary_currency: Option<Spec<K>>,
    salary_unit: Option<Spec<K>>,
    url: Option<Spec<K>>,
}

impl<K> Specs<K> {
    fn has_text(&self) -> bool {
        self.title.is_some() || !self.description.is_empty()
    }

    /// Maps every column reference (e.g. a name to a CSV position).
    fn resolve<K2>(
        &self,
        f: &mut impl FnMut(&K) -> Result<K2, String>,
    ) -> Result<Specs<K2>, String> {
        fn one<K, K2>(
            s: &Option<Spec<K>>,
            f: &mut impl FnMut(&K) -> Result<K2, String>,
        ) -> Result<Option<Spec<K2>>, String> {
            s.as_ref().map(|s| many(s, f)).transpose()
        }
        fn many<K, K2>(
            s: &Spec<K>,
            f: &mut impl FnMut(&K) -> Result<K2, String>,
        ) -> Result<Spec<K2>, String> {
            s.iter()
                .map(|seg| {
                    Ok(match seg {
                        Seg::Lit(l) => Seg::Lit(l.clone()),
                        Seg::Col(k) => Seg::Col(f(k)?),
                        Seg::Line => Seg::Line,
                        Seg::Stem => Seg::Stem,
                        Seg::File => Seg::File,
                    })
                })
                .collect()
        }
        Ok(Specs {
            id: one(&self.id, f)?,
            title: one(&self.title, f)?,
            description: self
                .description
                .iter()
                .map(|s| many(s, f))
                .collect::<Result<_, _>>()?,
            date: one(&self.date, f)?,
            location: one(&self.location, f)?,
            employer: one(&self.employer, f)?,
            occupation_code: one(&self.occupation_code, f)?,
            salary: one(&self.salary, f)?,
            salary_min: one(&self.salary_min, f)?,
            salary_max: one(&self.salary_max, f)?,
            salary_currency: one(&self.salary_currency, f)?,
            salary_unit: one(&self.salary_unit, f)?,
            url: one(&self.url, f)?,
        })
    }

    /// The first column the title (else the description) comes from.
    fn title_key(&self) -> Option<&K> {
        self.title
            .iter()
            .chain(self.description.iter())
            .flat_map(|s| s.iter())
            .find_map(|seg| match seg {
                Seg::Col(k) => Some(k),
                _ => None,
            })
    }
}

/// Parses a mapping value: a plain column name, or a template with `{…}` placeholders.
fn parse_template(s: &str) -> Result<Spec<String>, String> {
    if !s.contains(['{', '}']) {
        return Ok(vec![Seg::Col(s.trim().to_owned())]);
    }
    let mut segs = Vec::new();
    let mut lit = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(ch) => name.push(ch),
                        None => return Err(format!("unclosed `{{` in `{s}`")),
                    }
                }
                if !lit.is_empty() {
                    segs.push(Seg::Lit(std::mem::take(&mut lit)));
                }
                segs.push(match name.trim() {
                    "" => return Err(format!("empty `{{}}` in `{s}`")),
                    "_line" => Seg::Line,
                    "_stem" => Seg::Stem,
                    "_file" => Seg::File,
                    n => Seg::Col(n.to_owned()),
                });
            }
            '}' => return Err(format!("unmatched `}}` in `{s}`")),
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        segs.push(Seg::Lit(lit));
    }
    Ok(segs)
}

/// Turns a mapping into specs. With `strict` false a malformed template is read as a plain
/// column name (mappings built in code are not validated).
fn compile(m: &PostingMapping, strict: bool) -> Result<Specs<String>, String> {
    let parse = |s: &str| match parse_template(s) {
        Ok(spec) => Ok(spec),
        Err(e) if strict => Err(e),
        Err(_) => Ok(vec![Seg::Col(s.to_owned())]),
    };
    let one = |f: &Option<String>| f.as_deref().map(parse).transpose();
    Ok(Specs {
        id: one(&m.id)?,
        title: one(&m.title)?,
        description: m
            .description
            .iter()
            .map(|s| parse(s))
            .collect::<Result<_, _>>()?,
        date: one(&m.date)?,
        location: one(&m.location)?,
        employer: one(&m.employer)?,
        occupation_code: one(&m.occupation_code)?,
        salary: one(&m.salary)?,
        salary_min: one(&m.salary_min)?,
        salary_max: one(&m.salary_max)?,
        salary_currency: one(&m.salary_currency)?,
        salary_unit: one(&m.salary_unit)?,
        url: one(&m.url)?,
    })
}

/// Header/key names compared by [`normalise_name`].
const C_ID: &[&str] = &[
    "id",
    "jobid",
    "controlnumber",
    "postingid",
    "jobpostingid",
    "vacancyid",
    "requisitionid",
];
const C_TITLE: &[&str] = &[
    "title",
    "jobtitle",
    "positiontitle",
    "vacancytitle",
    "jobpositiontitle",
    "jobname",
    "position",
];
const C_DESCRIPTION: &[&str] = &[
    "description",
    "jobdescription",
    "fulldescription",
    "jobdescriptiontext",
    "descriptiontext",
    "text",
    "jobtext",
    "postingtext",
    "descriptionhtml",
];
const C_DESCRIPTION_EXTRA: &[&str] = &[
    "skillsdesc",
    "requirements",
    "qualifications",
    "responsibilities",
];
const C_DATE: &[&str] = &[
    "dateposted",
    "date",
    "listedtime",
    "originallistedtime",
    "opendate",
    "datequeried",
    "posteddate",
    "postingdate",
    "publicationdate",
    "publishdate",
    "datecreated",
    "createdat",
];
const C_EMPLOYER: &[&str] = &[
    "company",
    "companyname",
    "employer",
    "employername",
    "hiringorganization",
    "organization",
    "organisation",
    "department",
];
const C_LOCATION: &[&str] = &[
    "location",
    "locationraw",
    "locationnormalized",
    "joblocation",
    "city",
];
const C_OCCUPATION: &[&str] = &[
    "occupationcode",
    "onetcode",
    "onetsoccode",
    "onetsoc",
    "soccode",
    "occupationalcategory",
];
const C_SALARY: &[&str] = &[
    "salaryraw",
    "salaryestimate",
    "salary",
    "salarytext",
    "compensation",
    "medsalary",
];
const C_SALARY_MIN: &[&str] = &["minsalary", "salarymin", "minimumsalary"];
const C_SALARY_MAX: &[&str] = &["maxsalary", "salarymax", "maximumsalary"];
const C_CURRENCY: &[&str] = &["currency", "salarycurrency"];
const C_UNIT: &[&str] = &["payperiod", "salaryunit", "salaryperiod", "unittext"];
const C_URL: &[&str] = &[
    "url",
    "jobpostingurl",
    "usajobsurl",
    "joburl",
    "postingurl",
    "joblink",
    "link",
];

/// Lower case, with everything but letters and digits removed: `Job Title` → `jobtitle`.
fn normalise_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Picks columns from `(normalised name, key)` pairs by the candidate lists.
fn auto_specs<K: Clone>(names: &[(String, K)]) -> Specs<K> {
    let pick = |cands: &[&str]| {
        cands.iter().find_map(|c| {
            names
                .iter()
                .find(|(n, _)| n == c)
                .map(|(_, k)| vec![Seg::Col(k.clone())])
        })
    };
    let mut description: Vec<Spec<K>> = pick(C_DESCRIPTION).into_iter().collect();
    for extra in C_DESCRIPTION_EXTRA {
        if let Some((_, k)) = names.iter().find(|(n, _)| n == extra) {
            description.push(vec![Seg::Col(k.clone())]);
        }
    }
    Specs {
        id: pick(C_ID),
        title: pick(C_TITLE),
        description,
        date: pick(C_DATE),
        location: pick(C_LOCATION),
        employer: pick(C_EMPLOYER),
        occupation_code: pick(C_OCCUPATION),
        salary: pick(C_SALARY),
        salary_min: pick(C_SALARY_MIN),
        salary_max: pick(C_SALARY_MAX),
        salary_currency: pick(C_CURRENCY),
        salary_unit: pick(C_UNIT),
        url: pick(C_URL),
    }
}

/// Where a record comes from, for templates and default ids.
struct Env<'e> {
    line: u64,
    stem: &'e str,
    file: &'e str,
}

/// Placeholder values that mean "no value".
fn is_missing(v: &str) -> bool {
    let v = v.trim();
    v.is_empty()
        || ["nan", "null", "none", "n/a", "na", "-", "-1"]
            .iter()
            .any(|m| v.eq_ignore_ascii_case(m))
}

fn render<'r, K>(
    spec: &Spec<K>,
    get: &impl Fn(&K) -> Option<Cow<'r, str>>,
    env: &Env,
) -> Option<String> {
    if let [Seg::Col(k)] = spec.as_slice() {
        return get(k)
            .filter(|v| !is_missing(v))
            .map(|v| v.trim().to_owned());
    }
    let mut out = String::new();
    let (mut cols, mut values) = (0, 0);
    for seg in spec {
        match seg {
            Seg::Lit(l) => out.push_str(l),
            Seg::Col(k) => {
                cols += 1;
                if let Some(v) = get(k).filter(|v| !is_missing(v)) {
                    values += 1;
                    out.push_str(v.trim());
                }
            }
            Seg::Line => {
                let _ = write!(out, "{}", env.line);
            }
            Seg::Stem => out.push_str(env.stem),
            Seg::File => out.push_str(env.file),
        }
    }
    (cols == 0 || values > 0).then_some(out)
}

/// A record's values before cleaning.
#[derive(Debug, Default)]
struct Raw {
    id: Option<String>,
    title: Option<String>,
    description: Vec<String>,
    date: Option<String>,
    location: Option<String>,
    employer: Option<String>,
    occupation_code: Option<String>,
    salary: Option<String>,
    url: Option<String>,
}

fn extract<'r, K>(s: &Specs<K>, get: impl Fn(&K) -> Option<Cow<'r, str>>, env: &Env) -> Raw {
    let r = |spec: &Option<Spec<K>>| spec.as_ref().and_then(|sp| render(sp, &get, env));
    let salary = format_salary(
        r(&s.salary).as_deref(),
        r(&s.salary_min).as_deref(),
        r(&s.salary_max).as_deref(),
        r(&s.salary_currency).as_deref(),
        r(&s.salary_unit).as_deref(),
    );
    Raw {
        id: r(&s.id),
        title: r(&s.title),
        description: s
            .description
            .iter()
            .filter_map(|sp| render(sp, &get, env))
            .collect(),
        date: r(&s.date),
        location: r(&s.location),
        employer: r(&s.employer),
        occupation_code: r(&s.occupation_code),
        salary,
        url: r(&s.url),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

#[derive(Debug, Clone, Copy)]
struct Opts {
    date: DateHint,
    employer_first_line: bool,
    backslash: bool,
    html: bool,
}

impl Opts {
    fn from_mapping(m: Option<&PostingMapping>) -> Opts {
        Opts {
            date: m
                .and_then(|m| m.date_format.as_deref())
                .and_then(DateHint::parse)
                .unwrap_or(DateHint::Auto),
            employer_first_line: m.is_some_and(|m| m.employer_first_line),
            backslash: m.is_some_and(|m| m.backslash_escapes),
            html: m.and_then(|m| m.html).unwrap_or(true),
        }
    }
}

/// Streams postings from `path` (a file), calling `sink` for each good posting.
///
/// Problems go to the returned report: `rows` records read, `loaded` postings passed to the
/// sink, `rejected` with line, field and reason, `skipped` with reasons (a posting kept
/// without its unparseable date counts under [`UNPARSEABLE_DATE`]). `mapping` `None` detects
/// the format and columns (see the module documentation). A file that holds no postings gets
/// a `fatal` starting with [`NOT_A_POSTINGS_FILE`]. Never panics; memory use is bounded by
/// the largest record.
pub fn read_postings(
    path: &Path,
    mapping: Option<&PostingMapping>,
    sink: &mut dyn FnMut(Posting),
) -> FileReport {
    read_postings_counted(path, mapping, sink, &Arc::new(AtomicU64::new(0)))
}

/// [`read_postings`], adding the bytes read from the file to `bytes` as it goes (for progress
/// and an ETA against the file's size).
pub fn read_postings_counted(
    path: &Path,
    mapping: Option<&PostingMapping>,
    sink: &mut dyn FnMut(Posting),
    bytes: &Arc<AtomicU64>,
) -> FileReport {
    let mut report = FileReport::new(path.display().to_string());
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_file(path, mapping, sink, &mut report, bytes)
    }));
    if outcome.is_err() {
        report.fail(
            "internal error while reading this file (a bug in skillgap); postings read before \
             it were kept",
        );
    }
    report
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Csv,
    Lines,
    Document,
}

const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

fn detect(path: &Path, format: Option<PostingFormat>) -> io::Result<Kind> {
    match format {
        Some(PostingFormat::Csv) => return Ok(Kind::Csv),
        Some(PostingFormat::Jsonl) => return Ok(Kind::Lines),
        _ => {}
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if format.is_none() && matches!(ext.as_str(), "csv" | "txt") {
        return Ok(Kind::Csv);
    }
    if matches!(ext.as_str(), "jsonl" | "ndjson") {
        return Ok(Kind::Lines);
    }
    let mut reader = BufReader::new(File::open(path)?);
    let mut first = Vec::new();
    loop {
        first.clear();
        if reader.read_until(b'\n', &mut first)? == 0 {
            break;
        }
        if !strip_bom(&first).trim_ascii().is_empty() {
            break;
        }
    }
    let t = strip_bom(&first).trim_ascii();
    Ok(match t.first() {
        Some(b'[') => Kind::Document,
        Some(b'{') => {
            if serde_json::from_slice::<de::IgnoredAny>(t).is_ok() {
                Kind::Lines
            } else {
                Kind::Document
            }
        }
        _ if format == Some(PostingFormat::SchemaOrg) => Kind::Document,
        _ => Kind::Csv,
    })
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(BOM).unwrap_or(b)
}

/// A reader that adds the bytes it reads to a shared counter.
struct Counted<R> {
    inner: R,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.fetch_add(n as u64, AtomicOrdering::Relaxed);
        Ok(n)
    }
}

fn open_counted(path: &Path, bytes: &Arc<AtomicU64>) -> io::Result<Counted<File>> {
    Ok(Counted {
        inner: File::open(path)?,
        bytes: Arc::clone(bytes),
    })
}

fn read_file(
    path: &Path,
    mapping: Option<&PostingMapping>,
    sink: &mut dyn FnMut(Posting),
    report: &mut FileReport,
    bytes: &Arc<AtomicU64>,
) {
    match std::fs::metadata(path) {
        Err(e) => return report.fail(format!("cannot open: {e}")),
        Ok(m) if m.is_dir() => {
            return report.fail("is a directory (list its files with posting_files)")
        }
        Ok(_) => {}
    }
    let kind = match detect(path, mapping.and_then(|m| m.format)) {
        Ok(k) => k,
        Err(e) => return report.fail(format!("cannot read: {e}")),
    };
    let explicit = mapping.filter(|m| m.names_columns());
    let specs = match explicit.map(|m| compile(m, false)).transpose() {
        Ok(s) => s,
        Err(e) => return report.fail(format!("invalid mapping: {e}")),
    };
    if let Some(s) = &specs {
        if !s.has_text() {
            return report.fail(
                "the mapping names neither a `title` nor a `description` column; a posting \
                 needs one of them",
            );
        }
    }
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut ctx = Ctx {
        report,
        sink,
        file,
        stem,
        opts: Opts::from_mapping(mapping),
        schema_only: mapping.and_then(|m| m.format) == Some(PostingFormat::SchemaOrg),
        json_specs: None,
        title_field: "title".to_owned(),
        flat_checked: false,
        stop: false,
        last_line: 0,
        same_line: 0,
        bytes: Arc::clone(bytes),
    };
    match kind {
        Kind::Csv => read_csv(path, specs, &mut ctx),
        Kind::Lines => {
            ctx.json_specs = specs;
            read_lines(path, &mut ctx)
        }
        Kind::Document => {
            ctx.json_specs = specs;
            read_document(path, &mut ctx)
        }
    }
}

/// State shared by the readers.
struct Ctx<'a, 's> {
    report: &'a mut FileReport,
    sink: &'a mut (dyn FnMut(Posting) + 's),
    file: String,
    stem: String,
    opts: Opts,
    /// Read every JSON object as schema.org (mapping `format: schema-org`).
    schema_only: bool,
    /// The mapping's keys for JSON records (None: schema.org or detected keys).
    json_specs: Option<Specs<String>>,
    /// Reported as the field of a record without title and description.
    title_field: String,
    /// Whether the first flat JSON object was checked for postings keys.
    flat_checked: bool,
    /// Stop reading (the file turned out not to be a postings file).
    stop: bool,
    last_line: u64,
    same_line: u32,
    /// Bytes read so far (progress).
    bytes: Arc<AtomicU64>,
}

impl Ctx<'_, '_> {
    fn env(&self, line: u64) -> Env<'_> {
        Env {
            line,
            stem: &self.stem,
            file: &self.file,
        }
    }

    fn emit(&mut self, raw: Raw, line: u64) {
        let ordinal = if line == self.last_line {
            self.same_line += 1;
            self.same_line
        } else {
            self.last_line = line;
            self.same_line = 0;
            0
        };
        let o = self.opts;
        let title = raw
            .title
            .as_deref()
            .map(|t| clean(t, o, false))
            .unwrap_or_default();
        let mut parts: Vec<String> = Vec::with_capacity(raw.description.len());
        for d in &raw.description {
            let c = clean(d, o, true);
            if !c.is_empty() && !parts.contains(&c) {
                parts.push(c);
            }
        }
        let description = if parts.len() == 1 {
            parts.pop().unwrap_or_default()
        } else {
            parts.join("\n\n")
        };
        if title.is_empty() && description.is_empty() {
            let field = self.title_field.clone();
            self.report
                .reject(line, Some(&field), "neither a title nor description text");
            return;
        }
        let date = match raw.date.as_deref().filter(|d| !is_missing(d)) {
            None => None,
            Some(d) => {
                let parsed = parse_date_hint(d, o.date);
                if parsed.is_none() {
                    self.report.skip(UNPARSEABLE_DATE);
                }
                parsed
            }
        };
        let employer = raw.employer.as_deref().map(|e| {
            if o.employer_first_line {
                e.lines().find(|l| !l.trim().is_empty()).unwrap_or("")
            } else {
                e
            }
        });
        let line_field = |v: Option<&str>| {
            v.map(|v| clean(v, o, false))
                .filter(|v| !v.is_empty() && !is_missing(v))
        };
        let id = match raw.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => id.to_owned(),
            None if ordinal == 0 => format!("{}:{line}", self.stem),
            None => format!("{}:{line}:{}", self.stem, ordinal + 1),
        };
        let posting = Posting {
            id,
            source: self.file.clone(),
            title,
            description,
            date,
            location: line_field(raw.location.as_deref()),
            employer: line_field(employer),
            occupation_code: line_field(raw.occupation_code.as_deref()),
            salary: line_field(raw.salary.as_deref()),
            url: raw
                .url
                .as_deref()
                .map(|u| decode_entities(u.trim()).into_owned())
                .filter(|u| !u.is_empty()),
            ..Default::default()
        };
        (self.sink)(posting);
        self.report.loaded += 1;
    }

    /// A parsed JSON value: an object, an array of them, or `{"@graph": [...]}`.
    fn handle_value(&mut self, v: Value, line: u64) {
        match v {
            Value::Object(mut o) => match o.remove("@graph") {
                Some(graph) => self.handle_value(graph, line),
                None => self.handle_object(o, line),
            },
            Value::Array(items) => {
                for item in items {
                    self.handle_value(item, line);
                    if self.stop {
                        return;
                    }
                }
            }
            _ => {
                self.report.rows += 1;
                self.report
                    .reject(line, None, "expected a JSON object (a job posting)");
            }
        }
    }

    fn handle_object(&mut self, o: Map<String, Value>, line: u64) {
        self.report.rows += 1;
        let (typed, posting) = match o.get("@type") {
            None => (false, false),
            Some(t) => (true, type_is_job_posting(t)),
        };
        if typed && !posting {
            self.report.skip("not a JobPosting object");
            return;
        }
        let raw = if let Some(specs) = self.json_specs.as_ref() {
            extract(
                specs,
                |k: &String| lookup(&o, k).and_then(|v| json_text(v, " ")),
                &self.env(line),
            )
        } else if posting || self.schema_only {
            schema_org(&o)
        } else {
            let names: Vec<(String, String)> =
                o.keys().map(|k| (normalise_name(k), k.clone())).collect();
            let specs = auto_specs(&names);
            if !self.flat_checked {
                self.flat_checked = true;
                if !specs.has_text() {
                    self.report.rows -= 1;
                    self.report.fail(format!(
                        "{NOT_A_POSTINGS_FILE} the first record (line {line}) has no title or \
                         description key (keys: {}); give a mapping (--postings-mapping FILE) \
                         that names them",
                        summary(o.keys().map(String::as_str))
                    ));
                    self.stop = true;
                    return;
                }
            }
            extract(
                &specs,
                |k: &String| o.get(k).and_then(|v| json_text(v, " ")),
                &self.env(line),
            )
        };
        self.emit(raw, line);
    }
}

fn summary<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    let shown: Vec<String> = names.iter().take(12).map(|n| format!("`{n}`")).collect();
    if names.len() > 12 {
        format!("{}, … ({} in all)", shown.join(", "), names.len())
    } else {
        shown.join(", ")
    }
}

fn type_is_job_posting(t: &Value) -> bool {
    match t {
        Value::String(s) => s.ends_with("JobPosting"),
        Value::Array(a) => a.iter().any(type_is_job_posting),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// A comma-separated file read record by record, like [`crate::table::Table`] but decoding
/// invalid UTF-8 as Windows-1252 instead of rejecting the row.
struct CsvSource {
    reader: csv::Reader<Box<dyn Read>>,
    header: Vec<String>,
    lines: Lines,
    record: csv::ByteRecord,
}

impl CsvSource {
    fn open(path: &Path, report: &mut FileReport, bytes: &Arc<AtomicU64>) -> Option<CsvSource> {
        let file = match open_counted(path, bytes) {
            Ok(f) => f,
            Err(e) => {
                report.fail(format!("cannot open: {e}"));
                return None;
            }
        };
        let mut buffered = BufReader::with_capacity(1 << 16, file);
        let skip = match buffered.fill_buf() {
            Ok(buf) if buf.starts_with(BOM) => 3,
            Ok(_) => 0,
            Err(e) => {
                report.fail(format!("cannot read: {e}"));
                return None;
            }
        };
        buffered.consume(skip);
        let (source, lines) = LineTracking::new(buffered);
        let source: Box<dyn Read> = Box::new(source);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(source);
        let header: Vec<String> = match reader.byte_headers() {
            Ok(h) => h
                .iter()
                .map(|f| decode_bytes(f).trim().to_owned())
                .collect(),
            Err(e) => {
                report.fail(format!("cannot read the header: {e}"));
                return None;
            }
        };
        if header.iter().all(|h| h.is_empty()) {
            report.fail("the file is empty (no header row)");
            return None;
        }
        Some(CsvSource {
            reader,
            header,
            lines,
            record: csv::ByteRecord::new(),
        })
    }

    /// The next record's first line and fields (counted in `report.rows`).
    fn next_row(&mut self, report: &mut FileReport) -> Option<(u64, Vec<String>)> {
        loop {
            let fallback = self.reader.position().byte();
            match self.reader.read_byte_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) => {
                    let line = self
                        .lines
                        .line_at(self.record.position().map_or(fallback, |p| p.byte()));
                    if self.record.len() == 1 && self.record.get(0).is_some_and(<[u8]>::is_empty) {
                        continue;
                    }
                    report.rows += 1;
                    let fields = self
                        .record
                        .iter()
                        .map(|f| {
                            let f = f.strip_suffix(b"\r").unwrap_or(f);
                            decode_bytes(f).into_owned()
                        })
                        .collect();
                    return Some((line, fields));
                }
                Err(e) => {
                    report.rows += 1;
                    let line = self
                        .lines
                        .line_at(e.position().map_or(fallback, |p| p.byte()));
                    report.reject(line, None, format!("unreadable record: {e}"));
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        return None;
                    }
                }
            }
        }
    }
}

fn find_column(header: &[String], name: &str) -> Option<usize> {
    let name = name.trim();
    header
        .iter()
        .position(|h| h.eq_ignore_ascii_case(name))
        .or_else(|| {
            let n = normalise_name(name);
            (!n.is_empty())
                .then(|| header.iter().position(|h| normalise_name(h) == n))
                .flatten()
        })
}

fn read_csv(path: &Path, explicit: Option<Specs<String>>, ctx: &mut Ctx) {
    let Some(mut csv) = CsvSource::open(path, ctx.report, &ctx.bytes) else {
        return;
    };
    let header = csv.header.clone();
    let specs: Specs<usize> = match explicit {
        Some(s) => {
            let resolved = s.resolve(&mut |name: &String| {
                find_column(&header, name).ok_or_else(|| {
                    format!(
                        "the mapping names column `{name}`, which the header lacks (header: {})",
                        summary(header.iter().map(String::as_str))
                    )
                })
            });
            match resolved {
                Ok(s) => s,
                Err(e) => return ctx.report.fail(e),
            }
        }
        None => {
            let names: Vec<(String, usize)> = header
                .iter()
                .enumerate()
                .map(|(i, h)| (normalise_name(h), i))
                .collect();
            auto_specs(&names)
        }
    };
    if !specs.has_text() {
        return ctx.report.fail(format!(
            "{NOT_A_POSTINGS_FILE} no title or description column (header: {}); give a \
             mapping (--postings-mapping FILE) that names them",
            summary(header.iter().map(String::as_str))
        ));
    }
    if let Some(&i) = specs.title_key() {
        ctx.title_field = header.get(i).cloned().unwrap_or_else(|| "title".into());
    }
    while let Some((line, fields)) = csv.next_row(ctx.report) {
        let raw = extract(
            &specs,
            |i: &usize| fields.get(*i).map(|s| Cow::Borrowed(s.as_str())),
            &ctx.env(line),
        );
        ctx.emit(raw, line);
    }
}

// ---------------------------------------------------------------------------------------------
// JSON Lines and documents

fn read_lines(path: &Path, ctx: &mut Ctx) {
    let file = match open_counted(path, &ctx.bytes) {
        Ok(f) => f,
        Err(e) => return ctx.report.fail(format!("cannot open: {e}")),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut buf = Vec::with_capacity(1 << 14);
    let mut line = 0u64;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => line += 1,
            Err(e) => {
                ctx.report.rows += 1;
                ctx.report
                    .reject(line + 1, None, format!("cannot read the line: {e}"));
                break;
            }
        }
        let bytes = if line == 1 { strip_bom(&buf) } else { &buf };
        let text = decode_bytes(bytes);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(v) => ctx.handle_value(v, line),
            Err(e) => {
                ctx.report.rows += 1;
                ctx.report.reject(line, None, json_error(&e, false));
            }
        }
        if ctx.stop {
            break;
        }
    }
}

fn json_error(e: &serde_json::Error, with_line: bool) -> String {
    let msg = e.to_string();
    let msg = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    if with_line {
        format!(
            "invalid JSON at line {} column {}: {msg}",
            e.line(),
            e.column()
        )
    } else {
        format!("invalid JSON at column {}: {msg}", e.column())
    }
}

/// Line tracking for a streamed JSON document: the line of the next byte that is not
/// whitespace or a comma once `pending` is set (the start of the next array element).
#[derive(Debug, Clone, Copy)]
struct Tracker {
    line: u64,
    pending: bool,
    start: u64,
}

struct TrackRead<R> {
    inner: R,
    track: Rc<Cell<Tracker>>,
}

impl<R: Read> Read for TrackRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut t = self.track.get();
        for &b in &buf[..n] {
            if t.pending && !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b',') {
                t.start = t.line;
                t.pending = false;
            }
            if b == b'\n' {
                t.line += 1;
            }
        }
        self.track.set(t);
        Ok(n)
    }
}

/// Streams a JSON document: the elements of a top-level array or of `@graph` are parsed and
/// handed over one at a time.
struct DocSeed<'c, 'a, 's> {
    ctx: &'c mut Ctx<'a, 's>,
    track: &'c Rc<Cell<Tracker>>,
}

impl DocSeed<'_, '_, '_> {
    fn mark(&self) {
        let mut t = self.track.get();
        t.pending = true;
        self.track.set(t);
    }
}

impl<'de> DeserializeSeed<'de> for DocSeed<'_, '_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.mark();
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DocSeed<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JobPosting object, an array of them, or an object with @graph")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            self.mark();
            let Some(v) = seq.next_element::<Value>()? else {
                return Ok(());
            };
            let line = self.track.get().start;
            self.ctx.handle_value(v, line);
            if self.ctx.stop {
                return Err(de::Error::custom("stopped"));
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let line = self.track.get().start;
        let DocSeed { ctx, track } = self;
        let mut obj = Map::new();
        let mut graph = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "@graph" {
                map.next_value_seed(DocSeed {
                    ctx: &mut *ctx,
                    track,
                })?;
                graph = true;
            } else {
                let v: Value = map.next_value()?;
                obj.insert(key, v);
            }
        }
        if !graph {
            ctx.handle_value(Value::Object(obj), line);
        }
        Ok(())
    }
}

fn read_document(path: &Path, ctx: &mut Ctx) {
    let file = match open_counted(path, &ctx.bytes) {
        Ok(f) => f,
        Err(e) => return ctx.report.fail(format!("cannot open: {e}")),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    if reader.fill_buf().is_ok_and(|b| b.starts_with(BOM)) {
        reader.consume(BOM.len());
    }
    let track = Rc::new(Cell::new(Tracker {
        line: 1,
        pending: true,
        start: 1,
    }));
    let mut de = serde_json::Deserializer::from_reader(TrackRead {
        inner: reader,
        track: Rc::clone(&track),
    });
    let result = DocSeed {
        ctx: &mut *ctx,
        track: &track,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end());
    if ctx.stop {
        return;
    }
    if let Err(e) = result {
        ctx.report.rows += 1;
        if ctx.report.loaded == 0 {
            ctx.report.fail(json_error(&e, true));
        } else {
            ctx.report.reject(
                e.line() as u64,
                None,
                format!(
                    "{}; the rest of the file was not read",
                    json_error(&e, false)
                ),
            );
        }
    }
}

/// A key or dotted path (`hiringOrganization.name`); arrays on the way yield their first
/// element. Keys match exactly, else case-insensitively.
fn lookup<'v>(o: &'v Map<String, Value>, path: &str) -> Option<&'v Value> {
    fn get<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
        o.get(key).or_else(|| {
            o.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }
    if let Some(v) = get(o, path) {
        return Some(v);
    }
    if !path.contains('.') {
        return None;
    }
    let mut cur: &Value = &Value::Null;
    for (i, part) in path.split('.').enumerate() {
        let obj = if i == 0 {
            o
        } else {
            match first(cur) {
                Value::Object(m) => m,
                _ => return None,
            }
        };
        cur = get(obj, part)?;
    }
    Some(cur)
}

/// The first element of an array, or the value itself.
fn first(v: &Value) -> &Value {
    match v {
        Value::Array(a) => a.first().unwrap_or(&Value::Null),
        v => v,
    }
}

/// A JSON value as text: strings as they are, numbers and booleans printed, arrays joined
/// with `sep`, objects by their `name`, `@value`, `value`, `codeValue` or `text`.
fn json_text<'v>(v: &'v Value, sep: &str) -> Option<Cow<'v, str>> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(Cow::Borrowed(s.as_str())),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Owned(b.to_string())),
        Value::Array(items) => {
            let parts: Vec<Cow<str>> = items
                .iter()
                .filter_map(|x| json_text(x, sep))
                .filter(|t| !t.trim().is_empty())
                .collect();
            (!parts.is_empty()).then(|| Cow::Owned(parts.join(sep)))
        }
        Value::Object(o) => ["name", "@value", "value", "codeValue", "text"]
            .iter()
            .find_map(|k| o.get(*k).and_then(|x| json_text(x, sep))),
    }
}

fn text_of(o: &Map<String, Value>, key: &str) -> Option<String> {
    o.get(key)
        .and_then(|v| json_text(v, ", "))
        .map(Cow::into_owned)
        .filter(|s| !is_missing(s))
}

/// Reads a schema.org `JobPosting`.
fn schema_org(o: &Map<String, Value>) -> Raw {
    let id = o.get("identifier").and_then(|v| match first(v) {
        Value::Object(m) => ["value", "@value", "name", "@id"]
            .iter()
            .find_map(|k| m.get(*k).and_then(|x| json_text(x, " "))),
        v => json_text(v, " "),
    });
    let title = text_of(o, "title").or_else(|| text_of(o, "name"));
    let description = [
        "description",
        "responsibilities",
        "qualifications",
        "skills",
    ]
    .iter()
    .filter_map(|k| text_of(o, k))
    .collect();
    let employer = o.get("hiringOrganization").and_then(|v| match first(v) {
        Value::Object(m) => m
            .get("name")
            .or_else(|| m.get("legalName"))
            .and_then(|x| json_text(x, " ")),
        v => json_text(v, " "),
    });
    let mut location = o.get("jobLocation").and_then(place_text);
    let remote = o
        .get("jobLocationType")
        .and_then(|v| json_text(v, " "))
        .is_some_and(|t| t.to_ascii_uppercase().contains("TELECOMMUTE"));
    if remote {
        location = Some(match location {
            Some(l) => format!("{l}; Remote"),
            None => "Remote".to_owned(),
        });
    }
    let occupation_code = o.get("occupationalCategory").and_then(|v| match first(v) {
        Value::Object(m) => ["codeValue", "termCode", "name", "@id"]
            .iter()
            .find_map(|k| m.get(*k).and_then(|x| json_text(x, " "))),
        v => json_text(v, " "),
    });
    let url = o.get("url").and_then(|v| json_text(first(v), " "));
    Raw {
        id: id.map(Cow::into_owned),
        title,
        description,
        date: text_of(o, "datePosted"),
        location,
        employer: employer.map(Cow::into_owned),
        occupation_code: occupation_code.map(Cow::into_owned),
        salary: schema_salary(o),
        url: url.map(Cow::into_owned),
    }
}

/// `jobLocation`: a Place, an array of them, or text.
fn place_text(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) => {
            let mut parts: Vec<String> = Vec::new();
            for p in items.iter().filter_map(place_text) {
                if !parts.contains(&p) {
                    parts.push(p);
                }
            }
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Value::Object(place) => {
            let from_address = place.get("address").and_then(|a| match first(a) {
                Value::Object(addr) => {
                    let mut parts: Vec<String> = Vec::new();
                    for key in ["addressLocality", "addressRegion", "addressCountry"] {
                        if let Some(t) = addr.get(key).and_then(|x| json_text(x, " ")) {
                            let t = t.trim();
                            if !t.is_empty() && !parts.iter().any(|p| p.eq_ignore_ascii_case(t)) {
                                parts.push(t.to_owned());
                            }
                        }
                    }
                    if parts.is_empty() {
                        ["streetAddress", "postalCode", "name"]
                            .iter()
                            .find_map(|k| addr.get(*k).and_then(|x| json_text(x, " ")))
                            .map(Cow::into_owned)
                    } else {
                        Some(parts.join(", "))
                    }
                }
                a => json_text(a, " ").map(Cow::into_owned),
            });
            from_address
                .or_else(|| {
                    place
                        .get("name")
                        .and_then(|x| json_text(x, " "))
                        .map(Cow::into_owned)
                })
                .filter(|s| !s.trim().is_empty())
        }
        v => json_text(v, " ")
            .map(Cow::into_owned)
            .filter(|s| !s.trim().is_empty()),
    }
}

/// `baseSalary` (or `estimatedSalary`) as readable text.
fn schema_salary(o: &Map<String, Value>) -> Option<String> {
    let salary = first(o.get("baseSalary").or_else(|| o.get("estimatedSalary"))?);
    let posting_currency = o.get("salaryCurrency").and_then(|v| json_text(v, " "));
    let Value::Object(amount) = salary else {
        let text = json_text(salary, " ")?;
        return format_salary(Some(&text), None, None, posting_currency.as_deref(), None);
    };
    fn get<'v>(m: &'v Map<String, Value>, k: &str) -> Option<Cow<'v, str>> {
        m.get(k).and_then(|v| json_text(v, " "))
    }
    let currency = get(amount, "currency").or(posting_currency);
    let unit_outer = get(amount, "unitText");
    match amount.get("value").map(first) {
        Some(Value::Object(q)) => {
            let text = get(q, "value");
            // Text such as "£25,304 to £34,169 Per Annum" is what the employer wrote.
            if let Some(t) = &text {
                if parse_amount(t).is_none() && t.chars().any(|c| c.is_ascii_digit()) {
                    return Some(t.to_string());
                }
            }
            format_salary(
                text.as_deref(),
                get(q, "minValue").as_deref(),
                get(q, "maxValue").as_deref(),
                currency.as_deref(),
                get(q, "unitText").or(unit_outer).as_deref(),
            )
        }
        Some(v) => format_salary(
            json_text(v, " ").as_deref(),
            get(amount, "minValue").as_deref(),
            get(amount, "maxValue").as_deref(),
            currency.as_deref(),
            unit_outer.as_deref(),
        ),
        None => format_salary(
            None,
            get(amount, "minValue").as_deref(),
            get(amount, "maxValue").as_deref(),
            currency.as_deref(),
            unit_outer.as_deref(),
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Salaries

/// A plain number (`85000`, `85,000`, `17.5`); `None` for text or non-positive values.
fn parse_amount(s: &str) -> Option<f64> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    if t.is_empty() || !t.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite() && *v > 0.0)
}

/// `85000` → `85,000`; `17.5` → `17.50`.
fn format_amount(v: f64) -> String {
    let cents = (v * 100.0).round();
    let whole = (cents / 100.0).trunc();
    let frac = (cents - whole * 100.0) as u64;
    let digits = format!("{}", whole as u64);
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac != 0 {
        let _ = write!(out, ".{frac:02}");
    }
    out
}

fn period_text(unit: &str) -> Option<String> {
    let u = unit.trim();
    if u.is_empty() {
        return None;
    }
    Some(
        match normalise_name(u).as_str() {
            "hour" | "hourly" | "perhour" | "hr" => "per hour",
            "day" | "daily" | "perday" => "per day",
            "week" | "weekly" | "perweek" => "per week",
            "biweekly" | "fortnight" | "fortnightly" => "every two weeks",
            "month" | "monthly" | "permonth" => "per month",
            "year" | "yearly" | "annual" | "annually" | "annum" | "perannum" | "peryear" => {
                "per year"
            }
            _ => return Some(format!("per {}", u.to_lowercase())),
        }
        .to_owned(),
    )
}

/// A readable salary: a range from `min`/`max` when given, else `value` (a number is
/// formatted, text kept as written), followed by the currency and the period.
fn format_salary(
    value: Option<&str>,
    min: Option<&str>,
    max: Option<&str>,
    currency: Option<&str>,
    unit: Option<&str>,
) -> Option<String> {
    let (lo, hi) = (min.and_then(parse_amount), max.and_then(parse_amount));
    let amount = match (lo, hi) {
        (Some(a), Some(b)) if (a - b).abs() < 0.005 => format_amount(a),
        (Some(a), Some(b)) => format!("{}–{}", format_amount(a.min(b)), format_amount(a.max(b))),
        (Some(a), None) => format!("from {}", format_amount(a)),
        (None, Some(b)) => format!("up to {}", format_amount(b)),
        (None, None) => {
            let text = value.map(str::trim).filter(|t| !is_missing(t))?;
            match parse_amount(text) {
                Some(v) => format_amount(v),
                None => return Some(text.to_owned()),
            }
        }
    };
    let mut out = amount;
    if let Some(c) = currency.map(str::trim).filter(|c| !is_missing(c)) {
        out.push(' ');
        out.push_str(c);
    }
    if let Some(p) = unit.and_then(period_text) {
        out.push(' ');
        out.push_str(&p);
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Text

/// Windows-1252 0x80–0x9F (the undefined five map to the C1 control of the same number, as
/// browsers do).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// UTF-8 text; bytes that are not valid UTF-8 are read as Windows-1252.
fn decode_bytes(bytes: &[u8]) -> Cow<'_, str> {
    let Err(_) = std::str::from_utf8(bytes) else {
        return String::from_utf8_lossy(bytes);
    };
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(after.len()).min(after.len());
                out.extend(after[..bad].iter().map(|&b| cp1252(b)));
                rest = &after[bad..];
            }
        }
    }
    Cow::Owned(out)
}

/// Cleans a posting's HTML or text for matching: decodes entities, strips tags (block tags
/// become line breaks), decodes entities again (for double-escaped text such as
/// `&amp;lt;p&amp;gt;` or NHS Jobs' `&lt;p&gt;`), and collapses whitespace (runs with a line
/// break become one `\n`, others one space).
///
/// ```
/// use skillgap_ingest::postings::html_to_text;
/// assert_eq!(
///     html_to_text("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;li&gt;Excel&lt;/li&gt;&lt;/ul&gt;"),
///     "Fish & chips\nSQL\nExcel"
/// );
/// ```
pub fn html_to_text(s: &str) -> String {
    clean(
        s,
        Opts {
            date: DateHint::Auto,
            employer_first_line: false,
            backslash: false,
            html: true,
        },
        true,
    )
}

fn clean(raw: &str, o: Opts, multiline: bool) -> String {
    let unescaped = if o.backslash && raw.contains('\\') {
        Cow::Owned(unescape_backslashes(raw))
    } else {
        Cow::Borrowed(raw)
    };
    let once = decode_entities(&unescaped);
    let stripped = if o.html && once.contains('<') {
        Cow::Owned(strip_tags(&once))
    } else {
        once
    };
    let twice = decode_entities(&stripped);
    collapse_whitespace(&twice, multiline)
}

/// Decodes `\n`, `\t`, `\r`, `\"`, `\'`, `\\`, `\/` and `\uXXXX` (with surrogate pairs).
fn unescape_backslashes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(q @ ('"' | '\'' | '\\' | '/')) => out.push(q),
            Some('u') => {
                let mut probe = chars.clone();
                probe.next();
                let hex: String = probe.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16) {
                    Ok(hi) if hex.len() == 4 => {
                        let mut code = hi;
                        if (0xD800..0xDC00).contains(&hi) {
                            // A high surrogate: look for `\uDC00`-`\uDFFF` after it.
                            let mut low = probe.clone();
                            if low.next() == Some('\\') && low.next() == Some('u') {
                                let hex2: String = low.by_ref().take(4).collect();
                                if let Ok(lo) = u32::from_str_radix(&hex2, 16) {
                                    if hex2.len() == 4 && (0xDC00..0xE000).contains(&lo) {
                                        code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                        probe = low;
                                    }
                                }
                            }
                        }
                        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        chars = probe;
                        continue;
                    }
                    _ => {
                        out.push('\\');
                        continue;
                    }
                }
            }
            _ => {
                out.push('\\');
                continue;
            }
        }
        chars.next();
    }
    out
}

/// Decodes HTML character references: named ones (`&amp;`, `&rsquo;`, `&eacute;`, …; the
/// common `&amp`, `&lt`, `&gt`, `&quot`, `&nbsp` also without `;`) and numeric ones
/// (`&#39;`, `&#x2019;`; 128–159 read as Windows-1252, as browsers do). Unknown references
/// are left as they are.
fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = s[i..].find('&') {
        let amp = i + off;
        match parse_entity(&b[amp..]) {
            Some((c, len)) => {
                out.push_str(&s[last..amp]);
                out.push(c);
                i = amp + len;
                last = i;
            }
            None => i = amp + 1,
        }
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// `b` starts with `&`: the character and the length of the reference.
fn parse_entity(b: &[u8]) -> Option<(char, usize)> {
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let mut j = start;
        let mut v: u32 = 0;
        while j < b.len() && j - start < 8 {
            match char::from(b[j]).to_digit(radix) {
                Some(d) => v = v * radix + d,
                None => break,
            }
            j += 1;
        }
        if j == start {
            return None;
        }
        let len = if b.get(j) == Some(&b';') { j + 1 } else { j };
        let c = match v {
            0x80..=0x9F => cp1252(v as u8),
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let mut j = 1;
    while j < b.len() && j <= 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == 1 {
        return None;
    }
    let name = std::str::from_utf8(&b[1..j]).ok()?;
    if b.get(j) == Some(&b';') {
        named_entity(name).map(|c| (c, j + 1))
    } else if matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp") && b.get(j) != Some(&b'=') {
        named_entity(name).map(|c| (c, j))
    } else {
        None
    }
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "shy" => '\u{ad}',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        "hyphen" | "dash" => '‐',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "hellip" => '…',
        "bull" | "bullet" => '•',
        "middot" => '·',
        "prime" => '′',
        "Prime" => '″',
        "dagger" => '†',
        "Dagger" => '‡',
        "permil" => '‰',
        "trade" | "TRADE" => '™',
        "reg" | "REG" => '®',
        "copy" | "COPY" => '©',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "curren" => '¤',
        "sect" => '§',
        "para" => '¶',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "ordf" => 'ª',
        "ordm" => 'º',
        "iexcl" => '¡',
        "iquest" => '¿',
        "acute" => '´',
        "cedil" => '¸',
        "uml" => '¨',
        "macr" => '¯',
        "brvbar" => '¦',
        "not" => '¬',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "rArr" => '⇒',
        "lArr" => '⇐',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        "asymp" => '≈',
        "infin" => '∞',
        "check" => '✓',
        "tilde" => '˜',
        "circ" => 'ˆ',
        "fnof" => 'ƒ',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        "Scaron" => 'Š',
        "scaron" => 'š',
        "Yuml" => 'Ÿ',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "Tab" => '\t',
        "NewLine" => '\n',
        "excl" => '!',
        "num" => '#',
        "dollar" => '$',
        "percnt" => '%',
        "lpar" => '(',
        "rpar" => ')',
        "ast" => '*',
        "plus" => '+',
        "comma" => ',',
        "period" => '.',
        "sol" => '/',
        "colon" => ':',
        "semi" => ';',
        "equals" => '=',
        "quest" => '?',
        "commat" => '@',
        "lsqb" | "lbrack" => '[',
        "bsol" => '\\',
        "rsqb" | "rbrack" => ']',
        "lowbar" => '_',
        "grave" => '`',
        "lcub" | "lbrace" => '{',
        "verbar" | "vert" => '|',
        "rcub" | "rbrace" => '}',
        _ => return None,
    })
}

/// What a tag turns into.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TagKind {
    /// A line break (p, br, li, div, h1–h6, …).
    Block,
    /// A space (table cells, images, …).
    Space,
    /// Nothing (inline formatting: b, span, a, …).
    Inline,
    /// The element and its content are dropped (script, style).
    Skip,
}

fn tag_kind(lower: &str) -> Option<TagKind> {
    use TagKind::*;
    Some(match lower {
        "p" | "br" | "li" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol"
        | "dl" | "dt" | "dd" | "tr" | "table" | "thead" | "tbody" | "tfoot" | "section"
        | "article" | "header" | "footer" | "nav" | "aside" | "main" | "blockquote" | "pre"
        | "hr" | "address" | "center" | "figure" | "figcaption" | "form" | "fieldset"
        | "details" | "summary" | "body" | "html" | "head" | "title" | "caption" | "legend"
        | "option" | "select" | "textarea" => Block,
        "td" | "th" | "img" | "input" | "button" | "label" | "iframe" | "embed" | "video"
        | "audio" | "source" | "col" | "colgroup" | "wbr" | "meta" | "link" | "base" => Space,
        "script" | "style" | "template" | "noscript" => Skip,
        "a" | "abbr" | "b" | "bdi" | "bdo" | "big" | "cite" | "code" | "del" | "dfn" | "em"
        | "font" | "i" | "ins" | "kbd" | "mark" | "q" | "s" | "samp" | "small" | "span"
        | "strike" | "strong" | "sub" | "sup" | "time" | "tt" | "u" | "var" | "optgroup" => Inline,
        _ => return None,
    })
}

/// The end (exclusive) and kind of the tag starting at `b[i] == b'<'`, if it is one. Only
/// known HTML elements, namespaced Word tags (`o:p`), comments, `<!…>` and `<?…>` count, so
/// that text such as `<20%`, `a < b` or `<ORGANIZATION>` is kept.
fn parse_tag(b: &[u8], i: usize) -> Option<(usize, TagKind, bool, usize, usize)> {
    const MAX_TAG: usize = 4096;
    let limit = b.len().min(i + MAX_TAG);
    let mut j = i + 1;
    match b.get(j) {
        Some(b'!') => {
            if b[j..].starts_with(b"!--") {
                let end = find(b, j + 3, b"-->").map_or(b.len(), |p| p + 3);
                return Some((end, TagKind::Inline, false, 0, 0));
            }
            let end = b[j..limit].iter().position(|&c| c == b'>')? + j + 1;
            return Some((end, TagKind::Inline, false, 0, 0));
        }
        Some(b'?') => {
            let end = b[j..limit].iter().position(|&c| c == b'>')? + j + 1;
            return Some((end, TagKind::Inline, false, 0, 0));
        }
        _ => {}
    }
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    if !b.get(j).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while j < limit && (b[j].is_ascii_alphanumeric() || b[j] == b':' || b[j] == b'-') {
        j += 1;
    }
    let name = &b[name_start..j];
    let kind = if name.len() <= 12 {
        let mut buf = [0u8; 12];
        buf[..name.len()].copy_from_slice(name);
        buf[..name.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..name.len()])
            .ok()
            .and_then(tag_kind)
    } else {
        None
    };
    let kind = match kind {
        Some(k) => k,
        None if name.contains(&b':') => TagKind::Inline,
        None => return None,
    };
    match b.get(j) {
        Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/' => {}
        _ => return None,
    }
    // Find the closing `>`, skipping quoted attribute values.
    let mut k = j;
    let mut after_eq = false;
    while k < limit {
        match b[k] {
            b'>' => return Some((k + 1, kind, closing, name_start, j)),
            q @ (b'"' | b'\'') if after_eq => {
                after_eq = false;
                if let Some(p) = b[k + 1..limit].iter().position(|&c| c == q) {
                    k += p + 2;
                    continue;
                }
            }
            b'=' => after_eq = true,
            c if c.is_ascii_whitespace() => {}
            _ => after_eq = false,
        }
        k += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Replaces tags by line breaks or spaces (see [`TagKind`]); drops script and style content.
fn strip_tags(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = s[i..].find('<') {
        let lt = i + off;
        let Some((mut end, kind, closing, ns, ne)) = parse_tag(b, lt) else {
            i = lt + 1;
            continue;
        };
        out.push_str(&s[last..lt]);
        match kind {
            TagKind::Block => out.push('\n'),
            TagKind::Space => out.push(' '),
            TagKind::Inline => {}
            TagKind::Skip => {
                out.push(' ');
                if !closing {
                    // Skip to the matching closing tag (or the end of the text).
                    let name = &b[ns..ne];
                    let mut k = end;
                    end = b.len();
                    while let Some(p) = find(b, k, b"</") {
                        let tail = &b[p + 2..];
                        if tail.len() >= name.len() && tail[..name.len()].eq_ignore_ascii_case(name)
                        {
                            end = b[p..]
                                .iter()
                                .position(|&c| c == b'>')
                                .map_or(b.len(), |q| p + q + 1);
                            break;
                        }
                        k = p + 2;
                    }
                }
            }
        }
        i = end;
        last = end;
    }
    out.push_str(&s[last..]);
    out
}

/// Runs of whitespace become one space, or one `\n` when `multiline` and the run holds a
/// line break; zero-width characters and soft hyphens are dropped; ends are trimmed.
fn collapse_whitespace(s: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    // 0: none pending, 1: a space, 2: a line break.
    let mut pending = 0u8;
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' => {
                pending = if multiline { 2 } else { pending.max(1) };
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => {}
            c if c.is_whitespace() || c.is_control() => pending = pending.max(1),
            c => {
                if !out.is_empty() {
                    match pending {
                        1 => out.push(' '),
                        2 => out.push('\n'),
                        _ => {}
                    }
                }
                pending = 0;
                out.push(c);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Dates

/// How to read numbers and `a/b/yyyy` dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateHint {
    Auto,
    UnixSeconds,
    UnixMillis,
    MonthFirst,
    DayFirst,
}

impl DateHint {
    fn parse(s: &str) -> Option<DateHint> {
        Some(match normalise_name(s).as_str() {
            "" | "auto" | "iso" | "iso8601" | "ymd" | "yyyymmdd" => DateHint::Auto,
            "unix" | "unixs" | "unixseconds" | "epoch" | "epochs" | "seconds" => {
                DateHint::UnixSeconds
            }
            "unixms" | "unixmillis" | "epochms" | "ms" | "milliseconds" => DateHint::UnixMillis,
            "mmddyyyy" | "mmddyy" | "mdy" | "us" => DateHint::MonthFirst,
            "ddmmyyyy" | "ddmmyy" | "dmy" | "uk" | "eu" => DateHint::DayFirst,
            _ => return None,
        })
    }
}

/// Reads a date and returns it as `YYYY-MM-DD`, or `None` when it cannot be read.
///
/// Accepted: ISO dates and date-times (`2020-11-02`, `2019-08-08T11:13:33+0100`,
/// `2024-02-05 10:00:00`, also with `/` or `.`), `YYYYMMDD`, unix seconds or milliseconds
/// (`1713397508000.0`, `1.71354E+12`; the size tells them apart unless `date_format` says),
/// `7/30/2020` (month first unless the first number is over 12 or `date_format` is
/// `dd/mm/yyyy`), two-digit years (→ 20xx below 70), and month names
/// (`Jul 31, 2020`, `31 July 2020`, `Fri, 31 Jul 2020 10:00:00 GMT`).
///
/// ```
/// use skillgap_ingest::postings::parse_date;
/// assert_eq!(parse_date("1713397508000.0", None).as_deref(), Some("2024-04-17"));
/// assert_eq!(parse_date("03/04/2025", Some("dd/mm/yyyy")).as_deref(), Some("2025-04-03"));
/// assert_eq!(parse_date("Jul 31, 2020", None).as_deref(), Some("2020-07-31"));
/// ```
pub fn parse_date(s: &str, date_format: Option<&str>) -> Option<String> {
    let hint = date_format
        .and_then(DateHint::parse)
        .unwrap_or(DateHint::Auto);
    parse_date_hint(s, hint)
}

fn parse_date_hint(s: &str, hint: DateHint) -> Option<String> {
    let t = s.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    let b = t.as_bytes();
    if b.is_empty() {
        return None;
    }
    // YYYY-MM-DD…
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/' | b'.') {
        let sep = b[4];
        let (m, rest) = digits(&b[5..], 2)?;
        if rest.first() != Some(&sep) {
            return None;
        }
        let (d, rest) = digits(&rest[1..], 2)?;
        if rest.first().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        return ymd(num(&b[..4]), m, d);
    }
    if let Ok(v) = t.parse::<f64>() {
        if !v.is_finite() {
            return None;
        }
        if hint == DateHint::Auto && b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
            if let Some(d) = ymd(num(&b[..4]), num(&b[4..6]), num(&b[6..])) {
                return Some(d);
            }
        }
        let seconds = match hint {
            DateHint::UnixMillis => v / 1000.0,
            DateHint::UnixSeconds => v,
            _ if v >= 1e11 => v / 1000.0,
            _ if v >= 1e8 => v,
            _ => return None,
        };
        // 1970 to 2200.
        if !(0.0..7.3e9).contains(&seconds) {
            return None;
        }
        let days = (seconds / 86_400.0).floor() as i64;
        let (y, m, d) = civil_from_days(days);
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    if b[0].is_ascii_digit() {
        if let Some(d) = numeric_date(b, hint) {
            return Some(d);
        }
    }
    named_month_date(t)
}

/// Up to `max` leading digits (at least one) and the rest.
fn digits(b: &[u8], max: usize) -> Option<(u32, &[u8])> {
    let n = b
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (n > 0).then(|| (num(&b[..n]), &b[n..]))
}

fn num(b: &[u8]) -> u32 {
    b.iter().fold(0u32, |acc, &c| {
        acc.saturating_mul(10).saturating_add(u32::from(c - b'0'))
    })
}

/// `a/b/yyyy`, `a-b-yy`, `a.b.yyyy`, optionally followed by a time.
fn numeric_date(b: &[u8], hint: DateHint) -> Option<String> {
    let (p1, rest) = digits(b, 2)?;
    let sep = *rest.first()?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let (p2, rest) = digits(&rest[1..], 2)?;
    if rest.first() != Some(&sep) {
        return None;
    }
    let ylen = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if ylen != 2 && ylen != 4 {
        return None;
    }
    let mut year = num(&rest[1..1 + ylen]);
    if ylen == 2 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let (month, day) = match hint {
        DateHint::DayFirst => (p2, p1),
        DateHint::MonthFirst => (p1, p2),
        _ if p1 > 12 => (p2, p1),
        _ => (p1, p2),
    };
    ymd(year, month, day)
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word.len() < 3 || !word.bytes().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let w = word.to_ascii_lowercase();
    let w = if w == "sept" { "sep".to_owned() } else { w };
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w))
        .map(|i| i as u32 + 1)
}

/// `Jul 31, 2020`, `31 July 2020`, `Friday, 31st July 2020 10:00`.
fn named_month_date(t: &str) -> Option<String> {
    let (mut month, mut day, mut year) = (None, None, None);
    for token in t.split(|c: char| c.is_whitespace() || ",-/.".contains(c)) {
        if token.is_empty() || token.contains(':') {
            continue;
        }
        if token.as_bytes()[0].is_ascii_alphabetic() {
            if month.is_none() {
                month = month_number(token);
            }
            continue;
        }
        let digits_only = token
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .trim_end_matches(['+']);
        if !digits_only.bytes().all(|c| c.is_ascii_digit()) || digits_only.is_empty() {
            continue;
        }
        let suffix = &token[digits_only.len()..];
        if !suffix.is_empty()
            && !["st", "nd", "rd", "th"]
                .iter()
                .any(|s| suffix.eq_ignore_ascii_case(s))
        {
            continue;
        }
        match digits_only.len() {
            4 if year.is_none() => year = Some(num(digits_only.as_bytes())),
            1 | 2 if day.is_none() => day = Some(num(digits_only.as_bytes())),
            _ => {}
        }
    }
    ymd(year?, month?, day?)
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    // Divisible by 4 but not by 100, or by 400 (kept free of `is_multiple_of`: MSRV 1.80).
    let leap = matches!((y % 4, y % 100, y % 400), (0, 1.., _) | (_, _, 0));
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (d <= days).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(name: &str, content: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        File::create(&path).unwrap().write_all(content).unwrap();
        (dir, path)
    }

    fn read(path: &Path, mapping: Option<&PostingMapping>) -> (Vec<Posting>, FileReport) {
        let mut out = Vec::new();
        let report = read_postings(path, mapping, &mut |p| out.push(p));
        (out, report)
    }

    #[test]
    fn postings_entities_named_numeric_and_legacy() {
        assert_eq!(decode_entities("no entities"), "no entities");
        assert_eq!(
            decode_entities("A&amp;E &lt;b&gt; &quot;x&quot; it&#39;s &rsquo;&ndash;&eacute;"),
            "A&E <b> \"x\" it's ’–é"
        );
        assert_eq!(decode_entities("&#x2019;&#X41;&#8212;&#146;"), "’A—’");
        assert_eq!(decode_entities("&nbsp;x &amp y"), "\u{a0}x & y");
        // Unknown or incomplete references stay as they are.
        assert_eq!(
            decode_entities("AT&T R&D &bogus; &#; &amplifier &"),
            "AT&T R&D &bogus; &#; &amplifier &"
        );
        assert_eq!(decode_entities("&#0;&#xD800;"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn postings_double_escaped_html_becomes_text() {
        let nhs = "&lt;p&gt;Band 5 &amp;amp; 6 nurses&lt;/p&gt;\n&lt;p&gt;A&amp;E, it&amp;#39;s \
                   busy&lt;br /&gt;Apply now&lt;/p&gt;&lt;ul&gt;&lt;li&gt;IV therapy&lt;/li&gt;\
                   &lt;li&gt;&lt;strong&gt;Patient&lt;/strong&gt; care&lt;/li&gt;&lt;/ul&gt;";
        assert_eq!(
            html_to_text(nhs),
            "Band 5 & 6 nurses\nA&E, it's busy\nApply now\nIV therapy\nPatient care"
        );
        // Single-escaped plain text and raw HTML.
        assert_eq!(
            html_to_text("Travel &lt;20%, &lt; 5 FTEs"),
            "Travel <20%, < 5 FTEs"
        );
        assert_eq!(
            html_to_text("<div><p>SQL&nbsp;and&nbsp;Python</p><p>Excel</p></div>"),
            "SQL and Python\nExcel"
        );
    }

    #[test]
    fn postings_tag_stripping() {
        assert_eq!(
            html_to_text("<h2>Role</h2>Use <b>SQL</b>,<i>Tableau</i><br>and<br/>R"),
            "Role\nUse SQL,Tableau\nand\nR"
        );
        assert_eq!(
            html_to_text("a<script>var x = '<p>';</script>b<style>p{}</style>c<!-- note -->d"),
            "a b cd"
        );
        assert_eq!(
            html_to_text("<td>one</td><td>two</td><a href=\"x?a=1&amp;b=>2\">link</a>"),
            "one two link"
        );
        // Not tags: comparisons, placeholders, unknown elements.
        assert_eq!(
            html_to_text("1 < 2 and 3 > 2, <ORGANIZATION> in <LOCATION>, x<y"),
            "1 < 2 and 3 > 2, <ORGANIZATION> in <LOCATION>, x<y"
        );
        assert_eq!(html_to_text("Word<o:p></o:p> text"), "Word text");
        assert_eq!(
            collapse_whitespace(" a \t b\u{a0}\u{200b}c \n\n d ", true),
            "a b c\nd"
        );
        assert_eq!(collapse_whitespace(" a \n b ", false), "a b");
    }

    #[test]
    fn postings_backslash_escapes_and_cp1252() {
        assert_eq!(
            unescape_backslashes(r#"software\u2014from \"fast\"\nnext \ud83d\ude00 C:\path \u12"#),
            "software—from \"fast\"\nnext 😀 C:\\path \\u12"
        );
        assert_eq!(decode_bytes(b"plain"), "plain");
        assert_eq!(
            decode_bytes(b"caf\xe9 \x93quoted\x94 \xe2\x82\xac"),
            "café “quoted” €"
        );
    }

    #[test]
    fn postings_dates() {
        let d = |s: &str| parse_date(s, None);
        assert_eq!(d("2020-08-20").as_deref(), Some("2020-08-20"));
        assert_eq!(d("2018-12-27T10:50:17+0000").as_deref(), Some("2018-12-27"));
        assert_eq!(d("2024-02-05 10:00:00").as_deref(), Some("2024-02-05"));
        assert_eq!(d("2024/2/5").as_deref(), Some("2024-02-05"));
        assert_eq!(d("2024/02/05").as_deref(), Some("2024-02-05"));
        assert_eq!(d("20250131").as_deref(), Some("2025-01-31"));
        assert_eq!(d("1713397508000").as_deref(), Some("2024-04-17"));
        assert_eq!(d("1713397508000.0").as_deref(), Some("2024-04-17"));
        assert_eq!(d("1.71354E+12").as_deref(), Some("2024-04-19"));
        assert_eq!(d("1713397508").as_deref(), Some("2024-04-17"));
        assert_eq!(d("7/30/2020").as_deref(), Some("2020-07-30"));
        assert_eq!(d("30/7/2020").as_deref(), Some("2020-07-30"));
        assert_eq!(d("03/04/2025").as_deref(), Some("2025-03-04"));
        assert_eq!(
            parse_date("03/04/2025", Some("dd/mm/yyyy")).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            parse_date("1713397508", Some("unix_ms")).as_deref(),
            Some("1970-01-20")
        );
        assert_eq!(d("12-31-24").as_deref(), Some("2024-12-31"));
        assert_eq!(d("Jul 31, 2020").as_deref(), Some("2020-07-31"));
        assert_eq!(d("31 July 2020").as_deref(), Some("2020-07-31"));
        assert_eq!(d("September 1st, 2025").as_deref(), Some("2025-09-01"));
        assert_eq!(
            d("Fri, 31 Jul 2020 10:00:00 GMT").as_deref(),
            Some("2020-07-31")
        );
        assert_eq!(d("2024-02-30"), None);
        assert_eq!(d("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(d("30+ days ago"), None);
        assert_eq!(d("Posted today"), None);
        assert_eq!(d("42"), None);
        assert_eq!(d("NaN"), None);
        assert!(DateHint::parse("weird").is_none());
    }

    #[test]
    fn postings_salaries() {
        assert_eq!(
            format_salary(None, Some("17"), Some("20"), Some("USD"), Some("HOURLY")).as_deref(),
            Some("17–20 USD per hour")
        );
        assert_eq!(
            format_salary(Some("85000.0"), None, None, Some("USD"), Some("YEARLY")).as_deref(),
            Some("85,000 USD per year")
        );
        assert_eq!(
            format_salary(Some("$53K-$91K (Glassdoor est.)"), None, None, None, None).as_deref(),
            Some("$53K-$91K (Glassdoor est.)")
        );
        assert_eq!(format_salary(Some("-1"), None, None, None, None), None);
        assert_eq!(format_amount(1234567.5), "1,234,567.50");
    }

    #[test]
    fn postings_csv_autodetect_bom_crlf_multiline() {
        let csv = "\u{feff}Job_ID,Job Title,Company Name,Location,Date Posted,Salary,ONET_Code,\
                   Job Description\r\n\
                   a1,Data Analyst,Acme &amp; Co,\"Leeds, UK\",2025-03-04,\"£30,000\",15-2051.01,\
                   \"<p>SQL and\r\nTableau</p>\"\r\n\
                   ,,,,,,,\r\n\
                   a3,Nurse,NHS,York,not a date,,,IV therapy\r\n"
            .as_bytes()
            .to_vec();
        let mut csv = csv;
        // A Windows-1252 byte in the last row.
        csv.extend_from_slice(b",Caf\xe9 manager,,,,,,\r\n");
        let (_d, path) = write("jobs.csv", &csv);
        let (postings, report) = read(&path, None);
        assert_eq!(report.rows, 4, "{report:?}");
        assert_eq!(report.loaded, 3);
        assert_eq!(report.rejected, 1);
        assert_eq!(report.problems[0].line, 4);
        assert_eq!(report.problems[0].field.as_deref(), Some("Job Title"));
        assert_eq!(
            report.skipped_reasons,
            vec![(UNPARSEABLE_DATE.to_owned(), 1)]
        );
        let p = &postings[0];
        assert_eq!(p.id, "a1");
        assert_eq!(p.source, "jobs.csv");
        assert_eq!(p.title, "Data Analyst");
        assert_eq!(p.employer.as_deref(), Some("Acme & Co"));
        assert_eq!(p.location.as_deref(), Some("Leeds, UK"));
        assert_eq!(p.date.as_deref(), Some("2025-03-04"));
        assert_eq!(p.salary.as_deref(), Some("£30,000"));
        assert_eq!(p.occupation_code.as_deref(), Some("15-2051.01"));
        assert_eq!(p.description, "SQL and\nTableau");
        assert_eq!(postings[1].date, None);
        assert_eq!(postings[2].title, "Café manager");
        assert_eq!(postings[2].id, "jobs:6");
    }

    /// Found by fuzzing: line numbers (and the ids made from them) were wrong after blank
    /// lines and bare CRs.
    #[test]
    fn postings_csv_lines_after_blank_lines_and_bare_cr() {
        let csv = b"Job Title,Job Description\n\nA,desc a\n\n\n,\r\rB,desc b\rC,x\r\n";
        let (_d, path) = write("jobs.csv", csv);
        let (postings, report) = read(&path, None);
        let ids: Vec<&str> = postings.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["jobs:3", "jobs:8", "jobs:9"]);
        assert_eq!(report.rejected, 1, "{report:?}");
        assert_eq!(report.problems[0].line, 6);
    }

    #[test]
    fn postings_csv_mapping_templates_and_first_line() {
        let csv = b"n,role,org,a,b,when,lo,hi,per\n\
                    1,Electrician,\"Sparks Ltd\n4.1\",Wiring,Conduit,7/30/2020,20,28,HOURLY\n";
        let (_d, path) = write("x.csv", csv);
        let mapping = PostingMapping {
            id: Some("{_stem}-{n}".into()),
            title: Some("role".into()),
            description: vec!["a".into(), "b".into()],
            employer: Some("org".into()),
            date: Some("when".into()),
            salary_min: Some("lo".into()),
            salary_max: Some("hi".into()),
            salary_unit: Some("per".into()),
            employer_first_line: true,
            ..Default::default()
        };
        let (postings, report) = read(&path, Some(&mapping));
        assert_eq!(report.loaded, 1, "{report:?}");
        let p = &postings[0];
        assert_eq!(p.id, "x-1");
        assert_eq!(p.employer.as_deref(), Some("Sparks Ltd"));
        assert_eq!(p.description, "Wiring\n\nConduit");
        assert_eq!(p.date.as_deref(), Some("2020-07-30"));
        assert_eq!(p.salary.as_deref(), Some("20–28 per hour"));

        // A mapping naming a missing column is a clear fatal error.
        let bad = PostingMapping {
            title: Some("nope".into()),
            ..Default::default()
        };
        let (_, report) = read(&path, Some(&bad));
        assert!(
            report.fatal.as_deref().unwrap().contains("`nope`"),
            "{report:?}"
        );
        assert!(parse_template("{a").is_err());
        assert_eq!(
            parse_template("{{x}}:{_line}").unwrap(),
            vec![Seg::Lit("{x}:".into()), Seg::Line]
        );
    }

    #[test]
    fn postings_not_a_postings_file() {
        let (_d, path) = write("matrix.csv", b"Python,SQL,Public Health\n1,0,0\n0,1,1\n");
        let (postings, report) = read(&path, None);
        assert!(postings.is_empty());
        let fatal = report.fatal.unwrap();
        assert!(fatal.starts_with(NOT_A_POSTINGS_FILE), "{fatal}");
        assert!(fatal.contains("`Public Health`"), "{fatal}");

        let (_d, path) = write(
            "tokens.jsonl",
            b"{\"idx\": 1, \"tokens\": [\"a\"]}\n{\"idx\": 2}\n",
        );
        let (_, report) = read(&path, None);
        assert!(report
            .fatal
            .unwrap()
            .starts_with(&format!("{NOT_A_POSTINGS_FILE} the first record (line 1)")));
        assert_eq!(report.rows, 0);
    }

    #[test]
    fn postings_jsonl_flat_schema_org_and_bad_line() {
        let lines = concat!(
            "{\"job_id\": 7, \"title\": \"QA Tester\", \"company\": \"Bugless\", ",
            "\"date_posted\": \"2025-05-01\", \"description\": \"Selenium &amp; Jira\"}\n",
            "\n",
            "{\"title\": \"broken\", \n",
            "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"RN\", ",
            "\"description\": \"&lt;p&gt;Patient care&lt;/p&gt;\", \"datePosted\": \"2025-06-02T09:00:00Z\", ",
            "\"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"St Mary\"}, ",
            "\"jobLocation\": [{\"@type\": \"Place\", \"address\": {\"addressLocality\": \"Leeds\", ",
            "\"addressCountry\": \"GB\"}}, {\"address\": {\"addressLocality\": \"York\"}}], ",
            "\"baseSalary\": {\"currency\": \"GBP\", \"value\": {\"minValue\": 28407, ",
            "\"maxValue\": 34581, \"unitText\": \"YEAR\"}}, \"occupationalCategory\": \"29-1141.00\", ",
            "\"identifier\": {\"@type\": \"PropertyValue\", \"value\": \"NHS-1\"}, \"url\": \"https://x/1\"}\n",
            "{\"@type\": \"Organization\", \"name\": \"not a posting\"}\n",
            "[1]\n",
            "{\"title\": \"\", \"description\": \"  \"}\n",
        );
        let (_d, path) = write("mixed.jsonl", lines.as_bytes());
        let (postings, report) = read(&path, None);
        assert_eq!(report.loaded, 2, "{report:?}");
        assert_eq!(report.rows, 6);
        assert_eq!(report.rejected, 3);
        assert_eq!(
            report.skipped_reasons,
            vec![("not a JobPosting object".into(), 1)]
        );
        assert_eq!(report.problems[0].line, 3);
        assert!(report.problems[0].message.starts_with("invalid JSON"));
        assert_eq!(report.problems[1].line, 6);
        assert_eq!(report.problems[2].line, 7);
        assert_eq!(report.problems[2].field.as_deref(), Some("title"));
        let (a, b) = (&postings[0], &postings[1]);
        assert_eq!(a.id, "7");
        assert_eq!(a.employer.as_deref(), Some("Bugless"));
        assert_eq!(a.description, "Selenium & Jira");
        assert_eq!(b.id, "NHS-1");
        assert_eq!(b.description, "Patient care");
        assert_eq!(b.date.as_deref(), Some("2025-06-02"));
        assert_eq!(b.employer.as_deref(), Some("St Mary"));
        assert_eq!(b.location.as_deref(), Some("Leeds, GB; York"));
        assert_eq!(b.salary.as_deref(), Some("28,407–34,581 GBP per year"));
        assert_eq!(b.occupation_code.as_deref(), Some("29-1141.00"));
        assert_eq!(b.url.as_deref(), Some("https://x/1"));
    }

    const POSTING_A: &str = r#"{"@type": "JobPosting", "title": "Web Developer",
      "description": "React", "datePosted": "2025-02-03",
      "hiringOrganization": "Pixel Co", "baseSalary": {"currency": "USD",
      "value": {"value": "£25,304 to £34,169 Per Annum", "unitText": "YEAR"}}}"#;
    const POSTING_B: &str = r#"{"@type": ["JobPosting"], "title": "DBA",
      "description": "PostgreSQL", "jobLocationType": "TELECOMMUTE"}"#;

    #[test]
    fn postings_schema_org_single_array_graph() {
        // A single object.
        let (_d, path) = write("one.json", format!("\n{POSTING_A}\n").as_bytes());
        let (postings, report) = read(&path, None);
        assert_eq!(report.loaded, 1, "{report:?}");
        assert_eq!(postings[0].id, "one:2");
        assert_eq!(postings[0].employer.as_deref(), Some("Pixel Co"));
        assert_eq!(
            postings[0].salary.as_deref(),
            Some("£25,304 to £34,169 Per Annum")
        );

        // An array: ids from each element's first line.
        let (_d, path) = write(
            "many.jsonld",
            format!("[\n{POSTING_A},\n{POSTING_B}\n]").as_bytes(),
        );
        let (postings, report) = read(&path, None);
        assert_eq!(report.loaded, 2, "{report:?}");
        assert_eq!(postings[0].id, "many:2");
        assert_eq!(postings[1].id, "many:6");
        assert_eq!(postings[1].location.as_deref(), Some("Remote"));

        // @graph with a non-posting node, and a one-line document.
        let doc = format!(
            "{{\"@context\": \"https://schema.org\", \"@graph\": [{{\"@type\": \"Organization\", \
             \"name\": \"Pixel Co\"}}, {POSTING_A}, {POSTING_B}]}}"
        )
        .replace('\n', " ");
        for name in ["graph.jsonld", "graph.json"] {
            let (_d, path) = write(name, doc.as_bytes());
            let (postings, report) = read(&path, None);
            assert_eq!(report.loaded, 2, "{name}: {report:?}");
            assert_eq!(report.skipped, 1);
            assert_eq!(postings[0].id, "graph:1");
            assert_eq!(postings[1].id, "graph:1:2");
        }
        // Pretty-printed @graph: streamed element by element.
        let pretty = format!("{{\n\"@graph\": [\n{POSTING_A},\n{POSTING_B}\n]\n}}\n");
        let (_d, path) = write("pretty.json", pretty.as_bytes());
        let (postings, report) = read(&path, None);
        assert_eq!(report.loaded, 2, "{report:?}");
        assert_eq!(postings[1].id, "pretty:7");

        // A broken document: what was read is kept, the error has its line.
        let broken = format!("[\n{POSTING_A},\n{{\"title\": oops}}\n]");
        let (_d, path) = write("broken.json", broken.as_bytes());
        let (postings, report) = read(&path, None);
        assert_eq!(postings.len(), 1);
        assert_eq!(report.rejected, 1, "{report:?}");
        assert_eq!(report.problems[0].line, 6);
        let (_d, path) = write("empty.json", b"[");
        let (_, report) = read(&path, None);
        assert!(report.fatal.unwrap().starts_with("invalid JSON"));
    }

    #[test]
    fn postings_mapping_files_and_lookup() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("alpha.json"),
            r#"{"files": ["sent_*.jsonl"], "description": "tokens", "id": "{_stem}:{k}:{_line}", "html": false}"#,
        )
        .unwrap();
        std::fs::write(
            dir.path().join("jobs.json"),
            r#"{"date_format": "dd/mm/yyyy"}"#,
        )
        .unwrap();
        std::fs::write(
            dir.path().join("bad.json"),
            r#"{"files": ["x.csv"], "titel": "t"}"#,
        )
        .unwrap();
        let m = mapping_for(Path::new("/data/SENT_train.jsonl"), dir.path()).unwrap();
        assert_eq!(m.description, vec!["tokens".to_owned()]);
        let m = mapping_for(Path::new("jobs.csv"), dir.path()).unwrap();
        assert_eq!(m.date_format.as_deref(), Some("dd/mm/yyyy"));
        assert!(!m.names_columns());
        assert!(mapping_for(Path::new("x.csv"), dir.path()).is_none());
        let err = load_mapping(&dir.path().join("bad.json")).unwrap_err();
        assert!(err.contains("titel"), "{err}");
        std::fs::write(dir.path().join("d.json"), r#"{"date_format": "soon"}"#).unwrap();
        assert!(load_mapping(&dir.path().join("d.json")).is_err());

        let (_d, path) = write(
            "sent_dev.jsonl",
            b"{\"k\": 3, \"tokens\": [\"Use\", \"<ORGANIZATION>\", \"SQL\"]}\n",
        );
        let m = mapping_for(&path, dir.path()).unwrap();
        let (postings, report) = read(&path, Some(&m));
        assert_eq!(report.loaded, 1, "{report:?}");
        assert_eq!(postings[0].id, "sent_dev:3:1");
        assert_eq!(postings[0].title, "");
        assert_eq!(postings[0].description, "Use <ORGANIZATION> SQL");

        let o: Map<String, Value> =
            serde_json::from_str(r#"{"a": {"b": [{"c": "deep"}]}, "X.y": 1}"#).unwrap();
        assert_eq!(lookup(&o, "a.b.c"), Some(&Value::from("deep")));
        assert_eq!(lookup(&o, "x.y"), Some(&Value::from(1)));
        assert!(wildcard_match("*.CSV", "a.csv"));
        assert!(wildcard_match("a?c*", "abcdef"));
        assert!(!wildcard_match("a*d", "abc"));
    }

    #[test]
    fn postings_files_walk_and_missing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        for f in [
            "b/c/z.jsonl",
            "a.csv",
            "b/y.JSON",
            "notes.md",
            ".hidden.csv",
            "b/x.jsonld",
        ] {
            std::fs::write(dir.path().join(f), "").unwrap();
        }
        let files: Vec<String> = posting_files(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(files, ["a.csv", "b/c/z.jsonl", "b/x.jsonld", "b/y.JSON"]);
        let one = dir.path().join("a.csv");
        assert_eq!(posting_files(&one).unwrap(), vec![one.clone()]);
        assert!(posting_files(&dir.path().join("nope")).is_err());

        let (_, report) = read(&dir.path().join("nope.csv"), None);
        assert!(report.fatal.unwrap().starts_with("cannot open"));
        let (_, report) = read(&one, None);
        assert!(report.fatal.unwrap().contains("empty"));
    }

    fn repo_dir(rel: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel)
    }

    #[test]
    fn postings_shipped_sample() {
        let dir = repo_dir("data/sample/postings");
        let mappings = repo_dir("data/mappings");
        let files = posting_files(&dir).unwrap();
        assert_eq!(files.len(), 3, "{files:?}");
        let mut all = Vec::new();
        for file in &files {
            let mapping = mapping_for(file, &mappings);
            let report = read_postings(file, mapping.as_ref(), &mut |p| all.push(p));
            assert_eq!(report.rejected, 0, "{report:?}");
            assert_eq!(report.skipped, 0, "{report:?}");
            assert!(report.fatal.is_none(), "{report:?}");
            assert!(report.loaded >= 15, "{report:?}");
        }
        assert!(all.len() >= 55, "{}", all.len());
        let mut ids: Vec<&str> = all.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        for p in &all {
            let date = p
                .date
                .as_deref()
                .unwrap_or_else(|| panic!("{} has no date", p.id));
            assert!(date.starts_with("2025-"), "{}: {date}", p.id);
            assert!(!p.title.is_empty() && p.employer.is_some() && p.location.is_some());
            let words = p.description.split_whitespace().count();
            assert!((60..=170).contains(&words), "{}: {words} words", p.id);
            assert!(!p.description.contains(['<', '>', '&']), "{}", p.id);
        }
        let months: std::collections::BTreeSet<&str> = all
            .iter()
            .filter_map(|p| p.date.as_deref().map(|d| &d[5..7]))
            .collect();
        assert_eq!(months.len(), 12, "{months:?}");
        let coded = all.iter().filter(|p| p.occupation_code.is_some()).count();
        assert!(coded >= 8, "{coded}");
    }

    /// Reads every file under `../shared/datasets/postings` with its shipped mapping. Run
    /// with `cargo test --release -p skillgap-ingest postings_real -- --nocapture`.
    #[test]
    fn postings_real_data() {
        let root = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/datasets/postings"
        ));
        if !root.is_dir() {
            println!("skipped: {} is absent", root.display());
            return;
        }
        let mappings = repo_dir("data/mappings");
        let files = posting_files(root).unwrap();
        assert!(files.len() >= 12, "{files:?}");
        println!(
            "{:<60} {:>7} {:>7} {:>8} {:>7} {:>8}",
            "file", "rows", "loaded", "rejected", "skipped", "seconds"
        );
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let mapping = mapping_for(&file, &mappings);
            let start = std::time::Instant::now();
            let mut count = 0u64;
            let mut first: Option<Posting> = None;
            let report = read_postings(&file, mapping.as_ref(), &mut |p| {
                count += 1;
                if first.is_none() {
                    first = Some(p);
                }
            });
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{:<60} {:>7} {:>7} {:>8} {:>7} {:>8.3}",
                file.strip_prefix(root).unwrap().display(),
                report.rows,
                report.loaded,
                report.rejected,
                report.skipped,
                secs
            );
            for (reason, n) in &report.skipped_reasons {
                println!("    skipped {n}: {reason}");
            }
            for p in report.problems.iter().take(3) {
                println!("    line {} {:?}: {}", p.line, p.field, p.message);
            }
            if name == "ectj_emsi_skill_matrix.csv" {
                let fatal = report.fatal.as_deref().unwrap_or("");
                assert!(fatal.starts_with(NOT_A_POSTINGS_FILE), "{fatal}");
                println!("    {fatal:.160}");
                continue;
            }
            assert!(report.fatal.is_none(), "{name}: {:?}", report.fatal);
            assert!(report.loaded > 0, "{name}");
            assert_eq!(count, report.loaded);
            assert!(
                report.rejected * 100 <= report.rows,
                "{name}: more than 1% rejected"
            );
            if let Some(p) = first {
                println!(
                    "    first: {}",
                    serde_json::to_string(&p)
                        .unwrap()
                        .chars()
                        .take(400)
                        .collect::<String>()
                );
            }
            if name == "nhs_jobs_schemaorg.jsonl" {
                assert!(report.loaded > 14_000);
                if !cfg!(debug_assertions) {
                    assert!(secs < 3.0, "NHS read took {secs:.2} s");
                }
            }
        }
    }
}
