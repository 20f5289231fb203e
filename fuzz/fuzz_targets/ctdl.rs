//! CTDL JSON-LD (Credential Registry graphs and resources), read by `read_credentials`.
#![no_main]

use skillgap_ingest::credentials::CredentialFormat;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    skillgap_fuzz::fuzz_credentials("ctdl.json", CredentialFormat::Ctdl, data)
});
