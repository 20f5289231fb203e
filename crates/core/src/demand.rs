//! Demand statistics: how often postings ask for each skill, overall, per occupation and per
//! month.
//!
//! Counted once per posting (a posting that names Python three times counts once). Every
//! count can be traced to the postings behind it: the postings are indexed with their skill
//! and occupation ids, so [`Catalog::postings_with`](crate::Catalog::postings_with) lists them.
//! The statistics are stored beside the tantivy index as `demand.json`.

use crate::model::Posting;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Skills named in fewer postings than this get no co-occurrence list.
pub const COOCCUR_MIN_POSTINGS: u64 = 10;
/// A pair must share at least this many postings to be kept.
pub const COOCCUR_MIN_PAIR: u64 = 3;
/// Partners kept per skill (the most frequent).
pub const COOCCUR_TOP: usize = 25;

/// Counts for one skill across all postings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SkillDemand {
    /// Postings asking for the skill.
    pub postings: u64,
    /// The same by month (`YYYY-MM`), for postings with a date.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_month: BTreeMap<String, u64>,
}

/// Counts for one occupation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OccupationDemand {
    /// Postings placed in the occupation.
    pub postings: u64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_month: BTreeMap<String, u64>,
    /// Skill id → postings of this occupation asking for it.
    #[serde(default)]
    pub skills: BTreeMap<String, u64>,
}

/// All demand statistics of an index.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DemandStats {
    /// Postings indexed.
    pub postings: u64,
    /// Postings in which at least one skill was found.
    pub postings_with_skills: u64,
    /// Postings by month (`YYYY-MM`).
    #[serde(default)]
    pub by_month: BTreeMap<String, u64>,
    #[serde(default)]
    pub skills: BTreeMap<String, SkillDemand>,
    #[serde(default)]
    pub occupations: BTreeMap<String, OccupationDemand>,
    /// Skill id → the skills most often named in the same postings, with the number of
    /// postings naming both (pruned: see [`COOCCUR_MIN_POSTINGS`], [`COOCCUR_MIN_PAIR`],
    /// [`COOCCUR_TOP`]). Filled by [`DemandStats::finish`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cooccur: BTreeMap<String, Vec<(String, u64)>>,
    /// Exact pair counts while postings are being added (interned ids); not stored.
    #[serde(skip)]
    pairs: PairCounts,
    /// Counts not yet folded into the maps above; not stored.
    #[serde(skip)]
    acc: Accum,
}

/// Exact co-occurrence counts over interned skill ids.
#[derive(Debug, Clone, Default, PartialEq)]
struct PairCounts {
    ids: HashMap<String, u32>,
    names: Vec<String>,
    counts: HashMap<u64, u32>,
}

impl PairCounts {
    fn intern(&mut self, id: &str) -> u32 {
        if let Some(&i) = self.ids.get(id) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(id.to_owned());
        self.ids.insert(id.to_owned(), i);
        i
    }

    fn add_pair(&mut self, a: u32, b: u32, n: u32) {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        *self
            .counts
            .entry((u64::from(a) << 32) | u64::from(b))
            .or_default() += n;
    }
}

/// Counts gathered by [`DemandStats::add`] over interned ids (skills share the pair
/// counter's interner); folded into the public maps by [`DemandStats::flush`]. Keeps the
/// per-posting work free of string-keyed map look-ups and allocations.
#[derive(Debug, Clone, Default, PartialEq)]
struct Accum {
    months: HashMap<String, u32>,
    month_names: Vec<String>,
    occ_ids: HashMap<String, u32>,
    occ_names: Vec<String>,
    /// Skill → postings.
    skill: HashMap<u32, u64>,
    /// (skill, month) → postings.
    skill_month: HashMap<(u32, u32), u64>,
    /// Occupation → postings.
    occ: HashMap<u32, u64>,
    /// (occupation, month) → postings.
    occ_month: HashMap<(u32, u32), u64>,
    /// (occupation, skill) → postings.
    occ_skill: HashMap<(u32, u32), u64>,
}

fn intern(ids: &mut HashMap<String, u32>, names: &mut Vec<String>, s: &str) -> u32 {
    if let Some(&i) = ids.get(s) {
        return i;
    }
    let i = names.len() as u32;
    names.push(s.to_owned());
    ids.insert(s.to_owned(), i);
    i
}

/// The month (`YYYY-MM`) of an ISO date.
pub fn month_of(date: Option<&str>) -> Option<String> {
    let d = date?;
    (d.len() >= 7 && d.as_bytes()[4] == b'-').then(|| d[..7].to_owned())
}

