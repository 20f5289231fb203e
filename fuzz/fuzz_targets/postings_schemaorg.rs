//! schema.org JobPosting documents (JSON-LD: one, an array or a graph), read by `read_postings` with the format detected.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| skillgap_fuzz::fuzz_postings(
    "postings_schemaorg.json",
    data
));
