//! The `skillgap` command line: a thin layer over the library crates.

mod matching;
mod table;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use skillgap_core::{
    index_exists, Catalog, Hit, IngestReport, Manifest, SearchOptions, SkillKind, Taxonomy,
};
use skillgap_ingest::credentials::CredentialFormat;
use skillgap_ingest::pipeline::{self, IngestConfig, Progress};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use table::TextTable;

/// Exit code of an ingest that published an index but rejected some rows or files.
const EXIT_PARTIAL: u8 = 3;

/// skillgap: which microcredentials close a skills gap, with labour-market evidence.
///
/// Data: O*NET (CC BY 4.0, USDOL/ETA) and ESCO (European Commission). Run `skillgap about`.
#[derive(Parser)]
#[command(name = "skillgap", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Global {
    /// Index directory (built by `skillgap ingest`).
    #[arg(long, global = true, env = "SKILLGAP_INDEX", default_value = "index")]
    index: PathBuf,
    /// Print JSON instead of tables.
    #[arg(long, global = true, env = "SKILLGAP_JSON")]
    json: bool,
    /// Log filter (e.g. `info`, `skillgap_ingest=debug`); logs go to stderr.
    #[arg(long, global = true, env = "SKILLGAP_LOG", default_value = "warn")]
    log: String,
}

#[derive(Subcommand)]
enum Command {
    /// Build the index from O*NET, ESCO and crosswalk files.
    Ingest(IngestArgs),
    /// Search occupations (O*NET-SOC and ESCO) by title, alternative title or description.
    Occupations(SearchArgs),
    /// Search skills, knowledge and technologies by label.
    Skills(SkillSearchArgs),
    /// Show one occupation: requirements with importance and level, hot technologies,
    /// related occupations and crosswalk links.
    Occupation(OccupationArgs),
    /// Show one skill.
    Skill(IdArgs),
    /// Search job postings.
    Postings(PostingSearchArgs),
    /// Show one job posting with its extracted skills and occupations.
    Posting(IdArgs),
    /// Demand from postings: top skills of an occupation, or occupations asking for a skill.
    Demand(DemandArgs),
    /// Search credentials, or `credentials validate FILE` to check a provider's file.
    #[command(args_conflicts_with_subcommands = true)]
    Credentials(CredentialsArgs),
    /// Show one credential with its mapped outcomes, confidence and source.
    Credential(IdArgs),
    /// Find skills in free text: verbatim label/alias matches with spans, and with `--rank`
    /// the skills ranked for each sentence (catches paraphrases).
    Extract(ExtractArgs),
    /// Measure quality on a gold file.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// The weighted skills gap between a target (occupation, goal or job ads) and a profile.
    Gap(matching::GapArgs),
    /// The gap, the credentials that close most of it, and a pathway within your budget.
    Recommend(matching::RecommendArgs),
    /// A budget-constrained pathway (ordered credentials) with the coverage-vs-hours trade-off.
    Path(matching::RecommendArgs),
    /// Occupations closest to your skills, or nearest to a current occupation.
    Nearby(matching::NearbyArgs),
    /// Curriculum designer's report: demand for a credential's outcomes, occupations served,
    /// skills to consider adding, competitors.
    Relevance(matching::RelevanceArgs),
    /// Employer's report for a team CSV and a target role.
    Team(matching::TeamArgs),
    /// Show what the index holds: version, counts, the last ingest's report.
    Info,
    /// Data sources and the attributions their licences require.
    About,
    /// Serve the HTTP API (`/v1`, `/v1/openapi.json`, `/healthz`, `/readyz`, `/metrics`) on
    /// the index, reloading it when `skillgap ingest` publishes a new one (or on SIGHUP).
    Serve(ServeArgs),
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on (port 0 picks a free port; the bound address is printed).
    #[arg(long, env = "SKILLGAP_ADDR", default_value = "127.0.0.1:8080")]
    addr: String,
    /// Requests processed at once; more are refused with 503 and Retry-After.
    #[arg(long, env = "SKILLGAP_MAX_CONCURRENCY", default_value_t = skillgap_server::Limits::default().concurrency)]
    max_concurrency: usize,
    /// Seconds allowed per request (503 `timeout` beyond).
    #[arg(long, env = "SKILLGAP_TIMEOUT", default_value_t = skillgap_server::Limits::default().timeout.as_secs_f64())]
    timeout: f64,
}

