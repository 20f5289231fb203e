//! Skill extraction: find taxonomy skills mentioned in free text.
//!
//! Two stages, shared by ingest (postings, credential outcomes) and the matcher (learners'
//! résumés and goals):
//!
//! 1. [`Extractor::extract`]: exact and alias matches of every skill label through one
//!    Aho-Corasick automaton (leftmost-longest, on word boundaries), run over an ASCII
//!    lower-cased copy of the text (a smaller, faster automaton than ASCII case-folding).
//!    Labels that are also common English words ("Go", "Slack", "Word") must match with their
//!    capitalisation. Sentences that are boilerplate (benefits, equal-opportunity statements,
//!    how to apply) are skipped. Fast: this is what ingest runs on every posting.
//! 2. [`Catalog::rank_skills`](crate::Catalog::rank_skills): for a sentence or span, BM25 over
//!    labels, alternative labels and descriptions, re-ranked by how much of each candidate's
//!    label the text covers and boosted by stage-1 matches, so that paraphrases ("experience
//!    with relational databases") still rank the right skill.

use crate::model::{MatchMethod, Skill, SkillKind, SkillMention, Taxonomy};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One skill as the extractor knows it.
#[derive(Debug, Clone)]
pub struct SkillEntry {
    pub id: String,
    pub label: String,
    pub kind: SkillKind,
    pub taxonomy: Taxonomy,
    /// Content tokens (lower-cased, lightly stemmed, stop words removed) of the preferred label
    /// first, then of each alternative label.
    pub label_tokens: Vec<Vec<String>>,
    /// Skills of the other taxonomy with the identical label.
    pub same_as: Vec<String>,
    /// Broader skills or skill groups (ESCO hierarchy).
    pub broader: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
struct Target {
    skill: u32,
    alias: bool,
}

/// The multi-pattern matcher over all skill labels.
pub struct Extractor {
    skills: Vec<SkillEntry>,
    by_id: HashMap<String, u32>,
    /// Case-insensitive patterns (lower-cased; matched against the ASCII lower-cased text)
    /// and, per pattern, the skills it names.
    insensitive: AhoCorasick,
    insensitive_targets: Vec<Vec<Target>>,
    /// Case-sensitive patterns (labels that are common words or very short).
    sensitive: AhoCorasick,
    sensitive_targets: Vec<Vec<Target>>,
}

/// Words that are skill labels (mostly technology names) but also ordinary English; they match
/// only with the label's own capitalisation.
const AMBIGUOUS: &[&str] = &[
    "access",
    "act",
    "basic",
    "box",
    "chef",
    "chrome",
    "dash",
    "draw",
    "edge",
    "excel",
    "go",
    "gem",
    "git",
    "hive",
    "jira",
    "lean",
    "live",
    "mail",
    "make",
    "maven",
    "notes",
    "office",
    "outlook",
    "paint",
    "pig",
    "project",
    "publisher",
    "puppet",
    "react",
    "ruby",
    "sage",
    "salt",
    "scala",
    "scheme",
    "standard",
    "visual",
    "prism",
    "scrum",
    "shell",
    "slack",
    "snap",
    "spark",
    "storm",
    "swift",
    "teams",
    "visio",
    "word",
    "zoom",
    "cerner",
    "epic",
    "oracle",
    "spring",
    "flask",
    "rust",
    "julia",
    "dart",
    "elm",
    "crystal",
    "express",
    "ember",
    "meteor",
    "backbone",
    "jasmine",
    "mocha",
    "karma",
    "gradle",
    "ant",
    "lisp",
    "logo",
    "pascal",
    "prolog",
    "stata",
    "minitab",
    "bamboo",
    "confluence",
    "splunk",
    "tableau",
    "looker",
    "alteryx",
    "quicken",
    "quickbooks",
    "target",
    "acrobat",
    "camera",
    "calendar",
    "email",
    "internet",
    "calculator",
    "computer",
    "phone",
    "telephone",
    "database",
    "spreadsheet",
    "printer",
    "scanner",
    "fax",
];

/// Labels never matched as mentions (too generic to mean a skill on their own).
const NEVER: &[&str] = &[
    "a",
    "an",
    "and",
    "the",
    "it",
    "is",
    "in",
    "on",
    "at",
    "to",
    "be",
    "we",
    "you",
    "he",
    "she",
    "as",
    "or",
    "by",
    "up",
    "us",
    "do",
    "no",
    "work",
    "team",
    "data",
    "time",
    "web",
    "online",
    "internet",
    "the internet",
    "software",
    "hardware",
    "plan",
    "lead",
    "care",
];

/// Words that never begin or end a real skill name.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "of", "the", "to", "in", "on", "for", "with", "a", "an", "at", "by", "from",
];

