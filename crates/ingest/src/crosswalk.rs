//! Readers for the occupation crosswalks (Nesta ESCO ↔ O*NET, O*NET/SOC/ISCO tables).
//!
//! The tables, all plain CSV (the `derived/` copies of the official spreadsheets):
//!
//! * `2010_to_2019_Crosswalk.csv`: O*NET-SOC 2010 → 2019. Gives `onet2010` links and maps the
//!   2010 codes of the other tables to the 2019 codes our O*NET occupations carry.
//! * `2019_to_SOC_Crosswalk.csv`: O*NET-SOC 2019 → 2018 SOC (`soc2018` links).
//! * `ONET_to_US2010SOC.csv`: O*NET-SOC 2010 → 2010 SOC (`soc2010` links).
//! * `ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv` (BLS): 2010 SOC → ISCO-08 (`isco08` links,
//!   reached through the two tables above). `part` = `*` marks a partial match; in this sheet
//!   it means the ISCO-08 group is only partly this SOC occupation (the ISCO group is split
//!   over several SOC codes). The workbook's other sheet (`2010_SOC_to_ISCO-08`) holds the
//!   same pairs with `*` from the SOC side; it is deliberately not used as a fallback, so that
//!   `partial` always means the same thing.
//! * `esco_onet_crosswalk_Nov2020.csv` (Nesta): ESCO occupation ↔ O*NET-SOC 2010, mapped to
//!   2019; gives `onet` links on ESCO occupations and `esco` links on O*NET occupations.

use crate::table::{parse_number, Delimiter, Row, Table};
use skillgap_core::{CrosswalkLink, FileReport, IngestReport, Occupation};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// One link to attach to an occupation (`occupation_id` is an O*NET-SOC 2019 code or an ESCO URI).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub occupation_id: String,
    pub link: CrosswalkLink,
}

const ONET_2010_TO_2019: &str = "2010_to_2019_Crosswalk.csv";
const ONET_2019_TO_SOC: &str = "2019_to_SOC_Crosswalk.csv";
const ONET_TO_SOC2010: &str = "ONET_to_US2010SOC.csv";
const ISCO_TO_SOC: &str = "ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv";

const SRC_NESTA: &str = "nesta esco_onet_crosswalk_Nov2020";
const SRC_2010_TO_2019: &str = "onet 2010_to_2019_Crosswalk";
const SRC_2019_TO_SOC: &str = "onet 2019_to_SOC_Crosswalk";
const SRC_ONET_TO_SOC2010: &str = "onet ONET_to_US2010SOC";
const SRC_BLS: &str = "bls isco_soc_crosswalk";

/// Column names.
const C_ONET2010: &str = "O*NET-SOC 2010 Code";
const C_ONET2010_TITLE: &str = "O*NET-SOC 2010 Title";
const C_ONET2019: &str = "O*NET-SOC 2019 Code";
const C_ONET2019_TITLE: &str = "O*NET-SOC 2019 Title";
const C_SOC2018: &str = "2018 SOC Code";
const C_SOC2018_TITLE: &str = "2018 SOC Title";
const C_SOC2010: &str = "2010 SOC Code";
const C_SOC2010_TITLE: &str = "2010 SOC Title";
const C_ISCO: &str = "ISCO-08 Code";
const C_ISCO_TITLE: &str = "ISCO-08 Title EN";

/// `NN-NNNN`.
fn is_soc(s: &str) -> bool {
    is_soc_bytes(s.as_bytes())
}

fn is_soc_bytes(b: &[u8]) -> bool {
    b.len() == 7 && b[2] == b'-' && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit)
}

/// `NN-NNNN.NN`.
fn is_onet(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && is_soc_bytes(&b[..7]) && b[7] == b'.' && b[8..].iter().all(u8::is_ascii_digit)
}

/// Three or four digits (BLS maps two rows to 3-digit ISCO minor groups).
fn is_isco(s: &str) -> bool {
    (3..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks `value` (of column `field`) with `ok`; rejects the row and returns `None` if invalid.
fn check<'r>(
    fr: &mut FileReport,
    row: &'r Row,
    col: usize,
    field: &str,
    ok: fn(&str) -> bool,
    expected: &str,
) -> Option<&'r str> {
    let v = row.get(col);
    if ok(v) {
        Some(v)
    } else if v.is_empty() {
        fr.reject(
            row.line,
            Some(field),
            format!("empty {field}; expected {expected}"),
        );
        None
    } else {
        fr.reject(
            row.line,
            Some(field),
            format!("invalid {field} `{v}`; expected {expected}"),
        );
        None
    }
}

