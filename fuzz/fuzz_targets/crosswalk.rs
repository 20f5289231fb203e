//! Crosswalks: the input (after a first byte that picks the file) replaces one of the
//! ESCO↔O*NET and BLS/O*NET tables, the others holding the first rows of the sample's.
#![no_main]

use skillgap_fuzz::Release;
use std::sync::OnceLock;

/// `scripts/fuzz-seeds.py` uses the same order. The first is the ESCO↔O*NET file, the others
/// are looked for in `derived/` (the sample has no `ONET_to_US2010SOC.csv`: it starts empty).
const FILES: &[&str] = &[
    "esco_onet_crosswalk_Nov2020.csv",
    "derived/2010_to_2019_Crosswalk.csv",
    "derived/2019_to_SOC_Crosswalk.csv",
    "derived/ISCO_SOC_Crosswalk__ISCO-08_to_2010_SOC.csv",
    "derived/ONET_to_US2010SOC.csv",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static R: OnceLock<Release> = OnceLock::new();
    R.get_or_init(|| Release::new("crosswalks", FILES))
        .fuzz(data, |dir, report| {
            let links = skillgap_ingest::crosswalk::read_crosswalks(
                Some(&dir.join(FILES[0])),
                Some(&dir.join("derived")),
                report,
            );
            drop(links);
        });
});
