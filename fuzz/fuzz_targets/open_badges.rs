//! Open Badges 2.0 / 3.0 documents, read by `read_credentials`.
#![no_main]

use skillgap_ingest::credentials::CredentialFormat;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    skillgap_fuzz::fuzz_credentials("open_badges.json", CredentialFormat::OpenBadges, data)
});
