//! Tests of the credential readers: native round trips, validation, each importer on small
//! inline fixtures, the project sample, and (when present) the real datasets.

use super::*;
use skillgap_core::{AssessmentKind, CredentialType, DeliveryMode, Pace};
use std::collections::{BTreeSet, HashSet};
use std::io::Write;

const SQL: &str = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
const SPREADSHEETS: &str = "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::File::create(&p)
        .unwrap()
        .write_all(content.as_bytes())
        .unwrap();
    p
}

fn read_all(path: &Path, format: Option<CredentialFormat>) -> (Vec<Credential>, FileReport) {
    let mut out = Vec::new();
    let report = read_credentials(path, format, &mut |c| out.push(c));
    (out, report)
}

fn problem_at(report: &FileReport, line: u64, field: Option<&str>) -> bool {
    report
        .problems
        .iter()
        .any(|p| p.line == line && p.field.as_deref() == field)
}

fn samples(source: &str) -> Vec<Credential> {
    let mut a = blank(
        "acme:sql-badge".into(),
        "SQL Foundations; \"Badge\"".into(),
        CredentialType::Badge,
        source.into(),
    );
    a.provider = Some("Acme Academy".into());
    a.url = Some("https://acme.example/sql".into());
    a.description = "Line one,\nline two | with a pipe".into();
    a.hours = Some(12.5);
    a.hours_rule = Some("`5 weeks at 2.5 hours/week`: 5 weeks × 2.5 h/week = 12.5 h".into());
    a.cost = Some(49.0);
    a.currency = Some("EUR".into());
    a.mode = Some(DeliveryMode::Hybrid);
    a.pace = Some(Pace::Cohort);
    a.credit_bearing = Some(true);
    a.credits = Some(1.5);
    a.assessment = Some(AssessmentKind::Performance);
    a.evidence = Some("proctored exam".into());
    a.language = Some("en".into());
    a.stackable_into = vec!["acme:analytics-cert".into(), "odd;id".into()];
    a.prerequisites = vec!["tech:microsoft-excel".into(), "acme:intro".into()];
    a.occupations = vec!["15-2051.01".into()];
    a.keywords = vec!["data".into(), "sql".into()];
    a.outcomes = vec![
        outcome(SQL, Some(SQL.into()), Some(0.6), true),
        outcome("write SQL joins", Some(SQL.into()), None, false),
        outcome("Python", None, Some(0.5), false),
        outcome("tables; pivots | charts", None, None, true),
        outcome("Excel", Some("tech:microsoft-excel".into()), None, true),
        outcome("2.A.2.a", Some("2.A.2.a".into()), Some(0.25), false),
        outcome(
            "https://case.example/item/1",
            Some("https://case.example/item/1".into()),
            None,
            false,
        ),
    ];
    let mut b = blank(
        "acme:minimal".into(),
        "Minimal".into(),
        CredentialType::Other,
        source.into(),
    );
    b.outcomes = vec![];
    vec![a, b]
}

#[test]
fn credentials_native_csv_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("round.csv");
    let expected = samples("native:round.csv");
    write_csv(std::fs::File::create(&path).unwrap(), &expected).unwrap();
    assert_eq!(detect_format(&path), Some(CredentialFormat::NativeCsv));
    let (got, report) = read_all(&path, None);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!((report.rows, report.loaded, report.rejected), (2, 2, 0));
    assert_eq!(got, expected);
    assert_eq!(got[0].outcomes[0].method, MatchMethod::Given);
    assert_eq!(got[0].outcomes[0].confidence, 1.0);
    assert_eq!(got[0].outcomes[5].skill_id.as_deref(), Some("2.A.2.a"));
    assert_eq!(got[0].outcomes[6].skill_id, None);
}

#[test]
fn credentials_native_json_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("round.jsonl");
    let expected = samples("native:round.jsonl");
    write_jsonl(std::fs::File::create(&path).unwrap(), &expected).unwrap();
    assert_eq!(detect_format(&path), Some(CredentialFormat::NativeJson));
    let (got, report) = read_all(&path, None);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(got, expected);

    // The same records as a pretty-printed JSON array, and as serde's own form of the model.
    let array = format!(
        "[\n{}\n]",
        std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let path = write(dir.path(), "round.json", &array);
    let (got, report) = read_all(&path, None);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let expected = samples("native:round.json");
    assert_eq!(got, expected);
    let serde_form: Vec<String> = expected
        .iter()
        .map(|c| serde_json::to_string(c).unwrap())
        .collect();
    let path = write(dir.path(), "round.json", &serde_form.join("\n"));
    let (got, _) = read_all(&path, Some(CredentialFormat::NativeJson));
    assert_eq!(got, expected);
}

/// Found by fuzzing: one JSON Lines record with invalid UTF-8 failed the whole file.
#[test]
fn credentials_jsonl_invalid_utf8_rejects_only_that_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    let good: Vec<String> = samples("native:bad.jsonl")
        .iter()
        .map(|c| {
            let mut v = Vec::new();
            write_jsonl(&mut v, std::slice::from_ref(c)).unwrap();
            String::from_utf8(v).unwrap().trim_end().to_owned()
        })
        .collect();
    let mut bytes = format!("{}\n", good[0]).into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"x\xff\xfe\", \"title\": \"T\"}\r\n");
    bytes.extend_from_slice(format!("\n{}\n", good[1]).as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(detect_format(&path), Some(CredentialFormat::NativeJson));
    let (got, report) = read_all(&path, None);
    assert_eq!(report.fatal, None);
    assert_eq!(got.len(), 2, "{:?}", report.problems);
    assert_eq!(report.rows, 3);
    assert_eq!(report.rejected, 1);
    assert_eq!(report.problems[0].line, 2);
    assert!(report.problems[0].message.contains("UTF-8"));
}

