//! Enrichment of postings and credentials with the taxonomy of the generation being built:
//! skills found in posting text, postings placed in occupations, credential outcomes resolved
//! to skills.

use rayon::prelude::*;
use skillgap_core::{
    Catalog, Credential, Extractor, Hit, MatchMethod, Occupation, OccupationMatch, Posting,
    SearchOptions, SkillKind, Taxonomy,
};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Minimum title-normalisation score for a posting to be placed in an occupation.
pub const MIN_TITLE_SCORE: f32 = 0.55;
/// Weight of skill overlap when re-ranking title candidates (share of the posting's skills
/// that the occupation requires).
pub const SKILL_OVERLAP_WEIGHT: f32 = 0.25;
/// Minimum ranking score for a free-text outcome to resolve to a skill.
pub const MIN_OUTCOME_SCORE: f32 = 0.5;
/// Confidence multiplier for outcomes guessed from a title or subject only (Udemy).
pub const WEAK_SOURCE_FACTOR: f32 = 0.5;

/// Title-normalisation candidates of one title: O*NET, then ESCO.
type TitleHits = (Vec<Hit>, Vec<Hit>);

/// Distinct titles whose candidates are kept between batches (then the cache starts over).
/// Each entry holds ten hits, about 2 KB: 50,000 keep the 1M-posting ingest under 2 GiB
/// (200,000 took it to 2,086 MiB) while real feeds, whose titles repeat, still hit it.
const TITLE_CACHE: usize = 50_000;

/// What posting enrichment needs, built once per ingest.
pub struct PostingEnricher<'a> {
    catalog: &'a Catalog,
    extractor: &'a Extractor,
    /// Occupation id → required skill ids (including their `same_as` equivalents).
    requirements: HashMap<String, HashSet<String>>,
    /// Normalised title or alternative title → the occupations that carry it exactly: a title
    /// found here needs no search ([`PostingEnricher::exact_hits`]).
    exact: HashMap<String, Vec<ExactTitle>>,
    titles: std::sync::Mutex<HashMap<String, TitleHits>>,
}

/// An occupation carrying a title verbatim, and the occupations of the other taxonomy the
/// crosswalk links it to (with the link's confidence).
#[derive(Debug, Clone)]
struct ExactTitle {
    id: String,
    taxonomy: Taxonomy,
    title: String,
    label: String,
    /// (id, title, confidence), shared by all labels of the occupation.
    linked: Arc<[(String, String, f32)]>,
}

/// Key of a title for exact look-ups: noise stripped, label-normalised.
fn title_key(title: &str) -> String {
    let stripped = skillgap_core::catalog::strip_title_noise(title);
    skillgap_core::normalise_label(if stripped.trim().is_empty() {
        title
    } else {
        &stripped
    })
}

impl<'a> PostingEnricher<'a> {
    /// Loads requirement sets of every occupation of `catalog`; `occupations` are those
    /// occupations when the caller already has them in memory (else they are decoded).
    pub fn new(
        catalog: &'a Catalog,
        occupations: Option<&[Occupation]>,
    ) -> skillgap_core::Result<Self> {
        let started = std::time::Instant::now();
        let decoded;
        let occupations = match occupations {
            Some(o) => {
                catalog.warm()?;
                o
            }
            None => {
                let (warmed, all) = rayon::join(|| catalog.warm(), || catalog.all_occupations());
                warmed?;
                decoded = all?;
                &decoded[..]
            }
        };
        let extractor = catalog.extractor()?;
        // Equivalents across taxonomies, from the extractor (no second decode of every skill).
        let same_as: HashMap<&str, &[String]> = extractor
            .skills()
            .iter()
            .filter(|s| !s.same_as.is_empty())
            .map(|s| (s.id.as_str(), s.same_as.as_slice()))
            .collect();
        let mut exact: HashMap<String, Vec<ExactTitle>> = HashMap::new();
        let mut titles_of: HashMap<String, String> = HashMap::new();
        for occ in occupations {
            titles_of.insert(occ.id.clone(), occ.title.clone());
        }
        // Title keys of every occupation's labels, computed in parallel.
        let keys: Vec<Vec<String>> = occupations
            .par_iter()
            .map(|occ| {
                std::iter::once(&occ.title)
                    .chain(&occ.alt_titles)
                    .map(|l| title_key(l))
                    .collect()
            })
            .collect();
        for (occ, keys) in occupations.iter().zip(keys) {
            let other = match occ.taxonomy {
                Taxonomy::Onet => "esco",
                Taxonomy::Esco => "onet",
            };
            let linked: Arc<[(String, String, f32)]> = occ
                .crosswalk
                .iter()
                .filter_map(|l| {
                    let title = titles_of.get(&l.code).filter(|_| l.scheme == other)?;
                    Some((l.code.clone(), title.clone(), l.confidence.unwrap_or(1.0)))
                })
                .collect();
            for (label, key) in std::iter::once(&occ.title).chain(&occ.alt_titles).zip(keys) {
                if key.is_empty() {
                    continue;
                }
                let list = exact.entry(key).or_default();
                if !list.iter().any(|e| e.id == occ.id) {
                    list.push(ExactTitle {
                        id: occ.id.clone(),
                        taxonomy: occ.taxonomy,
                        title: occ.title.clone(),
                        label: label.clone(),
                        linked: Arc::clone(&linked),
                    });
                }
            }
        }
        let requirements: HashMap<String, HashSet<String>> = occupations
            .par_iter()
            .map(|occ| {
                let mut set = HashSet::new();
                for r in &occ.requirements {
                    set.insert(r.skill_id.clone());
                    if let Some(eq) = same_as.get(r.skill_id.as_str()) {
                        set.extend(eq.iter().cloned());
                    }
                }
                (occ.id.clone(), set)
            })
            .collect();
        for list in exact.values_mut() {
            list.sort_by(|a, b| a.id.cmp(&b.id));
        }
        tracing::info!(
            secs = started.elapsed().as_secs_f64(),
            "skill extractor and title index ready"
        );
        Ok(PostingEnricher {
            catalog,
            extractor,
            requirements,
            exact,
            titles: std::sync::Mutex::new(HashMap::new()),
        })
    }