const EXPECT_ONET: &str = "an O*NET-SOC code like 15-1252.00";
const EXPECT_SOC: &str = "a SOC code like 15-1252";
const EXPECT_ISCO: &str = "an ISCO-08 code of 3 or 4 digits like 2512";

/// Opens a table and resolves its columns; `None` (with the problem in `fr`) on failure.
fn open(path: &Path, names: &[&str], fr: &mut FileReport) -> Option<(Table, Vec<usize>)> {
    let table = Table::open(path, Delimiter::Comma, fr)?;
    let cols = table.columns(names, fr)?;
    Some((table, cols.0))
}

/// The O*NET-SOC 2010 → 2019 map, in both directions, with titles.
#[derive(Default)]
struct OnetMap {
    /// 2010 code → [(2019 code, 2019 title)].
    forward: HashMap<String, Vec<(String, String)>>,
    /// Whether the table was read; without it, 2010 codes are used as 2019 codes.
    present: bool,
}

impl OnetMap {
    /// The 2019 codes (with titles, possibly empty) for a 2010 code.
    fn to_2019(&self, code2010: &str) -> Vec<(String, String)> {
        if self.present {
            self.forward.get(code2010).cloned().unwrap_or_default()
        } else {
            vec![(code2010.to_owned(), String::new())]
        }
    }
}

fn read_2010_to_2019(path: &Path, map: &mut OnetMap, links: &mut Vec<Link>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some((mut table, c)) = open(
        path,
        &[C_ONET2010, C_ONET2010_TITLE, C_ONET2019, C_ONET2019_TITLE],
        &mut fr,
    ) else {
        return fr;
    };
    let rows: Vec<Row> = table.rows(&mut fr).collect();
    for row in rows {
        let Some(old) = check(&mut fr, &row, c[0], C_ONET2010, is_onet, EXPECT_ONET) else {
            continue;
        };
        let Some(new) = check(&mut fr, &row, c[2], C_ONET2019, is_onet, EXPECT_ONET) else {
            continue;
        };
        let targets = map.forward.entry(old.to_owned()).or_default();
        if !targets.iter().any(|(code, _)| code == new) {
            targets.push((new.to_owned(), row.get(c[3]).to_owned()));
        }
        links.push(Link {
            occupation_id: new.to_owned(),
            link: CrosswalkLink {
                scheme: "onet2010".to_owned(),
                code: old.to_owned(),
                title: row.get(c[1]).to_owned(),
                source: SRC_2010_TO_2019.to_owned(),
                confidence: None,
                partial: false,
            },
        });
        fr.loaded += 1;
    }
    map.present = true;
    fr
}

fn read_2019_to_soc(path: &Path, links: &mut Vec<Link>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some((mut table, c)) = open(path, &[C_ONET2019, C_SOC2018, C_SOC2018_TITLE], &mut fr)
    else {
        return fr;
    };
    let rows: Vec<Row> = table.rows(&mut fr).collect();
    for row in rows {
        let Some(onet) = check(&mut fr, &row, c[0], C_ONET2019, is_onet, EXPECT_ONET) else {
            continue;
        };
        let Some(soc) = check(&mut fr, &row, c[1], C_SOC2018, is_soc, EXPECT_SOC) else {
            continue;
        };
        links.push(Link {
            occupation_id: onet.to_owned(),
            link: CrosswalkLink {
                scheme: "soc2018".to_owned(),
                code: soc.to_owned(),
                title: row.get(c[2]).to_owned(),
                source: SRC_2019_TO_SOC.to_owned(),
                confidence: None,
                partial: false,
            },
        });
        fr.loaded += 1;
    }
    fr
}

/// Reads `ONET_to_US2010SOC.csv` into `(O*NET-SOC 2010 code, 2010 SOC code, 2010 SOC title)`.
fn read_onet_to_soc2010(path: &Path, out: &mut Vec<(String, String, String)>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some((mut table, c)) = open(path, &[C_ONET2010, C_SOC2010, C_SOC2010_TITLE], &mut fr)
    else {
        return fr;
    };
    let rows: Vec<Row> = table.rows(&mut fr).collect();
    for row in rows {
        let Some(onet) = check(&mut fr, &row, c[0], C_ONET2010, is_onet, EXPECT_ONET) else {
            continue;
        };
        let Some(soc) = check(&mut fr, &row, c[1], C_SOC2010, is_soc, EXPECT_SOC) else {
            continue;
        };
        out.push((onet.to_owned(), soc.to_owned(), row.get(c[2]).to_owned()));
        fr.loaded += 1;
    }
    fr
}

