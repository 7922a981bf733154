//! The `wodc` binary as scripts and CI see it (`cli.md`): exit status, stdout and
//! stderr, in every output format.
//!
//! Every command runs in `tests/fixtures/cli`, so the paths in its output are short and
//! the same on every machine. The fixtures only hold errors of meaning, so nothing here
//! depends on the guardrails.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Output};

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// `wodc ARGS...` in the fixture directory, without colour.
fn wodc(args: &[&str]) -> Command {
    let mut command = Command::new(get_cargo_bin("wodc"));
    command
        .args(args)
        .current_dir(fixtures())
        .env("NO_COLOR", "1");
    command
}

/// Snapshots go to `tests/snapshots/cli/`.
fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/cli");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

fn run(args: &[&str]) -> Output {
    wodc(args).output().expect("wodc runs")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "stdout is not JSON ({error}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn clean_file_exits_0() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "clean.wod"])));
    assert_eq!(run(&["check", "clean.wod"]).status.code(), Some(0));
}

#[test]
fn file_with_errors_exits_1() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "errors.wod"])));
    assert_eq!(run(&["check", "errors.wod"]).status.code(), Some(1));
}

#[test]
fn missing_path_exits_2_with_a_message_on_stderr() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "no-such-file.wod"])));
    let output = run(&["check", "no-such-file.wod"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no-such-file.wod"),
        "stderr names the path: {stderr}"
    );
}

#[test]
fn a_missing_path_does_not_stop_the_others() {
    let output = run(&[
        "check",
        "--format",
        "short",
        "no-such-file.wod",
        "errors.wod",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.lines().count(),
        3,
        "errors.wod is still checked:\n{stdout}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    settings().bind(|| {
        assert_cmd_snapshot!(
            "unknown_format",
            wodc(&["check", "--format", "xml", "clean.wod"])
        );
        assert_cmd_snapshot!("unknown_command", wodc(&["chekc", "clean.wod"]));
        assert_cmd_snapshot!(
            "unknown_flag",
            wodc(&["check", "--frobnicate", "clean.wod"])
        );
    });
    for args in [
        &["check", "--format", "xml", "clean.wod"][..],
        &["chekc", "clean.wod"],
        &["check", "--frobnicate", "clean.wod"],
        &["check", "--deny", "everything", "clean.wod"],
        &[],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "wodc {args:?}");
        assert!(
            !output.stderr.is_empty(),
            "wodc {args:?} says why on stderr"
        );
    }
}

#[test]
fn allowing_an_unknown_rule_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "-A", "no-such-rule", "clean.wod"])));
    assert_eq!(
        run(&["check", "-A", "no-such-rule", "clean.wod"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn allowing_an_error_of_meaning_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "-A", "syntax", "errors.wod"])));
    for flag in ["-A", "-W"] {
        let output = run(&["check", flag, "syntax", "errors.wod"]);
        assert_eq!(output.status.code(), Some(2), "{flag} syntax");
        assert!(output.stdout.is_empty(), "nothing is checked: {output:?}");
    }
}

#[test]
fn standard_input() {
    let text = std::fs::read_to_string(fixtures().join("errors.wod")).expect("fixture");
    settings().bind(|| {
        assert_cmd_snapshot!(
            "stdin",
            wodc(&["check", "--format", "short", "-"]).pass_stdin(text.clone())
        )
    });
    settings().bind(|| {
        let clean = std::fs::read_to_string(fixtures().join("clean.wod")).expect("fixture");
        assert_cmd_snapshot!("stdin_clean", wodc(&["check", "-"]).pass_stdin(clean))
    });
}

#[test]
fn a_directory_means_every_wod_file_below_it() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "short", "tree"])));
    let output = run(&["check", "--format", "json", "tree"]);
    assert_eq!(output.status.code(), Some(1));
    let json = stdout_json(&output);
    // tree/a.wod and tree/sub/b.wod; not tree/.hidden/c.wod, not tree/notes.txt.
    assert_eq!(json["files"], 2);
    let files: BTreeSet<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["file"].as_str().expect("file"))
        .collect();
    assert_eq!(files, BTreeSet::from(["tree/sub/b.wod"]));
}

#[test]
fn invalid_utf8_is_a_syntax_error_not_a_read_failure() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "latin1.wod"])));
    let output = run(&["check", "--format", "json", "latin1.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{output:?}");
    let json = stdout_json(&output);
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diagnostics.len(), 1, "{json:#}");
    // "// caf" then the byte 0xE9: line 2, column 7.
    assert_eq!(diagnostics[0]["rule"], "syntax");
    assert_eq!(diagnostics[0]["line"], 2);
    assert_eq!(diagnostics[0]["column"], 7);
}

#[test]
fn format_human() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "human", "errors.wod"])));
    // The default format is human.
    assert_eq!(
        run(&["check", "errors.wod"]).stdout,
        run(&["check", "--format", "human", "errors.wod"]).stdout
    );
}

#[test]
fn format_short() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "short", "errors.wod"])));
    let output = run(&["check", "--format", "short", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "errors.wod:6:5: error[unknown-exercise]: unknown exercise `Bench Pres`\n\
         errors.wod:7:22: error[invalid-value]: the rep range 12-8 is reversed\n\
         errors.wod:8:17: error[syntax]: expected `:` after the exercise name\n"
    );
}

