//! Reader for the ESCO CSV release.
//!
//! Reads the English classification files (`skills_en.csv`, `occupations_en.csv`, the skill
//! collections, `skillsHierarchy_en.csv`, `ISCOGroups_en.csv`) and the language-independent
//! relation files (`occupationSkillRelations`, `broaderRelations{Skill,Occ}Pillar`), joined on
//! the concept URIs. Files are found by name stem, with or without a language suffix
//! (`occupationSkillRelations.csv` in v1.1.x, `occupationSkillRelations_en.csv` elsewhere).
//!
//! Every file gets one [`FileReport`]; a missing required file is fatal for that file only.

use crate::table::{Delimiter, Table};
use skillgap_core::{
    FileReport, IngestReport, Occupation, Requirement, RequirementSource, Skill, SkillKind,
    Taxonomy,
};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Everything read from an ESCO release.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EscoData {
    /// Occupations sorted by id (concept URI), with requirements and broader links.
    pub occupations: Vec<Occupation>,
    /// Skills sorted by id (concept URI), with collections and broader links.
    pub skills: Vec<Skill>,
    /// Skill groups of `skillsHierarchy_en.csv` as `(uri, label, code)`, sorted by URI. The
    /// code is empty where the release gives none.
    pub skill_groups: Vec<(String, String, String)>,
    /// ISCO-08 groups of `ISCOGroups_en.csv` as `(code, label)`, sorted by code.
    pub isco_groups: Vec<(String, String)>,
}

/// The optional skill collections: file stem, collection name, and the kind it implies.
const COLLECTIONS: &[(&str, &str, Option<SkillKind>)] = &[
    (
        "transversalSkillsCollection",
        "transversal",
        Some(SkillKind::Transversal),
    ),
    // After `transversal`, so that a skill in both ends up a language skill.
    (
        "languageSkillsCollection",
        "language",
        Some(SkillKind::Language),
    ),
    ("digitalSkillsCollection", "digital", None),
    ("greenSkillsCollection", "green", None),
    ("researchSkillsCollection", "research", None),
    ("digCompSkillsCollection", "digcomp", None),
];