    /// Extracts skills and places each posting of the batch in occupations, in parallel.
    pub fn enrich(&self, batch: &mut [Posting]) {
        // Normalise each distinct title once.
        let mut todo: Vec<String> = {
            let cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
            let mut seen = HashSet::new();
            batch
                .iter()
                .filter(|p| !p.title.trim().is_empty())
                .map(|p| p.title.trim().to_owned())
                .filter(|t| !cache.contains_key(t) && seen.insert(t.clone()))
                .collect()
        };
        todo.sort();
        let done: Vec<(String, TitleHits)> = todo
            .into_par_iter()
            .map(|t| {
                let (onet, esco) = self.exact_hits(&t);
                let r = (
                    onet.unwrap_or_else(|| self.title_hits(&t, Taxonomy::Onet)),
                    esco.unwrap_or_else(|| self.title_hits(&t, Taxonomy::Esco)),
                );
                (t, r)
            })
            .collect();
        {
            let mut cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
            if cache.len() > TITLE_CACHE {
                cache.clear();
            }
            cache.extend(done);
        }
        let cache = self.titles.lock().unwrap_or_else(|e| e.into_inner());
        batch.par_iter_mut().for_each(|p| {
            self.extract(p);
            let hits = cache.get(p.title.trim());
            self.place(p, hits);
        });
    }

    /// Candidates of a title that some occupation carries verbatim (normalised), without a
    /// search: those occupations at score 1; in the other taxonomy, the same, or else the
    /// occupations the crosswalk links them to, at `0.6 + 0.3 ×` the link's confidence relative
    /// to the strongest link (skill overlap then picks among them). `None` for a taxonomy
    /// means: search.
    fn exact_hits(&self, title: &str) -> (Option<Vec<Hit>>, Option<Vec<Hit>>) {
        let Some(list) = self.exact.get(&title_key(title)) else {
            return (None, None);
        };
        let hit = |e: &ExactTitle| Hit {
            id: e.id.clone(),
            taxonomy: e.taxonomy,
            title: e.title.clone(),
            kind: None,
            matched: e.label.clone(),
            score: 1.0,
            bm25: 0.0,
            similarity: 1.0,
        };
        let of = |t: Taxonomy| -> Vec<Hit> {
            list.iter().filter(|e| e.taxonomy == t).map(hit).collect()
        };
        let (onet, esco) = (of(Taxonomy::Onet), of(Taxonomy::Esco));
        let linked = |from: &[Hit], to: Taxonomy| -> Option<Vec<Hit>> {
            let mut out: Vec<Hit> = Vec::new();
            for e in list.iter().filter(|e| from.iter().any(|h| h.id == e.id)) {
                let max = e.linked.iter().map(|l| l.2).fold(0.0f32, f32::max);
                for (id, title, conf) in e.linked.iter() {
                    if out.iter().any(|h| &h.id == id) || max <= 0.0 {
                        continue;
                    }
                    out.push(Hit {
                        id: id.clone(),
                        taxonomy: to,
                        title: title.clone(),
                        kind: None,
                        matched: title.clone(),
                        score: 0.6 + 0.3 * (conf / max),
                        bm25: 0.0,
                        similarity: 0.0,
                    });
                }
            }
            (!out.is_empty()).then_some(out)
        };
        match (onet.is_empty(), esco.is_empty()) {
            (true, true) => (None, None),
            (false, false) => (Some(onet), Some(esco)),
            (false, true) => {
                let e = linked(&onet, Taxonomy::Esco);
                (Some(onet), e)
            }
            (true, false) => {
                let o = linked(&esco, Taxonomy::Onet);
                (o, Some(esco))
            }
        }
    }

    fn title_hits(&self, title: &str, taxonomy: Taxonomy) -> Vec<Hit> {
        let opts = SearchOptions {
            limit: Some(5),
            taxonomy: Some(taxonomy),
            kind: None,
        };
        self.catalog
            .normalise_title(title, &opts)
            .unwrap_or_default()
    }

    /// Skills in the title and description. Spans index into `title + "\n" + description`;
    /// one mention (the first) is kept per skill.
    fn extract(&self, p: &mut Posting) {
        let text = format!("{}\n{}", p.title, p.description);
        let mut seen = HashSet::new();
        p.skills = self
            .extractor
            .extract(&text)
            .into_iter()
            .filter(|m| seen.insert(m.skill_id.clone()))
            .collect();
    }

