//! Whatever the bytes, `wodc::check` answers with diagnostics: no panic, no hang, and
//! positions that lie inside the file.
//!
//! The inputs are every `.wod` file of `examples/`, of the shared conformance cases and
//! of `tests/fixtures/meaning`, cut at every character boundary (each prefix is a file
//! being typed), and a few thousand seeded random mutations of them. Each is checked in
//! process; a sample of them also goes through the real binary.
//!
//! Imports go through an in-memory loader that holds the seed files and nothing else:
//! no disk is read while checking, and every other path is `NotFound`. (Answering
//! `NotFound` for the seed files too would make every exercise of
//! `examples/lib/custom-exercises.wod` unknown in the examples that import it, and the
//! "did you mean" search for each unknown name, about 15 ms in a debug build, would take
//! four fifths of the run: over 5 minutes on 2 cores instead of about one.)

mod support;

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use wodc::diagnostic::{Diagnostic, Severity};
use wodc::levels::Levels;
use wodc::render::{self, Position};
use wodc::resolve::{FileKey, LoadError, Loaded, Loader};
use wodc::source::SourceMap;
use wodc::span::FileId;

use support::corpus::{self, Mutation, Seed, manifest_dir, prefix_lengths, wod_files};

/// How many random mutations, and the seed that makes them the same on every run.
const MUTATIONS: usize = 3000;
const SEED: u64 = 0x00C0_FFEE_5EED;
/// How many inputs also go through the binary.
const BINARY_SAMPLE: usize = 300;
/// The hang guard. Each check must finish within `SLOW` (a debug build checks any of
/// these inputs in milliseconds, so a second means something went quadratic or worse);
/// one still running after `HUNG` is taken for an endless loop: the watchdog prints it
/// and ends the test process, since a stuck thread cannot be stopped.
const SLOW: Duration = Duration::from_secs(1);
const HUNG: Duration = Duration::from_secs(20);

/// Serves the seed files from memory, by their path relative to the crate; any other
/// path is missing.
struct SeedLoader<'a> {
    seeds: &'a [Seed],
}

impl Loader for SeedLoader<'_> {
    fn load(&self, path: &Path, _: u64) -> Result<Loaded, LoadError> {
        self.seeds
            .iter()
            .find(|seed| Path::new(&seed.origin) == path)
            .map(|seed| Loaded {
                key: FileKey::of_name(path),
                bytes: seed.bytes.clone(),
            })
            .ok_or(LoadError::NotFound)
    }
}

/// One input: a prefix of a seed, or a mutation.
#[derive(Clone, Copy)]
enum Job {
    Prefix { seed: usize, len: usize },
    Mutation(usize),
}

struct Inputs {
    seeds: Vec<Seed>,
    mutations: Vec<Mutation>,
    jobs: Vec<Job>,
}

impl Inputs {
    /// The seed an input comes from.
    fn seed(&self, job: Job) -> &Seed {
        match job {
            Job::Prefix { seed, .. } => &self.seeds[seed],
            Job::Mutation(i) => &self.seeds[self.mutations[i].seed],
        }
    }

    fn bytes(&self, job: Job) -> &[u8] {
        match job {
            Job::Prefix { seed, len } => &self.seeds[seed].bytes[..len],
            Job::Mutation(i) => &self.mutations[i].bytes,
        }
    }

    fn origin(&self, job: Job) -> String {
        match job {
            Job::Prefix { seed, len } => {
                format!("{}, first {len} bytes", self.seeds[seed].origin)
            }
            Job::Mutation(i) => format!(
                "{}, mutated: {}",
                self.seed(job).origin,
                self.mutations[i].steps
            ),
        }
    }
}

fn inputs() -> Inputs {
    let seeds = corpus::seeds();
    let mutations = corpus::mutations(&seeds, MUTATIONS, SEED);
    let mut jobs = Vec::new();
    for (i, seed) in seeds.iter().enumerate() {
        jobs.extend(
            prefix_lengths(&seed.bytes)
                .into_iter()
                .map(|len| Job::Prefix { seed: i, len }),
        );
    }
    jobs.extend((0..mutations.len()).map(Job::Mutation));
    Inputs {
        seeds,
        mutations,
        jobs,
    }
}

thread_local! {
    /// Set in the checking threads: their panics are recorded, not printed.
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    static QUIET: RefCell<bool> = const { RefCell::new(false) };
}

