//! `wodc-fuzz-stable`: a mutation fuzzer for wodc that needs neither nightly nor
//! libFuzzer, for CI's bounded run and for campaigns of hours (see `fuzz/README.md`).
//!
//! Each input, made from the seeds by a few mutations, goes through everything the
//! command line does with a file (check, every `--format`, every `--to` target) on a
//! worker thread, under `catch_unwind` and a watchdog. Panicking and slow inputs are
//! written to the artifact directory, smallest first; the exit status is 1 if there was
//! any.

mod campaign;
mod dict;
mod findings;
mod mutate;
mod panics;
mod seeds;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;

use campaign::{Options, Source};
use findings::Findings;
use mutate::{Input, Mutator};

/// Fuzz wodc's check and compile with mutated seeds, or run given inputs once each.
///
/// Without --seconds or --runs, runs until interrupted. Paths default to the checkout
/// this runner was built from.
#[derive(Parser)]
#[command(name = "wodc-fuzz-stable")]
struct Args {
    /// Inputs to run once each instead of fuzzing (an artifact, to reproduce it).
    files: Vec<PathBuf>,
    /// Stop taking inputs after this many seconds.
    #[arg(long, value_name = "S")]
    seconds: Option<u64>,
    /// Stop after this many inputs.
    #[arg(long, value_name = "N")]
    runs: Option<u64>,
    /// The seed that makes the inputs: the same seed, the same inputs (default: random,
    /// printed at the start).
    #[arg(long)]
    seed: Option<u64>,
    /// Worker threads.
    #[arg(long, short, value_name = "J", default_value_t = 1)]
    jobs: usize,
    /// An input taking longer than this many seconds is recorded as slow.
    #[arg(long, value_name = "S", default_value_t = 10)]
    timeout: u64,
    /// An input still running after this many seconds is recorded as hung, and ends the
    /// run (a stuck thread cannot be stopped).
    #[arg(long, value_name = "S", default_value_t = 60)]
    hang: u64,
    /// The longest input made, in bytes: enough for lines past column 65,536.
    #[arg(long, value_name = "BYTES", default_value_t = 128 << 10)]
    max_len: usize,
    /// Memory, in MiB, past which the run ends (the inputs running are recorded); 0
    /// for no limit.
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    rss_limit_mb: u64,
    /// A stage not to run, such as "render human" while a known bug in it is being
    /// fixed; may repeat. The stages: check, render human, render short, render json,
    /// render github, render sarif, plan, compile json, compile md, compile html,
    /// compile ics, fmt, fix, lsp.
    #[arg(long, value_name = "STAGE")]
    skip: Vec<String>,
    /// Seed directories or files [default: examples/, tests/fixtures/,
    /// ../shared/conformance/cases/].
    #[arg(long = "seeds", value_name = "PATH")]
    seeds: Vec<PathBuf>,
    /// The dictionary, in libFuzzer's format [default: fuzz/wod.dict].
    #[arg(long, value_name = "PATH")]
    dict: Option<PathBuf>,
    /// Where panicking and slow inputs, and summary.txt, are written
    /// [default: fuzz/artifacts/stable/].
    #[arg(long, value_name = "DIR")]
    artifacts: Option<PathBuf>,
}

impl Source for Mutator {
    fn input(&self, index: u64) -> Option<Input> {
        Some(Mutator::input(self, index))
    }
}

/// Given files, run once each.
struct Files(Vec<Input>);

