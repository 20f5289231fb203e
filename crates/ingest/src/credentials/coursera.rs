//! Coursera catalogue scrapes. Three layouts, told apart by their headers:
//!
//! * **courses with outcomes** (`coursera_courses_outcomes_1000.csv`): `course_title`,
//!   `course_organization`, `course_certificate_type`, `course_time`, `course_difficulty`,
//!   `course_url`, `course_skills` and `course_summary` (Python-list strings such as
//!   `"['a', \"b's\"]"`), `course_description`;
//! * **catalogue with gained skills** (`coursera_catalog_skills_3404.csv`): `Subject`,
//!   `Title`, `Institution`, `Learning Product`, `Level`, `Duration`, `Gained Skills` (a comma
//!   list);
//! * **programmes** (`coursera_programs_skills_1139.csv`): `partner`, `course`, `skills` (a
//!   comma list), `level`, `certificatetype`, `duration`, `crediteligibility` (values padded
//!   with spaces).
//!
//! Each skill tag becomes an outcome whose text is the tag; each "What you'll learn" sentence
//! becomes an outcome whose text is the sentence (both unresolved, for the pipeline's
//! extraction). The course difficulty sets the outcome level ([`super::course_level`]).
//! Durations are Coursera's bands (`1 - 3 Months`) or free text, converted at 10 h/week
//! ([`super::duration::COURSERA`]). Ids are `coursera:` + the slug of the title, with
//! `--` + the slug of the partner when two partners offer the same title in one file; a
//! repeated (title, partner) is skipped as a duplicate.

use super::duration::{self, COURSERA};
use super::{
    blank, clean_text, course_level, outcome, push_unique, slug, source_of, Emit, Issue, Record,
};
use crate::table::{Delimiter, Table};
use skillgap_core::{Credential, CredentialType, DeliveryMode, FileReport};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Parses a Python list literal of strings, as `str(list)` prints it: `['a', "b's"]`, with
/// backslash escapes (`\'`, `\"`, `\\`, `\n`, `\t`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`).
/// `[]` is an empty list. Anything else is an error.
pub fn parse_py_list(s: &str) -> Result<Vec<String>, String> {
    let chars: Vec<char> = s.trim().chars().collect();
    if chars.first() != Some(&'[') {
        return Err("a Python list must start with `[`".into());
    }
    let mut out = Vec::new();
    let mut i = 1;
    let skip_ws = |i: &mut usize| {
        while *i < chars.len() && chars[*i].is_whitespace() {
            *i += 1;
        }
    };
    loop {
        skip_ws(&mut i);
        match chars.get(i) {
            None => return Err("unterminated list (missing `]`)".into()),
            Some(']') => {
                i += 1;
                skip_ws(&mut i);
                return if i == chars.len() {
                    Ok(out)
                } else {
                    Err("text after the closing `]`".into())
                };
            }
            Some(&q @ ('\'' | '"')) => {
                i += 1;
                let mut item = String::new();
                loop {
                    let Some(&c) = chars.get(i) else {
                        return Err("unterminated string".into());
                    };
                    i += 1;
                    if c == q {
                        break;
                    }
                    if c != '\\' {
                        item.push(c);
                        continue;
                    }
                    let Some(&e) = chars.get(i) else {
                        return Err("unterminated escape".into());
                    };
                    i += 1;
                    let hex = |i: &mut usize, n: usize| -> Result<char, String> {
                        let digits: String = chars.get(*i..*i + n).unwrap_or(&[]).iter().collect();
                        *i += n;
                        u32::from_str_radix(&digits, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| format!("bad escape `\\{e}{digits}`"))
                    };
                    match e {
                        'n' => item.push('\n'),
                        't' => item.push('\t'),
                        'r' => item.push('\r'),
                        'x' => item.push(hex(&mut i, 2)?),
                        'u' => item.push(hex(&mut i, 4)?),
                        'U' => item.push(hex(&mut i, 8)?),
                        '\\' | '\'' | '"' => item.push(e),
                        other => {
                            // Python keeps unknown escapes as written.
                            item.push('\\');
                            item.push(other);
                        }
                    }
                }
                out.push(item);
                skip_ws(&mut i);
                match chars.get(i) {
                    Some(',') => i += 1,
                    Some(']') => {}
                    _ => return Err("expected `,` or `]` after an item".into()),
                }
            }
            Some(c) => return Err(format!("unexpected `{c}` (items must be quoted strings)")),
        }
    }
}

