//! How long `wodc compile` takes for a year-long program: check, expand, and render each
//! format. Run with `cargo bench --bench compile`.

use std::fmt::Write;
use std::path::Path;

use wodc::backends::{self, Target};
use wodc::levels::Levels;
use wodc::resolve::{LoadError, Loaded, Loader};
use wodc::source::SourceMap;

fn main() {
    divan::main();
}

struct NoFiles;

impl Loader for NoFiles {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

/// A 52-week program: thirteen four-week blocks (three training weeks with techniques
/// at the end of each session, then a derived deload), five sessions a week.
fn year_program() -> String {
    let mut program = String::from(
        "program \"A year\"\nathlete intermediate\nstart 2026-01-05\ntimezone Europe/Rome\nmax Back Squat: 160kg\nmax Bench Press: 120kg\n\n",
    );
    for block in 0..13 {
        let first = block * 4 + 1;
        let _ = writeln!(
            program,
            "block \"Block {}\" weeks {}-{} {{",
            block + 1,
            first,
            first + 2
        );
        let sessions = [
            (
                "Upper A",
                "mon",
                "Bench Press: 4 x 5 @ 75%, rest 3min, progress +2.5%/week\n    Chest-Supported Row: 4 x 8-10 @ 60kg RIR 2, rest 2min\n    Seated Dumbbell Press: 3 x 8-10 @ 24kg\n    superset rest 90s {\n      Lateral Raise: 3 x 12-15 @ 8kg\n      Face Pull: 3 x 15 @ 20kg\n    }\n    Machine Chest Press: 1 x 8-12 @ 70kg, drop 25% 25%",
            ),
            (
                "Lower A",
                "tue",
                "Back Squat: 4 x 5 @ 75%, rest 3min, progress +2.5%/week\n    Romanian Deadlift: 3 x 8 @ 100kg RIR 2, rest 2min\n    Leg Press: 3 x 10-12 @ 180kg\n    Seated Calf Raise: 3 x 12 @ 40kg\n    Leg Extension: 1 x 10-12 @ 50kg, drop 25%",
            ),
            (
                "Upper B",
                "thu",
                "Incline Dumbbell Press: 4 x 8-10 @ 30kg, progress +2.5kg/week\n    Lat Pulldown: 4 x 10 @ 65kg\n    Cable Fly: 3 x 12 @ 15kg\n    Triceps Pushdown: 3 x 12 @ 30kg\n    Cable Curl: 1 x 10 @ 25kg, rest-pause 2 x 3",
            ),
            (
                "Lower B",
                "fri",
                "Deadlift: 3 x 5 @ 160kg, rest 3min\n    Bulgarian Split Squat: 3 x 10 @ 20kg\n    Seated Leg Curl: 3 x 12 @ 45kg\n    Hip Thrust: 3 x 10 @ 120kg\n    Lying Leg Curl: 1 x 8 @ 40kg, rest-pause 2 x 3 pause 15s",
            ),
            (
                "Arms",
                "sat",
                "Dumbbell Curl: 3 x 10 @ 14kg\n    Overhead Triceps Extension: 3 x 12 @ 25kg\n    Hammer Curl: 3 x 12 @ 14kg",
            ),
        ];
        for (name, day, lines) in sessions {
            let _ = writeln!(
                program,
                "  session \"{name}\" on {day} at 18:00 {{\n    {lines}\n  }}"
            );
        }
        let _ = writeln!(
            program,
            "}}\n\nblock \"Deload {}\" week {} deload\n",
            block + 1,
            first + 3
        );
    }
    program
}

/// Checks and compiles the program to `target`, as `wodc compile` does.
fn compile(program: &str, target: Target) -> String {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "year.wod",
        None,
        program.as_bytes(),
        &NoFiles,
        &Levels::default(),
    );
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics.first());
    let plan = wodc::plan::build(&analysis.model).expect("a year is not too large");
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: jiff::Timestamp::UNIX_EPOCH,
    };
    let mut out = Vec::new();
    backends::render(target, &input, &mut out).expect("the program is dated");
    String::from_utf8(out).expect("every backend writes UTF-8")
}

#[divan::bench(args = ["json", "md", "html", "ics"])]
fn compile_52_weeks(bencher: divan::Bencher, target: &str) {
    let program = year_program();
    let target = match target {
        "json" => Target::Json,
        "md" => Target::Markdown,
        "html" => Target::Html,
        _ => Target::Ics,
    };
    bencher
        .counter(divan::counter::BytesCount::of_str(&program))
        .bench(|| compile(divan::black_box(&program), target));
}