/// One ISCO-08 target of a 2010 SOC code.
struct IscoTarget {
    code: String,
    title: String,
    partial: bool,
}

/// Reads the BLS ISCO-08 ↔ 2010 SOC sheet into 2010 SOC code → ISCO-08 targets.
fn read_isco_soc(path: &Path, map: &mut BTreeMap<String, Vec<IscoTarget>>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some((mut table, c)) = open(path, &[C_ISCO, C_ISCO_TITLE, C_SOC2010], &mut fr) else {
        return fr;
    };
    let c_part = table.column("part");
    let rows: Vec<Row> = table.rows(&mut fr).collect();
    for row in rows {
        // Row::get trims, which removes the trailing spaces BLS leaves on SOC codes.
        let Some(isco) = check(&mut fr, &row, c[0], C_ISCO, is_isco, EXPECT_ISCO) else {
            continue;
        };
        let Some(soc) = check(&mut fr, &row, c[2], C_SOC2010, is_soc, EXPECT_SOC) else {
            continue;
        };
        let part = c_part.map(|i| row.get(i)).unwrap_or("");
        let partial = match part {
            "" => false,
            "*" => true,
            other => {
                fr.reject(
                    row.line,
                    Some("part"),
                    format!("invalid part `{other}`; expected `*` or empty"),
                );
                continue;
            }
        };
        let targets = map.entry(soc.to_owned()).or_default();
        match targets.iter_mut().find(|t| t.code == isco) {
            // A full match wins over a partial one.
            Some(t) => t.partial &= partial,
            None => targets.push(IscoTarget {
                code: isco.to_owned(),
                title: row.get(c[1]).to_owned(),
                partial,
            }),
        }
        fr.loaded += 1;
    }
    fr
}

fn read_nesta(path: &Path, map: &OnetMap, links: &mut Vec<Link>) -> FileReport {
    let mut fr = FileReport::new(path.display().to_string());
    let Some((mut table, c)) = open(
        path,
        &[
            "concept_uri",
            "esco_occupation",
            "onet_code",
            "onet_occupation",
            "confidence",
        ],
        &mut fr,
    ) else {
        return fr;
    };
    let rows: Vec<Row> = table.rows(&mut fr).collect();
    for row in rows {
        let uri = row.get(c[0]);
        if uri.is_empty() {
            fr.reject(
                row.line,
                Some("concept_uri"),
                "empty concept_uri; expected an ESCO occupation URI",
            );
            continue;
        }
        let Some(onet) = check(&mut fr, &row, c[2], "onet_code", is_onet, EXPECT_ONET) else {
            continue;
        };
        let confidence = match parse_number(row.get(c[4])) {
            Ok(Some(v)) if v >= 0.0 => Some(v),
            Ok(None) => None,
            Ok(Some(_)) | Err(_) => {
                fr.reject(
                    row.line,
                    Some("confidence"),
                    format!(
                        "invalid confidence `{}`; expected a non-negative number",
                        row.get(c[4])
                    ),
                );
                continue;
            }
        };
        let targets = map.to_2019(onet);
        if targets.is_empty() {
            fr.skip("O*NET-SOC 2010 code not in 2010_to_2019_Crosswalk");
            continue;
        }
        let esco_title = row.get(c[1]);
        for (code2019, title2019) in targets {
            let onet_title = if title2019.is_empty() {
                row.get(c[3]).to_owned()
            } else {
                title2019
            };
            links.push(Link {
                occupation_id: uri.to_owned(),
                link: CrosswalkLink {
                    scheme: "onet".to_owned(),
                    code: code2019.clone(),
                    title: onet_title,
                    source: SRC_NESTA.to_owned(),
                    confidence,
                    partial: false,
                },
            });
            links.push(Link {
                occupation_id: code2019,
                link: CrosswalkLink {
                    scheme: "esco".to_owned(),
                    code: uri.to_owned(),
                    title: esco_title.to_owned(),
                    source: SRC_NESTA.to_owned(),
                    confidence,
                    partial: false,
                },
            });
        }
        fr.loaded += 1;
    }
    fr
}