/// Reads the ESCO release in `dir`. Never panics; problems are recorded in `report`.
pub fn read_esco(dir: &Path, report: &mut IngestReport) -> EscoData {
    let _span = tracing::info_span!("read_esco", dir = %dir.display()).entered();
    let files = DirListing::new(dir, report);

    // Skills.
    let mut skills: Vec<Skill> = Vec::new();
    let mut skill_index: HashMap<String, usize> = HashMap::new();
    if let Some(fr) = files.required("skills", report) {
        report
            .files
            .push(read_skills(&fr, &mut skills, &mut skill_index));
    }

    // Collections (optional).
    for (stem, name, kind) in COLLECTIONS {
        match files.find(stem) {
            Some(path) => report.files.push(read_collection(
                &path,
                name,
                *kind,
                &mut skills,
                &skill_index,
            )),
            None => report.warnings.push(format!(
                "ESCO: optional file {stem}_en.csv not found in {}",
                dir.display()
            )),
        }
    }

    // Broader relations in the skill pillar (optional).
    match files.find("broaderRelationsSkillPillar") {
        Some(path) => report.files.push(read_broader(
            &path,
            &mut skills,
            &skill_index,
            |s: &mut Skill| &mut s.broader,
            &["SkillGroup"],
        )),
        None => report.warnings.push(format!(
            "ESCO: optional file broaderRelationsSkillPillar.csv not found in {}",
            dir.display()
        )),
    }

    // Occupations.
    let mut occupations: Vec<Occupation> = Vec::new();
    let mut occ_index: HashMap<String, usize> = HashMap::new();
    if let Some(path) = files.required("occupations", report) {
        report
            .files
            .push(read_occupations(&path, &mut occupations, &mut occ_index));
    }

    match files.find("broaderRelationsOccPillar") {
        Some(path) => report.files.push(read_broader(
            &path,
            &mut occupations,
            &occ_index,
            |o: &mut Occupation| &mut o.broader,
            &["ISCOGroup"],
        )),
        None => report.warnings.push(format!(
            "ESCO: optional file broaderRelationsOccPillar.csv not found in {}",
            dir.display()
        )),
    }

    // Occupation → skill relations.
    if let Some(path) = files.required("occupationSkillRelations", report) {
        report.files.push(read_relations(
            &path,
            &mut occupations,
            &occ_index,
            &skills,
            &skill_index,
        ));
    }

    // Hierarchy and ISCO groups (optional, for labels).
    let mut skill_groups = Vec::new();
    match files.find("skillsHierarchy") {
        Some(path) => report
            .files
            .push(read_skills_hierarchy(&path, &mut skill_groups)),
        None => report.warnings.push(format!(
            "ESCO: optional file skillsHierarchy_en.csv not found in {}",
            dir.display()
        )),
    }
    let mut isco_groups = Vec::new();
    match files.find("ISCOGroups") {
        Some(path) => report.files.push(read_isco_groups(&path, &mut isco_groups)),
        None => report.warnings.push(format!(
            "ESCO: optional file ISCOGroups_en.csv not found in {}",
            dir.display()
        )),
    }

    for o in &mut occupations {
        o.requirements.sort_by(|a, b| {
            b.importance
                .unwrap_or(0.0)
                .total_cmp(&a.importance.unwrap_or(0.0))
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
    }
    skills.sort_by(|a, b| a.id.cmp(&b.id));
    occupations.sort_by(|a, b| a.id.cmp(&b.id));

    tracing::info!(
        skills = skills.len(),
        occupations = occupations.len(),
        requirements = occupations
            .iter()
            .map(|o| o.requirements.len())
            .sum::<usize>(),
        skill_groups = skill_groups.len(),
        isco_groups = isco_groups.len(),
        "read ESCO"
    );
    EscoData {
        occupations,
        skills,
        skill_groups,
        isco_groups,
    }
}

/// The CSV files of the ESCO directory, looked up by stem.
struct DirListing {
    dir: PathBuf,
    /// File names ending in `.csv` (case-insensitively), sorted.
    names: Vec<String>,
    /// Why the directory could not be listed, if it could not.
    error: Option<String>,
}

impl DirListing {
    fn new(dir: &Path, report: &mut IngestReport) -> DirListing {
        let mut names = Vec::new();
        let mut error = None;
        match std::fs::read_dir(dir) {
            Ok(entries) => {
                for e in entries.flatten() {
                    if let Some(name) = e.file_name().to_str() {
                        if name.to_ascii_lowercase().ends_with(".csv") {
                            names.push(name.to_owned());
                        }
                    }
                }
            }
            Err(e) => {
                report.warnings.push(format!(
                    "ESCO: cannot list the directory {}: {e}",
                    dir.display()
                ));
                error = Some(e.to_string());
            }
        }
        names.sort();
        DirListing {
            dir: dir.to_path_buf(),
            names,
            error,
        }
    }

    /// Finds `<stem>_en.csv`, then `<stem>.csv`, then `<stem>_<lang>.csv` (case-insensitive).
    fn find(&self, stem: &str) -> Option<PathBuf> {
        let stem = stem.to_ascii_lowercase();
        let mut best: Option<(u8, &String)> = None;
        for name in &self.names {
            let lower = name.to_ascii_lowercase();
            let Some(base) = lower.strip_suffix(".csv") else {
                continue;
            };
            let rank = if base == format!("{stem}_en") {
                0
            } else if base == stem {
                1
            } else if base
                .strip_prefix(&stem)
                .and_then(|rest| rest.strip_prefix('_'))
                .is_some_and(|lang| {
                    (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_alphabetic())
                })
            {
                2
            } else {
                continue;
            };
            let better = match best {
                Some((r, _)) => rank < r,
                None => true,
            };
            if better {
                best = Some((rank, name));
            }
        }
        best.map(|(_, name)| self.dir.join(name))
    }

    /// Finds a required file; when absent, records a fatal [`FileReport`] and returns `None`.
    fn required(&self, stem: &str, report: &mut IngestReport) -> Option<PathBuf> {
        if let Some(p) = self.find(stem) {
            return Some(p);
        }
        let expected = self.dir.join(format!("{stem}_en.csv"));
        let mut fr = FileReport::new(expected.display().to_string());
        match &self.error {
            Some(e) => fr.fail(format!(
                "required ESCO file not found: cannot list {}: {e}",
                self.dir.display()
            )),
            None => fr.fail(format!(
                "required ESCO file not found: expected {stem}_en.csv or {stem}.csv in {}",
                self.dir.display()
            )),
        }
        report.files.push(fr);
        None
    }
}

/// Splits a multi-valued ESCO label field: values are separated by newlines (the
/// classification files) or ` | ` (the collection files). Returns trimmed, non-empty values,
/// deduplicated case-insensitively, leaving out any equal to one of `exclude`.
fn split_labels<'a>(fields: impl IntoIterator<Item = &'a str>, exclude: &str) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(exclude.trim().to_lowercase());
    let mut out = Vec::new();
    for field in fields {
        for line in field.split('\n') {
            for value in line.split(" | ") {
                let value = value.trim();
                if value.is_empty() {
                    continue;
                }
                if seen.insert(value.to_lowercase()) {
                    out.push(value.to_owned());
                }
            }
        }
    }
    out
}

/// Reads an optional column of a row, or "" when the file has no such column.
fn opt(row: &crate::table::Row, col: Option<usize>) -> &str {
    col.map(|c| row.get(c)).unwrap_or("")
}