#[test]
fn credentials_validation_finds_every_problem_with_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let unknown = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000";
    let lines = [
        format!(r#"{{"id": "ok-1", "title": "Good", "type": "badge", "outcomes": [{{"skill": "{SQL}", "level": 0.6, "assessed": true}}]}}"#),
        r#"{"id": "no-title", "type": "course"}"#.to_owned(),
        r#"{"id": "neg", "title": "Negative", "type": "course", "cost": -5, "currency": "USD"}"#.to_owned(),
        format!(r#"{{"id": "unknown-skill", "title": "Unknown", "type": "course", "outcomes": ["{unknown}|0.4|assessed"]}}"#),
        r#"{"id": "broken", "title": "Broken", "cost": , "type": "course"}"#.to_owned(),
        r#"{"id": "bad-ref", "title": "Bad ref", "type": "course", "outcomes": [{"skill": "http://data.europa.eu/esco/skill/"}]}"#.to_owned(),
        r#"{"id": "bad-enum", "title": "Bad enum", "type": "webinar", "mode": "telepathy"}"#.to_owned(),
        String::new(),
        r#"{"id": "ok-2", "title": "Also good", "type": "course", "hours": 3, "outcomes": ["2.A.1.a", "tech:tableau", "make charts"]}"#.to_owned(),
        r#"{"id": "ok-1", "title": "Duplicate", "type": "course"}"#.to_owned(),
    ];
    let path = write(dir.path(), "mixed.jsonl", &lines.join("\n"));
    let known: HashSet<&str> = [SQL, "2.A.1.a", "tech:tableau"].into_iter().collect();
    let report = validate_credentials(&path, None, &|id| known.contains(id));
    assert_eq!(report.rows, 9, "{report:?}");
    assert_eq!(report.loaded, 2, "{report:?}");
    assert_eq!(report.rejected, 7, "{report:?}");
    assert!(
        problem_at(&report, 2, Some("title")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 3, Some("cost")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 4, Some("outcomes")),
        "{:?}",
        report.problems
    );
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.line == 4 && p.message.contains(unknown)),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 5, Some("cost")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 6, Some("outcomes")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 7, Some("type")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 7, Some("mode")),
        "{:?}",
        report.problems
    );
    assert!(problem_at(&report, 10, Some("id")), "{:?}", report.problems);

    // Reading skips the invalid records and loads the valid ones (an unknown but well-formed
    // skill URI is for the pipeline to check, so that record loads too).
    let (got, report) = read_all(&path, None);
    let ids: Vec<&str> = got.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["ok-1", "unknown-skill", "ok-2"]);
    assert_eq!(report.rejected, 6);
    assert_eq!(got[2].outcomes[2].method, MatchMethod::Unresolved);

    // The same checks in CSV.
    let csv = format!(
        "id,title,type,cost,currency,hours,duration,outcomes\n\
         a,Good,badge,0,USD,2,,{SQL}|0.6|assessed\n\
         b,,course,,,,,\n\
         c,Neg,course,-1,USD,,,\n\
         d,Unknown,course,,,,,{unknown}\n\
         e,Bad level,course,,,,,SQL|1.5|\n\
         f,Bad duration,course,,,,sometime soon,\n\
         g,\"Multi\nline\",course,,,,4-6 weeks at 5 hours/week,\"Excel; {SPREADSHEETS}|0.4||use spreadsheets\"\n"
    );
    let path = write(dir.path(), "mixed.csv", &csv);
    let report = validate_credentials(&path, None, &|id| id == SQL);
    assert_eq!(
        (report.rows, report.loaded, report.rejected),
        (7, 1, 6),
        "{report:?}"
    );
    assert!(
        problem_at(&report, 3, Some("title")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 4, Some("cost")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 5, Some("outcomes")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 6, Some("outcomes")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 7, Some("duration")),
        "{:?}",
        report.problems
    );
    assert!(
        problem_at(&report, 8, Some("outcomes")),
        "{:?}",
        report.problems
    );
    let (got, _) = read_all(&path, None);
    let g = got.iter().find(|c| c.id == "g").unwrap();
    assert_eq!(g.hours, Some(25.0));
    assert!(g.hours_rule.as_deref().unwrap().contains("midpoint"));
    assert_eq!(g.outcomes[1].text, "use spreadsheets");
    assert_eq!(g.outcomes[1].skill_id.as_deref(), Some(SPREADSHEETS));
}

#[test]
fn credentials_native_duration_default_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "d.csv",
        "id,title,type,duration\nx,X,course,P6W\ny,Y,course,PT40H\n",
    );
    let (got, report) = read_all(&path, None);
    assert_eq!(report.loaded, 2);
    assert_eq!(got[0].hours, Some(30.0));
    assert!(got[0].hours_rule.as_deref().unwrap().contains("default"));
    assert_eq!(got[1].hours, Some(40.0));
}

#[test]
fn credentials_native_long_layout_groups_outcome_rows() {
    let dir = tempfile::tempdir().unwrap();
    let csv = format!(
        "id,title,type,hours,outcome,level,assessed,label\n\
         c1,Charts,badge,6,{SQL},0.5,assessed,query tables\n\
         c1,,,,build charts,,\n\
         c2,Other,course,,Excel,,\n\
         c1,Charts,,,Python,0.3,yes,\n\
         c1,Different title,,,R,,\n"
    );
    let path = write(dir.path(), "long.csv", &csv);
    let (got, report) = read_all(&path, None);
    assert_eq!(report.rows, 5);
    assert_eq!(report.loaded, 1, "{report:?}");
    assert_eq!(report.rejected, 1);
    assert!(
        problem_at(&report, 6, Some("title")),
        "{:?}",
        report.problems
    );
    assert_eq!(got[0].id, "c2");
    // Without the conflicting row, c1 loads with three outcomes.
    let csv: String = csv.lines().take(5).collect::<Vec<_>>().join("\n");
    let path = write(dir.path(), "long.csv", &csv);
    let (got, report) = read_all(&path, None);
    assert_eq!(report.loaded, 2, "{report:?}");
    let c1 = &got[0];
    assert_eq!(c1.hours, Some(6.0));
    let texts: Vec<&str> = c1.outcomes.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(texts, ["query tables", "build charts", "Python"]);
    assert!(c1.outcomes[2].assessed);
}

