//! The example programs as a user meets them: the clean ones check with no diagnostic at
//! all, and every deliberately wrong one (`examples/misuse/`, `examples/broken/`) reports
//! exactly what its `//~` comments say, with its full human report kept as a snapshot.
//!
//! A `//~ RULE[, RULE...]` comment at the end of a line says that each RULE is reported
//! with its anchor on that line; `RULE(LEVEL)` also pins the level. This is the notation
//! of the conformance cases (`shared/conformance/run`), so a misuse draft can be run there
//! too. Nothing that is not expected may be reported.

mod support;

use support::Disk;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use wodc::Analysis;
use wodc::diagnostic::Severity;
use wodc::levels::Levels;
use wodc::render::human::Style;
use wodc::render::{Counts, Position};
use wodc::source::SourceMap;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// The `.wod` files directly in `examples/<under>` (not in its subfolders), sorted.
fn wod_files(under: &str) -> Vec<PathBuf> {
    let dir = examples_dir().join(under);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "wod"))
        .collect();
    files.sort();
    files
}

/// The name a file goes by in diagnostics and snapshots: its path from the project root,
/// with `/` whatever the platform, so the snapshots are the same everywhere.
fn display_name(path: &Path) -> String {
    let relative = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .expect("examples live in the project");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Checks one file in-process, with the default levels, as `wodc check FILE` would.
fn check(path: &Path) -> (SourceMap, Analysis, String) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        &display_name(path),
        Some(path),
        text.as_bytes(),
        &Disk,
        &Levels::default(),
    );
    (sources, analysis, text)
}

/// One expected diagnostic: its anchor's line and its rule.
type Key = (usize, String);

/// The `//~` expectations of an example; `//~ exit:` belongs to the conformance runner.
fn expectations(name: &str, text: &str) -> BTreeMap<Key, Option<Severity>> {
    assert!(
        !text.lines().any(|l| l
            .split_once("//~")
            .is_some_and(|(_, b)| b.trim().starts_with("exit:"))),
        "{name}: `//~ exit:` is for the conformance runner, not for examples"
    );
    support::expectations(name, text)
}

/// What was reported: each (line, rule) with the levels it was reported at. A diagnostic
/// anchored in another file than the checked one cannot match a `//~`, so it is keyed
/// on line 0 and always shows up as unexpected.
fn reported(sources: &SourceMap, analysis: &Analysis) -> BTreeMap<Key, BTreeSet<Severity>> {
    let mut got: BTreeMap<Key, BTreeSet<Severity>> = BTreeMap::new();
    for diagnostic in &analysis.diagnostics {
        let line = if diagnostic.file() == analysis.file {
            Position::of(sources, &diagnostic.primary).line
        } else {
            0
        };
        got.entry((line, diagnostic.rule.to_owned()))
            .or_default()
            .insert(diagnostic.severity);
    }
    got
}

/// Every way the report differs from the expectations, one line each; empty when they agree.
fn differences(
    expected: &BTreeMap<Key, Option<Severity>>,
    got: &BTreeMap<Key, BTreeSet<Severity>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (line, rule) in expected.keys().filter(|key| !got.contains_key(*key)) {
        problems.push(format!("missing    line {line}: {rule}"));
    }
    for ((line, rule), levels) in got.iter().filter(|(key, _)| !expected.contains_key(*key)) {
        let levels: Vec<&str> = levels.iter().map(|l| l.as_str()).collect();
        problems.push(format!(
            "unexpected line {line}: {rule} ({})",
            levels.join(", ")
        ));
    }
    for ((line, rule), level) in expected {
        let (Some(level), Some(levels)) = (level, got.get(&(*line, rule.clone()))) else {
            continue;
        };
        if levels.iter().any(|l| l != level) {
            let levels: Vec<&str> = levels.iter().map(|l| l.as_str()).collect();
            problems.push(format!(
                "level      line {line}: {rule} should be {level}, got {}",
                levels.join(", ")
            ));
        }
    }
    problems
}

/// The snapshot of a wrong file: its numbered source, then its report as people read it.
fn report(sources: &SourceMap, analysis: &Analysis, text: &str) -> String {
    let mut out = String::new();
    let width = text.lines().count().to_string().len();
    for (index, line) in text.lines().enumerate() {
        let _ = writeln!(out, "{:>width$} | {line}", index + 1);
    }
    let counts = Counts::of(&analysis.diagnostics);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let _ = writeln!(
        out,
        "\n---- wodc check: {}, {}, {} ----\n",
        plural(counts.errors, "error", "errors"),
        plural(counts.warnings, "warning", "warnings"),
        plural(counts.advice, "piece of advice", "pieces of advice"),
    );
    out.push_str(&wodc::render::human::render(
        sources,
        &analysis.diagnostics,
        Style {
            color: false,
            width: 80,
        },
    ));
    out
}