    fn place(&self, p: &mut Posting, hits: Option<&TitleHits>) {
        let mut out = Vec::new();
        if let Some(code) = p
            .occupation_code
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if let Ok(o) = self.catalog.occupation(code) {
                out.push(OccupationMatch {
                    id: o.id,
                    title: o.title,
                    taxonomy: o.taxonomy,
                    score: 1.0,
                    method: "given".into(),
                });
            }
        }
        let skills: HashSet<&str> = p.skills.iter().map(|m| m.skill_id.as_str()).collect();
        if let Some((onet, esco)) = hits {
            for (taxonomy, list) in [(Taxonomy::Onet, onet), (Taxonomy::Esco, esco)] {
                if out.iter().any(|o| o.taxonomy == taxonomy) {
                    continue;
                }
                if let Some(m) = self.best(list, &skills) {
                    out.push(m);
                }
            }
        }
        p.occupations = out;
    }

    /// The best title candidate after re-ranking by skill overlap, if good enough.
    fn best(&self, hits: &[Hit], skills: &HashSet<&str>) -> Option<OccupationMatch> {
        let mut best: Option<(f32, &Hit, bool)> = None;
        for h in hits {
            let mut score = h.score;
            let mut used_skills = false;
            if skills.len() >= 3 {
                if let Some(req) = self.requirements.get(&h.id) {
                    let overlap = skills.iter().filter(|s| req.contains(**s)).count() as f32
                        / skills.len() as f32;
                    score += SKILL_OVERLAP_WEIGHT * overlap;
                    used_skills = overlap > 0.0;
                }
            }
            if best.is_none_or(|(b, bh, _)| score > b || (score == b && h.id < bh.id)) {
                best = Some((score, h, used_skills));
            }
        }
        let (score, h, used) = best?;
        (h.score >= MIN_TITLE_SCORE).then(|| OccupationMatch {
            id: h.id.clone(),
            title: h.title.clone(),
            taxonomy: h.taxonomy,
            score,
            method: if used { "title+skills" } else { "title" }.into(),
        })
    }
}

/// Confidence of an outcome equal to a skill's preferred label once both are normalised (case,
/// punctuation, spaces, hyphens, plurals and US/UK spelling ignored).
pub const EXACT_LABEL_CONFIDENCE: f32 = 0.95;
/// Confidence of an outcome equal to the part of a preferred label before a parenthesis
/// ("Python" for "Python (computer programming)").
pub const EXACT_BASE_LABEL_CONFIDENCE: f32 = 0.9;
/// Confidence of an outcome equal to an alternative label.
pub const EXACT_ALIAS_CONFIDENCE: f32 = 0.8;
/// Confidence of a ranked candidate whose label and the outcome cover each other fully; ranked
/// candidates that cover less get proportionally less.
pub const RANKED_CONFIDENCE: f32 = 0.75;
/// How many ranked candidates of each search are checked for a lexical fit.
const RANK_POOL: usize = 10;

/// Plurals whose sense differs from the singular ("securities" are not "security").
const LEXICAL_PLURALS: &[&str] = &[
    "securities",
    "futures",
    "goods",
    "customs",
    "arts",
    "humanities",
    "damages",
    "savings",
    "earnings",
    "proceedings",
    "premises",
    "minutes",
    "spirits",
    "news",
    "series",
    "species",
];

/// Nouns in "-ing" that are not the gerund of the shorter word ("marketing" is not "market").
const ING_NOUNS: &[&str] = &[
    "marketing",
    "engineering",
    "accounting",
    "banking",
    "building",
    "learning",
    "computing",
    "mining",
    "housing",
    "nursing",
    "clothing",
    "programming",
    "networking",
    "financing",
    "advertising",
    "trading",
    "casting",
    "catering",
    "lighting",
    "painting",
    "landscaping",
    "plumbing",
    "offering",
    "meeting",
    "setting",
    "funding",
    "boarding",
    "coating",
    "training",
    "drawing",
    "string",
    "spring",
    "during",
    "ceiling",
    "evening",
    "morning",
    "nothing",
    "something",
    "anything",
    "everything",
    "bearing",
    "wedding",
    "bedding",
    "shipping",
    "packaging",
    "heating",
];

/// Nouns in "-ment" that are not the action of the shorter verb.
const MENT_NOUNS: &[&str] = &[
    "statement",
    "department",
    "apartment",
    "garment",
    "sentiment",
    "compartment",
];

/// Nouns in "-tion"/"-sion" that are not the action of the shorter verb ("production" is not
/// "product").
const ION_NOUNS: &[&str] = &[
    "production",
    "position",
    "section",
    "question",
    "station",
    "nation",
    "ration",
    "portion",
    "solution",
    "fraction",
    "friction",
    "mention",
    "edition",
    "condition",
    "tradition",
    "nutrition",
    "mission",
    "session",
    "version",
    "vision",
    "television",
    "commission",
    "fiction",
    "function",
    "junction",
    "sanction",
    "caution",
    "motion",
    "emotion",
    "potion",
    "lotion",
    "intention",
    "attention",
    "convention",
];

/// Verbs that open ESCO skill labels without adding a specialisation ("perform data analysis").
const GENERIC_OPENERS: &[&str] = &[
    "perform",
    "apply",
    "use",
    "using",
    "utilise",
    "conduct",
    "carry",
    "undertake",
    "implement",
    "execute",
    "employ",
    "develop",
    "create",
    "provide",
    "ensure",
];

/// Words naming the kind of thing a label is, at its start or end, without adding a
/// specialisation ("debugging software", "principles of artificial intelligence").
const GENERIC_KINDS: &[&str] = &[
    "principle",
    "technique",
    "method",
    "methodology",
    "concept",
    "fundamental",
    "basic",
    "software",
    "tool",
    "knowledge",
    "skill",
];

/// Head words of outcomes that only say what kind of skill the rest names ("R Programming",
/// "Programming Principles"): a label covering the rest need not cover them.
const GENERIC_HEADS: &[&str] = &[
    "programming",
    "language",
    "software",
    "tool",
    "framework",
    "library",
    "package",
    "platform",
    "principle",
    "fundamental",
    "basic",
    "concept",
    "methodology",
    "method",
    "technique",
    "skill",
];

