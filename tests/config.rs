//! `wodc.toml` as a project meets it (`docs/configuration.md`): its levels between the
//! rules' defaults and the programs' own, its `exclude` patterns, `--config`, and the
//! exit 2 with a place and a suggestion for every mistake, however hostile the file.
//!
//! `tests/fixtures/cli/project/` is a project: its `wodc.toml` denies `drop-size` (a
//! warning by default) and allows `drop-set-rep-range` (advice by default); `plan.wod`
//! has one finding of each. `nested/` has a `wodc.toml` of its own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// `wodc ARGS...` in `dir`, without colour.
fn wodc_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(get_cargo_bin("wodc"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    command
}

fn wodc(args: &[&str]) -> Command {
    wodc_in(&fixtures(), args)
}

fn run(args: &[&str]) -> Output {
    wodc(args).output().expect("wodc runs")
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/config");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// What `check --format json ARGS...` reported: (file, rule, severity), and its status.
fn findings(args: &[&str]) -> (BTreeSet<(String, String, String)>, Option<i32>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let output = run(&all);
    let json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{error}: {output:?}"));
    let found = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let field = |key: &str| d[key].as_str().expect(key).to_owned();
            (field("file"), field("rule"), field("severity"))
        })
        .collect();
    (found, output.status.code())
}

fn finding(file: &str, rule: &str, severity: &str) -> (String, String, String) {
    (file.to_owned(), rule.to_owned(), severity.to_owned())
}

#[test]
fn project_levels_replace_the_defaults_and_yield_to_the_programs_own() {
    let (found, status) = findings(&[
        "project/plan.wod",
        "project/directives.wod",
        "project/nested/plan.wod",
    ]);
    assert_eq!(status, Some(1));
    assert_eq!(
        found,
        BTreeSet::from([
            // wodc.toml denies drop-size and allows drop-set-rep-range.
            finding("project/plan.wod", "drop-size", "error"),
            // The file's `warn` and the session's `deny` win over wodc.toml.
            finding("project/directives.wod", "drop-size", "warning"),
            finding("project/directives.wod", "drop-set-rep-range", "error"),
            // nested/wodc.toml allows drop-size, and says nothing of the other rule:
            // its default holds, not the outer wodc.toml's level.
            finding("project/nested/plan.wod", "drop-set-rep-range", "advice"),
        ])
    );
    settings()
        .bind(|| assert_cmd_snapshot!("project", wodc(&["check", "--format", "short", "project"])));
}

#[test]
fn the_command_line_wins_over_every_file() {
    let (found, status) = findings(&[
        "-W",
        "drop-size",
        "-D",
        "drop-set-rep-range",
        "project/plan.wod",
        "project/directives.wod",
    ]);
    assert_eq!(status, Some(1));
    assert_eq!(
        found,
        BTreeSet::from([
            finding("project/plan.wod", "drop-size", "warning"),
            finding("project/plan.wod", "drop-set-rep-range", "error"),
            finding("project/directives.wod", "drop-size", "warning"),
            finding("project/directives.wod", "drop-set-rep-range", "error"),
        ])
    );
    let (found, _) = findings(&["--deny", "warnings", "project/nested/plan.wod"]);
    assert_eq!(
        found,
        BTreeSet::from([finding(
            "project/nested/plan.wod",
            "drop-set-rep-range",
            "advice"
        )]),
        "--deny warnings leaves advice as it is"
    );
    let (found, status) = findings(&["-A", "drop-size", "project/plan.wod"]);
    assert_eq!((found, status), (BTreeSet::new(), Some(0)));
}

