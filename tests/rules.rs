//! Per-rule fixtures, in the manner of ruff's: for every guardrail a directory
//! `tests/fixtures/rules/<rule>/` with
//!
//! - `trigger.wod`, a program where the rule fires: every line where a diagnostic must
//!   be reported ends with `//~ RULE[, RULE...]`, `RULE(LEVEL)` pinning the severity,
//!   as in the conformance cases. The expectations are the complete set: nothing else
//!   may be reported.
//! - `clean.wod`, the same program following the advice, boundary values included,
//!   where nothing at all is reported.
//!
//! `levels/` holds programs for `allow`/`warn`/`deny` in files, blocks and sessions,
//! checked the same way. Every fixture is also snapshotted: its source followed by its
//! diagnostics as `--format human` draws them (no colour, 80 columns), for review.

mod support;

use support::NoFiles;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::panic;
use std::path::{Path, PathBuf};

use wodc::diagnostic::{Diagnostic, Severity};
use wodc::levels::Levels;
use wodc::render::human::{self, Style};
use wodc::source::SourceMap;

/// The directory of fixture directories.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// Declares one test per fixture directory, and the list of them.
macro_rules! fixtures {
    ($($test:ident => $dir:literal,)+) => {
        /// Every fixture directory that has a test.
        const FIXTURES: &[&str] = &[$($dir),+];

        $(
            #[test]
            fn $test() {
                check_fixture($dir);
            }
        )+
    };
}

fixtures! {
    drop_set_on_heavy_compound => "drop-set-on-heavy-compound",
    rest_pause_on_heavy_compound => "rest-pause-on-heavy-compound",
    technique_on_technical_lift => "technique-on-technical-lift",
    mechanical_drop_unrelated => "mechanical-drop-unrelated",
    drop_size => "drop-size",
    too_many_drops => "too-many-drops",
    triple_drop_on_large_muscle => "triple-drop-on-large-muscle",
    rest_pause_pause_length => "rest-pause-pause-length",
    rest_pause_mini_sets => "rest-pause-mini-sets",
    drop_set_rep_range => "drop-set-rep-range",
    technique_before_main_lift => "technique-before-main-lift",
    too_many_techniques => "too-many-techniques",
    superset_with_drop_set => "superset-with-drop-set",
    failure_on_every_set => "failure-on-every-set",
    weekly_drop_set_limit => "weekly-drop-set-limit",
    muscle_drop_set_frequency => "muscle-drop-set-frequency",
    intensified_every_session => "intensified-every-session",
    drop_sets_while_cutting => "drop-sets-while-cutting",
    technique_in_deload => "technique-in-deload",
    technique_block_too_long => "technique-block-too-long",
    technique_for_beginner => "technique-for-beginner",
    drop_set_for_strength_goal => "drop-set-for-strength-goal",
    volume_jump => "volume-jump",
    shadowed_exercise => "shadowed-exercise",
    levels => "levels",
}

/// The fixture directory that is not named after a rule.
const LEVELS: &str = "levels";

/// What a fixture says must be reported: (line, rule), and the pinned levels.
#[derive(Default)]
struct Expectations {
    want: BTreeSet<(usize, String)>,
    levels: BTreeMap<(usize, String), Severity>,
}

/// Reads the `//~` comments of a fixture, as the conformance runner does.
fn expectations(name: &str, text: &str) -> Expectations {
    let mut expected = Expectations::default();
    for (key, level) in support::expectations(name, text) {
        if let Some(level) = level {
            expected.levels.insert(key.clone(), level);
        }
        expected.want.insert(key);
    }
    expected
}

/// One fixture file checked in-process.
struct Checked {
    sources: SourceMap,
    diagnostics: Vec<Diagnostic>,
}

impl Checked {
    fn new(name: &str, path: &Path, text: &str) -> Self {
        let mut sources = SourceMap::new();
        let analysis = wodc::check(
            &mut sources,
            name,
            Some(path),
            text.as_bytes(),
            &NoFiles,
            &Levels::default(),
        );
        Self {
            sources,
            diagnostics: analysis.diagnostics,
        }
    }

    /// Each diagnostic as (line of its anchor, rule, severity).
    fn reported(&self) -> Vec<(usize, &'static str, Severity)> {
        self.diagnostics
            .iter()
            .map(|d| {
                let at = d.primary.location;
                let line = self.sources.line_column(at.file, at.span.start).line;
                (line, d.rule, d.severity)
            })
            .collect()
    }

    fn rendered(&self) -> String {
        human::render(
            &self.sources,
            &self.diagnostics,
            Style {
                color: false,
                width: 80,
            },
        )
    }
}