#[test]
fn format_github() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "github", "errors.wod"])));
    let output = run(&["check", "--format", "github", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with("::error file=errors.wod,line=6,col=5,")
            && lines[0].contains("title=unknown-exercise::unknown exercise `Bench Pres`"),
        "{}",
        lines[0]
    );
}

/// A JSON diagnostic's rule, severity, file, line, column, end line, end column and
/// message.
type Row<'a> = (&'a str, &'a str, &'a str, u64, u64, u64, u64, &'a str);

/// The JSON document has exactly the fields `cli.md` shows, with their values.
#[test]
fn format_json() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "json", "errors.wod"])));
    let output = run(&["check", "--format", "json", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    let json = stdout_json(&output);
    let object = json.as_object().expect("a JSON object");
    for key in ["version", "files", "errors", "warnings", "diagnostics"] {
        assert!(object.contains_key(key), "no `{key}` in {json:#}");
    }
    assert_eq!(json["version"], 1);
    assert_eq!(json["files"], 1);
    assert_eq!(json["errors"], 3);
    assert_eq!(json["warnings"], 0);
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    let keys = [
        "rule",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "help",
    ];
    for diagnostic in diagnostics {
        for key in keys {
            assert!(
                diagnostic.get(key).is_some(),
                "no `{key}` in {diagnostic:#}"
            );
        }
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(
                diagnostic[key].as_u64().is_some_and(|n| n >= 1),
                "`{key}` counts from 1: {diagnostic:#}"
            );
        }
        assert!(diagnostic["help"].is_string() || diagnostic["help"].is_null());
    }
    let found: Vec<Row> = diagnostics
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["end_line"].as_u64().unwrap(),
                d["end_column"].as_u64().unwrap(),
                d["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "unknown-exercise",
                "error",
                "errors.wod",
                6,
                5,
                6,
                15,
                "unknown exercise `Bench Pres`"
            ),
            (
                "invalid-value",
                "error",
                "errors.wod",
                7,
                22,
                7,
                26,
                "the rep range 12-8 is reversed"
            ),
            (
                "syntax",
                "error",
                "errors.wod",
                8,
                17,
                8,
                17,
                "expected `:` after the exercise name"
            ),
        ]
    );
    assert_eq!(diagnostics[1]["help"], "write the lower number first: 8-12");
}

#[test]
fn format_sarif() {
    let output = run(&["check", "--format", "sarif", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{output:?}");
    let sarif = stdout_json(&output);
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["tool"]["driver"]["name"], "wodc");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    for result in results {
        let id = result["ruleId"].as_str().expect("ruleId");
        let index = ids
            .iter()
            .position(|&r| r == id)
            .unwrap_or_else(|| panic!("`{id}` is not in tool.driver.rules"));
        assert_eq!(result["ruleIndex"], index, "ruleIndex of {id}");
        assert_eq!(result["level"], "error");
    }
    // Only the results are snapshotted: the rule list carries every rule's page.
    let results = serde_json::to_string_pretty(results).expect("JSON");
    settings().bind(|| insta::assert_snapshot!("format_sarif_results", results));
}

#[test]
fn explain_a_rule() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["explain", "unknown-exercise"])));
    let output = run(&["explain", "unknown-exercise"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn explain_an_unknown_rule_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["explain", "nope"])));
    let output = run(&["explain", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn rules_lists_every_rule() {
    let output = run(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let listed: Vec<&str> = stdout
        .lines()
        .map(|line| line.split_whitespace().next().unwrap_or_default())
        .collect();
    let registry: Vec<&str> = wodc::rules::all().map(|rule| rule.name).collect();
    assert_eq!(listed, registry);
    for (line, rule) in stdout.lines().zip(wodc::rules::all()) {
        let level = line.split_whitespace().nth(1).unwrap_or_default();
        assert_eq!(level, rule.default_level.as_str(), "{line}");
        assert!(
            line.split_whitespace().count() > 2,
            "a line on what it checks: {line}"
        );
    }
}

#[test]
fn help_shows_examples() {
    settings().bind(|| {
        assert_cmd_snapshot!("help", wodc(&["--help"]));
        assert_cmd_snapshot!("check_help", wodc(&["check", "--help"]));
    });
    for args in [&["--help"][..], &["check", "--help"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Example"),
            "{args:?}"
        );
    }
}

#[test]
fn stats_prints_the_weekly_figures() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["stats", "clean.wod"])));
    let output = run(&["stats", "clean.wod", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json = stdout_json(&output);
    let weeks = json["weeks"].as_array().expect("weeks");
    assert_eq!(weeks.len(), 4);
    // Bench Press (4 sets) is the only line that hits chest; Back Squat (4) and Leg
    // Curl (3, Lying Leg Curl: hamstrings) split the legs.
    let week = &weeks[0];
    assert_eq!(week["block"], "Base");
    assert_eq!(week["muscles"]["chest"]["hard_sets"], 4);
    assert_eq!(week["muscles"]["quads"]["hard_sets"], 4);
    assert_eq!(week["muscles"]["hamstrings"]["fatigue_units"], 3);
    assert_eq!(week["muscles"]["chest"]["intensified_sets"], 0);
}

#[test]
fn stats_of_a_file_with_errors_exits_1() {
    let output = run(&["stats", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("has errors"));
}

#[test]
fn catalog_finds_exercises_by_any_of_their_names() {
    let output = run(&["catalog", "lat pull-down"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("Lat Pulldown  (Cable, Compound: lats, upper-back)"),
        "{stdout}"
    );
    assert_eq!(run(&["catalog", "no such exercise"]).status.code(), Some(1));
}