/// Checks one input; `Err` says what went wrong.
fn check(seeds: &[Seed], name: &str, bytes: &[u8], human: bool) -> Result<(), String> {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| properties(seeds, name, bytes, human)));
    match outcome {
        Ok(result) => result,
        Err(_) => Err(format!(
            "panicked: {}",
            PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default()
        )),
    }
}

/// The properties every answer has.
/// `name` is the seed's path, which imports are relative to.
fn properties(seeds: &[Seed], name: &str, bytes: &[u8], human: bool) -> Result<(), String> {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        name,
        Some(Path::new(name)),
        bytes,
        &SeedLoader { seeds },
        &Levels::default(),
    );
    // The length in characters of each line of each file a label is in.
    let mut lengths: HashMap<FileId, Vec<usize>> = HashMap::new();
    for diagnostic in &analysis.diagnostics {
        for label in std::iter::once(&diagnostic.primary).chain(&diagnostic.secondary) {
            let file = label.location.file;
            let lengths = lengths.entry(file).or_insert_with(|| {
                sources
                    .text(file)
                    .split('\n')
                    .map(|line| line.chars().count())
                    .collect()
            });
            within_file(&sources, lengths, diagnostic, label)?;
        }
    }
    json_shape(&sources, &analysis.diagnostics)?;
    if human {
        // The human format draws snippets from the spans: it must not trip on any.
        render::human::render(
            &sources,
            &analysis.diagnostics,
            render::human::Style {
                color: false,
                width: 80,
            },
        );
    }
    Ok(())
}

fn within_file(
    sources: &SourceMap,
    lengths: &[usize],
    diagnostic: &Diagnostic,
    label: &wodc::diagnostic::Label,
) -> Result<(), String> {
    let text = sources.text(label.location.file);
    let span = label.location.span;
    let fail = |what: &str| {
        Err(format!(
            "{what}: [{}] {} at {}..{} in a file of {} bytes",
            diagnostic.rule,
            diagnostic.message,
            span.start,
            span.end,
            text.len()
        ))
    };
    if span.start > span.end || span.end > text.len() {
        return fail("span outside the file");
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return fail("span not on character boundaries");
    }
    let position = Position::of(sources, label);
    for (line, column) in [
        (position.line, position.column),
        (position.end_line, position.end_column),
    ] {
        if line == 0 || line > lengths.len() {
            return fail(&format!("line {line} outside the file"));
        }
        if column == 0 || column > lengths[line - 1] + 1 {
            return fail(&format!("column {column} outside line {line}"));
        }
    }
    if (position.end_line, position.end_column) < (position.line, position.column) {
        return fail("ends before it starts");
    }
    Ok(())
}

/// `render::json::render` gives the document of `cli.md`.
fn json_shape(sources: &SourceMap, diagnostics: &[Diagnostic]) -> Result<(), String> {
    let text = render::json::render(sources, 1, diagnostics);
    let json: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    shape(&json, 1).map_err(|e| format!("{e} in {text}"))?;
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    if json["errors"] != count(Severity::Error) || json["warnings"] != count(Severity::Warning) {
        return Err(format!("wrong counts in {text}"));
    }
    if json["diagnostics"].as_array().map(Vec::len) != Some(diagnostics.len()) {
        return Err(format!("wrong number of diagnostics in {text}"));
    }
    Ok(())
}

/// The shape `cli.md` fixes for the JSON document of a run over `files` files.
fn shape(json: &Value, files: u64) -> Result<(), String> {
    if json["version"] != 1 {
        return Err("`version` is not 1".into());
    }
    if json["files"] != files {
        return Err(format!("`files` is not {files}"));
    }
    for key in ["errors", "warnings"] {
        if !json[key].is_u64() {
            return Err(format!("`{key}` is not a count"));
        }
    }
    let diagnostics = json["diagnostics"]
        .as_array()
        .ok_or("`diagnostics` is not an array")?;
    for d in diagnostics {
        for key in ["rule", "file", "message"] {
            if !d[key].is_string() {
                return Err(format!("`{key}` is not a string"));
            }
        }
        if !matches!(d["severity"].as_str(), Some("error" | "warning" | "advice")) {
            return Err(format!("bad severity {}", d["severity"]));
        }
        for key in ["line", "column", "end_line", "end_column"] {
            if d[key].as_u64().is_none_or(|n| n == 0) {
                return Err(format!("`{key}` is not a number from 1"));
            }
        }
        if !(d["help"].is_string() || d["help"].is_null()) {
            return Err("`help` is neither a string nor null".into());
        }
    }
    Ok(())
}

