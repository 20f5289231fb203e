//! Native credential CSV (wide or long layout), read by `read_credentials`.
#![no_main]

use skillgap_ingest::credentials::CredentialFormat;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    skillgap_fuzz::fuzz_credentials("credentials_csv.csv", CredentialFormat::NativeCsv, data)
});
