//! What the built-in catalog costs: reading `src/catalog/builtin.wod` (parsed and
//! resolved, then indexed), which a process does once, the first time a program needs
//! the catalog; and checking a small program once the catalog is read, for comparison.
//! A `wodc check` of a small file pays both.
//!
//! Run with `cargo bench --bench catalog`.

use wodc::levels::Levels;
use wodc::resolve::NoImports;
use wodc::source::SourceMap;

/// The smallest example: what a first-time user checks.
const SMALL: &str = include_str!("../examples/beginner-linear.wod");

fn main() {
    divan::main();
}

/// The catalog's first use: its file read afresh.
#[divan::bench]
fn first_use() -> usize {
    wodc::catalog::builtin::read().entries().len()
}

/// `check` of the smallest example, the catalog already read.
#[divan::bench]
fn check_small_program(bencher: divan::Bencher) {
    let levels = Levels::default();
    bencher.bench(|| {
        let mut sources = SourceMap::new();
        wodc::check(
            &mut sources,
            "beginner-linear.wod",
            None,
            SMALL.as_bytes(),
            &NoImports,
            &levels,
        )
        .diagnostics
        .len()
    });
}