#[test]
fn credentials_formats_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("a.csv", "id,title,type\n", Some(CredentialFormat::NativeCsv)),
        (
            "b.csv",
            ",course_title,course_organization,course_certificate_type\n",
            Some(CredentialFormat::Coursera),
        ),
        (
            "c.csv",
            "partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility\n",
            Some(CredentialFormat::Coursera),
        ),
        ("d.csv", "title,summary,course_effort,course_length\n", Some(CredentialFormat::Edx)),
        ("e.csv", "course_id,course_title,is_paid\n", Some(CredentialFormat::Udemy)),
        ("f.csv", "foo,bar\n", None),
        (
            "g.json",
            r#"{"type": ["VerifiableCredential", "OpenBadgeCredential"], "credentialSubject": {}}"#,
            Some(CredentialFormat::OpenBadges),
        ),
        (
            "h.json",
            r#"{"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": []}"#,
            Some(CredentialFormat::Ctdl),
        ),
        (
            "i.json",
            "\u{feff}{\"@type\": \"ceterms:Certificate\"}",
            Some(CredentialFormat::Ctdl),
        ),
        ("j.jsonl", "{\"id\": \"x\"}\n{\"id\": \"y\"}\n", Some(CredentialFormat::NativeJson)),
        ("k.txt", "id,title,type\n", None),
    ];
    for (name, content, expected) in cases {
        let p = write(dir.path(), name, content);
        assert_eq!(detect_format(&p), expected, "{name}");
    }
    assert_eq!(detect_format(Path::new("/nonexistent/x.csv")), None);
    let report = read_credentials(Path::new("/nonexistent/x.csv"), None, &mut |_| {});
    assert!(report.fatal.is_some());
    for f in CredentialFormat::ALL {
        assert_eq!(CredentialFormat::parse(f.as_str()), Some(f));
        assert_eq!(serde_json::to_value(f).unwrap().as_str(), Some(f.as_str()));
    }
}

#[test]
fn credentials_files_are_listed_recursively_and_sorted() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "b/x.json",
        "a.csv",
        "b/c/y.jsonld",
        "z.jsonl",
        "notes.md",
        ".hidden/q.csv",
    ] {
        write(dir.path(), name, "{}");
    }
    let files = credential_files(dir.path()).unwrap();
    let rel: Vec<String> = files
        .iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    assert_eq!(rel, ["a.csv", "b/c/y.jsonld", "b/x.json", "z.jsonl"]);
    let one = dir.path().join("a.csv");
    assert_eq!(credential_files(&one).unwrap(), vec![one]);
    assert!(credential_files(&dir.path().join("missing")).is_err());
}

#[test]
fn credentials_skill_references() {
    assert_eq!(classify_ref(SQL), Ok(SkillRef::Esco(SQL.into())));
    assert_eq!(
        classify_ref(&SQL.replace("http:", "https:")),
        Ok(SkillRef::Esco(SQL.into()))
    );
    assert!(classify_ref("http://data.europa.eu/esco/skill/").is_err());
    assert!(classify_ref("http://data.europa.eu/esco/skill/a b").is_err());
    assert!(classify_ref("http://data.europa.eu/esco/occupation/123").is_err());
    assert_eq!(classify_ref("2.C.10"), Ok(SkillRef::Onet("2.C.10".into())));
    assert_eq!(
        classify_ref("4.A.2.a.4"),
        Ok(SkillRef::Onet("4.A.2.a.4".into()))
    );
    assert!(classify_ref("2.A.1.").is_err());
    assert!(classify_ref("2.A.xy").is_err());
    assert_eq!(
        classify_ref("https://www.onetonline.org/find/descriptor/result/2.B.3.e"),
        Ok(SkillRef::Onet("2.B.3.e".into()))
    );
    assert_eq!(
        classify_ref("https://www.onetonline.org/link/summary/15-1131.00"),
        Ok(SkillRef::Other)
    );
    assert_eq!(
        classify_ref("tech:c++"),
        Ok(SkillRef::Tech("tech:c++".into()))
    );
    assert!(classify_ref("tech:").is_err());
    assert!(classify_ref("tech:Microsoft Excel").is_err());
    assert_eq!(classify_ref("ce-6369c51f"), Ok(SkillRef::Other));
    assert!(!is_skill_reference("Python 3.10"));
    assert!(!is_skill_reference("3.5 hours"));
    assert!(is_skill_reference("2.A.1.a"));
}

// ---------------------------------------------------------------------------------------------
// Importers on inline fixtures