/// English stop words and posting filler, ignored when comparing labels with text.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "the",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "as",
    "at",
    "by",
    "from",
    "or",
    "is",
    "are",
    "be",
    "been",
    "being",
    "we",
    "you",
    "our",
    "your",
    "will",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "have",
    "has",
    "had",
    "their",
    "they",
    "them",
    "who",
    "which",
    "what",
    "when",
    "where",
    "how",
    "all",
    "any",
    "some",
    "such",
    "into",
    "about",
    "also",
    "can",
    "may",
    "must",
    "should",
    "would",
    "could",
    "not",
    "no",
    "yes",
    "if",
    "so",
    "than",
    "then",
    "there",
    "here",
    "etc",
    "e.g",
    "i.e",
    "other",
    "more",
    "most",
    "very",
    "well",
    "within",
    "across",
    "per",
    "via",
    "using",
    "use",
    "used",
    "experience",
    "experienced",
    "knowledge",
    "ability",
    "able",
    "skill",
    "skills",
    "strong",
    "good",
    "excellent",
    "proven",
    "plus",
    "including",
    "include",
    "includes",
    "related",
    "relevant",
    "years",
    "year",
    "required",
    "preferred",
    "desired",
    "working",
    "looking",
    "candidate",
    "role",
    "job",
    "position",
    "responsible",
    "responsibilities",
    "requirements",
    "understanding",
    "familiarity",
    "familiar",
    "proficiency",
    "proficient",
    "solid",
    "deep",
    "hands",
    "on",
    "demonstrated",
];

/// Sentence markers of boilerplate that carries no skill demand.
const BOILERPLATE: &[&str] = &[
    "equal opportunit",
    "equal employment",
    "affirmative action",
    "regardless of race",
    "without regard to",
    "sexual orientation",
    "gender identity",
    "protected veteran",
    "disability status",
    "national origin",
    "diversity and inclusion",
    "we welcome applications",
    "we are committed to",
    "committed to equality",
    "reasonable adjustment",
    "reasonable accommodation",
    "guaranteed interview",
    "disability confident",
    "mindful employer",
    "two ticks",
    "benefits include",
    "we offer",
    "our benefits",
    "pension",
    "annual leave",
    "holiday",
    "paid time off",
    "health insurance",
    "dental",
    "401(k)",
    "401k",
    "salary sacrifice",
    "cycle to work",
    "childcare",
    "relocation package",
    "how to apply",
    "apply now",
    "click apply",
    "to apply",
    "closing date",
    "shortlisting",
    "disclosure and barring",
    "dbs check",
    "right to work",
    "visa sponsorship",
    "e-verify",
    "background check",
    "drug screen",
    "privacy notice",
    "recruitment agency",
    "nhs jobs",
    "please note",
    "cookie",
    "cpd opportunit",
    "development opportunit",
    "career progression opportunit",
    "wellbeing",
    "well-being",
    "discounts",
    "staff benefits",
    "employee benefits",
    "flexible working opportunit",
];

/// Lower-cases and lightly stems one word (plural and common verb endings).
pub fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    // "-ing" is kept: stripping it merges nouns with other words ("marketing" → "market").
    if n > 4 && w.ends_with("ed") && !w.ends_with("eed") {
        return w[..n - 2].to_owned();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_owned();
    }
    w
}

/// Content tokens of a text: split on non-alphanumerics (keeping `+`, `#`, `.` inside words
/// such as `C++`, `C#`, `.NET`), stemmed, stop words removed.
pub fn content_tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '#'))
        .filter(|w| !w.is_empty())
        .map(stem)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Byte ranges of sentences in `text` (split on `.!?;` followed by space, and on newlines or
/// bullets), each trimmed.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_here = match b {
            b'\n' | b'\r' | b'\t' => true,
            b'.' | b'!' | b'?' | b';' => bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
            _ => bytes[i..].starts_with("•".as_bytes()),
        };
        if end_here {
            push_trimmed(text, start, i + usize::from(b.is_ascii()), &mut out);
            start = i + if b.is_ascii() { 1 } else { '•'.len_utf8() };
            i = start;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let end = end.min(text.len());
    if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return;
    }
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push((start + lead, start + lead + t.len()));
    }
}

