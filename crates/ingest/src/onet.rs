//! Reader for the O*NET text release (tab-separated `.txt` files).
//!
//! [`read_onet`] reads the files of one release directory into [`Occupation`]s (with titles,
//! job zone, tasks, related occupations and requirements) and the [`Skill`]s those
//! requirements point at. Every file gets its own [`FileReport`]: malformed rows are rejected
//! with their line and field, rows that are valid but must not be used (`Recommend Suppress =
//! Y`, `Not Relevant = Y`, `n/a` values, codes absent from `Occupation Data.txt`) are skipped
//! with a counted reason, and a missing file is fatal for that file only.
//!
//! Columns are always looked up by header name, so the Excel-only columns (`Title`,
//! `Scale Name`) or a reordered release do not matter.

use crate::table::{parse_number, Delimiter, Row, Table};
use skillgap_core::{
    normalise_importance, normalise_level, tech_skill_id, FileReport, IngestReport, Occupation,
    RelatedOccupation, Requirement, RequirementSource, Skill, SkillKind, Taxonomy,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// `O*NET-SOC Code`, `Title`, `Description`: the list of occupations. Everything else refers
/// to it.
pub const OCCUPATION_DATA: &str = "Occupation Data.txt";
/// `O*NET-SOC Code`, `Alternate Title`, `Short Title`, `Source(s)`.
pub const ALTERNATE_TITLES: &str = "Alternate Titles.txt";
/// `O*NET-SOC Code`, `Reported Job Title`, `Shown in My Next Move`.
pub const REPORTED_TITLES: &str = "Sample of Reported Titles.txt";
/// `O*NET-SOC Code`, `Job Zone`, `Date`, `Domain Source`.
pub const JOB_ZONES: &str = "Job Zones.txt";
/// `O*NET-SOC Code`, `Task ID`, `Task`, `Task Type`, ...
pub const TASK_STATEMENTS: &str = "Task Statements.txt";
/// `O*NET-SOC Code`, `Related O*NET-SOC Code`, `Relatedness Tier`, `Index`.
pub const RELATED_OCCUPATIONS: &str = "Related Occupations.txt";
/// `Element ID`, `Element Name`, `Description`.
pub const CONTENT_MODEL: &str = "Content Model Reference.txt";
/// The Skills ratings (scales IM and LV).
pub const SKILLS: &str = "Skills.txt";
/// The Knowledge ratings (scales IM and LV).
pub const KNOWLEDGE: &str = "Knowledge.txt";
/// `O*NET-SOC Code`, `Example`, `Commodity Code`, `Commodity Title`, `Hot Technology`,
/// `In Demand`.
pub const TECHNOLOGY_SKILLS: &str = "Technology Skills.txt";

const CODE: &str = "O*NET-SOC Code";
const UNKNOWN_CODE: &str = "unknown O*NET-SOC code";
const NO_VALUE: &str = "no value";
const SUPPRESSED: &str = "Recommend Suppress = Y";
const NOT_RELEVANT: &str = "Not Relevant = Y";
const TIERS: [&str; 3] = ["Primary-Short", "Primary-Long", "Supplemental"];

/// What [`read_onet`] produces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnetData {
    /// Sorted by O*NET-SOC code; requirements of each sorted by importance (highest first,
    /// unrated last), then skill id.
    pub occupations: Vec<Occupation>,
    /// The content-model elements rated in `Skills.txt` / `Knowledge.txt` and one skill per
    /// technology of `Technology Skills.txt`, sorted by id.
    pub skills: Vec<Skill>,
}

/// Reads every supported file of the O*NET text release in `dir`. Each file gets one
/// FileReport pushed onto `report.files` (path = the file's path as displayed). Never panics;
/// a missing or unreadable file is recorded as fatal for that file (FileReport::fail) and the
/// rest still load.
///
/// Without `Occupation Data.txt` no occupation exists, so the rows of every other file are
/// skipped as referring to an unknown O*NET-SOC code and nothing is returned.
pub fn read_onet(dir: &Path, report: &mut IngestReport) -> OnetData {
    let _span = tracing::info_span!("read_onet", dir = %dir.display()).entered();
    let mut b = Builder::default();
    type Reader = fn(&mut Builder, Sheet, &mut FileReport);
    let files: [(&str, &[&str], &[&str], Reader); 10] = [
        (
            OCCUPATION_DATA,
            &[CODE, "Title", "Description"],
            &[],
            Builder::occupation_data,
        ),
        (
            ALTERNATE_TITLES,
            &[CODE, "Alternate Title"],
            &["Short Title"],
            Builder::alternate_titles,
        ),
        (
            REPORTED_TITLES,
            &[CODE, "Reported Job Title"],
            &[],
            Builder::reported_titles,
        ),
        (JOB_ZONES, &[CODE, "Job Zone"], &[], Builder::job_zones),
        (
            TASK_STATEMENTS,
            &[CODE, "Task", "Task Type"],
            &[],
            Builder::tasks,
        ),
        (
            RELATED_OCCUPATIONS,
            &[CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
            &[],
            Builder::related,
        ),
        (
            CONTENT_MODEL,
            &["Element ID", "Element Name", "Description"],
            &[],
            Builder::content_model,
        ),
        (SKILLS, RATING_COLUMNS, &[], |b, s, r| {
            b.ratings(s, r, RequirementSource::OnetSkills, SkillKind::Skill)
        }),
        (KNOWLEDGE, RATING_COLUMNS, &[], |b, s, r| {
            b.ratings(s, r, RequirementSource::OnetKnowledge, SkillKind::Knowledge)
        }),
        (
            TECHNOLOGY_SKILLS,
            &[
                CODE,
                "Example",
                "Commodity Code",
                "Commodity Title",
                "Hot Technology",
                "In Demand",
            ],
            &[],
            Builder::technology,
        ),
    ];
    for (name, required, optional, read) in files {
        let path = dir.join(name);
        let mut fr = FileReport::new(path.display().to_string());
        if let Some(sheet) = Sheet::load(&path, required, optional, &mut fr) {
            read(&mut b, sheet, &mut fr);
        }
        // Rows the table reader rejected (bad UTF-8) come first; list everything by line.
        fr.problems.sort_by_key(|p| p.line);
        tracing::debug!(
            file = name,
            rows = fr.rows,
            loaded = fr.loaded,
            skipped = fr.skipped,
            rejected = fr.rejected,
            fatal = fr.fatal.as_deref().unwrap_or(""),
            "read O*NET file"
        );
        report.files.push(fr);
    }
    let data = b.finish();
    tracing::info!(
        occupations = data.occupations.len(),
        skills = data.skills.len(),
        "read O*NET"
    );
    data
}

/// The columns of `Skills.txt` / `Knowledge.txt` that are used, in the order
/// [`Builder::ratings`] expects them.
const RATING_COLUMNS: &[&str] = &[
    CODE,
    "Element ID",
    "Element Name",
    "Scale ID",
    "Data Value",
    "Recommend Suppress",
    "Not Relevant",
];

/// The importance O*NET's ratings do not give for a technology, from its two flags.
///
/// O*NET lists technologies per occupation without any importance or level, only the flags
/// `Hot Technology` (frequently named in employer job postings) and `In Demand` (frequently
/// named in postings for this very occupation). skillgap needs a number to rank gaps, so the
/// flags are mapped onto the normalised importance scale: both flags 0.75, one of them 0.6,
/// neither 0.4, i.e. roughly O*NET importance 4.0, 3.4 and 2.6 of 5. A technology is never
/// `essential` and has no level.
pub fn technology_importance(hot: bool, in_demand: bool) -> f32 {
    if hot && in_demand {
        0.75
    } else if hot || in_demand {
        0.6
    } else {
        0.4
    }
}

/// Whether `s` is an O*NET-SOC code: `NN-NNNN.NN`.
pub fn is_onet_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, &c)| match i {
            2 => c == b'-',
            7 => c == b'.',
            _ => c.is_ascii_digit(),
        })
}

