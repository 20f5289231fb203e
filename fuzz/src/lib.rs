//! Helpers shared by the fuzz targets: a per-process scratch directory for the readers that
//! take paths, the bundled sample, and a check that reported line numbers exist in the input.
//!
//! Run the targets with `scripts/fuzz.sh SECONDS` from the repository root.

use skillgap_core::{FileReport, IngestReport};
use skillgap_ingest::credentials::{read_credentials, CredentialFormat};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `data/sample` of the repository.
pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sample")
}

/// A directory of this process's own, under the system temp directory, created (empty) on
/// first use. Targets whose reader only takes a path write each input into it.
pub fn scratch(name: &str) -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("skillgap-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create the scratch directory");
        root
    });
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

/// Writes `bytes` to `path` (panics only if the scratch directory is unusable).
pub fn put(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).expect("write a scratch file");
}

/// The first lines of `path` (header and `n` rows), or nothing when it is unreadable.
pub fn head(path: &Path, n: usize) -> Vec<u8> {
    let Ok(bytes) = std::fs::read(path) else {
        return Vec::new();
    };
    let mut end = 0;
    for (i, _) in bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .take(n + 1)
    {
        end = i + 1;
    }
    bytes[..end].to_vec()
}

/// Physical lines of `bytes`: `\n`, `\r\n` and a bare `\r` each end one.
pub fn line_count(bytes: &[u8]) -> u64 {
    let mut n = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                n += 1;
                i += 1;
            }
            b'\n' | b'\r' => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

/// Every problem is on a line of the input (0 = whole file or unknown).
pub fn check_report(report: &FileReport, input: &[u8]) {
    let lines = line_count(input);
    for p in &report.problems {
        assert!(
            p.line <= lines,
            "problem on line {} of a {lines}-line input: {p:?}",
            p.line
        );
    }
}

/// Splits off the first byte, used to pick a file or an option.
pub fn pick(data: &[u8]) -> Option<(u8, &[u8])> {
    data.split_first().map(|(&b, rest)| (b, rest))
}

/// A small release in a scratch directory: the first rows of each of `files` of
/// `data/sample/<sample>`. Each input replaces one file (picked by its first byte, in the
/// order of `files`, which `scripts/fuzz-seeds.py` follows) while `read` runs, then the file is
/// put back.
pub struct Release {
    dir: PathBuf,
    files: &'static [&'static str],
    base: Vec<Vec<u8>>,
}

impl Release {
    pub fn new(sample: &str, files: &'static [&'static str]) -> Release {
        let dir = scratch(sample);
        let base: Vec<Vec<u8>> = files
            .iter()
            .map(|f| head(&sample_dir().join(sample).join(f), 12))
            .collect();
        for (f, b) in files.iter().zip(&base) {
            let path = dir.join(f);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("create a scratch directory");
            }
            put(&path, b);
        }
        Release { dir, files, base }
    }

    /// The release's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Runs `read` with the input in place, and checks the report of the replaced file.
    pub fn fuzz(&self, data: &[u8], read: impl FnOnce(&Path, &mut IngestReport)) {
        let Some((sel, content)) = pick(data) else {
            return;
        };
        let i = usize::from(sel) % self.files.len();
        let path = self.dir.join(self.files[i]);
        put(&path, content);
        let mut report = IngestReport::default();
        read(&self.dir, &mut report);
        put(&path, &self.base[i]);
        let shown = path.display().to_string();
        for fr in report.files.iter().filter(|f| f.path == shown) {
            check_report(fr, content);
        }
    }
}

/// A scratch file named `name` (the extension steers format detection).
fn scratch_file(name: &'static str) -> PathBuf {
    scratch(name.split('.').next().unwrap_or(name)).join(name)
}

/// Reads the input as a postings file named `name` (format detected). Postings must have ids,
/// and the reader's own panic guard must not have fired.
pub fn fuzz_postings(name: &'static str, data: &[u8]) {
    let path = scratch_file(name);
    put(&path, data);
    let mut n = 0u64;
    let report = skillgap_ingest::postings::read_postings(&path, None, &mut |p| {
        assert!(!p.id.is_empty());
        n += 1;
    });
    assert!(
        report
            .fatal
            .as_deref()
            .is_none_or(|f| !f.contains("internal error")),
        "{report:?}"
    );
    assert_eq!(report.loaded, n, "{report:?}");
    check_report(&report, data);
}

/// Reads the input as a credentials file named `name` in `format`.
pub fn fuzz_credentials(name: &'static str, format: CredentialFormat, data: &[u8]) {
    let path = scratch_file(name);
    put(&path, data);
    let mut n = 0u64;
    let report = read_credentials(&path, Some(format), &mut |c| {
        assert!(!c.id.is_empty());
        n += 1;
    });
    assert_eq!(report.loaded, n, "{report:?}");
    check_report(&report, data);
}
