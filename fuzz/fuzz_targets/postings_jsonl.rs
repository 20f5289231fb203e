//! Postings as JSON Lines, read by `read_postings` with the format detected.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| skillgap_fuzz::fuzz_postings(
    "postings_jsonl.jsonl",
    data
));
