//! Demand statistics: how often postings ask for each skill, overall, per occupation and per
//! month.
//!
//! Counted once per posting (a posting that names Python three times counts once). Every
//! count can be traced to the postings behind it: the postings are indexed with their skill
//! and occupation ids, so [`Catalog::postings_with`](crate::Catalog::postings_with) lists them.
//! The statistics are stored beside the tantivy index as `demand.json`.

use crate::error::{Error, Result};
use crate::model::Posting;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

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

/// The value of `key`, inserted as the default when absent (the key is cloned only then).
fn get_or_default<'m, V: Default>(map: &'m mut BTreeMap<String, V>, key: &str) -> &'m mut V {
    if !map.contains_key(key) {
        map.insert(key.to_owned(), V::default());
    }
    map.get_mut(key).expect("just inserted")
}

/// `(a, b) → n` grouped by `a`: `a → [(b, n)]`.
fn group(counts: &HashMap<(u32, u32), u64>) -> HashMap<u32, Vec<(u32, u64)>> {
    let mut out: HashMap<u32, Vec<(u32, u64)>> = HashMap::default();
    for (&(a, b), &n) in counts {
        out.entry(a).or_default().push((b, n));
    }
    out
}

/// Adds interned counts to a map keyed by name; an empty map is built in one go from the
/// sorted names.
fn add_named(map: &mut BTreeMap<String, u64>, names: &[String], counts: Vec<(u32, u64)>) {
    if map.is_empty() {
        let mut named: Vec<(&String, u64)> = counts
            .into_iter()
            .map(|(i, n)| (&names[i as usize], n))
            .collect();
        named.sort_unstable_by(|a, b| a.0.cmp(b.0));
        *map = named.into_iter().map(|(k, n)| (k.clone(), n)).collect();
        return;
    }
    for (i, n) in counts {
        *get_or_default(map, &names[i as usize]) += n;
    }
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
        let names = &self.pairs.names;
        for (s, n) in &acc.skill {
            get_or_default(&mut self.skills, &names[*s as usize]).postings += n;
        }
        for (s, months) in group(&acc.skill_month) {
            let d = get_or_default(&mut self.skills, &names[s as usize]);
            add_named(&mut d.by_month, &acc.month_names, months);
        }
        for (o, n) in &acc.occ {
            get_or_default(&mut self.occupations, &acc.occ_names[*o as usize]).postings += n;
        }
        for (o, months) in group(&acc.occ_month) {
            let d = get_or_default(&mut self.occupations, &acc.occ_names[o as usize]);
            add_named(&mut d.by_month, &acc.month_names, months);
        }
        for (o, skills) in group(&acc.occ_skill) {
            let d = get_or_default(&mut self.occupations, &acc.occ_names[o as usize]);
            add_named(&mut d.skills, names, skills);
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
        let cooccur = self.cooccur_lists();
        self.pairs = PairCounts::default();
        if let Some(c) = cooccur {
            self.cooccur = c;
        }
    }

    /// The pruned co-occurrence lists of the exact pair counts (`None` when there are no
    /// pairs). Reads flushed skill counts: call [`DemandStats::flush`] first.
    fn cooccur_lists(&self) -> Option<BTreeMap<String, Vec<(String, u64)>>> {
        let pairs = &self.pairs;
        if pairs.counts.is_empty() {
            return None;
        }
        let mut lists: HashMap<u32, Vec<(u32, u64)>> = HashMap::default();
        for (&key, &n) in &pairs.counts {
            let n = u64::from(n);
            if n < COOCCUR_MIN_PAIR {
                continue;
            }
            let (a, b) = ((key >> 32) as u32, (key & 0xffff_ffff) as u32);
            lists.entry(a).or_default().push((b, n));
            lists.entry(b).or_default().push((a, n));
        }
        let mut cooccur = BTreeMap::new();
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
            cooccur.insert(
                name.clone(),
                partners
                    .into_iter()
                    .map(|(b, n)| (pairs.names[b as usize].clone(), n))
                    .collect(),
            );
        }
        Some(cooccur)
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

/// Demand statistics with what an append needs to extend them to exactly what a full rebuild
/// would give: the exact co-occurrence pair counts (the stored statistics keep only the pruned
/// lists) and the keys of the postings counted, for de-duplication. Stored in each generation
/// as `demand-state.bin` ([`DemandState::to_bytes`]).
#[derive(Debug, Default)]
pub struct DemandState {
    stats: DemandStats,
    ids: HashSet<u64>,
    contents: HashSet<u64>,
}

/// First bytes of `demand-state.bin` (format version in the last byte).
pub const STATE_MAGIC: &[u8; 8] = b"SGDEMST1";

/// 64-bit FNV-1a, finished with a SplitMix64 mix. Stable across builds and platforms, unlike
/// `std`'s hasher: the keys are stored in `demand-state.bin`.
struct KeyHasher(u64);

impl KeyHasher {
    fn new() -> KeyHasher {
        KeyHasher(0xcbf2_9ce4_8422_2325)
    }

    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }

    /// Separates parts with a byte that UTF-8 never holds.
    fn separator(&mut self) {
        self.byte(0xff);
    }

    fn bytes(&mut self, s: &str) {
        for &b in s.as_bytes() {
            self.byte(b);
        }
    }

    /// Hashes `s` lower-cased, whitespace runs folded to one space, trimmed (the bytes of
    /// that text, without building it).
    fn squashed(&mut self, s: &str) {
        let mut buf = [0u8; 4];
        for (i, w) in s.split_whitespace().enumerate() {
            if i > 0 {
                self.byte(b' ');
            }
            if w.is_ascii() {
                for &b in w.as_bytes() {
                    self.byte(b.to_ascii_lowercase());
                }
            } else {
                for c in w.chars().flat_map(char::to_lowercase) {
                    self.bytes(c.encode_utf8(&mut buf));
                }
            }
        }
    }

    fn finish(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 30;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 27;
        h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    }
}