fn read_skills(
    path: &Path,
    skills: &mut Vec<Skill>,
    index: &mut HashMap<String, usize>,
) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["conceptUri", "preferredLabel"], &mut fr) else {
        return fr;
    };
    let (c_uri, c_label) = (cols.0[0], cols.0[1]);
    let c_type = table.column("skillType");
    let c_reuse = table.column("reuseLevel");
    let c_alt = table.column("altLabels");
    let c_desc = table.column("description");
    let c_def = table.column("definition");
    let mut first_line: HashMap<String, u64> = HashMap::new();
    // Collected first: the row iterator holds `fr`, which rejections below also need.
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let uri = row.get(c_uri);
        if uri.is_empty() {
            fr.reject(
                row.line,
                Some("conceptUri"),
                "empty conceptUri; expected the skill's concept URI",
            );
            continue;
        }
        let label = row.get(c_label);
        if label.is_empty() {
            fr.reject(
                row.line,
                Some("preferredLabel"),
                format!("empty preferredLabel for {uri}; expected the skill's English label"),
            );
            continue;
        }
        let type_raw = opt(&row, c_type);
        let kind = match type_raw.to_ascii_lowercase().as_str() {
            "" | "skill/competence" | "skill" | "competence" => SkillKind::Skill,
            "knowledge" => SkillKind::Knowledge,
            other => match SkillKind::parse(other) {
                Some(k) => k,
                None => {
                    fr.reject(
                        row.line,
                        Some("skillType"),
                        format!(
                            "unknown skillType `{type_raw}`; expected `skill/competence`, `knowledge` or empty"
                        ),
                    );
                    continue;
                }
            },
        };
        if let Some(first) = first_line.get(uri) {
            fr.reject(
                row.line,
                Some("conceptUri"),
                format!("duplicate conceptUri {uri}; first seen on line {first}"),
            );
            continue;
        }
        first_line.insert(uri.to_owned(), row.line);
        let mut description = opt(&row, c_desc);
        if description.is_empty() {
            description = opt(&row, c_def);
        }
        let reuse = opt(&row, c_reuse);
        index.insert(uri.to_owned(), skills.len());
        skills.push(Skill {
            id: uri.to_owned(),
            taxonomy: Taxonomy::Esco,
            kind,
            label: label.to_owned(),
            alt_labels: split_labels([opt(&row, c_alt)], label),
            description: description.to_owned(),
            broader: Vec::new(),
            collections: Vec::new(),
            reuse_level: (!reuse.is_empty()).then(|| reuse.to_owned()),
            same_as: Vec::new(),
        });
        fr.loaded += 1;
    }
    fr
}

fn read_collection(
    path: &Path,
    name: &str,
    kind: Option<SkillKind>,
    skills: &mut [Skill],
    index: &HashMap<String, usize>,
) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["conceptUri"], &mut fr) else {
        return fr;
    };
    let c_uri = cols.0[0];
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let uri = row.get(c_uri);
        if uri.is_empty() {
            fr.reject(
                row.line,
                Some("conceptUri"),
                "empty conceptUri; expected a skill's concept URI",
            );
            continue;
        }
        let Some(&i) = index.get(uri) else {
            fr.skip("unknown skill URI");
            continue;
        };
        let skill = &mut skills[i];
        if !skill.collections.iter().any(|c| c == name) {
            skill.collections.push(name.to_owned());
        }
        if let Some(k) = kind {
            skill.kind = k;
        }
        fr.loaded += 1;
    }
    fr
}

/// Reads a `broaderRelations*Pillar` file, attaching `broaderUri` to the concepts we hold.
/// Rows about concepts of a `group_types` type (groups, not held as records) count as loaded.
fn read_broader<T>(
    path: &Path,
    items: &mut [T],
    index: &HashMap<String, usize>,
    broader: impl Fn(&mut T) -> &mut Vec<String>,
    group_types: &[&str],
) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["conceptUri", "broaderUri"], &mut fr) else {
        return fr;
    };
    let (c_uri, c_broader) = (cols.0[0], cols.0[1]);
    let c_type = table.column("conceptType");
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let uri = row.get(c_uri);
        let up = row.get(c_broader);
        if uri.is_empty() {
            fr.reject(
                row.line,
                Some("conceptUri"),
                "empty conceptUri; expected the narrower concept's URI",
            );
            continue;
        }
        if up.is_empty() {
            fr.reject(
                row.line,
                Some("broaderUri"),
                "empty broaderUri; expected the broader concept's URI",
            );
            continue;
        }
        if let Some(&i) = index.get(uri) {
            let list = broader(&mut items[i]);
            if !list.iter().any(|b| b == up) {
                list.push(up.to_owned());
            }
            fr.loaded += 1;
        } else if group_types
            .iter()
            .any(|t| opt(&row, c_type).eq_ignore_ascii_case(t))
        {
            // A group → group link; the hierarchy file labels these.
            fr.loaded += 1;
        } else {
            fr.skip("unknown concept URI");
        }
    }
    fr
}