#[test]
fn credentials_coursera_outcomes_layout() {
    let dir = tempfile::tempdir().unwrap();
    let csv = r#",course_title,course_organization,course_certificate_type,course_time,course_rating,course_reviews_num,course_difficulty,course_url,course_students_enrolled,course_skills,course_summary,course_description
1,Data Basics,Uni A,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/data-basics,"1,000","['SQL', 'Excel', 'SQL', ""Newton'S Method""]","['Write queries\xa0 over tables', ""Explain a model's limits""]",About it.
2,Data Basics,Uni B,Specialization,3 - 6 Months,4.1,5,Mixed,https://www.coursera.org/specializations/db,12,[],[],Other.
3,Data Basics,Uni A,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/data-basics,"1,000",[],[],Repeat.
4,Broken,Uni C,Course,Less Than 2 Hours,4,1,Advanced,https://x,1,"['unterminated]",[],Bad.
"#;
    let path = write(dir.path(), "coursera_courses.csv", csv);
    assert_eq!(detect_format(&path), Some(CredentialFormat::Coursera));
    let (got, report) = read_all(&path, None);
    assert_eq!(
        (report.rows, report.loaded, report.rejected, report.skipped),
        (4, 2, 1, 1)
    );
    assert!(
        problem_at(&report, 5, Some("course_skills")),
        "{:?}",
        report.problems
    );
    let a = &got[0];
    assert_eq!(a.id, "coursera:data-basics--uni-a");
    assert_eq!(got[1].id, "coursera:data-basics--uni-b");
    assert_eq!(a.provider.as_deref(), Some("Uni A"));
    assert_eq!(a.kind, CredentialType::Course);
    assert_eq!(got[1].kind, CredentialType::Certificate);
    assert_eq!(a.hours, Some(25.0));
    assert!(a.hours_rule.as_deref().unwrap().contains("10 h/week"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.coursera.org/learn/data-basics")
    );
    assert_eq!(a.source, "coursera:coursera_courses.csv");
    let texts: Vec<&str> = a.outcomes.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "SQL",
            "Excel",
            "Newton'S Method",
            "Write queries over tables",
            "Explain a model's limits"
        ]
    );
    assert!(a
        .outcomes
        .iter()
        .all(|o| o.method == MatchMethod::Unresolved && o.level == Some(0.3)));
    assert_eq!(got[1].outcomes, vec![]);
    assert_eq!(got[1].outcomes.len(), 0);
}

#[test]
fn credentials_coursera_catalog_and_programs_layouts() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = "Subject,Title,Institution,Learning Product,Level,Duration,Gained Skills,Rate,Reviews\n\
        Data Science,SQL for Data,IBM,Professional Certificate,Intermediate,1 - 3 Months,\"SQL, Extract, Transform, Load, Regulation, and Compliance\",4.5,100\n\
        Business,SQL for Data,IBM,Professional Certificate,Intermediate,1 - 3 Months,\"SQL\",4.5,100\n";
    let path = write(dir.path(), "catalog.csv", catalog);
    let (got, report) = read_all(&path, None);
    assert_eq!((report.loaded, report.skipped), (1, 1));
    let c = &got[0];
    assert_eq!(c.id, "coursera:sql-for-data");
    assert_eq!(c.kind, CredentialType::Certificate);
    assert_eq!(c.hours, Some(86.9));
    assert_eq!(c.keywords, ["Data Science"]);
    let texts: Vec<&str> = c.outcomes.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "SQL",
            "Extract, Transform, Load",
            "Regulation, and Compliance"
        ]
    );
    assert!(c.outcomes.iter().all(|o| o.level == Some(0.55)));

    let programs = "partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility\n\
        Google,Google Data Analytics,\"Data Analysis, SQL\",4.8,133400.0,Beginner , Professional Certificate , 3 - 6 Months,True\n\
        Uni,Master of Data,\"Statistics\",,,, Degree ,  24 - 36 months,False\n\
        IBM,IBM DevOps,,,,,None,None,False\n";
    let path = write(dir.path(), "programs.csv", programs);
    let (got, report) = read_all(&path, None);
    assert_eq!(report.loaded, 3, "{report:?}");
    assert_eq!(got[0].credit_bearing, Some(true));
    assert_eq!(got[0].hours, Some(195.5));
    assert_eq!(got[0].outcomes[0].level, Some(0.3));
    assert_eq!(got[1].kind, CredentialType::Degree);
    assert_eq!(got[1].credit_bearing, Some(false));
    assert_eq!(got[1].hours, Some(1303.5));
    assert_eq!(got[2].kind, CredentialType::Other);
    assert_eq!(got[2].hours, None);
    assert!(got[2].outcomes.is_empty());
}

#[test]
fn credentials_edx_importer() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "title,summary,n_enrolled,course_type,institution,instructors,Level,subject,language,subtitles,course_effort,course_length,price,course_description,course_syllabus,course_url\n\
        Intro to SQL,Learn SQL. Build reports for managers.,\"1,000\",Self-paced on your time,MITx,A-B,Introductory,Computer Science,Español,English,2–3 hours per week,7 Weeks,FREE-Add a Verified Certificate for $49 USD,Long text.,Syllabus.,https://www.edx.org/course/intro-to-sql\n\
        Led,One thing.,1,Instructor-led on a course schedule,X,Y,Advanced,Math,English,English,,4 Weeks,FREE,D,S,https://www.edx.org/course/led\n";
    let path = write(dir.path(), "edx_courses.csv", csv);
    assert_eq!(detect_format(&path), Some(CredentialFormat::Edx));
    let (got, report) = read_all(&path, None);
    assert_eq!(report.loaded, 2, "{report:?}");
    let c = &got[0];
    assert_eq!(c.id, "edx:intro-to-sql");
    assert_eq!(c.hours, Some(17.5));
    assert!(c.hours_rule.as_deref().unwrap().contains("midpoint of 2–3"));
    assert_eq!((c.cost, c.currency.as_deref()), (Some(49.0), Some("USD")));
    assert!(c.evidence.as_deref().unwrap().contains("free"));
    assert_eq!(c.pace, Some(Pace::SelfPaced));
    assert_eq!(c.language.as_deref(), Some("es"));
    assert_eq!(c.provider.as_deref(), Some("MITx"));
    let texts: Vec<&str> = c.outcomes.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(texts, ["Learn SQL.", "Build reports for managers."]);
    assert_eq!(c.outcomes[0].level, Some(0.3));
    assert_eq!(got[1].pace, Some(Pace::Cohort));
    assert_eq!(got[1].hours, None, "no effort stated: no hours");
    assert_eq!(got[1].cost, Some(0.0));
}

