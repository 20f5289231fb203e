//! The edX catalogue scrape (`edx_courses.csv`): `title`, `summary`, `course_type`,
//! `institution`, `Level`, `subject`, `language`, `course_effort` (`2–3 hours per week`),
//! `course_length` (`7 Weeks`), `price` (`FREE-Add a Verified Certificate for $49 USD`),
//! `course_description`, `course_url`.
//!
//! * hours = length × effort, ranges at their midpoint (`7 Weeks` × `2–3 hours per week` =
//!   17.5 h), the rule recorded in `hours_rule`; no effort or no length → no hours;
//! * cost = the verified-certificate price, with "free to audit" noted in `evidence`;
//! * no skill tags: each sentence of `summary` becomes an unresolved outcome for the
//!   pipeline's extraction, at the level of the course ([`super::course_level`]);
//! * `course_type` gives the pace (self-paced / instructor-led = cohort); `language` is
//!   mapped to an ISO 639-1 code for the languages in the file, else kept as written;
//! * id = `edx:` + the last segment of `course_url` (or the slug of the title).

use super::{
    blank, clean_text, course_level, currency_code, outcome, push_unique, slug, source_of, Emit,
    Issue, Record,
};
use crate::table::{Delimiter, Table};
use skillgap_core::{CredentialType, DeliveryMode, FileReport, Pace};
use std::path::Path;

/// A price such as `FREE-Add a Verified Certificate for $49 USD`: (cost, currency, evidence).
/// Free with a paid certificate → the certificate's price, and evidence saying auditing is
/// free; `FREE` alone → 0; a plain price → that price.
pub fn parse_price(s: &str) -> (Option<f32>, Option<String>, Option<String>) {
    let s = s.trim();
    if s.is_empty() {
        return (None, None, None);
    }
    let lower = s.to_ascii_lowercase();
    let free = lower.starts_with("free");
    // The first number, and a currency symbol before it or a code after it.
    let bytes: Vec<char> = s.chars().collect();
    let start = bytes.iter().position(|c| c.is_ascii_digit());
    let (amount, currency) = match start {
        Some(i) => {
            let mut j = i;
            while j < bytes.len()
                && (bytes[j].is_ascii_digit() || bytes[j] == '.' || bytes[j] == ',')
            {
                j += 1;
            }
            let number: String = bytes[i..j].iter().filter(|c| **c != ',').collect();
            let amount = number.trim_end_matches('.').parse::<f32>().ok();
            let before: String = bytes[..i].iter().collect();
            let after: String = bytes[j..].iter().collect();
            let code = after
                .split_whitespace()
                .next()
                .and_then(currency_code)
                .or_else(|| {
                    before
                        .trim_end()
                        .chars()
                        .last()
                        .and_then(|c| currency_code(&c.to_string()))
                });
            (amount, code)
        }
        None => (None, None),
    };
    match (free, amount) {
        (true, Some(a)) if lower.contains("certificate") => (
            Some(a),
            currency,
            Some(format!(
                "verified certificate for {s_price}; auditing the course is free",
                s_price = s.split_once(" for ").map(|(_, p)| p.trim()).unwrap_or(s)
            )),
        ),
        (true, _) => (Some(0.0), None, None),
        (false, Some(a)) => (Some(a), currency, None),
        (false, None) => (None, None, None),
    }
}

/// Splits a summary into sentences (at `.`, `!` or `?` followed by a space and a capital
/// letter, digit or quote).
pub fn sentences(s: &str) -> Vec<String> {
    let s = clean_text(s);
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        let end = matches!(c, '.' | '!' | '?')
            && chars.get(i + 1) == Some(&' ')
            && chars
                .get(i + 2)
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || *n == '"' || *n == '“');
        if end {
            let t = cur.trim();
            if !t.is_empty() {
                out.push(t.to_owned());
            }
            cur.clear();
        }
    }
    let t = cur.trim();
    if !t.is_empty() {
        out.push(t.to_owned());
    }
    out
}