/// Modifiers of outcomes that do not restrict the skill they modify ("General Statistics" is
/// statistics, "Applied Mathematics" mathematics): a label need not cover them.
const LOOSE_MODIFIERS: &[&str] = &[
    "general",
    "applied",
    "advanced",
    "basic",
    "introductory",
    "intermediate",
    "practical",
    "modern",
    "effective",
    "professional",
    "creative",
    "business",
    "strategic",
];

/// A word in British spelling (ESCO's), so that "Modeling" meets "modelling" and
/// "Visualization" meets "visualisation".
fn british(w: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("modeling", "modelling"),
        ("modeled", "modelled"),
        ("modeler", "modeller"),
        ("labeling", "labelling"),
        ("labeled", "labelled"),
        ("traveling", "travelling"),
        ("canceling", "cancelling"),
        ("behavior", "behaviour"),
        ("behaviors", "behaviours"),
        ("behavioral", "behavioural"),
        ("color", "colour"),
        ("colors", "colours"),
        ("labor", "labour"),
        ("center", "centre"),
        ("centers", "centres"),
        ("defense", "defence"),
        ("catalog", "catalogue"),
        ("analog", "analogue"),
        ("fulfillment", "fulfilment"),
        ("enrollment", "enrolment"),
        ("judgment", "judgement"),
        ("aging", "ageing"),
        ("artifact", "artefact"),
        ("artifacts", "artefacts"),
        ("favor", "favour"),
        ("honor", "honour"),
        ("humor", "humour"),
        ("neighbor", "neighbour"),
        ("program", "programme"),
    ];
    if let Some((_, gb)) = WORDS.iter().find(|(us, _)| *us == w) {
        // "program" stays: it is also the software sense in British usage.
        return if w == "program" { w } else { gb }.to_owned();
    }
    if w.len() >= 6 {
        for (us, gb) in [
            ("izational", "isational"),
            ("izations", "isations"),
            ("ization", "isation"),
            ("izing", "ising"),
            ("ized", "ised"),
            ("izes", "ises"),
            ("izer", "iser"),
            ("ize", "ise"),
            ("yzing", "ysing"),
            ("yzed", "ysed"),
            ("yzes", "yses"),
            ("yzer", "yser"),
            ("yze", "yse"),
        ] {
            if let Some(stem) = w.strip_suffix(us) {
                return format!("{stem}{gb}");
            }
        }
    }
    w.to_owned()
}

/// The singular of a word; plurals with a sense of their own are kept.
fn singular(w: &str) -> String {
    if LEXICAL_PLURALS.contains(&w) {
        return w.to_owned();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 4
        && ["sses", "shes", "ches", "xes", "zzes"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        return w[..n - 2].to_owned();
    }
    if n > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "ics", "'s"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        return w[..n - 1].to_owned();
    }
    w.to_owned()
}

/// Words of a label or outcome: lower-cased, split on anything but letters, digits, `+` and
/// `#`, in British spelling and singular.
fn label_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '#'))
        .filter(|w| !w.is_empty())
        .map(|w| singular(&british(&w.to_lowercase())))
        .collect()
}

/// The exact-match key of a label or outcome: its words without function words, joined
/// without spaces, so that "Cybersecurity" = "cyber security" and "Data-Bases" = "databases".
fn label_key(text: &str) -> String {
    const FUNCTION: &[&str] = &["and", "or", "of", "the", "a", "an", "for", "in", "on", "to"];
    label_words(text)
        .into_iter()
        .filter(|w| !FUNCTION.contains(&w.as_str()))
        .collect()
}

/// A word reduced so that a verb meets its gerund and its action noun ("making" = "make",
/// "management" = "manage", "modelling" = "model", "collection" = "collect", "analysis" =
/// "analyse"): ESCO names skills with verbs, providers with nouns. Lexicalised nouns
/// ("marketing", "statement", "production") are left alone and nothing else is stemmed, so
/// "structures" never meets "structural", nor "threat" "threaten".
fn word_root(w: &str) -> String {
    let mut w = w.to_owned();
    if w == "analysis" || w == "analyses" {
        return "analys".into();
    }
    if w.len() >= 6 && w.ends_with("ing") && !ING_NOUNS.contains(&w.as_str()) {
        w.truncate(w.len() - 3);
    } else if w.len() >= 8 && w.ends_with("ment") && !MENT_NOUNS.contains(&w.as_str()) {
        w.truncate(w.len() - 4);
    } else if w.len() >= 8 && w.ends_with("isation") {
        // "visualisation" = "visualise"
        w.truncate(w.len() - 5);
    } else if w.len() >= 8
        && (w.ends_with("tion") || w.ends_with("sion"))
        && !ION_NOUNS.contains(&w.as_str())
    {
        // "collection" = "collect", "validation" = "validate"
        w.truncate(w.len() - 3);
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    let b = w.as_bytes();
    let n = b.len();
    if n > 3 && b[n - 1] == b[n - 2] && !b"aeiou".contains(&b[n - 1]) {
        w.pop();
    }
    w
}

/// Roots of [`GENERIC_HEADS`].
fn generic_head_roots() -> &'static HashSet<String> {
    static ROOTS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    ROOTS.get_or_init(|| GENERIC_HEADS.iter().map(|w| word_root(w)).collect())
}

/// An outcome's words as the lexical fit compares them.
struct OutcomeWords {
    /// Roots of the content words, the head (last) word last.
    roots: Vec<String>,
    /// Per root, whether its word is generic ("tools", "software").
    generic: Vec<bool>,
    /// Per root, whether its word is a loose modifier ([`LOOSE_MODIFIERS`]).
    loose: Vec<bool>,
    /// Whether the outcome coordinates two skills ("HTML and CSS", "Probability & Statistics").
    coordinated: bool,
}