/// One automaton over the (ASCII, lower-case) [`BOILERPLATE`] markers, matched ASCII
/// case-insensitively.
static BOILERPLATE_MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(BOILERPLATE)
        .expect("boilerplate markers build")
});

/// Whether a sentence is boilerplate (benefits, equal opportunity, how to apply, …).
pub fn is_boilerplate(sentence: &str) -> bool {
    BOILERPLATE_MARKERS.is_match(sentence)
}

impl Extractor {
    /// Builds the matcher over `skills` (usually every skill of the index).
    pub fn new(skills: &[Skill]) -> Extractor {
        let mut ins: HashMap<String, Vec<Target>> = HashMap::new();
        let mut sens: HashMap<String, Vec<Target>> = HashMap::new();
        for (i, s) in skills.iter().enumerate() {
            let idx = i as u32;
            let mut add = |label: &str, alias: bool| {
                let label = label.trim();
                let lower = label.to_lowercase();
                let single_capital = label.len() == 1 && label.as_bytes()[0].is_ascii_uppercase();
                // One-word aliases written in lower case are ordinary words far more often
                // than skills ("standard" is an ESCO alias of "scaffolding components");
                // capitalised or symbolic ones ("MySQL", "C#") are names and kept.
                if alias
                    && !label.contains(' ')
                    && label.chars().all(|c| c.is_lowercase() || c == '-')
                {
                    return;
                }
                // Aliases that begin or end with a function word ("and procedures") are
                // fragments, not names.
                let words: Vec<&str> = lower.split_whitespace().collect();
                if alias
                    && words.len() > 1
                    && [words[0], words[words.len() - 1]]
                        .iter()
                        .any(|w| FUNCTION_WORDS.contains(w))
                {
                    return;
                }
                if (label.len() < 2 && !single_capital) || NEVER.contains(&lower.as_str()) {
                    return;
                }
                let target = Target { skill: idx, alias };
                let short = label.chars().count() <= 2;
                // Long all-capital names ("REDUCE", "SCORE") are ordinary words in lower case.
                let shouting = label.len() >= 4
                    && !label.contains(' ')
                    && label.chars().all(|c| c.is_ascii_uppercase());
                if short || shouting || AMBIGUOUS.contains(&lower.as_str()) {
                    sens.entry(label.to_owned()).or_default().push(target);
                } else {
                    ins.entry(lower).or_default().push(target);
                }
            };
            // ESCO labels such as "Python (computer programming)": also match the part before
            // the parenthesis.
            add(&s.label, false);
            if let Some(p) = s.label.find(" (") {
                add(&s.label[..p], false);
            }
            for alt in &s.alt_labels {
                add(alt, true);
            }
        }
        // The big automaton takes about a second: the entries (label tokens) are made on a
        // second thread meanwhile. The automaton itself is built on this thread: memory from
        // another thread's allocator arena made every later search about a third slower
        // (measured with `eval skills`).
        let ((insensitive, insensitive_targets), (entries, by_id, sensitive)) =
            std::thread::scope(|scope| {
                let rest = scope.spawn(|| {
                    let mut entries = Vec::with_capacity(skills.len());
                    let mut by_id = HashMap::with_capacity(skills.len());
                    for (i, s) in skills.iter().enumerate() {
                        by_id.insert(s.id.clone(), i as u32);
                        let mut label_tokens = vec![content_tokens(&s.label)];
                        label_tokens.extend(s.alt_labels.iter().map(|alt| content_tokens(alt)));
                        entries.push(SkillEntry {
                            id: s.id.clone(),
                            label: s.label.clone(),
                            kind: s.kind,
                            taxonomy: s.taxonomy,
                            label_tokens,
                            same_as: s.same_as.clone(),
                            broader: s.broader.clone(),
                        });
                    }
                    (entries, by_id)
                });
                let big = build(ins);
                let sensitive = build(sens);
                let (entries, by_id) = rest.join().expect("skill entries build");
                (big, (entries, by_id, sensitive))
            });
        let (sensitive, sensitive_targets) = sensitive;
        Extractor {
            skills: entries,
            by_id,
            insensitive,
            insensitive_targets,
            sensitive,
            sensitive_targets,
        }
    }