/// ISO 639-1 codes for the language names in the edX file; other names are kept as written.
fn language_code(name: &str) -> String {
    match name.trim() {
        "English" => "en",
        "Español" | "Spanish" => "es",
        "Français" | "French" => "fr",
        "Italiano" | "Italian" => "it",
        "中文" | "Chinese" => "zh",
        "Português" | "Portuguese" => "pt",
        "日本語" | "Japanese" => "ja",
        "اللغة العربية" | "Arabic" => "ar",
        "Deutsch" | "German" => "de",
        other => other,
    }
    .to_owned()
}

/// Reads the edX file.
pub(crate) fn read(path: &Path, report: &mut FileReport, emit: &mut Emit<'_>) {
    let Some(mut table) = Table::open(path, Delimiter::Comma, report) else {
        return;
    };
    if table.columns(&["title"], report).is_none() {
        return;
    }
    let col = |name: &str| table.column(name);
    let [title, summary, course_type, institution, level, subject, language, effort, length, price, description, url] =
        [
            "title",
            "summary",
            "course_type",
            "institution",
            "level",
            "subject",
            "language",
            "course_effort",
            "course_length",
            "price",
            "course_description",
            "course_url",
        ]
        .map(col);
    let source = source_of("edx", path);
    let rows: Vec<_> = table.rows(report).collect();
    for row in rows {
        let get = |c: Option<usize>| c.map(|i| row.get(i)).unwrap_or("");
        let name = clean_text(get(title));
        let url_text = get(url).trim().to_owned();
        let tail = url_text
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .filter(|t| !url_text.is_empty() && !t.is_empty() && !t.contains(':'))
            .map(slug)
            .unwrap_or_else(|| slug(&name));
        if name.is_empty() {
            let issue = Issue::new("title", "missing course title");
            emit(
                report,
                Record {
                    line: row.line,
                    result: Err(vec![issue]),
                    duplicate_is_error: false,
                },
            );
            continue;
        }
        let mut c = blank(
            format!("edx:{tail}"),
            name,
            CredentialType::Course,
            source.clone(),
        );
        c.provider = Some(clean_text(get(institution))).filter(|p| !p.is_empty());
        c.url = Some(url_text).filter(|u| !u.is_empty());
        c.description = get(description).trim().to_owned();
        c.mode = Some(DeliveryMode::Online);
        let kind = get(course_type).to_ascii_lowercase();
        c.pace = if kind.contains("self-paced") {
            Some(Pace::SelfPaced)
        } else if kind.contains("instructor-led") {
            Some(Pace::Cohort)
        } else {
            None
        };
        let lang = get(language);
        c.language = (!lang.trim().is_empty()).then(|| language_code(lang));
        push_unique(&mut c.keywords, get(subject));
        let (e, l) = (get(effort).trim(), get(length).trim());
        if !e.is_empty() && !l.is_empty() {
            if let Some(d) = super::duration::hours_from(&format!("{l} at {e}"), None) {
                c.hours = Some(d.hours);
                c.hours_rule = Some(d.rule);
            }
        }
        let (cost, currency, evidence) = parse_price(get(price));
        c.cost = cost;
        c.currency = currency;
        c.evidence = evidence;
        let lvl = course_level(get(level));
        let mut seen = Vec::new();
        for s in sentences(get(summary)) {
            if !seen.iter().any(|x: &String| x.eq_ignore_ascii_case(&s)) {
                seen.push(s.clone());
                c.outcomes.push(outcome(s, None, lvl, false));
            }
        }
        emit(
            report,
            Record {
                line: row.line,
                result: Ok(c),
                duplicate_is_error: false,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices() {
        let (cost, cur, ev) = parse_price("FREE-Add a Verified Certificate for $49 USD");
        assert_eq!((cost, cur.as_deref()), (Some(49.0), Some("USD")));
        assert!(ev.unwrap().contains("free"));
        assert_eq!(
            parse_price("FREE-Add a Verified Certificate for $299.70 USD").0,
            Some(299.7)
        );
        assert_eq!(parse_price("FREE").0, Some(0.0));
        assert_eq!(parse_price("$120").1.as_deref(), Some("USD"));
        assert_eq!(parse_price("€ 80").1.as_deref(), Some("EUR"));
        assert_eq!(parse_price(""), (None, None, None));
    }

    #[test]
    fn summary_sentences() {
        assert_eq!(
            sentences("Learn Python. You will write 3 programs! e.g. loops."),
            ["Learn Python.", "You will write 3 programs! e.g. loops."]
        );
    }
}
