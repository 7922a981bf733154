//! `--format human` on a file with thousands of diagnostics: miette used to read every
//! snippet from the start of the file, so the time grew with the file's size times the
//! number of diagnostics (4,000 on 10 MB took over a minute). Each report now draws
//! from an excerpt found through the line index.
//!
//! The program is generated: 10 MB of exercise lines, one in forty misspelt (4,000
//! `unknown-exercise` errors spread through the file). It is checked once; only the
//! rendering is timed, with the other formats beside it for comparison.
//!
//! Run with `cargo bench --bench report`.

use std::sync::LazyLock;

use divan::Bencher;
use wodc::diagnostic::Diagnostic;
use wodc::levels::Levels;
use wodc::render;
use wodc::resolve::{LoadError, Loaded, Loader};
use wodc::source::SourceMap;

const SIZE: usize = 10_000_000;
const ERRORS: usize = 4_000;

struct Checked {
    sources: SourceMap,
    diagnostics: Vec<Diagnostic>,
}

static CHECKED: LazyLock<Checked> = LazyLock::new(|| {
    let mut text =
        String::from("program \"Big\"\n\nblock \"A\" weeks 1-2 {\n  session \"S\" on mon {\n");
    let mut errors = 0;
    for line in 0.. {
        if text.len() >= SIZE {
            break;
        }
        if line % 40 == 0 && errors < ERRORS {
            text.push_str("    Leg Pres: 3 x 10 @ 100kg\n");
            errors += 1;
        } else {
            text.push_str("    Leg Press: 3 x 10 @ 100kg, rest 2min    // filler line\n");
        }
    }
    text.push_str("  }\n}\n");
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "big.wod",
        None,
        text.as_bytes(),
        &NoImports,
        &Levels::default(),
    );
    assert_eq!(analysis.diagnostics.len(), ERRORS);
    Checked {
        sources,
        diagnostics: analysis.diagnostics,
    }
});

/// The generated program imports nothing.
struct NoImports;

impl Loader for NoImports {
    fn load(&self, _: &std::path::Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

fn main() {
    LazyLock::force(&CHECKED);
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn human(bencher: Bencher) {
    let style = render::human::Style {
        color: false,
        width: 100,
    };
    bencher.bench(|| render::human::render(&CHECKED.sources, &CHECKED.diagnostics, style));
}

#[divan::bench(sample_count = 10)]
fn short(bencher: Bencher) {
    bencher.bench(|| render::short::render(&CHECKED.sources, &CHECKED.diagnostics));
}

#[divan::bench(sample_count = 10)]
fn json(bencher: Bencher) {
    bencher.bench(|| render::json::render(&CHECKED.sources, 1, &CHECKED.diagnostics));
}