impl OutcomeWords {
    fn new(text: &str) -> OutcomeWords {
        let base = strip_parenthesis(text);
        let lower = base.to_lowercase();
        let coordinated = lower.split_whitespace().any(|w| w == "and" || w == "&")
            || base.contains(['/', ',', '&']);
        let words = LabelRoots::new(base, false);
        let n = words.roots.len();
        let loose = label_words(base)
            .into_iter()
            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
            .enumerate()
            .map(|(i, w)| i + 1 < n && LOOSE_MODIFIERS.contains(&w.as_str()))
            .collect();
        OutcomeWords {
            roots: words.roots,
            generic: words.generic,
            loose,
            coordinated,
        }
    }
}

/// Words without content of their own in skill names (posting filler such as "job" or
/// "experience" is content here: "job analysis").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "the", "of", "to", "in", "on", "for", "with", "as", "at", "by", "from", "or",
    "into", "about", "via", "within", "across", "per", "its", "their", "your", "other",
];

/// The text before a parenthesis ("Pandas" of "Pandas (Python Package)").
fn strip_parenthesis(text: &str) -> &str {
    match text.find('(') {
        Some(p) if !text[..p].trim().is_empty() => text[..p].trim(),
        _ => text.trim(),
    }
}

/// A label's content roots as the lexical fit compares them.
#[derive(Debug, Clone)]
struct LabelRoots {
    roots: Vec<String>,
    /// Per root, whether its word is generic ([`GENERIC_OPENERS`] first, [`GENERIC_KINDS`]
    /// first or last).
    generic: Vec<bool>,
    /// Whether the label opens with a verb ("analyse big data"), which names the activity on
    /// the outcome's subject without narrowing it.
    leading_verb: bool,
}

impl LabelRoots {
    fn new(label: &str, leading_verb: bool) -> LabelRoots {
        let words: Vec<String> = label_words(label)
            .into_iter()
            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
            .collect();
        let last = words.len().saturating_sub(1);
        let (roots, generic) = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let w = w.as_str();
                let generic = (i == 0 && GENERIC_OPENERS.contains(&w))
                    || (i == 1 && w == "out" && words[0] == "carry")
                    || (i == last && GENERIC_KINDS.contains(&w))
                    // "principles of …", but not "software metrics".
                    || (i == 0
                        && GENERIC_KINDS.contains(&w)
                        && !["software", "tool", "skill"].contains(&w));
                (word_root(w), generic)
            })
            .unzip();
        LabelRoots {
            roots,
            generic,
            leading_verb,
        }
    }
}

/// How well a label fits an outcome, from both sides: the share of the outcome's words the
/// label covers, times the share of the label's specific words (not generic, not the leading
/// verb of a skill) the outcome covers. `None` when the label does not fit: it misses the
/// outcome's head word (the last one: "Threat Modeling" is about modelling, not threats;
/// unless the head only says what kind of skill the rest is: "R Programming"), covers under
/// half of the outcome, or covers the outcome only in part while adding words of its own
/// ("Regression Analysis" is not "landscape analysis", "Innovation" is not "innovation in
/// nursing", "Unit Testing" is not "test electronic units").
fn lexical_fit(outcome: &OutcomeWords, label: &LabelRoots) -> Option<f32> {
    let roots = &label.roots;
    if roots.is_empty() {
        return None;
    }
    // Loose modifiers the label lacks are left out, at a small cost.
    let mut words: Vec<String> = Vec::with_capacity(outcome.roots.len());
    let mut generic_words = Vec::with_capacity(outcome.roots.len());
    let mut cost = 1.0;
    for ((w, g), loose) in outcome
        .roots
        .iter()
        .zip(&outcome.generic)
        .zip(&outcome.loose)
    {
        if *loose && !roots.contains(w) {
            cost *= 0.9;
        } else {
            words.push(w.clone());
            generic_words.push(*g);
        }
    }
    let words = &words;
    let head = words.last()?;
    let covered = words.iter().filter(|w| roots.contains(w)).count();
    // "R Programming" → "R": the head only says what kind of skill the rest is (but the rest
    // must name a skill: not "Statistical" of "Statistical Methods").
    let kind_head = generic_head_roots().contains(head)
        && !roots.contains(head)
        && words.len() > 1
        && !["al", "ive", "ic"]
            .iter()
            .any(|e| words[words.len() - 2].ends_with(e));
    let needed = words.len() - usize::from(kind_head);
    let specific: Vec<&String> = roots
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            !(label.generic[*i]
                || (*i == 0
                    && label.leading_verb
                    && needed > 1
                    && roots.len() > 1
                    && !words.contains(w)))
        })
        .map(|(_, w)| w)
        .collect();
    if specific.is_empty() {
        return None;
    }
    let extras = specific.iter().filter(|w| !words.contains(w)).count();
    if covered == 0 || !(roots.contains(head) || (kind_head && covered == needed)) {
        return None;
    }
    let outcome_share = covered as f32 / needed as f32;
    let label_share = (specific.len() - extras) as f32 / specific.len() as f32;
    let ok = if covered == needed {
        // One extra specific word is tolerated in a long label.
        extras == 0 || (extras == 1 && specific.len() >= 4)
    } else {
        // A label naming part of the outcome: no words of its own, and more than the head
        // alone unless the outcome coordinates skills ("HTML and CSS" → "CSS").
        let covered_specific = (words.iter().zip(&generic_words))
            .filter(|(w, g)| !**g && roots.contains(w))
            .count();
        extras == 0 && outcome_share >= 0.5 && (covered_specific >= 2 || outcome.coordinated)
    };
    ok.then_some(outcome_share * label_share * cost)
}