#[test]
fn a_walk_skips_what_wodc_toml_excludes() {
    let output = run(&["check", "--format", "json", "project"]);
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    // plan, directives, sled, lib/moves, nested/plan and archive/2025/kept: not
    // drafts/idea (`drafts`) nor archive/old (`archive/*.wod`, which stays in archive/).
    assert_eq!(json["files"], 6, "{json:#}");
    for diagnostic in json["diagnostics"].as_array().expect("diagnostics") {
        let file = diagnostic["file"].as_str().expect("file");
        assert!(
            !file.contains("drafts") && !file.ends_with("old.wod"),
            "{file} is excluded"
        );
    }
    // A directory whose every file is excluded is no mistake: nothing to check.
    for args in [
        &["check", "project/drafts"][..],
        &["check", "project/archive"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {output:?}");
        assert!(output.stderr.is_empty(), "{args:?}: {output:?}");
    }
    settings()
        .bind(|| assert_cmd_snapshot!("excluded_directory", wodc(&["check", "project/drafts"])));
}

/// A file named on the command line is checked: its name is a request. Under
/// `--force-exclude` (what the pre-commit hook passes) it is excluded as in a walk.
#[test]
fn a_named_file_is_checked_unless_force_exclude() {
    let named = run(&["check", "--format", "short", "project/drafts/idea.wod"]);
    assert_eq!(named.status.code(), Some(1), "{named:?}");
    let forced = ["check", "--force-exclude", "project/drafts/idea.wod"];
    settings().bind(|| assert_cmd_snapshot!("force_exclude", wodc(&forced)));
    assert_eq!(run(&forced).status.code(), Some(0));
    // Only what is excluded is left out.
    let (found, status) = findings(&[
        "--force-exclude",
        "project/drafts/idea.wod",
        "project/archive/old.wod",
        "project/plan.wod",
    ]);
    assert_eq!(status, Some(1));
    assert_eq!(
        found,
        BTreeSet::from([finding("project/plan.wod", "drop-size", "error")])
    );
}

#[test]
fn config_replaces_the_search() {
    // nested/wodc.toml for a file of the outer project: drop-size allowed, and the
    // other rule back to its default.
    let (found, _) = findings(&["--config", "project/nested/wodc.toml", "project/plan.wod"]);
    assert_eq!(
        found,
        BTreeSet::from([finding("project/plan.wod", "drop-set-rep-range", "advice")])
    );
    // The outer one for the nested project, whose own wodc.toml is then not read.
    let (found, _) = findings(&["--config", "project/wodc.toml", "project/nested"]);
    assert_eq!(
        found,
        BTreeSet::from([finding("project/nested/plan.wod", "drop-size", "error")])
    );
    // Its patterns are relative to its own directory.
    let output = run(&["check", "--config", "project/wodc.toml", "project"]);
    assert!(
        !String::from_utf8_lossy(&output.stdout).contains("idea.wod"),
        "{output:?}"
    );
    let missing = run(&["check", "--config", "no-such.toml", "clean.wod"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty(), "{missing:?}");
    assert_eq!(
        String::from_utf8_lossy(&missing.stderr),
        "wodc: no-such.toml: cannot read it: no such file\n"
    );
}

#[test]
fn compile_reads_the_levels_of_wodc_toml() {
    let output = run(&["compile", "project/plan.wod", "--to", "json"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "drop-size is denied: {output:?}"
    );
    assert!(output.stdout.is_empty());
    let output = run(&["compile", "project/nested/plan.wod", "--to", "json"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let output = run(&[
        "compile",
        "--config",
        "project/nested/wodc.toml",
        "project/plan.wod",
        "--to",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

/// A project in a temporary directory: `wodc.toml` holds `toml`, beside a clean
/// program.
fn project_with(toml: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("wodc.toml"), toml).expect("wodc.toml written");
    std::fs::copy(fixtures().join("clean.wod"), dir.path().join("plan.wod"))
        .expect("plan.wod written");
    dir
}

/// `wodc check` in a project whose `wodc.toml` holds `toml`: its stderr, after checking
/// that it failed to run (exit 2) and checked nothing.
fn mistakes(toml: &str) -> String {
    let dir = project_with(toml.as_bytes());
    let output = wodc_in(dir.path(), &["check", "--format", "short"])
        .output()
        .expect("wodc runs");
    assert_eq!(output.status.code(), Some(2), "{toml}: {output:?}");
    assert!(output.stdout.is_empty(), "{toml}: {output:?}");
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn every_mistake_is_exit_2_with_its_place_and_the_nearest_name() {
    let cases = [
        (
            "excldue = []",
            "wodc.toml:1:1: unknown key `excldue`; did you mean `exclude`?",
        ),
        (
            "colour = true",
            "wodc.toml:1:1: unknown key `colour`: wodc.toml takes `exclude` and `[rules]`",
        ),
        (
            "[rules]\ndrop-sise = \"deny\"",
            "wodc.toml:2:1: no rule is named `drop-sise`; did you mean `drop-size`?",
        ),
        (
            "[rules]\n  drop-size = \"warning\"",
            "wodc.toml:2:15: \"warning\" is not a level; did you mean \"warn\"?",
        ),
        (
            "[rules]\ndrop-size = \"error\"",
            "wodc.toml:2:13: \"error\" is not a level; did you mean \"deny\"?",
        ),
        (
            "[rules]\ndrop-size = \"loud\"",
            "wodc.toml:2:13: \"loud\" is not a level: \"allow\", \"warn\" or \"deny\"",
        ),
        (
            "[rules]\nsyntax = \"allow\"",
            "wodc.toml:2:1: `syntax` is an error of meaning, which is always an error",
        ),
        (
            "rules = [\"drop-size\"]",
            "wodc.toml:1:9: `rules` is a table of levels",
        ),
        (
            "exclude = \"drafts\"",
            "wodc.toml:1:11: `exclude` is a list of paths",
        ),
        (
            "exclude = [\"../elsewhere/*.wod\"]",
            "wodc.toml:1:12: the pattern \"../elsewhere/*.wod\" leaves the directory",
        ),
        (
            "exclude = [\"a/[b\"]",
            "wodc.toml:1:12: the pattern \"a/[b\" is not a glob",
        ),
        ("[rules\n", "wodc.toml:1:"),
        // Columns count characters, not bytes.
        (
            "# é\n[rules]\n\"ü\" = \"deny\"",
            "wodc.toml:3:1: no rule is named `ü`",
        ),
    ];
    for (toml, expected) in cases {
        let stderr = mistakes(toml);
        assert!(
            stderr.starts_with(&format!("wodc: {expected}")),
            "{toml:?}:\n{stderr}"
        );
    }
}

#[test]
fn every_mistake_of_a_file_is_reported_in_its_order() {
    let toml = "excldue = []\n[rules]\ndrop-sise = \"deny\"\ntoo-many-techniques = \"Warn\"\n";
    let stderr = mistakes(toml);
    assert_eq!(
        stderr,
        "wodc: wodc.toml:1:1: unknown key `excldue`; did you mean `exclude`?\n\
         wodc: wodc.toml:3:1: no rule is named `drop-sise`; did you mean `drop-size`?\n\
         wodc: wodc.toml:4:23: \"Warn\" is not a level; did you mean \"warn\"?\n"
    );
}

#[test]
fn past_twenty_mistakes_the_rest_are_counted() {
    let toml: String = (0..30).map(|i| format!("key{i} = 1\n")).collect();
    let stderr = mistakes(&toml);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 21, "{stderr}");
    assert_eq!(
        lines[0],
        "wodc: wodc.toml:1:1: unknown key `key0`: wodc.toml takes `exclude` and `[rules]`"
    );
    assert_eq!(lines[20], "wodc: wodc.toml: 10 more mistakes");
}

/// A broken `wodc.toml` stops the files it governs, not the others, and is said once.
#[test]
fn a_broken_project_does_not_stop_the_others() {
    let dir = project_with(b"[rules]\ndrop-sise = \"deny\"\n");
    std::fs::copy(fixtures().join("clean.wod"), dir.path().join("other.wod")).unwrap();
    let clean = fixtures().join("clean.wod");
    let output = wodc_in(
        dir.path(),
        &[
            "check",
            "plan.wod",
            "other.wod",
            ".",
            clean.to_str().expect("a UTF-8 path"),
        ],
    )
    .output()
    .expect("wodc runs");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "said once: {stderr}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "0 errors, 0 warnings in 1 file\n",
        "the fixture outside the project is checked"
    );
}

/// Whatever the bytes of a `wodc.toml`: exit 2 and one line that names it, never a
/// panic, a hang or a stack overflow.
#[test]
fn a_hostile_wodc_toml_is_refused_calmly() {
    let deep = |open: &str| format!("a = {}", open.repeat(100_000)).into_bytes();
    let many_patterns = format!("exclude = [{}]", vec!["\"*.wod\""; 5_000].join(", ")).into_bytes();
    let many_rules: String = (0..20_000).map(|i| format!("r{i} = \"deny\"\n")).collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("larger than 1 MiB", vec![b'#'; 2 << 20]),
        ("not UTF-8", b"exclude = [\"caf\xe9\"]\n".to_vec()),
        ("a NUL byte", b"exclude = [\"a\0\"]\n".to_vec()),
        ("deep arrays", deep("[")),
        ("deep inline tables", deep("{b=")),
        (
            "a deep dotted key",
            format!("[{}b]", "a.".repeat(50_000)).into_bytes(),
        ),
        (
            "deep tables of rules",
            format!("[rules{}]", ".a".repeat(50_000)).into_bytes(),
        ),
        ("5,000 patterns", many_patterns),
        (
            "20,000 unknown rules",
            format!("[rules]\n{many_rules}").into_bytes(),
        ),
        (
            "hidden characters in a key",
            "[rules]\n\"drop\u{202e}size\" = \"deny\"\n"
                .as_bytes()
                .to_vec(),
        ),
    ];
    for (what, toml) in cases {
        let dir = project_with(&toml);
        let output = wodc_in(dir.path(), &["check"]).output().expect("wodc runs");
        assert_eq!(output.status.code(), Some(2), "{what}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with("wodc: wodc.toml"), "{what}: {first}");
        assert!(
            !stderr.contains('\u{202e}'),
            "{what}: hidden text shown raw"
        );
        assert!(
            stderr.len() < 4 << 20,
            "{what}: {} bytes of errors",
            stderr.len()
        );
    }
}