    /// Number of skills known.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// Whether no skills are known.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// The entry of a skill id.
    pub fn skill(&self, id: &str) -> Option<&SkillEntry> {
        self.by_id.get(id).map(|&i| &self.skills[i as usize])
    }

    /// Position of a skill id in [`Extractor::skills`].
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// All entries, in index order.
    pub fn skills(&self) -> &[SkillEntry] {
        &self.skills
    }

    /// Skill mentions in `text`, in order of position, skipping boilerplate sentences. When a
    /// phrase names skills of both taxonomies (O*NET "Python" and ESCO "Python (computer
    /// programming)") each gets a mention.
    pub fn extract(&self, text: &str) -> Vec<SkillMention> {
        let mut out = Vec::new();
        let lower = text.to_ascii_lowercase();
        for (s, e) in sentences(text) {
            if is_boilerplate(&text[s..e]) {
                continue;
            }
            self.extract_span(text, &lower, s, e, &mut out);
        }
        out.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        out
    }

    /// Mentions within `text[start..end]` without boilerplate filtering.
    pub fn extract_all(&self, text: &str) -> Vec<SkillMention> {
        let mut out = Vec::new();
        self.extract_span(text, &text.to_ascii_lowercase(), 0, text.len(), &mut out);
        out.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        out
    }

    /// `lower` is `text` ASCII lower-cased (same byte offsets).
    fn extract_span(
        &self,
        text: &str,
        lower: &str,
        start: usize,
        end: usize,
        out: &mut Vec<SkillMention>,
    ) {
        let hay = &text[start..end];
        let bytes = hay.as_bytes();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (ac, targets, sensitive) in [
            (&self.insensitive, &self.insensitive_targets, false),
            (&self.sensitive, &self.sensitive_targets, true),
        ] {
            let searched = if sensitive { hay } else { &lower[start..end] };
            for m in ac.find_iter(searched) {
                let (ms, me) = (m.start(), m.end());
                // A capitalised common word ("Access", "Go") opening a sentence is only
                // capitalised because it opens the sentence.
                if sensitive && ms == 0 && start > 0 {
                    continue;
                }
                if (ms > 0 && is_word_byte(bytes[ms - 1]) && is_word_byte(bytes[ms]))
                    || (me < bytes.len() && is_word_byte(bytes[me]) && is_word_byte(bytes[me - 1]))
                {
                    continue;
                }
                // Single letters ("R", "C") only as words of their own: not "R&D", "C-suite".
                if me - ms == 1
                    && (bytes
                        .get(me)
                        .is_some_and(|&b| matches!(b, b'&' | b'-' | b'\'' | b'/'))
                        || (ms > 0 && matches!(bytes[ms - 1], b'-' | b'&' | b'\'' | b'/')))
                {
                    continue;
                }
                // A shorter case-sensitive match inside a longer one already taken is dropped.
                if taken.iter().any(|&(a, b)| ms < b && me > a) {
                    continue;
                }
                taken.push((ms, me));
                let words = hay[ms..me].split_whitespace().count();
                for t in &targets[m.pattern().as_usize()] {
                    let entry = &self.skills[t.skill as usize];
                    let base: f32 = if t.alias { 0.75 } else { 0.9 };
                    let confidence = if words >= 2 {
                        (base + 0.08).min(1.0)
                    } else if me - ms <= 2 {
                        base - 0.3
                    } else {
                        base
                    };
                    out.push(SkillMention {
                        skill_id: entry.id.clone(),
                        label: entry.label.clone(),
                        start: start + ms,
                        end: start + me,
                        text: hay[ms..me].to_owned(),
                        confidence,
                        method: if t.alias {
                            MatchMethod::Alias
                        } else {
                            MatchMethod::Exact
                        },
                    });
                }
            }
        }
    }
}

