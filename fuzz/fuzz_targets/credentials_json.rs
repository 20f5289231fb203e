//! Native credential JSON (JSON Lines, one object or an array), read by `read_credentials`.
#![no_main]

use skillgap_ingest::credentials::CredentialFormat;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    skillgap_fuzz::fuzz_credentials("credentials_json.jsonl", CredentialFormat::NativeJson, data)
});
