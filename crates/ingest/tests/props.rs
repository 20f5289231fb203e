//! Property tests of the readers: random valid records written in each native format read back
//! as the same records, on the lines they were written on; arbitrary bytes never panic, and
//! every rejected row is counted and placed on a line of the input.

use proptest::prelude::*;
use skillgap_core::{
    AssessmentKind, Credential, CredentialType, DeliveryMode, FileReport, IngestReport,
    MatchMethod, Outcome, Pace, Posting,
};
use skillgap_ingest::credentials::{self, CredentialFormat};
use skillgap_ingest::table::{Delimiter, Table};
use std::path::Path;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 40,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Physical lines of `bytes` (`\n`, `\r\n` and a bare `\r` each end one).
fn line_count(bytes: &[u8]) -> u64 {
    let mut n = 1;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            n += 1;
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        }
        i += 1;
    }
    n
}

fn problems_on_lines(report: &FileReport, input: &[u8]) -> Result<(), TestCaseError> {
    let lines = line_count(input);
    for p in &report.problems {
        prop_assert!(p.line <= lines, "{:?} in a {}-line input", p, lines);
    }
    Ok(())
}

/// Arbitrary bytes, biased towards the ones delimited and JSON readers care about.
fn messy_bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<u8>(),
            3 => prop::sample::select(b"\n\r\t,\"{}[]:a1 \\".to_vec()),
        ],
        0..max,
    )
}

/// Words of plain text (nothing for the readers to clean up).
fn text(max_words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec("[A-Za-z0-9éü][a-zé0-9]{0,7}", 1..=max_words).prop_map(|w| w.join(" "))
}

/// A field for a delimited file: no leading or trailing space and, unquoted (tab), no tab or
/// line break.
fn field(quoted: bool) -> BoxedStrategy<String> {
    if quoted {
        "[a-zA-Z0-9,;\"\n é]{0,10}[a-zA-Z0-9\"]".boxed()
    } else {
        "[a-zA-Z0-9,;\" é]{0,10}[a-zA-Z0-9\"]".boxed()
    }
}

/// The bytes of a delimited file and the line each data row starts on.
fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    delimiter: Delimiter,
    crlf: bool,
    bom: bool,
) -> (Vec<u8>, Vec<u64>) {
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut lines = Vec::new();
    let mut line = 1u64;
    let records = std::iter::once(header).chain(rows.iter().map(Vec::as_slice));
    for (i, r) in records.enumerate() {
        if i > 0 {
            lines.push(line);
        }
        let record = match delimiter {
            Delimiter::Tab => r.join("\t").into_bytes(),
            Delimiter::Comma => {
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::Any(b'\n'))
                    .from_writer(Vec::new());
                w.write_record(r).unwrap();
                let mut b = w.into_inner().unwrap();
                b.pop();
                b
            }
        };
        line += record.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        out.extend_from_slice(&record);
        out.extend_from_slice(eol);
    }
    (out, lines)
}

type TableCase = (Delimiter, Vec<String>, Vec<Vec<String>>, bool, bool);

fn table_case() -> impl Strategy<Value = TableCase> {
    (any::<bool>(), 1usize..5, any::<bool>(), any::<bool>()).prop_flat_map(
        |(comma, width, crlf, bom)| {
            let d = if comma {
                Delimiter::Comma
            } else {
                Delimiter::Tab
            };
            let header = prop::collection::btree_set("[a-z][a-z0-9_]{0,6}", width)
                .prop_map(|s| s.into_iter().collect::<Vec<_>>());
            // Up to one field more or fewer than the header; the first field is never empty
            // (a lone empty field is a blank line).
            let row = (0usize..=width).prop_flat_map(move |n| {
                (field(comma), prop::collection::vec(field(comma), n))
                    .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect())
            });
            (
                Just(d),
                header,
                prop::collection::vec(row, 0..8),
                Just(crlf),
                Just(bom),
            )
        },
    )
}

type Rows = Vec<(u64, Vec<String>)>;

