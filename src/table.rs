//! Plain-text tables for the terminal.

/// A table with a header and left-aligned columns; numeric-looking cells are right-aligned.
pub struct TextTable {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    max_width: usize,
}

impl TextTable {
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Self {
        TextTable {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            max_width: 60,
        }
    }

    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let n = self.header.len();
        let cell = |s: &str| -> String {
            let one_line = s.replace(['\n', '\r', '\t'], " ");
            if one_line.chars().count() > self.max_width {
                let cut: String = one_line.chars().take(self.max_width - 1).collect();
                format!("{cut}…")
            } else {
                one_line
            }
        };
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| {
                (0..n)
                    .map(|i| cell(r.get(i).map_or("", String::as_str)))
                    .collect()
            })
            .collect();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let numeric = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '%' | '$' | ','))
        };
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            let mut parts = Vec::with_capacity(n);
            for (i, c) in cells.iter().enumerate() {
                let pad = widths[i] - c.chars().count();
                if numeric(c) {
                    parts.push(format!("{}{c}", " ".repeat(pad)));
                } else if i + 1 == n {
                    parts.push(c.clone());
                } else {
                    parts.push(format!("{c}{}", " ".repeat(pad)));
                }
            }
            out.push_str(parts.join("  ").trim_end());
            out.push('\n');
        };
        line(&self.header, &mut out);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&rule, &mut out);
        for r in &rows {
            line(r, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_columns() {
        let mut t = TextTable::new(["id", "title", "score"]);
        t.row(["a", "Alpha", "1.00"]);
        t.row(["bb", "Beta\nnext", "10.50"]);
        let s = t.render();
        assert_eq!(
            s,
            "id  title      score\n--  ---------  -----\na   Alpha       1.00\nbb  Beta next  10.50\n"
        );
    }
}
