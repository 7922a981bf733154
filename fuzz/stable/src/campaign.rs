//! A run: worker threads that take inputs one after another, and a watchdog (the
//! calling thread) that times each input, watches memory, reports progress and ends the
//! run.
//!
//! A stuck input cannot be stopped from outside its thread, so an input is only timed:
//! past the time budget it is recorded as slow and left to finish; still running at the
//! hang limit, it is recorded as hung and the run ends, leaving the thread behind for the
//! process exit to reclaim. Once the run's time is up, a slow input is not waited for.
//! Memory is watched for the whole process: an expansion that takes gigabytes ends the
//! run before it takes the machine.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use wodc_fuzz_harness::Stage;

use crate::findings::{Findings, Kind};
use crate::mutate::Input;
use crate::panics;

/// Where inputs come from: the mutator, or files to run again.
pub trait Source: Send + Sync {
    /// Input #`index`, or `None` past the last one.
    fn input(&self, index: u64) -> Option<Input>;
}

/// When a run ends, what counts as slow, and what is left out.
pub struct Options {
    /// Stop after this many inputs.
    pub runs: Option<u64>,
    /// Stop taking inputs after this long.
    pub time: Option<Duration>,
    pub jobs: usize,
    /// An input that takes longer is recorded as slow.
    pub slow: Duration,
    /// An input still running after this long ends the run.
    pub hang: Duration,
    /// The process's resident memory, in bytes, past which the run ends.
    pub memory: Option<u64>,
    /// Stages not run (a known slow one, while it is being fixed).
    pub skip: Vec<Stage>,
}

/// What a run did.
pub struct Totals {
    pub runs: u64,
    pub elapsed: Duration,
    /// Why the run ended early: a hung input, or memory.
    pub stopped: Option<String>,
    /// The time spent in each stage, over every input that finished, longest first.
    pub stages: Vec<(Stage, Duration)>,
}

/// How often the watchdog looks, and how often it reports progress.
const POLL: Duration = Duration::from_millis(20);
const PROGRESS: Duration = Duration::from_secs(10);

/// The worker threads' stack: the size of the main thread's, which `wodc` runs on.
const STACK: usize = 8 << 20;

/// What the workers and the watchdog share.
struct Shared {
    source: Arc<dyn Source>,
    findings: Arc<Findings>,
    runs: Option<u64>,
    skip: Vec<Stage>,
    next: AtomicU64,
    done: AtomicU64,
    stop: AtomicBool,
    live: AtomicUsize,
    slots: Vec<Slot>,
    stages: Mutex<BTreeMap<Stage, Duration>>,
}

/// A worker's current input, where the watchdog can see it.
#[derive(Default)]
struct Slot(Mutex<Option<Running>>);

#[derive(Clone)]
struct Running {
    input: Arc<Input>,
    started: Instant,
    stage: Stage,
    slow: bool,
}

impl Slot {
    fn lock(&self) -> MutexGuard<'_, Option<Running>> {
        // A worker never panics while holding the lock: wodc runs outside it.
        self.0.lock().expect("the slot lock is never poisoned")
    }
}

/// Runs inputs from `source` until the options say stop.
pub fn run(source: Arc<dyn Source>, findings: Arc<Findings>, options: &Options) -> Totals {
    let shared = Arc::new(Shared {
        source,
        findings,
        runs: options.runs,
        skip: options.skip.clone(),
        next: AtomicU64::new(0),
        done: AtomicU64::new(0),
        stop: AtomicBool::new(false),
        live: AtomicUsize::new(options.jobs),
        slots: (0..options.jobs).map(|_| Slot::default()).collect(),
        stages: Mutex::default(),
    });
    for job in 0..options.jobs {
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name(format!("fuzz-{job}"))
            .stack_size(STACK)
            .spawn(move || work(&shared, job))
            .expect("a worker thread starts");
    }
    let started = Instant::now();
    let stopped = watch(&shared, options, started);
    let mut stages: Vec<_> = shared
        .stages
        .lock()
        .expect("never poisoned")
        .clone()
        .into_iter()
        .collect();
    stages.sort_by_key(|&(_, time)| std::cmp::Reverse(time));
    Totals {
        runs: shared.done.load(Relaxed),
        elapsed: started.elapsed(),
        stopped,
        stages,
    }
}