/// [`KeyHasher`] over `parts`, separated.
fn key_hash(parts: &[&str]) -> u64 {
    let mut h = KeyHasher::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h.separator();
        }
        h.bytes(part);
    }
    h.finish()
}

/// The de-duplication key of a posting's content (title, employer and text, each lower-cased
/// with whitespace runs folded to one space and trimmed), or `None` for a posting without
/// text, which is de-duplicated by id only.
pub fn content_key(p: &Posting) -> Option<u64> {
    // Without text (only whitespace), no content key.
    p.description.split_whitespace().next()?;
    let mut h = KeyHasher::new();
    h.bytes("content");
    h.separator();
    h.squashed(&p.title);
    h.separator();
    h.squashed(p.employer.as_deref().unwrap_or_default());
    h.separator();
    h.squashed(&p.description);
    Some(h.finish())
}

fn id_key(p: &Posting) -> u64 {
    key_hash(&["id", p.id.trim()])
}

impl DemandState {
    /// Whether `p` is new: neither its id nor its content (see [`content_key`]) belongs to a
    /// posting admitted before. A new posting's keys are remembered.
    pub fn admit(&mut self, p: &Posting) -> bool {
        let id = id_key(p);
        if self.ids.contains(&id) {
            return false;
        }
        let content = content_key(p);
        if content.is_some_and(|c| self.contents.contains(&c)) {
            return false;
        }
        self.ids.insert(id);
        if let Some(c) = content {
            self.contents.insert(c);
        }
        true
    }

    /// Counts an (admitted, enriched) posting.
    pub fn add(&mut self, p: &Posting) {
        self.stats.add(p);
    }

    /// Postings counted so far.
    pub fn postings(&self) -> u64 {
        self.stats.postings
    }

