//! Skill extraction on arbitrary text, with an extractor built once from the O*NET and ESCO
//! skills of the bundled sample. Mentions must lie on character boundaries of the text, in
//! order, and say what they matched.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap_core::extract::{content_tokens, sentences, Extractor};
use skillgap_core::IngestReport;
use skillgap_fuzz::sample_dir;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        let mut report = IngestReport::default();
        let mut skills =
            skillgap_ingest::onet::read_onet(&sample_dir().join("onet"), &mut report).skills;
        skills.extend(
            skillgap_ingest::esco::read_esco(&sample_dir().join("esco"), &mut report).skills,
        );
        let e = Extractor::new(&skills);
        assert!(!e.is_empty(), "no skills in the sample");
        e
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = extractor();
    for mentions in [e.extract(&text), e.extract_all(&text)] {
        let mut last = 0;
        for m in &mentions {
            assert!(m.start <= m.end && m.end <= text.len(), "{m:?}");
            assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "{m:?}"
            );
            assert_eq!(&text[m.start..m.end], m.text, "{m:?}");
            assert!(m.start >= last, "mentions out of order");
            last = m.start;
            assert!((0.0..=1.0).contains(&m.confidence), "{m:?}");
            assert!(e.skill(&m.skill_id).is_some(), "{m:?}");
        }
    }
    for (s, t) in sentences(&text) {
        assert!(s <= t && t <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(t));
    }
    let _ = content_tokens(&text);
});