/// Whether `s` looks like a content-model element id (`2.A.1.a`): dot-separated
/// alphanumeric segments.
fn is_element_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|seg| !seg.is_empty() && seg.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// The parent of a content-model element: `2.A.1` for `2.A.1.a`.
fn parent_element(id: &str) -> Option<&str> {
    id.rsplit_once('.').map(|(parent, _)| parent)
}

/// Skill for the basic and cross-functional skills (`2.A`, `2.B`), Knowledge for `2.C`;
/// `default` (the kind of the file) otherwise.
fn element_kind(id: &str, default: SkillKind) -> SkillKind {
    let mut seg = id.split('.');
    match (seg.next(), seg.next()) {
        (Some("2"), Some("A" | "B")) => SkillKind::Skill,
        (Some("2"), Some("C")) => SkillKind::Knowledge,
        _ => default,
    }
}

/// `n/a` or empty.
fn is_missing(s: &str) -> bool {
    s.is_empty() || s.eq_ignore_ascii_case("n/a")
}

/// A file read into memory, with the positions of the columns used.
struct Sheet {
    rows: Vec<Row>,
    /// Positions of the required columns, in the order asked for.
    cols: Vec<usize>,
    names: Vec<String>,
    /// Positions of the optional columns (absent from the header: `None`).
    optional: Vec<Option<usize>>,
    /// Number of header fields.
    width: usize,
}

impl Sheet {
    /// Opens `path` and reads all its rows. A missing file, an empty one or one without a
    /// required column is fatal (recorded in `fr`) and gives `None`.
    fn load(
        path: &Path,
        required: &[&str],
        optional: &[&str],
        fr: &mut FileReport,
    ) -> Option<Sheet> {
        let mut table = Table::open(path, Delimiter::Tab, fr)?;
        let cols = table.columns(required, fr)?.0;
        let optional = optional.iter().map(|n| table.column(n)).collect();
        let width = table.header().len();
        let rows = table.rows(fr).collect();
        Some(Sheet {
            rows,
            cols,
            names: required.iter().map(|s| (*s).to_owned()).collect(),
            optional,
            width,
        })
    }

    /// Whether `row` has every required column (rejecting it otherwise), and no non-empty
    /// field beyond the header: O*NET fields never contain tabs, so an extra field means the
    /// values are misaligned.
    fn complete(&self, row: &Row, fr: &mut FileReport) -> bool {
        let n = row.len();
        let missing = self
            .cols
            .iter()
            .enumerate()
            .filter(|(_, &c)| c >= n)
            .min_by_key(|(_, &c)| c);
        if let Some((i, _)) = missing {
            let name = &self.names[i];
            fr.reject(
                row.line,
                Some(name),
                format!(
                    "row has {n} fields, the header has {}; no `{name}` field",
                    self.width
                ),
            );
            return false;
        }
        if row.long && (self.width..n).any(|i| !row.get(i).is_empty()) {
            fr.reject(
                row.line,
                None,
                format!(
                    "row has {n} fields, the header has {}; values may be misaligned",
                    self.width
                ),
            );
            return false;
        }
        true
    }

    /// The optional column `i`, or "" when the file has no such column.
    fn optional<'r>(&self, row: &'r Row, i: usize) -> &'r str {
        self.optional[i].map_or("", |c| row.get(c))
    }
}

/// Reads a `Y`/`N` flag. `n/a` and empty read as `N` when `na_ok`. Anything else is rejected
/// and gives `None`.
fn flag(row: &Row, col: usize, field: &str, na_ok: bool, fr: &mut FileReport) -> Option<bool> {
    let v = row.get(col);
    if v.eq_ignore_ascii_case("y") {
        Some(true)
    } else if v.eq_ignore_ascii_case("n") || (na_ok && is_missing(v)) {
        Some(false)
    } else {
        let expected = if na_ok { "Y, N or n/a" } else { "Y or N" };
        fr.reject(
            row.line,
            Some(field),
            format!("expected {expected}, found `{v}`"),
        );
        None
    }
}

/// The IM and LV rows of one (occupation, element) pair.
struct Rating {
    occ: usize,
    element: String,
    name: String,
    im: Option<f32>,
    lv: Option<f32>,
    /// Lines of the IM and LV rows seen, to reject duplicates.
    im_line: Option<u64>,
    lv_line: Option<u64>,
    not_relevant: bool,
}

/// A technology skill being collected.
struct Tech {
    label: String,
    alt_labels: Vec<String>,
    /// Distinct (commodity code, commodity title), first seen first.
    commodities: Vec<(String, String)>,
}

/// A rated content-model element.
struct Element {
    name: String,
    kind: SkillKind,
}

#[derive(Default)]
struct Builder {
    occupations: Vec<Occupation>,
    /// Code → position in `occupations`.
    index: HashMap<String, usize>,
    /// Lower-cased title and alternate titles of each occupation.
    titles: Vec<HashSet<String>>,
    /// Tasks with their rank (0 Core, 1 Supplemental, 2 untyped), file order.
    tasks: Vec<Vec<(u8, String)>>,
    /// Content Model Reference: id → (name, description).
    content_model: HashMap<String, (String, String)>,
    /// Elements rated in Skills/Knowledge.
    rated: BTreeMap<String, Element>,
    tech: BTreeMap<String, Tech>,
}