/// Splits a Coursera comma list of skills. Items that the comma split breaks apart are put
/// back: `Extract, Transform, Load` stays one skill, and an item starting with a lower-case
/// `and` / `or` continues the previous one (`Regulation, and Compliance`).
pub fn split_skills(s: &str) -> Vec<String> {
    let items: Vec<&str> = s.split(',').map(str::trim).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let item = items[i];
        if item.is_empty() {
            i += 1;
            continue;
        }
        if item == "Extract"
            && items.get(i + 1) == Some(&"Transform")
            && items.get(i + 2) == Some(&"Load")
        {
            out.push("Extract, Transform, Load".into());
            i += 3;
            continue;
        }
        if (item.starts_with("and ") || item.starts_with("or ")) && !out.is_empty() {
            let last = out.last_mut().expect("checked");
            last.push_str(", ");
            last.push_str(item);
        } else {
            out.push(item.to_owned());
        }
        i += 1;
    }
    out
}

/// Coursera's product type → credential type.
fn kind_of(product: &str) -> CredentialType {
    match product.trim().to_ascii_lowercase().as_str() {
        "course" | "guided project" | "project" => CredentialType::Course,
        "specialization"
        | "professional certificate"
        | "university certificate"
        | "graduate certificate"
        | "postgraduate diploma" => CredentialType::Certificate,
        "mastertrack" | "mastertrack certificate" => CredentialType::MicroMasters,
        "degree" => CredentialType::Degree,
        _ => CredentialType::Other,
    }
}

enum Layout {
    Outcomes,
    Catalog,
    Programs,
}

struct Parsed {
    line: u64,
    title: String,
    partner: String,
    result: Result<Credential, Vec<Issue>>,
}