impl DemandStats {
    /// Counts one posting (its skills and the occupations it was placed in). The public maps
    /// are brought up to date by [`DemandStats::flush`] (or [`DemandStats::finish`], which the
    /// index writer calls).
    pub fn add(&mut self, posting: &Posting) {
        self.postings += 1;
        let acc = &mut self.acc;
        let month = month_of(posting.date.as_deref())
            .map(|m| intern(&mut acc.months, &mut acc.month_names, &m));
        let mut skills: Vec<u32> = posting
            .skills
            .iter()
            .map(|m| self.pairs.intern(&m.skill_id))
            .collect();
        skills.sort_unstable();
        skills.dedup();
        if !skills.is_empty() {
            self.postings_with_skills += 1;
        }
        for (i, &a) in skills.iter().enumerate() {
            for &b in &skills[i + 1..] {
                self.pairs.add_pair(a, b, 1);
            }
        }
        for &s in &skills {
            *acc.skill.entry(s).or_default() += 1;
            if let Some(m) = month {
                *acc.skill_month.entry((s, m)).or_default() += 1;
            }
        }
        let mut occupations: Vec<u32> = posting
            .occupations
            .iter()
            .map(|o| intern(&mut acc.occ_ids, &mut acc.occ_names, &o.id))
            .collect();
        occupations.sort_unstable();
        occupations.dedup();
        for o in occupations {
            *acc.occ.entry(o).or_default() += 1;
            if let Some(m) = month {
                *acc.occ_month.entry((o, m)).or_default() += 1;
            }
            for &s in &skills {
                *acc.occ_skill.entry((o, s)).or_default() += 1;
            }
        }
        if let Some(m) = month {
            let name = &acc.month_names[m as usize];
            match self.by_month.get_mut(name) {
                Some(n) => *n += 1,
                None => {
                    self.by_month.insert(name.clone(), 1);
                }
            }
        }
    }

    /// Folds the counts gathered by [`DemandStats::add`] into the public maps.
    pub fn flush(&mut self) {
        let acc = std::mem::take(&mut self.acc);
        let skill_name = |i: u32| self.pairs.names[i as usize].clone();
        let month_name = |i: u32| acc.month_names[i as usize].clone();
        let occ_name = |i: u32| acc.occ_names[i as usize].clone();
        for (s, n) in &acc.skill {
            self.skills.entry(skill_name(*s)).or_default().postings += n;
        }
        for ((s, m), n) in &acc.skill_month {
            *self
                .skills
                .entry(skill_name(*s))
                .or_default()
                .by_month
                .entry(month_name(*m))
                .or_default() += n;
        }
        for (o, n) in &acc.occ {
            self.occupations.entry(occ_name(*o)).or_default().postings += n;
        }
        for ((o, m), n) in &acc.occ_month {
            *self
                .occupations
                .entry(occ_name(*o))
                .or_default()
                .by_month
                .entry(month_name(*m))
                .or_default() += n;
        }
        for ((o, s), n) in &acc.occ_skill {
            *self
                .occupations
                .entry(occ_name(*o))
                .or_default()
                .skills
                .entry(skill_name(*s))
                .or_default() += n;
        }
    }

    /// Merges counts of another run (e.g. computed in parallel).
    pub fn merge(&mut self, mut other: DemandStats) {
        self.flush();
        other.flush();
        self.postings += other.postings;
        self.postings_with_skills += other.postings_with_skills;
        for (m, n) in other.by_month {
            *self.by_month.entry(m).or_default() += n;
        }
        for (s, d) in other.skills {
            let e = self.skills.entry(s).or_default();
            e.postings += d.postings;
            for (m, n) in d.by_month {
                *e.by_month.entry(m).or_default() += n;
            }
        }
        let other_pairs = other.pairs;
        for (&key, &n) in &other_pairs.counts {
            let a = self.pairs.intern(&other_pairs.names[(key >> 32) as usize]);
            let b = self
                .pairs
                .intern(&other_pairs.names[(key & 0xffff_ffff) as usize]);
            self.pairs.add_pair(a, b, n);
        }
        for (o, d) in other.occupations {
            let e = self.occupations.entry(o).or_default();
            e.postings += d.postings;
            for (m, n) in d.by_month {
                *e.by_month.entry(m).or_default() += n;
            }
            for (s, n) in d.skills {
                *e.skills.entry(s).or_default() += n;
            }
        }
    }