impl Builder {
    /// Resolves the code in column `col`: rejects a malformed code, skips an unknown one.
    fn occupation(&self, row: &Row, col: usize, field: &str, fr: &mut FileReport) -> Option<usize> {
        let code = row.get(col);
        if !is_onet_code(code) {
            fr.reject(
                row.line,
                Some(field),
                format!("expected an O*NET-SOC code like 15-1252.00, found `{code}`"),
            );
            return None;
        }
        match self.index.get(code) {
            Some(&i) => Some(i),
            None => {
                fr.skip(UNKNOWN_CODE);
                None
            }
        }
    }

    /// Adds an alternate title unless it is empty, `n/a`, the title or already there
    /// (case-insensitively). Returns whether it was added.
    fn add_title(&mut self, occ: usize, title: &str) -> bool {
        if is_missing(title) || !self.titles[occ].insert(title.to_lowercase()) {
            return false;
        }
        self.occupations[occ].alt_titles.push(title.to_owned());
        true
    }

    fn occupation_data(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        let mut first_line = Vec::new();
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let code = row.get(c[0]);
            if !is_onet_code(code) {
                fr.reject(
                    row.line,
                    Some(CODE),
                    format!("expected an O*NET-SOC code like 15-1252.00, found `{code}`"),
                );
                continue;
            }
            if let Some(&i) = self.index.get(code) {
                fr.reject(
                    row.line,
                    Some(CODE),
                    format!(
                        "duplicate code {code}; the first is on line {}",
                        first_line[i]
                    ),
                );
                continue;
            }
            let title = row.get(c[1]);
            if is_missing(title) {
                fr.reject(
                    row.line,
                    Some("Title"),
                    "empty title; every occupation needs one",
                );
                continue;
            }
            let description = row.get(c[2]);
            self.index.insert(code.to_owned(), self.occupations.len());
            first_line.push(row.line);
            self.titles.push(HashSet::from([title.to_lowercase()]));
            self.tasks.push(Vec::new());
            self.occupations.push(Occupation {
                id: code.to_owned(),
                taxonomy: Taxonomy::Onet,
                code: code.to_owned(),
                title: title.to_owned(),
                alt_titles: Vec::new(),
                description: if is_missing(description) {
                    String::new()
                } else {
                    description.to_owned()
                },
                job_zone: None,
                isco_group: None,
                tasks: Vec::new(),
                related: Vec::new(),
                broader: Vec::new(),
                requirements: Vec::new(),
                crosswalk: Vec::new(),
            });
            fr.loaded += 1;
        }
    }

    fn alternate_titles(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let title = row.get(c[1]);
            if is_missing(title) {
                fr.reject(row.line, Some("Alternate Title"), "empty title");
                continue;
            }
            let added = self.add_title(occ, title);
            let short = self.add_title(occ, sheet.optional(row, 0));
            if added || short {
                fr.loaded += 1;
            } else {
                fr.skip("duplicate title");
            }
        }
    }

    fn reported_titles(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let title = row.get(c[1]);
            if is_missing(title) {
                fr.reject(row.line, Some("Reported Job Title"), "empty title");
            } else if self.add_title(occ, title) {
                fr.loaded += 1;
            } else {
                fr.skip("duplicate title");
            }
        }
    }

    fn job_zones(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let zone = match parse_number(row.get(c[1])) {
                Ok(None) => {
                    fr.skip(NO_VALUE);
                    continue;
                }
                Ok(Some(v)) if v.fract() == 0.0 && (1.0..=5.0).contains(&v) => v as u8,
                _ => {
                    fr.reject(
                        row.line,
                        Some("Job Zone"),
                        format!("expected a job zone 1 to 5, found `{}`", row.get(c[1])),
                    );
                    continue;
                }
            };
            let o = &mut self.occupations[occ];
            if o.job_zone.is_some() {
                fr.reject(
                    row.line,
                    Some(CODE),
                    format!("a second job zone for {}", o.code),
                );
                continue;
            }
            o.job_zone = Some(zone);
            fr.loaded += 1;
        }
    }

    fn tasks(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let task = row.get(c[1]);
            if is_missing(task) {
                fr.reject(row.line, Some("Task"), "empty task statement");
                continue;
            }
            let kind = row.get(c[2]);
            let rank = if kind.eq_ignore_ascii_case("Core") {
                0
            } else if kind.eq_ignore_ascii_case("Supplemental") {
                1
            } else if is_missing(kind) {
                2
            } else {
                fr.reject(
                    row.line,
                    Some("Task Type"),
                    format!("expected Core, Supplemental or n/a, found `{kind}`"),
                );
                continue;
            };
            self.tasks[occ].push((rank, task.to_owned()));
            fr.loaded += 1;
        }
    }

    fn related(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        let mut seen = HashSet::new();
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            // Validate both codes before deciding to skip on an unknown one.
            let to_code = row.get(c[1]);
            if !is_onet_code(to_code) {
                fr.reject(
                    row.line,
                    Some("Related O*NET-SOC Code"),
                    format!("expected an O*NET-SOC code like 15-1252.00, found `{to_code}`"),
                );
                continue;
            }
            let Some(from) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let Some(&to) = self.index.get(to_code) else {
                fr.skip(UNKNOWN_CODE);
                continue;
            };
            let tier = row.get(c[2]);
            let Some(tier) = TIERS.iter().find(|t| t.eq_ignore_ascii_case(tier)) else {
                fr.reject(
                    row.line,
                    Some("Relatedness Tier"),
                    format!("expected {}, found `{tier}`", TIERS.join(", ")),
                );
                continue;
            };
            let index = match row.get(c[3]).parse::<u32>() {
                Ok(i) if i >= 1 => i,
                _ => {
                    fr.reject(
                        row.line,
                        Some("Index"),
                        format!("expected a rank 1, 2, ..., found `{}`", row.get(c[3])),
                    );
                    continue;
                }
            };
            if from == to {
                fr.reject(
                    row.line,
                    Some("Related O*NET-SOC Code"),
                    "an occupation cannot be related to itself",
                );
                continue;
            }
            if !seen.insert((from, to)) {
                fr.reject(
                    row.line,
                    Some("Related O*NET-SOC Code"),
                    format!("{to_code} is listed twice for {}", row.get(c[0])),
                );
                continue;
            }
            self.occupations[from].related.push(RelatedOccupation {
                id: to_code.to_owned(),
                tier: (*tier).to_owned(),
                index,
            });
            fr.loaded += 1;
        }
    }

    fn content_model(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let id = row.get(c[0]);
            if !is_element_id(id) {
                fr.reject(
                    row.line,
                    Some("Element ID"),
                    format!("expected an element id like 2.A.1.a, found `{id}`"),
                );
                continue;
            }
            let name = row.get(c[1]);
            if is_missing(name) {
                fr.reject(row.line, Some("Element Name"), "empty element name");
                continue;
            }
            if self.content_model.contains_key(id) {
                fr.reject(
                    row.line,
                    Some("Element ID"),
                    format!("duplicate element {id}"),
                );
                continue;
            }
            let description = row.get(c[2]);
            let description = if is_missing(description) {
                String::new()
            } else {
                description.to_owned()
            };
            self.content_model
                .insert(id.to_owned(), (name.to_owned(), description));
            fr.loaded += 1;
        }
    }

    /// Reads `Skills.txt` or `Knowledge.txt` ([`RATING_COLUMNS`]) and adds one requirement per
    /// (occupation, element) combining its IM and LV rows.
    ///
    /// Row accounting: a row whose value ends up in a requirement is loaded. `Recommend
    /// Suppress = Y` and `n/a` rows are skipped. When an element is `Not Relevant = Y`, that
    /// row and the other scale's row of the same pair are both skipped as not relevant.
    fn ratings(
        &mut self,
        sheet: Sheet,
        fr: &mut FileReport,
        source: RequirementSource,
        file_kind: SkillKind,
    ) {
        let c = &sheet.cols;
        let mut ratings: Vec<Rating> = Vec::new();
        let mut pos: HashMap<(usize, String), usize> = HashMap::new();
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let element = row.get(c[1]);
            if !is_element_id(element) {
                fr.reject(
                    row.line,
                    Some("Element ID"),
                    format!("expected an element id like 2.A.1.a, found `{element}`"),
                );
                continue;
            }
            let scale = row.get(c[3]);
            let (is_im, range) = if scale.eq_ignore_ascii_case("IM") {
                (true, 1.0..=5.0)
            } else if scale.eq_ignore_ascii_case("LV") {
                (false, 0.0..=7.0)
            } else {
                fr.reject(
                    row.line,
                    Some("Scale ID"),
                    format!("expected IM (importance) or LV (level), found `{scale}`"),
                );
                continue;
            };
            let Some(suppress) = flag(row, c[5], "Recommend Suppress", true, fr) else {
                continue;
            };
            let Some(not_relevant) = flag(row, c[6], "Not Relevant", true, fr) else {
                continue;
            };
            let i = *pos.entry((occ, element.to_owned())).or_insert_with(|| {
                ratings.push(Rating {
                    occ,
                    element: element.to_owned(),
                    name: String::new(),
                    im: None,
                    lv: None,
                    im_line: None,
                    lv_line: None,
                    not_relevant: false,
                });
                ratings.len() - 1
            });
            let r = &mut ratings[i];
            let seen = if is_im {
                &mut r.im_line
            } else {
                &mut r.lv_line
            };
            if let Some(first) = *seen {
                fr.reject(
                    row.line,
                    Some("Scale ID"),
                    format!(
                        "a second {} row for {} {element}; the first is on line {first}",
                        scale.to_ascii_uppercase(),
                        row.get(c[0])
                    ),
                );
                continue;
            }
            *seen = Some(row.line);
            if r.name.is_empty() {
                r.name = row.get(c[2]).to_owned();
            }
            self.rated
                .entry(element.to_owned())
                .or_insert_with(|| Element {
                    name: row.get(c[2]).to_owned(),
                    kind: element_kind(element, file_kind),
                });
            if not_relevant {
                r.not_relevant = true;
                fr.skip(NOT_RELEVANT);
                continue;
            }
            if suppress {
                fr.skip(SUPPRESSED);
                continue;
            }
            let raw = row.get(c[4]);
            match parse_number(raw) {
                Ok(None) => fr.skip(NO_VALUE),
                Ok(Some(v)) if range.contains(&v) => {
                    if is_im {
                        r.im = Some(v);
                    } else {
                        r.lv = Some(v);
                    }
                }
                Ok(Some(_)) => fr.reject(
                    row.line,
                    Some("Data Value"),
                    format!(
                        "{} must be between {} and {}, found `{raw}`",
                        if is_im {
                            "importance (IM)"
                        } else {
                            "level (LV)"
                        },
                        range.start(),
                        range.end()
                    ),
                ),
                Err(e) => fr.reject(row.line, Some("Data Value"), e),
            }
        }
        for r in ratings {
            let values = u64::from(r.im.is_some()) + u64::from(r.lv.is_some());
            if r.not_relevant {
                for _ in 0..values {
                    fr.skip(NOT_RELEVANT);
                }
                continue;
            }
            if values == 0 {
                continue;
            }
            fr.loaded += values;
            let label = match self.content_model.get(&r.element) {
                Some((name, _)) => name.clone(),
                None if r.name.is_empty() => r.element.clone(),
                None => r.name,
            };
            self.occupations[r.occ].requirements.push(Requirement {
                kind: element_kind(&r.element, file_kind),
                skill_id: r.element,
                skill_label: label,
                importance: r.im.map(normalise_importance),
                level: r.lv.map(normalise_level),
                raw_importance: r.im,
                raw_level: r.lv,
                essential: r.im.is_some_and(|v| v >= 3.0),
                hot: false,
                in_demand: false,
                source,
                inferred_from: Vec::new(),
            });
        }
    }

    fn technology(&mut self, sheet: Sheet, fr: &mut FileReport) {
        let c = &sheet.cols;
        // (occupation, skill id) → position in that occupation's requirements.
        let mut seen: HashMap<(usize, String), usize> = HashMap::new();
        for row in &sheet.rows {
            if !sheet.complete(row, fr) {
                continue;
            }
            let Some(occ) = self.occupation(row, c[0], CODE, fr) else {
                continue;
            };
            let example = row.get(c[1]);
            let id = tech_skill_id(example);
            if is_missing(example) || id == "tech:" {
                fr.reject(
                    row.line,
                    Some("Example"),
                    format!("expected a technology name, found `{example}`"),
                );
                continue;
            }
            let code = row.get(c[2]);
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                fr.reject(
                    row.line,
                    Some("Commodity Code"),
                    format!("expected a numeric UNSPSC commodity code, found `{code}`"),
                );
                continue;
            }
            let Some(hot) = flag(row, c[4], "Hot Technology", false, fr) else {
                continue;
            };
            let Some(in_demand) = flag(row, c[5], "In Demand", false, fr) else {
                continue;
            };
            let title = row.get(c[3]);
            let tech = self.tech.entry(id.clone()).or_insert_with(|| Tech {
                label: example.to_owned(),
                alt_labels: Vec::new(),
                commodities: Vec::new(),
            });
            if tech.label != example && !tech.alt_labels.iter().any(|a| a == example) {
                tech.alt_labels.push(example.to_owned());
            }
            if !tech.commodities.iter().any(|(c, _)| c == code) {
                let title = if is_missing(title) { "" } else { title };
                tech.commodities.push((code.to_owned(), title.to_owned()));
            }
            let label = tech.label.clone();
            let requirements = &mut self.occupations[occ].requirements;
            match seen.get(&(occ, id.clone())) {
                Some(&i) => {
                    // Two examples with the same id for one occupation: keep one requirement.
                    let r = &mut requirements[i];
                    r.hot |= hot;
                    r.in_demand |= in_demand;
                    r.importance = Some(technology_importance(r.hot, r.in_demand));
                    fr.skip("technology already listed for the occupation");
                }
                None => {
                    seen.insert((occ, id.clone()), requirements.len());
                    requirements.push(Requirement {
                        skill_id: id,
                        skill_label: label,
                        kind: SkillKind::Technology,
                        importance: Some(technology_importance(hot, in_demand)),
                        level: None,
                        raw_importance: None,
                        raw_level: None,
                        essential: false,
                        hot,
                        in_demand,
                        source: RequirementSource::OnetTechnology,
                        inferred_from: Vec::new(),
                    });
                    fr.loaded += 1;
                }
            }
        }
    }

    fn finish(self) -> OnetData {
        let Builder {
            mut occupations,
            tasks,
            content_model,
            rated,
            tech,
            ..
        } = self;
        for (o, mut tasks) in occupations.iter_mut().zip(tasks) {
            tasks.sort_by_key(|(rank, _)| *rank);
            o.tasks = tasks.into_iter().map(|(_, t)| t).collect();
            o.related
                .sort_by(|a, b| (a.index, &a.tier, &a.id).cmp(&(b.index, &b.tier, &b.id)));
            o.requirements.sort_by(|a, b| {
                let ia = a.importance.unwrap_or(f32::NEG_INFINITY);
                let ib = b.importance.unwrap_or(f32::NEG_INFINITY);
                ib.total_cmp(&ia).then_with(|| a.skill_id.cmp(&b.skill_id))
            });
        }
        occupations.sort_by(|a, b| a.code.cmp(&b.code));

        let mut skills = Vec::with_capacity(rated.len() + tech.len());
        for (id, e) in rated {
            let (label, description) = match content_model.get(&id) {
                Some((name, description)) => (name.clone(), description.clone()),
                None if e.name.is_empty() => (id.clone(), String::new()),
                None => (e.name, String::new()),
            };
            skills.push(Skill {
                broader: parent_element(&id).map(str::to_owned).into_iter().collect(),
                id,
                taxonomy: Taxonomy::Onet,
                kind: e.kind,
                label,
                alt_labels: Vec::new(),
                description,
                collections: Vec::new(),
                reuse_level: None,
                same_as: Vec::new(),
            });
        }
        for (id, t) in tech {
            let description = t
                .commodities
                .iter()
                .map(|(code, title)| {
                    if title.is_empty() {
                        format!("UNSPSC {code}")
                    } else {
                        format!("{title} (UNSPSC {code})")
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            skills.push(Skill {
                id,
                taxonomy: Taxonomy::Onet,
                kind: SkillKind::Technology,
                label: t.label,
                alt_labels: t.alt_labels,
                description,
                broader: t
                    .commodities
                    .iter()
                    .map(|(code, _)| format!("unspsc:{code}"))
                    .collect(),
                collections: Vec::new(),
                reuse_level: None,
                same_as: Vec::new(),
            });
        }
        skills.sort_by(|a, b| a.id.cmp(&b.id));
        OnetData {
            occupations,
            skills,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const RATING_HEADER: &str = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source";

    /// Writes `lines` as a CRLF file.
    fn write(dir: &Path, name: &str, lines: &[&str]) {
        let mut text = lines.join("\r\n");
        text.push_str("\r\n");
        std::fs::write(dir.join(name), text).unwrap();
    }

    fn rating(
        code: &str,
        id: &str,
        name: &str,
        scale: &str,
        value: &str,
        rs: &str,
        nr: &str,
    ) -> String {
        format!("{code}\t{id}\t{name}\t{scale}\t{value}\t8\t0.1250\t3.8800\t4.3700\t{rs}\t{nr}\t08/2023\tAnalyst")
    }

    /// A small release: three occupations and one row of most kinds of trouble.
    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            OCCUPATION_DATA,
            &[
                "O*NET-SOC Code\tTitle\tDescription",
                "29-1141.00\tRegistered Nurses\tAssess patient health problems.",
                "15-1252.00\tSoftware Developers\tResearch, design, and develop software.",
                "11-1011.00\tChief Executives\tn/a",
                "15-1252\tBroken Code\tA malformed code.",
            ],
        );
        write(
            d,
            ALTERNATE_TITLES,
            &[
                "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)",
                "15-1252.00\tApplication Developer\tn/a\t08",
                "15-1252.00\tapplication developer\tn/a\t08",
                "15-1252.00\tSOFTWARE DEVELOPERS\tn/a\t08",
                "15-1252.00\tSoftware Development Engineer\tSDE\t08",
                "29-1141.00\tStaff Nurse\tRN\t08",
                "99-9999.00\tNobody\tn/a\t08",
            ],
        );
        write(
            d,
            REPORTED_TITLES,
            &[
                "O*NET-SOC Code\tReported Job Title\tShown in My Next Move",
                "15-1252.00\tSoftware Engineer\tY",
                "15-1252.00\tsde\tN",
            ],
        );
        write(
            d,
            JOB_ZONES,
            &[
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source",
                "15-1252.00\t4\t08/2023\tAnalyst",
                "29-1141.00\t3\t08/2023\tAnalyst",
                "11-1011.00\t7\t08/2023\tAnalyst",
            ],
        );
        write(
            d,
            TASK_STATEMENTS,
            &[
                "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source",
                "15-1252.00\t1\tSupplemental one.\tSupplemental\t90\t08/2023\tIncumbent",
                "15-1252.00\t2\tCore one.\tCore\t90\t08/2023\tIncumbent",
                "15-1252.00\t3\tUntyped.\tn/a\tn/a\t08/2023\tIncumbent",
                "15-1252.00\t4\tCore two.\tCore\t90\t08/2023\tIncumbent",
            ],
        );
        write(
            d,
            RELATED_OCCUPATIONS,
            &[
                "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex",
                "15-1252.00\t11-1011.00\tPrimary-Long\t6",
                "15-1252.00\t29-1141.00\tPrimary-Short\t1",
                "15-1252.00\t15-1299.08\tPrimary-Short\t2",
            ],
        );
        write(
            d,
            CONTENT_MODEL,
            &[
                "Element ID\tElement Name\tDescription",
                "2.A.1.a\tReading Comprehension\tUnderstanding written sentences.",
                "2.A.2.b\tActive Learning\tUnderstanding the implications of new information.",
                "2.C.3.a\tComputers and Electronics\tKnowledge of circuit boards.",
            ],
        );
        let skills = [
            RATING_HEADER.to_owned(),
            // 15-1252.00: full pair.
            rating(
                "15-1252.00",
                "2.A.1.a",
                "Reading Comprehension",
                "IM",
                "4.12",
                "N",
                "n/a",
            ),
            rating(
                "15-1252.00",
                "2.A.1.a",
                "Reading Comprehension",
                "LV",
                "4.62",
                "N",
                "N",
            ),
            // LV suppressed: the requirement keeps IM only.
            rating(
                "15-1252.00",
                "2.A.2.b",
                "Active Learning",
                "IM",
                "2.50",
                "N",
                "n/a",
            ),
            rating(
                "15-1252.00",
                "2.A.2.b",
                "Active Learning",
                "LV",
                "3.00",
                "Y",
                "N",
            ),
            // Not relevant: no requirement.
            rating(
                "15-1252.00",
                "2.B.3.e",
                "Equipment Selection",
                "IM",
                "1.00",
                "N",
                "n/a",
            ),
            rating(
                "15-1252.00",
                "2.B.3.e",
                "Equipment Selection",
                "LV",
                "0.00",
                "N",
                "Y",
            ),
            // Line 8: bad value; line 9: out of range; line 10: unknown scale.
            rating(
                "29-1141.00",
                "2.A.1.a",
                "Reading Comprehension",
                "IM",
                "abc",
                "N",
                "n/a",
            ),
            rating(
                "29-1141.00",
                "2.A.1.a",
                "Reading Comprehension",
                "LV",
                "7.50",
                "N",
                "N",
            ),
            rating(
                "29-1141.00",
                "2.A.2.b",
                "Active Learning",
                "XX",
                "3.00",
                "N",
                "N",
            ),
            // Line 11: too few fields.
            "29-1141.00\t2.A.2.b\tActive Learning".to_owned(),
            // Line 12: unknown code; line 13: malformed code.
            rating(
                "99-9999.00",
                "2.A.1.a",
                "Reading Comprehension",
                "IM",
                "3.00",
                "N",
                "n/a",
            ),
            rating(
                "29-1141",
                "2.A.1.a",
                "Reading Comprehension",
                "IM",
                "3.00",
                "N",
                "n/a",
            ),
            // n/a value.
            rating(
                "29-1141.00",
                "2.A.2.b",
                "Active Learning",
                "IM",
                "n/a",
                "N",
                "n/a",
            ),
            rating(
                "29-1141.00",
                "2.A.2.b",
                "Active Learning",
                "LV",
                "3.50",
                "n/a",
                "N",
            ),
        ];
        let skills: Vec<&str> = skills.iter().map(String::as_str).collect();
        write(d, SKILLS, &skills);
        let knowledge = [
            RATING_HEADER.to_owned(),
            rating(
                "15-1252.00",
                "2.C.3.a",
                "Computers and Electronics",
                "IM",
                "4.80",
                "N",
                "n/a",
            ),
            rating(
                "15-1252.00",
                "2.C.3.a",
                "Computers and Electronics",
                "LV",
                "6.10",
                "N",
                "N",
            ),
        ];
        let knowledge: Vec<&str> = knowledge.iter().map(String::as_str).collect();
        write(d, KNOWLEDGE, &knowledge);
        write(
            d,
            TECHNOLOGY_SKILLS,
            &[
                "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand",
                "15-1252.00\tPython\t43232405\tObject or component oriented development software\tY\tY",
                "15-1252.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tN",
                "15-1252.00\tEmacs\t43232408\tWeb platform development software\tN\tN",
                "29-1141.00\tPython\t43232405\tObject or component oriented development software\tY\tN",
                "29-1141.00\tEpic Systems\t43231507\tMedical software\tN\tmaybe",
            ],
        );
        dir
    }

    fn file<'a>(report: &'a IngestReport, name: &str) -> &'a FileReport {
        report
            .file(name)
            .unwrap_or_else(|| panic!("no report for {name}: {report:#?}"))
    }

    fn occ<'a>(data: &'a OnetData, code: &str) -> &'a Occupation {
        data.occupations.iter().find(|o| o.code == code).unwrap()
    }

    fn req<'a>(o: &'a Occupation, id: &str) -> Option<&'a Requirement> {
        o.requirements.iter().find(|r| r.skill_id == id)
    }

    #[test]
    fn codes() {
        assert!(is_onet_code("15-1252.00"));
        for bad in [
            "15-1252",
            "15-1252.0",
            "151252.00",
            "15-12a2.00",
            "15-1252.000",
            "",
        ] {
            assert!(!is_onet_code(bad), "{bad}");
        }
        assert!(is_element_id("2.A.1.a"));
        assert!(!is_element_id("2..A"));
        assert!(!is_element_id(""));
        assert_eq!(parent_element("2.A.1.a"), Some("2.A.1"));
        assert_eq!(parent_element("2"), None);
        assert_eq!(
            element_kind("2.C.3.a", SkillKind::Skill),
            SkillKind::Knowledge
        );
        assert_eq!(
            element_kind("2.B.1.a", SkillKind::Knowledge),
            SkillKind::Skill
        );
    }

    #[test]
    fn reads_a_small_release() {
        let dir = fixture();
        let mut report = IngestReport::default();
        let data = read_onet(dir.path(), &mut report);
        assert_eq!(report.files.len(), 10);
        assert!(report.files.iter().all(|f| f.fatal.is_none()));

        // Occupation Data: sorted, malformed code rejected, n/a description empty.
        let codes: Vec<&str> = data.occupations.iter().map(|o| o.code.as_str()).collect();
        assert_eq!(codes, ["11-1011.00", "15-1252.00", "29-1141.00"]);
        let od = file(&report, OCCUPATION_DATA);
        assert_eq!((od.rows, od.loaded, od.rejected), (4, 3, 1));
        assert_eq!(od.problems[0].line, 5);
        assert_eq!(occ(&data, "11-1011.00").description, "");

        // Titles: deduplicated case-insensitively, never the title, short titles included.
        let dev = occ(&data, "15-1252.00");
        assert_eq!(dev.taxonomy, Taxonomy::Onet);
        assert_eq!(dev.id, "15-1252.00");
        assert_eq!(
            dev.alt_titles,
            [
                "Application Developer",
                "Software Development Engineer",
                "SDE",
                "Software Engineer"
            ]
        );
        let alt = file(&report, ALTERNATE_TITLES);
        assert_eq!((alt.loaded, alt.skipped), (3, 3));
        assert!(alt.skipped_reasons.contains(&(UNKNOWN_CODE.to_owned(), 1)));
        assert_eq!(occ(&data, "29-1141.00").alt_titles, ["Staff Nurse", "RN"]);

        // Job zones.
        assert_eq!(dev.job_zone, Some(4));
        assert_eq!(occ(&data, "11-1011.00").job_zone, None);
        let jz = file(&report, JOB_ZONES);
        assert_eq!((jz.loaded, jz.rejected), (2, 1));
        assert_eq!(jz.problems[0].field.as_deref(), Some("Job Zone"));

        // Tasks: Core first, then Supplemental, then untyped, file order within.
        assert_eq!(
            dev.tasks,
            ["Core one.", "Core two.", "Supplemental one.", "Untyped."]
        );

        // Related: sorted by index; unknown code skipped.
        let related: Vec<(&str, u32)> = dev
            .related
            .iter()
            .map(|r| (r.id.as_str(), r.index))
            .collect();
        assert_eq!(related, [("29-1141.00", 1), ("11-1011.00", 6)]);
        assert_eq!(dev.related[0].tier, "Primary-Short");
        assert_eq!(file(&report, RELATED_OCCUPATIONS).skipped, 1);

        // Skills: IM and LV combined into one requirement.
        let reading = req(dev, "2.A.1.a").unwrap();
        assert_eq!(reading.raw_importance, Some(4.12));
        assert_eq!(reading.raw_level, Some(4.62));
        assert!((reading.importance.unwrap() - 0.78).abs() < 1e-6);
        assert!((reading.level.unwrap() - 4.62 / 7.0).abs() < 1e-6);
        assert!(reading.essential);
        assert_eq!(reading.kind, SkillKind::Skill);
        assert_eq!(reading.source, RequirementSource::OnetSkills);
        assert_eq!(reading.skill_label, "Reading Comprehension");
        // Recommend Suppress on LV: IM kept, no level.
        let learning = req(dev, "2.A.2.b").unwrap();
        assert_eq!(learning.raw_importance, Some(2.5));
        assert_eq!(learning.level, None);
        assert!(!learning.essential);
        // Not Relevant: no requirement at all.
        assert!(req(dev, "2.B.3.e").is_none());
        // IM n/a: only the level is left.
        let nurse = occ(&data, "29-1141.00");
        let nurse_learning = req(nurse, "2.A.2.b").unwrap();
        assert_eq!(nurse_learning.importance, None);
        assert_eq!(nurse_learning.raw_level, Some(3.5));
        // Both scales of the nurse's reading rejected: no requirement.
        assert!(req(nurse, "2.A.1.a").is_none());

        let sk = file(&report, SKILLS);
        assert_eq!(sk.rows, 14);
        // Loaded: dev reading IM+LV, learning IM, nurse learning LV.
        assert_eq!(sk.loaded, 4);
        assert_eq!(sk.rejected, 5);
        assert_eq!(sk.skipped, 5);
        assert_eq!(sk.rows, sk.loaded + sk.rejected + sk.skipped);
        for (reason, n) in [
            (SUPPRESSED, 1),
            (NOT_RELEVANT, 2),
            (UNKNOWN_CODE, 1),
            (NO_VALUE, 1),
        ] {
            assert!(
                sk.skipped_reasons.contains(&(reason.to_owned(), n)),
                "{reason}: {:?}",
                sk.skipped_reasons
            );
        }
        let problems: Vec<(u64, Option<&str>)> = sk
            .problems
            .iter()
            .map(|p| (p.line, p.field.as_deref()))
            .collect();
        assert_eq!(
            problems,
            [
                (8, Some("Data Value")),
                (9, Some("Data Value")),
                (10, Some("Scale ID")),
                (11, Some("Scale ID")),
                (13, Some(CODE)),
            ]
        );
        assert!(sk.problems[0].message.contains("`abc`"));
        assert!(sk.problems[1].message.contains("between 0 and 7"));
        assert_eq!(
            sk.problems[3].message,
            "row has 3 fields, the header has 13; no `Scale ID` field"
        );

        // Knowledge.
        let computers = req(dev, "2.C.3.a").unwrap();
        assert_eq!(computers.kind, SkillKind::Knowledge);
        assert_eq!(computers.source, RequirementSource::OnetKnowledge);

        // Technology: importance from the flags, bad flag rejected.
        let python = req(dev, "tech:python").unwrap();
        assert!(python.hot && python.in_demand);
        assert_eq!(python.importance, Some(0.75));
        assert_eq!(python.level, None);
        assert!(!python.essential);
        assert_eq!(python.kind, SkillKind::Technology);
        assert_eq!(
            req(dev, "tech:atlassian-jira").unwrap().importance,
            Some(0.6)
        );
        assert_eq!(req(dev, "tech:emacs").unwrap().importance, Some(0.4));
        assert_eq!(req(nurse, "tech:python").unwrap().importance, Some(0.6));
        let tech = file(&report, TECHNOLOGY_SKILLS);
        assert_eq!((tech.loaded, tech.rejected), (4, 1));
        assert_eq!(tech.problems[0].field.as_deref(), Some("In Demand"));
        assert_eq!(tech.problems[0].line, 6);

        // Requirement order: importance desc, unrated last, then id.
        let order: Vec<&str> = dev
            .requirements
            .iter()
            .map(|r| r.skill_id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "2.C.3.a",
                "2.A.1.a",
                "tech:python",
                "tech:atlassian-jira",
                "tech:emacs",
                "2.A.2.b"
            ]
        );

        // Skills: rated elements (even the not-relevant one) and technologies, sorted by id.
        let ids: Vec<&str> = data.skills.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "2.A.1.a",
                "2.A.2.b",
                "2.B.3.e",
                "2.C.3.a",
                "tech:atlassian-jira",
                "tech:emacs",
                "tech:python"
            ]
        );
        let s = &data.skills[0];
        assert_eq!(s.label, "Reading Comprehension");
        assert_eq!(s.description, "Understanding written sentences.");
        assert_eq!(s.broader, ["2.A.1"]);
        assert_eq!(s.kind, SkillKind::Skill);
        assert_eq!(data.skills[3].kind, SkillKind::Knowledge);
        // Not in the reference: the ratings name, no description.
        assert_eq!(data.skills[2].label, "Equipment Selection");
        assert_eq!(data.skills[2].description, "");
        let py = data.skills.last().unwrap();
        assert_eq!(py.kind, SkillKind::Technology);
        assert_eq!(py.label, "Python");
        assert_eq!(
            py.description,
            "Object or component oriented development software (UNSPSC 43232405)"
        );
        assert_eq!(py.broader, ["unspsc:43232405"]);
    }

    #[test]
    fn missing_optional_files_are_fatal_only_for_themselves() {
        let dir = fixture();
        std::fs::remove_file(dir.path().join(KNOWLEDGE)).unwrap();
        std::fs::remove_file(dir.path().join(CONTENT_MODEL)).unwrap();
        let mut report = IngestReport::default();
        let data = read_onet(dir.path(), &mut report);
        assert_eq!(report.files.len(), 10);
        let k = file(&report, KNOWLEDGE);
        assert!(k.fatal.as_deref().unwrap().starts_with("cannot open"));
        assert!(k.is_partial());
        assert!(file(&report, CONTENT_MODEL).fatal.is_some());
        assert!(file(&report, SKILLS).fatal.is_none());
        assert_eq!(data.occupations.len(), 3);
        let dev = occ(&data, "15-1252.00");
        assert!(req(dev, "2.C.3.a").is_none());
        assert!(req(dev, "2.A.1.a").is_some());
        // Without the reference the element keeps the ratings name, with no description.
        let reading = data.skills.iter().find(|s| s.id == "2.A.1.a").unwrap();
        assert_eq!(reading.label, "Reading Comprehension");
        assert_eq!(reading.description, "");
        assert_eq!(reading.broader, ["2.A.1"]);
    }

    #[test]
    fn without_occupation_data_nothing_loads() {
        let dir = fixture();
        std::fs::remove_file(dir.path().join(OCCUPATION_DATA)).unwrap();
        let mut report = IngestReport::default();
        let data = read_onet(dir.path(), &mut report);
        assert!(data.occupations.is_empty());
        assert!(data.skills.is_empty());
        assert!(file(&report, OCCUPATION_DATA).fatal.is_some());
        let alt = file(&report, ALTERNATE_TITLES);
        assert_eq!(alt.loaded, 0);
        assert_eq!(alt.skipped, alt.rows);
    }

    #[test]
    fn missing_column_is_fatal_and_long_rows_are_rejected() {
        let dir = fixture();
        write(
            dir.path(),
            JOB_ZONES,
            &["O*NET-SOC Code\tZone", "15-1252.00\t4"],
        );
        write(
            dir.path(),
            TASK_STATEMENTS,
            &[
                "O*NET-SOC Code\tTask\tTask Type",
                "15-1252.00\tWrite code.\tCore\tstray",
                "15-1252.00\tTest code.\tCore\t",
            ],
        );
        let mut report = IngestReport::default();
        let data = read_onet(dir.path(), &mut report);
        assert!(file(&report, JOB_ZONES)
            .fatal
            .as_deref()
            .unwrap()
            .contains("`Job Zone`"));
        let tasks = file(&report, TASK_STATEMENTS);
        assert_eq!((tasks.loaded, tasks.rejected), (1, 1));
        assert_eq!(tasks.problems[0].line, 2);
        assert_eq!(occ(&data, "15-1252.00").tasks, ["Test code."]);
    }

    #[test]
    fn duplicate_scale_rows_are_rejected() {
        let dir = fixture();
        let lines = [
            RATING_HEADER.to_owned(),
            rating(
                "15-1252.00",
                "2.C.3.a",
                "Computers and Electronics",
                "IM",
                "4.80",
                "N",
                "n/a",
            ),
            rating(
                "15-1252.00",
                "2.C.3.a",
                "Computers and Electronics",
                "IM",
                "2.00",
                "N",
                "n/a",
            ),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        write(dir.path(), KNOWLEDGE, &lines);
        let mut report = IngestReport::default();
        let data = read_onet(dir.path(), &mut report);
        let k = file(&report, KNOWLEDGE);
        assert_eq!((k.loaded, k.rejected), (1, 1));
        assert!(k.problems[0].message.contains("first is on line 2"));
        let r = req(occ(&data, "15-1252.00"), "2.C.3.a").unwrap();
        assert_eq!(r.raw_importance, Some(4.8));
    }

    /// The real release, when the shared datasets are there.
    #[test]
    fn reads_the_real_release() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/datasets/onet");
        if !dir.is_dir() {
            println!("skipping: ../shared/datasets not found");
            return;
        }
        let start = std::time::Instant::now();
        let mut report = IngestReport::default();
        let data = read_onet(&dir, &mut report);
        let elapsed = start.elapsed();
        println!("read_onet: {elapsed:?}");
        for f in &report.files {
            println!(
                "{}: rows {} loaded {} skipped {} {:?} rejected {} fatal {:?}",
                f.path, f.rows, f.loaded, f.skipped, f.skipped_reasons, f.rejected, f.fatal
            );
            for p in f.problems.iter().take(5) {
                println!("  line {} {:?}: {}", p.line, p.field, p.message);
            }
        }
        println!(
            "{} occupations, {} skills",
            data.occupations.len(),
            data.skills.len()
        );
        assert_eq!(data.occupations.len(), 1016);
        assert!(report.files.iter().all(|f| f.fatal.is_none()));
        for name in [SKILLS, KNOWLEDGE] {
            assert_eq!(file(&report, name).rejected, 0, "{name}");
        }
        // Software Developers: hot technologies, but no Skills/Knowledge rows at all (the 29.3
        // files rate 879 occupations and leave 15-1252.00 out), hence no rated requirements.
        let dev = occ(&data, "15-1252.00");
        assert!(dev
            .requirements
            .iter()
            .any(|r| r.kind == SkillKind::Technology && r.hot));
        assert!(dev
            .requirements
            .iter()
            .all(|r| r.kind == SkillKind::Technology));
        assert_eq!(dev.job_zone, Some(4));
        assert!(!dev.tasks.is_empty() && !dev.alt_titles.is_empty() && !dev.related.is_empty());
        // Rated occupations combine IM and LV into one requirement per element.
        for code in ["15-1251.00", "29-1141.00"] {
            let o = occ(&data, code);
            let rated: Vec<&Requirement> = o
                .requirements
                .iter()
                .filter(|r| r.source != RequirementSource::OnetTechnology)
                .collect();
            assert!(rated.len() <= 35 + 33, "{code}");
            assert!(
                rated
                    .iter()
                    .any(|r| r.importance.is_some() && r.level.is_some()),
                "{code}"
            );
        }
        let rated = data
            .occupations
            .iter()
            .filter(|o| {
                o.requirements
                    .iter()
                    .any(|r| r.source == RequirementSource::OnetSkills)
            })
            .count();
        assert_eq!(rated, 879);
        assert_eq!(
            data.skills
                .iter()
                .filter(|s| s.kind != SkillKind::Technology)
                .count(),
            35 + 33
        );
        assert!(data.skills.iter().all(|s| !s.description.is_empty()));
        assert!(data.skills.windows(2).all(|w| w[0].id < w[1].id));
        assert!(data.occupations.windows(2).all(|w| w[0].code < w[1].code));
    }
}