/// One worker: inputs through every stage of the harness, each under `catch`.
fn work(shared: &Shared, job: usize) {
    let slot = &shared.slots[job];
    while !shared.stop.load(Relaxed) {
        let index = shared.next.fetch_add(1, Relaxed);
        if shared.runs.is_some_and(|runs| index >= runs) {
            break;
        }
        let Some(input) = shared.source.input(index) else {
            break;
        };
        let input = Arc::new(input);
        let mut stages = Stages::default();
        *slot.lock() = Some(Running {
            input: Arc::clone(&input),
            started: Instant::now(),
            stage: "start",
            slow: false,
        });
        let result = panics::catch(|| {
            wodc_fuzz_harness::run_all(&input.bytes, &mut |stage| {
                if shared.skip.contains(&stage) {
                    return false;
                }
                stages.enter(stage);
                if let Some(running) = slot.lock().as_mut() {
                    running.stage = stage;
                }
                true
            });
        });
        let running = slot
            .lock()
            .take()
            .expect("only this worker empties its slot");
        stages.add_to(&mut shared.stages.lock().expect("never poisoned"));
        if let Err(panic) = result {
            let message = format!("{} (in {})", panic.message, running.stage);
            shared
                .findings
                .record(Kind::Panic, &panic.signature(), &message, &input);
        }
        if running.slow {
            let took = running.started.elapsed();
            println!(
                "slow input #{index} finished after {:.1} s",
                took.as_secs_f64()
            );
            shared.findings.finished(index, took);
        }
        shared.done.fetch_add(1, Relaxed);
    }
    shared.live.fetch_sub(1, Relaxed);
}

/// The time an input spends in each stage.
#[derive(Default)]
struct Stages {
    current: Option<(Stage, Instant)>,
    times: Vec<(Stage, Duration)>,
}

impl Stages {
    fn enter(&mut self, stage: Stage) {
        let now = Instant::now();
        if let Some((previous, since)) = self.current.replace((stage, now)) {
            self.times.push((previous, now - since));
        }
    }

    fn add_to(mut self, totals: &mut BTreeMap<Stage, Duration>) {
        if let Some((last, since)) = self.current.take() {
            self.times.push((last, since.elapsed()));
        }
        for (stage, time) in self.times {
            *totals.entry(stage).or_default() += time;
        }
    }
}

/// The watchdog: returns when every worker is done, or why it stopped the run early.
fn watch(shared: &Shared, options: &Options, started: Instant) -> Option<String> {
    let mut reported = Instant::now();
    loop {
        thread::sleep(POLL);
        if shared.live.load(Relaxed) == 0 {
            return None;
        }
        let over = options.time.is_some_and(|time| started.elapsed() >= time);
        if over {
            shared.stop.store(true, Relaxed);
        }
        for slot in &shared.slots {
            let Some(running) = timed(slot, options.slow, &shared.findings) else {
                continue;
            };
            let elapsed = running.started.elapsed();
            let index = running.input.index;
            if elapsed >= options.hang {
                let message = format!("still running after {:.0} s", elapsed.as_secs_f64());
                let signature = format!("in {}", running.stage);
                shared
                    .findings
                    .record(Kind::Hung, &signature, &message, &running.input);
                shared.stop.store(true, Relaxed);
                return Some(format!("input #{index} hung"));
            }
            // Past the run's time, a slow input (already recorded) is not waited for.
            if over && running.slow {
                return Some(format!(
                    "time was up, and slow input #{index} still running"
                ));
            }
        }
        if let Some(limit) = options.memory {
            let resident = resident_memory().unwrap_or(0);
            if resident > limit {
                return Some(out_of_memory(shared, resident));
            }
        }
        if reported.elapsed() >= PROGRESS {
            reported = Instant::now();
            progress(shared, started.elapsed());
        }
    }
}

/// The slot's input, if any; the first time it is seen past `slow`, it is recorded as
/// slow then rather than when it finishes, since it may never finish.
fn timed(slot: &Slot, slow: Duration, findings: &Findings) -> Option<Running> {
    let mut guard = slot.lock();
    let running = guard.as_mut()?;
    let first = !running.slow && running.started.elapsed() >= slow;
    running.slow |= first;
    let running = running.clone();
    drop(guard);
    if first {
        let message = format!("over the budget of {:.0} s", slow.as_secs_f64());
        let signature = format!("in {}", running.stage);
        findings.record(Kind::Slow, &signature, &message, &running.input);
    }
    Some(running)
}

/// Records every running input as the one that may have taken the memory.
fn out_of_memory(shared: &Shared, resident: u64) -> String {
    shared.stop.store(true, Relaxed);
    let message = format!("the process reached {} MiB", resident >> 20);
    for slot in &shared.slots {
        if let Some(running) = slot.lock().clone() {
            let signature = format!("in {}", running.stage);
            shared
                .findings
                .record(Kind::Memory, &signature, &message, &running.input);
        }
    }
    message
}

fn progress(shared: &Shared, elapsed: Duration) {
    let runs = shared.done.load(Relaxed);
    let (distinct, inputs) = shared.findings.totals();
    println!(
        "{:>6.0} s  {} inputs  {}/s  {distinct} findings ({} inputs)",
        elapsed.as_secs_f64(),
        grouped(runs),
        grouped(rate(runs, elapsed)),
        grouped(inputs),
    );
}

/// Inputs per second.
pub fn rate(runs: u64, elapsed: Duration) -> u64 {
    (runs as f64 / elapsed.as_secs_f64().max(1e-3)) as u64
}

/// `1234567` as `1,234,567`.
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The process's resident memory in bytes (Linux's `/proc`; elsewhere unknown).
fn resident_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib << 10)
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(12_345_678), "12,345,678");
    }
}