/// Reads one of the Coursera files.
pub(crate) fn read(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let Some(mut table) = Table::open(path, Delimiter::Comma, report) else {
        return;
    };
    let has = |t: &Table, c: &str| t.column(c).is_some();
    let (layout, names): (Layout, &[&str]) = if has(&table, "course_certificate_type") {
        (
            Layout::Outcomes,
            &[
                "course_title",
                "course_organization",
                "course_certificate_type",
                "course_time",
                "course_difficulty",
                "course_url",
                "course_skills",
                "course_summary",
                "course_description",
            ],
        )
    } else if has(&table, "gained skills") {
        (
            Layout::Catalog,
            &[
                "title",
                "institution",
                "learning product",
                "level",
                "duration",
                "gained skills",
                "subject",
            ],
        )
    } else {
        (
            Layout::Programs,
            &[
                "course",
                "partner",
                "certificatetype",
                "level",
                "duration",
                "skills",
                "crediteligibility",
            ],
        )
    };
    let Some(cols) = table.columns(names, report) else {
        return;
    };
    let c = cols.0;
    let source = source_of("coursera", path);
    let mut parsed: Vec<Parsed> = Vec::new();
    let rows: Vec<_> = table.rows(report).collect();
    for row in rows {
        let get = |i: usize| row.get(c[i]);
        let mut issues = Vec::new();
        let (title, partner) = (clean_text(get(0)), clean_text(get(1)));
        if title.is_empty() {
            issues.push(Issue::new(names[0], "missing course title"));
        }
        let mut cred = blank(
            String::new(),
            title.clone(),
            kind_of(get(2)),
            source.clone(),
        );
        cred.provider = (!partner.is_empty()).then(|| partner.clone());
        cred.mode = Some(DeliveryMode::Online);
        let (level, band) = match layout {
            Layout::Outcomes => (course_level(get(4)), get(3)),
            Layout::Catalog | Layout::Programs => (course_level(get(3)), get(4)),
        };
        let band = band.trim().trim_end_matches('.');
        if !band.is_empty() && !band.eq_ignore_ascii_case("none") {
            if let Some(d) = duration::hours_from(band, Some(COURSERA)) {
                cred.hours = Some(d.hours);
                cred.hours_rule = Some(d.rule);
            }
        }
        let mut tags: Vec<String> = Vec::new();
        match layout {
            Layout::Outcomes => {
                cred.url = Some(get(5).to_owned()).filter(|u| !u.is_empty());
                cred.description = get(8).trim().to_owned();
                match parse_py_list(get(6)) {
                    Ok(list) => list
                        .iter()
                        .for_each(|t| push_unique(&mut tags, &clean_text(t))),
                    Err(e) => issues.push(Issue::new(names[6], format!("not a Python list: {e}"))),
                }
                for t in &tags {
                    cred.outcomes.push(outcome(t.clone(), None, level, false));
                }
                match parse_py_list(get(7)) {
                    Ok(list) => {
                        let mut sentences = Vec::new();
                        list.iter()
                            .for_each(|t| push_unique(&mut sentences, &clean_text(t)));
                        for s in sentences {
                            cred.outcomes.push(outcome(s, None, level, false));
                        }
                    }
                    Err(e) => issues.push(Issue::new(names[7], format!("not a Python list: {e}"))),
                }
            }
            Layout::Catalog => {
                split_skills(get(5))
                    .iter()
                    .for_each(|t| push_unique(&mut tags, t));
                for t in &tags {
                    cred.outcomes.push(outcome(t.clone(), None, level, false));
                }
                push_unique(&mut cred.keywords, get(6));
            }
            Layout::Programs => {
                split_skills(get(5))
                    .iter()
                    .for_each(|t| push_unique(&mut tags, t));
                for t in &tags {
                    cred.outcomes.push(outcome(t.clone(), None, level, false));
                }
                cred.credit_bearing = match get(6).trim().to_ascii_lowercase().as_str() {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                };
            }
        }
        parsed.push(Parsed {
            line: row.line,
            title: slug(&title),
            partner: slug(&partner),
            result: if issues.is_empty() {
                Ok(cred)
            } else {
                Err(issues)
            },
        });
    }
    // Ids: the title slug, plus the partner where two partners share a title in this file.
    let mut partners: HashMap<&str, HashSet<&str>> = HashMap::new();
    for p in &parsed {
        partners.entry(&p.title).or_default().insert(&p.partner);
    }
    let ambiguous: HashSet<String> = partners
        .into_iter()
        .filter(|(_, ps)| ps.len() > 1)
        .map(|(t, _)| t.to_owned())
        .collect();
    for p in parsed {
        let id = if ambiguous.contains(&p.title) && !p.partner.is_empty() {
            format!("coursera:{}--{}", p.title, p.partner)
        } else {
            format!("coursera:{}", p.title)
        };
        let result = p.result.map(|mut c| {
            c.id = id;
            c
        });
        emit(
            report,
            Record {
                line: p.line,
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
    fn python_lists() {
        assert_eq!(parse_py_list("[]").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_py_list(r#"['Calculus', "Newton'S Method", 'say \'hi\'', 'a\xa0b', '\u00e9\\']"#)
                .unwrap(),
            ["Calculus", "Newton'S Method", "say 'hi'", "a\u{a0}b", "é\\"]
        );
        assert_eq!(
            parse_py_list("[ 'a, b' ,\n \"c\" ]").unwrap(),
            ["a, b", "c"]
        );
        assert!(parse_py_list("['a'").is_err());
        assert!(parse_py_list("a, b").is_err());
        assert!(parse_py_list("[a]").is_err());
        assert!(parse_py_list("['a' 'b']").is_err());
    }

    #[test]
    fn comma_lists_keep_split_names_together() {
        assert_eq!(
            split_skills("SQL, Extract, Transform, Load, Regulation, and Compliance, , Excel"),
            [
                "SQL",
                "Extract, Transform, Load",
                "Regulation, and Compliance",
                "Excel"
            ]
        );
    }

    #[test]
    fn product_types() {
        assert_eq!(
            kind_of(" Professional Certificate "),
            CredentialType::Certificate
        );
        assert_eq!(kind_of("Mastertrack "), CredentialType::MicroMasters);
        assert_eq!(kind_of("Degree "), CredentialType::Degree);
        assert_eq!(kind_of("Guided Project"), CredentialType::Course);
        assert_eq!(kind_of("None"), CredentialType::Other);
    }
}