fn read_table(bytes: &[u8], d: Delimiter) -> (Option<(Vec<String>, Rows)>, FileReport) {
    let mut report = FileReport::new("t");
    let source = std::io::Cursor::new(bytes.to_vec());
    let Some(mut t) = Table::from_reader(source, "t", d, &mut report) else {
        return (None, report);
    };
    let header = t.header().to_vec();
    let rows = t
        .rows(&mut report)
        .map(|r| (r.line, (0..r.len()).map(|i| r.get(i).to_owned()).collect()))
        .collect();
    (Some((header, rows)), report)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Unique O*NET-SOC codes.
fn onet_codes(n: std::ops::Range<usize>) -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set((11u32..54, 1000u32..9999, 0u32..3), n).prop_map(|s| {
        s.into_iter()
            .map(|(a, b, c)| format!("{a}-{b}.{c:02}"))
            .collect()
    })
}

fn posting_read(path: &Path) -> (Vec<Posting>, FileReport) {
    let mut out = Vec::new();
    let report = skillgap_ingest::postings::read_postings(path, None, &mut |p| out.push(p));
    (out, report)
}

const REFS: &[&str] = &[
    "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742",
    "2.A.2.a",
    "tech:python",
    "https://case.example/item/1",
];

fn outcome() -> impl Strategy<Value = Outcome> {
    (
        text(4),
        prop::option::of(0..REFS.len()),
        prop::option::of(0u8..=20),
        any::<bool>(),
    )
        .prop_map(|(text, r, level, assessed)| {
            let skill_ref = r.map(|i| REFS[i].to_owned());
            let given = skill_ref.clone().filter(|r| !r.starts_with("https:"));
            Outcome {
                text,
                skill_id: given.clone(),
                skill_ref,
                skill_label: None,
                level: level.map(|l| f32::from(l) / 20.0),
                assessed,
                confidence: if given.is_some() { 1.0 } else { 0.0 },
                method: if given.is_some() {
                    MatchMethod::Given
                } else {
                    MatchMethod::Unresolved
                },
            }
        })
}

fn amount() -> impl Strategy<Value = Option<f32>> {
    prop::option::of((0u32..4000).prop_map(|v| v as f32 / 2.0))
}

fn credential() -> impl Strategy<Value = Credential> {
    let kinds = prop::sample::select(vec![
        CredentialType::Course,
        CredentialType::Badge,
        CredentialType::Certificate,
        CredentialType::NanoDegree,
        CredentialType::MicroMasters,
        CredentialType::Degree,
        CredentialType::Other,
    ]);
    let mode = prop::option::of(prop::sample::select(vec![
        DeliveryMode::Online,
        DeliveryMode::InPerson,
        DeliveryMode::Hybrid,
    ]));
    let pace = prop::option::of(prop::sample::select(vec![Pace::SelfPaced, Pace::Cohort]));
    let assessment = prop::option::of(prop::sample::select(vec![
        AssessmentKind::Progress,
        AssessmentKind::Performance,
    ]));
    (
        (
            text(5),
            prop::option::of(text(3)),
            "[A-Za-z0-9 ,;|\"\n]{0,40}",
            kinds,
            amount(),
            amount(),
            mode,
            pace,
        ),
        (
            prop::option::of(any::<bool>()),
            amount(),
            assessment,
            prop::collection::vec("[a-z]{1,8}", 0..3),
            prop::collection::vec("x:[a-z]{1,6}", 0..3),
            prop::collection::vec(outcome(), 0..4),
        ),
    )
        .prop_map(
            |(
                (title, provider, description, kind, hours, cost, mode, pace),
                (credit_bearing, credits, assessment, keywords, prerequisites, outcomes),
            )| Credential {
                id: String::new(),
                title,
                provider,
                url: None,
                description: description.trim().to_owned(),
                kind,
                hours,
                hours_rule: None,
                cost,
                currency: cost.map(|_| "EUR".to_owned()),
                mode,
                pace,
                credit_bearing,
                credits,
                assessment,
                evidence: None,
                language: Some("en".into()),
                stackable_into: Vec::new(),
                prerequisites,
                occupations: vec!["15-2051.01".into()],
                title_occupations: Vec::new(),
                keywords,
                source: String::new(),
                outcomes,
            },
        )
}

