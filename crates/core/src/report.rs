//! What an ingest run read, loaded and rejected, file by file.
//!
//! The report is printed at the end of `skillgap ingest` and stored in the index manifest, so
//! that anyone can later see which rows were left out and why.

use serde::{Deserialize, Serialize};

/// One rejected row or a problem with a whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// 1-based physical line of the record's start (0 when the problem concerns the whole file).
    pub line: u64,
    /// The field (column) at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What was wrong and what was expected.
    pub message: String,
}

/// Counts and problems for one input file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    pub path: String,
    /// Data records read (header excluded).
    pub rows: u64,
    /// Records that produced data.
    pub loaded: u64,
    /// Records rejected as malformed (each listed in `problems`, up to a cap).
    pub rejected: u64,
    /// Records skipped on purpose (e.g. O*NET `Recommend Suppress = Y`, `Not Relevant = Y`,
    /// references to unknown codes), with the reason counted in `skipped_reasons`.
    #[serde(default)]
    pub skipped: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_reasons: Vec<(String, u64)>,
    /// The file could not be read at all (missing, unreadable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatal: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

/// How many problems are kept per file; the rest are only counted.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

impl FileReport {
    /// A fresh report for `path`.
    pub fn new(path: impl Into<String>) -> Self {
        FileReport {
            path: path.into(),
            ..Default::default()
        }
    }

    /// Records a rejected row.
    pub fn reject(&mut self, line: u64, field: Option<&str>, message: impl Into<String>) {
        self.rejected += 1;
        if self.problems.len() < MAX_PROBLEMS_PER_FILE {
            self.problems.push(Problem {
                line,
                field: field.map(str::to_owned),
                message: message.into(),
            });
        }
    }

    /// Records a row skipped on purpose, counting it under `reason`.
    pub fn skip(&mut self, reason: &str) {
        self.skipped += 1;
        if let Some(entry) = self.skipped_reasons.iter_mut().find(|(r, _)| r == reason) {
            entry.1 += 1;
        } else {
            self.skipped_reasons.push((reason.to_owned(), 1));
        }
    }

    /// Marks the whole file as unreadable.
    pub fn fail(&mut self, message: impl Into<String>) {
        self.fatal = Some(message.into());
    }

    /// Whether anything in this file was rejected or it could not be read.
    pub fn is_partial(&self) -> bool {
        self.rejected > 0 || self.fatal.is_some()
    }
}

/// The report of a whole ingest run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngestReport {
    pub files: Vec<FileReport>,
    /// Non-file warnings (e.g. "no ESCO directory given").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl IngestReport {
    /// Whether any file was partially or wholly rejected.
    pub fn is_partial(&self) -> bool {
        self.files.iter().any(FileReport::is_partial)
    }

    /// The report of the file whose path ends with `name`.
    pub fn file(&self, name: &str) -> Option<&FileReport> {
        self.files.iter().find(|f| f.path.ends_with(name))
    }

    /// Total rejected rows across files.
    pub fn rejected(&self) -> u64 {
        self.files.iter().map(|f| f.rejected).sum()
    }
}
