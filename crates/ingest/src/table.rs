//! A tolerant reader for the delimited files of the official releases.
//!
//! It copes with what the real files contain: a UTF-8 byte-order mark, CRLF line endings,
//! quoted fields spanning several lines (ESCO `altLabels`), rows with fewer or more fields than
//! the header (the ESCO skills hierarchy leaves trailing cells out), and invalid UTF-8 in one
//! field (that row is rejected, the others load). Every row carries the physical line it
//! started on, so that problems can be reported as `file:line field`.

use skillgap_core::FileReport;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::rc::Rc;

/// The field separator of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    /// O*NET text release: tab-separated, never quoted.
    Tab,
    /// ESCO and crosswalks: RFC 4180 comma-separated.
    Comma,
}

/// An open delimited file with its header.
pub struct Table {
    reader: csv::Reader<Box<dyn Read>>,
    header: Vec<String>,
    path: String,
    /// Physical line numbers of the record starts.
    lines: Lines,
}

/// One data row.
pub struct Row {
    /// 1-based physical line the record starts on.
    pub line: u64,
    fields: Vec<String>,
    /// True when the row had fewer fields than the header (missing ones read as empty).
    pub short: bool,
    /// True when the row had more fields than the header.
    pub long: bool,
}

impl Row {
    /// The field at `idx`, trimmed; empty when the row is short.
    pub fn get(&self, idx: usize) -> &str {
        self.fields.get(idx).map(|s| s.trim()).unwrap_or("")
    }

    /// Number of fields actually present.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Whether the row has no fields.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// Column positions resolved from a header, by name.
pub struct Columns(pub Vec<usize>);

impl Table {
    /// Opens `path`. On failure the problem is recorded in `report` (as fatal) and `None` is
    /// returned, so that a missing optional file does not stop the ingest.
    pub fn open(path: &Path, delimiter: Delimiter, report: &mut FileReport) -> Option<Table> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                report.fail(format!("cannot open: {e}"));
                return None;
            }
        };
        Table::from_reader(file, path.display().to_string(), delimiter, report)
    }

    /// Reads a table from any byte source; `name` is what [`Table::path`] returns (used in
    /// messages). Failures are recorded in `report` as for [`Table::open`].
    pub fn from_reader(
        source: impl Read + 'static,
        name: impl Into<String>,
        delimiter: Delimiter,
        report: &mut FileReport,
    ) -> Option<Table> {
        let mut buffered = BufReader::with_capacity(1 << 16, source);
        // Skip a UTF-8 BOM.
        let mut bom = [0u8; 3];
        let mut n = 0;
        while n < 3 {
            match buffered.read(&mut bom[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) => {
                    report.fail(format!("cannot read: {e}"));
                    return None;
                }
            }
        }
        let prefix: Vec<u8> = if bom[..n] == [0xEF, 0xBB, 0xBF] {
            Vec::new()
        } else {
            bom[..n].to_vec()
        };
        let (source, lines) = LineTracking::new(std::io::Cursor::new(prefix).chain(buffered));
        let source: Box<dyn Read> = Box::new(source);
        let mut builder = csv::ReaderBuilder::new();
        builder.flexible(true).has_headers(true);
        match delimiter {
            Delimiter::Tab => {
                builder.delimiter(b'\t').quoting(false);
            }
            Delimiter::Comma => {
                builder.delimiter(b',');
            }
        }
        let mut reader = builder.from_reader(source);
        let header = match reader.byte_headers() {
            Ok(h) => h
                .iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_owned())
                .collect::<Vec<_>>(),
            Err(e) => {
                report.fail(format!("cannot read the header: {e}"));
                return None;
            }
        };
        if header.iter().all(|h| h.is_empty()) {
            report.fail("the file is empty (no header row)");
            return None;
        }
        Some(Table {
            reader,
            header,
            lines,
            path: name.into(),
        })
    }

    /// The header names.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// Path as given.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Resolves `names` to column positions. Missing required columns are reported as a fatal
    /// file problem and `None` is returned.
    pub fn columns(&self, names: &[&str], report: &mut FileReport) -> Option<Columns> {
        let mut idx = Vec::with_capacity(names.len());
        let mut missing = Vec::new();
        for name in names {
            match self
                .header
                .iter()
                .position(|h| h.eq_ignore_ascii_case(name))
            {
                Some(i) => idx.push(i),
                None => missing.push(*name),
            }
        }
        if missing.is_empty() {
            Some(Columns(idx))
        } else {
            report.fail(format!(
                "missing column(s) {}; the header has: {}",
                missing
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                self.header.join(" | ")
            ));
            None
        }
    }

    /// Position of an optional column.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    /// Iterates over data rows. Rows that cannot be decoded (invalid UTF-8, a broken quote)
    /// are recorded in `report` as rejected and skipped; every row read is counted in
    /// `report.rows`. Blank lines are ignored.
    pub fn rows<'a>(&'a mut self, report: &'a mut FileReport) -> impl Iterator<Item = Row> + 'a {
        let width = self.header.len();
        let header = &self.header;
        let mut record = csv::ByteRecord::new();
        let lines = &self.lines;
        let reader = &mut self.reader;
        std::iter::from_fn(move || loop {
            let fallback = reader.position().byte();
            match reader.read_byte_record(&mut record) {
                Ok(false) => return None,
                Ok(true) => {
                    let line = lines.line_at(record.position().map_or(fallback, |p| p.byte()));
                    if record.len() == 1 && record.get(0).is_some_and(|f| f.is_empty()) {
                        continue;
                    }
                    report.rows += 1;
                    let mut fields = Vec::with_capacity(record.len());
                    let mut bad = None;
                    for (i, f) in record.iter().enumerate() {
                        match std::str::from_utf8(f) {
                            Ok(s) => fields.push(s.strip_suffix('\r').unwrap_or(s).to_owned()),
                            Err(e) => {
                                bad = Some((i, e));
                                break;
                            }
                        }
                    }
                    if let Some((i, e)) = bad {
                        let name = header.get(i).map(String::as_str).unwrap_or("?");
                        report.reject(
                            line,
                            Some(name),
                            format!("invalid UTF-8 at byte {} of the field", e.valid_up_to()),
                        );
                        continue;
                    }
                    let n = fields.len();
                    return Some(Row {
                        line,
                        fields,
                        short: n < width,
                        long: n > width,
                    });
                }
                Err(e) => {
                    report.rows += 1;
                    let line = lines.line_at(e.position().map_or(fallback, |p| p.byte()));
                    report.reject(line, None, format!("unreadable record: {e}"));
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        return None;
                    }
                }
            }
        })
    }
}