/// A case-sensitive automaton over `patterns`, with the targets of each pattern.
fn build(patterns: HashMap<String, Vec<Target>>) -> (AhoCorasick, Vec<Vec<Target>>) {
    let mut list: Vec<(String, Vec<Target>)> = patterns.into_iter().collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    let mut targets = Vec::with_capacity(list.len());
    let mut pats = Vec::with_capacity(list.len());
    for (p, mut t) in list {
        t.sort_by_key(|t| (t.skill, t.alias));
        t.dedup_by_key(|t| t.skill);
        pats.push(p);
        targets.push(t);
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&pats)
        .expect("skill label automaton builds");
    (ac, targets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_markers_are_lower_case_ascii() {
        // is_boilerplate folds ASCII case only.
        for m in BOILERPLATE {
            assert!(m.is_ascii() && m.to_ascii_lowercase() == *m, "{m}");
        }
        assert!(is_boilerplate("We offer a generous PENSION scheme."));
        assert!(!is_boilerplate("Build dashboards in Power BI."));
    }

    fn skill(id: &str, label: &str, alts: &[&str], kind: SkillKind, tax: Taxonomy) -> Skill {
        Skill {
            id: id.into(),
            taxonomy: tax,
            kind,
            label: label.into(),
            alt_labels: alts.iter().map(|s| s.to_string()).collect(),
            description: String::new(),
            broader: vec![],
            collections: vec![],
            reuse_level: None,
            same_as: vec![],
        }
    }

    fn extractor() -> Extractor {
        Extractor::new(&[
            skill(
                "esco:py",
                "Python (computer programming)",
                &["Python"],
                SkillKind::Knowledge,
                Taxonomy::Esco,
            ),
            skill(
                "tech:python",
                "Python",
                &[],
                SkillKind::Technology,
                Taxonomy::Onet,
            ),
            skill(
                "esco:sql",
                "SQL",
                &["structured query language"],
                SkillKind::Knowledge,
                Taxonomy::Esco,
            ),
            skill("tech:go", "Go", &[], SkillKind::Technology, Taxonomy::Onet),
            skill("tech:r", "R", &[], SkillKind::Technology, Taxonomy::Onet),
            skill(
                "esco:teams",
                "work in teams",
                &["team work"],
                SkillKind::Skill,
                Taxonomy::Esco,
            ),
        ])
    }

    #[test]
    fn finds_labels_and_aliases_with_spans() {
        let e = extractor();
        let text = "You know Python and Structured Query Language; team work matters.";
        let m = e.extract(text);
        let ids: Vec<&str> = m.iter().map(|m| m.skill_id.as_str()).collect();
        assert_eq!(ids, ["esco:py", "tech:python", "esco:sql", "esco:teams"]);
        for x in &m {
            assert_eq!(&text[x.start..x.end], x.text);
        }
        assert_eq!(m[2].method, MatchMethod::Alias);
    }

    #[test]
    fn lower_case_one_word_aliases_are_not_mentions() {
        let e = Extractor::new(&[skill(
            "esco:scaff",
            "scaffolding components",
            &["standard", "Ledger Board"],
            SkillKind::Knowledge,
            Taxonomy::Esco,
        )]);
        assert!(e.extract("Meet the standard of care.").is_empty());
        assert_eq!(e.extract("Fit the Ledger Board.").len(), 1);
    }

    #[test]
    fn ambiguous_words_need_their_capitalisation_and_word_boundaries() {
        let e = extractor();
        assert!(e.extract("we go to the office; Rust and Ruby").is_empty());
        let m = e.extract("Backend in Go and R.");
        let ids: Vec<&str> = m.iter().map(|m| m.skill_id.as_str()).collect();
        assert_eq!(ids, ["tech:go", "tech:r"]);
        assert!(e.extract("pythonic SQLite").is_empty());
    }

    #[test]
    fn boilerplate_sentences_yield_nothing() {
        let e = extractor();
        let text = "We are an equal opportunity employer and value Python team work.\nBenefits include SQL pension.";
        assert!(e.extract(text).is_empty());
        assert_eq!(e.extract_all(text).len(), 4);
    }

    #[test]
    fn sentence_splitting_and_tokens() {
        let t = "First one. Second: C++ and C#!\n• Third’s é.";
        let s: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(s, ["First one.", "Second: C++ and C#!", "Third’s é."]);
        assert_eq!(
            content_tokens("Managing the databases"),
            ["managing", "database"]
        );
        assert_eq!(content_tokens("C++ and C#"), ["c++", "c#"]);
    }
}
