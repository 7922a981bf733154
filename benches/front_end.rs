//! The front end's speed on a long program: `syntax::parse` alone, and parse then
//! `resolve::resolve`, in bytes of source per second.
//!
//! The program is generated (seeded, so every run times the same text): 500 blocks of
//! one week (every sixth a deload without a body), each with as many sessions of 6 to
//! 10 varied lines as it takes for the program to pass 5 MiB. It
//! uses catalog names and aliases, its own exercise definitions, every clause and
//! technique, supersets, comments, levels and bodiless deload blocks, and it has no
//! syntax error and no error of meaning (checked once, before anything is timed).
//!
//! Run with `cargo bench --bench front_end`.

use std::fmt::Write;
use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;
use wodc::resolve::{self, LoadError, Loaded, Loader};
use wodc::source::SourceMap;
use wodc::syntax;

/// The smallest program the benchmark accepts.
const MIN_SIZE: usize = 5 << 20;

static PROGRAM: LazyLock<String> = LazyLock::new(generate);

fn main() {
    assert_clean(&PROGRAM);
    println!(
        "program: {:.2} MiB, {} lines, {WEEKS} blocks, {} sessions",
        PROGRAM.len() as f64 / f64::from(1 << 20),
        PROGRAM.lines().count(),
        PROGRAM.matches("\n  session \"").count()
    );
    divan::main();
}

/// Imports are refused: the generated program has none.
struct Refuse;