/// Physical line numbers for the byte offsets of the records the csv crate reports.
///
/// The csv crate counts only `\n` as a line break, and places a record after the terminator
/// of the previous one, i.e. before a CRLF's `\n` or before blank lines it skipped. Instead,
/// [`LineTracking`] notes where every non-blank line starts as the bytes stream past (`\n`,
/// `\r\n` and a bare `\r` each end a line), and a record's line is that of the first non-blank
/// line starting at or after its offset. Only lines not yet claimed by a record are kept, so
/// memory is bounded by the csv reader's read-ahead.
#[derive(Clone, Default)]
pub(crate) struct Lines(Rc<RefCell<LineState>>);

#[derive(Default)]
struct LineState {
    /// Bytes seen so far.
    offset: u64,
    /// Lines ended so far (the current line is `ended + 1`).
    ended: u64,
    /// Whether the current line has a byte other than a line break.
    content: bool,
    /// Whether the last byte seen was `\r` (a following `\n` ends no further line).
    after_cr: bool,
    /// (line, byte offset) of the start of each non-blank line not yet claimed.
    starts: VecDeque<(u64, u64)>,
}

impl LineState {
    fn scan(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match b {
                b'\n' if self.after_cr => self.after_cr = false,
                b'\n' | b'\r' => {
                    self.ended += 1;
                    self.content = false;
                    self.after_cr = b == b'\r';
                }
                _ => {
                    if !self.content {
                        self.content = true;
                        self.starts.push_back((self.ended + 1, self.offset));
                    }
                    self.after_cr = false;
                }
            }
            self.offset += 1;
        }
    }
}

impl Lines {
    /// The 1-based line of the record starting at byte `offset`. Offsets must not decrease
    /// from one call to the next.
    pub(crate) fn line_at(&self, offset: u64) -> u64 {
        let mut s = self.0.borrow_mut();
        while s.starts.front().is_some_and(|&(_, start)| start < offset) {
            s.starts.pop_front();
        }
        match s.starts.front() {
            Some(&(line, _)) => line,
            None => s.ended + 1,
        }
    }
}

/// A reader that feeds [`Lines`] with the bytes read through it.
pub(crate) struct LineTracking<R> {
    inner: R,
    lines: Lines,
}

impl<R: Read> LineTracking<R> {
    pub(crate) fn new(inner: R) -> (LineTracking<R>, Lines) {
        let lines = Lines::default();
        (
            LineTracking {
                inner,
                lines: lines.clone(),
            },
            lines,
        )
    }
}

impl<R: Read> Read for LineTracking<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.lines.0.borrow_mut().scan(&buf[..n]);
        Ok(n)
    }
}