fn is_isco_code(s: &str) -> bool {
    (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn read_occupations(
    path: &Path,
    occupations: &mut Vec<Occupation>,
    index: &mut HashMap<String, usize>,
) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["conceptUri", "preferredLabel"], &mut fr) else {
        return fr;
    };
    let (c_uri, c_label) = (cols.0[0], cols.0[1]);
    let c_isco = table.column("iscoGroup");
    let c_code = table.column("code");
    let c_alt = table.column("altLabels");
    let c_hidden = table.column("hiddenLabels");
    let c_desc = table.column("description");
    let c_def = table.column("definition");
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let uri = row.get(c_uri);
        if uri.is_empty() {
            fr.reject(
                row.line,
                Some("conceptUri"),
                "empty conceptUri; expected the occupation's concept URI",
            );
            continue;
        }
        let title = row.get(c_label);
        if title.is_empty() {
            fr.reject(
                row.line,
                Some("preferredLabel"),
                format!("empty preferredLabel for {uri}; expected the occupation's English title"),
            );
            continue;
        }
        let isco = opt(&row, c_isco);
        if !isco.is_empty() && !is_isco_code(isco) {
            fr.reject(
                row.line,
                Some("iscoGroup"),
                format!("invalid iscoGroup `{isco}`; expected an ISCO-08 code of 1–4 digits"),
            );
            continue;
        }
        if let Some(first) = first_line.get(uri) {
            fr.reject(
                row.line,
                Some("conceptUri"),
                format!("duplicate conceptUri {uri}; first seen on line {first}"),
            );
            continue;
        }
        first_line.insert(uri.to_owned(), row.line);
        let code = match opt(&row, c_code) {
            "" => isco,
            c => c,
        };
        let mut description = opt(&row, c_desc);
        if description.is_empty() {
            description = opt(&row, c_def);
        }
        index.insert(uri.to_owned(), occupations.len());
        occupations.push(Occupation {
            id: uri.to_owned(),
            taxonomy: Taxonomy::Esco,
            code: code.to_owned(),
            title: title.to_owned(),
            alt_titles: split_labels([opt(&row, c_alt), opt(&row, c_hidden)], title),
            description: description.to_owned(),
            job_zone: None,
            isco_group: (!isco.is_empty()).then(|| isco.to_owned()),
            tasks: Vec::new(),
            related: Vec::new(),
            broader: Vec::new(),
            requirements: Vec::new(),
            crosswalk: Vec::new(),
        });
        fr.loaded += 1;
    }
    fr
}

fn read_relations(
    path: &Path,
    occupations: &mut [Occupation],
    occ_index: &HashMap<String, usize>,
    skills: &[Skill],
    skill_index: &HashMap<String, usize>,
) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["occupationUri", "relationType", "skillUri"], &mut fr) else {
        return fr;
    };
    let (c_occ, c_rel, c_skill) = (cols.0[0], cols.0[1], cols.0[2]);
    // Position of each (occupation, skill) pair within the occupation's requirements.
    let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let occ = row.get(c_occ);
        if occ.is_empty() {
            fr.reject(
                row.line,
                Some("occupationUri"),
                "empty occupationUri; expected an occupation concept URI",
            );
            continue;
        }
        let skill_uri = row.get(c_skill);
        if skill_uri.is_empty() {
            fr.reject(
                row.line,
                Some("skillUri"),
                "empty skillUri; expected a skill concept URI",
            );
            continue;
        }
        let rel = row.get(c_rel);
        let essential = if rel.eq_ignore_ascii_case("essential") {
            true
        } else if rel.eq_ignore_ascii_case("optional") {
            false
        } else {
            fr.reject(
                row.line,
                Some("relationType"),
                format!("unknown relationType `{rel}`; expected `essential` or `optional`"),
            );
            continue;
        };
        let Some(&oi) = occ_index.get(occ) else {
            fr.skip("unknown occupation URI");
            continue;
        };
        let Some(&si) = skill_index.get(skill_uri) else {
            fr.skip("unknown skill URI");
            continue;
        };
        let skill = &skills[si];
        let reqs = &mut occupations[oi].requirements;
        if let Some(&pos) = seen.get(&(oi, si)) {
            // The same pair twice: keep the stronger relation.
            if essential && !reqs[pos].essential {
                reqs[pos].essential = true;
                reqs[pos].importance = Some(1.0);
            }
            fr.skip("duplicate relation");
            continue;
        }
        seen.insert((oi, si), reqs.len());
        reqs.push(Requirement {
            skill_id: skill.id.clone(),
            skill_label: skill.label.clone(),
            kind: skill.kind,
            importance: Some(if essential { 1.0 } else { 0.5 }),
            level: None,
            raw_importance: None,
            raw_level: None,
            essential,
            hot: false,
            in_demand: false,
            source: RequirementSource::EscoRelation,
            inferred_from: Vec::new(),
        });
        fr.loaded += 1;
    }
    fr
}

/// The columns of one level of `skillsHierarchy_en.csv`.
struct Level {
    uri: usize,
    label: Option<usize>,
    code: Option<usize>,
    uri_name: String,
    label_name: String,
}