#[test]
fn credentials_udemy_importer() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "course_id,course_title,url,is_paid,price,num_subscribers,num_reviews,num_lectures,level,content_duration,published_timestamp,subject\n\
        1070968,Ultimate Investment Banking Course,https://www.udemy.com/ultimate/,True,200,2147,23,51,All Levels,1.5,2017-01-18T20:58:58Z,Business Finance\n\
        5,Free Photoshop,https://www.udemy.com/ps/,False,0,1,1,1,Beginner Level,35 mins,2017-01-18T20:58:58Z,Graphic Design\n\
        1070968,Ultimate Investment Banking Course,https://www.udemy.com/ultimate/,True,200,2147,23,51,All Levels,1.5,2017-01-18T20:58:58Z,Business Finance\n\
        6,Bad price,https://www.udemy.com/bad/,True,lots,1,1,1,All Levels,1,2017,Web Development\n";
    let path = write(dir.path(), "udemy_courses.csv", csv);
    let (got, report) = read_all(&path, None);
    assert_eq!((report.loaded, report.skipped, report.rejected), (2, 1, 1));
    assert!(problem_at(&report, 5, Some("price")));
    let c = &got[0];
    assert_eq!(c.id, "udemy:1070968");
    assert_eq!((c.cost, c.currency.as_deref()), (Some(200.0), None));
    assert_eq!(c.hours, Some(1.5));
    assert_eq!(c.source, "udemy:udemy_courses.csv");
    assert_eq!(c.outcomes.len(), 1);
    assert_eq!(
        c.outcomes[0].text,
        "Ultimate Investment Banking Course (Business Finance)"
    );
    assert_eq!(c.outcomes[0].confidence, 0.0);
    assert_eq!(c.outcomes[0].method, MatchMethod::Unresolved);
    assert_eq!(got[1].cost, Some(0.0));
    assert_eq!(got[1].hours, Some(0.6));
    assert_eq!(got[1].outcomes[0].level, Some(0.3));
}

#[test]
fn credentials_open_badges_importer() {
    let dir = tempfile::tempdir().unwrap();
    let ob3 = format!(
        r#"{{
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  "id": "http://example.edu/credentials/1",
  "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "issuer": {{"id": "https://example.edu/issuers/1", "type": ["Profile"], "name": "Example University"}},
  "name": "Wrapper name",
  "credentialSubject": {{
    "type": ["AchievementSubject"],
    "achievement": {{
      "id": "https://example.edu/achievements/sql",
      "type": ["Achievement"],
      "name": "SQL Querying",
      "description": "Queries relational data.",
      "achievementType": "Certificate",
      "criteria": {{"narrative": "Pass a practical exam."}},
      "creditsAvailable": 2,
      "tag": ["data", "sql"],
      "alignment": [
        {{"type": ["Alignment"], "targetName": "SQL", "targetUrl": "{SQL}", "targetCode": "K1"}},
        {{"type": ["Alignment"], "targetName": "Joins", "targetCode": "case-42", "targetUrl": "https://case.example/42"}},
        {{"type": ["Alignment"], "targetName": "Robotics", "targetUrl": "https://robots.example/r"}},
        {{"type": ["Alignment"], "targetName": "Some Degree", "targetType": "ceterms:Credential", "targetUrl": "https://x"}}
      ]
    }}
  }}
}}"#
    );
    let path = write(dir.path(), "badge.json", &ob3);
    assert_eq!(detect_format(&path), Some(CredentialFormat::OpenBadges));
    let (got, report) = read_all(&path, None);
    assert_eq!(report.loaded, 1, "{report:?}");
    let c = &got[0];
    assert_eq!(c.id, "ob:https://example.edu/achievements/sql");
    assert_eq!(c.title, "SQL Querying");
    assert_eq!(c.kind, CredentialType::Certificate);
    assert_eq!(c.provider.as_deref(), Some("Example University"));
    assert_eq!(c.evidence.as_deref(), Some("Pass a practical exam."));
    assert_eq!((c.credits, c.credit_bearing), (Some(2.0), Some(true)));
    assert_eq!(c.keywords, ["data", "sql"]);
    assert_eq!(c.outcomes.len(), 3);
    assert_eq!(c.outcomes[0].skill_id.as_deref(), Some(SQL));
    assert_eq!(c.outcomes[0].method, MatchMethod::Given);
    assert_eq!(c.outcomes[1].skill_ref.as_deref(), Some("case-42"));
    assert_eq!(c.outcomes[1].method, MatchMethod::Unresolved);
    assert_eq!(
        c.outcomes[2].skill_ref.as_deref(),
        Some("https://robots.example/r")
    );
    assert!(c.outcomes.iter().all(|o| o.assessed));

    // A bare Achievement of type Competency, without alignments, is its own outcome.
    let bare = r#"{"id": "urn:x:1", "type": ["Achievement"], "name": "Teamwork", "achievementType": "Competency", "creator": {"id": "https://c.example", "name": "Club"}}"#;
    let path = write(dir.path(), "bare.json", bare);
    let (got, _) = read_all(&path, None);
    assert_eq!(got[0].kind, CredentialType::Other);
    assert_eq!(got[0].provider.as_deref(), Some("Club"));
    assert_eq!(got[0].outcomes[0].text, "Teamwork");
    assert!(!got[0].outcomes[0].assessed);

    let endorsement = r#"{"type": ["VerifiableCredential", "EndorsementCredential"], "name": "x"}"#;
    let path = write(dir.path(), "endorse.json", endorsement);
    let (got, report) = read_all(&path, Some(CredentialFormat::OpenBadges));
    assert!(got.is_empty());
    assert_eq!(report.skipped, 1);
}