/// Reads the crosswalk files. `nesta` is the ESCO↔O*NET file (esco_onet_crosswalk_Nov2020.csv);
/// the BLS/O*NET tables are looked for in `derived_dir` (2010_to_2019_Crosswalk.csv,
/// 2019_to_SOC_Crosswalk.csv, ONET_to_US2010SOC.csv,
/// ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv); each may be absent (then a warning is pushed
/// onto `report.warnings` and what needs it is skipped). Without `2010_to_2019_Crosswalk.csv`,
/// O*NET-SOC 2010 codes are used as 2019 codes as they are.
pub fn read_crosswalks(
    nesta: Option<&Path>,
    derived_dir: Option<&Path>,
    report: &mut IngestReport,
) -> Vec<Link> {
    let _span = tracing::info_span!("read_crosswalks").entered();
    let mut links = Vec::new();
    let mut map = OnetMap::default();

    let find = |name: &str| -> Option<std::path::PathBuf> {
        let path = derived_dir?.join(name);
        path.is_file().then_some(path)
    };
    let missing = |name: &str, what: &str, report: &mut IngestReport| {
        if let Some(dir) = derived_dir {
            report.warnings.push(format!(
                "crosswalk: optional file {name} not found in {}; {what}",
                dir.display()
            ));
        }
    };
    if derived_dir.is_none() {
        report.warnings.push(
            "crosswalk: no directory of O*NET/SOC/ISCO tables given; no soc2018, soc2010, isco08 or onet2010 links, and Nesta O*NET-SOC 2010 codes are used as 2019 codes".to_owned(),
        );
    }

    match find(ONET_2010_TO_2019) {
        Some(p) => report
            .files
            .push(read_2010_to_2019(&p, &mut map, &mut links)),
        None => missing(
            ONET_2010_TO_2019,
            "O*NET-SOC 2010 codes are used as 2019 codes as they are",
            report,
        ),
    }
    if map.present && map.forward.is_empty() {
        // The file was there but unreadable: fall back as if it were absent.
        map.present = false;
        report.warnings.push(
            "crosswalk: 2010_to_2019_Crosswalk.csv gave no rows; O*NET-SOC 2010 codes are used as 2019 codes as they are".to_owned(),
        );
    }

    match find(ONET_2019_TO_SOC) {
        Some(p) => report.files.push(read_2019_to_soc(&p, &mut links)),
        None => missing(ONET_2019_TO_SOC, "no soc2018 links", report),
    }

    let mut onet_soc2010 = Vec::new();
    match find(ONET_TO_SOC2010) {
        Some(p) => report
            .files
            .push(read_onet_to_soc2010(&p, &mut onet_soc2010)),
        None => missing(ONET_TO_SOC2010, "no soc2010 or isco08 links", report),
    }

    let mut soc_isco: BTreeMap<String, Vec<IscoTarget>> = BTreeMap::new();
    match find(ISCO_TO_SOC) {
        Some(p) => report.files.push(read_isco_soc(&p, &mut soc_isco)),
        None => missing(ISCO_TO_SOC, "no isco08 links", report),
    }

    // O*NET 2019 ← O*NET 2010 → 2010 SOC → ISCO-08.
    for (onet2010, soc, soc_title) in &onet_soc2010 {
        for (code2019, _) in map.to_2019(onet2010) {
            links.push(Link {
                occupation_id: code2019.clone(),
                link: CrosswalkLink {
                    scheme: "soc2010".to_owned(),
                    code: soc.clone(),
                    title: soc_title.clone(),
                    source: SRC_ONET_TO_SOC2010.to_owned(),
                    confidence: None,
                    partial: false,
                },
            });
            for t in soc_isco.get(soc).map(Vec::as_slice).unwrap_or_default() {
                links.push(Link {
                    occupation_id: code2019.clone(),
                    link: CrosswalkLink {
                        scheme: "isco08".to_owned(),
                        code: t.code.clone(),
                        title: t.title.clone(),
                        source: SRC_BLS.to_owned(),
                        confidence: None,
                        partial: t.partial,
                    },
                });
            }
        }
    }

    match nesta {
        Some(p) => report.files.push(read_nesta(p, &map, &mut links)),
        None => report
            .warnings
            .push("crosswalk: no Nesta ESCO–O*NET crosswalk given; no esco/onet links".to_owned()),
    }

    tracing::info!(links = links.len(), "read crosswalks");
    links
}

