//! O*NET text release: the input (after a first byte that picks the file) replaces one file of
//! a small release made of the first rows of each sample file.
#![no_main]

use skillgap_fuzz::Release;
use std::sync::OnceLock;

/// The files `read_onet` reads; `scripts/fuzz-seeds.py` uses the same order.
const FILES: &[&str] = &[
    "Occupation Data.txt",
    "Alternate Titles.txt",
    "Sample of Reported Titles.txt",
    "Job Zones.txt",
    "Task Statements.txt",
    "Related Occupations.txt",
    "Content Model Reference.txt",
    "Skills.txt",
    "Knowledge.txt",
    "Technology Skills.txt",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static R: OnceLock<Release> = OnceLock::new();
    R.get_or_init(|| Release::new("onet", FILES))
        .fuzz(data, |dir, report| {
            let _ = skillgap_ingest::onet::read_onet(dir, report);
        });
});