#[test]
fn credentials_ctdl_importer() {
    let dir = tempfile::tempdir().unwrap();
    let graph = r#"{
  "@context": "https://credreg.net/ctdl/schema/context/json",
  "@graph": [
    {
      "@id": "https://example.org/program.json",
      "@type": "ceterms:LearningProgram",
      "ceterms:ctid": "ce-prog",
      "ceterms:name": {"en-US": "Data Program"},
      "ceterms:hasPart": ["https://example.org/course-a.json"],
      "ceterms:ownedBy": ["_:org"],
      "ceterms:isNonCredit": true,
      "ceterms:deliveryType": [{"ceterms:targetNode": "deliveryType:BlendedDelivery"}],
      "ceterms:estimatedDuration": [{"ceterms:description": {"en-US": "Three quarters; five to ten hours of student commitment per week."}, "ceterms:exactDuration": "P9M"}],
      "ceterms:estimatedCost": [{"ceterms:price": 4485.0, "ceterms:currency": "US Dollar", "ceterms:directCostType": {"ceterms:targetNode": "costType:AggregateCost"}}, {"ceterms:price": 10, "ceterms:currency": "US Dollar"}],
      "ceterms:occupationType": [{"ceterms:targetNodeName": {"en-US": "Data Analyst"}}, {"ceterms:codedNotation": "15-2051.01", "ceterms:targetNodeName": {"en-US": "BI Analysts"}}]
    },
    {
      "@id": "https://example.org/course-a.json",
      "@type": "ceterms:Course",
      "ceterms:ctid": "ce-course-a",
      "ceterms:name": {"en-US": "SQL Course"},
      "ceterms:ownedBy": ["_:org"],
      "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P4W"}, {"ceterms:exactDuration": "PT160H"}],
      "ceterms:entryCondition": [{"ceterms:condition": {"en-US": ["High school maths"]}, "ceterms:targetLearningOpportunity": ["https://example.org/program.json", "https://registry.example/resources/ce-intro"]}],
      "ceterms:teaches": [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", "ceterms:targetNodeName": {"en-US": "SQL"}}],
      "ceterms:estimatedCost": [{"ceterms:price": 100, "ceterms:currency": "USD", "ceterms:directCostType": {"ceterms:targetNode": "costType:Tuition"}}, {"ceterms:price": 300, "ceterms:currency": "USD", "ceterms:directCostType": {"ceterms:targetNode": "costType:Tuition"}}, {"ceterms:price": 20, "ceterms:currency": "USD", "ceterms:directCostType": {"ceterms:targetNode": "costType:ProgramSpecificFee"}}]
    },
    {
      "@id": "_:org",
      "@type": "ceterms:CredentialOrganization",
      "ceterms:name": {"en-US": "Example College"}
    },
    {
      "@id": "_:stub",
      "@type": "ceterms:LearningOpportunityProfile",
      "ceterms:name": {"en-US": "A stub"}
    },
    {
      "@id": "https://example.org/degree",
      "@type": "ceterms:BachelorDegree",
      "ceterms:ctid": "ce-degree",
      "ceterms:name": {"en": "BS Nursing", "ar-sa": "x"},
      "ceterms:learningDeliveryType": [{"ceterms:targetNode": "deliveryType:InPerson"}, {"ceterms:targetNode": "deliveryType:OnlineOnly"}],
      "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P4Y"}],
      "ceterms:occupationType": [{"ceterms:codedNotation": "29-1141.00"}],
      "ceterms:requires": [
        {"ceterms:name": {"en-US": "Credit Hours"}, "ceterms:creditValue": [{"schema:description": {"en-US": "Semester Hours"}, "schema:value": 120.00}]},
        {"ceterms:name": {"en-US": "Competencies"}, "ceterms:targetCompetency": [{"ceterms:targetNode": "https://registry.example/resources/ce-comp1", "ceterms:targetNodeName": {"en-US": "A competent care provider."}}]},
        {"ceterms:name": {"en-US": "Open Badges Criteria"}, "ceterms:description": {"en-US": "Details\n\nThe learner assesses patients.\nThe learner plans care. \nOther text."}}
      ]
    }
  ]
}"#;
    let path = write(dir.path(), "graph.json", graph);
    assert_eq!(detect_format(&path), Some(CredentialFormat::Ctdl));
    let (got, report) = read_all(&path, None);
    assert_eq!(
        (report.rows, report.loaded, report.skipped),
        (4, 3, 1),
        "{report:?}"
    );
    let by_id = |id: &str| got.iter().find(|c| c.id == id).unwrap();
    let p = by_id("ctdl:ce-prog");
    assert_eq!(p.kind, CredentialType::Other);
    assert_eq!(p.provider.as_deref(), Some("Example College"));
    assert_eq!(p.credit_bearing, Some(false));
    assert_eq!(p.mode, Some(DeliveryMode::Hybrid));
    assert_eq!(p.occupations, ["15-2051.01"]);
    assert_eq!((p.cost, p.currency.as_deref()), (Some(4485.0), Some("USD")));
    // 9 months × 4.345 × 7.5 h/week (stated effort).
    assert_eq!(p.hours, Some(293.3));
    assert!(p.hours_rule.as_deref().unwrap().contains("stated effort"));
    let a = by_id("ctdl:ce-course-a");
    assert_eq!(a.kind, CredentialType::Course);
    assert_eq!(a.hours, Some(160.0));
    assert_eq!(a.stackable_into, ["ctdl:ce-prog"]);
    assert_eq!(a.prerequisites, ["ctdl:ce-prog", "ctdl:ce-intro"]);
    assert_eq!(a.cost, Some(120.0), "lowest tuition + fee");
    assert_eq!(a.outcomes[0].skill_id.as_deref(), Some(SQL));
    assert!(!a.outcomes[0].assessed);
    let d = by_id("ctdl:ce-degree");
    assert_eq!(d.title, "BS Nursing");
    assert_eq!(d.kind, CredentialType::Degree);
    assert_eq!(d.mode, Some(DeliveryMode::Hybrid));
    assert_eq!(d.occupations, ["29-1141.00"]);
    assert_eq!((d.credits, d.credit_bearing), (Some(120.0), Some(true)));
    assert_eq!(d.hours, Some(5400.0), "120 semester hours × 45 h");
    assert!(d.hours_rule.as_deref().unwrap().contains("creditValue"));
    let texts: Vec<&str> = d.outcomes.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "A competent care provider.",
            "The learner assesses patients.",
            "The learner plans care."
        ]
    );
    assert!(d.outcomes.iter().all(|o| o.assessed));
    assert!(d
        .evidence
        .as_deref()
        .unwrap()
        .contains("The learner plans care."));

    // A single registry record with a full-time duration and no credits.
    let single = r#"{"@id": "https://credentialengineregistry.org/resources/ce-1", "@type": "ceterms:MasterDegree", "ceterms:ctid": "ce-1", "ceterms:name": {"en-US": "MBA"}, "ceterms:estimatedDuration": [{"ceterms:exactDuration": "P2Y"}], "ceterms:occupationType": [{"ceterms:codedNotation": "11-1011.00"}]}"#;
    let path = write(dir.path(), "one.registry.json", single);
    let (got, _) = read_all(&path, None);
    assert_eq!(got[0].hours, Some(2700.0));
    assert!(got[0].hours_rule.as_deref().unwrap().contains("full-time"));

    let org = r#"{"@id": "x", "@type": "ceterms:CredentialOrganization", "ceterms:name": "Org"}"#;
    let path = write(dir.path(), "org.json", org);
    let (got, report) = read_all(&path, Some(CredentialFormat::Ctdl));
    assert!(got.is_empty());
    assert_eq!((report.rows, report.skipped), (1, 1));
}