/// A failed input, for the report.
struct Failure {
    origin: String,
    bytes: Vec<u8>,
    problem: String,
}

fn report(failures: &mut [Failure]) -> String {
    // Panics first, then wrong answers, then slow ones; the shortest inputs first in
    // each, as they are the easiest to read.
    let rank = |f: &Failure| {
        if f.problem.starts_with("panicked") {
            0
        } else if f.problem.contains("hang guard") {
            2
        } else {
            1
        }
    };
    failures.sort_by_key(|f| (rank(f), f.bytes.len()));
    let count = |r| failures.iter().filter(|&f| rank(f) == r).count();
    let mut out = format!(
        "{} inputs failed ({} panics, {} wrong answers, {} too slow); the first:\n",
        failures.len(),
        count(0),
        count(1),
        count(2)
    );
    for failure in failures.iter().take(8) {
        let _ = writeln!(
            out,
            "--- {}\n{}\ninput ({} bytes): b\"{}\"",
            failure.origin,
            failure.problem,
            failure.bytes.len(),
            failure.bytes.escape_ascii()
        );
    }
    out
}

/// Checks every input in process, on every core, under a watchdog.
#[test]
fn any_input_gets_an_answer() {
    let inputs = inputs();
    let started = Instant::now();
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if QUIET.with(|q| *q.borrow()) {
            let location = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            PANIC.with(|p| *p.borrow_mut() = Some(format!("{message}{location}")));
        } else {
            previous_hook(info);
        }
    }));

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let slowest = Mutex::new((Duration::ZERO, String::new()));
    // Time spent checking prefixes and mutations, in microseconds.
    let spent = [AtomicU64::new(0), AtomicU64::new(0)];
    // Per worker: the job it is on and when it started it (ms since `started`), or
    // u64::MAX when idle.
    let busy: Vec<(AtomicUsize, AtomicU64)> = (0..workers)
        .map(|_| (AtomicUsize::new(0), AtomicU64::new(u64::MAX)))
        .collect();
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let mut handles = Vec::new();
        for slot in &busy {
            handles.push(scope.spawn(|| {
                QUIET.with(|q| *q.borrow_mut() = true);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&job) = inputs.jobs.get(i) else {
                        break;
                    };
                    slot.0.store(i, Ordering::Relaxed);
                    slot.1
                        .store(started.elapsed().as_millis() as u64, Ordering::Relaxed);
                    let bytes = inputs.bytes(job);
                    let begin = Instant::now();
                    // miette is slow in a debug build: it draws the mutations and
                    // every 8th prefix.
                    let human = matches!(job, Job::Mutation(_)) || i % 8 == 0;
                    let result = check(&inputs.seeds, &inputs.seed(job).origin, bytes, human);
                    let took = begin.elapsed();
                    slot.1.store(u64::MAX, Ordering::Relaxed);
                    spent[usize::from(matches!(job, Job::Mutation(_)))]
                        .fetch_add(took.as_micros() as u64, Ordering::Relaxed);
                    let result = result.and_then(|()| {
                        if took > SLOW {
                            Err(format!("took {took:?}, over the {SLOW:?} hang guard"))
                        } else {
                            Ok(())
                        }
                    });
                    {
                        let mut slowest = slowest.lock().unwrap();
                        if took > slowest.0 {
                            *slowest = (took, inputs.origin(job));
                        }
                    }
                    if let Err(problem) = result {
                        failures.lock().unwrap().push(Failure {
                            origin: inputs.origin(job),
                            bytes: bytes.to_vec(),
                            problem,
                        });
                    }
                }
                QUIET.with(|q| *q.borrow_mut() = false);
            }));
        }
        // The watchdog: an input still being checked after `HUNG` never ends.
        scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                let now = started.elapsed().as_millis() as u64;
                for slot in &busy {
                    let since = slot.1.load(Ordering::Relaxed);
                    if since != u64::MAX && now.saturating_sub(since) > HUNG.as_millis() as u64 {
                        let job = inputs.jobs[slot.0.load(Ordering::Relaxed)];
                        let bytes = inputs.bytes(job);
                        let _ = writeln!(
                            std::io::stderr(),
                            "HUNG: checking {} has run for over {HUNG:?}\ninput: b\"{}\"",
                            inputs.origin(job),
                            bytes.escape_ascii()
                        );
                        std::process::exit(101);
                    }
                }
            }
        });
        let joined: Vec<_> = handles.into_iter().map(|h| h.join()).collect();
        done.store(true, Ordering::Relaxed);
        for result in joined {
            if let Err(panic) = result {
                panic::resume_unwind(panic);
            }
        }
    });
    let _ = panic::take_hook();

    let (slowest_time, slowest_input) = slowest.into_inner().unwrap();
    let [prefixes, mutations] = spent.map(|s| Duration::from_micros(s.into_inner()));
    println!(
        "checked {} inputs ({} seed files, {} mutations) in {:?} on {workers} threads; \
         slowest: {slowest_time:?} ({slowest_input}); checking time: {prefixes:?} on \
         prefixes, {mutations:?} on mutations",
        inputs.jobs.len(),
        inputs.seeds.len(),
        inputs.mutations.len(),
        started.elapsed(),
    );
    let mut failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", report(&mut failures));

    binary_sample(&inputs);
}