    /// The statistics, finished (co-occurrence lists pruned), as stored in `demand.json`.
    pub fn into_stats(self) -> DemandStats {
        let mut s = self.stats;
        s.finish();
        s
    }

    /// The compact binary form (little-endian; a string table, then the counts, the exact
    /// pair counts and the posting keys).
    pub fn to_bytes(&mut self) -> Vec<u8> {
        self.stats.flush();
        self.flushed_bytes()
    }

    /// The statistics as stored in `demand.json` (finished) and the binary form
    /// ([`DemandState::to_bytes`]), the two computed in parallel.
    pub fn into_stats_and_bytes(mut self) -> (DemandStats, Vec<u8>) {
        self.stats.flush();
        let (cooccur, bytes) = std::thread::scope(|scope| {
            let bytes = scope.spawn(|| self.flushed_bytes());
            let cooccur = self.stats.cooccur_lists();
            (
                cooccur,
                bytes.join().expect("demand state serialiser panicked"),
            )
        });
        let mut stats = self.stats;
        stats.pairs = PairCounts::default();
        if let Some(c) = cooccur {
            stats.cooccur = c;
        }
        (stats, bytes)
    }

    /// [`DemandState::to_bytes`] of flushed statistics.
    fn flushed_bytes(&self) -> Vec<u8> {
        let st = &self.stats;
        let mut strings: Vec<&str> = Vec::new();
        let mut index: HashMap<&str, u32> = HashMap::default();
        let mut body = Vec::new();
        fn id<'s>(
            s: &'s str,
            strings: &mut Vec<&'s str>,
            index: &mut HashMap<&'s str, u32>,
        ) -> u32 {
            *index.entry(s).or_insert_with(|| {
                strings.push(s);
                (strings.len() - 1) as u32
            })
        }
        let put32 = |b: &mut Vec<u8>, v: u32| b.extend_from_slice(&v.to_le_bytes());
        let put64 = |b: &mut Vec<u8>, v: u64| b.extend_from_slice(&v.to_le_bytes());
        put32(&mut body, st.by_month.len() as u32);
        for (m, n) in &st.by_month {
            put32(&mut body, id(m, &mut strings, &mut index));
            put64(&mut body, *n);
        }
        put32(&mut body, st.skills.len() as u32);
        for (s, d) in &st.skills {
            put32(&mut body, id(s, &mut strings, &mut index));
            put64(&mut body, d.postings);
            put32(&mut body, d.by_month.len() as u32);
            for (m, n) in &d.by_month {
                put32(&mut body, id(m, &mut strings, &mut index));
                put64(&mut body, *n);
            }
        }
        put32(&mut body, st.occupations.len() as u32);
        for (o, d) in &st.occupations {
            put32(&mut body, id(o, &mut strings, &mut index));
            put64(&mut body, d.postings);
            put32(&mut body, d.by_month.len() as u32);
            for (m, n) in &d.by_month {
                put32(&mut body, id(m, &mut strings, &mut index));
                put64(&mut body, *n);
            }
            put32(&mut body, d.skills.len() as u32);
            for (s, n) in &d.skills {
                put32(&mut body, id(s, &mut strings, &mut index));
                put64(&mut body, *n);
            }
        }
        let mut pairs: Vec<(u64, u32)> = st.pairs.counts.iter().map(|(&k, &n)| (k, n)).collect();
        pairs.sort_unstable();
        // String-table ids of the interned skill ids, looked up once each.
        let table: Vec<u32> = st
            .pairs
            .names
            .iter()
            .map(|name| id(name, &mut strings, &mut index))
            .collect();
        put64(&mut body, pairs.len() as u64);
        body.reserve(pairs.len() * 12);
        for (key, n) in pairs {
            put32(&mut body, table[(key >> 32) as usize]);
            put32(&mut body, table[(key & 0xffff_ffff) as usize]);
            put32(&mut body, n);
        }
        for set in [&self.ids, &self.contents] {
            let mut keys: Vec<u64> = set.iter().copied().collect();
            keys.sort_unstable();
            put64(&mut body, keys.len() as u64);
            for k in keys {
                put64(&mut body, k);
            }
        }
        let mut out = Vec::with_capacity(body.len() + 64 + strings.len() * 24);
        out.extend_from_slice(STATE_MAGIC);
        put64(&mut out, st.postings);
        put64(&mut out, st.postings_with_skills);
        put32(&mut out, strings.len() as u32);
        for s in &strings {
            put32(&mut out, s.len() as u32);
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&body);
        out
    }

    /// Reads what [`DemandState::to_bytes`] wrote; `path` names the file in errors. Never
    /// panics: a truncated or corrupt state is an error naming the byte offset.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<DemandState> {
        let mut c = StateReader { b: bytes, pos: 0 };
        c.read_state().map_err(|reason| Error::DemandState {
            path: path.to_owned(),
            offset: c.pos,
            reason,
        })
    }
}