#[test]
fn credentials_documented_examples_read_cleanly() {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/credentials.md"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for (i, block) in doc.split("```").enumerate().filter(|(i, _)| i % 2 == 1) {
        let (lang, body) = block.split_once('\n').unwrap_or((block, ""));
        let name = match lang.trim() {
            "csv" => format!("example{i}.csv"),
            "json" => format!("example{i}.jsonl"),
            _ => continue,
        };
        let path = write(dir.path(), &name, body);
        let (got, report) = read_all(&path, None);
        assert!(report.problems.is_empty(), "{name}: {:?}", report.problems);
        assert!(
            !got.is_empty() && report.rejected == 0,
            "{name}: {report:?}"
        );
        assert!(
            got.iter()
                .all(|c| c.hours.is_some() || c.id == "acme:excel"),
            "{name}"
        );
        checked += 1;
    }
    assert_eq!(checked, 3);
    assert_eq!(
        duration::hours_from("6 - 12 Months", Some(duration::COURSERA)).map(|d| d.hours),
        Some(391.1)
    );
}

// ---------------------------------------------------------------------------------------------
// The project sample

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample")
}

#[test]
fn credentials_sample_loads_cleanly_and_references_sample_skills() {
    let dir = sample_dir().join("credentials");
    let files = credential_files(&dir).unwrap();
    assert!(files.len() >= 2, "{files:?}");
    let mut all = Vec::new();
    for f in &files {
        let report = read_credentials(f, None, &mut |c| all.push(c));
        assert!(
            report.problems.is_empty() && report.fatal.is_none() && report.skipped == 0,
            "{report:?}"
        );
    }
    assert!((35..=50).contains(&all.len()), "{} credentials", all.len());
    let ids: HashSet<&str> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        all.len(),
        "ids are unique across the sample files"
    );

    // Every ESCO URI exists in the sample ESCO skills; every tech id is the slug of a sample
    // O*NET technology example; every O*NET element id is in the content model.
    let esco = std::fs::read_to_string(sample_dir().join("esco/skills_en.csv")).unwrap();
    let onet_tech =
        std::fs::read_to_string(sample_dir().join("onet/Technology Skills.txt")).unwrap();
    let tech: HashSet<String> = onet_tech
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(1))
        .map(skillgap_core::tech_skill_id)
        .collect();
    let model =
        std::fs::read_to_string(sample_dir().join("onet/Content Model Reference.txt")).unwrap();
    let elements: HashSet<&str> = model.lines().filter_map(|l| l.split('\t').next()).collect();
    let mut kinds = BTreeSet::new();
    let (mut given, mut text) = (0, 0);
    for c in &all {
        let refs = c
            .outcomes
            .iter()
            .filter_map(|o| o.skill_id.as_deref())
            .chain(c.prerequisites.iter().map(String::as_str));
        for id in refs {
            match classify_ref(id) {
                Ok(SkillRef::Esco(u)) => assert!(esco.contains(&format!(",{u},")), "{}: {u}", c.id),
                Ok(SkillRef::Tech(t)) => assert!(tech.contains(&t), "{}: {t}", c.id),
                Ok(SkillRef::Onet(e)) => assert!(elements.contains(e.as_str()), "{}: {e}", c.id),
                Ok(SkillRef::Other) => {
                    assert!(
                        ids.contains(id),
                        "{}: prerequisite {id} is not a sample credential",
                        c.id
                    )
                }
                Err(e) => panic!("{}: {e}", c.id),
            }
        }
        for s in &c.stackable_into {
            assert!(
                ids.contains(s.as_str()),
                "{}: stacks into unknown {s}",
                c.id
            );
        }
        given += c
            .outcomes
            .iter()
            .filter(|o| o.method == MatchMethod::Given)
            .count();
        text += c.outcomes.iter().filter(|o| o.skill_ref.is_none()).count();
        kinds.insert(format!("{:?}", c.kind));
        assert!(c.hours.is_some(), "{} has hours", c.id);
        assert!(!c.outcomes.is_empty(), "{} has outcomes", c.id);
    }
    assert!(given >= 60 && text >= 20, "given {given}, text {text}");
    assert!(kinds.len() >= 4, "{kinds:?}");
    assert!(all.iter().any(|c| c.currency.as_deref() == Some("EUR")));
    assert!(all.iter().any(|c| c.currency.as_deref() == Some("GBP")));
    assert!(all.iter().any(|c| c.credit_bearing == Some(true)));
    assert!(all
        .iter()
        .any(|c| c.assessment == Some(AssessmentKind::Progress)));
    assert!(all.iter().any(|c| c.hours_rule.is_some()));

    // The stack: three badges into the Data Analytics Certificate, whose outcomes cover theirs.
    let cert = all
        .iter()
        .find(|c| c.title == "Data Analytics Certificate")
        .expect("the certificate");
    let badges: Vec<&Credential> = all
        .iter()
        .filter(|c| c.stackable_into.contains(&cert.id))
        .collect();
    assert_eq!(badges.len(), 3);
    let key = |o: &Outcome| o.skill_ref.clone().unwrap_or_else(|| o.text.to_lowercase());
    let covered: HashSet<String> = cert.outcomes.iter().map(key).collect();
    for b in badges {
        assert_eq!(b.kind, CredentialType::Badge);
        for o in &b.outcomes {
            assert!(
                covered.contains(&key(o)),
                "{}: {} not in the certificate",
                b.id,
                key(o)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Real data (run with --release)

#[test]
fn credentials_real_data() {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/datasets/credentials"
    ));
    if !root.is_dir() {
        println!("skipped: {} is absent", root.display());
        return;
    }
    let files = credential_files(root).unwrap();
    assert!(files.len() >= 30, "{} files", files.len());
    let mut all: Vec<Credential> = Vec::new();
    println!(
        "{:<95} {:>6} {:>6} {:>6} {:>6}",
        "file", "rows", "loaded", "reject", "skip"
    );
    for f in &files {
        let before = all.len();
        let report = read_credentials(f, None, &mut |c| all.push(c));
        let rel = f.strip_prefix(root).unwrap_or(f).display().to_string();
        println!(
            "{rel:<95} {:>6} {:>6} {:>6} {:>6}  {:?}",
            report.rows, report.loaded, report.rejected, report.skipped, report.skipped_reasons
        );
        for p in report.problems.iter().take(3) {
            println!("    line {} {:?}: {}", p.line, p.field, p.message);
        }
        assert!(report.fatal.is_none(), "{rel}: {:?}", report.fatal);
        assert_eq!(report.loaded as usize, all.len() - before);
        assert_eq!(
            report.rows,
            report.loaded + report.rejected + report.skipped,
            "{rel}"
        );
    }
    let by_source = |prefix: &str| all.iter().filter(|c| c.source.starts_with(prefix)).count();
    println!(
        "total {}: coursera {}, edx {}, udemy {}, openbadges {}, ctdl {}",
        all.len(),
        by_source("coursera:"),
        by_source("edx:"),
        by_source("udemy:"),
        by_source("openbadges:"),
        by_source("ctdl:")
    );
    let hours = all.iter().filter(|c| c.hours.is_some()).count();
    let outcomes: usize = all.iter().map(|c| c.outcomes.len()).sum();
    println!("with hours: {hours}; outcomes: {outcomes}");

    // The WGU records keep their publisher-declared occupations and get hours.
    let wgu: Vec<&Credential> = all
        .iter()
        .filter(|c| c.source.contains(".registry.json"))
        .collect();
    assert_eq!(wgu.len(), 5);
    for c in &wgu {
        println!(
            "  {} | {} | {:?} | hours {:?} ({:?}) | occupations {:?} | outcomes {}",
            c.id,
            c.title,
            c.kind,
            c.hours,
            c.hours_rule,
            c.occupations,
            c.outcomes.len()
        );
    }
    let bscs = wgu
        .iter()
        .find(|c| c.title.contains("Computer Science"))
        .expect("WGU BS Computer Science");
    assert_eq!(bscs.occupations, ["15-1131.00"]);
    assert!(bscs.hours.is_some());
    assert_eq!(bscs.kind, CredentialType::Degree);
    let code = |t: &str| {
        wgu.iter()
            .find(|c| c.title.contains(t))
            .unwrap()
            .occupations
            .clone()
    };
    assert_eq!(code("Accounting"), ["13-2011.00"]);
    assert_eq!(code("Nursing"), ["25-1072.00"]);
    assert_eq!(
        code("Business Administration"),
        ["11-1011.00", "11-1011.03"]
    );
    assert_eq!(wgu.iter().filter(|c| c.hours.is_some()).count(), 4);

    // Source-specific sanity.
    assert!(all
        .iter()
        .filter(|c| c.source.starts_with("udemy:"))
        .all(|c| c.outcomes.len() == 1 && c.hours.is_some()));
    let edx_hours = all
        .iter()
        .filter(|c| c.source.starts_with("edx:") && c.hours.is_some())
        .count();
    assert!(edx_hours > 900, "edx with hours: {edx_hours}");
    if std::env::var_os("SKILLGAP_SHOW").is_some() {
        let mut shown = HashSet::new();
        for c in &all {
            if shown.insert(c.source.clone()) {
                println!("{}", serde_json::to_string_pretty(c).unwrap());
            }
        }
    }
    let given = all
        .iter()
        .flat_map(|c| &c.outcomes)
        .filter(|o| o.method == MatchMethod::Given)
        .count();
    println!("outcomes with a given skill id: {given}");
}