/// A sample of the inputs through `wodc check --format json -`, run in the seed's
/// directory: the exit status is 0 or 1 (1 exactly when there are errors), and standard
/// output is one JSON document of the `cli.md` shape.
fn binary_sample(inputs: &Inputs) {
    let step = (inputs.jobs.len() / BINARY_SAMPLE).max(1);
    let sample: Vec<Job> = inputs.jobs.iter().copied().step_by(step).collect();
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_wodc"));
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(&job) = sample.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let bytes = inputs.bytes(job);
                    let seed = manifest_dir().join(&inputs.seed(job).origin);
                    let dir = seed.parent().expect("a seed is in a directory");
                    if let Err(problem) = run_binary(&binary, dir, bytes) {
                        failures.lock().unwrap().push(Failure {
                            origin: inputs.origin(job),
                            bytes: bytes.to_vec(),
                            problem,
                        });
                    }
                }
            });
        }
    });
    println!("ran the binary on {} of them", sample.len());
    let mut failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", report(&mut failures));
}

/// Runs `wodc check --format json -` in `dir`, which the imports of standard input are
/// relative to.
fn run_binary(binary: &Path, dir: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut child = Command::new(binary)
        .args(["check", "--format", "json", "-"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run wodc: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("wodc did not finish: {e}"))?;
    writer
        .join()
        .expect("the writer thread")
        .map_err(|e| format!("cannot write standard input: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !matches!(output.status.code(), Some(0 | 1)) {
        return Err(format!("exit status {}; stderr: {stderr}", output.status));
    }
    let json: Value = serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })?;
    shape(&json, 1)?;
    let errors = json["errors"].as_u64().unwrap_or_default();
    if (errors > 0) != (output.status.code() == Some(1)) {
        return Err(format!(
            "exit status {} with {errors} errors",
            output.status
        ));
    }
    Ok(())
}

/// `examples/` holds the programs of the documentation: they are robustness seeds.
#[test]
fn examples_are_present() {
    let examples = manifest_dir().join("examples");
    assert!(
        examples.is_dir() && !wod_files(&examples).is_empty(),
        "{} has no .wod file",
        examples.display()
    );
}

/// BUG (reported): the "did you mean" search for an unknown exercise compares the name
/// with every catalog spelling, and its length filter (`catalog/mod.rs`: a length
/// difference up to `limit * 4`, where a distance within `limit` needs one within
/// `limit`) keeps every spelling when the name is long; so the time grows with the
/// name's length: 10 000 characters take seconds in a debug build, 50 000 over a second
/// in a release build, and a 200 000-character line over two minutes in debug.
#[test]
fn a_long_unknown_name_is_checked_within_the_hang_guard() {
    let name = "a".repeat(10_000);
    let text = format!(
        "program \"P\"\nblock \"A\" weeks 1-2 {{\n  session \"S\" on mon {{\n    \
         {name}: 3 x 10\n  }}\n}}\n"
    );
    let started = Instant::now();
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "long.wod",
        None,
        text.as_bytes(),
        &SeedLoader { seeds: &[] },
        &Levels::default(),
    );
    let took = started.elapsed();
    let rules: Vec<&str> = analysis.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, ["unknown-exercise"]);
    assert!(took < SLOW, "took {took:?}, over the {SLOW:?} hang guard");
}