#[derive(Args)]
struct IngestArgs {
    /// A data directory laid out like data/sample: DIR/onet, DIR/esco, DIR/crosswalks.
    #[arg(long, env = "SKILLGAP_DATA")]
    data: Option<PathBuf>,
    /// O*NET text release directory (overrides DIR/onet).
    #[arg(long)]
    onet: Option<PathBuf>,
    /// ESCO CSV directory (overrides DIR/esco).
    #[arg(long)]
    esco: Option<PathBuf>,
    /// ESCO ↔ O*NET crosswalk CSV (Nesta layout); O*NET/SOC/ISCO tables are read from a
    /// `derived/` directory beside it.
    #[arg(long)]
    crosswalk: Option<PathBuf>,
    /// tantivy indexing threads (default: cores, at most 2; 1 when extracting).
    #[arg(long, env = "SKILLGAP_THREADS")]
    threads: Option<usize>,
    /// Job postings: a file or directory (repeatable; adds to DIR/postings).
    #[arg(long)]
    postings: Vec<PathBuf>,
    /// A posting mapping (JSON, see data/mappings/README.md) applied to every posting file.
    #[arg(long)]
    postings_mapping: Option<PathBuf>,
    /// Credentials: a file or directory (repeatable; adds to DIR/credentials).
    #[arg(long)]
    credentials: Vec<PathBuf>,
    /// Credential format instead of detection: native-csv, native-json, coursera, edx, udemy,
    /// open-badges, ctdl.
    #[arg(long, value_parser = parse_credential_format)]
    format: Option<CredentialFormat>,
    /// Add --postings and --credentials to the existing index instead of rebuilding it: old
    /// postings are not re-read, duplicates (same id, or same title, employer and text) are
    /// counted once, a credential with a known id replaces the old one, and the demand
    /// statistics equal a full rebuild's.
    #[arg(long, conflicts_with_all = ["data", "onet", "esco", "crosswalk"])]
    append: bool,
}

#[derive(Args)]
struct PostingSearchArgs {
    /// What to look for.
    query: String,
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Args)]
struct DemandArgs {
    /// Occupation (O*NET-SOC code, ESCO code or URI): its most demanded skills.
    #[arg(long, conflicts_with = "skill", required_unless_present = "skill")]
    occupation: Option<String>,
    /// Skill id: the occupations asking for it.
    #[arg(long)]
    skill: Option<String>,
    /// Rows to show.
    #[arg(long, short = 'n', default_value_t = 20)]
    limit: usize,
    /// List the ids of up to N postings behind each figure.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "5")]
    evidence: Option<usize>,
}

#[derive(Args)]
struct CredentialsArgs {
    #[command(subcommand)]
    command: Option<CredentialsCommand>,
    /// What to look for.
    query: Option<String>,
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Subcommand)]
enum CredentialsCommand {
    /// Check a provider's file without ingesting it: every problem with line and field.
    Validate {
        file: PathBuf,
        /// Format instead of detection.
        #[arg(long, value_parser = parse_credential_format)]
        format: Option<CredentialFormat>,
    },
}

fn parse_credential_format(s: &str) -> Result<CredentialFormat, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        format!(
            "expected native-csv, native-json, coursera, edx, udemy, open-badges or ctdl, found `{s}`"
        )
    })
}

#[derive(Args)]
struct SearchArgs {
    /// What to look for, e.g. "data analyst".
    query: String,
    /// Only this taxonomy: onet or esco.
    #[arg(long, value_parser = parse_taxonomy)]
    taxonomy: Option<Taxonomy>,
    /// Number of results.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
}

#[derive(Args)]
struct SkillSearchArgs {
    #[command(flatten)]
    search: SearchArgs,
    /// Only this kind: skill, knowledge, technology, transversal, language.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<SkillKind>,
}

#[derive(Args)]
struct OccupationArgs {
    /// O*NET-SOC code (15-1252.00), ESCO code (2512.4) or ESCO URI.
    id: String,
    /// How many requirements to list.
    #[arg(long, default_value_t = 20)]
    top: usize,
}

#[derive(Args)]
struct ExtractArgs {
    /// The text (or use --file).
    #[arg(required_unless_present = "file")]
    text: Option<String>,
    /// Read the text from a file (`-` for standard input).
    #[arg(long, short = 'f', conflicts_with = "text")]
    file: Option<PathBuf>,
    /// Also rank skills for each sentence (BM25 + label coverage), top N per sentence.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "5")]
    rank: Option<usize>,
    /// Only this taxonomy: onet or esco.
    #[arg(long, value_parser = parse_taxonomy)]
    taxonomy: Option<Taxonomy>,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Rank ESCO skills for each gold sentence; prints queries, rp@1, rp@5, rp@10, mrr, per second.
    Skills {
        /// CSV with `sentence,span,sub_span,label` or `sentence,label`.
        #[arg(long)]
        gold: PathBuf,
    },
    /// Normalise vacancy titles to ESCO occupations; prints queries, acc@1, acc@5, mrr, per second.
    Titles {
        /// CSV with columns `vacancyTitle,conceptUri`.
        #[arg(long)]
        gold: PathBuf,
    },
}