impl Files {
    fn read(paths: &[PathBuf]) -> Result<Self, String> {
        let inputs = paths.iter().zip(0..).map(|(path, index)| {
            let bytes = std::fs::read(path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            let origin = path.display().to_string();
            Ok(Input {
                index,
                bytes,
                origin,
            })
        });
        inputs.collect::<Result<_, String>>().map(Self)
    }
}

impl Source for Files {
    fn input(&self, index: u64) -> Option<Input> {
        self.0.get(usize::try_from(index).ok()?).cloned()
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(clean) => ExitCode::from(if clean { 0 } else { 1 }),
        Err(error) => {
            eprintln!("wodc-fuzz-stable: {error}");
            ExitCode::from(2)
        }
    }
}

/// Runs as `args` say; `Ok(true)` if nothing was found.
fn run(args: Args) -> Result<bool, String> {
    let root = checkout()?;
    panics::install_hook(root.join("src"));
    let artifacts = args
        .artifacts
        .clone()
        .unwrap_or_else(|| root.join("fuzz/artifacts/stable"));
    let findings = Findings::new(&artifacts)
        .map_err(|error| format!("cannot make {}: {error}", artifacts.display()))?;
    let mut options = options(&args)?;
    let source: Arc<dyn Source> = if args.files.is_empty() {
        Arc::new(mutator(args, &root, options.jobs)?)
    } else {
        options.runs = Some(args.files.len() as u64);
        Arc::new(Files::read(&args.files)?)
    };
    let findings = Arc::new(findings);
    let totals = campaign::run(source, Arc::clone(&findings), &options);
    report(&totals);
    let (distinct, inputs) = findings.totals();
    if distinct == 0 {
        println!("no panics, no slow inputs");
        return Ok(true);
    }
    println!(
        "{distinct} findings ({} inputs), in {}:\n{}",
        campaign::grouped(inputs),
        artifacts.join("summary.txt").display(),
        findings.summary()
    );
    Ok(false)
}

fn options(args: &Args) -> Result<Options, String> {
    let skip = args
        .skip
        .iter()
        .map(|name| {
            wodc_fuzz_harness::stages()
                .find(|stage| stage == name)
                .ok_or_else(|| format!("no stage {name:?}; see --help"))
        })
        .collect::<Result<_, _>>()?;
    Ok(Options {
        runs: args.runs,
        time: args.seconds.map(Duration::from_secs),
        jobs: args.jobs.max(1),
        slow: Duration::from_secs(args.timeout),
        hang: Duration::from_secs(args.hang.max(args.timeout)),
        memory: (args.rss_limit_mb > 0).then_some(args.rss_limit_mb << 20),
        skip,
    })
}

/// The mutator over the seeds and the dictionary `args` name (or the defaults).
fn mutator(args: Args, root: &Path, jobs: usize) -> Result<Mutator, String> {
    let seed = args.seed.unwrap_or_else(|| fastrand::u64(..));
    let roots = if args.seeds.is_empty() {
        default_seeds(root)
    } else {
        args.seeds
    };
    let seeds = seeds::load(&roots, root)?;
    if seeds.is_empty() {
        return Err("no seed files".to_owned());
    }
    let dict = dict::load(&args.dict.unwrap_or_else(|| root.join("fuzz/wod.dict")))?;
    println!(
        "seed {seed}: {} seed files, {} dictionary entries, {jobs} job(s)",
        seeds.len(),
        dict.len(),
    );
    Ok(Mutator::new(seeds, dict, seed, args.max_len))
}

/// The totals: inputs, rate, the share of time of each stage, and why the run stopped
/// early if it did.
fn report(totals: &campaign::Totals) {
    println!(
        "{} inputs in {:.1} s ({}/s)",
        campaign::grouped(totals.runs),
        totals.elapsed.as_secs_f64(),
        campaign::grouped(campaign::rate(totals.runs, totals.elapsed)),
    );
    let busy: Duration = totals.stages.iter().map(|&(_, time)| time).sum();
    let shares: Vec<String> = totals
        .stages
        .iter()
        .map(|&(stage, time)| {
            let share = 100.0 * time.as_secs_f64() / busy.as_secs_f64().max(1e-9);
            format!("{stage} {share:.0}%")
        })
        .collect();
    println!("time by stage: {}", shares.join(", "));
    if let Some(why) = &totals.stopped {
        println!("stopped early: {why}");
    }
}

/// The checkout this runner was built from: `fuzz/stable/../..`.
fn checkout() -> Result<PathBuf, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize()
        .map_err(|error| format!("cannot find the checkout at {}: {error}", root.display()))
}

/// Every example, every test fixture, and the shared conformance cases beside the
/// checkout (read where they are, never copied in).
fn default_seeds(root: &Path) -> Vec<PathBuf> {
    vec![
        root.join("examples"),
        root.join("tests/fixtures"),
        root.join("../shared/conformance/cases"),
    ]
}
