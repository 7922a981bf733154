//! `wodc fmt`'s layout and guarantees (`format.md`).
//!
//! - Golden files, as gofmt's: `tests/fixtures/fmt/NAME.input.wod` formatted is
//!   `NAME.golden.wod`, byte for byte, and the golden file formatted again is itself.
//!   `WODC_BLESS=1 cargo test --test fmt` rewrites the golden files from the inputs,
//!   for review.
//! - Properties over every example, fixture and conformance case, seeded mutations of
//!   the robustness seeds, generated programs, and layout-scrambled copies of all the
//!   clean ones: formatting twice is formatting once; the comments come out as they went
//!   in; the tokens are the same, in the same order; a program without errors compiles
//!   to the same JSON before and after (`source.line` and the positions of the warnings
//!   it carries aside); a scrambled copy formats
//!   to what the original formats to; a file with syntax errors is refused.

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use support::corpus::{self, Seed, manifest_dir};
use support::{Disk, NoFiles, program};
use wodc::backends::{self, Target};
use wodc::format::{self, ALIGNED_WIDTH, Refusal};
use wodc::levels::Levels;
use wodc::resolve::Loader;
use wodc::source::SourceMap;
use wodc::syntax::{self, LineKind, Parsed, TokenKind};

/// The golden cases: one per layout rule of `format.md`, and every construct of the
/// language. A case missing from the directory fails the test, as does a file there that
/// is not listed.
const CASES: &[&str] = &[
    "blank-lines",
    "bom",
    "comments",
    "crlf",
    "empty",
    "indentation",
    "kept-as-written",
    "language-0.2",
    "library",
    "long-lines",
    "mixed-line-ends",
    "no-final-newline",
    "only-blank-lines",
    "spacing",
    "spellings",
];

fn golden_dir() -> PathBuf {
    manifest_dir().join("tests/fixtures/fmt")
}

/// A file's text and parse, as `wodc fmt` reads its bytes.
struct Read {
    text: String,
    parsed: Parsed,
}

fn read(bytes: &[u8]) -> Read {
    let decoded = wodc::source::decode(bytes);
    let mut sources = SourceMap::new();
    let file = sources.add("a.wod", decoded.text.clone());
    let parsed = syntax::parse_decoded(file, &decoded.text, decoded.invalid_at);
    Read {
        text: decoded.text,
        parsed,
    }
}

fn fmt(bytes: &[u8]) -> Result<String, Refusal> {
    let read = read(bytes);
    format::format(&read.text, &read.parsed)
}

/// A line diff of two texts, for failure messages.
fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("expected", "actual")
        .to_string()
}

