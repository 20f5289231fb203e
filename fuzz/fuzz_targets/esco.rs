//! ESCO CSV release: the input (after a first byte that picks the file) replaces one file of a
//! small release made of the first rows of each sample file.
#![no_main]

use skillgap_fuzz::Release;
use std::sync::OnceLock;

/// The files of the sample release; `scripts/fuzz-seeds.py` uses the same order.
const FILES: &[&str] = &[
    "skills_en.csv",
    "occupations_en.csv",
    "occupationSkillRelations.csv",
    "broaderRelationsSkillPillar.csv",
    "broaderRelationsOccPillar.csv",
    "skillsHierarchy_en.csv",
    "ISCOGroups_en.csv",
    "digitalSkillsCollection_en.csv",
    "greenSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
    "transversalSkillsCollection_en.csv",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static R: OnceLock<Release> = OnceLock::new();
    R.get_or_init(|| Release::new("esco", FILES))
        .fuzz(data, |dir, report| {
            let _ = skillgap_ingest::esco::read_esco(dir, report);
        });
});
