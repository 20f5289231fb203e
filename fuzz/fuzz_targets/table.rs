//! The tolerant tab/CSV table reader. The first byte picks the delimiter. Rows come in
//! increasing line order, on lines that exist, and every row read is loaded or rejected.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap_core::FileReport;
use skillgap_fuzz::{check_report, line_count, pick};
use skillgap_ingest::table::{Delimiter, Table};

fuzz_target!(|data: &[u8]| {
    let Some((sel, content)) = pick(data) else {
        return;
    };
    let delimiter = if sel & 1 == 0 {
        Delimiter::Tab
    } else {
        Delimiter::Comma
    };
    let mut report = FileReport::new("fuzz");
    let Some(mut table) = Table::from_reader(
        std::io::Cursor::new(content.to_vec()),
        "fuzz",
        delimiter,
        &mut report,
    ) else {
        assert!(report.fatal.is_some());
        return;
    };
    let width = table.header().len();
    let lines = line_count(content);
    let mut last = 1;
    let mut n = 0u64;
    for row in table.rows(&mut report) {
        assert!(
            row.line > last,
            "row on line {} after line {last}",
            row.line
        );
        assert!(row.line <= lines, "row on line {} of {lines}", row.line);
        assert_eq!(row.short, row.len() < width);
        assert_eq!(row.long, row.len() > width);
        for i in 0..row.len() + 1 {
            let _ = row.get(i);
        }
        last = row.line;
        n += 1;
    }
    assert_eq!(report.rows, n + report.rejected, "{report:?}");
    check_report(&report, content);
});