#[test]
fn golden_files() {
    let bless = std::env::var_os("WODC_BLESS").is_some();
    let mut found = BTreeSet::new();
    for entry in fs::read_dir(golden_dir()).expect("tests/fixtures/fmt") {
        let name = entry
            .expect("an entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(case) = name.strip_suffix(".input.wod") {
            found.insert(case.to_owned());
        }
    }
    let listed: BTreeSet<String> = CASES.iter().map(|&c| c.to_owned()).collect();
    assert_eq!(found, listed, "the cases on disk are the cases listed");
    let mut failures = Vec::new();
    for case in CASES {
        let input = fs::read(golden_dir().join(format!("{case}.input.wod"))).unwrap();
        let golden_path = golden_dir().join(format!("{case}.golden.wod"));
        let formatted = fmt(&input).unwrap_or_else(|r| panic!("{case}: refused: {r:?}"));
        if bless {
            fs::write(&golden_path, &formatted).unwrap();
        }
        let golden = fs::read_to_string(&golden_path)
            .unwrap_or_else(|e| panic!("{case}: no golden file: {e}"));
        if formatted != golden {
            failures.push(format!("{case}:\n{}", diff(&golden, &formatted)));
        }
        let again = fmt(golden.as_bytes()).expect("a golden file formats");
        if again != golden {
            failures.push(format!(
                "{case} (formatted again):\n{}",
                diff(&golden, &again)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn line_ends_and_the_byte_order_mark() {
    let golden = |case: &str| fs::read(golden_dir().join(format!("{case}.golden.wod"))).unwrap();
    let crlf = golden("crlf");
    assert!(crlf.windows(2).filter(|w| w == b"\r\n").count() > 3);
    assert_eq!(
        crlf.iter().filter(|&&b| b == b'\n').count(),
        crlf.windows(2).filter(|w| w == b"\r\n").count(),
        "every line of a CRLF file still ends with CRLF"
    );
    assert!(
        !golden("mixed-line-ends").contains(&b'\r'),
        "mixed ends become LF"
    );
    assert!(
        !golden("bom").starts_with(b"\xEF\xBB\xBF"),
        "the BOM is dropped"
    );
    assert!(golden("no-final-newline").ends_with(b"}\n"));
    assert!(golden("empty").is_empty() && golden("only-blank-lines").is_empty());
}

#[test]
fn a_comment_is_aligned_only_within_the_width() {
    let golden = fs::read_to_string(golden_dir().join("long-lines.golden.wod")).unwrap();
    let column = |needle: &str| {
        let line = golden.lines().find(|l| l.contains(needle)).unwrap();
        line[..line.find("//").unwrap()].chars().count()
    };
    let wide = golden.lines().find(|l| l.contains("wider than")).unwrap();
    assert!(
        wide.find(" //").unwrap() > ALIGNED_WIDTH,
        "the test line is too narrow"
    );
    assert_eq!(column("wider than"), wide.find(" //").unwrap() + 1);
    assert_eq!(
        column("aligned with the next"),
        column("aligned with the line above")
    );
    assert_eq!(column("exactly as wide"), ALIGNED_WIDTH + 1);
    assert_eq!(column("exactly as wide"), column("aligned with the next"));
    assert_eq!(column("a new run"), column("of two"));
    assert_ne!(column("a new run"), column("aligned with the next"));
}

/// The example of `docs/format.md`: its "before" formats to its "after".
#[test]
fn the_documented_example_holds() {
    let page = fs::read_to_string(manifest_dir().join("docs/format.md")).unwrap();
    let blocks: Vec<&str> = page
        .split("```wod\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    let [before, after, ..] = blocks[..] else {
        panic!("docs/format.md has no before and after");
    };
    let formatted = fmt(before.as_bytes()).expect("the example has no syntax error");
    assert_eq!(formatted.replace("// before", "// after"), after);
}

#[test]
fn a_file_with_syntax_errors_is_refused() {
    for text in [
        "program \"P\"\nathlete beginnr\n",
        "block \"A\" weeks 1-2 {\n  session \"S\" on mon {\n    Leg Press 3 x 8\n  }\n}\n",
        "block \"A\" weeks 1-2 {\n",
        "}\n",
        "session \"S\" on mon\n",
        "program \"P\"\r// classic Mac\r",
    ] {
        assert_eq!(fmt(text.as_bytes()), Err(Refusal::SyntaxErrors), "{text:?}");
    }
    assert_eq!(fmt(b"program \"caf\xE9\"\n"), Err(Refusal::SyntaxErrors));
    // Errors of meaning do not stop it: an unknown exercise, a reversed range.
    let meaning = "block \"A\" weeks 4-1 {\n  session \"S\" {\n    Leg Pres: 3 x 12-8\n  }\n}\n";
    assert_eq!(fmt(meaning.as_bytes()).as_deref(), Ok(meaning));
}

/// Hostile files: 200,000 lines, and one huge line among thousands of short ones, all
/// with trailing comments. The output grows by at most the alignment width a line: no
/// short line is padded to the huge one. (Their speed is `benches/fmt.rs`'s to measure.)
#[test]
fn hostile_files_stay_linear() {
    let short = "    Leg Press: 3 x 10 @ 100kg // short\n";
    let steps = " 5@40%".repeat(100_000);
    let cases = [
        ("200,000 lines", short.repeat(200_000)),
        (
            "one huge line",
            format!(
                "{}    Leg Press: 3 x 10 @ 100kg, warmup{steps} // huge\n{}",
                short.repeat(5_000),
                short.repeat(5_000)
            ),
        ),
    ];
    for (what, body) in cases {
        let text = format!(
            "program \"P\"\nblock \"A\" weeks 1-2 {{\n  session \"S\" {{\n{body}  }}\n}}\n"
        );
        let formatted = fmt(text.as_bytes()).unwrap_or_else(|r| panic!("{what}: {r:?}"));
        let lines = text.lines().count();
        assert!(
            formatted.len() <= text.len() + (ALIGNED_WIDTH + 2) * lines,
            "{what}: {} bytes from {}",
            formatted.len(),
            text.len()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Properties.

/// How many mutations of the robustness seeds, generated programs, and scrambled copies
/// of each clean input.
const MUTATIONS: usize = 1500;
const GENERATED: u64 = 60;
const SCRAMBLES: u64 = 4;
const SEED: u64 = 0xF0_4A7;

/// An input of the properties: its name, bytes, the file it stands for (imports are
/// read relative to it) and how imports are read.
struct Input {
    origin: String,
    bytes: Vec<u8>,
    path: Option<PathBuf>,
}

/// The comments of a file, in order, without the spaces that end their lines.
fn comments(read: &Read) -> Vec<String> {
    read.parsed
        .lines
        .iter()
        .filter_map(|line| line.comment)
        .map(|c| read.text[c.start..c.end].trim_end().to_owned())
        .collect()
}

/// The kinds of a file's tokens, in order.
fn token_kinds(read: &Read) -> Vec<TokenKind> {
    let lines = &read.parsed.lines;
    lines
        .iter()
        .flat_map(|line| lines.tokens(line).iter().map(|t| t.kind))
        .collect()
}

/// The JSON `compile` makes of a program, without `source.line`; `None` when the program
/// has errors (it is not compiled then).
fn json(name: &str, path: Option<&Path>, bytes: &[u8], loader: &dyn Loader) -> Option<Value> {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(&mut sources, name, path, bytes, loader, &Levels::default());
    if analysis.has_errors() {
        return None;
    }
    let plan = wodc::plan::build(&analysis.model).ok()?;
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: "2026-01-01T00:00:00Z".parse().unwrap(),
    };
    let mut out = Vec::new();
    backends::render(Target::Json, &input, &mut out).ok()?;
    let mut value: Value = serde_json::from_slice(&out).expect("compile writes JSON");
    forget_lines(&mut value);
    Some(value)
}

/// Removes every `source.line`, and the positions of the diagnostics the JSON carries:
/// formatting moves lines (blank lines go) and columns (spaces go), and nothing else.
fn forget_lines(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(source)) = map.get_mut("source") {
                source.remove("line");
            }
            if let Some(Value::Array(diagnostics)) = map.get_mut("diagnostics") {
                diagnostics.iter_mut().for_each(forget_positions);
            }
            map.values_mut().for_each(forget_lines);
        }
        Value::Array(items) => items.iter_mut().for_each(forget_lines),
        _ => {}
    }
}

/// Removes the positions of a diagnostic, of its related places and of its fixes' edits.
fn forget_positions(place: &mut Value) {
    if let Value::Object(map) = place {
        for key in [
            "line",
            "column",
            "end_line",
            "end_column",
            "offset",
            "end_offset",
        ] {
            map.remove(key);
        }
        if let Some(Value::Array(related)) = map.get_mut("related") {
            related.iter_mut().for_each(forget_positions);
        }
        if let Some(Value::Array(fixes)) = map.get_mut("fixes") {
            for fix in fixes {
                if let Some(Value::Array(edits)) = fix.get_mut("edits") {
                    edits.iter_mut().for_each(forget_positions);
                }
            }
        }
    }
}

/// Every property of formatting one input; `Ok(Some(text))` is its formatted text,
/// `Ok(None)` a refusal that was right.
fn properties(input: &Input) -> Result<Option<String>, String> {
    let before = read(&input.bytes);
    let syntax_errors = before.parsed.diagnostics.iter().any(|d| d.rule == "syntax");
    let once = match (format::format(&before.text, &before.parsed), syntax_errors) {
        (Err(Refusal::SyntaxErrors), true) => return Ok(None),
        (Err(refusal), false) => {
            return Err(format!("refused without a syntax error: {refusal:?}"));
        }
        (Ok(_), true) => return Err("formatted a file with syntax errors".into()),
        (Ok(once), false) => once,
    };
    let after = read(once.as_bytes());
    if !after.parsed.diagnostics.is_empty() {
        return Err(format!(
            "the formatted text has syntax errors: {:?}\n{once}",
            after.parsed.diagnostics
        ));
    }
    let twice = format::format(&after.text, &after.parsed).map_err(|r| format!("{r:?}"))?;
    if twice != once {
        return Err(format!(
            "formatting twice differs:\n{}",
            diff(&once, &twice)
        ));
    }
    if comments(&before) != comments(&after) {
        return Err(format!(
            "the comments changed:\n{}",
            diff(&before.text, &once)
        ));
    }
    if token_kinds(&before) != token_kinds(&after) {
        return Err(format!(
            "the tokens changed:\n{}",
            diff(&before.text, &once)
        ));
    }
    let loader: &dyn Loader = if input.path.is_some() {
        &Disk
    } else {
        &NoFiles
    };
    let path = input.path.as_deref();
    if let Some(json_before) = json(&input.origin, path, &input.bytes, loader) {
        let json_after = json(&input.origin, path, once.as_bytes(), loader);
        if json_after.as_ref() != Some(&json_before) {
            return Err(format!(
                "the compiled JSON changed:\n{}",
                diff(&before.text, &once)
            ));
        }
    }
    Ok(Some(once))
}

/// A copy of the clean file `text` with its layout shuffled by `rng`, in every way the
/// formatter undoes: indentation, spaces and tabs between tokens and before comments,
/// the spelling of the words read in any case, trailing zeros, spaces inside bare
/// names, blank lines at the starts and ends of bodies and of the file, more blank
/// lines where there was one, CRLF line ends, a byte-order mark.
fn scramble(rng: &mut fastrand::Rng, text: &str) -> String {
    let read = read(text.as_bytes());
    let lines = &read.parsed.lines;
    let crlf = rng.bool();
    let newline = if crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    if rng.u8(..4) == 0 {
        out.push('\u{FEFF}');
    }
    let space = |rng: &mut fastrand::Rng, at_least: usize| -> String {
        (0..rng.usize(at_least..=3))
            .map(|_| if rng.u8(..3) == 0 { '\t' } else { ' ' })
            .collect()
    };
    let blanks = |rng: &mut fastrand::Rng, out: &mut String, at_least: usize| {
        for _ in 0..rng.usize(at_least..=2) {
            let filler = space(rng, 0);
            out.push_str(&filler);
            out.push_str(newline);
        }
    };
    blanks(rng, &mut out, 0);
    for line in lines {
        match line.kind {
            LineKind::Blank => {
                blanks(rng, &mut out, 1);
                continue;
            }
            LineKind::Statement(syntax::StatementKind::Close) => {
                blanks(rng, &mut out, 0);
            }
            _ => {}
        }
        let indent = space(rng, 0);
        out.push_str(&indent);
        let tokens = lines.tokens(line);
        for (i, token) in tokens.iter().enumerate() {
            if i > 0 {
                let gap = space(rng, 1);
                out.push_str(&gap);
            }
            out.push_str(&respell(
                rng,
                token.kind,
                &read.text[token.span.start..token.span.end],
            ));
        }
        if let Some(comment) = line.comment {
            if !tokens.is_empty() {
                let gap = space(rng, 1);
                out.push_str(&gap);
            }
            out.push_str(&read.text[comment.start..comment.end]);
            let trailing = space(rng, 0);
            out.push_str(&trailing);
        }
        out.push_str(newline);
        if matches!(line.kind, LineKind::Statement(kind) if kind.opens_body()) {
            blanks(rng, &mut out, 0);
        }
    }
    blanks(rng, &mut out, 0);
    out
}

/// `written`, a token of `kind`, in another spelling the grammar reads the same.
fn respell(rng: &mut fastrand::Rng, kind: TokenKind, written: &str) -> String {
    let seed = rng.u64(..);
    let case = |text: &str| -> String {
        let mut rng = fastrand::Rng::with_seed(seed);
        text.chars()
            .map(|c| {
                if rng.bool() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    };
    match kind {
        TokenKind::Times => ["x", "X", "×"][rng.usize(..3)].to_owned(),
        TokenKind::Effort
        | TokenKind::Amrap
        | TokenKind::Bodyweight
        | TokenKind::Failure
        | TokenKind::Day
        | TokenKind::Tempo => case(written),
        TokenKind::MassUnit => case(if written.eq_ignore_ascii_case("lb") {
            "lbs"
        } else {
            written
        }),
        TokenKind::Number | TokenKind::Mass | TokenKind::Percent | TokenKind::Distance => {
            let digits = written.find(|c: char| !(c.is_ascii_digit() || c == '.'));
            let (number, unit) = written.split_at(digits.unwrap_or(written.len()));
            let zeros = "0".repeat(rng.usize(1..=2));
            let number = if number.contains('.') {
                format!("{number}{zeros}")
            } else {
                format!("{number}.{zeros}")
            };
            let unit = if unit.eq_ignore_ascii_case("lb") {
                "lbs"
            } else {
                unit
            };
            format!("{number}{}", case(unit))
        }
        TokenKind::Duration => case(written),
        TokenKind::Name => written.replace(' ', if rng.bool() { "  " } else { " \t" }),
        _ => written.to_owned(),
    }
}

/// Runs `check` on every input on two threads; panics with the first failures.
fn run_all(inputs: &[Input], check: impl Fn(&Input) -> Result<(), String> + Sync) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(input) =
                    inputs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    if let Err(problem) = check(input) {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("--- {}\n{problem}", input.origin));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} inputs failed; the first:\n{}",
        failures.len(),
        inputs.len(),
        failures
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn files() -> Vec<Input> {
    corpus::every_file()
        .into_iter()
        .map(|Seed { origin, bytes }| Input {
            path: Some(manifest_dir().join(&origin)),
            origin,
            bytes,
        })
        .collect()
}

#[test]
fn every_example_fixture_and_conformance_case() {
    let inputs = files();
    let formatted = std::sync::atomic::AtomicUsize::new(0);
    run_all(&inputs, |input| {
        if properties(input)?.is_some() {
            formatted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    });
    let formatted = formatted.into_inner();
    println!(
        "{} files, {formatted} formatted, the others refused",
        inputs.len()
    );
    assert!(
        formatted + 8 >= inputs.len(),
        "only {formatted} files could be formatted"
    );
}

#[test]
fn mutations_of_the_robustness_seeds() {
    let seeds = corpus::seeds();
    let inputs: Vec<Input> = corpus::mutations(&seeds, MUTATIONS, SEED)
        .into_iter()
        .map(|m| Input {
            origin: format!("{}, mutated: {}", seeds[m.seed].origin, m.steps),
            bytes: m.bytes,
            path: None,
        })
        .collect();
    run_all(&inputs, |input| properties(input).map(|_| ()));
}

#[test]
fn generated_programs() {
    let inputs: Vec<Input> = (0..GENERATED)
        .map(|seed| Input {
            origin: format!("generated program {seed}"),
            bytes: program::program(seed, 2 + seed as u32 % 7, 1 + seed as usize % 4).into_bytes(),
            path: None,
        })
        .collect();
    run_all(&inputs, |input| match properties(input)? {
        Some(_) => Ok(()),
        None => Err("a generated program has syntax errors".into()),
    });
}

/// A scrambled copy of every clean file and generated program formats to what the
/// original formats to (with `\r\n` line ends where the copy uses them throughout).
#[test]
fn scrambled_layouts_format_back() {
    let mut originals = files();
    originals.extend((0..GENERATED / 4).map(|seed| Input {
        origin: format!("generated program {seed}"),
        bytes: program::program(seed, 3, 2).into_bytes(),
        path: None,
    }));
    let originals: Vec<(Input, String)> = originals
        .into_iter()
        .filter_map(|input| fmt(&input.bytes).ok().map(|formatted| (input, formatted)))
        .collect();
    let mut rng = fastrand::Rng::with_seed(SEED);
    let mut inputs = Vec::new();
    let mut expected = std::collections::HashMap::new();
    for (original, formatted) in &originals {
        let text = String::from_utf8_lossy(&original.bytes).into_owned();
        for n in 0..SCRAMBLES {
            let scrambled = scramble(&mut rng, &text);
            let crlf = scrambled.contains("\r\n");
            let lf = formatted.replace("\r\n", "\n");
            let want = if crlf { lf.replace('\n', "\r\n") } else { lf };
            let origin = format!("{}, scrambled #{n}", original.origin);
            expected.insert(origin.clone(), want);
            inputs.push(Input {
                origin,
                bytes: scrambled.into_bytes(),
                path: original.path.clone(),
            });
        }
    }
    run_all(&inputs, |input| {
        let formatted = properties(input)?.ok_or("refused")?;
        let want = &expected[&input.origin];
        if &formatted == want {
            Ok(())
        } else {
            Err(format!(
                "formats to another text:\n{}\nscrambled:\n{}",
                diff(want, &formatted),
                String::from_utf8_lossy(&input.bytes)
            ))
        }
    });
    println!("{} scrambled copies", inputs.len());
}