/// Exact-label look-up over every skill of one generation, with each label's roots for the
/// lexical fit; built once per generation.
struct LabelIndex {
    generation: std::path::PathBuf,
    skills: usize,
    /// Normalised key → (skill position in the extractor, confidence of that label).
    exact: HashMap<String, Vec<(u32, f32)>>,
    /// Per skill (extractor order): content roots of each of its labels.
    roots: Vec<Vec<LabelRoots>>,
}

impl LabelIndex {
    fn build(catalog: &Catalog, extractor: &Extractor) -> skillgap_core::Result<LabelIndex> {
        let mut exact: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
        let mut roots = vec![Vec::new(); extractor.len()];
        let all = catalog.all_skills()?;
        // Verbs ESCO opens skill labels with ("analyse", "manage", "design"): the first words
        // of several preferred labels of skills (not knowledge).
        let mut openers: HashMap<String, usize> = HashMap::new();
        for s in &all {
            if s.taxonomy == Taxonomy::Esco && s.kind == SkillKind::Skill {
                if let Some(w) = s.label.split_whitespace().next() {
                    *openers.entry(w.to_lowercase()).or_default() += 1;
                }
            }
        }
        let is_verb = |w: &str| {
            openers.get(w).is_some_and(|&n| n >= 3)
                && !FUNCTION_WORDS.contains(&w)
                && !["ing", "tion", "sion", "ment", "ity", "ness", "ics", "ism"]
                    .iter()
                    .any(|e| w.ends_with(e))
        };
        for s in &all {
            let Some(i) = extractor.index_of(&s.id) else {
                continue;
            };
            let esco = s.taxonomy == Taxonomy::Esco;
            let mut add = |label: &str, conf: f32| {
                let label = label.trim();
                // One-word alternative labels in lower case are as often loose synonyms as
                // names ("law" of "employment law", "standard" of "scaffolding components").
                if conf < EXACT_BASE_LABEL_CONFIDENCE
                    && !label.contains(' ')
                    && label.chars().all(|c| c.is_lowercase() || c == '-')
                {
                    return;
                }
                let key = label_key(label);
                if !key.is_empty() {
                    exact.entry(key).or_default().push((i, conf));
                }
                let first = label.split_whitespace().next().unwrap_or("").to_lowercase();
                roots[i as usize].push(LabelRoots::new(label, esco && is_verb(&first)));
            };
            add(&s.label, EXACT_LABEL_CONFIDENCE);
            let base = strip_parenthesis(&s.label);
            if base != s.label.trim() {
                add(base, EXACT_BASE_LABEL_CONFIDENCE);
            }
            for alt in &s.alt_labels {
                add(alt, EXACT_ALIAS_CONFIDENCE);
            }
        }
        // Best label first; ESCO before O*NET (the matcher bridges them through `same_as`),
        // then by id, so that the choice is stable.
        let skills = extractor.skills();
        for v in exact.values_mut() {
            v.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| {
                        let t = |i: u32| skills[i as usize].taxonomy != Taxonomy::Esco;
                        t(a.0).cmp(&t(b.0))
                    })
                    .then_with(|| skills[a.0 as usize].id.cmp(&skills[b.0 as usize].id))
            });
            v.dedup_by_key(|x| x.0);
        }
        Ok(LabelIndex {
            generation: catalog.generation_dir().to_path_buf(),
            skills: extractor.len(),
            exact,
            roots,
        })
    }

    /// The index of `catalog`'s generation, built on first use and shared by all callers.
    fn of(catalog: &Catalog, extractor: &Extractor) -> Option<std::sync::Arc<LabelIndex>> {
        static CACHE: std::sync::Mutex<Option<std::sync::Arc<LabelIndex>>> =
            std::sync::Mutex::new(None);
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(ix) = cache.as_ref() {
            if ix.generation == catalog.generation_dir() && ix.skills == extractor.len() {
                return Some(ix.clone());
            }
        }
        let ix = std::sync::Arc::new(LabelIndex::build(catalog, extractor).ok()?);
        *cache = Some(ix.clone());
        Some(ix)
    }

    /// The skill whose label equals the outcome once normalised, with that label's confidence.
    fn exact(&self, text: &str) -> Option<(u32, f32)> {
        let base = strip_parenthesis(text);
        let mut keys = vec![label_key(text)];
        if base != text.trim() {
            keys.push(label_key(base));
        }
        keys.iter()
            .filter(|k| !k.is_empty())
            .find_map(|k| self.exact.get(k).and_then(|v| v.first().copied()))
    }

    /// The best lexical fit of the skill's labels to the outcome.
    fn fit(&self, skill: u32, outcome: &OutcomeWords) -> Option<f32> {
        self.roots
            .get(skill as usize)?
            .iter()
            .filter_map(|label| lexical_fit(outcome, label))
            .reduce(f32::max)
    }
}

/// The resolution of each outcome text seen so far: catalogues repeat the same skill names
/// ("SQL", "Risk Management") across thousands of courses, and a text always resolves the
/// same way against one index.
#[derive(Debug, Default)]
pub struct OutcomeMemo {
    found: std::sync::Mutex<HashMap<String, Found>>,
}

/// A resolved outcome: the skill's position in the extractor, confidence and method.
type Found = Option<(u32, f32, MatchMethod)>;

impl OutcomeMemo {
    /// The memoised result for `text`, computing it (outside the lock) when new.
    fn get_or_insert(&self, text: &str, resolve: impl FnOnce() -> Found) -> Found {
        let lock = || self.found.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&r) = lock().get(text) {
            return r;
        }
        let r = resolve();
        lock().insert(text.to_owned(), r);
        r
    }
}