fn credentials(source: &'static str) -> impl Strategy<Value = Vec<Credential>> {
    prop::collection::vec(credential(), 1..5).prop_map(move |mut v| {
        for (i, c) in v.iter_mut().enumerate() {
            c.id = format!("p:c{i}");
            c.source = source.to_owned();
        }
        v
    })
}

fn read_credentials(path: &Path, format: CredentialFormat) -> (Vec<Credential>, FileReport) {
    let mut out = Vec::new();
    let report = credentials::read_credentials(path, Some(format), &mut |c| out.push(c));
    (out, report)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn table_round_trip((d, header, rows, crlf, bom) in table_case()) {
        let (bytes, lines) = write_table(&header, &rows, d, crlf, bom);
        let (got, report) = read_table(&bytes, d);
        let (h, got) = got.expect("a header");
        prop_assert_eq!(h, header);
        prop_assert_eq!(report.rejected, 0);
        prop_assert_eq!(report.rows, rows.len() as u64);
        let want: Rows = lines
            .into_iter()
            .zip(rows.iter().map(|r| r.iter().map(|f| f.trim().to_owned()).collect()))
            .collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn table_arbitrary_bytes_never_panic(bytes in messy_bytes(300), comma in any::<bool>()) {
        let d = if comma { Delimiter::Comma } else { Delimiter::Tab };
        let (got, report) = read_table(&bytes, d);
        match got {
            Some((_, rows)) => {
                let lines = line_count(&bytes);
                for w in rows.windows(2) {
                    prop_assert!(w[0].0 < w[1].0, "lines out of order");
                }
                for (line, _) in &rows {
                    prop_assert!(*line >= 2 && *line <= lines);
                }
                prop_assert_eq!(report.rows, rows.len() as u64 + report.rejected);
            }
            None => prop_assert!(report.fatal.is_some()),
        }
        problems_on_lines(&report, &bytes)?;
    }

    #[test]
    fn onet_occupations_round_trip(
        codes in onet_codes(1..8),
        titles in prop::collection::vec(text(4), 8),
        descriptions in prop::collection::vec(text(8), 8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut file = String::from("O*NET-SOC Code\tTitle\tDescription\n");
        for (i, c) in codes.iter().enumerate() {
            file += &format!("{c}\t{}\t{}\n", titles[i], descriptions[i]);
        }
        write(dir.path(), "Occupation Data.txt", file.as_bytes());
        let mut report = IngestReport::default();
        let data = skillgap_ingest::onet::read_onet(dir.path(), &mut report);
        let mut want: Vec<(String, String, String)> = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), titles[i].clone(), descriptions[i].clone()))
            .collect();
        want.sort();
        let got: Vec<(String, String, String)> = data
            .occupations
            .iter()
            .map(|o| (o.code.clone(), o.title.clone(), o.description.clone()))
            .collect();
        prop_assert_eq!(got, want);
        let fr = &report.files[0];
        prop_assert_eq!((fr.rows, fr.loaded, fr.rejected), (codes.len() as u64, codes.len() as u64, 0));
    }

    #[test]
    fn esco_skills_round_trip(
        skills in prop::collection::btree_map(
            "[0-9a-f]{8}",
            (text(3), prop::collection::vec(text(3), 0..3), text(6), any::<bool>()),
            1..8,
        ),
        crlf in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut w = csv::WriterBuilder::new()
            .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        w.write_record(["conceptType", "conceptUri", "skillType", "preferredLabel", "altLabels", "description"]).unwrap();
        let uri = |k: &str| format!("http://data.europa.eu/esco/skill/{k}");
        for (k, (label, alts, desc, knowledge)) in &skills {
            let kind = if *knowledge { "knowledge" } else { "skill/competence" };
            w.write_record(["KnowledgeSkillCompetence", &uri(k), kind, label, &alts.join("\n"), desc]).unwrap();
        }
        write(dir.path(), "skills_en.csv", &w.into_inner().unwrap());
        let mut report = IngestReport::default();
        let data = skillgap_ingest::esco::read_esco(dir.path(), &mut report);
        let got: Vec<(String, String, String)> = data
            .skills
            .iter()
            .map(|s| (s.id.clone(), s.label.clone(), s.description.clone()))
            .collect();
        let want: Vec<(String, String, String)> = skills
            .iter()
            .map(|(k, (label, _, desc, _))| (uri(k), label.clone(), desc.clone()))
            .collect();
        prop_assert_eq!(got, want);
        for s in &data.skills {
            let (label, alts, _, _) = &skills[s.id.rsplit('/').next().unwrap()];
            for a in &s.alt_labels {
                prop_assert!(alts.contains(a) && a != label, "{a:?}");
            }
        }
    }

    #[test]
    fn postings_csv_and_jsonl_round_trip(
        rows in prop::collection::vec((text(4), prop::option::of(text(3)), text(20)), 1..8),
        crlf in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut w = csv::WriterBuilder::new()
            .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        w.write_record(["Job ID", "Job Title", "Company Name", "Job Description"]).unwrap();
        let mut jsonl = String::new();
        for (i, (title, company, description)) in rows.iter().enumerate() {
            let id = format!("j{i}");
            w.write_record([&id, title, company.as_deref().unwrap_or(""), description]).unwrap();
            let v = serde_json::json!({"id": id, "title": title, "company": company, "description": description});
            jsonl += &format!("{v}\n");
        }
        for path in [
            write(dir.path(), "jobs.csv", &w.into_inner().unwrap()),
            write(dir.path(), "jobs.jsonl", jsonl.as_bytes()),
        ] {
            let (got, report) = posting_read(&path);
            prop_assert_eq!(report.rejected, 0, "{:?}", report);
            let got: Vec<(String, String, Option<String>, String)> = got
                .into_iter()
                .map(|p| (p.id, p.title, p.employer, p.description))
                .collect();
            let want: Vec<(String, String, Option<String>, String)> = rows
                .iter()
                .enumerate()
                .map(|(i, (t, c, d))| (format!("j{i}"), t.clone(), c.clone(), d.clone()))
                .collect();
            prop_assert_eq!(got, want, "{}", path.display());
        }
    }

    #[test]
    fn postings_arbitrary_bytes_never_panic(bytes in messy_bytes(400), ext in 0usize..3) {
        let dir = tempfile::tempdir().unwrap();
        let name = ["jobs.csv", "jobs.jsonl", "jobs.json"][ext];
        let path = write(dir.path(), name, &bytes);
        let (got, report) = posting_read(&path);
        prop_assert_eq!(report.loaded, got.len() as u64);
        prop_assert!(report.fatal.as_deref().is_none_or(|f| !f.contains("internal error")), "{:?}", report);
        problems_on_lines(&report, &bytes)?;
    }

    #[test]
    fn credentials_csv_round_trip(expected in credentials("native:round.csv")) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("round.csv");
        credentials::native::write_csv(std::fs::File::create(&path).unwrap(), &expected).unwrap();
        let (got, report) = read_credentials(&path, CredentialFormat::NativeCsv);
        prop_assert!(report.problems.is_empty(), "{:?}", report.problems);
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn credentials_json_round_trip(expected in credentials("native:round.jsonl")) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("round.jsonl");
        credentials::native::write_jsonl(std::fs::File::create(&path).unwrap(), &expected).unwrap();
        let (got, report) = read_credentials(&path, CredentialFormat::NativeJson);
        prop_assert!(report.problems.is_empty(), "{:?}", report.problems);
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn credentials_arbitrary_bytes_never_panic(bytes in messy_bytes(400), format in 0usize..4) {
        let dir = tempfile::tempdir().unwrap();
        let (name, format) = [
            ("c.csv", CredentialFormat::NativeCsv),
            ("c.jsonl", CredentialFormat::NativeJson),
            ("c.json", CredentialFormat::OpenBadges),
            ("c.json", CredentialFormat::Ctdl),
        ][format];
        let path = write(dir.path(), name, &bytes);
        let (got, report) = read_credentials(&path, format);
        prop_assert_eq!(report.loaded, got.len() as u64);
        problems_on_lines(&report, &bytes)?;
        // Rejected records are counted, and listed (up to the cap) with a line.
        prop_assert!(report.rows >= report.loaded + report.rejected || format != CredentialFormat::NativeCsv);
        if report.rejected > 0 {
            prop_assert!(!report.problems.is_empty());
        }
    }
}
