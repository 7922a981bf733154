//! `wodc fmt`'s speed: the largest example, and a generated program of 5 MiB (the one
//! `benches/front_end.rs` times, from `tests/support/program.rs`), in bytes of source
//! per second. Each is timed twice: the formatter alone on a parse made once (what the
//! language server does with the parse it has), and parse then format (what `wodc fmt`
//! does with a file).
//!
//! Run with `cargo bench --bench fmt`.

#[path = "../tests/support/program.rs"]
mod program;

use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;
use wodc::format;
use wodc::source::SourceMap;
use wodc::syntax;

/// The smallest generated program the benchmark accepts.
const MIN_SIZE: usize = 5 << 20;

static EXAMPLE: &str = include_str!("../examples/push-pull-legs.wod");

static GENERATED: LazyLock<String> = LazyLock::new(|| {
    (5..)
        .map(|sessions| program::program(2026, 500, sessions))
        .find(|text| text.len() >= MIN_SIZE)
        .expect("some number of sessions is enough")
});

fn main() {
    for (name, text) in [("example", EXAMPLE), ("generated", GENERATED.as_str())] {
        let formatted = parse_and_format(text);
        println!(
            "{name}: {} bytes, {} lines; formatted: {} bytes",
            text.len(),
            text.lines().count(),
            formatted.len()
        );
    }
    divan::main();
}

fn parse_and_format(text: &str) -> String {
    let mut sources = SourceMap::new();
    let file = sources.add("bench.wod", text.to_owned());
    let parsed = syntax::parse(file, text);
    format::format(text, &parsed).expect("the benchmark's programs have no syntax error")
}

fn format_only(bencher: Bencher, text: &str) {
    let mut sources = SourceMap::new();
    let file = sources.add("bench.wod", text.to_owned());
    let parsed = syntax::parse(file, text);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| format::format(text, &parsed));
}

#[divan::bench]
fn example_format(bencher: Bencher) {
    format_only(bencher, EXAMPLE);
}

#[divan::bench]
fn example_parse_and_format(bencher: Bencher) {
    bencher
        .counter(BytesCount::of_str(EXAMPLE))
        .bench(|| parse_and_format(EXAMPLE));
}

#[divan::bench(sample_count = 10)]
fn generated_format(bencher: Bencher) {
    format_only(bencher, &GENERATED);
}

#[divan::bench(sample_count = 10)]
fn generated_parse_and_format(bencher: Bencher) {
    bencher
        .counter(BytesCount::of_str(&*GENERATED))
        .bench(|| parse_and_format(&GENERATED));
}