/// Counts of outcome resolution for one source.
#[derive(Debug, Clone, Copy, Default)]
pub struct Resolution {
    pub outcomes: u64,
    pub resolved: u64,
    pub unresolved: u64,
}

/// A credential title names an O*NET occupation when its title-normalisation score reaches
/// this ("IBM Data Science" → Data Scientists 0.81; "Google Cybersecurity" → 0.71, no).
pub const MIN_CREDENTIAL_TITLE_SCORE: f32 = 0.75;

/// O*NET occupations a credential's title names (at most 2).
fn title_occupations(catalog: &Catalog, title: &str) -> Vec<OccupationMatch> {
    let opts = SearchOptions {
        limit: Some(2),
        taxonomy: Some(Taxonomy::Onet),
        kind: None,
    };
    catalog
        .normalise_title(title, &opts)
        .unwrap_or_default()
        .into_iter()
        .filter(|h| h.score >= MIN_CREDENTIAL_TITLE_SCORE)
        .map(|h| OccupationMatch {
            id: h.id,
            title: h.title,
            taxonomy: h.taxonomy,
            score: h.score,
            method: "title".into(),
        })
        .collect()
}

/// Confidence of a guess: the best-ranked skill for an outcome that no label fits lexically.
/// Shown to the user as a guess; the matcher counts it at this strength.
pub const GUESS_CONFIDENCE: f32 = 0.3;

/// The best-ranked skill for `text` when its score reaches [`MIN_OUTCOME_SCORE`], at
/// [`GUESS_CONFIDENCE`].
fn fallback(
    catalog: &Catalog,
    extractor: &Extractor,
    text: &str,
) -> Option<(u32, f32, MatchMethod)> {
    let opts = SearchOptions {
        limit: Some(1),
        taxonomy: None,
        kind: None,
    };
    let h = catalog.rank_skills(text, &opts).ok()?.into_iter().next()?;
    guess(extractor, &h)
}

/// The best-ranked skill `h` as a guess, when its score reaches [`MIN_OUTCOME_SCORE`].
fn guess(extractor: &Extractor, h: &Hit) -> Option<(u32, f32, MatchMethod)> {
    (h.score >= MIN_OUTCOME_SCORE)
        .then(|| extractor.index_of(&h.id))
        .flatten()
        .map(|i| (i, GUESS_CONFIDENCE, MatchMethod::Ranked))
}

/// Resolves a credential's outcomes to taxonomy skills: given ids are checked against the
/// index; text is matched to a skill's label or alternative label after normalisation (case,
/// punctuation, spacing, plurals, US/UK spelling) first, then to verbatim mentions and ranked
/// candidates (BM25 + label coverage, and the fuzzy label search) that fit it lexically: the
/// label must cover the outcome's head word in the same form or an inflection, and the
/// outcome and the label must cover each other (see [`lexical_fit`]). An outcome without such
/// a candidate gets the best-ranked skill as a guess at [`GUESS_CONFIDENCE`] (shown as such),
/// or stays `unresolved`. The original text is always
/// kept.
pub fn resolve_credential(
    catalog: &Catalog,
    extractor: &Extractor,
    c: &mut Credential,
    memo: &OutcomeMemo,
) -> Resolution {
    let weak = c.source.starts_with("udemy");
    if c.occupations.is_empty() {
        c.title_occupations = title_occupations(catalog, &c.title);
    }
    let labels = LabelIndex::of(catalog, extractor);
    let mut r = Resolution::default();
    for o in &mut c.outcomes {
        r.outcomes += 1;
        if let Some(id) = o.skill_id.clone() {
            if let Some(e) = extractor.skill(&id) {
                o.skill_label = Some(e.label.clone());
                o.method = MatchMethod::Given;
                o.confidence = 1.0;
                r.resolved += 1;
                continue;
            }
            // An id the index does not know: keep it as a reference and try the text.
            o.skill_ref.get_or_insert(id);
            o.skill_id = None;
        }
        let text = o.text.trim();
        let found = memo.get_or_insert(text, || {
            let mut top = None;
            let found = if text.is_empty() {
                None
            } else {
                resolve_text(catalog, extractor, labels.as_deref(), text, &mut top)
            };
            found.or_else(|| match top {
                Some(h) => guess(extractor, &h),
                None => fallback(catalog, extractor, text),
            })
        });
        let Some((idx, conf, method)) = found else {
            o.method = MatchMethod::Unresolved;
            o.confidence = 0.0;
            r.unresolved += 1;
            continue;
        };
        let e = &extractor.skills()[idx as usize];
        o.skill_id = Some(e.id.clone());
        o.skill_label = Some(e.label.clone());
        o.confidence = if weak {
            conf * WEAK_SOURCE_FACTOR
        } else {
            conf
        };
        o.method = method;
        r.resolved += 1;
    }
    r
}