#[test]
fn the_clean_examples_and_the_library_report_nothing() {
    let files: Vec<PathBuf> = wod_files("").into_iter().chain(wod_files("lib")).collect();
    assert!(
        files.len() >= 9,
        "examples are missing: {files:#?} (four programs, their four fixed drafts, the library)"
    );
    let mut failures = Vec::new();
    for path in &files {
        let (sources, analysis, _) = check(path);
        if !analysis.diagnostics.is_empty() {
            failures.push(format!(
                "{}:\n{}",
                display_name(path),
                wodc::render::short::render(&sources, &analysis.diagnostics)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "examples that should be clean are not:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_misuse_draft_reports_exactly_its_expectations() {
    let files = wod_files("misuse");
    assert!(files.len() >= 3, "the misuse drafts are missing");
    let mut failures = Vec::new();
    for path in &files {
        let name = display_name(path);
        let (sources, analysis, text) = check(path);
        let expected = expectations(&name, &text);
        assert!(
            !expected.is_empty(),
            "{name}: a misuse draft must mark its expected diagnostics with `//~`"
        );
        let problems = differences(&expected, &reported(&sources, &analysis));
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
        let stem = path.file_stem().unwrap().to_string_lossy();
        insta::assert_snapshot!(format!("misuse-{stem}"), report(&sources, &analysis, &text));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The broken showcase has no `//~` comments (it is meant to be run by hand and read), so
/// it is only snapshotted; a broken example that does carry `//~` is held to them.
#[test]
fn every_broken_example_matches_its_expectations_and_snapshot() {
    let files = wod_files("broken");
    assert!(!files.is_empty(), "the broken examples are missing");
    let mut failures = Vec::new();
    for path in &files {
        let name = display_name(path);
        let (sources, analysis, text) = check(path);
        assert!(
            analysis.has_errors(),
            "{name}: a broken example must report at least one error"
        );
        let expected = expectations(&name, &text);
        if !expected.is_empty() {
            let problems = differences(&expected, &reported(&sources, &analysis));
            if !problems.is_empty() {
                failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
            }
        }
        let stem = path.file_stem().unwrap().to_string_lossy();
        insta::assert_snapshot!(format!("broken-{stem}"), report(&sources, &analysis, &text));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each misuse draft has its corrected program beside the clean examples, named after it.
#[test]
fn every_misuse_draft_has_a_fixed_version() {
    for path in wod_files("misuse") {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let fixed = examples_dir().join(format!("{stem}-fixed.wod"));
        assert!(
            fixed.is_file(),
            "{} has no corrected version at {}",
            display_name(&path),
            display_name(&fixed)
        );
    }
}

/// The expectation checker itself: a wrong expectation must fail, not pass quietly.
#[test]
fn the_expectation_checker_catches_missing_unexpected_and_wrong_levels() {
    let path = examples_dir().join("misuse/beginner.wod");
    let (sources, analysis, text) = check(&path);
    let got = reported(&sources, &analysis);
    let mut expected = expectations("beginner.wod", &text);
    assert!(differences(&expected, &got).is_empty());

    let (first, _) = expected
        .pop_first()
        .expect("beginner.wod expects something");
    let problems = differences(&expected, &got);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("unexpected"), "{problems:?}");

    expected.insert(first.clone(), Some(Severity::Warning));
    let problems = differences(&expected, &got);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("level"), "{problems:?}");

    expected.insert(first, None);
    expected.insert((1, "drop-size".to_owned()), None);
    let problems = differences(&expected, &got);
    assert_eq!(problems, ["missing    line 1: drop-size"]);

    let parsed = expectations(
        "inline",
        "a //~ drop-size(warning), too-many-drops\nb\nc //~ volume-jump\n",
    );
    let parsed: Vec<(usize, &str, Option<Severity>)> = parsed
        .iter()
        .map(|((line, rule), level)| (*line, rule.as_str(), *level))
        .collect();
    assert_eq!(
        parsed,
        [
            (1, "drop-size", Some(Severity::Warning)),
            (1, "too-many-drops", None),
            (3, "volume-jump", None),
        ]
    );
}