impl Loader for Refuse {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

#[divan::bench(sample_count = 20)]
fn parse(bencher: Bencher) {
    let mut sources = SourceMap::new();
    let file = sources.add("bench.wod", PROGRAM.clone());
    let text = sources.shared_text(file);
    bencher
        .counter(BytesCount::of_str(&*text))
        .bench(|| syntax::parse(file, &text));
}

#[divan::bench(sample_count = 20)]
fn parse_and_resolve(bencher: Bencher) {
    let mut sources = SourceMap::new();
    let file = sources.add("bench.wod", PROGRAM.clone());
    let text = sources.shared_text(file);
    bencher.counter(BytesCount::of_str(&*text)).bench_local(|| {
        let parsed = syntax::parse(file, &text);
        let mut diagnostics = parsed.diagnostics;
        resolve::resolve(
            file,
            Some(Path::new("bench.wod")),
            &parsed.file,
            &mut sources,
            &Refuse,
            &mut diagnostics,
        )
    });
}

/// The program parses and resolves without a single diagnostic: the benchmark times
/// the ordinary path, not error recovery. (Guardrails are not asked: they are not part
/// of the front end.)
fn assert_clean(text: &str) {
    assert!(text.len() >= MIN_SIZE, "only {} bytes", text.len());
    let mut sources = SourceMap::new();
    let file = sources.add("bench.wod", text.to_owned());
    let parsed = syntax::parse(file, text);
    let mut diagnostics = parsed.diagnostics;
    let program = resolve::resolve(
        file,
        Some(Path::new("bench.wod")),
        &parsed.file,
        &mut sources,
        &Refuse,
        &mut diagnostics,
    );
    let shown: Vec<String> = diagnostics
        .iter()
        .take(5)
        .map(|d| {
            let at = sources.line_column(file, d.span().start);
            format!("{}:{}: [{}] {}", at.line, at.column, d.rule, d.message)
        })
        .collect();
    assert!(
        diagnostics.is_empty(),
        "the generated program has {} diagnostics, first:\n{}",
        diagnostics.len(),
        shown.join("\n")
    );
    assert_eq!(program.blocks.len(), WEEKS as usize);
}

/// Prescriptions to pick from: catalog names, aliases (`BB Row`, `RDL`, `OHP`), the
/// program's own exercises, every kind of load and effort, clauses and techniques.
/// `{load}` is replaced by a load that changes from week to week.
const LINES: &[&str] = &[
    "Bench Press: 4 x 6-8 @ {load} RPE 8, rest 3min, progress +2.5kg/week",
    "BB Bench Press: 3 x 5 @ 80%, rest 3min",
    "DB Bench Press: 3 x 8-10 @ {load} RIR 2, rest 2min",
    "Incline Dumbbell Press: 3 x 10 @ {load}, tempo 3-1-1-0",
    "Machine Chest Press: 1 x 8-12 @ {load}, drop 25% 25%",
    "Pec Deck: 2 x 12-15 @ {load} RIR 1, rest 60s, note \"squeeze at the top\"",
    "Cable Crossover: 1 x 12 @ 25kg, drop to 17.5kg 12.5kg",
    "BB Row: 4 x 8 @ {load} RPE 7.5, rest 2min",
    "Chest-Supported Row: 3 x 8-10 @ RIR 2, rest 2min",
    "Seated Cable Row: 1 x 10 @ {load}, rest-pause 2 x 3-4 pause 15s",
    "Lat Pulldown: 3 x 10-12 @ {load} RPE 8, progress +1 set/week",
    "Pull-Up: 3 x AMRAP @ BW",
    "Pull-Up: 3 x 6 @ BW+10kg RIR 2",
    "Face Pull: 3 x 15 @ {load}, tempo 2-0-1-1",
    "OHP: 4 x 5 @ {load} RPE 8, rest 3min",
    "Lateral Raise: 1 x 15-20 @ 8kg, myo-reps 3 x 5 pause 10s",
    "Back Squat: 5 x 5 @ 75% RPE 7-8, rest 3min, progress +2.5%/week",
    "Front Squat: 3 x 6 @ {load} RIR 3, rest 3min",
    "Leg Press: 3 x 10-12 @ {load}, rest 2min",
    "Pendulum Squat: 3 x 10 @ {load} RIR 2",
    "PSQ: 1 x 12 @ {load}, mechanical drop \"Leg Press\"",
    "RDL: 3 x 8 @ {load} RPE 7, rest 2min30s",
    "Hip Thrust: 3 x 10 @ {load}, note \"pause at lockout\"",
    "Bulgarian Split Squat: 3 x 8-10 @ 20kg, rest 90s",
    "Lying Leg Curl: 3 x 10-12 @ {load} RIR 1",
    "Leg Extension: 1 x 10-12 @ {load}, drop 25%",
    "Seated Calf Raise: 4 x 12-15 @ {load}, tempo 2-2-1-0",
    "Plank: 3 x 45s",
    "Hammer Curl: 3 x 10 @ 14kg RIR 1",
    "Preacher Curl: 3 x 10-12 @ {load} RPE 9",
    "Triceps Pushdown: 3 x 12 @ {load}",
    "Tricep Pushdown: 1 x 15 @ {load}, drop 20% 20%",
    "Skull Crusher: 3 x 10 @ {load} RIR 2, rest 90s",
    "\"Cable Y-Raise\": 3 x 15 @ 5kg RPE 8",
];

/// A superset's members.
const SUPERSETS: &[[&str; 2]] = &[
    ["Lateral Raise: 3 x 12-15 @ 8kg", "Face Pull: 3 x 15 @ 20kg"],
    [
        "Dumbbell Curl: 3 x 10 @ 12kg",
        "Triceps Pushdown: 3 x 12 @ 25kg RIR 1",
    ],
    [
        "Leg Extension: 2 x 15 @ 40kg",
        "Lying Leg Curl: 2 x 15 @ 35kg",
    ],
];

/// What each session of a week trains, in turn.
const FOCUS: &[&str] = &[
    "Upper",
    "Lower",
    "Push",
    "Pull",
    "Legs",
    "Arms",
    "Shoulders",
];
const DAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// How many weeks the program runs: every week a block of its own.
const WEEKS: u32 = 500;

/// The program with the fewest sessions a week that makes it at least `MIN_SIZE`.
fn generate() -> String {
    (5..)
        .map(generate_with)
        .find(|text| text.len() >= MIN_SIZE)
        .expect("some number of sessions is enough")
}

fn generate_with(sessions: usize) -> String {
    let mut rng = fastrand::Rng::with_seed(2026);
    let mut out = String::with_capacity(MIN_SIZE + (64 << 10));
    out.push_str(
        "// Generated by benches/front_end.rs: many one-week blocks, for timing the front end.\n\
         program \"Benchmark: Years of Upper/Lower\"\n\
         athlete advanced\n\
         goal hypertrophy\n\
         phase maintain\n\
         units kg\n\
         start 2026-01-05\n\
         timezone Europe/Rome\n\
         round 2.5kg\n\
         max Back Squat: 180kg\n\
         max Bench Press: 130kg\n\
         allow drop-size\n\
         \n\
         exercise \"Pendulum Squat\" {\n\
         \x20 equipment machine\n\
         \x20 mechanic compound\n\
         \x20 muscles quads, glutes\n\
         \x20 aliases \"Pendulum\", \"PSQ\"\n\
         }\n\
         \n\
         exercise \"Cable Y-Raise\" {\n\
         \x20 equipment cable\n\
         \x20 mechanic isolation\n\
         \x20 muscles side-delts, rear-delts // the lower traps help too\n\
         }\n",
    );
    for week in 1..=WEEKS {
        if week % 6 == 0 {
            let _ = writeln!(out, "\n// Every sixth week eases off.");
            let _ = writeln!(out, "block \"Deload {week}\" week {week} deload");
            continue;
        }
        let _ = writeln!(out, "\n// Week {week}: accumulation.");
        let _ = writeln!(out, "block \"Week {week}\" week {week} {{");
        if week % 4 == 1 {
            out.push_str("  warn too-many-techniques\n");
        }
        for k in 0..sessions {
            let name = FOCUS[k % FOCUS.len()];
            let round = k / FOCUS.len() + 1;
            let day = DAYS[k % DAYS.len()];
            match k % 3 {
                0 => {
                    let hour = 6 + 5 * (k / DAYS.len()) % 16;
                    let _ = writeln!(
                        out,
                        "  session \"{name} {round}\" on {day} at {hour:02}:30 for 75min {{"
                    );
                }
                1 => {
                    let _ = writeln!(out, "  session \"{name} {round}\" on {day} {{");
                }
                _ => {
                    let _ = writeln!(out, "  session \"{name} {round}\" {{ // any day");
                }
            }
            let _ = writeln!(
                out,
                "    // {name}: warm up with two light sets, then work up; log every set."
            );
            if rng.u8(..4) == 0 {
                out.push_str("    allow technique-before-main-lift\n");
            }
            let count = rng.usize(6..=10);
            let mut picked = Vec::with_capacity(count);
            while picked.len() < count {
                let i = rng.usize(..LINES.len());
                if !picked.contains(&i) {
                    picked.push(i);
                }
            }
            for (n, &i) in picked.iter().enumerate() {
                if n == count / 2 && rng.bool() {
                    let members = SUPERSETS[rng.usize(..SUPERSETS.len())];
                    let _ = writeln!(out, "    superset rest {}s {{", 60 + 15 * rng.u32(..4));
                    for member in members {
                        let _ = writeln!(out, "      {member}");
                    }
                    out.push_str("    }\n");
                }
                let load = format!("{}kg", 10 + 5 * rng.u32(..20) + week % 3);
                let line = LINES[i].replace("{load}", &load);
                if rng.u8(..3) == 0 {
                    let _ = writeln!(
                        out,
                        "    {line} // week {week}: same as last week if every rep was clean"
                    );
                } else {
                    let _ = writeln!(out, "    {line}");
                }
            }
            out.push_str("  }\n");
        }
        out.push_str("}\n");
    }
    out
}