/// The skill (position in the extractor), confidence and method of one outcome text. When it
/// ranks skills, the best-ranked one is left in `top` (what [`fallback`] would rank first).
fn resolve_text(
    catalog: &Catalog,
    extractor: &Extractor,
    labels: Option<&LabelIndex>,
    text: &str,
    top: &mut Option<Hit>,
) -> Option<(u32, f32, MatchMethod)> {
    let words = text.split_whitespace().count();
    if let Some((i, conf)) = labels.and_then(|l| l.exact(text)) {
        let method = if conf < EXACT_BASE_LABEL_CONFIDENCE {
            MatchMethod::Alias
        } else {
            MatchMethod::Exact
        };
        return Some((i, conf, method));
    }
    let outcome = OutcomeWords::new(text);
    if outcome.roots.is_empty() {
        return None;
    }
    let fit = |i: u32| -> Option<f32> {
        match labels {
            Some(l) => l.fit(i, &outcome),
            // Without the label index (the skills could not be read): the preferred label.
            None => {
                let e = &extractor.skills()[i as usize];
                lexical_fit(&outcome, &LabelRoots::new(&e.label, false))
            }
        }
    };
    // Candidates in order of preference: verbatim mentions covering most of a short outcome,
    // then ranked skills, then the fuzzy label search; the best lexical fit wins, the earlier
    // candidate on ties.
    let mut best: Option<(f32, u32, f32, MatchMethod)> = None;
    let consider = |best: &mut Option<(f32, u32, f32, MatchMethod)>, i, conf, method| {
        if let Some(q) = fit(i) {
            if best.is_none_or(|(bq, ..)| q > bq) {
                *best = Some((q, i, conf, method));
            }
        }
    };
    if words <= 8 {
        let mut verbatim: Vec<_> = extractor
            .extract_all(text)
            .into_iter()
            .filter(|m| (m.end - m.start) * 10 >= text.len() * 7)
            .collect();
        verbatim.sort_by(|a, b| {
            b.confidence
                .total_cmp(&a.confidence)
                .then_with(|| a.skill_id.cmp(&b.skill_id))
        });
        for m in verbatim {
            if let Some(i) = extractor.index_of(&m.skill_id) {
                consider(&mut best, i, m.confidence, m.method);
            }
        }
    }
    let opts = SearchOptions {
        limit: Some(RANK_POOL),
        taxonomy: None,
        kind: None,
    };
    let ranked = catalog.rank_skills(text, &opts).unwrap_or_default();
    for h in &ranked {
        if let Some(i) = extractor.index_of(&h.id) {
            consider(&mut best, i, RANKED_CONFIDENCE, MatchMethod::Ranked);
        }
    }
    *top = ranked.into_iter().next();
    if best.is_none_or(|(q, ..)| q < 1.0) {
        for h in catalog.search_skills(text, &opts).unwrap_or_default() {
            if let Some(i) = extractor.index_of(&h.id) {
                consider(&mut best, i, RANKED_CONFIDENCE, MatchMethod::Ranked);
            }
        }
    }
    let (q, i, conf, method) = best?;
    // A partial fit lowers the confidence in proportion.
    Some((i, conf * (0.6 + 0.4 * q), method))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit(outcome: &str, label: &str, leading_verb: bool) -> Option<f32> {
        lexical_fit(
            &OutcomeWords::new(outcome),
            &LabelRoots::new(label, leading_verb),
        )
    }

    #[test]
    fn exact_keys_ignore_case_spacing_plurals_and_spelling() {
        assert_eq!(label_key("Cybersecurity"), label_key("cyber security"));
        assert_eq!(label_key("Data-Bases"), label_key("databases"));
        assert_eq!(label_key("Databases"), label_key("database"));
        assert_eq!(
            label_key("Data Visualization"),
            label_key("data visualisation")
        );
        assert_eq!(
            label_key("Organizational Structure"),
            label_key("organisational structure")
        );
        assert_eq!(
            label_key("Probability & Statistics"),
            "probabilitystatistics"
        );
        // A plural with a sense of its own stays apart.
        assert_ne!(label_key("Security"), label_key("securities"));
    }

    #[test]
    fn roots_meet_inflections_not_derivations() {
        assert_eq!(word_root("making"), word_root("make"));
        assert_eq!(word_root("management"), word_root("manage"));
        assert_eq!(word_root("modelling"), word_root("model"));
        assert_eq!(word_root("collection"), word_root("collect"));
        assert_eq!(word_root("analysis"), word_root("analyse"));
        assert_ne!(word_root("marketing"), word_root("market"));
        assert_ne!(word_root("production"), word_root("product"));
        assert_ne!(word_root("hardening"), word_root("hard"));
    }

    #[test]
    fn labels_must_cover_the_head_and_not_narrow_the_outcome() {
        // Good fits.
        assert_eq!(fit("Decision Making", "make decisions", true), Some(1.0));
        assert_eq!(fit("Big Data", "analyse big data", true), Some(1.0));
        assert_eq!(fit("Debugging", "Debugging software", false), Some(1.0));
        assert_eq!(fit("R Programming", "R", false), Some(1.0));
        assert!(fit("Applied Machine Learning", "machine learning", false).is_some());
        assert!(fit("General Statistics", "statistics", false).is_some_and(|q| q < 1.0));
        assert!(fit("HTML and CSS", "CSS", false).is_some());
        // The head word is missing or only shares a stem.
        assert_eq!(fit("Threat Modeling", "environmental threats", false), None);
        assert_eq!(fit("Network Security", "securities", false), None);
        assert_eq!(
            fit("Leadership and Management", "leadership in nursing", false),
            None
        );
        assert_eq!(fit("Forecasting", "forecast workload", true), None);
        // Siblings and narrower labels.
        assert_eq!(
            fit("Regression Analysis", "landscape analysis", false),
            None
        );
        assert_eq!(fit("Data Structures", "demolish structures", true), None);
        assert_eq!(fit("Innovation", "innovation in nursing", false), None);
        assert_eq!(fit("Unit Testing", "test electronic units", true), None);
        assert_eq!(fit("Hardening", "harden soap", true), None);
        assert_eq!(fit("Graph Theory", "psychological theories", false), None);
        assert_eq!(fit("Data Ethics", "ethics", false), None);
        assert_eq!(fit("Business Metrics", "software metrics", false), None);
        // A one-word outcome does not take a leading verb as a free extra.
        assert_eq!(fit("Structures", "demolish structures", true), None);
    }
}