    /// Flushes, then turns the exact pair counts gathered by [`DemandStats::add`] into the
    /// pruned [`DemandStats::cooccur`] lists (ties broken by id, so the result is deterministic).
    pub fn finish(&mut self) {
        self.flush();
        let pairs = std::mem::take(&mut self.pairs);
        if pairs.counts.is_empty() {
            return;
        }
        let mut lists: HashMap<u32, Vec<(u32, u64)>> = HashMap::new();
        for (&key, &n) in &pairs.counts {
            let n = u64::from(n);
            if n < COOCCUR_MIN_PAIR {
                continue;
            }
            let (a, b) = ((key >> 32) as u32, (key & 0xffff_ffff) as u32);
            lists.entry(a).or_default().push((b, n));
            lists.entry(b).or_default().push((a, n));
        }
        self.cooccur.clear();
        for (a, mut partners) in lists {
            let name = &pairs.names[a as usize];
            if self.skills.get(name).map_or(0, |d| d.postings) < COOCCUR_MIN_POSTINGS {
                continue;
            }
            partners.sort_by(|x, y| {
                y.1.cmp(&x.1)
                    .then_with(|| pairs.names[x.0 as usize].cmp(&pairs.names[y.0 as usize]))
            });
            partners.truncate(COOCCUR_TOP);
            self.cooccur.insert(
                name.clone(),
                partners
                    .into_iter()
                    .map(|(b, n)| (pairs.names[b as usize].clone(), n))
                    .collect(),
            );
        }
    }

    /// Postings naming both `a` and `b`, when the pair survived pruning.
    pub fn cooccurrence(&self, a: &str, b: &str) -> Option<u64> {
        self.cooccur
            .get(a)
            .and_then(|l| l.iter().find(|(s, _)| s == b).map(|(_, n)| *n))
    }

    /// Share of all postings that ask for `skill` (0 when there are no postings).
    pub fn skill_share(&self, skill: &str) -> f32 {
        if self.postings == 0 {
            return 0.0;
        }
        self.skills
            .get(skill)
            .map_or(0.0, |d| d.postings as f32 / self.postings as f32)
    }

    /// Share of `occupation`'s postings that ask for `skill`, with the two counts.
    pub fn occupation_skill(&self, occupation: &str, skill: &str) -> Option<(f32, u64, u64)> {
        let o = self.occupations.get(occupation)?;
        let n = *o.skills.get(skill).unwrap_or(&0);
        (o.postings > 0).then(|| (n as f32 / o.postings as f32, n, o.postings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MatchMethod, OccupationMatch, SkillMention, Taxonomy};

    fn posting(id: &str, date: &str, occ: &str, skills: &[&str]) -> Posting {
        Posting {
            id: id.into(),
            date: Some(date.into()),
            occupations: vec![OccupationMatch {
                id: occ.into(),
                title: String::new(),
                taxonomy: Taxonomy::Onet,
                score: 1.0,
                method: "given".into(),
            }],
            skills: skills
                .iter()
                .map(|s| SkillMention {
                    skill_id: (*s).into(),
                    label: String::new(),
                    start: 0,
                    end: 0,
                    text: String::new(),
                    confidence: 1.0,
                    method: MatchMethod::Exact,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn cooccurrence_is_exact_across_merges_then_pruned() {
        let mut a = DemandStats::default();
        let mut b = DemandStats::default();
        for i in 0..12 {
            let skills: &[&str] = if i % 2 == 0 {
                &["py", "sql"]
            } else {
                &["py", "r"]
            };
            let target = if i < 6 { &mut a } else { &mut b };
            target.add(&posting(&i.to_string(), "2025-01-01", "o", skills));
        }
        a.merge(b);
        a.finish();
        assert_eq!(a.cooccurrence("py", "sql"), Some(6));
        assert_eq!(a.cooccurrence("py", "r"), Some(6));
        assert_eq!(a.cooccurrence("sql", "r"), None);
        // "sql" is named in 6 postings only: below COOCCUR_MIN_POSTINGS, no list of its own.
        assert!(!a.cooccur.contains_key("sql"));
        assert_eq!(a.cooccur["py"], vec![("r".into(), 6), ("sql".into(), 6)]);
    }

    #[test]
    fn counts_once_per_posting_and_merges() {
        let mut a = DemandStats::default();
        a.add(&posting("1", "2025-01-03", "o", &["py", "py", "sql"]));
        a.add(&posting("2", "2025-02-01", "o", &["py"]));
        let mut b = DemandStats::default();
        b.add(&posting("3", "2025-02-09", "p", &[]));
        a.merge(b);
        assert_eq!(a.postings, 3);
        assert_eq!(a.postings_with_skills, 2);
        assert_eq!(a.skills["py"].postings, 2);
        assert_eq!(a.skills["py"].by_month["2025-02"], 1);
        assert_eq!(a.occupation_skill("o", "py"), Some((1.0, 2, 2)));
        assert_eq!(a.occupation_skill("o", "sql"), Some((0.5, 1, 2)));
        assert_eq!(a.by_month["2025-02"], 2);
        a.finish();
        // Below the pruning thresholds nothing is kept.
        assert!(a.cooccur.is_empty());
        assert!((a.skill_share("sql") - 1.0 / 3.0).abs() < 1e-6);
    }
}