#[derive(Args)]
struct IdArgs {
    /// The id (O*NET element id, tech:… id or ESCO URI).
    id: String,
}

fn parse_taxonomy(s: &str) -> Result<Taxonomy, String> {
    Taxonomy::parse(s).ok_or_else(|| format!("expected `onet` or `esco`, found `{s}`"))
}

fn parse_kind(s: &str) -> Result<SkillKind, String> {
    SkillKind::parse(s).ok_or_else(|| {
        format!("expected skill, knowledge, technology, transversal or language, found `{s}`")
    })
}

fn main() -> ExitCode {
    // Behave like other Unix tools when the reader of our output goes away (`| head`).
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    init_tracing(&cli.global.log);
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn run(cli: Cli) -> Result<ExitCode> {
    let g = cli.global;
    match cli.command {
        Command::Ingest(args) => ingest(&g, args),
        Command::Occupations(args) => {
            let catalog = open_catalog(&g)?;
            let opts = SearchOptions {
                limit: Some(args.limit),
                taxonomy: args.taxonomy,
                kind: None,
            };
            let hits = catalog.search_occupations(&args.query, &opts)?;
            print_hits(&g, &hits, "occupations")
        }
        Command::Skills(args) => {
            let catalog = open_catalog(&g)?;
            let opts = SearchOptions {
                limit: Some(args.search.limit),
                taxonomy: args.search.taxonomy,
                kind: args.kind,
            };
            let hits = catalog.search_skills(&args.search.query, &opts)?;
            print_hits(&g, &hits, "skills")
        }
        Command::Occupation(args) => {
            let catalog = open_catalog(&g)?;
            let detail = skillgap_matcher::occupation_detail(&catalog, &args.id)?;
            if g.json {
                print_json(&detail)?;
            } else {
                print_occupation(&detail, args.top);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Skill(args) => {
            let catalog = open_catalog(&g)?;
            let detail = skillgap_matcher::skill_detail(&catalog, &args.id)?;
            if g.json {
                print_json(&detail)?;
            } else {
                let s = &detail.skill;
                println!("{}  {}  ({} {})", s.id, s.label, s.taxonomy, s.kind);
                if !s.description.is_empty() {
                    println!("\n{}", s.description);
                }
                if !s.alt_labels.is_empty() {
                    println!("\nAlso known as: {}", s.alt_labels.join("; "));
                }
                if !s.broader.is_empty() {
                    println!("Broader: {}", s.broader.join(", "));
                }
                if !s.collections.is_empty() {
                    println!("Collections: {}", s.collections.join(", "));
                }
                if !s.same_as.is_empty() {
                    println!("Same as: {}", s.same_as.join(", "));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(args) => extract(&g, args),
        Command::Postings(args) => {
            let catalog = open_catalog(&g)?;
            let hits = skillgap_matcher::views::search_postings(&catalog, &args.query, args.limit)?;
            if g.json {
                print_json(&hits)?;
            } else if hits.is_empty() {
                println!("No postings found.");
            } else {
                let mut t =
                    TextTable::new(["id", "title", "employer", "date", "occupation", "skills"]);
                for p in hits.iter().map(|h| &h.posting) {
                    t.row([
                        p.id.clone(),
                        p.title.clone(),
                        p.employer.clone().unwrap_or_default(),
                        p.date.clone().unwrap_or_default(),
                        p.occupations
                            .first()
                            .map(|o| o.title.clone())
                            .unwrap_or_default(),
                        p.skills.len().to_string(),
                    ]);
                }
                print!("{}", t.render());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Posting(args) => {
            let catalog = open_catalog(&g)?;
            let p = catalog.posting(&args.id)?;
            if g.json {
                print_json(&p)?;
            } else {
                println!("{}  {}", p.id, p.title);
                for (k, v) in [
                    ("employer", &p.employer),
                    ("location", &p.location),
                    ("date", &p.date),
                    ("salary", &p.salary),
                    ("url", &p.url),
                ] {
                    if let Some(v) = v {
                        println!("{k}: {v}");
                    }
                }
                println!("source: {}", p.source);
                for o in &p.occupations {
                    println!(
                        "occupation: {} {} ({}, {} {:.2})",
                        o.id, o.title, o.taxonomy, o.method, o.score
                    );
                }
                println!("\n{}\n", p.description);
                let mut t = TextTable::new(["span", "text", "skill", "method", "confidence"]);
                for m in &p.skills {
                    t.row([
                        format!("{}..{}", m.start, m.end),
                        m.text.clone(),
                        m.label.clone(),
                        format!("{:?}", m.method).to_lowercase(),
                        format!("{:.2}", m.confidence),
                    ]);
                }
                print!("{}", t.render());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Demand(args) => demand(&g, args),
        Command::Credentials(args) => credentials(&g, args),
        Command::Credential(args) => {
            let catalog = open_catalog(&g)?;
            let c = catalog.credential(&args.id)?;
            if g.json {
                print_json(&c)?;
            } else {
                print_credential(&c);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(cmd) => {
            let catalog = open_catalog(&g)?;
            match cmd {
                EvalCommand::Skills { gold } => {
                    let r = skillgap_matcher::eval::eval_skills(&catalog, &gold)?;
                    if g.json {
                        println!("{}", serde_json::to_string(&r)?);
                    } else {
                        println!(
                            "queries {}  rp@1 {:.3}  rp@5 {:.3}  rp@10 {:.3}  mrr {:.3}  {:.0} sentences/s",
                            r.queries, r.rp1, r.rp5, r.rp10, r.mrr, r.per_second
                        );
                    }
                }
                EvalCommand::Titles { gold } => {
                    let r = skillgap_matcher::eval::eval_titles(&catalog, &gold)?;
                    if g.json {
                        println!("{}", serde_json::to_string(&r)?);
                    } else {
                        println!(
                            "queries {}  acc@1 {:.3}  acc@5 {:.3}  mrr {:.3}  {:.0} titles/s",
                            r.queries, r.acc1, r.acc5, r.mrr, r.per_second
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Gap(a) => matching::gap(&g, a),
        Command::Recommend(a) => matching::recommend(&g, a, false),
        Command::Path(a) => matching::recommend(&g, a, true),
        Command::Nearby(a) => matching::nearby(&g, a),
        Command::Relevance(a) => matching::relevance(&g, a),
        Command::Team(a) => matching::team(&g, a),
        Command::Info => {
            let catalog = open_catalog(&g)?;
            let m = catalog.manifest();
            if g.json {
                print_json(m)?;
            } else {
                println!("index {} ({})", g.index.display(), m.generation);
                println!("built by {} in {:.1} s", m.built_by, m.elapsed_secs);
                for s in &m.sources {
                    println!("source: {s}");
                }
                print_counts(m);
                print_report(&m.report);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::About => {
            print!("{}", skillgap_core::attribution_text());
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => serve(&g, args),
    }
}

fn serve(g: &Global, args: ServeArgs) -> Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let limits = skillgap_server::Limits {
        concurrency: args.max_concurrency.max(1),
        timeout: Duration::from_secs_f64(args.timeout),
    };
    // A long-running server with a pool of worker threads: without a cap glibc gives each
    // thread its own malloc arena, and freed request memory stays spread over all of them.
    #[cfg(all(unix, target_env = "gnu"))]
    // SAFETY: mallopt only tunes the allocator; called before the server's threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
    let catalog = open_catalog(g)?;
    let state = skillgap_server::AppState::with_catalog(&g.index, catalog, limits)
        .with_context(|| format!("loading index {}", g.index.display()))?;
    // Loading decodes every skill and credential once; hand the freed memory back.
    #[cfg(all(unix, target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages.
    unsafe {
        libc::malloc_trim(0);
    }
    skillgap_server::run(&args.addr, state, |addr| {
        println!("listening on http://{addr}");
        let _ = std::io::Write::flush(&mut std::io::stdout());
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Where the bundled sample lives: `SKILLGAP_SAMPLE`, `./data/sample`, or the source tree.
fn sample_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("SKILLGAP_SAMPLE") {
        return Some(PathBuf::from(p));
    }
    let local = PathBuf::from("data/sample");
    if local.is_dir() {
        return Some(local);
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample");
    built.is_dir().then_some(built)
}

/// Where the shipped posting mappings live: `SKILLGAP_MAPPINGS`, `./data/mappings`, or the
/// source tree.
fn mappings_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("SKILLGAP_MAPPINGS") {
        return Some(PathBuf::from(p));
    }
    let local = PathBuf::from("data/mappings");
    if local.is_dir() {
        return Some(local);
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/mappings");
    built.is_dir().then_some(built)
}

/// Opens the index, building it from the bundled sample first when there is none.
fn open_catalog(g: &Global) -> Result<Catalog> {
    if !index_exists(&g.index) {
        let sample = sample_dir().context(
            "no index and no bundled sample found: run `skillgap ingest --data DIR` first",
        )?;
        eprintln!(
            "No index at {}: building it from the bundled sample {} (run `skillgap ingest --data DIR` for real data).",
            g.index.display(),
            sample.display()
        );
        let mut cfg = IngestConfig::from_data_dir(&sample, &g.index)?;
        cfg.mappings_dir = mappings_dir();
        let manifest = run_ingest(&cfg, true)?;
        if manifest.report.is_partial() {
            print_report(&manifest.report);
        }
    }
    Catalog::open(&g.index).with_context(|| format!("opening index {}", g.index.display()))
}

struct Bar(Mutex<Option<ProgressBar>>, bool);

impl Progress for Bar {
    fn stage(&self, name: &str, total: u64) {
        let mut slot = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(b) = slot.take() {
            b.finish_and_clear();
        }
        if self.1 {
            return;
        }
        let bar = if total > 0 && name.starts_with("postings: ") {
            // Position in bytes of the file: postings/s in the message, ETA from the bytes.
            ProgressBar::new(total).with_style(
                ProgressStyle::with_template(
                    "{prefix} [{bar:30}] {percent:>3}% {msg} (ETA {eta}, {elapsed} elapsed)",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            )
        } else if total > 0 {
            ProgressBar::new(total).with_style(
                ProgressStyle::with_template("{msg:24} [{bar:30}] {pos}/{len} ({eta})")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            )
        } else {
            let b = ProgressBar::new_spinner();
            b.enable_steady_tick(Duration::from_millis(120));
            b
        };
        if name.starts_with("postings: ") {
            bar.set_prefix(name.to_owned());
        } else {
            bar.set_message(name.to_owned());
        }
        *slot = Some(bar);
    }
    fn position(&self, pos: u64, msg: &str) {
        if let Some(b) = self.0.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            b.set_position(pos);
            b.set_message(msg.to_owned());
        }
    }
    fn advance(&self, n: u64) {
        if let Some(b) = self.0.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            b.inc(n);
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(b) = self.0.lock().unwrap_or_else(|e| e.into_inner()).take() {
            b.finish_and_clear();
        }
    }
}

fn run_ingest(cfg: &IngestConfig, quiet: bool) -> Result<Manifest> {
    let cancel = Arc::new(AtomicBool::new(false));
    let bar = Bar(Mutex::new(None), quiet);
    let manifest = pipeline::run(cfg, &bar, &cancel)?;
    drop(bar);
    Ok(manifest)
}

fn ingest(g: &Global, args: IngestArgs) -> Result<ExitCode> {
    let mut cfg = match &args.data {
        Some(d) => IngestConfig::from_data_dir(d, &g.index)?,
        None => IngestConfig {
            index_dir: g.index.clone(),
            ..Default::default()
        },
    };
    cfg.mappings_dir = mappings_dir();
    if args.onet.is_some() {
        cfg.onet = args.onet;
    }
    if args.esco.is_some() {
        cfg.esco = args.esco;
    }
    if let Some(c) = args.crosswalk {
        let derived = c.parent().map(|p| p.join("derived")).filter(|p| p.is_dir());
        cfg.crosswalk = Some(c);
        if derived.is_some() {
            cfg.crosswalk_tables = derived;
        }
    }
    cfg.threads = args.threads;
    cfg.postings.extend(args.postings);
    cfg.postings_mapping = args.postings_mapping;
    cfg.credentials.extend(args.credentials);
    cfg.credentials_format = args.format;
    cfg.append = args.append;
    let manifest = run_ingest(&cfg, g.json)?;
    if g.json {
        print_json(&manifest)?;
    } else {
        println!(
            "{} {} ({}) in {:.1} s",
            if args.append {
                "Appended to"
            } else {
                "Indexed into"
            },
            g.index.display(),
            manifest.generation,
            manifest.elapsed_secs
        );
        print_counts(&manifest);
        print_report(&manifest.report);
    }
    if manifest.report.is_partial() {
        eprintln!(
            "warning: the run was partial: {} rows rejected{}; see the report above",
            manifest.report.rejected(),
            if manifest.report.files.iter().any(|f| f.fatal.is_some()) {
                " and some files could not be read"
            } else {
                ""
            }
        );
        return Ok(ExitCode::from(EXIT_PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(g: &Global, args: ExtractArgs) -> Result<ExitCode> {
    let text = match (&args.text, &args.file) {
        (Some(t), _) => t.clone(),
        (None, Some(f)) if f.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
            s
        }
        (None, Some(f)) => {
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?
        }
        (None, None) => unreachable!("clap requires text or --file"),
    };
    let catalog = open_catalog(g)?;
    let extractor = catalog.extractor()?;
    let out = skillgap_matcher::views::extract(&catalog, &text, args.rank, args.taxonomy)?;
    if g.json {
        print_json(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if out.mentions.is_empty() {
        println!("No skill labels found verbatim.");
    } else {
        let mut t = TextTable::new([
            "span",
            "text",
            "skill",
            "taxonomy",
            "method",
            "confidence",
            "id",
        ]);
        for m in &out.mentions {
            let (tax, kind) = extractor
                .skill(&m.skill_id)
                .map(|e| (e.taxonomy.to_string(), e.kind.to_string()))
                .unwrap_or_default();
            t.row([
                format!("{}..{}", m.start, m.end),
                m.text.clone(),
                m.label.clone(),
                format!("{tax}/{kind}"),
                format!("{:?}", m.method).to_lowercase(),
                format!("{:.2}", m.confidence),
                m.skill_id.clone(),
            ]);
        }
        print!("{}", t.render());
    }
    for s in out.sentences.iter().flatten() {
        println!("\n[{}..{}] {}", s.start, s.end, s.sentence);
        if s.boilerplate {
            println!("  (boilerplate: skipped)");
            continue;
        }
        for (i, h) in s.skills.iter().enumerate() {
            println!(
                "  {}. {} ({}/{})  score {:.3}  coverage {:.2}  {}",
                i + 1,
                h.title,
                h.taxonomy,
                h.kind.map(|k| k.to_string()).unwrap_or_default(),
                h.score,
                h.similarity,
                h.id
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn demand(g: &Global, args: DemandArgs) -> Result<ExitCode> {
    let catalog = open_catalog(g)?;
    let evidence = args.evidence.unwrap_or(0);
    if let Some(occ) = &args.occupation {
        let r = skillgap_matcher::demand::occupation_demand(&catalog, occ, args.limit, evidence)?;
        if g.json {
            print_json(&r)?;
            return Ok(ExitCode::SUCCESS);
        }
        println!(
            "{} {}: {} of {} postings placed here",
            r.occupation_id, r.title, r.postings, r.all_postings
        );
        if !r.by_month.is_empty() {
            let months: Vec<String> = r
                .by_month
                .iter()
                .map(|(m, n)| format!("{m}: {n}"))
                .collect();
            println!("by month: {}", months.join(", "));
        }
        let mut t = TextTable::new([
            "skill",
            "postings",
            "share",
            "all postings",
            "id",
            "evidence",
        ]);
        for l in &r.skills {
            t.row([
                l.label.clone(),
                l.postings.to_string(),
                format!("{:.1}%", 100.0 * l.share),
                format!("{:.1}%", 100.0 * l.overall_share),
                l.skill_id.clone(),
                l.evidence.join(" "),
            ]);
        }
        print!("{}", t.render());
    } else if let Some(skill) = &args.skill {
        let r = skillgap_matcher::demand::skill_demand(&catalog, skill, args.limit, evidence)?;
        if g.json {
            print_json(&r)?;
            return Ok(ExitCode::SUCCESS);
        }
        println!(
            "{} {}: asked for by {} of {} postings ({:.1}%)",
            r.skill_id,
            r.label,
            r.postings,
            r.all_postings,
            100.0 * r.share
        );
        let mut t = TextTable::new(["occupation", "postings", "of", "share", "id", "evidence"]);
        for l in &r.occupations {
            t.row([
                l.title.clone(),
                l.postings.to_string(),
                l.occupation_postings.to_string(),
                format!("{:.1}%", 100.0 * l.share),
                l.occupation_id.clone(),
                l.evidence.join(" "),
            ]);
        }
        print!("{}", t.render());
    }
    Ok(ExitCode::SUCCESS)
}

fn credentials(g: &Global, args: CredentialsArgs) -> Result<ExitCode> {
    if let Some(CredentialsCommand::Validate { file, format }) = args.command {
        // Unknown skill ids can only be checked against an index; without one they are not.
        let catalog = if index_exists(&g.index) {
            Some(Catalog::open(&g.index)?)
        } else {
            None
        };
        let extractor = match &catalog {
            Some(c) => Some(c.extractor()?),
            None => None,
        };
        let known = |id: &str| extractor.is_none_or(|e| e.index_of(id).is_some());
        let report = skillgap_ingest::credentials::validate_credentials(&file, format, &known);
        if g.json {
            print_json(&report)?;
        } else {
            println!(
                "{}: {} records, {} valid, {} with problems",
                report.path, report.rows, report.loaded, report.rejected
            );
            if let Some(f) = &report.fatal {
                println!("{}: {f}", report.path);
            }
            for p in &report.problems {
                let field = p
                    .field
                    .as_deref()
                    .map(|f| format!(" [{f}]"))
                    .unwrap_or_default();
                println!("{}:{}{field}: {}", report.path, p.line, p.message);
            }
        }
        return Ok(if report.is_partial() || report.rows == 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    let Some(query) = args.query else {
        anyhow::bail!("give a query (`skillgap credentials \"data analysis\"`) or `validate FILE`");
    };
    let catalog = open_catalog(g)?;
    let hits = skillgap_matcher::views::search_credentials(&catalog, &query, args.limit)?;
    if g.json {
        print_json(&hits)?;
    } else if hits.is_empty() {
        println!("No credentials found.");
    } else {
        let mut t = TextTable::new([
            "id", "title", "provider", "type", "hours", "cost", "outcomes",
        ]);
        for c in hits.iter().map(|h| &h.credential) {
            t.row([
                c.id.clone(),
                c.title.clone(),
                c.provider.clone().unwrap_or_default(),
                format!("{:?}", c.kind).to_lowercase(),
                c.hours.map(|h| format!("{h:.0}")).unwrap_or_default(),
                c.cost
                    .map(|x| format!("{x:.0} {}", c.currency.as_deref().unwrap_or("")))
                    .unwrap_or_default(),
                c.outcomes.len().to_string(),
            ]);
        }
        print!("{}", t.render());
    }
    Ok(ExitCode::SUCCESS)
}

fn print_credential(c: &skillgap_core::Credential) {
    println!("{}  {}", c.id, c.title);
    let kind = format!("{:?}", c.kind).to_lowercase();
    println!("type: {kind}");
    if let Some(p) = &c.provider {
        println!("provider: {p}");
    }
    if let Some(u) = &c.url {
        println!("url: {u}");
    }
    if let Some(h) = c.hours {
        println!(
            "hours: {h:.1}{}",
            c.hours_rule
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        );
    }
    if let Some(x) = c.cost {
        println!("cost: {x:.2} {}", c.currency.as_deref().unwrap_or(""));
    }
    for (k, v) in [
        ("mode", c.mode.map(|m| format!("{m:?}"))),
        ("pace", c.pace.map(|m| format!("{m:?}"))),
        ("assessment", c.assessment.map(|m| format!("{m:?}"))),
        ("credit-bearing", c.credit_bearing.map(|b| b.to_string())),
        ("credits", c.credits.map(|b| b.to_string())),
        ("language", c.language.clone()),
    ] {
        if let Some(v) = v {
            println!("{k}: {v}");
        }
    }
    if !c.occupations.is_empty() {
        println!("occupations: {}", c.occupations.join(", "));
    }
    if !c.stackable_into.is_empty() {
        println!("stacks into: {}", c.stackable_into.join(", "));
    }
    if !c.prerequisites.is_empty() {
        println!("prerequisites: {}", c.prerequisites.join(", "));
    }
    println!("source: {}", c.source);
    if !c.description.is_empty() {
        println!("\n{}", c.description);
    }
    println!();
    let mut t = TextTable::new([
        "outcome",
        "skill",
        "method",
        "confidence",
        "level",
        "assessed",
    ]);
    for o in &c.outcomes {
        t.row([
            o.text.clone(),
            o.skill_label
                .clone()
                .unwrap_or_else(|| "(unresolved)".into()),
            format!("{:?}", o.method).to_lowercase(),
            format!("{:.2}", o.confidence),
            o.level.map(|l| format!("{l:.2}")).unwrap_or_default(),
            if o.assessed { "yes" } else { "" }.into(),
        ]);
    }
    print!("{}", t.render());
}

fn print_counts(m: &Manifest) {
    let mut t = TextTable::new(["entity", "count"]);
    for (k, v) in &m.counts {
        t.row([k.clone(), v.to_string()]);
    }
    print!("{}", t.render());
}

fn print_report(r: &IngestReport) {
    let mut t = TextTable::new(["file", "rows", "loaded", "skipped", "rejected"]);
    for f in &r.files {
        t.row([
            f.path.clone(),
            f.rows.to_string(),
            f.loaded.to_string(),
            f.skipped.to_string(),
            if f.fatal.is_some() {
                "FAILED".to_string()
            } else {
                f.rejected.to_string()
            },
        ]);
    }
    if !t.is_empty() {
        println!();
        print!("{}", t.render());
    }
    for f in &r.files {
        if let Some(msg) = &f.fatal {
            eprintln!("{}: {msg}", f.path);
        }
        for (reason, n) in &f.skipped_reasons {
            println!("{}: skipped {n} rows: {reason}", f.path);
        }
        for p in &f.problems {
            let field = p
                .field
                .as_deref()
                .map(|f| format!(" [{f}]"))
                .unwrap_or_default();
            eprintln!("{}:{}{field}: {}", f.path, p.line, p.message);
        }
        if f.rejected as usize > f.problems.len() {
            eprintln!(
                "{}: … and {} more rejected rows",
                f.path,
                f.rejected as usize - f.problems.len()
            );
        }
    }
    for w in &r.warnings {
        eprintln!("warning: {w}");
    }
}

fn print_json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    let s = serde_json::to_string_pretty(v)?;
    println!("{s}");
    Ok(())
}

fn print_hits(g: &Global, hits: &[Hit], what: &str) -> Result<ExitCode> {
    if g.json {
        print_json(hits)?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        println!("No {what} found.");
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = TextTable::new(["#", "id", "taxonomy", "title", "matched", "score"]);
    for (i, h) in hits.iter().enumerate() {
        let tax = match h.kind {
            Some(k) => format!("{}/{}", h.taxonomy, k),
            None => h.taxonomy.to_string(),
        };
        let matched = if h.matched == h.title {
            String::new()
        } else {
            h.matched.clone()
        };
        t.row([
            (i + 1).to_string(),
            h.id.clone(),
            tax,
            h.title.clone(),
            matched,
            format!("{:.3}", h.score),
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

fn print_occupation(d: &skillgap_matcher::OccupationDetail, top: usize) {
    let o = &d.occupation;
    let mut head = format!("{}  {}  ({}", o.id, o.title, o.taxonomy);
    if o.code != o.id {
        head.push_str(&format!(", code {}", o.code));
    }
    if let Some(z) = o.job_zone {
        head.push_str(&format!(", job zone {z}"));
    }
    if let Some(i) = &o.isco_group {
        head.push_str(&format!(", ISCO {i}"));
    }
    head.push(')');
    println!("{head}");
    if !o.description.is_empty() {
        println!("\n{}", o.description);
    }
    if !o.alt_titles.is_empty() {
        let n = o.alt_titles.len();
        let shown: Vec<&str> = o.alt_titles.iter().take(12).map(String::as_str).collect();
        let more = if n > 12 {
            format!(" … (+{} more)", n - 12)
        } else {
            String::new()
        };
        println!("\nAlso known as: {}{more}", shown.join("; "));
    }
    let rated = skillgap_matcher::rated_requirements(o);
    let tech: Vec<_> = o
        .requirements
        .iter()
        .filter(|r| r.kind == SkillKind::Technology)
        .collect();
    if !rated.is_empty() {
        let inferred = rated.iter().find(|r| !r.inferred_from.is_empty());
        println!(
            "\nTop requirements ({} of {}; importance and level 0..1, raw O*NET value in brackets):",
            rated.len().min(top),
            rated.len()
        );
        let mut t = TextTable::new(["skill", "kind", "importance", "level", "essential", "id"]);
        let f = |v: Option<f32>, raw: Option<f32>| match (v, raw) {
            (Some(v), Some(r)) => format!("{v:.2} ({r:.2})"),
            (Some(v), None) => format!("{v:.2}"),
            _ => String::new(),
        };
        for r in rated.iter().take(top) {
            t.row([
                r.skill_label.clone(),
                r.kind.to_string(),
                f(r.importance, r.raw_importance),
                f(r.level, r.raw_level),
                if r.essential { "yes" } else { "" }.to_string(),
                r.skill_id.clone(),
            ]);
        }
        print!("{}", t.render());
        if let Some(r) = inferred {
            println!(
                "Note: the O*NET release does not rate this occupation; these ratings are averaged from {}.",
                r.inferred_from.join(", ")
            );
        }
    }
    if !tech.is_empty() {
        let n_hot = d.hot_technologies.len();
        let shown: Vec<&str> = d
            .hot_technologies
            .iter()
            .take(30)
            .map(String::as_str)
            .collect();
        println!(
            "\nTechnologies: {} listed, {} hot{}",
            tech.len(),
            n_hot,
            if n_hot > 0 { ":" } else { "" }
        );
        if n_hot > 0 {
            let more = if n_hot > 30 {
                format!(" … (+{} more; --json lists all)", n_hot - 30)
            } else {
                String::new()
            };
            println!("Hot technologies: {}{more}", shown.join(", "));
        }
    }
    if !d.related_titles.is_empty() {
        println!("\nRelated occupations:");
        let mut t = TextTable::new(["id", "title", "tier"]);
        for r in &d.related_titles {
            t.row([r.id.clone(), r.title.clone(), r.tier.clone()]);
        }
        print!("{}", t.render());
    }
    let groups = skillgap_matcher::detail::crosswalk_by_scheme(o);
    if !groups.is_empty() {
        println!("\nCrosswalk:");
        let mut t = TextTable::new(["scheme", "code", "title", "confidence", "source"]);
        for (_, links) in groups {
            for l in links {
                t.row([
                    l.scheme.clone(),
                    l.code.clone(),
                    l.title.clone(),
                    l.confidence.map(|c| format!("{c:.2}")).unwrap_or_default()
                        + if l.partial { " (partial)" } else { "" },
                    l.source.clone(),
                ]);
            }
        }
        print!("{}", t.render());
    }
}