/// Attaches links to occupations by id (links whose occupation is unknown are dropped and
/// counted in the returned number); deduplicates (scheme, code) per occupation, keeping a full
/// match over a partial one and the highest confidence; sorts each occupation's crosswalk by
/// (scheme, code).
pub fn apply_links(links: Vec<Link>, occupations: &mut [Occupation]) -> usize {
    let index: HashMap<String, usize> = occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.clone(), i))
        .collect();
    let mut touched = vec![false; occupations.len()];
    let mut dropped = 0;
    for Link {
        occupation_id,
        link,
    } in links
    {
        match index.get(&occupation_id) {
            Some(&i) => {
                occupations[i].crosswalk.push(link);
                touched[i] = true;
            }
            None => dropped += 1,
        }
    }
    for (o, _) in occupations.iter_mut().zip(touched).filter(|(_, t)| *t) {
        o.crosswalk.sort_by(|a, b| {
            (&a.scheme, &a.code)
                .cmp(&(&b.scheme, &b.code))
                .then(a.partial.cmp(&b.partial))
                .then_with(|| {
                    b.confidence
                        .unwrap_or(f32::NEG_INFINITY)
                        .total_cmp(&a.confidence.unwrap_or(f32::NEG_INFINITY))
                })
        });
        o.crosswalk
            .dedup_by(|later, first| later.scheme == first.scheme && later.code == first.code);
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use skillgap_core::Taxonomy;
    use std::fs;

    const C2010_2019: &str = "O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title\n\
15-1111.00,Computer and Information Research Scientists,15-1221.00,Computer and Information Research Scientists\n\
15-2099.00,\"Mathematical Science Occupations, All Other\",15-2051.00,Data Scientists\n\
15-2099.00,\"Mathematical Science Occupations, All Other\",15-2099.01,Bioinformatics Technicians\n\
15-1199.0,Bad,15-2051.01,Business Intelligence Analysts\n";

    const C2019_SOC: &str = "O*NET-SOC 2019 Code,O*NET-SOC 2019 Title,2018 SOC Code,2018 SOC Title\n\
15-2051.00,Data Scientists,15-2051,Data Scientists\n\
15-1221.00,Computer and Information Research Scientists,15-1221 ,Computer and Information Research Scientists\n\
15-2099.01,Bioinformatics Technicians,152099,Mathematical Science Occupations\n";

    const ONET_SOC2010: &str = "O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,2010 SOC Code,2010 SOC Title\n\
15-1111.00,Computer and Information Research Scientists,15-1111,Computer and Information Research Scientists\n\
15-2099.00,\"Mathematical Science Occupations, All Other\",15-2099,\"Mathematical Science Occupations, All Other\"\n";

    const ISCO_SOC: &str = "\u{feff}ISCO-08 Code,ISCO-08 Title EN,part,2010 SOC Code,2010 SOC Title,Comment 8/17/11\n\
2511,Systems analysts,*,15-1111 ,Computer and Information Research Scientists,\n\
2120,Mathematicians actuaries and statisticians,*,15-2099 ,\"Mathematical Science Occupations, All Other\",\n\
211,Physical and earth science professionals,,15-2099,\"Mathematical Science Occupations, All Other\",3-digit\n\
25x1,Bad,*,15-1111,Computer and Information Research Scientists,\n\
2512,Software developers,?,15-1111,Computer and Information Research Scientists,\n";

    const NESTA: &str = "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri\n\
460,data scientist,2511,15-1111.00,computer and information research scientists,\"['data scientist', 'x']\",0.86,2.0,http://e/occ/ds\n\
461,statistician,2120,15-2099.00,mathematical science occupations,[],0.5,1.0,http://e/occ/st\n\
462,bad,2120,15-2099.00,x,[],0.5,high,http://e/occ/bad\n\
463,nouri,2120,15-2099.00,x,[],0.5,1.0,\n\
464,old,2120,11-9999.00,x,[],0.5,0.5,http://e/occ/old\n";

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in [
            (ONET_2010_TO_2019, C2010_2019),
            (ONET_2019_TO_SOC, C2019_SOC),
            (ONET_TO_SOC2010, ONET_SOC2010),
            (ISCO_TO_SOC, ISCO_SOC),
            ("nesta.csv", NESTA),
        ] {
            // The real crosswalk CSVs are LF; CRLF here also exercises the other line ending.
            fs::write(dir.path().join(name), content.replace('\n', "\r\n")).unwrap();
        }
        dir
    }

    fn file<'a>(report: &'a IngestReport, name: &str) -> &'a FileReport {
        report
            .file(name)
            .unwrap_or_else(|| panic!("no report for {name}: {report:#?}"))
    }

    fn occ(id: &str, taxonomy: Taxonomy) -> Occupation {
        Occupation {
            id: id.to_owned(),
            taxonomy,
            code: id.to_owned(),
            title: id.to_owned(),
            alt_titles: Vec::new(),
            description: String::new(),
            job_zone: None,
            isco_group: None,
            tasks: Vec::new(),
            related: Vec::new(),
            broader: Vec::new(),
            requirements: Vec::new(),
            crosswalk: Vec::new(),
        }
    }

    fn codes(o: &Occupation, scheme: &str) -> Vec<(String, bool)> {
        o.crosswalk
            .iter()
            .filter(|l| l.scheme == scheme)
            .map(|l| (l.code.clone(), l.partial))
            .collect()
    }

    #[test]
    fn crosswalk_maps_2010_to_2019_and_isco() {
        let dir = fixture();
        let mut report = IngestReport::default();
        let links = read_crosswalks(
            Some(&dir.path().join("nesta.csv")),
            Some(dir.path()),
            &mut report,
        );
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);

        let f = file(&report, ONET_2010_TO_2019);
        assert_eq!((f.rows, f.loaded, f.rejected), (4, 3, 1));
        assert_eq!(f.problems[0].line, 5);
        assert_eq!(f.problems[0].field.as_deref(), Some(C_ONET2010));
        assert!(f.problems[0].message.contains("`15-1199.0`"));

        let f = file(&report, ONET_2019_TO_SOC);
        assert_eq!((f.loaded, f.rejected), (2, 1), "trailing space trimmed");
        assert_eq!(f.problems[0].field.as_deref(), Some(C_SOC2018));

        let f = file(&report, ISCO_TO_SOC);
        assert_eq!((f.rows, f.loaded, f.rejected), (5, 3, 2));
        assert_eq!(f.problems[0].field.as_deref(), Some(C_ISCO));
        assert_eq!(f.problems[1].field.as_deref(), Some("part"));

        let f = file(&report, "nesta.csv");
        assert_eq!((f.rows, f.loaded, f.rejected, f.skipped), (5, 2, 2, 1));
        assert_eq!(f.problems[0].field.as_deref(), Some("confidence"));
        assert_eq!(f.problems[0].line, 4);
        assert_eq!(f.problems[1].field.as_deref(), Some("concept_uri"));

        let mut occs = vec![
            occ("15-1221.00", Taxonomy::Onet),
            occ("15-2051.00", Taxonomy::Onet),
            occ("15-2099.01", Taxonomy::Onet),
            occ("http://e/occ/ds", Taxonomy::Esco),
            occ("http://e/occ/st", Taxonomy::Esco),
        ];
        let dropped = apply_links(links, &mut occs);
        // The rejected 2010 → 2019 row emits no link, so every link has an occupation.
        assert_eq!(dropped, 0);

        let [cirs, ds, bio, esco_ds, esco_st] = &occs[..] else {
            unreachable!()
        };
        assert_eq!(codes(cirs, "onet2010"), [("15-1111.00".to_owned(), false)]);
        assert_eq!(codes(cirs, "soc2018"), [("15-1221".to_owned(), false)]);
        assert_eq!(codes(cirs, "soc2010"), [("15-1111".to_owned(), false)]);
        assert_eq!(codes(cirs, "isco08"), [("2511".to_owned(), true)]);
        assert_eq!(codes(cirs, "esco"), [("http://e/occ/ds".to_owned(), false)]);
        let esco = cirs.crosswalk.iter().find(|l| l.scheme == "esco").unwrap();
        assert_eq!(esco.title, "data scientist");
        assert_eq!(esco.confidence, Some(2.0));
        assert_eq!(esco.source, SRC_NESTA);

        // One 2010 code split into two 2019 codes: both get the links.
        for o in [ds, bio] {
            assert_eq!(
                codes(o, "isco08"),
                [("211".to_owned(), false), ("2120".to_owned(), true)]
            );
            assert_eq!(codes(o, "esco"), [("http://e/occ/st".to_owned(), false)]);
            assert_eq!(codes(o, "soc2010"), [("15-2099".to_owned(), false)]);
        }
        assert_eq!(codes(bio, "soc2018"), []);
        let isco = ds.crosswalk.iter().find(|l| l.code == "2120").unwrap();
        assert_eq!(isco.source, SRC_BLS);
        assert_eq!(isco.title, "Mathematicians actuaries and statisticians");

        assert_eq!(codes(esco_ds, "onet"), [("15-1221.00".to_owned(), false)]);
        let l = &esco_ds.crosswalk[0];
        assert_eq!(l.title, "Computer and Information Research Scientists");
        assert_eq!(
            codes(esco_st, "onet"),
            [
                ("15-2051.00".to_owned(), false),
                ("15-2099.01".to_owned(), false)
            ]
        );
        // Sorted by (scheme, code).
        for o in &occs {
            assert!(o
                .crosswalk
                .windows(2)
                .all(|w| (&w[0].scheme, &w[0].code) < (&w[1].scheme, &w[1].code)));
        }
    }

    #[test]
    fn crosswalk_apply_links_dedupes_and_counts_unknown() {
        let link =
            |scheme: &str, code: &str, partial: bool, confidence: Option<f32>| CrosswalkLink {
                scheme: scheme.to_owned(),
                code: code.to_owned(),
                title: String::new(),
                source: "t".to_owned(),
                confidence,
                partial,
            };
        let links = vec![
            Link {
                occupation_id: "a".into(),
                link: link("isco08", "2511", true, None),
            },
            Link {
                occupation_id: "a".into(),
                link: link("isco08", "2511", false, None),
            },
            Link {
                occupation_id: "a".into(),
                link: link("esco", "u", false, Some(1.0)),
            },
            Link {
                occupation_id: "a".into(),
                link: link("esco", "u", false, Some(2.0)),
            },
            Link {
                occupation_id: "zz".into(),
                link: link("esco", "u", false, None),
            },
        ];
        let mut occs = vec![occ("a", Taxonomy::Onet), occ("b", Taxonomy::Onet)];
        assert_eq!(apply_links(links, &mut occs), 1);
        let a = &occs[0].crosswalk;
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].scheme.as_str(), a[0].confidence), ("esco", Some(2.0)));
        assert_eq!((a[1].scheme.as_str(), a[1].partial), ("isco08", false));
        assert!(occs[1].crosswalk.is_empty());
    }

    #[test]
    fn crosswalk_missing_tables_are_warnings() {
        let dir = fixture();
        fs::remove_file(dir.path().join(ONET_2010_TO_2019)).unwrap();
        fs::remove_file(dir.path().join(ISCO_TO_SOC)).unwrap();
        let mut report = IngestReport::default();
        let links = read_crosswalks(
            Some(&dir.path().join("nesta.csv")),
            Some(dir.path()),
            &mut report,
        );
        assert_eq!(report.warnings.len(), 2, "{:?}", report.warnings);
        assert!(report.warnings[0].contains(ONET_2010_TO_2019));
        assert!(report.files.iter().all(|f| f.fatal.is_none()));
        assert_eq!(report.files.len(), 3);
        // Without the 2010 → 2019 table, Nesta codes are taken as they are.
        assert!(links.iter().any(|l| l.occupation_id == "http://e/occ/ds"
            && l.link.scheme == "onet"
            && l.link.code == "15-1111.00"
            && l.link.title == "computer and information research scientists"));
        assert!(!links.iter().any(|l| l.link.scheme == "isco08"));
        // The old code is no longer skipped.
        assert_eq!(file(&report, "nesta.csv").skipped, 0);

        // Nothing at all: warnings only, no panic.
        let mut report = IngestReport::default();
        assert!(read_crosswalks(None, None, &mut report).is_empty());
        assert_eq!(report.warnings.len(), 2);
        assert!(report.files.is_empty());

        // A Nesta path that does not exist is fatal for that file.
        let mut report = IngestReport::default();
        read_crosswalks(
            Some(Path::new("/nonexistent/n.csv")),
            Some(dir.path()),
            &mut report,
        );
        assert!(file(&report, "n.csv").fatal.is_some());
    }

    #[test]
    fn crosswalk_code_formats() {
        assert!(is_onet("15-1252.00"));
        assert!(!is_onet("15-1252"));
        assert!(!is_onet("15-1252.0a"));
        assert!(!is_onet("151-252.00"));
        assert!(!is_onet("15-125é.0"));
        assert!(!is_soc("15-12é"));
        assert!(is_soc("55-1011"));
        assert!(!is_soc("55-101"));
        assert!(!is_soc("5501011"));
        assert!(is_isco("0110"));
        assert!(is_isco("211"));
        assert!(!is_isco("21"));
        assert!(!is_isco("21101"));
    }

    #[test]
    fn crosswalk_real_data() {
        let root = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/datasets"
        ));
        if !root.is_dir() {
            println!("skipping: ../shared/datasets not found");
            return;
        }
        let start = std::time::Instant::now();
        let mut report = IngestReport::default();
        let nesta = root.join("crosswalks/esco_onet_crosswalk_Nov2020.csv");
        let links = read_crosswalks(
            Some(&nesta),
            Some(&root.join("crosswalks/derived")),
            &mut report,
        );
        println!(
            "read_crosswalks took {:?}, {} links",
            start.elapsed(),
            links.len()
        );
        for f in &report.files {
            println!(
                "{}: rows {} loaded {} rejected {} skipped {} {:?} fatal {:?}",
                f.path, f.rows, f.loaded, f.rejected, f.skipped, f.skipped_reasons, f.fatal
            );
            for p in &f.problems {
                println!("  line {} {:?}: {}", p.line, p.field, p.message);
            }
        }
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        assert_eq!(report.rejected(), 0);
        let loaded = |n: &str| file(&report, n).loaded;
        assert_eq!(loaded(ONET_2010_TO_2019), 1_164);
        assert_eq!(loaded(ONET_2019_TO_SOC), 1_016);
        assert_eq!(loaded(ONET_TO_SOC2010), 1_110);
        assert_eq!(loaded(ISCO_TO_SOC), 1_125);
        assert_eq!(loaded("esco_onet_crosswalk_Nov2020.csv"), 1_680);

        // Nesta maps ESCO "data scientist" to O*NET-SOC 2010 15-1111.00, which is 15-1221.00 in
        // 2019 (not 15-2051.00 Data Scientists, which did not exist in 2010).
        let ds = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
        let onet: Vec<_> = links
            .iter()
            .filter(|l| l.occupation_id == ds && l.link.scheme == "onet")
            .map(|l| l.link.code.as_str())
            .collect();
        assert_eq!(onet, ["15-1221.00"]);
        assert!(links.iter().any(|l| l.occupation_id == "15-1221.00"
            && l.link.scheme == "esco"
            && l.link.code == ds
            && l.link.title == "data scientist"));
        // 15-2051.00 Data Scientists descends from 15-2099.00 (and is reached by ISCO).
        assert!(links.iter().any(|l| l.occupation_id == "15-2051.00"
            && l.link.scheme == "onet2010"
            && l.link.code == "15-2099.00"));
        assert!(links.iter().any(|l| l.occupation_id == "15-2051.00"
            && l.link.scheme == "isco08"
            && l.link.code == "3314"
            && l.link.partial));
        // ISCO codes reached for a software developer, some partial.
        let isco: Vec<_> = links
            .iter()
            .filter(|l| l.occupation_id == "15-1252.00" && l.link.scheme == "isco08")
            .map(|l| (l.link.code.as_str(), l.link.partial))
            .collect();
        println!("15-1252.00 → isco08 {isco:?}");
        assert!(!isco.is_empty());

        // Attach the ESCO-side links to the v1.1.1 occupations: one Nesta URI (ESCO v1.0.x)
        // is not in the release.
        let mut esco_report = IngestReport::default();
        let mut esco = crate::esco::read_esco(&root.join("esco"), &mut esco_report).occupations;
        let esco_links: Vec<Link> = links
            .into_iter()
            .filter(|l| l.occupation_id.starts_with("http"))
            .collect();
        let n = esco_links.len();
        let dropped = apply_links(esco_links, &mut esco);
        println!("ESCO links {n}, dropped {dropped}");
        assert_eq!(n, 1_781, "some 2010 codes map to several 2019 codes");
        assert_eq!(dropped, 1);
        let ds = esco.iter().find(|o| o.id == ds).unwrap();
        assert_eq!(ds.crosswalk.len(), 1);
        assert_eq!(ds.crosswalk[0].confidence, Some(2.0));
    }
}