struct StateReader<'b> {
    b: &'b [u8],
    pos: usize,
}

impl StateReader<'_> {
    fn take(&mut self, n: usize) -> std::result::Result<&[u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| format!("truncated: {n} more bytes expected"))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> std::result::Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self) -> std::result::Result<u64, String> {
        let s = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
    /// A count of records of at least `min` bytes each, checked against the bytes left.
    fn count(&mut self, wide: bool, min: usize) -> std::result::Result<usize, String> {
        let n = if wide {
            self.u64()?
        } else {
            u64::from(self.u32()?)
        };
        let left = (self.b.len() - self.pos) as u64;
        if n.saturating_mul(min as u64) > left {
            return Err(format!("count {n} exceeds the {left} bytes left"));
        }
        Ok(n as usize)
    }
    fn string<'t>(&mut self, table: &'t [String]) -> std::result::Result<&'t String, String> {
        let i = self.u32()?;
        table
            .get(i as usize)
            .ok_or_else(|| format!("string {i} out of range ({} strings)", table.len()))
    }
    fn months(&mut self, table: &[String]) -> std::result::Result<BTreeMap<String, u64>, String> {
        let n = self.count(false, 12)?;
        let mut out = BTreeMap::new();
        for _ in 0..n {
            let m = self.string(table)?.clone();
            out.insert(m, self.u64()?);
        }
        Ok(out)
    }

    fn read_state(&mut self) -> std::result::Result<DemandState, String> {
        if self.take(STATE_MAGIC.len())? != STATE_MAGIC {
            return Err("not a skillgap demand state (or another format version)".into());
        }
        let mut st = DemandStats {
            postings: self.u64()?,
            postings_with_skills: self.u64()?,
            ..Default::default()
        };
        let n = self.count(false, 4)?;
        let mut table = Vec::with_capacity(n);
        for _ in 0..n {
            let len = self.u32()? as usize;
            let s = std::str::from_utf8(self.take(len)?).map_err(|e| e.to_string())?;
            table.push(s.to_owned());
        }
        st.by_month = self.months(&table)?;
        for _ in 0..self.count(false, 16)? {
            let s = self.string(&table)?.clone();
            let postings = self.u64()?;
            let by_month = self.months(&table)?;
            st.skills.insert(s, SkillDemand { postings, by_month });
        }
        for _ in 0..self.count(false, 20)? {
            let o = self.string(&table)?.clone();
            let postings = self.u64()?;
            let by_month = self.months(&table)?;
            let mut skills = BTreeMap::new();
            for _ in 0..self.count(false, 12)? {
                let s = self.string(&table)?.clone();
                skills.insert(s, self.u64()?);
            }
            st.occupations.insert(
                o,
                OccupationDemand {
                    postings,
                    by_month,
                    skills,
                },
            );
        }
        for _ in 0..self.count(true, 12)? {
            let a = self.string(&table)?;
            let b = self.string(&table)?;
            let n = self.u32()?;
            let (a, b) = (st.pairs.intern(a), st.pairs.intern(b));
            st.pairs.add_pair(a, b, n);
        }
        let mut sets = [HashSet::default(), HashSet::default()];
        for set in &mut sets {
            let n = self.count(true, 8)?;
            set.reserve(n);
            for _ in 0..n {
                set.insert(self.u64()?);
            }
        }
        if self.pos != self.b.len() {
            return Err(format!("{} bytes after the end", self.b.len() - self.pos));
        }
        let [ids, contents] = sets;
        Ok(DemandState {
            stats: st,
            ids,
            contents,
        })
    }
}