fn read_skills_hierarchy(path: &Path, groups: &mut Vec<(String, String, String)>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(_) = table.columns(&["Level 0 URI", "Level 0 preferred term"], &mut fr) else {
        return fr;
    };
    // (uri, label, code) columns per level; levels absent from the header are left out.
    let levels: Vec<Level> = (0..10)
        .filter_map(|n| {
            let uri_name = format!("Level {n} URI");
            let label_name = format!("Level {n} preferred term");
            Some(Level {
                uri: table.column(&uri_name)?,
                label: table.column(&label_name),
                code: table.column(&format!("Level {n} code")),
                uri_name,
                label_name,
            })
        })
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let rows: Vec<_> = table.rows(&mut fr).collect();
    'rows: for row in rows {
        if row.get(levels[0].uri).is_empty() {
            fr.reject(
                row.line,
                Some("Level 0 URI"),
                "empty Level 0 URI; expected the top skill group's URI",
            );
            continue;
        }
        let mut found = Vec::new();
        let mut gap = false;
        for level in &levels {
            let uri = row.get(level.uri);
            if uri.is_empty() {
                gap = true;
                continue;
            }
            if gap {
                fr.reject(
                    row.line,
                    Some(&level.uri_name),
                    "a level is filled in below an empty one; expected a contiguous path from Level 0",
                );
                continue 'rows;
            }
            let label = opt(&row, level.label);
            if label.is_empty() {
                fr.reject(
                    row.line,
                    Some(&level.label_name),
                    format!("empty label for {uri}; expected the group's preferred term"),
                );
                continue 'rows;
            }
            found.push((uri, label, opt(&row, level.code)));
        }
        for (uri, label, code) in found {
            match seen.get(uri) {
                Some(&i) => {
                    // Keep the first label; fill in a code that an earlier row left out.
                    if groups[i].2.is_empty() && !code.is_empty() {
                        groups[i].2 = code.to_owned();
                    }
                }
                None => {
                    seen.insert(uri.to_owned(), groups.len());
                    groups.push((uri.to_owned(), label.to_owned(), code.to_owned()));
                }
            }
        }
        fr.loaded += 1;
    }
    groups.sort();
    fr
}