/// Parses a decimal number, accepting O*NET's `n/a` as absent.
pub fn parse_number(s: &str) -> Result<Option<f32>, String> {
    let s = s.trim();
    if s.is_empty() || s.eq_ignore_ascii_case("n/a") {
        return Ok(None);
    }
    s.parse::<f32>()
        .map_err(|_| format!("expected a number, found `{s}`"))
        .and_then(|v| {
            if v.is_finite() {
                Ok(Some(v))
            } else {
                Err(format!("expected a finite number, found `{s}`"))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(content: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(content).unwrap();
        f
    }

    #[test]
    fn reads_bom_crlf_multiline_and_ragged_rows() {
        let f = write(b"\xEF\xBB\xBFa,b,c\r\n1,\"x\ny\",3\r\n4,5\r\n\r\n6,7,8,9\r\n");
        let mut report = FileReport::new("t");
        let mut t = Table::open(f.path(), Delimiter::Comma, &mut report).unwrap();
        assert_eq!(t.header(), ["a", "b", "c"]);
        let rows: Vec<Row> = t.rows(&mut report).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].get(1), "x\ny");
        assert_eq!(rows[0].line, 2);
        assert!(rows[1].short);
        assert_eq!(rows[1].get(2), "");
        assert_eq!(rows[1].line, 4);
        assert!(rows[2].long);
        assert_eq!(report.rows, 3);
    }

    #[test]
    fn invalid_utf8_rejects_only_that_row() {
        let f = write(b"a\tb\r\n1\t2\r\n3\t\xff\xfe\r\n5\t6\r\n");
        let mut report = FileReport::new("t");
        let mut t = Table::open(f.path(), Delimiter::Tab, &mut report).unwrap();
        let rows: Vec<Row> = t.rows(&mut report).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].get(1), "6");
        assert_eq!(report.rejected, 1);
        assert_eq!(report.problems[0].line, 3);
        assert_eq!(report.problems[0].field.as_deref(), Some("b"));
    }

    #[test]
    fn missing_file_and_columns_are_fatal() {
        let mut report = FileReport::new("nope");
        assert!(
            Table::open(Path::new("/nonexistent/x.txt"), Delimiter::Tab, &mut report).is_none()
        );
        assert!(report.fatal.is_some());

        let f = write(b"a\tb\n1\t2\n");
        let mut report = FileReport::new("t");
        let t = Table::open(f.path(), Delimiter::Tab, &mut report).unwrap();
        assert!(t.columns(&["a", "zz"], &mut report).is_none());
        assert!(report.fatal.as_deref().unwrap().contains("`zz`"));
    }

    #[test]
    fn line_numbers_are_right_for_lf_and_crlf() {
        for content in [
            &b"h\na\nb\n\"x\ny\"\nc\n"[..],
            &b"h\r\na\r\nb\r\n\"x\ny\"\r\nc\r\n"[..],
        ] {
            let f = write(content);
            let mut report = FileReport::new("t");
            let mut t = Table::open(f.path(), Delimiter::Comma, &mut report).unwrap();
            let lines: Vec<u64> = t.rows(&mut report).map(|r| r.line).collect();
            assert_eq!(lines, [2, 3, 4, 6], "{}", String::from_utf8_lossy(content));
        }
    }

    fn lines_of(content: &[u8], delimiter: Delimiter) -> Vec<u64> {
        let mut report = FileReport::new("t");
        let mut t = Table::from_reader(
            std::io::Cursor::new(content.to_vec()),
            "t",
            delimiter,
            &mut report,
        )
        .unwrap();
        t.rows(&mut report).map(|r| r.line).collect()
    }

    /// Found by fuzzing: the csv crate counts only `\n`, and places a record that follows
    /// blank lines on the first of them.
    #[test]
    fn line_numbers_are_right_after_blank_lines_and_bare_cr() {
        for d in [Delimiter::Comma, Delimiter::Tab] {
            assert_eq!(lines_of(b"h\na\n\n\nb\n", d), [2, 5]);
            assert_eq!(lines_of(b"h\r\na\r\n\r\n\r\nb\r\n", d), [2, 5]);
            assert_eq!(lines_of(b"h\ra\r\rb\r", d), [2, 4]);
            assert_eq!(lines_of(b"h\na\r\nb\rc\n\n\rd", d), [2, 3, 4, 7]);
            assert_eq!(lines_of(b"\xEF\xBB\xBFh\n\na", d), [3]);
            assert_eq!(lines_of(b"h\na\n\n", d), [2]);
        }
        assert_eq!(
            lines_of(b"h\n\"x\r\n\r\ny\"\n\nz", Delimiter::Comma),
            [2, 6]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("n/a"), Ok(None));
        assert_eq!(parse_number(" 4.12 "), Ok(Some(4.12)));
        assert!(parse_number("abc").is_err());
        assert!(parse_number("NaN").is_err());
    }
}