/// Reads a generation's demand state, `None` when the file does not exist.
pub fn read_state(path: &Path) -> Result<Option<DemandState>> {
    match std::fs::read(path) {
        Ok(b) => DemandState::from_bytes(&b, path).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io("read", path, e)),
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

    #[test]
    fn state_round_trips_and_extends_exactly() {
        let all: Vec<Posting> = (0..30)
            .map(|i| {
                let skills: &[&str] = match i % 3 {
                    0 => &["py", "sql", "r"],
                    1 => &["py", "sql"],
                    _ => &["py"],
                };
                posting(
                    &i.to_string(),
                    &format!("2025-0{}-01", 1 + i % 4),
                    "o",
                    skills,
                )
            })
            .collect();
        let mut full = DemandState::default();
        for p in &all {
            assert!(full.admit(p));
            full.add(p);
        }
        assert!(!full.admit(&all[3]), "same id again");
        let mut base = DemandState::default();
        for p in &all[..17] {
            base.admit(p);
            base.add(p);
        }
        let bytes = base.to_bytes();
        let mut back = DemandState::from_bytes(&bytes, Path::new("x")).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        for p in &all[17..] {
            assert!(back.admit(p));
            back.add(p);
        }
        let a = serde_json::to_vec(&back.into_stats()).unwrap();
        let b = serde_json::to_vec(&full.into_stats()).unwrap();
        assert_eq!(a, b);
        // Every truncation is an error, never a panic.
        for n in 0..bytes.len() {
            assert!(DemandState::from_bytes(&bytes[..n], Path::new("x")).is_err());
        }
    }

    #[test]
    /// The keys stored by earlier versions: FNV-1a over the parts built as strings.
    #[test]
    fn content_key_is_stable() {
        fn squash(s: &str) -> String {
            let mut out = String::new();
            for w in s.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(w.chars().flat_map(char::to_lowercase));
            }
            out
        }
        for (title, employer, text) in [
            ("Data Analyst", Some("ACME  Ltd"), "Use SQL\n\tand Excel.  "),
            ("  ÉCOLE Teacher ", None, "Enseigner à l'ÉCOLE, ΣΊΣΥΦΟΣ ǅ"),
            ("x", Some(""), " a "),
        ] {
            let mut p = posting("1", "2024-01-01", "o", &[]);
            p.title = title.into();
            p.employer = employer.map(Into::into);
            p.description = text.into();
            let e = employer.map(squash).unwrap_or_default();
            let expected = key_hash(&["content", &squash(title), &e, &squash(text)]);
            assert_eq!(content_key(&p), Some(expected));
        }
    }

    fn content_duplicates_need_text() {
        let mut st = DemandState::default();
        let mut a = posting("a", "2025-01-01", "o", &[]);
        a.title = "Nurse".into();
        a.description = "Care  for patients".into();
        let mut b = a.clone();
        b.id = "b".into();
        b.title = "NURSE".into();
        b.description = "care for\npatients ".into();
        assert!(st.admit(&a));
        assert!(!st.admit(&b), "same normalised title + text");
        let mut c = posting("c", "2025-01-01", "o", &[]);
        c.title = "Nurse".into();
        let mut d = c.clone();
        d.id = "d".into();
        assert!(st.admit(&c));
        assert!(st.admit(&d), "no text: by id only");
    }
}