/// How the diagnostics of `checked` differ from the expectations of its file.
fn differences(name: &str, expected: &Expectations, checked: &Checked) -> Vec<String> {
    let mut problems = Vec::new();
    let mut got: BTreeMap<(usize, String), Vec<Severity>> = BTreeMap::new();
    for (line, rule, severity) in checked.reported() {
        got.entry((line, rule.to_owned()))
            .or_default()
            .push(severity);
    }
    for (line, rule) in &expected.want {
        if !got.contains_key(&(*line, rule.clone())) {
            problems.push(format!("{name}:{line}: missing    {rule}"));
        }
    }
    for ((line, rule), severities) in &got {
        if !expected.want.contains(&(*line, rule.clone())) {
            problems.push(format!("{name}:{line}: unexpected {rule}"));
        }
        if severities.len() > 1 {
            problems.push(format!(
                "{name}:{line}: {rule} reported {} times at one anchor",
                severities.len()
            ));
        }
    }
    for (key, level) in &expected.levels {
        if let Some(severities) = got.get(key) {
            if severities.iter().any(|s| s != level) {
                let got: Vec<&str> = severities.iter().map(|s| s.as_str()).collect();
                problems.push(format!(
                    "{name}:{}: {} should be {level}, got {}",
                    key.0,
                    key.1,
                    got.join(", ")
                ));
            }
        }
    }
    problems
}

/// The `.wod` files of a fixture directory, by name.
fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "wod"))
        .collect();
    files.sort();
    files
}

/// Checks every file of a fixture directory against its expectations, and snapshots
/// each as `<dir>-<file stem>`.
fn check_fixture(dir_name: &str) {
    let dir = root().join(dir_name);
    let files = fixture_files(&dir);
    let mut problems = Vec::new();
    if dir_name != LEVELS {
        for required in ["trigger.wod", "clean.wod"] {
            if !files.iter().any(|f| f.ends_with(required)) {
                problems.push(format!("{dir_name}: no {required}"));
            }
        }
    }
    let mut snapshots = Vec::new();
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 file name");
        let name = format!("{dir_name}/{stem}.wod");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = expectations(&name, &text);
        match stem {
            "clean" if !expected.want.is_empty() => {
                problems.push(format!("{name}: a clean fixture expects diagnostics"));
            }
            "trigger" if !expected.want.iter().any(|(_, rule)| rule == dir_name) => {
                problems.push(format!("{name}: expects no `{dir_name}`"));
            }
            _ => {}
        }
        let checked = Checked::new(&name, path, &text);
        problems.extend(differences(&name, &expected, &checked));
        let rendered = checked.rendered();
        let diagnostics = if rendered.is_empty() {
            "(no diagnostics)\n".to_owned()
        } else {
            rendered
        };
        snapshots.push((
            format!("{dir_name}-{stem}"),
            format!("{text}\n──── wodc check {name} ────\n\n{diagnostics}"),
        ));
    }
    // Every snapshot is compared (and, under `INSTA_UPDATE`, written) before the
    // expectations are asserted, so that one failure does not hide another.
    let mut snapshot_failure = None;
    for (name, content) in &snapshots {
        let result = panic::catch_unwind(|| insta::assert_snapshot!(name.as_str(), content));
        if let Err(failure) = result {
            snapshot_failure.get_or_insert(failure);
        }
    }
    assert!(
        problems.is_empty(),
        "fixtures of `{dir_name}` disagree with their expectations:\n{}",
        problems.join("\n")
    );
    if let Some(failure) = snapshot_failure {
        panic::resume_unwind(failure);
    }
}

#[test]
fn every_guardrail_has_fixtures() {
    let tested: BTreeSet<&str> = FIXTURES.iter().copied().collect();
    for guardrail in wodc::rules::GUARDRAILS {
        let name = guardrail.meta.name;
        let dir = root().join(name);
        for file in ["trigger.wod", "clean.wod"] {
            assert!(
                dir.join(file).is_file(),
                "{name} has no fixture tests/fixtures/rules/{name}/{file}"
            );
        }
        assert!(
            tested.contains(name),
            "{name} has fixtures but no test: add it to `fixtures!` in tests/rules.rs"
        );
    }
    let guardrails: BTreeSet<&str> = wodc::rules::GUARDRAILS
        .iter()
        .map(|g| g.meta.name)
        .collect();
    for entry in fs::read_dir(root()).expect("tests/fixtures/rules exists") {
        let path = entry.expect("a readable directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        assert!(
            tested.contains(name),
            "tests/fixtures/rules/{name} is not checked: add it to `fixtures!` in tests/rules.rs"
        );
    }
    for name in FIXTURES {
        assert!(
            *name == LEVELS || guardrails.contains(name),
            "tests/fixtures/rules/{name} names no guardrail"
        );
    }
}