fn read_isco_groups(path: &Path, groups: &mut Vec<(String, String)>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some(mut table) = Table::open(path, Delimiter::Comma, &mut fr) else {
        return fr;
    };
    let Some(cols) = table.columns(&["code", "preferredLabel"], &mut fr) else {
        return fr;
    };
    let (c_code, c_label) = (cols.0[0], cols.0[1]);
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let rows: Vec<_> = table.rows(&mut fr).collect();
    for row in rows {
        let code = row.get(c_code);
        if !is_isco_code(code) {
            fr.reject(
                row.line,
                Some("code"),
                format!("invalid ISCO-08 code `{code}`; expected 1–4 digits"),
            );
            continue;
        }
        let label = row.get(c_label);
        if label.is_empty() {
            fr.reject(
                row.line,
                Some("preferredLabel"),
                format!("empty preferredLabel for ISCO group {code}"),
            );
            continue;
        }
        if let Some(first) = first_line.get(code) {
            fr.reject(
                row.line,
                Some("code"),
                format!("duplicate ISCO-08 code {code}; first seen on line {first}"),
            );
            continue;
        }
        first_line.insert(code.to_owned(), row.line);
        groups.push((code.to_owned(), label.to_owned()));
        fr.loaded += 1;
    }
    groups.sort();
    fr
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::time::Instant;

    const SKILLS: &str = "\u{feff}conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\r\n\
KnowledgeSkillCompetence,http://e/skill/a,skill/competence,sector-specific,manage staff,\"manage staff\r\nlead staff\r\nLead Staff\r\n\r\ndirect staff \",,released,,,,,Manage the staff.\r\n\
KnowledgeSkillCompetence,http://e/skill/b,knowledge,,Python,,,released,,,,,The language.\r\n\
KnowledgeSkillCompetence,http://e/skill/c,,transversal,show initiative,,,released,,,,,Be proactive.\r\n\
KnowledgeSkillCompetence,http://e/skill/d,skill/competence,transversal,speak French,,,released,,,,,Speak.\r\n\
KnowledgeSkillCompetence,,skill/competence,,no uri,,,released,,,,,\r\n\
KnowledgeSkillCompetence,http://e/skill/e,skill/competence,,,,,released,,,,,\r\n";

    const OCCUPATIONS: &str = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n\
Occupation,http://e/occ/1,2511,data scientist,\"data analyst\ndata scientist\",\"data sceintist\",released,,,,,,Analyses data.,2511.4\n\
Occupation,http://e/occ/2,2512,software developer,,,released,,,,,,Writes code.,\n";

    const RELATIONS: &str = "occupationUri,relationType,skillType,skillUri\n\
http://e/occ/1,optional,knowledge,http://e/skill/b\n\
http://e/occ/1,essential,skill/competence,http://e/skill/a\n\
http://e/occ/1,essential,,http://e/skill/c\n\
http://e/occ/1,mandatory,skill/competence,http://e/skill/d\n\
http://e/occ/9,essential,skill/competence,http://e/skill/a\n\
http://e/occ/2,essential,skill/competence,http://e/skill/zzz\n\
http://e/occ/2,optional,skill/competence,http://e/skill/d\n";

    const TRANSVERSAL: &str = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT\n\
KnowledgeSkillCompetence,http://e/skill/c,skill/competence,transversal,show initiative,released,take the initiative | be a driving force,Be proactive.,http://e/skill/t1,t\n";

    const LANGUAGE: &str = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT\n\
KnowledgeSkillCompetence,http://e/skill/d,skill/competence,transversal,speak French,released,,Speak.,http://e/skill/l1,French\n\
KnowledgeSkillCompetence,http://e/skill/unknown,skill/competence,transversal,speak Klingon,released,,Speak.,http://e/skill/l1,Klingon\n";

    const DIGITAL: &str = "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n\
KnowledgeSkillCompetence,http://e/skill/b,Python,released,knowledge,,,The language.,,\n";

    const BROADER_SKILL: &str = "conceptType,conceptUri,broaderType,broaderUri\n\
SkillGroup,http://e/group/g1,SkillGroup,http://e/group/g0\n\
KnowledgeSkillCompetence,http://e/skill/b,SkillGroup,http://e/group/g1\n\
KnowledgeSkillCompetence,http://e/skill/b,SkillGroup,http://e/group/g1\n\
KnowledgeSkillCompetence,http://e/skill/gone,SkillGroup,http://e/group/g1\n";

    const BROADER_OCC: &str = "conceptType,conceptUri,broaderType,broaderUri\n\
ISCOGroup,http://e/isco/C251,ISCOGroup,http://e/isco/C25\n\
Occupation,http://e/occ/1,ISCOGroup,http://e/isco/C2511\n";

    // Ragged: trailing empty code cells are left out.
    const HIERARCHY: &str = "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code\n\
http://e/group/g0,language skills and knowledge,,,,,,,,,L\n\
http://e/group/g0,language skills and knowledge,http://e/group/g1,languages,,,,,\"Ability to\ncommunicate.\",,L,L1\n\
http://e/group/g0,language skills and knowledge,http://e/group/g1,languages,http://e/group/g2,French,,,,\n\
,orphan,,,,,,,,,\n";

    const ISCO: &str =
        "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\n\
ISCOGroup,http://e/isco/C2511,2511,Systems analysts,released,,,\n\
ISCOGroup,http://e/isco/C0,0,Armed forces occupations,released,,,\n\
ISCOGroup,http://e/isco/Cx,25x1,Bad,released,,,\n";

    fn crlf(s: &str) -> String {
        s.replace("\r\n", "\n").replace('\n', "\r\n")
    }

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let files = [
            ("skills_en.csv", SKILLS),
            ("occupations_en.csv", OCCUPATIONS),
            // The v1.1.x name, without a language suffix.
            ("occupationSkillRelations.csv", RELATIONS),
            ("transversalSkillsCollection_en.csv", TRANSVERSAL),
            ("languageSkillsCollection_en.csv", LANGUAGE),
            ("digitalSkillsCollection_en.csv", DIGITAL),
            ("broaderRelationsSkillPillar.csv", BROADER_SKILL),
            ("broaderRelationsOccPillar.csv", BROADER_OCC),
            ("skillsHierarchy_en.csv", HIERARCHY),
            ("ISCOGroups_en.csv", ISCO),
        ];
        for (name, content) in files {
            // The release uses CRLF line endings.
            fs::write(dir.path().join(name), crlf(content)).unwrap();
        }
        dir
    }

    fn file<'a>(report: &'a IngestReport, name: &str) -> &'a FileReport {
        report
            .file(name)
            .unwrap_or_else(|| panic!("no report for {name}: {report:#?}"))
    }

    #[test]
    fn esco_reads_fixture() {
        let dir = fixture();
        let mut report = IngestReport::default();
        let data = read_esco(dir.path(), &mut report);

        // Skills: BOM handled, multi-line alt labels split and deduplicated.
        let skills = file(&report, "skills_en.csv");
        assert_eq!(skills.rows, 6);
        assert_eq!(skills.loaded, 4);
        assert_eq!(skills.rejected, 2);
        assert_eq!(skills.problems[0].line, 10);
        assert_eq!(skills.problems[0].field.as_deref(), Some("conceptUri"));
        assert_eq!(skills.problems[1].field.as_deref(), Some("preferredLabel"));
        let ids: Vec<_> = data.skills.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "http://e/skill/a",
                "http://e/skill/b",
                "http://e/skill/c",
                "http://e/skill/d"
            ]
        );
        let a = &data.skills[0];
        assert_eq!(a.alt_labels, ["lead staff", "direct staff"]);
        assert_eq!(a.kind, SkillKind::Skill);
        assert_eq!(a.reuse_level.as_deref(), Some("sector-specific"));
        assert_eq!(a.description, "Manage the staff.");
        let b = &data.skills[1];
        assert_eq!(b.kind, SkillKind::Knowledge);
        assert_eq!(b.reuse_level, None);
        assert_eq!(b.collections, ["digital"]);
        assert_eq!(b.broader, ["http://e/group/g1"]);
        assert_eq!(data.skills[2].kind, SkillKind::Transversal);
        assert_eq!(data.skills[2].collections, ["transversal"]);
        assert_eq!(data.skills[3].kind, SkillKind::Language);

        let lang = file(&report, "languageSkillsCollection_en.csv");
        assert_eq!((lang.loaded, lang.skipped), (1, 1));
        assert_eq!(lang.skipped_reasons, [("unknown skill URI".to_owned(), 1)]);

        let bs = file(&report, "broaderRelationsSkillPillar.csv");
        assert_eq!((bs.rows, bs.loaded, bs.skipped, bs.rejected), (4, 3, 1, 0));

        // Occupations.
        assert_eq!(data.occupations.len(), 2);
        let o1 = &data.occupations[0];
        assert_eq!(o1.code, "2511.4");
        assert_eq!(o1.isco_group.as_deref(), Some("2511"));
        assert_eq!(o1.alt_titles, ["data analyst", "data sceintist"]);
        assert_eq!(o1.broader, ["http://e/isco/C2511"]);
        let o2 = &data.occupations[1];
        assert_eq!(o2.code, "2512", "falls back to the ISCO group");

        // Relations.
        let rel = file(&report, "occupationSkillRelations.csv");
        assert_eq!(rel.rows, 7);
        assert_eq!(rel.loaded, 4);
        assert_eq!(rel.rejected, 1);
        assert_eq!(rel.problems[0].line, 5);
        assert_eq!(rel.problems[0].field.as_deref(), Some("relationType"));
        assert!(rel.problems[0].message.contains("`mandatory`"));
        assert_eq!(rel.skipped, 2);
        assert!(rel
            .skipped_reasons
            .contains(&("unknown occupation URI".to_owned(), 1)));
        assert!(rel
            .skipped_reasons
            .contains(&("unknown skill URI".to_owned(), 1)));
        let reqs: Vec<_> = o1
            .requirements
            .iter()
            .map(|r| (r.skill_id.as_str(), r.importance, r.essential, r.kind))
            .collect();
        assert_eq!(
            reqs,
            [
                ("http://e/skill/a", Some(1.0), true, SkillKind::Skill),
                ("http://e/skill/c", Some(1.0), true, SkillKind::Transversal),
                ("http://e/skill/b", Some(0.5), false, SkillKind::Knowledge),
            ]
        );
        assert_eq!(o1.requirements[0].skill_label, "manage staff");
        assert_eq!(o1.requirements[0].source, RequirementSource::EscoRelation);
        assert_eq!(o2.requirements[0].kind, SkillKind::Language);

        // Ragged hierarchy rows load; an empty Level 0 URI is rejected.
        let h = file(&report, "skillsHierarchy_en.csv");
        assert_eq!((h.rows, h.loaded, h.rejected), (4, 3, 1));
        assert_eq!(h.problems[0].line, 6);
        assert_eq!(
            data.skill_groups,
            [
                (
                    "http://e/group/g0".to_owned(),
                    "language skills and knowledge".to_owned(),
                    "L".to_owned()
                ),
                (
                    "http://e/group/g1".to_owned(),
                    "languages".to_owned(),
                    "L1".to_owned()
                ),
                (
                    "http://e/group/g2".to_owned(),
                    "French".to_owned(),
                    String::new()
                ),
            ]
        );

        let isco = file(&report, "ISCOGroups_en.csv");
        assert_eq!((isco.loaded, isco.rejected), (2, 1));
        assert_eq!(isco.problems[0].field.as_deref(), Some("code"));
        assert_eq!(
            data.isco_groups,
            [
                ("0".to_owned(), "Armed forces occupations".to_owned()),
                ("2511".to_owned(), "Systems analysts".to_owned())
            ]
        );

        // Absent optional collections are warnings, not file reports.
        assert!(report
            .warnings
            .iter()
            .any(|w| w.contains("greenSkillsCollection")));
        assert!(report.files.iter().all(|f| f.fatal.is_none()));
    }

    #[test]
    fn esco_missing_required_file_is_fatal_for_it_only() {
        let dir = fixture();
        fs::remove_file(dir.path().join("occupations_en.csv")).unwrap();
        let mut report = IngestReport::default();
        let data = read_esco(dir.path(), &mut report);
        let occ = file(&report, "occupations_en.csv");
        assert!(occ.fatal.as_deref().unwrap().contains("not found"));
        assert_eq!(data.skills.len(), 4);
        assert!(data.occupations.is_empty());
        let rel = file(&report, "occupationSkillRelations.csv");
        assert!(rel.fatal.is_none());
        assert_eq!(rel.skipped, 6);
        assert_eq!(rel.rejected, 1);
        assert_eq!(data.isco_groups.len(), 2);
    }

    #[test]
    fn esco_missing_directory_does_not_panic() {
        let mut report = IngestReport::default();
        let data = read_esco(Path::new("/nonexistent/esco"), &mut report);
        assert!(data.skills.is_empty() && data.occupations.is_empty());
        assert_eq!(report.files.len(), 3);
        assert!(report.files.iter().all(|f| f.fatal.is_some()));
    }

    #[test]
    fn esco_finds_files_by_stem() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "occupationSkillRelations_en.csv",
            "skillsHierarchy_en.csv",
            "skills_en.csv",
            "broaderRelationsSkillPillar_fr.csv",
        ] {
            fs::write(dir.path().join(name), "a\n").unwrap();
        }
        let mut report = IngestReport::default();
        let l = DirListing::new(dir.path(), &mut report);
        let name = |s: &str| {
            l.find(s)
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        };
        assert_eq!(name("skills").as_deref(), Some("skills_en.csv"));
        assert_eq!(
            name("occupationSkillRelations").as_deref(),
            Some("occupationSkillRelations_en.csv")
        );
        assert_eq!(
            name("broaderRelationsSkillPillar").as_deref(),
            Some("broaderRelationsSkillPillar_fr.csv")
        );
        assert_eq!(name("occupations"), None);
    }

    #[test]
    fn esco_garbage_does_not_panic() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("skills_en.csv"),
            b"\xff\xfe\x00garbage\n\"unterminated",
        )
        .unwrap();
        fs::write(dir.path().join("occupations_en.csv"), b"").unwrap();
        fs::write(
            dir.path().join("occupationSkillRelations.csv"),
            b"occupationUri,relationType\n\"a\"b,c\n",
        )
        .unwrap();
        let mut report = IngestReport::default();
        let data = read_esco(dir.path(), &mut report);
        assert!(data.skills.is_empty());
        assert!(file(&report, "occupations_en.csv").fatal.is_some());
        assert!(file(&report, "occupationSkillRelations.csv")
            .fatal
            .as_deref()
            .unwrap()
            .contains("`skillUri`"));
    }

    #[test]
    fn esco_real_data() {
        let dir = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/datasets/esco"
        ));
        if !dir.is_dir() {
            println!("skipping: ../shared/datasets not found");
            return;
        }
        let start = Instant::now();
        let mut report = IngestReport::default();
        let data = read_esco(dir, &mut report);
        let elapsed = start.elapsed();
        println!("read_esco took {elapsed:?}");
        for f in &report.files {
            println!(
                "{}: rows {} loaded {} rejected {} skipped {} {:?} fatal {:?}",
                f.path, f.rows, f.loaded, f.rejected, f.skipped, f.skipped_reasons, f.fatal
            );
            for p in &f.problems {
                println!("  line {} {:?}: {}", p.line, p.field, p.message);
            }
        }
        println!("warnings: {:?}", report.warnings);

        assert_eq!(report.rejected(), 0);
        assert!(report.files.iter().all(|f| f.fatal.is_none()));
        assert!(report.warnings.is_empty());
        assert_eq!(data.skills.len(), 13_896);
        assert_eq!(data.occupations.len(), 3_007);
        assert_eq!(data.isco_groups.len(), 619);
        assert_eq!(data.skill_groups.len(), 647);

        let rel = file(&report, "occupationSkillRelations.csv");
        assert_eq!(rel.rows, 123_855);
        assert_eq!(rel.loaded, 123_788);
        assert_eq!(rel.skipped, 67);
        assert_eq!(
            rel.skipped_reasons,
            [("unknown occupation URI".to_owned(), 67)]
        );
        let total: usize = data.occupations.iter().map(|o| o.requirements.len()).sum();
        assert_eq!(total, 123_788);

        assert_eq!(file(&report, "skills_en.csv").loaded, 13_896);
        assert_eq!(file(&report, "occupations_en.csv").loaded, 3_007);
        assert_eq!(file(&report, "skillsHierarchy_en.csv").loaded, 647);
        assert_eq!(
            file(&report, "broaderRelationsSkillPillar.csv").loaded,
            20_656
        );
        // One broader link is about the occupation missing from occupations_en.csv.
        let bo = file(&report, "broaderRelationsOccPillar.csv");
        assert_eq!((bo.rows, bo.loaded, bo.skipped), (3_617, 3_616, 1));
        assert_eq!(bo.skipped_reasons, [("unknown concept URI".to_owned(), 1)]);

        let kinds = |k: SkillKind| data.skills.iter().filter(|s| s.kind == k).count();
        assert_eq!(kinds(SkillKind::Transversal), 96);
        assert_eq!(kinds(SkillKind::Language), 346);
        let in_coll = |c: &str| {
            data.skills
                .iter()
                .filter(|s| s.collections.iter().any(|x| x == c))
                .count()
        };
        assert_eq!(in_coll("digital"), 1_201);
        assert_eq!(in_coll("green"), 570);
        assert_eq!(in_coll("research"), 40);
        assert_eq!(in_coll("digcomp"), 26);

        assert!(data.skills.windows(2).all(|w| w[0].id < w[1].id));
        assert!(data.occupations.windows(2).all(|w| w[0].id < w[1].id));
        let with_alt = data
            .skills
            .iter()
            .filter(|s| !s.alt_labels.is_empty())
            .count();
        assert!(with_alt > 10_000, "{with_alt}");
        for o in &data.occupations {
            assert!(!o.code.is_empty());
            assert!(o.requirements.windows(2).all(|w| {
                let (a, b) = (&w[0], &w[1]);
                a.importance > b.importance
                    || (a.importance == b.importance && a.skill_id < b.skill_id)
            }));
        }
        let ds = data
            .occupations
            .iter()
            .find(|o| o.title == "data scientist")
            .expect("data scientist");
        assert_eq!(ds.isco_group.as_deref(), Some("2511"));
        assert!(!ds.requirements.is_empty());
        // The skill with an empty skillType in the relations file still gets its own kind.
        let c13 = "http://data.europa.eu/esco/skill/c13fb093-5ffb-491a-b8b7-fa2d42a57e2e";
        assert!(data.occupations.iter().any(|o| o
            .requirements
            .iter()
            .any(|r| r.skill_id == c13 && r.kind == SkillKind::Skill)));
        if !cfg!(debug_assertions) {
            assert!(elapsed.as_secs_f64() < 4.0, "took {elapsed:?}");
        }
    }
}
