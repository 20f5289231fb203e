//! The Udemy catalogue scrape (`udemy_courses.csv`): `course_id`, `course_title`, `url`,
//! `is_paid`, `price`, `level`, `content_duration` (hours of video), `subject`.
//!
//! Udemy lists no skills or outcomes, so each course gets a single unresolved outcome whose
//! text is `course_title (subject)`, for the pipeline to resolve (with low confidence). Hours
//! are the published video hours (practice time is not included; the rule says so). The price
//! is kept as a number: the file does not say its currency, so `currency` stays empty; a
//! course with `is_paid = False` costs 0. Udemy courses are online and self-paced. Id =
//! `udemy:` + `course_id`; repeated ids are skipped as duplicates.

use super::{
    blank, clean_text, course_level, outcome, push_unique, slug, source_of, Emit, Issue, Record,
};
use crate::table::{Delimiter, Table};
use skillgap_core::{CredentialType, DeliveryMode, FileReport, Pace};
use std::path::Path;

/// Reads the Udemy file.
pub(crate) fn read(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let Some(mut table) = Table::open(path, Delimiter::Comma, report) else {
        return;
    };
    if table.columns(&["course_title"], report).is_none() {
        return;
    }
    let col = |name: &str| table.column(name);
    let [id, title, url, is_paid, price, level, duration, subject] = [
        "course_id",
        "course_title",
        "url",
        "is_paid",
        "price",
        "level",
        "content_duration",
        "subject",
    ]
    .map(col);
    let source = source_of("udemy", path);
    let rows: Vec<_> = table.rows(report).collect();
    for row in rows {
        let get = |c: Option<usize>| c.map(|i| row.get(i).trim()).unwrap_or("");
        let name = clean_text(get(title));
        let mut issues = Vec::new();
        if name.is_empty() {
            issues.push(Issue::new("course_title", "missing course title"));
        }
        let key = if !get(id).is_empty() {
            get(id).to_owned()
        } else {
            slug(
                get(url)
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or(""),
            )
        };
        if key.is_empty() {
            issues.push(Issue::new("course_id", "missing course_id (and no url)"));
        }
        let mut c = blank(
            format!("udemy:{key}"),
            name.clone(),
            CredentialType::Course,
            source.clone(),
        );
        c.url = Some(get(url).to_owned()).filter(|u| !u.is_empty());
        c.mode = Some(DeliveryMode::Online);
        c.pace = Some(Pace::SelfPaced);
        let paid = get(is_paid).to_ascii_lowercase();
        let price_text = get(price);
        c.cost = if paid == "false" || price_text.eq_ignore_ascii_case("free") {
            Some(0.0)
        } else if price_text.is_empty() {
            None
        } else {
            match price_text.trim_start_matches('$').parse::<f32>() {
                Ok(v) => Some(v),
                Err(_) => {
                    issues.push(Issue::new(
                        "price",
                        format!("expected a number, found `{price_text}`"),
                    ));
                    None
                }
            }
        };
        let d = get(duration);
        if !d.is_empty() {
            match d.parse::<f32>() {
                Ok(v) => {
                    c.hours = Some(v);
                    c.hours_rule = Some(format!(
                        "Udemy content_duration `{d}`: {d} h of video as published (practice time not included)"
                    ));
                }
                Err(_) => {
                    if let Some(x) = super::duration::hours_from(d, None) {
                        c.hours = Some(x.hours);
                        c.hours_rule =
                            Some(format!("Udemy content_duration (video only): {}", x.rule));
                    }
                }
            }
        }
        let subj = clean_text(get(subject));
        push_unique(&mut c.keywords, &subj);
        let text = if subj.is_empty() {
            name
        } else {
            format!("{name} ({subj})")
        };
        c.outcomes
            .push(outcome(text, None, course_level(get(level)), false));
        emit(
            report,
            Record {
                line: row.line,
                result: if issues.is_empty() {
                    Ok(c)
                } else {
                    Err(issues)
                },
                duplicate_is_error: false,
            },
        );
    }
}
